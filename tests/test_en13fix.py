"""English wordings of the english13 dev set, asked of the real base.

- "Who, as far as the article indicates, extended the invitation?": a hedge pointing at the
  text ("as far as the article indicates", "as the piece suggests") says where the answer
  is, nothing of what it is about — read as "according to the article" is.
- "Which MP did Minval Politika consult?": the outlet turning to its experts is the article
  quoting them; which expert is asked, not what the outlet did ("consulted" is "asked").
- "Which other corridor did they talk about?": what the sides talked about is what they
  discussed.
- "... bring transit time down to seven or eight days?": "seven or eight" is the range the
  article writes "7–8", not a choice between two figures.
- "the principal investment requirement": "principal", "main" rank nothing the article
  ranks, and a "requirement" is what is needed.
- "... and in what terms?": the wording asked, which the quote is.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered_entry, not_given


@pytest.mark.parametrize(
    "question",
    [
        "Who, as far as the article indicates, extended the invitation for the visit?",
        "As far as the article indicates, who extended the invitation?",
        "Who, as far as the piece suggests, invited Aliyev?",
    ],
)
def test_a_hedge_pointing_at_the_text_names_no_subject(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "article-visit"


@pytest.mark.parametrize(
    "question",
    [
        "Which member of the Azerbaijani parliament did Minval Politika consult?",
        "Which Azerbaijani MP did Minval Politika ask?",
    ],
)
def test_whom_the_outlet_consulted_is_the_expert(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "expert:huseynov"


@pytest.mark.parametrize(
    "question",
    [
        "Which other corridor they talked about, not the Middle one?",
        "Which other corridor did they talk about besides the Middle one?",
    ],
)
def test_what_they_talked_about_is_what_was_discussed(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "tusupbekov-agenda"


@pytest.mark.parametrize(
    "question",
    [
        "How much investment would realistically be required to bring transit time down to "
        "seven or eight days?",
        "How much investment is required to bring transit time down to 7 or 8 days?",
    ],
)
def test_a_spelt_range_is_one_figure(session: Session, question: str) -> None:
    not_given(session, question, "money")


def test_a_spelt_range_is_the_articles_figure(session: Session) -> None:
    question = "Azerbaijan can provide five to seven million tonnes?"
    assert answered_entry(session, question) == "rail-volume-azerbaijan"


@pytest.mark.parametrize(
    "question",
    [
        "What, if anything, did the experts identify as the principal investment requirement "
        "for shortening transit times?",
        "What is the main investment requirement for shortening transit times?",
    ],
)
def test_a_principal_requirement_is_what_is_needed(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "ishmukhamedov-delivery-time"


def test_in_what_terms_asks_the_wording(session: Session) -> None:
    question = "How did the Kazakh political scientists characterise the visit, and in what terms?"
    assert answered_entry(session, question) == "ishmukhamedov-timely"
