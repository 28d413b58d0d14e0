"""What a message means in its conversation: the matcher's match, and how to present it.

The matcher scores a question as it stands; the dialogue decides whether it is a follow-up
("а Гусейнов?", "ещё", "а цифры?") leaning on the chat's context, or a request for a list
narrowed to one expert ("какие цифры привёл Ишмухамедов") or to a subject ("цифры
товарооборот", "что говорят эксперты о коридоре"), or for someone's own words on a subject
("цитата Ишмухамедова коридор").
"""

from __future__ import annotations

from dataclasses import replace

from bot.answering.context import Context
from bot.answering.followup import leans_on_context, names_a_deed, resolve_followup
from bot.answering.understanding import Understanding
from bot.knowledge.entries import Entry, EntryKind
from bot.knowledge.model import Briefing, ListKind, QuoteKind
from bot.language.answer_types import AnswerType
from bot.language.checks import asks_for_something
from bot.language.claims import asks_to_verify, checks_truth, claimed_value
from bot.language.compound import compound_parts
from bot.language.exclusions import ASKING_OTHER
from bot.language.fillers import filler_positions
from bot.language.lexicon import (
    EXPERT_LEMMAS,
    FIGURE_LEMMAS,
    OPINION_VERB_LEMMAS,
    QUOTE_WORDS,
    SAY_WORDS,
    SPEAKING_VERB_LEMMAS,
    SPEECH_ACT_LEMMAS,
    VIEW_WORDS,
    word_set,
)
from bot.language.morphology import parse
from bot.language.numbers import judges_amount, time_unit
from bot.language.parties import Party, party_of
from bot.language.relatives import without_relative_clause
from bot.language.text import is_latin
from bot.matching.index import content_lemmas
from bot.matching.matcher import Band, Match, Matcher, Scored
from bot.matching.qualified import is_verb
from bot.matching.query import Query, Term


def understand(
    matcher: Matcher, text: str, context: Context, *, current: str | None = None
) -> Understanding:
    """``current``: the chat's briefing, which the question is read in unless another
    briefing fits it clearly better (``Matcher.focus``)."""
    query = matcher.analyse(text)
    if current is not None:
        query = matcher.focus(query, current)
    asked = query  # before a role naming several is read as one of them (``one_of_role``)
    query = matcher.one_of_role(query)
    scored = matcher.score(query)
    if not context.empty:
        followed = resolve_followup(matcher, query, context, scored)
        if followed is not None:
            return followed
    elif leans_on_context(query):
        alone = matcher.band(query, scored)
        if alone.band is not Band.ANSWER or not names_a_deed(query):
            return Understanding(Match(query, Band.NONE, None, ()), needs_context=True)
        return Understanding(alone)
    for reading in (experts_figures, figures_on_subject, experts_on_subject, quote_on_subject):
        understood = reading(matcher, query)
        if understood is not None:
            return understood
    listed = (
        experts_of_country(matcher, asked, scored)
        or experts_of_role(matcher, asked, query, scored)
        or experts_who_spoke(matcher, asked)
    )
    if listed is not None:
        return listed
    match = matcher.band(query, scored)
    if match.band is not Band.ANSWER:
        pointed = (
            _without_pointer(matcher, text, query, current)
            or _two_questions(matcher, query, current)
            or _claim_corrected(matcher, query, match, scored, current)
        )
        if pointed is not None:
            return Understanding(pointed)
    return Understanding(match)


def _without_pointer(
    matcher: Matcher, text: str, query: Query, current: str | None
) -> Match | None:
    """The question read without the relative clause that only points at its thing ("…
    визит Алиева, итоги которого обсуждали эксперты": ``without_relative_clause``), when
    that reading is a sure answer of the same kind asked about the same people and places
    — the clause's words had pulled the question to another passage. None otherwise."""
    plain = without_relative_clause(text)
    if plain is None or not query.asks:
        return None
    reduced = matcher.analyse(plain)
    if current is not None:
        reduced = matcher.focus(reduced, current)
    if (
        reduced.asks != query.asks
        or reduced.named != query.named
        or _countries(reduced) != _countries(query)
    ):
        return None  # the clause named the one asked of: "коридор, о котором говорил X"
    match = matcher.band(reduced, matcher.score(reduced))
    if match.band is not Band.ANSWER or match.best is None:
        return None
    return match if match.best.score >= matcher.thresholds.answer else None


