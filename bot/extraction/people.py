"""People named in an article: who they are, in the nominative, with their role and gender.

Russian names the article in whatever case the sentence needs: "По словам Айдына Гусейнова"
is a man's genitive, "с директором ... Айгерим Тлеубек" a woman whose names do not decline,
"Ковалёвой" a woman's genitive. Getting the nominative and the gender right matters twice:
the curator reads the name, and "— добавила она" must find a woman. The forms of a name
(nominative, genitive, the gender an ending tells) are the language's: ``bot.language.names``;
role words are read by pymorphy3.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from bot.language.lexicon import word_set
from bot.language.morphology import parse
from bot.language.names import (
    FEMALE_ENDINGS,
    MALE_ENDINGS,
    capitalise_like,
    cases_of_ending,
    declined_like_first_name,
    first_name_gender,
    genitive_first_name,
    genitive_patronymic,
    genitive_surname,
    is_undeclined_surname,
    nominative_first_name,
    nominative_patronymic,
    nominative_surname,
    patronymic_parts,
    surname_parts,
)

WORD = re.compile(r"[А-ЯЁа-яёA-Za-z]+(?:-[А-ЯЁа-яёA-Za-z]+)*")
_CAPITALISED = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*")

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


def find_people(paragraphs: Iterable[str]) -> list[Person]:
    """Everyone named with a first name and surname, then every later surname-only mention."""
    texts = list(paragraphs)
    whole = "\n".join(texts)
    people: dict[str, Person] = {}
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
            sentence_start = _sentence_start(text, left.start())
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
                and whole.count(surname) < 2  # "Гелы Ломидзе" … "Ломидзе добавил"
            ):
                continue
            if sentence_start and not known_first and _is_place_or_thing(first):
                continue
            stem, ending = parts if parts else (surname, "")
            person = _person_for(people, stem.lower(), first)
            person.mentions.append(
                Mention(number, left.start(), right.end(), first, surname, ending, middle)
            )
    # Later mentions by surname alone ("Гусейнов отметил", "озвученный Гаджиевым").
    for number, text in enumerate(texts):
        for word in _CAPITALISED.finditer(text):
            parts = surname_parts(word.group(0))
            stem = (parts[0] if parts else word.group(0)).lower()
            person = _namesake_for(people, stem, parts[1] if parts else "")
            if person is None or any(
                m.paragraph == number and m.start <= word.start() < m.end for m in person.mentions
            ):
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
    for person in people.values():
        _settle_name(person, texts, by_paragraph)
    return list(people.values())


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


def _sentence_start(text: str, offset: int) -> bool:
    before = text[:offset].rstrip()
    if before.endswith(".") and re.search(r"(?<!\w)[а-яё]{1,3}\.$", before):
        return False  # "им. Блохина", "г. Алматы": an abbreviation, not a sentence's end
    return not before or before[-1] in ".!?…«—:"


def _other_names(person: Person, mentions: list[tuple[str, Mention]]) -> list[tuple[int, int]]:
    return [(m.start, m.end) for key, m in mentions if key != person.key]


def _settle_name(
    person: Person, texts: list[str], mentions_by_paragraph: dict[int, list[tuple[str, Mention]]]
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
        others = _other_names(person, mentions_by_paragraph.get(mention.paragraph, []))
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


_ROLE_TOKEN = re.compile(r"«[^«»]*»|[А-ЯЁа-яёA-Za-z0-9]+(?:-[А-ЯЁа-яёA-Za-z0-9]+)*|[^\w\s]")
_INSIDE_ROLE = word_set("по в при для и")


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
    tokens = [t for t in _ROLE_TOKEN.finditer(text[: mention.start])]
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
        at_start = _sentence_start(text, token.start())
        if (value[:1].islower() or at_start) and _is_noun_in(lower, cases):
            head = index
        if _sentence_start(text, token.start()):
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
    parses = parse(word)
    return bool(parses) and parses[0].tag.POS in {"VERB", "INFN", "GRND", "PREP", "CONJ"}


def _is_noun(word: str) -> bool:
    parses = parse(word)
    return bool(parses) and parses[0].tag.POS == "NOUN"


def is_adjective(word: str) -> bool:
    parses = parse(word)
    return bool(parses) and parses[0].tag.POS in {"ADJF", "PRTF"}
