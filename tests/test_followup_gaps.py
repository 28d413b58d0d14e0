"""Follow-ups that change only the person or ask only for figures, where the chat's person has
nothing on the chat's topic: the reply must say so, never pass off something else as his."""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.rendering.plain import render_plain as plain


def _chat(session, *questions: str) -> list[str]:
    chat = Session.create(session.kb)
    return [plain(chat.ask(q, chat=1)) for q in questions]


@pytest.mark.parametrize(
    ("opening", "follow_up", "full", "silent", "speaker"),
    [
        (
            "что сказал Гусейнов про туризм?",
            "а Тусупбеков?",
            "что сказал Тусупбеков про туризм?",
            "Руслан Тусупбеков",
            "Ишмухамедов",
        ),
        (
            "что Тусупбеков говорил о Зангезурском коридоре?",
            "а Гусейнов?",
            "что сказал Гусейнов о Зангезурском коридоре?",
            "Айдын Гусейнов",
            "Тусупбеков",
        ),
    ],
)
def test_a_name_alone_keeps_the_topic_he_did_not_speak_on(
    session, opening, follow_up, full, silent, speaker
):
    # the follow-up gets the reply its full form gets: he is silent on it, and who did
    # speak — not his profile, which reads as if the article had nothing on the topic
    _, reply = _chat(session, opening, follow_up)
    assert reply.startswith(f"{silent} в статье об этом не говорит.")
    assert speaker in reply
    assert reply == _chat(session, full)[0]


def test_a_name_alone_in_english_keeps_the_topic(session):
    _, reply = _chat(session, "tourism", "and Tusupbekov?")
    assert reply.startswith("Ruslan Tusupbekov")
    assert "does not speak about this" in reply


def test_a_name_alone_with_words_on_the_topic_gets_them(session):
    _, reply = _chat(session, "что сказал Гусейнов про энергетику?", "а Ишмухамедов?")
    # he names energy among the directions discussed: those are his words on it
    assert "энергетику" in reply and "Шарип Ишмухамедов" in reply


def test_figures_of_a_person_and_topic_without_any_say_so(session):
    _, reply = _chat(session, "что сказал Тусупбеков про зангезурский коридор", "а цифры?")
    assert reply.startswith(
        "Руслан Тусупбеков цифр в статье не приводит. "
        "По теме «Зангезурский коридор» цифр в статье нет. Вот все ключевые цифры статьи."
    )
    assert "400–500" in reply


def test_figures_of_a_person_with_figures_carry_no_such_note(session):
    _, reply = _chat(session, "что сказал Ишмухамедов про товарооборот?", "а цифры?")
    assert "не приводит" not in reply and "400–500" in reply
