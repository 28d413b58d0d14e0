"""English questions the bot used to find nothing for, though the article answers them.

A reader sets the scene before asking ("I'm writing a column … How many days …?"), types a
compound apart ("trans caspian"), shortens a country ("kz", "azeri"), swaps two letters
("chian"), or says in other words what the briefing's English says ("goods" for "cargo",
"deputy" for "MP", "durable" for "sustainability"). These run on the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types
from bot.language.parties import country_of_adjective
from bot.language.preambles import question_start
from tests.support.asking import question_words


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # statements setting the scene before the question weigh only a share (``preambles``)
        (
            "We are preparing a weekly digest for our readers and partners. When did Aliyev "
            "arrive in Astana?",
            "visit-date",
        ),
        (
            "Our logistics team is planning next quarter's shipments to Baku. How long does "
            "delivery from China take today?",
            "delivery-time-now",
        ),
        # a question naming too little of its own leaves its subject to the statement before
        (
            "My boss says the trade turnover between the two countries is huge. What figure "
            "is given?",
            "ishmukhamedov-trade",
        ),
        # a compound typed as two words is the briefing's one word
        ("what did Huseynov say about the trans caspian route", "huseynov-transcaspian"),
        # a country's short form and an adjective no rule makes
        ("kz az turnover", "ishmukhamedov-trade"),
        ("what did the azeri mp say about the Trans-Caspian route", "huseynov-transcaspian"),
        # a plural of a sense of its own: "goods" are cargo, not "good"
        ("how long do goods take from China to Azerbaijan today", "delivery-time-now"),
        # "each other" names nothing; "business" two countries do is their trade
        (
            "how much business do Kazakhstan and Azerbaijan do with each other per year",
            "trade-turnover-now",
        ),
        # English words of one meaning (``ENGLISH_EQUIVALENTS``)
        ("what makes relations durable, according to Huseynov", "huseynov-ots"),
    ],
)
def test_found_in_other_words(session: Session, question: str, entry: str) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == ("answer", entry), (question, reply.kind, reply.entry)


def test_a_deputy_is_the_briefing_s_mp(session: Session) -> None:
    # the briefing's English calls Huseynov an "MP"; a reader calls him a "deputy"
    query = session.matcher.analyse("which deputy spoke about energy exports")
    assert next(t for t in query.terms if t.typed == "deputy").similarity > 0


def test_a_preamble_is_told_from_its_question() -> None:
    text = "I'm writing a note for our newsletter. When did Aliyev arrive? And where?"
    assert text[question_start(text) :].strip() == "When did Aliyev arrive? And where?"
    # no statement before the question, too short a one, or no question mark: all question
    assert question_start("When did he arrive? And where?") == 0
    assert question_start("Hi. When did he arrive?") == 0
    assert question_start("I need the date of the visit. Tell me.") == 0


def test_a_swapped_letter_is_a_slip_a_short_word_left_alone(session: Session) -> None:
    query = session.matcher.analyse("delivery time from chian")
    assert query.lemma_of("chian") == "china"
    # "stats" is a word of its own, no "states" with a letter left out
    assert session.matcher.analyse("stats").lemma_of("stats") != "state"


def test_short_names_and_demonyms_of_countries() -> None:
    assert country_of_adjective("kz") == "kazakhstan"
    assert country_of_adjective("azeri") == "azerbaijan"
    assert country_of_adjective("uzbek") == "uzbekistan"
    assert country_of_adjective("trade") is None


def test_in_what_currency_asks_money_not_a_place() -> None:
    words = question_words("What figure does the article give, and in what currency?")
    assert asked_types(words)[:1] == (AnswerType.MONEY,)


def test_where_someone_spoke_is_no_quote_of_his(session: Session) -> None:
    # "tokaev … speech city": the city of the speech, which the article gives, not his words
    assert session.matcher.analyse("tokaev azerbaijan speech city").other_speaker is None
    assert session.matcher.analyse("what did tokaev say in his speech").other_speaker
