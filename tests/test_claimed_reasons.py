"""A reason asked of what somebody holds, and the passage that gives it.

- "почему X считает, что <a figure>": a figure he states is no cause of it. His passage
  stating the figure alone does not answer; the reply says the reason is not given, and
  offers what he said.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered, not_given


@pytest.mark.parametrize(
    "question",
    [
        "почему Гаджиев пишет, что формула 5+1 стала 6",
        "Why does Hajiyev think 5+1 has become 6?",
        "отчего Гаджиев решил, что 5+1 это уже 6",
    ],
)
def test_a_figure_held_is_no_reason_for_it(session: Session, question: str) -> None:
    not_given(session, question, "reason")


@pytest.mark.parametrize(
    "question",
    [
        "почему Ишмухамедов считает, что товарооборот можно довести до 1 миллиарда",
        "почему Ишмухамедов предлагает добавить Турцию к шести странам",
    ],
)
def test_a_figure_with_its_ground_is_answered(session: Session, question: str) -> None:
    answered(session, question)
