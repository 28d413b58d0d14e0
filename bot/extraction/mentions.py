"""Who an article names and where: the records that finding people, reading their roles
and attributing statements all share, and the look-ups over them.

A ``Person`` is one individual however the article declines the name; each ``Mention`` is one
place the name stands, with the surname as written, since its case ending is the evidence
for gender and for whether the person can be a verb's subject there.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from bot.language.names import (
    genitive_first_name,
    genitive_patronymic,
    genitive_surname,
    may_be_genitive,
    may_be_nominative,
)
from bot.records import record


@record
class Mention:
    """One place a person is named: paragraph number and offsets inside that paragraph."""

    paragraph: int
    start: int
    end: int
    first: str | None  # the first name as written, when given
    surname: str  # the surname as written
    surname_ending: str
    patronymic: str | None = None  # as written: "Андреевне"


@dataclass
class Person:
    """One individual the article names, with every mention; ``find_people`` settles the
    nominative name, gender and role from the mentions."""

    key: str  # unique: the surname stem, lower-case (with "#2" for a namesake)
    stem: str = ""  # the surname stem, lower-case: one person however the surname declines
    mentions: list[Mention] = field(default_factory=list)
    gender: str = "m"
    first_name: str | None = None  # nominative
    patronymic: str | None = None  # nominative: "Андреевна"
    surname: str = ""  # nominative
    role: str = ""
    country: str = ""

    @property
    def name(self) -> str:
        parts = (self.first_name, self.patronymic, self.surname)
        return " ".join(p for p in parts if p) if self.first_name else self.surname

    @property
    def surname_genitive(self) -> str:
        return genitive_surname(self.surname, self.gender)

    @property
    def name_genitive(self) -> str:
        first = genitive_first_name(self.first_name, self.gender) if self.first_name else None
        middle = genitive_patronymic(self.patronymic) if self.patronymic else None
        parts = (first, middle, self.surname_genitive)
        return " ".join(p for p in parts if p)


# A name as written is never longer than this: look-ups scan back only this far.
LONGEST_NAME = 120


class People(list[Person]):
    """Everyone the article names, in the order found, with an index of their mentions.

    Who is named at an offset, and who was named just before it, are asked for every word
    near a speech verb. Scanning every mention each time made a long article's extraction
    quadratic (a 500 KB paragraph took 39 s); the index answers from a sorted list by
    bisection. Built once, on first use: mentions must be complete by then (``find_people``
    returns the cast finished).
    """

    @cached_property
    def _places(self) -> dict[int, tuple[list[int], list[tuple[int, int, Person, Mention]]]]:
        """Per paragraph: mention starts, sorted, and (end, order, person, mention) for each."""
        rows: dict[int, list[tuple[int, int, int, Person, Mention]]] = {}
        order = 0
        for person in self:
            for mention in person.mentions:
                row = (mention.start, mention.end, order, person, mention)
                rows.setdefault(mention.paragraph, []).append(row)
                order += 1
        places = {}
        for paragraph, found in rows.items():
            found.sort(key=lambda row: (row[0], row[2]))
            places[paragraph] = ([r[0] for r in found], [r[1:] for r in found])
        return places

    @cached_property
    def _positions(self) -> list[list[tuple[int, int]]]:
        """Per person (in order): the (paragraph, start) of each mention, sorted."""
        return [sorted((m.paragraph, m.start) for m in person.mentions) for person in self]

    def at(self, paragraph: int, offset: int) -> tuple[Person, Mention] | tuple[None, None]:
        starts, rows = self._places.get(paragraph, ([], []))
        best: tuple[int, Person, Mention] | None = None
        i = bisect_right(starts, offset) - 1
        while i >= 0 and starts[i] > offset - LONGEST_NAME:
            end, order, person, mention = rows[i]
            if offset < end and (best is None or order < best[0]):
                best = (order, person, mention)
            i -= 1
        return (best[1], best[2]) if best is not None else (None, None)

    def before(self, paragraph: int, offset: int) -> list[Person]:
        seen: list[tuple[tuple[int, int], Person]] = []
        for person, positions in zip(self, self._positions, strict=True):
            i = bisect_left(positions, (paragraph, offset)) - 1
            if i >= 0 and positions[i][0] >= paragraph - 3:
                seen.append((positions[i], person))
        return [person for _, person in sorted(seen, key=lambda item: item[0], reverse=True)]


def as_people(people: Iterable[Person]) -> People:
    return people if isinstance(people, People) else People(people)


def mention_at(
    people: Iterable[Person], paragraph: int, offset: int
) -> tuple[Person, Mention] | tuple[None, None]:
    """Who is named at this offset of a paragraph, and that mention (the first person found,
    should two names overlap)."""
    return as_people(people).at(paragraph, offset)


def mentioned_before(people: Iterable[Person], paragraph: int, offset: int) -> list[Person]:
    """People mentioned up to this point in the last three paragraphs, latest first."""
    return as_people(people).before(paragraph, offset)


def in_nominative(person: Person, mention: Mention) -> bool:
    """Can this mention be in the nominative (so the person can be a verb's subject there)?"""
    return may_be_nominative(mention.surname, mention.surname_ending, person.gender)


def in_genitive(person: Person, mention: Mention) -> bool:
    """ "по словам Гусейнова" names him in the genitive; "к Савельеву" is someone else's."""
    return may_be_genitive(mention.surname, mention.surname_ending, person.gender)
