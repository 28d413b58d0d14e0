"""English questions the article answers, asked in a reader's own English words.

Readers write "deals inked", "cargo", "get to Astana", "which sea", "trade volume" where the
briefing's English says "agreements signed", "freight", "arrived", "across the Caspian",
"trade turnover". These run on the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types
from bot.language.lexicon import plain_english
from bot.matching.index import english_equivalents


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # a word of one meaning the briefing's English writes otherwise (``ENGLISH_EQUIVALENTS``)
        ("How many deals were inked during the visit?", "agreements-count"),
        ("How much cargo can Azerbaijan provide a year?", "rail-volume-azerbaijan"),
        # a phrase standing for one word (``ENGLISH_PHRASES``)
        ("When did Aliyev get to Kazakhstan?", "visit-date"),
        ("bilateral trade volume in USD", "trade-turnover-now"),
        (
            "In what part of the world are Kazakh-Azerbaijani ties among the most dynamic?",
            "tusupbekov-unique-relations",
        ),
        # a sea asked for by its noun is a place, and crossing it a way ("через Каспий")
        ("Which sea will the ferries cross?", "ishmukhamedov-rail-investment"),
        # "through" is the briefing's "via"
        (
            "Through whose territory does Kazakh energy reach world markets?",
            "huseynov-energy",
        ),
        # "whos", "background": what a person is
        ("whos Tusupbekov", "expert:tusupbekov"),
        ("Ruslan Tusupbekov background?", "expert:tusupbekov"),
    ],
)
def test_english_paraphrase_is_answered(session: Session, question: str, entry: str) -> None:
    reply = session.ask(question)
    assert reply.answered and reply.entry == entry, (question, reply.entry, reply.score)


def test_a_phrase_the_briefing_writes_keeps_its_meaning(session: Session) -> None:
    """ "trade volumes" is the Middle Corridor entry's own phrase, not the turnover figure."""
    reply = session.ask("How can the Middle Corridor affect trade volumes?")
    assert reply.entry == "ishmukhamedov-corridor"


def test_english_phrases_read_as_their_word() -> None:
    assert plain_english(["did", "he", "get", "to", "astana"]) == ["did", "he", "arrive", "astana"]
    assert plain_english(["in", "what", "part", "of", "the", "world"]) == ["in", "where"]
    # "get to know" is no arrival
    assert plain_english(["get", "to", "know"]) == ["get", "to", "know"]


def test_equivalents_are_mutual_and_exclude_the_word_itself() -> None:
    found = english_equivalents()
    assert "agreement" in found["deal"] and "deal" in found["agreement"]
    assert all(stem not in others for stem, others in found.items())


def test_a_sea_is_asked_as_a_place() -> None:
    assert asked_types(("which", "sea", "will", "the", "ferries", "cross"))[:1] == (
        AnswerType.PLACE,
    )