# What a claim reported asks by its words of saying ("мне сказали, что …", "коллега пишет,
# что …"): the source's words, not a kind of fact of their own.
_CLAIM_NEUTRAL = (AnswerType.STATEMENT, AnswerType.FACT)
# The conjunction opening a claim ("пишет, что …"), no word asking "what".
_CLAIM_THAT = "что"
# How far down the claim's own scoring the passage giving its value may be.
_CLAIM_NEAR = 3


def _claim_corrected(
    matcher: Matcher, query: Query, match: Match, scored: list[Scored], current: str | None
) -> Match | None:
    """A claim put up for checking with a value the article gives otherwise ("верно ли, что
    подписали 16 соглашений?", "Коллега пишет, что Алиев прибыл 21 октября. Сверьте дату."):
    read as the question of its value ("сколько подписали соглашений", ``claimed_value``),
    whose passage gives the article's value and so corrects the claim. Taken only when that
    reading is a sure answer, by a passage stating a value of the claim's kind, that the
    claim itself came near (one of its first ``_CLAIM_NEAR``, or one offered: "визит был 5
    ноября" put "5+1" first, the visit's date second) — else None."""
    if not (asks_to_verify(query.read_text) or checks_truth(query.read_text)):
        return None  # "is it symbolic that …", "did Turkey join …": no claim put up to check
    if asks_for_something([w for w in query.words if w != _CLAIM_THAT]):
        return None  # "za skolko let … do 7-8 dney": "сколько" read back, a question of its own
    if query.other_speaker or any(t.entity and t.similarity <= 0 for t in query.terms):
        # "верно ли, что Путин сказал, что подписали 16 соглашений?": a claim of one the
        # article never names — the article's count says nothing of what he said
        return None
    claim = claimed_value(query.read_text)
    if claim is None or (query.asks[:1] and query.asks[0] not in (*_CLAIM_NEUTRAL, claim.kind)):
        # "Will Turkey join the Turkic seven?", "за сколько лет сократить до 7-8 дней": the
        # question asks a forecast, a duration of its own — its number is no value checked
        return None
    reduced = matcher.analyse(claim.question)
    if current is not None:
        reduced = matcher.focus(reduced, current)
    found = matcher.band(reduced, matcher.score(reduced))
    best = found.best
    if found.band is not Band.ANSWER or best is None or best.score < matcher.thresholds.answer:
        return None
    if claim.kind not in best.entry.states:
        return None
    near = {id(s.entry) for s in (*match.suggestions, *scored[:_CLAIM_NEAR])}
    if match.best is not None:
        near.add(id(match.best.entry))
    return found if id(best.entry) in near else None



def _two_questions(matcher: Matcher, query: Query, current: str | None) -> Match | None:
    """Two questions typed as one ("сколько соглашений подписали и какой товарооборот"),
    each a sure answer on its own: the first part's passage, with the second's shown after
    it (``also``) — no one passage holds both, and the whole read as one question says the
    second kind is not given. None when either part is not answered by itself, or when the
    question names an expert the parts' passages are not his words of (each part is read
    without the other's words, so a name in one would not bind the other)."""
    parts = compound_parts(query.read_text)
    if parts is None:
        return None
    answered: list[Scored] = []
    for part in parts:
        read = matcher.analyse(part)
        if current is not None:
            read = matcher.focus(read, current)
        if not _names_own_thing(read):
            return None  # "… и сколько дней длился": of the first part's thing, asked alone
        match = matcher.band(read, matcher.score(read))
        best = match.best
        if (
            match.band is not Band.ANSWER
            or best is None
            or best.score < matcher.thresholds.answer
            or best.entry.kind in (EntryKind.LIST, EntryKind.EXPERT)
        ):
            return None
        answered.append(best)
    first, second = answered
    for scored in answered:
        who = (scored.entry.briefing.id, scored.entry.speaker)
        if query.named and who not in query.named:
            return None
    if second.entry is first.entry:
        return Match(query, Band.ANSWER, first, ())
    return Match(query, Band.ANSWER, replace(first, also=(*first.also, second.entry)), ())


def _names_own_thing(query: Query) -> bool:
    """Does a part of a question name a thing of its own — a word of the briefing that is no
    unit of time and no verb ("какой товарооборот", "how long does delivery take")? "Сколько
    дней длился" names none: read alone, it would be answered by any passage counting days."""
    return any(
        t.similarity > 0 and time_unit(t.lemma) is None and not is_verb(t.lemma)
        for t in query.terms
    )


