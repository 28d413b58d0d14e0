"""A yes/no check of a statement ("правда ли, что …", "is it true that …") is asked about
the statement: its frame words are no subject, and they do not pull the answer down.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.checks import unframed
from bot.language.text import fold, tokens


def _unframed(text: str) -> str:
    return " ".join(unframed(tokens(fold(text))))


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        ("Правда ли, что Ишмухамедов предложил Турцию?", "ишмухамедов предложил турцию"),
        ("Верно ли что подписали 15 соглашений", "подписали 15 соглашений"),
        ("Это правда, что Алиев приехал 20 октября?", "алиев приехал 20 октября"),
        ("Is it true that Turkey should join?", "turkey should join"),
        ("Is it true Turkey should join?", "turkey should join"),
        ("Алиев прилетел в Астану, это правда?", "алиев прилетел в астану"),
        ("Aliyev came to Astana, is that true?", "aliyev came to astana"),
        # no frame: left as it is
        ("это правда интересный визит", "это правда интересный визит"),
        ("правда ли", "правда ли"),
        ("сколько соглашений подписали", "сколько соглашений подписали"),
    ],
)
def test_the_frame_of_a_check_is_cut_off(question, statement):
    assert _unframed(question) == statement


@pytest.mark.parametrize(
    ("check", "plain"),
    [
        (
            "Is it true that Ishmukhamedov proposed adding Turkey?",
            "Ishmukhamedov proposed adding Turkey?",
        ),
        (
            "Ishmukhamedov proposed adding Turkey, is that true?",
            "Ishmukhamedov proposed adding Turkey?",
        ),
        ("Правда ли, что соглашений подписали 15?", "соглашений подписали 15?"),
    ],
)
def test_a_check_is_answered_as_the_statement_is(session, check, plain):
    checked = session.matcher.match(check)
    stated = session.matcher.match(plain)
    assert checked.answered and stated.answered
    assert checked.best.entry.key == stated.best.entry.key
    assert checked.best.score == pytest.approx(stated.best.score)
