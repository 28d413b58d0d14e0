"""A reason or an aim asked in its many frames, and declined where no passage gives one.

- A benefit asked is an aim asked: "в чём выгода", "какая польза от", "чем выгодно/полезно",
  "what are the benefits of", "what is the point of" (``answer_types._benefit_idioms``).
- "ради чего", "по каким причинам", "с какой стати", "на каком основании", "с какой целю"
  (a transliteration's dropped soft sign), "how come", "what prompted / drives", "what are
  the ferries for" ask a reason as "почему" does; their words name no subject.
- A "why" of a figure as it stands ("почему доставка занимает 15–18 дней") asks its cause,
  which the passage giving the figure and how to change it does not state.
- An aim asked of somebody's act of saying ("зачем Гаджиев написал пост") is not what he said.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.answer_types import (
    AnswerType,
    asked_types,
    asks_cause,
    asks_reason,
    modal_positions,
)
from tests.support.asking import answered, declined, question_words


@pytest.mark.parametrize(
    "question",
    [
        "в чём выгода электронной регистрации",
        "какая польза от соглашения",
        "чем выгодно соглашение по здравоохранению",
        "чем полезна электронная регистрация",
        "what are the benefits of the Middle Corridor",
        "what is the point of the statistics agreement",
        "ради чего добавлять Турцию",
        "по каким причинам растёт торговля",
        "с какой стати добавлять Турцию",
        "на каком основании он это предлагает",
        "с какой целю подписали соглашение",
        "how come trade is so low",
        "what prompted the visit",
        "what drives trade growth",
        "what is driving the rapprochement",
        "what are the new ferries for",
    ],
)
def test_a_reason_frame_asks_a_reason(question):
    assert asks_reason(question_words(question)), question


@pytest.mark.parametrize(
    "question",
    [
        "What kind of cooperation are Baku and Astana ready for",
        "What does the artificial intelligence agreement provide for",
        "at what point did the talks start",
        "какая общая цель у тюркских государств",
    ],
)
def test_a_question_only_looking_like_one_asks_no_reason(question):
    assert not asks_reason(question_words(question)), question


def test_should_is_no_price():
    assert modal_positions(question_words("почему стоит добавить Турцию")) == frozenset({1})
    assert not modal_positions(question_words("сколько стоит перевезти тонну груза"))
    assert not modal_positions(question_words("сколько стоит доставка"))
    # "сколько" as typed: translit drops its ь, and the infinitive's ("skolko stoit postroit")
    assert not modal_positions(question_words("сколко стоит построить паромы"))
    assert not modal_positions(question_words("скока стоит закупить вагоны"))
    assert AnswerType.MONEY not in asked_types(question_words("почему стоит добавить Турцию"))
    assert AnswerType.MONEY in asked_types(question_words("сколько стоит перевезти тонну груза"))


def test_a_price_of_doing_asked_in_translit_is_a_missing_sum(session):
    reply = session.ask("skoka stoit modernizirovat zheleznye dorogi")
    assert (reply.kind, reply.missing) == ("not_given", "money"), (reply.kind, reply.missing)


def test_a_why_of_a_figure_as_it_stands_asks_its_cause():
    assert asks_cause(question_words("почему доставка из Китая занимает 15-18 дней"))
    assert asks_cause(question_words("why does Kazakhstan need 20 million tonnes"))
    # what would change the figure is asked, not its cause
    assert not asks_cause(question_words("почему можно сократить доставку до 7-8 дней"))
    assert not asks_cause(question_words("why could trade reach 1 billion dollars"))
    assert not asks_cause(question_words("почему доставка занимает так долго"))


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("в чём выгода электронной регистрации транспорта на границе", "облегчить товарооборот"),
        ("чем полезна электронная регистрация", "облегчить товарооборот"),
        ("what is the point of electronic pre-registration", "облегчить товарооборот"),
        ("в чём выгода экспорта энергоресурсов через Азербайджан", "взаимозависимость"),
        ("чем выгоден Средний коридор", "кратно увеличить"),
        ("ради чего нужны инвестиции в железные дороги", "модернизации"),
        ("what are the new ferries for", "перевозки грузов через Каспий"),
        ("на каком основании Ишмухамедов предлагает добавить Турцию", "цифра семь"),
        ("по какой причине Ишмухамедов предлагает добавить Турцию", "цифра семь"),
        (
            "На каком основании Тусупбеков говорит об исключительной важности отношений?",
            "наивысшего уровня",
        ),
        ("для чего Ишмухамедов предлагает электронную регистрацию", "облегчить"),
        # a benefit of a thing whose importance a passage states and explains
        ("в чём выгода Транскаспийского маршрута", "евразийской архитектуры"),
        ("какая польза от Транскаспийского маршрута", "евразийской архитектуры"),
        # "стоит" of what one should do names no subject (nor asks a price)
        ("почему стоит добавить Турцию по мнению Ишмухамедова", "цифра семь"),
        ("gjxtve cnjbn lj,fdbnm nehwb. gj vytyb. bive[fvtljdf", "цифра семь"),
        # a benefit gotten: "получит" only says how the benefit is had
        (
            "Какие выгоды получит Азербайджан от экспорта казахстанских энергоресурсов?",
            "взаимозависимость",
        ),
    ],
)
def test_a_reason_frame_is_answered_by_the_passage_giving_it(session, question, evidence):
    assert evidence in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        # a benefit of an agreement the article only names
        "Чем выгодно соглашение по здравоохранению?",
        "какая польза от соглашения по здравоохранению",
        "What is the point of the statistics agreement?",
        "s kakoy celyu podpisali soglashenie po iskusstvennomu intellektu",
        "с какой стати подписали соглашение по статистике",
        "на каком основании подписали соглашение о статистике",
        # a trip and a date the article gives no reason of
        "ради чего Токаев ездил в Габалу",
        "what prompted Tokayev to go to Gabala",
        "how come Aliyev visited on October 20",
        # the cause of a figure as it stands
        "pochemu dostavka iz kitaya zanimaet 15-18 dney",
        "почему доставка грузов занимат 15-18 дней",
        "почему доставка из Китая занимает 15–18 дней",
        # the aim of a post, which its content does not give
        "Зачем Гаджиев написал пост в соцсети X?",
    ],
)
def test_a_reason_no_passage_gives_is_declined(session, question):
    declined(session, question)
