"""An expert asked of what the scene before the question told of another ("Гусейнов говорил
об энергетике. А что о ней сказал Тусупбеков?") is answered by his own passage on it when
he has one — as "Взгляд Тусупбекова на энергетику?" is — and told silent, with who spoke
named, only when he has none. The other's name the scene holds is who spoke before, no
word his passage must hold; "о нём" is a pronoun pointing back (the morphology reads "нем"
as "немой" first). Each test asks through the real knowledge base."""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered_entry, not_given


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Гусейнов говорил об энергетике. А что о ней сказал Тусупбеков?",
            "tusupbekov-negotiations",
        ),
        (
            "Гусейнов выделял энергетику. А что про неё говорил Тусупбеков?",
            "tusupbekov-negotiations",
        ),
        ("Взгляд Тусупбекова на энергетику?", "tusupbekov-negotiations"),
        ("Что Тусупбеков сказал об энергетике?", "tusupbekov-negotiations"),
        (
            "Гусейнов говорил о Транскаспийском маршруте. А что о нём сказал Ишмухамедов?",
            "ishmukhamedov-corridor",
        ),
        (
            "Гусейнов хвалил Транскаспийский маршрут. Что про него думает Ишмухамедов?",
            "ishmukhamedov-corridor",
        ),
        ("Что Ишмухамедов сказал о Транскаспийском маршруте?", "ishmukhamedov-corridor"),
    ],
)
def test_the_asked_experts_own_passage_on_the_scenes_subject_answers(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("Ишмухамедов говорил о товарообороте. А что о нём сказал Гусейнов?", "Ишмухамедов"),
        ("Тусупбеков упомянул Габалу. А что о ней сказал Ишмухамедов?", "Тусупбеков"),
        ("Тусупбеков хвалил декларацию. А что о ней сказал Ишмухамедов?", "Тусупбеков"),
        ("Тусупбеков хвалил декларацию. А что о ней сказал Гусейнов?", "Тусупбеков"),
    ],
)
def test_one_silent_on_it_is_still_told_silent(session: Session, question: str, who: str) -> None:
    # no passage of his on it: not his profile, nor the other's words as his
    text = not_given(session, question, "statement")
    assert who in text.split("\n\n", 1)[0] + text, text
    assert "в статье об этом не говорит" in text


def test_the_scenes_own_speaker_asked_of_by_a_pronoun_is_read_as_it_stands(
    session: Session,
) -> None:
    # no other expert asked: his passage answers, the scene's words no subject it must explain
    question = (
        "Ishmukhamedov gives a delivery-time estimate for a freight route. I would like to show"
        " it on a map for my students: from where, through which country, to where?"
    )
    assert answered_entry(session, question) == "delivery-time-now"
