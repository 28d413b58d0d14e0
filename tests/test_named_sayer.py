"""Of two experts named, the words asked are those of the one who says them.

"What did Ishmukhamedov say about the Hajiyev post, the "6" thing?" was answered with
Hajiyev's post itself: it holds "6", the words describing the post. But Hajiyev is named
only as whose post is spoken of ("the Hajiyev post", "посте Гаджиева", "Hajiyev's post");
Ishmukhamedov's own comment on it is the answer. Asked of Hajiyev's own words, the post
still answers.
"""

from __future__ import annotations

import pytest

from bot.matching.query import owns_said
from tests.support.asking import answered_entry, not_given, question_words


@pytest.mark.parametrize(
    "question",
    [
        'what did ishmukhamedov say about the hajiyev post, the "6" thing?',
        "what did ishmukhamedov say about the hajiyev post on 5+1",
        'what did Ishmukhamedov say about Hajiyev\'s "6" post',
        "что сказал Ишмухамедов о посте Гаджиева про «6»",
    ],
)
def test_the_sayers_words_on_anothers_post(session, question):
    assert answered_entry(session, question) == "ishmukhamedov-on-hajiyev"


@pytest.mark.parametrize(
    "question",
    ["what did Hajiyev say in his post about 6", "что написал Гаджиев про 6"],
)
def test_the_posts_owner_asked_himself(session, question):
    assert answered_entry(session, question) == "hajiyev-five-plus-one"


def test_a_sayer_silent_on_the_post_is_still_silent(session):
    # Huseynov never comments on the post: who did is named instead
    assert "Ишмухамедов" in not_given(session, "что Гусейнов сказал о посте Гаджиева", "statement")


def test_owns_said_reads_the_owner_of_a_post():
    words = question_words('what did ishmukhamedov say about the hajiyev post, the "6" thing?')
    assert owns_said(words, "hajiyev")
    assert not owns_said(words, "ishmukhamedov")
    assert owns_said(question_words("что сказал Ишмухамедов о посте Гаджиева"), "гаджиева")
    assert owns_said(question_words("what did he say about Hajiyev's post"), "hajiyev")


@pytest.mark.parametrize(
    ("question", "silent"),
    [
        ("What did Tusupbekov say about the Hajiyev post?", "Tusupbekov"),
        ("What did Huseynov say about the Hajiyev post?", "Huseynov"),
        ("How did Huseynov comment on Hajiyev's post?", "Huseynov"),
        ("what did tusupbekov say about hajiyev's post on 5+1", "Tusupbekov"),
        ("Что Тусупбеков сказал о посте Гаджиева?", "Тусупбеков"),
    ],
)
def test_the_silent_one_named_is_the_sayer_asked_never_the_posts_owner(session, question, silent):
    # who was asked to have spoken is said not to; Hajiyev, whose post it is, is not named
    # as silent, and Ishmukhamedov, who did comment, is named
    text = not_given(session, question, "statement")
    lead = text.split("\n")[0]
    assert silent in lead, text
    assert "Hajiyev" not in lead and "Гаджиев" not in lead, text
    assert "Ишмухамедов" in text or "Ishmukhamedov" in text, text
