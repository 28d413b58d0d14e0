"""Follow-up questions: "а что он сказал про энергетику?", "а Гусейнов?", "а цифры?", "ещё".

A follow-up leans on the chat's last expert and topic; a question that is complete on its own
(it names an expert, or it is answered confidently as it stands) is answered on its own.
"""

from __future__ import annotations

from dataclasses import replace

from bot.answering.context import Context
from bot.answering.understanding import Understanding
from bot.knowledge.entries import Entry
from bot.knowledge.model import Briefing, ListKind
from bot.language.lexicon import (
    ARTICLE_WORDS,
    ENGLISH_PRONOUNS,
    FEMALE_PRONOUNS,
    FIGURE_LEMMAS,
    MALE_PRONOUNS,
    OPINION_VERB_LEMMAS,
    SAY_WORDS,
    SPEAKING_VERB_LEMMAS,
)
from bot.language.morphology import parse
from bot.language.text import is_latin
from bot.matching.matcher import Band, Match, Matcher, Scored
from bot.matching.query import Query, Term

MORE_WORDS = frozenset({"еще", "ещё", "more", "дальше", "далее", "продолжай", "next", "else"})
PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | ENGLISH_PRONOUNS
LEAD_INS = frozenset({"а", "и", "and", "also", "what", "about"})
_FOLLOW_UP_LEMMAS = MORE_WORDS | PRONOUNS
# Known words of a scene before the question that make its pronoun the scene's person, not
# the chat's ("Я читаю статью. А он что сказал?" has none but the article).
_SCENE_NAMES = 2


def leans_on_context(query: Query) -> bool:
    """ "ещё", "а он?", "а что он сказал?": nothing but the words of a follow-up."""
    words = set(query.words)
    if not words & (MORE_WORDS | PRONOUNS):
        return False
    scene = {t.lemma for t in query.terms if t.typed in query.scene and t.similarity > 0}
    if len(scene - ARTICLE_WORDS) >= _SCENE_NAMES:
        return False  # "Есть такой помощник президента … Как его зовут?": the scene's man
    if any(_is_noun(lemma) for lemma in scene - ARTICLE_WORDS):
        return False  # "Товарооборот пока небольшой. Какой он сейчас?": the scene's thing
    return not any(_is_content(t) and t.lemma not in _FOLLOW_UP_LEMMAS for t in query.terms)


def names_a_deed(query: Query) -> bool:
    """ "когда он приехал", "кто его пригласил": a Russian verb of the briefing that is not a
    verb of saying. Opening a chat, the pronoun can only mean the one the article is about, and
    the deed alone tells what is asked; "что он сказал", "где он выступал" say nothing of whose
    words are wanted, so they still ask for a context."""
    for term in query.terms:
        if term.similarity <= 0 or is_latin(term.typed) or term.typed in SAY_WORDS:
            continue
        if term.lemma in SPEAKING_VERB_LEMMAS or term.lemma in OPINION_VERB_LEMMAS:
            continue
        parses = parse(term.typed)
        if parses and parses[0].tag.POS in {"VERB", "INFN"}:
            return True
    return False


def _is_noun(lemma: str) -> bool:
    """Is a word of the scene a noun the pronoun after it may stand for ("товарооборот")?"""
    parses = parse(lemma)
    return bool(parses) and parses[0].tag.POS == "NOUN"


