"""A slip turning the noun after "какой" into another real word ("в какой горд прибыл": "горд"
is "proud") is read as the noun it was one keystroke from, when no reading of the word typed
may follow "какой" at all: a short adjective, a verb or an adverb cannot.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.frame_words import mend_after_which
from tests.support.asking import answered, question_words


@pytest.mark.parametrize(
    ("question", "at", "mended"),
    [
        ("в какой горд приехал", 2, "город"),
        ("в какой город приехал", 2, None),  # as typed
        ("какой гордый человек", 1, None),  # an adjective may follow "какой"
        ("он горд собой", 1, None),  # no "какой" before it
    ],
)
def test_a_word_that_cannot_follow_which_is_its_kind_noun(question, at, mended):
    assert mend_after_which(list(question_words(question)), at) == mended


def test_the_mended_noun_is_asked(session):
    assert "Астане" in answered(session, "в какой горд прибыл президент Азербайджана")
    assert "Астане" in answered(session, "в какой горд прибыл Ильхам Алиев")
