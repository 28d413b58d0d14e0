"""The predicate of a question in spoken word order, and the water gone along.

- "паромы строить собрались", "Турцию добавить хотят": spoken Russian, and a Caucasian
  speaker's, put the infinitive before its auxiliary; the relation asked is the infinitive's,
  as in "собрались строить" (``predicates._verb``; "собраться" is the perfective of the
  auxiliary "собираться").
- "паромы новые строить собрались — это по какому морю гонять?": a question word opening a
  clause of its own after a verb, with a bare infinitive, asks of that infinitive
  (``predicates.asked_relation``), as a count asks of its own clause's verb; "должны ходить"
  is no bare infinitive. "Гонять" (паромы, фуры) is chat's word for carrying.
- "по какому морю …": a water gone along is the way (``places._asks_water_sailed``),
  answered by "через Каспий" even when the question also says the ferries are to be built;
  "на каком море построят паромы" still asks where they are made, which the article lacks.

Each case asks the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.predicates import asked_relation, related
from bot.language.text import fold, tokens
from bot.matching.places import asks_way
from tests.support.asking import answered_entry, not_given


def _words(question: str) -> tuple[str, ...]:
    return tuple(tokens(fold(question)))


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("паромы строить собрались", "строить"),
        ("когда Турцию добавить хотят", "добавить"),
        ("сколько паромов построить собрались", "построить"),
        ("паромы новые строить собрались — это по какому морю гонять", "гонять"),
        ("собрались строить паромы", "строить"),  # the written order, as before
        ("через какое море должны ходить паромы", None),  # "должны": no bare infinitive
        ("алиев прилетел в какой город", "прилететь"),  # no verb in the asked clause
    ],
)
def test_the_relation_asked_in_spoken_order(question: str, verb: str | None) -> None:
    assert asked_relation(_words(question)).verb == verb


def test_running_ferries_is_carrying() -> None:
    assert "перевозка" in related("гонять")


def test_a_water_gone_along_is_the_way() -> None:
    assert asks_way(_words("паромы строить собрались, по какому морю гонять"))
    assert asks_way(_words("по какому морю пойдут паромы"))
    assert not asks_way(_words("на каком море построят паромы"))


@pytest.mark.parametrize(
    "question",
    [
        "паромы новые строить собрались — это по какому морю гонять?",
        "новые паромы — через какое море их гонять будут?",
        "через какое море должны ходить новые паромы",
    ],
)
def test_the_sea_of_the_ferries_is_answered(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "ishmukhamedov-rail-investment"


@pytest.mark.parametrize(
    "question", ["на каком море построят паромы?", "где будут строить паромы?"]
)
def test_where_the_ferries_are_built_is_not_given(session: Session, question: str) -> None:
    not_given(session, question, "place")
