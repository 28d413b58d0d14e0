"""Telegram HTML: quote blocks for direct quotes only, bold figures, everything escaped.

Only tags Telegram accepts are produced, and every text — the article's and the user's —
passes through ``html.escape``; long replies are split at block boundaries so no message
exceeds Telegram's 4096 characters.
"""

from __future__ import annotations

import re
from html import escape, unescape

from bot.answering.reply import (
    ArticleStatement,
    Attribution,
    Block,
    Bullets,
    Dateline,
    DirectQuote,
    FigureLine,
    Heading,
    Lead,
    Reply,
    Reported,
    Source,
    Translation,
)

TELEGRAM_LIMIT = 4096
EXPANDABLE_FROM = 600  # characters of quote after which the quote block folds


def render_block(block: Block) -> str:
    match block:
        case DirectQuote(text=text, attribution=attribution):
            tag = "<blockquote expandable>" if len(text) > EXPANDABLE_FROM else "<blockquote>"
            quote = f"{tag}{escape(text, quote=False)}</blockquote>"
            return quote + (f"\n— <i>{escape(attribution, quote=False)}</i>" if attribution else "")
        case Reported(intro=intro, text=text, quoted=quoted):
            body = escape(f"«{text}»" if quoted else text, quote=False)
            return f"<i>{escape(intro, quote=False)}</i> {body}" if intro else body
        case ArticleStatement(intro=intro, text=text, quoted=quoted):
            body = escape(f"«{text}»" if quoted else text, quote=False)
            return f"{escape(intro, quote=False)} {body}" if intro else body
        case FigureLine(value=value, measures=measures, quoted=quoted):
            shown = escape(f"«{value}»" if quoted else value, quote=False)
            return f"<b>{shown}</b> — {escape(measures, quote=False)}"
        case Translation(label=label, text=text):
            return f"<i>{escape(label, quote=False)}:</i> {escape(text, quote=False)}"
        case Bullets(items=items):
            return "\n".join(f"• {escape(item, quote=False)}" for item in items)
        case Heading(text=text):
            return f"<b>{escape(text, quote=False)}</b>"
        case Attribution(text=text):
            return f"<i>{escape(text, quote=False)}</i>"
        case Source(text=text):
            return f"<i>{escape(text, quote=False)}</i>"
        case Dateline(text=text):
            return f"<i>{escape(text, quote=False)}</i>"
        case Lead(text=text):
            return escape(text, quote=False)
    raise TypeError(f"unknown block {block!r}")


def visible_length(html_text: str) -> int:
    """Length as Telegram counts it: after tags are removed and entities decoded."""
    return len(unescape(re.sub(r"<[^>]+>", "", html_text)).strip())


def render_html(reply: Reply, *, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """The reply as one or more messages, each within Telegram's limit and never empty."""
    messages: list[str] = []
    current = ""
    for block in _within(reply.blocks, limit):
        for piece in _fit(render_block(block), limit):
            candidate = f"{current}\n\n{piece}" if current else piece
            if visible_length(candidate) <= limit:
                current = candidate
            else:
                if current.strip():
                    messages.append(current)
                current = piece
    if current.strip():
        messages.append(current)
    return messages or ["…"]


def _within(blocks: tuple[Block, ...], limit: int) -> list[Block]:
    """A direct quote longer than a message becomes several quote blocks of its own words,
    the attribution under the last, so no part of it is shown as plain text."""
    result: list[Block] = []
    room = limit - 400
    for block in blocks:
        if isinstance(block, DirectQuote) and len(block.text) > room:
            parts = _word_chunks(block.text, room)
            for number, part in enumerate(parts, start=1):
                last = number == len(parts)
                result.append(DirectQuote(part, block.attribution if last else ""))
        else:
            result.append(block)
    return result


def _word_chunks(text: str, size: int) -> list[str]:
    chunks: list[str] = []
    current = ""
    for word in text.split(" "):
        while len(word) > size:  # a "word" longer than a message: cut it
            if current:
                chunks.append(current)
                current = ""
            chunks.append(word[:size])
            word = word[size:]
        candidate = f"{current} {word}" if current else word
        if len(candidate) > size:
            chunks.append(current)
            current = word
        else:
            current = candidate
    if current:
        chunks.append(current)
    return chunks


def _fit(piece: str, limit: int) -> list[str]:
    """A single block longer than a message is split at word boundaries (long words are cut)."""
    if visible_length(piece) <= limit:
        return [piece]
    plain = unescape(re.sub(r"<[^>]+>", "", piece))
    return [escape(chunk, quote=False) for chunk in _word_chunks(plain, limit - 50)]
