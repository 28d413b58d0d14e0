"""How long, and for how long: a length of time asked by its noun, its verb or its horizon.

"Какова была продолжительность визита в днях?" asks how long the visit lasted, which the
article never says: it must not be answered with the day the visit began. A length is asked
by its noun ("продолжительность", "длительность", "duration"), by a verb of lasting with the
amount put up for checking ("визит длился несколько дней?"), by "сколько времени" with such a
verb, by "надолго" — in Cyrillic, transliteration, the wrong keyboard layout or with a slip.

A stretch of time to come the article names ("в ближайшие годы") is a time all the same: it
answers "на какой временной горизонт" (a time, never a place) and a plain "когда" of the
thing told in its own clause — never a date insisted on ("когда именно", "какого числа"), nor
the rest of the sentence ("когда отношения станут союзом"), nor a thing the passage does not
name.

"Согласно заявлению Гусейнова" attributes the question as "по словам Гусейнова" does.
These run on the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types, duration_noun, horizon_noun
from bot.language.text import tokens
from bot.rendering.plain import render_plain
from tests.support.asking import declined


@pytest.mark.parametrize(
    "question",
    [
        "Какова была продолжительность государственного визита в днях?",
        "Какова продолжительность визита?",
        "продолжительность визита Алиева",
        "Какая длительность визита?",
        "длительность визита алиева в казахстан",
        "What was the duration of the visit?",
        "duration of Aliyev's visit",
        "prodolzhitelnost vizita",
        "ghjljk;bntkmyjcnm dbpbnf",  # "продолжительность визита" on the Latin layout
        "продолжительнсть визита",
        "Визит длился несколько дней?",
        "визит продлился три дня?",
        "сколько продолжался визит",
        "Сколько времени длился визит Алиева?",
        "How many days did the visit last?",
        "сколько длились переговоры",
        # "надолго": for how long, by its adverb
        "надолго ли Алиев приехал в Казахстан",
        "как надолго приехал Алиев",
        "nadolgo li aliev priekhal",
    ],
)
def test_a_length_the_article_never_gives_is_not_given(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.missing) == ("not_given", "duration"), (
        question,
        reply.kind,
        reply.missing,
        reply.entry,
    )


@pytest.mark.parametrize(
    "question",
    [
        "На какой временной горизонт, по словам депутата Гусейнова, стратегический союз двух "
        "стран будет определять региональные реалии?",
        "на какой горизонт союз определит реалии региона",
        "в какой временной перспективе союз определит региональные реалии",
        "гусейнов сказал союз будет определять реалии региона. это когда типа",
        "когда союз будет определять региональные реалии",
        "kogda soyuz budet opredelyat realii regiona",
        # a horizon lies ahead: asked by its noun, no future verb is needed
        "на какой горизонт союз определяет реалии региона",
    ],
)
def test_a_stretch_of_time_to_come_answers_when(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == ("answer", "huseynov-alliance"), (
        question,
        reply.kind,
        reply.entry,
    )
    assert "ближайшие годы" in render_plain(reply)


@pytest.mark.parametrize(
    "question",
    [
        # a date insisted on: "в ближайшие годы" is none
        "когда именно союз определит реалии региона",
        "какого числа союз определит реалии",
        # the stretch dates only what its own clause tells ("который определит реалии"),
        # not the rest of the sentence
        "когда отношения станут стратегическим союзом",
        "когда Гусейнов сделает вывод",
        "когда визит подтвердит стратегический союз",
        "на какой горизонт Гусейнов сделал вывод",
        "на какой временной горизонт отношения перешли к союзу",
        # no time given of these at all
        "когда именно товарооборот достигнет миллиарда",
        "когда товарооборот достигнет миллиарда",
        "когда Токаев приедет с ответным визитом",
        # a length of something the article gives no length of
        "how many days did the visit last",
        "как долго длились переговоры",
        # a thing the passage naming "в перспективе" does not name
        "Is there any forecast of when the Zangezur corridor might become operational, and "
        "how it would interact with the Middle Corridor?",
    ],
)
def test_no_stretch_answers_a_time_it_is_not(session: Session, question: str) -> None:
    declined(session, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the lengths the article does give stay answered, by their noun too
        ("Какова продолжительность доставки грузов из Китая?", "ishmukhamedov-delivery-time"),
        ("длительность транзита из Китая в Азербайджан", "ishmukhamedov-delivery-time"),
        ("сколько времени идёт груз из Китая", "delivery-time-now"),
        ("доставка займет 7-8 дней?", "delivery-time-target"),
    ],
)
def test_a_length_the_article_gives_is_answered(
    session: Session, question: str, entry: str
) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == ("answer", entry), (question, reply.kind, reply.entry)


@pytest.mark.parametrize(
    "question",
    [
        "Какую роль, согласно заявлению Гусейнова, Баку и Астана намерены играть в формировании "
        "транспортной карты региона?",
        "Какую роль, по заявлению Гусейнова, Баку и Астана намерены играть?",
        "Согласно заявлению Гусейнова, какую роль намерены играть Баку и Астана?",
        "Какую роль, согласно утверждению Гусейнова, Баку и Астана намерены играть?",
    ],
)
def test_a_statement_named_as_the_source_is_no_subject(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == ("answer", "huseynov-transcaspian"), (
        question,
        reply.kind,
        reply.entry,
    )


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Какую роль, согласно комментарию Гусейнова, Баку и Астана намерены играть в "
            "формировании транспортной карты региона?",
            "huseynov-transcaspian",
        ),
        (
            "Где, согласно упоминанию Тусупбекова, незадолго до рассматриваемого визита "
            "выступал президент Токаев в ходе контактов на территории Азербайджана?",
            "tusupbekov-gabala",
        ),
        (
            "Где, согласно изложению Тусупбекова, незадолго до рассматриваемого визита "
            "выступал президент Токаев в ходе контактов на территории Азербайджана?",
            "tusupbekov-gabala",
        ),
    ],
)
def test_an_officialese_attribution_is_no_subject(
    session: Session, question: str, entry: str
) -> None:
    """"Согласно комментарию / изложению / упоминанию X" says whose words are asked, as "по
    словам X" does: the noun, rare or unknown to the briefing, must not sink the passage."""
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == ("answer", entry), (question, reply.kind, reply.entry)


def test_the_nouns_of_a_length_and_a_horizon() -> None:
    words = tokens("на какой временной горизонт союз определит реалии")
    assert horizon_noun(words, 3)
    assert duration_noun(words, 3)
    assert asked_types(words)[:1] == (AnswerType.DURATION,)
    assert AnswerType.PLACE not in asked_types(words)
    assert asked_types(tokens("какова продолжительность визита"))[:1] == (AnswerType.DURATION,)
    # a horizon only after a question word; "на горизонте" is no question of one
    assert not horizon_noun(tokens("что на горизонте"), 2)
    # "как продолжается сотрудничество" asks how it goes, no length
    assert AnswerType.DURATION not in asked_types(tokens("как продолжается сотрудничество"))
