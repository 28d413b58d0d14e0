"""What a message asks: its readings, its words resolved against the vocabulary, its intents.

A message may be Russian, English, Russian typed on the wrong keyboard layout or in Latin
letters, with typos or run-together words. The analyser tries every reading, resolves each
word to a lemma the knowledge base knows (exactly, by transliteration, by cheap spelling
repairs, then by rapidfuzz edit similarity) and keeps the most recognisable reading. It also
reads what kind of answer is wanted ("сколько", "кто", a price, a forecast, a person the
article does not quote). It does not score: ``matcher`` does.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from bot.knowledge.entries import Field
from bot.knowledge.model import KnowledgeBase
from bot.language.acronyms import is_letter_abbreviation
from bot.language.ahead import beyond_scope_positions
from bot.language.alternatives import (
    alternatives,
    listed_options,
    placed_alternatives,
    qualified_alternatives,
)
from bot.language.amounts import (
    COUNT_FRAME_LEMMAS,
    COUNT_NOUN_SLIPS,
    COUNT_NOUNS,
    COUNT_NOUNS_EN,
    FIGURE_NOUNS_EN,
    HEADCOUNT_NOUNS,
    HOLDING_RANK,
    PRICE_NOUNS,
    RANK_NOUNS,
    RATE_UNITS,
    SHARE_UNITS,
    VOLUME_STEMS,
    YEAR_QUALIFIERS,
    YEAR_WORDS,
)
from bot.language.answer_types import (
    CHANCE_NOUNS,
    CUE_NOUNS,
    GENERIC_DETAILS,
    INTERROGATIVES,
    KIND_ASKING,
    KIND_NOUNS,
    MEASURES,
    MONEY_NOUNS,
    PLACE_KIND_NOUNS_EN,
    TIME_NOUNS,
    WHAT_IS,
    AnswerType,
    amount_headline_unfolded,
    asked_office,
    asked_types,
    asks_cause,
    asks_hypothesis,
    asks_origin,
    asks_reason,
    asks_workings,
    benefit_gotten,
    calendar_noun_apart,
    compound_prepositions,
    course_cues,
    cues_mended,
    direction_cues,
    duration_noun,
    elided_place_at,
    figure_noun_framed,
    figure_reached_at,
    forecast_idioms,
    generic_detail,
    horizon_year,
    how_long_back,
    is_past_verb,
    keyed_cue,
    keywords_ending_in_amount,
    keywords_ending_in_place,
    kind_frame,
    kind_word_meant,
    lasting_cues,
    looks_ahead,
    mistyped_cue,
    modal_positions,
    names_forecast,
    names_kind_of_place,
    opening_short_of_cue,
    own_clause,
    place_only_by_which_noun,
    qualified_nouns,
    reaching_asked,
    reason_frame,
    reason_idioms,
    sharpening,
    speaks_of_future,
    time_counted,
    time_idioms,
    translit_slip_meant,
    whither_cues,
)
from bot.language.asides import without_asides
from bot.language.asked_words import (
    BEFORE_TIME_AHEAD,
    CALLED_HEADS,
    CAUSE_NOUNS_RU,
    FRAMING_HEADS,
    GENERIC_PLACE_NOUNS,
    GOVERNING_NOUNS,
    GOVERNING_VERBS,
    INFINITIVE_OPENERS,
    PROSPECT_FORMS,
    VENUE_NOUNS,
)
from bot.language.bookish import plain_bookish
from bot.language.changes import (
    CHANGE_NOUN_STEMS,
    CHANGE_NOUNS,
    FORESEEING,
    HOLDING_BACK,
    SAME_CHANGE,
    Change,
    asked_change,
    reaches,
)
from bot.language.changes import frame as change_frame
from bot.language.characterisation import (
    FRAME_VERBS,
    OBSTACLE_FRAME,
    arrival_asking,
    collocates,
    is_frame,
    names_filler,
    obstacle_asked_at,
)
from bot.language.checks import asks_yes_or_no, open_alternative, unframed, without_cleft
from bot.language.closing import closing_positions
from bot.language.contents import contents_holder
from bot.language.courtesy import as_asked
from bot.language.deference import without_deference
from bot.language.definitions import definition_frame
from bot.language.discussions import asks_about_talk, discussing
from bot.language.exclusions import (
    Exclusion,
    exclusion,
    exclusion_marker_positions,
    left_out_positions,
)
from bot.language.fillers import best_case_as_target, filler_positions, without_request
from bot.language.frame_words import FRAME_WORDS as FRAMING_FORMS
from bot.language.frame_words import OPENERS, is_frame_word, mend, mend_after_which
from bot.language.function_words import (
    ABOUT_EN,
    ABOUT_GOVERNS,
    ABOUT_RU,
    ACCORDING_TO,
    AMONG,
    AMOUNT_BEFORE_EN,
    AUXILIARIES_EN,
    BETWEEN_GOVERNOR,
    CHOOSING,
    CIRCUMSTANCE_WORDS,
    CONDITIONAL,
    DEMONSTRATIVES,
    EN_DETERMINERS,
    EN_INDEFINITE,
    EN_PHRASE_BOUNDS,
    ENGLISH_ADVERBS,
    EXACTLY_EN,
    GLUED_AFTER,
    GLUED_BEFORE,
    HE_SHE,
    HIS_HER,
    HOLDER_ASKED,
    IN_UNIT,
    INSISTING,
    INSISTING_EN,
    IT_FORMS,
    JUDGING_OPENERS_EN,
    MAIN_VERBS_EN,
    N_PRONOUNS,
    OCCASION_PLACE_PREPOSITIONS,
    ONE_LETTER_WORDS,
    OPEN_OTHER,
    OPENERS_EN,
    OR_WORDS,
    PASSIVE_ADVERBS,
    PASSIVE_BE,
    PER_WORDS,
    PHRASE_CLOSERS_EN,
    PHRASE_OPENERS_RU,
    PICKING,
    POSSESSIVE_S,
    PREPOSITIONS_RU,
    QUESTION_WORDS,
    QUESTION_WORDS_EN,
    RELATIVE_WORDS,
    SETTING_PAIRS,
    SETTING_PREPOSITIONS,
    SINGLING_OUT,
    SOURCE_PREPOSITIONS,
    THIS_BEFORE_NOUN,
    THIS_FORMS,
    TIME_OR_DEGREE,
    TOLD_PRONOUNS,
    TOPIC_PREPOSITIONS,
    TWO_LETTER_PREPOSITIONS,
    WHICH_ANY,
    WHICH_EN,
)
from bot.language.goals import lack_as_need, names_need, working_goal
from bot.language.introductions import asks_identity
from bot.language.keyboard import NEIGHBOURS, key_neighbours, mistyped_key
from bot.language.lexicon import (
    ARTICLE_WORDS,
    AUTHOR_WORDS,
    BODY_NOUNS,
    CALLING_WORDS,
    COUNT_PHRASES,
    COUNT_WORDS,
    ENGLISH_COMMON,
    ENGLISH_OWN_PLURALS,
    ENGLISH_STOP,
    ENGLISH_SYNONYMS,
    EXPERT_LEMMAS,
    FIGURE_LEMMAS,
    FROM_SIDE,
    GROUP_NOUNS,
    JUDGEMENT_NOUNS,
    OPINION_VERB_LEMMAS,
    PRICE_LEMMAS,
    QUOTE_WORDS,
    ROLE_PEOPLE,
    RUSSIAN_STOP,
    RUSSIAN_SYNONYMS,
    SAY_WORDS,
    SPEAKING_VERB_LEMMAS,
    STATE_INITIALS,
    STATE_SHORT_FORMS,
    VIEW_WORDS,
    VOLUME_WORDS,
    WHEN_WORDS,
    WHO_WORDS,
    YEAR_PHRASES,
    asks_address,
    is_stop,
    plain_english,
    word_set,
)
from bot.language.loanwords import russian_loanwords
from bot.language.money import (
    asks_colloquial_price,
    colloquial_price_at,
    counts_a_thing,
    figures_heading,
    trade_figures,
)
from bot.language.morphology import (
    DEFAULT,
    WORDS_REMEMBERED,
    Morphology,
    aspect_partners,
    english_stem,
    informativeness,
    is_adverb,
    is_future_verb,
    is_known_russian,
    is_person_name,
    is_pronoun,
    is_proper_name,
    is_qualifier,
    parse,
    place_heard_as,
    readable_russian,
)
from bot.language.negation import CANNOT, asks_why_not, why_not_frame
from bot.language.nominal import plain_nominal
from bot.language.numbers import (
    ENGLISH_UNITS,
    MASS_UNITS,
    MEASURE_UNITS,
    RUSSIAN_CARDINALS,
    SCALE_WORDS,
    judges_amount,
    time_unit,
)
from bot.language.occasions import is_outcome, occasion_frame
from bot.language.occupations import Occupation, asked_occupation, person_noun
from bot.language.office_holders import named_holders, office_holders
from bot.language.officialese import plain_officialese
from bot.language.ordinal_experts import ordinal_experts
from bot.language.parties import (
    CAPITALS,
    PARTIES,
    SHORT_NAMES,
    Party,
    articled_parties,
    bare_party,
    country_of_adjective,
    deed_holder,
    motive_holder,
    names_a_people,
    party_names,
    regrouped_arrangements,
    view_holder,
)
from bot.language.periphrasis import plain_names, visits_named
from bot.language.preambles import (
    closed_question,
    country_back,
    filled_ellipsis,
    named_back,
    names_own_deed,
    question_end,
    question_start,
    quoted_figure,
    unit_back,
)
from bot.language.predicates import (
    BOND_WORDS,
    CLOSENESS_WORDS,
    EVENT_HOLDING_REACH,
    EVENT_HOLDING_VERBS,
    GENERIC_PREDICATES,
    HELD_EVENTS,
    ITEM_FRAMES,
    NO_RELATION,
    Asked,
    asked_items,
    asked_relation,
    auxiliary_at,
    condition_verbs,
    item_noun_lemma,
    kin,
    listed_kind_at,
    related,
)
from bot.language.professions import names_any_expert, role_word, russian_country_adjective
from bot.language.recency import (
    ahead_positions,
    past_time_named,
    past_time_positions,
    recency_positions,
    stretch_positions,
)
from bot.language.romanise import name_key, romanise, same_name
from bot.language.saying import (
    ABOUT_SAID,
    ADDRESSED,
    ADDRESSING,
    ATTRIBUTIVE_WORDS,
    COMMENTING,
    CONSULTING,
    DESCRIBING,
    EXPERT_NOUNS,
    FRAMING_EN,
    GIVING,
    HELD_VIEWS_EN,
    HELD_VIEWS_RU,
    IN_FORMS,
    IN_VIEW_OF,
    JUDGING_FORMS,
    LATIN_OBJECT_MARKS,
    MADAM,
    MENTIONING,
    MENTIONING_EN,
    NAME_TITLES,
    OF_VIEW,
    PERSON_ASKED,
    POINT_FORMS,
    QUOTING,
    REACTING,
    REACTING_EN,
    REASONING_OF,
    RECALLING,
    SAID_THINGS,
    SAYING_NOUNS,
    SAYING_NOUNS_EN,
    SIDES,
    TALKING_EN,
    TALKING_RU,
    TELLING,
    VIEW_DETAIL_NOUNS,
    VIEW_NOUNS_EN,
    VIEW_NOUNS_RU,
    WRITING_FOR,
    given_to,
)
from bot.language.specifics import (
    asks_specifics,
    content_asked,
    defined_first,
    joined_kinds,
    keyword_detail,
    leading_part,
    meant_as_exactly,
    parted,
    without_contrast,
)
from bot.language.speech import (
    SOURCE_NOUNS,
    without_light_verbs,
    without_own_saying,
    without_quoting_participle,
    without_talk_frame,
)
from bot.language.sports import plain_score
from bot.language.text import clean, fold, is_cyrillic, is_latin, tokens, unshouted
from bot.matching.index import Index, as_written, briefing_acronyms, content_lemmas, state_key
from bot.matching.repair import Reading, readings, to_russian_layout, transliterate
from bot.matching.roles import RoleNaming, Roles
from bot.matching.tuning import DEFAULT_TUNING, Tuning
from bot.matching.vocabulary import FuzzyVocabulary
from bot.matching.work import Allowance, Memo, count_cached
from bot.patterns import lazy
from bot.records import record

# Vowels written for one another where unstressed ("китоя" for "китая").
_HEARD_VOWELS = {"а": "о", "о": "а", "е": "и", "и": "е"}


def _vowel_variants(word: str) -> Iterator[str]:
    """The word with one unstressed-looking vowel written as its twin (``_HEARD_VOWELS``)."""
    for at, letter in enumerate(word):
        twin = _HEARD_VOWELS.get(letter)
        if twin is not None:
            yield word[:at] + twin + word[at + 1 :]


@record
class Term:
    """One meaningful word of the question, resolved against the vocabulary."""

    typed: str
    lemma: str
    similarity: float  # 1.0 as typed, lower when repaired from a typo; 0 when unknown
    weight: float
    entity: bool = False  # a name or place: if the article never mentions it, we cannot answer
    focus: bool = False  # a noun or name: what the question is about, not how it is asked
    # "качества", "роль", "описал": asks for a description of what the question names
    # (``characterisation``), so no word of what it is about
    frame: bool = False
    # "качества" read as "проявить" (``characterisation.collocates``): a frame the article
    # never names, which only an entry saying one of its fillers answers
    filler: bool = False
    # "по итогам переговоров": the occasion the question puts what it asks in
    # (``occasions.occasion_frame``): a word an entry may share, and need not hold
    occasion: bool = False
    # the briefing's other lemmas of the word's family ("экономика": "экономический"): an
    # entry saying only one of them explains the word in part (``Matcher._contenders``)
    kin: tuple[str, ...] = ()
    # of a verb, the briefing's lemmas saying its relation in other words ("возить":
    # "перевозка", ``predicates.related``): an entry holding one explains the verb in part, as
    # one of its family does — but a phrasing holding one is no closer for it
    said: tuple[str, ...] = ()


@record
class EnglishCounted:
    """What an English "how many/much" counts, read by word order (English has no endings to
    tell a modifier from its noun): the names opening its noun phrase ("Kazakh", "AI"), which
    the entry giving the amount must say, and the plain words after them, one of which it
    must say — the head is the last of them ("new agreements"), but a verb may end the phrase
    unmarked ("rail freight goes"), and the briefing says some modifiers in other words."""

    names: tuple[str, ...]
    words: tuple[str, ...]


# The kinds a question of a country's own step asks by itself: whether it was taken or will
# be (none named, a fact, a forecast) — any other ("когда", "сколько") is asked of the step.
_STEP_KINDS = ((), (AnswerType.FACT,), (AnswerType.FORECAST,), (AnswerType.STATEMENT,))


@record
class PartyStep:
    """A third country's own step asked of, and the kind of fact it would be."""

    party: Party
    kind: AnswerType


@record
class Query:
    """A question as the matcher reads it: its chosen reading, weighted terms and what it asks."""

    text: str
    reading: Reading
    language: str  # "ru" or "en": the language the user wrote in
    terms: tuple[Term, ...]
    count_intent: bool
    who_intent: bool
    named: frozenset[tuple[str, str]]  # (briefing id, expert id) named in the question
    words: tuple[str, ...] = ()  # every folded token of the chosen reading, stop words too
    asks_year: bool = False
    asks_meta: bool = False  # the article's link or author: never part of a briefing
    counted: str | None = None  # lemma of what "сколько/how many" counts ("соглашений")
    other_speaker: str | None = None  # "что сказал Токаев": a person the article does not quote
    asks_price: bool = False
    forecast: bool = False  # "когда Турция войдёт…", "сколько паромов построят": the future
    asks: tuple[AnswerType, ...] = ()  # the kinds of facts asked for, the main one first
    # "через какой погранпереход", "which ministers": the very thing asked about is a word the
    # briefing never uses, so the article cannot give it.
    unknown_detail: str | None = None
    future: bool = False  # "будет", "построят", "следующая встреча", "will": about the future
    # "как Турция относится к…", "China's position": a country's own view, which the article
    # gives only where an entry names that country as the one holding it.
    other_party: Party | None = None
    # "Турция войдёт в семёрку?", "did Armenia ratify it": the kind missing when the question
    # asks the ``other_party``'s own step (``parties.deed_holder``) — a fact, or a forecast
    # of one to come — not its view.
    party_step: AnswerType | None = None
    # "какие министры…": the office of the people asked for; only a text naming that office
    # answers (``answer_types.asked_office``).
    office: str | None = None
    # "кто такой Токаев", "who is Aliyev": what a person is (``introductions.asks_identity``).
    identity: bool = False
    # "о строительстве моста", "about the pipeline": the thing the question is about, a word
    # the briefing never uses (``_unknown_head``) — named in any reply that does not answer
    unknown_thing: str | None = None
    # "когда Алиев уехал", "which company will build": the relation asked about (its verb) and
    # the noun naming the detail wanted; the entry answering must support them
    # (``bot.matching.support``).
    relation: Asked = NO_RELATION
    # "какие ещё города, кроме Астаны": a place or person asked for besides those named
    # (``bot.language.exclusions``); an entry naming only them does not answer.
    excluded: Exclusion | None = None
    # "нефть или газ?", "official or state?": the alternatives offered, each as its forms (as
    # typed and its lemma); the answer must state one of each pair (``Matcher._chooses``).
    alternatives: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    # "как будет работать регистрация", "how will it work": the mechanism of a thing asked,
    # which a passage only naming the thing does not tell (``answer_types.asks_workings``).
    workings: bool = False
    # "какие конкретно барьеры", "подробности", "what exactly": the specifics of what the
    # question names are asked, which a passage only naming it does not give
    # (``bot.language.specifics``).
    specifics: bool = False
    # "что подписали по здравоохранению", "какие меры согласовали", "what exactly did they
    # agree on …": what was done is asked — the verb (a Russian lemma or an English word)
    # the answering passage must itself state, of what the question names.
    content: str | None = None
    # "what exactly does the AI agreement say", "что говорится в декларации": a document's
    # contents are asked (``bot.language.contents``) — its noun is the detail, and only a
    # passage listing what it holds, or telling what it provides for, gives them.
    contents: bool = False
    # "когда и где", "and by when": kinds of fact asked besides the main one, each of which
    # an answer must give (``specifics.joined_kinds``).
    joined: tuple[AnswerType, ...] = ()
    # "когда может появиться семёрка? есть прогноз по срокам": the remark after the question
    # names a forecast — what the asker is after, so a forecast is what the article lacks
    # (``answer_types.missing_kind``), though the remark asks nothing of its own.
    remark_forecast: bool = False
    # "токаев в габале когда был? до визита алиева или после": the remark's words, which may
    # say how the time is wanted — before or after, how recent (``recency``)
    remark: tuple[str, ...] = ()
    # "товарооборот с Турцией", "Kazakhstan's trade turnover with China": the third countries
    # a question names (not the briefing's own), each as its forms; the answer must name
    # them, or its figure is of something else (``Matcher._names_parties``).
    parties: tuple[frozenset[str], ...] = ()
    # "почему", "why", "what was the reason": a reason asked for, also of an expert's words
    # (which ``asks`` reads as his statement); among an expert's close entries, the one giving
    # a reason answers (``bot.matching.evidence``).
    why: bool = False
    # "с чем связаны барьеры", "чем вызван рост", "из-за чего": a cause asked for, which an
    # entry stating only an aim or an effect ("позволят устранить") does not give.
    cause: bool = False
    # "кем работает Гусейнов", "где работает Ишмухамедов": the occupation of the person named,
    # which his profile's role gives (``bot.language.occupations``).
    occupation: Occupation | None = None
    # The chat's current briefing: ``Matcher.score`` ranks its entries only, unless another
    # briefing fits clearly better (see ``Matcher.score``). None: every briefing at once.
    briefing: str | None = None
    # "во сколько раз", "до скольки", "на сколько вырастет": a change of an amount asked about
    # (``bot.language.changes``); only an entry stating a change of that kind answers.
    change: Change | None = None
    # "how many AI documents", "how much Kazakh oil": what an English question counts, read
    # by word order (``_english_counted``).
    english_counted: EnglishCounted | None = None
    # "сколько нефти нужно, в тоннах": what the unit ``counted`` is of, when the unit is named
    # after "в" and the counting word counts that noun (``_unit_named``); None otherwise.
    measured_of: str | None = None
    # "что Гусейнов сказал в конце", "at the end of the article": the speaker's closing
    # words asked, his last passage in the article (``bot.language.closing``).
    closing: bool = False
    # "что думает политолог": a role naming several experts (``bot.matching.roles``), each
    # with the term naming him in the role word's place; ``named`` holds them all, and
    # ``Matcher.one_of_role`` reads the question as each in turn.
    role_readings: tuple[tuple[tuple[str, str], Term], ...] = ()
    # the experts ``named`` were named by what they are ("депутат из Баку"), not by name
    by_role: bool = False
    # the words of the statements setting the scene before the question ("Есть такой
    # помощник президента, писал про «5+1». Как его зовут?"): whom its pronouns may mean, and
    # where a trip it asks of went ("… их президент сам ездил к азербайджанцам. Когда это было?")
    scene: tuple[str, ...] = ()
    # What the question has used of its budget (None: a query made by hand, no question's).
    # "Правда ли, что …", "Я правильно понял, что …": a statement put up for checking, its
    # frame blanked as an aside (``asides.Aside.check``); the matcher reads it as a yes/no check
    check: bool = False
    # The chosen reading's whole text, its asides not blanked: the Russian a layout or
    # transliterated question was read as ("Lfqnt j,t cevvs": "Дайте обе суммы"), so that
    # rules reading the remarks after the question see them however it was typed ("": the
    # text as typed, a query made by hand).
    read: str = ""
    spent: Spent | None = field(default=None, compare=False, repr=False)

    @property
    def read_text(self) -> str:
        """The question's text as read, asides kept: Russian however it was typed."""
        return self.read or self.text

    def lemma_of(self, word: str) -> str:
        """The lemma a word of the question was read as (the word itself if it has none)."""
        return next((t.lemma for t in self.terms if t.typed == word), word)

    @property
    def hypothetical(self) -> bool:
        """Asks whether something could be ("would a Turkic seven form one region")."""
        return asks_hypothesis(self.words)

    @property
    def framed(self) -> bool:
        """Asks for a description of what it names ("какую роль играет Турция")."""
        return any(t.frame for t in self.terms)

    @property
    def describing(self) -> bool:
        """Frames a description, not a count: "какое количество суток" asks how many, as
        "сколько суток" does, so its count noun (a frame: ``_count_noun_at``) asks no
        description that every word of the question must be the answer's."""
        return bool(self.describing_frames)

    @property
    def describing_frames(self) -> tuple[Term, ...]:
        """The frame terms asking for a description: every frame but a count noun's."""
        return tuple(t for t in self.terms if t.frame and t.lemma not in COUNT_FRAME_LEMMAS)

    @property
    def unknown_entity(self) -> bool:
        return any(t.entity and t.similarity <= 0 for t in self.terms)

    @property
    def total_weight(self) -> float:
        return sum(t.weight for t in self.terms)


Resolved = tuple[str, str, float]  # (typed, lemma, similarity)
RoleReadings = tuple[tuple[tuple[str, str], Term], ...]  # (briefing id, expert id), his term


@dataclass(slots=True)
class Spent:
    """What one question has used of its budget: look-ups and candidates scored left, and
    each word's resolution. It travels with the question's ``Query`` (and every copy the
    dialogue makes of it), so every ``Matcher.score`` call for the question draws on it."""

    allowance: Allowance
    candidates_left: int
    words: dict[str, list[Resolved]] = field(default_factory=dict)
    separated: dict[str, list[str]] = field(default_factory=dict)  # a word, or its two halves
    searched: set[tuple[str, str]] = field(default_factory=set)  # fuzzy searches made


@dataclass(slots=True)
class _Repairing:
    """One word's repair under way: the look-ups it may still use, the question's searches
    so far (shared), and the searches this word made (remembered with its repair)."""

    allowance: Allowance
    searched: set[tuple[str, str]]
    trail: list[tuple[str, str]] = field(default_factory=list)


# How many final letters of a lemma are its ending ("строи|ть", "контрак|т" is not one):
# a family word (``Analyser._kin``) shares all the rest.
_ENDING = 2
# Verbs of a Latin root and their nouns of action: "реализ|овать" / "реализ|ация",
# "модерниз|ировать" / "модерниз|ация", "интегр|ировать" / "интегр|ация". Their suffixes
# differ by more than an ending, which ``_kin`` otherwise asks.
_VERB_SUFFIXES = ("ировать", "овать")
_ACTION_SUFFIX = "ация"


def _action_noun(verb: str) -> str | None:
    """The noun of action of a Russian verb in "-(ир)овать" ("реализовать": "реализация"),
    its stem at least ``_STEM`` letters long; None for any other lemma. A reflexive verb is
    its verb's ("регистрироваться": "регистрация", as "регистрировать" is)."""
    verb = verb.removesuffix("ся")
    for suffix in _VERB_SUFFIXES:
        if verb.endswith(suffix) and len(verb) - len(suffix) >= _STEM:
            return verb[: -len(suffix)] + _ACTION_SUFFIX
    return None


# A Russian noun of action and the verb it is made of: "объедин|ение" / "объедин|ить",
# "подпис|ание" / "подпис|ать", "сто|яние" / "сто|ять".
_ACTION_ENDINGS = (
    ("ение", ("ить", "ять", "еть")),
    ("ание", ("ать",)),
    ("яние", ("ять",)),
)


def _verbs_of_action(noun: str) -> tuple[str, ...]:
    """The verbs a Russian noun of action may be made of ("объединение": "объединить",
    "объединять", "объединеть" — only a word the briefing uses is its), its stem at least
    ``_STEM`` letters long."""
    for ending, verbs in _ACTION_ENDINGS:
        if noun.endswith(ending) and len(noun) - len(ending) >= _STEM:
            return tuple(noun[: -len(ending)] + verb for verb in verbs)
    return ()


# A Russian noun made of its verb's stem with no suffix ("прилёт" / "прилететь", "перевоз" /
# "перевозить", "перелёт" / "перелететь"): the noun and an infinitive ending are the verb.
_BARE_NOUN_VERB_ENDINGS = ("еть", "ить", "ать", "ять")


def _verbs_of_bare_noun(noun: str) -> tuple[str, ...]:
    """The verbs a Russian noun with no suffix may be made of ("прилет": "прилететь",
    "прилетить", … — only a word the briefing uses is its), the noun at least ``_STEM``
    letters long and ending in a consonant, as such nouns do."""
    if len(noun) < _STEM or not is_cyrillic(noun) or noun[-1] in _VOWELS_RU:
        return ()
    return tuple(noun + ending for ending in _BARE_NOUN_VERB_ENDINGS)


# A Russian adverb of manner is its adjective's stem and "-о"/"-е" ("редк|о": "редк|ий",
# "тепл|о": "тепл|ый", "искренн|е": "искренн|ий").
_ADVERB_ENDINGS = ("о", "е")
_ADJECTIVE_ENDINGS = ("ий", "ый", "ой")


def _adjectives_of_adverb(word: str) -> tuple[str, ...]:
    """The adjectives a Russian adverb of manner may be made from ("редко": "редкий",
    "редкый", "редкой" — only a dictionary word is the briefing's), or none for a word the
    dictionary reads first as no adverb."""
    if not word.endswith(_ADVERB_ENDINGS):
        return ()
    parses = parse(word)
    if not parses or parses[0].tag.POS != "ADVB":
        return ()
    return tuple(word[:-1] + ending for ending in _ADJECTIVE_ENDINGS)


# The prefix that makes a Russian verb perfective and begun without changing what it says
# ("по|везти", "по|ехать"): the plain verb's relation is the prefixed verb's.
_PERFECTIVE_PREFIX = "по"

# Letters a verb shares from its start with another of the same relation to be the same
# verb ("прие|зжать", "прие|хать"): fewer, and the prefix differs ("по|ехать", "при|ехать").
_SAME_ROOT_START = 4


def _shared_start(one: str, other: str) -> int:
    """How many letters two words share from their start."""
    return next(
        (n for n, (x, y) in enumerate(zip(one, other, strict=False)) if x != y),
        min(len(one), len(other)),
    )


# The endings of a Russian adjective of a country ("казахстан|ский", "турец|кий").
_COUNTRY_ADJECTIVE_ENDINGS = ("ский", "цкий")
# A place's adjective made of its whole name ("Каспий": "каспийский"), and the shortest one.
_PLACE_SUFFIX = "ский"
_SHORTEST_PLACE_ADJ = 7

# Letters a family's stem has at least: "миллион" and "миллиард" share five, and are no family.
_STEM = 6


