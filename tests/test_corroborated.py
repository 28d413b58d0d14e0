"""Answerable questions short of the answer threshold only for a word the briefing never
uses, and the questions with such a word that must stay unanswered.

A figure and the statement it was taken from, both near a question, are one fact in two
readings: "did you mean" would offer it twice. When the only words the briefing lacks say
the kind of fact asked ("money", "прогнозируют"), the best answers; a noun it lacks may be
the detail asked ("министров"), a verb the relation ("leave": not the arrival), a name one
it never ties to the figure ("в Габале"), and those stay a "did you mean".

A Russian noun made of its verb's stem ("прилёт": "прилететь") is read as that verb when
the briefing uses it, as a noun of action ("подписание") is; one whose verb it never uses
("вылет", "отлёт") stays a word it does not know.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session


@pytest.mark.parametrize(
    "question",
    [
        "How much money is the trade between Azerbaijan and Kazakhstan each year?",
        "какой товарооборот прогнозируют, если проекты по коридору реализуют?",
        "какой товарооборот эксперт прогнозирует после реализации проектов?",
    ],
)
def test_figure_and_its_statement_answer(session: Session, question: str) -> None:
    got = session.ask(question)
    assert got.kind.value == "answer", (question, got.kind.value)
    assert got.entry in {
        "trade-turnover-now",
        "trade-turnover-target",
        "ishmukhamedov-trade",
    }


@pytest.mark.parametrize(
    "question",
    [
        "When did Aliyev leave Kazakhstan?",
        "When did Aliyev leave Kazakhstan — what was the last day of the visit?",
        "Сколько соглашений подписали в Габале?",
        "кто из министров подписал соглашения с казахстанской стороны",
        "фамилии министров, подписавших 15 соглашений",
        "chto imenno dogovorilis po energetike, detali soglasheniya",
    ],
)
def test_a_detail_in_words_of_its_own_is_not_answered(session: Session, question: str) -> None:
    assert session.ask(question).kind.value != "answer", question


@pytest.mark.parametrize(
    "question",
    ["дата прилета Алиева?", "когда был прилёт президента Азербайджана в Астану?"],
)
def test_noun_of_a_verb_the_briefing_uses(session: Session, question: str) -> None:
    got = session.ask(question)
    assert (got.kind.value, got.entry) == ("answer", "visit-date"), question


@pytest.mark.parametrize("question", ["дата вылета Алиева?", "дата отлета Алиева?"])
def test_noun_of_a_verb_it_never_uses(session: Session, question: str) -> None:
    assert session.ask(question).kind.value != "answer", question
