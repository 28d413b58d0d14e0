"""A word after a demonstrative closing a question ("добавить Турцию в ЭТОТ ФОРМАТ") names
again a thing the asker has in mind, which the rest of the question points to, by a word of
his own: a passage holding the word is the closer, one lacking it is not faulted. Only in a
question standing alone, of a word read as itself, with nothing naming it after, and beside
a subject the question names of its own. Each test asks through the real knowledge base."""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered_entry, declined


@pytest.mark.parametrize(
    "question",
    [
        "кто из экспертов предложил добавить Турцию в этот формат",
        "кто из аналитиков хотел бы добавить Турцию в этот формат",
        "кто из экспертов предложил присоединить Турцию к этому формату",
        "чья идея добавить Турцию в этот формат",
        "кто из политологов считает логичным добавить Турцию в этот формат",
    ],
)
def test_a_thing_renamed_by_a_demonstrative_costs_the_passage_nothing(
    session: Session, question: str
) -> None:
    assert answered_entry(session, question) == "ishmukhamedov-turkic-seven"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # nothing else named: the format itself is asked of, and its proposer answers
        ("кто предложил этот формат", "hajiyev-five-plus-one"),
        # an expert named beside it is who speaks, no subject of its own
        ("что Гаджиев сказал про этот формат", "hajiyev-five-plus-one"),
        # named right after it: the thing asked about, in full
        ("а что Ишмухамедов думает про эту формулу 5+1?", "ishmukhamedov-on-hajiyev"),
    ],
)
def test_the_demonstrative_thing_alone_is_still_the_subject(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        # details the article does not give, of the same format
        "когда Турция войдёт в этот формат?",
        "что ответила Турция на приглашение в этот формат?",
        "сколько стоит членство в этом формате?",
        # a country nobody proposed
        "кто из экспертов предложил добавить Узбекистан в этот формат",
    ],
)
def test_a_detail_of_the_renamed_thing_not_given_stays_unanswered(
    session: Session, question: str
) -> None:
    declined(session, question)
