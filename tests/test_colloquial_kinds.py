"""Colloquial words that decide the kind asked, or what is asked about.

- "стоят" is both "cost" (стоить) and "stand" (стоять): "сколько фуры стоят на границе",
  "стоят в очереди" ask how long vehicles wait — a place of waiting right after the verb
  says which. "Сколько стоят фуры" still asks a price.
- "баксы" are dollars: "товарооборот сейчас сколько в баксах" asks the turnover in dollars.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types
from tests.support.asking import answered, not_given, question_words


@pytest.mark.parametrize(
    "question",
    ["сколько сейчас фуры стоят на границе", "сколько фуры стоят в очереди на границе"],
)
def test_standing_at_the_border_is_waiting(session: Session, question: str) -> None:
    assert asked_types(question_words(question))[:1] == (AnswerType.DURATION,)
    not_given(session, question, "duration")


@pytest.mark.parametrize("question", ["сколько стоят фуры", "сколько стоит пересечь границу"])
def test_a_price_stays_a_price(question: str) -> None:
    assert asked_types(question_words(question))[:1] == (AnswerType.MONEY,)


def test_bucks_are_dollars(session: Session) -> None:
    reply = answered(session, "товарооборот Азербайджана и Казахстана сейчас сколько в баксах?")
    assert "400–500" in reply
    words = question_words("сколько баксов вложат в железную дорогу")
    assert AnswerType.MONEY in asked_types(words)