class Analyser:
    """Reads messages against one index's vocabulary; pure once built."""

    def __init__(
        self,
        kb: KnowledgeBase,
        index: Index,
        tuning: Tuning = DEFAULT_TUNING,
        morphology: Morphology = DEFAULT,
    ) -> None:
        self.index = index
        self.tuning = tuning
        self._cognate_words: dict[str, str] | None = None  # ``_cognates``, built once
        self.morphology = morphology
        # The outlets publishing the articles, as folded words ("minval politika"): who the
        # experts commented for, no subject of theirs (``_without_outlet_addressed``)
        self._outlets = tuple(
            outlet
            for briefing in kb.briefings
            if (outlet := tuple(tokens(fold(briefing.publisher))))
        )
        # Names and places of the articles: a word among them is a named thing, not a typo.
        self._article_names = {
            morphology.lemma(word)
            for briefing in kb.briefings
            for paragraph in briefing.article.paragraphs
            for word in _capitalised_words(paragraph)
            if is_cyrillic(word)
        }
        # Their first letters, which every form of a name keeps (``_unwritten_name_form``)
        self._article_name_heads = frozenset(name[:_NAME_HEAD] for name in self._article_names)
        # The articles' names by what their Latin spellings share (``romanise.name_key``):
        # "Husseinov" is «Гусейнов» as "Huseynov" is. A key two names share reads as neither.
        keys: dict[str, str | None] = {}
        for name in self._article_names:
            key = name_key(romanise(name))
            if len(key) >= _SHORTEST_LATIN_NAME:
                keys[key] = name if keys.get(key, name) == name else None
        self._name_keys = {key: name for key, name in keys.items() if name is not None}
        self._widest_spelling = _widest_latin_spellings(index)
        # Nouns the articles write qualified ("железнодорожную инфраструктуру"): which of one
        # a question asks after "в какую" is no place (``_qualified_not_placed``)
        self._qualified = qualified_nouns(
            paragraph for briefing in kb.briefings for paragraph in briefing.article.paragraphs
        )
        # Latin words the articles write ("Minval Politika"): a transliterated question keeps
        # them as typed (``repair.transliterate_keeping``).
        # A short one counts when written in capitals ("пост в X"): a lone "x" is no Russian
        # word ("кс"), it is the article's name.
        self._latin_names = frozenset(
            word.lower()
            for briefing in kb.briefings
            for pattern, text in (
                (_LATIN_WORD_RE, briefing.article.text.lower()),
                (_LATIN_CAPITALS_RE, briefing.article.text),
            )
            for word in pattern.findall(text)
            if word.lower() in index.surface
        )
        # The event's own people: those named in each article's opening sentence
        # ("по приглашению президента Токаева президент Алиев прибыл … в Казахстан"). Every
        # passage is about that event, so a question naming them beside its subject
        # ("сколько длились переговоры Алиева и Токаева") asks about the subject: a passage
        # need not repeat them to answer it. The quoted experts are never among them: "что
        # Гусейнов сказал о X" names whose words are wanted.
        experts = set(index.names)
        self._event_names = frozenset(
            name
            for briefing in kb.briefings
            for word in _capitalised_words(opening_sentence(briefing.article.paragraphs))
            if is_cyrillic(word) and _is_person(word)
            for name in (morphology.lemma(word), word.lower())
            if name not in experts
        )
        self._event_keys = frozenset(
            key
            for key in (name_key(romanise(name)) for name in self._event_names)
            if len(key) >= _SHORTEST_LATIN_NAME
        )
        # The experts' aliases that name no one by name but say what he is ("analyst",
        # "Kazakh political scientist", "депутат"; ``index.name_lemmas`` keeps the others), as
        # lemmas, each with the experts it fits: "the Kazakh analyst" speaks in a question
        # naming another expert only as what he spoke about (``_role_speakers``).
        roles: dict[frozenset[str], set[tuple[str, str]]] = defaultdict(set)
        for briefing in kb.briefings:
            for expert in briefing.experts:
                for alias in expert.aliases:
                    if alias[:1].isupper() and len(alias.split()) == 1:
                        continue  # a name ("Ishmukhamedov", "Шарип")
                    lemmas = frozenset(content_lemmas(alias, morphology))
                    if lemmas and lemmas.isdisjoint(index.names):
                        roles[lemmas].add((briefing.id, expert.id))
        self._role_experts = {lemmas: frozenset(who) for lemmas, who in roles.items()}
        # The experts by what they are, for a question naming nobody by name but one of them
        # by role ("тот депутат из Баку", ``bot.matching.roles``), and the lemma of each
        # one's surname that the question is read to name him by.
        self._roles = Roles(kb, morphology)
        self.roles = self._roles  # who a question names by what they are, for the dialogue
        self._surnames = {
            (briefing.id, expert.id): lemma
            for briefing in kb.briefings
            for expert in briefing.experts
            for lemma in content_lemmas(expert.surname, morphology)[:1]
            if (briefing.id, expert.id) in index.names.get(lemma, ())
        }
        # "per the second expert": the experts in the order the briefing lists them, by the
        # surname an English question would write (``ordinal_experts``) — none across several
        # briefings, whose second experts are different people
        self._experts_in_order = (
            tuple(
                surname
                for expert in kb.briefings[0].experts
                if expert.name_en.strip()
                for surname in [fold(expert.name_en).split()[-1]]
                if (kb.briefings[0].id, expert.id) in index.names.get(surname, ())
            )
            if len(kb.briefings) == 1
            else ()
        )
        # "the Azerbaijani president": the person the briefing's English names so
        # (``office_holders``), read as his name.
        self._holders = office_holders(
            text.text
            for indexed in index.entries
            for text in indexed.entry.search_texts()
            if text.field is not Field.PHRASING
        )
        # The experts' own countries: their words are the article's answer to "как Казахстан
        # оценивает визит", not a position the article fails to give.
        self._own_parties = frozenset(
            name
            for briefing in kb.briefings
            for expert in briefing.experts
            for country in (expert.country, expert.country_en)
            for name in party_names(country)
        )
        # The acronyms of the briefings' names the index holds ("отг", "мм", "отс"): one
        # typed on the Latin layout inside a Russian question ("депутат VV") is that acronym.
        self._acronyms = frozenset(short for short in briefing_acronyms(kb) if short in index.idf)
        self._fuzzy_vocabularies: tuple[FuzzyVocabulary, FuzzyVocabulary] | None = None
        self._kin_lemmas: list[str] | None = None  # the Cyrillic lemmas, sorted (``_kin``)
        self._compounds: dict[str, list[str]] | None = None  # by tail (``_compound_of``)
        # per country (its folded nominative), the briefing's adjectives of it
        # (``_country_adjective``)
        self._adjectives_of: dict[str, tuple[str, ...]] | None = None
        self._forms_of: dict[str, tuple[str, ...]] | None = None  # per lemma (``_one_slip``)
        budget = tuning.budget
        self._families: Memo[str, tuple[str, ...]] = Memo(budget.memo_size)  # see _family
        # word -> (its resolution, the fuzzy searches it made), when no budget cut it short
        self._repairs: Memo[str, tuple[list[Resolved], tuple[tuple[str, str], ...]]] = Memo(
            budget.memo_size
        )
        # (word, lemma) -> the fuzzy repair, or (None,) when there is none
        self._fuzzy_hits: Memo[tuple[str, str], tuple[Resolved | None]] = Memo(budget.memo_size)
        self._short_by_slip: dict[str, frozenset[str]] | None = None  # ``_letter_short``
        # word -> is it a word as typed (``_whole_word``)
        self._whole_words: Memo[str, bool] = Memo(budget.memo_size)
        # word -> is it a commoner slip (``_other_slip``) / one letter from a familiar word
        # (``_mistyped_familiar``): some 300 look-ups each, for every unknown word of a reading
        self._other_slips: Memo[str, bool] = Memo(budget.memo_size)
        self._mistyped: Memo[str, bool] = Memo(budget.memo_size)
        # (``_dictionary_slip``): the one dictionary word a slip of a longer word makes
        self._dictionary_slips: Memo[str, tuple[str, ...]] = Memo(budget.memo_size)
        # word -> the briefing's forms it is a letter short of (``_short_of_briefing_form``)
        self._short_of_forms: Memo[str, frozenset[str]] = Memo(budget.memo_size)
        self._familiar_words: frozenset[str] | None = None  # see ``_familiar``

    def clear_caches(self) -> None:
        """Forget every remembered repair (a benchmark measuring cold cost calls this)."""
        self._repairs.clear()
        self._families.clear()
        self._fuzzy_hits.clear()
        self._whole_words.clear()
        self._other_slips.clear()
        self._mistyped.clear()
        self._dictionary_slips.clear()
        self._short_of_forms.clear()

    def analyse(self, text: str) -> Query:
        budget = self.tuning.budget
        text = _TAG_RE.sub(" ", text[: budget.max_chars])
        text = unshouted(text)  # "MIDDLE CORRIDOR OFFICIAL NAME": capitals naming nothing
        spent = Spent(Allowance(budget.lookups_per_question), budget.candidates_per_question)
        # The most plausible reading wins, the earlier (as typed, layout, translit) on a tie.
        best: tuple[float, int, Query] | None = None  # plausibility, -order, query
        for order, reading in self._promising_first(text):
            if best is not None:
                if spent.allowance.refused:
                    break  # the budget refused a repair: no other reading (a repair itself)
                if best[0] >= 1.0 and order > -best[1]:
                    if best[1] == 0:
                        break  # read in full as typed: nothing can beat it
                    continue
            analysed = self._analyse_reading(
                text,
                reading,
                spent,
                beat=None if best is None else best[0],
                ties_win=best is not None and order < -best[1],
            )
            if analysed is not None and (best is None or (analysed[1], -order) > best[:2]):
                best = (analysed[1], -order, analysed[0])
        assert best is not None
        return best[2]

    def _promising_first(self, text: str) -> Iterator[tuple[int, Reading]]:
        """The readings with their order, the one with most words known as they stand first,
        so that the one likely to win is repaired and the others give up early (see
        ``_analyse_reading``). A message whose every word is known is read as typed first,
        and its repairs are not even made unless it falls short."""
        found = readings(text, self._latin_names)
        typed = next(found)
        if self._known_share(typed.text) >= 1.0:
            yield 0, typed
            yield from enumerate(found, 1)
            return
        ordered = [(0, typed), *enumerate(found, 1)]
        ordered.sort(key=lambda item: (-self._known_share(item[1].text), item[0]))
        yield from ordered

    def _known_share(self, text: str) -> float:
        """The share of a text's words known without any repair (cheap: no morphology)."""
        words = self._considered(text)
        known = sum(
            1 for word in words if word in self.index.surface or is_stop(word) or word[0].isdigit()
        )
        return known / len(words) if words else 0.0

    def _analyse_reading(
        self,
        original: str,
        reading: Reading,
        spent: Spent,
        *,
        beat: float | None = None,
        ties_win: bool = False,
    ) -> tuple[Query, float] | None:
        """The reading's query and its plausibility (the share of its words recognised).

        With ``beat``, give up (None) as soon as the words left cannot lift the plausibility
        above it (to it, when ``ties_win``: an earlier reading wins a tie): the words of a
        reading that cannot win are not worth repairing."""
        # "…, цифра для министра", "Слушай, …", "нужна атрибуция": words about the request,
        # not its subject (``asides``), out of the text read; they count as understood
        # "… по рельсам. Сколько тонн обеспечит Азербайджан": the question's "?" left off
        # "тут написано 15–18 дней. это склько будет потом": the question word a slip hides
        # opens the last sentence all the same (the text read with its slips mended)
        as_typed = reading.how == "as typed"
        respelt = self._respelt_text(reading.text) if as_typed else reading.text
        closed = closed_question(reading.text)
        if closed == reading.text and closed_question(respelt) != respelt:
            closed = reading.text.rstrip() + "?"
        if closed != reading.text:
            reading = replace(reading, text=closed)
            respelt = self._respelt_text(closed) if as_typed else closed
        read = reading.text  # the asides kept: ``Query.read``
        asides = without_asides(reading.text)
        if respelt != reading.text:
            # "я готлвлю вопросы к брифингу": an aside typed with a slip is the aside, read
            # with its words mended as they will be — the rest of the text with them
            again = without_asides(respelt)
            if again.words > asides.words:
                reading, read, asides = replace(reading, text=respelt), respelt, again
        aside = asides.words
        if aside:
            reading = replace(reading, text=asides.text)
        considered = self._considered(reading.text)
        # "I'm writing a note on the summit. When did he arrive?": the question is what is
        # asked, the statements before it only set the scene (``preambles``) — read with its
        # short slips mended, as its words will be ("…: каие направления": "какие" opens it)
        cut = (
            self._slips_mended_at(reading.text, question_start)
            if as_typed
            else question_start(reading.text)
        )
        if cut and reading.text[:cut].rstrip().endswith("?") and self._names_unknown(read[:cut]):
            # "Я правильно понимаю, что Путин звонил Алиеву? Когда это было?": the check put
            # up names one the article never does — what is asked of it is read with it whole
            cut = 0
        # "Я правильно понимаю, что визит был осенью? В каком месяце?": the check put up
        # is the scene; the question after it asks for something, no yes/no
        check = asides.check and not (cut and not without_asides(read[cut:]).check)
        told = min(len(tokens(reading.text[:cut])), len(considered) - 1) if cut else 0
        # A transliteration's words are respelt by its own repairs (its letters are guesses,
        # its non-words no slips of the hand): spaces and letters stay where it put them.
        typed = reading.how != "translit"
        # A keyboard-layout reading is letters converted, not typed: a key slip or a rare word
        # mended in it would make a word of an English sentence's gibberish ("фпкшсгдегку").
        keyed = reading.how == "as typed"
        # the words a slip was mended in, as typed and as mended: the rules reading the text
        # read them mended ("где выступал, кгда был в Баку": "когда" opens no offered answer)
        mended: dict[str, str] = {}
        preamble = (
            self._words(considered[:told], spent, typed=typed, keyed=keyed, mended=mended)
            if told > 0
            else []
        )
        # "… кто предложил? Можно фамилию этого человека": a closing remark weighs as one
        end = (
            self._slips_mended_at(reading.text, question_end)
            if as_typed
            else question_end(reading.text)
        )
        kept = max(len(tokens(reading.text[:end])), told + 1)
        remark = self._words(considered[kept:], spent, typed=typed, keyed=keyed, mended=mended)
        scene = list(preamble)  # the statements before the question, without the remark
        preamble += remark
        words = self._words(considered[told:kept], spent, typed=typed, keyed=keyed, mended=mended)
        words = filled_ellipsis(words, scene)  # "… через море? Через какое именно?": which sea
        words = named_back(words, scene)  # "Эрдоган прокомментировал … ? Что он сказал?"
        words = country_back(words, scene)  # "Грузия упоминалась? Какова её роль …?"
        united = unit_back(words, scene)  # "Тут написано 15–18 дней. Это сколько будет потом?"
        if united != words and names_own_deed(words):
            # the figure quoted is the asker's: another is asked of its unit
            preamble = [w for w in preamble if not quoted_figure(w)]
        words = united
        if reading.how == "translit":
            words = self._translit_respelt(words)
        framed = [self._framed(words, at) for at in range(len(words))]
        mended.update((a, b) for a, b in zip(words, framed, strict=True) if a != b)
        words = framed
        if mended:
            reading = replace(reading, text=_mended_text(reading.text, mended))
            read = _mended_text(read, mended)
        words = unframed(words)  # "правда ли, что …": the statement checked is the question
        words = open_alternative(words)  # "… or was it some other day": the rest checked
        words = without_cleft(words)  # "was it Oct 20 when he arrived": the statement
        words = without_request(words)  # "не подскажете, …": a request to tell it
        words = without_deference(words)  # "изволил прибыть", "господин X": "прибыл", "X"
        words = plain_officialese(words)  # "на сегодняшний день", "насколько известно"
        words = plain_bookish(words)  # "исчерпывающий перечень", "данный визит"
        words = plain_nominal(words)  # "численность соглашений", "какое место занимает"
        words = plain_score(words)  # "какой счёт по соглашениям": how many agreements
        words = russian_loanwords(words)  # "дай summary визита": "краткое содержание"
        words = as_asked(words)  # "(could you advise) whether it will …": "will it …"
        words = meant_as_exactly(words)  # "какие лимиты он имел в виду": which exactly
        words = lack_as_need(words)  # "чего не хватает, чтобы …": what is needed
        words = without_contrast(words)  # "compare with what actually moves": the real side
        words = without_own_saying(words)  # "his statement": what he said, a frame
        words = without_light_verbs(words)  # "кто дал прогноз", "who spoke about": a frame
        words = without_quoting_participle(words)  # "the MP quoted in this piece": the MP
        words = self._without_outlet_addressed(words)  # "commented … for Minval Politika"
        words = best_case_as_target(words)  # "best case, how long": the target time
        words = plain_english(words, self._uses_phrase)  # "get to Astana": "arrive"
        before_offices = set(words)
        words = named_holders(words, self._holders)  # "the Azerbaijani president": Aliyev
        words = ordinal_experts(words, self._experts_in_order)  # "the second expert"
        # "в казахской столице", "путь через Каспий"
        words = plain_names(words, self._uses, self._president_of, self._uses_phrase)
        # the surname an office was read as ("the Azerbaijani leader": "aliyev") is a name
        # as much as one typed with its capital: the person's, whom the article may not quote
        by_office = {w for w in words if w not in before_offices and self._holds_office(w)}
        words = visits_named(words, self._names_someone, self._uses)  # "aliyev's trip"
        words = without_talk_frame(words)  # "о каких странах речь": what it is about
        preamble = plain_english(preamble, self._uses_phrase)
        preamble = plain_names(preamble, self._uses, self._president_of, self._uses_phrase)
        latin = sum(1 for w in words if is_latin(w)) > sum(1 for w in words if is_cyrillic(w))
        # A reading's plausibility counts the scene set before the question too: cut at a
        # stray full stop ("15 соглашений б. ?"), the typed reading's question is one unknown
        # letter, and a keyboard-layout reading with no full stop left would beat it on the
        # number alone — a Russian question answered as English gibberish.
        recognised = float(aside + sum(1 for w in preamble if self._known_as_is(w)))
        total = len(words) + len(preamble) + aside
        count_intent = any(w in COUNT_WORDS and w not in {"how", "many", "much"} for w in words)
        count_intent |= any((a, b) in COUNT_PHRASES for a, b in itertools.pairwise(words))
        count_intent |= any(_count_noun_at(words, at) for at in range(len(words)))
        count_intent |= keywords_ending_in_amount(words)  # "oil exports: volume?"
        count_intent &= not how_long_back(words)  # "how long ago": a time back, no amount
        who_intent = any(w in WHO_WORDS for w in words)
        lasting = lasting_cues(words)
        sharpened = sharpening(words)  # "when exactly": the date it asks, no subject word
        idioms = reason_idioms(words)  # "за счёт чего": how a reason is asked, not what about
        # "чем он ОБОСНОВЫВАЕТ идею", "чем ОБЪЯСНЯЕТСЯ интерес": the verb asking a reason of a
        # frame — a word of the subject only where the briefing uses it (a curator's phrasing)
        reasoning = reason_frame(words)
        # "почему нельзя возить за 7–8 дней, что мешает?", "почему пока не выходит довозить":
        # how a why-not is asked
        idioms |= why_not_frame(words)
        idioms |= compound_prepositions(words)  # "по сравнению с другими": a frame
        idioms |= kind_frame(words)  # "каков формат визита": the kind of the visit asked
        # "что подписали по итогам переговоров": when, not what — but "на что надеется по
        # итогам визита" hopes for the outcome itself
        occasion = occasion_frame(tuple(words), ahead=looks_ahead(words))
        idioms |= occasion.frame
        idioms |= time_idioms(words)  # "сколько по времени": how a length of time is asked
        idioms |= forecast_idioms(words)  # "к чему приведёт", "чего ждать": how it asks ahead
        idioms |= course_cues(words)  # "как будет развиваться", "how will it develop"
        idioms |= recency_positions(words)  # "was it before the visit, how long before"
        idioms |= beyond_scope_positions(words)  # "the outlook beyond the two countries"
        fillers = filler_positions(words)  # "в целом", "в принципе": how one talks
        # "что он сказал в конце", "чем закончил Гусейнов": his last passage
        closing = closing_positions(words, self._names_someone)
        fillers |= closing
        # "Huseynov's closing assessment: what have relations turned into?": the heading
        # before the question asks it (its words are no subject, ``_preamble_terms``)
        closing_told = closing_positions(scene, self._names_someone)
        fillers |= modal_positions(words)  # "почему стоит добавить": should, as "надо"
        past_marks: frozenset[int] = frozenset()
        if any(speaks_of_future(w) for w in own_clause(words)):
            fillers |= ahead_positions(words)  # "каким будет … через несколько лет"
        else:
            # "какой был товарооборот в прошлом году": for when, no word of the subject
            past_marks = past_time_positions(words)
        heading = whither_cues(words)  # "where are relations heading in the coming years"
        # "over the next few years": for when, no subject; its preposition none at all
        stretch_openers, stretch = stretch_positions(words)
        heading |= stretch
        fillers |= stretch_openers
        # "во сколько раз", "до скольки": a change of an amount (asked by a question word
        # mistyped as well: "naskolko vyros" read back as "насколко вырос")
        change = asked_change(cues_mended(words))
        asked_as = change_frame(cues_mended(words))  # "раз" of "во сколько раз": how it is asked
        # "what is meant by X", "the full official name of X": how a definition is asked
        defining = definition_frame(words, reading.text.lower())
        fillers |= defining
        terms: list[Term] = []
        capitalised = _capitalised_words(reading.text) | by_office
        listing = listed_kind_at(words)  # "список тем переговоров": how the items are asked
        goal_frame, goal_things = working_goal(words)  # "…, чтобы коридор заработал"

        def uncapitalised(at: int) -> bool:
            """Where a capital shows no name: the first word, or a question all in lower case."""
            return at == 0 or reading.text == reading.text.lower()

        for done, word in enumerate(words):
            # Plausibility if every word left were recognised: not above ``beat``, no win.
            if beat is not None:
                upper = (recognised + len(words) - done) / total
                if upper < beat - 1e-9 or (not ties_win and upper <= beat + 1e-9):
                    return None
            if _count_noun_at(words, done):
                # "количество локомотивов", "число соглашений": how many is asked, and yet a
                # word of the briefing's ("Число подписанных соглашений") — a passage saying
                # it may share it, none lacking it is the worse for that
                lemma = COUNT_NOUN_SLIPS.get(word) or self.morphology.lemma(word)
                terms.append(Term(word, lemma, 1.0, self._weight(lemma), frame=True))
                recognised += 1
                continue
            if figure_noun_framed(words, done) and not figure_reached_at(words, done):
                # "какая цифра считается особой", "какую цифру называет эксперт": a number
                # answers — a passage saying "цифра" may share it, none lacking it is the
                # worse for that
                lemma = self.morphology.lemma(word)
                terms.append(Term(word, lemma, 1.0, self._weight(lemma), frame=True))
                recognised += 1
                continue
            if done in goal_frame:
                recognised += 1  # "чтобы … реально заработал": how the goal is put
                continue
            if done in goal_things:
                # "во что вложить деньги, чтобы коридор заработал": the thing to work frames
                # the need asked — a passage on the need may never name it
                lemma = self.morphology.lemma(word)
                terms.append(Term(word, lemma, 1.0, self._weight(lemma), frame=True))
                recognised += 1
                continue
            if listing is not None and done in (listing, listing + 1):
                # "список тем переговоров": the list word asks the items one by one, the kind
                # frames them ("тем" read as "тема", not the conjunction) — how it is asked
                if done == listing + 1:
                    # "тем" read as "тема"; "topics" by its stem, as any English word
                    lemma = self._briefings_item(
                        item_noun_lemma(word) or self.morphology.lemma(word)
                    )
                    terms.append(Term(word, lemma, 1.0, self._weight(lemma), frame=True))
                recognised += 1
                continue
            if _discussion_framing(words, done):
                # "вокруг чего крутилось обсуждение, какие темы были главными": the topics of
                # the discussion are asked — a passage saying "обсуждение" may share it, one
                # listing the topics in other words is none the worse for lacking it
                lemma = self.morphology.lemma(word)
                terms.append(Term(word, lemma, 1.0, self._weight(lemma), frame=True))
                recognised += 1
                continue
            if self._expert_asked_at(words, done):
                # "which expert talked about ferries": the kind of person asked, whose words
                # answer — a passage saying "expert" may share it, none lacking it (the
                # ferries passage) is the worse for that, as the experts' list would win
                lemma = self.morphology.lemma(word)
                terms.append(Term(word, lemma, 1.0, self._weight(lemma), frame=True))
                recognised += 1
                continue
            if self._unit_asked_unused(words, done):
                # "сколько баррелей нефти", "сколько нефти, в кубометрах": the unit says what
                # kind of figure answers — a word the briefing never uses, which, weighed as
                # one of the subject, sank the passage on the oil (``_substance_stated``
                # still asks the figure's own words to name the unit and what it is of)
                lemma = self.morphology.lemma(word)
                terms.append(Term(word, lemma, 1.0, self._weight(lemma), frame=True))
                recognised += 1
                continue
            if self._kind_of_place_known(words, done):
                # "в каком городе": the kind of name that answers, and yet the briefing's word
                # — a passage saying it may share it, none lacking it is the worse for that
                lemma = self.morphology.lemma(word)
                terms.append(Term(word, lemma, 1.0, self._weight(lemma), frame=True))
                recognised += 1
                continue
            if horizon_year(words, done) and self._unused(word):
                # "прогноз товарооборота на 2030 год": the year is the horizon asked for,
                # which no passage gives — the detail missing, not what the question is about
                recognised += 1
                continue
            if (
                word[0].isdigit()
                or is_stop(word)
                or word in WHO_WORDS
                or word in COUNT_WORDS
                or mistyped_cue(word)  # "гед": "где", read as it asks (``answer_types``)
                or word in CUE_NOUNS  # "в будущем", "дата": how it is asked, not what about
                or (word in MONEY_NOUNS and self._unused(word))  # "сколько денег": a sum asked
                or colloquial_price_at(words, done)  # "почём билет": a price asked, no subject
                # "какая цена перевозки": the price is the sum asked, the carrying its subject
                or (_price_of_service(words, done) and self._unused(word))
                # "считает нормальным или маловато": whether an amount is enough, how it is
                # asked (``Matcher._judged_figure`` finds the passage judging it)
                or (judges_amount(word) and self._unused(word))
                or (done in lasting and self._unused(word))  # "how long did it last"
                # "сколько времени длился визит": a length asked, no word of the subject
                or (time_counted(words, done) and bool(lasting))
                or done in sharpened
                or word in INSISTING  # "что конкретно обсуждали": ``Query.specifics``
                or _pronoun_after_preposition(words, done)  # "о нём": "нем" is no "немой"
                or _insisting_en(words, done)  # "what specific investments"
                or done in idioms
                or (done in reasoning and self._unused(word))
                or done in fillers
                or (done in heading and self._unused(word))
                or (done in past_marks and self._unused(word))
                or done in asked_as.fixed
                or (done in asked_as.loose and not self._known(word))
                or self._kind_of_answer(words, done)  # "через какое море": a name answers it
                or self._unused_generic(word)  # "где проходил визит": no relation of its own
                or self._holds_event(words, done)  # "где устроили встречу": as "проходила"
                or self._unused_auxiliary(words, done)  # "собираются возить": as "будут" is
            ):
                recognised += 1
                if word[0].isdigit():
                    terms.append(Term(word, word, 1.0, self._weight(word)))
                continue
            unit = self._unit_after_amount(words, done, spent)
            resolved = [(word, unit, self.tuning.spelling_repair)] if unit else None
            modifier = None if resolved else self._clipped_modifier(words, done)
            if modifier is not None:
                # "сред коридор": the briefing's "средний коридор", its adjective clipped
                resolved = [(word, modifier, self.tuning.clipped)]
            resolved = resolved or self._resolve_word(word, spent)
            # "какие барьеры в автоперевозках": the obstacle asked, as "что мешает" asks it
            obstacle = len(resolved) == 1 and obstacle_asked_at(words, done, resolved[0][1])
            framing = self._frame_terms(resolved, OBSTACLE_FRAME if obstacle else None)
            if framing is not None:
                terms.extend(framing)
                recognised += 1
                continue
            for typed, word_lemma, similarity in resolved:
                if is_stop(word_lemma):
                    continue
                # A repaired typo is the word it was repaired to: "политолгов" is no surname.
                repaired = 0 < similarity < 1
                respelt = similarity <= 0 and word_lemma != self.morphology.lemma(typed)
                entity = (
                    # "регистрация ТС", "по ЖД": letters standing for common words, in
                    # capitals as abbreviations are written — no name (``_spells_out``)
                    (typed in capitalised and not is_letter_abbreviation(typed))
                    or is_proper_name(word_lemma if repaired or respelt else typed)
                    or word_lemma in self._article_names
                    or typed in self._latin_names
                    or (uncapitalised(done) and self._names_in_latin(typed))
                    # "Kazakh oil exports: volume?": an English country adjective is always
                    # capitalised, so it is a name first, where no capital can show it
                    or (done == 0 and is_latin(typed) and country_of_adjective(typed) is not None)
                )
                # A word read as its family's ("строятся" as "строительство") says as much
                # as itself: a verb is no noun for being read as one.
                own = self.morphology.lemma(typed)
                kindred = (
                    repaired
                    and own != word_lemma
                    and self.morphology.is_known_russian(typed)
                    and kin(own, word_lemma)
                )
                informative = 1.0 if entity else informativeness(own if kindred else word_lemma)
                weight = self._weight(word_lemma) * informative
                if similarity <= 0 and is_latin(typed) and not entity:
                    weight *= (
                        self.tuning.english_unknown
                    )  # an unseen English word: often a paraphrase
                focus = entity or (informative >= self.tuning.focus_from and not is_latin(typed))
                terms.append(Term(typed, word_lemma, similarity, weight, entity, focus))
            if any(sim >= 1.0 for _, _, sim in resolved) or self._is_real_word(word, latin):
                recognised += 1
            elif any(sim > 0 for _, _, sim in resolved):
                recognised += 0.6
        # A question of its own words ("What figure does it give?") leaves its subject to
        # the statement before it: that counts in full.
        terms = self._slips_in_context(terms)
        if latin:
            terms = [self._english_cognate(t) for t in terms]  # "which other koridor"
        if scene:
            terms = _without_anaphora(terms, words)
        terms = _without_said_fillers(terms)
        # "why exactly seven", "where exactly did he speak": "exactly" after the question
        # word insists on it — what is asked stays (``Query.specifics`` reads it), and a
        # word the briefing never uses is no subject the article lacks
        insisting = {
            word
            for at, word in enumerate(words)
            if word in EXACTLY_EN and at and words[at - 1] in QUESTION_WORDS_EN
        }
        terms = [t for t in terms if not (t.typed in insisting and t.similarity <= 0)]
        own = sum(1 for t in terms if t.similarity > 0 and not t.frame)
        terms.extend(
            self._preamble_terms(
                preamble,
                spent,
                # "Цифры по торговле: сколько …?": the heading is what the amounts are of
                full=own < _OWN_SUBJECT or figures_heading(scene),
                capitalised=_capitalised_words(read) | _opening_unknown(read, self._is_real_word),
            )
        )
        listed = tuple(w for w in listed_options(reading.text) if w in words)
        offered = self._offered_pairs(words, terms, listed)
        pairs = alternatives(words) + tuple((listed[0], other) for other in listed[1:])
        # places offered ("in Almaty or in Astana") as typed: set aside at the end of reading
        told = self._told_places(terms, placed_alternatives(words))
        terms = _one_of_each(terms, pairs)
        terms = _without_unit_one(terms, words)  # "сколько стоит один вагон": per wagon
        terms = self._qualified_choice(terms, words)  # "a state visit or a working one"
        terms = _without_foil(terms, words, pointed=bool(scene) and _points_back(words))
        terms = _without_period_choice(terms, pairs)
        terms = self._framed_verbs(terms)
        terms = _arrival_framed(terms, words)  # "what have relations turned into"
        terms = self._beside_occasion(
            terms,
            {words[at] for at in occasion.occasion},
            _occasion_owners(words, occasion.occasion),
        )
        terms = self._beside_event(terms)
        if asks_yes_or_no(reading.text):
            terms = _checked_item(terms)  # "was agriculture on the agenda?": agriculture
        terms = _called_heads(terms, words)  # "кто назвал отношения редким примером"
        terms = self._coded_names(terms, words, reading.text)  # "what does the G7 think"
        terms = self._statement_described(terms, words)  # "о заявлении Гаджиева про …"
        terms = _without_figure_nouns(terms, words)  # "who gave the 15-18 days figure"
        if not preamble:
            # "добавить Турцию в этот формат", a question standing alone
            terms = _renamed_by_demonstrative(
                terms, words, self.morphology.lemma, self.index.names.__contains__
            )
        terms = _regrouped_arrangement(terms, words)  # "добавить Турцию к формуле 5+1"
        terms = _prospects_asked(terms, words)  # "какие перспективы у тюркской семёрки"
        excluded = exclusion(tuple(words))
        left_out = excluded.words if excluded is not None else ()
        # "что нужно коридору кроме денег": what is left out is neither asked nor a word an
        # answer must hold — one the briefing never uses weighs nothing against it
        left_out_at = left_out_positions(words)
        unasked = {words[at] for at in left_out_at}
        terms = [
            t for t in terms if not (t.typed in unasked and t.similarity <= 0 and not t.entity)
        ]
        # "apart from energy, what topics …": the marker goes with what it leaves out, or
        # its "from" before "what" would read as "from where", a place asked
        marker_at = exclusion_marker_positions(words) if left_out_at else frozenset()
        asked_words = [
            w for at, w in enumerate(words) if at not in left_out_at and at not in marker_at
        ]
        asked_words += [w for w in asides.kinds if w not in asked_words]  # "нужна сумма"
        naming = [
            t
            for t in terms
            if t.similarity >= self.tuning.named_from
            and t.typed not in left_out
            and t.lemma in self.index.names
        ]
        # "what did Ishmukhamedov think of the declaration? I want to contrast his take with
        # Tusupbekov's": the one the question itself names is asked of; one named only in the
        # scene or a remark around it is the asker's business, not a second speaker asked
        asked_of = [t for t in naming if t.typed in words]
        if asked_of and len(asked_of) < len(naming):
            naming = asked_of
        # "как Ишмухамедов прокомментировал пост Гаджиева": of two experts named, the one named
        # as the subject speaks; the other, named in another case, is what he spoke about.
        # "what did Ishmukhamedov think …? I want to contrast his take with Tusupbekov's":
        # a name only the scene or a remark holds is no speaker asked when the question
        # names one of its own — it is what the asker sets him against
        own_naming = [t for t in naming if t.typed in words]
        if own_naming and len(own_naming) < len(naming):
            naming = own_naming
        if self._alias_of_nobody(words, terms, naming):
            naming = []  # "what did the Kazakh MP say": "MP" is Huseynov's, of Azerbaijan
        name_words = {t.typed for t in naming}
        subjects = [t for t in naming if _as_subject(t, words, name_words)]
        if subjects and len(subjects) < len(naming):
            naming = subjects
        named = frozenset(who for t in naming for who in self.index.names[t.lemma])
        by_name = named
        role_readings: RoleReadings = ()
        unquoted: str | None = None
        if naming and not subjects:
            speakers = self._role_speakers(terms, words, naming, named)
            # "как казахстанский эксперт прокомментировал пост Гаджиева": no alias says
            # "эксперт", but the trades and countries of the profiles do (``roles``)
            by_role = None if speakers else self._by_role(words, terms)
            if by_role is not None and by_role.experts and not by_role.experts & named:
                named = by_role.experts
                role_readings = self._role_readings(terms, by_role)
                terms = self._named_by_role(terms, by_role)
            else:
                named = speakers or named
        # "как казахстанская экспертиза охарактеризовала визит? Желательно формулировку
        # Ишмухамедова": the remark says which of the role is asked
        terms = self._without_remarked_role(terms, words, naming, named)
        if not naming:
            by_role = self._by_role(words, terms)
            if by_role is None and scene and _refers_back(words):
                # "Депутат из Баку говорил про маршрут. Как он его назвал?": the question
                # asks of the one its scene named by what he is
                by_role = self._by_role(scene, terms)
            if by_role is None:
                # "кто из армянских экспертов комментировал": of a country none is from
                read_as = {t.typed: t.lemma for t in terms if t.similarity > 0}
                unquoted = self._roles.asked_of_nobody(words, read_as.get)
                if unquoted is None:
                    # "кто из азербайджанских депутатов говорил о паромах": one of them
                    by_role = self._roles.asked_among(words, read_as.get)
            if by_role is not None and not by_role.experts:
                unquoted = by_role.role  # "что думает российский политолог": nobody quoted
            elif by_role is not None:
                named = by_role.experts
                if scene and not _refers_back(words) and self._all_briefings(scene):
                    # "Помощник президента написал … Как к этому отнёсся политолог?" (not
                    # "… писал про тарифы": no idea of his the article tells)
                    read_as = {t.typed: t.lemma for t in terms if t.similarity > 0}
                    told = self._roles.told_of(scene, read_as.get)
                    told = tuple(t for t in told if not t.experts & named)
                    by_role = replace(by_role, mentioned=(*by_role.mentioned, *told))
                role_readings = self._role_readings(terms, by_role)
                terms = self._named_by_role(terms, by_role)
        if named:
            terms = _without_nationality(terms, words, naming)
            # "what is the seven according to Hajiyev": whether his passages say it decides
            # (``Matcher._named_speaker``) — asked of nobody, the number needs no such weight
            terms = _number_nouns(terms, words)
            terms = self._without_own_role(terms, words, naming, named)
        # the words framing the question as someone's view ("каков ВЗГЛЯД Гусейнова"), read
        # out of its terms below and out of the detail it asks (``_view_detail_dropped``)
        view_framing: frozenset[str] = frozenset()
        if named or any(t.lemma in EXPERT_LEMMAS for t in terms) or _asks_holder(words):
            # "какие перспективы видит Гусейнов": his view frames the question; "кто
            # прогнозирует рост товарооборота": whose view it is, asked — the verb its frame
            framing = OPINION_VERB_LEMMAS | SPEAKING_VERB_LEMMAS
            if named:  # "the experts' comments" may be what is asked about, not a frame
                framing |= FRAMING_EN | HELD_VIEWS_RU
            if len(named) == 1:  # "оценка Ишмухамедовым заявления Гаджиева": whose is told
                framing |= JUDGEMENT_NOUNS  # by the noun, which his passage on it names
            viewpoint = _point_of_view(words) if named else frozenset()
            terms = [t for t in terms if t.lemma not in framing and t.typed not in viewpoint]
            view_framing = framing | VIEW_DETAIL_NOUNS if named else framing
        if not named:
            # "какую сумму эксперт считает достижимой": whoever says it, no subject
            read_as = {t.typed: t.lemma for t in terms if t.similarity > 0}
            anyone = self._roles.anyone_speaking(words, read_as.get)
            # "какова оценка экспертом объёма", "мнение политолога о …": the noun of the view
            # whose holder that is frames the question with him
            judged = {
                words[at - 1]
                for at, word in enumerate(words)
                if word in anyone and at > 0 and read_as.get(words[at - 1]) in VIEW_DETAIL_NOUNS
            }
            terms = [t for t in terms if t.typed not in anyone and t.typed not in judged]
        if change is not None:
            counted = _changed_unit(words, terms)
        else:
            counted = (
                (_unit_named(words, terms) or _counted(words, terms))
                if count_intent
                else _measured(words, terms)
            )
        # "что сказал по итогам переговоров сам Токаев": the occasion stands between the
        # saying and its speaker, no word of either
        plain = [w for at, w in enumerate(words) if at not in occasion.frame | occasion.occasion]
        other_speaker = None if named else _other_speaker(plain, terms, self.index.names)
        if named and not subjects and named == by_name:
            # (not when a role names who judges: "how did the Kazakh analyst react to …")
            other_speaker = _judge_of_owned(words, terms, naming, self.index.names)
        other_speaker = other_speaker or unquoted
        asks_price = (
            any(t.lemma in PRICE_LEMMAS for t in terms)
            or any(_price_of_service(words, at) for at in range(len(words)))
            or ("how" in words and "much" in words and "cost" in " ".join(words))
            or asks_colloquial_price(words)  # "почём контейнер из Китая"
        )
        own = own_clause(words)
        parts = parted(words, reading.text)  # "сколько стран, кто седьмой": two questions
        forecast = (count_intent or any(w in WHEN_WORDS for w in words)) and any(
            is_future_verb(w) for w in own
        )
        plausibility = recognised / total if total else 0.0
        # English only when it reads as English: Latin gibberish keeps the Russian interface.
        language = "en" if latin and plausibility > 0 else "ru"
        asks_year = (
            any(pair in YEAR_PHRASES for pair in itertools.pairwise(words))
            or _keyword_year(words)
            or calendar_noun_apart(words) == "год"  # "а год какой был у визита"
        )
        asks_meta = asks_address(tuple(words)) or (
            any(w in AUTHOR_WORDS for w in words) and any(w in ARTICLE_WORDS for w in words)
        )
        # "the AI deal: what does it contain?": the document named in the scene, asked of by
        # a pronoun in the question (``contents``)
        holder = None
        if not named:
            holder = contents_holder(tuple(words))
            if holder is None and scene:
                holder = contents_holder((*scene, *words))
        relation = self._view_detail_dropped(self._relation(words, terms), view_framing)
        if defining:
            # "как официально называется X", "полное название X": the name asked, which the
            # passage defining X gives — no relation or detail of X's a passage must say
            relation = _without_frame(relation, [words[at] for at in defining], self.morphology)
        if change is Change.TARGET and relation.verb is not None and reaches(relation.verb):
            # "на какую сумму выйдет товарооборот": the amount coming to a level, asked as
            # "до скольки" asks it — no relation of its own a passage must say
            relation = replace(relation, verb=None)
        if relation.detail is not None and any(
            words[at] == relation.detail or self.morphology.lemma(words[at]) == relation.detail
            for at in asked_as.fixed
        ):
            # "каков рост товарооборота": the growth noun frames the size asked, no detail
            relation = replace(relation, detail=None)
        if relation.detail in _MONEY_ITSELF:
            # "какие деньги крутятся в торговле": the money asked is a sum, which a passage
            # gives in its currency — no detail "деньги" it must name
            relation = replace(relation, detail=None)
        if relation.detail in CHANCE_NOUNS:
            # "какова вероятность, что …", "каковы шансы у семёрки": the odds ask whether it
            # will come, a forecast — no detail of the thing the passage must name
            relation = replace(relation, detail=None)
        if relation.detail is not None and direction_cues(words):
            # "в какую сторону изменятся сроки": the direction of the change, which a passage
            # telling the change gives — no side a passage must name
            relation = replace(relation, detail=None)
        if holder is not None and relation.detail is None:
            relation = replace(relation, detail=holder)
        keyword = (
            self._keyword_detail(words, read, specifics_aside=asides.specifics)
            if relation.detail is None
            else None
        )
        if keyword is not None:
            # "AI agreement - specifics?": the specifics of the agreement, which only a
            # passage spelling it out gives (``Matcher._specifies``)
            relation = replace(relation, detail=keyword)
        # "какое место занимает Казахстан": a rank the briefing never writes is a detail it
        # lacks, as any other noun would be — not a kind of name that answers
        rank = next(
            (
                w
                for at, w in enumerate(words)
                if self._rank_at(words, at)
                and self._unused(w)
                and at
                and words[at - 1] in INTERROGATIVES
            ),
            None,
        )
        thing = _unknown_head(words, terms, readable_russian)
        unknown = (
            _unknown_detail(words, terms, readable_russian)
            or rank
            or _unknown_setting(words, terms)
            or thing
            or _unknown_judgement(list(tokens(reading.text.lower())), terms)
        )
        holder_party = self._holder_party(words, named, naming)
        # "Я правильно понял, что Турция войдёт в семёрку?": the statement put up for
        # checking is held against what the article says of it (the proposal to add Turkey),
        # not asked as the country's own step
        step = None if check else self._party_step(words, naming)
        query = Query(
            original,
            reading,
            language,
            tuple(
                self._with_kin(
                    self._capitals_as_states(self._without_unsaid_condition(words, terms)),
                    _reaching(words),
                    _held_back(words),
                )
            ),
            count_intent,
            who_intent,
            named,
            tuple(words),
            asks_year,
            asks_meta,
            counted,
            other_speaker,
            asks_price,
            forecast,
            _trade_sums(
                self._qualified_not_placed(
                    _contents_asks(_asks(asked_words, named, parts), holder), asked_words
                )
                or _amount_asked(words, terms),
                scene,
                words,
            ),
            None if unknown in CHANCE_NOUNS else unknown,
            any(speaks_of_future(w) for w in own),
            holder_party or (step.party if step is not None else None),
            party_step=None if holder_party is not None or step is None else step.kind,
            office=asked_office(tuple(words)),
            identity=asks_identity(words),
            unknown_thing=thing if unknown == thing else None,
            relation=relation,
            excluded=excluded,
            alternatives=offered,
            workings=asks_workings(words),
            specifics=asks_specifics(tuple(words)) or holder is not None or asides.specifics,
            content=content_asked(tuple(words), relation.verb),
            contents=holder is not None,
            joined=_trade_sums(joined_kinds(parts), scene, words),
            parties=self._third_parties(terms, words),
            why=asks_reason(tuple(words)),
            # "почему не хватает паромов", "why didn't Armenia sign": the cause of a deed not
            # done or a lack, which an aim or a need told does not give ("… что для этого
            # нужно", in a sentence of its own, asks the need as well: the need told answers)
            cause=asks_cause(tuple(words))
            or (asks_why_not(words) and not names_need(tokens(fold(reading.text)))),
            occupation=asked_occupation(tuple(words)),
            change=change,
            english_counted=_english_counted(words, terms) if count_intent else None,
            measured_of=_measured_by_unit(words, terms) if count_intent else None,
            closing=bool(closing or closing_told),
            remark_forecast=names_forecast(remark),
            remark=tuple(remark),
            role_readings=role_readings if len(role_readings) > 1 else (),
            by_role=bool(role_readings),
            scene=tuple(scene),
            spent=spent,
            check=check,
            read=read,
        )
        if query.party_step is not None and query.asks[:1] not in _STEP_KINDS:
            # "когда Турция присоединится к формату": the date of the step is asked, and
            # missing, as of any step — no fact of the country's to say is missing instead
            query = replace(query, other_party=None, party_step=None)
        return _unknown_places_offered(query, told), plausibility

    def _told_places(
        self, terms: list[Term], placed: frozenset[tuple[str, str]]
    ) -> frozenset[tuple[str, str]]:
        """The pairs of places offered (``placed_alternatives``) whose known place a passage
        tells the question's event in, read from the question's words as they stand, before
        any is set aside (``_unknown_places_offered`` sets the other one aside): one entry
        holds that place and every word of the event the briefing knows, and whoever the
        question names in it ("was the welcome ceremony in Almaty or in Astana?": the visit's
        passage says the ceremony in Astana)."""
        if not placed:
            return placed
        if not any(t.similarity > 0 and not t.entity and not t.frame for t in terms):
            return frozenset()  # no event of the briefing's words asked
        by_typed = {t.typed: t for t in terms}
        told = set()
        for pair in placed:
            # the event with whoever the question names in it: "Гусейнов выступал" is not
            # told by a passage where someone else speaks in Astana
            events = [t for t in terms if t.similarity > 0 and not t.frame and t.typed not in pair]
            places = [
                t.lemma
                for word in pair
                if (t := by_typed.get(word)) is not None and t.entity and t.similarity > 0
            ]
            # the place in the passage's words or the paragraph around them, not only in a
            # topic label it is filed under ("Визит в Астану" over every expert's remark)
            floor = self.tuning.weight(Field.CONTEXT)
            if any(
                indexed.terms.get(place, 0.0) >= floor
                and all(
                    event.lemma in indexed.terms
                    or any(other in indexed.terms for other in self._family(event.lemma))
                    for event in events
                )
                for place in places
                for indexed in self.index.entries
            ):
                told.add(pair)
        return frozenset(told)

    def _with_kin(
        self,
        terms: list[Term],
        reaching: frozenset[str] = frozenset(),
        held_back: frozenset[str] = frozenset(),
    ) -> list[Term]:
        """Each word of the subject with the briefing's other lemmas of its family
        (``_family``): "кроме экономики" is explained, in part, by "экономическими
        интересами". Names are no family of anything. ``reaching``: the nouns of change
        said with the level they reach ("рост … до миллиарда", ``_reaching``); ``held_back``:
        those a verb of hindering governs, said by the nouns of the same change
        ("препятствуют увеличению": "сдерживают рост", ``_held_back``)."""
        kept = [
            replace(
                t,
                kin=self._family(t.lemma),
                said=self._said(t.lemma, t.typed in reaching)
                or (self._same_change(t.lemma) if t.typed in held_back else ()),
            )
            if t.similarity > 0 and not t.entity and not t.frame and t.weight > 0
            else t
            for t in terms
        ]
        return _said_only_elsewhere(kept)

    def _without_unsaid_condition(self, words: list[str], terms: list[Term]) -> list[Term]:
        """Without the verb of a condition that no word of the briefing says, nor any it
        reads the word as ("что будет с торговлей, если ЗАПУСТЯТ проекты"): what the
        condition does to its noun, which a passage tells in words of its own ("реализация
        новых проектов позволит …") — the noun is what the condition is about."""
        verbs = {words[at] for at in condition_verbs(words)}
        return [
            t
            for t in terms
            if not (t.typed in verbs and t.similarity <= 0 and not self._said(t.lemma))
        ]

    def _said(self, word_lemma: str, reaching: bool = False) -> tuple[str, ...]:
        """Of a verb, the briefing's lemmas of its relation in other words (``Term.said``):
        "возить" where a passage says "для перевозки грузов" — and of a noun of change said
        with the level it reaches (``reaching``), its verbs: "рост товарооборота до
        миллиарда" where a passage says "позволит довести этот показатель до миллиарда"."""
        if not is_cyrillic(word_lemma):
            return ()
        if word_lemma in CLOSENESS_WORDS:  # "исторически близкими": "связаны"
            return tuple(other for other in sorted(BOND_WORDS) if other in self.index.idf)
        if not _is_infinitive(word_lemma) and not (reaching and word_lemma in CHANGE_NOUNS):
            return ()
        family = self._family(word_lemma)
        return tuple(
            other
            for other in sorted(related(word_lemma) - {word_lemma})
            if other in self.index.idf and other not in family
        )

    def _same_change(self, word_lemma: str) -> tuple[str, ...]:
        """The briefing's other nouns of the same change ("увеличение": "рост")."""
        return tuple(other for other in SAME_CHANGE.get(word_lemma, ()) if other in self.index.idf)

    def _family(self, word_lemma: str) -> tuple[str, ...]:
        """The briefing's lemmas of the word's family (``predicates.kin``, sharing all of
        the shorter lemma but its ending, as ``_kin``, and at least ``_STEM`` letters), and
        of a verb its partner of the other aspect ("предлагает" where a passage says
        "предложил": the same word, which the first letters alone do not tell), remembered
        per lemma."""
        remembered = self._families.get(word_lemma)
        if remembered is not None:
            return remembered
        family: list[str] = []
        if len(word_lemma) >= 5 and is_cyrillic(word_lemma) and not is_proper_name(word_lemma):
            for other, shared, shorter in self._kindred(word_lemma):
                if is_proper_name(other):
                    continue  # "казахстанский" is no form of "Казахстан": the index's places
                if shared >= max(_STEM, shorter - _ENDING):
                    family.append(other)
            family += [
                partner
                for partner in sorted(aspect_partners(word_lemma))
                if partner in self.index.idf and partner not in family
            ]
        found = tuple(family)
        self._families.put(word_lemma, found)
        return found

    def _capitals_as_states(self, terms: list[Term]) -> list[Term]:
        """Two capitals named together ("отношения Баку и Астаны", "Baku and Astana") are the
        two states, as diplomacy speaks: each is read by its ``state_key``, which finds the
        passages naming the country as well as the city. One capital alone is the city
        ("в какой город прибыл", "кроме Астаны"): a passage on the country is not about it."""
        capitals = [t for t in terms if t.similarity > 0 and t.lemma in CAPITALS]
        if len({t.lemma for t in capitals}) < 2:
            return terms
        return [
            replace(t, lemma=state_key(t.lemma))
            if t in capitals and state_key(t.lemma) in self.index.idf
            else t
            for t in terms
        ]

    def _without_outlet_addressed(self, words: list[str]) -> list[str]:
        """The folded words without the outlet the article's experts spoke to, where the
        question names it as that ("who from Milli Majlis commented the visit for Minval
        Politika?", "the MP who spoke to Minval Politika", "interviewed by Minval
        Politika"): every expert commented for it, so it tells nothing of which, nor of
        what about — as "in this piece" does not. Named otherwise ("what did Minval
        Politika ask the experts") it is the subject, and stays."""
        for outlet in self._outlets:
            size = len(outlet)
            for at in range(1, len(words) - size + 1):
                if (
                    tuple(words[at : at + size]) == outlet
                    and words[at - 1] in ADDRESSED
                    and not (at > 1 and words[at - 2] in WRITING_FOR)
                ):
                    # "for Minval Politika" goes whole; "told Minval Politika" keeps its verb
                    cut = at - 1 if words[at - 1] in ADDRESSING else at
                    return [*words[:cut], *words[at + size :]]
                if tuple(words[at : at + size]) == outlet and words[at + size : at + size + 1] in (
                    [w] for w in QUOTING
                ):
                    # "how many experts did Minval Politika quote": the outlet quoting is the
                    # article quoting, as "did the article quote" asks — no subject of its own
                    return [*words[:at], *words[at + size :]]
                if (
                    tuple(words[at : at + size]) == outlet
                    and words[at - 1] in GIVING
                    and given_to(words, at + size)
                ):
                    # "which deputy gave Minval Politika a comment": what every expert
                    # quoted gave it — the outlet says nothing of which, nor what about
                    return [*words[:at], *words[at + size :]]
                if (
                    tuple(words[at : at + size]) == outlet
                    and words[0] in PERSON_ASKED
                    and words[at + size : at + size + 1] in ([w] for w in CONSULTING)
                ):
                    # "which MP did Minval Politika consult / ask": who it turned to is who
                    # the article quotes — the outlet asking says nothing of which expert
                    return [*words[:at], *words[at + size :]]
        return words

    def _without_own_role(
        self,
        terms: list[Term],
        words: list[str],
        naming: list[Term],
        named: frozenset[tuple[str, str]],
    ) -> list[Term]:
        """The terms without the words of a role of the one named standing right by his
        name ("помощник Алиева Гаджиев", "политолог Тусупбеков"): they say who he is, as his
        name does, nothing of what about. Weighed as words of the subject they chose his
        profile, which holds them, over what he wrote ("что помощник Алиева Гаджиев писал
        про Средний коридор"). Apart from the name ("что Гусейнов говорил о Милли
        Меджлисе") they are the subject."""
        names = {t.typed for t in naming}
        roles = self._roles_of(named)
        if not roles:
            return terms
        by_typed = {t.typed: t for t in terms}
        describing: set[str] = set()
        for at, word in enumerate(words):
            if word not in names:
                continue
            for before, side in (
                (True, words[max(at - _ROLE_REACH, 0) : at][::-1]),
                (False, words[at + 1 : at + 1 + _ROLE_REACH]),
            ):
                beside: list[Term] = []
                for near in side:
                    term = by_typed.get(near)
                    if term is None or near in names:
                        break
                    beside.append(term)
                lemmas = {t.lemma for t in beside}
                said = set().union(*(role for role in roles if role <= lemmas))
                far = max((n for n, t in enumerate(beside) if t.lemma in said), default=-1)
                if far < 0:
                    continue
                describing |= {t.typed for t in beside[: far + 1]}
                # "казахский политолог Тусупбеков": an adjective qualifying his role
                # describes him too, however it is spelt
                for term in beside[far + 1 :]:
                    if not before or not _is_adjective(term.typed):
                        break
                    describing.add(term.typed)
        return [t for t in terms if t.typed not in describing]

    def _roles_of(self, named: frozenset[tuple[str, str]]) -> list[frozenset[str]]:
        """The role words (lemma sets, "казахстанский политолог") of the experts named."""
        return [lemmas for lemmas, who in self._role_experts.items() if who & named]

    def _without_remarked_role(
        self,
        terms: list[Term],
        words: list[str],
        naming: list[Term],
        named: frozenset[tuple[str, str]],
    ) -> list[Term]:
        """The terms without the question's words of what the one expert named only in the
        scene or a remark around it is ("как казахстанская экспертиза охарактеризовала
        визит? Желательно дословную формулировку Ишмухамедова"): the remark says which of
        the Kazakh experts is asked, as his name in the question would, and "казахстанский",
        "эксперт" say who he is, nothing of what about. Weighed as the subject, they chose
        the list of experts over his words."""
        if len(named) != 1 or not naming or any(t.typed in words for t in naming):
            return terms
        own = set(EXPERT_LEMMAS).union(*self._roles_of(named))
        return [t for t in terms if not (t.typed in words and t.lemma in own)]

    def _role_speakers(
        self,
        terms: list[Term],
        words: list[str],
        naming: list[Term],
        objects: frozenset[tuple[str, str]],
    ) -> frozenset[tuple[str, str]]:
        """ "What did the Kazakh analyst make of Hajiyev's post": the only expert named by
        name is what was spoken about (possessive, after "about"), and the one speaking is
        named by what he is — the experts whose aliases say that word ("analyst"), but those
        named as the object; a word next to the name says what that one is. Empty when the
        question names no such speaker."""
        names = {t.typed for t in naming}
        # the question's words read exactly, but those next to a name: "по мнению политолога
        # Тусупбекова", "analyst Tusupbekov" say what the one named is
        said: set[str] = set()
        for term in terms:
            at = words.index(term.typed) if term.typed in words else -1
            if (
                term.similarity >= 1.0
                and at >= 0
                and not names & set(words[max(at - 1, 0) : at + 2])
            ):
                said.add(term.lemma)
        found: frozenset[tuple[str, str]] = frozenset()
        for lemmas, experts in self._role_experts.items():
            if lemmas <= said:
                found |= experts
        return found - objects

    def _alias_of_nobody(self, words: list[str], terms: list[Term], naming: list[Term]) -> bool:
        """Do the words naming an expert only by an alias that is a role word ("MP",
        "парламентарий") say a country none of that role is from ("According to the Kazakh
        MP, what is the Trans-Caspian route?")? Read as his name, the alias answered with
        the Azerbaijani MP's words; read as a role (``Roles.resolve``), it names nobody the
        article quotes, as "что сказал казахский депутат" does."""
        if not naming or not all(role_word(t.lemma) or role_word(t.typed) for t in naming):
            return False
        by_role = self._by_role(words, terms)
        return by_role is not None and not by_role.experts

    def _by_role(self, words: list[str], terms: list[Term]) -> RoleNaming | None:
        """The experts the question names by what they are ("тот депутат из Баку",
        "казахский политолог", ``bot.matching.roles``), each word read as resolved."""
        read = {t.typed: t.lemma for t in terms if t.similarity > 0}
        return self._roles.resolve(words, read.get)

    def _named_by_role(self, terms: list[Term], by_role: RoleNaming) -> list[Term]:
        """The terms with the role word read as the one expert's surname (the question then
        names him as "что Гусейнов думает о …" does) — or, of several, as none of theirs:
        what they are is no word of the subject (``role_readings`` reads it as each) — and
        without the words saying his country, which say who he is, nothing of what about.

        Another expert the question names by what he is as whom the speaker spoke of ("как
        аналитик отнёсся к мысли помощника азербайджанского президента") is read as his
        surname too, as "к мысли Гаджиева" would name him: the words of his role chose his
        own passages, which hold them, over the speaker's on him, which hold his name."""
        for other in by_role.mentioned:
            (who,) = other.experts
            if who not in self._surnames:
                continue
            surname = self._surnames[who]
            # weighing as the role word did against its own lemma: a scene's words a share
            terms = [
                Term(
                    other.role,
                    surname,
                    1.0,
                    self._weight(surname) * t.weight / (self._weight(t.lemma) or 1.0),
                    True,
                    True,
                )
                if t.typed == other.role
                else t
                for t in terms
            ]
            terms = [t for t in terms if t.typed not in other.qualifiers]
        readings = self._role_readings(terms, by_role)
        result = [t for t in terms if t.typed not in by_role.qualifiers]
        if len(readings) == 1:
            return [readings[0][1] if t.typed == by_role.role else t for t in result]
        return [t for t in result if t.typed != by_role.role]

    def _role_readings(self, terms: list[Term], by_role: RoleNaming) -> RoleReadings:
        """Each expert the role names, with the term naming him by his surname in the role
        word's place ("политолог" read as "Ишмухамедов", then as "Тусупбеков")."""
        typed = by_role.role
        return tuple(
            (
                who,
                Term(
                    typed, self._surnames[who], 1.0, self._weight(self._surnames[who]), True, True
                ),
            )
            for who in sorted(by_role.experts)
            if who in self._surnames
        )

    def _frame_terms(self, resolved: list[Resolved], asked: str | None = None) -> list[Term] | None:
        """A word asking for a description ("качества", "роль", "описал": ``characterisation``)
        as terms of no subject: itself when the briefing uses it, else the words a text fills
        that frame with when the briefing has them, else nothing (a verb: "описал" asks for
        what any passage on the subject says) — or, for a noun, the unknown word it is (None:
        "какие качества нужны локомотивам" is not about anything the briefing describes).
        ``asked``: the frame a word that is none by itself asks in its place ("какие
        барьеры": what "мешать" asks, ``obstacle_asked_at``)."""
        if len(resolved) != 1:
            return None
        typed, word_lemma, similarity = resolved[0]
        own = self.morphology.lemma(typed)
        frame = word_lemma if is_frame(word_lemma) else own if is_frame(own) else asked
        if frame is None:
            return None
        own: list[Term] = []
        if similarity > 0:
            weight = self._weight(word_lemma) * informativeness(word_lemma)
            # a frame whose answer must say a word it is filled with (an obstacle): the word
            # itself is one of them, and the others the briefing has count as well
            own = [Term(typed, word_lemma, similarity, weight, frame=True)]
            if not names_filler(frame):
                return own
            own = [replace(own[0], filler=True)]
        # each word the briefing has of those the frame goes with, weighing one word in all
        said = sorted(
            lemma for lemma in collocates(frame) if lemma in self.index.idf and lemma != word_lemma
        )
        if not said:
            return own or ([] if frame in FRAME_VERBS else None)
        similarity = self.tuning.frame_collocate
        return own + [
            Term(typed, lemma, similarity, self._weight(lemma) / len(said), frame=True, filler=True)
            for lemma in said
        ]

    def _is_event_name(self, term: Term) -> bool:
        if term.lemma in self._event_names or term.typed.lower() in self._event_names:
            return True
        return is_latin(term.lemma) and name_key(term.lemma) in self._event_keys

    def _beside_event(self, terms: list[Term]) -> list[Term]:
        """The event's own names (``_event_names``), and its parties called "the sides"
        ("какие темы обсуждали стороны"), are no subject a passage must hold when
        the question has another the article knows: they stay words a passage may share, not
        words it must explain."""
        event = [
            t
            for t in terms
            if t.focus and ((t.entity and self._is_event_name(t)) or t.typed in SIDES)
        ]
        if not event or not any(_subject_word(t) and t not in event for t in terms):
            return terms
        if any(t.similarity <= 0 and not t.entity and t.typed not in TIME_NOUNS for t in terms):
            return terms  # "делегация Алиева": a subject the article never names is asked
        return [replace(t, focus=False) if t in event else t for t in terms]

    def _beside_occasion(
        self, terms: list[Term], occasion: set[str], owners: set[str]
    ) -> list[Term]:
        """The occasion a question puts what it asks within ("что подписали по итогам
        переговоров", "what was signed during the state visit": ``occasions.occasion_frame``)
        is no subject a passage must hold when the question names another thing or deed
        (a verb too: "что подписали" asks what the signing gave): the article may
        put the same deed in the visit ("в рамках визита … подписали") that the question
        puts in the talks. Its words stay words a passage may share (``Term.occasion``)."""
        if not occasion or not any(
            t.typed not in occasion and t.similarity > 0 and t.weight > 0 and not t.frame
            for t in terms
        ):
            return terms
        owning = [t for t in terms if t.entity and t.typed in owners]
        if not owning and not any(is_cyrillic(w) for w in occasion):
            # "what was signed during the visit": an English deed is not checked for being
            # told ("signed documents" is a ground in another passage), so an occasion with
            # no place or owner to tell the passages apart has to be held itself
            return terms
        if not self._names_occasion([t for t in terms if t.typed in occasion], owning):
            if occasion & WHICH_ANY:
                return terms  # "на каком саммите": the occasion is what is asked, a fact
            # an occasion the article never names ("на полях саммита") is a thing it lacks
            return [
                replace(t, entity=True) if t.typed in occasion and t.similarity <= 0 else t
                for t in terms
            ]
        return [replace(t, focus=False, occasion=True) if t.typed in occasion else t for t in terms]

    def _names_occasion(self, said: list[Term], owners: list[Term]) -> bool:
        """Does the briefing name the occasion the question puts its deed in — every word of
        it known, and its event with whose or where it is in one passage ("переговоры … в
        Астане")? One it never names ("на полях саммита", "по итогам переговоров в Габале",
        "переговоров Гусейнова": talks he never held) is what the question asks about, not
        a frame: a passage lacking it does not answer. The outcome ("по итогам") need not
        stand with them."""
        if any(t.similarity <= 0 and t.weight > 0 and not t.frame for t in said):
            return False
        if any(t.lemma in self.index.names for t in owners):
            return False  # an expert quoted comments on the event; it is not his
        held: set[int] | None = None
        for term in [*(t for t in said if not is_outcome(t.typed)), *owners]:
            if term.weight <= 0 or term.frame:
                continue
            entries = {at for at, _ in self.index.postings.get(term.lemma, ())}
            held = entries if held is None else held & entries
            if not held:
                return False
        return True

    def _framed_verbs(self, terms: list[Term]) -> list[Term]:
        """The words a frame goes with, said with it ("на каких принципах строятся",
        "какую роль играет"), are part of that frame: no word of the subject either."""
        frames = {w for t in terms if t.frame for w in (t.lemma, self.morphology.lemma(t.typed))}
        # an obstacle named with "мешает" ("какие барьеры мешают") is what is asked about
        going = frozenset().union(
            *(collocates(frame) for frame in frames if not names_filler(frame))
        )
        if not going:
            return terms
        kept: list[Term] = []
        for term in terms:
            if term.frame or not {term.lemma, self.morphology.lemma(term.typed)} & going:
                kept.append(term)
            elif term.similarity > 0:
                kept.append(replace(term, focus=False, frame=True))
        return kept

    def _uses(self, lemma: str) -> bool:
        """Does the briefing use the lemma?"""
        return lemma in self.index.idf

    def _holds_office(self, word: str) -> bool:
        """Is the folded word the surname of an office holder the briefing names, in English
        ("aliyev") or as its Russian lemma's form ("алиева")?"""
        if word in self._holders.values():
            return True
        if not is_cyrillic(word):
            return False
        lemma = self.morphology.lemma(word)
        return any(
            lemma == self._name_keys.get(name_key(surname)) for surname in self._holders.values()
        )

    def _president_of(self, country: str) -> str | None:
        """The lemma of the surname of the president of ``country`` (a folded Russian
        nominative) the briefing names (``office_holders``), if any."""
        party = next((p for p in PARTIES if p.nominative == country), None)
        for english in party.english if party is not None else ():
            surname = self._holders.get((english, "president"))
            named = self._name_keys.get(name_key(surname)) if surname else None
            if named is not None and named in self.index.idf:
                return named
        return None

    def _coded_names(self, terms: list[Term], words: list[str], text: str) -> list[Term]:
        """The terms with the number of a coded name the briefing never writes as a name it
        does not know: "what does the G7 think" asks of the Group of Seven — a letter and a
        number written as one word ("G7", "G20", "C5") name a group, a summit, a format,
        not the number (read alone, "7" is the article's Turkic seven). Unchanged when the
        briefing writes the code itself, or the number stands elsewhere in the question."""
        codes = {(fold(letter), number) for letter, number in _CODED_NAME.findall(text)}
        unseen = {
            number
            for letter, number in codes
            if f"{letter} {number}" not in self.index.bigram_idf and words.count(number) == 1
        }
        if not unseen:
            return terms
        return [
            replace(t, similarity=0.0, entity=True, focus=True) if t.typed in unseen else t
            for t in terms
        ]

    def _uses_phrase(self, phrase: tuple[str, ...]) -> bool:
        """Does the briefing write these words together (their meaningful words' lemmas)?"""
        lemmas = [self.morphology.lemma(word) for word in phrase if not is_stop(word)]
        return len(lemmas) > 1 and all(
            f"{a} {b}" in self.index.bigram_idf for a, b in itertools.pairwise(lemmas)
        )

    def _names_in_latin(self, word: str) -> bool:
        """A Latin word that, read back into Cyrillic, is a name the article writes ("aliyev"
        is its «Алиев»): a name where no capital can show it (a question typed in lower case,
        its first word), as the article's Cyrillic names are."""
        if not is_latin(word) or len(word) < _SHORTEST_LATIN_NAME:
            return False
        return self.morphology.lemma(transliterate(word)) in self._article_names

    def _holder_party(
        self, words: list[str], named: frozenset[tuple[str, str]], naming: list[Term]
    ) -> Party | None:
        """The third country whose view is asked (``_party``) — with an expert named, only
        when each name stands in a relative clause after the country: "Как Армения отнеслась
        к декларации, которую хвалил Тусупбеков?" asks Armenia's view of what he praised — or
        owns what the country's view is of ("как Турция отреагировала на предложение
        Ишмухамедова": ``_owner_of_said``)."""
        bare = bare_party(words, self._own_parties)
        if bare is not None:
            return bare  # "Ишмухамедов предложил добавить Турцию, а сама Турция что?"
        if not named or not any(t.typed in words for t in naming):
            # an expert named only in the scene ("Тусупбеков похвалил декларацию. А Армения
            # как отреагировала?") is what the country's view would be of, no speaker asked
            return self._party(words)
        opening = [
            _relative_before(words, t.typed) or _owner_of_said(words, t.typed) for t in naming
        ]
        if not naming or None in opening:
            return None
        # the expert's words are what the view is of, so they are no view of his country's:
        # "как Азербайджан отреагировал на предложение Ишмухамедова" asks what Azerbaijan
        # made of it, which his proposal itself does not say
        before = words[: min(at for at in opening if at is not None)]
        # (but one named by a role may be of that country: "how did the Kazakh political
        # scientist react to Hajiyev's post" asks the Kazakh expert's reaction)
        by_name = frozenset(who for t in naming for who in self.index.names[t.lemma])
        return self._party(before, own=named != by_name)

    def _party_step(self, words: list[str], naming: list[Term]) -> PartyStep | None:
        """The third country whose own step the question asks of (``deed_holder``: "Турция
        войдёт в семёрку?") and the kind of fact it is — read before any expert named, whose
        words the step would follow ("что сделала Турция после предложения Ишмухамедова").
        A country the briefing never names is left to the matcher's reading of an unnamed
        party ("Узбекистан войдёт в формат?": "В статье нет упоминаний Узбекистана")."""
        at = min((words.index(t.typed) for t in naming if t.typed in words), default=len(words))
        deed = deed_holder(words[:at], self._own_parties)
        if deed is None or self._unused(deed.party.nominative):
            return None
        return PartyStep(deed.party, AnswerType.FORECAST if deed.ahead else AnswerType.FACT)

    def _party(self, words: list[str], *, own: bool = True) -> Party | None:
        """The third country whose own view or motive the question asks for (``parties``);
        with ``own``, never one of the countries the briefing's experts speak from (their
        words are the article's answer for it)."""
        excluded = self._own_parties if own else frozenset()
        return view_holder(words, excluded) or motive_holder(words, excluded)

    def _names_someone(self, word: str) -> bool:
        """Is the word a name the briefing knows, as written or as its Latin spellings
        share it ("гусеинов", "guseinov": Гусейнов)?"""
        if self.morphology.lemma(word) in self.index.names:
            return True
        latin = word if is_latin(word) else romanise(word)
        return len(latin) > 3 and name_key(latin) in self._name_keys

    def _qualified_choice(self, terms: list[Term], words: list[str]) -> list[Term]:
        """Without the alternative qualifier the briefing never writes with the noun both
        qualify, when it writes the other with it ("was it a state visit or a working one?":
        it says "state visit"; "working" is its "working group", no word of this subject, and
        it drew the question to the passage on the group). Names are left to their own rules
        ("Astana or Almaty")."""
        dropped: set[str] = set()
        for first, second, noun in qualified_alternatives(words):
            if any(self.morphology.lemma(w) in self.index.names for w in (first, second, noun)):
                continue
            uses = (self._uses_phrase((first, noun)), self._uses_phrase((second, noun)))
            if uses == (True, False):
                dropped.add(second)
            elif uses == (False, True):
                dropped.add(first)
        return [t for t in terms if t.typed not in dropped or t.entity]

    def _offered_pairs(
        self, words: list[str], terms: list[Term], listed: tuple[str, ...] = ()
    ) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
        """The alternatives a question offers ("нефть или газ"), each word as its forms — not a
        pair with a stop word ("или нет", "or a state visit") nor one naming an expert (who
        said it is the speaker's business, ``named``). A closing list of options ("— oil,
        gas, coal?", ``listed_options``) is one pair: its first word, and the rest together
        (an answer saying any one of them chooses). Nor a judgement of an amount offered
        ("считает нормальным или маловато"): the passage judging it answers as it words it."""
        lemmas: dict[str, set[str]] = defaultdict(set)
        for term in terms:
            lemmas[term.typed].add(term.lemma)

        def forms(group: tuple[str, ...]) -> frozenset[str]:
            return frozenset(
                form
                for word in group
                for form in (word, self.morphology.lemma(word), *lemmas[word])
            )

        groups = [(pair[:1], pair[1:]) for pair in alternatives(words)]
        if len(listed) >= 2:
            groups.append((listed[:1], listed[1:]))
        found = []
        for one, other in groups:
            if any(is_stop(word) or judges_amount(word) for word in (*one, *other)):
                # "нормально или маловато": whether an amount is enough, which a passage
                # judging it answers in its own words ("недостаточно")
                continue
            if any(word in VIEW_WORDS for word in (*one, *other)):
                # "одобрил или раскритиковал": a verdict, which the expert's words give in
                # their own terms (praise, "долгожданный"), never by the verb asked with
                continue
            sides = (forms(one), forms(other))
            if any(form in self.index.names for side in sides for form in side):
                continue
            found.append(sides)
        return tuple(found)

    def _statement_described(self, terms: list[Term], words: list[str]) -> list[Term]:
        """ "Как Ишмухамедов отозвался о заявлении Хикмета Гаджиева про формулу «6»?": what
        the statement reacted to was about tells which statement — the passage giving the
        reaction need not restate it ("необычный и долгожданный уровень"). The words after
        "про/о" frame the question: a passage saying them may share them, none lacking them
        is the worse for that. Only with a verb of reacting, a noun of a thing said and its
        owner named ("заявлении Гаджиева про …"), and only when a passage of the briefing says
        the owner's words with those of the description: a statement the article never
        reports ("заявлении Гаджиева про паромы") is not one the reaction answers."""
        if not any(w in REACTING for w in words):
            return self._statement_described_en(terms, words)
        by_typed = {t.typed: t for t in terms}
        described: set[str] = set()
        for at, word in enumerate(words):
            noun = by_typed.get(word)
            if word not in SAYING_NOUNS or noun is None or noun.similarity <= 0:
                # a noun the briefing never writes ("слова Гаджиева про формулу 5+1"): the
                # description is what finds the statement, and stays a word of the subject
                continue
            for about in range(at + 1, min(at + 2 + _OWNER_REACH, len(words))):
                if words[about] not in ABOUT_SAID:
                    continue
                owners = [by_typed[w] for w in words[at + 1 : about] if w in by_typed]
                owners = [t for t in owners if t.entity]
                told = _description(words, about + 1)
                if owners and all(
                    self._said_with(by_typed[w], owners) for w in told if w in by_typed
                ):
                    described.update(told)
                break
        if not described:
            return terms
        return [
            replace(t, focus=False, frame=True) if t.typed in described and not t.entity else t
            for t in terms
        ]

    def _statement_described_en(self, terms: list[Term], words: list[str]) -> list[Term]:
        """``_statement_described`` in English word order: "What was Ishmukhamedov's opinion
        on Hajiyev's remark about 5+1 becoming 6?" — the owner named before the noun of a
        thing said, the description after "about" (``ABOUT_EN``). English drops the noun itself
        ("remark" is no word of the subject), so only the owner, a name, and a passage saying
        his words with most of the description's are required."""
        if not any(w in REACTING_EN for w in words):
            return terms
        by_typed = {t.typed: t for t in terms}
        described: set[str] = set()
        for at, word in enumerate(words):
            if word not in SAYING_NOUNS_EN or at + 1 >= len(words):
                continue
            if words[at + 1] not in ABOUT_EN:
                continue
            before = words[max(0, at - _OWNER_REACH) : at]
            owners = [by_typed[w] for w in before if w in by_typed and by_typed[w].entity]
            told = words[at + 2 : at + 2 + _DESCRIPTION_REACH]
            said = [self._said_with(by_typed[w], owners) for w in told if w in by_typed]
            # a name or a figure of his words said with him is enough: the asker retells
            # them in his own verbs ("5+1 becoming 6": the post says "turned into")
            if owners and any(said) and said.count(False) <= len(said) // 2:
                described.update(told)
        if not described:
            return terms
        return [
            replace(t, focus=False, frame=True) if t.typed in described and not t.entity else t
            for t in terms
        ]

    def _said_with(self, term: Term, owners: list[Term]) -> bool:
        """Does one passage of the briefing hold ``term`` (or, of a word it never writes, one of
        its family: ``_unseen_kin``) and the name of one of ``owners``?"""
        lemmas = (term.lemma,) if term.similarity > 0 else self._unseen_kin(term)
        holding = {at for lemma in lemmas for at, _ in self.index.postings.get(lemma, ())}
        return any(
            holding & {at for at, _ in self.index.postings.get(owner.lemma, ())} for owner in owners
        )

    def _unseen_kin(self, term: Term) -> tuple[str, ...]:
        """The briefing's lemmas of the family (``predicates.kin``) of a Russian word it never
        writes: the asker retells a statement in a noun of his own ("о преобразовании формулы"
        where the post says "преобразовавшейся"). None of a name, nor of a short word."""
        if term.entity or not is_cyrillic(term.lemma) or is_proper_name(term.lemma):
            return ()
        return tuple(other for other, _, _ in self._kindred(term.lemma))

    def _third_parties(self, terms: list[Term], words: list[str]) -> tuple[frozenset[str], ...]:
        """The countries a question names besides the briefing's own (those its experts speak
        from), each as every form it may be named by: "с Китаем" → китай, china, …; and one
        named by an abbreviation that is also a word ("the US", ``articled_parties``)."""
        found: dict[frozenset[str], None] = dict.fromkeys(
            forms for forms in articled_parties(words) if forms.isdisjoint(self._own_parties)
        )
        for term in terms:
            for word in (term.lemma, term.typed):
                # a capital stands for its state: "товарооборот с Москвой", "участвует ли
                # Тбилиси" name Russia, Georgia
                forms = party_names(word) or party_names(CAPITALS.get(word, ""))
                if forms and forms.isdisjoint(self._own_parties):
                    found[forms | {term.lemma}] = None
                    break
        return tuple(found)

    def _words(
        self,
        considered: list[str],
        spent: Spent,
        *,
        typed: bool = True,
        keyed: bool = True,
        mended: dict[str, str] | None = None,
    ) -> list[str]:
        """The words of a stretch of a reading: a shifted space put back and slips in short
        words mended (``typed``: in letters as typed, not transliterated; ``keyed``: key
        slips too, ``_respelt``; each word respelt noted in ``mended``), run-together ones
        separated, compounds typed apart rejoined, lone letters dropped."""
        if typed:
            respaced = self._respaced(considered)
            respelt = [
                # a question word a key off opening the stretch ("гда выступал": "где") is
                # read as that word (``keyed_cue``), not respelt into another one a letter
                # short ("года")
                word
                if at == 0 and keyed_cue(word)
                else self._respelt(word, keyed, respaced[at + 1] if at + 1 < len(respaced) else "")
                for at, word in enumerate(respaced)
            ]
            # a word respelt is read as ``tokens`` reads it typed right: "шестти" is "шести",
            # so "6", and "полмилллиарда" "500 миллионов", as the article writes them
            respelt = [
                " ".join(tokens(word)) if word != was else word
                for word, was in zip(respelt, considered, strict=True)
            ]
            if mended is not None:
                mended.update((a, b) for a, b in zip(considered, respelt, strict=True) if a != b)
            considered = [part for word in respelt for part in word.split()]
        # a question word a letter short that the dictionary knows ("кода", "почем"),
        # opening a question that no other word asks: the word meant, transliterated too
        opening = opening_short_of_cue(considered)
        if opening is not None:
            considered = [opening, *considered[1:]]
        words = [
            word
            for word in self._separate(considered, spent)
            # A lone letter that is no word ("д", "y") is noise: it asks nothing, and it must
            # not make a transliterated reading of an English sentence look better.
            if len(word) > 1 or word.isdigit() or is_stop(word)
        ]
        return self._rejoined(words)

    def _respaced(self, words: list[str]) -> list[str]:
        """A space typed one letter early or late put back ("скольк одолларов": "сколько
        долларов", "ишмухамедо впро": "ишмухамедов про"): two neighbouring Russian words, one
        at least no word as typed, become two words once a letter crosses the space between
        them. Two real words typed right stay as they are, unless neither is the briefing's
        or a stop or frame word and the shift makes a stop word and one of those ("пос
        ловам": "по словам", ``_shifted_into_familiar``); so does a stop word ("месяк или"
        is no "меся кили") and a pair the shift would not turn into two words. Where a word
        could be mended with either neighbour, the shift making more of the briefing's words
        wins: "алиева ва стану" is "алиева в астану", not "алиев ава стану"."""
        # Latin words, numbers: never shifted, and asked nothing (a guess costs the most)
        whole = [
            not (word.isalpha() and is_cyrillic(word)) or self._whole_word(word) for word in words
        ]
        shifts = [
            (at, moved)
            for at in range(len(words) - 1)
            if (
                moved := self._shifted(words[at], words[at + 1], whole[at] or whole[at + 1])
                if not (whole[at] and whole[at + 1])
                else self._shifted_into_familiar(words[at], words[at + 1])
            )
            is not None
        ]
        if not shifts:
            return words
        result = list(words)
        taken: set[int] = set()
        for at, moved in sorted(shifts, key=lambda s: (-self._briefing_words(s[1]), s[0])):
            if at not in taken and at + 1 not in taken:
                result[at], result[at + 1] = moved
                taken |= {at, at + 1}
        return result

    def _shifted(self, left: str, right: str, changes_a_word: bool) -> tuple[str, str] | None:
        """The two words ``left`` and ``right`` (not both words as typed) make with one
        letter moved across the space between them, if any; ``changes_a_word``: one of them
        is a word as typed."""
        if not (is_cyrillic(left) and is_cyrillic(right) and left.isalpha() and right.isalpha()):
            return None
        if is_stop(left) or is_stop(right):
            return None  # a stop word typed right is no half of a slip
        if changes_a_word and self._mended_beside_familiar(left, right):
            return None
        # a real word as typed is changed only to make a word of the briefing or of a
        # question's frame ("ктот акой": "кто такой"; "долго ткаев" is no "долгот каев")
        for moved in ((left[:-1], left[-1] + right), (left + right[0], right[1:])):
            if (
                all(moved)
                and all(self._whole_word(part) for part in moved)
                and (not changes_a_word or any(self._familiar(part) for part in moved))
            ):
                return moved
        return None

    def _respelt_text(self, text: str) -> str:
        """``text`` with each Russian word ``_respelt`` mends written as mended, its capital
        kept: what the rules reading a message whole (its asides) see of a slip in their
        words, before the question's words are read."""

        def mend(found: re.Match[str]) -> str:
            typed = found.group()
            meant = self._respelt(typed.lower())
            if meant == typed.lower() or not meant.isalpha():
                return typed
            return meant.capitalize() if typed[:1].isupper() else meant

        return _SLIP_RE.sub(mend, text)

    def _slips_mended_at(self, text: str, ends: Callable[[str], int]) -> int:
        """Where ``ends`` (``question_start``, ``question_end``) puts its cut in ``text``,
        read with each short Russian word ``_respelt`` mends put in its place ("…: каие
        направления": "какие" opens the question), as a position of ``text`` as typed."""
        shifts: list[tuple[int, int]] = []  # (where in the mended text, letters added)
        pieces: list[str] = []
        done = 0
        for found in _SHORT_CYRILLIC_RE.finditer(text):
            word = found.group()
            mended = self._respelt(word.lower())
            if mended == word.lower() or not mended.isalpha():
                continue
            pieces += [text[done : found.start()], mended]
            added = sum(len(piece) for piece in pieces) - found.end()
            shifts.append((found.start() + (shifts[-1][1] if shifts else 0), added))
            done = found.end()
        if not shifts:
            return ends(text)
        cut = ends("".join([*pieces, text[done:]]))
        added = next((added for at, added in reversed(shifts) if at < cut), 0)
        return max(0, cut - added)

    def _mended_beside_familiar(self, left: str, right: str) -> bool:
        """Is one of two words a question word typed right and the other a slip ``_respelt``
        mends into a familiar word in its place? "сколько стит" is "сколько стоит", a letter
        left out, not "скольк остит" with a space shifted off the question word. Beside
        another word, the shift may be what was typed: "алиев аписал" is "алиева писал"."""
        for typed, other in ((left, right), (right, left)):
            if (typed in COUNT_WORDS or typed in WHO_WORDS) and not self._whole_word(other):
                mended = self._respelt(other)
                if mended != other and self._familiar(mended):
                    return True
        return False

    def _shifted_into_familiar(self, left: str, right: str) -> tuple[str, str] | None:
        """Two rare words of the dictionary, neither the briefing's nor a stop or frame word,
        that a letter moved across the space makes a stop word and a word of the briefing
        or the frame ("пос ловам": "по словам", "пои тогам": "по итогам"); None for any
        word typed right among them."""
        if not (is_cyrillic(left) and is_cyrillic(right) and left.isalpha() and right.isalpha()):
            return None
        if self._familiar(left) or self._familiar(right):
            return None
        for moved in ((left[:-1], left[-1] + right), (left + right[0], right[1:])):
            if (
                all(moved)
                and all(self._familiar(part) for part in moved)
                and any(is_stop(part) for part in moved)
            ):
                return moved
        return None

    def _briefing_words(self, words: tuple[str, str]) -> int:
        """How many of the words are the briefing's own or stop words."""
        return sum(1 for word in words if word in self.index.surface or is_stop(word))

    def _respelt(self, word: str, keyed: bool = True, following: str = "") -> str:
        """A Russian word no dictionary knows, read as the one word it makes with a doubled
        letter typed once ("черезз", "сумммы", "коггда") or with a letter put back ("черз":
        "через", "кгда": "когда") — in a longer word, one of the briefing or the frame a
        letter short or two letters swapped ("амрения", "обсуждлаи"), unless one is a key
        away too ("перевозкм"); else as typed. Mended here, before the question is read, a
        slip in a word that frames it asks what the word as meant asks. A word the
        dictionary knows is never respelt: it may be what was meant.

        The briefing's words and the words framing a question come first: "ккие" is
        "какие" with a letter left out sooner than "кие" (cues) with one doubled. Then a
        rule of spelling broken ("собираються", "цыфру": ``_orthographic_slips``), mended
        in any reading typed letter by letter, the wrong layout's too. Any dictionary word a
        doubled letter away comes last, in a word of five letters or more ("морее",
        "конкрретно") and only when no word of the briefing or the frame is a letter away
        or two swapped: a doubled letter may be one mistyped as its neighbour ("межжу",
        "кооме" are "между" and "кроме", not "межу" and "коме"), or two letters swapped
        ("чреез" is "через", not the old "чрез"). Last, in the text as typed, a key slip
        (``_key_slips``) or an unstressed vowel written as it sounds ("подпешут"), each only
        when no commoner slip explains the word.

        A slip of one of the article's names comes first ("аилев", "адиева": "алиев",
        "алиева"; ``_name_slip``), and where a short word is a letter short of several forms
        ("како": "какой", "каком"), the one agreeing with the ``following`` word is meant
        ("в како городе": "каком"; ``_one_meant``)."""
        if len(word) < _SHORTEST_RESPELT or not word.isalpha() or not is_cyrillic(word):
            return word
        if keyed and not self._familiar(word):
            named = self._name_slip(word)
            if named is not None:
                return named
        meant = kind_word_meant(word)
        if meant is not None:
            # a slip in the word deciding the kind asked ("сколько стот", "по какой
            # причмне"): that word, before any other one a slip away ("почине") — in the
            # wrong layout too, typed on the same keys ("ghbxyt": "причне")
            return meant
        if self._whole_word(word):
            return self._rare_word_short(word, following) if keyed else word
        glued = self._preposition_glued(word)
        if glued is not None and all(is_stop(part) or is_pronoun(part) for part in glued):
            # a preposition typed against a stop word or pronoun ("очём", "какв") is two
            # words, which ``_separate`` parts, not a letter short of one ("почём",
            # "каков"); before a word of the subject, a slip ("кгода": "когда")
            return word
        undoubled = {
            word[:at] + word[at + 1 :] for at in range(1, len(word)) if word[at] == word[at - 1]
        }
        found = {variant for variant in undoubled if self._familiar(variant)}
        if not found and len(word) <= _SHORT_RESPELT:
            found = set(self._letter_short().get(word, ()))
            if not found and len(word) >= _SHORTEST_SWAP:
                # two letters swapped in a short word ("китяа": "китая", "шсет"): one of
                # the briefing or the frame only, as in a longer one
                found = {variant for variant in _swaps(word) if self._familiar(variant)}
            if not found and keyed and len(word) == _SHORT_RESPELT and not self._other_slip(word):
                # a key beside the one meant in a word of five letters ("сфкры": "сферы",
                # "сиать": "стать"): the briefing's or the frame's word only, and only one
                found = {
                    variant
                    for at in range(len(word))
                    for letter in key_neighbours(word[at])
                    if self._familiar_or_number(variant := word[:at] + letter + word[at + 1 :])
                }
        if not found and len(word) > _SHORT_RESPELT:
            # a longer word a letter short of, or two letters swapped from, one word of the
            # briefing or the frame ("собираюся", "скольо"): mended before the frame is read
            found = set(self._letter_short().get(word, ()))
            found |= {variant for variant in _swaps(word) if self._familiar(variant)}
            if found:
                # "перевозкм" is "перевозки" a key off as much as "перевозкам": neither
                found |= {
                    variant
                    for at in range(len(word))
                    for letter in key_neighbours(word[at])
                    if self._familiar(variant := word[:at] + letter + word[at + 1 :])
                }
        if not found:
            # a rule of spelling broken, no key missed ("собираються", "цыфру"): the word the
            # rule writes, so a word framing the question frames it as written right
            found = {variant for variant in _orthographic_slips(word) if self._whole_word(variant)}
        if (
            not found
            and undoubled
            and len(word) >= _SHORT_RESPELT
            and not self._mistyped_familiar(word)
            and not any(self._familiar(variant) for variant in _swaps(word))
        ):
            found = {variant for variant in undoubled if self._whole_word(variant)}
        if not found and keyed and len(word) >= _SHORTEST_DICTIONARY_SLIP:
            # two letters swapped or one left out of a longer word the dictionary knows
            # ("втсупит", "турецакя", "савнению"): the one word it makes, when the fuzzy
            # search finds no word of the briefing in it (one it finds is that search's to
            # weigh: "прдставлял" is the briefing's "представлять", as it was), and no other
            # word is a key away ("квкому" is "какому", "обоащалась" "обращалась")
            meant = self._dictionary_slip(word)
            if (
                meant is not None
                and self._briefing_finds_none(word)
                and {self.morphology.lemma(variant) for variant in self._key_slips(word)}
                <= {self.morphology.lemma(meant)}
            ):
                return meant
        if not found and keyed and len(word) >= _SHORTEST_KEY_SLIP and not self._other_slip(word):
            found = self._key_slips(word)
            if len(found) == 1 and not self._briefing_agrees(word, next(iter(found))):
                return word
        if (
            not found
            and keyed
            and len(word) >= _SHORTEST_VOWEL_SLIP
            and not self._other_slip(word)
            and not self._split(word)
        ):
            # an unstressed vowel written as it sounds ("подпешут", "дабавить"): the one word
            # it makes, unless the briefing's word the fuzzy search finds is another, or two
            # words run together are what was typed ("промир" is "про мир", no "промер")
            found = {variant for variant in _vowel_slips(word) if self._whole_word(variant)}
            if (
                len(found) == 1
                and not self._briefing_agrees(word, next(iter(found)))
                and not self._nearer_than_briefing(word, next(iter(found)))
            ):
                return word  # the briefing's word is as near: what was meant
        if not found and len(word) <= _LONGEST_SHORT_OF_FORM and not self._split(word):
            # a short word no dictionary knows, a letter short of a form of the briefing's
            # own word the dictionary holds but the briefing never writes ("гоу": "году",
            # "шеси": "шести", "итге": "итоге")
            found = self._short_of_briefing_form(word)
        return self._one_meant(found, following) or word

    def _short_of_briefing_form(self, word: str) -> frozenset[str]:
        """The dictionary's words ``word`` is with one letter after its first put back whose
        lemma is the briefing's, which are stop or frame words or name a number: a short
        word typed in a hurry loses a letter ("гоу", "двмя", "мгут"), and among the few
        words it is then short of, the one the briefing speaks of is the one meant
        (``_one_meant`` picks it, or none when there are two). Only for a word no dictionary
        knows (``_respelt`` asks for no other); remembered per word: each costs a look-up
        per letter of the alphabet and place."""
        known = self._short_of_forms.get(word)
        if known is None:
            known = frozenset(
                variant
                for at in range(1, len(word) + 1)
                for letter in _LETTERS
                if self.morphology.is_known_russian(variant := word[:at] + letter + word[at:])
                and (
                    self.morphology.lemma(variant) in self.index.idf
                    or is_stop(variant)
                    or variant in FRAMING_FORMS
                    # a number word, which the question reads as its figure ("шеси": "6")
                    or tokens(variant) != [variant]
                )
            )
            self._short_of_forms.put(word, known)
        return known

    def _one_meant(self, found: Collection[str], following: str) -> str | None:
        """The one word of ``found`` a slip was meant as: the only one; else the only one
        agreeing with the ``following`` word ("до како суммы": "какой", "в како городе":
        "каком"); else, when all are forms of one stop or frame word ("будт": "будет",
        "будут"), the first of them — any form asks what the word asks. None when they are
        words apart, or forms of a word of the subject ("перевозкм": "перевозки" or
        "перевозкам", whose form the fuzzy search weighs)."""
        if len(found) == 1:
            return next(iter(found))
        if not found:
            return None
        agreeing = [form for form in sorted(found) if _agrees_with(form, following)]
        if len(agreeing) == 1:
            return agreeing[0]
        if len({self.morphology.lemma(form) for form in found}) == 1 and all(
            is_stop(form) or form in FRAMING_FORMS for form in found
        ):
            return min(found)
        return None

    def _name_slip(self, word: str) -> str | None:
        """The article's name ``word`` is one keystroke from — a letter left out, swapped with
        its neighbour, typed on a touching key or one too many ("аилев", "алмев", "адиева":
        "алиев", "алиева"; "гадиев": "гаджиев") — when the dictionary does not know the word
        or knows it only as a personal name, and one of the article's people or places is
        that near, in a form the article writes. A name typed in a hurry is the article's
        name sooner than a stranger's the dictionary happens to hold."""
        if len(word) < _SHORTEST_NAME_SLIP or (
            self.morphology.is_known_russian(word) and not _only_a_personal_name(word)
        ):
            return None
        slips = _keystroke_slips(word)
        names = {
            variant for variant in slips if self.index.surface.get(variant) in self._article_names
        }
        if not names:
            names = {variant for variant in slips if self._unwritten_name_form(variant)}
        lemmas = {self.morphology.lemma(variant) for variant in names}
        return min(names) if len(lemmas) == 1 else None

    def _unwritten_name_form(self, variant: str) -> bool:
        """Is ``variant`` a form of an article's surname the article never writes
        ("ишмухамедовым" where it writes "Ишмухамедов", "Ишмухамедова")? A name is asked in
        any case, and a rule keyed on its case ("предложено Ишмухамедовым": who proposed)
        needs the slip mended into that case, not into a form of the briefing's."""
        if variant in self.index.surface or len(variant) < _SHORTEST_UNWRITTEN_NAME:
            return False
        if variant[:_NAME_HEAD] not in self._article_name_heads:
            # a surname declines by its ending, so a form of one begins as the name does: the
            # other keystroke variants of a word (hundreds each) need no parse by analogy,
            # which cost two thirds of a question's time when every one was parsed
            return False
        readings = parse(variant)[:1]
        return any(
            "Surn" in r.tag and self.morphology.lemma(variant) in self._article_names
            for r in readings
        )

    def _other_slip(self, word: str) -> bool:
        """Is ``word`` a commoner slip of a word: two letters swapped or one too many (of a
        dictionary word), or one left out (of the briefing's or a frame word: "гажиев" is
        "гаджиев")? Such a word is that slip, for the repairs of ``_resolve`` to mend — not
        the word a key away that it may also be ("гажиев" → "гадиев"). Remembered per word:
        each reading of a question and each question typing it ask again."""
        known = self._other_slips.get(word)
        if known is None:
            known = self._is_other_slip(word)
            self._other_slips.put(word, known)
        return known

    def _is_other_slip(self, word: str) -> bool:
        """``_other_slip``, worked out."""
        if any(
            self._familiar(variant) or self.morphology.is_known_russian(variant)
            for variant in _typo_variants(word)
            if len(variant) <= len(word)
        ):
            return True
        return any(
            self._familiar(word[:at] + letter + word[at:])
            for at in range(1, len(word) + 1)
            for letter in _LETTERS
        )

    def _nearer_than_briefing(self, word: str, variant: str) -> bool:
        """Is the dictionary's ``variant`` of a slip (one vowel mistaken) nearer to ``word``
        than the briefing's word the fuzzy search finds? "називается" is "называется", one
        letter off, sooner than the briefing's "развиваться", several off: the farther word
        is a guess, the nearer what was typed."""
        from rapidfuzz.fuzz import ratio

        remembered = self._fuzzy_hits.get((word, self.morphology.lemma(word)))
        hit = remembered[0] if remembered is not None else None
        return hit is not None and hit[2] < ratio(word, variant) / 100

    def _briefing_agrees(self, word: str, variant: str) -> bool:
        """Does the briefing's word the fuzzy search would mend ``word`` to, if any, agree
        with the ``variant`` a key away? "деклрацию" is "декларации" to the search, and the
        briefing's word is what was meant, whatever word a key away the dictionary holds
        ("декорацию"). Remembered for ``_fuzzy``."""
        lemma = self.morphology.lemma(word)
        remembered = self._fuzzy_hits.get((word, lemma))
        if remembered is None:
            remembered = (self._search(word, lemma),)
            self._fuzzy_hits.put((word, lemma), remembered)
        hit = remembered[0]
        return hit is None or hit[1] == (
            self.index.surface.get(variant) or self.morphology.lemma(variant)
        )

    def _dictionary_slip(self, word: str) -> str | None:
        """The one dictionary word ``word`` (a word no dictionary knows) is with two
        neighbouring letters swapped, else with one letter put back ("втсупит": "вступит",
        "савнению": "сравнению"), when all such words are forms of one lemma; else None.
        The commonest slips of a hurried hand, and in a longer word two real words that
        close are rare: mended before the question is read, a verb of the future ("вступит
        ли"), a word of the frame or of the subject reads as typed right, not as an unknown
        word the frame misses or a word of the briefing repaired at a lower weight.
        Remembered per word: a letter put back costs a look-up per letter and place."""
        known = self._dictionary_slips.get(word)
        if known is None:
            is_known = self.morphology.is_known_russian
            found = {variant for variant in _swaps(word) if is_known(variant)}
            if not found:
                found = {
                    variant
                    for at in range(1, len(word) + 1)
                    for letter in _LETTERS
                    if is_known(variant := word[:at] + letter + word[at:])
                }
            lemmas = {self.morphology.lemma(variant) for variant in found}
            known = (min(found),) if len(lemmas) == 1 else ()
            self._dictionary_slips.put(word, known)
        return known[0] if known else None

    def _briefing_finds_none(self, word: str) -> bool:
        """Does the fuzzy search find no word of the briefing in ``word``? Remembered for
        ``_fuzzy``, as ``_briefing_agrees`` remembers it."""
        lemma = self.morphology.lemma(word)
        remembered = self._fuzzy_hits.get((word, lemma))
        if remembered is None:
            remembered = (self._search(word, lemma),)
            self._fuzzy_hits.put((word, lemma), remembered)
        return remembered[0] is None

    def _key_slips(self, word: str) -> set[str]:
        """The words ``word`` is with one letter typed on the key beside the one meant
        ("прогнрзу": "прогнозу", "заклюсены": "заключены") that the briefing, a question's
        frame or the dictionary knows: ``_respelt`` reads the word as the one such word, and
        as typed when there are two (a longer word only: in a short one a changed letter
        makes another word too often). A look-up per letter's neighbour, for a word no
        dictionary knows only."""
        return {
            variant
            for at in range(len(word))
            for letter in key_neighbours(word[at])
            if self._familiar(variant := word[:at] + letter + word[at + 1 :])
            or self.morphology.is_known_russian(variant)
        }

    def _rare_word_short(self, word: str, following: str = "") -> str:
        """A short word the dictionary knows only as a rare kind of word — a noun that never
        declines (a borrowing: "тако", "каки"), a first name or surname ("алив", "алие") or
        an abbreviation ("этоо") — read as the one word of the briefing or of a question's
        frame it is with a letter left out ("такой", "алиев", "этого"); else as typed. A
        common word ("межу", "сумы", "кода") may be what was meant, and stays; so does one
        the briefing or the frame uses itself, or one a letter short of two such words
        ("каки": "какие", "каким", "каких") — unless they are forms of one word and one of
        them is the word itself ("тако": "такой", "такое": "такой"), or one only agrees with
        the ``following`` noun.

        Any word but the frame's, typed before a noun it cannot go with where a form of a
        stop or frame word a letter longer agrees with that noun, is that form: "в како
        городе" is "в каком городе", "до како суммы" "до какой суммы" — the dictionary's
        "како" (a conjunction of old texts) is no word to put before a noun."""
        if not _SHORTEST_RARE_SLIP <= len(word) <= _SHORT_RESPELT or self._familiar(word):
            return word
        found = self._letter_short().get(word, frozenset())
        if not _only_a_rare_word(word):
            agreeing = [
                form
                for form in sorted(found)
                if (is_stop(form) or form in FRAMING_FORMS) and _agrees_with(form, following)
            ]
            if len(agreeing) == 1 and not _agrees_with(word, following):
                return agreeing[0]
            return word
        if len(found) == 1:
            return next(iter(found))
        lemmas = {self.morphology.lemma(form) for form in found}
        if len(lemmas) == 1 and (lemma := lemmas.pop()) in found:
            return lemma
        # "тако решение": "такое", the form agreeing with its noun
        agreeing = [form for form in sorted(found) if _agrees_with(form, following)]
        return agreeing[0] if len(agreeing) == 1 else word

    def _letter_short(self) -> dict[str, frozenset[str]]:
        """The ``_familiar`` words (the briefing's, stop and frame words of more than
        ``_SHORTEST_RESPELT`` letters) by each way of typing them a letter short: ``_respelt``
        looks a slip up here instead of trying every letter everywhere. Built on the first
        slip (a message without one never pays for it)."""
        if self._short_by_slip is None:
            found: dict[str, set[str]] = defaultdict(set)
            words = {*self.index.surface, *RUSSIAN_STOP, *FRAMING_FORMS}
            for word in words:
                if len(word) > _SHORTEST_RESPELT and is_cyrillic(word):
                    for at in range(len(word)):
                        found[word[:at] + word[at + 1 :]].add(word)
            self._short_by_slip = {slip: frozenset(full) for slip, full in found.items()}
        return self._short_by_slip

    def _mistyped_familiar(self, word: str) -> bool:
        """Is ``word`` one letter changed from a ``_familiar`` word ("межжу": "между")?
        Remembered per word, as ``_other_slip`` is."""
        known = self._mistyped.get(word)
        if known is None:
            known = any(
                self._familiar(word[:at] + letter + word[at + 1 :])
                for at in range(len(word))
                for letter in _LETTERS
                if letter != word[at]
            )
            self._mistyped.put(word, known)
        return known

    def _familiar(self, word: str) -> bool:
        """A word the briefing writes, a stop word or one framing a question (no dictionary
        look-up: ``_mistyped_familiar`` asks this of every letter changed anywhere). One look
        in the three sets joined (``_familiar_set``); a word with a dash may be a pronoun
        made indefinite ("кто-то"), which ``is_stop`` reads by its parts."""
        return word in self._familiar_set() or ("-" in word and is_stop(word))

    def _familiar_or_number(self, word: str) -> bool:
        """``_familiar``, or a Russian number word ("шнсти": "шести"): the briefing writes
        its numbers in digits ("6"), so their words are none of its own, yet a question
        naming one names the briefing's figure — a key slip of it is mended as of its words."""
        return self._familiar(word) or word in RUSSIAN_CARDINALS

    def _familiar_set(self) -> frozenset[str]:
        """The briefing's word forms, the stop words and the frame words in one set, joined
        on the first look (a few thousand words; ``_mistyped_familiar`` and ``_other_slip``
        look up some 300 variants of each unknown word)."""
        if self._familiar_words is None:
            self._familiar_words = frozenset(
                {*self.index.surface, *RUSSIAN_STOP, *ENGLISH_STOP, *FRAMING_FORMS}
            )
        return self._familiar_words

    def _whole_word(self, word: str) -> bool:
        """``_is_whole_word``, remembered (every question's every word is asked, most of
        them again in the next question)."""
        known = self._whole_words.get(word)
        if known is None:
            known = self._is_whole_word(word)
            self._whole_words.put(word, known)
        return known

    def _is_whole_word(self, word: str) -> bool:
        """A word as it stands, for ``_respaced``: one or two letters only as a stop word
        ("в", "из"; the dictionary knows "вс", "тв" as abbreviations, no slip makes one of
        those), a longer one the briefing's, a stop word, a dictionary word or a form of a
        briefing's word the dictionary does not hold ("тусупбекову": no "тусупбеков усам")."""
        if len(word) <= _ABBREVIATION:
            # a state's short form ("кз аз" is no "к заз")
            return is_stop(word) or self._state_short(word) is not None
        return self._known_as_is(word) or self.morphology.lemma(word) in self.index.idf

    def _preamble_terms(
        self,
        preamble: list[str],
        spent: Spent,
        *,
        full: bool,
        capitalised: frozenset[str] | set[str] = frozenset(),
    ) -> list[Term]:
        """The terms of the statements before a question (``preambles``): each weighing a
        share (``Tuning.preamble``) of what it would in the question — all of it when the
        question itself names too little to be about anything (``full``) — and none a named
        thing the article must explain: a newsletter or a colleague mentioned in passing is
        no subject the question asks about, nor reason to say the article lacks it."""
        share = 1.0 if full else self.tuning.preamble
        terms: list[Term] = []
        # "один из экспертов сказал, что …", "в целом", "стоит добавить" (should, no price):
        # how the scene is told, as in a question
        fillers = filler_positions(preamble) | modal_positions(preamble)
        # "Huseynov's closing assessment: …": which passage of his, not what about
        fillers |= closing_positions(preamble, self._names_someone)
        for at, word in enumerate(preamble):
            if at in fillers:
                continue
            if word[0].isdigit():
                terms.append(Term(word, word, 1.0, self._weight(word) * share))
                continue
            if is_stop(word) or word in WHO_WORDS or word in COUNT_WORDS or word in CUE_NOUNS:
                continue
            for typed, word_lemma, similarity in self._resolve_word(word, spent):
                if is_stop(word_lemma):
                    continue
                if similarity <= 0:
                    if full and (typed in capitalised or is_proper_name(typed)):
                        # "Макрон тоже высказался о визите. Что он сказал?": the scene is the
                        # subject, and who or what it names the article must name too
                        terms.append(
                            Term(typed, word_lemma, 0.0, self._weight(word_lemma), True, True)
                        )
                    continue
                if self._misread_aside(typed, similarity):
                    continue
                weight = self._weight(word_lemma) * informativeness(word_lemma) * share
                terms.append(Term(typed, word_lemma, similarity, weight))
        return terms

    def _misread_aside(self, typed: str, similarity: float) -> bool:
        """Is a scene's word one the dictionary knows as written, read as another word of the
        briefing only by a repair ("для подводки к интервью": "интервью" is no typo of
        "интерес")? The scene tells why the reader asks, in words of his own: a repair that
        turns one into the briefing's word invents a subject he never named."""
        return (
            0 < similarity < 1
            and typed not in self.index.surface
            and self._is_real_word(typed, is_latin(typed))
        )

    def _rejoined(self, words: list[str]) -> list[str]:
        """A compound typed as two words ("trans caspian", "inter parliamentary") read as the
        briefing's one word ("trans-caspian"): a half the briefing never writes alone names
        nothing, and the whole is a word it does write."""
        result: list[str] = []
        at = 0
        while at < len(words):
            if at + 1 < len(words):
                first, second = words[at], words[at + 1]
                whole = next(
                    (
                        joined
                        for joined in (f"{first}-{second}", first + second)
                        if joined in self.index.surface
                    ),
                    None,
                )
                if (
                    whole is not None
                    and not (first[0].isdigit() or second[0].isdigit())
                    and not (is_stop(first) or is_stop(second))
                    and (first not in self.index.surface or second not in self.index.surface)
                ):
                    result.append(whole)
                    at += 2
                    continue
            result.append(words[at])
            at += 1
        return result

    def _translit_respelt(self, words: list[str]) -> list[str]:
        """A transliteration's words with the letters it guessed wrong put right: a ь it
        dropped ("byt" is "быть", a question word, not "быт"; "dalshe" is "дальше", no name
        of a girl the dictionary guesses, "Даша"), щ, сч, х, ж typed as "sh", "sch", "x", "j",
        vowels typed as "ia" and "ye" (``_vowels_read``), an infinitive whose ь it lost, and
        a question word a Latin key off (``translit_slip_meant``)."""
        words = [w + "ь" if not is_stop(w) and is_stop(w + "ь") else w for w in words]
        # "eto", "etom", "etot": э typed "e" — a dictionary guesses "ето" a word of its own
        words = [
            "э" + w[1:] if w.startswith("е") and "э" + w[1:] in DEMONSTRATIVES else w for w in words
        ]
        # "bi", "chtobi", "bilo": ы typed as "i" in a word that frames a question
        words = [_yery_stop(w) for w in words]
        words = [
            self._reflexive(
                self._soft_signed(
                    self._misread(
                        self._vowels_read(
                            self._zhe(self._kha(self._shcha(self._adjective_ending(w))))
                        )
                    )
                )
            )
            for w in words
        ]
        words = [_lost_infinitive(words, at) for at in range(len(words))]
        # a question word or the word deciding the kind a Latin key off ("gdr", "ktk",
        # "stoot"): the word meant, which the reading asks as typed right
        return [translit_slip_meant(w) or w for w in words]

    def _reflexive(self, word: str) -> str:
        """A transliterated verb whose reflexive ending was typed as it sounds, "-tsa" ("esli
        vlozhatsa": "вложатся", "nado dogovoritsa": "договориться") — read "-ца" — or
        "-tsia" ("vkladyvatsia", "dostavlyayutsia") — read "-ця" — put
        right when no dictionary knows the word as typed and a Russian verb comes of it."""
        if (
            not word.endswith(("ца", "ця"))
            or len(word) < _SHORTEST_REFLEXIVE
            or word in self.index.surface
            or is_stop(word)
            or self.morphology.is_known_russian(word)
        ):
            return word
        for ending in ("тся", "ться"):
            variant = word[:-2] + ending
            if self.morphology.is_known_russian(variant):
                return variant
        return word

    def _misread(self, word: str) -> str:
        """A transliterated word no dictionary knows whose letters were typed as people type
        them, not as the transliteration reads them: ы typed "i" ("vyskazival" → "вискизивал"
        → "высказывал", "novih" → "новых"), й typed "i" after a vowel before a consonant
        ("seichas" → "сеичас" → "сейчас"), ц typed "tc" ("registratcii" → "регистрации"),
        я, ю, е typed "ja", "ju", "je" after a vowel ("ideja" → "идейа" → "идея"),
        э typed "e" at the start ("eto", "ekspert" → "это", "эксперт"), ъ left out after a
        prefix ("obem" → "обем" → "объем"). Read so when that makes a Russian word that is
        no name only; else the word as it stands."""
        if not is_cyrillic(word) or self._known_as_is(word):
            return word
        found = [
            self._guessed_as(word, read, meant, after=after) for read, meant, after in _MISREAD
        ]
        if word.startswith("е"):
            found.append("э" + word[1:])
        found += [
            word[:at] + "ъ" + word[at:]
            for at in range(2, len(word) - 1)
            if word[at] in _IOTATED and word[at - 1] not in _VOWELS_RU
        ]
        return next(
            (
                variant
                for variant in found
                if variant != word
                and (
                    variant in self.index.surface
                    or is_stop(variant)
                    or (
                        self.morphology.is_known_russian(variant)
                        and not _only_a_personal_name(variant)
                    )
                )
            ),
            word,
        )

    def _vowels_read(self, word: str) -> str:
        """A transliterated word no dictionary knows whose vowels the transliteration read
        wrong, as people type them: "ia" read as я where it was и and а ("spetsialist" →
        "спецялист" → "специалист"), a closing "ye" after a consonant read as е where it was
        ы and е ("pryamye" → "пряме" → "прямые"); read so when that makes a Russian word no
        name only ("приаме" is no Priam's). Else the word as it stands."""
        if (
            word in self.index.surface
            or is_stop(word)
            or self.morphology.is_known_russian(word)
            or not is_cyrillic(word)
        ):
            return word
        variants = [word[:at] + "иа" + word[at + 1 :] for at, c in enumerate(word) if c == "я"]
        if len(word) > 2 and word[-1] == "е" and word[-2] not in _VOWELS_RU:
            variants.append(word[:-1] + "ые")
        return next(
            (
                variant
                for variant in variants
                if variant in self.index.surface
                or is_stop(variant)
                or (
                    self.morphology.is_known_russian(variant) and not _only_a_personal_name(variant)
                )
            ),
            word,
        )

    def _soft_signed(self, word: str) -> str:
        """A transliterated word no dictionary knows, with the ь transliteration dropped put
        back after a consonant before another consonant or at the end ("далше" → "дальше",
        "болше" → "больше"), when that makes a word the briefing does not use; else the word
        as it stands. (The briefing's own words, "централную", are repaired as every slip
        is, ``_resolve``; before a vowel, ``_soft_sign_variants`` finds them.) A counting word
        comes back even from a dictionary word: "do skolki" is "до скольки", not "сколка"; so
        does a word denying a deed can be done, which the rules reading a why-not read as
        typed: "pochemu nelzya sokratit" is "почему нельзя", whatever the briefing's words."""
        counting = self._soft_sign_put(
            word, lambda variant: variant in COUNT_WORDS or variant in CANNOT
        )
        if counting is not None:
            return counting
        if (
            not is_cyrillic(word)
            or word in self.index.surface
            or is_stop(word)
            or self.morphology.is_known_russian(word)
        ):
            return word
        for at in range(1, len(word) + 1):
            if word[at - 1] in _SOFTENED and (at == len(word) or word[at] not in _VOWELS_RU):
                variant = word[:at] + "ь" + word[at:]
                if self.morphology.is_known_russian(variant):
                    return word if self._known(variant) else variant
        return word

    def _adjective_ending(self, word: str) -> str:
        """A transliterated word no dictionary knows whose closing "ii" stood for -ий, as
        people type an adjective's ending ("poslednii" → "последнии" → "последний";
        "tekushii" → "текущий", its "sh" a щ too), read so when that makes a Russian word;
        else the word as it stands ("Turcii" is "Турции", a word as typed)."""
        if len(word) <= _SHORTEST_II or not word.endswith("ии") or self._known_as_is(word):
            return word
        meant = word[:-2] + "ий"
        if self._known_as_is(meant):
            return meant
        found = self._shcha(meant)
        return found if found != meant else word

    @staticmethod
    def _soft_sign_put(word: str, wanted: Callable[[str], bool]) -> str | None:
        """``word`` with a ь put back after a consonant, before a consonant or at the end,
        the first way ``wanted`` takes; None when no way is."""
        if not is_cyrillic(word):
            return None
        for at in range(1, len(word) + 1):
            if word[at - 1] in _SOFTENED and (at == len(word) or word[at] not in _VOWELS_RU):
                variant = word[:at] + "ь" + word[at:]
                if wanted(variant):
                    return variant
        return None

    def _shcha(self, word: str) -> str:
        """A transliterated word no dictionary knows whose "sh" stood for щ, as people type it
        ("eshe" → "еше" → "еще", "obshee" → "общее"), or whose "sch" (read as щ) stood for
        сч ("naschet" → "нащет" → "насчет"), read so when that makes a Russian word; else
        the word as it stands (``_guessed_as``)."""
        found = self._guessed_as(word, "ш", "щ")
        return found if found != word else self._guessed_as(word, "щ", "сч")

    def _kha(self, word: str) -> str:
        """A transliterated word no dictionary knows whose "x" stood for х, as people type it
        ("dvux" → "двукс" → "двух", "kazaxstan" → "казахстан"; the transliteration reads x as
        кс, the "ks" of "eksport"), read with х when that makes a Russian word; else the
        word as it stands (``_guessed_as``). Only after a vowel: an x after a consonant is
        rare, a "ks" there common ("talks" is no "талх")."""
        found = self._guessed_as(word, "кс", "х", after=_VOWELS_RU)
        if found != word or "кс" not in word or self._known_as_is(word):
            return found
        # after a consonant, into the briefing's own word only, with the ь its "'" dropped
        # ("ilxam" → "илксам" → "ильхам"): a name no dictionary holds is no "talks"
        meant = word.replace("кс", "х")
        return next((v for v in (meant, *_soft_signs(meant)) if v in self.index.surface), word)

    def _zhe(self, word: str) -> str:
        """A transliterated word no dictionary knows whose "j" stood for ж, as people type it
        ("ojidaet" → "ойидает" → "ожидает"; "jelezka" → "елезка" → "железка", its "je" read
        as е), read with ж when that makes a Russian word or a stop word; a rare word of the
        dictionary too when ж makes a word framing a question ("mojno" → "мойно" → "можно");
        else the word as it stands (``_guessed_as``)."""
        found = self._guessed_as(word, "й", "ж")
        if found != word:
            return found
        if "й" in word and not (word in self.index.surface or is_stop(word)):
            # a rare dictionary word ("мойно") whose ж makes a word framing a question
            meant = word.replace("й", "ж")
            if is_stop(meant) or is_frame_word(meant):
                return meant
        if self._known_as_is(word):
            return word
        if word.startswith("е") and self.morphology.is_known_russian("ж" + word):
            return "ж" + word
        return self._zhe_before_vowel(word)

    def _zhe_before_vowel(self, word: str) -> str:
        """A transliterated word no dictionary knows whose "j" before a vowel stood for ж
        and was read, with the vowel, as one iotated letter ("uje" → "уе" → "уже",
        "pojaluysta" → "поялуйста" → "пожалуйста", "jurnal" → "юрнал" → "журнал"): read so
        when exactly one such spot makes a Russian word, a stop word or the briefing's word
        that is no name only; else the word as it stands."""
        found = {
            variant
            for at, letter in enumerate(word)
            if letter in _IOTATED_AFTER_ZHE
            for variant in (word[:at] + "ж" + _IOTATED_AFTER_ZHE[letter] + word[at + 1 :],)
            if variant in self.index.surface
            or is_stop(variant)
            or (self.morphology.is_known_russian(variant) and not _only_a_personal_name(variant))
        }
        return found.pop() if len(found) == 1 else word

    @staticmethod
    def _keyword_detail(words: list[str], read: str, *, specifics_aside: bool) -> str | None:
        """The thing whose specifics a message of keywords asks (``keyword_detail``), the
        request for them read where the asker typed it: blanked as an aside after a comma,
        a colon or a dash ("trade barriers, specifics?", "AI agreement - details pls"), it
        still asks them of the last keyword — which the words read must still hold."""
        keyword = keyword_detail(tuple(words))
        if keyword is None and specifics_aside:
            keyword = keyword_detail(tuple(tokens(read)))
            if keyword not in words:
                return None
        return keyword

    def _guessed_as(self, word: str, read: str, meant: str, after: str = "") -> str:
        """``word`` with the letters ``read`` a transliteration guessed taken as ``meant``
        instead, when the word is no word as it stands and that makes a Russian word or a
        stop word: every spot at once, then each alone ("шёлковый" keeps its ш); with
        ``after``, only the spots after one of those letters."""
        if (
            read not in word
            or word in self.index.surface
            or is_stop(word)
            or self.morphology.is_known_russian(word)
        ):
            return word
        spots = [
            at
            for at in range(len(word))
            if word.startswith(read, at) and (not after or (at and word[at - 1] in after))
        ]
        if not spots:
            return word
        variants = ["".join(_replaced_at(word, spots, read, meant))] + [
            word[:at] + meant + word[at + len(read) :] for at in spots
        ]
        for variant in variants:
            if (
                variant in self.index.surface
                or is_stop(variant)
                or self.morphology.is_known_russian(variant)
            ):
                return variant
        return word

    def _unit_after_amount(self, words: list[str], at: int, spent: Spent) -> str | None:
        """The briefing's unit of measure (lemma) a dictionary word right after an amount is
        a slip of ("сколько тон", "5 млн тон": "тонн"): there it counts, as "задавать тон"
        does not. None elsewhere, or when no spelling of it is such a unit."""
        word = words[at]
        if at == 0 or not is_cyrillic(word) or not self.morphology.is_known_russian(word):
            return None
        before = words[at - 1]
        amount = before[0].isdigit() or before in COUNT_WORDS or before in SCALE_WORDS
        # "какой объём перевозок в тонах", "сколько это в тонах": the unit an amount asked is
        # wanted in ("в резких тонах", asking no amount, stays a tone)
        amount = amount or (before in IN_UNIT and _asks_amount(words))
        if not amount and before.isalpha() and is_cyrillic(before):
            read = self._resolve_word(before, spent)
            amount = any(lemma in SCALE_WORDS and sim > 0 for _, lemma, sim in read)
        if not amount:
            return None
        # "тонах": a double letter typed once in a form with an ending ("тоннах")
        doubled = [
            word[: i + 1] + word[i:] for i in range(1, len(word)) if word[i] not in _VOWELS_RU
        ]
        for variant in (*_spelling_variants(word), *doubled):
            lemma = self.index.surface.get(variant)
            if lemma in MEASURE_UNITS and lemma in self.index.idf:
                return lemma
        return None

    def _clipped_modifier(self, words: list[str], at: int) -> str | None:
        """The briefing's adjective a dictionary word is the clipped head of, read from the
        word after it: "сред коридор" is the briefing's "средний коридор", though "сред" is
        a form of "среда" (which the briefing never says) — so ``_clipped``, which leaves a
        known word alone, cannot tell it alone. Chats clip a modifier before its noun
        ("сред", "гос", "междунар"); the pair the briefing writes (``bigram_idf``) tells
        which long word it is. None unless the word's own lemma is no word of the briefing
        and the adjectives so paired with the next word are of one family."""
        word = words[at]
        if at + 1 >= len(words) or len(word) < _SHORTEST_CLIPPED_MODIFIER:
            return None
        if not is_cyrillic(word) or is_stop(word) or not self.morphology.is_known_russian(word):
            return None
        if self.morphology.lemma(word) in self.index.idf:
            return None
        after = words[at + 1]
        noun = self.index.surface.get(after) or self.morphology.lemma(after)
        found = [
            lemma
            for lemma in _starting(self._long_lemmas(), word)
            if len(lemma) > len(word) and f"{lemma} {noun}" in self.index.bigram_idf
        ]
        if not found or not all(kin(found[0], other) for other in found[1:]):
            return None
        # of one family ("средний", "среднее"): the one the briefing pairs with it most
        return min(found, key=lambda lemma: (self.index.bigram_idf[f"{lemma} {noun}"], lemma))

    def _place_named_generically(self, words: list[str], at: int) -> bool:
        """ "В каком городе он выступал, там в тексте названо место?", "where did he speak,
        which location": the word "место" in a question already asking for a place names what
        is asked, not a thing the passage must hold — when the briefing never writes it. ("Какое
        место занимает Казахстан" asks no place: a rank, the word kept.)"""
        word = words[at]
        return (
            self.morphology.lemma(word) in GENERIC_PLACE_NOUNS
            and self._unused(word)
            and AnswerType.PLACE in asked_types(tuple(words))
        )

    def _unit_asked_unused(self, words: list[str], at: int) -> bool:
        """Is ``words[at]`` a unit of measure (``MEASURE_UNITS``) the briefing never uses,
        right after a counting word ("сколько баррелей", "how many barrels") or after "в" in
        a question asking an amount ("сколько нефти, в кубометрах")? It asks the kind of
        amount, as "в каком городе" asks the kind of place: no word of the subject."""
        word = words[at]
        if at == 0 or not word.isalpha() or not self._unused(word):
            return False
        if self.morphology.lemma(word) in SHARE_UNITS or english_stem(word) in SHARE_UNITS:
            return False  # "на сколько процентов вырос": a share, a figure of its own
        before = words[at - 1]
        if is_latin(word):
            # "tons": the briefing's "tonnes", and its "тонн" — a unit it does use
            unit = ENGLISH_UNITS.get(english_stem(word))
            return unit is not None and unit not in self.index.idf and before in ("many", "much")
        if self.morphology.lemma(word) not in MEASURE_UNITS:
            return False
        return before in COUNT_WORDS or (before in IN_UNIT and _asks_amount(words))

    def _unused(self, word: str) -> bool:
        """A word the briefing never uses, in any form."""
        return word not in self.index.surface and self.morphology.lemma(word) not in self.index.idf

    def _swapped(self, word: str) -> Resolved | None:
        """A short dictionary word the briefing never uses that is exactly one of its words
        with two neighbouring letters swapped ("старн": "стран"): the commonest slip of all,
        and two real words so alike are rare — unlike a letter changed ("стоить", "строить")
        or left out, which is why short dictionary words are otherwise taken as typed."""
        if len(word) < _SHORTEST_SWAP or self._known(word):
            return None
        surface = self.index.surface
        found = {
            surface[variant]
            for at in range(len(word) - 1)
            if word[at] != word[at + 1]
            and (variant := word[:at] + word[at + 1] + word[at] + word[at + 2 :]) in surface
            and surface[variant] in self.index.idf
            and not is_stop(surface[variant])
        }
        if len(found) != 1:
            return None
        return (word, found.pop(), self.tuning.slip_repair)

    def _unused_generic(self, word: str) -> bool:
        """A verb saying nothing of the relation (``GENERIC_PREDICATES``: "проходить",
        "состояться") that the briefing never uses: "где проходил визит" asks where the visit
        was, and weighing the verb as a word of the subject the article fails to explain
        sinks every passage on the visit."""
        lemma = self.morphology.lemma(word) if is_cyrillic(word) else ""
        # a verb of hindering ("тормозит") asks for the obstacle, which a passage must name
        return lemma in GENERIC_PREDICATES and not names_filler(lemma) and self._unused(word)

    def _holds_event(self, words: list[str], at: int) -> bool:
        """Is ``words[at]`` a verb of holding an event the briefing never uses, beside an event
        it names ("торжественную встречу в каком городе устроили", "где организовали
        переговоры")? It says only that the event took place, as "проходила" does: weighed
        as a word of the subject (and asked as a relation) it sank the passage telling the
        event. Not in a question asking who held it ("кто организовал встречу"): the
        organiser is a fact of his own."""
        word = words[at]
        if not is_cyrillic(word) or not self._unused(word):
            return False
        if self.morphology.lemma(word) not in EVENT_HOLDING_VERBS:
            return False
        if any(w in WHO_WORDS for w in words):
            return False
        near = words[max(0, at - EVENT_HOLDING_REACH) : at + EVENT_HOLDING_REACH + 1]
        return any(
            is_cyrillic(w) and self.morphology.lemma(w) in HELD_EVENTS and self._known(w)
            for w in near
        )

    def _unused_auxiliary(self, words: list[str], at: int) -> bool:
        """An auxiliary of intent the briefing never uses, governing an infinitive
        ("через какое море собираются возить грузы", ``auxiliary_at``): how the question
        asks about the infinitive, as "будут" is — weighed as a word of the subject the
        article fails to explain, it sank the passage on the ferries. (One the briefing
        uses, "намерены играть роль", stays: a passage may say it.)"""
        return self._unused(words[at]) and auxiliary_at(tuple(words), at)

    def _known(self, word: str) -> bool:
        """A word the briefing uses, as typed or by its lemma."""
        return word in self.index.surface or self.morphology.lemma(word) in self.index.idf

    def _qualified_not_placed(
        self, asks: tuple[AnswerType, ...], words: list[str]
    ) -> tuple[AnswerType, ...]:
        """The kinds asked, without a place read only from a noun after "в/на какой" that the
        articles write qualified ("в какую инфраструктуру нужны инвестиции": "в железнодорожную
        инфраструктуру", ``qualified_nouns``): which of that thing is asked — the article's
        qualifier of it, a fact — not where. A noun they never write so ("в каком здании",
        "в каком центре": only "в центре внимания") stays a place asked, which the article
        may lack (``place_only_by_which_noun``). A noun that may stand in the locative ("в какой
        сети опубликовал пост": "в социальной сети X") tells where, whatever the article
        writes before it; only a noun "в" governs as "into" ("в какую инфраструктуру") is not."""
        if AnswerType.PLACE not in asks:
            return asks
        nouns = place_only_by_which_noun(words)
        if not nouns or not all(self.morphology.lemma(n) in self._qualified for n in nouns):
            return asks
        if any(_may_be_locative(n) for n in nouns):
            return asks
        return tuple(kind for kind in asks if kind is not AnswerType.PLACE)

    def _expert_asked_at(self, words: list[str], at: int) -> bool:
        """ "which expert said …", "какой эксперт говорил …": a noun of the experts right
        after an interrogative, with a subject after it — the kind of person asked, not what
        he spoke of (after "about", "про", or a verb of mentioning). Not "which experts are
        there" (nothing asked of them: their list)."""
        return (
            at > 0
            and words[at - 1] in INTERROGATIVES
            and self.morphology.lemma(words[at]) in EXPERT_LEMMAS
            and any(w in TOPIC_PREPOSITIONS or w in MENTIONING_EN for w in words[at + 1 :])
        )

    def _kind_of_place_known(self, words: list[str], at: int) -> bool:
        """ "в каком городе", "which city": a noun naming the kind of place asked for, after
        a question word, that the briefing itself uses (in its phrasings: "в каком городе
        проходила встреча"). It says what kind of name answers, so no passage must explain
        it; but one saying it was written to answer such a question."""
        return (
            at > 0
            and words[at - 1] in INTERROGATIVES
            and names_kind_of_place(words[at])
            and self._known(words[at])
        )

    def _kind_of_answer(self, words: list[str], at: int) -> bool:
        """ "через какое море", "в какой стране": a generic noun right after an interrogative
        says what kind of name answers, a kind noun ("какой статус у визита") that its
        qualifier does; one the briefing never uses ("море": the article says
        "Каспий") is no word of the subject, and weighing it as one sinks the answer."""
        word = words[at]
        after_question = at > 0 and words[at - 1] in INTERROGATIVES
        if self._rank_at(words, at):
            # "какое место занимает Казахстан": a rank, which a name answers not — a word of
            # the subject where the briefing writes it; else a detail it lacks (``ranks``
            # below), weighing nothing against the passages on what is ranked
            return self._unused(word)
        if after_question and names_kind_of_place(word):
            return True  # "какого региона": the region's name answers, known word or not
        if elided_place_at(words, at):
            return True  # "через море? Через какое именно?": the same, its noun said before
        if self._place_named_generically(words, at):
            return True  # "в каком городе …, там названо место?": the place asked, no subject
        if word in PLACE_KIND_NOUNS_EN and (
            after_question
            or words[at + 1 : at + 2] == ["where"]
            or (at == len(words) - 1 and keywords_ending_in_place(words))
        ):
            # "in which city", "the capital where", "tokaev speech city": its name answers,
            # even where the briefing writes "city" too — weighed as a word of the subject,
            # it sank the passage naming the city without that word
            return True
        # "кто из экспертов сказал …", "which of the experts said …": one of them is asked for
        among = _picked_among(words, at)
        # "(could you identify) the commentator who addressed …": which one is asked
        relative = at <= 1 and words[:at] in ([], ["the"]) and words[at + 1 : at + 2] == ["who"]
        if (after_question or among or relative) and self._asks_which_expert(words, at):
            return True  # "which expert suggested …": the expert's name answers
        if duration_noun(words, at):
            return True  # "на какой срок": a stretch of time answers, known word or not
        if figure_reached_at(words, at):
            return True  # "в какую цифру превратилась формула": a number answers
        if self._known(word):
            return False
        if word in KIND_NOUNS:
            # "какой статус у визита", "каков статус визита", "the status of the visit": its
            # qualifier answers
            return (at > 0 and words[at - 1] in _KIND_ASKING) or words[at + 1 : at + 2] in (
                ["у"],
                ["of"],
            )
        generic = generic_detail(word, self.morphology.lemma(word), words)
        return generic and (after_question or _heads_english_question(words, at))

    def _rank_at(self, words: list[str], at: int) -> bool:
        """Is ``words[at]`` the place one holds in a ranking — "место" with a verb of holding
        beside it ("какое место занимает Казахстан в торговле", "what place does Kazakhstan
        hold")? It asks a rank, no location: a word of the subject a passage must say, not
        the kind of name that answers."""
        word = words[at]
        lemma = english_stem(word) if is_latin(word) else self.morphology.lemma(word)
        if lemma not in RANK_NOUNS:
            return False
        near = words[max(0, at - _RANK_REACH) : at + 1 + _RANK_REACH]
        return any(
            (english_stem(w) if is_latin(w) else self.morphology.lemma(w)) in HOLDING_RANK
            for w in near
        )

    def _asks_which_expert(self, words: list[str], at: int) -> bool:
        """ "which expert suggested adding Turkey", "какой эксперт предложил …": after a
        question word, "expert" says who answers — one of the article's experts, who are
        seldom called so in their own passage — when the question names its subject in two
        words the briefing knows. Alone ("which experts are quoted") it is the subject."""
        word = words[at]
        lemma = english_stem(word) if is_latin(word) else self.morphology.lemma(word)
        if lemma not in EXPERT_LEMMAS and not names_any_expert(word):
            return False  # "expert", "the commentator": whoever the article quotes
        rest = [w for i, w in enumerate(words) if i != at and not is_stop(w) and self._known(w)]
        return len(rest) >= 2

    def _considered(self, text: str) -> list[str]:
        """The words of a reading the budget lets through, each cut to a word's length."""
        budget = self.tuning.budget
        return list(_budgeted_tokens(text, budget.max_words, budget.max_word_chars))

    def _framed(self, words: list[str], at: int) -> str:
        """A slip in a word that frames the question ("конда", "циата", "оносится") mended
        (``frame_words.mend``): an unknown word, or a known one opening the question (after
        a preposition at most: "до сколки") one keystroke from a question word ("конда" is a
        river, "сколки" a noun) — not after a question word ("какие суда": no "куда"). The
        briefing's words stay."""
        word = words[at]
        if is_stop(word) or word in self.index.surface or not is_cyrillic(word):
            return word
        after_which = mend_after_which(words, at)
        if after_which is not None:
            return after_which  # "в какой горд прибыл": "город", not "proud"
        mended = mend(word)
        if mended is None:
            return word
        # a question word already opened it ("какие суда нужны"): a second one is no slip
        opening = all(
            is_stop(before) and before not in OPENERS and before not in INTERROGATIVES
            for before in words[:at]
        )
        if self.morphology.is_known_russian(word) and not (opening and mended in OPENERS):
            return word
        return mended

    def _all_briefings(self, words: list[str]) -> bool:
        """Is every noun the briefing's own (as written or by its lemma)? One it lacks
        ("писал про тарифы") is a thing the article may not tell of."""
        return all(
            is_stop(w)
            or not w.isalpha()
            or w in self.index.surface
            or self.morphology.lemma(w) in self.index.idf
            or not any(p.tag.POS == "NOUN" for p in parse(w)[:1])
            for w in words
        )

    def _names_unknown(self, text: str) -> bool:
        """Does ``text`` name, with a capital inside a sentence, a thing the briefing never
        names ("Путин", "Макрон")?"""
        return any(
            word not in self.index.surface and self.morphology.lemma(word) not in self.index.idf
            for word in _capitalised_words(text)
        )

    def _known_as_is(self, word: str) -> bool:
        """A word the reading needs no repair for: the briefing's, a stop word, a number, or
        a dictionary word of its script."""
        return (
            word in self.index.surface
            or is_stop(word)
            or word[:1].isdigit()
            or self._is_real_word(word, is_latin(word))
        )

    def _is_real_word(self, word: str, latin: bool) -> bool:
        return word in ENGLISH_COMMON if latin else self.morphology.is_known_russian(word)

    def _relation(self, words: list[str], terms: list[Term]) -> Asked:
        """The question's predicate (``asked_relation``), read as the briefing's verb of the
        other aspect when the briefing has only that one ("обращалась" / "обратилась"), or as
        its verb of the same relation and root ("повезут" / "везти", ``_paraphrase``)."""
        relation = asked_relation(
            tuple(words),
            frozenset(
                t.typed
                for t in terms
                if t.similarity > 0 and t.similarity < 1 and not self._paraphrased(t)
            ),
        )
        verb = relation.verb
        if verb and any(
            self.morphology.lemma(words[at]) == verb and self._holds_event(words, at)
            for at in range(len(words))
        ):
            # "в каком городе устроили встречу": the meeting held, no relation of its own
            return replace(relation, verb=None)
        if verb and benefit_gotten(words, verb):
            # "какие выгоды получит Азербайджан": the benefit asked, the getting only how
            return replace(relation, verb=None)
        if verb and any(self.morphology.lemma(words[at]) == verb for at in reason_frame(words)):
            # "чем ОБЪЯСНЯЕТСЯ то, что …": the frame's verb asks the reason, as "почему"
            # does — no relation of the subject a passage must tell
            return replace(relation, verb=None)
        if verb and any(
            self.morphology.lemma(words[at]) == verb and not is_past_verb(words[at])
            for at in reaching_asked(words)
        ):
            # "товарооборот выйдет на какие цифры": how the level is asked, no going out; a
            # level already reached ("на какой уровень вышли отношения") keeps its verb, the
            # course a passage may tell ("на какой уровень выходят отношения")
            return replace(relation, verb=None)
        if verb and verb not in self.index.idf:
            partner = self._aspect_partner(verb) or self._paraphrase(verb)
            if partner is not None:
                return replace(relation, verb=partner)
            # "если проекты запустят": the briefing's word for it ("реализация"), as the
            # synonym reads the word among the terms
            synonym = self._russian_synonym(verb) if is_cyrillic(verb) else None
            if synonym is not None:
                return replace(relation, verb=synonym[0][1])
        return relation

    def _view_detail_dropped(self, relation: Asked, framing: frozenset[str]) -> Asked:
        """The relation without a detail that only frames the question as the expert's view
        ("каков взгляд Гусейнова на значение визита", "каково мнение Тусупбекова о
        декларации", "какова оценка Ишмухамедова …"): the noun (``framing``, lemmas) asks his
        words on the subject, which any of his passages on it gives — it is read out of the
        terms for that reason, and a passage need not say "взгляд" to answer."""
        detail = relation.detail
        if detail is None or not framing or not is_cyrillic(detail):
            return relation
        if self.morphology.lemma(detail) not in framing:
            return relation
        return replace(relation, detail=None)

    def _weight(self, word_lemma: str) -> float:
        return self.index.idf.get(word_lemma, self.index.unknown_idf)

    def _resolve_word(self, word: str, spent: Spent) -> list[Resolved]:
        """``_resolve`` within the question's budget, remembered per word.

        The word may use ``lookups_per_word`` look-ups, fewer when the question has fewer
        left; a search the question already made costs nothing again. A remembered
        resolution is used only when working it out again would give the same (its searches
        fit in what is left), and is charged those searches: the answer to a question never
        depends on the questions asked before it."""
        if word in spent.words:
            return spent.words[word]  # a repeated word costs nothing more
        question = spent.allowance
        if question.refused:  # the question's look-ups are spent: taken as typed
            return self._resolve(word, _Repairing(Allowance(0, refused=True), spent.searched))
        allowed = min(self.tuning.budget.lookups_per_word, question.left)
        remembered = self._repairs.get(word)
        if remembered is not None:
            resolved, trail = remembered
            new = set(trail) - spent.searched
            if 2 * len(new) <= allowed:  # working it out again would search no more
                count_cached()
                question.take(2 * len(new))
                spent.searched.update(new)
                spent.words[word] = resolved
                return resolved
        repairing = _Repairing(Allowance(allowed), spent.searched)
        resolved = self._resolve(word, repairing)
        question.take(repairing.allowance.used)
        if not repairing.allowance.refused:
            self._repairs.put(word, (resolved, tuple(repairing.trail)))
        elif allowed < self.tuning.budget.lookups_per_word:
            question.refused = True  # the question's limit, not the word's, said no
        spent.words[word] = resolved
        return resolved

    def _by_table(self, word: str) -> list[Resolved] | None:
        """An English word read by the tables, no search: its plainer synonym ("funding":
        "investment"), the country its adjective or code names ("Chinese", "kz") — when the
        briefing has that word."""
        if is_cyrillic(word):
            state = self._state_short(word)
            if state is not None:
                # "через АР": Азербайджанская Республика; "КЗ и АЗ", "азеры": as chats say it
                return [(word, state, 1.0)]
            return self._russian_synonym(word)
        if not is_latin(word):
            return None
        if word in ENGLISH_SYNONYMS:
            plainer = self.morphology.lemma(ENGLISH_SYNONYMS[word])
            if plainer in self.index.idf:
                return [(word, plainer, self.tuning.english_synonym)]
        country = country_of_adjective(word)
        if country is not None and country in self.index.idf:
            # "Chinese cargo" is cargo from China, "Turkish stance" Turkey's
            return [(word, country, self.tuning.english_synonym)]
        return None

    def _clipped(self, word: str, word_lemma: str) -> str | None:
        """The briefing's long word a question's word is a clipped part of, when the
        briefing has no word of its own for it, or uses it less: the tail of a compound, a
        noun after a word and the linking vowel ("оборот" of "товар-о-оборот", "ресурсы" of
        "энерго-ресурсы"; ``_compound_of``); or the head of a long word as chats clip it —
        a compound's first half the dictionary lists undeclined ("энерго": "энергетика",
        "инфра": "инфраструктура"), or no word at all, declined as a noun ("инфру",
        "инфре"), of one family only ("полит" is "политолог" and "политика" both: neither).
        A name's part is never read so."""
        if len(word_lemma) < _SHORTEST_CLIPPED or is_stop(word) or is_proper_name(word_lemma):
            return None
        # the lemma, or the word as typed where the compound's lemma is a plural
        # ("энергоресурсы": "ресурсы")
        compound = self._compound_of(word_lemma) or self._compound_of(word)
        if compound is not None:
            return compound
        if word_lemma in self.index.idf or not is_cyrillic(word):
            return None
        lemmas = self._long_lemmas()
        if word.endswith("о") and _compound_head(word):
            # a compound's first half ("энерго", "агро", "авто"): the commonest of its words
            found = [
                lemma
                for lemma in _starting(lemmas, word[:-1])
                if len(lemma) - len(word) >= _SHORTEST_CLIPPED - 2
            ]
            return min(found, key=lambda lemma: (self.index.idf[lemma], lemma), default=None)
        if is_known_russian(word):
            return None
        found = []  # no stem long enough ("е-ё" of a layout reading): nothing is clipped
        for stem in (word, word[:-1]) if word[-1] in _NOUN_ENDINGS else (word,):
            if len(stem) < _SHORTEST_CLIPPED:
                continue
            found = [
                lemma
                for lemma in _starting(lemmas, stem)
                if len(lemma) - len(stem) >= _SHORTEST_CLIPPED - 1
            ]
            if found:
                break
        if not found or not all(kin(found[0], other) for other in found[1:]):
            return None
        # of one family ("инфраструктура", "инфраструктурный"): its commonest word
        return min(found, key=lambda lemma: (self.index.idf[lemma], lemma))

    def _compound_of(self, word_lemma: str) -> str | None:
        """The briefing's compound ending in the noun ``word_lemma`` after a word and the
        linking vowel ("товар-о-оборот" for "оборот"), when the briefing uses the compound
        more than the noun itself (a topic's alias may say "торговый оборот"; the article
        says "товарооборот" throughout), and no other compound ends in it."""
        if self._compounds is None:
            tails: dict[str, list[str]] = defaultdict(list)
            for lemma in self._long_lemmas():
                for at in range(_SHORTEST_CLIPPED, len(lemma) - _SHORTEST_CLIPPED + 1):
                    if lemma[at - 1] in _LINKING_VOWELS:
                        tails[lemma[at:]].append(lemma)
            self._compounds = dict(tails)
        found = [
            compound
            for compound in self._compounds.get(word_lemma, ())
            if _word_before(compound[: -len(word_lemma)])
        ]
        if len(found) != 1 or not any(p.tag.POS == "NOUN" for p in parse(word_lemma)):
            return None
        own = self.index.idf.get(word_lemma)
        return found[0] if own is None or self.index.idf[found[0]] < own else None

    def _long_lemmas(self) -> list[str]:
        """The briefing's Cyrillic lemmas of five letters or more, sorted (``_kin``)."""
        if self._kin_lemmas is None:
            self._kin_lemmas = sorted(
                lemma for lemma in self.index.idf if len(lemma) >= 5 and is_cyrillic(lemma)
            )
        return self._kin_lemmas

    def _keyed_short(self, word: str) -> list[Resolved] | None:
        """A short Latin word typed on the wrong layout for an acronym of the briefing's or a
        state's short form ("VV": "мм", "JNU": "отг", "RP": "кз") — not a word, name or
        code of its own in Latin ("az", "kz", "ots" are read as they are)."""
        if word in self.index.surface or word in SHORT_NAMES:
            return None
        keyed = to_russian_layout(word)
        if not keyed.isalpha() or not is_cyrillic(keyed):
            return None
        if keyed in self._acronyms:
            return [(word, self.index.surface.get(keyed, keyed), self.tuning.translit_repair)]
        state = self._state_short(keyed)
        if state is not None:
            return [(word, state, self.tuning.translit_repair)]
        return None

    def _state_short(self, word: str) -> str | None:
        """The state a Cyrillic short form names ("АР", "КЗ", "аз", "азеров"), when the
        briefing names that state."""
        state = STATE_INITIALS.get(word) or STATE_SHORT_FORMS.get(word)
        if state is None and len(word) > _ABBREVIATION:
            # a nickname declined ("азеров": "азер", not the surname Азеров), by any reading;
            # a code is not declined ("азы" are the basics, no form of "аз")
            state = next(
                (
                    STATE_SHORT_FORMS[p.normal_form]
                    for p in parse(word)
                    if p.normal_form in STATE_SHORT_FORMS
                    and len(p.normal_form) > _SHORTEST_NICKNAME
                ),
                None,
            )
        return state if state is not None and state in self.index.idf else None

    def _briefings_item(self, lemma: str) -> str:
        """The kind of items a list asks for, as the briefing names it: "список отраслей"
        asks its "сферы" (``RUSSIAN_SYNONYMS``) when it never says "отрасль"."""
        plainer = RUSSIAN_SYNONYMS.get(lemma)
        if lemma not in self.index.idf and plainer is not None and plainer in self.index.idf:
            return plainer
        return lemma

    def _russian_synonym(self, word: str) -> list[Resolved] | None:
        """A Russian word of everyday speech read as the briefing's word for the same thing
        (``RUSSIAN_SYNONYMS``: "Поднебесной" is "Китай"), when the briefing has that word —
        by any reading of the word the dictionary gives: "подтянут" is first the short
        adjective "подтянутый" (fit), and the verb "подтянуть" (bring in) too."""
        plainer = RUSSIAN_SYNONYMS.get(self.morphology.lemma(word)) or next(
            (
                RUSSIAN_SYNONYMS[lemma]
                for p in parse(word)
                if (lemma := str(p.normal_form).replace("ё", "е")) in RUSSIAN_SYNONYMS
            ),
            None,
        )
        if plainer is not None and plainer in self.index.idf:
            return [(word, plainer, self.tuning.english_synonym)]
        return None

    def _resolve(self, word: str, repairing: _Repairing) -> list[Resolved]:
        """(typed, lemma, similarity) for a word: exact, split, transliterated or typo-repaired."""
        own_sense = self._own_plural(word)
        if own_sense is not None:
            return [own_sense]
        in_vocabulary = word in self.index.surface
        word_lemma = self.index.surface.get(word) or self.morphology.lemma(word)
        if in_vocabulary and word_lemma in self.index.idf:
            widest = self._widest_spelling.get(word_lemma)
            if widest is not None:  # "Gadzhiev": the "Hajiyev" the briefing writes
                return [(word, widest, 1.0)]
            compound = self._compound_of(word_lemma) if is_cyrillic(word) else None
            if compound is not None:  # "оборот": the article's "товарооборот"
                return [(word, compound, self.tuning.clipped)]
            return [(word, word_lemma, 1.0)]
        if not in_vocabulary:
            # The briefing's own words first: "статя" (typed for "статья") is also an old
            # dictionary form of "стать", but the user meant the word the briefing uses.
            for variant in _soft_sign_variants(word):
                if variant in self.index.surface:
                    return [(word, self.index.surface[variant], self.tuning.soft_sign_repair)]
            clipped_adjective = self._clipped_adjective(word)
            if clipped_adjective is not None:
                # "аграрку тоже обсуждали?": the briefing's "аграрная сфера", as speech clips it
                return [(word, clipped_adjective, self.tuning.clipped)]
        trusted = in_vocabulary or not is_cyrillic(word) or self.morphology.is_known_russian(word)
        if trusted and word_lemma in self.index.idf:
            return [(word, word_lemma, 1.0)]
        if trusted:
            # "обращалась" where the briefing says "обратилась": a verb of the other aspect
            # is the same word
            partner = self._aspect_partner(word_lemma)
            if partner is not None:
                return [(word, partner, 1.0)]
            same_country = self._country_adjective(word_lemma) if is_cyrillic(word) else None
            if same_country is not None:
                # "казахские степи" where the briefing says "казахстанский": one country's
                # adjective by its people's name, the same word in meaning
                return [(word, same_country, 1.0)]
            place = self._place_of_adjective(word_lemma) if is_cyrillic(word) else None
            if place is not None:
                # "каспийской переправе" where the briefing says "через Каспий": the place
                # its adjective names, explaining the word in part
                return [(word, place, self.tuning.kin_share)]
            family = self._kin(word_lemma) if is_cyrillic(word) else None
            if family is not None and (
                abs(len(family) - len(word_lemma)) <= _ENDING
                or family == _action_noun(word_lemma)
                or family in _verbs_of_bare_noun(word_lemma)
            ):
                # "равноправие" where the briefing says "равноправные", "регистрировать"
                # where it says "регистрация": its family's word, explaining it in part
                return [(word, family, self.tuning.kin_share)]
            paraphrase = self._paraphrase(word_lemma) if family is None else None
            if paraphrase is not None:
                # "приезжал" where the briefing says "приехал", "повезут" where it says
                # "перевозка": the relation in its words, explaining the verb in part
                return [(word, paraphrase, self.tuning.kin_share)]

        if repairing.allowance.refused:
            # past the budget: no repair — but a word the tables read (a synonym, a country's
            # adjective) costs no look-up, and a long question's last words need it most
            return self._by_table(word) or [(word, word_lemma, 0.0)]
        if "-" in word:
            parts = [p for p in word.split("-") if p]
            paired = self._paired_countries(parts)
            if paired is not None:
                return paired
            limit = self.tuning.budget.max_parts
            resolved = [r for p in parts[:limit] for r in self._resolve(p, repairing)]
            resolved += [(p, p, 0.0) for p in parts[limit:]]  # past the budget: as typed
            if any(sim > 0 for _, _, sim in resolved):
                return resolved
        named = self._name_keys.get(name_key(word)) if is_latin(word) else None
        if named is not None and named in self.index.idf:
            return [(word, named, self.tuning.translit_repair)]  # "Husseinov": «Гусейнов»
        if is_latin(word) and len(word) <= _LONGEST_SHORT_FORM:
            keyed = self._keyed_short(word)
            if keyed is not None:
                return keyed
        if is_latin(word) and word in SHORT_NAMES:
            # "kz", "az": a country's code, as the tables read it — no Russian word typed in
            # Latin letters ("кз" is Kazakhstan too, but in the question's English)
            by_code = self._by_table(word)
            if by_code is not None:
                return by_code
        if is_latin(word) and not is_cyrillic(word):
            cyr = transliterate(word)
            repaired = self._resolve(cyr, repairing) if cyr != word else []
            # A Latin word inside an English sentence is English unless its transliteration is
            # (nearly) a word of the briefing: "zangezur" yes, "gold" → "год" no.
            if repaired and min(sim for _, _, sim in repaired) >= self.tuning.translit_trusted_from:
                return [(word, lem, sim * self.tuning.translit_repair) for _, lem, sim in repaired]
        by_table = self._by_table(word)
        if by_table is not None:
            return by_table
        clipped = self._clipped(word, word_lemma) if is_cyrillic(word) else None
        if clipped is not None:
            # "оборот" where the briefing says "товарооборот", "инфра" for "инфраструктура":
            # the briefing's compound by its tail, its long word by its head
            return [(word, clipped, self.tuning.clipped)]
        # A word the dictionary knows is itself, no letter typed once or twice too often:
        # "тон" is no "тонн" ("задавать тон") but where an amount counts it
        # (``_unit_after_amount``). A transliteration's losses stay ("put": "путь"), and a
        # name it knows may be one respelt ("аидын": "Айдын").
        whole = self.morphology.is_known_russian(word) and not _only_a_personal_name(word)
        for variant in _spelling_variants(word):
            if whole and (variant == word + word[-1] or len(variant) < len(word)):
                continue
            variant_lemma = self.index.surface.get(variant) or (
                self.morphology.lemma(variant)
                if self.morphology.is_known_russian(variant)
                else None
            )
            if variant_lemma not in self.index.idf and variant_lemma is not None:
                # "вложаца": "вложатся", the briefing's "вложение" (``RUSSIAN_SYNONYMS``)
                variant_lemma = RUSSIAN_SYNONYMS.get(variant_lemma)
            if variant_lemma in self.index.idf:
                return [(word, variant_lemma, self.tuning.spelling_repair)]
        known = self.morphology.is_known_russian(word)
        heard = self._place_heard(word) if is_cyrillic(word) and known else None
        if heard is not None:
            return [heard]
        if is_cyrillic(word) and known and len(word) < self.tuning.repair_known_from:
            swapped = self._swapped(word)
            if swapped is not None:
                return [swapped]
            if _only_a_personal_name(word):
                # "регине" (for "регионе") is known only as Регина: a word of the briefing
                # a letter away is what was typed, not a woman the article never names
                fixed = self._fuzzy(word, word_lemma, repairing)
                if (
                    fixed
                    and fixed[2] >= self.tuning.fuzzy_dictionary_from
                    and not is_proper_name(fixed[1])
                ):
                    return [fixed]
            return [(word, word_lemma, 0.0)]
        reflexive = _reflexive_slip(word) if is_cyrillic(word) and not known else None
        if reflexive is not None and self.morphology.is_known_russian(reflexive):
            # "ожидаеться", "собираються": "-тся" written "-ться" (or back) is that very verb,
            # not the briefing's verb a few letters away ("обсуждаться", "обратиться")
            lemma = self.morphology.lemma(reflexive)
            synonym = None if lemma in self.index.idf else self._russian_synonym(reflexive)
            if synonym is not None:
                # "направилса": "направился", read as the briefing's "прибыть"
                return [(word, synonym[0][1], self.tuning.spelling_repair)]
            return [(word, lemma, self.tuning.spelling_repair if lemma in self.index.idf else 0.0)]
        if is_cyrillic(word) and not known:
            everyday = self._everyday_slip(word)
            if everyday is not None:
                # "вкладывть": "вкладывать", the briefing's "вложение" — before a word of the
                # briefing's a few letters off ("складываться") is taken for it
                return [everyday]
        fixed = self._fuzzy(word, word_lemma, repairing)
        if (
            fixed
            and is_cyrillic(word)
            and not known
            and not self._one_slip(word, word_lemma, fixed[1])
        ):
            # "строть": "стоить" is two keystrokes off, "строить" one — a word the briefing
            # says by its own ("строительство"): the slip is of that word
            related = self._slip_of_related(word, repairing)
            if related is not None:
                return [related]
        if is_latin(word) and (not fixed or fixed[2] < self.tuning.fuzzy_english_from):
            # English paraphrases ("react", "official") are not typos of our words; a letter
            # left out or two swapped are
            fixed = self._english_slip(word)
        if (
            fixed
            and known
            and is_cyrillic(word)
            and fixed[2] >= self.tuning.fuzzy_dictionary_from
            and not kin(word_lemma, fixed[1])
        ):
            # A real word a letter away from another ("строить": "стоить") is not that word
            # when the briefing uses its own family ("строительство"): it means that family.
            family = self._kin(word_lemma)
            if family is not None:
                return [(word, word_lemma, 0.0)]
        if fixed and known and is_cyrillic(word) and not self._one_slip(word, word_lemma, fixed[1]):
            fixed = None  # "проходил" is no slip of "происходить": two words of their own
        if fixed and (
            fixed[2] >= self.tuning.fuzzy_dictionary_from
            or not self.morphology.is_known_russian(word)
        ):
            compound = self._compound_of(fixed[1]) if is_cyrillic(word) else None
            if compound is not None:  # "обортот": "оборот", the article's "товарооборот"
                return [(word, compound, fixed[2] * self.tuning.clipped)]
            return [fixed]  # a real dictionary word is "repaired" only when nearly identical
        if is_cyrillic(word) and not known:
            # Not the briefing's, but a word all the same once respelt ("щитает" typed as
            # "schitaet" is "считает", "аэропорут" is "аэропорту"): read as that word, so it
            # is not taken for a name, and a detail the article lacks is seen as one. Trying
            # every slip costs a dictionary look-up per letter: one look-up of the budget.
            slips = _typo_variants(word) if repairing.allowance.take(1) else []
            for variant in (*_spelling_variants(word), *slips):
                if self.morphology.is_known_russian(variant):
                    lemma = self.morphology.lemma(variant)
                    # a briefing word a slip away is that word, where no fuzzy search reaches
                    # ("цль": too short for one): a word of the subject, as repaired
                    known_here = lemma in self.index.idf and not is_stop(lemma)
                    return [(word, lemma, self.tuning.slip_repair if known_here else 0.0)]
        return [(word, word_lemma, 0.0)]

    def _place_heard(self, word: str) -> Resolved | None:
        """A place the dictionary knows that the briefing never names ("из китоя": Китой, a
        Siberian river) one unstressed vowel from a place it names ("Китая"), as the
        commonest slip writes it (``place_heard_as``): that place, as a spelling repaired.
        Each vowel tried in the briefing's own word forms, no dictionary search."""
        for variant in _vowel_variants(word):
            lemma = self.index.surface.get(variant)
            if lemma is not None and place_heard_as(word, variant):
                return (word, lemma, self.tuning.spelling_repair)
        return None

    def _slip_of_related(self, word: str, repairing: _Repairing) -> Resolved | None:
        """A dictionary word a keystroke from the unknown ``word`` that the briefing says in
        other words — by its everyday synonym (``RUSSIAN_SYNONYMS``: "строить" for
        "строительство") — read as the briefing's word, as a slip repaired; None when none
        is (one look-up of the budget)."""
        if not repairing.allowance.take(1):
            return None
        for variant in _typo_variants(word):
            if not self.morphology.is_known_russian(variant) or is_stop(variant):
                continue
            synonym = self._russian_synonym(variant)
            if synonym:
                _, plainer, similarity = synonym[0]
                return (word, plainer, similarity * self.tuning.slip_repair)
        return None

    def _paired_countries(self, parts: list[str]) -> list[Resolved] | None:
        """ "Azerbaijani-Kazakh relations", "Sino-Kazakh trade": a pair of countries by their
        adjectives, each read as the country it names when the briefing has that name — the
        adjective alone may be the briefing's word for an expert's nationality ("the Kazakh
        political scientist"), no relation of states."""
        if len(parts) != 2 or not all(is_latin(part) for part in parts):
            return None
        countries = [country_of_adjective(part) for part in parts]
        if not all(c is not None and c in self.index.idf for c in countries):
            return None
        return [(part, str(country), 1.0) for part, country in zip(parts, countries, strict=True)]

    def _english_slip(self, word: str) -> Resolved | None:
        """An English word the briefing does not use, one slip from exactly one word it does:
        two letters swapped ("chian", "recieve") or, in a longer word, a letter left out
        ("goverment"; ``_slip_variants``).
        Not a letter changed: "cost" and "coat" are both words, and English, unlike
        Russian here, has no dictionary to tell a word from a slip — nor a word common in
        questions (``ENGLISH_COMMON``), which is English as typed."""
        if len(word) < _SHORTEST_SLIP or word in ENGLISH_COMMON or is_stop(word):
            return None
        surface = self.index.surface
        found = {
            variant
            for variant in _slip_variants(word)
            if variant in surface and is_latin(variant) and surface[variant] in self.index.idf
        }
        if not found:
            # a slip of a word the tables read ("recieved": "received", read as "welcomed")
            read = {
                by_table[0][1]
                for variant in _slip_variants(word)
                if variant in ENGLISH_SYNONYMS and (by_table := self._by_table(variant))
            }
            if len(read) == 1:
                return (word, read.pop(), self.tuning.english_slip * self.tuning.english_synonym)
        if len(found) != 1:
            return None
        return (word, surface[found.pop()], self.tuning.english_slip)

    def _english_cognate(self, term: Term) -> Term:
        """A Russian word typed in Latin letters inside an English question, read as the
        English word of the briefing it is a cognate of ("which other koridor was
        discussed": "corridor"; "kontainer": "container"). Read as Russian, the one word
        would search the Russian passages while the rest searches the English ones, and the
        question would fall between them. Only a word the briefing does not use as typed
        whose spelling, with c and k, x and ks, doubled letters made one, is exactly an
        English word of the briefing's."""
        if not (is_latin(term.typed) and is_cyrillic(term.lemma)):
            return term
        if term.typed in self.index.surface:
            return term
        english = self._cognates().get(_cognate_key(term.typed))
        if english is None:
            return term
        lemma = self.index.surface[english]
        return replace(term, lemma=lemma, similarity=1.0, weight=self._weight(lemma), kin=())

    def _cognates(self) -> dict[str, str]:
        """The briefing's English words by their cognate spelling (``_cognate_key``); a
        spelling two words share is left out, its word unknown."""
        if self._cognate_words is None:
            found: dict[str, str | None] = {}
            for word in self.index.surface:
                if is_latin(word) and word.isalpha() and len(word) >= _COGNATE_FROM:
                    key = _cognate_key(word)
                    found[key] = None if key in found and found[key] != word else word
            self._cognate_words = {k: w for k, w in found.items() if w is not None}
        return self._cognate_words

    def _slips_in_context(self, terms: list[Term]) -> list[Term]:
        """The terms with a short unknown English word read as the briefing's word a letter
        longer when, so read, it makes a pair of words the briefing writes with its neighbour
        ("tade turnover": "trade turnover"). Alone such a word is as often a word of its own
        ("stats" is no "states", ``_slip_variants``); beside the word the briefing pairs it
        with, it is that pair's slip."""
        result = list(terms)
        for at, term in enumerate(terms):
            word = term.typed
            if (
                term.similarity > 0
                or term.entity
                or not is_latin(word)
                or not _SHORTEST_SLIP <= len(word) <= _LONGEST_WORD_KEPT
                or word in ENGLISH_COMMON
                or word in FIGURE_LEMMAS  # "stat": a word, not "state" with a letter left out
                or word in PRICE_LEMMAS
                or english_stem(word) != word  # "stats", "plans": an inflected word
                or is_stop(word)
            ):
                continue
            found = {
                lemma for lemma in self._letter_left_out(word) if self._paired(terms, at, lemma)
            }
            if len(found) == 1:
                lemma = found.pop()
                result[at] = Term(word, lemma, self.tuning.english_slip, self._weight(lemma))
        return result

    def _letter_left_out(self, word: str) -> Iterator[str]:
        """The lemmas of the briefing's English words that ``word`` is with a letter put back."""
        surface = self.index.surface
        for at in range(len(word) + 1):
            for letter in _LATIN_LETTERS:
                variant = word[:at] + letter + word[at:]
                lemma = surface.get(variant)
                if lemma is not None and is_latin(variant) and lemma in self.index.idf:
                    yield lemma

    def _paired(self, terms: list[Term], at: int, lemma: str) -> bool:
        """Does ``lemma`` at ``at`` make a word pair the briefing writes with a known
        neighbouring term?"""
        pairs = self.index.bigram_idf
        before = terms[at - 1] if at > 0 else None
        after = terms[at + 1] if at + 1 < len(terms) else None
        return (
            before is not None
            and before.similarity > 0
            and f"{as_written(before.lemma)} {lemma}" in pairs
        ) or (
            after is not None
            and after.similarity > 0
            and f"{lemma} {as_written(after.lemma)}" in pairs
        )

    def _own_plural(self, word: str) -> Resolved | None:
        """An English plural of a sense of its own ("goods", ``ENGLISH_OWN_PLURALS``) read as
        itself where the briefing writes it, else as the first equivalent it writes; None for
        any other word, or when the briefing writes none (then its stem is all there is)."""
        for same in ENGLISH_OWN_PLURALS.get(word, ()):
            lemma = self.index.surface.get(same) or self.morphology.lemma(same)
            if same in self.index.surface and lemma in self.index.idf:
                similarity = 1.0 if same == word else self.tuning.english_synonym
                return (word, lemma, similarity)
        return None

    def _paraphrased(self, term: Term) -> bool:
        """Was the term's verb read as the briefing's verb of its relation (``_paraphrase``)?
        It is no slip then: the verb typed is the question's predicate as it stands. Nor is
        a verb read as the briefing's noun of its action (``RUSSIAN_SYNONYMS``: "вложит" as
        "вложение"): the question still asks what is done."""
        own = self.morphology.lemma(term.typed)
        if (
            _is_infinitive(own)
            and not _is_infinitive(term.lemma)
            and RUSSIAN_SYNONYMS.get(own) == term.lemma
        ):
            return True
        return self._paraphrase(own) == term.lemma

    def _paraphrase(self, word_lemma: str) -> str | None:
        """Of a Russian verb the briefing never uses, its verb of the same relation
        (``predicates.related``) and the same root: "приезжать" where it says "приехать",
        "повезти" (begun, ``_PERFECTIVE_PREFIX``) where it says "везти". None for any other
        word, and for a verb of another prefix ("поехать" is no "приехать": to set off is not
        to arrive). Without it the verb weighs as a word no passage explains, against the
        very passage telling that relation."""
        if not is_cyrillic(word_lemma) or not _is_infinitive(word_lemma):
            return None
        plain = word_lemma.removeprefix(_PERFECTIVE_PREFIX)
        if plain == word_lemma or not _is_infinitive(plain):
            plain = word_lemma
        said = {
            other
            for verb in {word_lemma, plain}
            for other in related(verb) - {word_lemma}
            if other in self.index.idf and _is_infinitive(other)
        }
        if plain in said:
            return plain  # "повезут": the briefing's "везти"
        rooted = sorted(o for o in said if _shared_start(word_lemma, o) >= _SAME_ROOT_START)
        return max(rooted, key=lambda other: _shared_start(word_lemma, other), default=None)

    def _country_adjective(self, word_lemma: str) -> str | None:
        """The briefing's adjective of the country a Russian adjective it lacks names
        (``professions.russian_country_adjective``): "казахский" (by the people, Казах-стан)
        where it writes "казахстанский", "узбекистанский" where it writes "узбекский"; None for
        any other word, or when the briefing has no adjective of that country."""
        if not word_lemma.endswith(_COUNTRY_ADJECTIVE_ENDINGS):
            return None
        if self._adjectives_of is None:
            found: dict[str, list[str]] = defaultdict(list)
            for lemma in self.index.idf:
                if lemma.endswith(_COUNTRY_ADJECTIVE_ENDINGS) and is_cyrillic(lemma):
                    for party in PARTIES:
                        if russian_country_adjective(lemma, party.nominative):
                            found[party.nominative].append(lemma)
            self._adjectives_of = {country: tuple(sorted(a)) for country, a in found.items()}
        for party in PARTIES:
            if russian_country_adjective(word_lemma, party.nominative):
                own = self._adjectives_of.get(party.nominative, ())
                return own[0] if own else None
        return None

    def _place_of_adjective(self, word_lemma: str) -> str | None:
        """The place a Russian adjective the briefing lacks is made of, when the briefing
        names that place: "каспийский" (Каспий-ский), "китайский" — its name whole before
        the suffix, a name by the dictionary. None for any other word."""
        if not word_lemma.endswith(_PLACE_SUFFIX) or len(word_lemma) <= _SHORTEST_PLACE_ADJ:
            return None
        stem = word_lemma[: -len(_PLACE_SUFFIX)]
        return stem if stem in self.index.idf and is_proper_name(stem) else None

    def _aspect_partner(self, verb: str) -> str | None:
        """The briefing's verb of the other aspect than ``verb`` (a lemma it lacks), if any."""
        return next((p for p in sorted(aspect_partners(verb)) if p in self.index.idf), None)

    def _separate(self, words: list[str], spent: Spent) -> list[str]:
        """Run-together words ("ктотакой") become two words before intents are read (while
        the question's look-ups last: past them, words are taken as typed)."""
        result: list[str] = []
        allowance = spent.allowance
        repairing = _Repairing(allowance, spent.searched)
        for word in words:
            if word in spent.separated:
                result.extend(spent.separated[word])  # a repeated word costs nothing more
                continue
            if (
                not allowance.refused
                and len(word) >= _SHORTEST_GLUED
                and is_cyrillic(word)
                and word not in self.index.surface
                and not self.morphology.is_known_russian(word)
                # a word of speech the synonym table reads ("комментили": "комментить") is
                # one word, not two run together ("коммент или")
                and self._russian_synonym(word) is None
            ):
                fixed = self._fuzzy(word, self.morphology.lemma(word), repairing)
                if allowance.refused:  # past the budget: taken as typed
                    result.append(word)
                    continue
                split = self._split(word)
                if split and fixed and fixed[2] >= self.tuning.split_below:
                    # close to a word of the briefing: a slip of it, unless that word is a
                    # half ("охарактеризовалвизит" is close to "охарактеризовал")
                    # ("пословам" is close to "словам": the word the briefing writes,
                    # read as its own lemma)
                    halves = {lemma for _, lemma, _ in split}
                    halves |= {self.index.surface.get(part, part) for part, _, _ in split}
                    split = split if fixed[1] in halves else []
                if split:
                    spent.separated[word] = [part for part, _, _ in split]
                    result.extend(spent.separated[word])
                    continue
                spent.separated[word] = [word]
            result.append(word)
        return result

    def _split(self, word: str) -> list[tuple[str, str, float]]:
        """Run-together words ("ктотакой"): both halves must be real words — the briefing's
        or question words, else one of them and a dictionary word ("какназывается",
        "охарактеризовалвизит": a question word or the briefing's beside a word of the
        language; the cut making two words of the briefing wins)."""
        if len(word) < _SHORTEST_GLUED or not is_cyrillic(word) or keyed_cue(word):
            # a question word a key off ("почемв", "ночему": "почему") is that word, not
            # two run together ("почем в", "но чему") by a letter no finger would add
            return []
        found: tuple[str, str] | None = None
        if len(word) >= _SHORTEST_RUN_TOGETHER:
            cuts = sorted(range(1, len(word)), key=lambda c: abs(len(word) / 2 - c))
            halves = [(word[:cut], word[cut:]) for cut in cuts]
            found = next(
                (pair for pair in halves if all(self._plain_word(part) for part in pair)), None
            ) or next((pair for pair in halves if self._loose_halves(*pair)), None)
        if found is None:
            found = self._preposition_glued(word)
        if found is None:
            return []
        return [
            (
                part,
                self.morphology.lemma(part),
                1.0 if self.morphology.lemma(part) in self.index.idf else 0.0,
            )
            for part in found
        ]

    def _preposition_glued(self, word: str) -> tuple[str, str] | None:
        """A preposition typed against its neighbour, the commonest words run together: one
        before a pronoun, a stop or question word or the briefing's word ("вних", "заэту",
        "длянего", "донас"), or one of ``GLUED_AFTER`` after such a word ("прогнозпо",
        "егов", "ктоиз"); beside another dictionary word, only a long one ("россиипо"; "с
        колко" is no reading of "сколко"). Only for a word no dictionary knows
        (``_separate`` asks for no other), and only into these halves: a preposition is too
        short a piece to cut off any word."""
        for preposition in GLUED_BEFORE:
            rest = word.removeprefix(preposition)
            # after a letter, no dictionary word: "ксватает" (Latin "x" read "кс") is no
            # "к сватает"
            longest = _SHORTEST_HALF + 1 if len(preposition) > 1 else len(word)
            if rest != word and self._glued_half(rest, longest):
                return (preposition, rest)
        for preposition in GLUED_AFTER:
            rest = word.removesuffix(preposition)
            if rest != word and self._glued_half(rest, _SHORTEST_HALF):
                return (rest, preposition)
        return None

    def _glued_half(self, word: str, longest: int) -> bool:
        """The word beside a preposition typed against it: a ``_plain_word`` or a pronoun of
        ``_SHORTEST_RESPELT`` letters or more, or a dictionary word of ``longest``."""
        if len(word) < _SHORTEST_RESPELT:
            return False
        return self._plain_word(word) or (
            self.morphology.is_known_russian(word) and (len(word) >= longest or is_pronoun(word))
        )

    def _loose_halves(self, left: str, right: str) -> bool:
        """Two halves of a run-together word of which one is a ``_plain_word`` or a word
        framing a question ("между") and the other that or a dictionary word of
        ``_SHORTEST_HALF`` letters or more ("кторому" is no "кто рому"); neither shorter
        than ``_SHORTEST_PART`` (a shorter one is too often a fragment of another word) —
        but a preposition of two letters before a longer dictionary word ("по ожиданиям")."""
        if left in TWO_LETTER_PREPOSITIONS and len(right) >= _SHORTEST_HALF + 1:
            # "поожиданиям", "пожелезке": a preposition before a longer dictionary word
            return self.morphology.is_known_russian(right)
        if min(len(left), len(right)) < _SHORTEST_PART:
            return False  # "почесу" is no "по чесу"
        framing = [self._plain_word(part) or is_frame_word(part) for part in (left, right)]
        return any(framing) and all(
            ok or (len(part) >= _SHORTEST_HALF and self.morphology.is_known_russian(part))
            for ok, part in zip(framing, (left, right), strict=True)
        )

    def _plain_word(self, word: str) -> bool:
        """A half of a run-together word: a question word, a word of the briefing, or a
        dictionary form of one of its lemmas ("железныхдорогах": "дорогах" of "дорога"); a
        single letter only as a preposition (``ONE_LETTER_WORDS``)."""
        if len(word) == 1:
            return word in ONE_LETTER_WORDS
        return (
            word in RUSSIAN_STOP
            or word in WHO_WORDS
            or word in COUNT_WORDS
            or (len(word) >= 3 and word in self.index.surface)
            or (
                len(word) >= 4
                and self.morphology.is_known_russian(word)
                and self.morphology.lemma(word) in self.index.idf
            )
        )

    def _clipped_adjective(self, word: str) -> str | None:
        """The briefing's adjective an unknown noun of speech is clipped from — its stem and
        "-ка" ("аграрку": "аграрная сфера", as "нефтянка" is the oil industry) — else None.
        The noun names the sector the adjective qualifies, so it stands for the adjective.
        Only a word no dictionary knows, in a case form of "-ка": a known word ("редко",
        "железка", which the synonym table reads as the railway) keeps its own reading."""
        if not is_cyrillic(word) or self.morphology.is_known_russian(word):
            return None
        stem = next(
            (word.removesuffix(end) for end in _CLIPPED_ENDINGS if word.endswith(end)), None
        )
        if stem is None or len(stem) < _SHORTEST_CLIPPED_STEM:
            return None
        return next(
            (
                stem + ending
                for ending in _CLIPPED_ADJECTIVE_ENDINGS
                if stem + ending in self.index.idf
            ),
            None,
        )

    def _everyday_slip(self, word: str) -> Resolved | None:
        """A word no dictionary knows, one keystroke from an everyday word the briefing
        says in its own ("вкладывть": "вкладывать", read as "вложение";
        ``RUSSIAN_SYNONYMS``): that word, as the synonym reads it. Only long words: a short
        one is a keystroke from too many."""
        if len(word) < _LONGEST_SHORT_SLIP:
            return None
        # Imported by the first slip to mend: rapidfuzz costs ~40 M instructions to import.
        from rapidfuzz.distance import DamerauLevenshtein

        for everyday, plainer in RUSSIAN_SYNONYMS.items():
            if (
                plainer in self.index.idf
                and abs(len(everyday) - len(word)) <= 1
                and DamerauLevenshtein.distance(word, everyday) == 1
            ):
                return (word, plainer, self.tuning.slip_repair)
        return None

    def _fuzzy(self, word: str, word_lemma: str, repairing: _Repairing) -> Resolved | None:
        """The closest vocabulary word or lemma: two look-ups, charged once per question even
        when remembered from an earlier one."""
        if len(word) < self.tuning.fuzzy_min_length:
            return None
        key = (word, word_lemma)
        if key not in repairing.searched:
            if not repairing.allowance.take(2):
                return None
            repairing.searched.add(key)
        repairing.trail.append(key)
        remembered = self._fuzzy_hits.get((word, word_lemma))
        if remembered is not None:
            count_cached()
            return remembered[0]
        found = self._search(word, word_lemma)
        self._fuzzy_hits.put((word, word_lemma), (found,))
        return found

    def _one_slip(self, word: str, word_lemma: str, fixed: str) -> bool:
        """Is a dictionary word one keystroke (a letter wrong, missing, extra, or two
        swapped) from the briefing's word it would be repaired to — as typed from one of
        that word's forms, or as a lemma from its lemma? A real word two keystrokes from
        another ("проходил" and "происходил") is a word of its own, however alike the two
        look to an edit ratio: reading it as the other changes what is asked."""
        # Imported by the first slip to mend: rapidfuzz costs ~40 M instructions to import.
        from rapidfuzz.distance import DamerauLevenshtein

        def slip(one: str, other: str) -> bool:
            """One keystroke: a letter left out, doubled or swapped, or a touching key."""
            if DamerauLevenshtein.distance(one, other) > 1:
                return False
            return (
                len(one) != len(other) or sorted(one) == sorted(other) or mistyped_key(one, other)
            )

        if slip(word_lemma, fixed):
            return True
        if self._forms_of is None:
            grouped: dict[str, list[str]] = defaultdict(list)
            for form, lemma in self.index.surface.items():
                grouped[lemma].append(form)
            self._forms_of = {lemma: tuple(found) for lemma, found in grouped.items()}
        forms = self._forms_of.get(fixed, ())
        return any(slip(word, form) for form in forms)

    def _kin(self, word_lemma: str) -> str | None:
        """The briefing's lemma of the word's family (``predicates.kin``: "строить" and
        "строительство", "равноправие" and "равноправный"), the one sharing the longest
        beginning; none for a name (an unknown name is what the article does not cover). The
        two must share all of the shorter lemma but its ending (``_ENDING`` letters)."""
        if len(word_lemma) < 5 or not is_cyrillic(word_lemma) or is_proper_name(word_lemma):
            return None
        action = _action_noun(word_lemma)
        if action is not None and action in self.index.idf:
            return action  # "реализовать" where the briefing says "реализация"
        verb = next((v for v in _verbs_of_action(word_lemma) if v in self.index.idf), None)
        if verb is not None:
            return verb  # "объединение" where the briefing says "объединённые", "объединить"
        adjective = next(
            (a for a in _adjectives_of_adverb(word_lemma) if a in self.index.idf), None
        )
        if adjective is not None:
            return adjective  # "встречаются редко" where the briefing says "редки", "редкий"
        best: tuple[int, str] | None = None
        for other, shared, shorter in self._kindred(word_lemma):
            if shared < shorter - _ENDING:
                continue  # "контракт" / "контроль": a shared beginning, not a shared stem
            if best is None or shared > best[0]:
                best = (shared, other)
        return None if best is None else best[1]

    def _kindred(self, word_lemma: str) -> Iterator[tuple[str, int, int]]:
        """The briefing's Cyrillic lemmas of the word's family (``predicates.kin``, sharing
        its first five letters), each with the letters it shares with the word from the
        start and the length of the shorter of the two: ``_kin`` and ``_family`` judge them."""
        lemmas = self._long_lemmas()
        prefix = word_lemma[:5]
        for at in range(bisect_left(lemmas, prefix), len(lemmas)):
            other = lemmas[at]
            if not other.startswith(prefix):
                break
            if other == word_lemma or is_stop(other) or not kin(word_lemma, other):
                continue
            shorter = min(len(word_lemma), len(other))
            shared = next(
                (n for n, (x, y) in enumerate(zip(word_lemma, other, strict=False)) if x != y),
                shorter,
            )
            yield other, shared, shorter

    def _vocabularies(self) -> tuple[FuzzyVocabulary, FuzzyVocabulary]:
        """The word forms and the lemmas, indexed by letter pairs on the first typo (a
        message without one never pays for it; two threads building at once waste only
        the time)."""
        if self._fuzzy_vocabularies is None:
            self._fuzzy_vocabularies = (
                FuzzyVocabulary(list(self.index.surface) + self._lemmas_as_forms()),
                FuzzyVocabulary(list(self.index.idf)),
            )
        return self._fuzzy_vocabularies

    def _lemmas_as_forms(self) -> list[str]:
        """The briefing's Russian lemmas no text of it writes as such, as forms a word may be
        typed in: "стрна" is "страна" a letter short — its dictionary form, which a slip
        of the nominative is as likely as a slip of a form the article has ("сторона",
        two letters off), though the article writes only "стран", "странами". Its guessed
        lemma ("стрный") is nobody's word. Searched with the forms: no look-up more."""
        return [
            lemma
            for lemma in self.index.idf
            if lemma not in self.index.surface and lemma.isalpha() and is_cyrillic(lemma)
        ]

    def _search(self, word: str, word_lemma: str) -> Resolved | None:
        tuning = self.tuning
        cutoff = (
            tuning.fuzzy_short_cutoff
            if len(word) < tuning.fuzzy_long_from
            else tuning.fuzzy_long_cutoff
        )
        surface, lemmas = self._vocabularies()
        best: tuple[str, str, float] | None = None
        hit = surface.best(word, cutoff)
        if hit is not None:
            best = (word, self.index.surface.get(hit[0], hit[0]), hit[1] / 100)
        hit = lemmas.best(word_lemma, cutoff)
        if hit is not None and (best is None or hit[1] / 100 > best[2]):
            best = (word, hit[0], hit[1] / 100)
        if best is not None and best[1] not in self.index.idf and not is_stop(best[1]):
            best = None
        return best


