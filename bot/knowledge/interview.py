"""Recognise a question-and-answer interview, so its answers count as the interviewee's words.

Two common layouts: turns opened by a dash ("— Question?" / "— Answer.") and turns opened by
a label ("Корр.: …" / "Асанкулов: …", "Вопрос: …" / "Ответ: …"). The checker and the
extractor must agree on what an answer is, so both read the article through this module.

Being wrong here gives someone words they never said, so the rules are strict: the turns
must make up most of the text from the first one on, dash turns alternate question and
answer, and a labelled answer belongs to whoever its label names.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.language.morphology import parse
from bot.patterns import lazy
from bot.records import record

# A line opening with a dash: an interview turn here, a bullet in a news story.
DASH_OPENING = lazy(r"^[—–-]\s+")
_LABEL = lazy(r"^(?P<label>[А-ЯЁA-Z][\w.-]*(?: [А-ЯЁA-Z][\w.-]*){0,2}):\s+")
_ASKING_LABELS = frozenset(
    {"вопрос", "корр.", "корр", "корреспондент", "журналист", "интервьюер", "ведущий", "q"}
)
# Labels of an answer that do not say who answers: the introduction has to.
ANONYMOUS_ANSWER_LABELS = frozenset({"ответ", "о.", "о", "a"})
MIN_TURNS = 4
MIN_DENSITY = 0.6  # share of the paragraphs, from the first turn on, that are turns


@record
class Turn:
    """A line of an interview: a question or an answer, and whose (by label) when it says."""

    question: bool
    body: int  # where the words start in the line
    label: str | None  # "Асанкулов" for a labelled turn; None for a dash


def interview_turns(lines: list[str]) -> list[Turn | None]:
    """For each line, its interview turn, or None; all None when the text is no interview."""
    turns = _dash_turns(lines) or _labelled_turns(lines)
    if turns is None:
        return [None] * len(lines)
    first = next(i for i, turn in enumerate(turns) if turn is not None)
    count = sum(1 for turn in turns if turn is not None)
    if count < MIN_TURNS or count < MIN_DENSITY * (len(lines) - first):
        return [None] * len(lines)  # a few dashes in a news story are no interview
    return turns


def _dash_turns(lines: list[str]) -> list[Turn | None] | None:
    dashed = [DASH_OPENING.match(line) for line in lines]
    asked = sum(1 for line, d in zip(lines, dashed, strict=True) if d and line.endswith("?"))
    if asked < 2:
        return None
    turns: list[Turn | None] = []
    expect_question = True
    for line, dash in zip(lines, dashed, strict=True):
        if dash is None:
            turns.append(None)
            continue
        # Turns alternate; a turn where an answer is due that asks ("?", or opens with an
        # imperative: "Расскажите, …") is a question.
        question = expect_question or line.endswith("?") or _imperative(line[dash.end() :])
        turns.append(Turn(question, dash.end(), None))
        expect_question = not question
    return turns


def _labelled_turns(lines: list[str]) -> list[Turn | None] | None:
    labelled = [_LABEL.match(line) for line in lines]
    counts = Counter(m.group("label") for m in labelled if m)
    labels = {label for label, n in counts.items() if n >= 2}
    if len(labels) < 2:
        return None
    asking = Counter(
        m.group("label")
        for line, m in zip(lines, labelled, strict=True)
        if m and m.group("label") in labels and line.endswith("?")
    )
    named = [label for label in labels if label.lower() in _ASKING_LABELS]
    interviewer = named[0] if named else (asking.most_common(1)[0][0] if asking else None)
    if interviewer is None:
        return None
    return [
        Turn(m.group("label") == interviewer, m.end(), m.group("label"))
        if m and m.group("label") in labels
        else None
        for m in labelled
    ]


def _imperative(text: str) -> bool:
    first = re.match(r"[А-ЯЁа-яё]+", text)
    return first is not None and any(
        "impr" in p.tag and "plur" in p.tag for p in parse(first.group(0).lower())[:2]
    )


def names_the_answerer(label: str | None) -> bool:
    """ "Асанкулов:" names who answers; "Ответ:" and a dash do not."""
    return label is not None and label.lower() not in ANONYMOUS_ANSWER_LABELS
