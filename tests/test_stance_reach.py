"""A country holding a stance ("какую позицию занимает Армения", "какой точки зрения
придерживается Турция") is the holder of the view asked — but only when the noun of view is
what the verb holds: a view the question attributes to someone else after a preposition ("по
мнению Гусейнова", "на взгляд экспертов") is not the country's, and "чем занимается Армения"
busies it with something, holding no stance (``parties._stance_taken``)."""

from __future__ import annotations

import pytest

from bot.language.parties import view_holder
from tests.support.asking import question_words


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("какую позицию занимает Армения", "армения"),
        ("какую позицию по декларации занимает Армения", "армения"),
        ("какой точки зрения придерживается Турция", "турция"),
    ],
)
def test_a_country_taking_a_stance_holds_the_view(question: str, holder: str) -> None:
    party = view_holder(question_words(question))
    assert party is not None and party.nominative == holder, question


@pytest.mark.parametrize(
    "question",
    [
        "чем занимается Армения по мнению Гусейнова",
        "какое место на взгляд экспертов занимает Армения",
        "чем займется Турция в регионе, по оценке экспертов",
    ],
)
def test_a_view_attributed_to_another_is_no_stance_of_the_country(question: str) -> None:
    assert view_holder(question_words(question)) is None, question
