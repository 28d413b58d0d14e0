"""Candidate topics: noun phrases that recur across the article's paragraphs.

A topic is worth a command when several paragraphs talk about it ("Средний коридор" in five
of them), so phrases are counted per paragraph, by lemma, and adjective + noun pairs are
preferred over bare nouns. The curator renames or merges them; the draft only proposes.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from bot.extraction.structure import WORD
from bot.knowledge.commands import RESERVED_COMMANDS
from bot.language.lexicon import word_set
from bot.language.morphology import parse
from bot.language.romanise import romanise
from bot.records import record

MAX_TOPICS = 8
_GENERIC = word_set(
    "год раз время часть слово мнение эксперт политолог депутат аналитик страна сторона "
    "уровень вопрос случай формат фон путь ряд число цифра день неделя месяц человек "
    "президент директор интервью корреспондент слова итог рамка центр внимание пример "
    "значение тема отношение который это тонна гектар километр метр доллар тенге рубль "
    "процент кубометр единица тысяча миллион миллиард сотрудник компания"
)


@record
class TopicCandidate:
    lemmas: tuple[str, ...]  # ("средний", "коридор")
    title: str  # nominative: "Средний коридор"
    command: str
    paragraphs: int
    forms: tuple[str, ...]  # surface forms seen, for aliases


def _analyse(word: str):
    parses = parse(word.lower())
    return parses[0] if parses else None


def _adjective(word: str, noun):
    """The adjective reading of ``word`` that agrees with ``noun`` ("Среднего коридора")."""
    for candidate in parse(word.lower()):
        if candidate.tag.POS == "ADJF" and candidate.tag.case == noun.tag.case:
            return candidate
    return None


def find_topics(
    paragraphs: list[str], names: set[str], taken: set[str] | None = None
) -> list[TopicCandidate]:
    seen: dict[tuple[str, ...], set[int]] = defaultdict(set)
    forms: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for number, text in enumerate(paragraphs):
        words = list(WORD.finditer(text))
        analysed = [_analyse(w.group(0)) for w in words]
        for i, (word, p) in enumerate(zip(words, analysed, strict=True)):
            if p is None or p.tag.POS != "NOUN" or word.group(0).lower() in names:
                continue
            if {"Name", "Surn", "Patr", "Geox"} & set(str(p.tag).replace(" ", ",").split(",")):
                continue
            if p.normal_form in _GENERIC or len(p.normal_form) < 4:
                continue
            seen[(p.normal_form,)].add(number)
            forms[(p.normal_form,)][word.group(0)] += 1
            adjective = _adjective(words[i - 1].group(0), p) if i else None
            if adjective is not None:
                gap = text[words[i - 1].end() : word.start()]
                if gap == " ":
                    key = (adjective.normal_form, p.normal_form)
                    seen[key].add(number)
                    forms[key][f"{words[i - 1].group(0)} {word.group(0)}"] += 1
    scored = []
    for key, where in seen.items():
        needed = 2 if len(key) == 2 else 3
        if len(where) >= needed:
            scored.append((len(where) * (2.5 if len(key) == 2 else 1.0), key))
    scored.sort(key=lambda item: (-item[0], item[1]))
    chosen: list[TopicCandidate] = []
    commands: set[str] = set(taken or ())
    for _, key in scored:
        if any(set(key) <= set(c.lemmas) or set(c.lemmas) <= set(key) for c in chosen):
            continue
        title = _nominative_title(forms[key].most_common(1)[0][0], key)
        command = command_name(title, commands)
        if not command:
            continue
        commands.add(command)
        chosen.append(
            TopicCandidate(key, title, command, len(seen[key]), tuple(sorted(forms[key])))
        )
        if len(chosen) == MAX_TOPICS:
            break
    return chosen


def _nominative_title(form: str, key: tuple[str, ...]) -> str:
    words = form.split()
    if len(key) == 1:
        title = key[0]
    else:
        noun = _analyse(words[-1])
        adjective = _analyse(words[0])
        gender = noun.tag.gender if noun is not None else None
        number = noun.tag.number if noun is not None else "sing"
        grammemes = {"nomn", number or "sing"} | (
            {gender} if gender and number == "sing" else set()
        )
        inflected = adjective.inflect(grammemes) if adjective is not None else None
        noun_nominative = noun.inflect({"nomn", number or "sing"}) if noun is not None else None
        title = " ".join(
            (
                inflected.word if inflected else key[0],
                noun_nominative.word if noun_nominative else key[1],
            )
        )
    return title[:1].upper() + title[1:]


def command_name(title: str, taken: set[str]) -> str:
    """A Telegram command (1-32 of a-z, 0-9, _) from a title, unique among ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "_", romanise(title).lower()).strip("_")[:32].rstrip("_")
    if not base:
        return ""
    name, n = base, 2
    while name in taken or name in RESERVED_COMMANDS:
        suffix = f"_{n}"
        name = base[: 32 - len(suffix)] + suffix
        n += 1
    return name
