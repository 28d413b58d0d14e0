"""Changes of an amount: "во сколько раз", "до скольки", "на сколько", "how many times more".

A multiple is answered by a text stating one ("кратно увеличить"), a level by a text stating
the level reached ("довести до одного миллиарда"); today's amount answers neither, and a
growth the article never reports is declined as a quantity it does not give. On the real
knowledge base, through the same Session every transport uses, in every input style.
"""

from __future__ import annotations

import pytest

from bot.language.answer_types import AnswerType, asked_types, stated_types
from bot.language.changes import Change, asked_change, frame, stated_changes, states_change_made
from bot.language.text import tokens
from bot.rendering.payload import answer_payload
from tests.support.asking import answered, not_given


# ------------------------------------------------------------------ questions
@pytest.mark.parametrize(
    ("question", "change"),
    [
        ("во сколько раз можно увеличить торговлю", Change.FACTOR),
        ("в сколько раз вырастет торговля", Change.FACTOR),
        ("how many times can the corridor increase trade", Change.FACTOR),
        ("how many times more trade", Change.FACTOR),
        ("by what factor can trade grow", Change.FACTOR),
        ("до скольки можно поднять товарооборот", Change.TARGET),
        ("до какого уровня вырастет товарооборот", Change.TARGET),
        ("до какой суммы можно довести торговлю", Change.TARGET),
        ("to what level can trade grow", Change.TARGET),
        # an adjective before the level, the amount itself as the level reached
        ("до какого годового уровня вырастет товарооборот", Change.TARGET),
        ("к какому ежегодному обороту могут выйти страны", Change.TARGET),
        ("how high can trade go", Change.TARGET),
        ("на сколько вырастет туризм", Change.GROWTH),
        ("насколько коридор увеличит торговлю", Change.GROWTH),
        ("by how much did trade grow", Change.GROWTH),
        ("how much more trade", Change.GROWTH),
        ("каков рост товарооборота", Change.GROWTH),  # by its noun after the question word
        # occasions counted, a term, a degree: no change of an amount
        ("сколько раз Алиев бывал в Казахстане", None),
        ("how many times has Aliyev visited Kazakhstan", None),
        ("на сколько лет заключены соглашения", None),
        ("до какого года действует соглашение", None),
        ("насколько важен визит", None),
    ],
)
def test_the_change_a_question_asks_about(question, change):
    assert asked_change(tokens(question)) is change


def test_a_multiple_of_a_sum_is_a_quantity_not_money():
    """ "во сколько раз вырос товарооборот" asks a ratio: no currency answers it, while
    "до скольки вырастет товарооборот" asks the sum it reaches."""
    assert asked_types(tuple(tokens("во сколько раз вырос товарооборот")))[0] is (
        AnswerType.QUANTITY
    )
    assert asked_types(tuple(tokens("how many times did trade turnover grow")))[0] is (
        AnswerType.QUANTITY
    )
    assert asked_types(tuple(tokens("до скольки вырастет товарооборот")))[0] is AnswerType.MONEY


def test_frame_words_of_a_change():
    """ "раз" of "во сколько раз" never says what the question is about; the verb of change
    and the level noun do not when the briefing lacks them (``Frame.loose``)."""
    words = tokens("во сколько раз можно увеличить торговлю")
    framing = frame(words)
    assert [words[at] for at in framing.fixed] == ["раз"]
    assert [words[at] for at in framing.loose] == ["увеличить"]
    words = tokens("до какого уровня можно поднять товарооборот")
    assert sorted(words[at] for at in frame(words).loose) == ["поднять", "уровня"]
    assert frame(tokens("сколько раз Алиев бывал в Казахстане")).fixed == frozenset()


# ---------------------------------------------------------------------- texts
@pytest.mark.parametrize(
    ("span", "changes"),
    [
        ("Он позволяет кратно увеличить объёмы торговли", {Change.FACTOR, Change.GROWTH}),
        ("экспорт вырос в три раза", {Change.FACTOR, Change.GROWTH}),
        ("объём торговли вырос в разы", {Change.FACTOR, Change.GROWTH}),
        ("страны намерены удвоить товарооборот", {Change.FACTOR, Change.GROWTH}),
        ("trade could grow twofold", {Change.FACTOR, Change.GROWTH}),
        (
            "позволит довести этот показатель до одного миллиарда долларов ежегодно",
            {Change.TARGET, Change.GROWTH},
        ),
        ("этот срок можно сократить до 7–8 дней", {Change.TARGET, Change.GROWTH}),
        ("товарооборот может достичь миллиарда долларов", {Change.TARGET, Change.GROWTH}),
        ("trade is expected to reach 1 billion dollars", {Change.TARGET, Change.GROWTH}),
        ("турпоток вырос на 20%", {Change.GROWTH}),
        # today's amount, a date, a morning: no change
        ("объём товарооборота составляет около 400–500 миллионов долларов в год", set()),
        ("визит продлится до 15 октября", set()),
        ("утром делегации обсудили утроенные усилия", {Change.FACTOR, Change.GROWTH}),
        ("утром делегации встретились", set()),
    ],
)
def test_the_changes_a_span_states(span, changes):
    assert stated_changes(span) == changes


