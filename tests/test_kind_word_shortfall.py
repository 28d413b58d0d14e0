"""A figure and the statement it was taken from, both near, answer together only when the
question falls short of an answer by words the briefing never uses that merely say the kind
asked ("какой товарооборот ПРОГНОЗИРУЮТ": ``Matcher._short_by_kind_word``; "how much money"
has been read as asking a sum since stop 34, so "money" is no word left unused). A question
with no such word at all falls short for another reason — words the briefing says, weighed
weakly — and the "did you mean" is the honest reply: an empty list of unused words is no
shortfall by a kind word."""

from __future__ import annotations

from bot.answering.session import Session
from bot.matching.matcher import Matcher


def test_a_kind_word_the_briefing_lacks_is_the_shortfall(session: Session) -> None:
    query = session.matcher.analyse("какой товарооборот прогнозируют")
    assert Matcher._short_by_kind_word(query)


def test_no_unused_word_is_no_shortfall_by_a_kind_word(session: Session) -> None:
    query = session.matcher.analyse("товарооборот между странами")
    assert all(t.similarity > 0 or t.weight <= 0 for t in query.terms)  # every word known
    assert not Matcher._short_by_kind_word(query)
