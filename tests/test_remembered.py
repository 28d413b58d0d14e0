"""A session that remembers its replies (the Telegram transport's) answers exactly as one that
does not: same replies, same contexts after them, whatever was asked before and in which chat.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answering.session import Session
from bot.evaluation import load_items
from bot.knowledge import KnowledgeBase, load_knowledge
from bot.settings import DEFAULT_KNOWLEDGE

QUESTIONS = Path(__file__).parent / "eval" / "questions.yaml"
FOLLOW_UPS = ("ещё", "а цифры?", "а Гусейнов?", "what else?")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge(DEFAULT_KNOWLEDGE)


def conversation() -> list[tuple[int, str]]:
    """(chat, message): eval questions, each followed by a follow-up, spread over three chats
    and asked twice over, so that the same words come again in the same and in other
    contexts."""
    questions = [item.question for item in load_items(QUESTIONS)][::6]
    once = [
        (n % 3, text)
        for n, question in enumerate(questions)
        for text in (question, FOLLOW_UPS[n % len(FOLLOW_UPS)])
    ]
    return once + once


def test_a_remembered_reply_is_the_reply_and_the_context_it_leaves_is_the_same(kb):
    plain, remembering = Session.create(kb), Session.create(kb, remember=16)
    for chat, text in conversation():
        assert remembering.ask(text, chat=chat) == plain.ask(text, chat=chat), text
        assert remembering.context_of(chat) == plain.context_of(chat), text
    assert 0 < len(remembering._memo) <= 16  # bounded, and used


def test_by_default_a_session_remembers_nothing(kb):
    """Benchmarks of a question's cost ask it again and must measure it again."""
    session = Session.create(kb)
    session.ask("сколько соглашений подписали?", chat=1)
    session.ask("сколько соглашений подписали?", chat=1)
    assert len(session._memo) == 0
