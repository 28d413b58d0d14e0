"""Plain text: what the terminal chat prints and what ``briefbot ask --json`` reports."""

from __future__ import annotations

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


def render_block(block: Block) -> str:
    match block:
        case DirectQuote(text=text, attribution=attribution):
            return f"«{text}»" + (f"\n— {attribution}" if attribution else "")
        case Reported(intro=intro, text=text, quoted=quoted):
            body = f"«{text}»" if quoted else text
            return f"{intro} {body}" if intro else body
        case ArticleStatement(intro=intro, text=text, quoted=quoted):
            return f"{intro} {f'«{text}»' if quoted else text}".strip()
        case FigureLine(value=value, measures=measures, quoted=quoted):
            return f"«{value}» — {measures}" if quoted else f"{value} — {measures}"
        case Translation(label=label, text=text):
            return f"[{label}] {text}"
        case Bullets(items=items):
            return "\n".join(f"• {item}" for item in items)
        case Attribution(text=text) | Lead(text=text) | Heading(text=text) | Source(text=text):
            return text
        case Dateline(text=text):
            return text
    raise TypeError(f"unknown block {block!r}")


def render_plain(reply: Reply) -> str:
    return "\n\n".join(render_block(block) for block in reply.blocks).strip()
