"""Small misreadings of places, passives and units, on the real knowledge base.

- A choice of two known places offered as the answer ("где подписывали, в Астане или в
  Баку?") is made by the passage holding one of them, not the other, and the event asked:
  the agreements signed "в рамках визита … в Астану". A place of something the article
  never places (the next summit, where an expert spoke or was born) stays unanswered.
- A venue asked within a place the question names ("где именно в Астане …, в Акорде?") is
  not given; the offer starts with the passage putting the event in that place.
- An English passive of saying ("the Caspian was mentioned") names no speaker before it:
  the sea is what was mentioned, and the question is about the ferries.
- "Means of" only says a kind is asked ("which means of crossing the Caspian").
- An English unit counted ("how many tonnes") is stated by a Russian figure in that unit
  ("до 20 миллионов тонн"), with what the unit is of ("of rail freight") stated too: tonnes
  of grain or oil are not the rail freight Kazakhstan needs.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.rendering.plain import render_plain


@pytest.mark.parametrize(
    "question",
    [
        "соглашения где подписывали, в астане или в баку?",
        "где подписали соглашения — в Баку или в Астане?",
        "in Astana or in Baku, where were the agreements signed?",
        "where were the 15 agreements signed, Baku or Astana?",
        "gde podpisali soglasheniya, v astane ili v baku?",
    ],
)
def test_a_choice_of_places_is_made_by_the_passage(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert reply.kind == "answer", (question, reply.kind, reply.entry)
    assert reply.entry in ("agreements-count", "article-agreements"), (question, reply.entry)
    assert "Астан" in render_plain(reply), question


@pytest.mark.parametrize(
    "question",
    [
        "где пройдёт следующий саммит, в астане или в баку?",
        "в каком зале подписывали соглашения, в акорде или в баку?",
        "где родился Ишмухамедов, в астане или в баку?",
        "где выступал Гусейнов, в астане или в баку?",
        "где подписывали соглашения, в алматы или в баку?",
        "где будут подписывать новые соглашения, в астане или в баку?",
        # a choice of people: "стороны подписали" names neither
        "кто подписал соглашения, Алиев или Токаев?",
    ],
)
def test_a_choice_of_places_the_article_does_not_make(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert not reply.answered, (question, reply.kind, reply.entry)


@pytest.mark.parametrize(
    "question",
    [
        "где именно в астане проходили переговры лидеров,в акорде?",
        "где именно в Астане шли переговоры лидеров, в Акорде?",
        "в Акорде в Астане подписывали соглашения?",
    ],
)
def test_a_venue_within_a_named_city_offers_that_city(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.missing) == ("not_given", "place"), (question, reply.kind)
    offer = render_plain(reply).split("\n\n", 1)[1]
    assert "Астан" in offer, (question, offer)


@pytest.mark.parametrize(
    "question",
    [
        "Which means of crossing the Caspian was mentioned as requiring new construction, "
        "if I understand correctly?",
        "Which means of crossing the Caspian requires new construction?",
        "what means of transport across the Caspian needs to be newly built?",
    ],
)
def test_the_caspian_mentioned_is_no_speaker(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == ("answer", "ishmukhamedov-rail-investment"), (
        question,
        reply.kind,
        reply.entry,
    )
    assert "паром" in render_plain(reply)


@pytest.mark.parametrize(
    "question",
    [
        # a person after "by" still speaks: the article does not quote him
        "what was mentioned by Tokayev?",
        "Which means of crossing the Caspian was mentioned as requiring new construction "
        "by Putin?",
        "Which means of crossing the Black Sea was mentioned as requiring new construction?",
        "What means of payment for the ferries was mentioned?",
    ],
)
def test_passives_and_means_near_misses(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert not reply.answered, (question, reply.kind, reply.entry)


@pytest.mark.parametrize(
    "question",
    [
        "How many tonnes of rail shipments does Kazakhstan reportedly require, according to "
        "the esteemed analyst?",
        "How many tonnes of freight does Kazakhstan require?",
        "how many tonnes does Kazakhstan require?",
        "how many tonnes of cargo by rail does Kazakhstan require a year?",
    ],
)
def test_tonnes_required_are_the_freight_needed(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert reply.kind == "answer", (question, reply.kind, reply.entry)
    assert "до 20 миллионов" in render_plain(reply), question


@pytest.mark.parametrize(
    "question",
    [
        "How many tonnes of grain does Kazakhstan require?",
        "How many tonnes of oil does Kazakhstan require?",
        "How many tonnes of rail freight does Uzbekistan require?",
        "How many tonnes of freight will Kazakhstan require in 2030?",
        "How many locomotives does Kazakhstan require?",
    ],
)
def test_tonnes_of_another_thing_are_not_given(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert not reply.answered, (question, reply.kind, reply.entry)
