"""English questions in fresh wordings (a wire editor's, a think-tank researcher's), asked of
the real base.

- "which country did X <verb> (in)": a country asked with "do"-support and a verb of going to
  it, or a preposition left at the end, is a place — where an expert commented is not given
  (his words are offered), where Aliyev went is answered. A country that is the thing of the
  verb ("which country did he propose adding") stays answered by the passage naming it.
- A forecast asked of the Trans-Caspian route in English: the passage defining the Middle
  Corridor as the Trans-Caspian International Transport Route (whose "в перспективе — всей
  Евразией" is the forecast the Russian question gets) carries the name in English as well.
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