# The most words of the noun phrase a question word opens before its head (``PHRASE_CLOSERS_EN``).
_PHRASE_REACH = 5


def _heads_english_question(words: list[str], at: int) -> bool:
    """Is the English word the head of the noun phrase a question word opens, modifiers
    between ("what concrete rail and shipping MEASURES does he say were discussed")? A
    generic noun there says what kind of things answer, as right after "what" it does."""
    closed = at + 1 == len(words) or words[at + 1] in PHRASE_CLOSERS_EN
    if not is_latin(words[at]) or not closed:
        return False
    for back in range(at - 1, max(at - 1 - _PHRASE_REACH, -1), -1):
        if words[back] in WHICH_EN:
            return True
        if words[back] in PHRASE_CLOSERS_EN or not is_latin(words[back]):
            return False
    return False


def _insisting_en(words: list[str], at: int) -> bool:
    """ "what specific investments", "which concrete measures": an adjective insisting on
    the particulars, right after the question word (``INSISTING_EN``)."""
    return words[at] in INSISTING_EN and at > 0 and words[at - 1] in WHICH_EN


# Clipped words (``Analyser._clipped``): the shortest part read, and what the rest of the long
# word must add; the vowels joining a compound's halves ("товар-о-оборот"); the endings a
# clipped head takes declined as a noun ("инфру", "инфре", "инфры").
_SHORTEST_CLIPPED = 4
_SHORTEST_CLIPPED_MODIFIER = 3  # letters: "гос", "сред" before the noun they qualify
_LONGEST_SHORT_FORM = 5  # letters of a state's short form or an acronym typed on Latin keys
_SHORTEST_NICKNAME = 3  # letters of a state's nickname read in its declined forms ("азеров")
_LINKING_VOWELS = frozenset("оеи")
_NOUN_ENDINGS = frozenset("аеиуыюя")
_SHORTEST_RESPELT = 3  # letters: a shorter slip is one letter from too many words
_SHORT_RESPELT = 5  # letters: a longer word with a letter left out the fuzzy search mends
# letters: a longer slip is a letter short of too many words of the dictionary for the
# briefing's one to be the one meant ("поода": "погода" as well as the briefing's "повода")
_LONGEST_SHORT_OF_FORM = 4
_SHORTEST_PART = 3  # letters: any half of a run-together word split on a dictionary word
_SHORTEST_RUN_TOGETHER = 6  # letters: a shorter word is two only as a preposition glued on
_SHORTEST_GLUED = 4  # letters: a preposition and a word of three ("вних")
_SHORTEST_HALF = 5  # letters: a dictionary word as half of a run-together one
_ABBREVIATION = 2  # letters: a word this short the dictionary knows may be an abbreviation
# letters: a shorter rare word ("пос", an abbreviation) is a letter short of too many words,
# or the first of two with a space shifted ("пос ловам": "по словам")
_SHORTEST_RARE_SLIP = 4
_SHORTEST_VOWEL_SLIP = 5  # letters: a shorter word with a vowel changed is another too often
_SHORTEST_KEY_SLIP = 6  # letters: a shorter word a key off is one key off too many words
_SHORTEST_DICTIONARY_SLIP = 6  # letters: a shorter word a swap or letter off is another too often
_SHORTEST_NAME_SLIP = 5  # letters: a shorter word is a keystroke from too many names
# A surname's form the article never writes is mended into only from a word this long: the
# dictionary guesses a surname's reading for any long enough word ending "-овым", "-евой".
_SHORTEST_UNWRITTEN_NAME = 8
# letters every form of a surname begins with (its stem is longer: the form has 8 or more letters
# and a surname's case ending no more than 3)
_NAME_HEAD = 3
_SHORTEST_SWAP = 4  # "кот" and "кто": in a shorter word a swap is as likely another word
_RELATIVE_REACH = 3  # words from the relative word to the name: "которую так хвалил Тусупбеков"


