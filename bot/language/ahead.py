"""What may come, asked in an expert's view: "what could it become, in his view?", "the
registration can push which other sector, by his opinion?", "какое место … собираются занять
две столицы, по мнению депутата?".

"In his view", "по мнению депутата" make such a question ask the expert's statement, but what
is asked of it is a thing to come — what a thing can, could or will do or be, what its sides
intend. A passage of that expert foreseeing it answers, however the asker wraps the thing: his
"in the end", "besides trade", "расклад" are words the passage does not hold, which sink its
score below an answer's while no other passage comes near it (``Matcher._lone_forecast``).

A modal of possibility ("can", "could", "может", "способно"), of intention ("собираются",
"намерены", "intend"), a future auxiliary ("will", "would"), a future verb ("станет",
"вырастет") or a noun of what is ahead ("в будущем", "в перспективе", "eventually") frames it;
a question in the past or the present ("what did he say about the corridor", "how long does
delivery take") does not.
"""

from __future__ import annotations

import itertools

from bot.language.answer_types import (
    asks_possible,
    asks_whether_future,
    looks_ahead,
    speaks_of_future,
)
from bot.language.lexicon import word_set

# Modals of what may or is meant to be that ``asks_possible`` leaves out: ability, intention,
# an English future or conditional auxiliary (the forms a question types).
_MODALS = word_set(
    "can would will going intend intends plan plans "
    "могла могло мог могли способно способна способен способны "
    "собираются собирается намерены намерен намерена планируют планирует"
)
# Words asking what, which or how a thing will be — not whether it will ("вырастут ли
# инвестиции", "тарифы подешевеют?"), which only a passage foreseeing that very thing answers.
_WHAT_WORDS = word_set(
    "что чем чего чему каком какой какую какие каких какого какому какими какое какая каким "
    "каков какова каково каковы как куда насколько сколько во "
    "what which how where whom who or или либо"
)
# Words naming the time ahead on their own: "eventually", "ultimately", "в перспективе".
_AHEAD_WORDS = word_set("eventually ultimately перспективе впредь")
# "в будущем", "в итоге", "in the end", "in the long run": two-word frames of the time ahead.
_AHEAD_PAIRS = frozenset(
    {("в", "будущем"), ("в", "итоге"), ("the", "future"), ("the", "end"), ("long", "run")}
)


def asks_ahead(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask what may come — by a modal ("can push", "could become",
    "собираются занять"), a future verb ("станет", "вырастет"), a verb of expecting or a
    word of the time ahead ("в будущем", "eventually")? Words as ``Query.words`` gives them
    (folded, lower case)."""
    words = tuple(words)
    if asks_possible(words) or looks_ahead(words):
        return True
    if any(w in _MODALS or w in _AHEAD_WORDS for w in words):
        return True
    if any(pair in _AHEAD_PAIRS for pair in itertools.pairwise(words)):
        return True
    return any(speaks_of_future(w) for w in words)


def asks_what_comes(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask what may come (``asks_ahead``) — what, which or how, or one of
    two things ("only between the two countries or for all Eurasia?") — and not whether it
    will ("вырастут ли инвестиции", "will tariffs fall?", "тарифы подешевеют?")?"""
    words = tuple(words)
    if "ли" in words or asks_whether_future(words):
        return False
    return asks_ahead(words) and any(w in _WHAT_WORDS for w in words)


# Verbs of becoming that "ли" makes a whether-question of ("станет ли семёрка регионом").
_BECOMES = word_set(
    "станет станут стать становится становятся превратится превратятся превратиться "
    "сложится сложатся become turn"
)
# English openers of a whether-question of what is to come ("will the seven become …").
_WHETHER_EN = word_set("will is are")


def asks_whether_becomes(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask whether a thing will become something — "станет ли тюркская
    семёрка единым регионом", "семёрка превратится ли в союз", "will the Turkic seven become
    one region"? Not whether it will do something else ("присоединится ли Турция"), which
    is no becoming, nor what it becomes ("чем станет семёрка": ``asks_becoming``)."""
    words = tuple(words)
    if any(a in _BECOMES and b == "ли" for a, b in itertools.pairwise(words)):
        return True
    return bool(words) and words[0] in _WHETHER_EN and any(w in _BECOMES for w in words)


# English openers asking an amount or a size: "how much", "how big", "how far".
_HOW = word_set("how")
_AMOUNT_ADVERBS = word_set("much many big large high far fast long short low small")
# English modals of what may or will be ("could", "will"), and the verbs of reaching an
# amount after them ("get", "grow", "go", "reach", "become").
_ENGLISH_MODALS = word_set("can could will would might may gonna")


def asks_amount_ahead(words: tuple[str, ...] | list[str]) -> bool:
    """Does an English question ask what an amount may come to — "how big could trade get",
    "how high can turnover go", "how far could delivery time drop"? A modal after "how"
    and its adverb of amount; not "how big is trade now", today's."""
    words = tuple(words)
    for at, (a, b) in enumerate(itertools.pairwise(words)):
        if a in _HOW and b in _AMOUNT_ADVERBS:
            return any(w in _ENGLISH_MODALS for w in words[at + 2 : at + 5])
    return False


def amount_adverbs(words: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The adverbs of amount after "how" ("big" of "how big could trade get"): how the
    question asks, no word of what it is about."""
    return frozenset(b for a, b in itertools.pairwise(words) if a in _HOW and b in _AMOUNT_ADVERBS)


# The conjunctions opening a condition of what is foreseen ("какой прогноз по товарообороту,
# если реализуют проекты"): how the question frames the forecast, no word of its subject.
CONDITION_WORDS = word_set("если коли ежели if unless")


# "bilateral only or beyond", "только для двух стран или шире": whether what is foreseen
# reaches past the scope the question names — an alternative ("or", "или") closing on a word
# of going further. "Что дальше" (what next) has no "или" before it.
_BEYOND = word_set("beyond wider broader further шире дальше")
_OR = word_set("or или либо")
_OR_REACH = 3  # how far before the word of going further its "or" may stand ("or even beyond")


def asks_beyond(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask whether a thing foreseen reaches beyond the scope it names
    ("boost trade — bilateral only or beyond?", "только между странами или шире?", "the
    outlook beyond the two countries")? Only a passage naming a wider area as its reach ("а
    в перспективе — всей Евразией") answers that; one foreseeing the pair's own figure
    answers the first half alone."""
    words = tuple(words)
    return bool(beyond_scope_positions(words)) or any(
        word in _BEYOND and any(w in _OR for w in words[max(0, at - _OR_REACH) : at])
        for at, word in enumerate(words)
    )


# "beyond the two countries", "beyond both states", "beyond the bilateral": the scope a
# forecast is asked past, named right after "beyond" — the pair of the article's relation.
_PAIR_SCOPE = word_set("countries states nations sides pair bilateral both two 2")
_SCOPE_REACH = 3  # how far after "beyond" the scope's word may stand ("beyond just the two")


def beyond_scope_positions(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of "beyond" before the pair's scope ("the outlook BEYOND the two
    countries"): how a wider reach is asked, no word of the subject a passage must hold."""
    return frozenset(
        at
        for at, word in enumerate(words)
        if word == "beyond"
        and any(w in _PAIR_SCOPE for w in words[at + 1 : at + 1 + _SCOPE_REACH])
    )


def goes_beyond(word: str) -> bool:
    """Is the word one of going further ("beyond", "шире") — the side of an alternative
    ("bilateral only or beyond") a passage naming a whole wider area says?"""
    return word in _BEYOND
