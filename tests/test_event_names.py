"""The people of the article's opening sentence (Aliyev, Tokayev) frame every passage: a
question naming them beside its subject is about the subject, and the passage on it need not
name them. Before, "сколько длились переговоры Алиева и Токаева" found nothing at all, since
no passage on the talks names both presidents."""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.knowledge.loader import load_knowledge
from bot.matching.query import opening_sentence
from bot.settings import DEFAULT_KNOWLEDGE
from tests.support.asking import answered, declined, not_given


@pytest.mark.parametrize(
    "question",
    [
        "сколько длились переговоры алиева и токаева",
        "сколько часов шли переговоры Алиева и Токаева",
        "skolko chasov shli peregovory Alieva i Tokaeva",
    ],
)
def test_talks_of_the_presidents_are_the_talks(session: Session, question: str) -> None:
    text = not_given(session, question, "duration")
    assert "переговоры пошли, как и предполагалось" in text


def test_the_presidents_still_pick_their_agreements(session: Session) -> None:
    assert "15 важных соглашений" in answered(session, "что подписали Алиев и Токаев")


@pytest.mark.parametrize(
    "question",
    [
        "сколько человек было в делегации Алиева",  # a subject the article never names
        "How big was Aliyev's delegation?",
        "что Токаев сказал про паромы",  # a president the article never quotes
    ],
)
def test_an_unknown_subject_keeps_the_name(session: Session, question: str) -> None:
    declined(session, question)


def test_the_opening_sentence_skips_a_headline() -> None:
    briefing = load_knowledge(DEFAULT_KNOWLEDGE).briefings[0]
    headline = "Алиев в Астане"
    first = opening_sentence([headline, *briefing.article.paragraphs])
    assert first.startswith("20 октября по приглашению президента Касым-Жомарта Токаева")
    assert first.endswith("в Казахстан.")
