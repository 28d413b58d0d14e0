"""Messages sent before a press conference: a scene of the asker's own work, then the question.

"Я готовлю вопросы к брифингу. Кто такой Айдын Гусейнов?", "Завтра брифинг, хочу уточнить:
…", "Я журналист, готовлю интервью. …" ask what the question alone asks: the questions being
prepared, the briefing, the interview and when it is due are the asker's, never the
article's, and weighed as the subject they sank the answer to a suggestion or to "he does not
say that". A near miss keeps its refusal: the scene blanked leaves a question the article
does not answer unanswered.

A figure pasted in before a bare "сколько" ("Тут написано 15–18 дней. Это сколько будет
потом?") gives the question its unit: how many days, as "сколько дней" would ask.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.preambles import unit_back
from tests.support.asking import answered_entry, declined


# The asker preparing questions for a briefing or a press conference ("готовлю вопросы к …").
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Я готовлю вопросы к брифингу. Кто такой Айдын Гусейнов?", "expert:huseynov"),
        ("Я готовлю вопросы. Кто такой Айдын Гусейнов?", "expert:huseynov"),
        ("Готовлю вопросы к пресс-конференции. Кто такой Айдын Гусейнов?", "expert:huseynov"),
    ],
)
def test_questions_being_prepared_are_no_subject(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


# The interview or the briefing the asker works on, named as a piece of his own.
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Я журналист, готовлю интервью. Кто такой Шарип Ишмухамедов?", "expert:ishmukhamedov"),
        ("Готовлю интервью, кто такой Шарип Ишмухамедов?", "expert:ishmukhamedov"),
        (
            "Я журналист, готовлю пресс-конференцию. Кто такой Шарип Ишмухамедов?",
            "expert:ishmukhamedov",
        ),
    ],
)
def test_interview_being_prepared_is_no_subject(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


# When the asker's piece is due ("Завтра брифинг", "Сегодня пресс-конференция").
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Завтра брифинг, хочу уточнить: какой товарооборот между странами сейчас?",
            "trade-turnover-now",
        ),
        ("Завтра брифинг. Какой товарооборот между странами сейчас?", "trade-turnover-now"),
        (
            "Сегодня пресс-конференция. Какой товарооборот между странами сейчас?",
            "trade-turnover-now",
        ),
    ],
)
def test_occasion_due_is_no_subject(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


# Near misses: the scene blanked, what the article lacks stays unanswered.
@pytest.mark.parametrize(
    "question",
    [
        "Завтра брифинг. Сколько стоит модернизация железных дорог?",
        "Я готовлю вопросы к брифингу. Что сказал Эрдоган о тюркской семёрке?",
        "Я журналист, готовлю интервью. Сколько новых паромов построят?",
    ],
)
def test_scene_blanked_keeps_refusal(session: Session, question: str) -> None:
    declined(session, question)


# A figure quoted in the scene gives a bare "сколько" its unit ("сколько" → "сколько дней").
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Тут написано 15–18 дней. Это сколько будет потом?", "delivery-time-target"),
        ("Тут написано 15–18 дней. Сколько будет потом?", "delivery-time-target"),
        ("В статье сказано 15–18 дней. А сколько будет после инвестиций?", "delivery-time-target"),
    ],
)
def test_quoted_figure_gives_its_unit(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


def test_unit_back_reads_the_scene_figure() -> None:
    scene = ["тут", "написано", "15–18", "дней"]
    assert unit_back(["сколько", "будет", "потом"], scene) == ["сколько", "дней", "будет", "потом"]
    # the question's own unit or number, a count of things, "во сколько": left as asked
    assert unit_back(["сколько", "тонн", "нужно"], scene) == ["сколько", "тонн", "нужно"]
    assert unit_back(["во", "сколько", "обойдется"], scene) == ["во", "сколько", "обойдется"]
    counted = ["подписали", "15", "соглашений"]
    assert unit_back(["сколько", "из", "них"], counted) == ["сколько", "из", "них"]


def test_quoted_figure_keeps_refusal(session: Session) -> None:
    declined(session, "Тут написано 15–18 дней. Сколько это стоит?")


# The figure quoted is the one the asker has: a question telling a deed of its own asks
# another figure of the same unit, not the one pasted in.
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Тут пишут про 400–500 миллионов долларов. А сколько планируют довести?",
            "trade-turnover-target",
        ),
        (
            "Пишут, что доставка идёт 15–18 дней. А сколько можно сделать?",
            "delivery-time-target",
        ),
    ],
)
def test_quoted_figure_is_the_askers_own(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


def test_quoted_figure_not_answered_with_itself(session: Session) -> None:
    reply = session.ask("Тут пишут про 400–500 миллионов долларов. А сколько хотят получить?")
    assert reply.entry != "trade-turnover-now", reply.kind


# How many questions the message asks, announced ("Два вопроса.", "Пара вопросов.", "У меня
# два вопроса:"): no word of the subject ("вопроса" read as the talks' questions sank it).
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Два вопроса. Кто такой Тусупбеков?", "expert:tusupbekov"),
        ("У меня два вопроса: кто такой Тусупбеков?", "expert:tusupbekov"),
        ("Пара вопросов. Сколько соглашений подписали?", "agreements-count"),
        ("Несколько вопросов: когда Алиев прибыл в Казахстан?", "visit-date"),
        ("Два вопроса. Кто такой Тусупбеков и что он сказал о визите?", "tusupbekov-highest-level"),
    ],
)
def test_questions_counted_are_no_subject(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


def test_questions_counted_keep_refusal(session: Session) -> None:
    declined(session, "Два вопроса. Сколько стоит модернизация железных дорог?")