def _number_nouns(terms: list[Term], words: list[str]) -> list[Term]:
    """The terms with an English number standing as a noun ("what is THE SEVEN according to
    Hajiyev", "the aims of the seven", "what did Huseynov say about the Turkic seven") as what
    the question is about (``Term.focus``), as Russian "семёрка" is: after "the", with at most
    ``_NUMBER_NOUN_MODIFIERS`` words qualifying it between ("the Turkic seven", "the proposed
    seven"), counting no word of the question after it ("the 15 agreements" counts
    agreements). English marks no other word so; without it the number asked of was no
    subject, and a passage of the expert named never saying it answered — his passage on
    Turkic unity, for the seven he never spoke of."""
    typed = {t.typed for t in terms}
    nouns = {
        words[at]
        for at in range(1, len(words))
        if _after_the(words, at)
        and words[at].isdigit()
        and (at + 1 == len(words) or words[at + 1] not in typed)
    }
    if not nouns or not all(is_latin(w) or w.isdigit() for w in words):
        return terms
    return [replace(t, focus=True) if t.typed in nouns and t.similarity > 0 else t for t in terms]


# Words that may qualify a number standing as a noun between "the" and it ("the Turkic
# seven", "the so called Turkic seven"): more reads a clause, not one noun phrase.
_NUMBER_NOUN_MODIFIERS = 3


