"""Details of the visit the article never gives, asked of the right subject: when it ended
(the article dates only the arrival) and who welcomed the guest (it tells of a "торжественная
встреча", by no one). Each is "not given", offering the visit's passage — never the arrival
date or the welcome's passage as the answer."""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered, answered_entry, not_given

# The end of the visit: typed with "завершился", "окончание", in English, in translit-free
# paraphrases a reader would type.
ENDS = (
    "в какой день завершился визит",
    "what day did Aliyev's visit finish",
    "when did Aliyev's visit end",  # scored only near: a "did you mean" before
    "когда завершился визит алиева",
    "дата окончания визита",
    "когда закончился визит алиева",
    "Когда завершился госвизит Алиева в Казахстан?",
)
# Who welcomed him: the failing question and paraphrases, Russian and English.
GREETERS = (
    "кто встретил Ильхама Алиева в аэропорту Астаны",
    "кто встретил алиева",
    "кто встречал алиева в аэропрту",  # scored only near: a "did you mean" before
    "кто встречал президента азербайджана в астане",
    "who welcomed Aliyev at the airport",
    "who greeted Aliyev in Astana",
)


def _offers_the_visit(reply: str) -> bool:
    """The offered passage is the visit's: its opening (the arrival) or its welcome."""
    return any(
        words in reply
        for words in ("прибыл с государственным визитом", "Торжественная встреча в Астане")
    )


@pytest.mark.parametrize("question", ENDS)
def test_the_visits_end_is_not_given(session: Session, question: str) -> None:
    reply = not_given(session, question, "date")
    assert _offers_the_visit(reply), reply[:300]


@pytest.mark.parametrize("question", GREETERS)
def test_who_welcomed_him_is_not_given(session: Session, question: str) -> None:
    reply = not_given(session, question, "person")
    assert _offers_the_visit(reply), reply[:300]


@pytest.mark.parametrize(
    "question", ("в какой день начался визит", "когда прибыл алиев", "What day did Aliyev arrive?")
)
def test_the_start_is_still_dated(session: Session, question: str) -> None:
    """Near-misses: the start of the visit is the arrival the article dates."""
    assert "20 октября" in answered(session, question) or "20 October" in answered(
        session, question
    )


def test_how_an_expert_ended_is_still_his_words(session: Session) -> None:
    """A verb of ending asking a speaker's last words, not a date, is answered."""
    assert answered_entry(session, "чем завершил Гусейнов") is not None


@pytest.mark.parametrize(
    "question", ("с кем встречался алиев в астане", "где встречали Алиева", "кто пригласил алиева")
)
def test_meeting_and_host_still_answered(session: Session, question: str) -> None:
    """Near-misses: whom he met for talks, where he was welcomed, who invited him."""
    assert answered_entry(session, question) == "article-visit"
