"""Messages sent before a press conference: a scene of the asker's own work, then the question.

"Я готовлю вопросы к брифингу. Кто такой Айдын Гусейнов?", "Завтра брифинг, хочу уточнить:
…", "Я журналист, готовлю интервью. …" ask what the question alone asks: the questions being
prepared, the briefing, the interview and when it is due are the asker's, never the
article's, and weighed as the subject they sank the answer to a suggestion or to "he does not
say that". A near miss keeps its refusal: the scene blanked leaves a question the article
does not answer unanswered.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered_entry, declined


# The asker preparing questions for a briefing or a press conference ("готовлю вопросы к …").
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Я готовлю вопросы к брифингу. Кто такой Айдын Гусейнов?", "expert:huseynov"),
        ("Я готовлю вопросы. Кто такой Айдын Гусейнов?", "expert:huseynov"),
        ("Готовлю вопросы к пресс-конференции. Кто такой Айдын Гусейнов?", "expert:huseynov"),
    ],
)
def test_questions_being_prepared_are_no_subject(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


# The interview or the briefing the asker works on, named as a piece of his own.
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Я журналист, готовлю интервью. Кто такой Шарип Ишмухамедов?", "expert:ishmukhamedov"),
        ("Готовлю интервью, кто такой Шарип Ишмухамедов?", "expert:ishmukhamedov"),
        (
            "Я журналист, готовлю пресс-конференцию. Кто такой Шарип Ишмухамедов?",
            "expert:ishmukhamedov",
        ),
    ],
)
def test_interview_being_prepared_is_no_subject(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


# When the asker's piece is due ("Завтра брифинг", "Сегодня пресс-конференция").
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Завтра брифинг, хочу уточнить: какой товарооборот между странами сейчас?",
            "trade-turnover-now",
        ),
        ("Завтра брифинг. Какой товарооборот между странами сейчас?", "trade-turnover-now"),
        (
            "Сегодня пресс-конференция. Какой товарооборот между странами сейчас?",
            "trade-turnover-now",
        ),
    ],
)
def test_occasion_due_is_no_subject(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


# Near misses: the scene blanked, what the article lacks stays unanswered.
@pytest.mark.parametrize(
    "question",
    [
        "Завтра брифинг. Сколько стоит модернизация железных дорог?",
        "Я готовлю вопросы к брифингу. Что сказал Эрдоган о тюркской семёрке?",
        "Я журналист, готовлю интервью. Сколько новых паромов построят?",
    ],
)
def test_scene_blanked_keeps_refusal(session: Session, question: str) -> None:
    declined(session, question)
