"""Counts and "what was agreed" asked the ways people ask them (the qfact set).

A count noun or measure word after "сколько" ("сколько ШТУК соглашений") is how a number is
asked, never a word of the subject; "какое количество X", "число X" ask how many as "сколько"
does; "в скольких сферах" is answered by the areas the article lists one by one, though no
figure counts them; an English count narrowed by a noun ("how many agreements on tourism")
needs a number of that narrower thing; "о чём договорились", "what was agreed", "what did they
agree on" ask for the agreements reached — and of a subject the agreements do not cover
("по Зангезурскому коридору", "по туризму") nothing was agreed that the article tells."""

from __future__ import annotations

import pytest

from tests.support.asking import answered, declined

_AREAS = ("искусственном интеллекте", "здравоохранении", "статистике")


@pytest.mark.parametrize(
    "question",
    [
        "Сколько штук соглашений подписали Алиев и Токаев?",
        "а сколько их штук, соглашений?",
        "skolko shtuk soglasheniy podpisali",
        "Какое количество документов подписано в Астане?",
        "число подписанных соглашений",
        "сколько соглашений подписано во время госвизита",
        "о чем договорились в астане",
        "What was agreed in Astana?",
        "what did the sides agree on",
        "What's the count of agreements signed?",
    ],
)
def test_the_count_of_agreements_is_answered(session, question):
    assert "15" in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        "В скольких сферах подписаны соглашения?",
        "v skolkih sferah podpisali soglasheniya",
        "в скольких сферах подписли соглашения",
    ],
)
def test_a_count_of_listed_areas_is_answered_by_the_list(session, question):
    reply = answered(session, question)
    assert all(area in reply for area in _AREAS), question


@pytest.mark.parametrize(
    "question",
    [
        "Какое количество соглашений подписано именно в сфере энергетики?",
        "how many agreements on tourism were signed?",
        "How many agreements covered healthcare?",
        "how many agreements on energy",
        "О чём договорились по Зангезурскому коридору?",
        "о чем договорились по туризму",
        "what was agreed on tourism",
        "What's the count of member states in the Organization of Turkic States?",
        "количество локомотивов",
        "число паромов",
    ],
)
def test_a_count_or_agreement_the_article_does_not_give_is_not_answered(session, question):
    declined(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "Какое число у тюркских народов считается священным?",
        "какого числа прибыл алиев",
    ],
)
def test_a_number_asked_as_such_is_no_count(session, question):
    # "какое число" (the sacred seven) and "какого числа" (a date) count nothing
    answered(session, question)


def test_agree_with_someone_is_no_agreement_reached(session):
    reply = answered(session, "Does Ishmukhamedov agree with Hajiyev?")
    assert "15 важных соглашений" not in reply
