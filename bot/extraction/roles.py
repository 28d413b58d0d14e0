"""Roles of the people an article names: "казахстанский политолог", "депутат Милли Меджлиса".

A Russian news article gives a person's role as an apposition in the name's case ("по
словам депутата Милли Меджлиса, члена … группы Айдына Гусейнова") or after the name between
commas ("Айгерим Сатпаева, директор института, отметила"). The role is read from those words
and put in the nominative for the curator; the country is only what the role itself states.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.extraction.mentions import Mention
from bot.extraction.structure import WORD, sentence_start
from bot.language.lexicon import word_set
from bot.language.morphology import parse
from bot.language.names import capitalise_like, cases_of_ending, surname_parts

_ROLE_STOP = word_set(
    "по словам мнению данным оценке с со к у от для о об при на в во и а но или что как "
    "также кроме того это этот эта тот та он она они их его её ее"
)
_COUNTRY_ADJECTIVES = {
    "казахстанск": "Казахстан",
    "азербайджанск": "Азербайджан",
    "российск": "Россия",
    "узбекск": "Узбекистан",
    "узбекистанск": "Узбекистан",
    "кыргызск": "Кыргызстан",
    "киргизск": "Кыргызстан",
    "таджикск": "Таджикистан",
    "туркменск": "Туркменистан",
    "турецк": "Турция",
    "грузинск": "Грузия",
    "армянск": "Армения",
    "китайск": "Китай",
    "американск": "США",
    "украинск": "Украина",
    "белорусск": "Беларусь",
    "иранск": "Иран",
    "европейск": "Евросоюз",
}
_ROLE_TOKEN = re.compile(r"«[^«»]*»|[А-ЯЁа-яёA-Za-z0-9]+(?:-[А-ЯЁа-яёA-Za-z0-9]+)*|[^\w\s]")
_INSIDE_ROLE = word_set("по в при для и")


ROLE_WINDOW = 2000  # characters: far more than 16 tokens of any real role phrase


def role_before(
    text: str, mention: Mention, others: Iterable[tuple[int, int]] = (), gender: str = "m"
) -> str:
    """The apposition before a name: "депутата Милли Меджлиса, члена ... группы Айдына".

    Walks left over role-like words and keeps the phrase from the leftmost head noun that
    stands in the name's case (so "по приглашению президента" gives "президент"), with the
    adjectives that agree with it. Commas continue the walk only between appositions.
    """
    cases = (
        cases_of_ending(mention.surname_ending, gender) if surname_parts(mention.surname) else set()
    )
    if mention.first:
        for p in parse(mention.first.lower()):
            if "Name" in p.tag and "Fixd" not in p.tag and (not cases or p.tag.case in cases):
                cases = cases or {str(p.tag.case)}
    # The walk looks at most 16 tokens back: tokenise a window, not the whole text before the
    # name (quadratic on a long paragraph). A token cut by the window's edge is dropped.
    window = max(0, mention.start - ROLE_WINDOW)
    tokens = list(_ROLE_TOKEN.finditer(text, window, mention.start))
    if window and tokens and tokens[0].start() == window:
        tokens = tokens[1:]
    head: int | None = None
    index = len(tokens) - 1
    while index >= 0 and len(tokens) - index <= 16:
        token = tokens[index]
        value = token.group(0)
        if any(s <= token.start() < e for s, e in others):
            break
        if value == ",":
            if head is None or head != index + 1:
                break
            index -= 1
            continue
        if not value[0].isalnum() and not value.startswith("«"):
            break
        lower = value.lower()
        if lower in _ROLE_STOP and lower not in _INSIDE_ROLE:
            break
        if value[:1].isalpha() and _is_verb(lower) and lower not in _INSIDE_ROLE:
            break
        at_start = sentence_start(text, token.start())
        if (value[:1].islower() or at_start) and _is_noun_in(lower, cases):
            head = index
        if at_start:
            break
        index -= 1
    if head is None:
        return ""
    start = head
    while (
        start > 0
        and tokens[start - 1].group(0)[:1].isalpha()
        and _is_adjective_in(tokens[start - 1].group(0).lower(), cases)
    ):
        start -= 1
    phrase = text[tokens[start].start() : mention.start].strip().rstrip(",").strip()
    first_word = phrase.split()[0]
    if first_word[1:].islower() and (
        is_adjective(first_word.lower()) or _is_noun(first_word.lower())
    ):
        phrase = phrase[:1].lower() + phrase[1:]
    return _nominative_role(phrase)


def _is_noun_in(word: str, cases: set[str]) -> bool:
    """A noun naming a person (депутат, помощник, директор), in one of the name's cases."""
    return any(
        p.tag.POS == "NOUN"
        and p.tag.animacy == "anim"
        and "Name" not in p.tag
        and (not cases or p.tag.case in cases)
        for p in parse(word)
    )


def _is_adjective_in(word: str, cases: set[str]) -> bool:
    return any(
        p.tag.POS in {"ADJF", "PRTF"} and (not cases or p.tag.case in cases) for p in parse(word)
    )


def role_after(text: str, mention: Mention) -> str:
    """The apposition after a name: "Айгерим Сатпаева, директор института, отметила"."""
    rest = text[mention.end :]
    if not rest.startswith(", "):
        return ""
    phrase = rest[2:].split(",")[0].split(" — ")[0].strip()
    first = phrase.split()[0] if phrase.split() else ""
    if not first or not first[:1].islower() or not _is_noun_in(first.lower(), set()):
        return ""  # "Сидорова, рост будет": a role names a person (директор, аналитик)
    return phrase


def _nominative_role(phrase: str) -> str:
    """Put each comma-separated apposition's head (and its adjectives) in the nominative."""
    parts = []
    for part in phrase.split(", "):
        words = part.split(" ")
        out: list[str] = []
        headed = False
        for word in words:
            if headed or not word[:1].islower():
                out.append(word)
                continue
            candidates = [p for p in parse(word) if p.tag.POS in {"NOUN", "ADJF", "PRTF"}]
            best = candidates[0] if candidates else None
            if best is None:
                out.append(word)
                continue
            inflected = best.inflect({"nomn"})
            out.append(inflected.word if inflected is not None else word)
            if best.tag.POS == "NOUN":
                headed = True
        parts.append(" ".join(out))
    return ", ".join(parts)


def country_of(role: str) -> str:
    """Only what the role states: "казахстанский политолог", "президента Азербайджана"."""
    for word in role.lower().split():
        for stem, country in _COUNTRY_ADJECTIVES.items():
            if word.startswith(stem):
                return country
    for word in WORD.findall(role):
        if word[:1].isupper():
            for p in parse(word.lower())[:1]:
                if "Geox" in p.tag and "Sgtm" not in p.tag:
                    return capitalise_like(p.normal_form)
    return ""


def _is_verb(word: str) -> bool:
    """A word no role runs over: a verb, gerund, preposition or conjunction ("отметил", "и")."""
    parses = parse(word)
    return bool(parses) and parses[0].tag.POS in {"VERB", "INFN", "GRND", "PREP", "CONJ"}


def _is_noun(word: str) -> bool:
    parses = parse(word)
    return bool(parses) and parses[0].tag.POS == "NOUN"


def is_adjective(word: str) -> bool:
    """An adjective or participle by its likeliest reading ("казахстанского", "ведущий")."""
    parses = parse(word)
    return bool(parses) and parses[0].tag.POS in {"ADJF", "PRTF"}
