"""Where a trip went: the destination a question names, the places a passage's trips went to.

"Когда Токаев ездил в Азербайджан?", "в какой день Токаев прилетел в Баку", "когда казахский
президент летал в Баку" share nearly every word with "20 октября … Ильхам Алиев прибыл с
государственным визитом в Казахстан" — a trip, a date, both presidents — but that trip went
the other way. A question with a verb of travel ("ездил", "прилетел", "летал", "посетил",
"visited", "flew to", "travelled to") and a destination ("в Баку", "к азербайджанцам",
"посетил Азербайджан", "to Baku") asks of a trip to that place; a passage telling of trips
("прибыл", "визит", "выступал в Габале … визиты") answers it only when one of the places it
puts them in is the destination — the place itself or its country ("в Азербайджане" for
Baku). A passage telling no trip says nothing either way (an expert's view of "the visit").

A destination is a country (by its name in any case, its capital, its people: "к
азербайджанцам"; a slip read as the question's reading mends it) or a Russian place name
the dictionary knows as one ("в Шушу"). A passage's places are the capitalised names after
its prepositions ("в Габале").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from bot.language.lexicon import word_set
from bot.language.morphology import WORDS_REMEMBERED, parse
from bot.language.text import fold, is_cyrillic
from bot.patterns import lazy

# Verbs of travel, Russian by stem, as typed: "ездил", "съездил", "прилетел", "посетил".
_TRAVEL_RU = (
    "ездил",
    "съездил",
    "поехал",
    "приехал",
    "приезжал",
    "прибыл",
    "прибывал",
    "прилетел",
    "прилетал",
    "летал",
    "слетал",
    "полетел",
    "вылетел",
    "посетил",
    "посещал",
    "отправился",
    "наведался",
    "побывал",
    "ездит",
    "едет",
    "летит",
    # a trip to come: "когда Токаев приедет в Баку", "поедет с ответным визитом", "посетит"
    "приедет",
    "приедут",
    "поедет",
    "поедут",
    "прилетит",
    "посетит",
    "посетят",
)
_TRAVEL_EN = word_set(
    """visit visits visited visiting travel travels travelled traveled travelling traveling
    fly flies flew flown go goes went come came arrive arrives arrived trip trips"""
)
# Verbs taking the place visited as their object: "посетил Азербайджан", "visited Baku".
_VISITING = ("посетил", "посещал", "посетит", "посетят", "visit")
# Prepositions of a destination: "в Баку", "во Францию", "к азербайджанцам", "to Baku".
_TO_RU = word_set("в во к ко")
_TO_EN = word_set("to into in")
# Nouns of a trip a passage tells by ("визит", "поездка", "визиты"), with the verbs above.
_TRIP_NOUNS = ("визит", "поездк", "приезд", "visit", "trip")
# A place a passage puts something in: a preposition, then a capitalised name.
_PLACED = lazy(r"\b(?:в|во|к|ко|to|in|into|at)\s+([A-ZА-ЯЁ][\w-]+)")
# People named for their country: "к азербайджанцам", "казахстанцы" ("азербайджан-ец").
_PEOPLE_ENDING = "ец"

Country = Callable[[str], "str | None"]
Lemma = Callable[[str], str]


@lru_cache(maxsize=WORDS_REMEMBERED)
def _travels(word: str) -> bool:
    return word in _TRAVEL_EN or (is_cyrillic(word) and word.startswith(_TRAVEL_RU))


def _place(word: str, country: Country, lemma: Lemma, *, named: bool) -> frozenset[str]:
    """The keys a folded word names a place by: its country and, for a Russian place name
    (``named``: written with a capital, or known to the dictionary as one), its lemma."""
    keys: set[str] = set()
    # the lemma, and the dictionary's normal forms ("астану": "астан", "астана")
    forms = {lemma(word), *(p.normal_form for p in parse(word)[:2])} if is_cyrillic(word) else set()
    peoples = {f[: -len(_PEOPLE_ENDING)] for f in forms if f.endswith(_PEOPLE_ENDING)}
    # "азербайджанцам": the people of Azerbaijan
    key = next(filter(None, map(country, (word, *sorted(forms), *sorted(peoples)))), None)
    if key is not None:
        keys.add(key)
    if forms and (named or _is_place_name(word)):
        keys |= forms
    return frozenset(keys)


def _is_place_name(word: str) -> bool:
    """A place name by the dictionary ("Шушу", "Алматы"); a word it does not know may be a
    slip ("в казахтан") or a person ("к Токаеву"), no place."""
    return any("Geox" in p.tag and p.is_known for p in parse(word)[:2])


def trip_destination(words: Iterable[str], country: Country, lemma: Lemma) -> frozenset[str] | None:
    """The keys of the place a question's trip goes to ("когда Токаев ездил в Азербайджан":
    Azerbaijan; "в Габалу": Gabala), read from its folded ``words`` — a verb of travel and a
    place after a preposition of destination, or as the object of "посетил", "visited" —
    or None when it asks of no trip to a place."""
    words = list(words)
    # a verb of travel, or a trip by its noun: "следующий визит Токаева в Баку", "a visit to"
    travel = [at for at, w in enumerate(words) if _travels(w) or w.startswith(_TRIP_NOUNS)]
    if not travel:
        return None
    for at, word in enumerate(words[1:], 1):
        before = words[at - 1]
        if not (
            before in _TO_RU
            or before in _TO_EN
            or (_travels(before) and before.startswith(_VISITING))
        ):
            continue
        keys = _place(word, country, lemma, named=False)
        if keys:
            return keys
    return None


def trip_places(text: str, country: Country, lemma: Lemma) -> frozenset[str] | None:
    """The keys of the places a passage puts its trips in ("прибыл … в Казахстан", "в
    Астане"; "в Азербайджане, когда президент Токаев выступал в Габале. Визиты …"), or None
    when it tells of no trip (no verb of travel, no noun of a visit) or names no place."""
    words = [fold(w) for w in text.split()]
    if not any(_travels(w.strip('.,;:!?«»"')) or w.startswith(_TRIP_NOUNS) for w in words):
        return None
    keys: set[str] = set()
    for match in _PLACED.finditer(text):
        keys |= _place(fold(match.group(1)), country, lemma, named=True)
    return frozenset(keys) or None


def goes_elsewhere(destination: frozenset[str], places: frozenset[str] | None) -> bool:
    """Does a passage's trip go elsewhere than the question's: it tells of trips to places,
    and none is the destination asked?"""
    return places is not None and not destination & places