def _is_content(term: Term) -> bool:
    """A word that makes a question stand on its own. English words are never marked as the
    focus (the focus test reads Russian morphology), so an English word the briefing knows
    counts too: "Why do the experts say more investment … is needed?" is a question, not "more"."""
    return term.focus or (is_latin(term.typed) and term.similarity > 0)


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
            Match(query, Band.ANSWER, Scored(entry, 100.0), ()), topic=context.topic, thread=True
        )

    # "а цифры?": the figures of the chat's expert on its topic, else of the expert, else of
    # the topic, else all — the same on every path that led here.
    if lemmas and lemmas <= FIGURE_LEMMAS:
        listing = next((a for a in briefing.answers if a.list_kind is ListKind.FIGURES), None)
        entry = matcher.catalogue.entry(briefing.id, listing.id) if listing else None
        if entry is not None:
            speaker, topic = _figures_scope(briefing, context)
            match = Match(query, Band.ANSWER, Scored(entry, 100.0), ())
            unscoped = speaker is None and topic is None
            figureless = (context.expert, context.topic) if unscoped else (None, None)
            return Understanding(
                match, ListKind.FIGURES, topic=topic, speaker=speaker, figureless=figureless
            )

    # "а Гусейнов?" — only a name: that expert on the chat's topic, before the name alone
    # (his profile) is taken as a complete question.
    names_only = (
        query.named
        and all(who & query.named for t in query.terms if (who := matcher.index.names.get(t.lemma)))
        and all(t.lemma in matcher.index.names for t in query.terms)
    )
    if names_only and context.topic:
        on_topic = _on_topic(matcher, briefing, query, context.topic)
        if on_topic is None:
            on_topic = _asked_on_topic(matcher, briefing, query, context.topic)
        if on_topic is not None:
            return on_topic

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

    # "а Гусейнов про туризм?": that expert on the chat's last topic.
    if query.named and context.topic and len(query.terms) <= 2:
        return _on_topic(matcher, briefing, query, context.topic)
    return None


def _on_topic(
    matcher: Matcher, briefing: Briefing, query: Query, topic: str
) -> Understanding | None:
    """The named expert's statement on the topic, if he made one."""
    (briefing_id, expert_id), *_ = sorted(query.named)
    statements = [
        a
        for a in briefing.answers
        if a.speaker == expert_id and topic in a.topics and a.list_kind is None
    ]
    # The topic's central statement first, then statements mainly about the topic.
    main = briefing.topic(topic).main if briefing.topic(topic) else None
    statements.sort(key=lambda a: (a.id != main, a.topics.index(topic)))
    if not statements or briefing_id != briefing.id:
        return None
    entry = matcher.catalogue.entry(briefing.id, statements[0].id)
    if entry is None:
        return None
    return Understanding(Match(query, Band.ANSWER, Scored(entry, 100.0), ()), topic=topic)


def _asked_on_topic(
    matcher: Matcher, briefing: Briefing, query: Query, topic_id: str
) -> Understanding | None:
    """ "а Тусупбеков?" after a question on tourism, when he has no statement on it: the
    question it stands for — that expert on the topic — read as if typed in full, so the
    reply is the one a full question gets ("Тусупбеков в статье об этом не говорит. Об этом
    говорит …") and never his profile, which would read as if the article had nothing on
    the topic. None when even the full question finds nothing to say (the profile then)."""
    topic = briefing.topic(topic_id)
    if topic is None:
        return None
    # the topic's own title first; its Russian title, the briefing's words, when the English
    # one finds nothing
    titles = dict.fromkeys(t for t in (topic.title_en, topic.title) if t)
    for title in titles if query.language == "en" else (topic.title,):
        # one question ("а Тусупбеков туризм"): after its "?" the title would be a remark
        full = matcher.analyse(f"{query.text.rstrip(' ?')} {title}")
        if not full.named:
            continue
        match = matcher.band(full, matcher.score(full))
        if match.band in (Band.ANSWER, Band.NOT_GIVEN):
            return Understanding(replace(match, query=query), topic=topic_id)
    return None


def _figures_scope(briefing: Briefing, context: Context) -> tuple[str | None, str | None]:
    """(speaker, topic) to narrow "а цифры?" to: both if they share figures, else the one
    that has figures, else neither."""
    figures = briefing.figures
    expert, topic = context.expert, context.topic
    for speaker, on in ((expert, topic), (expert, None), (None, topic)):
        if (speaker or on) and any(
            (speaker is None or f.speaker == speaker) and (on is None or on in f.topics)
            for f in figures
        ):
            return speaker, on
    return None, None


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
