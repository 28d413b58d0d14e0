"""A question binds the fact it asks to more than its subject (``bot.matching.bound``): the
place of something to come is given only by a span that forecasts it.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.knowledge.entries import Entry
from bot.language.answer_types import AnswerType
from bot.matching.bound import beyond_quoted, forecast_with, names_doer
from bot.rendering.plain import render_plain as plain


def _entry(session: Session, key: str) -> Entry:
    entry = session.matcher.catalogue.entry("aliyev-kazakhstan", key)
    assert entry is not None, key
    return entry


def test_the_place_of_today_is_no_place_of_what_is_to_come(session):
    # today's route names China, Kazakhstan, Azerbaijan; the forecast is another span's
    delivery = _entry(session, "ishmukhamedov-delivery-time")
    assert AnswerType.PLACE in delivery.states
    assert not forecast_with(delivery, AnswerType.PLACE)
    assert forecast_with(delivery, AnswerType.DURATION)  # "можно сократить до 7–8 дней"
    reply = session.ask("Where will the new logistics hubs be built?")
    assert (reply.kind, reply.missing) == ("not_given", "place")


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        # one quote forecasts the investment and names the sea the new ferries will cross
        ("через какое море пойдут новые паромы", "Каспий"),
        ("до скольких дней можно сократить доставку из Китая", "7–8"),
    ],
)
def test_a_forecast_span_gives_the_fact_to_come(session, question, evidence):
    reply = session.ask(question)
    assert reply.answered, question
    assert evidence in plain(reply)


def test_a_common_noun_doing_the_deed_names_no_person(session):
    agreements = _entry(session, "article-agreements")
    assert AnswerType.PERSON in agreements.states  # the visitor, Ilham Aliyev
    assert not names_doer(agreements, "подписать")
    visit = _entry(session, "article-visit")
    assert names_doer(visit, "прибыть")  # "президент Азербайджана Ильхам Алиев прибыл"
    assert names_doer(visit, "пригласить")  # "по приглашению … Токаева": not a verb's form
    for question in (
        "кто подписал соглашения со стороны Казахстана?",
        "kto podpisal soglasheniya so storony azerbaydzhana",
    ):
        reply = session.ask(question)
        assert (reply.kind, reply.missing) == ("not_given", "person"), question
        assert "15" in plain(reply)


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("кто прибыл с государственным визитом в Казахстан", "Алиев"),
        ("кто пригласил Алиева в Казахстан", "Токаева"),
    ],
)
def test_a_named_doer_answers_who(session, question, evidence):
    reply = session.ask(question)
    assert reply.answered, question
    assert evidence in plain(reply)


def test_a_figure_the_question_quotes_is_no_answer(session):
    target = _entry(session, "delivery-time-target")
    words = ("за", "сколько", "лет", "удастся", "сократить", "доставку", "до", "7-8", "дней")
    typed = "за сколько лет удастся сократить доставку до 7–8 дней"
    assert not beyond_quoted(target, AnswerType.DURATION, words, typed)
    # the number as a word names what is asked about, as "священное число семь" does
    assert beyond_quoted(target, AnswerType.DURATION, ("до", "7", "дней"), "до семи дней")
    reply = session.ask(typed)
    assert (reply.kind, reply.missing) == ("not_given", "duration")
    assert session.ask("до скольких дней можно сократить доставку грузов из Китая").answered
