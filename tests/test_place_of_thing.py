"""A place answers "где/where" only when it is a place of the thing asked about.

"Где проходил визит" once got Tusupbekov's "в Азербайджане, когда президент Токаев выступал
в Габале. Визиты происходят динамично": the sentence naming the visits names no place, and
Gabala is where Tokayev spoke — a false answer. The place must stand in a sentence holding a
word of the question (``places.places_of_thing``).
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered, declined


def test_visit_place_is_not_gabala(session: Session) -> None:
    """Gabala is where Tokayev spoke, not where the visit went: the visit's own passage
    ("прибыл с государственным визитом в Казахстан", "встреча в Астане") answers."""
    reply = answered(session, "где проходил визит")
    assert "Габал" not in reply
    assert "визитом в Казахстан" in reply


@pytest.mark.parametrize(
    "question",
    [
        "where are the logistics hubs located",
        "in which cities would the new logistics hubs be located",
    ],
)
def test_hubs_have_no_place(session: Session, question: str) -> None:
    """China, Kazakhstan and Azerbaijan are the route's, in another sentence than the hubs."""
    declined(session, question)


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("где выступал Токаев", "Габал"),
        ("v kakom prostranstve vizit vyzval interes ekspertov", "тюркскому и евразийскому"),
    ],
)
def test_place_of_the_thing_answers(session: Session, question: str, place: str) -> None:
    """A place in the sentence naming the thing asked (or the noun asked, "пространство")."""
    assert place in answered(session, question)
