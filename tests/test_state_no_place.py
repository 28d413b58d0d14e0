""" "В каком состоянии находится инфраструктура", "в каком положении": a state of things asked
after "в каком", a fact — no place, so a reply must not say the article lacks a place
(``answer_types._NOT_PLACE_STEMS``). "В каком здании" stays a place."""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types
from tests.support.asking import not_given, question_words


@pytest.mark.parametrize(
    "question",
    [
        "в каком состоянии находится железнодорожная инфраструктура",
        "в каком положении находятся перевозчики",
    ],
)
def test_a_state_of_things_is_no_place(question: str) -> None:
    assert AnswerType.PLACE not in asked_types(question_words(question))


def test_the_state_of_the_railways_is_no_missing_place(session: Session) -> None:
    not_given(session, "в каком состоянии находится железнодорожная инфраструктура", "fact")


def test_a_building_stays_a_place() -> None:
    words = question_words("в каком здании проходили переговоры")
    assert AnswerType.PLACE in asked_types(words)
