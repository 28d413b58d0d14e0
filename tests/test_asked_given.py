"""What a question gives is not what it asks (``answer_types``).

"What amount of investment is required to reduce delivery time to 7–8 days?" names the
length itself, the aim of the money: a sum is asked, so a reply saying the article lacks it
names the sum, not the length. "Is a new meeting already scheduled, and for when?" asks
whether another meeting is to come at all, then its date: a forecast missing, not a date.
"""

from __future__ import annotations

import pytest

from bot.language.answer_types import AnswerType, asked_types, missing_kind
from tests.support.asking import answered, not_given, question_words


@pytest.mark.parametrize(
    "question",
    [
        "What amount of investment is required to reduce delivery time to 7–8 days?",
        "How much money is needed to cut delivery time to 7-8 days?",
        "сколько денег нужно, чтобы сократить срок доставки до 7–8 дней?",
    ],
)
def test_money_to_reach_a_length_asks_the_money(session, question):
    not_given(session, question, "money")


def test_a_length_asked_is_still_asked(session):
    assert "15–18" in answered(session, "how long is the delivery time now")
    kinds = asked_types(
        question_words("how long and at what cost can delivery time be cut to 7-8 days")
    )
    assert kinds[:1] == (AnswerType.DURATION,)


def test_the_given_length_is_read_out_of_the_kinds():
    given = question_words(
        "what amount of investment is required to reduce delivery time to 7-8 days"
    )
    assert AnswerType.DURATION not in asked_types(given)
    assert AnswerType.MONEY in asked_types(given)
    asked = question_words("what is the delivery time and how much money is needed")
    assert AnswerType.DURATION in asked_types(asked)


@pytest.mark.parametrize(
    "question",
    [
        "Is a new meeting between Presidents Aliyev and Tokayev already scheduled, and for when?",
        "запланирована ли новая встреча Алиева и Токаева и на когда",
    ],
)
def test_whether_another_meeting_is_set_asks_a_forecast(session, question):
    not_given(session, question, "forecast")


def test_when_a_named_step_is_set_stays_a_date():
    words = question_words("запланировано ли строительство паромов и на когда")
    assert missing_kind(AnswerType.DATE, words, None) is AnswerType.DATE
    words = question_words("когда следующая встреча Алиева и Токаева")
    assert missing_kind(AnswerType.DATE, words, None) is AnswerType.DATE