def _after_the(words: list[str], at: int) -> bool:
    """Does "the" open the noun phrase ending at ``at`` — right before it, or before words
    qualifying it (letters only: "the 15 agreements 7" is no phrase)?"""
    for back in range(at - 1, max(-1, at - 2 - _NUMBER_NOUN_MODIFIERS), -1):
        if words[back] == "the":
            return True
        if not words[back].isalpha() or words[back] in _PHRASE_BREAKS:
            return False
    return False


# Words no noun phrase runs across: "the talks about 7" is no phrase "the … 7".
_PHRASE_BREAKS = word_set(
    "about of on in at to for from with by and or but than as is are was were be been "
    "what which who whom whose how why when where did does do say said says"
)


def _without_figure_nouns(terms: list[Term], words: list[str]) -> list[Term]:
    """The terms without an English noun naming the figure the question itself gives, when it
    asks whose figure it is ("which expert gave the figure of 15-18 days", "who cited the
    1 billion figure"): the number says which figure is meant, and its passage never calls
    itself a "figure" — the noun, weighed as a word of the subject, sank it below an answer.
    Only with a number the question names, in an English question asking a person (Russian
    passages say "цифры" themselves; "where does he take this number from" keeps it)."""
    if not all(is_latin(w) or any(c.isdigit() for c in w) for w in words):
        return terms
    if AnswerType.PERSON not in asked_types(tuple(words)):
        return terms  # "where do the cargoes in the 15-18 days figure start from"
    if not any(any(c.isdigit() for c in t.typed) for t in terms if t.similarity > 0):
        return terms
    return [t for t in terms if t.typed not in FIGURE_NOUNS_EN]


