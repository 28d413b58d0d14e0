"""A figure's value as a reader sees it alone, in a list of key figures.

Values are cut verbatim from their sentence ("одного миллиарда долларов", "до 20 миллионов",
"с 4 200 до 11 тысяч"), so some read only inside it: the case is the sentence's, or the unit
is named by a neighbouring number. For those the draft gets a ``display:`` — the value in the
nominative with digits ("1 миллиард долларов ежегодно"), completed with the unit the sentence
itself gives ("до 20 миллионов тонн", "с 4 200 до 11 тысяч продавцов", "$150 млн"). A unit is
only ever taken from the sentence, never guessed, and a display is only kept when the loader's
own proof (``display_problems``) accepts it; otherwise the draft has none and the curator
writes one.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from bot.extraction.figures import find_figures
from bot.extraction.structure import Paragraph, Shape
from bot.knowledge.faithfulness import display_problems
from bot.language.morphology import lemma, parse
from bot.language.numbers import RUSSIAN_CARDINALS, SCALE_ABBREVIATIONS
from bot.language.text import is_cyrillic

# Words before the number that leave it a number: "до 20 миллионов", "с 4 200 до 11 тысяч".
QUALIFIERS = frozenset({"до", "около", "более", "свыше", "менее", "почти", "порядка", "от", "с"})
# Those that put what follows in the genitive: "до 1 миллиарда" is right as it is.
_GOVERNING = QUALIFIERS - {"почти"}
_SCALE_LEMMAS = frozenset({"тысяча", "миллион", "миллиард", "триллион"})
# A sign standing for the unit before the number: "$150 млн" reads alone.
CURRENCY_SIGNS = "$€₽₸£¥"
# Nouns that name what a bare amount counts: "число продавцов … выросло с 4 200 до 11 тысяч".
_COUNTING = frozenset({"число", "количество", "численность"})
_LATIN_UNIT = re.compile(r"[A-Z]{2,5}")  # TEU, MW
_NEXT_WORD = re.compile(r"[ \u00a0]+([А-ЯЁа-яёA-Za-z]+)")


def draft_display(value: str, span: str) -> str | None:
    """The display a draft figure gets, or None when the value reads alone already or no
    display can be built from the value and its sentence that the loader would accept."""
    if reads_alone(value):
        return None
    shown = _nominative(value)
    if shown is None:
        return None
    if _scale_of(shown.split()[-1]) is not None:
        shown = _with_unit(shown, value, span)
        if shown is None:
            return None
    if not reads_alone(shown) or display_problems(shown, value, span):
        return None
    return shown


def reads_alone(shown: str) -> bool:
    """A reader understands the number without its sentence: the first word after a qualifier
    is a number or in the nominative, and it does not end on a scale word with no unit."""
    words = shown.split()
    rest = words[_qualified(words) :]
    if not rest:
        return False
    unit = _scale_of(words[-1]) is None or rest[0][:1] in CURRENCY_SIGNS
    return _number_or_nominative(rest[0]) and unit


def _number_or_nominative(word: str) -> bool:
    """ "20", "$150", "«6»", "семь", "миллиард": a word a figure can begin with alone."""
    bare = word.lstrip(CURRENCY_SIGNS).strip("«»")
    return bare[:1].isdigit() or any("nomn" in p.tag for p in parse(bare.lower())[:2])


def _qualified(words: list[str]) -> int:
    """How many words before the number are qualifiers ("до", "с", "около")."""
    count = 0
    while count < len(words) and words[count].lower() in QUALIFIERS:
        count += 1
    return count


def _scale_of(word: str) -> str | None:
    """ "миллионов", "млн", "тыс." → the scale's lemma; None for any other word."""
    bare = word.lower().rstrip(".,")
    if bare in SCALE_ABBREVIATIONS and is_cyrillic(bare):
        return SCALE_ABBREVIATIONS[bare]
    for candidate in parse(bare)[:2]:
        if candidate.tag.POS == "NOUN" and candidate.normal_form in _SCALE_LEMMAS:
            return str(candidate.normal_form)
    return None


def _nominative(value: str) -> str | None:
    """Number words as digits and, when nothing governs their case, the counted word in the
    form the number asks for: "одного миллиарда долларов" → "1 миллиард долларов", but "до
    одного миллиарда" → "до 1 миллиарда" (the qualifier wants the genitive). None when the
    first word is neither a number nor a word this can put right."""
    words = value.split()
    start = _qualified(words)
    if start == len(words):
        return None
    if words[start].lower().replace("ё", "е") not in _CARDINALS:
        return value if _number_or_nominative(words[start]) else None
    number = _CARDINALS[words[start].lower().replace("ё", "е")]
    digits = [_CARDINALS.get(w.lower().replace("ё", "е"), w) for w in words]
    if any(w.lower() in _GOVERNING for w in words[:start]):
        return " ".join(digits)
    agreed = _agree(digits[start + 1 :], number)
    return None if agreed is None else " ".join([*digits[: start + 1], *agreed])


_CARDINALS = {word.replace("ё", "е"): digit for word, digit in RUSSIAN_CARDINALS.items()}


