"""Recognise a question-and-answer interview, so its answers count as the interviewee's words.

Two common layouts: turns opened by a dash ("— Question?" / "— Answer.") and turns opened by
a label ("Корр.: …" / "Асанкулов: …", "Вопрос: …" / "Ответ: …"). The checker and the
extractor must agree on what an answer is, so both read the article through this module.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_DASH = re.compile(r"^[—–-]\s+")
_LABEL = re.compile(r"^(?P<label>[А-ЯЁA-Z][\w.-]*(?: [А-ЯЁA-Z][\w.-]*){0,2}):\s+")
_ASKING_LABELS = frozenset(
    {"вопрос", "корр.", "корр", "корреспондент", "журналист", "интервьюер", "ведущий", "q"}
)


@dataclass(frozen=True, slots=True)
class Turn:
    question: bool
    body: int  # where the words start in the line
    label: str | None  # "Асанкулов" for a labelled turn; None for a dash


def interview_turns(lines: list[str]) -> list[Turn | None]:
    """For each line, its interview turn, or None; all None when the text is no interview."""
    dashed = [_DASH.match(line) for line in lines]
    if (
        sum(1 for line, d in zip(lines, dashed, strict=True) if d and line.rstrip().endswith("?"))
        >= 2
    ):
        return [
            Turn(line.rstrip().endswith("?"), d.end(), None) if d else None
            for line, d in zip(lines, dashed, strict=True)
        ]
    labelled = [_LABEL.match(line) for line in lines]
    counts = Counter(m.group("label") for m in labelled if m)
    labels = {label for label, n in counts.items() if n >= 2}
    if len(labels) < 2:
        return [None] * len(lines)
    asking = Counter(
        m.group("label")
        for line, m in zip(lines, labelled, strict=True)
        if m and m.group("label") in labels and line.rstrip().endswith("?")
    )
    named = [label for label in labels if label.lower() in _ASKING_LABELS]
    interviewer = named[0] if named else (asking.most_common(1)[0][0] if asking else None)
    if interviewer is None:
        return [None] * len(lines)
    return [
        Turn(m.group("label") == interviewer, m.end(), m.group("label"))
        if m and m.group("label") in labels
        else None
        for m in labelled
    ]