def _countries(query: Query) -> frozenset[Party]:
    """The countries a question names, by any of their words."""
    return frozenset(
        party for t in query.terms if (party := party_of(t.typed, t.lemma)) is not None
    )


def _subject(matcher: Matcher, query: Query, cue: frozenset[str]) -> Query | None:
    """The question without its cue words ("цифры", "эксперты"): what it is about, if anything."""
    if not any(t.lemma in cue for t in query.terms):
        return None
    subject = replace(query, terms=tuple(t for t in query.terms if t.lemma not in cue))
    return subject if any(t.focus for t in subject.terms) else None


def _english_subject(query: Query, cue: frozenset[str]) -> Query | None:
    """ "numbers on trade", "any figures on rail freight": an English question naming its cue
    in the plural (one "figure" asks one), without it — any word the briefing knows is what
    it is about (in English only a name is marked as a subject's word)."""
    if query.language != "en" or not any(
        t.lemma in cue and t.typed.endswith("s") for t in query.terms
    ):
        return None
    subject = replace(query, terms=tuple(t for t in query.terms if t.lemma not in cue))
    return subject if any(t.similarity > 0 for t in subject.terms) else None


def figures_on_subject(matcher: Matcher, query: Query) -> Understanding | None:
    """ "цифры товарооборот": the figures the article gives on that subject, as a list."""
    if query.named or any(kind not in _COUNTABLE for kind in query.asks):
        return None  # "какого числа подписали": a date, not a figure
    if any(judges_amount(word) for word in query.words):
        return None  # "is it sufficient? the figure, please": the passage judging it answers
    subject = _subject(matcher, query, FIGURE_LEMMAS) or _english_subject(query, FIGURE_LEMMAS)
    if subject is None:
        return None
    # "кто привёл цифры по …", "какие цифры назвал": the verb of giving them is no subject
    subject = replace(subject, terms=tuple(t for t in subject.terms if t.typed not in SAY_WORDS))
    floor = matcher.thresholds.suggest
    found = [
        s
        for s in matcher.score(subject, limit=20)
        if s.entry.kind is EntryKind.FIGURE and s.subject >= floor
    ]
    listing = _figures_list(matcher)
    if not found or listing is None or found[0].subject < matcher.thresholds.answer:
        return None
    if len(found) == 1:  # "что значит число семь": that one figure, not a list of one
        return Understanding(
            Match(query, Band.ANSWER, Scored(found[0].entry, found[0].subject), ())
        )
    match = Match(query, Band.ANSWER, Scored(listing, found[0].subject), ())
    return Understanding(match, ListKind.FIGURES, figures=tuple(s.entry for s in found))


def experts_on_subject(matcher: Matcher, query: Query) -> Understanding | None:
    """ "эксперты средний коридор", "мнение казахстанских политологов о визите": every expert
    who spoke on the subject, each with his best statement on it — a statement giving what
    the question asks ("откроют ли коридор, по мнению аналитиков" asks for a forecast: a
    statement that makes none is no answer, and without one the matcher says so)."""
    if query.named or not _plural_experts(query):
        return None
    if query.excluded is not None:
        return None  # "which of the experts besides Tusupbekov": another one, the matcher's
    scored = matcher.score(query, limit=1)
    if scored and scored[0].entry.list_kind is ListKind.EXPERTS:
        return None  # "какие эксперты комментировали визит": the list of experts
    if scored and _tells_of_experts(matcher, query, scored[0]):
        return None  # "что было в центре внимания экспертов": the passage saying so
    subject = _subject(matcher, query, EXPERT_LEMMAS)
    if subject is None:
        return None
    roles = _role_words(matcher, subject)
    if roles:
        subject = replace(subject, terms=tuple(t for t in subject.terms if t.lemma not in roles))
        if not any(t.focus for t in subject.terms):
            return None
    best: dict[str, Scored] = {}
    for scored in matcher.score(subject, limit=30):
        entry = scored.entry
        if (
            entry.kind is EntryKind.ANSWER
            and entry.speaker is not None
            and scored.subject >= matcher.thresholds.answer
            and entry.speaker not in best
            and _has_role(entry, roles, matcher)
            and matcher.explains_subject(subject, entry)
            and matcher.gives_asked(query, entry)
        ):
            best[entry.speaker] = scored
    if not best:
        return None
    chosen = sorted(best.values(), key=lambda s: s.subject, reverse=True)
    match = Match(query, Band.ANSWER, chosen[0], tuple(chosen[1:]))
    lemmas = frozenset(t.lemma for t in subject.terms if t.similarity > 0)
    return Understanding(match, experts=tuple(s.entry for s in chosen), subject=lemmas)