def _agreement(number: str) -> set[str]:
    """The case and number a noun takes after this number when the phrase stands alone."""
    if "," in number:
        return {"gent", "sing"}  # "1,5 миллиона"
    n = int(number)
    if n % 10 == 1 and n % 100 != 11:
        return {"nomn", "sing"}
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return {"gent", "sing"}
    return {"gent", "plur"}


def _agree(words: list[str], number: str) -> list[str] | None:
    """The adjectives and the noun after the number in the form it asks for; the words after
    that noun stay (a scale governs its unit: "миллиард долларов" as "миллиарда долларов")."""
    grammemes = _agreement(number)
    for index, word in enumerate(words):
        noun = _parse_as(word, "NOUN")
        if noun is None:
            continue
        form = noun.inflect(grammemes)
        adjectives = [_adjective(w, grammemes, noun.tag.gender) for w in words[:index]]
        if form is None or None in adjectives:
            return None
        return [*(a for a in adjectives if a), form.word, *words[index + 1 :]]
    return None


def _adjective(word: str, grammemes: set[str], gender: Any) -> str | None:
    adjective = _parse_as(word, "ADJF") or _parse_as(word, "PRTF")
    if adjective is None:
        return None
    wanted = {"nomn", "sing", gender} if "nomn" in grammemes and gender else {"gent", "plur"}
    form = adjective.inflect(wanted)
    return form.word if form else None


def _parse_as(word: str, pos: str) -> Any:
    return next((p for p in parse(word.lower())[:3] if str(p.tag.POS) == pos), None)


def _with_unit(shown: str, value: str, span: str) -> str | None:
    """A value ending on its scale, completed with what the sentence says it counts: the
    unit written right after it ("48 тыс. TEU", "30 тысяч рабочих"), a currency sign right
    before it ("$150 млн"), the noun the sentence counts ("число продавцов"), or the unit of
    the nearest other number on the same scale ("5–7 миллионов тонн")."""
    at = _find(value, span)
    if at is None:
        return None
    end = at + len(value)
    sign = span[at - 1] if at and span[at - 1] in CURRENCY_SIGNS else ""
    unit = _unit_after(span, end)
    if unit is None and not sign:
        unit = _counted(span, at) or _neighbours_unit(span, at, end, shown)
    if unit is None and not sign:
        return None
    return f"{sign}{shown}" + (f" {unit}" if unit else "")


def _find(value: str, span: str) -> int | None:
    """Where the value stands in its span as whole words (its first such place)."""
    match = re.search(rf"(?<![\w,.]){re.escape(value)}(?!\w)", span)
    return match.start() if match else None


def _unit_after(text: str, end: int) -> str | None:
    """The counted noun written right after the amount, with its adjectives: "TEU",
    "рабочих", "рабочих мест", "квадратных метров" (a genitive plural, as a scale wants)."""
    words: list[str] = []
    position = end
    for _ in range(3):
        match = _NEXT_WORD.match(text, position)
        if match is None:
            break
        word = match.group(1)
        if not words and _LATIN_UNIT.fullmatch(word):
            return word
        if not _plural_genitive(word, nouns=True) and not _plural_genitive(word, nouns=False):
            break
        words.append(word)
        position = match.end()
        following = _NEXT_WORD.match(text, position)
        if _plural_genitive(word, nouns=True) and not (
            following and _plural_genitive(following.group(1), nouns=True)
        ):
            return " ".join(words)  # "рабочих" alone; "рабочих мест" when a noun follows
    return None


def _plural_genitive(word: str, *, nouns: bool) -> bool:
    """A noun (or, with nouns=False, an adjective) that can be a genitive plural."""
    wanted = {"NOUN"} if nouns else {"ADJF", "PRTF"}
    return any(
        p.tag.POS in wanted and "gent" in p.tag and "plur" in p.tag and p.score >= 0.1
        for p in parse(word.lower())
    )


def _counted(span: str, at: int) -> str | None:
    """The noun the sentence says it counts, before the amount with no other number between:
    "число продавцов из Казахстана … выросло с 4 200 до 11 тысяч" → "продавцов"."""
    before = span[:at]
    words = list(re.finditer(r"[А-ЯЁа-яё]+", before))
    for counting, counted in reversed(list(pairwise(words))):
        if re.search(r"\d", before[counting.end() :]):
            return None
        if lemma(counting.group().lower()) in _COUNTING and _plural_genitive(
            counted.group(), nouns=True
        ):
            return counted.group()
    return None


def _neighbours_unit(span: str, at: int, end: int, shown: str) -> str | None:
    """The unit of the nearest other amount in the sentence on the same scale: "Казахстану
    нужно до 20 миллионов, а Азербайджан готов обеспечить 5–7 миллионов тонн в год" →
    "тонн". Another scale ("96 млрд рублей" beside "11 тысяч") may count something else."""
    scale = _scale_of(shown.split()[-1])
    others = [
        f for f in find_figures(Paragraph(0, span, Shape.PROSE, 0)) if f.end <= at or f.start >= end
    ]
    for other in sorted(others, key=lambda f: min(abs(f.start - end), abs(at - f.end))):
        words = other.value.split()
        scales = [i for i, w in enumerate(words) if _scale_of(w) is not None]
        if not scales or _scale_of(words[scales[-1]]) != scale:
            continue
        unit = _unit_after(" " + " ".join(words[scales[-1] + 1 :]), 0)
        if unit is not None:
            return unit
    return None
