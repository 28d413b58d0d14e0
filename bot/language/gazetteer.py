"""What kind of place each place the briefings name is, and what kind a question asks for.

"Через какую реку пойдут паромы" asks for a river; the article's ferries go "через Каспий", a
sea. A passage naming a place of another kind than the one asked gives no answer: answered, it
would be a confident wrong one. The kinds come from data — this small gazetteer of the places
the briefing names (and the countries and capitals ``parties`` knows) — never from the
question, which says only what kind it wants.

A place not in the gazetteer is not judged: its kind is unknown, and the passage may name the
place asked for.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from bot.language.lexicon import word_set
from bot.language.morphology import english_stem, russian_lemma
from bot.language.parties import CAPITALS, PARTIES
from bot.language.predicates import kin
from bot.language.text import is_latin

# The kinds of place. A body of water asked for by a general noun ("водоём") is any water.
SEA = "sea"
LAKE = "lake"
RIVER = "river"
OCEAN = "ocean"
GULF = "gulf"
STRAIT = "strait"
CITY = "city"
VILLAGE = "village"
COUNTRY = "country"
PORT = "port"
AIRPORT = "airport"
BUILDING = "building"
BORDER = "border"
REGION = "region"
_WATER = "water"
_WATERS = frozenset({SEA, LAKE, RIVER, OCEAN, GULF, STRAIT})

# The briefing's places by lemma (and English spelling), with their kinds. The Caspian is a
# sea by name and the world's largest lake by geography: "через какое озеро" is answered by it.
_NAMED: dict[str, frozenset[str]] = {
    "каспий": frozenset({SEA, LAKE}),
    "caspian": frozenset({SEA, LAKE}),
    "габала": frozenset({CITY}),
    "gabala": frozenset({CITY}),
    "кавказ": frozenset({REGION}),
    "caucasus": frozenset({REGION}),
    "евразия": frozenset({REGION}),
    "eurasia": frozenset({REGION}),
    "европа": frozenset({REGION}),
    "europe": frozenset({REGION}),
    "азия": frozenset({REGION}),
    "asia": frozenset({REGION}),
}
# A capital is a city, and stands for its state ("отношения Баку и Астаны"): it answers "в
# какой стране" as the state would.
_CAPITALS = {capital: frozenset({CITY, COUNTRY}) for capital in CAPITALS}
_COUNTRIES = {
    country: frozenset({COUNTRY})
    for country in (*CAPITALS.values(), *(party.nominative for party in PARTIES))
}
# Kinds that hold the places of a deed: a country asked, the city where it was done lies in
# the country the passage names beside it.
WIDER_KINDS = frozenset({COUNTRY, REGION})
PLACE_KINDS: dict[str, frozenset[str]] = {**_COUNTRIES, **_CAPITALS, **_NAMED}

# Where a place of a kind asked for lies, when the article names none of that kind: the
# airport one lands at is in a city ("в какой аэропорт прилетел Алиев": the passage naming
# Astana tells what the article has), a port on a sea or in a city, a river's traffic goes on
# to a sea. What the reply offers is the passage naming such a wider place. (A border has
# none: the countries on either side name no crossing — the passage on the crossing is the
# offer, "which border crossings would get the pre-registration".)
WIDER: dict[str, frozenset[str]] = {
    AIRPORT: frozenset({CITY}),
    PORT: frozenset({SEA, CITY}),
    BUILDING: frozenset({CITY}),
    VILLAGE: frozenset({CITY}),
    **dict.fromkeys((RIVER, LAKE, OCEAN, GULF, STRAIT), frozenset({SEA})),
}

# The nouns a question asks a kind of place by (lemmas, English stems).
_ASKED: dict[str, str] = {
    **dict.fromkeys(word_set("море sea"), SEA),
    **dict.fromkeys(word_set("озеро lake"), LAKE),
    **dict.fromkeys(word_set("река речка river"), RIVER),
    **dict.fromkeys(word_set("океан ocean"), OCEAN),
    **dict.fromkeys(word_set("залив бухта gulf bay"), GULF),
    **dict.fromkeys(word_set("пролив strait"), STRAIT),
    **dict.fromkeys(word_set("водоём водоем акватория"), _WATER),
    **dict.fromkeys(word_set("город citi town"), CITY),
    **dict.fromkeys(word_set("село деревня посёлок поселок аул villag"), VILLAGE),
    **dict.fromkeys(word_set("страна государство countri nation"), COUNTRY),
    **dict.fromkeys(word_set("порт гавань port harbour harbor"), PORT),
    **dict.fromkeys(word_set("аэропорт airport"), AIRPORT),
    **dict.fromkeys(
        word_set("дворец здание резиденция зал акорда palac build resid hall"), BUILDING
    ),
    **dict.fromkeys(word_set("граница погранпереход border checkpoint"), BORDER),
}
# The question words a kind-of-place noun follows ("в какую реку", "which river"; also
# ``places``' "в каком городе", "через какое море").
WHICH_PLACE = word_set("какой какая какое какие какого какому каком какую каких какими which what")
# Words that sharpen a question word without naming anything: "в какую именно реку".
SHARPENING = word_set("именно конкретно же точно exactly specifically")


def _kind_noun(word: str) -> str | None:
    if not word.isalpha():
        return None
    lemma = english_stem(word) if is_latin(word) else russian_lemma(word)
    return _ASKED.get(lemma) or _ASKED.get(word)


def asked_place_kind(words: tuple[str, ...]) -> str | None:
    """The kind of place a question asks for by its noun after a question word ("через какую
    реку", "в каком порту", "which river"), or None when it asks for none."""
    kept = [word for word in words if word not in SHARPENING]
    for a, b in itertools.pairwise(kept):
        if a in WHICH_PLACE:
            kind = _kind_noun(b)
            if kind is not None:
                return kind
    return None


def place_fits(forms: set[str], kind: str, lemma: Callable[[str], str]) -> bool | None:
    """Is a place (its folded forms: as written, its lemma) of the ``kind`` asked? None when
    the gazetteer does not know it: then it may well be. A name is known by its lemma as
    ``lemma`` reads it too, or by one family of words (``kin``): the morphology may read
    "в Габале" as "габал", "в Астану" as "астан"."""
    known = [
        kinds
        for name, kinds in PLACE_KINDS.items()
        if name in forms or lemma(name) in forms or any(kin(form, name) for form in forms)
    ]
    if not known:
        return None
    kinds = frozenset().union(*known)
    if kind == _WATER:
        return bool(kinds & _WATERS)
    return kind in kinds
