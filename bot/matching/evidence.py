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

Before that, the article's own word: when the best entry states a consequence of another
passage ("С учётом этого, … логично добавить Турцию"), a "why" about it is answered by the
entry stating that passage, the reason (``cause_instead``), however far below it scores — the
question is about the consequence, the answer is where the article says it comes from.

Measured alternative, not taken: preferring the sibling whose spans hold more of the
question's words swapped figures and their statements back and forth (30 of 1,460 eval
replies changed, as many worse as better).
"""

from __future__ import annotations

from bot.knowledge.entries import Entry, EntryKind
from bot.language.answer_types import (
    AnswerType,
    contrast_continued,
    effect_named,
    importance_explained,
    stated_types,
    states_cause,
)
from bot.language.predicates import BOND_WORDS, CLOSENESS_WORDS
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
    article's words it shows, a reason its curator declared (``states:``), or words the
    article says something follows from ("… цифра семь». С учётом этого …": ``effects``)."""
    if AnswerType.REASON.value in entry.declared or entry.effects:
        return True
    return states_own_cause(entry)


def states_own_cause(entry: Entry) -> bool:
    """A causal connective in the article's words the entry shows itself."""
    return any(states_cause(text) for text in entry.shown_words)


def reason_by_link(entry: Entry) -> bool:
    """The entry gives a reason only as the passage something else follows from ("…
    священным числом является цифра семь" — "С учётом этого … добавить Турцию"): not by its
    own words nor by its curator's word; the reply shows what follows from it as well."""
    if not entry.effects or AnswerType.REASON.value in entry.declared:
        return False
    return not any(AnswerType.REASON in stated_types(text) for text in entry.shown_words)


def cause_instead(entry: Entry) -> frozenset[str]:
    """The keys of the entries a "why" about ``entry`` is answered with instead of it: those
    the article says it follows from (``causes``, "С учётом этого, … добавить Турцию" follows
    from the sacred seven) — unless its own words state a cause, which then answers itself.
    The article's own link outranks a curator's "зачем" phrasing on the consequence: the
    consequence shows "given this" without the "this"."""
    if not entry.causes or states_own_cause(entry):
        return frozenset()
    return frozenset(entry.causes)


def restates_contrast(query: Query, entry: Entry) -> bool:
    """The question repeats a "не просто / не только X" contrast one of the entry's spans
    states, or asks why a thing matters whose importance a span states: the span's
    continuation is the reason it asks (``contrast_continued``, ``importance_explained``)."""
    return any(
        contrast_continued(query.words, text) or importance_explained(query.words, text)
        for text in entry.shown_words
    )


def names_effect_asked(query: Query, entry: Entry) -> bool:
    """One of the entry's spans says what brings about the effect whose cause the question
    asks (``effect_named``: "экспорт … усиливает роль Баку" for "чем вызвана усиливающаяся
    роль Баку"): the subject of its verb of effect is the cause, though no connective says so."""
    return query.cause and any(effect_named(query.words, text) for text in entry.shown_words)


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
    if states_bond_asked(query, indexed):
        return True
    asked = frozenset(t.lemma for t in query.terms if t.similarity > 0) - names
    return any(
        AnswerType.REASON in kinds and not phrasing.isdisjoint(asked)
        for phrasing, kinds in indexed.askings()
    )


# How much of a lemma's weight in an entry says its own text holds it (the content field's).
_OWN_TEXT = 0.7


def states_bond_asked(query: Query, indexed: IndexedEntry) -> bool:
    """Does a question asking why things are close or what unites them ("почему страны
    исторически близки", ``predicates.CLOSENESS_WORDS``) meet an entry whose own text states their
    bond ("исторически связаны общей культурой")? What links them is the reason they are
    close: the text gives it in the bond's own words."""
    if not any(t.lemma in BOND_WORDS or t.lemma in CLOSENESS_WORDS for t in query.terms):
        return False
    return any(indexed.terms.get(lemma, 0.0) >= _OWN_TEXT for lemma in BOND_WORDS)