def experts_of_country(
    matcher: Matcher, asked: Query, scored: list[Scored]
) -> Understanding | None:
    """ "казахстанские эксперты", "какие эксперты из Казахстана комментировали визит",
    "which Azerbaijani experts commented": the experts of that country, as a list — not
    every expert, nor one passage of whoever scored first. Only when the question says
    nothing besides who they are, the speaking and the article's event ("какие казахстанские
    эксперты говорили о Турции" is answered by the passage on Turkey)."""
    if AnswerType.QUANTITY in asked.asks or asked.other_speaker:
        return None
    found = matcher.experts_of_country(asked)
    if found is None:
        return None
    experts, naming = found
    briefing = _one_briefing(matcher, asked)
    if briefing is None or not _says_only_who(matcher, asked, briefing, naming):
        return None
    who = [(briefing, e.id) for e in briefing.experts if (briefing.id, e.id) in experts]
    return _listed(matcher, asked, briefing, who, scored)


def experts_of_role(
    matcher: Matcher, asked: Query, query: Query, scored: list[Scored]
) -> Understanding | None:
    """ "какие казахстанские политологи давали комментарии", "Kazakh experts": the experts
    a role in the plural names, as a list of them — not the profile of whichever of them
    scores first, as one of a role ("какой политолог", ``Matcher.one_of_role``) is read.

    ``asked`` is the question before a role naming several is read as one of them,
    ``query`` after, ``scored`` its scoring (no scoring of its own: a question's scoring
    budget is the band's). The experts are those whose profiles tie at the top (nothing of
    what they said on a subject scores above who they are: "какие политологи говорили о
    Турции" is answered by the passage on Turkey); or those the role names, when the best
    is the profile of one of them; or, when the question holds nothing but the role, those
    it names. A count ("сколько политологов") is the list entry's own reading."""
    if AnswerType.QUANTITY in asked.asks or not _plural_people(matcher, asked):
        return None
    floor = matcher.thresholds.answer
    top = scored[:_ROLE_TIE_DEPTH]
    tied = [
        s for s in top if top[0].score >= floor and top[0].score - s.score <= _ROLE_TIE_MARGIN
    ]
    by_role = sorted(asked.named) if len(asked.named) >= 2 else []
    if len(tied) >= 2 and all(s.entry.kind is EntryKind.EXPERT for s in tied):
        who = [(s.entry.briefing, s.entry.speaker) for s in tied]
        score = tied[0].score
    elif by_role and (
        not asked.terms
        or (
            top
            and top[0].score >= floor
            and top[0].entry.kind is EntryKind.EXPERT
            and (top[0].entry.briefing.id, top[0].entry.speaker) in asked.named
        )
    ):
        who = [
            (b, expert_id)
            for briefing_id, expert_id in by_role
            if (b := matcher.kb.briefing(briefing_id)) is not None
        ]
        score = top[0].score if top else floor
    else:
        return None
    briefings = {id(b) for b, _ in who}
    listing = next(
        (
            e
            for e in matcher.catalogue.entries
            if e.list_kind is ListKind.EXPERTS and id(e.briefing) in briefings
        ),
        None,
    )
    if listing is None:
        return None
    match = Match(asked, Band.ANSWER, Scored(listing, score, score), ())
    return Understanding(
        match, ListKind.EXPERTS, members=tuple((b.id, e) for b, e in who if e is not None)
    )


