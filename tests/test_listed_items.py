"""A question asking which items — "какие темы обсуждали на переговорах", "which areas" — asks
for the items themselves: the passage listing them ("Обсуждаются аграрная сфера, инвестиции,
…, энергетика") answers it, not the one that only names their kind ("обсуждение ключевых
региональных и глобальных тем"), which would otherwise win on that very word.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.clauses import enumerates_items
from bot.language.predicates import asked_items
from tests.support.asking import answered, question_words


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("какие темы обсуждали", "темы"),
        ("о каких основных сферах говорил", "сферах"),
        ("which areas were covered", "areas"),
        ("какая тема главная", None),  # one, not several
        ("какой темы он коснулся", None),
        ("какие страны", None),  # countries are not a kind of topic
        ("темы переговоров", None),  # no question of which
    ],
)
def test_a_question_asks_items_by_a_plural_kind_after_which(question, items):
    assert asked_items(question_words(question)) == items


def test_a_text_enumerates_three_short_items_in_a_row():
    assert enumerates_items(
        "Обсуждаются аграрная сфера, инвестиции, транспортно-логистическое сотрудничество, "
        "энергетика, экономика в целом."
    )
    assert enumerates_items("agriculture, investment, transport, energy and the economy")
    assert not enumerates_items(
        "в повестке переговоров не только развитие двустороннего сотрудничества, но и "
        "обсуждение ключевых региональных и глобальных тем"
    )
    assert not enumerates_items(
        "Особое внимание, по словам эксперта, уделяется развитию Среднего коридора, а также "
        "обсуждению Зангезурского коридора."
    )


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        ("какие темы обсуждаются на переговорах по мнению Тусупбекова", "аграрная сфера"),
        ("what topics did Tusupbekov say are on the agenda", "аграрная сфера"),
    ],
)
def test_which_items_is_answered_by_the_passage_listing_them(session, question, listed):
    assert listed in answered(session, question)


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        # only the passage naming the kind holds what the question is about
        ("какие темы обсуждали по Зангезуру", "Зангезурского"),
        ("какие темы кроме двусторонних выделяет Тусупбеков", "глобальных тем"),
    ],
)
def test_the_listing_must_hold_what_the_question_is_about(session, question, kept):
    assert kept in answered(session, question)
