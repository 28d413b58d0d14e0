"""What a question leaves out: "какие ещё города посетил Алиев, кроме Астаны?".

A question excluding a place or a person asks for another one of that kind. The entry that
best matches its words is the one about the excluded thing ("Торжественная встреча в
Астане"), and answering with it would give back what the reader already named. So the
excluded words and the kind asked for are read here; the matcher answers only with an entry
that names something of that kind besides them (``Matcher._names_another``).

A place or a person is read as excluded; so is a thing a question names by its own noun
after "какой / which" ("о каком коридоре кроме Среднего говорили", "which corridor besides
the Middle one"): another thing of that noun is wanted, one the article calls by another
qualifier ("Зангезурского коридора"). "что ещё обсуждали, кроме Среднего коридора" asks for
other topics, which an entry on the subject gives in words, not in names: no noun names the
kind, and a generic one ("какие ещё темы") is a request for words as well.
"""

from __future__ import annotations

import itertools

from bot.language.answer_types import GENERIC_DETAILS, INTERROGATIVES, AnswerType
from bot.language.lexicon import is_stop, word_set
from bot.language.morphology import parse
from bot.language.text import is_cyrillic, is_latin
from bot.records import record

# Words that leave out what follows them.
_EXCLUDING = word_set("кроме помимо besides except excluding")
EXCLUDING = _EXCLUDING  # the words leaving a thing out
_EXCLUDING_PAIRS = frozenset({("other", "than"), ("apart", "from"), ("aside", "from")})
# A question word asking for a place or a person by itself ("где ещё", "who else").
_PLACE_WORDS = word_set("где куда where")
_PERSON_WORDS = word_set("кто кого кому кем who whom")
# Nouns naming the kind asked for after "какие / ещё / which / other": "какие ещё города".
_PLACE_NOUNS = word_set(
    "город города городов городах городе страна страны стран странах места мест регион "
    "регионы регионов столицы city cities country countries place places region regions "
    "capitals"
)
_PERSON_NOUNS = word_set(
    "эксперт эксперты экспертов человек люди людей лидер лидеры лидеров политолог политологи "
    "политологов президент президенты президентов expert experts person people leader "
    "leaders president presidents analyst analysts "
    # a reporter's words for the experts quoted: "which of the commentators besides X"
    "commentator commentators pundit pundits observer observers specialist specialists"
)
# "which of the experts", "кто из экспертов": one asked for among them, the noun of the kind
# after "of" (its article between)
_AMONG = word_set("of из the")
_ASKING = word_set("какие какой каких какая какую ещё еще which what other else")
ASKING_OTHER = _ASKING  # the words asking which one, or another ("ещё", "else")
# How many words after "кроме" name what is left out ("кроме Среднего коридора").
_EXCLUDED_WORDS = 2


# Words that may stand between "какой / which" and the noun naming the kind ("what other").
_BETWEEN = 2


@record
class Exclusion:
    """The kind asked for (a place, a person, or a thing of ``noun``: ``AnswerType.FACT``) and
    the words naming what is left out."""

    kind: AnswerType
    words: tuple[str, ...]
    noun: str | None = None  # "коридоре": the thing of which another is wanted, as typed


def exclusion(words: tuple[str, ...]) -> Exclusion | None:
    """The exclusion a question's folded words make, or None (no "кроме / besides / other
    than", or it does not ask for a place or a person)."""
    at = _marker(words)
    if at is None:
        return None
    kind = _kind(words)
    noun = _kind_noun(words) if kind is None else None
    if kind is None and noun is None:
        return None
    left_out = [w for w in words[at:] if not is_stop(w) and w not in _ASKING and w != noun]
    if not left_out:
        return None
    return Exclusion(kind or AnswerType.FACT, tuple(left_out[:_EXCLUDED_WORDS]), noun)


def _marker(words: tuple[str, ...]) -> int | None:
    """Where the excluded words begin (after "кроме", "other than"), or None."""
    for at, word in enumerate(words):
        if word in _EXCLUDING:
            return at + 1
    for at, pair in enumerate(itertools.pairwise(words)):
        if pair in _EXCLUDING_PAIRS:
            return at + 2
    return None


def _kind(words: tuple[str, ...]) -> AnswerType | None:
    """A place or a person, asked by a question word or by a noun after "какие/ещё/other"."""
    if any(w in _PLACE_WORDS for w in words):
        return AnswerType.PLACE
    if any(w in _PERSON_WORDS for w in words):
        return AnswerType.PERSON
    for at, word in enumerate(words):
        if word not in _ASKING:
            continue
        after = at + 1
        while after < len(words) and words[after] in _AMONG:
            after += 1  # "which of the commentators": the kind after the "of" picking one
        following = words[after] if after < len(words) else ""
        if following in _PLACE_NOUNS:
            return AnswerType.PLACE
        if following in _PERSON_NOUNS:
            return AnswerType.PERSON
    return None


def _kind_noun(words: tuple[str, ...]) -> str | None:
    """The noun right after "какой / which" (or "what other") naming the kind of thing asked
    for ("о каком коридоре", "what other corridors"), unless a generic one ("темы", "topics":
    words are asked for, not another name); None when a verb or an auxiliary comes first
    ("what else was discussed", "what would unite")."""
    for at, word in enumerate(words):
        if word not in _ASKING and word not in INTERROGATIVES:
            continue
        following = [w for w in words[at + 1 : at + 2 + _BETWEEN] if w not in _ASKING]
        for candidate in following[:1]:
            if candidate in GENERIC_DETAILS or is_stop(candidate):
                return None  # "какие ещё темы", "what would unite": no kind of name
            if _is_noun(candidate):
                return candidate
    return None


def _is_noun(word: str) -> bool:
    """A Russian noun by its first reading; an English word not shaped as a verb form."""
    if is_cyrillic(word):
        parses = parse(word)
        return bool(parses) and parses[0].tag.POS == "NOUN"
    return is_latin(word) and len(word) > 2 and not word.endswith(("ed", "ing"))


def exclusion_marker_positions(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of the words of the marker leaving things out ("кроме", "besides",
    "apart from", "other than"): no question word's companion ("apart from energy, what
    topics": "from" is no "from where")."""
    at = _marker(tuple(words))
    if at is None:
        return frozenset()
    size = 1 if words[at - 1] in _EXCLUDING else 2
    return frozenset(range(at - size, at))


def left_out_positions(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of the words right after "кроме / besides" naming what is left out
    ("что нужно коридору кроме денег": "денег"), up to ``_EXCLUDED_WORDS`` and the first
    stop word — whatever kind is asked. None when a pronoun follows ("кроме того": besides
    that, a link between sentences, no thing left out)."""
    words = tuple(words)
    at = _marker(words)
    if at is None:
        return frozenset()
    found: list[int] = []
    for place in range(at, min(at + _EXCLUDED_WORDS, len(words))):
        if is_stop(words[place]) or words[place] in _ASKING:
            break
        found.append(place)
    return frozenset(found)
