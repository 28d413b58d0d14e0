"""A chat's first question with a pronoun: "когда он приехал" opening a chat about a visit.

With nothing said before, the pronoun can only mean whom the article is about, and a deed the
briefing knows ("приехал", "пригласил", "подписали") tells what is asked; a question of whose
words ("что он сказал", "где он выступал", "а он?") still asks how to start."""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.rendering.plain import render_plain
from tests.support.asking import answered, answered_entry

OPENING_DEEDS = [
    ("когда он приехал", "visit-date"),
    ("куда он прилетел", "visit-date"),
    ("кто его пригласил", "article-visit"),
    ("в какой город он приехал", "article-visit"),
    ("а когда он прибыл в казахстан?", "visit-date"),
]


@pytest.mark.parametrize(("question", "entry"), OPENING_DEEDS)
def test_a_deed_with_a_pronoun_opening_a_chat_is_answered(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


def test_the_deed_answered_holds_its_evidence(session: Session) -> None:
    assert "20 октября" in answered(session, "когда он приехал")
    assert "Токаева" in answered(session, "кто его пригласил")


@pytest.mark.parametrize(
    "question", ["что он сказал", "а что она сказала", "а где он выступал", "а он?", "кто он"]
)
def test_whose_words_with_only_a_pronoun_still_ask_how_to_start(
    session: Session, question: str
) -> None:
    reply = session.ask(question)
    assert reply.kind == "info" and not reply.answered, (question, reply.kind, reply.entry)
    assert render_plain(reply).startswith("Продолжать пока нечего")


def test_in_a_chat_the_pronoun_still_follows_the_context(session: Session) -> None:
    chat = "opening-pronoun"
    session.ask("что Гусейнов сказал про энергетику", chat=chat)
    reply = session.ask("а что он сказал про транскаспийский маршрут", chat=chat)
    assert reply.entry == "huseynov-transcaspian"
