"""What a Russian "сколько" counts is the noun, not an adjective before it: "сколько
казахстанской нефти идёт через Азербайджан" asks an amount of oil, and a passage about Kazakh
energy exports whose only number is "двух стран" gives none (it used to be answered with it,
the adjective "казахстанский" being what the question was taken to count)."""

from __future__ import annotations

import pytest

from tests.support.asking import answered, declined, not_given


@pytest.mark.parametrize(
    "question",
    [
        "сколько казахстанской нефти идёт через Азербайджан",
        "сколько казахстанской нефти идет через азербайджан в год",
        "crjkmrj rfpf[cnfycrjq ytanb bl`n xthtp fpth,fql;fy",  # the same, keyboard layout
        "skolko kazahstanskoy nefti idet cherez azerbaydzhan",
    ],
)
def test_an_adjective_before_the_counted_noun_counts_nothing(session, question):
    # the energy passage offered
    assert "энергоресурсов" in not_given(session, question, "quantity"), question


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("сколько важных соглашений подписали", "15"),
        ("сколько новых соглашений подписали в Астане", "15"),
        ("сколько миллионов тонн грузов нужно Казахстану", "20 миллионов тонн"),
    ],
)
def test_a_qualified_count_the_article_gives_is_answered(session, question, evidence):
    assert evidence in answered(session, question), question


# English has no case endings: what "how much/many" counts is the word after the names that
# open its noun phrase, and those names must be said by the entry giving the amount.
@pytest.mark.parametrize(
    "question",
    [
        "How much Kazakh oil is currently shipped through Azerbaijan?",
        "how much Kazakh oil goes via Azerbaijan",
    ],
)
def test_an_english_name_before_the_counted_noun_counts_nothing(session, question):
    # the energy passage is offered first: it is about Kazakh exports, whose amount is not given
    reply = not_given(session, question, "quantity")
    assert reply.index("энергоресурсов") < reply.index("Source"), question
    assert "15–18" not in reply, question


def test_an_english_count_of_named_documents_is_not_the_total(session):
    declined(session, "How many AI documents were signed?")


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("how many agreements were signed", "15"),
        ("how many new agreements were signed", "15"),
        ("how much freight does Kazakhstan need", "20 миллионов"),
        ("how much rail freight goes between the two countries now", "1,5–2 миллиона тонн"),
        ("How many cooperation agreements were signed", "15"),
    ],
)
def test_an_english_count_the_article_gives_is_answered(session, question, evidence):
    assert evidence in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        # a mass noun after "how much" and a name: its size is asked, which "двух стран" in
        # the energy passage is not
        "how much Kazakh energy goes across Azerbaijan to world markets?",
        # "the volume/amount of X" asks it as "how much X" does, whatever opens the question
        "What is the volume of Kazakh oil exported across Azerbaijan?",
        "what's the amount of Kazakh energy exported via Azerbaijan",
        "Volume of Kazakh oil going through Azerbaijan, in tonnes or barrels?",
    ],
)
def test_an_english_size_of_a_named_thing_is_a_missing_quantity(session, question):
    assert "энергоресурсов" in not_given(session, question, "quantity"), question


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("what is the volume of rail freight between the two countries", "1,5–2 миллиона тонн"),
        ("the amount of rail freight Kazakhstan needs", "20 миллионов"),
    ],
)
def test_an_english_size_the_article_gives_is_answered(session, question, evidence):
    assert evidence in answered(session, question), question
