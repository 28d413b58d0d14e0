"""Numbers the article gives, with their units and ranges exactly as written.

A figure's value must stand verbatim in its span ("15–18 дней", "1,5–2 миллиона тонн", "до
одного миллиарда долларов", "20 октября"), so values are cut from the text, never rebuilt.
Table cells become figures measured by their row label and column header.
"""

from __future__ import annotations

import re

from bot.extraction.structure import TABLE_CELL_SEPARATOR, Paragraph, Shape, sentences_of
from bot.language.morphology import parse
from bot.language.numbers import RUSSIAN_CARDINALS, alternation
from bot.records import record

_NUMBER = r"\d+(?:[ \u00a0\u202f]\d{3}(?!\d))*(?:[.,]\d+)?"
_RANGE = rf"(?:(?:от|с)\s+{_NUMBER}\s+до\s+{_NUMBER}|{_NUMBER}(?:\s*[–—-]\s*{_NUMBER})?)"
_WORD_NUMBERS = alternation(RUSSIAN_CARDINALS)
_SCALES = r"(?:тыс\.|млн|млрд|трлн|тысяч[аи]?|миллион(?:а|ов)?|миллиард(?:а|ов)?|триллион(?:а|ов)?)"
_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
DATE = re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}}\s+года)?")
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}(?:-х)?\s+(?:год[уаы]?|годах|годов)\b")
_AMOUNT = re.compile(
    rf"(?<![\w,.])(?:{_RANGE}|(?:{_WORD_NUMBERS})(?=\s+{_SCALES}))(?:\s*%|\s+{_SCALES})?"
)
_QUOTED_NUMBER = re.compile(r"«\d+(?:[+−-]\d+)*»")
_NAMED_NUMBER = re.compile(rf"(?:цифр[аыу]|числ[оа]м?)\s+(?P<value>{_WORD_NUMBERS}|\d+)\b")
_PER = re.compile(r"\s+(?:в\s+(?:год|сутки|день|месяц|неделю|час)|ежегодно|ежемесячно)\b")
_UNIT_WORD = re.compile(r"\s+([A-ZА-ЯЁa-zа-яё]+\.?)")


@record
class FoundFigure:
    value: str
    paragraph: int
    start: int  # offsets of the value inside the paragraph
    end: int
    measures: str  # for table cells: row label and column; else empty (taken from the span)


def is_date(value: str) -> bool:
    """ "20 октября", "2025 год": a figure that dates something rather than measures it."""
    return bool(DATE.fullmatch(value) or _YEAR.fullmatch(value))


def find_figures(paragraph: Paragraph) -> list[FoundFigure]:
    if paragraph.shape is Shape.TABLE:
        return []
    text = paragraph.text
    found: list[FoundFigure] = []
    taken = bytearray(len(text))  # characters already in a figure: overlap costs its length

    def add(start: int, end: int) -> None:
        if any(taken[start:end]):
            return
        taken[start:end] = b"\x01" * (end - start)
        found.append(FoundFigure(text[start:end], paragraph.number, start, end, ""))

    for pattern in (DATE, _YEAR, _QUOTED_NUMBER):
        for match in pattern.finditer(text):
            add(match.start(), match.end())
    for match in _NAMED_NUMBER.finditer(text):
        add(match.start("value"), match.end("value"))
    for match in _AMOUNT.finditer(text):
        end = _unit_end(text, match.end())
        add(match.start(), end)
    return sorted(found, key=lambda f: f.start)


def _unit_end(text: str, end: int) -> int:
    """Extend a number over its unit: "15 важных соглашений", "миллионов долларов в год"."""
    if text[end - 1 : end] == "%":
        return _per(text, end)
    nouns = 0
    position = end
    for _ in range(4):
        match = _UNIT_WORD.match(text, position)
        if match is None:
            break
        word = match.group(1)
        if word.endswith(".") and word.lower().rstrip(".") not in {"тыс", "млн", "млрд"}:
            word = word[:-1]
        lower = word.lower()
        if word.isupper() and word.isalpha() and len(word) <= 5:  # TEU, МВт-like units
            position = match.start(1) + len(word)
            break
        parses = parse(lower)
        pos = parses[0].tag.POS if parses else None
        if pos in {"ADJF", "PRTF"} and nouns == 0:
            adjectives_end = match.start(1) + len(word)
            position = adjectives_end
            continue
        if (
            pos == "NOUN"
            or lower.rstrip(".") in {"тыс", "млн", "млрд", "трлн"}
            or lower in {"мвт", "км", "га"}
        ):
            position = match.start(1) + len(word)
            nouns += 1
            if not re.fullmatch(_SCALES, lower) and lower.rstrip(".") not in {"тыс", "млн", "млрд"}:
                break
            continue
        break
    if position == end or nouns == 0:
        return end  # adjectives without their noun are no unit: "6 300 сельских …" → "6 300"
    return _per(text, position)


def _per(text: str, end: int) -> int:
    match = _PER.match(text, end)
    return match.end() if match else end


def table_figures(paragraphs: list[Paragraph]) -> list[FoundFigure]:
    """Numeric cells of plain-text tables, with "row label, column header" as what they measure."""
    figures: list[FoundFigure] = []
    header: list[str] | None = None
    for paragraph in paragraphs:
        if paragraph.shape is not Shape.TABLE:
            header = None
            continue
        raw = paragraph.text.split(TABLE_CELL_SEPARATOR.strip())
        cells = [c.strip() for c in raw]
        if header is None:
            header = [] if any(_is_data(c) for c in cells[1:]) else cells
            if header:
                continue  # a row of labels; a row with numbers is data (no header given)
        label = cells[0]
        position = len(raw[0])
        for column, cell in enumerate(cells[1:], start=1):
            start = paragraph.text.find(cell, position)
            position = start + len(cell)
            if not re.fullmatch(_NUMBER, cell):
                continue
            column_name = header[column] if column < len(header) else ""
            measures = f"{label}, {column_name}".strip(", ")
            figures.append(FoundFigure(cell, paragraph.number, start, start + len(cell), measures))
    return figures


def _is_data(cell: str) -> bool:
    """A number that is not a year: years ("2024 | 2025") head columns, data fills them."""
    return bool(re.fullmatch(_NUMBER, cell)) and not re.fullmatch(r"(?:19|20)\d\d", cell)


def sentence_around(paragraph: Paragraph, start: int, end: int) -> tuple[int, int]:
    for sentence in sentences_of(paragraph):
        if sentence.start <= start and end <= sentence.end:
            return sentence.start, sentence.end
    return paragraph.body_start, len(paragraph.text)
