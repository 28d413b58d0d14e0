"""Where, in which city, through which sea: the words of a place question read as asked.

"Где проходил визит" once read "проходил" as the briefing's "происходят" (an edit ratio of
0.9 between two dictionary words two letters apart) and answered with Tokayev's trip to
Gabala; with the verb the briefing never uses weighed as a word of the subject, no passage on
the visit answered at all. "Проходить", "состояться" say nothing of the relation
(``predicates.GENERIC_PREDICATES``). "В каком городе" asks for a city: "в Казахстан" names a
country. "В рамках Организации" places nothing, and a place with no name ("по всему …
пространству") is where the thing of its own sentence is.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import names_and_places
from bot.language.predicates import related
from tests.support.asking import answered


def test_a_dictionary_word_is_no_slip_of_another(session: Session) -> None:
    """ "проходил" is two keystrokes from "происходил": a word of its own, not repaired."""
    query = session.matcher.analyse("где проходил визит")
    assert "происходить" not in {t.lemma for t in query.terms}


def test_where_the_visit_was(session: Session) -> None:
    """The verb the briefing never uses does not sink the visit's passage."""
    reply = answered(session, "где проходил визит")
    assert "в Казахстан" in reply
    assert not reply.startswith("20 октября")  # a date figure's heading is no "where"


@pytest.mark.parametrize(
    ("question", "city"),
    [
        ("в каком городе подписали соглашения", "в Астану"),
        ("в какой горд прибыл алиев", "Астан"),
        ("Huseynov praised the respect and sincerity Aliyev showed — in which city?", "в Астане"),
    ],
)
def test_a_city_is_asked(session: Session, question: str, city: str) -> None:
    """ "Which city": the city the passage names, not the country of the arrival."""
    assert city in answered(session, question)


def test_a_compound_preposition_places_nothing() -> None:
    """ "в рамках Организации тюркских государств": a frame, no place."""
    text = "укрепление единства в рамках Организации тюркских государств."
    assert names_and_places(text) == ([], [])


def test_a_stem_of_place_after_po() -> None:
    """ "по всему тюркскому и евразийскому пространству" spreads over a place."""
    text = "интерес среди экспертов по всему тюркскому и евразийскому пространству."
    assert names_and_places(text)[1] == [""]


def test_a_place_with_no_name_is_of_its_own_sentence(session: Session) -> None:
    """Where the visit drew interest is no place of the talks: those were where the visit was
    (``Matcher._talks_where_visit``), the city the article names."""
    reply = answered(session, "где проходили переговоры")
    assert "тюркскому и евразийскому" not in reply
    assert "Астан" in reply


def test_the_space_the_visit_drew_interest_in(session: Session) -> None:
    reply = answered(
        session, "Across which regions did the visit draw the attention of experts and analysts?"
    )
    assert "тюркскому и евразийскому" in reply


def test_a_verb_and_its_reflexive_are_one_relation() -> None:
    """ "обсуждался" (of the passage) is what "обсуждали" asks, and "предлагается" is a
    proposal."""
    assert {"обсуждать", "обсуждение"} <= related("обсуждаться")
    assert "обсуждаться" in related("обсуждать")
    assert "предложение" in related("предлагаться")


def test_a_verb_of_holding_an_event_is_no_relation(session: Session) -> None:
    """ "устроили встречу": the meeting held, as "проходила" says it — the verb the briefing
    never uses neither sinks the passage on the welcome nor asks a relation of its own."""
    question = "Торжественную встречу Алиеву в каком городе устроили?"
    assert "Астане" in answered(session, question)
    query = session.matcher.analyse(question)
    assert query.relation.verb is None
    assert "устроить" not in {t.lemma for t in query.terms}
