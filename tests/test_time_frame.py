""" "Over what time frame?": a stretch of time asked by a noun of two words.

"Guseynov called the relationship a strategic union that will shape regional realities. Over
what time frame?" asked nothing the analyser knew ("time frame" is two words, "timeframe" one),
and "over", "time", "frame" weighed as words of the subject. It asks how long — and, as the
sentence before it tells of what will be, a stretch to come, which "в ближайшие годы" gives.
"""

from __future__ import annotations

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types, duration_noun
from tests.support.asking import answered, not_given, question_words


def test_time_frame_asks_how_long() -> None:
    words = question_words("over what time frame will the alliance shape the region")
    assert asked_types(words)[:1] == (AnswerType.DURATION,)
    assert [w for at, w in enumerate(words) if duration_noun(words, at)] == [
        "over",
        "time",
        "frame",
    ]
    assert not duration_noun(question_words("what time is it"), 1)


def test_the_future_told_before_the_question(session: Session) -> None:
    reply = answered(
        session,
        "Guseynov called the relationship a strategic union that will shape regional "
        "realities. Over what time frame?",
    )
    assert "ближайшие годы" in reply
    reply = answered(
        session, "Гусейнов говорит, что союз определит региональные реалии. На какой срок?"
    )
    assert "ближайшие годы" in reply


def test_a_past_told_before_gives_no_horizon(session: Session) -> None:
    not_given(session, "Гусейнов говорил о союзе. На какой срок?", "duration")