def experts_who_spoke(matcher: Matcher, query: Query) -> Understanding | None:
    """ "кто давал комментарии", "who commented on the visit", "кто ещё, кроме Гусейнова,
    высказался": who spoke in the article is asked — its experts, as a list, less those the
    question leaves out. Only when the question says nothing but the speaking and the
    article's own event (its title's words: "о визите"): "кто комментировал пост Гаджиева"
    asks who spoke on that, which a passage tells."""
    if query.asks[:1] != (AnswerType.PERSON,) or query.other_speaker or query.asks_meta:
        return None  # "who wrote this article": its author, no expert
    if not any(_speech_act(w, query) for w in query.words):
        return None
    briefing = _one_briefing(matcher, query)
    if briefing is None:
        return None
    excluded = _excluded_experts(matcher, query)
    left_out = frozenset(query.excluded.words) if query.excluded is not None else frozenset()
    if not _says_only_who(matcher, query, briefing, left_out):
        return None
    if query.named - excluded:
        return None  # "кто кроме Гусейнова": only the one left out may be named
    who = [(briefing, e.id) for e in briefing.experts if (briefing.id, e.id) not in excluded]
    return _listed(matcher, query, briefing, who, [])


def _one_briefing(matcher: Matcher, query: Query) -> Briefing | None:
    """The briefing the question is read in: the chat's, or the only one loaded."""
    briefings = [
        b for b in matcher.kb.briefings if query.briefing is None or b.id == query.briefing
    ]
    return briefings[0] if len(briefings) == 1 else None


def _says_only_who(
    matcher: Matcher, query: Query, briefing: Briefing, naming: frozenset[str]
) -> bool:
    """Does the question say nothing but who is asked for (``naming``: as typed), the
    speaking ("комментировал", "высказался"), "ещё", and the article's own event (its title's
    words: "о визите")? "кто комментировал пост Гаджиева" says what they spoke on."""
    event = set(
        content_lemmas(f"{briefing.title} {briefing.title_en or ''}", matcher.morphology)
    )
    for term in query.terms:
        if (
            term.typed in naming
            or term.typed in ASKING_OTHER
            or term.lemma in EXPERT_LEMMAS
            or _speech_act(term.typed, query)
            or term.lemma in _JUDGING
        ):
            continue
        if term.lemma not in event and term.typed.lower() not in event:
            return False
    return True


def _listed(
    matcher: Matcher,
    query: Query,
    briefing: Briefing,
    who: list[tuple[Briefing, str]],
    scored: list[Scored],
) -> Understanding | None:
    """The experts list narrowed to ``who``, as the question's answer (None: nobody)."""
    listing = next(
        (
            e
            for e in matcher.catalogue.entries
            if e.list_kind is ListKind.EXPERTS and e.briefing is briefing
        ),
        None,
    )
    if not who or listing is None:
        return None
    score = max(matcher.thresholds.answer, scored[0].score if scored else 0.0)
    match = Match(query, Band.ANSWER, Scored(listing, score, score), ())
    return Understanding(match, ListKind.EXPERTS, members=tuple((b.id, e) for b, e in who))


def _speech_act(word: str, query: Query) -> bool:
    """A word of speaking up or commenting ("комментировал", "комментарии", "высказался",
    "commented"), by the question's reading of it or its own."""
    if query.lemma_of(word) in _WRITING or word in _WRITING:
        return False  # "кто написал", "who wrote": the author, whom the article never names
    if query.lemma_of(word) in SPEECH_ACT_LEMMAS:
        return True
    if is_latin(word):
        return any(word.startswith(stem) for stem in ("comment", "spoke", "speak"))
    return any(
        p.normal_form in SPEECH_ACT_LEMMAS and p.normal_form not in _WRITING
        for p in parse(word)[:1]
    )


# Words of judging what the experts spoke on ("какие азербайджанские депутаты давали оценки
# визиту"): their assessments are their comments, no subject of their own.
_JUDGING = word_set("оценка оценки оценить оценивать assess assessed assessment evaluate")
# Verbs of writing: who wrote is the author, no expert who spoke.
_WRITING = word_set("написать писать write wrote written")


def _excluded_experts(matcher: Matcher, query: Query) -> set[tuple[str, str]]:
    """The experts a question leaves out by name ("кроме Гусейнова", "besides Huseynov")."""
    if query.excluded is None:
        return set()
    names = matcher.index.names
    found: set[tuple[str, str]] = set()
    for word in query.excluded.words:
        found |= names.get(query.lemma_of(word), frozenset()) | names.get(word, frozenset())
    return found


# How far below the best a profile may score and still tie with it (the profiles of two
# experts of one role score alike: the role is all the question says of them).
_ROLE_TIE_MARGIN = 0.5
_ROLE_TIE_DEPTH = 6


