"""Forecast questions by their phrasing: what will come of a thing, for a stretch of time to
come, and a forecast named by its noun anywhere in the question.

- "что из этого выйдет", "что получится из семёрки" ask what a thing will turn out to be,
  as "чем станет" does: a span saying what it could be ("могла бы представлять собой единый
  геополитический регион") answers them.
- "over the next few years" names when the forecast is for: its preposition is no word of
  the subject, and "next", "few" (words the briefing never uses) none to miss — the passage
  says "в ближайшие годы".
- "есть ли прогноз, насколько вырастет турпоток", "когда откроют коридор, прогноз есть?":
  the asker says a forecast is what he is after, so that is what the article lacks.
- "сколько по времени шли переговоры": "по времени" says a length of time is asked.
- "к чему приведёт союз", "чего ждать от товарооборота": the idiom's verb is how the question
  asks ahead, not what it is about; what the thing leads to is what it becomes.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import (
    AnswerType,
    asked_types,
    asks_becoming,
    course_cues,
    forecast_idioms,
    missing_kind,
    time_idioms,
)
from bot.language.recency import stretch_positions
from tests.support.asking import answered, not_given, question_words


@pytest.mark.parametrize(
    "question",
    [
        "тюркская семёрка — что из этого выйдет",
        "tyurkskaya semerka — chto iz etogo vyjdet po mneniyu Ishmukhamedova",
        "что получится из тюркской семёрки",
    ],
)
def test_what_will_come_of_it_is_answered_by_what_could_be(session: Session, question: str) -> None:
    assert "единый геополитический регион" in answered(session, question)


def test_coming_out_is_becoming() -> None:
    assert asks_becoming(question_words("что из этого выйдет"))
    assert asks_becoming(question_words("во что это выльется"))
    assert not asks_becoming(question_words("когда выйдет статья"))


def test_a_stretch_of_time_to_come_is_no_subject(session: Session) -> None:
    reply = answered(
        session, "What does Huseynov expect the new alliance to shape over the next few years?"
    )
    assert "региональные реалии" in reply


def test_stretch_positions() -> None:
    words = question_words("what will it shape over the next few years")
    openers, stretch = stretch_positions(words)
    assert [words[at] for at in sorted(openers)] == ["over", "the"]
    assert [words[at] for at in sorted(stretch)] == ["next", "few", "years"]
    assert stretch_positions(question_words("the next meeting")) == (frozenset(), frozenset())


@pytest.mark.parametrize(
    "question",
    [
        "Есть ли прогноз, насколько вырастет турпоток после упрощения автоперевозок?",
        "когда откроют Зангезурский коридор, прогноз есть?",
    ],
)
def test_a_forecast_named_is_what_is_missing(session: Session, question: str) -> None:
    not_given(session, question, "forecast")


def test_forecast_noun_decides_the_missing_kind() -> None:
    words = question_words("когда откроют коридор, прогноз есть?")
    assert missing_kind(AnswerType.DATE, words, None) is AnswerType.FORECAST
    outlook = question_words("what is the outlook, how many tourists will come")
    assert missing_kind(AnswerType.QUANTITY, outlook, None) is AnswerType.QUANTITY


def test_how_much_by_time_asks_a_duration(session: Session) -> None:
    words = question_words("сколько по времени шли переговоры Токаева и Алиева")
    assert asked_types(words)[:1] == (AnswerType.DURATION,)
    assert time_idioms(words) == frozenset({1, 2})
    not_given(session, "сколько по времени шли переговоры Токаева и Алиева", "duration")


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("к чему приведёт союз", "приведет"),
        ("к чему может привести упрощение автоперевозок", "привести"),
        ("чего ждать от товарооборота", "ждать"),
        ("чем обернётся союз для региона", "обернется"),
    ],
)
def test_forecast_idioms_are_how_it_asks(question: str, verb: str) -> None:
    words = question_words(question)
    assert [words[at] for at in forecast_idioms(words)] == [verb]


def test_an_outcome_expected_by_its_noun_is_how_it_asks() -> None:
    # "каких результатов ожидать": "чего ожидать" by the outcome's noun after "which"
    words = question_words("каких результатов следует ожидать от проектов")
    assert {words[at] for at in forecast_idioms(words)} == {"результатов", "ожидать"}
    assert AnswerType.FORECAST in asked_types(words)
    words = question_words("какой эффект ожидается от упрощения перевозок")
    assert {words[at] for at in forecast_idioms(words)} == {"эффект", "ожидается"}
    assert not forecast_idioms(question_words("какие результаты визита"))


def test_no_idiom_without_its_question_word() -> None:
    assert not forecast_idioms(question_words("привести примеры соглашений"))
    assert not forecast_idioms(question_words("сколько туристов ждут"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("чего ждать от товарооборота", "одного миллиарда"),
        ("k chemu privedet soyuz", "региональные реалии"),
        ("к чему приведёт тюркская семёрка", "единый геополитический регион"),
        (
            "Каких результатов следует ожидать от реализации проектов Среднего коридора?",
            "одного миллиарда",
        ),
        ("Какой эффект ожидается от упрощения перевозок?", "облегчить товарооборот"),
    ],
)
def test_forecast_idioms_answered(session: Session, question: str, expected: str) -> None:
    assert expected in answered(session, question)


def test_how_it_will_turn_out_is_becoming(session: Session) -> None:
    assert asks_becoming(question_words("how will the Turkic seven turn out"))
    reply = answered(session, "how will the Turkic seven turn out")
    assert "geopolitical region" in reply or "геополитический регион" in reply


@pytest.mark.parametrize(
    "question", ["каковы ожидания по товарообороту", "какие ожидания по товарообороту"]
)
def test_expectations_are_a_forecast_asked_by_noun(session: Session, question: str) -> None:
    words = question_words(question)
    assert asked_types(words)[:1] == (AnswerType.FORECAST,)
    reply = answered(session, question)
    assert "одного миллиарда" in reply


def test_what_is_is_no_word_of_the_subject(session: Session) -> None:
    """ "Каковы" asks, as "каков" does: weighed as a word, it sank every passage."""
    reply = session.ask("каковы ожидания по товарообороту")
    assert reply.score > 90


def test_likely_asks_what_will_be(session: Session) -> None:
    """ "Likely" is how the question asks ahead, no word of the subject; "is Turkey likely to
    join" asks whether it will, which a proposal to add Turkey does not say."""
    assert "одного миллиарда" in answered(session, "what is likely to happen with trade turnover")
    not_given(session, "is Turkey likely to join the Turkic seven", "forecast")


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("как будет развиваться товарооборот", "развиваться"),
        ("как изменится товарооборот", "изменится"),
        ("how is trade likely to develop", "develop"),
    ],
)
def test_the_course_asked_is_how_it_asks(session: Session, question: str, verb: str) -> None:
    words = question_words(question)
    assert [words[at] for at in course_cues(words)] == [verb]
    assert "одного миллиарда" in answered(session, question)


def test_no_course_in_how_long() -> None:
    assert not course_cues(question_words("как долго будет меняться маршрут"))


def test_a_forecast_named_of_a_change(session: Session) -> None:
    not_given(session, "Any forecast on how Caspian freight tariffs will change?", "forecast")
