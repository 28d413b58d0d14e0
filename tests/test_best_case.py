"""The best a time or an amount could be, asked as people hedge it ("like best case", "в
лучшем случае", "at best"), asks the figure all the same: the hedge is no word of its subject.
Money "poured in" is invested, as "вбухать" is in Russian. A detail the article does not give,
hedged the same way, stays unanswered. Each test asks through the real knowledge base."""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.fillers import filler_positions
from tests.support.asking import answered_entry, declined, question_words


def test_the_best_case_is_a_hedge() -> None:
    words = question_words("how fast, like best case")
    assert [words[at] for at in sorted(filler_positions(words))] == ["best", "case"]
    words = question_words("в лучшем случае за сколько дней")
    assert [words[at] for at in sorted(filler_positions(words))] == ["в", "лучшем", "случае"]
    # "the best route" is no hedge
    assert not filler_positions(question_words("which is the best route"))


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "how fast could stuff from china actually reach azerbaijan if they pour money in,"
            " like best case",
            "ishmukhamedov-delivery-time",
        ),
        ("в лучшем случае за сколько дней дойдут грузы из Китая", "delivery-time-target"),
        (
            "если вбухать деньги, в лучшем случае за сколько дней грузы из Китая дойдут до"
            " Азербайджана",
            "ishmukhamedov-delivery-time",
        ),
        # neighbours answered before, unchanged
        (
            "how fast could freight from China reach Azerbaijan at best?",
            "ishmukhamedov-delivery-time",
        ),
        (
            "best-case scenario: how fast can goods from China reach Azerbaijan?",
            "ishmukhamedov-delivery-time",
        ),
    ],
)
def test_the_best_time_hedged_is_answered(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        "how much money will they pour into the new ferries?",
        "How much money will be poured into the ports?",
        "at best, how many ferries will be built?",
        "best case, when will Turkey join the Turkic seven?",
    ],
)
def test_a_detail_not_given_hedged_stays_unanswered(session: Session, question: str) -> None:
    declined(session, question)
