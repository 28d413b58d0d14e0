"""Forecasts asked by their noun ("какой прогноз по …") of a subject the article says
what will or can come to.

The strict reading of "какой прогноз" wants a sentence foreseeing a figure or a stretch of
time; a sentence saying what the subject can come to ("а в перспективе — всей Евразией",
"этот срок можно сократить") foresees it too — the quote opening "Он позволяет …" speaks of
the corridor the quote before names, and "сокращение" of what "сократить" says. A
capability ("способно дать импульс развитию туризма"), an intention, or no word at all of
the subject stays refused. A ground laid now for a thing to come ("создаёт прочную основу
для дальнейшей интеграции") is what lies ahead of that very thing, when it is the one asked
about (``grounds_ahead``). These run on the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import foretells_outcome, grounds_ahead
from bot.language.predicates import kin_alternating
from tests.support.asking import answered_entry, declined

_DELIVERY = frozenset({"ishmukhamedov-delivery-time", "delivery-time-target"})


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        # the corridor "в перспективе": what it can come to, in the quote after its name
        ("какой прогноз по среднему коридору", {"ishmukhamedov-corridor"}),
        ("каков прогноз по Среднему коридору?", {"ishmukhamedov-corridor"}),
        ("какие прогнозы по среднему коридору", {"ishmukhamedov-corridor"}),
        ("что за прогноз по среднему коридору", {"ishmukhamedov-corridor"}),
        ("rfrjq ghjuyjp gj chtlytve rjhbljhe", {"ishmukhamedov-corridor"}),
        ("kakoy prognoz po srednemu koridoru", {"ishmukhamedov-corridor"}),
        # the Trans-Caspian route is the corridor's other name, in the same quote
        ("какой прогноз по транскаспийскому маршруту", {"ishmukhamedov-corridor"}),
        (
            "каков прогноз по Транскаспийскому международному транспортному маршруту",
            {"ishmukhamedov-corridor"},
        ),
        ("какой прогноз по транскаспийскому мршруту", {"ishmukhamedov-corridor"}),
        # "сокращение" of the time: what "этот срок можно сократить" says
        ("каков прогноз по сокращению сроков", _DELIVERY),
        ("какой прогноз по сокращению сроков доставки", _DELIVERY),
        ("какой прогноз по сокращению срока доставки грузов", _DELIVERY),
        ("каков прогноз по сокрощению сроков", _DELIVERY),
        # a ground laid for the integration to come: its outlook
        (
            "какие перспективы интеграции стран Центральной Азии и Азербайджана",
            {"ishmukhamedov-on-hajiyev"},
        ),
        (
            "Каким образом, по прогнозу Ишмухамедова, отношения Центральной Азии и "
            "Азербайджана скажутся на дальнейшей интеграции?",
            {"ishmukhamedov-on-hajiyev"},
        ),
    ],
)
def test_forecast_by_noun_of_what_a_subject_can_come_to_is_answered(
    session: Session, question: str, entries: frozenset[str]
) -> None:
    assert answered_entry(session, question) in entries, question


@pytest.mark.parametrize(
    "question",
    [
        # tourism is given an impulse ("способно дать импульс"), no forecast of its own
        "какой прогноз по туризму",
        "какой прогноз по росту туризма",
        # not in the article at all
        "какой прогноз по ценам на нефть",
        # no date for the Zangezur corridor, no forecast for 2030
        "каков прогноз по открытию Зангезурского коридора",
        "какой прогноз по товарообороту на 2030 год",
        "каков прогноз по сокращению сроков к 2030 году",
        # energy exports "укрепляют" today: nothing foreseen
        "какой прогноз по экспорту энергоресурсов",
    ],
)
def test_forecast_by_noun_the_article_does_not_make_is_not_answered(
    session: Session, question: str
) -> None:
    declined(session, question)


def test_foretells_outcome() -> None:
    assert foretells_outcome(
        "Он позволяет кратно увеличить объёмы торговли, а в перспективе — всей Евразией"
    )
    assert foretells_outcome("этот срок можно сократить до 7–8 дней")
    assert foretells_outcome("Баку будет играть ключевую роль")
    assert not foretells_outcome("способно дать импульс развитию туризма")
    assert not foretells_outcome("Баку и Астана намерены играть ключевую роль")
    assert not foretells_outcome("экспорт укрепляет экономическую взаимозависимость")


def test_kin_alternating() -> None:
    assert kin_alternating("сократить", "сокращение")
    assert kin_alternating("упрощение", "упростить")
    assert kin_alternating("повысить", "повышение")
    assert kin_alternating("подписать", "подписание")  # plain kin
    assert not kin_alternating("мост", "мощь")
    assert not kin_alternating("срок", "сорт")


def test_grounds_ahead() -> None:
    said = "это создаёт прочную основу для дальнейшей интеграции"
    assert grounds_ahead(("перспективы", "интеграции"), said)
    # another thing to come than the one the ground is laid for
    assert not grounds_ahead(("перспективы", "торговли"), said)
    # no effect said: a thing to come only named
    planned = "речь о планах для дальнейшей интеграции"
    assert not grounds_ahead(("перспективы", "интеграции"), planned)
