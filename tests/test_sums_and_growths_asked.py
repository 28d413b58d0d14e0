"""Sums and growths asked in words that misled the reading of the question:

- "На какую общую сумму подписаны соглашения": "на какую" before an adjective was read as a
  place asked ("на какую площадку"), and the passage naming Astana answered it. The noun
  after the adjective is what is asked: a sum, which the article never gives
  (``answer_types._which_place_nouns``).
- "На сколько вырастет турпоток": the size of a growth to come is a projection nobody made —
  missing as a forecast; with its unit named ("на сколько процентов") it stays a quantity
  (``answer_types._grows_by_how_much``).
- "How much will tourism grow": the turnover's billion was the answer, though it is no
  tourism's; an amount growing must be of the thing the question says grows
  (``Matcher._holds_grown_thing``).
- "В каких ключевых сферах, согласно итоговой части публикации, стороны подписали
  соглашения": once the adjective no longer read as a place, the one offer listing the areas,
  held below an answer by the wrapping, answers as the lone offer listing the items asked
  (``Matcher._lone_listing``).

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from tests.support.asking import answered, answered_entry, not_given


@pytest.mark.parametrize(
    "question",
    [
        "на какую общую сумму подписаны соглашения",
        "yf rfre. j,oe. cevve gjlgbcfys cjukfitybz",
        "na kakuyu obshchuyu summu podpisany soglasheniya",
    ],
)
def test_a_sum_after_its_adjective_is_no_place(session, question):
    not_given(session, question, "money")


def test_a_place_after_its_adjective_is_still_a_place(session):
    assert "Астан" in answered(session, "в каком большом городе прошли переговоры")


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("на сколько вырастет турпоток после ввдения электронной регистрации?", "forecast"),
        ("на сколько вырастет туризм", "forecast"),
        ("by how much will tourism grow", "forecast"),
        ("how much will tourism grow", "forecast"),
        # its unit named: a quantity
        ("на сколько процентов вырастет туризм", "quantity"),
    ],
)
def test_a_growth_of_tourism_is_not_given(session, question, missing):
    not_given(session, question, missing)


@pytest.mark.parametrize(
    "question",
    [
        "how much will the trade grow",
        "на сколько вырастет товарооборот",
        "how much will trade turnover grow",
    ],
)
def test_a_growth_of_the_turnover_is_its_billion(session, question):
    assert "миллиард" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "В каких ключевых сферах, согласно итоговой части публикации, стороны подписали "
        "соглашения в рамках состоявшегося государственного визита?",
        "в каких ключевых сферах подписали соглашения",
    ],
)
def test_the_lone_offer_listing_the_areas_answers(session, question):
    assert answered_entry(session, question) == "article-agreements"
