"""A verb of a Latin root read as its noun of action when the briefing has only the noun.

"prognoz tovarooborota esli realizovat srednii koridor": the article says "Реализация новых
проектов … позволит довести этот показатель до одного миллиарда долларов", never the verb
"реализовать"; "реализ|овать" and "реализ|ация" differ by more than an ending, so the family
reading (``Analyser._kin``) missed it and the condition's verb weighed against the answer.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.matching.query import _action_noun
from tests.support.asking import answered


@pytest.mark.parametrize(
    ("verb", "noun"),
    [
        ("реализовать", "реализация"),
        ("модернизировать", "модернизация"),
        ("интегрировать", "интеграция"),
        ("строить", None),
        ("ковать", None),
    ],
)
def test_action_noun(verb: str, noun: str | None) -> None:
    assert _action_noun(verb) == noun


def test_the_verb_of_the_condition_is_the_articles_noun(session: Session) -> None:
    reply = answered(session, "prognoz tovarooborota esli realizovat srednii koridor")
    assert "одного миллиарда" in reply