def test_a_multiple_is_a_quantity_stated():
    assert AnswerType.QUANTITY in stated_types("объём торговли вырос в разы")
    assert AnswerType.QUANTITY in stated_types("товарооборот удвоился")


# ------------------------------------------------------------ the real articles
@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("до скольки можно поднять товарооборот", "одного миллиарда"),
        ("во сколько раз можно увеличить торговлю через средний коридор", "кратно"),
        ("во сколько раз можно увеличить торговлю благодаря коридору", "кратно"),
        ("в сколько раз вырастет торговля благодаря среднему коридору", "кратно"),
        ("vo skolko raz mozhno uvelichit torgovlyu cherez srednij koridor", "кратно"),  # translit
        ("dj crjkmrj hfp vj;yj edtkbxbnm njhujdk. xthtp chtlybq rjhbljh", "кратно"),  # layout
        ("во сколько раз можно увеличть торговлю через коридр", "кратно"),  # typos
        ("how many times can the Middle Corridor increase trade", "кратно"),  # English
    ],
)
def test_a_change_asked_is_answered_by_the_text_stating_it(session, question, evidence):
    assert evidence in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        "во сколько раз вырос товарооборот за год",
        "во сколько раз вырос товарооборот",
        "how many times did trade grow last year",
        "На сколько процентов вырос товарооборот между Азербайджаном и Казахстаном за год?",
    ],
)
def test_a_growth_the_article_does_not_report_is_not_given(session, question):
    """The article gives today's turnover, a target and a multiple the corridor allows — no
    growth that happened: a quantity it does not give, offering what it has on trade."""
    payload = answer_payload(question, session.ask(question))
    assert (payload["band"], payload["missing"]) == ("not_given", "quantity"), payload["entry"]
    assert payload["suggestions"]


@pytest.mark.parametrize(
    ("span", "made"),
    [
        ("турпоток вырос на 20%", True),
        ("товарооборот увеличился вдвое", True),
        ("trade doubled last year", True),
        # a level to reach, a multiple to come, today's level: no change made
        ("позволит довести этот показатель до одного миллиарда долларов ежегодно", False),
        ("Он позволяет кратно увеличить объёмы торговли", False),
        ("объём товарооборота составляет около 400–500 миллионов долларов в год", False),
    ],
)
def test_a_change_stated_as_made(span, made):
    assert states_change_made(span) is made


@pytest.mark.parametrize(
    "question",
    [
        "Насколько вырос товарооборот за последние годы?",
        "на сколько увеличился товарооборот между странами",
        "naskolko vyros tovarooborot za poslednie gody",  # translit: "насколко", its ь dropped
        "How much has trade turnover grown over the past few years?",
    ],
)
def test_a_past_growth_of_a_sum_is_money_not_given(session, question):
    """The article gives the turnover as a level and a goal, never how it grew: the billion
    to reach answers "на сколько можно увеличить", not "насколько вырос" — a sum it does
    not give, offering what it has on the turnover."""
    offered = not_given(session, question, "money")
    assert "товарооборот" in offered.lower()


@pytest.mark.parametrize(
    "question",
    [
        "на сколько можно увеличить товарооборот",
        "by how much can trade turnover grow",
        "К какому ежегодному обороту в долларах могут выйти страны?",
    ],
)
def test_a_growth_to_come_is_answered_by_the_goal(session, question):
    assert "одного миллиарда" in answered(session, question), question


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("насколько выросла торговля за год", "400–500"),
        ("На сколько процентов увеличилась торговля по сравнению с прошлым годом?", "400–500"),
        ("на сколько выросли жд перевозки за год", "1,5–2"),
    ],
)
def test_a_growth_not_given_offers_the_amount_first(session, question, offered):
    """A change the article never reports offers first the passage measuring the amount (the
    turnover in dollars, the tonnes carried), not the one saying trade may grow manifold,
    which only writes the question's word "торговля"."""
    text = not_given(session, question, "quantity")
    first = text.split("по этой теме:", 1)[1].split("\n— ", 1)[0]  # to its speaker's name
    assert offered in first, text


def test_a_growth_asked_by_its_noun(session):
    """ "каков рост товарооборота": the size of the growth, which the passage bringing the
    turnover to a billion states — not the barriers that "сдерживают рост" (the noun once
    weighed as a detail a passage must name); over a past period ("за год") the growth made
    is asked, which the article never gives."""
    text = answered(session, "каков рост товарооборота")
    assert "одного миллиарда" in text and "барьеры" not in text
    assert "400–500" in not_given(session, "каков рост товарооборота за год", "money")
    not_given(session, "каков прирост товарооборота за последние годы", "money")
