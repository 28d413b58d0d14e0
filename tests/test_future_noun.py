""" "Будущее" as a noun asks for a forecast, as "прогноз" does.

"kakim budet budushchee otnoshenii po mneniyu guseinova" got Huseynov's OTS passage, today's
effects of the visit: "каким будет будущее отношений" asks what will become of them, which
only a passage foreseeing something answers (his strategic alliance, "в ближайшие годы").
"Будущее соглашение" (the adjective, its noun after it) and "в будущем" (a time) are no such
question.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types, asks_prospect
from tests.support.asking import answered, question_words


def test_the_future_of_relations(session: Session) -> None:
    reply = answered(session, "kakim budet budushchee otnoshenii po mneniyu guseinova")
    assert "стратегическому союзу" in reply


@pytest.mark.parametrize(
    "question", ["каким Гусейнов видит будущее отношений", "какое будущее у союза"]
)
def test_the_future_asked_by_its_noun(question: str) -> None:
    words = question_words(question)
    assert AnswerType.FORECAST in asked_types(words)
    assert asks_prospect(words)


def test_a_future_agreement_is_no_forecast_asked() -> None:
    assert not asks_prospect(question_words("какое будущее соглашение подпишут"))
