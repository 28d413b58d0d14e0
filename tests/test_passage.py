"""The passage of the right expert that answers what is asked, not its neighbour on the topic.

- "что нужно, по мнению политолога, чтобы грузы шли быстрее", "чего не хватает …, по мнению
  X": a need asked in an expert's view asks his statement, and his passage telling the need
  ("нужны серьёзные вложения в подвижной состав") answers it, as it does without the view —
  not the figure of the aim ("можно сократить до 7–8 дней", ``Matcher._need_told_first``).

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered


@pytest.mark.parametrize(
    "question",
    [
        "Что нужно, по мнению политолога, чтобы грузы из Китая шли быстрее?",
        "чего не хватает чтобы возить грузы быстрее по мнению политолога",
        "Чего, по словам Ишмухамедова, не хватает, чтобы ускорить доставку из Китая?",
    ],
)
def test_need_in_an_experts_view_is_his_passage_telling_it(session: Session, question: str) -> None:
    assert "вложения" in answered(session, question)
