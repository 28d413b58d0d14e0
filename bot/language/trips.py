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

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from bot.language.doers import person_stem, spelling
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
    if named and not keys and word.isascii() and word.isalpha():
        keys.add(word)  # "to Gabala", "in Gabala": an English name, as the passage's English has it
    return frozenset(keys)


def _is_place_name(word: str) -> bool:
    """A place name by the dictionary ("Шушу", "Алматы"); a word it does not know may be a
    slip ("в казахтан") or a person ("к Токаеву"), no place."""
    return any("Geox" in p.tag and p.is_known for p in parse(word)[:2])


def trip_destination(
    words: Iterable[str],
    country: Country,
    lemma: Lemma,
    named: Callable[[str], bool] = lambda word: False,
) -> frozenset[str] | None:
    """The keys of the place a question's trip goes to ("когда Токаев ездил в Азербайджан":
    Azerbaijan; "в Габалу": Gabala), read from its folded ``words`` — a verb of travel and a
    place after a preposition of destination, or as the object of "посетил", "visited" —
    or None when it asks of no trip to a place. ``named``: is a folded word a name the
    briefing writes (a place the dictionary may not know, "Габала")?"""
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
        # a name the briefing writes ("в Габалу": ``named``) is a place as the dictionary's are
        keys = _place(word, country, lemma, named=named(word))
        if keys:
            return keys
    return None


# Prepositions placing a deed ("подписали в Баку", "signed in Baku"): where it was done,
# not where somebody went ("к", "to" are trips', read by ``trip_destination``).
_AT_RU = word_set("в во")
_AT_EN = word_set("in at")


def deed_place(
    words: Iterable[str],
    country: Country,
    lemma: Lemma,
    named: Callable[[str], bool] = lambda word: False,
) -> frozenset[str] | None:
    """The keys of the place a question puts a deed in ("сколько соглашений подписали в
    Баку": Baku and Azerbaijan, a capital counting as its country; "signed in Gabala"), or
    None when it names no place after "в", "во", "in", "at" — a word that is no place name
    ("в ходе визита", "в 2024 году") puts it nowhere. A passage telling the deed done on a
    trip elsewhere ("в рамках визита … в Астану стороны подписали") does not confirm it."""
    words = list(words)
    for at, word in enumerate(words[1:], 1):
        if words[at - 1] not in _AT_RU and words[at - 1] not in _AT_EN:
            continue
        keys = _place(word, country, lemma, named=named(word))
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


# Who travelled. "По чьей инициативе Токаев приезжал в Габалу", "whose initiative was
# Tokayev's trip" ask of the host's own trip: the passage "по приглашению президента Токаева
# президент Алиев прибыл …" tells Aliyev's coming at Tokayev's invitation, no trip of
# Tokayev's, and answers none asked of his. A question's travellers are the people it names
# as a trip's subject (Russian: in the nominative, with a verb of travel; English: right
# before the verb or the trip's noun, "Tokayev came", "Tokayev's trip") or its owner ("поездка
# Токаева", "визит Токаева"); a passage's, the people its sentence of an invitation names
# besides the host named after "по приглашению" / "at the invitation of".
_INVITED_RU = lazy(r"по\s+приглашению")
_INVITED_EN = lazy(r"at\s+the\s+invitation\s+of", re.IGNORECASE)
_SENTENCE = lazy(r"(?<=[.!?])\s+")
_NOMINATIVE_ENDINGS = frozenset({"", "ий", "ая"})
_GENITIVE_ENDINGS = frozenset({"а", "ого", "ой"})
_HOST_REACH = 5  # "по приглашению президента Касым-Жомарта Токаева": the host within it

Person = Callable[[str], bool]


def trip_travellers(words: Sequence[str], person: Person) -> frozenset[str]:
    """The keys (``_person_key``) of the people a question's trip is made by: "Токаев приезжал",
    "поездка Токаева", "Tokayev's trip", "did Tokayev come"; empty when it names none."""
    words = list(words)
    trip = [at for at, w in enumerate(words) if _travels(w) or w.startswith(_TRIP_NOUNS)]
    if not trip:
        return frozenset()
    found: set[str] = set()
    for at, word in enumerate(words):
        if is_cyrillic(word):
            parts = person_stem(word)
            if parts is None:
                continue
            stem, ending = parts
            owner = at and words[at - 1].startswith(_TRIP_NOUNS) and ending in _GENITIVE_ENDINGS
            if ending in _NOMINATIVE_ENDINGS or owner:
                found.add(stem)
        elif (at + 1 in trip or (words[at + 1 : at + 2] == ["s"] and at + 2 in trip)) and person(
            word
        ):
            found.add(spelling(word))  # "tokayev trip" (its "'s" dropped), "tokayev came"
    return frozenset(found)


def invited_travellers(
    texts: Iterable[str], person: Person
) -> tuple[frozenset[str], frozenset[str]]:
    """(the hosts, the others named) of the sentences of ``texts`` telling a coming at an
    invitation, as ``_person_key`` spells them; both empty when none tells one."""
    hosts: set[str] = set()
    others: set[str] = set()
    for text in texts:
        for sentence in _SENTENCE.split(text):
            invited = _INVITED_RU.search(sentence) or _INVITED_EN.search(sentence)
            if invited is None:
                continue
            after = sentence[invited.end() :].split()
            host = next(
                (key for raw in after[:_HOST_REACH] if (key := _person_key(raw, person))),
                None,
            )
            if host is not None:
                hosts.add(host)
            for raw in sentence.split():
                key = _person_key(raw, person)
                if key is not None and key != host:
                    others.add(key)
    return frozenset(hosts), frozenset(others)


def _person_key(raw: str, person: Person) -> str | None:
    """The key of a capitalised surname in a passage: its folded stem in Russian, its
    transliteration-free spelling in English."""
    clean = raw.strip("«»\"'.,;:!?()“”„—–-").removesuffix("'s").removesuffix("’s")
    if not clean[:1].isupper():
        return None
    if is_cyrillic(clean):
        parts = person_stem(clean)
        return parts[0] if parts is not None else None
    lower = clean.lower()
    return spelling(lower) if clean.isalpha() and person(lower) else None


def another_traveller(asked: frozenset[str], hosts: frozenset[str], others: frozenset[str]) -> bool:
    """Is the trip asked another's than the one the passage tells at an invitation — made by
    its host, or by somebody it does not name?"""
    if not asked or not (hosts or others):
        return False
    return bool(asked & hosts) or not asked <= others
