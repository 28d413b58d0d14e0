"""Casual English and checks that must not be answered from the wrong passage, on the real
knowledge base.

A reviewer's probe of chat wordings found replies a casual reading made false: "the big deal
about seven" read as the visit's importance, a cleft check of a day the article never gives
("was it Oct 20 when Tokayev spoke in Gabala": it says only «совсем недавно») answered by the
passage telling he spoke there, and a check of nothing but its offered place ("was it in
Baku or somewhere else?", "it" naming nothing) answered by a passage naming Baku. Each has
neighbours that keep their answers: the check of a date the passage states, a check saying
what it is of, "a big deal" as a predicate.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.checks import asks_yes_or_no, counted_numbers, offers_date, only_a_day
from bot.language.lexicon import plain_english
from bot.language.text import tokens
from tests.support.asking import answered, not_given


def test_the_big_deal_about_a_thing_is_no_importance() -> None:
    assert "important" not in plain_english(tokens("what's the big deal about seven"))
    assert "important" in plain_english(tokens("why is the visit such a big deal"))
    assert "important" in plain_english(tokens("is it a big deal"))
    assert "important" in plain_english(tokens("what was the big deal about the trip"))
    assert "important" in plain_english(tokens("what was the big deal about Aliyev's trip"))
    assert "important" not in plain_english(tokens("what's the big deal about the number seven"))


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what's the big deal about seven", "ishmukhamedov-sacred-seven"),
        # a predicate keeps "important": the visit's level
        ("why is the visit such a big deal", "tusupbekov-highest-level"),
        # the fuss about an occasion is its significance: no date, no cargo's journey
        ("what was the big deal about the trip", "tusupbekov-highest-level"),
        ("what's the big deal about the visit", "tusupbekov-highest-level"),
    ],
)
def test_a_big_deal_asked(session: Session, question: str, entry: str) -> None:
    answered(session, question)
    assert session.ask(question).entry == entry


def test_a_cleft_check_is_a_check_of_the_day_offered() -> None:
    assert asks_yes_or_no("was it Oct 20 when Tokayev spoke in Gabala")
    assert offers_date(tokens("was it Oct 20 when Tokayev spoke in Gabala"))
    assert offers_date(tokens("Токаев выступал в Габале 20 октября?"))
    assert not offers_date(tokens("was it in 2024 when Tokayev spoke in Gabala"))
    assert not offers_date(tokens("did they sign 20 agreements"))


@pytest.mark.parametrize(
    "question",
    [
        "was it Oct 20 when Tokayev spoke in Gabala",
        "did Tokayev speak in Gabala on Oct 20",
        "Токаев выступал в Габале 20 октября?",
    ],
)
def test_a_day_checked_of_an_undated_passage_is_not_given(session: Session, question: str) -> None:
    not_given(session, question, "date")


@pytest.mark.parametrize(
    "question",
    [
        "was it oct 20 when aliyev got to kazakhstan",  # the passage states the day
        "was it oct 20 when aliyev got to kazakhstan or some other day",
    ],
)
def test_a_day_checked_of_a_dated_passage_is_answered(session: Session, question: str) -> None:
    answered(session, question)
    assert session.ask(question).entry == "visit-date"


@pytest.mark.parametrize(
    "question",
    [
        "was it in Astana or somewhere else",
        "was it in Baku or somewhere else",
        "was it in Baku?",
        "это было в Баку или где-то ещё?",
    ],
)
def test_a_check_of_nothing_but_its_offer_is_no_answer(session: Session, question: str) -> None:
    reply = Session.create(session.matcher.kb).ask(question)  # a fresh chat: "it" names nothing
    assert not reply.answered, (question, reply.kind, reply.entry)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the check says what it is of: answered as before
        ("did the visit kick off in astana or somewhere else", "visit-date"),
        ("was the welcome in Astana or somewhere else", "article-visit"),
    ],
)
def test_a_check_saying_what_it_is_of_is_answered(
    session: Session, question: str, entry: str
) -> None:
    answered(session, question)
    assert session.ask(question).entry == entry


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # asked in the present: today's 15–18 days, not the 7–8 days foreseen
        ("how long does delivery take", "delivery-time-now"),
        ("according to the expert, how long does delivery take", "delivery-time-now"),
        # asked of what may be, or under the condition: the forecast, as before
        ("how long will delivery take", "delivery-time-target"),
        ("how long could delivery take", "delivery-time-target"),
        ("how long does delivery take with proper investment", "delivery-time-target"),
    ],
)
def test_a_figure_asked_in_the_present_is_todays(
    session: Session, question: str, entry: str
) -> None:
    answered(session, question)
    assert session.ask(question).entry == entry


def test_the_hour_of_a_day_named_is_not_given(session: Session) -> None:
    # the day is the question's own; the hour the article never gives
    not_given(session, "what time did aliyev arrive oct 20", "date")
    # no day named: the date, the nearest the article says
    answered(session, "what time did aliyev arrive")
    assert session.ask("what time did aliyev arrive").entry == "visit-date"
    # how long, not when
    assert session.ask("in what time will cargo get from China").kind != "not_given"


def test_who_leads_now_is_no_rank_of_a_vision() -> None:
    assert "elder" not in plain_english(tokens("who calls the shots in kazakhstan"))
    assert "elder" in plain_english(tokens("who will call the shots in the seven"))
    assert "elder" in plain_english(tokens("is there anyone in charge"))


@pytest.mark.parametrize(
    "question",
    [
        "who calls the shots in Kazakhstan",
        "who is the top dog in the OTS",
        "who calls the shots in the turkic world",
    ],
)
def test_who_leads_now_is_not_the_vision_of_equals(session: Session, question: str) -> None:
    # "no 'elder' and 'younger'" is a vision of a union to come, not who leads today
    assert session.ask(question).entry != "ishmukhamedov-equal-states"


@pytest.mark.parametrize(
    "question",
    [
        "what did Tokayev's trip to Azerbaijan achieve",
        "what did the president's trip to Gabala achieve",
        "каковы итоги визита Токаева в Азербайджан",
    ],
)
def test_an_outcome_asked_of_a_passage_telling_none_is_no_answer(
    session: Session, question: str
) -> None:
    # the passage tells Tokayev spoke in Gabala, nothing his trip achieved
    reply = session.ask(question)
    assert not reply.answered, (question, reply.kind, reply.entry)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # passages telling what came of the visit: agreements, a new page, results; what a
        # proposal would achieve is its purpose, answered as before
        ("what did Aliyev's visit to Kazakhstan achieve", "article-visit"),
        ("What does Ishmukhamedov hope the visit will achieve?", "ishmukhamedov-barriers"),
        ("сколько соглашений подписано по итогам", "agreements-count"),  # a frame, no outcome
        (
            "Why does the Kazakh analyst push for electronic pre-registration of vehicles at the "
            "border — what would it achieve?",
            "ishmukhamedov-road",
        ),
    ],
)
def test_an_outcome_told_is_answered(session: Session, question: str, entry: str) -> None:
    answered(session, question)
    assert session.ask(question).entry == entry


def test_a_counted_number_is_no_day() -> None:
    assert counted_numbers(["it", "was", "20", "agreements"]) == {"20"}
    # a message of no words (only marks) counts nothing, and does not fail
    assert counted_numbers([]) == frozenset()
    assert not counted_numbers(["was", "it", "20", "october"])
    assert only_a_day("20", ["On 20 October Aliyev arrived"])
    assert not only_a_day("15", ["the sides signed 15 agreements"])


@pytest.mark.parametrize(
    "question",
    [
        "It was 20 agreements, wasn't it?",
        "There were 20 agreements, weren't there?",
        "were there 20 agreements?",
    ],
)
def test_a_count_checked_is_not_confirmed_by_a_day(session: Session, question: str) -> None:
    # the passage telling of "20 October" holds "20", but no count of agreements
    assert session.ask(question).entry != "article-visit"
    assert not session.ask(question).answered or session.ask(question).entry in (
        "agreements-count",
        "article-agreements",
    )


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the count stated answers a check of it; a day checked stays the date's
        ("It was 15 agreements, wasn't it?", "agreements-count"),
        ("Визит был 20 октября, да?", "visit-date"),
    ],
)
def test_a_count_or_a_day_checked_stays_answered(
    session: Session, question: str, entry: str
) -> None:
    answered(session, question)
    assert session.ask(question).entry == entry
