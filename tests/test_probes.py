"""Six kinds of question a reader may type, each once handled wrongly, asked of the real base.

- Where a named expert commented, asked by the kind of place ("in which country"): the
  passage naming him as commenting on Hajiyev's post in X places Hajiyev's post, not his
  comment — where he spoke is not given, and his own words are offered.
- An amount of a substance in a unit the briefing never writes ("сколько баррелей нефти"):
  the unit says what kind of figure answers, not what the question is about — no figure
  gives it, and the passage on that substance (the oil exported via Azerbaijan) leads the
  offer, before the tonnage of rail freight.
- A forecast asked of a name by its acronym ("прогноз по ТМТМ") or in English ("the forecast
  for the middle corridor"): read as the spelt-out Russian name is, so answered the same.
- Which expert spoke on a thing the article names only in its own words ("кто из экспертов
  говорил про цифровую экономику"): its agenda passage names no expert — who is not given.
- Which obstacles a thing meets, asked by the obstacle's noun ("какие барьеры в
  автоперевозках"): as "что мешает" asks it — the road passage names no barrier, so none
  is given, and the road passage is offered.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered_entry, asked_payload, offered_entries


def _missing(session: Session, question: str) -> tuple[str, str | None]:
    payload = asked_payload(session, question)
    return payload["band"], payload["missing"]


@pytest.mark.parametrize(
    "question",
    [
        "in which country did Ishmukhamedov comment",
        "In what country was Ishmukhamedov when he commented?",
        "in which country did Ishmukhamedov comment on the visit",
        "в какой стране комментировал Ишмухамедов",
    ],
)
def test_where_an_expert_commented_is_not_given(session: Session, question: str) -> None:
    payload = asked_payload(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "place"), payload["entry"]
    assert offered_entries(payload)[0].startswith("ishmukhamedov"), offered_entries(payload)


def test_where_the_post_was_is_still_answered(session: Session) -> None:
    assert answered_entry(session, "where did Hajiyev post") == "hajiyev-five-plus-one"


@pytest.mark.parametrize(
    "question",
    [
        "сколько баррелей нефти нужно казахстану",
        "Сколько кубометров газа нужно Казахстану?",
        "сколько баррелей нефти экспортирует Казахстан через Азербайджан",
        "how many barrels of oil does Kazakhstan need",
    ],
)
def test_a_substance_in_an_unwritten_unit_is_not_given(session: Session, question: str) -> None:
    payload = asked_payload(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "quantity")
    assert offered_entries(payload)[0] == "huseynov-energy", offered_entries(payload)


def test_a_written_unit_of_no_substance_is_still_answered(session: Session) -> None:
    assert answered_entry(session, "сколько тонн нужно Казахстану") == "rail-volume-needed"


@pytest.mark.parametrize(
    "question",
    [
        "какой прогноз по ТМТМ",
        "прогноз по ТМТМ",
        "что будет с ТМТМ в перспективе",
        "what is the forecast for the middle corridor",
        "forecast for the Middle Corridor?",
        "прогноз по среднему коридору",
    ],
)
def test_a_forecast_of_the_corridor_is_answered(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "ishmukhamedov-corridor"


@pytest.mark.parametrize(
    "question",
    ["какой прогноз по ОТГ", "what is the forecast for tourism", "какой прогноз по туризму"],
)
def test_no_forecast_is_still_not_given(session: Session, question: str) -> None:
    assert _missing(session, question) == ("not_given", "forecast")


@pytest.mark.parametrize(
    "question",
    [
        "кто из экспертов говорил про цифровую экономику",
        "какой эксперт говорил о цифровой экономике",
        "which expert talked about the digital economy",
        "кто из экспертов говорил про искусственный интеллект",
        "which of the experts mentioned healthcare",
    ],
)
def test_no_expert_on_the_articles_own_subject(session: Session, question: str) -> None:
    assert _missing(session, question) == ("not_given", "person")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("кто из экспертов говорил про Зангезурский коридор", "tusupbekov-agenda"),
        ("кто из экспертов говорил о цифровизации", "huseynov-projects"),
    ],
)
def test_an_expert_who_spoke_is_still_named(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        "какие барьеры в автоперевозках",
        "Какие препятствия для автоперевозок?",
        "какие барьеры в автомобильных перевозках",
    ],
)
def test_barriers_of_road_transport_are_not_given(session: Session, question: str) -> None:
    payload = asked_payload(session, question)
    assert payload["band"] == "not_given", payload["entry"]
    assert offered_entries(payload)[0] == "ishmukhamedov-road", offered_entries(payload)


@pytest.mark.parametrize(
    "question", ["какие барьеры в торговле", "какие ограничения в торговле"]
)
def test_barriers_of_trade_are_still_answered(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "ishmukhamedov-barriers"
