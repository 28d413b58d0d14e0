"""Forecasts asked in a chat's shorthand the bot used to leave unanswered.

A modifier clipped before its noun ("сред коридор") is the briefing's adjective of that pair;
a project "запустят" is one carried out ("реализация"); "на какие цифры выйдет" asks the
level an amount reaches, "последствия для региона" what will come for the one named, and a
bare "…, прогноз" names the kind of fact asked as "какой прогноз" does. An alternative of
reach ("bilateral only or beyond?", "или шире?") is chosen by the passage naming a whole
wider area. Forecasts the article never makes stay unanswered. These run on the real
knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.ahead import asks_beyond, goes_beyond
from bot.language.answer_types import asks_forecast_by_noun, forecast_idioms
from tests.support.asking import answered_entry, declined

# Both passages give the billion foreseen: the expert's words and the figure quoted from them.
_BILLION = frozenset({"ishmukhamedov-trade", "trade-turnover-target"})


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        # a clipped adjective before its noun ("сред", a form of "среда", the briefing lacks)
        ("что будет с товарооборотом если сред коридор реализуют, прогноз", _BILLION),
        ("что будет с торговлей если сред. коридор запустят", _BILLION),
        ("какой прогноз по товарообороту если сред коридор заработает", _BILLION),
        ("сред коридор что даст торговле в перспективе", {"ishmukhamedov-corridor"}),
        # a launch of projects is their "реализация"; "выйти на какие цифры" is how it asks
        (
            "Что будет с торговлей, если проекты по Среднему коридору всё-таки запустят — "
            "на какие цифры выйдут?",
            _BILLION,
        ),
        ("что будет с товарооборотом, если запустят проекты Среднего коридора", _BILLION),
        ("если проекты Среднего коридора запустят, на какие цифры выйдет товарооборот?", _BILLION),
        ("на какой уровень выйдет товарооборот после запуска проектов Среднего коридора", _BILLION),
        ("после запуска проектов Среднего коридора товарооборот выйдет на какие цифры?", _BILLION),
        ("Что будет с торговлей, если проекты по Среднему коридору запустят?", _BILLION),
        ("на какие цифры выйдет торговля", _BILLION),
        # consequences for the one named, a forecast by its bare noun: what holds for years
        ("какие последстивя для региона, прогноз гусейнова", {"huseynov-alliance"}),
        ("какие последствия для региона, прогноз Гусейнова", {"huseynov-alliance"}),
        ("прогноз Гусейнова: какие последствия для региона?", {"huseynov-alliance"}),
        (
            "What are the implications for the region, in Huseynov's forecast?",
            {"huseynov-alliance"},
        ),
        # the reach asked: "всей Евразией" goes beyond the two countries
        (
            "Does Ishmukhamedov expect the Middle Corridor to boost trade, and on what scale — "
            "bilateral only or beyond?",
            {"ishmukhamedov-corridor"},
        ),
        (
            "Will the Middle Corridor grow trade only between the two countries or wider?",
            {"ishmukhamedov-corridor"},
        ),
        (
            "средний коридор увеличит торговлю только для Азербайджана и Казахстана или шире?",
            {"ishmukhamedov-corridor"},
        ),
        (
            "Can the Middle Corridor multiply trade just between the two states or beyond?",
            {"ishmukhamedov-corridor"},
        ),
    ],
)
def test_forecast_in_shorthand_is_answered(
    session: Session, question: str, entries: frozenset[str]
) -> None:
    assert answered_entry(session, question) in entries, question


@pytest.mark.parametrize(
    "question",
    [
        # a date the article never gives for the billion
        "когда товарооборот достигнет миллиарда",
        # tourism is given an impulse, no figure or forecast of its own
        "какой прогноз по туризму в цифрах",
        "что будет с туризмом если запустят проекты, прогноз",
        # oil prices: not in the article at all
        "what will happen to oil prices",
        "какие последствия для цен на нефть, прогноз",
    ],
)
def test_forecast_the_article_does_not_make_is_not_answered(
    session: Session, question: str
) -> None:
    declined(session, question)


def test_forecast_idioms_of_reaching_and_consequences() -> None:
    words = ("на", "какие", "цифры", "выйдут")
    assert 3 in forecast_idioms(words)
    # "выйти" with no "на какой …" is a going out, a word of the subject
    assert not forecast_idioms(("когда", "выйдет", "доклад"))
    assert 1 in forecast_idioms(("какие", "последствия", "для", "региона"))
    assert 1 in forecast_idioms(("какие", "последстивя", "для", "региона"))
    # of a thing named, the consequences stay its results
    assert not forecast_idioms(("какие", "последствия", "визита"))


def test_a_bare_forecast_noun_asks_a_forecast() -> None:
    assert asks_forecast_by_noun(("прогноз", "гусейнова", "для", "региона"))
    assert asks_forecast_by_noun(("последствия", "для", "региона", "прогноз", "экспертов"))
    assert asks_forecast_by_noun(("in", "huseynov", "forecast"))
    # a tag of a subject alone asks what lies ahead for it, which a passage telling what it
    # can come to gives: no strict forecast ("прогноз по среднему коридору")
    assert not asks_forecast_by_noun(("что", "будет", "с", "товарооборотом", "прогноз"))
    assert not asks_forecast_by_noun(("прогноз", "по", "среднему", "коридору"))
    # whose words these are, or another kind asked beside it
    assert not asks_forecast_by_noun(("что", "будет", "по", "прогнозу", "гусейнова"))
    assert not asks_forecast_by_noun(("насколько", "увеличит", "торговлю", "прогноз"))
    assert not asks_forecast_by_noun(("чей", "прогноз", "миллиард"))
    # a who, when, where or why beside the tag asks its own kind of the forecast
    assert not asks_forecast_by_noun(("кто", "дал", "прогноз", "по", "товарообороту"))
    assert not asks_forecast_by_noun(("когда", "будет", "миллиард", "прогноз"))
    assert not asks_forecast_by_noun(("who", "made", "the", "trade", "forecast"))


def test_asks_beyond() -> None:
    assert asks_beyond(("bilateral", "only", "or", "beyond"))
    assert asks_beyond(("только", "между", "странами", "или", "шире"))
    # "что дальше" asks what comes next, no reach
    assert not asks_beyond(("что", "дальше", "с", "коридором"))
    assert goes_beyond("beyond") and not goes_beyond("only")


@pytest.mark.parametrize(
    "question",
    [
        "прогноз по среднему коридору",
        "средний коридор прогноз",
        "сроки доставки из китая прогноз",
        "дай прогноз по сокращению сроков",
        "прогноз: что будет с транзитом через каспий",
        "middle corridor forecast",
    ],
)
def test_a_tag_of_a_subject_alone_is_answered_by_what_lies_ahead_for_it(
    session: Session, question: str
) -> None:
    """A bare "прогноз" beside a subject, nobody's named, asks what the article says lies
    ahead for it — what the corridor can do, what the delivery time can be cut to — which a
    passage gives by "позволит", "можно сократить", no verb of the future: not refused."""
    reply = session.ask(question)
    assert reply.kind == "answer", (question, reply.kind, reply.missing)
