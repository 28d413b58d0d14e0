"""The parties to the event, called "the sides" ("стороны обсуждали", "the sides agreed"), are
the event's own, as its leaders named in the opening are: every passage is about them, so a
question naming them beside its subject asks about the subject, and a passage need not
repeat the word to answer it.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered


@pytest.mark.parametrize(
    "question",
    [
        "Какие темы стороны обсуждают, по словам Тусупбекова?",
        "по словам Тусупбекова какие темы обсуждали стороны",
    ],
)
def test_the_sides_beside_the_subject_need_not_be_said(session: Session, question: str):
    assert "аграрная сфера" in answered(session, question)


def test_the_sides_alone_stay_the_subject(session: Session) -> None:
    (term,) = session.matcher.analyse("стороны").terms
    assert term.focus
