"""People named in an article: everyone named with a first name and surname, every later
mention of them, and each one's nominative name, gender and role.

Russian names the article in whatever case the sentence needs: "По словам Айдына Гусейнова"
is a man's genitive, "с директором ... Айгерим Тлеубек" a woman whose names do not decline,
"Ковалёвой" a woman's genitive. Getting the nominative and the gender right matters twice:
the curator reads the name, and "— добавила она" must find a woman. So every clue is
weighed here — case endings, the first name, a patronymic, a verb beside the name — while
the forms of a name are the language's (``bot.language.names``) and roles are read by
``roles``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from itertools import pairwise

from bot.extraction.mentions import LONGEST_NAME, Mention, People, Person
from bot.extraction.roles import ROLE_WINDOW, country_of, role_after, role_before
from bot.extraction.structure import sentence_start
from bot.language.morphology import parse
from bot.language.names import (
    FEMALE_ENDINGS,
    MALE_ENDINGS,
    declined_like_first_name,
    first_name_gender,
    is_undeclined_surname,
    nominative_first_name,
    nominative_patronymic,
    nominative_surname,
    patronymic_parts,
    surname_parts,
)

_CAPITALISED = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*")


def _is_place_or_thing(word: str) -> bool:
    """Words a dictionary knows as places or common nouns are not surnames ("Берлин")."""
    parses = parse(word.lower())
    return bool(parses) and any(
        "Geox" in p.tag or ("Surn" not in p.tag and "Name" not in p.tag and p.score > 0.5)
        for p in parses[:1]
    )


def _is_place(word: str) -> bool:
    return any("Geox" in p.tag for p in parse(word.lower())[:1])


def _is_first_name(word: str) -> bool:
    return any("Name" in p.tag and p.score >= 0.1 for p in parse(word.lower()))


_NAME_GAPS = frozenset({" ", "\u00a0", "\u202f"})


def find_people(paragraphs: Iterable[str]) -> People:
    """Everyone named with a first name and surname, then every later surname-only mention."""
    texts = list(paragraphs)
    whole = "\n".join(texts)
    people: dict[str, Person] = {}
    counts: dict[str, int] = {}  # how often a surname stands in the whole article
    for number, text in enumerate(texts):
        words = list(_CAPITALISED.finditer(text))
        for index, (left, right) in enumerate(pairwise(words)):
            gap = text[left.end() : right.start()]
            if gap not in _NAME_GAPS or patronymic_parts(left.group(0)):
                continue
            middle = None
            if patronymic_parts(right.group(0)) and index + 2 < len(words):
                after = words[index + 2]
                if text[right.end() : after.start()] not in _NAME_GAPS:
                    continue
                middle, right = right.group(0), after  # "Марине Андреевне Литвиненко"
            first, surname = left.group(0), right.group(0)
            parts = surname_parts(surname)
            at_start = sentence_start(text, left.start())
            known_first = _is_first_name(first)
            foreign = is_undeclined_surname(surname)
            if parts is None and not known_first and not foreign:
                continue
            if parts is None and not foreign:
                # After a known first name any capitalised word but a place is a surname
                # (Иван Стилиди, Наталья Малых); without one it must look like a name.
                if known_first and _is_place(surname):
                    continue
                if not known_first and (
                    _is_place_or_thing(surname) or not _looks_like_name(surname)
                ):
                    continue
            if (
                foreign
                and parts is None
                and not known_first
                and _is_place_or_thing(first)
                and counts.setdefault(surname, whole.count(surname))
                < 2  # "Гелы Ломидзе" … "Ломидзе добавил"
            ):
                continue
            if at_start and not known_first and _is_place_or_thing(first):
                continue
            stem, ending = parts if parts else (surname, "")
            person = _person_for(people, stem.lower(), first)
            person.mentions.append(
                Mention(number, left.start(), right.end(), first, surname, ending, middle)
            )
    # Later mentions by surname alone ("Гусейнов отметил", "озвученный Гаджиевым"), except
    # where a full-name mention already stands.
    covered = {
        (person.key, m.paragraph, at)
        for person in people.values()
        for m in person.mentions
        for at in range(m.start, m.end)
    }
    for number, text in enumerate(texts):
        for word in _CAPITALISED.finditer(text):
            parts = surname_parts(word.group(0))
            stem = (parts[0] if parts else word.group(0)).lower()
            person = _namesake_for(people, stem, parts[1] if parts else "")
            if person is None or (person.key, number, word.start()) in covered:
                continue
            ending = parts[1] if parts else ""
            person.mentions.append(
                Mention(number, word.start(), word.end(), None, word.group(0), ending)
            )
    by_paragraph: dict[int, list[tuple[str, Mention]]] = {}
    for person in people.values():
        person.mentions.sort(key=lambda m: (m.paragraph, m.start))
        for mention in person.mentions:
            by_paragraph.setdefault(mention.paragraph, []).append((person.key, mention))
    for rows in by_paragraph.values():
        rows.sort(key=lambda row: row[1].start)
    starts = {number: [m.start for _, m in rows] for number, rows in by_paragraph.items()}
    for person in people.values():
        _settle_name(person, texts, by_paragraph, starts)
    return People(people.values())


def _person_for(people: dict[str, Person], stem: str, first: str) -> Person:
    """The person this full name belongs to; a different first name is a namesake."""
    namesakes = [p for p in people.values() if p.stem == stem]
    for person in namesakes:
        if any(m.first and m.first[:3].lower() == first[:3].lower() for m in person.mentions):
            return person
    key = stem if not namesakes else f"{stem}#{len(namesakes) + 1}"
    people[key] = Person(key=key, stem=stem)
    return people[key]


def _namesake_for(people: dict[str, Person], stem: str, ending: str) -> Person | None:
    """A surname alone: whose? With namesakes, only a case ending that tells the gender
    decides ("Ивановой" is Анна, "Ивановым" is Пётр); otherwise nobody is assumed."""
    namesakes = [p for p in people.values() if p.stem == stem]
    if len(namesakes) <= 1:
        return namesakes[0] if namesakes else None
    if ending in FEMALE_ENDINGS:
        fitting = [p for p in namesakes if _full_gender_hint(p) == "f"]
    elif ending in MALE_ENDINGS:
        fitting = [p for p in namesakes if _full_gender_hint(p) == "m"]
    else:
        fitting = []
    return fitting[0] if len(fitting) == 1 else None


def _full_gender_hint(person: Person) -> str:
    score = sum(first_name_gender(m.first) for m in person.mentions if m.first)
    score += sum(
        2 if m.surname_ending in MALE_ENDINGS else -2 if m.surname_ending in FEMALE_ENDINGS else 0
        for m in person.mentions
    )
    return "f" if score < 0 else "m"


def _looks_like_name(word: str) -> bool:
    """An undeclined surname pymorphy does not know (Тлеубек, Пашинян, Эрдоган)."""
    return not any(p.score > 0.3 and "Surn" not in p.tag for p in parse(word.lower())[:1]) or (
        any("Surn" in p.tag for p in parse(word.lower()))
    )


def _other_names(
    person: Person, mention: Mention, rows: list[tuple[str, Mention]], starts: list[int]
) -> list[tuple[int, int]]:
    """Other people's names in the stretch a role before ``mention`` may cover: only those
    (rows sorted by start), so a paragraph naming people thousands of times stays linear."""
    first = bisect_left(starts, mention.start - ROLE_WINDOW - LONGEST_NAME)
    last = bisect_left(starts, mention.start)
    return [(m.start, m.end) for key, m in rows[first:last] if key != person.key]


def _settle_name(
    person: Person,
    texts: list[str],
    mentions_by_paragraph: dict[int, list[tuple[str, Mention]]],
    starts_by_paragraph: dict[int, list[int]],
) -> None:
    """Gender from every clue, then the nominative of both names and the role."""
    score = 0.0
    for mention in person.mentions:
        if mention.surname_ending in MALE_ENDINGS and surname_parts(mention.surname):
            score += 2
        elif mention.surname_ending in FEMALE_ENDINGS:
            score -= 2
        if mention.first:
            score += first_name_gender(mention.first)
        if mention.patronymic:  # "-овна" / "-ович" settles it
            score += -5 if patronymic_parts(mention.patronymic)[0].endswith("н") else 5
        score += _verb_gender(texts[mention.paragraph], mention)
    person.gender = "f" if score < 0 else "m"
    full = next((m for m in person.mentions if m.first), person.mentions[0])
    person.surname = nominative_surname(full.surname, person.gender)
    if full.first:
        ending = full.surname_ending if surname_parts(full.surname) else None
        person.first_name = nominative_first_name(full.first, person.gender, ending)
        declined = declined_like_first_name(
            full.first, person.first_name, full.surname, person.gender
        )
        person.surname = declined or person.surname
    if full.patronymic:
        person.patronymic = nominative_patronymic(full.patronymic)
    for mention in person.mentions:
        others = _other_names(
            person,
            mention,
            mentions_by_paragraph.get(mention.paragraph, []),
            starts_by_paragraph.get(mention.paragraph, []),
        )
        role = role_before(texts[mention.paragraph], mention, others, person.gender) or role_after(
            texts[mention.paragraph], mention
        )
        if role:
            person.role = role
            person.country = country_of(role)
            break


_PAST_VERB = re.compile(r"^[а-яё]+(л|ла)(ся|сь)?$")


def _verb_gender(text: str, mention: Mention) -> float:
    """ "Сатпаева отметила" / "— отметил Гусейнов": a past-tense verb right beside the name."""
    after = text[mention.end : mention.end + 30].split()
    before = text[max(0, mention.start - 30) : mention.start].split()
    for word in (after[:1] + before[-1:]) if after or before else []:
        word = word.strip(",.;:—«»").lower()
        match = _PAST_VERB.match(word)
        if match and any(p.tag.POS == "VERB" for p in parse(word)):
            return 0.5 if match.group(1) == "л" else -0.5
    return 0.0
