"""English words that say what kind of answer is wanted, not what the question is about,
and short English slips read in their context.

"in which city", "the capital where", or a keyword string ending in "city" ask for a place's
name: weighed as a word of the subject, "city" sank the passage naming the city without that
word ("Huseynov … in which city?" answered by his words on the welcome in Astana). Each test
fails without the reading it names; the guards check that nothing else is asked.
"""

from __future__ import annotations

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types, keywords_ending_in_place
from tests.support.asking import answered, not_given, question_words


def test_a_keyword_string_ending_in_a_place_noun_asks_for_a_place() -> None:
    assert keywords_ending_in_place(question_words("tokaev azerbaijan speech city"))
    assert AnswerType.PLACE in asked_types(question_words("tokaev azerbaijan speech city"))


def test_a_place_noun_in_a_question_or_alone_is_no_keyword_string() -> None:
    assert not keywords_ending_in_place(question_words("city"))
    assert not keywords_ending_in_place(question_words("what is the biggest city"))
    assert not keywords_ending_in_place(question_words("город встречи"))


def test_which_city_is_answered_by_the_passage_naming_it(session: Session) -> None:
    text = answered(
        session, "Huseynov praised the respect and sincerity Aliyev showed — in which city?"
    )
    assert "Астан" in text


def test_keywords_ending_in_city_are_answered_by_the_place(session: Session) -> None:
    assert "Габал" in answered(session, "tokaev azerbaijan speech city")


def test_the_capital_where_is_answered_by_the_place(session: Session) -> None:
    assert "Астан" in answered(session, "capital where aliev was recieved")


def test_a_city_the_article_does_not_name_stays_not_given(session: Session) -> None:
    not_given(session, "in which cities would the new logistics hubs be located", "place")


def test_a_short_slip_beside_the_word_the_briefing_pairs_it_with_is_repaired(
    session: Session,
) -> None:
    """ "tade turnover": "trade turnover" is a pair the briefing writes; "tade" alone is
    too short to be read as "trade" (a short word a letter short is often a word)."""
    assert "400–500" in answered(session, "tade turnover kz az in usd")
    query = session.matcher.analyse("tade turnover kz az in usd")
    assert query.terms[0].lemma == "trade"


def test_a_short_english_word_stays_as_typed_beside_such_a_pair(session: Session) -> None:
    """ "stats", "stat" are words ("state visit" is a pair the briefing writes)."""
    for question in ("stats on the visit", "stat visit"):
        query = session.matcher.analyse(question)
        assert all(term.lemma != "state" for term in query.terms)


def test_which_expert_is_answered_by_the_passage_of_the_expert(session: Session) -> None:
    """His passage never calls him an expert: "expert" weighed as a subject word sank it."""
    text = answered(session, "which expert suggested bringing Turkey into the format?")
    assert "Ишмухамедов" in text


def test_which_experts_alone_still_asks_for_the_experts(session: Session) -> None:
    query = session.matcher.analyse("which experts are quoted")
    assert any(term.lemma == "expert" for term in query.terms)