# How far either side of a noun of a ranking a verb of holding it may stand (``RANK_NOUNS``).
_RANK_REACH = 3


# A coded name: one Latin letter and a number written as one word ("G7", "G20", "C5"), not
# a formula's part ("C5+1") nor a longer code (``Analyser._coded_names``).
_CODED_NAME = lazy(r"(?<![\w+.-])([A-Za-z])(\d{1,3})(?![\w+.,-])")


def owns_said(words: tuple[str, ...] | list[str], name: str) -> bool:
    """Does the named expert stand in the question only as whose words or post are spoken
    of ("what did Ishmukhamedov say about the Hajiyev post", "что сказал Ишмухамедов о
    посте Гаджиева", "Hajiyev's post")? Then he is no one whose words are asked."""
    words = [w for w in words if w not in POSSESSIVE_S]
    return _owner_of_said(words, name) is not None


def _owner_of_said(words: list[str], name: str) -> int | None:
    """Where the noun of what the named expert said or proposed stands ("как Турция
    отреагировала на предложение Ишмухамедова": the name owns "предложение", right before
    it; "to Ishmukhamedov's proposal": right after it), if it does: the words before it may
    name the country whose view of it is asked (``Analyser._holder_party``)."""
    if name not in words:
        return None
    at = words.index(name)
    if at and words[at - 1] in SAID_THINGS:
        return at - 1
    if is_latin(name) and any(
        words[after] in SAID_THINGS and all(_attributive(w) for w in words[at + 1 : after])
        for after in range(at + 1, min(len(words), at + 2 + _ATTRIBUTIVE_REACH))
    ):
        return at
    return None


# English words that may stand between an owner's name and the noun of what he said ("the
# Gadzhiev 5+1 post", "Hajiyev's recent X post"): a figure, a formula, a word of when or
# where it was posted — they say which post, not whose.
_ATTRIBUTIVE_REACH = 2


def _attributive(word: str) -> bool:
    """Can ``word`` stand between an English owner's name and the noun it owns?"""
    return word in ATTRIBUTIVE_WORDS or any(ch.isdigit() for ch in word)


def _relative_before(words: list[str], name: str) -> int | None:
    """Where the relative clause holding ``name`` opens (the relative word's position), if
    the name stands in one: within ``_RELATIVE_REACH`` words after "который/которую/…"."""
    if name not in words:
        return None
    at = words.index(name)
    for back in range(at - 1, max(-1, at - 1 - _RELATIVE_REACH), -1):
        if words[back] in RELATIVE_WORDS:
            return back
    return None


def _without_said_fillers(terms: list[Term]) -> list[Term]:
    """The words a frame is filled with (``Term.filler``), but those the question says itself:
    in "что мешает — назвал ли эксперт барьеры" the barriers are asked about, a word of the
    subject, not one of the words "мешает" may be answered with."""
    said = {t.lemma for t in terms if not t.frame}
    return [t for t in terms if not (t.filler and t.lemma in said)]


def _price_of_service(words: list[str], at: int) -> bool:
    """Is the word at ``at`` a price noun asking what a thing costs ("цена перевозки",
    "стоимость паромов", "the cost of the ferries"), or the English verb ("how much do the
    ferries cost")? Not a market price "на" a good ("цена на нефть"), which the
    question's time to come reads as a forecast, as it did."""
    if words[at] in _COST_EN:
        return True  # "how much do ferries cost", "the cost of the ferries": what it costs
    if words[at] in _PRICE_EN and words[at + 1 : at + 2] == ["of"]:
        # "the price of a locomotive", "the price of one ferry": a countable thing's price,
        # what it costs — not "the price of oil", a market's
        return words[at + 2 : at + 3] in (["a"], ["an"], ["1"], ["each"], ["single"])
    if words[at] not in PRICE_NOUNS:
        return False
    return at + 1 >= len(words) or words[at + 1] != "на"


# The nouns of money itself: "какие деньги", "what money" ask a sum, no thing named so.
_MONEY_ITSELF = frozenset({"деньги", "money"})

# What a thing costs in English, verb or noun: never a market price ("the price of oil"),
# which "price" may be.
_COST_EN = frozenset({"cost", "costs"})
_PRICE_EN = frozenset({"price", "prices"})


def _pronoun_after_preposition(words: list[str], at: int) -> bool:
    """Is the word at ``at`` a personal pronoun after its preposition ("А что о нём сказал
    Ишмухамедов?"): a pointer back to what the scene told, no word of the subject."""
    return at > 0 and words[at] in N_PRONOUNS and words[at - 1] in PREPOSITIONS_RU


def _without_anaphora(terms: list[Term], words: list[str]) -> list[Term]:
    """The terms without a noun the briefing never uses that points back to the scene told
    before the question ("Один эксперт хвалил декларацию. Как он оценил этот шаг?"): "шаг"
    is the declaration told of, in other words — no thing of its own the article lacks."""
    back = {words[at] for at in range(1, len(words)) if words[at - 1] in THIS_FORMS}
    return [
        t
        for t in terms
        if not (t.typed in back and t.similarity <= 0 and not t.entity and is_cyrillic(t.typed))
    ]


def _renamed_by_demonstrative(
    terms: list[Term],
    words: list[str],
    lemma: Callable[[str], str],
    person: Callable[[str], bool],
) -> list[Term]:
    """A word the briefing knows after a demonstrative ("кто предложил добавить Турцию в
    ЭТОТ ФОРМАТ") names again a thing the asker has in mind — one the rest of the question
    points to (Turkey added to it) — by a word of his own: a passage holding it is the
    closer, one lacking it is not faulted (``Term.frame``). Only in a question standing
    alone (after a scene, "этот шаг" is what the scene told: ``_without_anaphora``), of a
    word read as itself ("эту поездку" is read as the visit), closing the question with
    nothing naming it after ("эту формулу 5+1", "эти проекты по Среднему коридору": the
    thing asked about, in full), and beside a subject the question names of its own — not
    a ``person`` speaking: "кто предложил этот формат", "что Ишмухамедов думает про этот
    формат" ask of the format itself."""
    last = len(words) - 1
    back = {words[last]} if last > 0 and words[last - 1] in THIS_BEFORE_NOUN else set()
    renamed = [
        t
        for t in terms
        if t.typed in back
        and t.similarity >= 1.0
        and t.lemma == lemma(t.typed)
        and t.focus
        and not (t.entity or t.frame)
    ]
    if not renamed or not any(
        t.focus and t.similarity > 0 and not t.frame and t not in renamed and not person(t.lemma)
        for t in terms
    ):
        return terms
    return [replace(t, focus=False, frame=True) if t in renamed else t for t in terms]


def _said_only_elsewhere(terms: list[Term]) -> list[Term]:
    """Each verb without the words of its relation in other words (``Term.said``) that the
    question asks by a word of their own: "что Ишмухамедов предложил добавить" asks what was
    proposed to be added, and a passage saying he "предложил" something is credited for the
    "предложил" — not for the "добавить" too, which "предложить" says in other words only
    where nothing else says the proposing."""
    own = {lemma for t in terms if t.similarity > 0 for lemma in (t.lemma, *t.kin)}
    return [
        replace(t, said=tuple(other for other in t.said if other not in own)) if t.said else t
        for t in terms
    ]


def _regrouped_arrangement(terms: list[Term], words: list[str]) -> list[Term]:
    """The noun naming a group by its make-up in a question of changing who is in it
    (``parties.regrouped_arrangements``: "что предложил Ишмухамедов добавить к формуле
    Гаджиева") is how the asker frames the group: a passage holding it is the closer, one
    lacking it ("к шести странам добавить Турцию") is not faulted (``Term.frame``) — and so
    is the name of whose formula it is, right after it ("Гаджиева"): the proposal to add to
    it need not name who first put the formula. A number after it ("формат 6", "5+1") is
    the group itself, and stays."""
    nouns, after = _regrouping(words)
    if not nouns:
        return terms
    return [
        replace(t, focus=False, frame=True)
        if (t.typed in nouns and not t.entity)
        or (t.typed in after and t.entity and t.similarity > 0)
        else t
        for t in terms
    ]


def _prospects_asked(terms: list[Term], words: list[str]) -> list[Term]:
    """ "Какие перспективы у «тюркской семёрки»": the prospects are the forecast asked, of
    the thing named — a passage speaking of another's "перспективы двустороннего
    сотрудничества" is the closer for the word, one foreseeing the thing named without it
    is not faulted (``Term.frame``), as "какое будущее у семёрки" asks it. Not "в
    перспективе", a time ahead."""
    asked = {
        w
        for at, w in enumerate(words)
        if w in PROSPECT_FORMS and not (at and words[at - 1] in BEFORE_TIME_AHEAD)
    }
    if not asked or not any(t.focus and t.typed not in asked for t in terms):
        return terms
    return [replace(t, focus=False, frame=True) if t.typed in asked else t for t in terms]


