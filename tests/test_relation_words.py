"""A verb of the question said in other words by a passage, and auxiliaries of intent.

"cherez kakoe more budut vozit paromy" scored just below an answer: the ferries' passage
says "для перевозки грузов через Каспий", and "возить" weighed as a word it fails to explain.
A verb's relation in other words (``predicates.related``: "возить" / "перевозка") explains it
in part, as a word of its family does — no more than that other word weighs (a visit's
"визит" is in nearly every passage). "Сколько паромов собираются построить": "собираются"
is how the question asks about building, as "будут" is, not a word of the subject.
"""

from __future__ import annotations

from bot.answering.session import Session
from tests.support.asking import answered, not_given


def test_a_verb_said_in_other_words(session: Session) -> None:
    assert "Каспий" in answered(session, "cherez kakoe more budut vozit paromy")


def test_an_auxiliary_of_intent_is_how_it_asks(session: Session) -> None:
    assert "паром" in not_given(session, "Сколько паромов собираются построить?", "quantity")
    query = session.matcher.analyse("через какое море собираются возить грузы на паромах")
    assert "собираться" not in {t.lemma for t in query.terms}
