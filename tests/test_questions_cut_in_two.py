"""Two questions typed as one, each answered by a passage of its own, were told the second
kind is not given: "сколько соглашений подписали и какой товарооборот" — no passage holds the
15 agreements and the turnover, so the whole read as one question found the turnover missing.
Read as two (``bot.language.compound``), each part answered by itself, the reply gives the
first part's passage and then the second's (``bot.answering.dialogue._two_questions``).

Only a conjunction opening a question of its own ("и какой", "and how long"), or a second
thing named after the first part's "по" ("по срокам доставки и товарообороту") is a cut. Two
things of one question ("подпишут ли Азербайджан и Армения …") are not; a second part pointing
back ("и что там подписали") or naming no thing of its own ("и сколько дней длился") is not
asked alone.

On the real knowledge base, through the same Session every transport uses, and the splitter
alone as the language layer reads it.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.language.compound import compound_parts
from tests.support.asking import answered, declined, not_given


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("сколько соглашений подписали и какой товарооборот", "15 важных", "400–500"),
        ("skolko soglashenij podpisali i kakoj tovarooborot", "15 важных", "400–500"),
        ("crjkmrj cjukfitybq gjlgbcfkb b rfrjq njdfhjjjhjn", "15 важных", "400–500"),
        ("сколко соглашений подписали и какой товаррооборот", "15 важных", "400–500"),
        ("what is the trade turnover and how long does delivery take", "400–500", "15–18"),
        ("какие прогнозы по срокам доставки и товарообороту", "7–8", "миллиард"),
    ],
)
def test_each_part_is_answered_by_its_own_passage(session, question, first, second):
    text = answered(session, question)
    assert first in text and second in text, text
    assert text.index(first) < text.index(second)


def test_two_things_of_one_question_are_not_two_questions(session):
    question = "подпишут ли Азербайджан и Армения окончательный мирный договор?"
    not_given(session, question, "forecast")


def test_a_second_part_pointing_back_is_not_asked_alone(session):
    declined(session, "когда Токаев был в Габале и что там подписали")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "сколько соглашений подписали и какой товарооборот",
            ("сколько соглашений подписали", "какой товарооборот"),
        ),
        (
            "какие прогнозы по срокам доставки и товарообороту",
            ("какие прогнозы по срокам доставки", "какие прогнозы по товарообороту"),
        ),
        (
            "what was signed and when did Aliyev arrive?",
            ("what was signed", "when did aliyev arrive"),
        ),
        ("товарооборот между Азербайджаном и Казахстаном", None),
        ("подпишут ли Азербайджан и Армения мирный договор", None),
        ("когда Токаев был в Габале и что там подписали", None),
        ("Пишу про коридор. Сколько идут грузы?", None),
    ],
)
def test_where_a_question_is_cut(text, parts):
    assert compound_parts(text) == parts


@given(st.text(max_size=200))
def test_any_text_is_cut_into_two_non_empty_parts_or_none(text):
    parts = compound_parts(text)
    assert parts is None or (len(parts) == 2 and all(p.strip() for p in parts))