def _regrouping(words: list[str] | tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The nouns framing a group by its make-up (``parties.regrouped_arrangements``) and the
    words right after them, where whose formula it is stands ("к формуле Гаджиева")."""
    at_nouns = regrouped_arrangements(words)
    nouns = frozenset(words[at] for at in at_nouns)
    return nouns, frozenset(words[at + 1] for at in at_nouns if at + 1 < len(words))


def regrouping_frames(query: Query) -> frozenset[str]:
    """The question's frame words that frame a group by its make-up (``_regrouped_arrangement``):
    how the asker names the group changed, no description asked of what it names."""
    nouns, after = _regrouping(query.words)
    return frozenset(t.typed for t in query.terms if t.frame and t.typed in nouns | after)


def _refers_back(words: list[str]) -> bool:
    """Does the question speak of a person named before it, by a pronoun ("как он назвал",
    "по его словам"), not by name or role?"""
    return any(w in HE_SHE for w in words) or any(
        a in ACCORDING_TO and b in HIS_HER for a, b in itertools.pairwise(words)
    )


_OWN_SUBJECT = 2  # words the briefing knows a question after a preamble needs of its own
_SHORTEST_SLIP = 4  # a shorter English word is as likely another word as a slip
_LONGEST_WORD_KEPT = 5  # "stats" is no "states" with a letter left out
_LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _slip_variants(word: str) -> Iterator[str]:
    """The words a typed English word would be with two neighbouring letters it swapped put
    right, or — a word of ``_LONGEST_WORD_KEPT`` letters and more — a letter it left out
    put back: a short word a letter short of another is as often a word of its own
    ("stats", "plan", "cost")."""
    if len(word) > _LONGEST_WORD_KEPT:
        for at in range(len(word) + 1):
            for letter in _LATIN_LETTERS:
                yield word[:at] + letter + word[at:]
    for at in range(len(word) - 1):
        if word[at] != word[at + 1]:
            yield word[:at] + word[at + 1] + word[at] + word[at + 2 :]


_LATIN_WORD_RE = lazy(r"\b[a-z]{3,}\b")
_SHORT_CYRILLIC_RE = lazy(r"(?<![\w-])[А-Яа-яЁё]{3,5}(?![\w-])")  # words ``_respelt`` mends
_SLIP_RE = lazy(r"(?<![\w-])[А-Яа-яЁё]{3,}(?![\w-])")  # words ``_respelt`` may mend
_LATIN_CAPITALS_RE = lazy(r"\b[A-Z]{1,2}\b")
_TAG_RE = lazy(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,80})?/?>")
# (with the marked capitals of the region's romanised names: "Əliyev", "Şuşa", "Özbekistan")
_CAPITALISED_RE = lazy(r"(?<=[\w,;:] )([A-ZА-ЯЁÜÖŞÇĞİƏÉ][\w-]+)")


_RARE_KINDS = frozenset({"Fixd", "Name", "Surn", "Patr", "Abbr"})


def _keystroke_slips(word: str) -> set[str]:
    """The words ``word`` may be meant as with one keystroke undone: a letter put back, one
    taken out, two neighbours swapped back, or one typed on a touching key replaced."""
    found = {word[:at] + word[at + 1 :] for at in range(1, len(word))}
    found.update(_swaps(word))
    for at in range(1, len(word) + 1):
        found.update(word[:at] + letter + word[at:] for letter in _LETTERS)
    for at, typed in enumerate(word):
        found.update(word[:at] + letter + word[at + 1 :] for letter in NEIGHBOURS.get(typed, ()))
    found.discard(word)
    return found


def _agrees_with(form: str, following: str) -> bool:
    """Does ``form``, read as an adjective or pronoun, agree with the ``following`` word read
    as a noun, in case, number and (singular) gender? "каком" agrees with "городе", "какой"
    with "суммы"; no word following, no agreement."""
    if not following or not following.isalpha():
        return False
    nouns = [p.tag for p in parse(following) if p.tag.POS == "NOUN"]
    return any(
        p.tag.POS in {"ADJF", "NPRO"}
        and any(
            noun.case == p.tag.case
            and noun.number == p.tag.number
            and (p.tag.number == "plur" or noun.gender in {p.tag.gender, "ms-f"})
            for noun in nouns
        )
        for p in parse(form)
    )


def _only_a_rare_word(word: str) -> bool:
    """Does the dictionary know the word only as a rare kind of word, in every reading: an
    indeclinable noun (mostly borrowings: "тако", "каки"), a personal name or an
    abbreviation? Typed in a question, such a word a letter short of a common one is more
    likely that word's slip than itself."""
    readings = parse(word)
    return bool(readings) and all(_RARE_KINDS & r.tag.grammemes for r in readings)


def _only_a_personal_name(word: str) -> bool:
    """Does the dictionary know the word only as a first name, surname or patronymic, in
    every reading ("регине": Регина, Регин)? Such a word, typed in a question about an
    article that never names that person, is more likely a slip of a common word."""
    readings = parse(word)
    return bool(readings) and all(
        {"Name", "Surn", "Patr"} & set(str(r.tag).replace(" ", ",").split(",")) for r in readings
    )


def _as_subject(term: Term, words: list[str], names: Collection[str] = ()) -> bool:
    """Is a name in the question written as the subject of its clause: a Russian name as
    its lemma (nominative: "Ишмухамедов", not "Гаджиева") or repaired, a Latin one not possessive
    ("Hajiyev's") nor after a preposition ("about Hajiyev")? A Latin possessive owning a view
    ("Ishmukhamedov's opinion on …", "Huseynov's take") is whose view is asked: a subject.
    What stands before a name is read before the whole name (``names``: the other words
    naming people), so "on Hikmet Hajiyev's remark" puts the surname after "on" too."""
    at = words.index(term.typed) if term.typed in words else -1
    if at < 0:
        return True
    after = words[at + 1 : at + 2]
    start = at
    while start > 0 and (words[start - 1] in names or words[start - 1] in NAME_TITLES):
        start -= 1
    before = words[start - 1 : start] if start > 0 else []
    if after == ["s"] and not is_cyrillic(term.typed):
        owned = words[at + 2 : at + 3]
        return (
            bool(owned)
            and owned[0] in VIEW_NOUNS_EN
            and not (before and before[0] in LATIN_OBJECT_MARKS)
        )
    if is_cyrillic(term.typed):
        # a repaired name ("гусейнву") may be in any case: taken as the subject; so is one
        # whose words are reported ("по Ишмухамедову", "по словам Гусейнова")
        return (
            term.typed == term.lemma
            or term.similarity < 1
            or (bool(before) and (before[0] == "по" or before[0] in SOURCE_NOUNS))
        )
    if before == ["the"] and _owner_of_said(words, term.typed) is not None:
        return False  # "the Gadzhiev 5+1 post": whose post, named as its attribute
    return after != ["s"] and not (before and before[0] in LATIN_OBJECT_MARKS)


def _unknown_places_offered(query: Query, told: frozenset[tuple[str, str]]) -> Query:
    """The query without the places offered that are only the asker's guesses at the answer.
    Two places are offered where the place is asked ("Где его встречали — в Алматы или в
    столице?", "через какой порт — Актау или Курык?") or after a preposition of place ("was
    the ceremony in Almaty or in Astana?", ``placed_alternatives``); a name among them
    (kinds of place offered, "в каком зале или резиденции", are what is asked, and stay).

    - Neither a word the briefing uses, for the place asked: the passage naming where it
      happened ("в Астане") answers, and tells which (or that it was neither). Weighed as
      unknown words they sank that passage, and no passage could ever say one of them.
    - One the briefing names: the passage saying it chooses (``Matcher._chooses``), and the
      other, a name it never uses, is merely the other choice, no sign the subject is not
      covered — for the place asked, and for places offered in a question asking something
      else ("was the ceremony in …?") when a passage tells the question's event in the known
      place (``told``, ``Analyser._told_places``). A question whose event the briefing never
      tells ("в Алматы или в Астане живёт Ишмухамедов?", "… родился Алиев?", "Гусейнов
      выступал в …") has no passage to choose with: any passage naming the person and
      Astana would answer it falsely, so its unknown place stays, and the question
      unanswered."""
    asked = query.asks[:1] == (AnswerType.PLACE,)
    if not query.alternatives or not (asked or told):
        return query
    by_typed: dict[str, list[Term]] = defaultdict(list)
    for term in query.terms:
        by_typed[term.typed].append(term)
    unknown: set[str] = set()
    kept = []
    for one, other in query.alternatives:
        sides = [[t for form in side for t in by_typed.get(form, ())] for side in (one, other)]
        unsaid = [bool(side) and all(t.similarity <= 0 for t in side) for side in sides]
        # "в каком зале или резиденции": kinds of place, what is asked, and no guesses
        named = any(t.entity for side in sides for t in side)
        if named and asked and all(unsaid):
            unknown.update(t.typed for side in sides for t in side)
            continue  # nor is the pair asked any longer: no passage says either
        kept.append((one, other))
        chosen = asked or _among(told, one, other)
        if named and chosen and any(unsaid) and all(sides):
            unknown.update(
                t.typed for side, no in zip(sides, unsaid, strict=True) if no for t in side
            )
    if not unknown:
        return query
    terms = tuple(t for t in query.terms if t.typed not in unknown)
    return replace(query, terms=terms, alternatives=tuple(kept))


def _among(pairs: frozenset[tuple[str, str]], one: frozenset[str], other: frozenset[str]) -> bool:
    """Is a pair of words as typed among ``pairs`` the offered pair of ``one`` and ``other``
    (each a side's forms, ``Query.alternatives``)?"""
    return any(first in one and second in other for first, second in pairs)


def _widest_latin_spellings(index: Index) -> dict[str, str]:
    """Each Latin spelling of an expert's name mapped to the spelling of that name
    (``romanise.same_name``) the most passages hold, where that one is held by more: an
    alias of his profile ("Gadzhiev", "Hajiev") or a Russian quote's «Гаджиева» romanised,
    to the "Hajiyev" the English passages write. A passage on him says the usual one; read
    by another, his name would count for his profile alone, and a question spelling it the
    narrow way would lose the passages written the other. His first name is no spelling of
    his surname. Ties go to the first in alphabetical order."""
    by_people: dict[frozenset[tuple[str, str]], list[str]] = defaultdict(list)
    for lemma, people in index.names.items():
        if is_latin(lemma) and lemma in index.idf:
            by_people[people].append(lemma)
    wider: dict[str, str] = {}
    for spellings in by_people.values():
        for lemma in spellings:
            widest = min(
                (other for other in spellings if same_name(other, lemma)),
                key=lambda other: (-len(index.postings.get(other, ())), other),
            )
            if len(index.postings.get(widest, ())) > len(index.postings.get(lemma, ())):
                wider[lemma] = widest
    return wider


def _one_of_each(terms: list[Term], pairs: tuple[tuple[str, str], ...]) -> list[Term]:
    """Without the alternative the briefing never uses when the other of its pair is known
    ("official or state": the article says "state"); a name is kept (an unknown name is what
    the article does not cover; two places offered are read by ``_unknown_places_offered``);
    both words of a pair known or unknown alike are kept."""
    if not pairs:
        return terms
    by_typed = {t.typed: t for t in terms}
    unused: set[str] = set()
    for pair in pairs:
        found = [by_typed.get(word) for word in pair]
        if None in found:
            continue
        for this, other in (found, found[::-1]):
            assert this is not None and other is not None
            if this.similarity <= 0 and not this.entity and other.similarity > 0:
                unused.add(this.typed)
    return [t for t in terms if t.typed not in unused]


# "один", "one" as the question reads it: before a word of the subject, the unit a price or
# a count is asked per ("один вагон"); before a scale, a figure ("один миллиард").
_PER_ONE = "1"


def _without_unit_one(terms: list[Term], words: list[str]) -> list[Term]:
    """Without the "1" of "сколько стоит один вагон", "the price of one locomotive": one of a
    thing is the unit its price or number is asked of, no number the article must state —
    left in, it weighed as a number no passage gives and sank the passage on the wagons, so
    the price was not even said to be missing. "один миллиард", "1 млрд" keep their number."""
    at = next((i for i, w in enumerate(words) if w == _PER_ONE), None)
    if at is None or at + 1 >= len(words):
        return terms
    following = words[at + 1]
    if following in SCALE_WORDS or following in MEASURE_UNITS:
        return terms
    if not any(t.typed == following and not t.frame for t in terms):
        return terms  # "пять плюс один, что это": no thing after it, the number itself
    return [t for t in terms if t.typed != _PER_ONE]


def _called_heads(terms: list[Term], words: list[str]) -> list[Term]:
    """In a question asking who called a thing so (``CALLING_WORDS``), a hollow head of the
    name given ("редким примером") frames the epithet: the passage calling the relations "a
    rarity" or "a unique case" answers without the asker's noun, which weighed as a word of
    the subject sank it below a passage merely naming the relations."""
    if not any(word in CALLING_WORDS for word in words):
        return terms
    return [
        replace(t, focus=False, frame=True)
        if t.lemma in CALLED_HEADS and t.typed not in CALLING_WORDS
        else t
        for t in terms
    ]


_DESCRIPTION_REACH = 4  # words of the description after "про"
_OWNER_REACH = 2  # words between the noun and "про": the one who said it ("Хикмета Гаджиева")


def _description(words: list[str], start: int) -> list[str]:
    """The words from ``start`` up to the ``_DESCRIPTION_REACH``-th that is no stop word:
    "о преобразовании формулы «5+1» в «6»" runs to the "6" its preposition leads to."""
    told: list[str] = []
    content = 0
    for word in words[start:]:
        if content >= _DESCRIPTION_REACH:
            break
        told.append(word)
        content += not is_stop(word)
    return told


def _checked_item(terms: list[Term]) -> list[Term]:
    """A yes/no check of an item's place among others ("was agriculture on the agenda?",
    "was energy among the topics he listed?"): the kind and the agenda
    (``ITEM_FRAMES``) frame the item checked, which the passage naming it answers whether or
    not it says "agenda" — weighed as words of the subject, they raised the passage on the
    agenda that never names the item. Only beside one item of its own and no other word
    ("was space among the sectors of the agreements?" names whose sectors: the agreements',
    which the passage confirming must say too); else unchanged."""
    framing = [t for t in terms if {t.typed, t.lemma} & ITEM_FRAMES]
    checked = [t for t in terms if not t.frame and not t.entity and t not in framing]
    if not framing or len(checked) != 1 or checked[0].similarity <= 0:
        return terms
    return [replace(t, focus=False, frame=True) if t in framing else t for t in terms]


def _occasion_owners(words: list[str], occasion: frozenset[int]) -> set[str]:
    """The words naming whose or where an occasion is, right after its noun ("переговоров
    ГУСЕЙНОВА", "переговоров в ГАБАЛЕ", "the talks in ASTANA"): the occasion is the article's
    only if a passage holds them with it (``_names_occasion``)."""
    if not occasion:
        return set()
    after = max(occasion) + 1
    if after < len(words) and words[after] in OCCASION_PLACE_PREPOSITIONS:
        after += 1
    return {words[after]} if after < len(words) else set()


def _points_back(words: list[str]) -> bool:
    """Does the question name what it asks about by a pronoun of the scene before it ("Как
    он ЕГО назвал", "как он ЭТО оценил")?"""
    return any(w in IT_FORMS for w in words)


def _without_foil(terms: list[Term], words: list[str], *, pointed: bool = False) -> list[Term]:
    """Without the unknown words of a guess set against an open other: "назвал его рядовым
    событием или чем-то большим", "дорогой для грузов или чем-то более важным для всего
    континента", "на десятилетия или поближе". The guess is the reader's, the open other
    says the passage's own words answer; a word of either the briefing never uses (a name
    aside) is how it is asked, not what about."""
    guessed: set[str] = set()
    other: set[str] = set()
    for at, word in enumerate(words):
        if word not in OR_WORDS or at + 1 >= len(words) or words[at + 1] not in OPEN_OTHER:
            continue
        guessed.update(words[max(0, at - _FOIL_REACH) : at])
        other.update(words[at + 1 : at + 1 + _OTHER_REACH])
    if not guessed:
        return terms
    # a subject of the question's own ("как он оценил сам визит — назвал его …"): the
    # pronoun is that
    pointed = pointed and not any(
        t.focus and not t.entity and t.similarity > 0 and t.typed not in guessed | other
        for t in terms
    )
    # the open other's words say nothing the passage must hold ("более важным для всего
    # континента"), known or not; the guess's, only those the briefing never uses (a known
    # one may be the subject: "дорогой для грузов" is the route asked about) — unless the
    # question names its subject by a pronoun of the scene ("Депутат говорил про маршрут.
    # Как он его назвал — дорогой для грузов или …"): the guess is then only the reader's
    return [
        t
        for t in terms
        if t.entity
        or not (t.typed in other or (t.typed in guessed and (pointed or t.similarity <= 0)))
    ]


_FOIL_REACH = 3  # words of the guess before "или"
_OTHER_REACH = 6  # words of the open other after it: "чем-то более важным для всего континента"


def _without_period_choice(terms: list[Term], pairs: tuple[tuple[str, str], ...]) -> list[Term]:
    """Without units of time offered as a choice ("400–500 млн — это за месяц или за год?"):
    they ask which the figure is given per, not what about; the entry must still say one of
    them (``Matcher._chooses``), but the one it does not say weighs nothing against it."""
    periods = {word for pair in pairs if all(w in TIME_NOUNS for w in pair) for word in pair}
    return [t for t in terms if t.typed not in periods] if periods else terms


@lru_cache(maxsize=256)
def _budgeted_tokens(text: str, max_words: int, max_word_chars: int) -> tuple[str, ...]:
    """``Analyser._considered``, remembered per text: each reading is tokenised to rank the
    readings (``_known_share``, the typed one twice) and again to be analysed."""
    return tuple(token[:max_word_chars] for token in tokens(text)[:max_words])


def _unknown_detail(words: list[str], terms: list[Term], real: Callable[[str], bool]) -> str | None:
    """A noun right after an interrogative ("какой погранпереход", "which companies") that the
    briefing never uses — unless it is a generic one, in any of its forms ("в каком городе"
    may be Астана, "в каких областях" are the spheres the article lists), or a Russian word
    no dictionary knows: "какая цль" is a slip the repairs did not mend, which says nothing
    of a detail the article lacks (``real``: can it be read as a Russian word). A slip mended into a
    dictionary word ("в каком аэропорут" read as "аэропорт") is that word; one the dictionary
    only predicts ("погранпереход") is a word too."""
    unknown = {t.typed: t.lemma for t in terms if t.similarity <= 0 and t.focus and not t.entity}
    for before, word in itertools.pairwise(words):
        if word not in unknown:
            continue
        if before in CAUSE_NOUNS_RU and is_cyrillic(word) and real(word):
            # "каковы причины задержек на границе": the thing whose cause is asked is one the
            # briefing never names, so no passage gives its cause
            return word
        if before not in INTERROGATIVES:
            continue
        if generic_detail(word, unknown[word], words):
            continue
        if is_cyrillic(word) and not (real(word) or real(unknown[word])):
            continue  # neither it nor the word it was read as ("аэропорут": аэропорт)
        return word
    return None


# The cases of the words depending on the nouns of a phrase after "о"/"про" (``ABOUT_GOVERNS``):
# "о строительстве МОСТА", "о выборе АЗЕРБАЙДЖАНОМ пути".
_DEPENDENT_CASES = frozenset({"gent", "gen2", "ablt"})
_PHRASE_POS = frozenset({"NOUN", "ADJF", "PRTF", "NPRO"})
# The cases of the phrase after such an interrogative (``PHRASE_OPENERS_RU``): "сколько
# стоит МОСТ", "когда откроют АВИАРЕЙС".
_OPENED_CASES = frozenset({"nomn", "accs"})


def _unknown_head(words: list[str], terms: list[Term], real: Callable[[str], bool]) -> str | None:
    """An unknown noun that ends the noun phrase a question is about ("кто говорил о
    строительстве МОСТА через Каспий", "what did he say about the PIPELINE", "сколько стоит
    ТОННЕЛЬ", "когда откроют АВИАРЕЙС Баку–Астана"): the thing asked about is one the
    briefing never names, so the passage matching the rest of the question (the investment in
    rails) is not about it — a detail the article lacks, as "через какой погранпереход" is.
    Only the last common noun of the phrase counts: one a known noun depends on ("о ВЫБОРЕ
    Азербайджаном пути мира") says what of that known thing is asked, and a name after it
    ("авиарейс Баку–Астана") only qualifies it. Read in Russian by case (the preposition's case,
    then the genitive or instrumental of the words depending on it), in English by word order
    (the last word before a preposition or a conjunction, "of" joining two nouns). A word the
    dictionary does not know ("мсота") is a slip, a word the briefing writes otherwise is read
    as that word before this (similarity above 0), neither counts."""
    unknown = {
        t.typed: t
        for t in terms
        if t.similarity <= 0 and not t.entity and not t.frame and t.weight > 0 and t.focus
    }
    unknown_en = {
        t.typed: t
        for t in terms
        if t.similarity <= 0 and not t.entity and t.weight > 0 and is_latin(t.typed)
    }
    if not unknown and not unknown_en:
        return None
    entities = {t.typed for t in terms if t.entity}
    for at, word in enumerate(words):
        if word in ABOUT_RU:
            phrase = _russian_phrase(words, at + 1, frozenset({ABOUT_GOVERNS[word]}))
        elif word in PHRASE_OPENERS_RU and at + 1 < len(words) and _is_verb(words[at + 1]):
            phrase = _russian_phrase(words, at + 2, _OPENED_CASES)
        elif word != "по" and colloquial_price_at(words, at):
            # "почём билет на паром", "по чём тоннель": the thing priced follows, as after
            # "сколько стоит"
            phrase = _russian_phrase(words, at + 1, _OPENED_CASES)
        elif (word in ABOUT_EN and not (at and words[at - 1] in AMOUNT_BEFORE_EN)) or (
            word in MENTIONING_EN
        ):
            # "down to about a week", "costs about": an amount near, no subject
            phrase = _english_noun_phrase(words, at + 1)
        elif word in OPENERS_EN and at + 1 < len(words) and words[at + 1] in AUXILIARIES_EN:
            # "how much will the pipeline cost", "when will the flights open": the subject
            # between the auxiliary and the main verb
            phrase = _english_noun_phrase(words, at + 2)
            if phrase and phrase[-1] in MAIN_VERBS_EN:
                phrase = phrase[:-1]
        elif _mentions(word):
            phrase = _russian_phrase(words, at + 1, frozenset({"accs"}))
        else:
            continue
        if any(looks_like_person(w) or is_person_name(w) for w in phrase if w in entities):
            continue  # "Aliyev's demeanour", "о поведении Алиева": what of a person he shows
        common = [w for w in phrase if w not in entities]
        if not common:
            continue
        last = common[-1]
        if last in GENERIC_DETAILS or last in FRAMING_HEADS or time_unit(last):
            continue  # "the analyst mentioned some town", "down to about a week"
        head = unknown.get(last) or unknown_en.get(last)
        if head is not None and _abstract(head.typed, head.lemma):
            continue  # "about reconciliation with Armenia": the peace it has, put otherwise
        if is_cyrillic(last):
            if (
                last in unknown
                and unknown[last].lemma not in FRAMING_HEADS
                and real(last)
                and _is_noun(last)
            ):
                return last
        elif last in unknown_en and last.isalpha():
            return last
    return None


# Endings of abstract nouns, an idea or a state: one the briefing lacks is as often its own
# idea put otherwise ("reconciliation", "примирение": the peace declaration) as a new thing —
# unlike a thing ("мост", "pipeline", "визы"), which a passage on the rest cannot be about.
_ABSTRACT_ENDINGS_EN = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ism")
_ABSTRACT_ENDINGS_RU = ("ние", "тие", "ость", "ция", "изм", "ство")


def _abstract(typed: str, lemma: str) -> bool:
    """An abstract noun by its ending: "reconciliation", "примирение", "партнёрство"."""
    if is_cyrillic(typed):
        return lemma.endswith(_ABSTRACT_ENDINGS_RU)
    return typed.rstrip("s").endswith(_ABSTRACT_ENDINGS_EN)


def _is_verb(word: str) -> bool:
    return is_cyrillic(word) and any(p.tag.POS in ("VERB", "INFN") for p in parse(word)[:2])


def _mentions(word: str) -> bool:
    """A verb taking what is talked of as its object: "упоминал строительство моста"."""
    return is_cyrillic(word) and any(
        p.tag.POS in ("VERB", "INFN") and str(p.normal_form) in MENTIONING for p in parse(word)[:2]
    )


def _is_noun(word: str) -> bool:
    return any(p.tag.POS == "NOUN" for p in parse(word)[:2])


def _russian_phrase(words: list[str], start: int, cases: frozenset[str]) -> list[str]:
    """The words of the Russian noun phrase opening at ``start`` in one of ``cases``, with the
    words depending on its nouns: "о [строительстве моста] через Каспий"."""
    phrase: list[str] = []
    allowed = cases
    for word in words[start:]:
        if not is_cyrillic(word):
            break
        fits = [
            p
            for p in parse(word)
            if p.tag.POS in _PHRASE_POS and (p.tag.case in allowed or p.tag.case is None)
        ]
        if not fits:
            break
        phrase.append(word)
        if any(p.tag.POS == "NOUN" for p in fits):
            allowed = cases | _DEPENDENT_CASES if not phrase[:-1] else allowed | _DEPENDENT_CASES
    return phrase


def _english_noun_phrase(words: list[str], start: int) -> list[str]:
    """The words of the English noun phrase opening at ``start``, through "of": "about [the
    construction of a bridge] across the Caspian"."""
    phrase: list[str] = []
    for word in words[start:]:
        if word in EN_INDEFINITE:
            return []  # "mentioned some town": the thing asked for, no subject named
        if word in EN_DETERMINERS or word in ("of", "etc", "s"):
            continue  # "Aliyev's": its "s"
        if word in EN_PHRASE_BOUNDS or not is_latin(word) or word[0].isdigit():
            break
        phrase.append(word)
    return phrase


def _unknown_judgement(typed: list[str], terms: list[Term]) -> str | None:
    """The word judging a fact the question asks about when the briefing never uses it:
    "Is it symbolic that there were 15 agreements?", "символично ли, что соглашений 15",
    "is there symbolism in the number 15". The question asks whether the article calls the
    fact so; the passage stating the fact does not, so its sure match on the fact's words is
    no answer — a detail the article lacks. ``typed``: the question's words as typed (the
    opening "is it" is read away before its words are weighed); a slip the repairs did not
    mend is no word of a judgement (``Term.similarity`` below 0 only for unknown words)."""
    unknown = {
        t.typed
        for t in terms
        if t.similarity <= 0 and not t.entity and t.weight > 0 and not t.frame
    }
    if len(typed) >= 3 and tuple(typed[:2]) in JUDGING_OPENERS_EN and typed[2] in unknown:
        return typed[2]  # "is it symbolic that …"
    if len(typed) >= 2 and typed[1] == "ли" and typed[0] in unknown and _judges(typed[0]):
        return typed[0]  # "символично ли, что …" (not "вступит ли Турция": a deed asked)
    return None


def _judges(word: str) -> bool:
    """Is the Russian word one judging ("символично", "удивительно", "случайно") — an
    adverb, a predicative or a short adjective by its first reading — not a verb, and not an
    adverb asking when, how long or how often ("давно ли Токаев был в Габале": a question the
    article may answer, "недавно")?"""
    if word in TIME_OR_DEGREE:
        return False
    parses = parse(word)
    return bool(parses) and parses[0].tag.POS in _JUDGING_POS


_JUDGING_POS = frozenset({"ADVB", "PRED", "ADJS", "COMP"})


def _unknown_setting(words: list[str], terms: list[Term]) -> str | None:
    """A noun of a setting the briefing never uses ("о чём говорили Алиев и Токаев ЗА
    УЖИНОМ", "what did they talk about AT DINNER", "по телефону"): the question asks what
    happened there, which a passage on what they said elsewhere does not tell — it is a
    detail the article lacks, as "через какой погранпереход" is. A word the dictionary
    does not know ("за ужинм") is a slip left unmended, no setting. Only where talk is
    asked of ("о чём говорили", "what did they discuss")."""
    talking = any(
        w in TALKING_EN
        or (is_cyrillic(w) and any(str(p.normal_form) in TALKING_RU for p in parse(w)[:1]))
        for w in words
    )
    if not talking:
        return None  # "на века", "по суше": how long or which way, no setting of talks
    unknown = {t.typed for t in terms if t.similarity <= 0 and not t.entity and t.weight > 0}
    for at, word in enumerate(words):
        if word not in unknown or at == 0:
            continue
        start = at - 1 if words[at - 1] not in ("the", "a", "an") else at - 2
        if start < 0:
            continue
        before = words[start]  # "at THE banquet": its article skipped
        pair = (words[start - 1], before) if start > 0 else None
        if before not in SETTING_PREPOSITIONS and pair not in SETTING_PAIRS:
            continue
        if is_cyrillic(word):
            if not is_known_russian(word) or not any(
                p.tag.POS == "NOUN"
                for p in parse(word)  # "за чаем": "чаемый" first
            ):
                continue
        elif not word.isalpha():
            continue
        return word
    return None


def _asks(
    words: list[str], named: frozenset[tuple[str, str]], parts: tuple[str, ...]
) -> tuple[AnswerType, ...]:
    """The kinds of facts asked for; "почему, по словам Гусейнова, …" asks for his reasoning,
    which is what he said. ``parts``: the words with "и" where a comma or a dash joins
    another question (``parted``)."""
    future = any(is_future_verb(w) for w in own_clause(words))
    asks = asked_types(tuple(words), future=future)
    leading = leading_part(parts)
    if leading:
        # "тюркская семёрка — сколько стран и кто седьмой": the count the part before "и"
        # asks, lost to the person asked after it ("how many" counts only when nothing else
        # is asked), is asked first; "где и когда" keeps its order (both were read)
        first = asked_types(leading, future=future)[:1]
        if first and first[0] not in asks and not _origin_asked_twice(words, first[0]):
            asks = (*first, *asks)
    if asks[:1] == (AnswerType.REASON,) and defined_first(parts):
        # "5+1 — это что, и почему теперь «6»": what the thing is, asked first, leads
        return asks[1:]
    if named and asks[:1] == (AnswerType.REASON,) and not _choice_questioned(words):
        return (AnswerType.STATEMENT, *asks[1:])
    return asks


def _origin_asked_twice(words: list[str], kind: AnswerType) -> bool:
    """Is the place a leading part asks ("откуда у Ишмухамедова цифра семь") an "откуда"
    the whole question reads as where a thing comes from (``asks_origin``: a "почему" joined
    to it — "…, почему именно семёрка?": one question asked twice)? Read alone, the part
    lacks the "почему" that tells it; its place is no kind asked."""
    whole = tuple(words)
    return kind is AnswerType.PLACE and any(asks_origin(whole, at) for at in range(len(whole)))


def _choice_questioned(words: list[str]) -> bool:
    """ "Почему Гаджиев написал об этом именно в соцсети X?": "именно" puts the why on the
    choice he made — the reason for his act, which his words need not give — not on his
    reasoning ("почему, по словам Гусейнова, именно этот маршрут": his words, still)."""
    return not SINGLING_OUT.isdisjoint(words) and not any(
        w in REASONING_OF or w in SAY_WORDS or w in VIEW_WORDS for w in words
    )


def _contents_asks(asks: tuple[AnswerType, ...], holder: str | None) -> tuple[AnswerType, ...]:
    """What a document says ("what does the agreement say": ``holder``) is its contents, a
    fact — no person's statement: a statement read from the verb of saying is dropped."""
    if holder is not None and asks[:1] == (AnswerType.STATEMENT,):
        return asks[1:]
    return asks


def opening_sentence(paragraphs: tuple[str, ...] | list[str]) -> str:
    """The article's first sentence of substance (a headline line is shorter): in news, the
    one naming the event's who, where and when."""
    for paragraph in paragraphs:
        first = re.split(r"(?<=[.!?])\s+", paragraph.strip(), maxsplit=1)[0]
        if len(first.split()) >= _OPENING_WORDS:
            return first
    return ""


_OPENING_WORDS = 8


# Words before or after an expert's name that may say what he is ("помощник президента
# Азербайджана Гаджиев").
_ROLE_REACH = 3


def _without_frame(relation: Asked, framing: list[str], morphology: Morphology) -> Asked:
    """The relation asked with the words of how the question asks (``framing``, as typed)
    read out of it: a verb or a detail that is one of them is no relation asked."""
    if relation.detail in framing:
        relation = replace(relation, detail=None)
    if relation.verb is not None and any(
        morphology.lemma(word) == relation.verb for word in framing
    ):
        relation = replace(relation, verb=None)
    return relation


def _without_nationality(terms: list[Term], words: list[str], naming: list[Term]) -> list[Term]:
    """The terms without a country's adjective standing right before a word naming the
    expert ("the Azerbaijani MP", "the Kazakh analyst Tusupbekov"): it says who the one
    named is, as his name does, nothing of what about. Weighed as a word of the subject it
    chose the passage whose phrasing says "азербайджанский депутат" over his words on the
    very subject asked ("what did the Azerbaijani MP say about energy cooperation"). Not
    after "which": there it picks the one asked for."""
    names = {t.typed for t in naming}
    describing = {
        word
        for before, word, after in zip(["", *words], words, words[1:], strict=False)
        if after in names
        and before not in CHOOSING
        and is_latin(word)
        and country_of_adjective(word) is not None
    }
    if not describing:
        return terms
    return [t for t in terms if t.typed not in describing or t in naming]


def _is_adjective(word: str) -> bool:
    """A Russian word read first as a full adjective ("казахский")."""
    parses = parse(word) if is_cyrillic(word) else []
    return bool(parses) and parses[0].tag.POS == "ADJF"


_CHANGE_REACH = 3  # how far after the noun the "до" of the level reached may stand


def _reaching(words: list[str]) -> frozenset[str]:
    """The words of the question naming a change with the level it reaches: "рост
    товарооборота до миллиарда", "сокращение сроков до 7–8 дней" (a "до" a few words after
    the noun) — not "рост вдвое", a multiple. So is a change foreseen, right after the noun
    saying so ("перспективы РОСТА товарооборота", "прогноз увеличения"): the change itself,
    which a passage foreseeing it tells in its own words ("позволит довести до миллиарда")."""
    return frozenset(
        word
        for at, word in enumerate(words)
        if word.startswith(CHANGE_NOUN_STEMS)
        and (
            "до" in words[at + 1 : at + 1 + _CHANGE_REACH]
            or (at > 0 and _frames_change(words[at - 1]))
        )
    )


# The question words before a kind noun: "какой статус", the formal "каков статус"
# (``answer_types.KIND_ASKING``), or any other ("what status").
_KIND_ASKING = INTERROGATIVES | KIND_ASKING


def _held_back(words: list[str]) -> frozenset[str]:
    """The nouns of a change a verb of hindering governs, right after it ("препятствуют
    УВЕЛИЧЕНИЮ товарооборота", "мешает РОСТУ торговли"): the change held back, which the
    passage naming the obstacle may name by another of its nouns ("сдерживают рост")."""
    return frozenset(
        word
        for before, word in itertools.pairwise(words)
        if word.startswith(CHANGE_NOUN_STEMS)
        and (names_filler(DEFAULT.lemma(before)) or DEFAULT.lemma(before) == HOLDING_BACK)
    )


def _frames_change(word: str) -> bool:
    """Does ``word`` foresee the change named after it ("перспективы", "прогноз")?"""
    return DEFAULT.lemma(word) in FORESEEING


def _is_infinitive(lemma: str) -> bool:
    """A Russian verb's dictionary form: the lemma of a verb of the question."""
    return lemma.endswith(("ть", "ти", "чь", "ться", "тись", "чься")) and any(
        p.tag.POS == "INFN" and p.normal_form == lemma for p in parse(lemma)
    )


def _subject_word(term: Term) -> bool:
    """A word naming what is asked about (an English word is never marked ``focus``)."""
    return term.focus or (is_latin(term.typed) and term.similarity > 0 and not term.entity)


def _is_person(word: str) -> bool:
    """A word whose likeliest reading is a living being's name ("Токаева", not "Казахстан"):
    places of the opening sentence still tell one passage from another."""
    readings = parse(word)
    return bool(readings) and "anim" in str(readings[0].tag)


def _replaced_at(word: str, spots: list[int], read: str, meant: str) -> Iterator[str]:
    """The pieces of ``word`` with ``read`` at each of ``spots`` (in order) taken as ``meant``."""
    start = 0
    for at in spots:
        yield word[start:at]
        yield meant
        start = at + len(read)
    yield word[start:]


_OPENING_CAPITAL_RE = lazy(r"(?:^|[.!?…]\s+)([A-ZА-ЯЁ][\w-]+)")


def _opening_unknown(text: str, is_real_word: Callable[[str, bool], bool]) -> set[str]:
    """Russian words opening a sentence with a capital that no dictionary knows ("Пашинян
    тоже высказался …"): names, as a capital inside a sentence shows them (an English
    sentence opens with words of every kind: "Am I right …")."""
    found = {fold(word) for word in _OPENING_CAPITAL_RE.findall(clean(text))}
    return {w for w in found if is_cyrillic(w) and not is_stop(w) and not is_real_word(w, False)}


def _capitalised_words(text: str) -> set[str]:
    """Words written with a capital letter inside a sentence: names, places, organisations."""
    return {fold(word) for word in _CAPITALISED_RE.findall(clean(text))}


def _yery_stop(word: str) -> str:
    """A transliterated word that is a stop word with ы where it has и, as people type ы
    ("bi", "bilo", "bili": "бы", "было", "были"; "kotorye", its "ye" read as е: "которые")
    — read so when the word
    is no stop word as it stands ("или", "ни" stay)."""
    if is_stop(word):
        return word
    variants = [word.replace("и", "ы")] + [
        word[:at] + "ы" + word[at + 1 :] for at, letter in enumerate(word) if letter == "и"
    ]
    if len(word) > 2 and word.endswith("е") and word[-2] not in _VOWELS_RU:
        variants.append(word[:-1] + "ые")  # "kotorye" → "которе": "ye" read as one е
    return next((variant for variant in variants if is_stop(variant)), word)


def _lost_infinitive(words: list[str], at: int) -> str:
    """Transliteration drops the infinitive's ь ("gotov obespechit" → "готов обеспечит"),
    leaving a future verb the asker never wrote — and the question about what Azerbaijan is
    ready to provide reads as a forecast. After a word governing an infinitive (a short
    adjective, "готов", "должен"; a predicative, "нужно"; a modal verb, "может", "будет"),
    a noun it completes, "идея добавить"; "чтобы", which takes no future),
    a word that is an infinitive with the ь put back is read so; elsewhere ("Азербайджан
    обеспечит") it stays as it stands."""
    word = words[at]
    if at == 0 or not is_cyrillic(word) or word.endswith("ь") or not word.endswith("т"):
        return word
    infinitive = word + "ь"
    parsed = parse(infinitive) if is_known_russian(infinitive) else []
    if not parsed or parsed[0].tag.POS != "INFN":
        return word
    # "mogla by stat": the particle of the conditional stands between the verb and its
    # infinitive ("могла бы стать")
    governor = at - 2 if words[at - 1] in CONDITIONAL and at >= 2 else at - 1
    # "nelzya uje seychas vozit": adverbs may stand between the governor and its infinitive
    for _ in range(_ADVERBS_BETWEEN):
        if governor < 1 or not _is_adverb(words[governor]):
            break
        governor -= 1
    if words[governor] in INFINITIVE_OPENERS:
        return infinitive
    governor = _past_subject(words, governor)
    before = parse(words[governor]) if is_cyrillic(words[governor]) else []
    if not before:
        return word
    pos = before[0].tag.POS
    lemma = str(before[0].normal_form)
    governs = (
        pos in ("ADJS", "PRED")
        or (pos in ("VERB", "INFN") and lemma in GOVERNING_VERBS)
        or (pos == "NOUN" and lemma in GOVERNING_NOUNS)
    )
    return infinitive if governs else word


_ADVERBS_BETWEEN = 2  # "нельзя уже сейчас возить"


def _past_subject(words: list[str], at: int) -> int:
    """The verb before the subject standing at ``at``: a question puts its subject between
    the verb and the infinitive it governs ("что предложил Ишмухамедов добавить", "может ли
    Казахстан обеспечить"), so the governor is the verb before it. ``at`` unchanged when the
    word there is no subject (a person's surname, a noun or pronoun in the nominative) or no
    verb governing an infinitive stands before it (with "ли" between: "может ли")."""
    word = words[at]
    if not is_cyrillic(word) or not (looks_like_person(word) or _nominative(word)):
        return at
    verb = at - 2 if at >= 2 and words[at - 1] == "ли" else at - 1
    if verb < 0 or not is_cyrillic(words[verb]):
        return at
    parsed = parse(words[verb])
    governs = bool(parsed) and (
        parsed[0].tag.POS == "VERB" and str(parsed[0].normal_form) in GOVERNING_VERBS
    )
    return verb if governs else at


def _is_adverb(word: str) -> bool:
    """A Russian word read first as an adverb ("уже", "сейчас", "быстро"), or one of the
    particles and adverbs of manner that stand between a governor and its infinitive in any
    reading ("нельзя просто так сократить": "просто" is read first as a particle, "так" as a
    conjunction)."""
    parses = parse(word) if is_cyrillic(word) else []
    return bool(parses) and (parses[0].tag.POS == "ADVB" or word in BETWEEN_GOVERNOR)


# Consonants a soft sign may follow, and the vowels it does not come before (a translit "ь"
# before a vowel is ``_soft_sign_variants``' business).
_SOFTENED = frozenset("бвдзлмнпрстфх")
_VOWELS_RU = frozenset("аеёиоуыэюяьъй")
# The iotated letters a transliteration reads "je", "ja", "ju", "jo" as, and the vowel each
# leaves after ж when the "j" was ж ("uje": "уе", meant "уже"): ``Analyser._zhe_before_vowel``.
# The letters a transliteration read that people meant as others, and after which letters
# (``Analyser._misread``): ы after a consonant ы may follow, й after a vowel, ц.
_MISREAD = (
    ("и", "ы", "бвдзлмнпрстфц"),
    ("и", "й", "аеоуыэюя"),
    ("тц", "ц", ""),
    ("йа", "я", ""),  # "ideja", "mneniju": й typed "j", then the vowel
    ("йу", "ю", ""),
    ("йе", "е", ""),
)
_IOTATED = frozenset("еёюя")
_IOTATED_AFTER_ZHE = {"е": "е", "я": "а", "ю": "у", "ё": "о"}


# Words this short ending in "ии" are left as typed: "sinii" (синий), five letters, is read.
_SHORTEST_II = 4


def _mended_text(text: str, mended: dict[str, str]) -> str:
    """The text with each word typed with a slip written as mended (``mended``: folded word
    as typed to the word meant), its capital kept: the text the rules reading a question's
    punctuation and clauses see."""

    def mend(found: re.Match[str]) -> str:
        typed = found.group()
        meant = mended.get(fold(typed))
        if meant is None:
            return typed
        return meant.capitalize() if typed[:1].isupper() else meant

    return _WORD_RE.sub(mend, text)


_WORD_RE = lazy(r"[^\W\d_]+")


def _soft_signs(word: str) -> list[str]:
    """The word with a ь put back after a consonant before another ("ильхам" for "илхам"):
    transliteration drops it with the apostrophe people leave out."""
    return [
        word[:at] + "ь" + word[at:]
        for at in range(1, len(word))
        if word[at - 1] in _SOFTENED and word[at] not in _VOWELS_RU
    ]


def _soft_sign_variants(word: str) -> list[str]:
    """Transliteration drops ь before я/ю/е/ё/и ("statya" → статя): put it back."""
    if not is_cyrillic(word):
        return []
    return [
        word[:i] + "ь" + word[i:]
        for i in range(1, len(word))
        if word[i] in "яюеёи" and word[i - 1] not in "аеёиоуыэюяьъй"
    ]


def _typo_variants(word: str) -> list[str]:
    """The commonest slips of a hurried hand: two neighbouring letters swapped ("гдо"), one
    letter left out ("цль", "трактуе"), one letter too many. Only for a word no dictionary knows
    (and not long: its cost is per letter; a left-out letter is tried in short words only,
    where no fuzzy search reaches: it costs a look-up per letter of the alphabet)."""
    if not 3 <= len(word) <= 16:
        return []
    inserted = (
        [word[:i] + letter + word[i:] for i in range(1, len(word) + 1) for letter in _LETTERS]
        if len(word) <= _INSERTED_UP_TO
        else []
    )
    swapped = _swaps(word)
    if len(word) < 5:
        return [*swapped, *inserted]  # "гдо": "год", before "гдов", a letter too few
    dropped = [word[:i] + word[i + 1 :] for i in range(1, len(word))]
    return [*swapped, *inserted, *dropped]


def _swaps(word: str) -> list[str]:
    """The word with two neighbouring letters after its first swapped ("чреез": "через")."""
    return [
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(1, len(word) - 1)
        if word[i] != word[i + 1]
    ]


_LETTERS = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
_INSERTED_UP_TO = 8  # letters: a longer word's left-out letter the fuzzy search finds


def _reflexive_slip(word: str) -> str | None:
    """The verb form a "-тся"/"-ться" slip stands for ("ожидаеться": "ожидается",
    "собираються": "собираются", "обсуждатся": "обсуждаться"), or a past "-лся" written
    "-лса" ("направилса"), or None."""
    if word.endswith("ться"):
        return word[:-4] + "тся"
    if word.endswith("тся"):
        return word[:-3] + "ться"
    if word.endswith("лса"):
        return word[:-1] + "я"  # "направилса": "направился", its "я" heard as "а"
    return None


# Letters after which Russian spelling writes и, а, у, never ы, я, ю ("жи-ши", "ча-ща",
# "чу-щу"), and ц, after which a word's root writes и ("цифра", "станция").
_SPELLING_RULES = (
    ("жы", "жи"),
    ("шы", "ши"),
    ("цы", "ци"),
    ("чя", "ча"),
    ("щя", "ща"),
    ("чю", "чу"),
    ("щю", "щу"),
)


def _orthographic_slips(word: str) -> list[str]:
    """The word with one broken rule of spelling mended: "-тся" written "-ться" or back
    (``_reflexive_slip``: "собираються"), "ы", "я", "ю" after the letters that take "и", "а",
    "у" ("цыфра", "жызнь", "чясто"). Slips of knowing, not of the hand: one as likely on the
    wrong keyboard layout as on the right one."""
    variants = [reflexive] if (reflexive := _reflexive_slip(word)) else []
    for wrong, right in _SPELLING_RULES:
        at = word.find(wrong)
        while at >= 0:
            variants.append(word[:at] + right + word[at + len(wrong) :])
            at = word.find(wrong, at + 1)
    return variants


# Vowels written for one another where unstressed, sounding alike ("даговор", "подпешут").
_VOWEL_SLIPS = {"а": "о", "о": "а", "е": "и", "и": "е"}
# "и" written for "ы" as a Ukrainian or Belarusian speaker hears and types it ("називается",
# "видали"); never after the letters Russian spelling writes no "ы" after.
_NO_Y_AFTER = frozenset("кгхжшчщйаеёиоуыэюяьъ")


def _vowel_slips(word: str) -> list[str]:
    """The word with one vowel after its first letter written as the one it sounds like
    unstressed: "подпешут" is "подпишут", "дабавить" "добавить", "називается"
    "называется"."""
    found = [
        word[:at] + _VOWEL_SLIPS[letter] + word[at + 1 :]
        for at, letter in enumerate(word)
        if at and letter in _VOWEL_SLIPS
    ]
    found += [
        word[:at] + "ы" + word[at + 1 :]
        for at, letter in enumerate(word)
        if at and letter == "и" and word[at - 1] not in _NO_Y_AFTER
    ]
    return found


def _discussion_framing(words: list[str], at: int) -> bool:
    """Is the word at ``at`` the noun of discussing ("обсуждение", "discussion") in a question
    asking the kind of items discussed ("какие темы были главными", ``asked_items``)? It
    frames the topics asked — what the discussion was of — and is no subject of its own."""
    word = words[at]
    if not discussing(word) or asked_items(tuple(words)) is None:
        return False
    if is_latin(word):
        return word.startswith("discussion")
    parses = parse(word) if is_cyrillic(word) else []
    return bool(parses) and parses[0].tag.POS == "NOUN"


def _spelling_variants(word: str) -> list[str]:
    """Cheap repairs of common transliteration losses: э written as е, a dropped ь, й
    written as i ("dnei" read "днеи" for "дней", "Azerbaidzhan"), сч written as sch
    ("schitaet" read "щитает" for "считает")."""
    if not is_cyrillic(word):
        return []
    variants = []
    if word.startswith("е"):
        variants.append("э" + word[1:])
    for i in range(1, len(word)):
        if word[i] == "и" and word[i - 1] in "аеоуыэюя":
            variants.append(word[:i] + "й" + word[i + 1 :])
    if "щ" in word:
        variants.append(word.replace("щ", "сч"))
    if word[-1] not in "аеиоуыэюяьй":
        variants.append(word + "ь")
        variants.append(word + word[-1])  # "тон" → "тонн"
    collapsed = _DOUBLED.sub(r"\1", word)
    if collapsed != word:
        variants.append(collapsed)  # "миллионнов" → "милионов"
    # ы written as i ("strani", "novih" read "страни", "нових"), х as x ("paromax" read
    # "паромакс"): each place at a time, the first few.
    hard = [i for i in range(1, len(word)) if word[i] == "и" and word[i - 1] in _HARD]
    variants += [word[:i] + "ы" + word[i + 1 :] for i in hard[:3]]
    if "кс" in word:
        variants.append(word.replace("кс", "х"))
    if "й" in word[1:]:
        variants.append(word[0] + word[1:].replace("й", "ж"))  # "predlojil", "mejdu"
    if len(word) > _SHORTEST_SPOKEN_ENDING and word.endswith("ца"):
        # a reflexive ending written as heard ("вложаца", "кажеца", "vlozhatsa"): "-тся"
        variants += [word[:-2] + "тся", word[:-2] + "ться"]
    return variants


# The case forms of a noun of speech clipped to "-ка" ("аграрка", "аграрку", "аграркой"),
# the endings of the adjective whose stem it keeps ("аграр-ный", "нефтян-ой"), and the
# shortest such stem (``Analyser._clipped_adjective``).
_CLIPPED_ENDINGS = ("кой", "кою", "ка", "ку", "ки", "ке")
_CLIPPED_ADJECTIVE_ENDINGS = ("ный", "ной", "ой", "ский", "ской")
_SHORTEST_CLIPPED_STEM = 4
# The shortest word read as an everyday word a keystroke away (``Analyser._everyday_slip``).
_LONGEST_SHORT_SLIP = 7
# The shortest word whose "-ца" may be a reflexive verb's ending written as heard: "птица",
# "улица" end so as nouns, and the dictionary knows them before a variant is tried.
_SHORTEST_SPOKEN_ENDING = 4


def _asks_amount(words: list[str]) -> bool:
    """Does the question ask for an amount: a counting word ("сколько", "до скольки") or the
    noun of a volume ("какой обьём перевозок")?"""
    return any(w in COUNT_WORDS or w.startswith(VOLUME_STEMS) for w in words)


# The shortest transliterated verb read for a reflexive ending typed "-tsa" ("бьется").
_SHORTEST_REFLEXIVE = 5

_HARD = frozenset("бвдзлмнпрстф")  # consonants after which ы is as common as и


def _unit_named(words: list[str], terms: list[Term]) -> str | None:
    """The unit a "how many" question names its amount in ("сколько грузов возят по жд, в
    тоннах"): it asks what "сколько тонн грузов" asks — a volume in that unit, not a number
    of cargoes, which no passage gives. None without "в"/"во" and a unit of mass."""
    by_typed = {t.typed: t.lemma for t in terms}
    for before, word in itertools.pairwise(words):
        if before in IN_UNIT and by_typed.get(word) in MASS_UNITS:
            return by_typed[word]
    return None


def _measured_by_unit(words: list[str], terms: list[Term]) -> str | None:
    """What a unit named after "в" measures (``_unit_named``): the noun the counting word
    counts, "сколько нефти нужно, в тоннах" — oil. A word the dictionary does not know as a
    noun ("сколько сейчаас перевозят", a typo of an adverb) measures nothing."""
    if _unit_named(words, terms) is None:
        return None
    counted = _counted(words, terms)
    if counted is None or not is_known_russian(counted) or not _is_noun_form(counted):
        return None
    return counted


def _counted(words: list[str], terms: list[Term]) -> str | None:
    """The thing a "how many" question counts: the first noun after the counting words or
    phrase ("какой объём нефти", "number of wagons") — or the verb: "сколько стоит…"; an
    adverb between them counts nothing ("сколько сейчас занимает доставка", "это сколько и
    достаточно ли"), and neither does a word qualifying the Russian noun: "сколько
    казахстанской нефти" counts oil — a number of "двух стран" in a passage about Kazakh
    exports is no amount of oil."""
    words = amount_headline_unfolded(words)  # "oil exports: volume?" measures the oil
    after = False
    by_typed = {t.typed: t for t in terms}
    for at, word in enumerate(words):
        if (
            word in COUNT_WORDS
            or (at and (words[at - 1], word) in COUNT_PHRASES)
            or _count_noun_at(words, at)
        ):
            after = True  # "какой объём нефти", "number of wagons": oil, wagons are counted
            continue
        term = by_typed.get(word)
        if (
            after
            and term is not None
            and word not in SCALE_WORDS
            and term.lemma not in SCALE_WORDS
            and not _per_time(words, at)
            and not _source_at(words, at)
            and not _named_source(words, at, term)
            and not is_adverb(word)
            and word not in ENGLISH_ADVERBS
            and not _qualifies_next(word, words[at + 1 : at + 2], by_typed)
        ):
            english = (
                _english_phrase(words[at:], terms)
                if is_latin(word)
                and (words[at - 1] in COUNT_WORDS or tuple(words[at - 2 : at]) in COUNT_PHRASES)
                else None
            )
            if english is not None:
                return english.words[0]  # "how much Kazakh oil": oil
            return term.lemma  # "сколько стоит…", "сколько дней…", "how many ferries…"
    return None


def _source_at(words: list[str], at: int) -> bool:
    """Is ``words[at]`` the source a figure is attributed to ("в сколько, по словам
    Гаджиева", "по оценке Ишмухамедова", "согласно Тусупбекову", "according to Huseynov")?
    Whose words give the number is said, not what it counts: "5+1 превратилось в сколько по
    словам Гаджиева" counts no Hajiyevs."""
    before = words[max(0, at - 2) : at]
    return (
        (len(before) == 2 and before[0] == "по" and before[1] in SOURCE_NOUNS)
        or before[-1:] == ["согласно"]
        or before == ["according", "to"]
    )


def _named_source(words: list[str], at: int, term: Term) -> bool:
    """Is ``words[at]`` a name after "by" or "per" ("Trade can grow to how much per year, by
    Ishmukhamedov?"): whose figure it is, as ``_source_at`` reads "according to" — no
    Ishmukhamedovs are counted."""
    return at > 0 and words[at - 1] in SOURCE_PREPOSITIONS and term.entity


def _per_time(words: list[str], at: int) -> bool:
    """Is ``words[at]`` the unit of time of a rate ("how much a year they want to get to",
    "сколько в год"), which says what the amount is given per, not what is counted?"""
    return at > 0 and words[at - 1] in PER_WORDS and time_unit(words[at]) is not None


# The most words from a noun of a count to the thing it counts (``COUNT_NOUNS``).
_COUNT_NOUN_REACH = 3


def _count_noun_at(words: list[str], at: int) -> bool:
    """Is ``words[at]`` a noun of a count before the plural thing it counts ("число
    соглашений", "the number of countries", "the count of member states")?"""
    if words[at] in COUNT_NOUNS_EN:
        return words[at + 1 : at + 2] == ["of"]
    if words[at] in HEADCOUNT_NOUNS:
        return at + 1 < len(words)  # "численность рабочей группы": how many are in it
    if words[at] not in COUNT_NOUNS:
        return False
    for word in words[at + 1 : at + 1 + _COUNT_NOUN_REACH]:
        parses = parse(word) if is_cyrillic(word) else []
        if not parses:
            return False
        tag = parses[0].tag
        if tag.POS == "NOUN":
            return tag.case == "gent" and tag.number == "plur"
        if tag.POS not in ("ADJF", "PRTF"):
            return False
    return False


# How many words an English noun phrase counted may have: "how much Kazakh rail freight".
_ENGLISH_PHRASE_REACH = 3


def _english_counted(words: list[str], terms: list[Term]) -> EnglishCounted | None:
    """What the first English counting word of a question counts (``_english_phrase``) — or
    the noun after "amount of", "volume of", "number of": "the amount of Kazakh oil shipped"
    measures Kazakh oil, as "how much Kazakh oil" does."""
    words = amount_headline_unfolded(words)  # "kazakh oil exports: volume?", the same
    for at, word in enumerate(words):
        if word in COUNT_WORDS and word != "how":
            return _english_phrase(words[at + 1 :], terms)
        if is_latin(word) and tuple(words[at : at + 2]) in COUNT_PHRASES:
            return _english_phrase(words[at + 2 :], terms)
    return None


def _english_phrase(words: list[str], terms: list[Term]) -> EnglishCounted | None:
    """The noun phrase opening ``words``, after a counting word ("how much Kazakh oil is
    shipped": Kazakh; oil), up to a function word ("is", "of": no terms), a participle
    ("shipped"), a counting word ("how many km long") or ``_ENGLISH_PHRASE_REACH`` words.
    None when no term opens it ("how much did Kazakhstan invest") or all are names (the last
    is then counted, the others qualify it, as before)."""
    by_typed = {t.typed: t for t in terms}
    taken: list[Term] = []
    for word in words[:_ENGLISH_PHRASE_REACH]:
        term = by_typed.get(word)
        if term is None or not is_latin(word) or (taken and word.endswith(("ed", "ing"))):
            break
        if word in COUNT_WORDS or word in SCALE_WORDS or word in ENGLISH_ADVERBS:
            break
        taken.append(term)
    names = tuple(itertools.takewhile(lambda t: t.entity, taken))
    if not taken or len(names) == len(taken):
        return None
    return EnglishCounted(
        tuple(t.lemma for t in names), tuple(t.lemma for t in taken[len(names) :])
    )


def _qualifies_next(word: str, following: list[str], by_typed: dict[str, Term]) -> bool:
    """Is ``word`` a Russian adjective or participle before another term ("новых паромов",
    "казахстанской нефти"), a modifier of the noun counted? The noun's qualifiers are then
    checked as the question's (``Matcher._qualified``); so is a letter abbreviation ("сколько
    жд перевозок" counts the freight). English is read by its word order
    (``_english_counted``)."""
    if not following or following[0] not in by_typed or not is_cyrillic(word):
        return False
    return is_qualifier(word)


def _changed_unit(words: list[str], terms: list[Term]) -> str | None:
    """What a question about a change of an amount counts: the noun right after the counting
    word ("до скольки дней можно сократить", "на сколько процентов"), not the verb of change
    nor the subject that changes ("во сколько раз вырастет торговля" counts no "вырасти").
    Its frame words are no terms (``changes.frame``): "раз" is skipped."""
    by_typed = {t.typed: t for t in terms}
    for before, word in itertools.pairwise(words):
        term = by_typed.get(word)
        if before in COUNT_WORDS and term is not None and _is_noun_form(word):
            return term.lemma
    return None


def _is_noun_form(word: str) -> bool:
    """A Russian word read first as a noun ("дней", "процентов"); an English one is not read."""
    parses = parse(word) if is_cyrillic(word) else []
    return bool(parses) and parses[0].tag.POS == "NOUN"


def _measured(words: list[str], terms: list[Term]) -> str | None:
    """The measure a question asks for ("какова длина", "what is the length"): only a text
    giving that measure answers it, not any number on the subject."""
    if not any(w in INTERROGATIVES or w in WHAT_IS for w in words):
        return None
    return next((t.lemma for t in terms if t.typed in MEASURES), None) or _amount(words, terms)


# Amounts asked by their noun: "какой товарооборот может быть" asks how much, as "какой
# объём" does. Read by lemma, so a typo or transliteration asks the same. A trade turnover is
# a sum of money (as ``asked_types`` reads it when spelt right).
AMOUNT_LEMMAS = {"товарооборот": AnswerType.MONEY}


def _trade_sums(
    kinds: tuple[AnswerType, ...], scene: tuple[str, ...] | list[str], words: list[str]
) -> tuple[AnswerType, ...]:
    """The kinds asked with money for an amount, when the question or a heading before it
    names a trade's figures ("цифры по торговле: сейчас сколько и сколько будет", "Цифры по
    торговле: сколько сейчас?", "trade figures — how much now?") and "сколько" counts no
    thing of its own (``counts_a_thing``): the amounts asked are those figures, sums of
    money — read as a count, the passage giving "400–500 миллионов долларов" was one stating
    no number asked. Not "Цифры по торговле: сколько соглашений подписали" (agreements
    counted); nor "какие цифры по товарообороту", no amount asked (the figures on a subject,
    a list of their own). ``kinds`` as they stand otherwise."""
    if AnswerType.QUANTITY not in kinds or counts_a_thing(words):
        return kinds
    if not (trade_figures(words) or trade_figures(scene)):
        return kinds
    return tuple(dict.fromkeys(AnswerType.MONEY if k is AnswerType.QUANTITY else k for k in kinds))


def _amount_asked(words: list[str], terms: list[Term]) -> tuple[AnswerType, ...]:
    """The kind an amount asked by its noun is (``_amount``): "какой товарооборт" — money;
    so is an amount named for a past time with no question word ("товарооборот за прошлый
    год", ``_amount_of_past``): that time's figure is what is asked."""
    amount = _amount(words, terms) or _amount_of_past(words, terms)
    return (AMOUNT_LEMMAS.get(amount, AnswerType.QUANTITY),) if amount else ()


def _amount_of_past(words: list[str], terms: list[Term]) -> str | None:
    """The amount noun a question names beside a past time ("товарооборот за прошлый год",
    "товарооборот в 2020 году"), else None."""
    if past_time_named(words) is None:
        return None
    return next((t.lemma for t in terms if t.lemma in AMOUNT_LEMMAS), None)


def _amount(words: list[str], terms: list[Term]) -> str | None:
    """The amount a "какой/каков …" question asks for: the first word of its subject after the
    question word, when that is an amount ("какой сейчас товарооборот"), or the word after
    "объём" however it is spelt ("какой обьём нефти": oil), else None."""
    by_typed = {t.typed: t for t in terms}
    for at, word in enumerate(words):
        if word not in INTERROGATIVES and word not in WHAT_IS:
            continue
        following = [by_typed[w] for w in words[at + 1 :] if w in by_typed]
        if len(following) > 1 and following[0].lemma in VOLUME_WORDS:
            # "какой обьём нефти", "kakoi obem nefti": the oil; "какой обьём жд перевозок":
            # the freight, which "жд" qualifies
            measured = following[1:]
            while len(measured) > 1 and _qualifies_next(
                measured[0].typed, [measured[1].typed], by_typed
            ):
                measured = measured[1:]
            return measured[0].lemma
        if following and following[0].lemma in AMOUNT_LEMMAS:
            return following[0].lemma
    return None


def _judge_of_owned(
    words: list[str],
    terms: list[Term],
    naming: list[Term],
    experts: dict[str, frozenset[tuple[str, str]]],
) -> str | None:
    """ "How did Tokayev react to Ishmukhamedov's proposal", "как Алиев оценил пост
    Гаджиева": every expert named only as whose words are judged (``_owner_of_said``,
    ``_relative_before``), and before them a person the article does not quote judging them
    (``_other_speaker``, a verb of judging counted as one of saying) — his view is asked,
    which the expert's own words do not give. None otherwise."""
    opening = [_relative_before(words, t.typed) or _owner_of_said(words, t.typed) for t in naming]
    if not naming or None in opening:
        return None
    before = words[: min(at for at in opening if at is not None)]
    return _other_speaker(before, terms, experts, also=JUDGING_FORMS)


def _other_speaker(
    words: list[str],
    terms: list[Term],
    experts: dict[str, frozenset[tuple[str, str]]],
    also: frozenset[str] = frozenset(),
) -> str | None:
    """A named person next to a verb of saying, or a word asking for his quote ("any quote
    from Aliyev", "цитата Токаева"), who is not one of the quoted experts."""
    people = {
        t.typed: t
        for t in terms
        if t.entity
        and t.lemma not in experts
        and not t.typed.isdigit()
        and not names_a_people(t.typed, t.lemma)
    }
    people.update({t.typed: t for t in terms if t.typed in ROLE_PEOPLE})
    # "что сказали в организации …": a body speaking, which the article never quotes either
    # (English by the word typed: the stem of "commissioner", a person, is "commission")
    bodies = {
        t.typed: t
        for t in terms
        if t.typed in BODY_NOUNS or (is_cyrillic(t.typed) and t.lemma in BODY_NOUNS)
    }
    people.update(bodies)
    # "что говорит бизнес": many people named as one, whom the article does not quote either
    groups = {t.typed: t for t in terms if is_cyrillic(t.typed) and t.lemma in GROUP_NOUNS}
    people.update(groups)
    # "что сказал пашинян": typed in lower case, a name the article never writes shows by
    # its form alone (``_unseen_name``), as a capital would show it
    people.update(
        {
            t.typed: t
            for t in terms
            if not t.entity and _unseen_name(t) and not names_a_people(t.typed, t.lemma)
        }
    )
    # an office the briefing never names: no match at all, or one only to a relative of the
    # word ("перевозчики" matched to the article's "перевозки": the trade, not its carriers)
    offices = {
        t.typed: t
        for t in terms
        if _unseen_office(t.typed)
        and (t.similarity <= 0 or t.lemma != person_noun(t.typed))
        and not names_a_people(t.typed, t.lemma)
    }
    people.update(offices)
    if not people or (words and words[0] in CIRCUMSTANCE_WORDS):
        return None
    if asks_about_talk(tuple(words)) and sum(map(looks_like_person, people)) > 1:
        return None  # "о чём говорили Алиев и Токаев": what they discussed, not their words
    if any(w in VENUE_NOUNS for w in words):
        return None  # "tokaev speech city": where he spoke, which the article may well say
    holder = _view_from_side(words, people)
    if holder is not None:
        return holder
    saying = (
        SAY_WORDS
        | QUOTE_WORDS
        | COMMENTING
        | TELLING
        | HELD_VIEWS_EN
        | RECALLING
        | DESCRIBING
        | also
    )
    content = [
        w
        for at, w in enumerate(words)
        if (not is_stop(w) or w in saying or w in TOPIC_PREPOSITIONS)
        and not (w in TELLING and not _told_to_someone(words, at, people))
    ]
    for number, word in enumerate(content):
        if word not in saying:
            continue
        quoting = word in QUOTE_WORDS
        side = (
            _holder_side(content, number)
            if word in HELD_VIEWS_EN
            else _speaker_side(content, number)
        )
        describing = word in RECALLING or word in DESCRIBING
        if (word in COMMENTING or describing) and is_latin(word):
            # "how did Russia react to Aliyev's visit", "who mentioned Tokayev": one after
            # the verb is its object
            side = side[: side.index(word)]
        if number > 0 and content[number - 1] in WHO_WORDS and word in side:
            # "who said the Trans-Caspian route is …": the speaker is the one asked, and
            # what follows the verb is what he said
            side = side[: side.index(word)]
        agent = _passive_agent(words, word) if not quoting else None
        if agent is not None:
            # "which means of crossing the Caspian was mentioned": the one before a passive
            # is what was said, its speaker only the one after "by"
            side = agent
        if describing:
            # "что вспоминал Токаев", "как Токаев охарактеризовал визит": the one recalling
            # or describing, named as he is (the nominative) — not whom or what is recalled
            # or described ("кто вспоминал выступление Токаева", "как описали визит Алиева")
            side = [
                near for near in side if _nominative(near) or _woman_speaking(content, number, near)
            ]
        for near in side:
            term = people.get(near)
            if term is not None and (
                near in ROLE_PEOPLE
                or near in bodies
                or near in groups
                or near in offices
                or looks_like_person(near)
                # "что сказала (госпожа) Алиева": a woman's surname, by her verb's gender —
                # no genitive of "Алиев", whom "слова Алиева" asks of
                or _woman_speaking(content, number, near)
                # "цитата Токаева": whose quote, in the genitive; the surname's own form
                or (quoting and looks_like_person(term.lemma))
            ):
                # a body by its word in ``BODY_NOUNS`` (the reply says whose words are missing)
                return term.typed if near in bodies and is_latin(near) else term.lemma
    if any(w in SAY_WORDS for w in content):
        # "что говорил о Среднем коридоре министр транспорта": an office named as the
        # subject (the nominative) after what he spoke of is the speaker all the same
        office = next((w for w in content if w in offices and _nominative(w)), None)
        if office is not None:
            return offices[office].lemma
    return None


def _keyword_year(words: list[str]) -> bool:
    """A message of keywords with no question word, one of them "year": it asks the year
    ("aliyev kazakhstan visit year"), which a date without one does not give."""
    if any(w in QUESTION_WORDS for w in words):
        return False
    for at, word in enumerate(words):
        if word not in YEAR_WORDS or (at == 0 and len(words) == 1):
            continue
        before = words[at - 1] if at else ""
        after = words[at + 1] if at + 1 < len(words) else ""
        if before in RATE_UNITS:
            continue  # "tonnes/yr", "usd year": an amount per year, no year asked
        if before not in YEAR_QUALIFIERS and not before[:1].isdigit() and not after[:1].isdigit():
            return True
    return False


# A judgement given, its judge the one person named ("какова оценка Тусупбековым уровня
# визита"): his words judging it, as "как Тусупбеков оценил" asks (the verb frames it
# already: ``OPINION_VERB_LEMMAS``). With two named, the noun tells the judge's passage on
# the other's words ("оценка Ишмухамедовым заявления Гаджиева") and stays. "Характеристика"
# is "как охарактеризовал" asked the same way; his passages lack both nouns, so read as words
# of the subject they had him refused. (The nouns: ``lexicon.JUDGEMENT_NOUNS``.)


def _point_of_view(words: list[str]) -> frozenset[str]:
    """The words of "точка зрения" as typed ("с точки зрения Гусейнова", "какова точка
    зрения Ишмухамедова на …"): a view held, read as "позиция" is; a "точка" alone (a
    point on a route) stays a word of the subject. So is the noun of "в понимании X", "в
    представлении X" (``IN_VIEW_OF``): whose reading of the thing is asked, not a word of it."""
    pointed = (
        word
        for at in range(len(words) - 1)
        if words[at] in POINT_FORMS and words[at + 1] in OF_VIEW
        for word in words[at : at + 2]
    )
    read_in = (
        words[at + 1]
        for at in range(len(words) - 1)
        if words[at] in IN_FORMS and words[at + 1] in IN_VIEW_OF
    )
    return frozenset((*pointed, *read_in))


# Latin words shorter than this are not read back as the article's names ("x", "mir").
_SHORTEST_LATIN_NAME = 4


def _nominative(word: str) -> bool:
    """Is the word typed as its subject is ("Токаев", "президент", "Tokayev"), no other case
    ("Токаева", "президента": whom or what a verb's object names)? A woman's surname, the
    same as a man's genitive, is told by her verb (``_woman_speaking``)."""
    if not is_cyrillic(word) or looks_like_person(word):
        return True  # a man's surname in "-ов", "-ин", "-ян" is its nominative
    first = parse(word)[:1]
    # (the dictionary reads "Токаева" first as a woman's first name: a man's genitive here)
    return any(p.tag.case == "nomn" and not {"Name", "Surn"} & p.tag.grammemes for p in first)


def _told_to_someone(words: list[str], at: int, people: dict[str, Term]) -> bool:
    """Is the "tell" at ``at`` told to somebody — a pronoun or a person the question names
    after it ("what did Tokayev tell him / Aliyev")? Else it is the asker's request to the bot
    ("tell me …", "which day …, tell exact date"), no saying of anyone's."""
    following = words[at + 1 : at + 1 + _TOLD_REACH]
    return bool(following) and (
        following[0] in TOLD_PRONOUNS
        or any(w in people and (people[w].entity or looks_like_person(w)) for w in following)
    )


_TOLD_REACH = 3  # words after "tell" naming whom: "tell the Azerbaijani leader"


def _passive_agent(words: list[str], word: str) -> list[str] | None:
    """The words that may name the speaker of an English word of saying used in the passive
    ("the Caspian was mentioned", "what is said about ferries", "was reportedly mentioned by
    Tokayev"): the two after its "by", none without one. None when the word is no passive
    participle — a "be" right before it, or before one adverb. A passive's subject is what
    is said or mentioned, never who says it; "was Tokayev mentioned", the subject between,
    stays read as it was."""
    if not is_latin(word):
        return None
    for at, typed in enumerate(words):
        if typed != word or at == 0:
            continue
        before = words[at - 1]
        if before in PASSIVE_ADVERBS and at > 1:
            before = words[at - 2]
        if before not in PASSIVE_BE:
            continue
        after = words[at + 1 : at + 4]
        return after[1:] if after[:1] == ["by"] else []
    return None


_SIDE_REACH = 2  # "со стороны (президента) Токаева"


def _view_from_side(words: list[str], people: dict[str, Term]) -> str | None:
    """The person not quoted whose view is asked by "оценка … со стороны X", or None."""
    if not any(w in VIEW_NOUNS_RU for w in words):
        return None
    for at in range(len(words) - 2):
        if tuple(words[at : at + 2]) != FROM_SIDE:
            continue
        for near in words[at + 2 : at + 2 + _SIDE_REACH]:
            term = people.get(near)
            if term is not None and looks_like_person(term.lemma):
                return term.lemma
    return None


def _holder_side(content: list[str], at: int) -> list[str]:
    """The words that may name whose view the noun at ``at`` is: the word right before it
    ("aliyev('s) view"), or the one right after ("view of (the) aliyev") when nothing but a
    topic preposition or the end follows that one (not "view of aliyev visit")."""
    side = [content[at - 1]] if at else []
    after = content[at + 1 : at + 3]
    if after and (len(after) == 1 or after[1] in TOPIC_PREPOSITIONS):
        side.append(after[0])
    return side


def _feminine_past(word: str) -> bool:
    """A Russian verb of saying in the feminine past ("сказала", "заявила", "высказалась")."""
    return is_cyrillic(word) and word.endswith(("ла", "лась"))


def _womans_surname(word: str) -> bool:
    """A Russian woman's surname in the nominative ("Алиева", "Токаева", "Путина"): a
    surname-shaped stem and a feminine "-а"."""
    return (
        is_cyrillic(word)
        and word.endswith(("ова", "ева", "ёва", "ина"))
        and (looks_like_person(word[:-1]))
    )


def _woman_speaking(content: list[str], at: int, near: str) -> bool:
    """Is ``near`` a woman's surname right beside the feminine verb of saying at ``at``
    ("сказала Алиева", "что Алиева заявила", "сказала госпожа Алиева")? Not one further off,
    nor one after a noun: "Россия отреагировала на визит Алиева", "на визит Алиева
    отреагировала Россия" — the verb is Russia's, "Алиева" his genitive."""
    if not (_feminine_past(content[at]) and _womans_surname(near)):
        return False
    after = [w for w in content[at + 1 : at + 3] if w not in MADAM][:1]
    if near in after:
        return True
    # before the verb, only as its subject: "(госпожа) Алиева сказала", not a noun's genitive
    # ("на визит Алиева отреагировала Россия")
    ahead = [w for w in content[:at] if w not in MADAM]
    return ahead[-1:] == [near] and (len(ahead) == 1 or ahead[-2] in QUESTION_WORDS)


def _arrival_framed(terms: list[Term], words: list[str]) -> list[Term]:
    """The terms with the English verbs asking what a standing arrived at ("turned",
    "reached": ``characterisation.arrival_asking``) read as a frame — no word of the subject,
    which "relations" names — so that a passage saying the state in its own verb is not sunk
    by one that says "reach" of an amount."""
    asking = arrival_asking(words)
    if not asking:
        return terms
    return [
        replace(t, focus=False, frame=True) if t.typed in asking and t.similarity > 0 else t
        for t in terms
    ]


def _speaker_side(content: list[str], at: int) -> list[str]:
    """The words around a word of saying that may name its speaker: two before, two after,
    but none past an English preposition of topic ("quote on X": X is what the quote is
    about) — nor the prepositions themselves."""
    after: list[str] = []
    for word in content[at + 1 : at + 3]:
        if word in TOPIC_PREPOSITIONS:
            break
        after.append(word)
    start = max(0, at - 2)
    # "что министр транспорта Казахстана говорил": an office's genitives ("транспорта
    # Казахстана") stand between it and the verb — the speaker is the noun they qualify
    reach = start
    while reach > max(0, at - 4) and all(_genitive(w) for w in content[reach:at]):
        reach -= 1
    if reach < start and _unseen_office(content[reach]):
        start = reach
    before = [w for w in content[start:at] if w not in TOPIC_PREPOSITIONS]
    return [*before, content[at], *after]


def _genitive(word: str) -> bool:
    """Is the Russian word a noun in the genitive by its first reading ("транспорта",
    "Казахстана"): a qualifier of the noun before it?"""
    if not is_cyrillic(word):
        return False
    first = parse(word)[:1]
    return bool(first) and first[0].tag.POS == "NOUN" and first[0].tag.case == "gent"


def _unseen_office(word: str) -> bool:
    """ "что сказал генсек ОТГ", "что говорят перевозчики": a Russian noun naming a person
    by office or trade (``person_noun``), not one of the experts' words — somebody the
    article does not quote, as a name it never gives would be."""
    lemma = person_noun(word)
    return lemma is not None and lemma not in EXPERT_NOUNS


# Latin words ending so are nationalities ("armenian", "russian"), however their
# transliteration ends.
_NATIONALITY_ENDINGS = ("ian", "ean")


def _unseen_name(term: Term) -> bool:
    """A word the article never uses that is a name by its form, where no capital shows it
    ("что сказал пашинян", "what did erdogan say"): a Cyrillic word no dictionary knows as
    a common word, or one it reads as a first name or surname; a Latin word that is one
    read back into Cyrillic. Only a candidate: ``_other_speaker`` still wants it
    surname-shaped and in a speaker's place, beside a word of saying."""
    word = term.typed
    if term.similarity > 0 or not word.isalpha():
        return False
    if is_latin(word):
        if len(word) < _SHORTEST_LATIN_NAME or word.endswith(_NATIONALITY_ENDINGS):
            return False
        word = transliterate(word)
    if not is_cyrillic(word):
        return False
    return is_proper_name(word) or not is_known_russian(word)


@lru_cache(maxsize=WORDS_REMEMBERED)
def looks_like_person(word: str) -> bool:
    """Surname-shaped, in Cyrillic or transliterated: Токаев, Tokayev, Erdogan, Пашинян."""
    if is_latin(word):
        word = transliterate(word)
    return word.endswith(("ов", "ев", "ёв", "ин", "ян", "нко", "ич", "ган", "дзе", "швили"))


def _starting(lemmas: list[str], stem: str) -> list[str]:
    """The lemmas of a sorted list beginning with ``stem``."""
    found = []
    at = bisect_left(lemmas, stem)
    while at < len(lemmas) and lemmas[at].startswith(stem):
        found.append(lemmas[at])
        at += 1
    return found


def _word_before(head: str) -> bool:
    """Is a compound's first half, with its linking vowel ("товаро", "грузо", "энерго"), a
    word: the word before the vowel ("товар", "груз") or one undeclined ("энерго",
    "авто")? Not a chance ending at a vowel ("поли-тика", "дости-гнуть")."""
    before = head[:-1]
    if len(before) >= _SHORTEST_CLIPPED and is_known_russian(before):
        return any(p.tag.POS == "NOUN" for p in parse(before))
    return _compound_head(head)


def _compound_head(word: str) -> bool:
    """Does the dictionary read ``word`` only as an undeclined noun ("энерго", "авто",
    "инфра"), as it reads a compound's first half standing alone (known or guessed)?"""
    parses = parse(word)
    return bool(parses) and all(p.tag.POS == "NOUN" and "Fixd" in p.tag for p in parses)


# Cognates are read only of words this long: a short word's spelling meets too many others.
_COGNATE_FROM = 6
# A letter written twice ("миллионнов", "corridor"), made one by the slip variants and the
# cognate key; and a c read k (before no e, i, y, h): module-level like the other patterns.
_DOUBLED = lazy(r"(.)\1")
_HARD_C = lazy(r"c(?![eiyh])")


def _cognate_key(word: str) -> str:
    """A Latin word's spelling as a transliteration and its English cognate share it: c read
    k (before no e, i, y, h), x read ks, ph read f, doubled letters made one ("corridor",
    "koridor": "koridor"; "container", "kontainer": "kontainer")."""
    word = word.lower().replace("ph", "f").replace("x", "ks").replace("ck", "k")
    word = _HARD_C.sub("k", word)
    return _DOUBLED.sub(r"\1", word)


def _asks_holder(words: list[str]) -> bool:
    """Does the question open on "кто"/"who" (after nothing but a comma's worth): the
    person holding a view is asked, and a verb of holding it ("прогнозирует", "оценил",
    "predicts") is how he is asked — no word his passage must hold, as with a name."""
    return bool(words) and words[0] in HOLDER_ASKED


def _may_be_locative(word: str) -> bool:
    """Can the Russian noun stand in the locative ("сети", "здании"), the case of where
    something is after "в/на"? "инфраструктуру" cannot: after "в" it is where to."""
    return any(
        parse_.tag.POS == "NOUN" and parse_.tag.case in ("loct", "loc2") for parse_ in parse(word)
    )


def _picked_among(words: Sequence[str], at: int) -> bool:
    """Is ``words[at]`` the people one is picked from ("кто из экспертов", "which of the
    commentators floated bringing Turkey in")? English puts "the" between "of" and them,
    which once left "commentators" a word of the subject no passage says."""
    before = at - 1
    if before >= 0 and words[before] == "the":
        before -= 1
    return before > 0 and words[before] in AMONG and words[before - 1] in PICKING
