"""Mends of a review of the session's changes, each asked of the real knowledge base.

- "как осуществляется X": after "как" the light passive is what is asked — how the thing
  works — so it is not read away as officialese; the article does not tell how the
  pre-registration works.
- "какое место занимает X в/по/среди Y" asks a rank in a field (which the article does not
  give), not X's role.
- "какое было число участников / подписанных соглашений": "число" before a plural genitive
  counts it — a quantity, not a date.
- "which country did the government … praise": only whole verbs of going make the country a
  place; "government" is no "go".
- "какие оценки были высказаны": the bare copula receives no judgement; "какие выводы делает
  эксперт" names its doer: what he said, not "что было сказано эксперт".
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types
from bot.language.nominal import plain_nominal
from bot.language.officialese import plain_officialese
from tests.support.asking import declined, question_words


@pytest.mark.parametrize(
    "question",
    ["как осуществляется предварительная регистрация", "какое место занимает Казахстан в торговле"],
)
def test_not_told_is_declined(session: Session, question: str) -> None:
    declined(session, question)


def test_light_passive_after_how_stays() -> None:
    assert "осуществляется" in plain_officialese(
        list(question_words("как осуществляется регистрация"))
    )
    assert "осуществляется" in plain_officialese(
        list(question_words("каким образом осуществляется предварительная регистрация"))
    )


@pytest.mark.parametrize(
    "question",
    [
        "какое место занимает Казахстан в торговле",
        "какое место занимает Казахстан по товарообороту",
        "какое место занимает Казахстан среди партнёров",
    ],
)
def test_rank_in_a_field_is_no_role(question: str) -> None:
    assert "роль" not in plain_nominal(list(question_words(question)))


def test_place_held_alone_is_a_role() -> None:
    assert "роль" in plain_nominal(list(question_words("какое место занимают отношения")))


@pytest.mark.parametrize(
    "question", ["какое было число подписанных соглашений", "какое было число участников"]
)
def test_number_of_things_is_a_count(question: str) -> None:
    types = asked_types(question_words(question))
    assert AnswerType.DATE not in types
    assert AnswerType.QUANTITY in types


def test_date_asked_by_number_stays() -> None:
    assert AnswerType.DATE in asked_types(question_words("какое было число визита"))


def test_government_is_no_going() -> None:
    asked = asked_types(question_words("which country did the government of kazakhstan praise"))
    assert AnswerType.PLACE not in asked
    assert AnswerType.PLACE in asked_types(question_words("which country did Aliyev visit"))


def test_copula_receives_no_judgement() -> None:
    words = list(question_words("какие оценки были высказаны экспертами"))
    assert plain_nominal(words) == words


def test_conclusions_drawn_by_a_doer_are_what_he_said() -> None:
    words = plain_nominal(list(question_words("какие выводы делает эксперт")))
    assert words == ["что", "сказал", "эксперт"]


def test_judgement_received_is_read() -> None:
    words = plain_nominal(list(question_words("какая оценка была дана визиту")))
    assert words[:2] == ["как", "оценил"]
