"""Not-given replies of the offer33 and ru17–ru19 dev sets, asked of the real base: the kind
of fact the reply says is missing, and the passage it offers on the question's subject.

- "В каком здании в Астане шли переговоры, в Акорде?": the venue is not given; what the
  article has of the place the question names is a passage putting something in Astana (the
  visit's welcome "в Астане") — not one naming the city only as its people ("Баку и Астана
  намерены …", the Trans-Caspian route).
- "скока паром через каспий плывёт по времени": "по времени" closing the clause "сколько"
  opens asks a length of time, as "сколько по времени плывёт паром" does — not a number.
- "а Гаджиев в своём посте что про Турцию писал": what he wrote is his statement, as what
  he said is — not a bare fact.
- "Какую позицию по декларации занимает армянская сторона?": the country taking a stance
  ("занимает позицию", "придерживается точки зрения") holds the view asked for, as "какова
  позиция Армении" does — its position is missing, not a fact; "какое место занимает
  Турция" asks no view.
- "Что говорил о Среднем коридоре министр транспорта Казахстана?": an office the article
  never quotes is the speaker whether it stands after the topic or has genitives between it
  and the verb ("министр транспорта Казахстана говорил") — never answered with an expert's
  words as his.
- "Почему Гаджиев написал об этом именно в соцсети X?": "именно" puts the why on the choice he
  made — a reason the article does not give — not on his reasoning, which his passage holds;
  "почему, по словам Гусейнова, именно …" still asks his words.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import asked_payload, declined, not_given, offered_entries


@pytest.mark.parametrize(
    "question",
    [
        "В каком здании проходили переговоры в Астане? В Акорде?",
        "В каком зале в Астане шли переговоры, в Акорде?",
        "gde imenno v astane prohodili peregovory, v akorde?",
    ],
)
def test_a_venue_within_astana_offers_a_passage_placed_in_astana(
    session: Session, question: str
) -> None:
    text = not_given(session, question, "place")
    assert "в Астане" in text
    assert offered_entries(asked_payload(session, question))[0] != "huseynov-transcaspian"


@pytest.mark.parametrize(
    "question",
    [
        "скока паром через каспий плывет по вермени",
        "скольк паром через каспий идет по времени",
        "сколько паромы через Каспий плывут по времени?",
    ],
)
def test_by_time_after_the_clause_asks_a_duration(session: Session, question: str) -> None:
    not_given(session, question, "duration")


@pytest.mark.parametrize(
    "question",
    [
        "а гаджиев в своём посте что про турцию писал",
        "что Гаджиев писал про Турцию?",
    ],
)
def test_what_someone_wrote_is_his_statement(session: Session, question: str) -> None:
    not_given(session, question, "statement")


@pytest.mark.parametrize(
    "question",
    [
        "Какую позицию по декларации о мирном урегулировании занимает армянская сторона?",
        "Какую позицию по декларации занимает Армения?",
        "Какую позицию заняла Анкара в отношении инициативы «тюркской семёрки»?",
        "Какой точки зрения по тюркской семёрке придерживается Турция?",
    ],
)
def test_a_country_taking_a_stance_is_its_view_missing(session: Session, question: str) -> None:
    text = not_given(session, question, "statement")
    assert text.startswith("Позиции ")


def test_a_place_held_is_no_stance(session: Session) -> None:
    reply = session.ask("Какое место занимает Турция в тюркской семёрке?")
    assert reply.missing != "statement"


@pytest.mark.parametrize(
    "question",
    [
        "Что говорил о Среднем коридоре министр транспорта Казахстана?",
        "Что министр транспорта Казахстана говорил о Среднем коридоре?",
        "Что говорил о визите министр?",
    ],
)
def test_an_office_never_quoted_is_not_answered_by_an_expert(
    session: Session, question: str
) -> None:
    declined(session, question)
    assert "Слов этого человека в статье нет" in asked_payload(session, question)["text"]


def test_an_office_spoken_of_is_no_speaker(session: Session) -> None:
    assert (
        "Слов этого человека"
        not in asked_payload(session, "что говорил Ишмухамедов о министре транспорта")["text"]
    )


@pytest.mark.parametrize(
    "question",
    [
        "Почему Гаджиев написал об этом именно в соцсети X?",
        "Почему Гаджиев выбрал именно соцсеть X?",
    ],
)
def test_why_a_choice_of_his_is_a_reason_not_given(session: Session, question: str) -> None:
    not_given(session, question, "reason")


def test_why_by_his_words_is_still_his_statement(session: Session) -> None:
    question = "почему, по словам Гусейнова, именно Транскаспийский маршрут так важен?"
    assert asked_payload(session, question)["entry"] == "huseynov-transcaspian"
