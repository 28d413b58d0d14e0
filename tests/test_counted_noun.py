"""What a Russian "сколько" counts is the noun, not an adjective before it: "сколько
казахстанской нефти идёт через Азербайджан" asks an amount of oil, and a passage about Kazakh
energy exports whose only number is "двух стран" gives none (it used to be answered with it,
the adjective "казахстанский" being what the question was taken to count)."""

from __future__ import annotations

import pytest

from tests.support.asking import answered, not_given


@pytest.mark.parametrize(
    "question",
    [
        "сколько казахстанской нефти идёт через Азербайджан",
        "сколько казахстанской нефти идет через азербайджан в год",
        "crjkmrj rfpf[cnfycrjq ytanb bl`n xthtp fpth,fql;fy",  # the same, keyboard layout
        "skolko kazahstanskoy nefti idet cherez azerbaydzhan",
    ],
)
def test_an_adjective_before_the_counted_noun_counts_nothing(session, question):
    # the energy passage offered
    assert "энергоресурсов" in not_given(session, question, "quantity"), question


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("сколько важных соглашений подписали", "15"),
        ("сколько новых соглашений подписали в Астане", "15"),
        ("сколько миллионов тонн грузов нужно Казахстану", "20 миллионов тонн"),
    ],
)
def test_a_qualified_count_the_article_gives_is_answered(session, question, evidence):
    assert evidence in answered(session, question), question
