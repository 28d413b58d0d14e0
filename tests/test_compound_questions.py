"""Compound questions on the real knowledge base: an entry stating every kind asked answers.

"How many dollars a year is it now and where could it go" asks today's amount and where it may
get to (a forecast, not a place); the expert's passage giving both answers, as sure as the
figure giving only the first. A compound question whose second part the article lacks stays
declined.
"""

from __future__ import annotations

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types
from bot.language.specifics import joined_kinds
from tests.support.asking import answered, declined, question_words


def test_where_it_could_go_asks_a_forecast_not_a_place() -> None:
    words = question_words("how many dollars is it now and where could it go")
    assert joined_kinds(words) == (AnswerType.FORECAST,)
    assert AnswerType.PLACE not in asked_types(question_words("where could trade go"))
    assert asked_types(question_words("where will the talks take place")) == (AnswerType.PLACE,)


def test_amount_now_and_where_it_could_go_is_answered(session: Session) -> None:
    for question in (
        "Trade between Baku and Astana — how many dollars a year is it now and where could it go?",
        "trade turnover: how many dollars now and where could it go",
    ):
        text = answered(session, question)
        assert "400–500" in text and "миллиард" in text, question


def test_compound_without_the_second_part_stays_declined(session: Session) -> None:
    for question in (
        "сколько соглашений подписали и на какую сумму",
        "how many agreements and when will they take effect",
    ):
        declined(session, question)
