"""A parliamentary aide's formal Russian, read as the plain question it asks.

- "в каком объёме осуществляется товарооборот", "в каких отраслях реализуются проекты": a
  light verb in the passive says only that the thing named goes on — no relation a passage
  must hold (``officialese``);
- "какие сферы охвачены соглашениями": a short passive participle with its doer in the
  instrumental right after it is what that doer does, no deed of unnamed people whose
  telling the passage must hold (``specifics``);
- "каков перечень сфер", "какова потребность в инвестициях", "каковы основы связи": the
  list, the need, the ground asked of a thing are what its passage says, no noun of their own
  (``predicates``);
- "перспективы коридора с точки зрения объёмов торговли": the nouns of "с точки зрения"
  frame what follows, as "в плане торговли" does (``answer_types``).

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from tests.support.asking import answered_entry


# ------------------------------------------------------------ a light verb in the passive
@pytest.mark.parametrize(
    ("question", "entries"),
    [
        (
            "В каком объёме осуществляется товарооборот между двумя странами?",
            {"ishmukhamedov-trade", "trade-turnover-now"},
        ),
        (
            "Какие перевозки по железной дороге осуществляются сегодня между странами, в тоннах?",
            {"ishmukhamedov-rail-volumes", "rail-volume-now"},
        ),
        (
            "В каких сферах реализуются конкретные проекты, по мнению депутата?",
            {"huseynov-projects"},
        ),
    ],
)
def test_a_light_passive_verb_is_no_relation(session, question, entries):
    assert answered_entry(session, question) in entries


# ------------------------------------------------------ a passive with its doer named
@pytest.mark.parametrize(
    "question",
    [
        "Какие отрасли охвачены подписанными соглашениями?",
        "Какие области охвачены документами, подписанными в ходе визита?",
        "Какие сферы охвачены пятнадцатью соглашениями?",
    ],
)
def test_a_passive_with_its_doer_asks_no_deed(session, question):
    assert answered_entry(session, question) == "article-agreements"


# --------------------------------------------- the list, the need, the ground of a thing
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Каков перечень отраслей, которые затрагивают соглашения?", "article-agreements"),
        (
            "Какова потребность в дополнительных инвестициях в железнодорожную инфраструктуру?",
            "ishmukhamedov-rail-investment",
        ),
        (
            "Каковы, по мнению депутата, основы исторической связи двух государств?",
            "huseynov-projects",
        ),
    ],
)
def test_a_list_need_or_ground_is_no_noun_of_its_own(session, question, entry):
    assert answered_entry(session, question) == entry


# ------------------------------------------------------------------ "с точки зрения X"
@pytest.mark.parametrize(
    ("question", "entries"),
    [
        (
            "Что даёт Средний коридор с точки зрения объёмов торговли?",
            {"ishmukhamedov-corridor", "ishmukhamedov-trade"},
        ),
        ("Как Гусейнов оценивает визит с точки зрения энергетики?", {"huseynov-energy"}),
    ],
)
def test_a_viewpoint_frames_what_follows(session, question, entries):
    assert answered_entry(session, question) in entries
