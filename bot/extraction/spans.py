"""Statements: spans of an article with their speaker and kind, cut exactly as written.

Every statement's text must stand verbatim in its paragraph at its offsets — the draft
proves each one with the faithfulness checker and drops what it cannot prove — so a span is
only ever cut out of a sentence (trimmed of the frame's punctuation), never rebuilt.
"""

from __future__ import annotations

from bot.extraction.mentions import Person
from bot.extraction.structure import Sentence
from bot.knowledge.model import QuoteKind
from bot.records import record


@record
class Statement:
    """A direct quote, reported speech or the article's own words, and where it stands."""

    speaker: Person | None
    kind: QuoteKind
    paragraph: int
    start: int  # offsets inside the paragraph
    end: int
    text: str


def sentence_span(who: Person | None, kind: QuoteKind, sentence: Sentence) -> Statement:
    """The whole sentence as one statement."""
    return Statement(who, kind, sentence.paragraph, sentence.start, sentence.end, sentence.text)


def direct_span(who: Person, sentence: Sentence, start: int, end: int) -> Statement:
    """The words inside one «…» of the sentence (``start``/``end`` in the sentence)."""
    text = sentence.text[start:end]
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    offset = sentence.start + start + lead
    return Statement(
        who, QuoteKind.DIRECT, sentence.paragraph, offset, offset + len(stripped), stripped
    )


def reported_spans(
    who: Person, sentence: Sentence, start: int, quotes: list[tuple[int, int]]
) -> list[Statement]:
    """The reported words from ``start`` (an offset in the sentence) to its end, trimmed —
    none when they are only a quotation ("заявил: «…»" is his direct speech already)."""
    body = trim(sentence.text[start:])
    if not body:
        return []
    quoted = sum(e - s for s, e in quotes if s >= start)
    if quoted and quoted >= 0.8 * len(body):
        return []
    offset = sentence.start + sentence.text.index(body, start)
    return [
        Statement(who, QuoteKind.REPORTED, sentence.paragraph, offset, offset + len(body), body)
    ]


def clause_span(who: Person, sentence: Sentence, text: str) -> Statement:
    """Reported speech that is one clause of the sentence ("…, сообщил министр")."""
    offset = sentence.start + sentence.text.index(text)
    return Statement(who, QuoteKind.REPORTED, sentence.paragraph, offset, offset + len(text), text)


def trim(text: str) -> str:
    """Without the frame's punctuation around it: ", что …", "— …", a closing full stop."""
    return text.strip().lstrip(",;:—– ").rstrip(".;:,").rstrip()
