"""English questions asking for the article's figures, dates and durations in a reader's words.

Readers ask "which month", type country codes ("kz", "az") and the other adjective of a country
("Azeri"); a close neighbour giving the kind asked decides a near tie with a best entry that
gives none. These run on the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types
from bot.language.lexicon import plain_english
from bot.language.parties import country_of_adjective
from bot.rendering.plain import render_plain
from tests.support.asking import question_words


@pytest.mark.parametrize(
    "question",
    [
        "which month did the visit begin",
        "what month was it",
        "which day did they sign",
        "which date",
    ],
)
def test_which_month_or_day_asks_a_date(question: str) -> None:
    assert asked_types(question_words(question))[:1] == (AnswerType.DATE,)


def test_country_codes_and_irregular_adjectives_name_countries() -> None:
    assert country_of_adjective("kz") == "kazakhstan"
    assert country_of_adjective("az") == "azerbaijan"
    assert country_of_adjective("in") is None  # an English word, no code
    assert country_of_adjective("azeri") == "azerbaijan"
    assert country_of_adjective("uzbek") == "uzbekistan"
    assert country_of_adjective("chinese") == "china"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # country codes read as the countries' names
        ("rail freight kz az now", "ishmukhamedov-rail-volumes"),
        ("delivery days cn az today", "delivery-time-now"),
    ],
)
def test_country_codes_find_the_figure(session: Session, question: str, entry: str) -> None:
    reply = session.ask(question)
    assert reply.answered and reply.entry == entry, (reply.kind, reply.entry, reply.score)


def test_a_near_tie_is_decided_by_the_kind_asked(session: Session) -> None:
    """Tokayev's trip to Gabala scores just above the visit's date and gives no date: the
    date, a near tie below it, answers "which month"."""
    reply = session.ask("in which month did aliyev and tokaev meet")
    assert reply.answered and reply.entry == "visit-date", (reply.kind, reply.entry)


def test_a_judged_amount_is_answered_by_the_passage_judging_it(session: Session) -> None:
    """The amount and whether it is enough: the expert's passage saying both, not the bare
    figure taken from it."""
    reply = session.ask("how much do they trade now and is it enough")
    assert reply.answered and reply.entry == "ishmukhamedov-trade", (reply.kind, reply.entry)


@pytest.mark.parametrize(
    "question",
    ["from what level to what level could trade grow", "to what extent did trade grow"],
)
def test_an_amount_after_from_or_to_what_is_no_place(question: str) -> None:
    assert AnswerType.PLACE not in asked_types(question_words(question))


def test_hedges_and_the_pair_are_no_words_of_the_subject() -> None:
    words = plain_english(list(question_words("roughly speaking, what do the two sides trade")))
    assert words == ["what", "do", "the", "sides", "trade"]
    # a number of things that are no pair stays
    assert "2" in plain_english(list(question_words("which two agreements")))


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Which turnover target did Ishmukhamedov put forward for the two countries?",
            "trade-turnover-target",
        ),
        ("roughly speaking, what level could trade reach", "trade-turnover-target"),
    ],
)
def test_hedged_english_finds_the_figure(session: Session, question: str, entry: str) -> None:
    reply = session.ask(question)
    assert reply.answered and reply.entry == entry, (reply.kind, reply.entry, reply.score)


def test_a_question_after_a_preamble_is_read_by_its_asking_sentence(session: Session) -> None:
    question = (
        "Our company ships containers from western China to the Caucasus. The Kazakh analyst "
        "gave a target transit time with proper funding — how many days?"
    )
    reply = session.ask(question)
    assert reply.answered and reply.entry == "delivery-time-target", (reply.kind, reply.entry)


def test_a_synonym_is_read_past_the_question_budget(session: Session) -> None:
    """Unknown words early in a long question spend its look-ups; a synonym the table gives
    ("funding": "investment") costs none and is still read."""
    session.matcher.analyser.clear_caches()  # as asked first: no repair remembered
    query = session.matcher.analyse(
        "Our company ships containers from western China to the Caucasus every week. What "
        "transit time did the Kazakh analyst name with proper funding?"
    )
    funding = next(t for t in query.terms if t.typed == "funding")
    assert funding.similarity > 0 and funding.lemma == "invest"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what transit time did the analyst give", AnswerType.DURATION),
        ("delivery times now", AnswerType.DURATION),
        ("how much funding is needed", AnswerType.MONEY),
        ("what funding is planned", AnswerType.MONEY),
    ],
)
def test_kinds_asked_in_english(question: str, asked: AnswerType) -> None:
    assert asked_types(question_words(question))[:1] == (asked,)


def test_funding_as_a_condition_asks_no_money() -> None:
    asked = asked_types(question_words("what transit time with proper funding"))
    assert AnswerType.MONEY not in asked


def test_whose_is_a_question_word_no_word_of_the_subject(session: Session) -> None:
    query = session.matcher.analyse("when did the visit start, and at whose invitation")
    assert "whose" not in {t.typed for t in query.terms}
    assert AnswerType.PERSON in query.asks


def test_an_english_unit_of_time_is_chosen_by_the_russian_span(session: Session) -> None:
    """ "Per year or per month?" of a quoted figure: its span says "в год", in Russian."""
    reply = session.ask("are the 5-7 million tonnes per year or per month?")
    assert reply.answered, (reply.kind, reply.missing, reply.entry)
    assert "в год" in render_plain(reply)


def test_a_number_word_joined_to_its_unit_reads_as_digits() -> None:
    assert question_words("the one-billion mark") == ("the", "1", "billion", "mark")
    assert question_words("a seven-day trip") == ("a", "7", "day", "trip")
    assert question_words("a one-sided deal") == ("a", "one-sided", "deal")


def test_trade_climbing_to_a_billion_is_its_target(session: Session) -> None:
    reply = session.ask("what lets turnover climb to the one-billion mark")
    assert reply.answered and reply.entry == "trade-turnover-target", (reply.kind, reply.entry)
