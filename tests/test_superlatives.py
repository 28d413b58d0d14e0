"""Which of several has the most or the least of an amount: what the question counts, and
whether a text ranks its members by amount itself (``bot.language.superlatives``)."""

from __future__ import annotations

import pytest

from bot.language.superlatives import counted_by_ranking, ranks_amounts


@pytest.mark.parametrize(
    ("words", "counted"),
    [
        ("в какой из сфер подписали больше всего соглашений", "соглашений"),
        ("which sector got the most agreements", "agreements"),
        ("наибольшее число соглашений", "соглашений"),
        ("the most dynamic relations", None),
    ],
)
def test_what_a_ranking_counts(words: str, counted: str | None) -> None:
    assert counted_by_ranking(tuple(words.split())) == counted


def test_a_text_ranks_by_its_own_ranking_or_several_amounts() -> None:
    assert not ranks_amounts("стороны подписали 15 важных соглашений в ключевых сферах")
    assert ranks_amounts("занимает 15–18 дней, можно сократить до 7–8 дней")
    assert ranks_amounts("больше всего соглашений в энергетике")
