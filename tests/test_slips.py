"""Slips in the short words of a question, mended before it is read (``Analyser._respelt``,
``Analyser._split``): a letter left out of a short word no dictionary knows, read as the one
form of the briefing's word, a stop or frame word or a number word it is short of ("гоу":
"году", "итге": "итоге", "шеси": "шести"); a preposition typed against its neighbour
("вних", "заэту", "прогнозпо"). The question so typed gets the reply the question as written
gets, on the real knowledge base. A word the dictionary knows is never respelt nor cut."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.language.morphology import is_known_russian


def _reply(session, question: str) -> tuple[str, str | None, str | None]:
    got = session.ask(question)
    return got.kind.value, got.entry, got.missing


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("гоу", "году"),
        ("итге", "итоге"),
        ("шеси", "шести"),
        ("дням", "дням"),
        ("дям", "дням"),
        ("чсти", "части"),
        ("глаа", "глава"),
        ("ктай", "китай"),
    ],
)
def test_a_short_word_a_letter_short_is_the_form_meant(session, typed, meant):
    assert session.matcher.analyser._respelt(typed) == meant


@pytest.mark.parametrize(("typed", "meant"), [("шнсти", "шести"), ("шесьи", "шести")])
def test_a_number_word_a_key_off_is_that_number_word(session, typed, meant):
    # the briefing writes "6", not "шести": a number word is mended as its own words are
    assert session.matcher.analyser._respelt(typed) == meant


@pytest.mark.parametrize("typed", ["сеь", "тда", "поода"])
def test_a_slip_short_of_two_words_of_the_briefing_stays_as_typed(session, typed):
    # "сеь": "семь" or "сеть"; "тда": "туда" or "теда" — no guess between words apart;
    # "поода" is short of "погода" as much as of the briefing's "повода"
    assert session.matcher.analyser._respelt(typed) == typed


@pytest.mark.parametrize(
    ("typed", "halves"),
    [
        ("вних", ["в", "них"]),
        ("заэту", ["за", "эту"]),
        ("длянего", ["для", "него"]),
        ("донас", ["до", "нас"]),
        ("ктоиз", ["кто", "из"]),
        ("прогнозпо", ["прогноз", "по"]),
        ("денегв", ["денег", "в"]),
        ("уних", ["у", "них"]),
        ("овизите", ["о", "визите"]),
        ("атокаев", ["а", "токаев"]),
    ],
)
def test_a_preposition_typed_against_its_neighbour_is_cut_off(session, typed, halves):
    assert [part for part, _, _ in session.matcher.analyser._split(typed)] == halves


@pytest.mark.parametrize("typed", ["очём", "какв"])
def test_a_preposition_typed_against_a_word_is_not_a_letter_short_of_one(session, typed):
    # "очём" is "о чём", not "почём"; "какв" "как в", not "каков"
    assert session.matcher.analyser._respelt(typed) == typed


@pytest.mark.parametrize("typed", ["длилис", "сколко", "ксватает"])
def test_a_word_ending_or_opening_as_a_preposition_is_no_two_words(session, typed):
    # "длилис" is "длились" with its soft sign lost, not "длили с"; "ксватает" ("xvataet")
    # is no "к сватает"
    assert session.matcher.analyser._split(typed) == []


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("в каком гоу подписали декларацию", "в каком году подписали декларацию"),
        ("сколько дям идут грузы из китая", "сколько дням идут грузы из китая"),
        ("что в итге подписали в астане", "что в итоге подписали в астане"),
        ("какие меры нужны по железнодорожной чсти", "какие меры нужны по железнодорожной части"),
        ("что ишмухамедов сказал о шеси странах", "что ишмухамедов сказал о шести странах"),
        ("что гусейнов сказал вэтом интервью", "что гусейнов сказал в этом интервью"),
        (
            "атокаев в габале когда выступал — это давно было или как",
            "а токаев в габале когда выступал — это давно было или как",
        ),
        ("что за семёрка тюркская, очём речь", "что за семёрка тюркская, о чём речь"),
        ("что ишмухамедов сказал о шнсти странах", "что ишмухамедов сказал о шести странах"),
        ("какой прогнозпо товарообороту", "какой прогноз по товарообороту"),
        (
            "Готовлю справку по итогам визита Алиева: каие направления обсуждали стороны?",
            "Готовлю справку по итогам визита Алиева: какие направления обсуждали стороны?",
        ),
        ("сколько стит билет на паром через каспий", "сколько стоит билет на паром через каспий"),
        (
            "сколько денегв железную дорогу нужно вложить",
            "сколько денег в железную дорогу нужно вложить",
        ),
    ],
)
def test_the_question_so_typed_gets_the_reply_as_written(session, typed, written):
    assert _reply(session, typed) == _reply(session, written)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (["сколько", "стит"], ["сколько", "стит"]),  # "стит" is mended later: "стоит"
        (["скольк", "одолларов"], ["сколько", "долларов"]),
    ],
)
def test_no_space_is_shifted_off_a_word_typed_right_beside_a_slip(session, typed, meant):
    # "сколько стит" is "сколько стоит", not "скольк остит" (osteitis); a space shifted
    # off an unknown word stays put back
    assert session.matcher.analyser._respaced(typed) == meant


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["вода", "сосна", "скоро", "вокзал", "слава", "книга", "повод", "кобра"]))
def test_a_dictionary_word_is_never_cut_nor_respelt(session, word):
    assert is_known_russian(word)
    analyser = session.matcher.analyser
    assert analyser._respelt(word) == word
    assert analyser._separate([word], analyser_spent(session)) == [word]


def analyser_spent(session):
    """A fresh look-up allowance, as a question starts with."""
    from bot.matching.query import Spent
    from bot.matching.work import Allowance

    budget = session.matcher.analyser.tuning.budget
    return Spent(Allowance(budget.lookups_per_question), budget.candidates_per_question)
