"""Analysts' and wire reporters' English (the english14/english15 dev sets), asked of the real base.

- "the sectors the agreements are said to cover", "what Baku is reported to provide": hearsay
  in the passive is the asker's caution, no "what did X say".
- "list the sectors the agreements cover": a determiner after the noun listed opens a contact
  clause, whose noun ("agreements") is not the one listed.
- "Agreements: sectors covered?": a headline's kind of items with its participle asks the
  items one by one, as "which sectors were covered" does.
- "For my timeline of Aliyev's engagements, …": a piece the asker writes, and its topic
  after "of", name nothing of the subject.
- "which deputy gave Minval Politika a comment": every expert gave the outlet one.
- "what rationale does he offer", "the rationale the analyst offers": the verb giving the
  reason asks it, as the reason noun does; "purely", "as well", "actually" are fillers.
- "adding Ankara": a capital the briefing never writes is its state, where the briefing
  writes that.
- Jargon: "per annum" (a year), "throughput" (volume), "prepared to" (ready to), "come
  online" (implemented), "as opposed to", "cite", "once".
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered_entry, not_given


@pytest.mark.parametrize(
    "question",
    [
        "Could you list the sectors the agreements signed in Astana are reported to cover?",
        "Which areas are the fifteen deals said to cover?",
    ],
)
def test_hearsay_in_the_passive_asks_no_statement(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "article-agreements"


def test_a_contact_clause_is_no_part_of_the_noun_listed(session: Session) -> None:
    assert (
        answered_entry(session, "Please list the sectors the agreements signed in Astana cover")
        == "article-agreements"
    )


@pytest.mark.parametrize(
    "question",
    [
        "For my timeline of Aliyev's Central Asian engagements, could you confirm on which "
        "date he actually arrived in Kazakhstan at Tokayev's invitation?",
        "For our chronology of the Baku–Astana contacts, on which date did Aliyev arrive?",
    ],
)
def test_the_askers_piece_and_its_topic_name_no_subject(session: Session, question: str) -> None:
    assert answered_entry(session, question) in {"article-visit", "visit-date"}


def test_the_outlet_given_a_comment_names_no_subject(session: Session) -> None:
    question = (
        "Which Milli Majlis deputy on the Azerbaijan–Kazakhstan inter-parliamentary working "
        "group gave Minval Politika a comment?"
    )
    assert answered_entry(session, question) == "expert:huseynov"


@pytest.mark.parametrize(
    "question",
    [
        "What rationale does Ishmukhamedov offer for adding Turkey to the six — is it purely "
        "geopolitical, or is there a cultural-historical argument as well?",
        "Turkey as a seventh member — what's the rationale the analyst offers for adding Ankara?",
    ],
)
def test_the_rationale_offered_for_turkey(session: Session, question: str) -> None:
    assert answered_entry(session, question) in {
        "ishmukhamedov-sacred-seven",
        "ishmukhamedov-turkic-seven",
    }


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Rail freight throughput between the two states at present — what tonnage does "
            "the expert cite?",
            {"ishmukhamedov-rail-volumes", "rail-volume-now"},
        ),
        (
            "And on the Azerbaijani side — how much rail volume is Baku reportedly prepared to "
            "provide per annum?",
            {"rail-volume-azerbaijan", "ishmukhamedov-rail-volumes"},
        ),
        (
            "Trade outlook — what figure does the political scientist put on annual turnover "
            "once the new projects come online?",
            {"trade-turnover-target", "ishmukhamedov-trade"},
        ),
    ],
)
def test_analysts_jargon(session: Session, question: str, entry: set[str]) -> None:
    assert answered_entry(session, question) in entry


def test_the_particulars_listed_are_the_upgrades_asked(session: Session) -> None:
    assert (
        answered_entry(session, "Rail, ferry upgrades discussed — specifics?")
        == "ishmukhamedov-rail-investment"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Apart from energy, what topics did Tusupbekov say were discussed at the talks?",
        "Aside from politics, what topics did Tusupbekov say were being discussed at the talks "
        "— agriculture, anything else?",
    ],
)
def test_the_marker_leaving_out_asks_no_place(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "tusupbekov-negotiations"


def test_a_crossing_time_asks_a_length_of_time(session: Session) -> None:
    assert "does not say how long" in not_given(
        session, "Ferry crossing time across the Caspian?", "duration"
    )


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "How much money is the trade between Azerbaijan and Kazakhstan every year?",
            {"trade-turnover-now", "ishmukhamedov-trade"},
        ),
    ],
)
def test_money_and_time_as_analysts_say_them(
    session: Session, question: str, entry: set[str]
) -> None:
    assert answered_entry(session, question) in entry