def _plural_people(matcher: Matcher, query: Query) -> bool:
    """Does the question name people in the plural by what they are ("политологи",
    "депутатов", "Kazakh experts", "political scientists")? An expert's word, or a word of
    some expert's role or country in the knowledge base, in a plural form."""
    roles: set[str] = set(EXPERT_LEMMAS)
    for briefing in matcher.kb.briefings:
        for expert in briefing.experts:
            for field in ("role", "role_en"):
                text = getattr(expert, field, "") or ""
                roles |= set(content_lemmas(text, matcher.morphology))
                roles |= {w.lower() for w in text.split()}
    for word in query.words:
        if is_latin(word):
            if word.endswith("s") and (word[:-1] in roles or query.lemma_of(word) in roles):
                return True
            continue
        parses = parse(word)[:1]
        if (
            parses
            and "NOUN" in parses[0].tag
            and "plur" in parses[0].tag
            and parses[0].normal_form in roles
        ):
            return True
    return False


def quote_on_subject(matcher: Matcher, query: Query) -> Understanding | None:
    """ "цитата Ишмухамедова коридор": a direct quote on the subject (his, if he is named);
    when there is none, say so rather than pass a paraphrase off as his words. A quote of
    somebody the article never quotes ("any quote from Tokayev") is no request for the
    experts' quotes: the matcher says whose words are missing."""
    if query.other_speaker or not any(w in QUOTE_WORDS for w in query.words):
        return None
    if query.asks[:1] in ((AnswerType.QUANTITY,), (AnswerType.PERSON,)):
        return None  # "how many experts did the article quote", "кого цитирует": the experts
    subject = replace(query, terms=tuple(t for t in query.terms if t.typed not in QUOTE_WORDS))
    if not subject.terms:
        return None
    scored = matcher.score(subject, limit=30)
    own = [s for s in scored if not query.named or matcher.speaks(query, s.entry)]
    quoted = [
        s
        for s in own
        if s.entry.kind is not EntryKind.LIST
        and any(q.kind is QuoteKind.DIRECT for q in s.entry.spans)
    ]
    floor = matcher.thresholds.answer
    if quoted and quoted[0].subject >= floor:
        return Understanding(Match(query, Band.ANSWER, quoted[0], tuple(quoted[1:3])))
    on_subject = tuple(s for s in own if s.subject >= floor)[:3]
    if not on_subject:
        return None
    return Understanding(
        Match(query, Band.NOT_GIVEN, on_subject[0], on_subject, AnswerType.STATEMENT)
    )


# What a request for figures may ask besides the figures themselves; "кто привёл цифры по
# товарообороту" asks who gave them, which the list says beside each figure.
_COUNTABLE = frozenset(
    {AnswerType.QUANTITY, AnswerType.MONEY, AnswerType.DURATION, AnswerType.PERSON}
)


def _plural_experts(query: Query) -> bool:
    """ "эксперты", "политологов", "все эксперты", "experts": more than one person asked for —
    not "по словам одного из аналитиков", "one of the experts": one of them, whose words
    answer as any single expert's do."""
    loose = filler_positions(query.words)  # "одного из аналитиков": one unnamed source
    for at, word in enumerate(query.words):
        if (
            query.lemma_of(word) in EXPERT_LEMMAS
            and (word.endswith("s") or any("plur" in p.tag for p in parse(word)[:1]))
            and at not in loose
        ):
            return True
    return False


def _tells_of_experts(matcher: Matcher, query: Query, best: Scored) -> bool:
    """ "что оказалось в центре внимания экспертов и аналитиков": the experts are part of what
    is asked — whose attention, whose interest — when the question's best passage is the
    article's own sentence about them (no speaker, the experts' word in its text) and answers
    it outright; their statements on the rest of it ("в центре внимания") are another matter.
    Not "какие эксперты комментировали визит", "что пишут аналитики": the experts named as
    the ones who speak (in the nominative) are asked for their words."""
    entry = best.entry
    cues = [t for t in query.terms if t.lemma in EXPERT_LEMMAS]
    return (
        entry.kind is EntryKind.ANSWER
        and entry.speaker is None
        and best.score >= matcher.thresholds.answer
        and bool(cues)
        and all(_oblique(t.typed) and matcher.holds_word(entry, t) for t in cues)
        and not _asks_their_view(query)
    )


