"""A count whose answer is a list, asked with the item it ends on: "сколько стран в
«тюркской семёрке», кто там седьмой?".

Two wordings of it failed. "получается" ("сколько стран получается") was read as a relation
the passage must tell, though it says no more than "будет" does. And "…и какая страна
седьмая" put "страна", after "какая", among the nouns "сколько" counts as a mass ("сколько
нефти"): the passage listing six countries and Turkey was then no count of countries, and the
sacred number seven was told "not given". A noun opening a question joined after the count is
no mass; "сколько нефти" still is.
"""

from __future__ import annotations

import pytest

from bot.matching.matcher import _counted_as_mass
from tests.support.asking import answered, not_given, question_words


@pytest.mark.parametrize(
    "question",
    [
        "сколько стран получается в «тюркской семёрке» у Ишмухамедова? кто там седьмой",
        "сколько стран получается в тюркской семёрке",
        "сколько стран в семёрке и какая страна седьмая",
        "сколько стран в семёрке? какая страна там будет седьмой",
        "сколько стран в тюркской семёрке, кто седьмой?",
    ],
)
def test_the_count_of_the_seven_is_its_list(session, question):
    assert "Турцию" in answered(session, question)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("сколько нефти экспортирует Казахстан", "quantity"),  # a mass, and no figure of it
        ("сколько стоит получается доставка", "money"),
    ],
)
def test_near_misses_stay_not_given(session, question, missing):
    not_given(session, question, missing)


def test_a_noun_after_another_question_word_is_no_mass():
    words = question_words("сколько стран в семёрке и какая страна седьмая")
    assert not _counted_as_mass(words, "страна")
    assert _counted_as_mass(question_words("сколько нефти идёт через Баку"), "нефти")
    assert _counted_as_mass(question_words("скока сейчас торговля"), "торговля")
