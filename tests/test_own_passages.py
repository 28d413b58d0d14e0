"""Which of a named expert's passages answers, and words read as their family's.

"тусупбеков про переговры что сказал" got his agenda passage, whose curator wrote his name
into a phrasing ("повестка переговоров по словам Тусупбекова"), not the one on how the talks
went, whose phrasings do not name him ("как прошли переговоры"): every passage of his is his,
so among his own the closest with his name read into each answers (of two as close, the one
titled by the question's words) — without making any of them surer, so "что Гусейнов думает
про аграрную сферу" (none of his passages names it) is still no answer. "Обсуждается" is
close to the phrasing "что обсуждают", as coverage already counted it; "предлагает" is the
"предложил" of a passage, the same verb of the other aspect.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered, declined, not_given


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("тусупбеков про переговры что сказал", "как и предполагалось"),
        ("что тусупбеков сказал про переговры", "в позитивном ключе"),
        ("tusupbekov: chto obsuzhdaetsya na peregovorah", "аграрная сфера"),
        ("что Тусупбеков сказал о Зангезурском коридоре", "Зангезурского коридора"),
        ("Почему Ишмухамедов предлагает именно «семёрку»?", "священным числом"),
    ],
)
def test_the_named_experts_closest_passage(session: Session, question: str, quoted: str) -> None:
    assert quoted in answered(session, question)


@pytest.mark.parametrize(
    "question",
    ["xnj uectqyjd levftn ghj fuhfhye. cathe", "что Гусейнов думает про аграрную сферу"],
)
def test_no_surer_for_his_name(session: Session, question: str) -> None:
    declined(session, question)


def test_an_awaited_number_is_a_forecast(session: Session) -> None:
    assert "туризма" in not_given(session, "сколько туристов ждут из казахтсана", "forecast")
