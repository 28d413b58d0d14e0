"""What a "the article does not say" reply offers must be on the question's subject; and a
name asked is given only by a passage that names the thing.

- "Прогноз по объёмам грузов через Каспий": a flow through a sea ("объём грузов через",
  "грузопоток через", "транзит через") is the traffic of the route named by the "транс-"
  adjective ("Транскаспийский маршрут", ``periphrasis``), as "путь через Каспий" already
  was; goods carried across ("перевозка грузов через Каспий", "паромы через Каспий") stay
  as typed — the article's own words on the ferries.
- "Почему Турция не была включена в формат 5+1": a formula of numbers names a thing as a
  word does (``Matcher._topic_terms``): the passage on the 5+1 formula is offered, where
  a bare number ("формат 6") still names no subject and the idea of adding Turkey comes
  first.
- "Какие документы подписали, названия": "подписанные документы" is the briefing's name of
  the agreements' topic; a question holding that name whole is about its passages (the 15
  agreements), not about the Trans-Caspian passage merely writing "документы"
  (``Matcher._topic_named_by``). A topic's one-word name ("Астана", "Турция") does not
  count: it names much besides the topic.
- "What is the name of the e-registration system, and who would run it": English asks a
  thing's name as "как называется" does (``predicates.name_asked_first``); the road
  passage never names the system, so the name — the first part asked — is the fact not
  given. A person's name ("the name of the Azerbaijani MP") is his profile's, and "what is
  X otherwise called" asks another name, which the defining passage gives.
- "Is there any forecast in numbers for how much tourism between Azerbaijan and
  Kazakhstan will grow": "how much", "grow", "between" lift the turnover's passages and
  sink the one on tourism out of the best few; the question's keyword names a topic of
  the briefing by its one-word title ("Tourism"), so the passage filed under it is
  offered first (``Matcher._topic_keyword_passage``).

Each case asks the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.rendering.plain import render_plain
from tests.support.asking import answered, answered_entry, not_given


def _offered(session: Session, question: str, missing: str) -> str:
    """The folded text of a not-given reply (``missing`` the kind it names)."""
    return not_given(session, question, missing).lower()


# --- a flow through the Caspian is the Trans-Caspian route's ---------------------------


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("прогноз по объемам грузов через каспий на 2030й", "forecast"),
        ("prognoz po obemam gruzov cherez kaspiy na 2030", "forecast"),
        ("прогноз грузопотока через Каспий на 2030 год", "forecast"),
        ("какой объем транзита через каспий ожидают к 2030", "forecast"),
    ],
)
def test_a_flow_through_the_sea_offers_the_route(
    session: Session, question: str, missing: str
) -> None:
    assert "транскаспийск" in _offered(session, question, missing)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("сколько стоит перевозка грузов через каспий", "money"),
        ("какой прогноз по тарифам на паромы через каспий", "forecast"),
    ],
)
def test_goods_carried_across_still_offer_the_ferries(
    session: Session, question: str, missing: str
) -> None:
    text = _offered(session, question, missing)
    assert "паромов для перевозки грузов через каспий" in text


# --- a formula of numbers names its format ---------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "почему турция изнчально не была включена в формат 5+1",
        "pochemu turciyu snachala ne vklyuchili v format 5+1",
        "почему Турцию изначально не пригласили в формат 5+1",
        "отчего Турции изначально не было в формате 5+1",
    ],
)
def test_why_not_in_the_formula_offers_the_formula(session: Session, question: str) -> None:
    text = _offered(session, question, "reason")
    assert "«5+1»" in text.split("вот что в статье есть")[1][:400]


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("войдёт ли Турция в формат 6", "forecast"),
        ("почему турцию не включили в тюркскую семерку", "reason"),
    ],
)
def test_a_bare_number_still_offers_the_idea_of_adding_turkey(
    session: Session, question: str, missing: str
) -> None:
    offer = _offered(session, question, missing).split("вот что в статье есть")[1]
    assert offer.index("добавить турцию") < 400


# --- a topic's name of several words -----------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "kakie imenno dokumenty podpisali, nazvaniya",
        "как называются подписанные документы",
        "какие документы подписали, как они называются?",
        "what documents were signed, their titles?",
    ],
)
def test_the_documents_signed_offer_the_agreements(session: Session, question: str) -> None:
    text = _offered(session, question, "fact")
    offer = text.split("вот что в статье есть")[-1].split("here is what")[-1]
    assert offer.index("15 важных соглашений") < 400


@pytest.mark.parametrize(
    ("question", "missing", "offered"),
    [
        # the documents of the route: the passage on the route, which names them
        ("Какие конкретно документы по Транскаспийскому маршруту подписаны?", "fact", "гусейнов"),
        # "Астана", one word naming the visit's topic, lifts no passage of the visit
        ("в каком здании в Астане шли переговоры", "place", "тусупбеков"),
    ],
)
def test_a_topic_word_alone_changes_no_offer(
    session: Session, question: str, missing: str, offered: str
) -> None:
    offer = _offered(session, question, missing).split("вот что в статье есть")[1]
    assert offer.index(offered) < 200


# --- a name asked ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What is the name of the electronic pre-registration system for vehicles, "
        "and who would operate it?",
        "What is the electronic registration system for vehicles at the border called?",
        "what's the vehicle e-registration system at the border called, and who'd run it?",
        "как называется система электронной регистрации машин и кто будет ей управлять?",
    ],
)
def test_a_name_never_given_is_not_answered(session: Session, question: str) -> None:
    text = _offered(session, question, "fact")
    assert "электронной регистрации" in text


def test_a_person_asked_by_name_is_still_answered(session: Session) -> None:
    assert "Гусейнов" in answered(
        session, "What is the name of the Azerbaijani MP quoted in the article?"
    )


def test_another_name_is_still_given_by_the_definition(session: Session) -> None:
    question = "What is the Middle Corridor otherwise called?"
    assert answered_entry(session, question) == "ishmukhamedov-corridor"


def test_who_alone_still_misses_a_person(session: Session) -> None:
    question = "who would operate the electronic pre-registration system for vehicles?"
    assert "electronic registration" in not_given(session, question, "person")


def test_a_name_asked_second_leaves_the_first_part_missing(session: Session) -> None:
    question = "кто управляет системой электронной регистрации машин и как она называется"
    assert "электронной регистрации" in not_given(session, question, "person")


# ------------------------------------------------ a topic named by its title, sunk by the rest
@pytest.mark.parametrize(
    "question",
    [
        # blind-j#37
        "Is there any forecast in numbers for how much tourism between Azerbaijan and "
        "Kazakhstan will grow?",
        "Is there a forecast of how much tourism between Azerbaijan and Kazakhstan will grow?",
        "is there any forecast in numbers for how much turism between azerbaijan and "
        "kazakhstan will grow",
    ],
)
def test_a_tourism_forecast_offers_the_passage_on_tourism(session, question):
    reply = session.ask(question)
    assert (reply.kind, reply.missing) == ("not_given", "forecast")
    assert reply.suggestions[0][0] == "ishmukhamedov-road"
    assert "туризма" in render_plain(reply)


@pytest.mark.parametrize(
    ("question", "missing", "first"),
    [
        # a count of tourists is not given either; its passage was offered already
        ("сколько туристов ездит между странами в год", "quantity", "ishmukhamedov-road"),
        # the offers are filed under energy already: unchanged
        (
            "Will energy exports between Azerbaijan and Kazakhstan grow, and by how much?",
            "forecast",
            "huseynov-energy",
        ),
    ],
)
def test_an_offer_already_on_the_named_topic_stays(session, question, missing, first):
    reply = session.ask(question)
    assert (reply.kind, reply.missing) == ("not_given", missing)
    assert reply.suggestions[0][0] == first
