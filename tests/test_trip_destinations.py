"""A trip asked by its destination is answered only by a passage whose trip went there.

"Когда Токаев ездил в Азербайджан?" shares its words with "20 октября … Ильхам Алиев прибыл с
государственным визитом в Казахстан" — but that trip went the other way. A question with a
verb of travel and a destination (``bot.language.trips``) is not answered with a passage
telling of trips to elsewhere only: the article has Tokayev's appearance in Gabala "совсем
недавно", no date — so a "когда" is told the article does not say, a "когда примерно"
(roughly) answered by the recent time (``recency``). A trip the way the article tells it
("когда Алиев прилетел в Астану") is answered as before.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.morphology import DEFAULT
from bot.language.parties import country_key
from bot.language.recency import answered_relatively
from bot.language.text import tokens
from bot.language.trips import (
    another_traveller,
    goes_elsewhere,
    invited_travellers,
    trip_destination,
    trip_places,
    trip_travellers,
)
from bot.matching.query import looks_like_person
from tests.support.asking import answered


def _country(word: str) -> str | None:
    return country_key(word, DEFAULT.lemma(word)) if word.isalpha() else None


def _destination(question: str) -> frozenset[str] | None:
    return trip_destination(tokens(question), _country, DEFAULT.lemma)


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("когда Токаев ездил в Азербайджан", "азербайджан"),
        ("в какой день Токаев прилетел в Баку", "азербайджан"),
        ("их президент сам ездил к азербайджанцам", "азербайджан"),
        ("когда Токаев посетил Азербайджан", "азербайджан"),
        ("When did Tokayev fly to Baku?", "азербайджан"),
        ("Tokayev visited Azerbaijan when?", "азербайджан"),
        ("когда Алиев прилетел в Астану", "казахстан"),
        ("зачем Токаев ездил в Шушу", "шуша"),
    ],
)
def test_the_destination_of_a_trip_asked(question, place):
    destination = _destination(question)
    assert destination is not None and place in destination, destination


@pytest.mark.parametrize(
    "question",
    [
        "когда Алиев прибыл",  # no place
        "когда прошли переговоры в Астане",  # no verb of travel
        "сколько грузов идёт в Азербайджан",
        "kakogo chisla aliev priletel k tokaevu",  # a person, no place
    ],
)
def test_no_trip_to_a_place_asked(question):
    assert _destination(question) is None


def test_a_passage_telling_a_trip_the_other_way_goes_elsewhere():
    arrival = "20 октября … президент Азербайджана Ильхам Алиев прибыл с визитом в Казахстан."
    gabala = (
        "Совсем недавно мы наблюдали контакты и в Азербайджане, когда Токаев выступал в "
        "Габале. Визиты происходят динамично"
    )
    to_baku = _destination("когда Токаев прилетел в Баку")
    assert to_baku is not None
    assert goes_elsewhere(to_baku, trip_places(arrival, _country, DEFAULT.lemma))
    assert not goes_elsewhere(to_baku, trip_places(gabala, _country, DEFAULT.lemma))
    # a passage telling no trip says nothing either way
    assert trip_places("Отношения стали стратегическими.", _country, DEFAULT.lemma) is None


@pytest.mark.parametrize(
    "question",
    [
        "когда Токаев ездил в Азербайджан",
        "в какой день Токаев прилетел в Баку",
        "когда Токаев посетил Азербайджан",
        "зачем Токаев ездил в Баку",
        "Tokayev visited Azerbaijan when?",
        "When did Tokayev fly to Baku?",
        "когда казахский президент летал в Баку",
    ],
)
def test_a_trip_to_azerbaijan_is_not_answered_with_aliyevs_arrival(session: Session, question):
    reply = session.ask(question)
    assert not reply.answered or reply.entry == "tusupbekov-gabala", (question, reply.entry)
    assert reply.entry not in {"article-visit", "visit-date"}, (question, reply.kind)


@pytest.mark.parametrize(
    "question",
    [
        "Один из казахстанских политологов вспоминал, что и их президент незадолго до этого "
        "сам ездил к азербайджанцам. Когда примерно это было?",
        "когда примерно Токаев ездил в Азербайджан",
        "roughly when did Tokayev go to Azerbaijan?",
    ],
)
def test_a_trip_asked_roughly_is_answered_by_the_recent_time(session: Session, question):
    assert "недавно" in answered(session, question) or "recently" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "когда Алиев прилетел в Астану",
        "When did Aliyev arrive in Astana?",
        "когда Алиев посетил Казахстан",
    ],
)
def test_a_trip_the_way_the_article_tells_it_is_answered(session: Session, question):
    assert "20" in answered(session, question)


def test_a_rough_when_asks_recency_an_exact_one_does_not():
    assert answered_relatively(tokens("когда примерно это было"), own_account=False)
    assert not answered_relatively(tokens("когда именно это было"), own_account=False)
    assert not answered_relatively(tokens("когда это было"), own_account=False)


@pytest.mark.parametrize(
    "question",
    [
        "когда Токаев приедет в Баку",  # a trip to come
        "когда Токаев посетит Азербайджан",
        "когда ближайший визит Токаева в Азербайджан",  # a trip by its noun
    ],
)
def test_a_trip_to_come_or_by_its_noun_has_a_destination(question):
    destination = _destination(question)
    assert destination is not None and "азербайджан" in destination, destination


@pytest.mark.parametrize(
    "question",
    [
        "когда ближайший визит Токаева в Азербайджан",
        "когда Токаев снова поедет с визитом в Баку",
    ],
)
def test_a_trip_to_come_not_given_offers_the_trip_that_went_there(session: Session, question):
    """Its date is not given; the passage offered first is Tokayev's appearance in Gabala,
    below the threshold but the only trip to Azerbaijan — not Aliyev's arrival in Kazakhstan,
    the other way."""
    reply = session.ask(question)
    assert reply.kind.value == "not_given", reply.kind
    assert reply.suggestions and reply.suggestions[0][0] == "tusupbekov-gabala", reply.suggestions


_INVITED = (
    "20 октября по приглашению президента Касым-Жомарта Токаева президент Азербайджана "
    "Ильхам Алиев прибыл с государственным визитом в Казахстан."
)
_INVITED_EN = (
    "On 20 October, at the invitation of President Kassym-Jomart Tokayev, Azerbaijani "
    "President Ilham Aliyev arrived in Kazakhstan on a state visit."
)


@pytest.mark.parametrize(
    ("question", "passage", "another"),
    [
        ("по чьей инициативе состоялась поездка Токаева", _INVITED, True),  # the host's
        ("по чьей инициативе Токаев приезжал", _INVITED, True),
        ("whose initiative was Tokaev's trip", _INVITED_EN, True),  # however spelt
        ("по чьей инициативе Алиев приезжал", _INVITED, False),
        ("по чьему приглашению состоялся визит Алиева", _INVITED, False),
        ("whose initiative was Aliyev's trip", _INVITED_EN, False),
        ("кто пригласил Алиева", _INVITED, False),  # no trip's traveller named
    ],
)
def test_a_trip_of_another_traveller_than_the_one_invited(question, passage, another):
    asked = trip_travellers(tuple(tokens(question)), looks_like_person)
    hosts, others = invited_travellers([passage], looks_like_person)
    assert another_traveller(asked, hosts, others) is another


def test_a_place_the_briefing_names_is_a_destination_though_no_dictionary_knows_it():
    words = tuple(tokens("по чьей инициативе Алиев приезжал в Габалу"))
    lemma = DEFAULT.lemma
    assert trip_destination(words, _country, lemma, lambda w: w == "габалу")
    assert trip_destination(words, _country, lemma) is None
