"""A condition's noun asks what a goal takes only of a thing that may come about.

"При каком условии сократятся сроки", "каковы условия сокращения сроков", "какие условия
нужны для роста торговли", "on what condition can trade grow": a change, a thing to come, a
possibility or a need is named, and the passage telling what the goal takes answers
(``answer_types.asks_condition``). "Каковы условия торговли между странами", "каковы
условия доставки грузов", "какие условия сотрудничества в энергетике" ask the terms a thing
runs on, which the article never gives: the noun stays a word of the subject, and the
passage telling what would let trade grow is no answer to them.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import asks_condition
from tests.support.asking import answered, declined, question_words

# The terms a thing runs on, which the article never gives: no condition of a goal asked.
TERMS_OF_A_THING = [
    "каковы условия торговли между странами",
    "каковы условия доставки грузов из Китая",
    "какие условия сотрудничества в энергетике",
    "what are the conditions of cargo delivery from China",
]


@pytest.mark.parametrize(
    "question",
    [
        "при каком условии сократятся сроки доставки",
        "каковы условия сокращения сроков доставки грузов",
        "какие условия нужны для роста торговли",
        "на каком условии товарооборот может вырасти",
        "на каких условиях будут строить паромы",
        "on what condition can trade reach a billion dollars",
    ],
)
def test_a_condition_of_what_may_come_about_is_asked(question: str) -> None:
    assert asks_condition(question_words(question))


@pytest.mark.parametrize(
    "question",
    TERMS_OF_A_THING,
)
def test_the_terms_of_a_thing_are_no_condition_asked(question: str) -> None:
    assert not asks_condition(question_words(question))


@pytest.mark.parametrize(
    "question",
    TERMS_OF_A_THING,
)
def test_the_terms_of_a_thing_are_not_answered_by_a_goal(session: Session, question: str) -> None:
    declined(session, question)


def test_a_condition_of_a_change_is_still_answered(session: Session) -> None:
    assert "должных инвестициях" in answered(session, "при каком условии сократятся сроки доставки")
