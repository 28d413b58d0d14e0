"""From an analysed question to the best entries, a 0–100 score and a band.

The score combines two views of the same evidence:
- coverage: how much of what the user asked (IDF-weighted) an entry explains. Words the
  knowledge base has never seen keep their weight, so "сколько стоит билет на паром" — where
  only "паром" is known — cannot reach the answer band: that is how the bot knows what the
  article does not say;
- closeness: weighted Dice overlap with the entry's best phrasing, which separates
  neighbours that share a topic.
Intent adjusts it: "сколько/how many" leans to figures, "кто/who" to experts, and a question
that names an expert is never answered with somebody else's words. The matcher knows nothing
of conversations: follow-ups are the dialogue's business (``bot.answering``).
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache

from bot.knowledge.causes import beside_effects
from bot.knowledge.entries import Catalogue, Entry, EntryKind, ExpertEntry, Field, expert_key
from bot.knowledge.faithfulness import article_index
from bot.knowledge.model import KnowledgeBase, QuoteKind
from bot.language.acronyms import is_letter_abbreviation, spells_out
from bot.language.ahead import (
    CONDITION_WORDS,
    amount_adverbs,
    asks_ahead,
    asks_amount_ahead,
    asks_beyond,
    asks_what_comes,
    asks_whether_becomes,
    goes_beyond,
)
from bot.language.amounts import (
    FIGURE_OBJECTS,
    GIVING_STEMS,
    INVESTING_STEMS,
    MASS_WORDS_EN,
    MONEY_AMOUNT_LEMMAS,
)
from bot.language.answer_types import (
    AHEAD_WORDS,
    ASKING,
    DOCUMENT_LEMMAS,
    GENERIC_DETAILS,
    INTERROGATIVES,
    INVESTMENT_ASKED,
    INVESTMENT_NAMED,
    KIND_ASKING_WORDS,
    KIND_NOUNS,
    MEASURES,
    MECHANISM_LEMMAS,
    MONEY_WORDS,
    RATIO_WORDS,
    TIME_NOUNS,
    AnswerType,
    advocates,
    amount_headline_unfolded,
    asked_types,
    asks_becoming,
    asks_calendar_date,
    asks_character,
    asks_condition,
    asks_explanation,
    asks_for_horizon,
    asks_forecast_by_noun,
    asks_horizon,
    asks_place_by_noun,
    asks_possible,
    asks_precisely,
    asks_price_change,
    asks_prospect,
    asks_purpose,
    asks_target,
    asks_timing,
    asks_whether_future,
    asks_which_expert,
    asks_why_published,
    becoming_words,
    changes_amount,
    figure_noun_asked,
    figure_noun_framed,
    gains_named,
    giving_beneficiary,
    grounds_ahead,
    horizon_clauses,
    is_explaining_verb,
    lists_investment,
    looks_ahead,
    missing_kind,
    names_and_places,
    names_forecast,
    names_horizon,
    names_kind_of_place,
    names_year_ahead,
    speaker_noun,
    speaks_of_future,
    stated_dates,
    stated_types,
    states_horizon,
    states_hypothesis,
    states_price,
    states_target,
    tells_timing,
    tells_what_it_will_be,
)
from bot.language.asked_words import (
    BEING_AT,
    CARRIED,
    FORECAST_NOUNS_EN,
    FORECASTING_VERBS,
    FORMULA_NOUNS,
    IN_GENERAL,
    PLACE_NOUNS_ASKED,
    PRESENT_WORDS,
    ROLE_VERBS_EN,
    TALKS_SIDES,
    TALKS_WORDS,
    VISIT_OF_TALKS,
)
from bot.language.changes import (
    GROWTH_NOUNS_MISSED,
    Change,
    asks_past_change,
    derives_multiple,
    is_change_verb,
    offered_multiple,
    stated_changes,
    states_change_made,
    target_frame,
)
from bot.language.characterisation import (
    asks_prevented,
    aspect_forms,
    is_frame,
    names_obstacle,
    standing_reached,
    tells_arrival,
)
from bot.language.checks import (
    asks_yes_or_no,
    counted_numbers,
    offered_answer,
    offers_date,
    offers_year,
    only_a_day,
)
from bot.language.claims import names_month
from bot.language.clauses import Clause, is_number, names_among_particulars, particularises
from bot.language.continuations import items_before_rest
from bot.language.definitions import asks_definition, asks_name, defines
from bot.language.discussions import (
    ASKING_FILLERS,
    asks_about_talk,
    asks_discussed,
    discussing,
    lists_discussed,
)
from bot.language.doers import (
    deeds_told,
    done_by_others,
    english_deed,
    english_deed_verb,
    english_deeds_told,
    english_done_by_others,
    english_placed_at_another_deed,
    judging_told,
    nominative_person,
    person_stem,
    placed_at_another_deed,
    tells,
)
from bot.language.exclusions import EXCLUDING, Exclusion, left_out_positions
from bot.language.function_words import (
    ABOUT_WORDS,
    AMONG,
    BEFORE_OBJECT_EN,
    DOER_AUXILIARIES_EN,
    ENGLISH_PREPOSITIONS,
    EPITHET_DETERMINERS_EN,
    EXACT_SPOT,
    FIGURE_PER_WORDS,
    INSISTING_ADVERBS_EN,
    INTO,
    JOINING_REQUESTS,
    LEAVING_PAIRED,
    MODAL_WORDS,
    NARROWING_EN,
    NOT_NARROWING_EN,
    OF_TOPIC,
    OPENING_REQUESTS,
    PICKED_AMONG,
    PICKING,
    PRESENT_AUXILIARIES_EN,
    SUBJECT_PRONOUNS,
    TOPIC_DETERMINERS,
    VENUE_BEFORE,
    VENUE_BEFORE_EN,
    WHICH_WORDS,
    WHITHER,
    WHO_OF_RANK,
)
from bot.language.gazetteer import (
    CITY,
    LAKE,
    OCEAN,
    PLACE_KINDS,
    RIVER,
    SEA,
    WIDER,
    asked_place_kind,
    place_fits,
)
from bot.language.goals import (
    asks_need,
    asks_why_needed,
    goal_passages,
    is_need_word,
    tells_goal,
    tells_need,
)
from bot.language.introductions import introduced, name_key
from bot.language.lexicon import (
    CALLING_WORDS,
    COUNT_WORDS,
    CURRENCY_MARKS,
    ENGLISH_SYNONYMS,
    EXPERT_LEMMAS,
    FIGURE_LEMMAS,
    JUDGEMENT_NOUNS,
    OPINION_VERB_LEMMAS,
    PRICE_LEMMAS,
    QUOTE_WORDS,
    SAY_WORDS,
    SECTOR_KIN,
    SPEAKING_VERB_LEMMAS,
    SPEECH_ACT_LEMMAS,
    VIEW_WORDS,
    VOLUME_WORDS,
    is_stop,
)
from bot.language.money import figures_subject
from bot.language.morphology import (
    DEFAULT,
    ORDINAL_NUMBERS,
    Morphology,
    collective_number,
    english_stem,
    is_known_russian,
    is_mass_form,
    is_person_name,
    is_qualifier,
    names_group,
    parse,
    postposed_adjective,
    russian_lemma,
)
from bot.language.negation import (
    CANNOT,
    asks_why_not,
    asks_why_proposed,
    held_back_deeds,
    managed_deeds,
)
from bot.language.numbers import (
    ANY_CARGO,
    ENGLISH_UNITS,
    MASS_UNITS,
    MEASURE_UNITS,
    NUMBER_WORDS,
    SCALE_WORDS,
    judges_amount,
    names_number_group,
    names_unit_as_noun,
    per_time,
    time_unit,
)
from bot.language.occasions import (
    asks_invitation,
    asks_outcome,
    occasions,
    offers_invitation,
    states_outcome,
    tells_invitation,
)
from bot.language.occupations import Occupation, names_workplace
from bot.language.parties import (
    CAPITALS,
    Party,
    asks_joining,
    asks_part,
    country_key,
    experts_hold,
    future_only_in_clause,
    is_expert_word,
    is_view_word,
    leader_of,
    party_of,
    states_view_of,
    views_held,
)
from bot.language.preambles import QUESTION_WORDS
from bot.language.predicates import (
    ENDORSING,
    ENDORSING_EN,
    INCLUDING,
    INVENTING_VERBS,
    ITEM_FRAMES,
    MEMBERSHIP,
    NAME_WORDS,
    PROPOSING_VERBS,
    condition_words,
    deed_qualifier,
    detail_asked_first,
    joined_question_words,
    kin,
    kin_alternating,
    listed_kind_at,
    name_asked_first,
    needs_support,
    related,
    tells_deed,
)
from bot.language.professions import role_word
from bot.language.recency import (
    answered_relatively,
    insists_on_date,
    names_time,
    past_time_named,
    places_in_time,
    tells_relative_past,
)
from bot.language.sameness import sameness_sides
from bot.language.saying import (
    CALLING_LEMMAS,
    JUDGING_LEMMAS,
    JUDGING_STEMS_EN,
    PUBLISHED_ON,
    SAYING_STEMS_EN,
    VERDICT_STEMS,
    WRITING_LEMMAS,
)
from bot.language.specifics import asks_both_figures, asks_now_and_later
from bot.language.superlatives import counted_by_ranking, ranks_amounts
from bot.language.text import fold, fold_word, is_cyrillic, is_latin, quoted_texts, tokens
from bot.language.transport import asked_means, covers_means, crossed_route, route_roles
from bot.language.trips import (
    another_traveller,
    deed_place,
    goes_elsewhere,
    invited_travellers,
    trip_destination,
    trip_places,
    trip_travellers,
)
from bot.matching.bound import (
    addressed_doer_only,
    beyond_quoted,
    forecast_with,
    foresees,
    foresees_figure,
    foresees_when,
    names_doer,
    names_english_doer,
    only_quoted,
    span_proposes,
)
from bot.matching.evidence import (
    MARGIN,
    cause_instead,
    gives_kind,
    names_effect_asked,
    reason_by_link,
    restates_contrast,
    siblings,
    states_cause_of,
)
from bot.matching.index import (
    Index,
    IndexedEntry,
    as_written,
    bigrams,
    briefing_acronyms,
    content_lemmas,
    english_equivalents,
)
from bot.matching.places import (
    asks_city,
    asks_source,
    asks_state,
    asks_water,
    asks_way,
    fixed_places,
    names_whole_area,
    names_wider_place,
    places_beyond,
    places_of_thing,
    source_places,
)
from bot.matching.qualified import (
    AREA_LEMMAS,
    entry_clauses,
    enumerates,
    enumerates_areas,
    family,
    is_noun,
    is_verb,
    lists_items,
    qualifiers,
    stated_clauses,
    states_qualified,
    tells_contents,
)
from bot.matching.query import (
    AMOUNT_LEMMAS,
    Analyser,
    Query,
    Term,
    looks_like_person,
    owns_said,
    regrouping_frames,
)
from bot.matching.repair import transliterate
from bot.matching.support import RELATIONAL, Support
from bot.matching.tuning import DEFAULT_TUNING, Thresholds, Tuning
from bot.matching.work import count_scored
from bot.patterns import lazy
from bot.records import record

# Decimals to which two entries' closeness counts as the same (``Matcher._closest_own``).
_CLOSE_DIGITS = 6

# Scores (0-100) this close count as "about equally well": the chat's current briefing wins,
# or the reader is asked which briefing is meant. Alike briefings score within a point of
# each other on a question that names nothing particular to one of them; two briefings that
# both give "сколько соглашений" exactly differ by about 5 (bench.many).
TIE_MARGIN = 5.0
# How far below an expert's closest passage his last one may score and still be the closing
# words a question on a subject asks of him ("Huseynov's closing assessment of relations").
_CLOSING_MARGIN = 20.0
_NAME_INSIDE = lazy(r"(?<=[\s«(])[A-ZА-ЯЁ][a-zа-яё]+")


# Content words a quoted phrase needs to single out the passage saying it: one word
# ("«коридор»") is said by many passages.
_QUOTED_PHRASE_FROM = 2

# The share of a yes/no check's words (by weight) the passage confirming it must hold itself
# (``Matcher._confirms_check``): the rest is how the asker put it.
_CHECK_HELD = 0.5
# The shortest word read as the head of a compound ending in it ("оборот": "товарооборот").
_COMPOUND_HEAD = 5
# The share of the other words of a question offering an answer ("где проходили переговоры, в
# Астане?") the passage holding the offer must hold too (``Matcher._confirming``).
_SUBJECT_HELD = 0.6


class Band(StrEnum):
    ANSWER = "answer"
    NOT_GIVEN = "not_given"  # the subject is covered, the kind of fact asked for is not
    SUGGEST = "suggest"
    NONE = "none"


@record
class Scored:
    """An entry and how well it matches a question."""

    entry: Entry
    score: float
    subject: float = 0.0  # the score on the words alone, before what is asked for counts
    # a "why" answered by the passage another follows from: that other, shown after it
    follows: tuple[Entry, ...] = ()
    # "когда подписали соглашения": the entry says they were signed "в рамках визита" (the
    # occasion's words) and gives no date; the entry dating that occasion, shown after it
    dated_by: tuple[Entry, ...] = ()
    occasion: str = ""
    # a second question asked of another expert named ("…, and how did Ishmukhamedov read
    # it?"): his passage on the best one, shown after it
    also: tuple[Entry, ...] = ()

    # an entry of the expert the question names: the points it would gain with his name read
    # into each of its phrasings (``Matcher._closest_own``)
    closer: float = 0.0


@record
class Match:
    """The matcher's verdict on a question: its band, best entry and runners-up."""

    query: Query
    band: Band
    best: Scored | None
    suggestions: tuple[Scored, ...] = field(default=())
    missing: AnswerType | None = None  # NOT_GIVEN: the kind of fact the article lacks
    # NOT_GIVEN: a country the question asks about that the article never names ("какую роль
    # играет Грузия в коридоре"), so the reply can say it is not in the article at all
    unnamed: Party | None = None
    # NOT_GIVEN: the best passage on the question's subject when the passage naming the
    # country asked about was put before it ("how does China view the Middle Corridor":
    # the cargo from China first, then the corridor's own passage), shown after it in full
    beside: Entry | None = None

    @property
    def answered(self) -> bool:
        return self.band is Band.ANSWER


# Assessing an amount ("какова оценка экспертом текущего объёма", "как он оценивает
# товарооборот"): an estimate of it, or a judgement of it — the passage giving the figure and
# judging it gives both (``_judged_figure``).
_ASSESSING = JUDGEMENT_NOUNS | frozenset({"оценить", "оценивать"})


def _assesses(word: str) -> bool:
    """Is the Russian word, by its first reading, one of assessing (``_ASSESSING``)?"""
    parses = parse(word)[:1] if is_cyrillic(word) else ()
    return any(p.normal_form in _ASSESSING for p in parses)


def _same_word(one: str, other: str) -> bool:
    """Are two Russian words forms of one word by some reading of each ("Среднего", whose
    first lemma is the noun "среднее", and "Средний")? A lemma picks one reading only."""
    forms = {p.normal_form for p in parse(one.lower())}
    return any(p.normal_form in forms for p in parse(other.lower()))


# How far after "не"/"нельзя" the figure of the deed denied may stand ("нельзя уже сейчас
# возить за 7–8 дней").
_DENIED_REACH = 6


def _lifted(near: Scored, best: Scored) -> Scored:
    """``near`` raised to ``best``'s place: a rule found it answers what ``best`` only came
    close to, so it takes the score and the subject cover the question earned."""
    return replace(near, score=max(near.score, best.score), subject=max(near.subject, best.subject))


def _asks_beyond_view(query: Query) -> bool:
    """Does the question ask a kind of fact besides an expert's view? "По мнению политолога"
    alone makes it ask his statement, which his passage telling the thing asked gives; a
    reason, a date or a figure asked is more than that."""
    return bool(query.asks) and query.asks != (AnswerType.STATEMENT,)


class Matcher:
    """Owns the catalogue and its index; every method is pure and safe to call from many
    handlers at once."""

    def __init__(
        self,
        kb: KnowledgeBase,
        thresholds: Thresholds | None = None,
        *,
        tuning: Tuning = DEFAULT_TUNING,
        morphology: Morphology = DEFAULT,
    ) -> None:
        self.kb = kb
        self.catalogue = Catalogue(kb)
        self.thresholds = thresholds or Thresholds()
        self.tuning = tuning
        self.morphology = morphology
        self.index = Index.build(self.catalogue, tuning, morphology)
        self.analyser = Analyser(kb, self.index, tuning, morphology)
        # the acronyms of the names the briefings spell out ("тмтм"), read in a subject
        self._acronyms = frozenset(briefing_acronyms(kb))
        self._numbers = self._numbered()
        # Per briefing (None: the whole index), per entry, per lemma: the size of the entry's
        # smallest phrasing holding the lemma, under that briefing's IDF (see ``_ceilings``).
        self._smallest: dict[str | None, dict[int, dict[str, float]]] = {}
        # ... and the size of each of its phrasings, in ``IndexedEntry.phrasings`` order.
        self._sizes: dict[str | None, dict[int, tuple[float, ...]]] = {}
        self._least: dict[str, dict[str, float]] | None = None  # see _smallest_by_briefing
        self._introduced: dict[int, frozenset[str]] = {}  # per entry number, see _introduces
        self._clauses: dict[int, tuple[Clause, ...]] = {}  # per entry number, see _entry_clauses
        # per entry number: the people and places its spans name (see _names_another)
        self._named: dict[int, tuple[tuple[frozenset[str], ...], ...]] = {}
        self._subjects: dict[int, frozenset[str]] = {}  # per entry number, see _subjects_in
        self._owns: dict[int, tuple[frozenset[str], frozenset[str]]] = {}  # see _own_words
        self._topic_named: dict[int, frozenset[str]] = {}  # see _topic_names
        self._topic_titled: dict[int, frozenset[frozenset[str]]] = {}  # see _topic_words
        self._titles: dict[int, frozenset[str]] = {}  # per entry number, see _titled
        # per entry number: the content lemmas of each text it states (see _holds_phrase)
        self._stated_runs: dict[int, tuple[tuple[str, ...], ...]] = {}
        # per entry number: the clauses of its own English (see _stated_clauses)
        self._english_clauses: dict[int, tuple[Clause, ...]] = {}
        self._routes: dict[int, dict[str, str]] = {}  # per entry number, see _route
        self._equivalents: dict[str, frozenset[str]] | None = None  # see _equivalents_of
        # per entry number and language, see _trip_places
        self._trips: dict[tuple[int, bool], frozenset[str] | None] = {}
        self._own_name_sets: dict[int, frozenset[str]] = {}  # per expert's entry: _names_own
        # per entry number: the lemmas of its leads when one says "in general" (or None), see
        # _lead_in_general
        self._general_leads: dict[int, frozenset[str] | None] = {}
        self._has_years = any(
            re.search(r"\b(1[89]|20)\d\d\b", f.value) for b in kb.briefings for f in b.figures
        )

    def _numbered(self) -> dict[int, int]:
        return {id(indexed.entry): n for n, indexed in enumerate(self.index.entries)}

    def _indexed(self, entry: Entry) -> IndexedEntry:
        """The entry as the index holds it: its weighted terms, phrasings, stated names."""
        return self.index.entries[self._numbers[id(entry)]]

    def __getstate__(self) -> dict[str, object]:
        """Without the ``id()``-keyed map, rebuilt on unpickling: object ids do not survive
        pickling (the start-up cache, ``bot.curation.startup``)."""
        state = dict(self.__dict__)
        state.pop("_numbers", None)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._numbers = self._numbered()

    def analyse(self, text: str) -> Query:
        return self.analyser.analyse(text)

    def match(self, text: str, *, limit: int = 3) -> Match:
        """The best entry for ``text`` as it stands, with its band and alternatives."""
        query = self.one_of_role(self.analyse(text))
        return self.band(query, self.score(query), limit=limit)

    def experts_of_country(
        self, query: Query
    ) -> tuple[frozenset[tuple[str, str]], frozenset[str]] | None:
        """The experts a role in the plural with a country names ("казахстанские эксперты",
        "experts from Kazakhstan") and the words naming them (``Roles.of_country``)."""
        read_as = {t.typed: t.lemma for t in query.terms if t.similarity > 0}
        return self.analyser.roles.of_country(query.words, read_as.get)

    def one_of_role(self, query: Query) -> Query:
        """A role naming several experts ("почему политолог предлагает Турцию": two are
        political scientists) read as the one of them whose own words on the subject score
        best, as if he were named ("почему Ишмухамедов …": his name then weighs in his
        passages as it does when typed). One scoring of the question as the role asks,
        within the question's budget; unchanged when none of them has a passage near it."""
        if not query.role_readings:
            return query
        readings = dict(query.role_readings)
        for scored in self.score(query, limit=_ROLE_CANDIDATES):
            who = (scored.entry.briefing.id, scored.entry.speaker)
            if who in readings and scored.entry.kind is not EntryKind.LIST:
                return replace(
                    query,
                    named=frozenset({who}),
                    terms=(*query.terms, readings[who]),
                    role_readings=(),
                )
        return query

    def band(self, query: Query, scored: list[Scored], *, limit: int = 3) -> Match:
        """The band of the best entry (``_banded``); an answer not naming the group its
        number noun asks of ("цели семёрки": "7–8 дней") is only a suggestion."""
        match = self._second_reading(
            query, self._banded(query, self._group_named_first(query, scored), limit=limit)
        )
        if match.band in (Band.SUGGEST, Band.NONE):
            # "what did the Kazakh analyst make of Hajiyev's '5+1 becomes 6' remark": not
            # sure of the restated words' own passages, sure of the named expert's on them
            commented = self._comment_on_restated_first(query, scored)
            if commented is not scored:
                again = self._second_reading(query, self._banded(query, commented, limit=limit))
                if again.band is Band.ANSWER:
                    match = again
        if (
            match.band is Band.NOT_GIVEN
            and match.beside is None
            and match.unnamed is None
            and query.parties
        ):
            # "какой товарооборот у Казахстана с Турцией": the proposal naming Turkey first,
            # the turnover the article does give beside it
            match = replace(match, beside=self._subject_beside(query, match.suggestions))
        if match.band is Band.NOT_GIVEN and match.beside is None and match.unnamed is None:
            match = replace(match, beside=self._figure_source(match.suggestions))
        best = match.best
        if match.band is Band.SUGGEST and best is not None:
            parts = self._sayer_of_parts(query, match)
            if parts is not None:
                others = tuple(s for s in match.suggestions if s.entry is not best.entry)
                return Match(query, Band.ANSWER, parts, others)
        if match.band is Band.SUGGEST and best is not None and self._lone_forecast(query, match):
            others = tuple(s for s in match.suggestions if s.entry is not best.entry)
            return Match(query, Band.ANSWER, best, others)
        if (
            match.band is Band.ANSWER
            and best is not None
            and asks_outcome(query.words)
            and not any(states_outcome(span.text) for span in best.entry.spans)
        ):
            # "what did Tokayev's trip to Azerbaijan achieve": the passage telling he spoke in
            # Gabala tells nothing the trip achieved — an offer, no answer
            others = tuple(s for s in match.suggestions if s.entry is not best.entry)
            return Match(query, Band.SUGGEST, best, (best, *others)[:limit])
        if match.band is Band.ANSWER and best is not None and _subjectless_check(query):
            # "was it in Baku (or somewhere else)?" with nothing before it: what "it" is, the
            # question never says — a passage naming Baku is no answer, only an offer
            others = tuple(s for s in match.suggestions if s.entry is not best.entry)
            return Match(query, Band.SUGGEST, best, (best, *others)[:limit])
        if (
            best is not None
            and (match.band is not Band.NOT_GIVEN or match.missing is not AnswerType.PLACE)
            and self._own_speech_unplaced(query, best.entry)
        ):
            # "где выступал Гусейнов, в Астане?": his passage is his words, naming Astana as
            # where another acted — where he spoke is not given; his passage is offered
            others = tuple(s for s in match.suggestions if s.entry is not best.entry)
            return Match(query, Band.NOT_GIVEN, best, (best, *others)[:limit], AnswerType.PLACE)
        if (
            match.band is Band.ANSWER
            and best is not None
            and self._kind_listed_by_none(query, best)
        ):
            # "list of topics discussed in Gabala": the passage telling only that Tokayev
            # spoke there lists no topics — an offer, no answer
            others = tuple(s for s in match.suggestions if s.entry is not best.entry)
            return Match(query, Band.SUGGEST, best, (best, *others)[:limit])
        if match.band is Band.ANSWER and best is not None and self._count_dated(query, best.entry):
            # "it was 20 agreements, wasn't it?": the passage holding "20" as the day of
            # "20 October" confirms no count — offer the passages on what is counted
            others = tuple(s for s in match.suggestions if s.entry is not best.entry)
            return Match(query, Band.SUGGEST, best, (*others, best)[:limit])
        if match.band is Band.ANSWER and best is not None and not self._names_both(query, best):
            # "Габала — это то же самое, что Баку?": the passage naming Gabala alone tells
            # nothing of whether it is Baku — an offer, no answer; one naming both that
            # scores as an answer does ("транскаспийский маршрут это то же самое что
            # средний коридор": the corridor passage naming the route)
            others = tuple(s for s in match.suggestions if s.entry is not best.entry)
            both = [
                s
                for s in others
                if s.score >= self.thresholds.answer and self._names_both(query, s)
            ]
            if both:
                rest = tuple(s for s in match.suggestions if s.entry is not both[0].entry)
                return Match(query, Band.ANSWER, both[0], rest[:limit])
            return Match(query, Band.SUGGEST, best, (best, *others)[:limit])
        if (
            match.band is Band.ANSWER
            and best is not None
            and not self._names_group_asked(query, best.entry)
        ):
            # by entry: a best lifted by a rule is a copy of the one among the suggestions
            others = tuple(s for s in match.suggestions if s.entry is not best.entry)
            return Match(query, Band.SUGGEST, best, (best, *others)[:limit])
        if match.band is Band.NOT_GIVEN and match.missing is AnswerType.PLACE:
            match = self._wider_place_offered(query, match, limit)
            match = self._talks_where_visit(query, match, limit)
        match = self._water_crossed(query, match, limit)
        match = self._source_asked(query, match, limit)
        if match.band is Band.SUGGEST and best is not None and self._lone_place(query, match):
            others = tuple(s for s in match.suggestions if s.entry is not best.entry)
            return Match(query, Band.ANSWER, best, others)
        if (
            match.band is Band.SUGGEST
            and best is not None
            and (self._lone_named(query, match) or self._lone_listing(query, match))
        ):
            others = tuple(s for s in match.suggestions if s.entry is not best.entry)
            return Match(query, Band.ANSWER, best, others)
        return match

    def _lone_listing(self, query: Query, match: Match) -> bool:
        """Is a "did you mean" with one clear offer listing items of the kind the question
        asks which of ("В каких ключевых сферах, согласно итоговой части публикации, стороны
        подписали соглашения?": the passage listing the areas, "в ключевых сферах: …") its
        answer? The asker's wrapping sinks the passage's score below an answer's; that it
        lists the very items asked, by their kind's own word, with no other offer near, tells
        it is the one. Only an offer made for its score alone (``_offer_by_score``) that
        lists items one by one (``lists_items``), says the items' noun in its own words,
        states the kind asked and holds every name of the question."""
        best = self._offer_by_score(match)
        items = query.relation.items
        if best is None or items is None or not lists_items(best.entry):
            return False
        noun = next((t for t in query.terms if t.typed == items), None)
        if noun is None or not self._holds_term(best.entry, noun):
            return False
        if not self._states_kind(query, best.entry):
            return False
        if not self._holds_names_asked(query, best.entry):
            return False
        return _leads_far(best, match.suggestions)

    def _lone_named(self, query: Query, match: Match) -> bool:
        """Is a "did you mean" with one clear offer, the words of the one expert the question
        names, the answer to a long question put in the asker's own terms ("Какие сферы,
        согласно комментарию Тусупбекова, обсуждаются сторонами помимо инвестиционного
        взаимодействия?")? The wrapping ("согласно комментарию", "в текущих условиях") sinks
        the passage's score below an answer's; the expert named, and no other passage near it,
        tell it is the one. Only an offer made for its score alone (``_offer_by_score``), of
        that expert and not his profile or a list, stating the kind asked (a statement, a
        reason or a fact: a date or a sum he never gives stays an offer; a fact only as taken
        from him, ``_named_as_source``), holding every name
        or place the question names besides his ("did Huseynov comment on Zangezur": his
        passage on the Trans-Caspian route names no Zangezur), with no other offer within
        ``_LONE_LEAD`` of it."""
        best = self._offer_by_score(match)
        if best is None or len(query.named) != 1:
            return False
        entry = best.entry
        if (entry.briefing.id, entry.speaker) not in query.named:
            return False
        if entry.kind in (EntryKind.LIST, EntryKind.EXPERT):
            return False
        wanted = self._wanted(query)
        if wanted not in _NAMED_ALONE:
            return False
        if wanted is AnswerType.FACT and not self._named_as_source(query):
            return False  # "что подписали по итогам переговоров Гусейнова": talks he never held
        if not self._states_kind(query, entry):
            return False
        if not self._tells_deed_asked(query, entry):
            return False  # "на каком основании Гусейнов предлагает …": he proposes nothing
        if not self._chooses(query, entry) or any(
            is_number(t.lemma) and not self._holds_term(entry, t) for t in query.terms
        ):
            return False  # "ишмухамедов говорил товарооборот 600 млн или 700?": neither
        if not self._holds_names_asked(query, entry):
            return False  # "did Huseynov comment on Zangezur": his passage names no Zangezur
        return _leads_far(best, match.suggestions)

    def _holds_names_asked(self, query: Query, entry: Entry) -> bool:
        """Does the entry's own wording hold every name or place the question names besides
        the experts' ("did Hajiyev say anything about Turkey joining": Turkey is in another's
        words)? What a lone offer must hold to answer (``_lone_named``, ``_lone_listing``)."""
        names = self.index.names
        return all(
            self._holds_term(entry, t) for t in query.terms if t.entity and t.lemma not in names
        )

    def _tells_deed_asked(self, query: Query, entry: Entry) -> bool:
        """Does the entry's own wording tell the deed the question asks of (its verb, or a
        word saying that relation: "обсуждаются" for "обсуждали", "добавить" for
        "предлагает")? True when the question's verb is one of saying or judging, which his
        words are by being his."""
        verb = query.relation.verb
        if verb is None or verb.startswith(_SAYING_STEMS):
            return True
        lemmas, _ = self._own_words(entry)
        return bool(related(verb) & lemmas) or any(kin(verb, own) for own in lemmas)

    def _named_as_source(self, query: Query) -> bool:
        """Is the expert the question names the one it takes what it asks from ("согласно
        комментарию Тусупбекова", "по словам Гусейнова", "as Huseynov put it", "что Гусейнов
        говорит о …"), not the owner of the thing asked of ("переговоров Гусейнова")? An
        attributing word just before his name, or a verb of saying or judging anywhere."""
        words = tokens(fold(query.read_text))
        names = {w for w, who in self.index.names.items() if who & query.named}
        named_at = [
            at
            for at, word in enumerate(words)
            if word in names or self.morphology.lemma(word) in names
        ]
        for at in named_at:
            before = words[max(0, at - _ATTRIBUTED_REACH) : at]
            if any(w in _ATTRIBUTING for w in before):
                return True
            # "по словам / мнению / оценке Гусейнова": "по" with a noun of saying after it
            pairs = itertools.pairwise(before)
            if any(a == "по" and b.startswith(_SAYING_STEMS) for a, b in pairs):
                return True
        return any(word.startswith(_SAYING_STEMS) for word in words)

    def _own_speech_unplaced(self, query: Query, entry: Entry) -> bool:
        """Does a place question ask where a named person spoke, commented, said or wrote
        ("где выступал Гусейнов", "в каком городе говорил", "where did he comment, in
        Baku?") of a passage that is his own words and never names him? Only a question of
        nothing but his act: any other word ("Токаев", "энергобезопасность какого региона
        по словам Гусейнова") makes the verb of saying a frame of what he speaks of, whose
        place his words may well give (``_of_own_act``). Such a passage tells
        what he said, not where: a place in it ("Алиевым в Астане", "Токаев выступал в
        Габале") is another's deed or what he speaks of. A passage naming him ("Гаджиев
        написал в соцсети X") may place his act, and is judged by the rest of the rules."""
        if entry.speaker is None or (entry.briefing.id, entry.speaker) not in query.named:
            return False
        if not self._asks_own_speech_place(query):
            return False  # "где выступал Токаев, по словам Тусупбекова": another's act
        names = self._speaker_names(entry)
        lemma = self.morphology.lemma
        return not any(
            word in names or lemma(word) in names
            for span in entry.spans
            for word in tokens(fold(span.text))
        )

    def _sayer_of_parts(self, query: Query, match: Match) -> Scored | None:
        """ "Which expert gave the numbers on rail tonnage and the 15-18 days?": who is asked
        of two things, each in a passage of its own — no passage holds both, so none answers
        by the words; but when the two offers holding them between them are one expert's,
        he is the one asked. The best, with the passage on the rest shown after it (``also``);
        None otherwise."""
        if self._wanted(query) is not AnswerType.PERSON or query.named:
            return None
        offers = [s for s in match.suggestions if s.score >= self.thresholds.suggest]
        if len(offers) < 2 or len({s.entry.speaker for s in offers}) != 1:
            return None
        if offers[0].entry.speaker is None:
            return None
        names = self.index.names
        words = [
            t for t in query.terms if t.similarity > 0 and not t.frame and t.lemma not in names
        ]
        best = offers[0]
        rest = [t for t in words if not self._speaks_of(best.entry, t)]
        if not rest or len(rest) == len(words):
            return None  # the best holds it all (or nothing): no question of two parts
        other = next(
            (s for s in offers[1:] if all(self._speaks_of(s.entry, t) for t in rest)), None
        )
        return None if other is None else replace(best, also=(other.entry,))

    def _speaks_of(self, entry: Entry, term: Term) -> bool:
        """The entry's own words hold the question's word, or its phrasings do."""
        return self._holds_term(entry, term) or term.lemma in self._indexed(entry).terms

    def _lone_forecast(self, query: Query, match: Match) -> bool:
        """Is a "did you mean" with one clear offer ("This 'Turkic seven' — what could it
        become in the end, in his view?": the seven passage, nothing near it) the answer to a
        question asking what may come (``asks_what_comes``), as that offer foresees it? The words
        the asker wraps the thing in ("in the end", "besides trade", "расклад") sink the
        passage's score below an answer's; the future asked and foreseen tells it is the one.
        Only an offer made for its score alone (below the answer threshold, on the question's
        subject), the one foreseeing passage (``foresees``, or what a thing could be, asked
        what it would become) giving the kind asked, with no other offer within
        ``_LONE_LEAD`` of it."""
        best = self._offer_by_score(match)
        if best is None:
            return False
        wanted = self._wanted(query)
        timed = self._forecast_time_foreseen(query, best.entry)  # "когда, по прогнозу …"
        if timed:
            wanted = AnswerType.FORECAST
        if wanted not in (None, AnswerType.FORECAST, AnswerType.STATEMENT):
            return False
        if not timed and not asks_what_comes(query.words):
            return False  # "вырастут ли инвестиции": whether, of a thing the offer may not hold
        hypothesis = (query.hypothetical or asks_becoming(query.words)) and any(
            states_hypothesis(span.text) for span in best.entry.spans
        )
        if not (foresees(best.entry) or hypothesis) or not self.gives_asked(query, best.entry):
            return False
        # a rival offer foreseeing nothing answers no forecast ("How big could trade get
        # once the projects are done?": today's turnover beside the one foreseen); nor does
        # one choosing neither alternative asked ("bilateral only or beyond?": the pair's
        # own figure goes no further)
        rivals = [
            s for s in match.suggestions if foresees(s.entry) and self._chooses(query, s.entry)
        ]
        return _leads_far(best, rivals)

    @staticmethod
    def _forecast_time_foreseen(query: Query, entry: Entry) -> bool:
        """Does a question ask when something foreseen comes ("Когда, по прогнозу
        азербайджанского парламентария, союз Баку и Астаны начнёт определять расклад в
        регионе?": a date, then a forecast) of an offer foreseeing it for a time ("союзу,
        который определит региональные реалии в ближайшие годы", ``foresees_when``)? That
        time is the forecast's own, the answer as a forecast is."""
        return query.asks[:2] == (AnswerType.DATE, AnswerType.FORECAST) and foresees_when(entry)

    def _makes_forecast_asked(self, query: Query, entry: Entry, wanted: AnswerType) -> bool:
        """Whose forecast is asked ("кто дал прогноз по товарообороту", "чей прогноз по
        срокам", "who made the trade forecast"): the one whose passage makes a forecast of
        that subject, as "какой прогноз по …" needs one (``foresees_figure``) — an expert
        only speaking of it ("дать импульс развитию туризма", "обсуждаются инвестиции")
        made none. True for any other question."""
        if wanted is not AnswerType.PERSON or entry.kind is EntryKind.LIST:
            return True
        if AnswerType.FORECAST in query.asks and names_forecast(query.words):
            return foresees_figure(entry, self._about_subject(query).any)
        if self._forecaster_asked(query):
            # "кто прогнозирует рост инвестиций": a passage foreseeing, of every word asked
            # — not one of growth in trade, whose "рост" alone lifted it
            return foresees_figure(entry, self._foreseen_subject(query).any)
        return True

    def _english_subject_held(self, query: Query, entry: Entry) -> bool:
        """Does the entry's own English (``_english_texts``) hold every word an English
        question is about (``_subject_terms``, the forecast noun and its kind aside)? The
        Russian spans cannot read an English subject (``_about_subject``); the translation
        of the very passage can, which ties what it foresees to what is asked."""
        if query.language != "en":
            return False
        subject = {
            t.lemma
            for t in self._subject_terms(query)
            if t.similarity > 0 and not t.frame and t.weight > 0 and is_latin(t.typed)
        }
        subject -= {english_stem(word) for word in FORECAST_NOUNS_EN}
        if not subject:
            return False
        words = {word for text in _english_texts(entry) for word in tokens(text)}
        return subject <= words | {english_stem(word) for word in words}

    def _foreseen_subject(self, query: Query) -> Subject:
        """What a forecast is asked of, its change aside ("рост инвестиций": investment;
        "сокращение сроков": the time) — the change is how the figure foreseen moves, which
        "довести до миллиарда" tells in its own words, and a passage of growth in another
        thing ("рост взаимной торговли") is no forecast of it."""
        about = self._about_subject(query)
        kept = frozenset(
            lemma
            for lemma in about.lemmas
            if not changes_amount(lemma) and lemma not in GROWTH_NOUNS_MISSED
        )
        return Subject(kept, about.lemma, about.acronyms)

    def _forecaster_asked(self, query: Query) -> bool:
        """Does a "кто"/"who" ask who forecast it by a verb of forecasting ("кто
        прогнозирует рост инвестиций", "who predicted …")? The verb is the question's
        frame (the one holding the view is asked), so only a forecast of it answers."""
        if not ({"кто", "who"} & set(query.words)):
            return False
        lemma = self.morphology.lemma
        return any(
            (lemma(w) if is_cyrillic(w) else english_stem(w)) in FORECASTING_VERBS
            for w in query.words
        )

    def _holds_all_asked(self, query: Query, entry: Entry) -> bool:
        """Does the entry's own wording hold every word of what the question is about
        (``_topic_terms``)? "Что даст визит": the passage saying "результаты визита позволят
        …" holds it; "вырастут ли азербайджанские инвестиции в Казахстан" is not about what
        the corridor passage naming "инвестиции" among the talks' topics holds."""
        topic = self._topic_terms(query)
        return bool(topic) and all(self._holds_term(entry, t) for t in topic)

    def _wider_place_offered(self, query: Query, match: Match, limit: int) -> Match:
        """A place of a kind the article never names ("в какой аэропорт прилетел Алиев", "через
        какой порт пойдут грузы") is not given; what it has of that place is the passage
        naming where such a place lies (``gazetteer.WIDER``: Astana, the Caspian) and holding
        a word of the question: offered first. Unchanged when the first offer names one, or
        none does."""
        kinds = WIDER.get(asked_place_kind(query.words) or "")
        if not kinds or match.best is None:
            return match
        things = frozenset(t.lemma for t in query.terms if not names_kind_of_place(t.typed))
        lemma = self.morphology.lemma

        asked = {f for t in query.terms for f in (t.typed, t.lemma)} | set(query.words)

        def wider(entry: Entry) -> bool:
            return names_wider_place(entry, things, kinds, lemma, asked)

        if wider(match.best.entry):
            return match
        every = self.score(query, limit=len(self.index.entries))
        found = next((s for s in every if s.score > 0 and wider(s.entry)), None)
        if found is None:
            return match
        rest = tuple(s for s in match.suggestions if s.entry is not found.entry)
        return Match(query, Band.NOT_GIVEN, found, (found, *rest)[:limit], match.missing)

    def _talks_where_visit(self, query: Query, match: Match, limit: int) -> Match:
        """Where the talks were ("где проходили переговоры Алиева с Токаевым", "where were
        the talks held") is where the visit was: the talks are the visit's, and the article
        names its city (the welcome "в Астане"). The passage on how the talks went names no
        place, so the question read with the visit for the talks ("где проходил визит") is
        asked, and its answer given when that passage names a place. Only a plain "where" or
        "which city": a finer venue ("в каком здании", "в какой резиденции"), an exact spot
        ("где именно"), a place named in the question ("в Астане": the venue within it) or
        talks still to come stay not given; unchanged unless that reading answers."""
        if not _asks_talks_city(query):
            return match
        visit = tuple(VISIT_OF_TALKS.get(w, w) if w in TALKS_WORDS else w for w in query.words)
        reread = self.match(" ".join(visit), limit=limit)
        best = reread.best
        if reread.band is not Band.ANSWER or best is None:
            return match
        if not any(_names_city(span.text) for span in best.entry.spans):
            return match
        return Match(query, Band.ANSWER, best, reread.suggestions)

    def _water_crossed(self, query: Query, match: Match, limit: int) -> Match:
        """The water the cargo or the vessels cross ("через какое море перевозят грузы по
        транскаспийскому маршруту", "на каком водоёме не хватает судов, чтобы перевозить
        грузовики и контейнеры") is the one the passage on that cargo or those vessels names
        ("новых паромов для перевозки грузов через Каспий"), though the question's other
        words (the route's name, the trucks) lift passages naming no water above it. Only a
        way by water asked (``asks_way``, ``asks_water``) of cargo or vessels the question
        names, and one passage alone naming a water of the kind asked together with that
        cargo or vessel, and every place the question names ("грузы из Китая": the ferries
        passage names no China, the cargo asked may be another's); unchanged for an answer,
        or when none or several do. Oil or trade "через какое море" names no cargo the
        ferries carry: unchanged."""
        if match.band is Band.ANSWER or query.asks[:1] != (AnswerType.PLACE,):
            return match
        if not (asks_water(query.words) and asks_way(query.words)):
            return match
        kind = asked_place_kind(query.words)
        carried = {CARRIED[t.lemma] for t in query.terms if t.lemma in CARRIED}
        if kind is None or not carried:
            return match
        lemma = self.morphology.lemma
        named = {t.lemma for t in query.terms if t.lemma in PLACE_KINDS}
        every = self.score(query, limit=len(self.index.entries))
        found = [
            s
            for s in every
            if s.score > 0
            and s.entry.kind is not EntryKind.LIST
            and any(_crosses_water(span.text, carried, kind, lemma) for span in s.entry.spans)
            and named <= _places_named(s.entry, lemma)
        ]
        if len(found) != 1:
            return match
        rest = tuple(s for s in match.suggestions if s.entry is not found[0].entry)
        return Match(query, Band.ANSWER, found[0], rest[: limit - 1])

    def _source_asked(self, query: Query, match: Match, limit: int) -> Match:
        """Where a thing or a person came from ("откуда везут грузы в Азербайджан", "откуда
        прилетел Алиев", ``asks_source``) is answered by the passage on the question's
        subject naming a place after "из"/"от" ("доставка грузов из Китая через Казахстан в
        Азербайджан"; several naming the same one: the best of them), though the question's
        "откуда" and its verb in other words keep its score below an answer's. With no such
        passage, a "did you mean" whose first offer tells the deed asked ("прибыл … в
        Казахстан" for "прилетел") has told where to and never whence: the place is not
        given (the passage offered). Unchanged for an answer or a refusal, for a question
        asking no source, and when passages name different sources."""
        if match.band in (Band.ANSWER, Band.NONE) or query.asks[:1] != (AnswerType.PLACE,):
            return match
        verb = query.relation.verb or _mended_verb(query)  # "откуда вэзут": "везти"
        if verb is None or not asks_source(query.words) or query.excluded is not None:
            return match
        every = self.score(query, limit=len(self.index.entries))
        found = [
            s
            for s in every
            if s.subject >= self.thresholds.suggest
            and s.entry.kind is not EntryKind.LIST
            and self._sources(s.entry)
            and self._supports(query, s.entry)
        ]
        if len({self._sources(s.entry) for s in found}) == 1:
            # one source, however many passages name it: the best of them answers
            rest = tuple(s for s in match.suggestions if s.entry is not found[0].entry)
            return Match(query, Band.ANSWER, _lifted(found[0], found[0]), rest[: limit - 1])
        best = match.best
        if (
            not found
            and match.band is Band.SUGGEST
            and best is not None
            and best.entry.kind is not EntryKind.LIST
            and self._tells_deed(best.entry, verb)
        ):
            others = tuple(s for s in match.suggestions if s.entry is not best.entry)
            return Match(query, Band.NOT_GIVEN, best, (best, *others)[:limit], AnswerType.PLACE)
        return match

    def _sources(self, entry: Entry) -> frozenset[str]:
        """The lemmas of the places an entry names as a source ("из Китая": "китай")."""
        lemma = self.morphology.lemma
        return frozenset(
            lemma(fold(place)) for span in entry.spans for place in source_places(span.text)
        )

    def _lone_place(self, query: Query, match: Match) -> bool:
        """Is a "did you mean" with one clear offer the answer to a place question ("через
        какое море будут паромы ходить": the ferries passage, "через Каспий")? The kind of
        place asked ("море") is a word the article never uses, which keeps the passage's
        score below an answer's; that passage naming a place of that kind beyond those the
        question names (``_supports``: ``places_beyond``) tells it is the one. Only an offer
        on the question's subject, not a list, with no other offer within ``_LONE_LEAD``."""
        best = self._offer_by_score(match)
        if best is None or query.asks[:1] != (AnswerType.PLACE,):
            return False
        if query.excluded is not None:
            return False  # "which cities other than Astana": the places beyond go unchecked
        if not (self._states_kind(query, best.entry) and self._supports(query, best.entry)):
            return False
        return _leads_far(best, match.suggestions)

    def _offer_by_score(self, match: Match) -> Scored | None:
        """The first offer of a "did you mean" made for its score alone — below the answer
        threshold, on the question's subject (the suggest threshold), not a list: the one
        ``_lone_forecast`` and ``_lone_place`` may take for the answer. None otherwise."""
        best = match.best
        if best is None or not self.thresholds.suggest <= best.score < self.thresholds.answer:
            return None
        if best.subject < self.thresholds.suggest or best.entry.kind is EntryKind.LIST:
            return None
        return best

    def _banded(self, query: Query, scored: list[Scored], *, limit: int = 3) -> Match:
        if not scored:
            return Match(query, Band.NONE, None, ())
        scored = self._mentioned_profiles_last(query, scored)
        scored = self._general_first(query, self._closest_own(query, scored))
        scored = self._becoming_held_first(query, scored)
        scored = self._arrival_first(query, scored)
        scored = self._quoted_phrase_first(query, scored)
        scored = self._past_quoted_figure(query, self._by_evidence(query, scored))
        scored = self._judged_figure(query, scored)
        scored = self._stated_multiple_first(query, scored)
        scored = self._now_and_later_first(query, scored)
        scored = self._listing_first(query, scored)
        scored = self._defining_first(query, scored)
        scored = self._deed_told_first(query, scored)
        scored = self._discussion_told_first(query, scored)
        scored = self._obstacle_first(query, scored)
        scored = self._frame_filled_first(query, scored)
        scored = self._goal_of_need_first(query, scored)
        scored = self._need_told_first(query, scored)
        scored = self._figure_of_kind_first(query, scored)
        scored = self._ranked_member_first(query, scored)
        scored = self._foreseeing_first(query, scored)
        scored = self._present_first(query, scored)
        scored = self._current_first(query, scored)
        scored = self._foreseen_amount_first(query, scored)
        scored = self._foreseen_role_first(query, scored)
        scored = self._conditioned_first(query, scored)
        scored = self._wider_reach_first(query, scored)
        scored = self._checked_first(query, scored)
        best = scored[0]
        suggestions = tuple(s for s in scored[1 : limit + 1] if s.score >= self.thresholds.suggest)
        if query.other_party is not None and not (query.asks_meta or query.other_speaker):
            # "какова позиция России по коридору": Russia may be absent from the article, but
            # what it is asked about is there — say whose position is missing, offer that.
            party = self._party_not_given(query, scored, limit)
            if party is not None and (party.band is Band.NOT_GIVEN or not query.unknown_entity):
                return party
        venue = self._venue_not_given(query, limit)
        if venue is not None:
            return venue
        unnamed = self._unnamed_party(query, limit)
        if unnamed is not None:
            return unnamed
        unranked = self._unranked_amounts(query, scored, limit)
        if unranked is not None:
            return unranked
        if (
            query.unknown_entity
            or query.asks_meta
            or query.other_speaker
            or (query.asks_year and not self._has_years)
        ):
            # Asks for someone or something the article never gives: say so, offer neighbours.
            near = tuple(s for s in scored[:limit] if s.score >= self.thresholds.suggest)
            return Match(query, Band.NONE, best, near)
        another = self._deed_of_another(query, scored, limit)
        if another is not None:
            return another
        discussed = self._discussed(query, scored)
        if discussed is not None:
            others = tuple(s for s in suggestions if s.entry is not discussed.entry)
            return Match(query, Band.ANSWER, discussed, others)
        rest = self._rest_of_list(query, scored[0])
        if rest is not None:
            return Match(query, Band.ANSWER, rest, suggestions)
        paired = self._both_figures(query, scored)
        if paired is not None:
            others = tuple(s for s in suggestions if s.entry is not paired.entry)
            return Match(query, Band.ANSWER, paired, others)
        confirmed = self._confirming(query, scored)
        if confirmed is not None:
            return Match(query, Band.ANSWER, confirmed, suggestions)
        if query.occupation is not None and len(query.named) == 1:
            occupation = self._occupation(query, scored, limit)
            if occupation is not None:
                return occupation
        closing = self._closing_words(query, scored)
        if closing is not None:
            return Match(query, Band.ANSWER, closing, suggestions)
        reaction = self._reaction(query, scored)
        if reaction is not None:
            others = tuple(s for s in suggestions if s.entry is not reaction.entry)
            if self._idea_qualified_unknown(query):
                # "react to Hajiyev's post about tariffs": his reaction is to a post on no
                # tariffs — that post, as asked, is not in the article; what the post is
                # about offered first, his reaction to it after
                held = {
                    who
                    for t in query.terms
                    if t.entity
                    for who in self.index.names.get(t.lemma, ())
                    if who not in query.named
                }
                idea = [
                    s
                    for s in scored
                    if (s.entry.briefing.id, s.entry.speaker) in held
                    and s.entry.kind not in (EntryKind.LIST, EntryKind.EXPERT)
                ][:1]
                offered = tuple(dict.fromkeys([*idea, *others, reaction]))[:limit]
                return Match(query, Band.NOT_GIVEN, offered[0], offered, AnswerType.STATEMENT)
            return Match(query, Band.ANSWER, reaction, others)
        if query.named:
            named = self._named_speaker(query, scored, limit)
            if isinstance(named, Match):
                return named
            best = named
        if query.unknown_detail and best.subject < self.thresholds.suggest:
            # "какие порты на Каспии будут задействованы": the word never used weighs the
            # most of all and sinks every passage; what the rest asks about is the subject
            scored, best = self._without_unknown_detail(query, scored)
        if query.unknown_detail and best.subject >= self.thresholds.suggest:
            # "через какой погранпереход": the thing asked about is never mentioned.
            near = self._offered(query, scored, limit)
            # "какие компании будут строить паромы": the companies, a fact whatever the tense;
            # "когда строить локомотивы, на каком заводе": the part asking of the unknown thing
            asked = _asked_of_unknown_noun(query) or self._wanted(query) or AnswerType.FACT
            missing = missing_kind(
                asked, query.words, query.relation.detail, remarked=query.remark_forecast
            )
            return Match(query, Band.NOT_GIVEN, best, near, missing)
        if best.score >= self.thresholds.answer and not self._same_way(query, best.entry):
            # "сколько идёт груз на авто": the railway corridor's delivery time is no truck's;
            # "из Казахстана в Азербайджан": nor is the time from China through Kazakhstan
            riding = next(
                (
                    s
                    for s in scored[1:]
                    if s.score >= self.thresholds.answer
                    and best.subject - s.subject <= MARGIN
                    and self._same_way(query, s.entry, stated=True)
                ),
                None,
            )
            if riding is None:
                near = self._offered(query, scored, limit)
                means = self._means_asked(query)
                if means:
                    # offered first: what the article says of that means ("на авто": the
                    # passage on road transport, whatever its words' score — "авто" is not
                    # its "автомобильных"), the figure of another after it
                    every = self.score(query, limit=len(self.index.entries))
                    rider = next((s for s in every if self._covers(s.entry, means)), None)
                    if rider is not None:
                        # "how many barrels of oil does Kazakhstan ship": the passages on the
                        # substance (``_substance_asked``) before any of the means
                        substance = self._substance_asked(query)
                        first = [s for s in near if self._on_substance(s.entry, substance)]
                        near = tuple(dict.fromkeys([*first, rider, *near]))[:limit]
                if near:
                    asked = self._wanted(query) or AnswerType.FACT
                    missing = missing_kind(
                        asked, query.words, query.relation.detail, remarked=query.remark_forecast
                    )
                    return Match(query, Band.NOT_GIVEN, near[0], near, missing)
            else:
                scored = [riding, *(s for s in scored if s is not riding)]
                best = riding
                suggestions = tuple(
                    s for s in scored[1 : limit + 1] if s.score >= self.thresholds.suggest
                )
        if self._wanted(query) is not None and not self._vouched_alone(query, scored):
            # The kind asked is not stated at all; or it is, of another relation than asked
            # ("когда уехал": the arrival's date) — which matters only for an answer.
            stated = self._states_kind(query, best.entry)
            if (
                not stated
                or (
                    best.score >= self.thresholds.answer
                    and not self._supports(query, best.entry, best.follows)
                )
                or (best.score >= self.thresholds.suggest and self._deed_unsaid(query, best.entry))
            ):
                typed = self._kind_not_given(query, scored, limit)
                if typed is not None and typed.missing is AnswerType.DATE:
                    return self._dated_by_occasion(query, typed) or typed
                if typed is not None:
                    return typed
        if (
            query.excluded is not None
            and best.score >= self.thresholds.answer
            and not self._names_another(query, best.entry)
        ):
            # "какие ещё города, кроме Астаны": an entry naming only Astana gives nothing else.
            another = self._another_not_given(query, scored, limit)
            if another is not None:
                return another
        if best.score >= self.thresholds.answer and not self._names_in_full(query, best.entry):
            # "the official name of the AI agreement": the article names it by no other name
            near = self._offered(query, scored, limit)
            return Match(query, Band.NOT_GIVEN, best, near, AnswerType.FACT)
        if best.score >= self.thresholds.suggest and self._date_unconfirmed(query, best.entry):
            # "was it Oct 20 when Tokayev spoke in Gabala": the passage tells he spoke there,
            # no day — the date checked is not given
            near = self._offered(query, scored, limit)
            return Match(query, Band.NOT_GIVEN, best, near, AnswerType.DATE)
        if (
            best.score >= self.thresholds.answer
            and not self._uncounted(query, best.entry)
            and self._describes_shown(query, best)
        ):
            return Match(query, Band.ANSWER, best, suggestions)
        if best.score >= self.thresholds.suggest:
            if self._confirms_check(query, best):
                return Match(query, Band.ANSWER, best, suggestions)
            part = self._part_not_given(query, scored, limit)
            if part is not None:
                return part
            if best.score < self.thresholds.answer and self._corroborated(query, scored):
                # "how much money is the trade each year": the figure and the statement it
                # was taken from, both near — "did you mean" would offer one fact twice
                others = tuple(s for s in suggestions if s.entry is not scored[1].entry)
                return Match(query, Band.ANSWER, best, others)
            return Match(query, Band.SUGGEST, best, (best, *suggestions)[:limit])
        return Match(query, Band.NONE, best, ())

    def _corroborated(self, query: Query, scored: list[Scored]) -> bool:
        """Are the two best a figure and the passage it was taken from (the same speaker's
        span holding the figure's span), both near enough to suggest, and no third? Then
        the question is short of the answer threshold only by a word the briefing never
        uses that says the kind asked ("money", "прогнозируют": ``_short_by_kind_word``),
        not by doubt between two facts: the two are one fact in two readings, each on the
        question's subject by its own phrasings, so the best answers. A third passage near
        enough to suggest is another fact, and the "did you mean" stays; so does it for a
        detail the article never names (``Query.unknown_detail``)."""
        if len(scored) < 2 or query.unknown_detail or not self._short_by_kind_word(query):
            return False
        first, second = scored[0], scored[1]
        if second.score < self.thresholds.suggest:
            return False
        if len(scored) > 2 and scored[2].score >= self.thresholds.suggest:
            return False
        kinds = {first.entry.kind, second.entry.kind}
        if kinds != {EntryKind.FIGURE, EntryKind.ANSWER}:
            return False
        figure, source = (
            (first.entry, second.entry)
            if first.entry.kind is EntryKind.FIGURE
            else (second.entry, first.entry)
        )
        if figure.speaker != source.speaker or not _taken_from(figure, source):
            return False
        # "сколько соглашений подписали в Габале": a name the best never says is a detail
        # of its own, which the figure does not give
        terms = self._indexed(first.entry).terms
        floor = self.tuning.weight(Field.CONTEXT)
        return all(
            terms.get(t.lemma, 0.0) >= floor for t in query.terms if t.entity and t.similarity > 0
        )

    @staticmethod
    def _short_by_kind_word(query: Query) -> bool:
        """Is every word of the question the briefing never uses one that only says the
        kind of fact asked (``KIND_ASKING_WORDS``: "how much money", "какой товарооборот
        прогнозируют")? What it asks about is then in the words the briefing says. Any other
        such word may be the very detail asked for ("министров", "детали") or the relation
        ("when did Aliyev leave": not the arrival), and the "did you mean" stays."""
        unused = [t.typed for t in query.terms if t.similarity <= 0 and t.weight > 0]
        return bool(unused) and all(word in KIND_ASKING_WORDS for word in unused)

    def _second_reading(self, query: Query, match: Match) -> Match:
        """ "What did Hajiyev post about 5+1, and how did Ishmukhamedov read it?": two questions
        in one, the second asked of another expert named, answered by his passage on the
        first's — one the curator links to the best (``related``). The answer to the first is
        shown with his passage after it, so the reply answers the question as a whole;
        unchanged when the question joins no second question, names one expert, or the
        other's words on the best are not among those it came close to."""
        best = match.best
        if match.band is not Band.ANSWER or best is None or len(query.named) < 2:
            return match
        second = joined_question_words(query.words)
        if not second:
            return match
        speakers = {who for briefing, who in query.named if briefing == best.entry.briefing.id}
        if best.entry.speaker not in speakers:
            return match
        item = getattr(best.entry, "item", None)
        linked = set(item.related) if item is not None else set()
        # the passage the second question comes closest to, its "it" read as the first
        # expert's words ("how did Ishmukhamedov read it" → … read Hajiyev): of the other
        first = best.entry.speaker
        owner = [
            t.typed
            for t in query.terms
            if t.entity and (best.entry.briefing.id, first) in self.index.names.get(t.lemma, ())
        ]
        reading = next(
            (
                s.entry
                for s in self.score(self.analyse(" ".join((*second, *owner))))
                if s.entry.speaker in speakers - {best.entry.speaker}
                and s.entry.kind is best.entry.kind
                and s.score >= self.thresholds.suggest
                and self._links(s.entry, best.entry, linked)
            ),
            None,
        )
        if reading is None:
            return match
        others = tuple(s for s in match.suggestions if s.entry is not reading)
        return replace(match, best=replace(best, also=(reading,)), suggestions=others)

    @staticmethod
    def _links(entry: Entry, best: Entry, linked: set[str]) -> bool:
        """Does the curator link the two passages, either way?"""
        item = getattr(entry, "item", None)
        return entry.key in linked or (item is not None and best.key in item.related)

    def _part_not_given(self, query: Query, scored: list[Scored], limit: int) -> Match | None:
        """ "Какую роль играет Китай в Среднем коридоре": a third country's part in a subject
        the article covers, where the passage nearest the subject never names the country —
        the article names it elsewhere (the cargo from China) but gives no part of it in
        that subject. Not a "did you mean" offering the corridor's passage as if it might
        tell China's role: the fact is not given, and the passage naming the country is
        offered first (``_offered``). None when the nearest passage names the country
        ("какую роль играет Турция в семёрке": it may tell its part) or asks nothing of it."""
        if not query.parties or query.unknown_entity or not self._asks_part(query):
            return None
        if self._names_parties(query, scored[0].entry):
            return None
        offered = self._offered(query, scored, limit)
        if not offered:
            return None
        beside = self._subject_beside(query, offered)
        return Match(query, Band.NOT_GIVEN, offered[0], offered, AnswerType.FACT, beside=beside)

    def _venue_not_given(self, query: Query, limit: int) -> Match | None:
        """A place the briefing never names, put where the thing asked of happened ("в
        Акорде подписывали?", "соглашеня подписывали в акорде или где", "signed at
        Akorda?"): the venue is a detail the article does not give, on a subject it covers
        — say so and offer what it says of the rest (the 15 agreements signed in Astana),
        never answer with that as if it named the venue. Only a name (its capital), or any
        unknown word when a place is what is asked; the rest must reach the suggest
        threshold by itself."""
        if query.asks_meta or query.other_speaker or query.named:
            return None
        asks_place = query.asks[:1] == (AnswerType.PLACE,)
        if query.asks and not asks_place:
            return None
        slots = {
            word
            for before, word in itertools.pairwise(query.words)
            if (before in VENUE_BEFORE and _at_place(word))
            or (before in VENUE_BEFORE_EN and (before == "at" or asks_place))
        }
        if any(w in WHITHER for w in query.words):
            return None  # "куда поехал, в Узбекистан?": where he went next, no venue
        unknown = [
            t
            for t in query.terms
            if t.similarity <= 0 and t.typed in slots and (t.entity or asks_place)
        ]
        if not unknown:
            return None
        rest = tuple(t for t in query.terms if t not in unknown)
        if not rest:
            return None
        # without the place, whose going elsewhere would put every passage on the visit
        # to Astana after the rest (``_goes_elsewhere``)
        named = {t.typed for t in unknown}
        subject = replace(query, terms=rest, words=tuple(w for w in query.words if w not in named))
        scored = self.score(subject)
        if not scored or scored[0].subject < self.thresholds.suggest:
            return None
        near = self._offered(subject, scored, limit)
        if not near:
            return None
        near = self._within_named_place(subject, scored, near, limit)
        return Match(query, Band.NOT_GIVEN, near[0], near, AnswerType.PLACE)

    def _within_named_place(
        self, query: Query, scored: list[Scored], near: tuple[Scored, ...], limit: int
    ) -> tuple[Scored, ...]:
        """The offer for a venue asked within a place the question names ("где именно в
        Астане проходили переговоры, в Акорде?"): what the article has of it is the passage
        telling the event in that place ("визит … в Астану", "встреча в Астане") — first,
        when no passage offered puts anything in the place. A passage naming the city only as
        its people ("Баку и Астана намерены …") says nothing of where the event was, so it
        does not count as naming the place. Best one holding a word of the event too; else
        one putting anything in the city (the visit's welcome "в Астане": the talks were part
        of it). It must score on the question at all; unchanged when none does."""
        places = [t for t in query.terms if t.entity and t.similarity > 0 and _names_city(t.typed)]
        if not places:
            return near
        lemmas = {p.lemma.split("@")[0] for p in places}
        if any(_tells_in(s.entry, lemmas, self.morphology.lemma) for s in near):
            return near
        events = [t for t in query.terms if t not in places and t.similarity > 0 and not t.entity]
        naming = [
            s
            for s in scored
            if s.score > 0
            and s.entry.kind is not EntryKind.LIST
            and any(self._holds_term(s.entry, p) for p in places)
        ]
        holding = [s for s in naming if any(self._holds_term(s.entry, e) for e in events)]
        # a passage putting something "в Астане", "в Астану" before one naming the city as
        # its people ("Баку и Астана намерены …")
        inside = [s for s in naming if _tells_in(s.entry, lemmas, self.morphology.lemma)]
        inside_held = [s for s in inside if s in holding]
        found = next(iter(inside_held or inside or holding), None)
        if found is None:
            return near
        return (found, *(s for s in near if s.entry is not found.entry))[:limit]

    def _without_unknown_detail(
        self, query: Query, scored: list[Scored]
    ) -> tuple[list[Scored], Scored]:
        """The entries as the question scores without the detail noun the briefing never
        uses ("какие ПОРТЫ на Каспии"): what it asks of is then the subject of the offer —
        the Caspian crossing — while the noun still says what the article lacks. Unchanged
        when nothing else is left of the question, or the rest is on no subject either (its
        scores must not lead on to an answer the unknown noun kept it from)."""
        detail = query.unknown_detail
        rest = tuple(t for t in query.terms if t.typed != detail)
        if not rest or len(rest) == len(query.terms) or _slip_of_generic(detail or ""):
            return scored, scored[0]
        again = self.score(replace(query, terms=rest))
        if not again or again[0].subject < self.thresholds.suggest:
            return scored, scored[0]  # nothing on the subject either: as before, no offer
        return again, again[0]

    @staticmethod
    def _count_dated(query: Query, entry: Entry) -> bool:
        """Does a yes/no check count something by a number ("20 agreements") the passage
        holds only as a day of a month ("On 20 October")? Its "20" is no figure of the count."""
        counted = counted_numbers(query.words)
        if not counted or not _checks(query):  # no number counted: no check worth reading
            return False
        texts = (*(span.text for span in entry.spans), *entry.shown_words)
        return any(only_a_day(number, texts) for number in counted)

    @staticmethod
    def _date_unconfirmed(query: Query, entry: Entry) -> bool:
        """Does a yes/no check offer a day ("was it Oct 20 when …", "… 20 октября?"), a month
        ("… в Габале в сентябре?") or a year ("… построят к 2027 году?") the passage cannot
        confirm, stating no date at all? A passage stating another date answers with its
        own."""
        words = list(query.words)
        offered = offers_date(query.words) or offers_year(words) or names_month(words)
        return offered and AnswerType.DATE not in entry.states and _checks(query)

    def _group_named_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """When the best does not name the group its number noun asks of ("цели семёрки":
        the turnover target), the first sure entry on the subject nearly as much
        (``MARGIN``) that does is promoted ("пространство … процветания", linked to the
        seven), as sure as the best."""
        if not scored or self._names_group_asked(query, scored[0].entry):
            return scored
        best = scored[0]
        for near in scored[1:]:
            if near.score < self.thresholds.answer or best.subject - near.subject > MARGIN:
                break
            if self._names_group_asked(query, near.entry):
                promoted = _lifted(near, best)
                return [promoted, *(s for s in scored if s is not near)]
        return scored

    def _names_group_asked(self, query: Query, entry: Entry) -> bool:
        """A group asked by its number noun ("какие цели у семёрки", "что даст семёрка
        Азербайджану") is the entry's own only when it names that group ("тюркской
        семёрке", "цифра семь"): the noun is read as "7", which "5–7 миллионов тонн" or
        "7–8 дней" also hold — an end of a range of tonnes or days, not seven members."""
        for term in _group_terms(query):
            number = term.lemma
            item = getattr(entry, "item", None)
            linked = self._linked_entries(entry, item.related) if item is not None else ()
            if not any(self._names_group(shown, number) for shown in (entry, *linked)):
                return False  # nor a passage it links to ("Это будет пространство, где …")
        return True

    def _explains_group_asked(self, query: Query, entry: Entry) -> bool:
        """``explains_subject`` with a group asked by its number noun ("какие цели у
        семёрки") read as the group: explained by an entry naming it, or linking to a
        passage that does (``_names_group_asked``), never by a number that only ends a range
        ("5–7 миллионов тонн" holds the lemma "7" as well)."""
        groups = _group_terms(query)
        if not groups:
            return self.explains_subject(query, entry)
        if not self._names_group_asked(query, entry):
            return False
        rest = replace(query, terms=tuple(t for t in query.terms if t not in groups))
        return self.explains_subject(rest, entry)

    @staticmethod
    def _names_group(entry: Entry, number: str) -> bool:
        texts = (*(span.text for span in entry.spans), entry.title("ru"))
        return any(names_group(text, number) for text in texts)

    def _checked_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """A yes/no check naming a place, a thing or a number ("переговоры были в Астане,
        да?") is answered by a passage saying it: when the best does not hold every one, the
        best on the subject (the answer threshold) that does, and most of the rest of the
        check (``_SUBJECT_HELD``), comes first. None holding them: the order stands (a
        passage stating another number, "подписали 20 соглашений?", answers with its own)."""
        best = scored[0]
        terms = [t for t in query.terms if not t.frame and not speaker_noun(t.typed)]
        checked = [
            t
            for t in terms
            if t.similarity > 0 and (t.typed[0].isdigit() or (t.entity and not _names_person(t)))
        ]
        if not checked:
            return scored  # nothing named to hold: whether it is a check cannot matter
        if not _checks(query) or all(self._holds_term(best.entry, t) for t in checked):
            return scored
        rest = [t for t in terms if t not in checked]
        weight = sum(t.weight for t in rest)
        for near in scored[1:]:
            if near.score < self.thresholds.answer:
                break
            if not all(self._holds_term(near.entry, t) for t in checked):
                continue
            held = sum(t.weight for t in rest if self._says_checked(near.entry, t))
            if held >= _SUBJECT_HELD * weight:
                return [near, *(s for s in scored if s is not near)]
        return scored

    def _confirms_check(self, query: Query, best: Scored) -> bool:
        """Does the best passage, on the subject but short of the answer threshold, say what
        a yes/no question checks ("Was artificial intelligence among sectors of signed
        agreements, yes or no?", "Правда ли, что Ишмухамедов предложил добавить в формат
        Турцию?")? The statement's words are its own, not the passage's: the passage
        confirming it holds every name and number checked (with none but a person's, its
        rarest word: "…соглашение по туризму?" checks tourism) and much of the rest (by
        weight, ``_CHECK_HELD``) — the words of the check it lacks are how it is put."""
        if not _checks(query):
            return False
        # "do the experts consider …": whose view is asked, not what the check says
        terms = [t for t in query.terms if not t.frame and not speaker_noun(t.typed)]
        entry = best.entry
        if not terms or self._uncounted(query, entry) or not self._describes(query, entry):
            return False
        held = [t for t in terms if t.similarity > 0 and self._says_checked(entry, t)]
        named = [t for t in terms if t.entity or t.typed[0].isdigit()]
        # the names and numbers checked, and whether an amount is enough ("sufficient")
        if any(t not in held for t in terms if t in named or judges_amount(t.typed)):
            return False
        # a word the briefing never uses ("criticise") may be the very claim checked: only
        # one outweighed by a word the passage says, not a name, is how it is put ("present")
        said = max((t.weight for t in held if t not in named), default=0.0)
        if any(t.similarity <= 0 and t.weight >= said for t in terms):
            return False
        if not any(not looks_like_person(t.typed) for t in named):
            # No place, thing or number named: what is checked is its rarest word ("было ли
            # соглашение по туризму": tourism), which the passage must say itself.
            rarest = max(t.weight for t in terms)
            if not any(t.weight >= rarest for t in held):
                return False
        weight = sum(t.weight for t in terms)
        return sum(t.weight for t in held) >= _CHECK_HELD * weight

    def _says_checked(self, entry: Entry, term: Term) -> bool:
        """The passage says the checked word: holds it (``_holds_term``), holds a compound
        ending in it ("оборот": "товарооборот"), or — for a word judging whether an amount
        is enough ("хватает", "sufficient") — judges its amount itself ("недостаточно")."""
        if self._holds_term(entry, term):
            return True
        if judges_amount(term.typed):
            return _judges(entry)
        lemmas = self._own_words(entry)[0]
        return len(term.lemma) >= _COMPOUND_HEAD and any(
            own.endswith(term.lemma) and len(own) > len(term.lemma) for own in lemmas
        )

    def _by_evidence(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """A "why" answered by the entry the article says the best follows from, or by the
        best entry or, when that gives no reason, by the first sibling close to it that does
        (``evidence``), as sure as the best; else unchanged."""
        best = scored[0]
        if not query.why:
            return scored
        causes = (
            cause_instead(best.entry)
            if self._asks_consequence(query, best.entry) and not asks_why_not(query.words)
            else ()
        )  # "почему Турцию не включили": the sacred seven is why to add her, not why not
        briefing = best.entry.briefing
        cause = next(
            (s for s in scored if s.entry.key in causes and s.entry.briefing is briefing), None
        )
        if cause is None and causes:
            cause = self._linked_cause(best)
        if cause is not None:
            # the article says the best follows from it: its reason, as sure as the best was,
            # shown with the best after it (what the reason is the reason of)
            promoted = replace(
                cause,
                score=max(cause.score, best.score),
                subject=max(cause.subject, best.subject),
                follows=(best.entry,),
            )
            return [promoted, *(s for s in scored if s is not cause)]
        if reason_by_link(best.entry):
            # its words give a reason only by what the article says follows from them
            follows = tuple(self._linked_entries(best.entry, best.entry.effects))
            scored = [replace(best, follows=follows), *scored[1:]]
            best = scored[0]
        names = frozenset(word for word, who in self.index.names.items() if who & query.named)
        if gives_kind(query, self._indexed(best.entry), names):
            return scored
        for near in scored[1:]:
            if best.score - near.score > MARGIN:
                break
            indexed = self._indexed(near.entry)
            if siblings(best.entry, near.entry) and gives_kind(query, indexed, names):
                # a near tie decided by what the entries give: as sure as the best was
                promoted = replace(near, score=max(near.score, best.score))
                return [promoted, *(s for s in scored if s is not near)]
        return scored

    def _linked_cause(self, best: Scored) -> Scored | None:
        """The first passage the article says ``best`` follows from, when the question's
        words never reached it: "which country does he want to add and why" names the
        consequence alone (the country, the adding), and the sacred seven it follows from
        shares no word with it — the article's own link, not the words, makes it the reason
        (scored nothing of its own; ``_by_evidence`` gives it the best's score)."""
        linked = next(self._linked_entries(best.entry, best.entry.causes), None)
        return None if linked is None else Scored(linked, 0.0)

    def _past_quoted_figure(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """A question quoting a figure to ask something else about it ("что нужно, чтобы
        сократить доставку до 7–8 дней": no amount asked) is answered by the same source's
        passage holding that figure with more, when it is as near as a tie (``TIE_MARGIN``),
        as sure as the figure — not by the figure, which gives back what the reader wrote
        (``bound.only_quoted``). Asking for an amount, the figure stays (``beyond_quoted``);
        so does it for a message asking nothing ("15 соглашений": the figure itself)."""
        best = scored[0]
        judging = any(judges_amount(w) for w in query.words)
        asking = bool(query.asks) or judging or any(w in ASKING for w in query.words)
        if (
            not asking
            or self._wanted(query) in _AMOUNTS | {AnswerType.DATE}
            or not only_quoted(best.entry, query.words, query.text)
        ):
            return scored
        for near in scored[1:]:
            entry = near.entry
            if best.score - near.score > TIE_MARGIN and not (
                judging and near.score >= self.thresholds.suggest and _judges_quoted(entry, query)
            ):
                # "400–500 млн — это достаточно?": the passage judging the figure, however
                # far below it (the figure's own words are nearer the question's)
                continue
            if (
                entry.kind is EntryKind.ANSWER
                and entry.speaker == best.entry.speaker
                and not only_quoted(entry, query.words, query.text)
                and _holds_quoted(entry, query)
            ):
                promoted = replace(near, score=best.score, subject=max(near.subject, best.subject))
                return [promoted, *(s for s in scored if s is not near)]
        return scored

    def _judged_figure(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """ "How much do they trade now, and is it enough?": the amount and whether it is
        enough are both asked. A bare figure gives the first only; the passage it was taken
        from (a span of the same speaker holding the figure's own span) judging it ("…в
        год, что, безусловно, недостаточно") gives both, and answers as sure as the figure
        when it is on the subject at all (the suggest threshold) — as a quoted figure's
        judging passage does (``_past_quoted_figure``)."""
        best = scored[0]
        if best.entry.kind is not EntryKind.FIGURE or not any(
            judges_amount(word) or _assesses(word) for word in query.words
        ):
            return scored
        if _judges(best.entry):
            return scored
        figure = [fold(span.text) for span in best.entry.spans]
        for near in scored[1:]:
            entry = near.entry
            if (
                near.score >= self.thresholds.suggest
                and entry.kind is EntryKind.ANSWER
                and entry.speaker == best.entry.speaker
                and any(part in fold(span.text) for part in figure for span in entry.spans)
                and _judges(entry)
            ):
                promoted = replace(near, score=best.score, subject=max(near.subject, best.subject))
                return [promoted, *(s for s in scored if s is not near)]
        return scored

    def _stated_multiple_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """A multiple the article states ("кратно увеличить объёмы торговли") answers "во
        сколько раз" before two figures the reader would divide (``derives_multiple``), when
        its entry is about the question's subject nearly as much (``MARGIN``): promoted, as
        sure as the best."""
        best = scored[0]
        if query.change is not Change.FACTOR or self._states_multiple(best.entry):
            return scored
        if offered_multiple(query.words):
            return scored  # "вырастет ли вдвое": "кратно" confirms no factor, two figures do
        return _promote_near(
            scored,
            lambda near: (
                self._states_multiple(near.entry) and self._states_asked(query, near.entry)
            ),
        )

    def _now_and_later_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """An amount asked as it is and as it may become ("товарооборот сколько сейчас и
        сколько может стать": ``asks_now_and_later``) is answered by a passage giving both
        figures, one foreseen (``_gives_now_and_later``), before today's figure or the
        target alone, when it is about the question's subject nearly as much (``MARGIN``):
        promoted, as sure as the best. With no such passage the best half stays."""
        best = scored[0]
        if not asks_now_and_later(query.words) or _gives_now_and_later(best.entry):
            return scored
        return _promote_near(
            scored,
            lambda near: (
                _gives_now_and_later(near.entry) and self._states_asked(query, near.entry)
            ),
        )

    def _both_figures(self, query: Query, scored: list[Scored]) -> Scored | None:
        """Two figures asked of one passage ("какой сейчас оборот и до какой суммы его
        поднимут? Дайте обе суммы": ``asks_both_figures``) are answered by the passage that
        gives both: when two figures of different values stand among the best
        (``_PAIRED_REACH``), the best of them near enough to suggest, and one passage quotes
        the sentences of both, that passage is the answer, as sure as the best. Two figures
        of one value ("сколько по энергетике, а сколько по транспорту — обе цифры": the 15
        agreements twice) are no pair, and the question stays with the kind not given."""
        figures = [
            s
            for s in scored[:_PAIRED_REACH]
            if s.entry.kind is EntryKind.FIGURE and s.score >= self.thresholds.suggest / 2
        ]
        if len(figures) < 2 or figures[0].score < self.thresholds.suggest:
            return None  # no pair to give: the question's words need no reading
        # the remark after the question says it as often ("… поднять? Дайте обе суммы")
        if not asks_both_figures(tuple(tokens(fold(query.read_text)))):
            return None
        first, second = figures[0].entry.figure, figures[1].entry.figure
        if first.value == second.value:
            return None
        wanted = (first.span.text, second.span.text)
        for candidate in scored:
            if candidate.entry.kind is EntryKind.FIGURE:
                continue
            texts = [span.text for span in candidate.entry.spans]
            if all(any(w in t for t in texts) for w in wanted):
                return replace(candidate, score=max(candidate.score, scored[0].score))
        return None

    def _foreseeing_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """A forecast asked ("where are relations heading", "что дальше с отношениями") is
        answered by a passage foreseeing it ("союз, который определит региональные реалии в
        ближайшие годы") before one on the same topic stating today's effect ("визит
        способствует укреплению единства"), when it is about the question's subject nearly as
        much (``_FORESEEING_MARGIN``): promoted, as sure as the best. A passage saying what a
        thing could be, asked what it would become, stays first; and so does the best, asked
        whether a thing will come (its effect today may tell)."""
        best = scored[0]
        if self._wanted(query) is not AnswerType.FORECAST or foresees(best.entry):
            return scored
        if (
            best.score >= self.thresholds.answer
            and asks_character(query.words)
            and not query.hypothetical
            and any(states_hypothesis(span.text) for span in best.entry.spans)
        ):
            # "какой будет тюркская семёрка": what it could be is no answer while the passage
            # following it says what it will be, though the best holds all of the question
            return self._what_it_will_be_first(query, scored)
        if best.score < self.thresholds.answer or best.subject >= _WHOLLY:
            # none sure to be about the question; or one holding all of it ("что Гусейнов
            # ожидает от визита": his words on the visit's meaning) — none is promoted
            return scored
        if asks_whether_future(query.words):
            return scored  # "will the visit make the OTS more united": "способствует единству"
        if (query.hypothetical or asks_becoming(query.words)) and any(
            states_hypothesis(span.text) for span in best.entry.spans
        ):
            return scored
        topics = set(best.entry.topics)
        for near in scored[1:]:
            if best.subject - near.subject > _FORESEEING_MARGIN:
                break
            if (
                foresees(near.entry)
                and topics & set(near.entry.topics)
                and self._states_asked(query, near.entry)
            ):
                promoted = replace(near, score=max(near.score, best.score))
                return [promoted, *(s for s in scored if s is not near)]
        return scored

    def _what_it_will_be_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """ "какой будет тюркская семёрка": the best says what the thing could be ("могла бы
        представлять собой единый регион"); the same speaker's passage its curator links to it
        that goes on to say what it will be ("Это будет пространство, где … равноправные
        государства") is the answer, as sure as the best. It names the thing only by a
        pronoun, so the question's words find it less: no margin is asked of it, the link
        and its opening pronoun tie it to the best."""
        best = scored[0]
        item = getattr(best.entry, "item", None)
        linked = set(item.related) if item is not None else set()
        for near in scored[1:]:
            entry = near.entry
            if (
                entry.key in linked
                and entry.speaker == best.entry.speaker
                and foresees(entry)
                and any(tells_what_it_will_be(span.text) for span in entry.spans)
                and self._states_asked(query, entry)
            ):
                promoted = replace(near, score=max(near.score, best.score))
                return [promoted, *(s for s in scored if s is not near)]
        return scored

    def _present_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """A figure asked in the present tense ("how long does delivery take", "according to
        the expert, how long does delivery take") is today's: a passage stating it today
        ("сегодня доставка … занимает 15–18 дней") before one foreseeing what it could become
        ("можно сократить до 7–8 дней"), when it is on the same topic, about the question
        nearly as much (``MARGIN``) and holds every word of it the foreseeing one does — a
        condition asked ("with proper investment") keeps the forecast first."""
        best = scored[0]
        if (
            not any(w in PRESENT_AUXILIARIES_EN for w in query.words)
            or query.hypothetical
            or any(w in MODAL_WORDS for w in query.words)
            or query.future
            or looks_ahead(query.words)
            or not foresees(best.entry)
            or self._wanted(query) not in _FIGURES_ASKED
        ):
            return scored
        held = [t for t in query.terms if not t.frame and self._holds_term(best.entry, t)]
        topics = set(best.entry.topics)
        return _promote_near(
            scored,
            lambda near: (
                not foresees(near.entry)
                and topics & set(near.entry.topics)
                and all(_named_anywhere(near.entry, t) for t in held)
                and self._states_asked(query, near.entry)
            ),
        )

    def _current_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """A figure asked with a word of now ("какая сумма товарооборота на сегодня", "текущая
        сумма", "сколько ныне", "currently") is today's: the passage stating it as it is
        ("Сегодня объём товарооборота … 400–500 миллионов долларов") before one foreseeing
        what it may become ("позволит довести … до одного миллиарда"), however far the kind
        word ("сумма", which the goal's phrasings hold) lifted the goal above it. That
        passage shares the foreseeing one's topic, names every thing the question asks about
        (``focus``, but the kind word), says a word of now itself and states the kind asked;
        it is put first, as sure as the best. Not with a time ahead or a condition asked
        ("сейчас и после инвестиций", "what could it be now"): those ask the forecast."""
        best = scored[0]
        if (
            not _asks_now(query.words)
            or query.hypothetical
            or query.future
            or looks_ahead(query.words)
            or asks_now_and_later(query.words)
            or any(w in MODAL_WORDS for w in query.words)
            or not foresees(best.entry)
            or self._says_now(best.entry)  # its quote gives today's figure with the goal
            or self._wanted(query) not in _FIGURES_ASKED
        ):
            return scored
        # the things asked about, not the kind of fact ("сумма", ``_KIND_WORDS``)
        focus = [
            t
            for t in query.terms
            if t.focus and not t.frame and not {t.typed, t.lemma} & _KIND_WORDS
        ]
        topics = set(best.entry.topics)
        if not focus or not topics:
            return scored
        for near in self.score(query, limit=len(self.index.entries)):
            if near.entry is best.entry or near.score <= 0 or near.entry.kind is EntryKind.LIST:
                continue
            if (
                not foresees(near.entry)
                and topics & set(near.entry.topics)
                and all(self._holds_term(near.entry, t) for t in focus)
                and self._says_now(near.entry)
                and self._states_asked(query, near.entry)
            ):
                promoted = replace(
                    near,
                    score=max(near.score, best.score),
                    subject=max(near.subject, best.subject),
                )
                return [promoted, *(s for s in scored if s.entry is not near.entry)]
        return scored

    def _says_now(self, entry: Entry) -> bool:
        """Does the entry's own text say its figure is today's ("Сегодня объём …", "текущий
        годовой объём")?"""
        lemmas, words = self._own_words(entry)
        return not PRESENT_WORDS.isdisjoint(words) or not PRESENT_WORDS.isdisjoint(lemmas)

    def _foreseen_amount_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """ "How big could trade get?", "how high can turnover go?": an amount asked of what may
        come (``asks_amount_ahead``) is the one foreseen ("позволит довести до одного
        миллиарда долларов"), not today's ("400–500 миллионов"), when the foreseeing passage
        is among the nearest (``_FORESEEN_REACH``), on the same topic, about the question
        nearly as much (``MARGIN``) or holding every word of what it is about — "big" is how
        it asks, and today's "How big is bilateral trade today?" phrasing took it — and
        gives the kind asked: promoted, as sure as the best (the mirror of
        ``_present_first``)."""
        best = scored[0]
        if not asks_amount_ahead(query.words) or foresees(best.entry):
            return scored
        topics = set(best.entry.topics)
        asking = amount_adverbs(query.words)
        subject = [t for t in self._topic_terms(query) if t.typed not in asking]
        for near in scored[1:_FORESEEN_REACH]:
            if (
                foresees(near.entry)
                and topics & set(near.entry.topics)
                and (
                    best.subject - near.subject <= MARGIN
                    or (subject and all(self._holds_term(near.entry, t) for t in subject))
                )
                and self.gives_asked(query, near.entry)
            ):
                promoted = replace(near, score=max(near.score, best.score))
                return [promoted, *(s for s in scored if s is not near)]
        return scored

    def _foreseen_role_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """ "Какую роль сыграют Баку и Астана в будущем", "what role could Baku play": a
        description asked of what is to come (a frame noun, ``Term.frame``, with a future
        verb or a modal, ``asks_ahead``) is answered by the passage foreseeing it ("Баку и
        Астана намерены играть ключевую роль в формировании будущей транспортной карты")
        before one describing today ("усиливает роль Баку в обеспечении энергетической
        безопасности"), when it is about the question nearly as much (``MARGIN``) and holds
        every word it names (``_describes``): promoted, as sure as the best."""
        best = scored[0]
        if (
            not query.framed
            or self._wanted(query) not in (None, AnswerType.FACT)  # "рол": a detail, typed
            or not asks_ahead(query.words)
            or foresees(best.entry)
        ):
            return scored
        return _promote_near(
            scored, lambda near: foresees(near.entry) and self._describes(query, near.entry)
        )

    def _conditioned_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """A forecast asked under a condition ("что будет с торговлей, если запустят проекты
        по Среднему коридору") is answered by the passage foreseeing it under that condition
        ("реализация новых проектов … позволит довести товарооборот до миллиарда") before
        one on the same subject that never names it ("коридор позволяет увеличить объёмы
        торговли"), when it is about the question nearly as much (``MARGIN``): promoted, as
        sure as the best. So is it before a passage on the condition itself that never names
        the thing foreseen ("что будет с товарооборотом, если Средний коридор заработает":
        the corridor's passage speaks of trade volumes, not of the turnover asked)."""
        if self._wanted(query) is not AnswerType.FORECAST or len(scored) < 2:
            return scored
        within = {query.words[at] for at in condition_words(query.words)}
        focus = [t for t in query.terms if t.focus and not t.entity and t.similarity > 0]
        condition = [t for t in focus if t.typed in within]
        best = scored[0]
        if not condition:
            return scored
        wanted = condition
        if all(self._holds_term(best.entry, t) for t in condition):
            # the best names the condition: it falls short only if it never names the thing
            # foreseen, the main clause's words ("что будет с товарооборотом")
            wanted = focus
            if all(self._holds_term(best.entry, t) for t in focus):
                return scored
        return _promote_near(
            scored,
            lambda near: (
                all(self._holds_term(near.entry, t) for t in wanted)
                and foresees(near.entry)
                and self._states_asked(query, near.entry)
            ),
        )

    def _wider_reach_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """A forecast asked of its reach ("boost trade — bilateral only or beyond?",
        "только для двух стран или шире?", ``asks_beyond``) is answered by the passage
        foreseeing it over a whole wider area ("между странами, а в перспективе — всей
        Евразией", ``names_whole_area``) before one foreseeing the pair's own figure, when
        it is about the question nearly as much (``MARGIN``): promoted, as sure as the
        best. Unchanged when the best names such an area itself."""
        if not asks_beyond(query.words) or len(scored) < 2:
            return scored
        lemma = self.morphology.lemma
        if names_whole_area(scored[0].entry, lemma):
            return scored
        return _promote_near(
            scored,
            lambda near: (
                foresees(near.entry)
                and names_whole_area(near.entry, lemma)
                and self._states_asked(query, near.entry)
            ),
        )

    def _figure_of_kind_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """Of entries tied on the question (``_TIED``), a figure whose value is no name of
        the kind asked (``_NAMED_KINDS``: "20 октября" for "где проходил визит") gives way
        to a passage that states the kind: the figure's heading would answer a "where" with
        a date, though both quote the same sentence."""
        best = scored[0]
        wanted = self._wanted(query)
        if (
            wanted not in _NAMED_KINDS
            or best.entry.kind is not EntryKind.FIGURE
            or wanted in stated_types(best.entry.figure.value)
        ):
            return scored
        for near in scored[1:]:
            if best.score - near.score > _TIED:
                break
            if near.entry.kind is not EntryKind.FIGURE and self._states_asked(query, near.entry):
                return [near, *(s for s in scored if s is not near)]
        return scored

    def _ranked_member_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """ "Кто седьмой?", "who would be the seventh?", "сколько стран в семёрке, кто
        седьмой": who holds a place in a group by its rank asks the member there — a country
        or a person the passage names ("добавить Турцию"), not the number of the rank ("the
        sacred number is seven"), which wins on the word "seven" alone. When the best names
        no one, the first near tie (``MARGIN``) that names a person or a place comes first."""
        words = query.words
        if query.asks[:1] != (AnswerType.PERSON,) or not any(
            w in WHO_OF_RANK and any(o in ORDINAL_NUMBERS for o in words[at + 1 : at + 4])
            for at, w in enumerate(words)
        ):
            return scored  # "who [would be] the seventh", "кто [станет] седьмым"
        best = scored[0]

        def names_member(entry: Entry) -> bool:
            # a country a quote names by a capital after its first word ("добавить Турцию")
            return any(
                country_key(word, self.morphology.lemma(word)) is not None
                for span in entry.spans
                for word in (fold(w) for w in _NAME_INSIDE.findall(span.text))
            )

        if names_member(best.entry):
            return scored
        for near in scored[1:]:
            if best.score - near.score > MARGIN:
                break
            if names_member(near.entry):
                return [near, *(s for s in scored if s is not near)]
        return scored

    def _listing_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """A question asking which items ("какие темы обсуждали на переговорах", "which areas",
        ``Asked.items``) is answered by a passage listing them ("Обсуждаются аграрная сфера,
        инвестиции, …, энергетика"), not by one naming only their kind ("обсуждение ключевых
        тем"), which wins on that very word. When the best lists nothing, the first sibling
        that lists items (``lists_items``) — the named expert's, if one is named — and whose
        own words hold every word of the question the best's own words hold (but names), the
        kind and agenda words aside (``ITEM_FRAMES``), is promoted, as sure as the best: "какие темы
        обсуждали по Зангезуру" keeps the only passage about Zangezur."""
        best = scored[0]
        if query.relation.items is None or lists_items(best.entry):
            return scored
        names = self.index.names
        words = [
            t
            for t in query.terms
            if t.similarity > 0
            and t.lemma not in names
            and not looks_like_person(t.typed)
            and not {t.typed, t.lemma} & (ITEM_FRAMES | _KIND_WORDS)
        ]  # adjectives too: "какие темы кроме двусторонних" keeps "двустороннего сотрудничества"
        held = [t for t in words if self._holds_term(best.entry, t)]
        for near in scored[1:]:
            if near.score <= 0:
                break
            if (
                siblings(best.entry, near.entry)
                and (not query.named or self.speaks(query, near.entry))
                and lists_items(near.entry)
                and all(self._holds_term(near.entry, t) for t in held)
            ):
                promoted = _lifted(near, best)
                return [promoted, *(s for s in scored if s is not near)]
        return scored

    def _defining_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """A question asking what a thing is ("что такое Средний коридор", "what route is the
        Middle Corridor", ``asks_definition``) is answered by the passage defining it
        ("Средний коридор — Транскаспийский … маршрут"), not by one merely naming it, which
        may win on the thing's words. When the best does not define the thing, the first
        entry on the subject nearly as much (``MARGIN``) that does is promoted, as sure as the
        best. The thing is the question's words the entries hold; its names (``entity``)
        must all stand in the run of words defined."""
        if (
            query.asks
            or query.named
            or query.excluded is not None
            or not asks_definition(query.reading.text.lower())
        ):
            return scored
        terms = [t for t in query.terms if t.similarity > 0 and not t.frame]
        needed = frozenset(t.lemma for t in terms if t.entity)
        if not needed:
            return scored
        best = scored[0]
        if self._defines(best.entry, terms, needed):
            return scored
        for near in scored[1:]:
            if near.score < self.thresholds.suggest or best.subject - near.subject > MARGIN:
                break
            if self._defines(near.entry, terms, needed):
                promoted = _lifted(near, best)
                return [promoted, *(s for s in scored if s is not near)]
        return scored

    def _names_in_full(self, query: Query, entry: Entry) -> bool:
        """Does the entry give the name a question asks for ("the official name of the
        Middle Corridor", ``asks_name``) — define the thing it names ("the Middle Corridor,
        the Trans-Caspian International Transport Route")? True of any entry when no name
        is asked."""
        if not asks_name(query.reading.text.lower()):
            return True
        terms = [t for t in query.terms if t.similarity > 0 and not t.frame]
        return self._defines(entry, terms, frozenset(t.lemma for t in terms if t.entity))

    def _defines(self, entry: Entry, terms: list[Term], needed: frozenset[str]) -> bool:
        """Does one of the entry's own texts define the thing the ``terms`` name?"""
        lemma = self.morphology.lemma

        def names(word: str) -> str | None:
            own = lemma(word) if is_cyrillic(word) else english_stem(word)
            for term in terms:
                if term.lemma == own or term.typed == word:
                    return term.lemma
            for term in terms:
                if is_cyrillic(word) and _same_word(word, term.typed):
                    return term.lemma  # "Среднего коридора" read as "среднее": "Средний"
            return None

        return any(
            defines(text.text, names, needed) for text in entry.search_texts() if text.stated
        )

    def _discussed(self, query: Query, scored: list[Scored]) -> Scored | None:
        """The passage answering "what was discussed" (``asks_discussed``: "что обсуждали
        Алиев и Токаев", "what topics did they discuss", "по словам Тусупбекова, какие
        вопросы обсуждают стороны"): the best scored one that lists the things discussed
        (``lists_discussed``) — the named expert's, if one is named — and holds every word
        of the question besides the frame: the people, the discussing, the kind of items
        ("темы", "topics"), the sides, and what "кроме / besides" leaves out. The areas of
        agreements signed list as much but tell no discussion: no answer to it. None when
        no passage does (the question is then read as any other)."""
        if len(query.named) > 1:
            return None  # "что обсуждали Гусейнов и Ишмухамедов": no discussion of theirs
        # "о чём говорили Алиев и Токаев": two people talking together discussed something,
        # though a verb of saying reads as asking their words
        talked = asks_about_talk(query.words) and (
            sum(t.entity and self._person_word(t) for t in query.terms) > 1
        )
        # "что, по мнению Ишмухамедова, обсуждали стороны": his account of it, his words
        told = talked or len(query.named) == 1
        asks = () if told and query.asks == (AnswerType.STATEMENT,) else query.asks
        if asks or query.excluded is not None or not (talked or asks_discussed(query.words)):
            return None  # "какой ещё коридор, кроме Среднего": ``_names_another`` reads it
        left_out = self._left_out_words(query)
        # "помимо", "apart (from)", "what else": no subject of what was discussed
        leaving = EXCLUDING | LEAVING_PAIRED | ASKING_FILLERS
        if any(
            t.similarity <= 0
            and not t.frame
            and t.typed not in left_out | leaving
            and not _russian_verb(t.typed)  # "какие темы он перечислял": how it is asked
            for t in query.terms
        ):
            return None  # "что обсуждали на ужине": an occasion the article never names
        own = self._discussed_subject(query, left_out)
        ranked = [s for s in self.score(query, limit=len(self.index.entries)) if s.score > 0]
        # the passages the scoring left out ("стороны обсуждали …" names neither Aliyev nor
        # Tokayev) come after, in the article's order: the question's shape is what they fit
        briefing = scored[0].entry.briefing.id
        seen = {id(s.entry) for s in ranked}
        ranked += [
            Scored(ix.entry, 0.0)
            for ix in self.index.entries
            if id(ix.entry) not in seen
            and ix.entry.briefing.id == briefing
            and ix.entry.kind not in (EntryKind.LIST, EntryKind.EXPERT)
        ]
        every = [
            s
            for s in ranked
            if (not query.named or (s.entry.briefing.id, s.entry.speaker) in query.named)
            and all(self._holds_said(s.entry, t) for t in own)
        ]
        kind = self._left_out_kind(query)
        lemma = self.morphology.lemma
        # who discussed, as the question names them: "стороны", "Алиев и Токаев"
        discussers = TALKS_SIDES | {
            t.lemma for t in query.terms if t.entity and self._person_word(t)
        }

        def by_discussers(text: str) -> bool:
            return any(w in discussers or lemma(w) in discussers for w in tokens(fold(text)))

        tests = [
            # "стороны обсуждали …: инвестиции, промышленность" tells who discussed, before
            # "Обсуждаются аграрная сфера, …", which leaves it to the reader
            lambda entry: any(
                lists_discussed(span.text) and by_discussers(span.text) for span in entry.spans
            ),
            lambda entry: any(lists_discussed(span.text) for span in entry.spans),
        ]
        if kind is not None:
            # "что обсуждали кроме Среднего коридора": another corridor discussed is the
            # other thing of the kind left out, before the lists of things at large
            tests.insert(
                0,
                lambda entry: (
                    any(discussing(w) for q in entry.spans for w in tokens(q.text))
                    and self._qualifies_another(entry, kind)
                ),
            )
        for test in tests:
            found = next((s for s in every if test(s.entry)), None)
            if found is not None:
                return _lifted(found, scored[0])
        return None

    def _discussed_subject(self, query: Query, left_out: set[str]) -> list[Term]:
        """The words a passage on what was discussed must hold: the question's words but
        the frame — the people, the discussing, the kind of items ("темы", "topics"), the
        sides, and what "кроме / besides" leaves out (``left_out``)."""
        names = self.index.names
        return [
            t
            for t in query.terms
            if t.similarity > 0
            and not t.frame
            and t.lemma not in names
            and not (t.entity and self._person_word(t))  # "Алиевым", not "паромов"
            and not discussing(t.typed)
            and not discussing(t.lemma)
            and t.typed not in left_out
            and not {t.typed, t.lemma} & (ITEM_FRAMES | _KIND_WORDS | TALKS_SIDES)
        ]

    def _kind_listed_by_none(self, query: Query, best: Scored) -> bool:
        """Does a list word before a kind of items ("список тем", "list of topics",
        ``listed_kind_at``) ask what the best passage does not give? That word frames the
        items and weighs nothing, so a passage on the question's other words alone ("in
        Gabala") scores as if it held them: only one listing items, or telling what was
        discussed, and holding every word of what they are asked of ("on tourism") answers."""
        entry = best.entry
        if listed_kind_at(query.words) is None or entry.kind is EntryKind.LIST:
            return False  # "список тем": the briefing's own list of its topics is one
        listing = lists_items(entry) or any(lists_discussed(span.text) for span in entry.spans)
        subject = self._discussed_subject(query, self._left_out_words(query))
        phrased = self._indexed(entry).terms  # "negotiations": its phrasings' word too
        return not listing or not all(
            t.lemma in phrased or self._holds_said(entry, t)
            for t in subject
            if not (is_need_word(t.typed) or is_need_word(t.lemma))  # "мне нужен список"
        )

    def _rest_of_list(self, query: Query, best: Scored) -> Scored | None:
        """The best passage, as an answer, when the question names items and asks the rest
        of their list ("локомотивы, вагоны, что ещё", ``items_before_rest``) and that passage
        names every one of them (each by a word of the briefing's): it names them together,
        so it holds the list and its rest, though the items are most of what the question
        shares with it. None otherwise — and below the suggest threshold, where it is no
        passage on the subject."""
        items = items_before_rest(query.reading.text)
        if not items or best.score < self.thresholds.suggest:
            return None
        for item in items:
            terms = [t for t in query.terms if t.typed in item and t.similarity > 0]
            if not terms or not all(self._holds_term(best.entry, t) for t in terms):
                return None
        return best

    @staticmethod
    def _left_out_words(query: Query) -> set[str]:
        """The words "кроме / besides" leaves out, up to a break: in "кроме энергетики —
        агро было?" the check after the dash is asked, not left out."""
        found: set[str] = set()
        for piece in _CLAUSE_BREAK.split(fold(query.reading.text)):
            words = tuple(tokens(piece))
            found |= {words[at] for at in left_out_positions(words)}
        return found & set(query.words)

    @staticmethod
    def _person_word(term: Term) -> bool:
        """A name shaped as a person's, in any case ("Алиевым": "алиев")."""
        return (
            looks_like_person(term.typed)
            or looks_like_person(term.lemma)
            or is_person_name(term.typed)
        )

    def _left_out_kind(self, query: Query) -> Exclusion | None:
        """What "кроме / помимо" leaves out, when it is a noun with its qualifier ("кроме
        Среднего коридора"): the noun names a kind of thing, of which another is wanted."""
        left_out = [query.words[at] for at in sorted(left_out_positions(query.words))]
        if len(left_out) < 2 or not all(is_cyrillic(w) for w in left_out):
            return None
        *qualifiers, noun = left_out
        parses = parse(noun)
        if not parses or parses[0].tag.POS != "NOUN":
            return None
        if not all(  # "среднего": a noun's form as well, an adjective's before a noun
            is_qualifier(w) or any(p.tag.POS in ("ADJF", "PRTF") for p in parse(w))
            for w in qualifiers
        ):
            return None
        return Exclusion(AnswerType.FACT, tuple(qualifiers), noun)

    def _deed_told_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """A question asking what a deed gave ("что подписали по итогам переговоров",
        ``Query.content`` with no detail noun) is answered by a passage telling the deed done
        ("стороны подписали 15 соглашений …": ``tells_deed``), not by one naming its fruit as
        the ground of something else ("подписанные документы … дают понять"), which may win
        on the question's other words. When the best tells no such deed, the first entry on
        the subject nearly as much (``MARGIN``) that does is promoted, as sure as the best."""
        verb = query.content
        if (
            verb is None
            or not is_cyrillic(verb)
            or not needs_support(verb)
            or query.asks
            or query.relation.detail
            or query.named
        ):
            return scored
        best = scored[0]
        if self._tells_deed(best.entry, verb):
            return scored
        for near in scored[1:]:
            if near.score < self.thresholds.suggest or best.subject - near.subject > MARGIN:
                break
            if self._tells_deed(near.entry, verb):
                promoted = _lifted(near, best)
                return [promoted, *(s for s in scored if s is not near)]
        return scored

    def _discussion_told_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """Things asked as discussed ("what kind of railway investments were discussed",
        "какие меры по железной дороге обсуждали": things of a kind, which ``_discussed``
        leaves to the ranking) are answered by a passage telling that discussion
        ("обсуждался … речь шла о модернизации железных дорог"), not by one naming the same
        things as needed, which may win on the question's other words ("вложения в
        подвижной состав" for "rolling stock"). When the best tells no discussion, the first
        entry on the subject nearly as much (``MARGIN``) that does, explaining all of it, is
        promoted, as sure as the best."""
        if not any(discussing(w) for w in query.words) or query.asks not in _DISCUSSION_KINDS:
            return scored
        best = scored[0]
        if self._tells_discussion(best.entry):
            return scored
        for near in scored[1:]:
            if near.score < self.thresholds.suggest or best.subject - near.subject > MARGIN:
                break
            if self._tells_discussion(near.entry) and self.explains_subject(query, near.entry):
                promoted = _lifted(near, best)
                return [promoted, *(s for s in scored if s is not near)]
        return scored

    @staticmethod
    def _tells_discussion(entry: Entry) -> bool:
        """Do the entry's own words (its spans) say something was discussed?"""
        return any(discussing(w) for span in entry.spans for w in tokens(fold(span.text)))

    def _obstacle_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """A question asking what holds a thing back ("что тормозит торговлю", "why isn't
        trade growing") is answered by a passage naming an obstacle to it ("барьеры …
        сдерживают рост взаимной торговли"), not by one on how the thing would grow, which
        may win on the question's other words. When the best names none, the first entry
        that does, on the subject (from half the suggest threshold) and explaining all of it,
        is promoted, as sure as the best."""
        if not self._obstacle_asked(query):
            return scored
        best = scored[0]
        if names_obstacle(self._own_words(best.entry)[0]):
            return scored
        for near in scored[1:]:
            if near.subject < self.thresholds.suggest / 2:
                break
            if names_obstacle(self._own_words(near.entry)[0]) and self.explains_subject(
                query, near.entry
            ):
                promoted = _lifted(near, best)
                return [promoted, *(s for s in scored if s is not near)]
        return scored

    def _frame_filled_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """A description asked by a frame the article never names ("на каких принципах
        строится тюркская семёрка") is given by a passage saying a word that fills it
        ("равноправные государства, объединённые общей целью": ``Term.filler``), not by the
        one naming the thing best, which may only be asked that way ("что объединяет
        семёрку" among its questions). When the best says no filler in its own words, the
        first entry that does (from half the suggest threshold) and describes what the
        question names is promoted, as sure as the best, the best shown after it. Obstacles
        are ``_obstacle_first``'s."""
        fillers = frozenset(
            t.lemma
            for t in query.terms
            if t.filler and t.similarity > 0 and not names_obstacle(frozenset({t.lemma}))
        )
        if not fillers:
            return scored
        best = scored[0]
        if not fillers.isdisjoint(self._own_words(best.entry)[0]):
            return scored
        for near in scored[1:]:
            if near.subject < self.thresholds.suggest / 2:
                break
            if not fillers.isdisjoint(self._own_words(near.entry)[0]) and self._describes(
                query, near.entry
            ):
                promoted = replace(_lifted(near, best), follows=(best.entry,))
                return [promoted, *(s for s in scored if s is not near)]
        return scored

    def _goal_of_need_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """A need asked for its reason ("зачем нужны инвестиции в железные дороги") is
        answered by the passage telling what the thing needed achieves ("при должных
        инвестициях этот срок можно сократить", ``goals``), not by its neighbour repeating
        the need, which wins on the question's words. When the best tells no goal, the first
        of its siblings (from half the suggest threshold) that tells one and holds a word of
        the question's subject is promoted, as sure as the best, the need shown after it."""
        if not query.why or not asks_why_needed(query.words):
            return scored
        best = scored[0]
        if any(tells_goal(span.text) for span in best.entry.spans):
            return scored
        subject = [
            t
            for t in self._subject_terms(query)
            if t.similarity > 0 and not t.frame and not asks_why_needed(("why", t.typed))
        ]
        for near in scored[1:]:
            if near.subject < self.thresholds.suggest / 2:
                break
            if siblings(best.entry, near.entry) and self._tells_goal_of(near.entry, subject):
                promoted = replace(_lifted(near, best), follows=(best.entry,))
                return [promoted, *(s for s in scored if s is not near)]
        return scored

    def _need_told_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """A need asked ("что нужно, чтобы грузы шли быстрее", "чего не хватает …" read so,
        "what is needed to cut delivery time") is answered by the passage telling the need
        ("для этого нужны серьёзные вложения в подвижной состав", ``goals.tells_need``),
        not by its neighbour giving the aim's figure ("можно сократить до 7–8 дней"),
        which wins on the aim's words. When the best tells no need, the first entry on the
        subject nearly as much (``MARGIN``) that does, explaining all of it, is promoted, as
        sure as the best. An expert's view asked of the need ("чего не хватает, по мнению
        политолога": a statement asked) is his passage telling it all the same."""
        if _asks_beyond_view(query) or not (asks_need(query.words) or asks_condition(query.words)):
            return scored  # "при каком условии сократятся сроки": what the aim needs, too
        best = scored[0]
        if any(tells_need(span.text) for span in best.entry.spans):
            return scored
        for near in scored[1:]:
            if near.score < self.thresholds.suggest or best.subject - near.subject > MARGIN:
                break
            if any(tells_need(span.text) for span in near.entry.spans) and self.explains_subject(
                query, near.entry
            ):
                promoted = _lifted(near, best)
                return [promoted, *(s for s in scored if s is not near)]
        return scored

    def _tells_goal_of(self, entry: Entry, subject: list[Term]) -> bool:
        """Does a sentence of the entry's own words (its spans, its English summary) tell a
        goal (``goals.tells_goal``) with a word of the subject in it — the thing needed
        ("при должных инвестициях … можно сократить": the investments), or in the sentence
        before it that it points back at ("этот срок": the delivery time, ``goal_passages``)?"""
        lemmas = {t.lemma for t in subject} | {k for t in subject for k in t.kin}
        # one text, its quotes in their order as sentences: a quote may point back at the one
        # before ("этот срок")
        text = ". ".join(
            text.text.rstrip(".")
            for text in entry.search_texts()
            if text.stated and text.field is Field.CONTENT
        )
        return any(
            not lemmas.isdisjoint(content_lemmas(sentence, self.morphology))
            for sentence in goal_passages(text)
        )

    def _holds_deed(self, entry: Entry, verb: str) -> bool:
        """Do an expert's words hold the deed "кто ВВЁЛ барьеры" asks the doer of — its verb
        in any voice, or a word of its family ("предложил": "предложение")? His words name
        him, but as the one who says, not who did: "кто придумал Средний коридор" is not
        answered by his words on the corridor, where nobody invents it."""
        if verb in PROPOSING_VERBS:
            return True  # "кто предлагал регистрацию": he stressed its importance
        if verb in INVENTING_VERBS and any(span_proposes(span.text) for span in entry.spans):
            return True  # "кто придумал семёрку": "логично добавить Турцию"
        if self._tells_deed(entry, verb):
            return True
        wanted = related(verb)
        for span in entry.spans:
            for word in span.text.split():
                clean = word.strip("«»\"'.,;:!?()“”„—–-")
                if not clean[:1].islower() or not is_cyrillic(clean):
                    continue  # "Организация тюркских государств": a name, no deed of organising
                lemma = self.morphology.lemma(fold(clean))
                if lemma in wanted or (kin(lemma, verb) and lemma.endswith(_DEED_NOUN_ENDINGS)):
                    return True  # "подписание", "строительство"; not "этой организации"
        return False

    @staticmethod
    def _repaired_stem(query: Query, stem: str) -> str:
        """The stem of an English word as the question's terms read it after a slip is
        mended ("who signd": "sign"), else as typed."""
        return next(
            (
                t.lemma
                for t in query.terms
                if t.similarity > 0 and t.typed.isascii() and english_stem(t.typed) == stem
            ),
            stem,
        )

    @staticmethod
    def _holds_english_deed(entry: Entry, stem: str) -> bool:
        """Does the entry's English ("[Translation] …", its lead) hold the deed's verb?"""
        item = getattr(entry, "item", None)
        texts = [
            str(getattr(item, name, "") or "")
            for name in ("summary_en", "lead_en", "title_en", "measures_en")
        ]
        # "leading countries": an "-ing" form may be an epithet, no deed of leading; so is a
        # participle after its article ("the signed documents": nobody signs in his words)
        return any(
            english_stem(word) == stem
            and not word.endswith("ing")
            and not (at and words[at - 1] in EPITHET_DETERMINERS_EN)
            for text in texts
            for words in (tokens(fold(text)),)
            for at, word in enumerate(words)
        )

    @staticmethod
    def _tells_deed(entry: Entry, verb: str) -> bool:
        return any(tells_deed(span.text, verb) for span in entry.spans)

    def _confirming(self, query: Query, scored: list[Scored]) -> Scored | None:
        """The passage confirming the answer a question offers ("переговоры где проходили, в
        Астане?", "сколько подписали, 15?"): the best on the subject (at least the suggest
        threshold) whose own words hold the offered name or number and most of what the
        question is about (by weight, ``_SUBJECT_HELD``: "сейчас" may be the asker's). The
        offer found there is the answer, of the kind asked — the place asked is Astana, said
        where the talks are. An offer the article never names finds no passage (nor does a
        number offered for a place: "где …, 15?"), and the question is read as it stands."""
        offered = offered_answer(query.reading.text)
        if not offered:
            return self._choosing(query, scored)
        # the name or number offered; a unit beside it ("15–18 дней") is of the subject
        candidates = [
            t
            for t in query.terms
            if t.typed in offered and t.similarity > 0 and (t.entity or t.typed[0].isdigit())
        ]
        if not candidates or not all(self._offers_kind(query, term) for term in candidates):
            return None
        return self._holding_offer(query, scored, candidates, ())

    def _choosing(self, query: Query, scored: list[Scored]) -> Scored | None:
        """The passage choosing between two names the question offers as its answer ("где
        подписывали соглашения, в Астане или в Баку?"): as for one offered
        (``_confirming``), the best on the subject holding one of them and most of what the
        question is about — and not the other, or it tells neither ("между Баку и
        Астаной"). It must tell the event asked too, every word of it the briefing knows:
        "где выступал Гусейнов, в Астане или в Баку" asks of no event but his speaking, and
        his passage naming Astana says nothing of where he spoke."""
        if not query.alternatives or query.relation.listed is not None:
            return None
        for one, other in query.alternatives:
            sides = [[t for t in query.terms if t.typed in side] for side in (one, other)]
            if not all(sides) or not all(
                t.entity
                and t.similarity > 0
                and _names_place(t.typed)
                and self._offers_kind(query, t)
                for side in sides
                for t in side
            ):
                continue  # places only: "кто подписал, Алиев или Токаев" — "стороны подписали"
            offer = {t.typed for side in sides for t in side}
            events = [
                t
                for t in query.terms
                if t.similarity > 0 and not t.entity and not t.frame and t.typed not in offer
            ]
            if not events:
                continue
            first, second = sides
            for chosen, foil in ((first, second), (second, first)):
                found = self._holding_offer(query, scored, chosen, foil)
                if found is not None and all(self._holds_term(found.entry, e) for e in events):
                    return found
        return None

    def _holding_offer(
        self, query: Query, scored: list[Scored], candidates: list[Term], foils: Iterable[Term]
    ) -> Scored | None:
        """The best on the subject whose own words hold every offered term, none of the
        ``foils`` (the other choice offered) and most of the rest of the question."""
        foils = tuple(foils)
        offer = {*candidates, *foils}
        subject = [t for t in query.terms if t not in offer and not t.frame]
        if not subject:
            return None
        weight = sum(t.weight for t in subject)
        for near in scored:
            if near.score < self.thresholds.suggest:
                continue
            if not all(self._holds_term(near.entry, t) for t in candidates):
                continue
            if any(self._holds_term(near.entry, t) for t in foils):
                continue
            held = sum(
                t.weight for t in subject if t.similarity > 0 and self._holds_term(near.entry, t)
            )
            if held >= _SUBJECT_HELD * weight:
                return near
        return None

    @staticmethod
    def _offers_kind(query: Query, term: Term) -> bool:
        """Is the offered word an answer of the kind asked: a number of an amount, a date or
        a length of time; a name of a place, a person, a fact — or anything, when nothing in
        particular is asked ("подписали 15 соглашений, верно?")."""
        asked = query.asks[0] if query.asks else None
        if term.typed[0].isdigit():
            return asked in (
                None,
                AnswerType.QUANTITY,
                AnswerType.MONEY,
                AnswerType.DURATION,
                AnswerType.DATE,
            )
        if looks_like_person(term.typed):
            return asked in (None, AnswerType.PERSON)
        return asked in (None, AnswerType.PLACE, AnswerType.FACT)

    def holds_word(self, entry: Entry, term: Term) -> bool:
        """Public for the dialogue: does the entry's own text hold the question's word."""
        return self._holds_term(entry, term)

    def _holds_term(self, entry: Entry, term: Term) -> bool:
        """The entry's own words hold the question's word: as written, its lemma, or a word
        of its family ("обсуждаются" for "обсуждали")."""
        lemmas, words = self._own_words(entry)
        return (
            term.lemma in lemmas
            or term.typed in words
            or any(kin(term.lemma, own) for own in lemmas)
            # "rail upgrades discussed": the passage saying "modernising the railways" holds
            # the word in its own (``ENGLISH_EQUIVALENTS``)
            or bool(self._equivalents_of(term.lemma) & lemmas)
            # "по жд", "по ж/д": the passage saying "железных дорог" holds its letters
            or (is_letter_abbreviation(term.typed) and self._spells_out(entry, term.typed))
        )

    def _holds_said(self, entry: Entry, term: Term) -> bool:
        """The entry holds the question's word; a word of need ("что модернизировать
        нужно") is held by a passage telling a need in its own words ("необходимость
        дополнительных инвестиций", ``tells_need``)."""
        if self._holds_term(entry, term):
            return True
        return is_need_word(term.typed) and any(tells_need(span.text) for span in entry.spans)

    def _spells_out(self, entry: Entry, abbreviation: str) -> bool:
        """Do the entry's own texts hold the words a letter abbreviation stands for
        (``spells_out``)? Read only for such a word, which few questions type."""
        return any(spells_out(abbreviation, tokens(text)) for text in self._own_texts(entry))

    def _equivalents_of(self, lemma: str) -> frozenset[str]:
        """The English stems saying what ``lemma`` says (``english_equivalents``), read once
        per matcher (a matcher unpickled from an older start-up cache reads them anew)."""
        table = getattr(self, "_equivalents", None)
        if table is None:
            table = self._equivalents = english_equivalents(self.morphology)
        return table.get(lemma, frozenset())

    @staticmethod
    def _states_multiple(entry: Entry) -> bool:
        """One of the entry's own texts states a multiple outright (``stated_changes``)."""
        texts = (*(span.text for span in entry.spans), *entry.shown_words)
        return any(Change.FACTOR in stated_changes(text) for text in texts)

    def _asks_consequence(self, query: Query, entry: Entry) -> bool:
        """The question is about what the article says follows from another passage, not
        about what the entry says besides it: none of its words is one only the entry's other
        spans hold ("почему семёрка могла бы стать единым регионом" asks about the region). A
        word the passage it follows from holds is of the link ("почему Турцию делают седьмой":
        the seven is the sacred number's, though only the other span names the «семёрка»)."""
        beside = beside_effects(entry.briefing, entry.spans)
        if not beside:
            return True
        lemma = self.morphology.lemma
        others = {lemma(w) for quote in beside for w in tokens(quote.text)}
        causes = [q for cause in self._linked_entries(entry, entry.causes) for q in cause.spans]
        linked = {
            lemma(w)
            for quote in (*entry.spans, *causes)
            if quote not in beside
            for w in tokens(quote.text)
        }
        asked = {t.lemma for t in self._subject_terms(query) if t.focus and t.similarity > 0}
        return not (asked & others) - linked

    @staticmethod
    def _need_answered(query: Query, entry: Entry) -> bool:
        """Is a cause asked of a need ("чем обусловлена необходимость устранения барьеров",
        "с чем связана потребность в паромах"), of a passage with a reason of its own
        (``Entry.states``)? What calls for a deed is what the deed is for, or the harm of
        what it removes ("барьеры, которые сдерживают рост торговли") — which a cause of a
        state of things ("с чем связаны барьеры") is not. A passage stating a need itself
        ("необходимость дополнительных инвестиций … строительстве новых паромов") repeats
        what is asked about, as ``goals`` says, and its reason is no reason for that need."""
        needs = any(is_need_word(word) for word in query.words)
        return (
            needs
            and AnswerType.REASON in entry.states
            and not any(tells_need(span.text) for span in entry.spans)
        )

    def _aim_of_deed_not_done(self, query: Query, entry: Entry) -> bool:
        """Is the deed a Russian why-not negates ("почему не сократили сроки доставки") the aim
        the entry tells with what it takes ("при должных инвестициях можно сократить")? What
        the aim takes, not yet there, is why it is not done; a passage telling only that a
        thing is needed ("почему не хватает паромов") names no such aim."""
        if not asks_why_not(query.words):
            return False
        words = query.words
        negated = {words[at + 1] for at in range(len(words) - 1) if words[at] == "не"}
        # "почему нельзя уже сейчас возить за 7–8 дней": the deed denied, and the figure it
        # would reach — the aim "можно сократить до 7–8 дней" names that figure
        negated |= {
            word
            for at in range(len(words))
            if words[at] == "не" or words[at] in CANNOT
            for word in words[at + 1 : at + 1 + _DENIED_REACH]
            if word[:1].isdigit()
        }
        # "почему нельзя просто так сократить срок доставки": the deed denied is the verb
        # after "нельзя", as after "не" ("почему не сократили")
        negated |= held_back_deeds(words)
        # "почему пока не выходит довозить грузы быстрее": the carrying is what is not done
        negated |= managed_deeds(words)
        terms = [t for t in query.terms if t.typed in negated and t.similarity > 0]
        return bool(terms) and self._tells_goal_of(entry, terms)

    def _aim_of_deed_held_back(self, query: Query, entry: Entry) -> bool:
        """Is a deed the question says is held back or cannot be done ("что мешает
        сократить срок доставки", "почему нельзя сократить …, что мешает") the aim the entry
        tells with what it takes ("при должных инвестициях … можно сократить … для этого
        нужны серьёзные вложения")? What the aim takes, not yet there, is what holds it
        back, though the entry names no barrier."""
        deeds = held_back_deeds(query.words)
        terms = [t for t in query.terms if t.typed in deeds and t.similarity > 0]
        return bool(terms) and self._tells_goal_of(entry, terms)

    def _proposes_or_leads_to_proposal(self, entry: Entry) -> bool:
        """Does the entry propose a deed, or does a passage proposing one follow from it
        ("в традициях … цифра семь" — "С учётом этого … логично добавить Турцию")? Only such
        a passage gives the reason of a proposal asked ("почему бы не добавить Турцию")."""
        return any(
            span_proposes(span.text)
            for found in (entry, *self._linked_entries(entry, entry.effects))
            for span in found.spans
        )

    def _linked_entries(self, entry: Entry, keys: tuple[str, ...]) -> Iterator[Entry]:
        """The entries of ``entry``'s briefing with these keys, in their order."""
        for key in keys:
            found = self.catalogue.entry_in(entry.briefing, key)
            if found is not None:
                yield found

    def _named_speaker(self, query: Query, scored: list[Scored], limit: int) -> Scored | Match:
        """A question naming an expert is answered only with that expert's words on its subject.

        "что Ишмухамедов сказал об ОТГ": his best entry must explain the subject's words; if
        it does not and somebody else's does, say he did not speak on it and name who did.
        Never another person's words as his."""
        own = [s for s in self._without_aside_names(query, scored) if self.speaks(query, s.entry)]
        own = self._explaining_first(query, self._sayers_own(query, own))
        described = self._described_by_profile(query, own)
        if described is not None:
            return Match(query, Band.ANSWER, described, tuple(own[:limit]))
        proposal = self._proposal_on(query, own)
        if proposal is not None:
            return proposal
        figures = self._figures_of_named(query, own, limit)
        if figures is not None:
            return figures
        others = (
            None if self._speaks_on_reason(query, own) else self._others_on_subject(query, limit)
        )
        answers = bool(own) and own[0].score >= self.thresholds.answer
        subject = self._scene_subject(query)
        if (
            answers
            and own[0].entry.kind is EntryKind.EXPERT
            and query.asks[:1] == (AnswerType.STATEMENT,)
        ):
            # "What did Hajiyev say about ferries?": his profile, scored high on his name
            # alone, answers what he said only if it explains the English words of the
            # subject too, which no part of speech marks (``_english_subject``); his words'
            # own passages are judged as they were ("energy cooperation": his passage on
            # energy), and a question of who he is ("in what capacity is he mentioned") is
            # the profile's
            subject = self._english_subject(subject)
        if answers and (others is None or self.explains_subject(subject, own[0].entry)):
            return own[0]
        if others is not None and not self._holds_english_subject(query, own):
            if self._asks_own_speech_place(query):
                # "where did Huseynov speak": Tokayev spoke in Gabala — where Huseynov did
                # is the place not given, and his own passage the one to offer
                return self._own_speech_not_placed(query, [*own, *others], limit)
            return Match(query, Band.NOT_GIVEN, others[0], others, AnswerType.STATEMENT)
        paraphrased = self._paraphrased(query, own)
        if paraphrased is not None:
            return paraphrased
        # his own entries, or those telling what he did, offered (never as his words)
        near = tuple(
            s
            for s in scored
            if s.score >= self.thresholds.suggest
            and (self.speaks(query, s.entry) or self.tells_of(query, s.entry))
        )[:limit]
        if near and self.speaks(query, near[0].entry) and self._confirms_check(query, near[0]):
            # "Правда ли, что Ишмухамедов предложил добавить в формат Турцию?": his words say it
            return Match(query, Band.ANSWER, near[0], near[1:])
        if near:
            return Match(query, Band.SUGGEST, near[0], near)
        profiles = [
            self.catalogue.entry(briefing_id, expert_key(expert_id))
            for briefing_id, expert_id in sorted(query.named)
        ]
        offered = tuple(Scored(p, 0.0) for p in profiles if p is not None)[:limit]
        return Match(query, Band.NONE, scored[0], offered)

    def _proposal_on(self, query: Query, own: list[Scored]) -> Scored | None:
        """ "Что предложил Ишмухамедов по поводу формулы 5+1?": what the named expert
        proposed on a thing is his passage proposing (``span_proposes``: "предложил расширить
        подход, озвученный Гаджиевым") that is on that thing — in its own words or those of a
        passage it links to, the one it answers (the post on "5+1") — though it never
        restates the thing, which sinks its score. The deed it proposes, when the article says
        it follows ("логично добавить Турцию"), is shown after it. Only for a question asking
        what he proposed, with a word of its own to be on, and his passage near it (from half
        the suggest threshold); None otherwise ("что предложил Тусупбеков по поводу …": nothing
        of his proposes)."""
        if query.relation.verb not in PROPOSING_VERBS or query.asks:
            return None
        names = self.index.names
        subject = [
            t
            for t in query.terms
            if t.similarity > 0
            and not t.frame
            and t.weight > 0
            and t.lemma not in PROPOSING_VERBS
            and t.lemma not in names
        ]
        if not subject:
            return None
        for near in own:
            if near.score < self.thresholds.suggest / 2:
                return None  # nothing of his near the question: his words on another thing
            entry = near.entry
            if entry.kind is not EntryKind.ANSWER:
                continue
            if not any(span_proposes(span.text) for span in entry.spans):
                continue
            item = getattr(entry, "item", None)
            linked = tuple(self._linked_entries(entry, item.related)) if item is not None else ()
            if all(any(self._speaks_of(e, t) for e in (entry, *linked)) for t in subject):
                follows = tuple(self._linked_entries(entry, entry.effects))
                return replace(
                    near, score=max(near.score, self.thresholds.answer), follows=follows
                )
        return None

    def _figures_of_named(
        self, query: Query, own: list[Scored], limit: int
    ) -> Scored | Match | None:
        """ "Цифры по товарообороту — что Ишмухамедов сказал?": figures asked of the named
        expert on a subject (``figures_subject``) are amounts, given by his passage holding
        that subject and measuring a size in a unit (``_measures_amount``: "400–500
        миллионов долларов"), however weakly it resembles the question — the noun "цифры"
        draws the passage calling seven a sacred "цифра". When none of his passages near the
        question does ("цифры по туризму" of an expert who names no figure for tourism), his
        passage on the subject is only an offer. None for any other question, or when none
        of his passages is near it (from half the suggest threshold)."""
        words = query.words
        if any(figure_noun_asked(words, at) for at in range(len(words))):
            return None  # "в какую цифру превратилась 5+1": one number asked, a number answers
        about = set(figures_subject(words))
        subject = [
            t
            for t in query.terms
            if t.typed in about and t.similarity > 0 and t.weight > 0 and not t.entity
        ]
        if not subject:
            return None
        near = [
            s
            for s in own
            if s.score >= self.thresholds.suggest / 2 and s.entry.kind is EntryKind.ANSWER
        ]
        if not near:
            return None
        for found in near:
            if self._measures_amount(found.entry) and all(
                self._holds_term(found.entry, t) for t in subject
            ):
                return replace(found, score=max(found.score, self.thresholds.answer))
        return Match(query, Band.SUGGEST, near[0], tuple(near[:limit]))

    def _sayers_own(self, query: Query, own: list[Scored]) -> list[Scored]:
        """Of two experts named, the words asked are those of the one named as who says
        them ("what did Ishmukhamedov say about the Hajiyev post, the "6" thing"): the other
        is named only as whose post or words are spoken of (``owns_said``), so a passage of
        his own, though it holds what describes his post ("6"), is no answer. ``own`` as it
        stands when no one, or everyone, is named so."""
        if query.asks[:1] != (AnswerType.STATEMENT,):
            return own
        sayers = self.sayers(query)
        if sayers == query.named:
            return own
        said = [
            s
            for s in own
            if s.entry.kind is EntryKind.LIST or (s.entry.briefing.id, s.entry.speaker) in sayers
        ]
        return said or own

    def _names_both(self, query: Query, best: Scored) -> bool:
        """Does the answer to whether two things are one ("X — это то же самое, что Y?",
        "X и Y — одно и то же?", "is X the same as Y": ``sameness_sides``) name both, or
        define the one by the other's words? A passage naming one of them only says nothing
        of the other. True for any other question, and for a side holding no word weighed."""
        sides = sameness_sides(query.words)
        if sides is None or best.entry.kind is EntryKind.LIST:
            return True
        first, second = set(sides[0]), set(sides[1])
        for side, other in ((first, second), (second, first)):
            own = side - other or side
            terms = [t for t in query.terms if t.typed in own and not (t.frame or t.filler)]
            if terms and not any(self._names_thing(best.entry, t) for t in terms):
                return False
        return True

    def _names_thing(self, entry: Entry, term: Term) -> bool:
        """Does the entry name what the term names, as a thing spoken of? Its speaker's name
        heading his own words ("Тусупбеков о частоте контактов") says who speaks, not of
        whom: "Тусупбеков — это то же самое, что Токаев?" is not told by his words on Tokayev."""
        speaker = (entry.briefing.id, entry.speaker)
        if speaker in self.index.names.get(term.lemma, frozenset()):
            return False
        if self._holds_term(entry, term):
            return True
        # the curated ways of asking for it name it too ("what is TITR" of the passage on the
        # Middle Corridor): the knowledge base takes the one for the other
        lemma = self.morphology.lemma
        return any(
            term.typed in words or term.lemma in {lemma(w) for w in words}
            for text in entry.search_texts()
            if text.field is Field.PHRASING
            for words in (tokens(text.text),)
        )

    def _scene_subject(self, query: Query) -> Query:
        """A question asking of the scene's subject by a pronoun ("Ишмухамедов говорил о
        товарообороте. А что о нём сказал Гусейнов?"): the scene's words, not the names or
        verbs it holds, are what the named one's passage must explain — a question with no subject
        of its own is explained by any passage of his (his profile, here, never on trade).
        ``query`` as it stands when it has a subject of its own or no scene."""
        names = self.index.names
        asked_by_name = any(
            t.typed in query.words and names.get(t.lemma, frozenset()) & query.named
            for t in query.terms
        )
        if not (query.scene and asked_by_name) or any(t.focus for t in self._subject_terms(query)):
            # the scene's own speaker asked of by a pronoun ("Ishmukhamedov gives an estimate.
            # I would like to show it on a map"): his passages are read as they stand
            return query
        scene = set(query.scene)
        terms = tuple(
            replace(t, focus=True)
            if t.typed in scene
            and not t.entity
            and t.similarity > 0
            and t.lemma not in names
            and not _russian_verb(t.typed)  # "выделял": how the other spoke, not of what
            else t
            for t in query.terms
        )
        return replace(query, terms=terms)

    def _without_aside_names(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """The entries scored without the names of other experts only the scene or a remark
        holds ("Гусейнов говорил об энергетике. А что о ней сказал Тусупбеков?", "…? I want
        to contrast with Ishmukhamedov"): who spoke before, or whom the asker sets the answer
        against, is no word the asked one's own passages must hold, nor the verb of how the
        scene's speaker spoke ("выделял") — weighed, the name sank his
        passage listing energy below an answer while "Взгляд Тусупбекова на энергетику?" is
        answered by it. ``scored`` as it stands when no such name is there."""
        names = self.index.names
        aside = [
            t
            for t in query.terms
            if t.typed not in query.words and t.lemma in names and not names[t.lemma] & query.named
        ]
        if not aside or not query.named:
            return scored
        # "Гусейнов выделял энергетику": how the other spoke, in the scene
        aside += [
            t
            for t in query.terms
            if t.typed not in query.words and t.typed in query.scene and _russian_verb(t.typed)
        ]
        return self.score(replace(query, terms=tuple(t for t in query.terms if t not in aside)))

    def sayers(self, query: Query) -> frozenset[tuple[str, str]]:
        """The experts named as who says the words asked: of two named, one only as whose
        post or words are spoken of ("what did Tusupbekov say about the Hajiyev post":
        ``owns_said``) is not; so a reply that he did not speak on it names Tusupbekov, not
        Hajiyev. All those named when no one, or everyone, is named so."""
        if len(query.named) < 2:
            return query.named
        owners: set[tuple[str, str]] = set()
        naming: set[tuple[str, str]] = set()
        for term in query.terms:
            people = self.index.names.get(term.lemma, frozenset()) & query.named
            if not people:
                continue
            naming |= people
            if owns_said(query.words, term.typed):
                owners |= people
        sayers = naming - owners
        if not owners or not sayers:
            return query.named
        return frozenset(sayers)

    def _deed_of_another(self, query: Query, scored: list[Scored], limit: int) -> Match | None:
        """A question naming the doer of a deed ("в какой соцсети Ишмухамедов опубликовал
        пост", "где выступал Алиев") is not answered by a passage telling that deed as done
        by somebody else only ("публикацию … Гаджиева", "президент Токаев выступал"; see
        ``doers``): whatever it says of the deed is not his. Not given, that passage offered
        first — it says who did. A place question ("где встречались Алиев и Токаев") is not
        answered by a passage not telling the deed that puts him in a place at another
        ("президент Токаев выступал в Габале"): a passage close behind telling the deed
        answers ("Торжественная встреча в Астане"), else that one is only suggested. None
        when the question names no doer of a deed, or the best passage tells the deed as his,
        tells it of nobody named, or not at all (and puts him at no other in a place)."""
        best = scored[0]
        if best.score < self.thresholds.suggest:
            return None
        if best.entry.kind in (EntryKind.LIST, EntryKind.EXPERT):
            return None
        asked = self._asked_deed(query)
        english = self._asked_english_deed(query) if asked is None else None
        place = query.asks[:1] == (AnswerType.PLACE,)
        if asked is not None:
            verb, doers = asked
            spans = tuple(span.text for span in best.entry.spans)
            another = done_by_others(spans, verb, doers)
            placed = (
                not another
                and place
                and not deeds_told_in(spans, verb)
                and placed_at_another_deed(spans, doers)
            )
            if not (another or placed):
                return None
            # a passage close behind telling the deed itself, of him or of nobody named
            # ("Торжественная встреча в Астане"), answers in its stead
            for near in scored[1:]:
                if near.score < self.thresholds.answer or best.subject - near.subject > MARGIN:
                    break
                texts = tuple(span.text for span in near.entry.spans)
                if near.entry.kind not in (EntryKind.LIST, EntryKind.EXPERT) and tells(
                    texts, verb, doers
                ):
                    others = tuple(s for s in scored[:limit] if s is not near)
                    return Match(query, Band.ANSWER, near, others)
        elif english is not None:
            group, doers = english
            texts = _english_texts(best.entry)
            another = english_done_by_others(texts, group, doers, looks_like_person)
            placed = (
                not another
                and place
                and not any(english_deeds_told(text, group, looks_like_person) for text in texts)
                and english_placed_at_another_deed(texts, doers, looks_like_person)
            )
            if not (another or placed):
                return None
        elif place:
            unnamed = self._placed_unnamed(query, best.entry)
            if unnamed is None:
                return None
            verb_told, texts_of = unnamed
            for near in scored[1:]:
                if near.score < self.thresholds.answer or best.subject - near.subject > MARGIN:
                    break
                if near.entry.kind not in (EntryKind.LIST, EntryKind.EXPERT) and verb_told(
                    texts_of(near.entry)
                ):
                    others = tuple(s for s in scored[:limit] if s is not near)
                    return Match(query, Band.ANSWER, near, others)
            placed = True
        else:
            return None
        if placed:
            # his place there is another deed's ("Токаев выступал в Габале"): what the deed
            # asked is not told there, nor that it is not — a suggestion, not "not given"
            near = tuple(s for s in scored[:limit] if s.score >= self.thresholds.suggest)
            return Match(query, Band.SUGGEST, best, near)
        near = tuple(s for s in scored[:limit] if s.score >= self.thresholds.suggest)
        wanted = self._wanted(query) or AnswerType.FACT
        missing = missing_kind(
            wanted, query.words, query.relation.detail, remarked=query.remark_forecast
        )
        return Match(query, Band.NOT_GIVEN, best, near, missing)

    def _asks_own_speech_place(self, query: Query) -> bool:
        """Does a place question ask nothing but where the people it names spoke up
        (``_of_own_act``: "where did Huseynov speak", "где Гусейнов говорил о визите"), or a
        yes/no check whether they did in a place it names ("Гусейнов выступал в Астане?")?"""
        if not query.named:
            return False
        checked = not query.asks and _checks(query)
        if query.asks[:1] != (AnswerType.PLACE,) and not checked:
            return False
        if checked and not any(_names_place(t.typed) for t in query.terms):
            return False
        lemma = self.morphology.lemma
        if not _asks_speech_act(query.words, lemma):
            return False
        names = frozenset(word for word, who in self.index.names.items() if who & query.named)
        topics = _spoken_of(query.words)
        return all(_of_own_act(t, names, lemma) or fold(t.typed) in topics for t in query.terms)

    def _places_another_than_named(self, query: Query, entry: Entry) -> bool:
        """Does a place question asking nothing but where the experts it names spoke up
        (``_asks_own_speech_place``: "in which country did Ishmukhamedov comment") meet a
        passage by someone else that puts none of them in a place at a deed
        (``placed_at_another_deed``)? "Ишмухамедов также прокомментировал публикацию …
        Гаджиева в социальной сети X" names him, but the place it states is where Hajiyev
        posted: it can stand in for no passage of his, however close its words come — where
        he spoke is not given. His own passages are judged by ``_own_speech_unplaced``."""
        if entry.speaker is not None and (entry.briefing.id, entry.speaker) in query.named:
            return False
        if not self._asks_own_speech_place(query):
            return False
        profiles = (self.catalogue.entry(b, expert_key(who)) for b, who in query.named)
        stems = frozenset(
            parts[0]
            for profile in profiles
            if isinstance(profile, ExpertEntry)
            and (parts := person_stem(profile.expert.surname)) is not None
        )
        if not stems:
            return False
        return not placed_at_another_deed(tuple(span.text for span in entry.spans), stems)

    def _own_speech_not_placed(self, query: Query, scored: list[Scored], limit: int) -> Match:
        """Where he spoke not given (the place missing), his own passages offered first: the
        best passage told another's act, which is no subject of the question."""
        own = [s for s in scored if (s.entry.briefing.id, s.entry.speaker) in query.named]
        rest = [s for s in scored[:limit] if s not in own]
        offered = [*own, *rest][:limit]
        return Match(query, Band.NOT_GIVEN, offered[0], tuple(offered), AnswerType.PLACE)

    def _placed_unnamed(
        self, query: Query, entry: Entry
    ) -> tuple[Callable[[tuple[str, ...]], bool], Callable[[Entry], tuple[str, ...]]] | None:
        """A place asked of a deed whoever did it ("where did the two presidents meet",
        "где встречались президенты"), and a passage not telling that deed that puts somebody
        named in a place at another ("President Tokayev spoke in Gabala"): how to tell a
        passage that does tell the deed, and its texts; None otherwise."""
        english = not any(is_cyrillic(w) for w in query.words)
        if english:
            group = english_deed_verb(tuple(tokens(query.text)))
            if group is None:
                return None

            def told_en(texts: tuple[str, ...]) -> bool:
                return any(english_deeds_told(text, group, looks_like_person) for text in texts)

            texts = _english_texts(entry)
            if told_en(texts) or not english_placed_at_another_deed(texts, None, looks_like_person):
                return None
            return told_en, _english_texts
        verb = self._deed_verb(query)
        if verb is None:
            return None

        def told_ru(texts: tuple[str, ...]) -> bool:
            return deeds_told_in(texts, verb)

        def spans_of(entry: Entry) -> tuple[str, ...]:
            return tuple(span.text for span in entry.spans)

        spans = spans_of(entry)
        if told_ru(spans) or not placed_at_another_deed(spans, None):
            return None
        return told_ru, spans_of

    @staticmethod
    def _deed_verb(query: Query) -> str | None:
        """The lemma of the deed a Russian question asks of (``_asked_deed``), or None."""
        verb = query.relation.verb
        if verb is None or not is_cyrillic(verb):
            verb = next(
                (
                    t.lemma
                    for t in query.terms
                    if is_cyrillic(t.typed)
                    and is_cyrillic(t.lemma)
                    and (first := parse(t.typed)[:1])
                    and first[0].tag.POS == "VERB"
                    and "impr" not in first[0].tag
                ),
                None,
            )
        if verb in WRITING_LEMMAS and any(
            is_cyrillic(w) and russian_lemma(w) in PUBLISHED_ON for w in query.words
        ):
            # "что написал Токаев в соцсети": writing on a network is publishing there, a
            # deed — "что написал Гаджиев" alone asks his words
            verb = "опубликовать"
        # "где выступал Алиев": a public appearance is a deed, though no relation of words
        if verb is None or not (needs_support(verb) or verb in SPEAKING_VERB_LEMMAS):
            return None
        return verb

    @staticmethod
    def _asked_deed(query: Query) -> tuple[str, frozenset[str]] | None:
        """The deed a Russian question names a doer of — its verb's lemma (as read: "выложил"
        is "опубликовать") — and the surname stems of the people named as its subject, in the
        nominative ("где встречались Алиев и Токаев"); None without both. A verb of saying,
        judging or being names no deed (``needs_support``): "что сказал Гаджиев" asks words;
        one of speaking in public or commenting does ("где выступал", "прокомментировал")."""
        doers = frozenset(
            stem
            for t in query.terms
            if t.entity and is_cyrillic(t.typed) and (stem := nominative_person(t.typed))
        )
        if not doers:
            return None
        verb = Matcher._deed_verb(query)
        if verb is None:
            return None
        return verb, doers

    def _asked_english_deed(self, query: Query) -> tuple[int, frozenset[str]] | None:
        """The deed an English question names a doer of (``doers.english_deed``: "where did
        Aliyev post") and the surnames of its subjects: person-shaped names not owning a thing
        ("Hajiyev's post") nor after a preposition ("met with Tokayev"); None without both."""
        # as typed: the words read drop the "'s" telling an owner ("Hajiyev's post")
        words = tuple(tokens(query.text))
        if any(is_cyrillic(w) for w in words):
            return None
        names = {t.typed for t in query.terms if t.entity and is_latin(t.typed)}

        def subject(at: int) -> bool:
            word = words[at]
            return (
                word in names
                and looks_like_person(word)
                and words[at + 1 : at + 2] != ("s",)
                and (not at or words[at - 1] not in BEFORE_OBJECT_EN)
            )

        found = english_deed(words, subject)
        if found is None:
            return None
        group, positions = found
        doers = {words[i] for i in positions if subject(i)}
        # an expert by every spelling the briefing knows him by ("Gadzhiev" is "Hajiyev")
        experts = {who for name in doers for who in self.index.names.get(name, ())}
        doers |= {name for name, who in self.index.names.items() if who & experts}
        return group, frozenset(doers)

    def _idea_qualified_unknown(self, query: Query) -> bool:
        """Does the question say what the idea reacted to is about by a word the article
        never uses ("Hajiyev's post ABOUT tariffs", "пост Гаджиева О ТАРИФАХ")? Then the
        idea asked is not the one in the article, whatever the reaction to that one."""
        words = tuple(tokens(query.text))
        unknown = {
            t.typed
            for t in query.terms
            if t.similarity == 0 and t.lemma not in self.index.idf and t.typed.isalpha()
        }
        return any(
            word in unknown and words[at - 1] in ABOUT_WORDS for at, word in enumerate(words) if at
        )

    def _reaction(self, query: Query, scored: list[Scored]) -> Scored | None:
        """ "Как Ишмухамедов отнёсся к мысли Гаджиева про шестёрку": the view of the expert
        named of another expert's idea is his passage naming that other — when the other's
        own words on what the question is about are in the article ("шестёрка": Hajiyev's
        post), so the idea is his; a passage of his on another subject is no reaction to it.
        None otherwise (a view asked of no one else's idea; no passage of the speaker's
        naming him; the other saying nothing on the subject asked)."""
        if not query.named or not self._judging_asked(query):
            return None
        names = {
            t.lemma
            for t in query.terms
            if t.entity
            and t.similarity > 0
            and self.index.names.get(t.lemma)
            and not self.index.names[t.lemma] & query.named
        }
        # the idea's holder found by his passage sure to be about it: that is the idea named
        held = not names
        if not names:
            names = self._idea_holder(query, scored)
        if not names:
            return None
        others = frozenset(who for name in names for who in self.index.names[name])
        # "how did the Kazakh political scientist react to …": the words of his role say who
        # reacts, as his name would, nothing of the idea reacted to
        roles = self._roles_of(query.named)
        about = replace(
            query,
            terms=tuple(
                t for t in query.terms if t.lemma not in self.index.names and t.lemma not in roles
            ),
        )
        if not any(t.similarity > 0 for t in about.terms):
            return None  # "как он отнёсся к Гаджиеву": no idea of his named
        own_kinds = (EntryKind.LIST, EntryKind.EXPERT)

        def by(s: Scored, people: frozenset[tuple[str, str]]) -> bool:
            who = (s.entry.briefing.id, s.entry.speaker)
            return who in people and s.entry.kind not in own_kinds

        if about.language == "en" and not any(t.focus for t in about.terms):
            # English reads no word as the focus of a subject: every known word is it
            about = replace(about, terms=tuple(replace(t, focus=True) for t in about.terms))
        if held:
            idea = True
        elif any(t.focus and t.similarity > 0 for t in self._subject_terms(about)):
            idea = any(by(s, others) and self.explains_subject(about, s.entry) for s in scored)
        else:
            # told in the statements before the question ("Помощник президента написал в
            # соцсети про формулу …"): the passage closest to them all is his, and they name
            # nothing the article lacks ("писал про тарифы")
            idea = by(scored[0], others) and not any(
                not is_stop(w)
                and w not in self.index.surface
                and self.morphology.lemma(w) not in self.index.idf
                and any(p.tag.POS == "NOUN" for p in parse(w)[:1])
                for w in query.scene
                if w.isalpha()
            )
        if not idea:
            return None
        naming = [s for s in scored if by(s, query.named) and names & self._indexed(s.entry).stated]
        # a passage of his telling the other judging his words ("Ишмухамедов прокомментировал
        # публикацию Гаджиева") is the other's reaction to him, not his to the other's idea
        judges = self._surnames_of(others)
        mine = self._surnames_of(query.named)
        naming = [
            s
            for s in naming
            if not (
                (judging := judging_told(tuple(span.text for span in s.entry.spans)))
                and judging & judges
                and not judging & mine
            )
        ]
        if not naming:
            return None
        # of his passages naming him, one saying its judging in the verb's own family ("как
        # оценил": "Оценка заявления Гаджиева") before one only naming him in passing
        stem = _verb_stem(query.relation.verb or "")
        judged = [
            s
            for s in naming
            if len(stem) >= _STEM_FROM
            and any(w.startswith(stem) for w in self._indexed(s.entry).terms)
        ] or [
            # none in the verb's family ("что он думает о …"): one naming a verdict
            s
            for s in naming
            if any(w.startswith(VERDICT_STEMS) for w in self._indexed(s.entry).terms)
        ]
        reaction = (judged or naming)[0]
        sure = max(reaction.score, self.thresholds.answer)
        return replace(reaction, score=sure, subject=max(reaction.subject, sure))

    def _roles_of(self, people: frozenset[tuple[str, str]]) -> frozenset[str]:
        """The content lemmas of the roles (Russian and English) of the experts named."""
        found: set[str] = set()
        for briefing_id, expert_id in people:
            profile = self.catalogue.entry(briefing_id, expert_key(expert_id))
            if isinstance(profile, ExpertEntry):
                for text in (profile.expert.role, profile.expert.role_en):
                    found.update(content_lemmas(text, self.morphology))
        return frozenset(found)

    def _surnames_of(self, people: frozenset[tuple[str, str]]) -> frozenset[str]:
        """The surname stems (``doers.person_stem``) of the experts named: who a passage tells
        doing a deed."""
        found: set[str] = set()
        for briefing_id, expert_id in people:
            profile = self.catalogue.entry(briefing_id, expert_key(expert_id))
            if isinstance(profile, ExpertEntry) and (parts := person_stem(profile.expert.surname)):
                found.add(parts[0])
        return frozenset(found)

    @staticmethod
    def _judging_asked(query: Query) -> bool:
        """Does the question ask a view of something ("как Ишмухамедов отнёсся к …")? In
        Russian its verb says so; English reads no verb of a question (``asked_relation``),
        so its words do: a verb or noun of judging ("react", "reaction", "comment"), or the
        view as a thing one has ("Ishmukhamedov's take on the post")."""
        if query.relation.verb in JUDGING_LEMMAS:
            return True
        if query.language != "en":
            return False
        words = query.words
        return any(english_stem(w) in JUDGING_STEMS_EN for w in words) or any(
            a == "take" and b == "on" for a, b in itertools.pairwise(words)
        )

    def _idea_holder(self, query: Query, scored: list[Scored]) -> set[str]:
        """ "Что думает Ишмухамедов о формуле 5+1": the idea asked about is named, not its
        author — the name lemmas of another expert whose own passage is the one sure to be
        about it, when none of the named expert's passages is: his view of it is then his
        reaction to that other's words (``_reaction``). Empty otherwise. The surest about it
        is the one whose words cover most of the question (``Scored.subject``): another's
        passage ranks below the named expert's for not being his ("Ishmukhamedov's take on
        the '5+1 becomes 6' post": Hajiyev's post, below Ishmukhamedov's passage naming it)."""
        own_kinds = (EntryKind.LIST, EntryKind.EXPERT)
        if any(self.speaks(query, s.entry) and s.score >= self.thresholds.answer for s in scored):
            return set()
        best = max(scored, key=lambda s: s.subject)  # the first of equals: the best ranked
        who = (best.entry.briefing.id, best.entry.speaker)
        if (
            best.entry.speaker is None
            or best.entry.kind in own_kinds
            or who in query.named
            or best.subject < self.thresholds.answer
            or not self.explains_subject(query, best.entry)
        ):
            return set()
        return {name for name, people in self.index.names.items() if who in people}

    def _closing_words(self, query: Query, scored: list[Scored]) -> Scored | None:
        """The one expert named, his closing words asked and nothing else of a subject ("что
        Гусейнов сказал в конце"): his passage standing last in the article, whatever it is
        about. None otherwise, or when no passage of his is found in the article's text.

        With a subject too ("Huseynov's closing assessment: what have relations turned
        into?"), the place picks among his passages on it: the last of those as close to the
        question as his closest (``_CLOSING_MARGIN``), on the subject at all (the suggest
        threshold) — his closing words are the passage the question points at, and a tie of
        scores between two of them is no doubt of which."""
        if not query.closing or len(query.named) != 1:
            return None
        placed = [
            (_article_offset(s.entry), s)
            for s in scored
            if (s.entry.briefing.id, s.entry.speaker) in query.named
            and s.entry.kind is not EntryKind.LIST
        ]
        placed = [(at, s) for at, s in placed if at >= 0]
        if not placed:
            return None
        if self._subject_terms(query):
            closest = max(s.score for _, s in placed)
            placed = [
                (at, s)
                for at, s in placed
                if s.score >= self.thresholds.suggest and closest - s.score <= _CLOSING_MARGIN
            ]
            if not placed:
                return None
        return max(placed, key=lambda item: item[0])[1]

    def _closest_own(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """The best entry being the named expert's, his entry closest to the question with
        his name read into his phrasings put first, as sure as the best.

        Which of his passages a curator wrote his name into ("повестка переговоров по словам
        Тусупбекова", but "как прошли переговоры") says nothing of which one "что Тусупбеков
        сказал про переговоры" asks: every passage of his is his. Only the order among his
        entries changes — the best's score stays, so a question he does not answer is no
        surer for it (his name in every phrasing would lift "что Гусейнов думает про
        аграрную сферу", which none of his passages explains, to an answer). Of two as
        close, the one whose title holds more of the question (``_titled``). A reason is
        chosen by what the entries give (``_by_evidence``), and his profile is no passage
        of his words (nor the other way round)."""
        if len(scored) < 2 or query.why or not query.named:
            return scored
        best = scored[0]
        who = (best.entry.briefing.id, best.entry.speaker)
        if who not in query.named:
            return scored

        # "what does he foresee for relations in the coming years": of his passages, the one
        # speaking of that stretch of time ("в ближайшие годы") before one his name and the
        # capitals bring closer
        horizon = names_horizon(query.words)

        def rank(s: Scored) -> tuple[bool, float, float]:
            spoken = horizon and any(states_horizon(span.text) for span in s.entry.spans)
            return spoken, round(s.score + s.closer, _CLOSE_DIGITS), self._titled(query, s.entry)

        # "ишмухамедов про тюркскую семерку, кто главный будет": a word the best is asked by
        # ("главный": "будут ли главные страны") and another passage of his is never found by
        # is what sets them apart — his name, in every passage, cannot make up for it
        held = self._indexed(best.entry).terms
        own = [
            t.lemma
            for t in query.terms
            if not t.entity and t.similarity > 0 and held.get(t.lemma, 0.0) >= _ASKED_BY
        ]
        near = [
            s
            for s in scored
            if (s.entry.briefing.id, s.entry.speaker) == who
            and s.entry.kind is best.entry.kind
            and best.score - s.score <= MARGIN
            and all(lemma in self._indexed(s.entry).terms for lemma in own)
        ]
        closest = max(near, key=rank)
        if closest is best or rank(closest) <= rank(best):
            return scored
        promoted = replace(closest, score=best.score, subject=max(closest.subject, best.subject))
        return [promoted, *(s for s in scored if s is not closest)]

    def _general_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """ "Guseinov on the significance of the visit", "значение визита по мнению
        Гусейнова": a thing asked with no aspect of it named is answered by the passage its
        curator's lead says is about it in general ("об общем значении визита", "the overall
        significance of the visit") before one of the same speaker on an aspect of it ("о
        политическом измерении визита", found by "political significance of the visit"),
        when it is about the question nearly as much (``_GENERAL_MARGIN``): promoted, as sure
        as the best. Every word of the question's subject must be in that lead: "political
        significance" names the aspect, which the general passage does not tell."""
        best = scored[0]
        if len(scored) < 2 or self._lead_in_general(best.entry) is not None:
            return scored
        names = self._speaker_names(best.entry)
        subject = [
            t
            for t in query.terms
            if not t.entity and t.similarity > 0 and t.lemma not in names and t.typed not in names
        ]
        if not subject or any(t.lemma in IN_GENERAL or t.typed in IN_GENERAL for t in subject):
            # "что общего у Азербайджана и Казахстана": "общий" asks what they share, not the
            # thing in general; only what the question names besides is its subject
            return scored
        if not subject:
            return scored
        for near in scored[1:]:
            if best.score - near.score > _GENERAL_MARGIN:
                break
            lead = self._lead_in_general(near.entry)
            if (
                lead is not None
                and near.entry.speaker == best.entry.speaker
                and all(t.lemma in lead for t in subject)
            ):
                promoted = replace(near, score=best.score, subject=max(near.subject, best.subject))
                return [promoted, *(s for s in scored if s is not near)]
        return scored

    def _speaker_names(self, entry: Entry) -> frozenset[str]:
        """The forms of the name of the entry's speaker ("guseinov", "гусейнов"): his name in
        a question is whose words, not what they are about."""
        if entry.speaker is None:
            return frozenset()
        profile = self.catalogue.entry_in(entry.briefing, expert_key(entry.speaker))
        return self._names_own(profile) if isinstance(profile, ExpertEntry) else frozenset()

    def _lead_in_general(self, entry: Entry) -> frozenset[str] | None:
        """The lemmas of an answer's leads (Russian and English) when one says the passage is
        about its subject in general ("об общем значении визита", "overall"), else None.
        Read once per entry: every question asks it of its best entry and its runners-up."""
        number = self._numbers[id(entry)]
        if number not in self._general_leads:
            self._general_leads[number] = self._read_lead_in_general(entry)
        return self._general_leads[number]

    def _read_lead_in_general(self, entry: Entry) -> frozenset[str] | None:
        """``_lead_in_general``, worked out."""
        item = getattr(entry, "item", None)
        leads = [
            text for text in (getattr(item, "lead", None), getattr(item, "lead_en", None)) if text
        ]
        if not any(w in IN_GENERAL for text in leads for w in tokens(fold(text))):
            return None
        return frozenset(lemma for text in leads for lemma in content_lemmas(text, self.morphology))

    def _quoted_phrase_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """The one entry stating a phrase the question quotes ("who called the ties a
        "unique case"?"), in its words or the curator's translation of them, put first and
        as sure as an answer, when its own score reaches the suggest threshold: a reader
        quoting words cites the passage saying them, whatever other words he wraps them in
        ("warmth" for "тёплые"). Several entries stating it (a figure and the statement it
        comes from aside) leave the order as it is; so does a phrase of one word, which many
        passages may say. What is asked of the passage is still judged after."""
        phrases = self._quoted_phrases(query)
        if not phrases or len(scored) < 2:
            return scored
        holding = [s for s in scored if any(self._holds_phrase(s.entry, p) for p in phrases)]
        if not holding or holding[0].score < self.thresholds.suggest:
            return scored
        found = holding[0]
        if any(not _share_span(s.entry, found.entry) for s in holding[1:]):
            return scored
        sure = max(found.score, scored[0].score, self.thresholds.answer)
        promoted = replace(found, score=sure, subject=max(found.subject, sure))
        return [promoted, *(s for s in scored if s is not found)]

    def _comment_on_restated_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """ "What did Ishmukhamedov make of Hajiyev's suggestion that '5+1' has turned into
        '6'?": the question restates what another speaker said, whose words draw that
        speaker's passage — out of the named expert's reach — while the named expert's
        passage on it holds none of them, only the speaker's name. Asked of the named
        expert's view (no other kind), his passage naming the other speaker the question
        names, and tied to the passage restated (``related``), is put first, as sure as the
        restated words made that passage on the subject. A question naming no other speaker,
        or an expert with no passage on him, keeps its order ("did Huseynov speak of 5+1":
        not his subject). Tried only where the question is not answered as it stands
        (``band``): a reply the other rules are sure of is left as they made it."""
        if not query.named or (query.asks and query.asks != (AnswerType.STATEMENT,)):
            return scored
        others = [
            s
            for s in scored
            if s.entry.speaker is not None
            and s.entry.kind is not EntryKind.EXPERT
            and (s.entry.briefing.id, s.entry.speaker) not in query.named
        ]
        if not others:
            return scored
        said = max(others, key=lambda s: s.subject)
        speaker = (said.entry.briefing.id, said.entry.speaker)
        naming = [t for t in query.terms if speaker in self.index.names.get(t.lemma, ())]
        if not naming:
            return scored
        own = [
            s
            for s in scored
            if s.entry.kind not in (EntryKind.EXPERT, EntryKind.LIST)
            and (s.entry.briefing.id, s.entry.speaker) in query.named
        ]
        if any(s.subject >= said.subject for s in own):
            return scored  # the named expert's own passage is on the subject as it is
        restated = [s.entry for s in others if s.entry.speaker == said.entry.speaker]
        fitting = [
            s
            for s in own
            if _tied(s.entry, said.entry) and all(self._holds_term(s.entry, t) for t in naming)
        ]
        if not fitting:
            return scored
        # of his passages on the other's words, the one tied to most of the passages restated
        # ("Ishmukhamedov on Hajiyev's post", tied to the post and its "6", before his seven)
        near = max(fitting, key=lambda s: sum(_tied(s.entry, other) for other in restated))
        promoted = replace(near, score=max(near.score, said.subject))
        return [promoted, *(s for s in scored if s is not near)]

    def _quoted_phrases(self, query: Query) -> list[tuple[str, ...]]:
        """The content lemmas of each phrase of two words or more the question quotes."""
        phrases = (
            tuple(content_lemmas(text, self.morphology))
            for text in quoted_texts(query.reading.text)
        )
        return [phrase for phrase in phrases if len(phrase) >= _QUOTED_PHRASE_FROM]

    def _holds_phrase(self, entry: Entry, phrase: tuple[str, ...]) -> bool:
        """One text the entry states (``_own_words``' texts) holds the phrase's content
        lemmas one after another, each as itself or a word of its family ("уникальным
        случаем", whose last word the dictionary reads first as an adverb)."""
        number = self._numbers[id(entry)]
        runs = self._stated_runs.get(number)
        if runs is None:
            runs = tuple(
                tuple(content_lemmas(text.text, self.morphology))
                for text in entry.search_texts()
                if text.stated
            )
            self._stated_runs[number] = runs
        size = len(phrase)
        return any(
            all(a == b or kin(a, b) for a, b in zip(run[at : at + size], phrase, strict=True))
            for run in runs
            for at in range(len(run) - size + 1)
        )

    def _titled(self, query: Query, entry: Entry) -> float:
        """The weight of the question's words the entry's titles hold: its curator named the
        passage by them ("Что обсуждают на переговорах", not "Средний и Зангезурский
        коридоры", of two passages of Tusupbekov's both holding the talks)."""
        number = self._numbers[id(entry)]
        found = self._titles.get(number)
        if found is None:
            found = frozenset(
                lemma
                for lang in ("ru", "en")
                for lemma in content_lemmas(entry.title(lang), self.morphology)
            )
            self._titles[number] = found
        return sum(t.weight * t.similarity for t in query.terms if as_written(t.lemma) in found)

    def _paraphrased(self, query: Query, own: list[Scored]) -> Scored | None:
        """The named expert's best entry, as sure as an answer, when it falls short only by
        English words the briefing never uses ("what does Ishmukhamedov predict for trade
        once the new projects are implemented"): read without them, the question still picks
        that entry, sure as an answer and clear of his next one by ``MARGIN``. A reader asking
        an expert's words in English paraphrases the curator's English; the expert named
        and the known words singling out one of his passages say which. Without an expert
        named, the unknown words may well be the very thing the article lacks ("what event
        was Tokaev attending"): never read so. A Russian question is read so only when its
        unknown words are no nouns ("насколько редко бывают такие тёплые отношения": how
        it is said, where the expert says "большая редкость"); an unknown noun is a thing
        ("о тарифах коридора") his passage does not name. None otherwise."""
        if not own or own[0].score < self.thresholds.suggest:
            return None
        unknown = [t for t in query.terms if t.similarity <= 0 and not t.entity]
        if query.language == "en":
            unknown = [t for t in unknown if is_latin(t.typed)]
        elif any(t.focus or not is_cyrillic(t.typed) for t in unknown):
            return None
        if not unknown or not self.gives_asked(query, own[0].entry):
            return None  # a kind asked that it does not give: offered, as before
        known = replace(query, terms=tuple(t for t in query.terms if t not in unknown))
        rescored = [s for s in self.score(known) if self.speaks(known, s.entry)]
        if not rescored or rescored[0].entry is not own[0].entry:
            return None
        best = rescored[0]
        # a passage holding the same words of the article (a figure and the statement it is
        # quoted from) is no rival: either gives what was asked
        rival = next((s for s in rescored[1:] if not _share_span(s.entry, best.entry)), None)
        if best.score < self.thresholds.answer or (
            rival is not None and best.score - rival.score <= MARGIN
        ):
            return None
        return replace(own[0], score=self.thresholds.answer)

    def _speaks_on_reason(self, query: Query, own: list[Scored]) -> bool:
        """A reason asked of the named expert ("почему отношения устойчивы, по словам
        Гусейнова") that his best entry near the question explains, giving a reason: he
        does speak on it — "Гусейнов об этом не говорит" would be false, however weakly his
        words resemble the question's, and whoever else speaks on the subject as well."""
        return (
            query.why
            and bool(own)
            and own[0].score >= self.thresholds.suggest
            and self.explains_subject(query, own[0].entry)
            and self._states_kind(query, own[0].entry)
        )

    def _mentioned_profiles_last(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """ "как зовут Алиева": a person asked by name is not the expert whose profile
        merely mentions the name in describing him ("помощник Алиева": Hajiyev). A profile
        of an expert the question does not name, when it names a person (a surname-shaped
        word the briefing knows) none of whose forms is the expert's own name, goes after
        the rest. "как зовут помощника Алиева" names Hajiyev by his role: his profile stays."""
        persons = [
            t
            for t in query.terms
            if t.entity
            and t.similarity > 0
            and not t.frame
            and (looks_like_person(t.typed) or looks_like_person(t.lemma))
        ]
        if not persons:
            return scored

        def mentioned(entry: Entry) -> bool:
            if not isinstance(entry, ExpertEntry):
                return False
            if (entry.briefing.id, entry.expert.id) in query.named:
                return False
            own = self._names_own(entry)
            return any(t.typed not in own and t.lemma not in own for t in persons)

        away = [s for s in scored if mentioned(s.entry)]
        if not away:
            return scored
        return [*(s for s in scored if not mentioned(s.entry)), *away]

    def _described_by_profile(self, query: Query, own: list[Scored]) -> Scored | None:
        """ "Ишмухамедов казахстанский или азербайджанский эксперт?": alternatives that
        describe the one expert named (adjectives: "казахстанский") are told by his
        profile — when it states one of them and none of his passages on the question does
        ("говорил ли он о Казахстане или Азербайджане" is for his words). None otherwise."""
        if not query.alternatives or len(query.named) != 1:
            return None
        if not all(_describing(side) for pair in query.alternatives for side in pair):
            return None
        ((briefing_id, expert_id),) = query.named
        profile = self.catalogue.entry(briefing_id, expert_key(expert_id))
        if not isinstance(profile, ExpertEntry) or not self._chooses(query, profile):
            return None
        if any(
            s.score >= self.thresholds.answer and self._chooses(query, s.entry)
            for s in own
            if s.entry is not profile and s.entry.kind is not EntryKind.LIST
        ):
            return None
        # the profile may be past the best scored ones: then the threshold is its score
        scored = max((s.score for s in own if s.entry is profile), default=0.0)
        sure = max(self.thresholds.answer, scored)
        return Scored(profile, sure, sure)

    def _explaining_first(self, query: Query, own: list[Scored]) -> list[Scored]:
        """The named expert's entries, the first of them explaining every word the question
        is about (``explains_subject``) put first when the best does not and it is near
        (``MARGIN``), as sure as the best: "какое будущее Гусейнов предсказывает союзу Баку
        и Астаны" is answered by his words on the alliance, not by his Trans-Caspian passage
        that names Baku and Astana but no alliance. (A reason asked is chosen by what the
        entries give, ``_by_evidence``: "почему он предлагает добавить Турцию" is answered
        by the sacred seven, which names no Turkey. Asked which items, the best listing
        them answers without naming their kind: ``_listing_first``.) An entry missing a word
        of the subject the best holds is not promoted for the area noun it explains: "роль
        Баку в энергетической сфере" is his passage on Baku's role in energy, not the one
        listing energy among the spheres of projects, which names no Baku and no role."""
        if len(own) < 2 or query.why or self._explains_group_asked(query, own[0].entry):
            return own
        if query.relation.items is not None and lists_items(own[0].entry):
            return own
        for near in own[1:]:
            if own[0].score - near.score > MARGIN:
                break
            if (
                self._explains_group_asked(query, near.entry)
                and self._states_kind(query, near.entry)
                and self._holds_what_best_does(query, own[0].entry, near.entry)
            ):
                promoted = replace(
                    near, score=own[0].score, subject=max(near.subject, own[0].subject)
                )
                return [promoted, *(s for s in own if s is not near)]
        return own

    def _occupation(self, query: Query, scored: list[Scored], limit: int) -> Match | None:
        """ "кем работает Гусейнов": his profile answers, whose role says what he is; "где
        работает Ишмухамедов": only a role naming the body he works for does, else the
        article does not give it (his profile offered); "из какой страны Тусупбеков": the
        profile's country does. None: no profile to read."""
        ((briefing_id, expert_id),) = query.named
        profile = self.catalogue.entry(briefing_id, expert_key(expert_id))
        if not isinstance(profile, ExpertEntry):
            return None
        own = next((s for s in scored if s.entry is profile), None)
        sure = max(self.thresholds.answer, own.score if own is not None else 0.0)
        found = Scored(profile, sure, sure)
        rest = tuple(s for s in scored if s.entry is not profile)[:limit]
        if query.occupation is Occupation.WORKPLACE and not names_workplace(profile.expert.role):
            return Match(query, Band.NOT_GIVEN, found, (found, *rest)[:limit], AnswerType.FACT)
        if query.occupation is Occupation.COUNTRY and not profile.expert.country:
            # "из какой страны он": a profile without a country does not say
            return Match(query, Band.NOT_GIVEN, found, (found, *rest)[:limit], AnswerType.PLACE)
        return Match(query, Band.ANSWER, found, rest)

    def _party_not_given(self, query: Query, scored: list[Scored], limit: int) -> Match | None:
        """A country's own view ("как Турция относится к…") on a subject the article covers
        through its experts: say the article gives no position of that country and offer
        what it does say — unless an entry names the country as the one holding a view."""
        party = query.other_party
        assert party is not None
        for near in scored[:limit]:
            if states_view_of(tokens(" ".join(near.entry.shown_words)), party):
                return None
        named = scored
        if any(party_of(t.typed, t.lemma) == party and t.similarity <= 0 for t in query.terms):
            # The country is not in the article at all ("позиция России по коридору"): what the
            # question is about is its other known words, without those asking for a view.
            scored = self._scored_without_party(query, party) or scored
        on_subject = self._views_on_subject(query, scored, party)[:limit]
        if not on_subject:
            # "как Китай отреагировал на визит": the country's word, the article's only for
            # the cargo from China, weighs the visit's passages down below the threshold —
            # the subject is the rest of the question, as for a country never named
            scored = self._scored_without_party(query, party) or scored
            on_subject = self._views_on_subject(query, scored, party)[:limit]
        if not on_subject:
            return Match(query, Band.NONE, scored[0], ())
        offered = tuple(self._party_named_first(query, list(on_subject), named, party))[:limit]
        # "почему Армения подписала": the country's motive is the kind of fact missing; "как
        # Турция отреагирует", "how will Russia react": its view yet to come, a forecast. A
        # view held now of what is to come ("как Китай оценивает перспективы коридора") is
        # its position, which the article does not give: the prospects are only its object.
        missing = query.party_step or (
            query.asks[0]
            if query.asks[:1] == (AnswerType.REASON,)
            or (
                query.asks[:1] == (AnswerType.FORECAST,)
                and query.future
                and not future_only_in_clause(query.words)
            )
            else AnswerType.STATEMENT
        )
        top = on_subject[0]
        if scored is named and self._names_parties(query, top.entry):
            top = self._subject_without_party(query, party, offered[0]) or top
        beside = self._subject_beside(query, offered, top) or self._own_report_beside(
            scored, offered[0]
        )
        return Match(query, Band.NOT_GIVEN, offered[0], offered, missing, beside=beside)

    def _figure_source(self, offered: tuple[Scored, ...]) -> Entry | None:
        """The passage a figure offered first was taken from, to show after it when the
        article does not give what was asked: the figure is one sentence of that passage
        ("7–8 дней" without "доставка грузов из Китая"), and what the article says on the
        subject is the passage around it. None when the first offer is no figure, no passage
        of its speaker quotes all of it, or the passage is no more than the sentence the
        figure is already shown in ("15 важных соглашений" and the one sentence that signs
        them): shown twice, the same words would only push the rest of the offer down."""
        if not offered or offered[0].entry.kind is not EntryKind.FIGURE:
            return None
        figure = offered[0].entry
        source = next(
            (
                entry
                for entry in (indexed.entry for indexed in self.index.entries)
                if entry.kind is EntryKind.ANSWER
                and entry.briefing is figure.briefing
                and entry.speaker == figure.speaker
                and _taken_from(figure, entry)
            ),
            None,
        )
        if source is None or _within_figure_sentence(source, figure):
            return None
        return source

    def _own_report_beside(self, scored: list[Scored], first: Scored) -> Entry | None:
        """The article's own report on the subject of a country's view asked, to show after
        the expert's view offered first: "как Россия отреагировала на визит" gets the deputy's
        view of the visit and the article's account of the visit itself — the country's
        reaction would be to the event, which the experts' words only judge. The best of the
        article's own passages on the subject (a passage: no figure taken from one, no list);
        None when the first offer is one of them already or none is on the subject."""
        if first.entry.speaker is None:
            return None
        own = [
            s
            for s in scored
            if s.subject >= self.thresholds.suggest
            and s.entry.speaker is None
            and s.entry.kind is EntryKind.ANSWER
        ]
        return own[0].entry if own else None

    def _subject_without_party(self, query: Query, party: Party, first: Scored) -> Scored | None:
        """The best passage on what a question asking a country's view is about once the
        country is set aside (``_scored_without_party``), for when the best with the
        country's words is the passage naming it: "как Китай относится к Среднему коридору?
        они же грузы туда гонят, что в Пекине думают" — China twice and the cargo lift the
        passage on the cargo from China over the corridor's, which is the subject. Only one
        stating more of the question's topic than the ``first`` offer: "что Китай сказал про
        транзит через Казахстан" is answered by the cargo from China through Kazakhstan,
        not by another transit the country's absence lets through. None otherwise."""
        subject = self._views_on_subject(query, self._scored_without_party(query, party), party)
        if not subject:
            return None
        # "как Китай относится к семёрке": when the best on the subject states nothing of
        # what it is about (the number's word lifted "цифра семь"), the next on the subject
        # that does ("тюркская семёрка")
        suggest = self.thresholds.suggest
        best = next(
            (
                s
                for s in subject
                if s.subject >= suggest and self._party_topic(query, s, filed=False) > 0
            ),
            subject[0],
        )
        held = self._party_topic(query, best, filed=False)
        return best if held > self._party_topic(query, first, filed=False) else None

    def _party_topic(self, query: Query, scored: Scored, *, filed: bool = True) -> float:
        """The weight of what the question is about besides the countries it names
        (``_topic_terms`` without them) that the passage states. ``filed``: the names of
        the topics it is filed under count as its words (``_topic_named_by``) — not when
        the passages compared share a topic ("Средний коридор" files the cargo from China
        too) and only their own words tell which of them is on the subject."""
        topic = [t for t in self._topic_terms(query) if party_of(t.typed, t.lemma) is None]
        asked = frozenset(t.lemma for t in topic) if filed else frozenset()
        return self._states_topic(scored.entry, topic, asked)

    def _scored_without_party(self, query: Query, party: Party) -> list[Scored]:
        """The question scored on what it is about: its known words without the country's
        and those asking for a view ("позиция России по коридору": the corridor)."""
        rest = tuple(
            t
            for t in query.terms
            if t.similarity > 0
            and not is_view_word(t.typed)
            and party_of(t.typed, t.lemma) != party
        )
        return self.score(replace(query, terms=rest)) if rest else []

    def _views_on_subject(self, query: Query, scored: list[Scored], party: Party) -> list[Scored]:
        """The passages on the subject (from the suggest threshold), the experts' views
        before the article's own statements — and of those, a proposal naming the party
        first: "how did Ankara respond to the Turkic seven": the passage proposing to add
        Turkey, which the party's reaction would answer, before the reason given for it. An
        article's statement far closer to the subject than every view (``_outweighs_views``)
        keeps its place among them."""
        on_subject = [s for s in scored if s.subject >= self.thresholds.suggest]
        ahead = self._outweighs_views(query, on_subject)
        return sorted(
            on_subject,
            key=lambda s: (
                s.entry.speaker is None and s not in ahead,
                not self._proposes_to(s.entry, party),
            ),
        )

    def _outweighs_views(self, query: Query, on_subject: list[Scored]) -> list[Scored]:
        """The article's own statements scoring more than ``MARGIN`` above the closest
        expert's view and stating more of the question's topic by their own words
        (``_party_topic``): "any reaction from Moscow on the agreements signed in Astana" is
        about the agreements, which the closest view, a remark on "documents signed", never
        names. "Как Россия отреагировала на визит Алиева в Казахстан" stays with the
        experts' views of the visit: they name the visit as the article's report of it does,
        which only the names asked lift."""
        view = max(
            (s for s in on_subject if s.entry.speaker is not None),
            key=lambda s: s.subject,
            default=None,
        )
        if view is None:
            return []
        held = self._party_topic(query, view, filed=False)
        return [
            s
            for s in on_subject
            if s.entry.speaker is None
            and s.subject - view.subject > MARGIN
            and self._party_topic(query, s, filed=False) > held
        ]

    def _unranked_amounts(self, query: Query, scored: list[Scored], limit: int) -> Match | None:
        """A ranking by amount asked of a list ("в какой из сфер подписали больше всего
        соглашений", "which sector got the most agreements") that the passage on it does not
        give: it lists the members ("15 соглашений в сферах: энергетике, транспорте, …") with
        no amount of each to compare and no ranking of its own (``superlatives``). The amount
        is not given; the passages holding what is counted are offered first. None when no
        ranking is asked, nothing comes near, or the best passage ranks or compares."""
        counted = counted_by_ranking(query.words)
        term = next((t for t in query.terms if t.typed == counted), None)
        if term is None or (is_cyrillic(term.lemma) and not is_noun(term.lemma)):
            return None  # "что больше всего интересует аналитиков": no amount of a thing
        near = [s for s in scored[:limit] if s.score >= self.thresholds.suggest]
        if not near or any(ranks_amounts(span.text) for span in near[0].entry.spans):
            return None
        near.sort(key=lambda s: not self._holds_term(s.entry, term))
        return Match(query, Band.NOT_GIVEN, near[0], tuple(near), AnswerType.QUANTITY)

    def _unnamed_party(self, query: Query, limit: int) -> Match | None:
        """A question about a country the article never names, on a subject it covers: "какую
        роль играет Грузия в Среднем коридоре", "сколько грузов идёт через Иран", "does the
        EU fund the corridor". The country's word finds nothing, so the question scores too
        low to be answered — but a bare "no answer" hides that the subject itself is there.
        Scored again without the country (and the other words the article never uses), what
        the question is about gives the offer; the kind missing is the one asked (a figure,
        a forecast of joining), else the fact of the country's part in it. None when no
        such country is named, or the rest of the question is about nothing the article
        covers ("did anyone mention Russia?")."""
        if query.other_party is not None or query.asks_meta or query.other_speaker:
            return None
        named = frozenset().union(*query.parties)
        unnamed = next(
            (
                party
                for t in query.terms
                if t.similarity <= 0
                and (
                    ((party := party_of(t.typed, t.lemma)) is not None and party.forms & named)
                    or (party := leader_of(t.typed)) is not None
                )
            ),
            None,
        )
        if unnamed is None or query.asks[:1] == (AnswerType.PLACE,):
            # "куда поехал Алиев, в Узбекистан?": the country is a guess at the place asked
            return None
        # what the question is about: not the words asking for a view, for a description
        # ("какую роль"), nor the experts ("что эксперты говорили про Узбекистан")
        rest = tuple(
            t
            for t in query.terms
            if t.similarity > 0
            and not is_view_word(t.typed)
            and not t.frame
            and not (query.framed and t.lemma in ROLE_VERBS_EN)  # "what role does it play"
            and not is_expert_word(t.typed)
        )
        if not rest:
            return None
        scored = self.score(replace(query, terms=rest))
        on_subject = tuple(s for s in scored if s.subject >= self.thresholds.suggest)[:limit]
        if not on_subject:
            return None
        asked = query.asks[0] if query.asks else None
        read = tokens(fold(query.reading.text))
        # "what role does Russia play in the Middle Corridor plans": its part is a fact of the
        # subject, the view word ("plans") the subject's own — only the experts' reading of
        # that part ("какую роль эксперты отводят России") is their statement
        viewed = experts_hold(read) or (views_held(read) and not asks_part(read))
        if asked is AnswerType.STATEMENT and not viewed:
            asked = None  # "article says something about Georgian railway": the article's
        if asked is None or asked is AnswerType.FACT:
            if viewed:
                # "поддерживают ли США коридор": a stance, though the plural verb is not
                # read as one country's view (``view_holder``); in a sentence after the
                # question too ("… участвует в маршруте? что говорит Ашхабад"); or the
                # experts' view of its part ("какую роль эксперты отводят России")
                asked = AnswerType.STATEMENT
            elif query.forecast or query.future:
                asked = AnswerType.FORECAST  # "Узбекистан присоединится?"
            else:
                asked = AnswerType.FACT
        return Match(query, Band.NOT_GIVEN, on_subject[0], on_subject, asked, unnamed)

    def _proposes_to(self, entry: Entry, party: Party) -> bool:
        """Does one of the entry's spans propose something (``span_proposes``) naming the
        party (a form of its name, as a lemma): "к шести странам логично добавить Турцию"?"""
        lemma = self.morphology.lemma
        return any(
            span_proposes(span.text)
            and any(lemma(word) in party.forms for word in tokens(span.text))
            for span in entry.spans
        )

    def _vouched(self, query: Query, best: Scored) -> bool:
        """The question is one of the entry's own phrasings, word for word (lemmas), asking
        the same kind of fact: the curator has declared that this entry answers it ("сколько
        контрактов подписали лидеры" added to the agreements), which outranks reading its
        kind. "Tokayev in Gabala" names the subject; it vouches for no reason why."""
        lemmas = frozenset(content_lemmas(" ".join(query.words), self.morphology))
        indexed = self._indexed(best.entry)
        if not lemmas or lemmas not in indexed.phrasings:
            return False
        if query.relation.listed is not None and lemmas not in indexed.listing:
            return False  # "list all 15 agreements" is not the phrasing "15 agreements"
        if query.alternatives:
            return False  # "нефть или газ": which one the entry's own words tell (``_chooses``)
        if query.contents:
            return False  # "what does the peace declaration say": not the topic "declaration"
        if query.specifics and query.relation.detail is not None:
            # "какие именно барьеры мешают": the phrasing "какие барьеры мешают" (its lemmas
            # without "именно") vouches for the barriers named, not for which they are
            return False
        if asks_now_and_later(query.words) and not _gives_now_and_later(best.entry):
            return False  # "товарооборот сейчас" vouches for half of "… и сколько будет"
        return not query.asks or query.asks[0] in indexed.asking(lemmas)

    def _vouched_alone(self, query: Query, scored: list[Scored]) -> bool:
        """The best is vouched for by its curator (``_vouched``), and, when it counts no such
        thing as the question counts, no neighbour about the subject nearly as much
        (``MARGIN``) states what is asked by its own words: "сколько стран в тюркской
        семёрке", a phrasing of the sacred number seven, is answered by the passage counting
        the countries ("к шести странам добавить Турцию"), not by the number naming the
        group."""
        best = scored[0]
        if not self._vouched(query, best):
            return False
        counted = query.counted
        if (
            counted is None
            or not self._counts_noun(query, counted)
            or best.entry.kind is EntryKind.LIST
            or self._qualified(query, best.entry, counted, counting=True)
        ):
            return True  # only a count the best's words do not make yields to a neighbour
        return not any(
            best.subject - near.subject <= MARGIN
            and near.score >= self.thresholds.answer
            and self._states_asked(query, near.entry)
            for near in scored[1:]
        )

    def _one_of_experts_asked(self, query: Query) -> bool:
        """Does the question pick one among the experts ("кто из экспертов входит в
        межпарламентскую рабочую группу", "which of the commentators sits on the group")?
        Who of them belongs to a group is told by his profile; the group's full roster,
        which "кто входит в группу" asks, is another thing the article may not give."""
        words = query.words
        for at in range(2, len(words)):
            before = at - 1 if words[at - 1] != "the" else at - 2
            if before < 1 or words[before] not in AMONG or words[before - 1] not in PICKING:
                continue
            word = words[at]
            lemma = self.morphology.lemma(word) if is_cyrillic(word) else word
            if role_word(lemma) or role_word(word):
                return True
        return False

    def _wanted(self, query: Query) -> AnswerType | None:
        """The kind of fact the answer must state: the one asked for; a fact when only a
        detail noun is asked about ("which company will build…" names a company, whatever
        the tense), or None when the question asks for nothing in particular."""
        relation = query.relation
        membership = relation.listed or relation.verb in MEMBERSHIP
        if membership and self._one_of_experts_asked(query):
            return None  # "кто из экспертов входит в рабочую группу": the one who is, no roster
        if relation.listed and query.asks[:1] == (AnswerType.PERSON,):
            return AnswerType.FACT  # "кто входит в группу": its members, a detail of the group
        if not query.asks and relation.verb in MEMBERSHIP:
            return AnswerType.FACT  # "какие страны входят в формат 5+1": its members
        if (
            (
                relation.verb in ENDORSING
                or (relation.verb is None and any(w in ENDORSING_EN for w in query.words))
            )
            and not query.named
            and query.asks[:1] == (AnswerType.STATEMENT,)
        ):
            return AnswerType.FACT  # "какие страны поддержали идею": who took the stance
        if relation.detail and (not query.asks or query.asks[0] not in RELATIONAL):
            return AnswerType.FACT
        if relation.detail and detail_asked_first(query.words, relation.detail):
            # "какие именно документы подписали и кто их подписал": the documents, asked
            # first, are the fact the answer must give; who signed is a later part
            return AnswerType.FACT
        if relation.detail in NAME_WORDS and name_asked_first(query.words):
            # "как называется система и кто будет ей управлять": the name, asked first, is
            # the fact the answer must give; who runs it is a later part
            return AnswerType.FACT
        if (
            query.alternatives
            and query.asks[:1] == (AnswerType.FORECAST,)
            and query.words[:1]
            and query.words[0] in INTERROGATIVES
            and not names_forecast(query.words)
        ):
            # "which energy resources, oil or gas, will Kazakhstan route via Azerbaijan":
            # which of the things offered, a fact of the plan whatever the tense — not "will
            # it export oil or gas?", whether it will happen
            return AnswerType.FACT
        if query.asks:
            return query.asks[0]
        # a list, one of two alternatives, a figure of a third country, "what exactly was
        # agreed", what was done: a fact of its own
        done = query.content is not None and needs_support(query.content)
        if (
            relation.listed
            or query.alternatives
            or query.parties
            or done
            or asks_precisely(query.words)
            or asks_condition(query.words)  # "на каких условиях": what the goal takes
        ):
            return AnswerType.FACT
        return None

    def _deed_unsaid(self, query: Query, entry: Entry) -> bool:
        """ "Кто встречал Алиева в аэропорту" near the welcome's passage: not a "did you
        mean" — the passage names no greeter, so the article does not say (``Support``)."""
        floor = self.tuning.weight(Field.CONTEXT)
        support = Support(query, self.morphology, floor, self.index.idf)
        return support.deed_unsaid(self._indexed(entry)) is not None

    def _supports(self, query: Query, entry: Entry, shown_with: tuple[Entry, ...] = ()) -> bool:
        """The entry holds the relation asked about, not only its kind (``support``). A reason
        shown with what follows from it (``shown_with``: the sacred seven, then "добавить
        Турцию") names the question's third country if either does."""
        indexed = self._indexed(entry)
        floor = self.tuning.weight(Field.CONTEXT)
        support = Support(query, self.morphology, floor, self.index.idf)
        if support.missing_word(indexed) is not None:
            return False
        listed = query.relation.listed
        if listed is not None and not self._enumerates(query, entry, listed):
            return False  # "список всех 15 соглашений": the areas are listed, not the agreements
        if not self._chooses(query, entry):
            return False  # "какие энергоресурсы — нефть или газ": it names neither
        if query.workings and not self._tells_workings(entry):
            return False  # "как будет работать регистрация": only that it is needed
        if not self._specifies(query, entry):
            return False  # "какие конкретно барьеры": it names the barriers, not which
        if not self._tells_done(query, entry):
            return False  # "что подписали по здравоохранению": healthcare is one area listed
        if not any(self._names_parties(query, shown) for shown in (entry, *shown_with)):
            return False  # "trade turnover with China": the turnover between the two
        if query.asks[:1] == (AnswerType.PLACE,) and query.excluded is None:
            # "где именно в Габале": a place the question names is no answer to it (``places``)
            fixed = fixed_places(query.words, asks_place_by_noun(query.words))
            asked = {f for t in query.terms if t.typed in fixed for f in (t.typed, t.lemma)}
            verb = query.relation.verb
            # "черз какое море": a way asked by a preposition typed with a slip, as repaired
            way = asks_way(query.words) or asks_way(tuple(t.lemma for t in query.terms))
            # the relation is the article's, but not this entry's (not even by its curator's
            # phrasings: "где опубликовал" is vouched for by the "публикацию" entry)
            wanted = related(verb) if verb is not None else frozenset()
            elsewhere = any(r in self.index.idf for r in wanted) and not any(
                r in indexed.terms for r in wanted
            )
            beyond = places_beyond(
                entry,
                asked,
                verb,
                self.morphology.lemma,
                way=way,
                elsewhere=elsewhere,
                city=asks_city(query.words),
                water=asks_water(query.words),
                regions=not (
                    asks_city(query.words) or asks_state(query.words) or asks_water(query.words)
                ),
                kind=asked_place_kind(query.words),
                source=verb is not None and asks_source(query.words),
            )
            if beyond is False:
                return False  # only places the question names, or only a way ("через")
            things = frozenset(t.lemma for t in query.terms if not names_kind_of_place(t.typed))
            english = not any(is_cyrillic(w) for w in query.words)
            detail = query.relation.detail
            kind = query.lemma_of(detail) if detail is not None else None
            if not way and not places_of_thing(
                entry, things, self.morphology.lemma, english=english, kind=kind
            ):
                return False  # "где проходил визит": Gabala, in a sentence of other contacts
        verb = query.relation.verb
        if verb is None and query.asks[:1] == (AnswerType.PERSON,):
            verb = _mended_verb_after_who(query)  # "кто подписл": "подписать", as repaired
        if (
            query.asks[:1] == (AnswerType.PERSON,)
            and verb is not None
            and needs_support(verb)
            and not names_doer(entry, verb)
        ):
            return False  # "кто подписал": "стороны подписали" names no person who did
        deed = verb if verb is not None else _verb_after_who(query.words)
        if (
            query.asks[:1] == (AnswerType.PERSON,)
            and deed is not None
            and is_cyrillic(deed)
            and needs_support(deed)
            and entry.speaker is not None
            and ("кто" in query.words or "who" in query.words)
            and not query.identity
            and not query.named
            and not self._holds_deed(entry, deed)
        ):
            return False  # "кто придумал коридор": the expert speaks of it, invented nothing
        if query.asks[:1] == (AnswerType.PERSON,) and self._another_trip(query, entry):
            return False  # "по чьей инициативе Токаев приезжал в Габалу": Aliyev's coming
        if (
            query.asks[:1] == (AnswerType.PERSON,)
            and asks_invitation(query.words)
            and not any(tells_invitation(text) for text in self._invitation_texts(entry))
        ):
            return False  # "by whose invitation did Tokayev come to Gabala": none told there
        english_deed = _english_deed(_without_insisting(query.words))
        if (
            query.asks[:1] == (AnswerType.PERSON,)
            and not query.named
            and ("кто" in query.words or "who" in query.words)
            and addressed_doer_only(
                entry,
                deed if deed is not None and is_cyrillic(deed) and needs_support(deed) else None,
                None if english_deed is None else self._repaired_stem(query, english_deed),
            )
        ):
            return False  # "кто подписал декларацию": "Вы … пошли на подписание" names nobody
        if (
            english_deed is not None
            and query.asks[:1] == (AnswerType.PERSON,)
            and entry.speaker is not None
            and not query.named
            and not self._holds_english_deed(entry, english_deed)
        ):
            return False  # "who will lead the Turkic seven": nobody leads it in his words
        if (
            english_deed is not None
            and query.asks[:1] == (AnswerType.PERSON,)
            and not names_english_doer(entry, self._repaired_stem(query, english_deed))
        ):
            return False  # "who signed the deals": "the sides signed" names no person who did
        wanted = self._wanted(query)
        if not beyond_quoted(entry, wanted, query.words, query.text) and not (
            wanted is not None and self._gives_period(query, entry, wanted)
        ):
            return False  # "… сократить до 7–8 дней": the figure quoted is no answer
        detail = query.relation.detail
        head = query.lemma_of(detail) if detail is not None else ""
        if not is_noun(head) or query.asks[:1] == (AnswerType.PERSON,):
            return True
        return self._qualified(query, entry, head, counting=False)

    def _qualified(self, query: Query, entry: Entry, head: str, *, counting: bool) -> bool:
        """The entry states ``head`` as the question qualifies it (``qualified``): "сколько
        соглашений по энергетике" needs a number of energy agreements, not of all."""
        read = self._entry_clauses(entry)
        # "какие соглашения, в каких сферах? здравоохранение тоже?": the areas are asked
        # for, so an area the question names is one to find among those listed
        areas = not counting and self._asks_areas(query)
        wanted = qualifiers(query, head)
        return states_qualified(read, head, wanted, counting=counting, areas_asked=areas)

    def _asks_areas(self, query: Query) -> bool:
        """Does the question ask which areas ("в каких сферах", "по каким направлениям",
        "which areas")? Not an area it names ("в сфере здравоохранения"): that qualifies
        what is asked, and a list of areas tells nothing of it alone."""
        words = query.words
        return any(
            word in WHICH_WORDS and self.morphology.lemma(after) in AREA_LEMMAS
            for word, after in itertools.pairwise(words)
        )

    def _entry_clauses(self, entry: Entry) -> tuple[Clause, ...]:
        """The clauses of the entry's spans and figure (``entry_clauses``), read once per entry."""
        number = self._numbers[id(entry)]
        read = self._clauses.get(number)
        if read is None:
            read = self._clauses[number] = entry_clauses(entry, self.morphology)
        return read

    def _stated_clauses(self, entry: Entry, *, english: bool) -> tuple[Clause, ...]:
        """``stated_clauses`` of the entry, each reading once per entry: they depend on the
        knowledge base alone, not on the question."""
        if not english:
            return self._entry_clauses(entry)
        number = self._numbers[id(entry)]
        read = self._english_clauses.get(number)
        if read is None:
            read = stated_clauses(entry, self.morphology, english=True)
            self._english_clauses[number] = read
        return read

    def _names_own(self, entry: ExpertEntry) -> frozenset[str]:
        """``_own_names`` of an expert's entry, read once per entry."""
        number = self._numbers[id(entry)]
        own = self._own_name_sets.get(number)
        if own is None:
            own = self._own_name_sets[number] = _own_names(entry, self.morphology.lemma)
        return own

    def _chooses(self, query: Query, entry: Entry) -> bool:
        """Of each pair of alternatives the question offers ("нефть или газ", "official or
        state"), the entry's own words (``_own_words``: not how people ask for it) state one
        — as written, as a lemma or a word of its family. "Экспорт казахстанских
        энергоресурсов" says which resources neither way: it does not tell oil from gas. A
        generated list is what was asked for as it stands."""
        if not query.alternatives or entry.kind is EntryKind.LIST:
            return True
        alternatives = query.alternatives
        if self._dated_relatively(query, entry):
            # "был в Габале до визита Алиева или после?": "совсем недавно" places it before
            # the telling — the choice of when is made, whatever else the sides name
            alternatives = tuple(
                (one, other)
                for one, other in alternatives
                if not (places_in_time(one) or places_in_time(other))
            )
        lemmas, words = self._own_words(entry)
        quoting = _quoted_spans(entry, query)
        # the units of time the words name, in either language and any form: "per year" is
        # said by "в год" and by "ежегодно"
        units = {unit for w in words if (unit := time_unit(w)) is not None}
        written = fold(query.text)
        numbers = [w for w in query.words if w[:1].isdigit() and w in written]
        if quoting is not None:
            # "1,5–2 миллиона тонн — в год или в месяц?": the span of that figure must say
            # which; another figure's "в год" says nothing of it — not even in its sentence
            # ("1,5–2 миллиона тонн, тогда как … 5–7 миллионов тонн в год")
            words = frozenset(w for text in quoting for w in tokens(text))
            lemmas = frozenset(w for text in quoting for w in content_lemmas(text, self.morphology))
            units = {u for text in quoting for n in numbers for u in _units_per(text, n)}
            words = frozenset(w for w in words if time_unit(w) is None)
            lemmas = frozenset(w for w in lemmas if time_unit(w) is None)

        present = not PRESENT_WORDS.isdisjoint(words) or not PRESENT_WORDS.isdisjoint(lemmas)
        if quoting is not None:
            # of the figure quoted, in its own stretch ("Текущий объём … 1,5–2 миллиона тонн,
            # тогда как … нужно до 20 миллионов": the 20 million is no present amount)
            present = any(
                not PRESENT_WORDS.isdisjoint(stretch)
                for text in quoting
                for n in numbers
                for stretch in _stretches_of(text, n)
            )

        def says(form: str) -> bool:
            if form in words or form in lemmas or any(kin(form, own) for own in lemmas):
                return True
            if goes_beyond(form):
                # "bilateral only or beyond": "а в перспективе — всей Евразией" goes further
                return names_whole_area(entry, self.morphology.lemma)
            if form in PRESENT_WORDS:
                return present  # "сейчас или после инвестиций": "сегодня … 15–18 дней"
            unit = time_unit(form)
            return unit is not None and unit in units

        return all(any(says(form) for form in one | other) for one, other in alternatives)

    @staticmethod
    def _asks_part(query: Query) -> bool:
        """Does the question, as read, ask a part somebody has in something ("какую роль
        играет Китай", "is Iran involved": ``parties.asks_part``)?"""
        return asks_part(tokens(fold(query.reading.text)))

    def _names_parties(self, query: Query, entry: Entry) -> bool:
        """The entry's own words name every third country the question names (as written, a
        lemma, a word of its family — "китайских" — or its capital): "Kazakhstan's trade
        turnover with China" is not answered by the turnover between Azerbaijan and
        Kazakhstan, which says nothing of China. A generated list is what was asked for."""
        if not query.parties or entry.kind is EntryKind.LIST:
            return True
        lemmas, words = self._own_words(entry)
        countries = {CAPITALS.get(lemma, lemma) for lemma in lemmas}

        def names(forms: frozenset[str]) -> bool:
            return any(
                form in words or form in countries or any(kin(form, own) for own in lemmas)
                for form in forms
            )

        return all(names(forms) for forms in query.parties)

    def _specifies(self, query: Query, entry: Entry) -> bool:
        """A question asking the specifics of the thing its detail noun names ("какие
        конкретно документы", "что за соглашение … подробности", "which documents exactly")
        is answered by an entry listing those things one by one (``enumerates``), not by
        one naming them: "подписанные документы ясно дают понять" says which of them none.
        A detail noun naming only the kind of thing ("какие именно сферы") is none
        (``predicates``), so the areas listed still answer it."""
        detail = query.relation.detail
        if not query.specifics or detail is None or self._wanted(query) is not AnswerType.FACT:
            return True
        if query.contents and self._tells_contents(query, entry, detail):
            return True  # "соглашение предусматривает …": what the document holds
        if self._enumerates(query, entry, detail):
            return True
        # "какие именно соглашения подписали": each by its area, "в сферах: энергетике, …" —
        # but not "какие именно соглашения по энергетике", energy being one area listed
        head = query.lemma_of(detail)
        if query.contents:
            return False  # "что в них": what each holds, which no area tells
        if not is_cyrillic(head):
            # "which specific investments": "the need for additional investment … In
            # particular: modernising the railways, increasing the number of locomotives"
            english = str(getattr(getattr(entry, "item", None), "summary_en", "") or "")
            if particularises(english, english_stem, frozenset({head})):
                return True
            # "rail, ferry upgrades — specifics?": the upgrades ("modernise", the briefing's
            # word) are themselves the particulars listed
            plain = ENGLISH_SYNONYMS.get(detail)
            return plain is not None and names_among_particulars(
                english, english_stem, frozenset({english_stem(plain)})
            )
        if enumerates_areas(self._entry_clauses(entry), head, qualifiers(query, head)):
            return True
        # "какие именно вложения нужны": "… инвестиций в инфраструктуру. В частности, речь
        # шла о модернизации железных дорог, увеличении числа локомотивов и вагонов"
        heads = related(head) | family(head)
        # "какие конкретные меры по железнодорожной инфраструктуре": the measures are named
        # by the thing they are in, whose particulars a passage may give without "меры"
        heads |= {self.morphology.lemma(w) for w in deed_qualifier(query.words, detail)}
        return any(particularises(s.text, self.morphology.lemma, heads) for s in entry.spans)

    def _tells_contents(self, query: Query, entry: Entry, document: str) -> bool:
        """Does one clause of the entry's own words tell what ``document`` holds — name it
        with a verb of holding ("соглашение предусматривает создание фонда", "the deal
        provides for …")? A generated list is what was asked for as it stands."""
        if entry.kind is EntryKind.LIST:
            return True
        head = query.lemma_of(document)
        english = not is_cyrillic(document)
        read = self._stated_clauses(entry, english=english)
        return tells_contents(read, head)

    def _tells_done(self, query: Query, entry: Entry) -> bool:
        """What was done is asked ("что подписали по здравоохранению", "какие меры
        согласовали", "what exactly did they agree on the corridor": ``Query.content``): the
        entry's own words must state that doing — its verb, a word of its family or a known
        paraphrase — and, in Russian, of the things the question names, not only of a whole
        whose areas list them ("подписали 15 соглашений … в сферах: …, здравоохранении").
        Only of a thing the question names: "что обсуждали Алиев и Токаев" asks nothing in
        particular, which any passage on their talks answers."""
        verb = query.content
        if (
            verb is None
            or query.asks
            or query.relation.detail
            or query.named
            or any(t.lemma in EXPERT_LEMMAS for t in query.terms)
            or not needs_support(verb)
            or entry.kind is EntryKind.LIST
        ):
            return True  # "какие сферы выделил Тусупбеков": his words are what he did
        own = self.morphology.lemma(verb)
        if not any(t.lemma not in (verb, own) for t in self._topic_terms(query)):
            return True  # "что обсуждали Алиев и Токаев": about nothing in particular
        lemmas, words = self._own_words(entry)
        if is_latin(verb):
            return verb in words or self.morphology.lemma(verb) in lemmas
        if self._urges(entry, verb):
            # "что предлагали для упрощения автоперевозок": the expert stressing the
            # importance of it is what was put forward — of the things the question names
            return self._qualified(query, entry, verb, counting=False)
        if own in INCLUDING and self._holds_whole(query, verb, lemmas):
            return True  # "какие темы включены в повестку": "в повестке переговоров" says it
        wanted = related(verb)
        if not any(r in lemmas or any(kin(r, own) for own in lemmas) for r in wanted):
            return False  # the paragraph around it may tell of other doings
        return self._qualified(query, entry, verb, counting=False)

    def _holds_whole(self, query: Query, verb: str, lemmas: frozenset[str]) -> bool:
        """Do the entry's own words (``lemmas``) hold the whole a question puts a thing into
        — the noun after "в" following the verb ("включены в ПОВЕСТКУ")?"""
        words = query.words
        lemma = self.morphology.lemma
        for at in range(len(words) - 2):
            if lemma(words[at]) == verb and words[at + 1] in INTO:
                return lemma(words[at + 2]) in lemmas
        return False

    @staticmethod
    def _urges(entry: Entry, verb: str) -> bool:
        """Is a proposing verb asked ("что предлагали") of an expert's words that put a
        thing forward (``advocates``)? Only a speaker's: the article's own report of what
        was signed proposes nothing."""
        return (
            verb in PROPOSING_VERBS
            and entry.speaker is not None
            and any(advocates(span.text) for span in entry.spans)
        )

    def _tells_workings(self, entry: Entry) -> bool:
        """The entry's own words tell how something works: a verb of working or a noun of
        procedure (``MECHANISM_LEMMAS``). A generated list is what was asked as it stands."""
        if entry.kind is EntryKind.LIST:
            return True
        lemmas, _ = self._own_words(entry)
        return not lemmas.isdisjoint(MECHANISM_LEMMAS)

    def _enumerates(self, query: Query, entry: Entry, listed: str) -> bool:
        """Does the entry list the members of what the question asks listed (``enumerates``)?
        A generated list lists what its own words name ("список экспертов")."""
        head = query.lemma_of(listed)
        if entry.kind is EntryKind.LIST:
            indexed = self._indexed(entry)
            return head in indexed.terms or self.morphology.lemma(listed) in indexed.terms
        if is_cyrillic(listed):
            read = self._entry_clauses(entry)
        else:
            read = self._stated_clauses(entry, english=True)
        return enumerates(read, head)

    def _subject_terms(self, query: Query) -> list[Term]:
        """The words a question is about, without the names of the people it names."""
        names = {word for word, who in self.index.names.items() if who & query.named}
        return [t for t in query.terms if t.lemma not in names]

    def _calls_so(self, query: Query, entry: Entry) -> bool:
        """ "Визит назвали новой страницей в отношениях?": a statement asked only by a verb of
        calling, of nobody named, is the article's own characterisation when an entry of its
        own words (no speaker) says every word of what the question calls it — "он открыл
        новую страницу в отношениях". "Nobody in the article says that" would be false."""
        return (
            entry.speaker is None
            and not query.named
            and not query.who_intent
            and entry.kind is not EntryKind.LIST
            and any(w in CALLING_WORDS for w in query.words)
            and self.explains_subject(query, entry)
        )

    def _says_what_called(self, query: Query, entry: Entry) -> bool:
        """ "Кто назвал отношения уникальными?": who calls the thing so says what he calls
        it — one of the question's epithets at least ("уникальными", a word ``explains_subject``
        passes over as no focus of the subject) — not only the thing ("отношения Баку и
        Астаны"), which others call otherwise."""
        epithets = [
            t
            for t in query.terms
            if t.similarity > 0 and not t.focus and t.lemma not in CALLING_LEMMAS
        ]
        return not epithets or any(
            self.explains_subject(replace(query, terms=(replace(t, focus=True),)), entry)
            for t in epithets
        )

    def explains_subject(self, query: Query, entry: Entry) -> bool:
        """Every word the question is about (but the names it asks about) is the entry's — or
        of its word family ("устойчивы" is explained by "устойчивость"), or said in other words
        (``Term.said``: "рост" by "довести"), or a capital standing
        for a country the entry names ("отношения Баку и Астаны": of Azerbaijan and
        Kazakhstan)."""
        indexed = self._indexed(entry)
        floor = self.tuning.weight(Field.CONTEXT)
        own = [lemma for lemma, weight in indexed.terms.items() if weight >= floor]
        return all(
            indexed.terms.get(t.lemma, 0.0) >= floor
            or indexed.terms.get(CAPITALS.get(t.lemma, ""), 0.0) >= floor
            or _same_family(t.lemma, own)
            or any(indexed.terms.get(kin, 0.0) >= floor for kin in SECTOR_KIN.get(t.lemma, ()))
            # "перспективы роста товарооборота": a change said by the verbs of its relation
            # ("позволит довести до миллиарда", ``Term.said``)
            or any(indexed.terms.get(said, 0.0) >= floor for said in t.said)
            # "в энергетической сфере": the area is the adjective's, which the entry holds
            or self._area_of_held_word(query, t, indexed.terms, floor)
            for t in self._subject_terms(query)
            if t.focus and t.similarity > 0
        )

    @staticmethod
    def _area_of_held_word(
        query: Query, term: Term, held: Mapping[str, float], floor: float
    ) -> bool:
        """Is ``term`` an area noun ("сфера", "область", "sector") after a word the entry
        holds ("энергетической сфере", "energy sector")? The area is that word's own, the way
        the asker names it: "роль Баку в энергетической сфере" is about energy, which a
        passage on Baku's energy role explains without the word "сфера"."""
        if term.lemma not in AREA_LEMMAS or term.typed not in query.words:
            return False
        at = query.words.index(term.typed)
        return at > 0 and held.get(query.lemma_of(query.words[at - 1]), 0.0) >= floor

    def _describes(self, query: Query, entry: Entry) -> bool:
        """A question asking for a description ("какую роль играет Турция": ``Term.frame``)
        is answered only by an entry about what it names: one holding "роль" and "играть"
        but not Turkey describes something else — and, when the frame is one the article
        never names, by one saying a word that fills it (``Term.filler``). The words for
        the speaker ("по мнению эксперта") name no subject. The kind of items after a list
        word ("перечень отраслей") asks them one by one, no description: the passage listing
        them answers (``_kind_listed_by_none``), though it never names the city it happened in.
        A count noun ("какое количество суток") frames no description either
        (``Query.describing``), nor does a group's make-up ("расширить формат до семи":
        ``regrouping_frames``)."""
        regrouping = regrouping_frames(query)
        if not any(
            t.typed not in regrouping and not self._listed_kind(query, t)
            for t in query.describing_frames
        ):
            return True
        fillers = [t.lemma for t in query.terms if t.filler]
        if fillers:
            # "какие качества Алиева": traits the article never names are those it says were
            # shown ("проявленные … искренность"); an entry saying no such word lists none
            terms = self._indexed(entry).terms
            floor = self.tuning.weight(Field.CONTEXT)
            if not any(
                terms.get(lemma, 0.0) >= floor for lemma in fillers
            ) and not self._aim_of_deed_held_back(query, entry):
                return False
        subject = replace(
            query, terms=tuple(t for t in query.terms if t.lemma not in EXPERT_LEMMAS)
        )
        # "как он описывает семёрку, какое там будет пространство": a group asked by its
        # number noun is described by a passage linked to one naming it ("Это будет
        # пространство, где …"), as it is asked of (``_explains_group_asked``)
        return self._explains_group_asked(subject, entry)

    @staticmethod
    def _listed_kind(query: Query, term: Term) -> bool:
        """Is the term the kind of items right after a list word ("перечень ОТРАСЛЕЙ", "list
        of TOPICS", ``listed_kind_at``)?"""
        at = listed_kind_at(query.words)
        return at is not None and at + 1 < len(query.words) and query.words[at + 1] == term.typed

    def _describes_shown(self, query: Query, best: Scored) -> bool:
        """``_describes`` of what the reply shows: a "why" answered by the passage the best
        follows from ("почему Турцию предлагают включить в этот формат": the sacred seven)
        shows the best after it (``Scored.follows``), and that one describes what the
        question names (Turkey) though the reason's own words never do."""
        return any(self._describes(query, entry) for entry in (best.entry, *best.follows))

    def gives_asked(self, query: Query, entry: Entry) -> bool:
        """Does the entry give the kind of fact the question asks for, of the relation asked
        about (true when it asks for nothing in particular)? "Will the Zangezur corridor
        open soon, according to the analysts?" asks for a forecast, which an expert's
        statement that the corridor was discussed does not make."""
        return self._wanted(query) is None or self._states_asked(query, entry)

    def _states_asked(self, query: Query, entry: Entry) -> bool:
        """The entry states the kind of fact asked for, of the relation asked about."""
        return self._states_kind(query, entry) and self._supports(query, entry)

    @staticmethod
    def _ahead_unforeseen(query: Query, entry: Entry, wanted: AnswerType) -> bool:
        """Does a question ask what is to come in a year of the calendar it names — "how
        much will trade grow next year", "насколько вырастет товарооборот в следующем году"
        — of a passage foreseeing it by no time ("позволит довести до одного миллиарда
        долларов ежегодно")? The amount it foresees is no answer for that year: a forecast
        for it is missing, as one for 2030 is. (A time from now, "через несколько лет", is
        what "в перспективе" foresees: left to the passage.)"""
        ahead = query.future or wanted is AnswerType.FORECAST
        return ahead and names_year_ahead(query.words) and not foresees_when(entry)

    def _states_kind(self, query: Query, entry: Entry) -> bool:
        """Does the entry state the kind of fact asked for — of the thing asked about? A
        question about the future ("когда запустят", "где будет ответный визит") needs a
        forecast, not a past date or place; "сколько соглашений" needs a count of agreements,
        not any number."""
        if asks_condition(query.words) and not any(tells_goal(s.text) for s in entry.spans):
            return False  # "на каких условиях построят паромы": that they are needed, no more
        wanted = self._wanted(query)
        if wanted is None:
            return True
        if (
            wanted is AnswerType.PERSON
            and entry.speaker is None
            and entry.kind in (EntryKind.ANSWER, EntryKind.FIGURE)
            and asks_which_expert(query.words)
        ):
            # "кто из экспертов говорил про цифровую экономику": the article's own words on
            # its agenda name no expert — whoever spoke on it is asked, not that it was said
            return False
        if (
            wanted is AnswerType.STATEMENT
            and entry.kind is not EntryKind.LIST
            and any(figure_noun_framed(query.words, at) for at in range(len(query.words)))
            and not entry.states & _AMOUNTS
        ):
            # "какую цифру приводит Ишмухамедов по жд": his words giving a figure — the
            # passage on the railways needing investment gives none
            return False
        if not self._states_joined(query, entry, wanted) or not self._states_parts(
            query, entry, wanted
        ):
            return False  # "достигнет ли …, и к какому сроку": no date of it
        if wanted not in entry.states and not (
            (wanted is AnswerType.REASON and restates_contrast(query, entry))
            or (wanted is AnswerType.REASON and _confirms_invitation(query, entry))
            or self._gives_period(query, entry, wanted)
            or (
                # "would a Turkic seven form one region": "могла бы представлять собой"
                wanted is AnswerType.FORECAST
                and (query.hypothetical or asks_becoming(query.words))
                and any(states_hypothesis(span.text) for span in entry.spans)
            )
            or (wanted is AnswerType.FORECAST and self._hypothesised_relation(query, entry))
            or (wanted is AnswerType.FORECAST and self._could_become_asked(query, entry))
            or (wanted is AnswerType.DURATION and self._gives_horizon(query, entry))
            or (wanted is AnswerType.DATE and self._dated_relatively(query, entry))
            or (wanted is AnswerType.DATE and self._dated_by_horizon(query, entry))
            or (wanted is AnswerType.STATEMENT and self._calls_so(query, entry))
        ):
            return False
        if (
            asks_price_change(query.words)
            and AnswerType.MONEY not in entry.states
            and not any(states_price(span.text) for span in entry.spans)
        ):
            return False  # "станет ли доставка дешевле": its time foreseen, not its price
        if (
            wanted is AnswerType.PERSON
            and any(w in CALLING_WORDS for w in query.words)
            and not self._says_what_called(query, entry)
        ):
            return False  # "кто назвал отношения уникальными": who says that very word
        if (
            wanted is AnswerType.STATEMENT
            and AnswerType.REASON not in entry.states
            and (
                asks_explanation(query.words)
                or asks_purpose(query.words)
                or asks_why_published(query.words)
            )
            and not restates_contrast(query, entry)
        ):
            return False  # "чем Гаджиев это объясняет": his words, but no reason in them
        if wanted is AnswerType.MONEY and self._invested_unnamed(query, entry):
            return False  # "сколько Казахстан инвестировал": a turnover is no sum invested
        if asks_target(query.words) and not any(states_target(t) for t in entry.shown_words):
            return False  # "куда пойдут инвестиции": "при должных инвестициях …" says not
        if (
            wanted in (AnswerType.REASON, AnswerType.STATEMENT)
            and (query.why or wanted is AnswerType.REASON)
            and query.cause
            and not states_cause_of(entry)
            and not entry.causes
            and not (self._obstacle_asked(query) and names_obstacle(self._own_words(entry)[0]))
            and not self._aim_of_deed_not_done(query, entry)
            and not self._need_answered(query, entry)
            and not names_effect_asked(query, entry)
        ):
            # "с чем связаны барьеры": an aim or an effect is no cause; "почему Гаджиев
            # считает, что 5+1 стало 6": his words stating the figure give no cause of it
            # (a passage the article says follows from another has its reason there)
            return False
        if (
            wanted is AnswerType.REASON
            and asks_why_proposed(query.words)
            and not self._proposes_or_leads_to_proposal(entry)
        ):
            return False  # "почему бы не построить мост": no passage proposes it
        if (
            wanted is AnswerType.REASON
            and asks_timing(query.words)
            and not any(tells_timing(text) for text in entry.shown_words)
        ):
            return False  # "почему подписали именно сейчас": its reasons, but not of then
        if (
            query.change is not None
            and wanted in _AMOUNTS
            and not self._states_change(query, entry)
        ):
            return False  # "во сколько раз вырос": today's amount is no multiple
        if query.change is Change.TARGET and not self._holds_target_thing(query, entry):
            return False  # "до какой суммы вырастут инвестиции": the turnover's billion
        if (
            query.change is Change.GROWTH
            and wanted in _AMOUNTS
            and not self._holds_grown_thing(query, entry)
        ):
            return False  # "how much will tourism grow": the turnover's billion
        if (
            wanted is AnswerType.FORECAST
            and asks_prospect(query.words)
            and not foresees(entry)
            and not self._names_what_it_becomes(query, entry)
            and not any(grounds_ahead(query.words, span.text) for span in entry.spans)
        ):
            return False  # "the outlook for energy exports": today's effects foresee nothing
        if (
            wanted is AnswerType.FORECAST
            and asks_whether_future(query.words)
            and any(changes_amount(t.lemma) for t in query.terms)
            and not foresees(entry)
            and not self._says_asked_change(query, entry)
            and not (query.hypothetical and any(states_hypothesis(s.text) for s in entry.spans))
        ):
            return False  # "вырастет ли экспорт нефти": "укрепляет взаимозависимость" is today's
        gainer = giving_beneficiary(query.words) if wanted is AnswerType.FORECAST else None
        if gainer is not None and not is_cyrillic(gainer):
            gainer = self._country(gainer)  # "give Azerbaijan": "азербайджан", or no country
        if gainer is not None and not any(gains_named(span.text, gainer) for span in entry.spans):
            return False  # "что даст визит Казахстану": "между Азербайджаном и Казахстаном"
        if wanted is AnswerType.FORECAST and not _states_years(query, entry):
            return False  # "any projection for 2030": a forecast for no year is none for 2030
        if self._ahead_unforeseen(query, entry, wanted):
            return False  # "насколько вырастет товарооборот в следующем году": by no time
        if wanted is AnswerType.FORECAST and asks_forecast_by_noun(query.words):
            about = self._about_subject(query)
            # what the corridor "в перспективе" comes to: a forecast of a subject read — in
            # English, read off the entry's own English ("the forecast for the middle
            # corridor": its passage naming the Middle Corridor), as a Russian one is
            read = bool(about.lemmas) or self._english_subject_held(query, entry)
            if not foresees_figure(entry, about.any, by_outcome=read):
                return False  # "какой прогноз по туризму": "дать импульс развитию туризма"
            if not about.all(" ".join(span.text for span in entry.spans)):
                return False  # "прогноз по срокам доставки паромами": no ferries in it
            if not _states_years(query, entry) or (
                asks_horizon(query.words) and not foresees_when(entry)
            ):
                return False  # "прогноз … через пять лет": a billion, but by no time
        if not self._makes_forecast_asked(query, entry, wanted):
            return False  # "кто дал прогноз по туризму": "дать импульс" is no forecast
        # the fact of something to come: a forecast's, in the span that forecasts it
        if query.future and wanted in _FACTUAL and not forecast_with(entry, wanted):
            return False
        if query.future and wanted in _AMOUNTS and not _states_years(query, entry):
            return False  # "сколько тонн перевезут в 2027 году": a need stated for no year
        if wanted is AnswerType.PERSON and query.office and entry.kind is not EntryKind.LIST:
            # "какие министры подписали": a text naming somebody, but no minister, is silent
            return query.office in self._indexed(entry).stated
        counted = query.counted if query.counted not in RATIO_WORDS else None
        if counted is not None and is_verb(counted):
            counted = None  # "до скольки вырастет товарооборот": the amount, of no noun
        # a sum asked by its noun ("какой товарооборот с Турцией") is counted as things are
        amount = wanted is AnswerType.MONEY and counted in AMOUNT_LEMMAS
        if (
            (wanted is AnswerType.QUANTITY or amount)
            and counted
            and entry.kind is not EntryKind.LIST
        ):
            if self._counts_listed(query, entry, counted):
                return True  # "в скольких сферах": the areas listed one by one, to be counted
            if not self._counts_english_qualified(query, entry, counted):
                return False  # "how many agreements on tourism": all 15, none of tourism
            stated = self._indexed(entry).stated
            # "how many new agreements", "how much rail freight goes": one of the English words;
            # "how many states": the noun stated as its plainer synonym
            english = query.english_counted
            asked = english.words if english and english.words[0] == counted else (counted,)
            said = (
                any(_says_counted(word, stated) for word in asked)
                or self._synonym_stated(query, counted, stated)
                or _unit_stated_in_russian(query, counted, stated)
            )
            if said and not _substance_stated(query, counted, stated):
                said = False  # "сколько тонн нефти нужно": a tonnage of freight, of no oil
            if said and time_unit(counted) is None and _amounts_of_time_only(entry):
                said = False  # "сколько грузов пойдёт": "7–8 дней" is how long, not how many
            if self._sized(query, counted):
                # "объём экспорта": a size in a unit, not "двух стран"; "объём торговли": the
                # turnover in dollars, filed under the topic "торговля"
                said = (said or counted in self._topical(entry)) and self._measures_amount(entry)
            return (
                said
                and self._names_counted(query, entry)
                and (
                    not self._counts_noun(query, counted)
                    or self._qualified(query, entry, counted, counting=True)
                    or _names_formula(query, entry)
                )
            )
        return True

    def _holds_target_thing(self, query: Query, entry: Entry) -> bool:
        """Does the entry's own wording name something of what the question says reaches a
        level (its topic words but the level's noun: "до какой суммы вырастут инвестиции"
        — investments)? A level of another thing is no answer. True when the question
        names nothing else ("до скольки вырастет?")."""
        level = target_frame(query.words)
        framing = query.words[level] if level is not None else None
        topic = [t for t in query.terms if t.focus and t.similarity > 0 and t.typed != framing]
        if not topic or self._states_topic(entry, topic) > 0:
            return True
        # its own words or its curator's phrasings ("торговля" of the turnover's figure), not
        # the article paragraph around it nor its topic's labels
        held = self._indexed(entry).terms
        own = self.tuning.weight(Field.CONTENT)
        return any(held.get(t.lemma, 0.0) >= own for t in topic)

    def _holds_grown_thing(self, query: Query, entry: Entry) -> bool:
        """Does the entry name what the question says grows ("how much will tourism grow":
        tourism; "на сколько вырастет товарооборот": the turnover) — in its own words or its
        curator's phrasings? English words carry no mark of what a question is about, so any
        word of the question but its verb of change counts there. True when it names
        nothing ("на сколько вырастет?")."""
        topic = [
            t
            for t in query.terms
            if t.similarity > 0
            and not t.frame
            and (t.focus or is_latin(t.typed))
            and not is_change_verb(t.typed)
            and not is_change_verb(t.lemma)
        ]
        if not topic or self._states_topic(entry, topic) > 0:
            return True
        held = self._indexed(entry).terms
        own = self.tuning.weight(Field.CONTENT)
        return any(held.get(t.lemma, 0.0) >= own for t in topic)

    def _becoming_held_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """What a thing becomes, asked ("what could a Turkic seven turn into", "чем может
        стать семёрка"), is answered by a passage naming that thing in its own words, before
        one that says what something else turned into ("5+1" became "6") and is close only by
        the verb: promoted, as sure as the best (``_holds_becoming_thing``)."""
        if len(scored) < 2 or self._holds_becoming_thing(query, scored[0].entry):
            return scored
        best = scored[0]
        for near in scored[1:]:
            if near.score < self.thresholds.suggest:
                break
            if self._holds_becoming_thing(query, near.entry):
                promoted = replace(near, score=best.score, subject=max(near.subject, best.subject))
                return [promoted, *(s for s in scored if s is not near)]
        return scored

    def _arrival_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """The state a standing came to, asked ("до какого уровня дошли отношения", "как
        депутат описал нынешний уровень отношений", "what has the relationship become"), is
        named by a passage saying it arrived there ("отношения … перешли … к стратегическому
        союзу") before one telling a course still under way ("уровень отношений поднимается
        на иной уровень"), which its words about a level bring closer: promoted, as sure as
        the best, when it is on the subject (and, of a speaker named, his)."""
        # the words as read (a transliteration's too: "uroven otnoshenij")
        standing = standing_reached((*query.words, *(t.lemma for t in query.terms)))
        if len(scored) < 2 or not standing or query.why:
            return scored  # "почему отношения вышли на иной уровень": a reason, not the state
        best = scored[0]
        if self._tells_arrival(best.entry, standing) or self._holds_asked_verb(query, best.entry):
            return scored
        for near in scored[1:]:
            if near.score < self.thresholds.suggest:
                break
            if query.named and not self.speaks(query, near.entry):
                continue
            if self._tells_arrival(near.entry, standing) and self.explains_subject(
                query, near.entry
            ):
                return [_lifted(near, best), *(s for s in scored if s is not near)]
        return scored

    def _holds_asked_verb(self, query: Query, entry: Entry) -> bool:
        """Does the entry hold the question's own verb (either aspect), no frame of it ("на
        какой уровень поднимаются отношения": "уровень отношений поднимается"; "на какой
        уровень вышли": "на какой уровень выходят отношения")? Then it tells the very
        course asked, not only the state."""
        verb = query.relation.verb
        if not verb or is_frame(verb):
            return False
        held = self._indexed(entry).terms
        forms = aspect_forms(verb)
        return any(form in held for form in forms) or any(
            _same_family(form, list(held)) for form in forms
        )

    @staticmethod
    def _tells_arrival(entry: Entry, standing: frozenset[str]) -> bool:
        """Does one of the entry's spans say the standing arrived at a state?"""
        return any(tells_arrival(span.text, standing) for span in entry.spans)

    def _becoming_thing(self, query: Query, framing: frozenset[str]) -> list[Term]:
        """The words naming the thing whose becoming is asked: the question's known words but
        those asking the becoming (``becoming_words``) and the occasion it is put in."""
        return [
            t
            for t in query.terms
            if t.similarity > 0
            and t.typed not in framing
            and t.lemma not in framing
            and not t.occasion
            and not t.frame
        ]

    def _holds_becoming_thing(self, query: Query, entry: Entry) -> bool:
        """Does the entry's own wording name the thing the question asks the becoming of
        ("what could a Turkic seven turn into", "во что превратилась формула 5+1")? What
        another thing turned into ("5+1" became "6", a figure filed under the Turkic topic) is
        no answer, however close its phrasing ("What has 5+1 turned into?"): the thing is held
        only by its topic's label. True when no becoming is asked or nothing but the asking
        is named ("what will it turn into?")."""
        framing = becoming_words(query.words)
        if not framing:
            return True
        thing = self._becoming_thing(query, framing)
        if not thing or self._states_topic(entry, thing) > 0:
            return True
        held = self._indexed(entry).terms
        own = self.tuning.weight(Field.CONTENT)
        return any(held.get(t.lemma, 0.0) >= own for t in thing)

    def _counts_listed(self, query: Query, entry: Entry, counted: str) -> bool:
        """ "В скольких сферах подписали соглашения?", "how many areas": a number of things
        the entry lists one by one after a colon naming them (``enumerates``: "в ключевых
        сферах: энергетике, транспорте, …") is given by the list, though no figure counts
        them. Not when the question narrows the noun beyond the entry's words ("сколько сфер,
        кроме энергетики", "сколько сфер в Габале"), nor
        for the things of a whole whose parts are listed ("сколько соглашений": the list is
        of the areas, not of the agreements)."""
        if not self._counts_noun(query, counted) and not is_latin(counted):
            return False
        typed = next((t.typed for t in query.terms if t.lemma == counted and not t.entity), None)
        if typed is None or query.excluded is not None:
            return False
        # "в скольких сферах подписаны соглашения": the question's other words said there too
        stated = self._indexed(entry).stated
        if not all(not stated.isdisjoint(family(q)) for q in qualifiers(query, counted)):
            return False
        return self._enumerates(query, entry, typed)

    def _counts_english_qualified(self, query: Query, entry: Entry, counted: str) -> bool:
        """ "How many agreements on tourism were signed", "how many agreements covered
        healthcare": an English count narrowed by a noun after a preposition or a verb of
        covering (``english_count_qualifiers``) needs a number counting the thing so
        narrowed — a clause of the entry's English counting it and saying that noun. The
        15 agreements, with healthcare one area of a list and tourism none, are no count of
        healthcare or tourism agreements (as ``_qualified`` reads a Russian count)."""
        if not is_latin(counted):
            return True
        wanted = english_count_qualifiers(query, counted)
        if not wanted:
            return True
        read = self._stated_clauses(entry, english=True)
        # the clauses naming the thing counted: with its number, or a figure's own English
        # saying what the figure counts ("how many cooperation agreements the sides signed")
        holding = [c for c in read if counted in c.counted or counted in c.lemmas]
        numbered = [c for c in holding if any(is_number(w) for w in c.lemmas)]
        holding = numbered or holding
        if not holding:
            return True  # no English count of it: the kind check above decides
        return all(any(word in c.lemmas and not c.listing for c in holding) for word in wanted)

    def _says_asked_change(self, query: Query, entry: Entry) -> bool:
        """Does the entry say what "вырастет ли …", "усилит ли …" asks will happen — the
        question's verb, a word of its family or one it is said by ("усиливает роль" for
        "усилит ли роль")? Today's effect, of the very change asked, tells it; an effect of
        another ("укрепляет взаимозависимость" for "вырастет ли экспорт") does not."""
        verb = query.relation.verb
        if verb is None:
            return False
        lemmas, _ = self._own_words(entry)
        for term in query.terms:
            if term.lemma != verb:
                continue
            if self._holds_term(entry, term) or any(said in lemmas for said in term.said):
                return True
        return False

    def _about_subject(self, query: Query) -> Subject:
        """The words the question is about (their lemmas), the people it names and the time
        it asks for aside ("прогноз по ОТГ на ближайшие годы" is about the OTS), as a
        ``Subject`` a text is read against. None of an English question's: its words are not
        the article's."""
        subject = frozenset(
            t.lemma
            for t in self._subject_terms(query)
            if t.similarity > 0
            and t.typed not in TIME_NOUNS
            and t.typed not in AHEAD_WORDS
            and t.lemma not in EXPERT_LEMMAS
            and t.lemma not in CONDITION_WORDS  # "…, если реализуют проекты"
            and not is_verb(t.lemma)
        )
        return Subject(
            frozenset() if query.language == "en" else subject,
            self.morphology.lemma,
            self._acronyms,
        )

    def _counted_forms(self, query: Query) -> tuple[str, ...]:
        """What "сколько/how many" counts, and its plainer English synonym when the question's
        word is one ("how many states": "countries", as ``_synonym_stated`` reads it too):
        an entry holding either gives the count of it. Empty when nothing is counted."""
        if not query.counted:
            return ()
        synonyms = (
            self.morphology.lemma(ENGLISH_SYNONYMS[t.typed])
            for t in query.terms
            if t.lemma == query.counted and t.typed in ENGLISH_SYNONYMS
        )
        return tuple(dict.fromkeys((query.counted, *synonyms)))

    def _synonym_stated(self, query: Query, counted: str, stated: frozenset[str]) -> bool:
        """ "How many states …": the English noun counted is stated as its plainer synonym
        ("countries"), which the briefing has too, so the question's word was kept."""
        return any(
            self.morphology.lemma(ENGLISH_SYNONYMS[t.typed]) in stated
            for t in query.terms
            if t.lemma == counted and t.typed in ENGLISH_SYNONYMS
        )

    def _hypothesised_relation(self, query: Query, entry: Entry) -> bool:
        """ "Что будет связывать тюркскую семёрку": what a thing will do, asked by the verb of
        its relation, is told by a span saying what it could be in that relation's words
        ("могла бы представлять собой регион, связанный … общей историей") — as a forecast
        would tell it. Not whether it will ("станет ли семёрка регионом"): that is
        ``_could_become_asked``, by what it becomes."""
        verb = query.relation.verb
        if verb is None or not needs_support(verb) or asks_whether_future(query.words):
            return False
        forms = {verb, *(k for t in query.terms if t.lemma == verb for k in t.kin)}
        lemma = self.morphology.lemma
        for span in entry.spans:
            if not states_hypothesis(span.text):
                continue
            said = {lemma(w) for w in tokens(span.text) if w.isalpha()}
            if any(form == own or kin(form, own) for form in forms for own in said):
                return True
        return False

    def _could_become_asked(self, query: Query, entry: Entry) -> bool:
        """ "Станет ли тюркская семёрка единым регионом?": whether a thing will become what a
        span says it could be ("такая «тюркская семёрка» могла бы представлять собой
        подлинно единый геополитический регион") is answered by that span — the expert's
        forecast of it, as he hedges it — when the span names all the question names, the
        thing and what it becomes. Not when it becomes another thing ("станет ли семёрка
        военным союзом": no "военный" in it), nor a whether of another deed ("присоединится
        ли Турция")."""
        if not asks_whether_becomes(query.words):
            return False
        framing = becoming_words(query.words) | {"стать", "превратиться", "become", "turn"}
        named = [
            t
            for t in query.terms
            if t.similarity > 0 and t.lemma not in framing and t.typed not in framing
        ]
        if not named:
            return False
        lemma = self.morphology.lemma
        for span in entry.spans:
            if not states_hypothesis(span.text):
                continue
            said = {lemma(w) for w in tokens(span.text)}
            if all(t.lemma in said or any(k in said for k in t.kin) for t in named):
                return True
        return False

    @staticmethod
    def _names_what_it_becomes(query: Query, entry: Entry) -> bool:
        """ "Чем, по прогнозу эксперта, могла бы стать семёрка?": what the thing is to be,
        which a span saying what it could be names (``asks_becoming``)."""
        return asks_becoming(query.words) and any(
            states_hypothesis(span.text) for span in entry.spans
        )

    @staticmethod
    def _dated_relatively(query: Query, entry: Entry) -> bool:
        """Does the entry tell the time of something past relative to the telling ("совсем
        недавно"), for a question that such a time answers (``recency``): how recent it
        was, or when by the account of the very person telling it?"""
        own_account = (entry.briefing.id, entry.speaker) in query.named
        return (
            not query.future
            and answered_relatively(query.words, own_account=own_account, remark=query.remark)
            and any(tells_relative_past(span.text) for span in entry.spans)
        )

    @staticmethod
    def _gives_period(query: Query, entry: Entry, wanted: AnswerType) -> bool:
        """ "5–7 млн тонн — это за какой срок?": how long a figure the question quotes takes
        is the unit of time the article gives it per ("5–7 миллионов тонн в год"), in the
        span holding it — the figure of that number alone (``only_quoted``), not a passage
        giving others with it."""
        if wanted is not AnswerType.DURATION or not only_quoted(entry, query.words, query.text):
            return False
        written = fold(query.text)
        quoted = [w for w in query.words if w[:1].isdigit() and w in written]
        spans = _quoted_spans(entry, query) or ()
        return any(per_time(fold(text), number) for text in spans for number in quoted)

    @staticmethod
    def _states_joined(query: Query, entry: Entry, wanted: AnswerType) -> bool:
        """Every kind asked after "и/and" ("когда и где", "and by when") is stated too — of
        something to come, in the span that forecasts it. A list's items are not read."""
        if entry.kind is EntryKind.LIST:
            return True
        for kind in query.joined:
            if kind is wanted:
                continue
            if kind not in entry.states:
                return False
            if query.future and kind in _FACTUAL and not forecast_with(entry, kind):
                return False
        return True

    def _states_parts(self, query: Query, entry: Entry, wanted: AnswerType) -> bool:
        """Each kind asked after "и/and" (stated at all: ``_states_joined``) is stated of the
        relation asked about, as that part asked alone would need it: "сколько соглашений
        подписали и кто" needs the person who signed (``names_doer``), which "стороны
        подписали 15 соглашений" does not name, though it names a person; "и где" a place
        beyond those the question names (``places_beyond``). A list's items are not read."""
        if entry.kind is EntryKind.LIST:
            return True
        relation = query.relation
        if relation.verb is not None and is_explaining_verb(relation.verb) and query.named:
            # "Тусупбеков объясняет, почему …": his explaining is how the reason is asked of
            # him, no doing the part asking why must find in his words
            relation = replace(relation, verb=None)
        for kind in query.joined:
            if kind is wanted:
                continue
            part = replace(query, asks=(kind,), joined=(), relation=relation)
            if not self._supports(part, entry):
                return False
        return True

    @staticmethod
    def _states_change(query: Query, entry: Entry) -> bool:
        """The entry states the change of an amount asked about (``changes``): a multiple
        for "во сколько раз", a level reached for "до скольки", either for "на сколько". A
        list's items are not read."""
        if entry.kind is EntryKind.LIST:
            return True
        texts = (*(span.text for span in entry.spans), *entry.shown_words)
        # "насколько вырос товарооборот за последние годы": a change made, which a level to
        # reach or a multiple to come ("позволит довести до миллиарда") does not tell
        past = asks_past_change(query.words)
        if any(
            query.change in stated_changes(text) and (not past or states_change_made(text))
            for text in texts
        ):
            return True
        # "во сколько раз должен вырасти": today's amount and the target, in one span
        return (
            query.change is Change.FACTOR
            and not past
            and derives_multiple(tuple(span.text for span in entry.spans))
        )

    @staticmethod
    def _counts_noun(query: Query, counted: str) -> bool:
        """ "сколько стран …" counts a Russian common noun, which a number must count; not
        "сколько составляет", "сколько Казахстану нужно", an English noun; nor "объём
        перевозок", whose size the number gives in tonnes (``VOLUME_WORDS``)."""
        return not Matcher._sized(query, counted) and any(
            t.lemma == counted and not t.entity and is_noun(t.lemma) for t in query.terms
        )

    @staticmethod
    def _sized(query: Query, counted: str) -> bool:
        """Is what the question counts the thing after a volume noun ("какой объём нефти",
        however "объём" is spelt), or after "how much" ("how much oil"): its size is asked,
        not a number of it — which "двух стран" beside the oil does not give. The words
        qualifying the thing stand between ("объём железнодорожных грузов": the freight) — or
        a Russian noun counted in a form no count takes ("сколько торговли": ``is_mass_form``)."""
        volumes = (
            VOLUME_WORDS | {t.typed for t in query.terms if t.lemma in VOLUME_WORDS} | MASS_WORDS_EN
        )
        # "kazakh oil exports: volume?" sizes what precedes it, as "volume of …" does
        words = tuple(amount_headline_unfolded(list(query.words)))
        sized = {_head_after(words, at) for at, a in enumerate(words) if a in volumes}
        english = query.english_counted
        if (
            english is not None
            and counted in english.words
            and not sized.isdisjoint({"of", *english.names})
        ):
            # "how much Kazakh energy", "the volume of Kazakh oil": English puts the names and
            # "of" between the size word and its noun, which English word order reads
            # (``EnglishCounted``)
            return True
        return any(
            t.lemma == counted and (t.typed in sized or _counted_as_mass(query.words, t.typed))
            for t in query.terms
        )

    def _topical(self, entry: Entry) -> frozenset[str]:
        """The lemmas of an entry's topics: what the curator files it under, for a size asked
        by another word than the article's ("объём торговли": the turnover)."""
        texts = (text.text for text in entry.search_texts() if text.field is Field.TOPIC)
        return frozenset(w for text in texts for w in content_lemmas(text, self.morphology))

    def _measures_amount(self, entry: Entry) -> bool:
        """Does a number of the entry measure a size in a unit (``MEASURE_UNITS``: "миллионов
        долларов", "тонн"), not count things ("двух стран")?"""
        read = self._entry_clauses(entry)
        return any(not clause.counted.isdisjoint(MEASURE_UNITS) for clause in read)

    def _kind_not_given(self, query: Query, scored: list[Scored], limit: int) -> Match | None:
        """The best entry does not state the kind of fact asked for ("когда", "где", "сколько
        стоит"): answer with the first entry that does, when it may stand in for the best
        (``_stands_in_for_best``), as sure as the best — else, when the subject is covered,
        say that the article does not give it, offering what it gives on it."""
        wanted = self._wanted(query)
        assert wanted is not None
        stating = next(
            (
                s
                for s in scored
                if self._states_asked(query, s.entry)
                and not self._goes_elsewhere(query, s.entry)
                and not self._places_another_than_named(query, s.entry)
            ),
            None,
        )
        if stating is not None and (
            self._stands_in_for_best(query, scored[0], stating)
            or self._source_stands_in(query, scored[0], stating)
            or self._figure_stands_in(query, scored[0], stating)
            or self._own_forecast_stands_in(query, stating)
            or self._forecasters_stands_in(query, stating)
        ):
            rest = tuple(s for s in scored if s is not stating)[:limit]
            sure = replace(stating, score=max(stating.score, scored[0].score))
            return Match(query, Band.ANSWER, sure, rest)
        on_subject = self._offered(query, scored, limit)
        if not on_subject:
            return None
        part = self._missing_part(query, scored, wanted)
        if part is AnswerType.STATEMENT and query.why:
            part = AnswerType.REASON  # "почему X считает …": his words are there, not why
        if part is AnswerType.PERSON and self._forecaster_asked(query):
            part = AnswerType.FORECAST  # "кто прогнозирует рост инвестиций": no one did
        missing = missing_kind(
            part,
            query.words,
            query.relation.detail,
            remarked=query.remark_forecast,
            future=query.future,
        )
        if missing is AnswerType.DATE and self._proposal_timed(query, on_subject):
            missing = AnswerType.FORECAST
        return Match(query, Band.NOT_GIVEN, on_subject[0], on_subject, missing)

    def _same_way(self, query: Query, entry: Entry, *, stated: bool = False) -> bool:
        """Is the entry's figure one of the way a question asking for a figure names — its
        means of transport (``_covers``) and its route (``transport.crossed_route``: no
        country of the question's route has another role in the entry's)? True for any other
        question, and for a generated list. ``stated``: the entry must state a route of its
        own too — a passage standing in for the best, which crossed the route, must not be
        one that only points back to it ("этот срок можно сократить до 7–8 дней")."""
        if entry.kind is EntryKind.LIST:
            return True
        if self._goes_elsewhere(query, entry):
            return False  # "когда Токаев ездил в Азербайджан": Aliyev's trip to Kazakhstan
        if query.asks[:1] not in _FIGURE_KINDS:
            # "what was trade turnover last year": a figure asked for by no kind of fact
            past = None if query.future or query.asks else past_time_named(query.words)
            return past is None or any(names_time(span.text, past) for span in entry.spans)
        means = self._means_asked(query)
        if means and not self._covers(entry, means):
            return False
        past = None if query.future else past_time_named(query.words)
        if past is not None and not any(names_time(span.text, past) for span in entry.spans):
            return False  # "в прошлом году", "in 2020": today's figure is not that year's
        asked = route_roles(query.words, self._country)
        if not asked:
            return True
        route = self._route(entry)
        if stated and not route:
            return False
        return not crossed_route(asked, route)

    def _route(self, entry: Entry) -> dict[str, str]:
        """The roles of the countries on the route the entry's spans tell
        (``transport.route_roles``), the first span's first; read once per entry."""
        number = self._numbers[id(entry)]
        route = self._routes.get(number)
        if route is None:
            route = {}
            for span in entry.spans:
                for key, role in route_roles(tokens(fold(span.text)), self._country).items():
                    route.setdefault(key, role)
            self._routes[number] = route
        return route

    def _goes_elsewhere(self, query: Query, entry: Entry, *, deeds: bool = True) -> bool:
        """Does the entry tell of trips, none to the place a question's trip goes to
        (``trips``: "в какой день Токаев прилетел в Баку" against "Алиев прибыл … в
        Казахстан")? ``deeds``: a figure of a deed the question puts in a place counts too
        ("сколько соглашений подписали в Баку": signed on the visit to Astana) — not when
        ranking what to offer, where that passage is the one showing the real place."""
        lemma = self.morphology.lemma

        def mended(word: str) -> str:  # "в казахтан": the lemma the reading mended it to
            return query.lemma_of(word) if query.lemma_of(word) != word else lemma(word)

        names = {t.typed for t in query.terms if t.entity and t.similarity > 0}

        def named(word: str) -> bool:  # "в Габалу": a name the briefing writes
            return word in names and not (looks_like_person(word) or person_stem(word))

        destination = trip_destination(query.words, self._country, mended, named)
        if destination is None and query.scene:  # "… сам ездил к азербайджанцам. Когда это было?"
            destination = trip_destination(query.scene, self._country, mended)
        english = not any(is_cyrillic(w) for w in query.words)
        if destination is None and deeds and query.asks[:1] in _FIGURE_KINDS:
            # "сколько соглашений подписали в Баку": a figure of a deed put in a place, which
            # a passage telling it done on a trip elsewhere ("визита … в Астану") does not give
            destination = deed_place(query.words, self._country, mended, named)
            if destination is not None and english and self._trip_places(entry, english=True):
                return goes_elsewhere(destination, self._trip_places(entry, english=True))
            if destination is not None:
                # an English summary may name no place ("during the visit"): the spans do
                return goes_elsewhere(destination, self._trip_places(entry))
        if destination is None:
            return False
        told = self._trip_places(entry, english=english)
        return told is not None and goes_elsewhere(destination, told)

    @staticmethod
    def _invitation_texts(entry: Entry) -> tuple[str, ...]:
        """The entry's spans and English, where an invitation may be told."""
        return (*(span.text for span in entry.spans), *_english_texts(entry))

    def _another_trip(self, query: Query, entry: Entry) -> bool:
        """Does a question asking who, of a trip, ask of another trip than the one the entry
        tells — gone elsewhere (``_goes_elsewhere``: "кто пригласил Токаева в Габалу"), or,
        where the entry tells a coming at an invitation, made by another traveller: its host
        ("по чьей инициативе состоялась поездка Токаева", "whose initiative was Tokayev's
        trip") or one it does not name (``trips.another_traveller``)? The invitation of
        Aliyev's coming to Kazakhstan is no answer to whose initiative either was."""
        if self._goes_elsewhere(query, entry):
            return True
        english = not any(is_cyrillic(w) for w in query.words)
        asked = trip_travellers(
            tuple(tokens(query.text)) if english else query.words, looks_like_person
        )
        if not asked:
            return False
        texts = _english_texts(entry) if english else tuple(span.text for span in entry.spans)
        hosts, others = invited_travellers(texts, looks_like_person)
        return another_traveller(asked, hosts, others)

    def _trip_places(self, entry: Entry, *, english: bool = False) -> frozenset[str] | None:
        """The places the entry's spans put their trips in (``trips.trip_places``), None when
        none tells of a trip to a place; read once per entry. ``english``: of its English
        (``_english_texts``), where an English question's place names are spelt as they are
        ("to Gabala")."""
        number = self._numbers[id(entry)]
        key = (number, english)
        if key not in self._trips:
            texts = _english_texts(entry) if english else tuple(s.text for s in entry.spans)
            places = [trip_places(text, self._country, self.morphology.lemma) for text in texts]
            told = [found for found in places if found is not None]
            self._trips[key] = frozenset().union(*told) if told else None
        return self._trips[key]

    def _tells_trip(self, entry: Entry) -> bool:
        """Does one of the entry's spans tell of a trip to a place (``trips.trip_places``)?"""
        lemma = self.morphology.lemma
        return any(trip_places(span.text, self._country, lemma) for span in entry.spans)

    def _country(self, word: str) -> str | None:
        """The country a folded word names (``parties.country_key``), or None."""
        if not word.isalpha():
            return None
        return country_key(word, self.morphology.lemma(word))

    def _means_asked(self, query: Query) -> frozenset[str]:
        """The means of transport a question asking for a figure narrows it to ("сколько идёт
        груз на авто", "how many tonnes go by rail": ``transport.asked_means``); empty for
        any other question, or one naming none. A list is asked for as it stands."""
        if query.asks[:1] not in _FIGURE_KINDS:
            return frozenset()
        return asked_means(query.words)

    def _covers(self, entry: Entry, means: frozenset[str]) -> bool:
        """Does the entry cover one of ``means`` — in its own words or its topics' (the
        curator filing today's delivery time under the railway)? A generated list is taken
        as it stands."""
        if entry.kind is EntryKind.LIST:
            return True
        lemmas, words = self._own_words(entry)
        topics = (
            word
            for text in entry.search_texts()
            if text.field is Field.TOPIC
            for word in tokens(fold(text.text))
        )
        return covers_means((*words, *lemmas, *topics), means)

    def _proposal_timed(self, query: Query, on_subject: tuple[Scored, ...]) -> bool:
        """ "Когда может появиться тюркская семёрка", "когда Турция войдёт в семёрку", "when
        might the Turkic seven take shape": the time to come of a thing only proposed — an
        expert's advice ("логично добавить Турцию", ``span_proposes``) or what could be
        ("могла бы представлять собой", ``states_hypothesis``). Nobody has set a date for a
        proposal: when it may come about is a forecast, and that is what the article lacks.
        Asked of the future (a future verb, "will", or "может", "could": ``asks_possible``)
        and of a proposal among the first passages offered on the subject."""
        if not (query.future or asks_possible(query.words)):
            return False
        return any(
            span_proposes(span.text) or states_hypothesis(span.text)
            for offered in on_subject[:_PROPOSAL_REACH]
            for span in offered.entry.spans
        )

    def _dated_by_occasion(self, query: Query, refused: Match) -> Match | None:
        """ "Когда подписали 15 соглашений?": the entry refused for want of a date says they
        were signed "в рамках визита" (``occasions``), and another entry of its briefing
        dates that very visit ("20 октября … прибыл с государственным визитом"): answer with
        the first, the second shown after it as the occasion's date — the reply says the
        date is the occasion's, not a date of the signing. Only for a "когда/when" of the
        past asked alone (the occasion answers when; "какого числа", a day of the calendar,
        it does not give), of a relation the entry states in its own words (the question's
        verb, every word it asks about known to the entry: "когда ратифицируют соглашения"
        is another deed), and when the article gives the occasion one date. None
        otherwise."""
        best = refused.best
        if (
            best is None
            or query.future
            or query.joined
            or query.asks[:1] != (AnswerType.DATE,)
            or asks_calendar_date(query.words)
            or best.score < self.thresholds.answer
            or not self._holds_question(query, best.entry)
        ):
            return None
        for occasion in (o for span in best.entry.spans for o in occasions(span.text)):
            dated = self._dating(best.entry, occasion.noun)
            if dated is not None:
                sure = replace(best, dated_by=(dated,), occasion=occasion.words)
                rest = tuple(s for s in refused.suggestions if s.entry is not best.entry)
                return Match(query, Band.ANSWER, sure, rest)
        return None

    def _holds_question(self, query: Query, entry: Entry) -> bool:
        """Every word of the question the briefing knows is the entry's own (by lemma, its
        family, or a capital for its country), none is unknown, and its verb is one the
        entry's spans state (``related``): the entry tells the very deed asked about."""
        if any(t.similarity <= 0 and not t.entity for t in query.terms):
            return False
        indexed = self._indexed(entry)
        floor = self.tuning.weight(Field.CONTEXT)
        own = [lemma for lemma, weight in indexed.terms.items() if weight >= floor]
        if not all(
            indexed.terms.get(t.lemma, 0.0) >= floor
            or indexed.terms.get(CAPITALS.get(t.lemma, ""), 0.0) >= floor
            or _same_family(t.lemma, own)
            for t in self._subject_terms(query)
            if not t.typed[:1].isdigit()
        ):
            return False
        verb = query.relation.verb
        if verb is None or not needs_support(verb):
            return True
        wanted = related(verb)
        lemma = self.morphology.lemma
        return any(
            lemma(word) in wanted or any(kin(lemma(word), w) for w in wanted)
            for span in entry.spans
            for word in tokens(span.text)
        )

    def _dating(self, entry: Entry, noun: str) -> Entry | None:
        """The entry of ``entry``'s briefing whose span dates the occasion ``noun`` names —
        a span stating a date and naming that occasion ("20 октября … прибыл с
        государственным визитом"); a figure first (its value is the date). None when no
        span does, or spans give the occasion more than one date."""
        lemma = self.morphology.lemma
        found: list[Entry] = []
        dates: set[str] = set()
        for indexed in self.index.entries:
            other = indexed.entry
            if other is entry or other.briefing is not entry.briefing:
                continue
            for span in other.spans:
                stated = stated_dates(span.text)
                if stated and any(lemma(word) == noun for word in tokens(span.text)):
                    found.append(other)
                    dates.update(stated)
        if len(dates) != 1 or not found:
            return None
        return min(found, key=lambda e: e.kind is not EntryKind.FIGURE)

    def _missing_part(self, query: Query, scored: list[Scored], wanted: AnswerType) -> AnswerType:
        """The kind a compound question lacks: "сколько соглашений подписали и кто" — the
        count is given (an entry about the subject states it), who signed is not; the first
        kind asked after "и" that no entry about the subject states then, else the main one.
        Whether a thing will happen, asked first ("will it reach 20 million, and by when"),
        stays what is missing: a need or an effect read as a forecast does not settle it."""
        if not query.joined or wanted is AnswerType.FORECAST:
            return wanted
        # the entries about the subject as much as the best: a passage merely near it (the
        # peace declaration naming its signatories) says nothing of who signed these
        floor = max(self.thresholds.suggest, scored[0].subject - MARGIN) if scored else 0.0
        near = [s.entry for s in scored if s.subject >= floor]
        alone = replace(query, joined=())
        if not any(self._states_asked(alone, entry) for entry in near):
            return wanted
        for kind in query.joined:
            part = replace(query, asks=(kind,), joined=())
            if kind is not wanted and not any(self._states_asked(part, e) for e in near):
                return kind
        return wanted

    def _stands_in_for_best(self, query: Query, best: Scored, stating: Scored) -> bool:
        """May ``stating``, the first entry stating the kind asked, answer instead of the best,
        which does not? Only when what separates them is a near tie the kind asked decides
        (as ``_by_evidence`` decides one by the reason an entry gives): "почему визит был
        государственным" is not answered by reasons Huseynov gives for other things, however
        well they score. So ``stating`` must be about the question's subject (its words'
        score) nearly as much as the best (``MARGIN``), and give a number when one is
        counted; then it answers when it is sure by itself, or when the best is sure and
        leads it by no more than
        - a tie (``TIE_MARGIN``), whatever the entries are about: "in which month did Aliyev
          and Tokayev meet" — the visit's date, just below Tokayev's trip to Gabala, which
          gives no date;
        - ``MARGIN``, when ``stating`` is on the subject (its words reach the suggest
          threshold) and holds every word of it the best holds (``_holds_what_best_does``):
          the same thing, only with the kind asked. "За сколько дней можно будет довезти
          груз, если вложить деньги": the expert's 7–8 days with investment, not "the
          article does not say" beside today's delivery time; "во сколько раз надо
          увеличить перевозки, если Казахстану надо 20 млн": the passage giving both
          figures, which "сколько" put below today's amount."""
        if self._uncounted(query, stating.entry) or best.subject - stating.subject > MARGIN:
            return False
        if self._wanted(query) is AnswerType.MONEY and self._another_sum(query, best, stating):
            return False
        if stating.score >= self.thresholds.answer:
            return True
        if best.score < self.thresholds.answer:
            return False
        lead = best.score - stating.score
        return lead <= TIE_MARGIN or (
            lead <= MARGIN
            and stating.subject >= self.thresholds.suggest
            and self._holds_what_best_does(query, best.entry, stating.entry)
        )

    def _source_stands_in(self, query: Query, best: Scored, stating: Scored) -> bool:
        """May the passage a sure best figure was taken from (``_taken_from``) answer the
        kind the figure alone does not state? "Почему пока не выходит довозить грузы
        быстрее": the 7–8 days lead on the words, and their own passage tells what the
        faster delivery takes ("для этого нужны серьёзные вложения") — one fact in two
        readings, however far the passage trails on the words, not "the article does not
        say why". Only a Russian or English why asked of a deed the passage tells the aim of
        (``_states_asked`` has held that), never a number counted (``_uncounted``)."""
        return (
            best.score >= self.thresholds.answer
            and best.entry.kind is EntryKind.FIGURE
            and stating.entry.kind is EntryKind.ANSWER
            and self._wanted(query) is AnswerType.REASON
            and _taken_from(best.entry, stating.entry)
            and not self._uncounted(query, stating.entry)
        )

    def _figure_stands_in(self, query: Query, best: Scored, stating: Scored) -> bool:
        """May a figure taken from the sure best passage (``_taken_from``) answer the amount
        the passage as a whole is not read as stating? "Какой товарооборот будет, если
        реализуют Средний коридор": the expert's passage leads on the words, but its clause
        giving the billion says "этот показатель", not "товарооборот", so no clause of it
        counts the turnover the condition qualifies; the figure drawn from that very clause
        does — one fact in two readings, however far the figure trails on the words. Only an
        amount asked (a sum, a quantity, a length of time), never a number of another thing
        (``_uncounted``)."""
        return (
            best.score >= self.thresholds.answer
            and best.entry.kind is EntryKind.ANSWER
            and stating.entry.kind is EntryKind.FIGURE
            and self._wanted(query) in _AMOUNTS
            and _taken_from(stating.entry, best.entry)
            and not self._uncounted(query, stating.entry)
        )

    def _own_forecast_stands_in(self, query: Query, stating: Scored) -> bool:
        """ "Что даст визит, по мнению Ишмухамедова?": a forecast asked of the expert it
        names, of a thing his passage foreseeing it holds in its own words ("результаты
        визита позволят устранить барьеры") — his answer, however far his overall verdict on
        the thing ("своевременный визит", which foresees nothing) leads it on the words. Only
        a passage sure by itself (the answer threshold), by the expert named, foreseeing
        (``foresees``), holding every word of what the question is about."""
        entry = stating.entry
        if self._wanted(query) is not AnswerType.FORECAST or entry.speaker is None:
            return False
        if (entry.briefing.id, entry.speaker) not in query.named:
            return False
        if stating.score < self.thresholds.answer or not foresees(entry):
            return False
        return self._holds_all_asked(query, entry)

    def _forecasters_stands_in(self, query: Query, stating: Scored) -> bool:
        """ "Кто прогнозирует рост товарооборота": who foresaw it is asked, and the one
        passage foreseeing a figure of it ("позволит довести этот показатель до одного
        миллиарда") is his answer, however far a passage sharing the rare "рост" ("рост
        взаимной торговли", no forecast) leads it on the words. Only with a subject to read
        (a Russian question's words) every word of which, its change aside, it holds."""
        if self._wanted(query) is not AnswerType.PERSON or stating.entry.speaker is None:
            return False
        by_noun = AnswerType.FORECAST in query.asks and names_forecast(query.words)
        if not (by_noun or self._forecaster_asked(query)):
            return False
        about = self._foreseen_subject(query)
        text = " ".join(span.text for span in stating.entry.spans)
        return bool(about.lemmas) and about.all(text)

    def _another_sum(self, query: Query, best: Scored, stating: Scored) -> bool:
        """Is the sum ``stating`` gives one of another thing than the money the question
        asks of — its words of investing or spending ("how much is Azerbaijan investing in
        Kazakhstan", "сколько вкладывает Баку") held by the best entry and not by the one
        stating a sum (the trade turnover between the two countries)? A sum of one thing is
        no sum of another, however sure the entry is of the countries."""
        floor = self.tuning.weight(Field.CONTEXT)
        best_terms = self._indexed(best.entry).terms
        stating_terms = self._indexed(stating.entry).terms
        return any(
            best_terms.get(t.lemma, 0.0) >= floor and stating_terms.get(t.lemma, 0.0) < floor
            for t in query.terms
            if t.typed.startswith(INVESTING_STEMS)
        )

    def _holds_what_best_does(self, query: Query, best: Entry, near: Entry) -> bool:
        """Does ``near`` hold every word of what the question is about (``_topic_terms``)
        that the best entry holds? Then it is about the same thing, only giving the kind
        asked: "Kazakhstan's trade turnover with China" is about the turnover the best entry
        gives, not about the delivery time from China its sibling gives."""
        floor = self.tuning.weight(Field.CONTEXT)
        best_terms = self._indexed(best).terms
        near_terms = self._indexed(near).terms
        own = [lemma for lemma, weight in near_terms.items() if weight >= floor]
        return all(
            near_terms.get(t.lemma, 0.0) >= floor or _same_family(t.lemma, own)
            for t in self._topic_terms(query)
            if best_terms.get(t.lemma, 0.0) >= floor
        )

    @staticmethod
    def _substance_asked(query: Query) -> frozenset[str]:
        """What an amount asked in a unit of mass is of ("сколько баррелей нефти", "tonnes of
        oil", "сколько нефти, в тоннах"): its lemmas, no cargo any tonnage is of
        (``ANY_CARGO``); empty when the question asks no such amount."""
        if query.asks[:1] != (AnswerType.QUANTITY,) or query.counted is None:
            return frozenset()
        unit = query.counted
        measured = (
            *_measured_of(query, unit)[:1],
            *_measured_in_russian(query, unit),
            *(() if query.measured_of is None else (query.measured_of,)),
        )
        return frozenset(word for word in measured if word not in ANY_CARGO)

    def _on_substance(self, entry: Entry, substance: frozenset[str]) -> bool:
        """Do the entry's indexed words (its spans, phrasings or topics) name the substance?"""
        terms = self._indexed(entry).terms
        return any(terms.get(word, 0.0) > 0 for word in substance)

    def _offered(self, query: Query, scored: list[Scored], limit: int) -> tuple[Scored, ...]:
        """What a reply saying the article does not give the detail asked offers: the entries
        on the question's subject (their words alone reach the suggest threshold; none, no
        offer) by the subject's score — but those whose own words state nothing of what the
        question is about (``_topic_terms``) after those that state some of it. "Войдёт ли
        Турция в формат 6": Ishmukhamedov's passage on adding Turkey, before the figure "6"
        that never names Turkey. When no entry on the subject states any of it, a neighbour
        just below the threshold (from half of it) that does comes first: the question's
        other words (a verb, a shared number, the people it names) lifted the others, not
        what it asks about."""
        suggest = self.thresholds.suggest
        on_subject = [s for s in scored if s.subject >= suggest]
        if not on_subject:
            return ()
        topic = self._topic_terms(query)
        asked = frozenset(t.lemma for t in query.terms if t.similarity > 0)
        stated = {id(s): self._states_topic(s.entry, topic, asked) for s in scored}
        near: list[Scored] = []
        if not any(stated[id(s)] for s in on_subject):
            near = [s for s in scored if suggest / 2 <= s.subject < suggest and stated[id(s)]]
        # "каков объём казахстанских инвестиций": the passage naming the investments whose
        # sum is not given, before the turnover's, which only "объём" lifted — from just
        # below the threshold when no passage on the subject names them ("объём" asked of
        # a thing: its noun, not a unit nor "сколько дней", says what the amount is of)
        volume = any(t.lemma in VOLUME_WORDS for t in query.terms)
        # "какой товарооборот у Казахстана с Турцией": an amount of a thing asked between
        # named countries — the passages stating that thing (the turnover between Azerbaijan
        # and Kazakhstan) before one only naming the country (the Turkic seven)
        between = bool(query.parties) and self._wanted(query) in _AMOUNTS
        counted = query.counted if volume or between else None
        holds = {id(s): counted is None or counted in self._own_words(s.entry)[0] for s in scored}
        if counted is not None and not any(holds[id(s)] for s in [*on_subject, *near]):
            near.extend(
                s
                for s in scored
                if suggest / 2 <= s.subject < suggest
                and holds[id(s)]
                and stated[id(s)]
                and s not in near
            )
        # "сколько локомотивов нужно Среднему коридору", "how many locomotives does the Middle
        # Corridor need": a number asked of a thing — the passage naming that thing (more
        # locomotives and wagons) before the one on the corridor, which the question's other
        # words lifted and which never names it
        number_of = self._counted_thing(query)
        names_thing = {id(s): self._holds_counted(s.entry, number_of, asked) for s in scored}
        if number_of is not None and not any(names_thing[id(s)] for s in [*on_subject, *near]):
            # "сколько вагонов нужно для Среднего коридора": nothing on the subject names the
            # wagons; the passage naming them just below the threshold (from half of it) is
            # what the article has of the thing counted
            near.extend(
                s
                for s in scored
                if suggest / 2 <= s.subject < suggest and names_thing[id(s)] and s not in near
            )
        names = {id(s): self._names_counted(query, s.entry) for s in scored}
        # "any forecast on how much cargo the route will carry": when nothing on the subject
        # gives an amount of what is counted (the route's importance gives none), the
        # passages just below the threshold giving one (the tonnes carried now and needed)
        # come first — the amount the article has of it
        amounts = self._amounts_counted(query, scored, [*on_subject, *near], suggest)
        near.extend(s for s in amounts if s not in near)
        # "forecast of how much tourism between Azerbaijan and Kazakhstan will grow": nothing
        # offered is filed under tourism, the topic the question names; the passage that is
        # comes first, from however far down the scoring (``_topic_keyword_passage``)
        keyword = self._topic_keyword_passage(query, topic, [*on_subject, *near], suggest / 2)
        if keyword is not None:
            near.append(keyword)
        invested = self._wanted(query) is AnswerType.MONEY
        projecting = self._wanted(query) is AnswerType.FORECAST
        # "сколько Азербайджан вложил в Казахстан": investment between the two countries — the
        # passage naming it among the areas the sides share, from however far below
        # (``_listed_investment``), before one needing investment for a delivery time
        between_sides = invested and self._invested_between(query)
        if between_sides:
            listing = self._listed_investment(query, [*on_subject, *near])
            if listing is not None:
                near.append(listing)
        for found in near:
            if id(found) not in stated:
                stated[id(found)] = self._states_topic(found.entry, topic, asked)
                holds[id(found)] = counted is None or counted in self._own_words(found.entry)[0]
                names[id(found)] = self._names_counted(query, found.entry)
                names_thing[id(found)] = self._holds_counted(found.entry, number_of, asked)
        # "вырастут ли инвестиции Азербайджана в казахстанские проекты": a forecast of the
        # investments, whose words ("проекты", "в год") lift the turnover's passages, which
        # never name them — the passage naming investment is offered as for a sum invested
        if invested or projecting:
            own = {id(s.entry): s for s in scored}
            for found in self._investment_offered(query, [*on_subject, *near]):
                # as the question scored it, when it did: its subject is the question's
                found = own.get(id(found.entry), found)
                near.append(found)
                stated[id(found)] = self._states_topic(found.entry, topic)
                holds[id(found)] = counted is None or counted in self._own_words(found.entry)[0]
                names[id(found)] = self._names_counted(query, found.entry)
                names_thing[id(found)] = self._holds_counted(found.entry, number_of, asked)
        # "когда Токаев ездил в Азербайджан": a trip elsewhere after the rest (``trips``)
        away = {
            id(s): self._goes_elsewhere(query, s.entry, deeds=False) for s in [*on_subject, *near]
        }
        if all(away[id(s)] for s in on_subject):
            # "когда следующий визит Токаева в Баку": every trip on the subject went to
            # Kazakhstan; a neighbour just below the threshold whose trip went to Azerbaijan
            # ("когда Токаев выступал в Габале") tells what the article has of that place
            there = [
                s
                for s in scored
                if suggest / 2 <= s.subject < suggest
                and s not in near
                and not self._goes_elsewhere(query, s.entry, deeds=False)
                and self._tells_trip(s.entry)
            ]
            near.extend(there)
            away.update({id(s): False for s in there})
        # what a sum invested is asked of, without the words of the amount ("объём", "в
        # долларах"), which the turnover's passages state and no passage on investment does
        things = [t for t in topic if t.lemma not in MONEY_AMOUNT_LEMMAS]
        of_what = (
            {id(s): self._states_topic(s.entry, things) for s in [*on_subject, *near]}
            if invested or projecting
            else {}
        )
        # "какой прогноз по товарообороту на следующий год": the passage making a forecast
        # on the subject (the 1 billion target) before today's figure beside it
        # "сколько баррелей нефти нужно Казахстану": an amount of a substance no figure
        # gives — the passages on that substance (the oil exported via Azerbaijan) before
        # the figures of another (the rail freight Kazakhstan needs)
        substance = self._substance_asked(query)
        changed = query.change is not None and self._wanted(query) in _AMOUNTS
        measures = {
            id(s): changed and self._measures_amount(s.entry) for s in [*on_subject, *near]
        }
        ranked = sorted(
            [*on_subject, *near],
            key=lambda s: (
                away[id(s)],
                bool(substance) and not self._on_substance(s.entry, substance),
                # investment between the sides: the passage listing it among their areas
                between_sides and not _lists_investment(s.entry),
                keyword is not None and s is not keyword,
                bool(amounts) and s not in amounts,
                # "насколько выросла торговля за год": a change the article never reports —
                # the passage measuring the amount (the turnover's dollars) before one only
                # saying it may grow manifold, which merely writes the word "торговля"
                changed and not measures[id(s)],
                not names_thing.get(id(s), True),
                not stated[id(s)],
                # an amount between named countries: the thing amounted, before the country
                between and not holds[id(s)],
                # a sum invested: the passage stating most of what it is asked of ("по 15
                # соглашениям": the agreements), then one naming investment
                -of_what[id(s)] if invested else 0.0,
                invested and self._invested_unnamed(query, s.entry),
                # a forecast of the investments: the passage naming them, before a forecast
                # of another thing the question's other words lifted
                projecting and self._invested_unnamed(query, s.entry),
                projecting and AnswerType.FORECAST not in s.entry.states,
                # "прогноз по объёму грузов через Средний коридор": of two forecasts, the one
                # stating more of what it is of (the corridor's, not the rail volumes')
                -of_what[id(s)] if projecting else 0.0,
                not names[id(s)],
                not holds[id(s)],
                -s.subject,
            ),
        )
        if (
            query.parties
            and self._wanted(query) is AnswerType.FORECAST
            and not any(w in EXCLUDING for w in query.words)  # "кто ещё, кроме Турции"
            and not any(self._names_parties(query, s.entry) for s in ranked)
        ):
            # "вступит ли Турция в формат «6» в ближайшее время": a forecast of the party's
            # step; the passage proposing to add Turkey, though the time asked lowered it,
            # before the figure that never names it (not China, the origin of the cargo, for
            # "китай даст деньги на паромы": a sum asked, not what the party will do)
            # joining asked ("будет ли Турция вступать в формат"): the party is the subject,
            # so the passage naming it counts however little else of the question it shares
            floor = 0.0 if asks_joining(query.words) else suggest * _PARTY_OFFER_SHARE
            naming = next(
                (
                    s
                    for s in scored
                    if s.subject > floor
                    and s.entry.kind is not EntryKind.LIST
                    and self._names_parties(query, s.entry)
                ),
                None,
            )
            if naming is not None:
                ranked = [naming, *ranked]
        if query.parties and self._asks_part(query):
            ranked = self._party_named_first(query, ranked, scored)
        return tuple(ranked[:limit])

    def _topic_keyword_passage(
        self, query: Query, topic: list[Term], offered: list[Scored], floor: float
    ) -> Scored | None:
        """The passage filed under a topic the question names by its keyword — its topic word
        heavier than every other (``_topic_terms``), which is a one-word name of a topic of
        the briefing's ("tourism", "туризм") — when nothing ``offered`` is filed under it.
        "How much will tourism between Azerbaijan and Kazakhstan grow": its other words
        ("how much", "grow", "between") lift the turnover's passages and sink the one on
        tourism out of the best few; scored among all, its subject from ``floor`` tells it is
        on the question's. None when no word stands out, it names no topic, or an offer is
        filed under it."""
        if len(topic) < 2:
            return None
        heaviest = sorted(topic, key=lambda t: t.weight * t.similarity, reverse=True)
        keyword, runner = heaviest[0], heaviest[1]
        if keyword.weight * keyword.similarity <= runner.weight * runner.similarity:
            return None
        name = frozenset({keyword.lemma})
        if any(
            name in self._topic_words(s.entry) or self._states_topic(s.entry, [keyword])
            for s in offered
        ):
            return None
        filed = {
            id(indexed.entry)
            for indexed in self.index.entries
            if indexed.entry.kind is not EntryKind.LIST
            and name in self._topic_words(indexed.entry)
        }
        if not filed:
            return None  # no topic so titled: the whole scoring (and its budget) is spared
        every = self.score(query, limit=len(self.index.entries))
        return next((s for s in every if s.subject >= floor and id(s.entry) in filed), None)

    def _topic_words(self, entry: Entry) -> frozenset[frozenset[str]]:
        """The one-word titles (as lemma sets, either language) of the topics an entry is
        filed under: "Туризм", "Tourism" — not their aliases, which name much besides."""
        number = self._numbers[id(entry)]
        found = self._topic_titled.get(number)
        if found is None:
            titles = (
                title
                for topic_id in entry.topics
                if (topic := entry.briefing.topic(topic_id)) is not None
                for title in (topic.title, topic.title_en)
            )
            found = self._topic_titled[number] = frozenset(
                lemmas
                for title in titles
                if len(lemmas := frozenset(content_lemmas(title, self.morphology))) == 1
            )
        return found

    def _party_named_first(
        self, query: Query, ranked: list[Scored], scored: list[Scored], party: Party | None = None
    ) -> list[Scored]:
        """ "What role does China play in financing the corridor": its part, of which the
        article has only the cargo from China — the passage naming the country (among those
        offered, else a neighbour from ``_PARTY_OFFER_SHARE`` of the suggest threshold)
        before the corridor's, which never names it; unchanged when none names it. With the
        ``party`` whose view is asked, a passage naming it anywhere in the article, however
        far from the rest of the question ("How did Beijing react to the visit": the cargo
        from China) — the one thing the article says of that country."""
        floor = self.thresholds.suggest * _PARTY_OFFER_SHARE
        naming = next(
            (
                s
                for s in (*ranked, *scored)
                if s.subject >= floor
                and s.entry.kind is not EntryKind.LIST
                and self._names_parties(query, s.entry)
            ),
            None,
        )
        if naming is None and party is not None:
            naming = self._naming_passage(query, party)
        if naming is None:
            return ranked
        return [naming, *(s for s in ranked if s.entry is not naming.entry)]

    def _naming_passage(self, query: Query, party: Party) -> Scored | None:
        """The passage that names the country best, the country's name alone asked: the
        question's own words may miss it ("Beijing", which the English summaries never
        write, or the visit's words weighing the cargo from China below every floor)."""
        named = self.score(self.analyse(party.nominative))
        return next(
            (
                s
                for s in named
                if s.entry.kind is not EntryKind.LIST and self._names_parties(query, s.entry)
            ),
            None,
        )

    def _subject_beside(
        self, query: Query, offered: tuple[Scored, ...], top: Scored | None = None
    ) -> Entry | None:
        """The passage on the question's subject to show after the first offer, when that
        first one is there for naming the country asked about (``_party_named_first``) and
        not for the subject: "как Китай смотрит на Средний коридор" gets the cargo from China
        — all the article says of China — and the corridor's own passage, the best on what
        the question is about (it scored higher and never names China). None when the first
        offer is also the best on the subject ("как Турция отреагировала на тюркскую
        семёрку": the proposal to add Turkey). ``top``: the best on the subject before the
        passage naming the country was put first, when it was found by another scoring (its
        score then says nothing against the others')."""
        if not offered or not query.parties or not self._names_parties(query, offered[0].entry):
            return None
        if top is not None:
            if top.entry is offered[0].entry or self._names_parties(query, top.entry):
                return None
            return top.entry
        others = [
            s
            for s in offered[1:]
            if s.entry.kind is not EntryKind.LIST and not self._names_parties(query, s.entry)
        ]

        # what the question is about besides the country: "товарооборот" of "какой
        # товарооборот у Казахстана с Турцией", which the proposal naming Turkey never says
        def held(s: Scored) -> tuple[float, float]:
            return round(self._party_topic(query, s), 3), s.subject

        best = max(others, key=held, default=None)
        if best is None or held(best) <= held(offered[0]):
            return None
        return best.entry

    def _amounts_counted(
        self, query: Query, scored: list[Scored], offered: list[Scored], suggest: float
    ) -> list[Scored]:
        """The neighbours (from half the suggest threshold) stating an amount of what a
        question asking a forecast of an amount counts ("any forecast on how much CARGO …")
        when no entry offered does — else none: the entries offered already give what the
        article has of that amount."""
        counted = query.counted
        if counted is None or not {AnswerType.QUANTITY, AnswerType.FORECAST} <= set(query.asks):
            # only an amount foreseen: "how many new ferries" counts "new" as English word
            # order reads it, and a count asked alone has its own offers
            return []
        floor = self.tuning.weight(Field.CONTEXT)

        def counts(s: Scored) -> bool:
            held = self._indexed(s.entry).terms.get(counted, 0.0) >= floor
            return held and AnswerType.QUANTITY in s.entry.states

        if any(counts(s) for s in offered):
            return []
        return [s for s in scored if suggest / 2 <= s.subject < suggest and counts(s)]

    def _counted_thing(self, query: Query) -> Term | None:
        """The term of the thing a question asks the number of ("сколько локомотивов",
        "how many locomotives"): the noun ``counted`` of a question wanting a quantity. Not of
        a sum or a time, whose counted word is a verb or a unit ("сколько стоит", "сколько
        дней"); nor a unit or a cargo of any kind ("how many tonnes of Kazakh oil": the
        tonnes of rail freight are not of oil), which a passage on another thing states as
        well."""
        counted = query.counted
        if counted is None or self._wanted(query) is not AnswerType.QUANTITY:
            return None
        if (
            counted in MEASURE_UNITS
            or counted in ENGLISH_UNITS
            or counted in ANY_CARGO
            or time_unit(counted) is not None
        ):
            return None
        return next(
            (t for t in query.terms if t.lemma == counted and t.similarity > 0), None
        )

    def _holds_counted(
        self, entry: Entry, counted: Term | None, asked: frozenset[str] = frozenset()
    ) -> bool:
        """Does the entry state the thing counted, as ``_states_topic`` reads a topic word —
        in its own words, or by the name of a topic it is filed under that the question
        (its lemmas ``asked``) holds ("сколько документов по энергетике": the agreements'
        passages, filed under "подписанные документы", though they say "соглашений")? True
        when nothing is counted."""
        return counted is None or self._states_topic(entry, [counted], asked) > 0

    def _names_counted(self, query: Query, entry: Entry) -> bool:
        """Does the entry say the names qualifying what the question counts ("how much Kazakh
        oil": Kazakh)? Offered first, it tells of the very thing whose amount is not given,
        not of another thing the question's other words ("currently shipped") fit."""
        english = query.english_counted
        if english is None:
            return True
        return self._indexed(entry).stated.issuperset(english.names)

    @staticmethod
    def _obstacle_asked(query: Query) -> bool:
        """Does the question ask what holds a thing back ("что мешает", "отчего торговля не
        растёт")? An obstacle a passage names is then the cause asked ("барьеры и лимиты,
        которые сдерживают рост"), though it says no "потому что"."""
        framed = any(t.filler and names_obstacle(frozenset({t.lemma})) for t in query.terms)
        # "с чем связаны барьеры, которые тормозят торговлю": the obstacle is named, what is
        # asked is of it
        named = any(
            not t.filler and t.similarity > 0 and names_obstacle(frozenset({t.lemma}))
            for t in query.terms
        )
        return (framed or asks_prevented(query.words)) and not named

    def _topic_terms(self, query: Query) -> list[Term]:
        """The words naming what a question is about: its nouns and the places and things it
        names (an English word as a Russian one, unless a verb's past form: "added") — not the
        people it names, no bare number ("формат «6»" is about the format, not about every
        6; a formula of numbers, "формат 5+1", or a noun naming a group by its number,
        "тюркская семёрка", names a thing as a word does), nor a noun
        naming the kind of fact asked ("на какой срок", "в каком городе", "в каком
        формате") or a measure akin to a unit ("какой тоннаж": ``_measure_of_unit``), nor
        the experts asked ("эксперты что-нибудь прогнозируют?": whose words,
        not what about)."""
        names = self.index.names
        return [
            t
            for t in query.terms
            if t.similarity > 0
            and (not t.lemma[:1].isdigit() or _is_formula(t.lemma) or names_number_group(t.typed))
            and t.lemma not in names
            and t.lemma not in EXPERT_LEMMAS
            and not looks_like_person(t.typed)
            and not looks_like_person(t.lemma)
            and not {t.typed, t.lemma} & _KIND_WORDS
            and t.typed not in ENGLISH_PREPOSITIONS
            and not _measure_of_unit(t)
            and (
                t.focus
                or (is_latin(t.typed) and not _ENGLISH_PAST.search(t.typed))
                or _is_formula(t.lemma)
            )
        ]

    def _states_topic(
        self, entry: Entry, topic: list[Term], asked: frozenset[str] = frozenset()
    ) -> float:
        """The weight of the ``topic`` words an entry's own words state, as lemmas or as
        written. An English word meets the Russian passage through the entry's English
        title and phrasings too ("AI documents": the agreements, "artificial intelligence"
        among them), not through its context or topic labels — but for a topic's name of
        several words the question (its lemmas ``asked``) holds whole (``_topic_named_by``)."""
        lemmas, words = self._own_words(entry)
        held = self._indexed(entry).terms
        own = self.tuning.weight(Field.CONTENT)
        named = self._topic_named_by(entry, asked)
        return sum(
            t.weight * t.similarity
            for t in topic
            if (
                _names_same_group(t.typed, words)
                if t.lemma[:1].isdigit() and names_number_group(t.typed)
                else t.lemma in lemmas
                or t.typed in words
                or (is_latin(t.typed) and held.get(t.lemma, 0.0) >= own)
                or t.lemma in named
            )
        )

    def _topic_named_by(self, entry: Entry, asked: frozenset[str]) -> frozenset[str]:
        """The lemmas of the names of several words the briefing gives a topic the entry is
        filed under, when the question (its lemmas ``asked``) holds the whole name:
        "какие документы подписали" names the agreements' topic ("подписанные документы"),
        whose passages ("15 важных соглашений") are about those documents though they never
        write the word. One word alone ("Астана", "Турция" of the visit's, the Turkic
        group's) names much besides the topic, and says nothing of what is asked."""
        if not asked:
            return frozenset()
        return frozenset(
            lemma for name in self._topic_names(entry) if name <= asked for lemma in name
        )

    def _topic_names(self, entry: Entry) -> tuple[frozenset[str], ...]:
        """The lemmas of each name of several words of the topics an entry is filed under."""
        number = self._numbers[id(entry)]
        found = self._topic_named.get(number)
        if found is None:
            names = (
                frozenset(content_lemmas(text.text, self.morphology))
                for text in entry.search_texts()
                if text.field is Field.TOPIC
            )
            found = self._topic_named[number] = tuple(n for n in names if len(n) > 1)
        return found

    def _invested_unnamed(self, query: Query, entry: Entry) -> bool:
        """Does the question ask of money invested ("сколько Азербайджан инвестировал в
        Казахстан", "объём казахстанских инвестиций", "how much has Kazakhstan invested")
        while the entry never names investment? Its sum, a turnover in dollars, is then of
        another thing; and a passage naming the investments (whose sum the article does not
        give) is the one to offer, not the turnover's or a delivery time's."""
        if not any(t.lemma in INVESTMENT_ASKED for t in query.terms):
            return False
        return not self._own_words(entry)[0] & INVESTMENT_NAMED

    def _invested_between(self, query: Query) -> bool:
        """Does a question asking a sum invested name two countries — one investing in the
        other ("сколько Азербайджан инвестировал в Казахстан", "how much has Kazakhstan
        invested in Azerbaijan")? Not "сколько денег инвестируют в железную дорогу": a sum
        put into a thing, which the passage on that thing's needs is about."""
        if not any(t.lemma in INVESTMENT_ASKED for t in query.terms):
            return False
        countries = {country_key(t.typed, t.lemma) for t in query.terms} - {None}
        return len(countries) >= 2

    def _listed_investment(self, query: Query, offered: list[Scored]) -> Scored | None:
        """The passage naming investment among the areas the sides share (``lists_investment``)
        that the question's investment words score best, when none offered does."""
        if any(_lists_investment(s.entry) for s in offered):
            return None
        asked = tuple(t for t in query.terms if t.lemma in INVESTMENT_ASKED)
        every = self.score(replace(query, terms=asked))
        own = {id(s.entry): s for s in self.score(query, limit=len(self.index.entries))}
        found = next(
            (s for s in every if s.entry.kind is not EntryKind.LIST and _lists_investment(s.entry)),
            None,
        )
        return None if found is None else own.get(id(found.entry), found)

    def _investment_offered(self, query: Query, offered: list[Scored]) -> list[Scored]:
        """The passage the investment words of a sum-invested question score best ("на какую
        сумму Азербайджан инвестировал": the talks' investments), when none offered names
        investment — the turnover's target, lifted by "сумма", says nothing of it."""
        asked = tuple(t for t in query.terms if t.lemma in INVESTMENT_ASKED)
        if not asked or any(not self._invested_unnamed(query, s.entry) for s in offered):
            return []
        every = self.score(replace(query, terms=asked))
        return [
            s
            for s in every
            if s.entry.kind is not EntryKind.LIST and not self._invested_unnamed(query, s.entry)
        ][:1]

    def _own_words(self, entry: Entry) -> tuple[frozenset[str], frozenset[str]]:
        """The lemmas and the folded words of what an entry itself says — its spans, figure
        and summaries; an expert's profile, his role — not how people ask for it."""
        number = self._numbers[id(entry)]
        found = self._owns.get(number)
        if found is None:
            texts = self._own_texts(entry)
            lemmas = {lemma for text in texts for lemma in content_lemmas(text, self.morphology)}
            words = {word for text in texts for word in tokens(text)}
            found = self._owns[number] = (frozenset(lemmas), frozenset(words))
        return found

    @staticmethod
    def _own_texts(entry: Entry) -> list[str]:
        """What an entry itself says (``_own_words``): its spans, figure and summaries; an
        expert's profile, his role."""
        profile = entry.kind is EntryKind.EXPERT
        return [
            text.text
            for text in entry.search_texts()
            if text.stated or (profile and text.field in (Field.SPEAKER_ROLE, Field.CONTENT))
        ]

    def _names_another(self, query: Query, entry: Entry) -> bool:
        """Does the entry name a place (or a person) of the kind a question excluding some
        asks for, besides those the question names? A generated list is what was asked."""
        excluded = query.excluded
        assert excluded is not None
        if entry.kind is EntryKind.LIST:
            return True
        if excluded.noun is not None:
            return self._qualifies_another(entry, excluded)
        people, places, speaker = self._names_in(entry)
        names = places
        if excluded.kind is AnswerType.PERSON:
            # "кто ещё говорил": the speaker is one; "кто ещё встречал": those the text names
            verb = query.relation.verb
            names = people + speaker if verb is None or not needs_support(verb) else people
        asked = {t.lemma for t in query.terms} | {t.typed for t in query.terms}
        asked |= {self.morphology.lemma(w) for w in excluded.words} | set(excluded.words)
        # "which of the experts besides Tusupbekov": the person left out, however his name is
        # written — the entry's "Тусупбеков" is the Latin "Tusupbekov" asked
        who_asked = {who for a in asked for who in self.index.names.get(a, ())}
        return any(
            not any(form == a or kin(form, a) for form in name for a in asked)
            and not any(who in who_asked for form in name for who in self.index.names.get(form, ()))
            for name in names
        )

    def _qualifies_another(self, entry: Entry, excluded: Exclusion) -> bool:
        """Does the entry say the excluded noun with another word right before it than those
        left out? "о каком коридоре кроме Среднего": "обсуждению Зангезурского коридора"
        does, "именно Средний коридор" does not."""
        lemma = self.morphology.lemma
        left_out = {form for word in excluded.words for form in (word, lemma(word))}
        return any(
            not any(form == out or kin(form, out) for form in forms for out in left_out)
            for forms in self._qualifiers(entry, excluded)
        )

    def _qualifiers(self, entry: Entry, excluded: Exclusion) -> list[frozenset[str]]:
        """The words (as written and their lemma) the entry's own texts put right before the
        excluded noun ("Зангезурского коридора"): its spans, lead and summaries, so that an
        English question meets the English summary."""
        assert excluded.noun is not None
        lemma = self.morphology.lemma
        noun = lemma(excluded.noun)
        found: list[frozenset[str]] = []
        for text in entry.search_texts():
            if not text.stated:
                continue
            for before, word in itertools.pairwise(text.text.split()):
                if lemma(fold(_bare(word))) != noun or before.endswith(_BREAKS):
                    continue  # not the noun, or a break ("Средний коридор, — …") between
                qualifier = fold(_bare(before))
                if qualifier and not qualifier[:1].isdigit() and not is_stop(qualifier):
                    found.append(frozenset({qualifier, lemma(qualifier)}))
        return found

    def _names_in(self, entry: Entry) -> tuple[tuple[frozenset[str], ...], ...]:
        """The people (by surname: "Шарип" is Ишмухамедов) and the places an entry's spans
        name, each as its forms (as written and its lemma: "Токаева" / "токай"), and its
        speaker's surname."""
        number = self._numbers[id(entry)]
        found = self._named.get(number)
        if found is None:
            people: list[frozenset[str]] = []
            places: list[frozenset[str]] = []
            for quote in entry.spans:
                said, where = names_and_places(quote.text)
                people += [self._forms(name) for name in said if looks_like_person(name)]
                places += [self._forms(name) for name in where if name]
            speaker: list[frozenset[str]] = []
            if entry.speaker is not None:
                own = (entry.briefing.id, entry.speaker)
                speaker = [
                    frozenset({name})
                    for name, who in self.index.names.items()
                    if own in who and is_cyrillic(name) and looks_like_person(name)
                ]
            found = self._named[number] = (tuple(people), tuple(places), tuple(speaker))
        return found

    def _forms(self, name: str) -> frozenset[str]:
        folded = fold(name)
        return frozenset({folded, self.morphology.lemma(folded)})

    def _another_not_given(self, query: Query, scored: list[Scored], limit: int) -> Match | None:
        """A neighbour naming another place (person, thing of the noun asked) answers; else
        the article names none besides those asked about: say so, offering what it gives
        on the subject. None when a thing of a noun was asked for and the best entry never
        puts a word before that noun: it may give the thing in words no qualifier shows
        ("какие соглашения кроме энергетических": the list of areas)."""
        excluded = query.excluded
        assert excluded is not None
        for near in scored:
            if near.score < self.thresholds.answer:
                break
            if self._names_another(query, near.entry):
                rest = tuple(s for s in scored if s is not near)[:limit]
                return Match(query, Band.ANSWER, near, rest)
        if excluded.noun is not None and not self._qualifiers(scored[0].entry, excluded):
            return None  # the best entry never qualifies the noun: nothing to read
        on_subject = self._offered(query, scored, limit)
        return Match(query, Band.NOT_GIVEN, scored[0], on_subject, excluded.kind)

    def _others_on_subject(self, query: Query, limit: int) -> tuple[Scored, ...] | None:
        """Other people's entries on the question's subject (its words without the names),
        when the named expert has none: "что Гусейнов сказал о Зангезуре" → Тусупбеков's;
        "Tusupbekov tourism" → Ishmukhamedov's (``_english_subject``)."""
        subject = replace(
            self._english_subject(query),
            terms=tuple(self._subject_terms(self._english_subject(query))),
            named=frozenset(),
        )
        if not any(t.focus for t in subject.terms) and query.scene:
            # "Тусупбеков хвалил декларацию. А что о ней сказал Ишмухамедов?": the question
            # speaks of the scene's subject by a pronoun — its words are the subject
            scene = set(query.scene)
            terms = tuple(
                replace(t, focus=True)
                if t.typed in scene and not t.entity and t.similarity > 0
                else t
                for t in subject.terms
            )
            subject = replace(subject, terms=terms)
        if not any(t.focus for t in subject.terms):
            return None
        # "What did Huseynov say about the declaration? I'll set it against Tusupbekov's":
        # a remark naming another expert says what the asker will do with the answer — the
        # subject is the question's own, when it has one
        own = tuple(t for t in subject.terms if t.typed in query.words)
        remarked = any(
            t.typed not in query.words and t.lemma in self.index.names for t in query.terms
        )
        if remarked and any(t.focus for t in own):
            subject = replace(subject, terms=own)
        on_subject = [
            s
            for s in self.score(subject)
            if s.score >= self.thresholds.answer
            and s.entry.kind is not EntryKind.LIST
            and s.entry.speaker is not None
            and not self.speaks(query, s.entry)
            and not self.tells_of(query, s.entry)
            and self.explains_subject(subject, s.entry)
        ]
        return tuple(on_subject[:limit]) or None

    def _english_subject(self, query: Query) -> Query:
        """An English question with its words of the subject marked ``focus``, as a Russian
        one's nouns are: English has no parts of speech here, so every known word but names,
        numbers, a verb's past form ("discussed"), the words for experts and the nouns of the
        kind asked (``_topic_terms``). Without it "Tusupbekov tourism" had no subject, and
        whoever else speaks on tourism was never found: the reply was "none". Not a question
        asking for his figures ("did Huseynov give any trade figures"): a request for the
        figures of the one named, which a Russian question with "цифры" is too — their
        absence is no statement missing."""
        if query.language != "en" or any(t.lemma in FIGURE_LEMMAS for t in query.terms):
            return query
        subject = {
            id(t)
            for t in self._topic_terms(query)
            if is_latin(t.typed)
            and not t.entity
            and not t.frame
            and not {t.typed, t.lemma} & _ASKING_WORDS
        }
        # "what did Tusupbekov say about 5+1": a format written as the sum of its parties
        # is its name, a word of the subject in no script (once his profile answered)
        subject |= {id(t) for t in query.terms if _FORMULA.fullmatch(t.typed) and t.similarity > 0}
        # "what did Tusupbekov say about the 7-8 days": a unit right after a number names
        # the figure spoken of (as "о 7–8 днях" does), no kind of fact asked
        words = query.words
        units = {words[at + 1] for at in range(len(words) - 1) if words[at][:1].isdigit()}
        subject |= {
            id(t)
            for t in query.terms
            if t.typed in units and is_latin(t.typed) and t.similarity > 0 and not t.entity
        }
        if not subject:
            return query
        # "what did Huseynov say about the declaration? I'll compare it with …": the words of
        # a remark around the question ("compare", "essay") are the asker's business, no
        # subject a passage must explain — when the question has words of its own
        asked = {id(t) for t in query.terms if id(t) in subject and t.typed in query.words}
        subject = asked or subject
        terms = tuple(replace(t, focus=True) if id(t) in subject else t for t in query.terms)
        return replace(query, terms=terms)

    def _holds_english_subject(self, query: Query, own: list[Scored]) -> bool:
        """An English question whose named expert has an entry among his best holding every
        word of its subject (``_english_subject``): he does speak on it, in words the
        question paraphrases — "he does not speak about this" would be false."""
        if query.language != "en":
            return False
        subject = self._english_subject(query)
        return any(self.explains_subject(subject, s.entry) for s in own[:_OWN_LOOKED_AT])

    def score(self, query: Query, *, limit: int = 8) -> list[Scored]:
        """The ``limit`` best entries for ``query`` (of ``query.briefing`` only when it names
        one, see ``focus``; else of every briefing), best first.

        Every entry sharing a lemma with the question gets the cheap part of its score and a
        ceiling on its closeness to its phrasings; only the entries whose ceiling can still
        reach the ``limit`` best are scored in full (closeness is the costly part), best
        ceiling first, so the result is the one scoring every entry in full would give while
        the work grows with the entries in contention, not with the knowledge base. The
        question's budget (``Budget.candidates``, ``candidates_per_question``) stops it."""
        scoring = self._contenders(query)
        if scoring is None:
            return []
        contenders, ctx = scoring
        contenders.sort(key=lambda c: (-c.ceiling, c.number))
        allowed = self.tuning.budget.candidates
        spent = query.spent
        if spent is not None:
            allowed = min(allowed, spent.candidates_left)
        best: list[tuple[float, int, int]] = []  # the `limit` best so far: a min-heap
        subject: dict[int, float] = {}
        scored = 0
        for contender in contenders:
            if len(best) >= limit and contender.ceiling < best[0][0]:
                break  # no entry left can reach the `limit` best
            if scored >= allowed:
                break  # the budget is spent: the best of those scored
            subject[contender.number], item = self._full(query, contender, ctx)
            scored += 1
            if len(best) < limit:
                heapq.heappush(best, item)
            elif item > best[0]:
                heapq.heapreplace(best, item)
        count_scored(scored)
        if spent is not None:
            spent.candidates_left -= scored
        return [
            Scored(
                self.index.entries[number].entry,
                _clamp(score),
                _clamp(subject[number]),
                closer=ctx.closer.get(number, 0.0),
            )
            for score, _, number in sorted(best, reverse=True)
        ]

    def focus(self, query: Query, current: str) -> Query:
        """The question as asked in one briefing, with several loaded: the chat's ``current``
        one, unless another's best entry beats its best by more than ``TIE_MARGIN`` (the
        question is about that other event) — or only the other could answer it.

        In that briefing the question reads as it would alone: a word only other briefings
        know is an unknown word (so "что думает Узбекистан" is still about someone the article
        does not cover). Everything downstream — bands, follow-ups, lists — then works on one
        briefing's entries, which alike briefings would otherwise crowd out."""
        if len(self.kb.briefings) < 2:
            return query
        tops = self._tops(replace(query, briefing=None), current)
        briefing = self._focus(*tops, current) if tops is not None else current
        weights = self.index.within.get(briefing)
        if weights is None:
            return replace(query, briefing=briefing)
        index = self.index

        def local(term: Term) -> Term:
            # The analyser's weight is the word's IDF times how informative the word is: keep
            # the second, take the first from this briefing.
            was = index.idf.get(term.lemma, index.unknown_idf)
            if term.similarity > 0 and term.lemma in weights.idf:
                return replace(term, weight=term.weight * weights.idf[term.lemma] / was)
            return replace(term, similarity=0.0, weight=term.weight * weights.unknown_idf / was)

        return replace(query, terms=tuple(local(t) for t in query.terms), briefing=briefing)

    def _tops(
        self, query: Query, current: str
    ) -> tuple[tuple[float, int, int], float | None] | None:
        """The best score of ``current``'s entries (exact), and the best entry of all (its
        ranking item) — exact whenever it could take the question from ``current`` (see
        ``_focus``), else perhaps a lower one, which ``_focus`` reads the same way.

        ``current`` is read first; then the other briefings, highest bound (``_bounds``)
        first, stopping at the first whose bound can neither take the question from
        ``current`` nor beat the best so far; within a briefing only the contenders whose
        ceiling still can are scored in full (best ceiling first). Alike briefings (a
        newsroom's series) then cost nothing unless they can win."""
        bounds = self._bounds(query)
        if not bounds:
            return None
        top: tuple[float, int, int] | None = None
        own: float | None = None
        cutoff = -math.inf
        scored = 0
        if current in bounds:
            top, scored = self._best_of(query, current, -math.inf)
            if top is not None:
                own = top[0]
                cutoff = self._takes_from(own)
        others = sorted((b for b in bounds if b != current), key=lambda b: (-bounds[b], b))
        for briefing in others:
            needed = cutoff if top is None else max(cutoff, top[0])
            if bounds[briefing] < needed:
                break  # this briefing and those after it can change nothing
            best, spent = self._best_of(query, briefing, needed)
            scored += spent
            if best is not None and (top is None or best > top):
                top = best
        count_scored(scored)
        if top is None:
            return None
        return top, own

    def _best_of(
        self, query: Query, briefing: str, needed: float
    ) -> tuple[tuple[float, int, int] | None, int]:
        """The best entry of ``briefing`` (its ranking item) among those that can reach
        ``needed`` (``None`` when none does), read with the weights of all briefings, and
        how many entries were scored in full."""
        scoring = self._contenders(query, only=briefing)
        if scoring is None:
            return None, 0
        contenders, ctx = scoring
        contenders.sort(key=lambda c: (-c.ceiling, c.number))
        best: tuple[float, int, int] | None = None
        scored = 0
        for contender in contenders:
            if contender.ceiling < (needed if best is None else max(needed, best[0])):
                break  # no entry left here can reach it
            _, item = self._full(query, contender, ctx)
            scored += 1
            if best is None or item > best:
                best = item
        return best, scored

    def _takes_from(self, own: float) -> float:
        """The lowest score another briefing's entry needs to take a question from the
        chat's briefing whose best scores ``own`` (the converse of ``_focus``): more than
        ``TIE_MARGIN`` above it, or the answer threshold when ``own`` is below it."""
        if own < self.thresholds.answer:
            return min(_clamp(own) + TIE_MARGIN, self.thresholds.answer)
        if _clamp(own) + TIE_MARGIN >= 100.0:
            return math.inf  # shown scores stop at 100: nothing can be that far above
        return _clamp(own) + TIE_MARGIN

    def _bounds(self, query: Query) -> dict[str, float]:
        """Per briefing holding a word of the question, a score none of its entries can pass:
        each part of the score bounded by the highest weight each word (and word pair) has
        in that briefing, the adjustments by the largest bonus the question could earn. Every
        part only grows with what it bounds and float sums are monotonic, so the bound is
        never below an entry's own ceiling."""
        total = query.total_weight
        if total <= 0:
            return {}
        index = self.index
        context_weight = self.tuning.weight(Field.CONTEXT)
        if (
            query.framed
            or any(t.occasion for t in query.terms)
            or any(t.weight < 0 for t in query.terms if t.similarity > 0)
        ):
            # a negative weight breaks the monotonic bound, and so does a frame word, which
            # weighs only in the entries holding it: every briefing holding a word of the
            # question is read (exact, only slower)
            return {
                briefing: math.inf
                for t in query.terms
                if t.similarity > 0
                for briefing, _ in index.lemma_peaks.get(t.lemma, ())
            }
        covered: dict[str, float] = defaultdict(float)
        explained: dict[str, float] = defaultdict(float)
        focus_kept: dict[str, float] = defaultdict(float)
        least: dict[str, float] = {}  # its smallest phrasing holding a word of the question
        smallest = self._smallest_by_briefing()
        for term in query.terms:
            if term.similarity <= 0:
                continue
            mass = term.weight * term.similarity
            families = [
                smallest.get(lemma, _NO_SIZES) for lemma in (as_written(term.lemma), *term.kin)
            ]
            for briefing, peak in self._peaks_of(term):
                covered[briefing] += term.weight * peak * term.similarity
                explained[briefing] += mass
                if term.focus and peak >= context_weight:
                    focus_kept[briefing] += mass
                size = min(sizes.get(briefing, math.inf) for sizes in families)
                if size < least.get(briefing, math.inf):
                    least[briefing] = size
        focus_mass = sum(t.weight * t.similarity for t in query.terms if t.focus)
        query_pairs = _query_pairs(query)
        pair_total = sum(index.bigram_idf.get(pair, 0.0) for pair in query_pairs)
        found: dict[str, float] = defaultdict(float)
        if pair_total:
            for pair in query_pairs:
                for briefing, peak in index.pair_peaks.get(pair, {}).items():
                    found[briefing] += index.bigram_idf.get(pair, 0.0) * peak
        bonus = self._largest_bonus(query)
        bounds: dict[str, float] = {}
        for briefing, mass in covered.items():
            bound = _Contender(
                -1,
                mass / total,
                explained[briefing] / total,
                focus_mass - focus_kept.get(briefing, 0.0),
                found.get(briefing, 0.0),
                [bonus],
            )
            size = least.get(briefing, math.inf)
            closeness = 0.0 if size == math.inf else 2 * explained[briefing] / (total + size)
            bounds[briefing] = self._total(bound, closeness, total, pair_total)[1] + 1e-6
        return bounds

    def _smallest_by_briefing(self) -> dict[str, dict[str, float]]:
        """Per lemma, per briefing: the size of its smallest phrasing holding the lemma (the
        least of ``_ceilings`` over the briefing's entries, under the IDF of all)."""
        if self._least is None:
            least: dict[str, dict[str, float]] = defaultdict(dict)
            entries = self.index.entries
            for number, sizes in self._ceilings(None, self.index.idf).items():
                briefing = entries[number].entry.briefing.id
                for lemma, size in sizes.items():
                    if size < least[lemma].get(briefing, math.inf):
                        least[lemma][briefing] = size
            self._least = dict(least)
        return self._least

    def _largest_bonus(self, query: Query) -> float:
        """The most ``_intent`` and the counted-noun check could add for this question."""
        w = self.tuning
        bonus = 0.0
        if query.asks_price:
            bonus += max(0.0, w.price_without_money)
        if query.forecast:
            bonus += max(0.0, w.forecast_without_number)
        if query.count_intent:
            bonus += max(0.0, w.count_on_figure, w.count_without_number)
        if query.who_intent:
            bonus += max(0.0, w.who_on_expert)
        if query.identity:
            bonus += max(0.0, w.who_introduced)
        if query.named:
            bonus += max(0.0, w.other_speaker)
        if query.counted:
            bonus += max(0.0, w.counted_not_given)
        return bonus

    def _contenders(
        self, query: Query, *, only: str | None = None
    ) -> tuple[list[_Contender], _Scoring] | None:
        """The entries sharing a word with the question (of ``query.briefing`` when set,
        read with its weights; of briefing ``only``, read with the weights of all, when
        that is set), each with the cheap parts of its score and its ceiling."""
        total = query.total_weight
        if total <= 0:
            return None
        within = query.briefing if len(self.kb.briefings) > 1 else None
        weights = self.index.within.get(within) if within is not None else None
        postings = self.index.postings
        if within is not None or only is not None:
            postings = self.index.by_briefing.get(within or only or "", {})
        idf = weights.idf if weights is not None else self.index.idf
        pair_idf = weights.bigram_idf if weights is not None else self.index.bigram_idf
        context_weight = self.tuning.weight(Field.CONTEXT)
        smallest = self._ceilings(within if weights is not None else None, idf)
        # One pass over the postings gathers, per entry, what the question's words weigh in it
        # (in the question's word order, so the sums are the same floats as word by word):
        # the cost grows with the postings of the question's words, nothing per entry after.
        covered: dict[int, float] = defaultdict(float)
        explained: dict[int, float] = defaultdict(float)
        focus_kept: dict[int, float] = defaultdict(float)  # focus words it holds as its own
        least: dict[int, float] = {}  # its smallest phrasing holding a word of the question
        framing = 0.0  # the weight of the words asking for a description (``Term.frame``)
        framed: dict[int, float] = defaultdict(float)  # ... of those each entry holds
        entries = self.index.entries
        for term in query.terms:
            if term.similarity <= 0:
                continue
            mass = term.weight * term.similarity
            # a frame word, or the occasion's ("по итогам переговоров"), weighs only in the
            # entries holding it: one holding it is the closer, one lacking it no worse
            optional = mass if term.frame or term.occasion else 0.0
            framing += optional
            family = (as_written(term.lemma), *term.kin)  # the same for each entry holding it
            for number, field_weight in self._postings_of(term, postings):
                if optional:
                    framed[number] += optional
                covered[number] += term.weight * field_weight * term.similarity
                explained[number] += mass
                if term.focus and field_weight >= context_weight:
                    focus_kept[number] += mass
                own_sizes = smallest.get(number, _NO_SIZES)
                size = min(
                    [own_sizes.get(lemma, math.inf) for lemma in family]
                )  # a phrasing holding a word of its family shares it too (``_closeness``)
                if size < least.get(number, math.inf):
                    least[number] = size
        focus_mass = sum(t.weight * t.similarity for t in query.terms if t.focus)
        query_pairs = _query_pairs(query)
        # a capital read as its state is the city in a phrasing (``index.state_key``)
        query_lemmas = {as_written(t.lemma): t for t in query.terms if t.similarity > 0}
        ctx = _Scoring(
            total=total,
            pair_total=sum(pair_idf.get(pair, 0.0) for pair in query_pairs),
            masses={lemma: t.weight * t.similarity for lemma, t in query_lemmas.items()},
            kin=self._kin_masses(query_lemmas),
            named=query.named,
            idf=idf,
            focus=frozenset(  # the occasion too: a phrasing on the talks is on the subject
                as_written(t.lemma)
                for t in query.terms
                if (t.focus or t.occasion) and t.lemma not in self.index.names
            ),
            sizes=self._sizes[within if weights is not None else None],
        )
        w = self.tuning
        counted = self._counted_forms(query)
        contenders: list[_Contender] = []
        for number, mass in covered.items():
            indexed = entries[number]
            # A frame word the entry lacks is nothing it fails to explain ("какую роль отводит
            # Ишмухамедов Турции": his passage on Turkey need not say "роль").
            own = total if not framing else total - framing + framed.get(number, 0.0)
            if own <= 0:
                continue
            unexplained = focus_mass - focus_kept.get(number, 0.0)
            explained_mass = explained[number]
            found = 0.0
            if ctx.pair_total:
                found = sum(
                    pair_idf.get(pair, 0.0) * indexed.bigrams.get(pair, 0.0) for pair in query_pairs
                )
            adjust = [self._intent(query, indexed.entry)]
            if counted and all(indexed.terms.get(c, 0.0) < context_weight for c in counted):
                # "сколько стоит…": what is counted is not what this entry gives
                adjust.append(w.counted_not_given)
            contender = _Contender(
                number, mass / own, explained_mass / own, unexplained, found, adjust, own
            )
            # Closeness is 2·shared/(total + size) for a phrasing holding a word of the
            # question: shared is at most the mass the entry explains, size at least that of
            # the smallest such phrasing.
            smallest_size = least.get(number, math.inf)
            ceiling = (
                0.0 if smallest_size == math.inf else 2 * explained_mass / (own + smallest_size)
            )
            contender.ceiling = self._total(contender, ceiling, own, ctx.pair_total)[1] + 1e-6
            contenders.append(contender)
        return contenders, ctx

    def _postings_of(
        self, term: Term, postings: dict[str, list[tuple[int, float]]]
    ) -> Iterator[tuple[int, float]]:
        """(entry, field weight) of the entries holding the word — and, at ``kin_share`` of
        the weight, of those holding only a word of its family (``Term.kin``: "экономики"
        in "экономическими интересами") or of its relation in other words (``Term.said``:
        "возить" in "для перевозки грузов"), each entry once."""
        own = postings.get(term.lemma, ())
        if not term.kin and not term.said:
            yield from own
            return
        best = dict(own)
        for other, share in self._kindred_shares(term):
            for number, field_weight in postings.get(other, ()):
                best[number] = max(best.get(number, 0.0), field_weight * share)
        yield from best.items()

    def _kindred_shares(self, term: Term) -> Iterator[tuple[str, float]]:
        """Each lemma of the word's family (``Term.kin``) or of its relation in other words
        (``Term.said``), with the share of the word it explains: ``kin_share`` — of another
        word, no more than that word weighs against it ("приехать" is said by "визит", a
        word of nearly every passage of a visit's briefing, which explains little of it)."""
        share = self.tuning.kin_share
        for other in term.kin:
            yield other, share
        idf = self.index.idf
        own = idf.get(term.lemma, 0.0)
        for other in term.said:
            yield other, share * min(1.0, idf.get(other, 0.0) / own) if own > 0 else 0.0

    def _peaks_of(self, term: Term) -> Iterator[tuple[str, float]]:
        """Per briefing, the highest weight the word (or its family's, ``_postings_of``)
        has: what bounds its part of the score."""
        peaks = dict(self.index.lemma_peaks.get(term.lemma, ()))
        for other, share in self._kindred_shares(term):
            for briefing, peak in self.index.lemma_peaks.get(other, ()):
                peaks[briefing] = max(peaks.get(briefing, 0.0), peak * share)
        yield from peaks.items()

    def _full(
        self, query: Query, contender: _Contender, ctx: _Scoring
    ) -> tuple[float, tuple[float, int, int]]:
        """(score on the words alone, the ranking item) with the closeness worked out."""
        indexed = self.index.entries[contender.number]
        sizes = ctx.sizes.get(contender.number, ())
        closeness = self._closeness(
            contender.total, ctx.masses, indexed.phrasings, sizes, kin=ctx.kin
        )
        subject, score = self._total(contender, closeness, contender.total, ctx.pair_total)
        own_name = self._own_name(indexed.entry, ctx)
        if own_name:
            # how close it is with the speaker's name read into every phrasing (``_closest_own``)
            named = self._closeness(
                contender.total, ctx.masses, indexed.phrasings, sizes, own_name, ctx.kin, ctx.focus
            )
            ctx.closer[contender.number] = 100 * self.tuning.closeness * (named - closeness)
        return subject, (score, -len(indexed.entry.key), contender.number)

    def _total(
        self, contender: _Contender, closeness: float, total: float, pair_total: float
    ) -> tuple[float, float]:
        """(score on the words alone, score): one formula for the ceiling and the score."""
        w = self.tuning
        score = (
            100
            * (
                w.coverage * contender.coverage
                + w.explained * contender.explained
                + w.closeness * closeness
            )
            - w.unexplained * contender.unexplained / total
        )
        if pair_total:
            score += w.bigrams * contender.bigrams / pair_total
        subject = score
        for adjust in contender.adjust:  # added one by one, as ever: the same float sums
            score += adjust
        return subject, score

    def _ceilings(self, briefing: str | None, idf: dict[str, float]) -> dict[int, dict[str, float]]:
        """Per entry (of ``briefing``, or all), per lemma: the size (sum of ``idf``) of its
        smallest phrasing holding the lemma. Made at a briefing's first question, with the
        size of every phrasing (``_sizes``), which ``_closeness`` would otherwise sum again
        for each entry it scores."""
        found = self._smallest.get(briefing)
        if found is None:
            found = {}
            every: dict[int, tuple[float, ...]] = {}
            for number, indexed in enumerate(self.index.entries):
                if briefing is not None and indexed.entry.briefing.id != briefing:
                    continue
                sizes: dict[str, float] = {}
                each: list[float] = []
                for phrasing in indexed.phrasings:
                    size = sum(idf.get(lemma, 0.0) for lemma in phrasing)
                    each.append(size)
                    for lemma in phrasing:
                        sizes[lemma] = min(sizes.get(lemma, math.inf), size)
                found[number] = sizes
                every[number] = tuple(each)
            self._sizes[briefing] = every
            self._smallest[briefing] = found
        return found

    def _focus(self, top: tuple[float, int, int], own: float | None, current: str) -> str:
        """``current`` when its best (``own``) is within ``TIE_MARGIN`` of the best of all
        (``top``; it wins ties) — unless only the other could answer (its best reaches the
        answer threshold, the current's does not) — else the briefing of the best of all."""
        entries = self.index.entries
        best = _clamp(top[0])  # above 100 is no surer than 100: compared as shown
        answers = self.thresholds.answer
        wins = own is not None and _clamp(own) >= best - TIE_MARGIN
        focus = current if wins and (own >= answers or best < answers) else None
        return focus or entries[top[2]].entry.briefing.id

    def speaks(self, query: Query, entry: Entry) -> bool:
        """The entry is the named expert's own (a statement, figure or profile) or a list — or,
        when a fact of an act is asked for (whose, where, when: not his words), one telling
        what he did (``tells_of``): "чей пост он комментировал" is answered by Гаджиев's
        post, whose span says "Ишмухамедов также прокомментировал публикацию … Гаджиева"."""
        if entry.kind is EntryKind.LIST:
            return True
        if (entry.briefing.id, entry.speaker) in query.named:
            return True
        return bool(query.asks) and query.asks[0] in _OF_AN_ACT and self.tells_of(query, entry)

    def tells_of(self, query: Query, entry: Entry) -> bool:
        """The entry's spans name an expert the question names as their subject: they tell
        what he did, so they are never "somebody else on the subject" instead of him."""
        return any(
            who in query.named
            for name in self._subjects_in(entry)
            for who in self.index.names.get(name, ())
        )

    def _subjects_in(self, entry: Entry) -> frozenset[str]:
        """The people an entry's spans name in the nominative (the name as its own lemma:
        "Ишмухамедов прокомментировал", not "по словам Ишмухамедова")."""
        number = self._numbers[id(entry)]
        found = self._subjects.get(number)
        if found is None:
            found = frozenset(
                folded
                for quote in entry.spans
                for name in _CAPITALISED.findall(quote.text)
                if (folded := fold(name)) in self.index.names
                and looks_like_person(folded)
                and folded == self.morphology.lemma(folded)
            )
            self._subjects[number] = found
        return found

    def _uncounted(self, query: Query, entry: Entry) -> bool:
        """ "How many wagons" and an entry that gives no number: offer it, do not claim it."""
        if not query.count_intent or entry.kind in (EntryKind.LIST, EntryKind.EXPERT):
            return False
        if self._gives_horizon(query, entry):
            return False  # "for how long will it …": "в ближайшие годы" is its measure
        return not entry.states_amount

    def _gives_horizon(self, query: Query, entry: Entry) -> bool:
        """ "For how long will the alliance define the region": a stretch of time to come is
        asked, which a span naming one ("в ближайшие годы") gives without a number. A horizon
        asked by its noun lies ahead with no future verb ("на какой горизонт союз определяет
        реалии") — of what the stretch's own clause tells (``_told_for_horizon``): "на какой
        горизонт Гусейнов сделал вывод" asks of no thing to come."""
        if query.asks[:1] != (AnswerType.DURATION,):
            return False
        if self._horizon_ahead(query, entry):
            return True
        return (
            asks_for_horizon(query.words)
            and any(states_horizon(span.text) for span in entry.spans)
            and self._told_for_horizon(query, entry)
        )

    def _dated_by_horizon(self, query: Query, entry: Entry) -> bool:
        """ "Когда союз будет определять реалии региона?", "Guseinov said the alliance will
        shape the region. When?": a plain "when" of something to come, which a span naming
        the stretch of time it holds for ("в ближайшие годы") answers, as "совсем недавно"
        answers "давно ли" of the past. Never a date insisted on ("когда именно", "в каком
        году", "какого числа"): the stretch is no date. And only of the thing the entry is
        about: every name the question gives is the entry's ("when might the Zangezur
        corridor open" is not told by "в перспективе" of the Middle Corridor's trade)."""
        if query.asks[:1] != (AnswerType.DATE,) or insists_on_date(query.words, query.remark):
            return False
        held = self._indexed(entry).terms
        named = all(term.lemma in held for term in query.terms if term.entity)
        return named and self._horizon_ahead(query, entry) and self._told_for_horizon(query, entry)

    def _told_for_horizon(self, query: Query, entry: Entry) -> bool:
        """Is what the question asks the time of told in the very clause naming the stretch
        ("который ОПРЕДЕЛИТ региональные РЕАЛИИ в ближайшие годы")? At least half its words
        (names aside) are that clause's: "когда отношения станут союзом", "когда Гусейнов
        сделает вывод" ask of the rest of the sentence, which "в ближайшие годы" dates not."""
        asked = [term for term in query.terms if not term.entity]
        if not asked:
            return False
        told = {
            lemma
            for span in entry.spans
            for clause in horizon_clauses(span.text)
            for lemma in content_lemmas(clause, self.morphology)
        }
        shared = sum(1 for term in asked if term.lemma in told or not told.isdisjoint(term.kin))
        return 2 * shared >= len(asked)

    @staticmethod
    def _horizon_ahead(query: Query, entry: Entry) -> bool:
        """Does a span of the entry name a stretch of time to come ("в ближайшие годы"), for
        a question of what is to come? The future may be told by the sentence before the
        question: "Guseinov called it a union that WILL shape regional realities. Over what
        time frame?" asks the stretch of it."""
        if not any(states_horizon(span.text) for span in entry.spans):
            return False
        if query.future or looks_ahead(query.words):
            return True
        told = tokens(query.read_text)
        return len(told) > len(query.words) and (
            looks_ahead(told) or any(speaks_of_future(w) for w in told if is_cyrillic(w))
        )

    @staticmethod
    def _in_money(entry: Entry) -> bool:
        return any(mark in text.lower() for text in entry.shown_words for mark in CURRENCY_MARKS)

    @staticmethod
    def _closeness(
        total: float,
        masses: dict[str, float],
        phrasings: list[frozenset[str]],
        sizes: tuple[float, ...],
        own_name: dict[str, float] | None = None,
        kin: dict[str, tuple[str, float]] | None = None,
        focus: frozenset[str] = frozenset(),
    ) -> float:
        """2·shared/(total + size) of the entry's closest phrasing: ``shared`` the mass of the
        question's lemmas it holds, ``size`` its own (``_sizes``, summed once per briefing).

        ``kin``: a lemma of a question word's family (``Term.kin``) → that word and the share
        of its mass a phrasing holding only the family's lemma shares, as coverage counts it
        ("что обсуждается" and the phrasing "что обсуждают на переговорах").

        ``own_name``: the lemmas (with their sizes) of the speaker's name the question says,
        read as words of each phrasing holding a word of what the question is about
        (``focus``, ``_closest_own``): "What did Aliyev show in Astana?" is no phrasing of
        "how did Huseynov assess Aliyev's visit" for naming Aliyev."""
        best = 0.0
        for phrasing, size in zip(phrasings, sizes, strict=True):
            if own_name and not phrasing.isdisjoint(focus):
                lacking = [w for w in own_name if w not in phrasing]
                size += sum(own_name[w] for w in lacking)
                phrasing = phrasing.union(lacking)
            related = kin is not None and not phrasing.isdisjoint(kin)
            if phrasing.isdisjoint(masses) and not related:
                continue  # shares nothing: the common case, skipped without a Python loop
            shared = sum(masses[w] for w in phrasing if w in masses)
            if related:
                assert kin is not None
                kindred: dict[str, float] = {}
                for w in phrasing:
                    if w in kin and kin[w][0] not in phrasing:
                        word, mass = kin[w]
                        kindred[word] = max(kindred.get(word, 0.0), mass)
                shared += sum(kindred.values())
            if shared <= 0:
                continue
            best = max(best, 2 * shared / (total + size))
        return best

    def _kin_masses(self, lemmas: dict[str, Term]) -> dict[str, tuple[str, float]] | None:
        """Per lemma of a question word's family that the question does not say itself: the
        word (as a phrasing holds it) and ``kin_share`` of its mass (``_closeness``)."""
        share = self.tuning.kin_share
        found: dict[str, tuple[str, float]] = {}
        for lemma, term in lemmas.items():
            for other in term.kin:
                if other in lemmas:
                    continue
                mass = term.weight * term.similarity * share
                if other not in found or found[other][1] < mass:
                    found[other] = (lemma, mass)
        return found or None

    def _own_name(self, entry: Entry, ctx: _Scoring) -> dict[str, float] | None:
        """The lemmas of the question naming the entry's own speaker, each with its size
        (its IDF, as phrasings are sized), when a phrasing lacks one; else None."""
        who = (entry.briefing.id, entry.speaker)
        if who not in ctx.named:
            return None
        return {
            lemma: ctx.idf.get(lemma, 0.0)
            for lemma in ctx.masses
            if who in self.index.names.get(lemma, ())
        } or None

    def _introduces(self, query: Query, entry: Entry) -> bool:
        """Does the entry's text introduce the person asked about with his office?"""
        if entry.kind is EntryKind.EXPERT or query.named:
            return False  # an expert is introduced by his profile (``who_on_expert``)
        number = self._numbers[id(entry)]
        found = self._introduced.get(number)
        if found is None:
            found = frozenset().union(*(introduced(span.text) for span in entry.spans))
            self._introduced[number] = found
        return any(
            term.entity
            and looks_like_person(term.typed)
            and not found.isdisjoint(
                {name_key(term.lemma), name_key(term.typed), name_key(transliterate(term.typed))}
            )
            for term in query.terms
        )

    def _about_someone_else(self, query: Query, entry: Entry) -> bool:
        """ "кто такой Алиев": Гаджиев's profile holds the name ("помощник Алиева") but the
        question asks about another person — a surname-shaped name that is not the expert's."""
        own = (entry.briefing.id, entry.speaker)
        if own in query.named:
            return False
        return any(
            term.entity
            and term.similarity >= self.tuning.named_from
            and own not in self.index.names.get(term.lemma, ())
            and looks_like_person(term.typed)
            for term in query.terms
        )

    def _intent(self, query: Query, entry: Entry) -> float:
        """What the question asks for, against what the entry gives (see ``Tuning``). A new
        adjustment here must be bounded in ``_largest_bonus`` too, or choosing the briefing
        of a question (``_tops``) stops being exact."""
        tuning = self.tuning
        adjust = 0.0
        if query.asks_price and not self._in_money(entry):
            adjust += tuning.price_without_money
        # a change forecast ("во сколько раз вырастет") is given by a multiple too ("кратно"),
        # a count by a number in words ("к шести странам")
        numbered = entry.has_number or (
            (query.change is not None or query.count_intent) and entry.states_amount
        )
        if query.forecast and not numbered:
            adjust += tuning.forecast_without_number
        if query.count_intent:
            if entry.kind is EntryKind.FIGURE:
                adjust += tuning.count_on_figure
            elif not entry.states_amount and entry.kind is not EntryKind.LIST:
                adjust += tuning.count_without_number
        if (
            query.who_intent
            and entry.kind is EntryKind.EXPERT
            and not self._about_someone_else(query, entry)
        ):
            adjust += tuning.who_on_expert
        if query.identity and self._introduces(query, entry):
            adjust += tuning.who_introduced
        if query.named and not self.speaks(query, entry):
            adjust += tuning.other_speaker
        return adjust


# Entries of a role's question looked at for the one of its experts whose words fit best
# (``Matcher.one_of_role``).
_ROLE_CANDIDATES = 3
# Points within which two entries count as scoring the same (``_figure_of_kind_first``).
_TIED = 0.5
_PAIRED_REACH = 4  # how far down the ranking the two figures asked together may stand
# Kinds of fact a name gives — which a figure's value (a date, an amount) never is. (A
# figure answers "почему" through what follows from it, and "когда" by its date.)
_NAMED_KINDS = frozenset({AnswerType.PLACE, AnswerType.PERSON})


# Kinds of fact a past event has as much as a future one: about the future, only a forecast
# gives them.
_FACTUAL = frozenset(
    {
        AnswerType.DATE,
        AnswerType.PLACE,
        AnswerType.DURATION,
        AnswerType.QUANTITY,
        AnswerType.MONEY,
        AnswerType.PERSON,
    }
)


# Kinds of fact that are amounts: a change of one ("во сколько раз", "до скольки дней") is
# asked of them.
_AMOUNTS = frozenset({AnswerType.QUANTITY, AnswerType.MONEY, AnswerType.DURATION})
# How far below the suggest threshold a passage naming the third party asked about may be
# and still be offered first, when no passage on the subject names it.
_PARTY_OFFER_SHARE = 0.4


def _lists_investment(entry: Entry) -> bool:
    """Does one of the entry's spans name investment among the areas the sides share?"""
    return any(lists_investment(span.text) for span in entry.spans)
# What a question asking what was discussed may ask besides: nothing in particular, a fact,
# an expert's account of it ("what … does Ishmukhamedov say were discussed").
_DISCUSSION_KINDS = ((), (AnswerType.FACT,), (AnswerType.STATEMENT,))
# The subject score of a passage holding every word the question is about.
_WHOLLY = 99.5
# How much less about the subject a foreseeing passage may be and still come first.
_FORESEEING_MARGIN = 30.0

def _promote_near(scored: list[Scored], chosen: Callable[[Scored], bool]) -> list[Scored]:
    """The first rival about the question nearly as much as the best (``MARGIN`` of its
    subject score) that ``chosen`` picks, put first and made as sure as the best: a near tie
    decided by what the passages give, not by a point of score. Unchanged when none is."""
    best = scored[0]
    for near in scored[1:]:
        if best.subject - near.subject > MARGIN:
            break
        if chosen(near):
            promoted = replace(near, score=max(near.score, best.score))
            return [promoted, *(s for s in scored if s is not near)]
    return scored

# How far a lone offer must lead any other offer to answer (``_lone_forecast``,
# ``_lone_place``).
_LONE_LEAD = 8.0


# Words taking what is asked from the one named after them ("согласно комментарию X", "по
# словам X", "according to X", "as X put it"), and how far before his name they may stand.
_ATTRIBUTING = frozenset({"согласно", "according", "per"})
_ATTRIBUTED_REACH = 3
# Stems of verbs and nouns of saying or judging: "что Гусейнов говорит о …", "как оценил".
_SAYING_STEMS = (
    "говор", "сказ", "слов", "счита", "оцен", "коммент", "отмет", "заяв", "подчерк", "объясн",
    "обосн", "мнени", "вывод", "позици", "взгляд", "said", "say", "think", "believ", "comment",
    "argu", "claim", "view", "conclu", "put",
)
# The kinds a lone offer of the one expert named may answer (``Matcher._lone_named``): his
# words, their reason, what they tell — None when nothing in particular is asked.
_NAMED_ALONE = (None, AnswerType.STATEMENT, AnswerType.REASON, AnswerType.FACT)


def _leads_far(best: Scored, rivals: Iterable[Scored]) -> bool:
    """Is no rival offer (other than the best's own entry) within ``_LONE_LEAD`` of it?"""
    return all(best.score - s.score >= _LONE_LEAD for s in rivals if s.entry is not best.entry)


# How many entries after the best an amount asked ahead looks at for one foreseeing it
# (``_foreseen_amount_first``).
_FORESEEN_REACH = 4
# How far below the best a passage whose lead says it is about the thing as a whole
# (``IN_GENERAL``, ``Matcher._general_first``) may score: its lead holds every word asked, which
# its phrasings, written for other questions, may not.
_GENERAL_MARGIN = 30.0
# The weight of a phrasing's or a title's word in an entry (``index.py``: 1.0 and 0.9): a word
# the entry is asked by, not one of its quote or the paragraph around it.
_ASKED_BY = 0.9


_STEM_FROM = 4  # letters a verb's stem has to tell its family ("оцен|ить", "оцен|ка")
_INFINITIVE_ENDINGS = ("ться", "тись", "ить", "ать", "ять", "еть", "уть", "ти", "ть")


def _verb_stem(verb: str) -> str:
    """A Russian verb's lemma without its infinitive ending ("оценить": "оцен")."""
    ending = next((e for e in _INFINITIVE_ENDINGS if verb.endswith(e)), "")
    return verb[: len(verb) - len(ending)]


def _asked_of_unknown_noun(query: Query) -> AnswerType | None:
    """The kind a part of a question asking several asks by "какой" and a noun no passage
    uses ("когда строить …, на каком ЗАВОДЕ": a place), or None: that thing is what the
    article never mentions, the first kind asked may well be given of something else."""
    if len(query.asks) < 2:
        return None
    unknown = {t.typed for t in query.terms if t.similarity <= 0 and t.weight > 0}
    words = query.words
    for at in range(1, len(words)):
        if words[at] in unknown and words[at - 1] in INTERROGATIVES:
            asked = asked_types(tuple(words[max(at - 2, 0) : at + 1]))
            kind = next((k for k in asked if k in query.asks), None)
            if kind is not None:
                return kind
    return None


# What a text telling what somebody did gives of his act: not his words, view or reasons.
# How many of the first passages offered on a subject may show it is a proposal: the
# proposal itself may come second, after the reason given for it (the sacred seven).
_PROPOSAL_REACH = 2
# The kinds of figure a means of transport narrows: a time, an amount, a sum.
_FIGURE_KINDS = frozenset({(AnswerType.DURATION,), (AnswerType.QUANTITY,), (AnswerType.MONEY,)})
_OF_AN_ACT = frozenset({AnswerType.PERSON, AnswerType.PLACE, AnswerType.DATE})
_CAPITALISED = lazy(r"\b[А-ЯЁ][а-яё]+\b")
# Numbers joined into a formula ("5+1", "3 + 3", "5х1"): the name of a format or a
# grouping, which a passage names as it names a word — unlike a bare number ("6").
_FORMULA_LEMMA = lazy(r"\d+(?:\s*[+×х]\s*\d+)+")
# An English verb's past form ("added", "signed"): how the question asks, not what about.
_ENGLISH_PAST = lazy(r"[a-z]{3}(?<!e)ed$")
# English words of asking an expert's words, not of what about: "did he comment on", "any
# quote on", "his view of", "the analyst's take".
_ASKING_WORDS = SAY_WORDS | VIEW_WORDS | QUOTE_WORDS | OPINION_VERB_LEMMAS | EXPERT_LEMMAS
# How many of the named expert's best entries may show he speaks on an English subject.
_OWN_LOOKED_AT = 5
_CLAUSE_BREAK = lazy(r"[,;:!?.()]|\s[-—–]\s|[—–]")  # what ends a stretch left out


def _measure_of_unit(term: Term) -> bool:
    """Is the term a word akin to a unit, read as that unit ("тоннаж": "тонна")? It names the
    measure asked of a thing ("какой тоннаж у новых паромов": the ferries'), as "мощность"
    does — no subject, or the passages stating tonnes of another thing (rail freight) are
    offered before the ferries'. The unit itself ("сколько тонн") is read as before."""
    return 0 < term.similarity < 1 and term.lemma in MEASURE_UNITS


def _names_same_group(typed: str, words: frozenset[str]) -> bool:
    """Do an entry's folded ``words`` name the group a question's word names by its number
    ("семёрке": "семёрка")? Not its bare number: "7–8 дней" is no "тюркская семёрка"."""
    stem = fold_word(typed)[:4]
    return any(names_number_group(w) and w.startswith(stem) for w in words)


def _is_formula(lemma: str) -> bool:
    """Is the word a formula of numbers ("5+1"): a name, never a bare number nor a count?"""
    return _FORMULA_LEMMA.fullmatch(lemma) is not None


def _russian_verb(word: str) -> bool:
    """A Russian word read first as a verb ("перечислял"): it asks, and names no occasion."""
    parses = parse(word) if is_cyrillic(word) else []
    return bool(parses) and parses[0].tag.POS in ("VERB", "INFN")


# Nouns naming the kind of fact asked (a length of time, a price, a measure, "which city"):
# what is missing, not what the question is about.
_KIND_WORDS = TIME_NOUNS | MONEY_WORDS | PRICE_LEMMAS | MEASURES | GENERIC_DETAILS | KIND_NOUNS


_BREAKS = (",", ";", ":", ".", "!", "?", "—", "–", "-", ")")  # a word ending its stretch


@dataclass(frozen=True)
class Subject:
    """What a question is about, by lemmas, for reading a text: does it speak of any of
    them, of all of them? A text speaks of a word by its lemma or one of its family; of an
    empty subject, every text speaks."""

    lemmas: frozenset[str]
    lemma: Callable[[str], str]
    # the briefing's acronyms ("тмтм", "отг"): a text spelling the name out speaks of one, as
    # the index finds the name's passages by its acronym (``index._add_acronym``)
    acronyms: frozenset[str] = frozenset()

    def _holds(self, text: str) -> set[str]:
        found: set[str] = set()
        words = tokens(text)
        for word in words:
            own = self.lemma(word)
            found |= {s for s in self.lemmas if own == s or kin_alternating(own, s)}
        folded = [fold(word) for word in words]
        found |= {s for s in self.lemmas & self.acronyms if spells_out(s, folded)}
        return found

    def any(self, text: str) -> bool:
        return not self.lemmas or bool(self._holds(text))

    def all(self, text: str) -> bool:
        return self._holds(text) >= self.lemmas


_YEAR = lazy(r"(?:19|20)\d\d")


def _states_years(query: Query, entry: Entry) -> bool:
    """Does the entry's text hold every year the question names ("прогноз … к 2030 году")?
    A forecast asked for a year is not given by one for no year or another."""
    years = {w for w in query.words if _YEAR.fullmatch(w)}
    if not years:
        return True
    held = {w for text in entry.shown_words for w in tokens(text)}
    held |= {w for span in entry.spans for w in tokens(span.text)}
    return years <= held


def _group_terms(query: Query) -> list[Term]:
    """The question's words asking a group by its number noun ("семёрки", read as "7"; a slip
    repaired to one, "сеемрки"): the group, not the number (``Matcher._names_group_asked``)."""
    found = []
    for term in query.terms:
        number = collective_number(term.typed) if is_cyrillic(term.typed) else None
        slip = is_cyrillic(term.typed) and term.similarity < 1.0
        if number is None and slip and term.lemma.isdigit():
            number = term.lemma  # "сеемрки": a slip repaired to the group noun
        if number is not None and number == term.lemma:
            found.append(term)
    return found


def _tied(a: Entry, b: Entry) -> bool:
    """Does either entry list the other among its ``related`` ones (a curator's tie)?"""
    return b.key in a.item.related or a.key in b.item.related


def _share_span(a: Entry, b: Entry) -> bool:
    """Do two entries quote the same words of the article (one span inside another's)?"""
    return any(x.text in y.text or y.text in x.text for x in a.spans for y in b.spans)


def _of_own_act(term: Term, names: frozenset[str], lemma: Callable[[str], str]) -> bool:
    """Is the term a word of a question about where a person spoke and nothing else: his
    name (``names``), a verb or noun of speaking up, a place checked ("…, в Астане?"), the
    kind of place asked ("в каком городе") or his being there ("находился")?"""
    typed = fold(term.typed)
    if typed in names or term.lemma in names or _names_place(term.typed):
        return True
    if names_kind_of_place(typed) or (is_cyrillic(typed) and lemma(typed) in BEING_AT):
        return True
    if typed in PLACE_NOUNS_ASKED or (is_cyrillic(typed) and lemma(typed) in PLACE_NOUNS_ASKED):
        return True
    return (lemma(typed) if is_cyrillic(typed) else english_stem(typed)) in SPEECH_ACT_LEMMAS


def _spoken_of(words: tuple[str, ...]) -> frozenset[str]:
    """The words right after a preposition of a topic ("о визите"): what he spoke of, not
    another deed or place the question asks of — his passage on it still tells no place."""
    found: set[str] = set()
    for at, word in enumerate(words[:-1]):
        # "commented on the visit", "spoke on energy": "on" after a verb of speaking up
        on_topic = word == "on" and at > 0 and english_stem(words[at - 1]) in SPEECH_ACT_LEMMAS
        if word in OF_TOPIC or on_topic:
            after = words[at + 1 :]
            # "about the visit": an article or a possessive before the topic
            found.add(after[1] if after[0] in TOPIC_DETERMINERS and len(after) > 1 else after[0])
    return frozenset(found)


def _asks_speech_act(words: tuple[str, ...], lemma: Callable[[str], str]) -> bool:
    """Does the question hold a verb or noun of speaking up (``SPEECH_ACT_LEMMAS``: "выступал",
    "давал комментарий", "spoke")? Russian by lemma, English by stem."""
    return any(
        (lemma(w) if is_cyrillic(w) else english_stem(w)) in SPEECH_ACT_LEMMAS for w in words
    )


def _names_person(term: Term) -> bool:
    """Is the question's word a person's name ("Алиева", "Ruslan"), no place or thing?"""
    if looks_like_person(term.typed) or looks_like_person(term.lemma):
        return True  # surname-shaped: no need to spell it out for the dictionary
    typed = term.typed if is_cyrillic(term.typed) else transliterate(term.typed)
    return is_person_name(typed) or is_person_name(term.lemma)


def _taken_from(figure: Entry, source: Entry) -> bool:
    """Does ``source`` quote every span of ``figure`` (the figure was taken from it)?"""
    quoted = [fold(span.text) for span in source.spans]
    return bool(figure.spans) and all(
        any(fold(span.text) in text for text in quoted) for span in figure.spans
    )


def _within_figure_sentence(source: Entry, figure: Entry) -> bool:
    """Does every span of ``source`` stand inside what a reply already shows of the figure:
    an expert's direct words as quoted, anything else as the article's whole sentence(s)
    around it (as the citations show them)?"""
    index = article_index(figure.briefing.article)
    shown = [
        fold(
            span.text
            if span.kind is QuoteKind.DIRECT
            else index.sentence_around(span.text) or span.text
        )
        for span in figure.spans
    ]
    return all(any(fold(span.text) in text for text in shown) for span in source.spans)


def _judges(entry: Entry) -> bool:
    """A span of the entry judges whether an amount is enough ("что, безусловно,
    недостаточно")."""
    return any(judges_amount(word) for span in entry.spans for word in tokens(span.text))


def _judges_quoted(entry: Entry, query: Query) -> bool:
    """A span of the entry holding a number the question quotes judges it ("что, безусловно,
    недостаточно")."""
    spans = _quoted_spans(entry, query) or ()
    return any(judges_amount(word) for text in spans for word in tokens(text))


# A format named by the sum of its parties: "5+1", "3+3".
_FORMULA = lazy(r"\d+\+\d+")


def _names_formula(query: Query, entry: Entry) -> bool:
    """ "Сколько стран в формате 5+1": a format named by the sum of its parties is counted by
    its name — which an entry's span writing that very formula gives ("формулы сотрудничества
    «5+1»"). Only as the reader wrote it: a formula the question does not name counts
    nothing ("сколько стран Центральной Азии посетил Алиев" is no "5+1")."""
    named = {w for w in query.words if _FORMULA.fullmatch(w)}
    if not named and any(t.lemma in FORMULA_NOUNS for t in query.terms):
        # "сколько стран у Гаджиева выходит в формуле": the formula named by its noun is
        # the one the entry's span writes, its sum the count
        return any(_FORMULA.search(span.text) for span in entry.spans)
    return bool(named) and any(not named.isdisjoint(tokens(span.text)) for span in entry.spans)


_NARROWING_REACH = 4  # how many words after the counted noun the narrowing may start


def english_count_qualifiers(query: Query, counted: str) -> tuple[str, ...]:
    """The lemmas of the English nouns narrowing what an English count counts: those after
    a preposition or a verb of covering that follows the counted noun ("how many
    agreements on tourism were signed": tourism). Names, numbers and words that narrow
    nothing ("in total", "during the visit") are left out."""
    words = query.words
    at = next(
        (
            i
            for i, w in enumerate(words)
            if any(t.typed == w and t.lemma == counted for t in query.terms)
        ),
        None,
    )
    if at is None:
        return ()
    by_typed = {t.typed: t for t in query.terms}
    found: list[str] = []
    narrowing = False
    for word in words[at + 1 : at + 1 + _NARROWING_REACH]:
        if word in NARROWING_EN:
            narrowing = True
            continue
        if word in ("was", "were", "is", "are", "be", "been", "signed", "inked", "did", "do"):
            narrowing = False
            continue
        term = by_typed.get(word)
        if not narrowing or term is None or not is_latin(word) or term.entity:
            continue
        if word in NOT_NARROWING_EN or term.lemma in NOT_NARROWING_EN or word[:1].isdigit():
            continue
        found.append(term.lemma)
    return tuple(found)


def _counted_as_mass(words: tuple[str, ...], typed: str) -> bool:
    """ "сколько нефти", "скока сейчас торговля": after a Russian counting word, a noun in a
    form no count takes (``is_mass_form``) — its amount asked. A noun asked by "какой"
    ("какой товарооборот") is no count at all, whatever its form; nor is one in a question
    joined after the count ("сколько стран в семёрке и какая страна седьмая": which country,
    of the countries counted)."""
    if typed not in words:
        return False
    before = words[: words.index(typed)]
    counting = [at for at, w in enumerate(before) if w in COUNT_WORDS and is_cyrillic(w)]
    if not counting:
        return False
    between = before[counting[-1] + 1 :]
    return not any(w in _JOINING for w in between) and is_mass_form(typed)


# A question word opening another question after a count ("…, и какая страна седьмая").
_JOINING = QUESTION_WORDS - COUNT_WORDS


def _confirms_invitation(query: Query, entry: Entry) -> bool:
    """ "Почему Алиев приехал — его пригласили?": the reader's own guess at why the guest
    came, an invitation (``offers_invitation``), which a span saying he came "по приглашению"
    confirms — the reason asked, as the reader put it."""
    return offers_invitation(query.words) and any(tells_invitation(s.text) for s in entry.spans)


def _says_counted(counted: str, stated: frozenset[str] | set[str]) -> bool:
    """Does an entry's own wording (``stated``) name what a question counts? Signed papers
    under any of their names (``DOCUMENT_LEMMAS``)."""
    if counted in DOCUMENT_LEMMAS:
        return not stated.isdisjoint(DOCUMENT_LEMMAS)
    return counted in stated


def _unit_stated_in_russian(query: Query, counted: str, stated: frozenset[str] | set[str]) -> bool:
    """ "How many tonnes of rail freight": the English unit counted, stated in the Russian
    the figure is given in ("до 20 миллионов тонн", ``ENGLISH_UNITS``), with every noun
    narrowing it ("of rail freight") stated too — a figure with no English clause on the
    unit leaves ``_counts_english_qualified`` nothing to read, and tonnes of grain are no
    tonnes of freight."""
    unit = ENGLISH_UNITS.get(counted)
    if unit is None or unit not in stated:
        return False
    narrowing = (*english_count_qualifiers(query, counted), *_measured_of(query, counted))
    return all(word in stated for word in narrowing)


def _measured_of(query: Query, unit: str) -> tuple[str, ...]:
    """The lemmas of the nouns after a unit's "of" ("tonnes of rail freight": rail, freight;
    "tonnes of grain"): what the amount asked is of, up to the first word no term of the
    question ("does")."""
    by_typed = {t.typed: t for t in query.terms if is_latin(t.typed) and not t.entity}
    words = query.words
    found: list[str] = []
    for at, word in enumerate(words[:-1]):
        term = by_typed.get(word)
        if term is None or term.lemma != unit or words[at + 1] != "of":
            continue
        for after in words[at + 2 :]:
            noun = by_typed.get(after)
            if noun is None:
                break
            found.append(noun.lemma)
    return tuple(found)


def _substance_stated(query: Query, unit: str, stated: frozenset[str] | set[str]) -> bool:
    """Is what an amount in a unit is asked of stated too ("tonnes of oil", "тонн нефти")?
    A tonnage of rail freight is no tonnage of oil, grain or coal, whether the unit is
    stated in English or Russian; a noun any mass of goods is of ("тонн грузов", "tonnes
    of freight", ``ANY_CARGO``) narrows nothing. Of the English "of" phrase only its first
    word is read: with no English parts of speech its end is not known ("of rail freight
    move between…" runs on into the verb), and its opening names the substance ("of oil",
    "of crude oil", "of rail freight"); "сколько нефти, в тоннах" is of oil as well
    (``Query.measured_of``). True when the unit is of nothing named."""
    measured = (
        *_measured_of(query, unit)[:1],
        *_measured_in_russian(query, unit),
        *(() if query.measured_of is None else (query.measured_of,)),
    )
    return all(word in stated or word in ANY_CARGO for word in measured)


def _measured_in_russian(query: Query, unit: str) -> tuple[str, ...]:
    """The lemma of the noun in the genitive after a Russian unit of mass (``MASS_UNITS``):
    "сколько тонн нефти" is of oil, "тонн казахстанской нефти" too, past its qualifier;
    "сколько тонн нужно Казахстану" of nothing — a verb, a predicative or a name ends the
    reading. Empty for any other unit ("долларов" is read by its own checks)."""
    if unit not in MASS_UNITS:
        return ()
    by_typed = {t.typed: t for t in query.terms if is_cyrillic(t.typed)}
    words = query.words
    for at, word in enumerate(words):
        term = by_typed.get(word)
        if term is None or term.lemma != unit:
            continue
        for after in words[at + 1 :]:
            noun = by_typed.get(after)
            if noun is None or noun.entity:
                break
            if _reads_as_noun(after):
                return (noun.lemma,)
            if not is_qualifier(after):
                break
    return ()


def _reads_as_noun(word: str) -> bool:
    """Has the Russian word a reading as a noun ("нефти", "грузов")? "нужно", "готов",
    "перевозится" have none."""
    return any(p.tag.POS == "NOUN" for p in parse(word))


def _quoted_spans(entry: Entry, query: Query) -> tuple[str, ...] | None:
    """The entry's spans holding a number the question quotes in digits; None when it quotes
    none (an empty tuple: the entry holds none of them)."""
    written = fold(query.text)
    quoted = {word for word in query.words if word[:1].isdigit() and word in written}
    if not quoted:
        return None
    return tuple(span.text for span in entry.spans if _holds_any(tokens(span.text), quoted))


def _is_number(word: str, number: str) -> bool:
    """Is the token ``word`` the number ``number``, or a range one of whose ends it is?
    "Товарооборот 500 млн или 400?" quotes both ends of the article's "400–500 миллионов",
    which tokens read as one word, "400-500": its span holds either number the question
    quotes."""
    return word == number or (word[:1].isdigit() and number in word.split("-"))


def _holds_any(words: list[str], numbers: set[str]) -> bool:
    """Does one of the tokens hold one of the numbers, as itself or an end of a range?"""
    return any(_is_number(word, number) for word in words for number in numbers)


_STRETCH = lazy(r"[;:!?]|[.,](?!\d)")  # what ends a figure's stretch; "1,5" does not
_PER_REACH = 6  # how many words from the figure its unit of time may stand


def _stretches_of(text: str, number: str) -> list[list[str]]:
    """The words of each stretch of the text (up to a comma or a stop; "1,5" is one number)
    holding ``number`` as tokens read it."""
    stretches = (tokens(stretch) for stretch in _STRETCH.split(text))
    return [words for words in stretches if _holds_any(words, {number})]


# Words read past between a number and the noun it counts ("15 миллионов тонн").
_SCALES = frozenset(SCALE_WORDS)


def _amounts_of_time_only(entry: Entry) -> bool:
    """Is every number in digits the entry shows a number of units of time ("7–8 дней")?
    Then it tells how long, and no count of the cargo its words name. False for an entry
    with no number in digits."""
    counted: list[bool] = []
    for text in entry.shown_words:
        words = tokens(text)
        for at, word in enumerate(words):
            if not word[:1].isdigit():
                continue
            noun = next((w for w in words[at + 1 : at + 3] if w not in _SCALES), "")
            unit = time_unit(noun)
            counted.append(unit is not None and names_unit_as_noun(noun, unit))
    return bool(counted) and all(counted)


def _units_per(text: str, number: str) -> frozenset[str]:
    """The units of time (``time_unit``) ``number`` (as tokens read it) is given per in the
    text, each within its own stretch (``_stretches_of``): "5–7 миллионов тонн в год" gives
    the 5–7 million per year, and nothing for the 1,5–2 million before "тогда как" in the
    same sentence; "до одного миллиарда долларов ежегодно" gives the 1 billion per year. A
    unit is "per" after "в/за/a/per" or as "ежегодно/annual" — "7–8 дней" is a span of
    days, not a figure per day."""
    found: set[str] = set()
    for words in _stretches_of(text, number):
        for at in (at for at, word in enumerate(words) if _is_number(word, number)):
            for before, after in itertools.pairwise(words[at : at + _PER_REACH]):
                unit = time_unit(after)
                if unit is None:
                    continue
                if not names_unit_as_noun(after, unit) or before in FIGURE_PER_WORDS:
                    found.add(unit)
    return frozenset(found)


def _holds_quoted(entry: Entry, query: Query) -> bool:
    """One of the entry's spans holds a number the question quotes in digits."""
    written = fold(query.text)
    quoted = {word for word in query.words if word[:1].isdigit() and word in written}
    return any(_holds_any(tokens(span.text), quoted) for span in entry.spans)


def _describing(forms: frozenset[str]) -> bool:
    """One side of an alternative is a Russian adjective ("казахстанский"): it describes."""
    return any(
        is_cyrillic(form) and any(p.tag.POS == "ADJF" for p in parse(form)[:1]) for form in forms
    )


def _bare(word: str) -> str:
    """A word of a text without the punctuation around it."""
    return word.strip("«»\"'.,;:!?()“”„—–-")


def _slip_of_generic(word: str) -> bool:
    """Is ``word`` one edit from a generic detail noun ("гаду": "году", "горде": "городе")?
    Then it is that noun mistyped into another dictionary word, not a detail unknown."""
    from rapidfuzz.distance import DamerauLevenshtein

    return any(DamerauLevenshtein.distance(word, g) <= 1 for g in GENERIC_DETAILS)


def _tells_in(entry: Entry, places: set[str], lemma: Callable[[str], str]) -> bool:
    """Does a span of the entry put something in one of the ``places`` (lemmas): "в Астане",
    "визит в Астану", "in Astana" — not the city named as its people ("Баку и Астана")?"""
    for span in entry.spans:
        words = tokens(span.text)
        for before, word in itertools.pairwise(words):
            if before in VENUE_BEFORE | VENUE_BEFORE_EN and lemma(word) in places:
                return True
    return False


def _at_place(word: str) -> bool:
    """Is the Russian word after "в" in the locative — where a thing happened ("в Акорде",
    "во дворце"), or of no case at all ("в Алматы") — not the accusative of a destination
    ("в Узбекистан")?"""
    parses = parse(word) if is_cyrillic(word) else []
    return any(p.tag.case in ("loct", "loc2") or "Fixd" in p.tag.grammemes for p in parses)


def _same_family(lemma: str, others: list[str]) -> bool:
    """A long Cyrillic word and another sharing its first seven letters: one word family."""
    if len(lemma) < 8 or not is_cyrillic(lemma):
        return False
    stem = lemma[:7]
    return any(other.startswith(stem) for other in others)


@dataclass(slots=True)
class _Contender:
    """An entry sharing a word with the question: the cheap parts of its score, and the
    highest score it could reach (``ceiling``) before its closeness is worked out."""

    number: int
    coverage: float
    explained: float
    unexplained: float
    bigrams: float
    adjust: list[float]  # what the question asks for, against what the entry gives
    total: float = 0.0  # the question's weight as read against this entry
    ceiling: float = 0.0


@record
class _Scoring:
    """What scoring one question shares across its entries: its weight, its word pairs'
    weight, its lemmas' mass, and the phrasings' sizes under the briefing it is read in."""

    total: float
    pair_total: float
    masses: dict[str, float]  # per lemma of the question: its weight × similarity
    sizes: dict[int, tuple[float, ...]]  # per entry: its phrasings' sizes (``_sizes``)
    # a lemma of a question word's family → that word and its share of the mass (``_closeness``)
    kin: dict[str, tuple[str, float]] | None = None
    # the experts the question names (``Query.named``), and the IDF phrasings are sized by
    named: frozenset[tuple[str, str]] = frozenset()
    idf: dict[str, float] = field(default_factory=dict)
    focus: frozenset[str] = frozenset()  # the lemmas of what the question is about, no name
    # per entry of a named expert: the points its closeness gains with his name read into
    # every phrasing (``_closest_own``), filled as entries are scored
    closer: dict[int, float] = field(default_factory=dict)


_NO_SIZES: dict[str, float] = {}  # an entry without phrasings: no closeness to bound


def _clamp(score: float) -> float:
    return max(0.0, min(100.0, score))


def _article_offset(entry: Entry) -> int:
    """Where the entry's first span found in its article starts (-1: none is found, as a
    profile's)."""
    text = entry.briefing.article.text
    found = [at for span in entry.spans if (at := text.find(span.text)) >= 0]
    return min(found, default=-1)


def _head_after(words: tuple[str, ...], at: int) -> str:
    """The noun a volume word at ``at`` sizes: the next word, past the words qualifying it
    ("объём железнодорожных грузов": "грузов"); empty at the end of the question."""
    for word in words[at + 1 :]:
        if not is_qualifier(word):
            return word
    return ""


def _gives_now_and_later(entry: Entry) -> bool:
    """Does the entry give an amount as it is and as it will or may be: a forecast, and two
    figures in its spans ("сегодня … 400–500 миллионов долларов …, позволит довести … до
    одного миллиарда")? Today's figure alone, or the target alone, answers half."""
    if AnswerType.FORECAST not in entry.states:
        return False
    words = (token for span in entry.spans for token in tokens(span.text))
    figures = {NUMBER_WORDS.get(w, w) for w in words if w[:1].isdigit() or w in NUMBER_WORDS}
    return len(figures) >= 2


def _query_pairs(query: Query) -> list[str]:
    """The question's adjacent known words as pairs (``bigrams``), in written order: a spoken
    adjective after its noun ("что за семёрка тюркская") is put before it, as the briefing's
    phrases write it ("тюркская семёрка"), so the pair is found — each word once only; not
    one qualifying the noun after it ("страны тюркской семёрки")."""
    terms = [t for t in query.terms if t.similarity > 0]
    lemmas = [as_written(t.lemma) for t in terms]
    at = 0
    while at + 1 < len(terms):
        after = terms[at + 2].typed if at + 2 < len(terms) else None
        if postposed_adjective(terms[at].typed, terms[at + 1].typed, after):
            lemmas[at], lemmas[at + 1] = lemmas[at + 1], lemmas[at]
            at += 2
        else:
            at += 1
    return bigrams(lemmas)


# The kinds of a figure asked: a number, a sum, a length of time.
_FIGURES_ASKED = frozenset({AnswerType.QUANTITY, AnswerType.MONEY, AnswerType.DURATION})


def _named_anywhere(entry: Entry, term: Term) -> bool:
    """Does any text of the entry (its title, phrasings, the article's words) hold the word:
    "delivery" is the title's of today's delivery time, not its span's English?"""
    for text in entry.search_texts():
        for word in tokens(fold(text.text)):
            if word == term.typed or (word.isascii() and english_stem(word) == term.lemma):
                return True
    return False


def _subjectless_check(query: Query) -> bool:
    """Is the question a yes/no check of nothing but its offered answer, its subject only a
    pronoun opening it ("was it in Astana or somewhere else?", "это было в Баку?"): every word
    weighed a name or a number offered, none of what it is said of? ("is the Middle Corridor
    the Trans-Caspian route in this piece": two names checked of each other, no pronoun
    subject.)"""
    terms = [t for t in query.terms if not t.frame]
    return (
        bool(terms)
        and any(w in SUBJECT_PRONOUNS for w in query.words[:2])
        and all(t.entity or t.typed[:1].isdigit() for t in terms)
        and _checks(query)
    )


def _checks(query: Query) -> bool:
    """Is the question a yes/no check of a statement: so read on the text the matcher reads,
    or its frame blanked as an aside ("Правда ли, что …", "Я правильно понял, что …")?"""
    return query.check or asks_yes_or_no(query.reading.text)


def _own_names(entry: ExpertEntry, lemma: Callable[[str], str]) -> frozenset[str]:
    """The folded words, and their lemmas, of an expert's own names: his name in either
    language and case, his surname, and the aliases written as names (every word
    capitalised: "Хикмет Гаджиев", "Hajiyev") — not those describing him ("помощник
    Алиева", "aide to Aliyev")."""
    expert = entry.expert
    names = [expert.name, expert.name_en, expert.name_genitive, expert.surname]
    names += [a for a in expert.aliases if all(w[:1].isupper() for w in a.split())]
    words = {w for name in names for w in tokens(fold(name))}
    return frozenset(words | {lemma(w) for w in words})


def _english_deed(words: tuple[str, ...]) -> str | None:
    """The stem of the verb of "who BUILT the route", "who will LEAD the seven", or None —
    for a verb of saying, thinking or proposing, which an expert does by his words. The
    "who" may open a second request joined to a first one that a request or a question
    word opens ("give the names of all 15 agreements and who signed each one", "which
    agreements were signed and who signed them"): that part asks the doer all the same —
    not "in the proposed bloc, who would be senior and who junior", no deed asked."""
    joined = bool(words) and words[0] in OPENING_REQUESTS
    at = next(
        (
            i
            for i, w in enumerate(words)
            if w == "who" and (i == 0 or (joined and words[i - 1] in JOINING_REQUESTS))
        ),
        None,
    )
    if at is None:
        return None
    rest = [w for w in words[at + 1 :] if w not in DOER_AUXILIARIES_EN]
    if rest and rest[0] in PICKED_AMONG:
        # "who among the experts brought up …", "who of them": the group the doer is picked
        # from, then the verb
        group = 1 + (len(rest) > 1 and rest[1] in ("the", "these", "those"))
        rest = rest[group + 1 :]
    if not rest or not rest[0].isalpha() or rest[0] in ("the", "a", "an"):
        return None  # no verb right after ("brought up" is read out of the words)
    if any(w in ("idea", "ideas", "proposal", "concept", "notion") for w in rest):
        return None  # "who floated the idea of …": its author, by his words
    stem = english_stem(rest[0])
    if stem in SAYING_STEMS_EN or any(stem.startswith(s) for s in SAYING_STEMS_EN if len(s) > 4):
        return None
    if stem in GIVING_STEMS and _figure_given(rest[1 : 1 + _FIGURE_REACH]):
        return None  # "who gave the 15-18 days figure": an expert gives figures by his words
    if stem in _english_wishing():
        return None  # "who wants to bring in Turkey": a wish is said, as a proposal is
    return stem


_FIGURE_REACH = 4  # "gave the exact 15-18 days figure": the object's words after the verb


def _figure_given(words: list[str]) -> bool:
    """Do the words after a verb of giving name a figure as a figure ("the numbers", "the
    15-18 days figure", "the figure of 15-18 days")?"""
    return any(w in FIGURE_OBJECTS for w in words)


@lru_cache(maxsize=1)
def _english_wishing() -> frozenset[str]:
    """Stems of verbs of wanting or urging ("who WANTS to add", "who URGES"): what an expert
    does by his words, as proposing is."""
    return frozenset(
        english_stem(w) for w in ("want", "wish", "urge", "advocate", "favour", "favor", "push")
    )


def deeds_told_in(texts: tuple[str, ...], verb: str) -> bool:
    """Does one of the texts tell the deed of ``verb`` at all (``doers.deeds_told``)?"""
    return any(deeds_told(text, verb) for text in texts)


def _english_texts(entry: Entry) -> tuple[str, ...]:
    """An entry's English: its title and summary (the spans' words, "[Translation] …"), not
    its lead, a curator's words on it ("on how often the leaders meet")."""
    item = getattr(entry, "item", None)
    return tuple(
        text for name in ("title_en", "summary_en") if (text := str(getattr(item, name, "") or ""))
    )


# Endings of a noun naming a deed itself ("подписание", "введение", "строительство"), not a
# thing named after it ("организация": the Organization of Turkic States).
_DEED_NOUN_ENDINGS = ("ние", "тие", "ство")


def _verb_after_who(words: tuple[str, ...]) -> str | None:
    """The verb right after "кто" ("кто ОРГАНИЗОВАЛ визит"), as its infinitive, when the
    question's relation was read without one (its verb taken for a noun of the briefing)."""
    for before, word in itertools.pairwise(words):
        if before != "кто" or not is_cyrillic(word):
            continue
        first = parse(word)[:1]
        if first and first[0].tag.POS == "VERB" and is_known_russian(word):
            return str(first[0].normal_form).replace("ё", "е")
        return None
    return None


def _mended_verb_after_who(query: Query) -> str | None:
    """The verb right after "кто" as the spelling repairs read it ("кто подписл соглашеня":
    "подписать"), when its slip kept the relation from being read: the doer it asks is then
    looked for as for the word spelt right — "стороны подписали" names no person."""
    repaired = {t.typed: t.lemma for t in query.terms if 0 < t.similarity < 1}
    for before, word in itertools.pairwise(query.words):
        if before != "кто" or word not in repaired:
            continue
        lemma = repaired[word]
        first = parse(lemma)[:1] if is_cyrillic(lemma) else []
        if first and first[0].tag.POS == "INFN":
            return lemma
        return None
    return None


# Phrases of now besides its single words (``PRESENT_WORDS``): "на данный момент", "в
# настоящее время", "на сегодняшний день", "as of now".
_NOW_PHRASES = (
    ("данный", "момент"),
    ("настоящее", "время"),
    ("сегодняшний", "день"),
    ("as", "of", "now"),
)


def _asks_now(words: tuple[str, ...]) -> bool:
    """Does the question say it asks of now: a word of the present ("сейчас", "на сегодня",
    "текущая", "ныне", "currently") or a phrase of it ("на данный момент")?"""
    if not PRESENT_WORDS.isdisjoint(words):
        return True
    return any(
        words[at : at + len(phrase)] == phrase
        for phrase in _NOW_PHRASES
        for at in range(len(words))
    )


def _mended_verb(query: Query) -> str | None:
    """The first verb the spelling repairs read ("откуда вэзут грузы": "везти"), when its slip
    kept the relation from being read."""
    for term in query.terms:
        if 0 < term.similarity < 1 and is_cyrillic(term.lemma):
            first = parse(term.lemma)[:1]
            if first and first[0].tag.POS == "INFN":
                return term.lemma
    return None


def _without_insisting(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without those insisting on the very thing asked ("who exactly said that
    …"): read for the deed a "who" asks the doer of, "exactly" would be taken for the verb."""
    return tuple(w for w in words if w not in INSISTING_ADVERBS_EN)


def _asks_talks_city(query: Query) -> bool:
    """Does the question ask, plainly, where the visit's talks were ("где проходили
    переговоры", "в каком городе шли переговоры", "where were the talks held")? No finer
    kind of place asked (a building, a residence), no exact spot, no place named in it (the
    talks "в Астане" or between other countries), nothing of the future or besides."""
    if query.asks[:1] != (AnswerType.PLACE,) or query.future or query.excluded is not None:
        return False
    if query.unknown_detail is not None or query.alternatives:
        return False
    words = set(query.words)
    if not words & TALKS_WORDS or words & EXACT_SPOT:
        return False
    if asked_place_kind(query.words) not in (None, CITY):
        return False
    return not any(t.lemma in PLACE_KINDS or t.typed in PLACE_KINDS for t in query.terms)


def _names_place(word: str) -> bool:
    """Is the word, as typed, a place the gazetteer knows, of any kind ("Астане", "Baku")?"""
    lemma = russian_lemma(word) if is_cyrillic(word) else word
    return bool(PLACE_KINDS.get(word) or PLACE_KINDS.get(lemma))


def _names_city(text: str) -> bool:
    """Does a passage name a city the gazetteer knows ("Торжественная встреча в Астане")?
    The visit's city is what answers where its talks were; a passage on the visit naming
    none ("значение визита") tells no place."""
    for word in tokens(text):
        kinds = PLACE_KINDS.get(word) or PLACE_KINDS.get(
            russian_lemma(word) if is_cyrillic(word) else word
        )
        if kinds and CITY in kinds:
            return True
    return False


def _crosses_water(text: str, carried: set[str], kind: str, lemma: Callable[[str], str]) -> bool:
    """Does a passage name a water of the ``kind`` asked (the gazetteer's: the Caspian is a
    sea) and, with it, the cargo or vessels asked of ("паромов для перевозки грузов через
    Каспий")?"""
    words = [w for w in tokens(text) if w.isalpha()]
    lemmas = {russian_lemma(w) if is_cyrillic(w) else w for w in words}
    if not lemmas & carried:
        return False
    for word in words:
        forms = {word, lemma(word), russian_lemma(word) if is_cyrillic(word) else word}
        if forms & _KNOWN_WATERS and place_fits(forms, kind, lemma):
            return True
    return False


_KNOWN_WATERS = frozenset(
    name for name, kinds in PLACE_KINDS.items() if kinds & {SEA, LAKE, RIVER, OCEAN}
)


def _places_named(entry: Entry, lemma: Callable[[str], str]) -> set[str]:
    """The gazetteer's places an entry's passages name, by lemma ("через Каспий": каспий)."""
    found: set[str] = set()
    for span in entry.spans:
        for word in tokens(span.text):
            forms = {word, lemma(word), russian_lemma(word) if is_cyrillic(word) else word}
            found |= forms & PLACE_KINDS.keys()
    return found
