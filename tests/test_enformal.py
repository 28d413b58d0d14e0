"""English questions in fresh wordings (a wire editor's, a think-tank researcher's), asked of
the real base.

- "which country did X <verb> (in)": a country asked with "do"-support and a verb of going to
  it, or a preposition left at the end, is a place — where an expert commented is not given
  (his words are offered), where Aliyev went is answered. A country that is the thing of the
  verb ("which country did he propose adding") stays answered by the passage naming it.
- A forecast asked of the Trans-Caspian route in English: the passage defining the Middle
  Corridor as the Trans-Caspian International Transport Route (whose "в перспективе — всей
  Евразией" is the forecast the Russian question gets) carries the name in English as well.
- "the year by which …", "the date on which …": a time noun opening a relative clause asks
  that time — the billion is foreseen for no year, so it is not given.
- "is there any indication of how much investment would be required …": the "would" of an
  indirect question after "of" asks nothing of whether a thing will be — the sum is asked,
  which the article does not give (not the delivery time as a forecast).
- A timeline foreseen ("did the experts anticipate a timeline for e-registration"): a date
  is what is foreseen; a passage on what the thing would bring gives none.
- A post held ("what position does Huseynov hold", "Huseynov: position held?"): his job,
  which his role gives — not a stance ("the position he held on the declaration") nor a
  social-media post.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered_entry, asked_payload, offered_entries


@pytest.mark.parametrize(
    "question",
    [
        "which country did Ishmukhamedov give his comments in?",
        "What country did Ishmukhamedov speak from?",
        "which country did Tusupbekov give his interview in",
    ],
)
def test_the_country_an_expert_spoke_in_is_not_given(session: Session, question: str) -> None:
    payload = asked_payload(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "place"), payload["entry"]
    assert offered_entries(payload), payload["text"]


@pytest.mark.parametrize(
    "question",
    [
        "which country did Aliyev visit",
        "Which country did Ilham Aliyev visit on a state visit?",
    ],
)
def test_the_country_visited_is_answered(session: Session, question: str) -> None:
    payload = asked_payload(session, question)
    assert payload["band"] == "answer", payload["text"]
    assert "Казахстан" in payload["text"] or "Kazakhstan" in payload["text"]


def test_a_country_as_the_thing_proposed_stays_answered(session: Session) -> None:
    entry = answered_entry(session, "which country did Ishmukhamedov propose adding to the six?")
    assert entry == "ishmukhamedov-turkic-seven"


@pytest.mark.parametrize(
    "question",
    [
        "what's the forecast for the Trans-Caspian route",
        "what is the forecast for the Trans-Caspian route?",
        "Trans-Caspian International Transport Route: forecast?",
    ],
)
def test_a_forecast_for_the_trans_caspian_route_is_answered(
    session: Session, question: str
) -> None:
    assert answered_entry(session, question) == "ishmukhamedov-corridor"


def test_huseynov_on_the_trans_caspian_route_stays_his(session: Session) -> None:
    question = "What did Huseynov say about the Trans-Caspian route?"
    assert answered_entry(session, question) == "huseynov-transcaspian"


@pytest.mark.parametrize(
    "question",
    [
        "Is there any indication of the year by which trade turnover is expected to reach "
        "one billion dollars?",
        "Could you clarify the year by which turnover would hit a billion dollars?",
        "Please give the year in which trade turnover will reach one billion dollars.",
    ],
)
def test_the_year_by_which_a_figure_is_reached_is_not_given(
    session: Session, question: str
) -> None:
    payload = asked_payload(session, question)
    assert payload["band"] == "not_given", payload["entry"]


def test_the_date_on_which_he_arrived_is_answered(session: Session) -> None:
    payload = asked_payload(
        session, "Is there any indication of the date on which Aliyev arrived in Kazakhstan?"
    )
    assert payload["band"] == "answer" and "20" in payload["text"], payload["text"]


@pytest.mark.parametrize(
    "question",
    [
        "Is there any indication of how much investment would be required to cut transit "
        "times to 7–8 days?",
        "Is there any indication of how much money would be needed to cut delivery to 7-8 days?",
        "Was there any mention of how much investment would be required to shorten delivery "
        "to 7-8 days?",
    ],
)
def test_an_indirect_how_much_asks_the_sum(session: Session, question: str) -> None:
    payload = asked_payload(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "money"), payload["entry"]


@pytest.mark.parametrize(
    "question",
    [
        "To what extent did the experts anticipate a timeline for introducing electronic "
        "pre-registration of vehicles?",
        "what is the expected timeline for reaching one billion dollars of trade?",
        "will there be a timeline for cutting delivery to 7-8 days?",
    ],
)
def test_a_timeline_foreseen_is_not_given(session: Session, question: str) -> None:
    payload = asked_payload(session, question)
    assert payload["band"] == "not_given", payload["entry"]
    assert offered_entries(payload), payload["text"]


@pytest.mark.parametrize(
    "question",
    [
        "What position does Huseynov hold?",
        "Huseynov: position held?",
        "what post does Huseynov hold",
    ],
)
def test_a_post_held_is_the_persons_role(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "expert:huseynov"


def test_a_position_held_on_a_thing_is_a_stance(session: Session) -> None:
    question = "What position did Tusupbekov hold on the peace declaration?"
    assert answered_entry(session, question) == "tusupbekov-peace"
