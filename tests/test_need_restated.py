"""A cause asked of a need ("чем обусловлена необходимость устранения барьеров") is what the
need serves, which a passage with a reason of its own gives (``Matcher._need_answered``) —
but not a passage stating a need itself: "Очевидно, что обсуждался … необходимость
дополнительных инвестиций … строительстве новых паромов" repeats what is asked about, and
"с чем связана необходимость строительства паромов" stays not given."""

from __future__ import annotations

from bot.answering.session import Session
from tests.support.asking import answered, not_given


def test_a_passage_restating_a_need_gives_no_reason_for_it(session: Session) -> None:
    not_given(session, "с чем связана необходимость строительства паромов", "reason")


def test_what_the_need_serves_still_answers(session: Session) -> None:
    question = "Чем обусловлена необходимость устранения существующих барьеров и лимитов?"
    assert "сдерживают рост" in answered(session, question)
