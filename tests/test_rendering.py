"""Rendering: every reply of the real knowledge base is valid Telegram HTML within the limits,
direct quotes only in quote blocks, and anything a user typed is escaped."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answering.buttons import follow
from bot.answering.entries import entry_reply
from bot.answering.library import Library
from bot.answering.lists import listing
from bot.answering.refusals import nothing
from bot.answering.reply import Action, DirectQuote, Lead, Reply, ReplyKind, Reported
from bot.answering.session import Session
from bot.answering.tools import citation_reply, context_reply
from bot.answering.topics import topic_reply
from bot.knowledge import ListKind, QuoteKind, load_knowledge
from bot.knowledge.entries import AnswerEntry, EntryKind
from bot.rendering.html import TELEGRAM_LIMIT, render_html
from bot.settings import DEFAULT_KNOWLEDGE
from bot.transport.callbacks import decode, encode
from tests.support.botapi import parse_html


@pytest.fixture(scope="module")
def kb():
    return load_knowledge(DEFAULT_KNOWLEDGE)


def all_replies(kb):
    library = Library.of(kb)
    for lang in ("ru", "en"):
        for entry in library.catalogue.entries:
            yield entry_reply(library, entry, lang)
            if entry.kind is not EntryKind.EXPERT:
                yield context_reply(library, entry, lang)
                yield citation_reply(library, entry, lang)
        for briefing in kb.briefings:
            for topic in briefing.topics:
                yield topic_reply(library, briefing, topic, lang)
        for kind in ListKind:
            yield listing(library, kind, lang)
        yield nothing(library, lang)


def test_every_reply_is_valid_telegram_html_within_limits(kb):
    count = 0
    for reply in all_replies(kb):
        for message in render_html(reply):
            parsed = parse_html(message)  # raises on anything Telegram would refuse
            assert 0 < len(parsed.text) <= TELEGRAM_LIMIT
        for row in reply.buttons:
            for button in row:
                data = encode(button)
                assert data is not None and len(data.encode()) <= 64
                assert decode(data) == (button.action, button.briefing, button.key)
        count += 1
    assert count > 150


def test_only_direct_quotes_go_into_quote_blocks(kb):
    library = Library.of(kb)
    briefing = kb.briefings[0]
    for answer in briefing.answers:
        if answer.list_kind:
            continue
        reply = entry_reply(library, AnswerEntry(briefing, answer), "ru")
        html = "\n".join(render_html(reply))
        quoted = [
            block.split(">", 1)[1].split("</blockquote>")[0]
            for block in html.split("<blockquote")[1:]
        ]
        direct = [q.text for q in answer.quotes if q.kind is QuoteKind.DIRECT]
        # Every quote block is one of the expert's direct quotes, word for word ...
        assert all(any(text in d for d in direct) for text in quoted), (answer.id, quoted)
        for quote in answer.quotes:
            if quote.kind is not QuoteKind.DIRECT:
                # ... and reported words are never inside one.
                assert not any(quote.text in text for text in quoted), (answer.id, quote.text)
        for block in reply.blocks:
            if isinstance(block, Reported):
                assert not block.text.startswith("«") and not block.quoted


def test_attribution_follows_direct_quotes(kb):
    library = Library.of(kb)
    briefing = kb.briefings[0]
    entry = library.catalogue.entry(briefing.id, "huseynov-alliance")
    reply = entry_reply(library, entry, "ru")
    quotes = [b for b in reply.blocks if isinstance(b, DirectQuote)]
    assert quotes[-1].attribution.startswith("Айдын Гусейнов, депутат Милли Меджлиса")
    html = render_html(reply)[0]
    assert "</blockquote>\n— <i>Айдын Гусейнов" in html


def test_long_replies_split_at_block_boundaries():
    blocks = tuple(Lead(f"Абзац {n}: " + "слово " * 300) for n in range(12))
    reply = Reply(ReplyKind.INFO, blocks)
    messages = render_html(reply)
    assert len(messages) > 1
    for message in messages:
        assert len(parse_html(message).text) <= TELEGRAM_LIMIT
    assert "".join(messages).count("Абзац") == 12


# Entities only markup makes; Telegram adds others (links, mentions) to plain text itself.
MARKUP = {"bold", "italic", "underline", "strikethrough", "spoiler", "code", "pre", "text_link"}
MARKUP |= {"blockquote", "expandable_blockquote", "custom_emoji", "text_mention"}


@settings(deadline=None, max_examples=200)
@given(st.text(max_size=5000))
def test_any_text_renders_as_valid_html(text):
    """Any text is valid HTML and reads back as itself: no character of it becomes markup."""
    reply = Reply(ReplyKind.INFO, (Lead(text), DirectQuote(text, text)))
    for message in render_html(reply):
        if message.strip():
            parsed = parse_html(message)
            assert len(parsed.text) <= TELEGRAM_LIMIT
    if text.strip() and len(text) <= 4000:
        (message,) = render_html(Reply(ReplyKind.INFO, (Lead(text),)))
        parsed = parse_html(message)
        assert parsed.text == text.strip()
        assert not [e for e in parsed.entities if e["type"] in MARKUP], parsed.entities


def test_user_text_is_escaped_in_replies(kb):
    """Markup a user types is shown as the characters typed, never applied or echoed raw."""
    typed = "<b>что</b> & коридор <script>"
    (message,) = render_html(Reply(ReplyKind.INFO, (Lead(typed),)))
    assert message == "&lt;b&gt;что&lt;/b&gt; &amp; коридор &lt;script&gt;"
    parsed = parse_html(message)
    assert parsed.text == typed
    assert not [e for e in parsed.entities if e["type"] in MARKUP]  # "</b>" holds a /command
    reply = Session.create(kb).ask(typed)
    assert reply.entry == "ishmukhamedov-corridor"  # the question inside the markup
    for message in render_html(reply):
        assert "<script>" not in message and "<b>что" not in message
        parse_html(message)


def test_follow_stale_buttons_return_nothing(kb):
    library = Library.of(kb)
    assert follow(library, Action.ENTRY, 0, "no-such-entry", "ru") is None
    assert follow(library, Action.TOPIC, 5, "corridor", "ru") is None
    assert follow(library, Action.LIST, 0, "nonsense", "ru") is None
    assert decode("garbage") is None and decode("z|0|x") is None and decode(None) is None


@given(st.text(max_size=70))
@settings(max_examples=300)
def test_any_callback_data_decodes_to_ours_or_nothing(data):
    """Callback data comes from the client: whatever it holds, decoding returns None or an
    action we could have written, and never raises ("e|²|x" once did)."""
    decoded = decode(data)
    if decoded is not None:
        action, briefing, key = decoded
        assert f"{action.value}|{briefing}|{key}" == data


def test_non_ascii_digits_in_callback_data_are_refused():
    for data in ("e|²|x", "e|٣|x", "e|１|x", "e|-1|x", "e| 1|x", "e|99999999999|x"):
        assert decode(data) is None, data


def test_a_very_long_word_and_a_very_long_quote_stay_valid():
    for reply in (
        Reply(ReplyKind.INFO, (Lead("x" * 5000),)),
        Reply(ReplyKind.INFO, (Lead("вступление"), DirectQuote("слово " * 1500, "Имя, роль"))),
    ):
        messages = render_html(reply)
        for message in messages:
            parsed = parse_html(message)
            assert 0 < len(parsed.text) <= TELEGRAM_LIMIT
    # the long quote stays a quote in every part, attributed once, at the end
    assert all("<blockquote" in m for m in messages)
    assert "Имя, роль" in messages[-1] and "Имя, роль" not in messages[0]
