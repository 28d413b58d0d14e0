"""English headlines and wordings of the english12 dev set, asked of the real base.

- "Kazakh oil exports via Azerbaijan: volume?": a headline ending in a noun of an amount asks
  how much, as "what volume of …" does — the article gives no volume of Kazakh oil, so it is
  not given (a quantity), not answered by Huseynov's passage on what the exports bring.
- "Outlet that sought expert comment?": an outlet seeking comment asked the experts for it,
  as the article says Minval Politika did.
- "To what extent did the experts consider X central to the visit?": the hedge asks what the
  plain "did the experts consider X central" asks — their words on X.
- "What investment is required to shorten delivery times?": the time cut is the aim of what
  is asked (the investment Ishmukhamedov names), not a length of time asked; "how much can
  they cut delivery times" still asks it.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered_entry, not_given


@pytest.mark.parametrize(
    "question",
    [
        "Kazakh oil exports via Azerbaijan: volume?",
        "Kazakh oil via Azerbaijan: volume?",
        "Kazakh oil shipped through Azerbaijan — volume?",
    ],
)
def test_an_amount_headline_of_oil_exports_is_not_given(session: Session, question: str) -> None:
    not_given(session, question, "quantity")


def test_the_agrarian_sector_stays_tusupbekovs(session: Session) -> None:
    question = "What did Tusupbekov say about the agrarian sector?"
    assert answered_entry(session, question) == "tusupbekov-negotiations"


@pytest.mark.parametrize(
    "question",
    [
        "Outlet that sought expert comment?",
        "Which outlet sought expert comment?",
        "Which outlet solicited comments from the experts?",
    ],
)
def test_an_outlet_seeking_comment_asked_the_experts(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "article-agenda"



@pytest.mark.parametrize(
    "question",
    [
        "To what degree did the experts see the Trans-Caspian route as central to the visit?",
        "To what extent did the experts consider the Trans-Caspian route central to the visit?",
        "To what extent did the experts treat the Trans-Caspian route as key to the visit?",
    ],
)
def test_a_hedge_of_extent_asks_as_the_plain_question(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "huseynov-transcaspian"


def test_a_hedged_question_answered_before_stays_answered(session: Session) -> None:
    question = "To what extent was the relationship described as unique among post-Soviet ties?"
    assert answered_entry(session, question) == "tusupbekov-unique-relations"


@pytest.mark.parametrize(
    "question",
    [
        "What investment is required to shorten delivery times?",
        "What investment is needed for cutting transit times?",
    ],
)
def test_a_time_to_be_cut_is_the_aim_not_asked(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "ishmukhamedov-delivery-time"


def test_a_cut_counted_still_asks_the_time(session: Session) -> None:
    assert answered_entry(session, "How much can they cut delivery times?") == (
        "delivery-time-target"
    )
