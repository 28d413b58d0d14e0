"""English (and Russian, transliterated) questions the article does not answer are not
answered with confidence: a forecast nobody makes, a detail never given, a person never
quoted. Their answerable neighbours stay answered.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.answer_types import asks_prospect, forecasts
from bot.matching.bound import foresees
from tests.support.asking import answered, not_given


@pytest.mark.parametrize(
    "question",
    [
        # a yes-or-no question about what will be, put to the experts
        "Do the experts think Turkey will actually join a Turkic seven?",
        # the experts on a subject answer only with what the question asks: no forecast here
        "Will the Zangezur corridor open soon, according to the analysts?",
        "откроется ли скоро Зангезурский коридор по мнению аналитиков",
        # a forecast asked by name or horizon: today's effects foresee nothing
        "Forecast for Kazakh energy exports via Azerbaijan over the next few years?",
        "прогноз экспорта казахстанских энергоресурсов через Азербайджан на ближайшие годы",
    ],
)
def test_a_forecast_nobody_makes_is_not_given(session, question):
    not_given(session, question, "forecast")


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("Will annual trade reach a billion dollars, per the experts?", "миллиард"),
        ("Does Ishmukhamedov think trade will reach a billion dollars?", "миллиард"),
        ("прогноз по срокам доставки грузов", "7–8"),
        ("outlook for trade between Azerbaijan and Kazakhstan", "миллиард"),
        (
            "What does Huseynov expect the new strategic alliance to do in the coming years?",
            "региональные реалии",
        ),
        ("Что даст экспорт казахстанских энергоресурсов через Азербайджан?", "энергетической"),
    ],
)
def test_a_forecast_the_article_makes_is_answered(session, question, evidence):
    assert evidence in answered(session, question), question


def test_a_forecast_proper_is_not_an_effect_of_today(session):
    energy = session.matcher.catalogue.entry("aliyev-kazakhstan", "huseynov-energy")
    delivery = session.matcher.catalogue.entry("aliyev-kazakhstan", "ishmukhamedov-delivery-time")
    assert energy is not None and delivery is not None
    assert not foresees(energy)  # "укрепляет … и усиливает роль Баку"
    assert foresees(delivery)  # "этот срок можно сократить до 7–8 дней"
    assert forecasts("это определит региональные реалии в ближайшие годы")
    assert not forecasts("экспорт укрепляет экономическую взаимозависимость двух стран")
    assert asks_prospect(("exports", "over", "the", "next", "few", "years"))
    assert asks_prospect(("outlook", "for", "trade"))
    assert not asks_prospect(("what", "will", "trade", "be"))


@pytest.mark.parametrize(
    "question",
    [
        "what are the terms of the azerbaijan-armenia peace declaration",
        "каковы условия декларации о мире между Азербайджаном и Арменией",
        # the corridor was discussed; what was agreed on it the article does not say
        "What was actually agreed on the Zangezur corridor?",
        "о чём именно договорились по Зангезурскому коридору",
    ],
)
def test_a_detail_never_given_is_not_given(session, question):
    not_given(session, question, "fact")


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("What is the meaning of the number seven?", "священн"),
        ("What are the areas of the agreements?", "энергетике"),
        ("What exactly did Huseynov say about energy?", "энергетической"),
        ("что конкретно обсуждали по Среднему коридору", "Средний коридор"),
        ("What exactly did Ishmukhamedov propose for road transport?", "регистрации"),
        ("What is the purpose of the electronic registration?", "регистрации"),
    ],
)
def test_a_detail_the_article_gives_is_answered(session, question, evidence):
    assert evidence in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        "What did Tokaev say about the visit? any quote",
        "any quote from Aliyev",
        "цитата Токаева о визите",
    ],
)
def test_a_person_never_quoted_is_not_quoted_by_others(session, question):
    reply = session.ask(question)
    assert not reply.answered, question
    assert reply.entry is None or not reply.entry.startswith(("tusupbekov", "huseynov")), question


def test_an_experts_quote_is_still_given(session):
    reply = session.ask("any quote on the Middle Corridor")
    assert reply.answered
    assert reply.entry is not None
