"""Draft questions for each answer and figure, so a draft briefing is usable at once.

They are templates over what the entry holds (speaker, topic, its most telling words); the
curator replaces them with how people really ask. English ones only where a template
reads naturally ("what did Guseynov say").
"""

from __future__ import annotations

import re

from bot.extraction.mentions import Person
from bot.extraction.structure import WORD
from bot.language.lexicon import word_set
from bot.language.morphology import informativeness, parse
from bot.language.romanise import romanise

_DULL = word_set(
    "это быть который весь свой наш такой этот тот как также уже ещё еще очень можно "
    "нужно сегодня именно более менее год"
)


def key_words(text: str, limit: int = 4) -> list[str]:
    """The most telling words of a text, in their dictionary form, first seen first."""
    chosen: list[str] = []
    for word in WORD.findall(text):
        lower = word.lower()
        parses = parse(lower)
        if not parses or len(lower) < 4:
            continue
        lemma = parses[0].normal_form
        if lemma in _DULL or lemma in chosen or informativeness(lower) < 0.7:
            continue
        if parses[0].tag.POS not in {"NOUN", "ADJF"}:
            continue
        chosen.append(lemma)
    nouns = [w for w in chosen if parse(w)[0].tag.POS == "NOUN"]
    return (nouns + [w for w in chosen if w not in nouns])[:limit]


def noun_phrases(text: str, limit: int = 6) -> list[str]:
    """Adjective + noun pairs and telling nouns, in the nominative: what people type as topics."""
    words = WORD.findall(text)
    phrases: list[str] = []
    for i, word in enumerate(words):
        lower = word.lower()
        parses = parse(lower)
        if not parses or parses[0].tag.POS != "NOUN" or len(lower) < 4:
            continue
        noun = parses[0]
        if noun.normal_form in _DULL or informativeness(lower) < 0.7:
            continue
        nominative = noun.inflect({"nomn"}) or noun
        phrase = nominative.word
        if i:
            before = next(
                (
                    p
                    for p in parse(words[i - 1].lower())
                    if p.tag.POS == "ADJF" and p.tag.case == noun.tag.case
                ),
                None,
            )
            if before is not None:
                grammemes = {"nomn", nominative.tag.number or "sing"}
                if nominative.tag.number == "sing" and nominative.tag.gender:
                    grammemes.add(nominative.tag.gender)
                adjective = before.inflect(grammemes)
                if adjective is not None:
                    phrase = f"{adjective.word} {phrase}"
        if phrase not in phrases:
            phrases.append(phrase)
    pairs = [p for p in phrases if " " in p][:limit]
    singles = [p for p in phrases if " " not in p][:limit]
    return pairs + singles


def statement_questions(speaker: Person | None, text: str, topics: list[str]) -> tuple[str, ...]:
    words = key_words(text)
    questions: list[str] = []
    if speaker is not None:
        surname = speaker.surname
        questions.append(
            f"что сказал {surname}" if speaker.gender == "m" else f"что сказала {surname}"
        )
        for topic in topics[:2]:
            questions.append(f"{surname} о теме «{topic}»".replace("«", "").replace("»", ""))
        if words:
            questions.append(f"{surname} {' '.join(words[:2])}")
            questions.append(f"что думает {surname} про {' '.join(words[:2])}")
        questions.append(f"what did {romanise(surname)} say")
    if words:
        questions.append(" ".join(words[:3]))
        questions.append(f"что известно про {' '.join(words[:2])}")
    for phrase in noun_phrases(text):
        questions.append(phrase)
        if speaker is not None:
            questions.append(f"{speaker.surname} про {phrase}")
    for topic in topics[:2]:
        questions.append(topic.lower())
    return tuple(dict.fromkeys(q for q in questions if q.strip()))


_MONTHS = (
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
)
_MONEY = ("долл", "тенге", "руб", "евро", "сом", "манат", "$", "€")


def figure_questions(value: str, measures: str, speaker: Person | None) -> tuple[str, ...]:
    words = key_words(measures, limit=3)
    questions = [measures, f"сколько {measures}"]
    lower = value.lower()
    unit = lower.split()[1] if len(lower.split()) > 1 else ""
    if unit.startswith(_MONTHS) or re.search(r"\bгод", lower):
        questions += [f"когда {measures}", f"в каком году {measures}"]
    if "%" in lower:
        questions += [f"на сколько процентов {measures}", f"какая доля {measures}"]
    if any(m in lower for m in _MONEY):
        questions += [f"сколько денег {measures}", f"какая сумма {measures}"]
    for phrase in noun_phrases(measures, limit=3):
        questions += [f"какой {phrase}", f"сколько {phrase}"]
    if words:
        questions.append(f"сколько {' '.join(words)}")
        questions.append(f"{' '.join(words)} цифры")
    unit = [w for w in WORD.findall(value) if not w.isdigit()]
    if unit and words:
        questions.append(f"сколько {unit[-1]} {words[0]}")
    if speaker is not None:
        questions.append(f"цифры {speaker.surname}")
    return tuple(dict.fromkeys(q.strip() for q in questions if q.strip()))