# Nouns of what people say or think: "мнение аналитиков", "оценки экспертов", "expert views".
_VIEW_NOUNS = word_set(
    "мнение оценка комментарий слово позиция взгляд прогноз вывод высказывание суждение"
)


def _asks_their_view(query: Query) -> bool:
    """ "мнение аналитиков о визите", "как оценивают эксперты": the experts' words are asked,
    whatever case the experts' word is in."""
    return any(
        word in SAY_WORDS
        or word in VIEW_WORDS
        or any(p.normal_form in _VIEW_NOUNS for p in parse(word)[:1])
        for word in query.words
    ) or any(t.lemma in OPINION_VERB_LEMMAS or t.lemma in SPEAKING_VERB_LEMMAS for t in query.terms)


def _oblique(word: str) -> bool:
    """A Russian noun no reading of which is in the nominative ("внимания экспертов", "у
    аналитиков"): whose attention or interest, not who speaks ("эксперты считают")."""
    parses = parse(word)
    return bool(parses) and all(
        "NOUN" in p.tag and "nomn" not in p.tag and "LATN" not in p.tag for p in parses
    )


def _role_words(matcher: Matcher, subject: Query) -> set[str]:
    """Subject words that describe experts ("казахстанских"), not what they spoke about."""
    described: set[str] = set()
    for briefing in matcher.kb.briefings:
        for expert in briefing.experts:
            described |= set(content_lemmas(f"{expert.role} {expert.country}", matcher.morphology))
    return {t.lemma for t in subject.terms if t.lemma in described}


def _has_role(entry: Entry, roles: set[str], matcher: Matcher) -> bool:
    expert = entry.briefing.expert(entry.speaker)
    if not roles or expert is None:
        return True
    words = set(content_lemmas(f"{expert.role} {expert.country}", matcher.morphology))
    return roles <= words


def _figures_list(matcher: Matcher) -> Entry | None:
    return next((e for e in matcher.catalogue.entries if e.list_kind is ListKind.FIGURES), None)


def _english_known(term: Term) -> bool:
    """An English word of the briefing, no name (English words are never marked ``focus``)."""
    return is_latin(term.typed) and term.similarity > 0 and not term.entity


# How an expert's figures are asked for in English, no word of which figure: "what figures
# does he quote", "the numbers he cites", "his key figures". Any other English word the
# briefing knows names a figure ("the 5+1 formula turned into what number", "for trade").
_CITING = word_set(
    "quote quotes quoted cite cites cited give gives gave given mention mentions mentioned "
    "name names named provide provides provided list lists listed share shares shared "
    "offer offers offered bring brings brought use uses used key main all"
)


def experts_figures(matcher: Matcher, query: Query) -> Understanding | None:
    """ "какие цифры привёл Ишмухамедов": the figures list, narrowed to that expert. An
    English word the briefing knows (but one of citing, ``_CITING``), or a number ("why the
    number seven, according to Ishmukhamedov": that number's passage), says which figure too,
    of one named by what he is ("what dollar figure did the analyst give as the TARGET for
    yearly TRADE") or by name ("according to Gadzhiev the 5+1 FORMULA turned into what
    number"): that one is asked."""
    if len(query.named) != 1 or not any(t.lemma in FIGURE_LEMMAS for t in query.terms):
        return None
    if query.counted is not None and query.counted not in FIGURE_LEMMAS:
        return None  # "what number of countries, per Ishmukhamedov": how many, no figures
    briefing_id, expert_id = next(iter(query.named))
    names = {k for k, v in matcher.index.names.items() if (briefing_id, expert_id) in v}
    other = [
        t
        for t in query.terms
        if (t.focus or _english_known(t) or t.lemma[:1].isdigit())
        and t.lemma not in FIGURE_LEMMAS | names
        and t.typed not in _CITING
    ]
    briefing = matcher.kb.briefing(briefing_id)
    if other or briefing is None:
        return None  # "цифры Ишмухамедова о товарообороте": a particular figure
    if not any(f.speaker == expert_id for f in briefing.figures):
        return None
    lists = [
        entry
        for entry in sorted(matcher.catalogue.entries, key=lambda e: e.briefing.id != briefing_id)
        if entry.list_kind is ListKind.FIGURES
    ]
    if not lists:
        return None
    match = Match(query, Band.ANSWER, Scored(lists[0], 100.0), ())
    return Understanding(match, ListKind.FIGURES, speaker=expert_id)
