"""A group described through the passage that goes on about it: "как Ишмухамедов описывает
эту тюркскую семёрку, какое там будет пространство".

A description asked ("описывает": a frame) is answered only by a passage about what it
names. The passage on the space the seven would be ("Это будет пространство, где нет
«старших» и «младших»…") names the seven through the passage it follows, as a group asked
by its number noun is read elsewhere (``Matcher._explains_group_asked``); it was only a
"did you mean". A thing of the seven the article never describes is still not answered.
"""

from __future__ import annotations

import pytest

from tests.support.asking import answered, declined


@pytest.mark.parametrize(
    "question",
    [
        "как ишмухамедов описывает эту тюркскую семёрку, какое там будет пространство",
        "как Ишмухамедов описывает семёрку, каким будет это пространство",
        "how does Ishmukhamedov describe the Turkic seven, what kind of space will it be",
        "как Ишмухамедов характеризует тюркскую семёрку — что за пространство",
    ],
)
def test_the_space_of_the_seven_is_described(session, question):
    assert "равноправные государства" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "как Ишмухамедов описывает тюркскую семёрку, какой там будет бюджет",
        "как Ишмухамедов описывает тюркскую семёрку, какая там будет столица",
    ],
)
def test_what_the_article_never_describes_is_not_answered(session, question):
    declined(session, question)
