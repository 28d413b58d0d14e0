"""English words a reader uses for what the briefing's English says otherwise: "hit a billion"
is "reach" it, "could trade double" asks whether it could grow (the article's amounts tell how
much), "if the projects go ahead" says only that they happen, and "what is it otherwise
called" asks for its other name, as "also called" does. Each used to be only suggested, its
unknown word weighing as much as the rarest word of the subject."""

from __future__ import annotations

import pytest

from tests.support.asking import answered, declined


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("What is the Middle Corridor otherwise known as?", "Транскаспийский"),
        ("how is the Middle Corridor otherwise called", "Транскаспийский"),
        ("Why would trade hit a billion, according to the Kazakh expert?", "миллиарда"),
        ("Could trade double if the Middle Corridor projects go ahead?", "миллиарда"),
        # "raise", "lift" an amount: to increase it
        ("What sum could the Middle Corridor projects raise trade to?", "миллиарда"),
        ("How far could the corridor lift trade between Baku and Astana?", "миллиарда"),
    ],
)
def test_an_english_paraphrase_is_answered(session, question, evidence):
    assert evidence in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        "has trade doubled since last year?",  # a change made: no target answers it
        "when will trade hit a billion dollars?",  # the article gives no date
    ],
)
def test_a_paraphrase_asking_what_the_article_does_not_give_is_declined(session, question):
    declined(session, question)
