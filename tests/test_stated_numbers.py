"""Numbers the article states are not refused as missing, on the real knowledge base.

"В статье нет этого числа" was said beside the very passage stating it when the question was
misread: "объем" taken for a future verb ("we shall eat up"), so a present figure was asked
of the future; "объём железнодорожных грузов" sizing the adjective, not the freight; "жд"
counted instead of the freight it qualifies; "может дорасти" read as the imperative of
"дорастить"; a slip of a lemma ("стрна") mended into the nearer form of another word
("сторона"). And an amount asked as it is and as it may become is answered by the passage
giving both figures, not by today's figure alone.
"""

from __future__ import annotations

from bot.answering.session import Session
from bot.language.answer_types import speaks_of_future
from bot.language.morphology import is_qualifier
from bot.language.predicates import asked_relation
from bot.language.specifics import asks_now_and_later
from tests.support.asking import answered, question_words


def test_a_noun_read_first_is_no_future_verb() -> None:
    assert not speaks_of_future("объем")
    assert speaks_of_future("построят")
    assert speaks_of_future("будет")


def test_a_vowelless_abbreviation_qualifies_the_noun_after_it() -> None:
    assert is_qualifier("жд")
    assert is_qualifier("железнодорожных")
    assert not is_qualifier("перевозок")


def test_an_infinitive_after_a_modal_is_the_verb() -> None:
    assert asked_relation(question_words("до какой суммы может дорасти товарооборот")).verb == (
        "дорасти"
    )


def test_a_volume_asked_in_a_present_question_is_given(session: Session) -> None:
    text = answered(
        session, "какой объем железнодорожных перевозок в год готов обеспечить Азербайджан"
    )
    assert "5–7" in text
    text = answered(
        session, "Какой объём железнодорожных грузов в год готов обеспечить Азербайджан?"
    )
    assert "5–7" in text


def test_an_abbreviation_qualifies_what_is_counted(session: Session) -> None:
    query = session.matcher.analyse("сколько жд перевозок между странами сейчас")
    assert query.counted == "перевозка"
    assert "1,5–2" in answered(session, "сколько жд перевозок между странами сейчас")


def test_what_an_amount_may_grow_to_is_given(session: Session) -> None:
    assert "миллиард" in answered(session, "до какой суммы может дорасти товарооборот")


def test_a_slip_of_a_lemma_is_read_as_that_lemma(session: Session) -> None:
    query = session.matcher.analyse("сколько стрна в тюркской семерке")
    assert query.counted == "страна"
    assert "шести" in answered(session, "сколько стрна в тюркской семерке")


def test_an_amount_now_and_to_come_is_asked_twice() -> None:
    assert asks_now_and_later(question_words("товарооборот сколько сейчас и сколько может стать"))
    assert asks_now_and_later(question_words("how much is trade now and how much will it be"))
    assert not asks_now_and_later(question_words("сколько соглашений подписали и кто"))
    assert not asks_now_and_later(question_words("сколько будет стран и кого добавят"))


def test_both_figures_answer_now_and_to_come(session: Session) -> None:
    for question in (
        "товарооборот сколько сейчас и сколько может стать",
        "tovarooborot skolko seichas i skolko mozhet stat",
    ):
        text = answered(session, question)
        assert "400–500" in text and "миллиарда" in text, question
