"""English questions asking for the article's figures, dates and durations in a reader's words.

Readers ask "which month", type country codes ("kz", "az") and the other adjective of a country
("Azeri"); a close neighbour giving the kind asked decides a near tie with a best entry that
gives none. These run on the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types
from bot.language.parties import country_of_adjective, country_of_code
from tests.support.asking import question_words


@pytest.mark.parametrize(
    "question",
    [
        "which month did the visit begin",
        "what month was it",
        "which day did they sign",
        "which date",
    ],
)
def test_which_month_or_day_asks_a_date(question: str) -> None:
    assert asked_types(question_words(question))[:1] == (AnswerType.DATE,)


def test_country_codes_and_irregular_adjectives_name_countries() -> None:
    assert country_of_code("kz") == "kazakhstan"
    assert country_of_code("az") == "azerbaijan"
    assert country_of_code("in") is None  # an English word, no code
    assert country_of_adjective("azeri") == "azerbaijan"
    assert country_of_adjective("uzbek") == "uzbekistan"
    assert country_of_adjective("chinese") == "china"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # country codes read as the countries' names
        ("rail freight kz az now", "ishmukhamedov-rail-volumes"),
        ("delivery days cn az today", "delivery-time-now"),
    ],
)
def test_country_codes_find_the_figure(session: Session, question: str, entry: str) -> None:
    reply = session.ask(question)
    assert reply.answered and reply.entry == entry, (reply.kind, reply.entry, reply.score)


def test_a_near_tie_is_decided_by_the_kind_asked(session: Session) -> None:
    """Tokayev's trip to Gabala scores just above the visit's date and gives no date: the
    date, a near tie below it, answers "which month"."""
    reply = session.ask("in which month did aliyev and tokaev meet")
    assert reply.answered and reply.entry == "visit-date", (reply.kind, reply.entry)
