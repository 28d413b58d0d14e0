"""An amount of a substance the article never measures, asked in a unit it does give.

The article gives tonnages of rail freight (what moves now, what Kazakhstan needs, what
Azerbaijan can provide), never of oil, gas, grain, coal or metal. "Сколько тонн нефти нужно
Казахстану" names the unit the freight figure is in, but what the tonnage is of ("нефти",
"of oil") is stated nowhere in the figure's sentence or its "measures": the figure is no
answer, and the question is not given, with the freight figure offered. A noun any tonnage
is of ("тонн грузов", "tonnes of cargo") narrows nothing and stays answered. These run on
the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.rendering.plain import render_plain


@pytest.mark.parametrize(
    "question",
    [
        # the probes: the English unit stated in the English summary, the Russian one
        "How many tonnes of oil does Kazakhstan need?",
        "сколько тонн нефти нужно казахстану",
        "сколько тонн нефти нужно перевозить казахстану",
        "skolko tonn nefti nuzhno kazakhstanu",
        "crjkmrj njyy ytanb ye;yj rfpf[cnfye",
        "скока тонн нефти нада казахстану",
        "сколько тонн казахстанской нефти нужно",
        # other substances, other figures
        "сколько тонн зерна нужно казахстану",
        "сколько тонн угля готов обеспечить азербайджан",
        "сколько тонн металла перевозится по жд сейчас",
        "how many tonnes of coal can azerbaijan provide",
        "How many tonnes of crude oil does Kazakhstan need?",
        "how many tons of grain can Azerbaijan supply a year",
        # the unit named after "в": the counting word's noun is what it measures
        "сколько нефти нужно казахстану в тоннах",
        "сколько нефти в тоннах нужно казахстану",
        "skolko nefti nuzhno kazakhstanu v tonnah",
    ],
)
def test_tonnes_of_a_substance_are_not_the_freight(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert reply.kind == "not_given", (question, reply.kind, reply.entry)
    assert reply.missing == "quantity", (question, reply.missing)


@pytest.mark.parametrize(
    "question",
    [
        "сколько тонн нефти нужно казахстану",
        "How many tonnes of oil does Kazakhstan need?",
    ],
)
def test_the_freight_figure_is_offered(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert "до 20 миллионов" in render_plain(reply), question


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("сколько тонн нужно казахстану", "до 20 миллионов"),
        ("skolko tonn nuzhno kazakhstanu", "до 20 миллионов"),
        ("crjkmrj njyy ye;yj rfpf[cnfye", "до 20 миллионов"),
        ("сколько тонн грузов нужно казахстану", "до 20 миллионов"),
        ("how many tonnes of cargo does kazakhstan need", "до 20 миллионов"),
        ("how much rail freight does Kazakhstan need", "до 20 миллионов"),
        ("how many tonnes does kazakhstan need", "до 20 миллионов"),
        ("сколько тонн готов обеспечить азербайджан", "5–7 миллионов"),
        ("сколько миллионов тонн готов обеспечить азербайджан в год", "5–7 миллионов"),
        ("сколько перевозок по жд сейчас в тоннах", "1,5–2 миллиона"),
        ("сколько грузов нужно казахстану в тоннах", "до 20 миллионов"),
        # a typo of an adverb before "в тоннах" measures nothing
        ("сколько сейчаас перевозят по жд между странами в тоннах", "1,5–2 миллиона"),
        ("How many tonnes of rail freight move between the two countries today?", "1,5–2"),
        ("how much tons of cargo goes by railway between the two countries now?", "1,5–2"),
    ],
)
def test_tonnes_of_freight_stay_answered(session: Session, question: str, figure: str) -> None:
    reply = session.ask(question)
    assert reply.kind == "answer", (question, reply.kind, reply.entry)
    assert figure in render_plain(reply), question


@pytest.mark.parametrize(
    "question",
    [
        # near-misses: details the article does not give stay unanswered
        "сколько баррелей нефти нужно казахстану",
        "сколько кубометров газа нужно казахстану",
        "сколько контейнеров нужно казахстану",
        "сколько вагонов нужно казахстану",
        "how much oil does kazakhstan need",
        "сколько нефти экспортирует казахстан через азербайджан",
    ],
)
def test_other_amounts_stay_unanswered(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert not reply.answered, (question, reply.kind, reply.entry)
