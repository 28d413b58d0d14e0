"""A named expert's country asked for ("из какой страны политолог", "откуда родом", "what
country is he from") is told by his profile, which states it — not by a passage of his that
names two countries.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.occupations import Occupation, asked_occupation
from tests.support.asking import answered, question_words


@pytest.mark.parametrize(
    ("question", "occupation"),
    [
        ("из какой страны эксперт", Occupation.COUNTRY),
        ("откуда родом депутат", Occupation.COUNTRY),
        ("откуда этот политолог", Occupation.COUNTRY),
        ("what country is the deputy from", Occupation.COUNTRY),
        ("where is the expert from", Occupation.COUNTRY),
        ("откуда приехал политолог", None),  # where he travelled from
        ("из какой страны приехал президент", Occupation.COUNTRY),
    ],
)
def test_a_question_asks_a_persons_country(question, occupation):
    assert asked_occupation(question_words(question)) is occupation


@pytest.mark.parametrize(
    ("question", "country"),
    [
        ("из какой страны Ишмухамедов", "Казахстан"),
        ("откуда родом Гусейнов", "Азербайджан"),
        ("what country is Tusupbekov from", "Kazakhstan"),
    ],
)
def test_the_profile_tells_the_experts_country(session, question, country):
    reply = session.ask(question)
    assert reply.answered and reply.entry.startswith("expert:"), (question, reply.entry)
    assert country in answered(session, question)
