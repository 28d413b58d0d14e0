"""Which of an expert's close entries answers a "why": the one that gives a reason.

Entries of one speaker (or one topic) on adjacent content share most of their vocabulary:
"Тюркская семёрка с Турцией" and "Семь — священное число тюрков" are both about the seven,
both Ishmukhamedov's. The score tells them apart by how the question is worded — which of
their curated phrasings it resembles — and a question written blind, from the article alone,
often resembles the wrong sibling's: "почему Ишмухамедов предлагает именно «семёрку»?" is
worded like the seven's entry, but asks why seven, which the sacred number answers. Between
such near ties (``MARGIN``) the evidence of the entry itself decides: a reason asked
("почему", "why", "what was the reason", also of an expert's words) is given by an entry
whose spans hold a causal connective, or whose curator wrote a "почему/why" phrasing on a
word of the question ("почему именно семь").

Measured alternative, not taken: preferring the sibling whose spans hold more of the
question's words swapped figures and their statements back and forth (30 of 1,460 eval
replies changed, as many worse as better).
"""

from __future__ import annotations

from bot.knowledge.entries import Entry, EntryKind
from bot.language.answer_types import (
    AnswerType,
    contrast_continued,
    stated_types,
    states_cause,
)
from bot.matching.index import IndexedEntry
from bot.matching.query import Query

# Points (0–100) below the best within which a sibling entry counts as a near tie: the
# sibling asked about by "почему … «семёрку»" scores 19 below the seven's own entry.
MARGIN = 20.0


def siblings(a: Entry, b: Entry) -> bool:
    """Entries of one kind and one speaker, or on a shared topic: neighbours a question may
    confuse. A generated list or an expert's profile is nobody's sibling."""
    if a.kind is not b.kind or a.kind in (EntryKind.LIST, EntryKind.EXPERT):
        return False
    if a.speaker is not None and a.speaker == b.speaker:
        return True
    return not set(a.topics).isdisjoint(b.topics)


def states_cause_of(entry: Entry) -> bool:
    """The entry states a cause, not only an aim or an effect: a causal connective in the
    article's words it shows, or a reason its curator declared (``states:``)."""
    if AnswerType.REASON.value in entry.declared:
        return True
    return any(states_cause(text) for text in entry.shown_words)


def restates_contrast(query: Query, entry: Entry) -> bool:
    """The question repeats a "не просто / не только X" contrast one of the entry's spans
    states: the span's continuation is the reason it asks (``contrast_continued``)."""
    return any(contrast_continued(query.words, text) for text in entry.shown_words)


def gives_kind(query: Query, indexed: IndexedEntry, names: frozenset[str]) -> bool:
    """Does the entry itself give the kind of fact the question asks (for now: a reason)?
    ``names``: lemmas of the experts the question names, no word of what it asks about."""
    if not query.why:
        return False
    if query.cause:
        if states_cause_of(indexed.entry):
            return True
    elif any(AnswerType.REASON in stated_types(span.text) for span in indexed.entry.spans):
        return True
    if restates_contrast(query, indexed.entry):
        return True
    asked = frozenset(t.lemma for t in query.terms if t.similarity > 0) - names
    return any(
        AnswerType.REASON in kinds and not phrasing.isdisjoint(asked)
        for phrasing, kinds in indexed.asking.items()
    )
