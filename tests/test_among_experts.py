"""Who among the experts said something: "кто из экспертов", "which of the analysts" ask for
one of them, whose passage seldom calls him an expert — the word is how the question asks,
not what it is about (as "which expert" is). And a verb saying only that something happened
("случился", as "произошёл", "состоялся") names no relation a passage must hold.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered


@pytest.mark.parametrize(
    "question",
    [
        "кто из экспертов говорил, что визит случился очень вовремя",
        "Кто из аналитиков назвал визит своевременным и содержательным?",
        "which of the experts called the visit timely",
    ],
)
def test_one_among_the_experts_is_answered_by_his_passage(session: Session, question: str):
    assert "Ишмухамедов" in answered(session, question)


def test_the_experts_alone_are_still_the_subject(session: Session) -> None:
    query = session.matcher.analyse("кто из экспертов")
    assert any(term.lemma == "эксперт" for term in query.terms)


def test_a_verb_of_happening_is_no_relation(session: Session) -> None:
    assert "вовремя" in answered(session, "кто считает, что визит случился вовремя")


@pytest.mark.parametrize(
    ("question", "left_out"),
    [
        ("Кто давал комментарии?", None),
        ("who commented on the visit?", None),
        ("Кто ещё, кроме Гусейнова, давал комментарии?", "Гусейнов"),
        ("who else commented on the visit besides Huseynov?", "Гусейнов"),
    ],
)
def test_who_spoke_is_the_list_of_experts_less_those_left_out(session, question, left_out):
    listed = answered(session, question)
    assert "Ишмухамедов" in listed and "Тусупбеков" in listed
    if left_out is not None:
        assert left_out not in listed


def test_who_wrote_is_no_expert(session: Session) -> None:
    assert not session.ask("Who wrote this article?").answered


def test_who_spoke_on_a_subject_is_told_by_the_passage(session: Session) -> None:
    said = answered(session, "кто комментировал пост Гаджиева")
    assert "Ишмухамедов" in said and "Тусупбеков" not in said
