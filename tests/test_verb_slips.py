"""Slips in the verb that sets a question's tense: an unstressed vowel written for another
("подпешут" for "подпишут", "построет" for "построит") and a soft sign in a finite verb
("ожидаеться" for "ожидается"). Read as typed, the verb is unknown and the question has no
future: "подпешут ли мирный договор" was a yes/no check answered by the passage on the
declaration signed, a false answer — it asks whether a treaty will be signed, a forecast the
article does not make. Read as meant, the future is asked, and what the article lacks is said.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import speaks_of_future
from bot.language.morphology import is_future_verb, vowel_slip_of
from bot.rendering.plain import render_plain


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("подпешут", "подпишут"), ("построет", "построит"), ("заработаит", "заработает")],
)
def test_an_unstressed_vowel_mistaken_is_the_word_meant(typed, meant):
    assert vowel_slip_of(typed) == meant
    assert is_future_verb(typed)


@pytest.mark.parametrize("word", ["подписали", "договор", "коридор", "казахстан", "тусупбеков"])
def test_a_known_word_or_a_name_stays_as_typed(word):
    assert vowel_slip_of(word) == word


def test_a_soft_sign_slip_in_a_verb_of_expecting_looks_ahead():
    assert speaks_of_future("ожидаеться")


@pytest.mark.parametrize(
    "question",
    [
        "подпешут ли Баку и Ереван мирный договор",
        "заключет ли Азербайджан мир с арменией",
    ],
)
def test_a_mistyped_future_check_is_no_answer(session: Session, question):
    reply = session.ask(question)
    assert not reply.answered, reply.entry
    assert reply.kind.value != "not_given" or reply.missing == "forecast", reply.missing


def test_an_amount_expected_with_a_slip_is_a_missing_forecast(session: Session):
    reply = session.ask("сколько нефти из Казахстана ожидаеться через Азербайджан в 2027 году")
    assert (reply.kind.value, reply.missing) == ("not_given", "forecast"), reply.entry


@pytest.mark.parametrize("question", ["куда направилса алиев", "куда отправилса алиев"])
def test_a_past_reflexive_heard_with_a_is_the_verb(session: Session, question: str) -> None:
    # "направилса": "направился" ("-лся" with its "я" heard as "а"), the leader's going read
    # as the briefing's "прибыл … в Казахстан"
    reply = session.ask(question)
    assert reply.answered, question
    assert "Казахстан" in render_plain(reply)
