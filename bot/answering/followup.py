"""Follow-up questions: "а что он сказал про энергетику?", "а Гусейнов?", "а цифры?", "ещё".

A follow-up leans on the chat's last expert and topic; a question that is complete on its own
(it names an expert, or it is answered confidently as it stands) is answered on its own.
"""

from __future__ import annotations

from dataclasses import replace

from bot.answering.context import Context
from bot.answering.understanding import Understanding
from bot.knowledge.entries import Entry
from bot.knowledge.model import ListKind
from bot.language.lexicon import ENGLISH_PRONOUNS, FEMALE_PRONOUNS, FIGURE_LEMMAS, MALE_PRONOUNS
from bot.matching.matcher import Band, Match, Matcher, Scored
from bot.matching.query import Query, Term

MORE_WORDS = frozenset({"еще", "ещё", "more", "дальше", "далее", "продолжай", "next", "else"})
PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | ENGLISH_PRONOUNS
LEAD_INS = frozenset({"а", "и", "and", "also", "what", "about"})


def resolve_followup(
    matcher: Matcher, query: Query, context: Context, scored: list[Scored]
) -> Understanding | None:
    """A follow-up's meaning, or None when the question stands on its own.

    ``scored`` is the question scored as it stands, computed once by the caller."""
    words = set(query.words)
    lemmas = {t.lemma for t in query.terms}
    briefing = matcher.kb.briefing(context.briefing or "")
    if briefing is None:
        return None

    # "ещё" / "more": the next statement on the same topic (or by the same expert).
    if words & MORE_WORDS and not (lemmas - {matcher.morphology.lemma(w) for w in MORE_WORDS}):
        entry = _next_entry(matcher, context)
        if entry is None:
            return Understanding(Match(query, Band.NONE, None, ()), exhausted=True)
        # "ещё" stays on the chat's topic and expert, whatever the shown entry is also about.
        return Understanding(
            Match(query, Band.ANSWER, Scored(entry, 100.0), ()), topic=context.topic
        )

    # "а цифры?": the figures, narrowed to the chat's topic when it has any.
    if lemmas and lemmas <= FIGURE_LEMMAS:
        listing = next((a for a in briefing.answers if a.list_kind is ListKind.FIGURES), None)
        entry = matcher.catalogue.entry(briefing.id, listing.id) if listing else None
        if entry is not None:
            topic = context.topic
            if topic and not any(topic in f.topics for f in briefing.figures):
                topic = None
            match = Match(query, Band.ANSWER, Scored(entry, 100.0), ())
            return Understanding(match, ListKind.FIGURES, topic)

    plain = matcher.band(query, scored)
    if query.named and plain.answered:
        return None  # complete on its own

    # "а что он сказал про энергетику?": the pronoun stands for the last expert.
    if context.expert and not query.named and (words & PRONOUNS or words & LEAD_INS):
        expert = briefing.expert(context.expert)
        if expert is not None:
            leaning = _with_expert(matcher, query, briefing.id, expert.id, expert.surname)
            match = matcher.band(leaning, matcher.score(leaning))
            if words & PRONOUNS:
                # "он" is the last expert: his words, or "not in the article" — never another's.
                return Understanding(replace(match, query=replace(query, named=leaning.named)))
            if match.answered and not plain.answered:
                return Understanding(replace(match, query=replace(query, named=leaning.named)))

    # "а Гусейнов?": that expert on the chat's last topic.
    if query.named and context.topic and len(query.terms) <= 2:
        (briefing_id, expert_id), *_ = sorted(query.named)
        statements = [
            a
            for a in briefing.answers
            if a.speaker == expert_id and context.topic in a.topics and a.list_kind is None
        ]
        if statements and briefing_id == briefing.id:
            entry = matcher.catalogue.entry(briefing.id, statements[0].id)
            if entry is not None:
                return Understanding(Match(query, Band.ANSWER, Scored(entry, 100.0), ()))
    return None


def _with_expert(
    matcher: Matcher, query: Query, briefing_id: str, expert_id: str, surname: str
) -> Query:
    word = matcher.morphology.lemma(surname.lower())
    extra = Term(surname.lower(), word, 1.0, matcher.index.idf.get(word, 1.0), True, True)
    return replace(query, terms=(*query.terms, extra), named=frozenset({(briefing_id, expert_id)}))


def _next_entry(matcher: Matcher, context: Context) -> Entry | None:
    briefing = matcher.kb.briefing(context.briefing or "")
    if briefing is None:
        return None
    statements = [a for a in briefing.answers if a.list_kind is None]
    shown = set(context.shown)
    same_topic = [a for a in statements if context.topic in a.topics and a.id not in shown]
    same_topic.sort(key=lambda a: a.speaker != context.expert)
    same_expert = [a for a in statements if a.speaker == context.expert and a.id not in shown]
    for candidate in (*same_topic, *same_expert):
        entry = matcher.catalogue.entry(briefing.id, candidate.id)
        if entry is not None:
            return entry
    return None
