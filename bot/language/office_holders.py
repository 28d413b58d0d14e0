"""People an English question names by their office: "the Azerbaijani president" (or its
leader, the president the briefing names).

A reader who does not remember a name asks about "the Azerbaijani president", "Azerbaijan's
president" or "the president of Azerbaijan"; the briefing's English says "Azerbaijani President
Ilham Aliyev" once and "Aliyev" in every passage after. Weighed as words of their own,
"azerbaijani" and "president" sank the passage that names him only by his name (the visit's
date: "when Ilham Aliyev arrived"). Read as the name the briefing gives that office, the
question finds it. The offices are learnt from the briefing's own English ("<Country-adjective>
President <Name>", "President of <Country> <Name>"), never from a list of the world's leaders:
an office the briefing never fills stays the words it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from bot.language.parties import PARTIES, country_of_adjective
from bot.patterns import lazy

# Offices a news text puts before a name, as the English of a briefing writes them.
_OFFICES = ("president", "prime minister", "premier", "king", "emir", "chancellor")
_OFFICE = "|".join(o.replace(" ", r"\s+") for o in _OFFICES)
_NAME = r"((?:\s+[A-Z][\w'-]+)+)"
# "Azerbaijani President Ilham Aliyev"; "President of Azerbaijan Ilham Aliyev"
_BEFORE = lazy(rf"\b([A-Z][a-z]+)\s+(?i:({_OFFICE})){_NAME}")
_AFTER = lazy(rf"\b(?i:({_OFFICE}))\s+of\s+([A-Z][a-z]+){_NAME}")
_POSSESSIVE = "s"  # "azerbaijan's" is read as "azerbaijan", "s"


def office_holders(texts: Iterable[str]) -> dict[tuple[str, str], str]:
    """(country, office) → the holder's surname (folded), from the briefing's English texts;
    an office two texts fill with different people is left out."""
    found: dict[tuple[str, str], str | None] = {}
    for text in texts:
        for match in _BEFORE.finditer(text):
            _note(found, match.group(1), match.group(2), match.group(3))
        for match in _AFTER.finditer(text):
            _note(found, match.group(2), match.group(1), match.group(3))
    return {key: name for key, name in found.items() if name is not None}


def _note(found: dict[tuple[str, str], str | None], where: str, office: str, names: str) -> None:
    country = _country(where.lower())
    if country is None:
        return
    surname = names.split()[-1].lower().removesuffix("'s")
    key = (country, " ".join(office.lower().split()))
    found[key] = surname if found.get(key, surname) == surname else None


@lru_cache(maxsize=4096)
def _country(word: str) -> str | None:
    """The folded country a word names, as a noun ("azerbaijan") or an adjective (remembered:
    every word of every English question is asked)."""
    if any(word in party.english for party in PARTIES):
        return word
    return country_of_adjective(word)


def named_holders(words: list[str], holders: dict[tuple[str, str], str]) -> list[str]:
    """The question's words with "the Azerbaijani president", "Azerbaijan's president" and
    "the president of Azerbaijan" read as the holder's surname, where the briefing names one."""
    if not holders:
        return words
    result: list[str] = []
    at = 0
    while at < len(words):
        taken = _holder_at(words, at, holders)
        if taken is None:
            result.append(words[at])
            at += 1
            continue
        name, length = taken
        result.append(name)
        at += length
    return result


def _holder_at(
    words: list[str], at: int, holders: dict[tuple[str, str], str]
) -> tuple[str, int] | None:
    """(surname, words read) of an office named at ``at``, else None."""
    word = words[at]
    country = None
    if word not in _FIRST_WORDS:
        # no office's first word: only a country before the office may start one, and an
        # English one (``PARTIES``' English names are ASCII): a Russian word, most words of
        # most questions, is never looked up (nor crowds ``_country``'s memo)
        country = _country(word) if word.isascii() and word.isalpha() else None
        if country is None:
            return None
    for office, parts in (*_OFFICE_WORDS, *_LEADER_WORDS):
        size = len(parts)
        # "azerbaijani president", "azerbaijan s president"
        if country is not None:
            skip = 2 if words[at + 1 : at + 2] == [_POSSESSIVE] else 1
            if words[at + skip : at + skip + size] == parts and (country, office) in holders:
                return holders[(country, office)], skip + size
        # "president of azerbaijan"
        if words[at : at + size] == parts and words[at + size : at + size + 1] == ["of"]:
            where = words[at + size + 1 : at + size + 2]
            of = _country(where[0]) if where else None
            if of is not None and (of, office) in holders:
                return holders[(of, office)], size + 2
    return None


_OFFICE_WORDS = tuple((office, office.split()) for office in _OFFICES)
# "The Azerbaijani leader", "the leader of Azerbaijan": its head of state, the president the
# briefing names (as the Russian "азербайджанский руководитель" is read, ``periphrasis``).
_LEADER_WORDS = (("president", ["leader"]),)
_FIRST_WORDS = frozenset(parts[0] for _, parts in (*_OFFICE_WORDS, *_LEADER_WORDS))
