"""A slip in the very word a reading keys on: the phrasing is read as typed right.

The formal register's phrasings ("каково место проведения", "какая инициатива была
выдвинута"), the asker's scene ("я готовлю вопросы к брифингу", "завтра брифинг") and a
figure quoted before "это сколько …" are read by rules looking for their words; typed with a
slip, or without the question mark a phone typist leaves off, the same question got another
reply. The repairs mend a slip into the words these rules key on (``frame_words``); the rules
reading the message whole (its asides, where its question opens) read it with its slips mended.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.preambles import closed_question
from tests.support.asking import verdict


# ------------------------------------------------------------------ the formal register's cues
@pytest.mark.parametrize(
    ("typed", "written"),
    [
        # a letter swapped, one dropped: the place of an event held
        (
            "каково место порведения торжественной встречи",
            "Каково место проведения торжественной встречи?",
        ),
        (
            "каково место проведеия торжественной встречи",
            "Каково место проведения торжественной встречи?",
        ),
        # a proposal put forward
        (
            "какая инициатива была выдвниута ишмухамедовым в развитие формулы «5+1»",
            "Какая инициатива была выдвинута Ишмухамедовым в развитие формулы «5+1»?",
        ),
        # the figures given
        (
            "какие покаазтели приводятся по срокам доставки грузов из китая в азербайджан",
            "Какие показатели приводятся по срокам доставки грузов из Китая в Азербайджан?",
        ),
        # the growth foreseen
        (
            "каков потенциал ротса товарооборота при реализации проектов среднего коридора",
            "Каков потенциал роста товарооборота при реализации проектов Среднего коридора?",
        ),
    ],
)
def test_a_slip_in_a_formal_phrasing_keeps_its_reading(session, typed, written):
    assert verdict(session, written)[0] == "answer"
    assert verdict(session, typed) == verdict(session, written)


# ------------------------------------------------------------------ the asker's scene
@pytest.mark.parametrize(
    ("typed", "written"),
    [
        # the doing verb a key off, a letter doubled in it
        (
            "я готлвлю вопросы к брифингу. кто такой айдын гусейнов",
            "Я готовлю вопросы к брифингу. Кто такой Айдын Гусейнов?",
        ),
        (
            "я журналист, готоовлю интервью. кто такой шарип ишмухамедов",
            "Я журналист, готовлю интервью. Кто такой Шарип Ишмухамедов?",
        ),
        # when the piece is due, two letters swapped
        (
            "затвра брифинг, хочу уточнить: какой товарооборот между странами сейчас",
            "Завтра брифинг, хочу уточнить: какой товарооборот между странами сейчас?",
        ),
    ],
)
def test_an_aside_typed_with_a_slip_is_still_the_askers(session, typed, written):
    assert verdict(session, written)[0] == "answer"
    assert verdict(session, typed) == verdict(session, written)


# ------------------------------------------------------------------ "это сколько …" unclosed
def test_this_before_a_question_word_opens_the_question():
    assert closed_question("Тут написано 15 дней. Это сколько будет потом").endswith("?")
    assert closed_question("Визит прошёл в октябре. Это когда именно").endswith("?")
    # "это" before no question word opens none
    assert not closed_question("Визит прошёл в октябре. Это важно").endswith("?")


@pytest.mark.parametrize(
    "typed",
    [
        "тут написано 15–18 дней. это сколько будет потом",  # the "?" left off
        "тут напписано 15–18 дней. это склько будет потом",  # and the question word slipped
    ],
)
def test_a_figure_quoted_before_an_unclosed_question_gives_its_unit(session, typed):
    written = "Тут написано 15–18 дней. Это сколько будет потом?"
    assert verdict(session, written)[0] == "answer"
    assert verdict(session, typed) == verdict(session, written)
