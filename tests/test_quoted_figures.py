"""Questions about the article's numbers, as a journalist types them: a figure quoted to ask
about it ("400–500 млн — это за месяц или за год?", "это достаточно?"), a multiple two stated
figures give ("во сколько раз должен вырасти товарооборот"), and an amount asked by its noun
("какой объём нефти", "number of wagons") of something the article gives no number of.
Each in several input styles, with the questions that must still be declined."""

from __future__ import annotations

import pytest

from bot.language.alternatives import alternatives
from bot.language.changes import asks_past_change, derives_multiple
from bot.language.numbers import judges_amount, per_time
from bot.language.text import fold, tokens
from bot.rendering.plain import render_plain as plain
from tests.support.asking import answered, declined, not_given


# ----------------------------------------------------------------- an amount by its noun
@pytest.mark.parametrize(
    "question",
    [
        "Какой объём нефти Казахстан экспортирует через Азербайджан?",
        "какой обьем нефти казахстан экспортирует через азербайджан",  # typo
        "Rfrjq j,]`v ytanb Rfpf[cnfy 'rcgjhnbhetn xthtp Fpth,fql;fy?",  # keyboard layout
        "what amount of oil does Kazakhstan export via Azerbaijan",
        "какой объем экспорта энергоресурсов",  # exports are named, but no size of them
    ],
)
def test_an_amount_of_a_thing_never_numbered_is_not_given(session, question):
    # the energy passage offered
    assert "энергоресурсов" in not_given(session, question, "quantity"), question


@pytest.mark.parametrize(
    "question",
    ["Number of locomotives and wagons to be added?", "number of wagons to be bought"],
)
def test_a_number_of_things_never_counted_is_not_given(session, question):
    not_given(session, question, "quantity")


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("какой объем перевозок нужен Казахстану", "до 20 миллионов"),
        ("Какой объём торговли ожидает Ишмухамедов?", "одного миллиарда"),  # its topic's word
        ("the amount of rail freight Kazakhstan needs", "до 20 миллионов"),
        ("number of agreements signed", "15"),
        ("количество подписанных соглашений", "15"),
    ],
)
def test_an_amount_the_article_gives_is_still_answered(session, question, evidence):
    assert evidence in answered(session, question), question


# --------------------------------------------------------------- a figure asked about
@pytest.mark.parametrize(
    "question",
    [
        "400–500 млн — это за месяц или за год?",
        "400-500 mln — eto za mesyac ili za god?",  # transliterated
        "400–500 миллионов долларов это в месяц или в год",
    ],
)
def test_the_period_of_a_quoted_figure_is_the_figure(session, question):
    assert "400–500 миллионов долларов в год" in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        "5-7 mln tonn ot azerbaidzhana eto za kakoi srok",
        "5–7 млн тонн от Азербайджана — это за какой срок?",
    ],
)
def test_how_long_a_quoted_figure_takes_is_the_unit_it_is_given_per(session, question):
    assert "5–7 миллионов тонн в год" in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        "1,5–2 миллиона тонн это в год или в месяц",  # the article gives no period of it
        "1,5–2 миллиона тонн это за какой срок",
        "how long does it take to move 5-7 million tonnes",  # how long moving them takes
    ],
)
def test_a_period_the_figure_is_not_given_per_is_declined(session, question):
    declined(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "400-500 mln dollarov eto dostatochno?",
        "400–500 млн долларов — это достаточно?",
        "Товарооборот 400–500 млн долларов в год — это много или мало, по мнению эксперта?",
    ],
)
def test_a_judgement_of_a_quoted_figure_is_the_passage_judging_it(session, question):
    assert "недостаточно" in answered(session, question), question


# ----------------------------------------------------------- a multiple of two figures
@pytest.mark.parametrize(
    "question",
    [
        "Во сколько раз должен вырасти товарооборот, чтобы выйти на миллиард?",
        "во скольо раз вырастет торговля если довести до миллиарда",  # typo
        "dj crjkmrj hfp dshfcntn njdfhjj,jhjn",  # "во сколько раз вырастет товарооборот"
    ],
)
def test_a_multiple_to_come_is_answered_by_both_figures(session, question):
    reply = session.ask(question)
    assert reply.answered, question
    text = plain(reply)
    assert "400–500 миллионов долларов" in text, question
    assert "одного миллиарда долларов" in text, question


@pytest.mark.parametrize(
    "question",
    ["во сколько раз вырос товарооборот за год", "how many times did trade grow"],
)
def test_a_multiple_already_reached_still_needs_a_stated_one(session, question):
    not_given(session, question, "quantity")


# ------------------------------------------------------------------------ the readings
def test_abbreviated_scales_read_as_their_words():
    assert tokens("400–500 млн долларов") == ["400-500", "миллион", "долларов"]
    assert tokens("1 млрд") == ["1", "миллиард"]
    assert tokens("5-7 mln tonnes") == ["5-7", "million", "tonnes"]


def test_a_repeated_preposition_is_passed_over_between_alternatives():
    assert alternatives(["за", "месяц", "или", "за", "год"]) == (("месяц", "год"),)
    assert alternatives(["per", "month", "or", "per", "year"]) == (("month", "year"),)
    assert alternatives(["нефть", "или", "газ"]) == (("нефть", "газ"),)


def test_the_unit_of_time_must_follow_its_own_number():
    text = fold(
        "составляет всего 1,5–2 миллиона тонн, тогда как Казахстану нужно до 20 миллионов, "
        "а Азербайджан готов обеспечить 5–7 миллионов тонн в год"
    )
    assert per_time(text, "5-7")
    assert not per_time(text, "1,5-2")
    assert not per_time(text, "20")
    assert not per_time(text, "5")  # no number of its own: a piece of "1,5-2"


def test_a_multiple_needs_a_level_to_reach_and_another_amount():
    both = (
        "Сегодня объём товарооборота составляет около 400–500 миллионов долларов в год. "
        "Новые проекты позволят довести этот показатель до одного миллиарда долларов."
    )
    assert derives_multiple((both,))
    assert not derives_multiple(("позволят довести этот показатель до одного миллиарда",))
    assert not derives_multiple(("объём составляет около 400–500 миллионов долларов в год",))
    assert asks_past_change(("во", "сколько", "раз", "вырос", "товарооборот"))
    assert not asks_past_change(("во", "сколько", "раз", "должен", "вырасти", "товарооборот"))


def test_words_judging_an_amount():
    assert all(judges_amount(w) for w in ("достаточно", "недостаточно", "мало", "enough"))
    assert not any(judges_amount(w) for w in ("многосторонний", "товарооборот"))
