"""Who an article names and where: the records that finding people, reading their roles
and attributing statements all share, and the look-ups over them.

A ``Person`` is one individual however the article declines the name; each ``Mention`` is one
place the name stands, with the surname as written, since its case ending is the evidence
for gender and for whether the person can be a verb's subject there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.language.names import (
    genitive_first_name,
    genitive_patronymic,
    genitive_surname,
    may_be_genitive,
    may_be_nominative,
)


@dataclass(frozen=True, slots=True)
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


def mention_at(
    people: Iterable[Person], paragraph: int, offset: int
) -> tuple[Person, Mention] | tuple[None, None]:
    """Who is named at this offset of a paragraph, and that mention."""
    for person in people:
        for mention in person.mentions:
            if mention.paragraph == paragraph and mention.start <= offset < mention.end:
                return person, mention
    return None, None


def mentioned_before(people: Iterable[Person], paragraph: int, offset: int) -> list[Person]:
    """People mentioned up to this point in the last three paragraphs, latest first."""
    seen: list[tuple[tuple[int, int], Person]] = []
    for person in people:
        last = None
        for mention in person.mentions:
            if paragraph - 3 <= mention.paragraph < paragraph or (
                mention.paragraph == paragraph and mention.start < offset
            ):
                last = (mention.paragraph, mention.start)
        if last is not None:
            seen.append((last, person))
    return [person for _, person in sorted(seen, key=lambda item: item[0], reverse=True)]


def in_nominative(person: Person, mention: Mention) -> bool:
    """Can this mention be in the nominative (so the person can be a verb's subject there)?"""
    return may_be_nominative(mention.surname, mention.surname_ending, person.gender)


def in_genitive(person: Person, mention: Mention) -> bool:
    """ "по словам Гусейнова" names him in the genitive; "к Савельеву" is someone else's."""
    return may_be_genitive(mention.surname, mention.surname_ending, person.gender)
