"""The shape of an article: paragraphs, sentences, words, interview turns, bullet lists, tables.

Extraction reasons sentence by sentence, but a sentence boundary inside «…» would cut a
quote in two, and an interview's answers are the interviewee's words although they stand in
no quotation marks. So the article is first read for its shape, with character offsets kept
so every extracted span can be proven against the original text.
"""

from __future__ import annotations

import re
from enum import StrEnum

from bot.knowledge.interview import DASH_OPENING, interview_turns
from bot.language.sentences import CLOSERS, sentence_spans
from bot.records import record

# A word as the article writes it: Cyrillic or Latin letters, hyphenated parts kept whole.
WORD = re.compile(r"[А-ЯЁа-яёA-Za-z]+(?:-[А-ЯЁа-яёA-Za-z]+)*")
TABLE_CELL_SEPARATOR = " | "


class Shape(StrEnum):
    PROSE = "prose"
    QUESTION = "question"  # an interviewer's turn
    ANSWER = "answer"  # an interviewee's turn: their own words, no quotation marks needed
    BULLET = "bullet"
    TABLE = "table"
    HEADING = "heading"


@record
class Sentence:
    paragraph: int
    start: int  # offsets inside the paragraph text
    end: int
    text: str


@record
class Paragraph:
    number: int
    text: str
    shape: Shape
    body_start: int  # where the words start (after an interview dash or a bullet mark)
    label: str | None = None  # an interview turn's label: "Асанкулов" in "Асанкулов: …"

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


def read_paragraphs(text: str) -> list[Paragraph]:
    """The article's paragraphs (non-empty lines, as the knowledge loader counts them)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    turns = interview_turns(lines)
    paragraphs: list[Paragraph] = []
    for number, (line, turn) in enumerate(zip(lines, turns, strict=True)):
        shape, start = Shape.PROSE, 0
        dash = DASH_OPENING.match(line)
        if turn is not None:
            shape = Shape.QUESTION if turn.question else Shape.ANSWER
            start = turn.body
        elif line[:1] in "•●▪·*" or dash:
            shape = Shape.BULLET
            start = len(line) - len(line[1:].lstrip())
        elif line.count(TABLE_CELL_SEPARATOR.strip()) >= 2:
            shape = Shape.TABLE
        elif number == 0 and not line.endswith((".", "!", "?", "…")):
            shape = Shape.HEADING
        label = turn.label if turn is not None else None
        paragraphs.append(Paragraph(number, line, shape, start, label))
    return paragraphs


def split_sentences(paragraph: Paragraph) -> list[Sentence]:
    """Sentences of a paragraph's body; never split inside «…», after initials or "млн."."""
    text = paragraph.text
    return [
        Sentence(paragraph.number, start, end, text[start:end])
        for start, end in sentence_spans(text, paragraph.body_start)
    ]


def sentences_of(paragraph: Paragraph) -> tuple[Sentence, ...]:
    """``split_sentences``, remembered: figures and statements ask about the same paragraph."""
    return tuple(split_sentences(paragraph))


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each outermost «…» or “…” of a text, end exclusive."""
    ranges: list[tuple[int, int]] = []
    open_quotes: list[str] = []
    start = 0
    for i, ch in enumerate(text):
        if open_quotes and ch == open_quotes[-1]:
            open_quotes.pop()
            if not open_quotes:
                ranges.append((start, i))
        elif ch in CLOSERS:
            if not open_quotes:
                start = i + 1
            open_quotes.append(CLOSERS[ch])
    return ranges


_ABBREVIATION_END = re.compile(r"(?<!\w)[а-яё]{1,3}\.$")


def sentence_start(text: str, offset: int) -> bool:
    """Does ``offset`` open a sentence or a clause (after ".", "!", "?", "…", "«", "—", ":")?"""
    end = offset
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return True
    # Look only at the last few characters: copying or searching all the text before the
    # offset made this linear per call and a long paragraph's extraction quadratic.
    if text[end - 1] == "." and _ABBREVIATION_END.search(text[max(0, end - 5) : end]):
        return False  # "им. Блохина", "г. Алматы": an abbreviation, not a sentence's end
    return text[end - 1] in ".!?…«—:"
