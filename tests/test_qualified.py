"""A count of a subset, or of another thing, is not the count the entry gives: "сколько
соглашений по энергетике" is not answered by the 15 agreements in every area, nor "сколько
стран Центральной Азии посетил" by a "5+1" said in a sentence about those countries.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.language.clauses import clauses, is_number, particularises
from bot.language.morphology import lemma
from bot.matching.qualified import enumerates_areas
from bot.rendering.plain import render_plain as plain

AGREEMENTS = (
    "в рамках визита президента Ильхама Алиева в Астану стороны подписали 15 важных "
    "соглашений о сотрудничестве в ключевых сферах: энергетике, транспорте, цифровизации."
)


def test_a_number_counts_the_words_after_it_within_its_clause():
    head, listing = clauses(AGREEMENTS, lemma)
    assert "соглашение" in head.counted and "энергетика" not in head.lemmas
    assert listing.listing and "энергетика" in listing.lemmas and not listing.counted
    (formula,) = clauses(
        "визиты в страны Центральной Азии и формула «5+1», преобразовавшаяся", lemma
    )
    assert "страна" in formula.lemmas and "страна" not in formula.counted
    (tonnes,) = clauses("составляет всего 1,5–2 миллиона тонн, тогда как", lemma)
    assert "тонна" in tonnes.counted
    assert is_number("1,5-2") and is_number("миллиона") and not is_number("соглашений")


@settings(deadline=None, max_examples=200)
@given(st.text(max_size=80))
def test_any_text_cuts_into_clauses(text):
    for clause in clauses(text, lemma):
        assert clause.lemmas
        assert clause.counted <= clause.lemmas


@pytest.mark.parametrize(
    ("question", "missing", "offered"),
    [
        ("skolko soglasheniy po energetike podpisali", "quantity", "соглашени"),
        ("сколько соглашений по искусственному интеллекту подписали", "quantity", "соглашени"),
        ("Сколько соглашений подписали в сфере здравоохранения?", "quantity", "соглашени"),
        ("Сколько стран Центральной Азии уже посетил Алиев?", "quantity", "Центральной Азии"),
        ("какие конкретно соглашения по энергетике подписали", "fact", "энергетик"),
        ("какие конкретно соглашения подписали по здравоохранению", "fact", "здравоохранени"),
    ],
)
def test_a_count_or_a_name_of_a_subset_is_not_given(session, question, missing, offered):
    reply = session.ask(question)
    assert (reply.kind, reply.missing) == ("not_given", missing), question
    assert offered.lower() in plain(reply).lower()


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("сколько соглашений подписали в Астане", "15"),
        ("сколько соглашений о сотрудничестве подписали", "15"),
        ("какие соглашения подписали в Астане", "15"),
        ("соглашения по искусственному интеллекту", "искусственном интеллекте"),
        ("Сколько тонн сейчас перевозят по железной дороге между странами?", "1,5–2"),
        ("сколько тонн в год готов обеспечить Азербайджан", "5–7"),
        # "какой товарооборот" asks for an amount: the figure said of the corridor answers
        ("kakoy tovarooborot mozhet byt blagodarya Srednemu koridoru", "одного миллиарда"),
        ("Какой сейчас товарооборот между Азербайджаном и Казахстаном?", "400–500"),
    ],
)
def test_a_count_said_of_what_is_asked_is_answered(session, question, evidence):
    reply = session.ask(question)
    assert reply.answered, question
    assert evidence in plain(reply)


def test_areas_listed_after_the_agreements_tell_which_they_are():
    text = "Министры заключили четыре договора в разных отраслях: энергетике, связи, туризме."
    read = clauses(text, lemma)
    assert enumerates_areas(read, "договор", frozenset())
    assert enumerates_areas(read, "договор", frozenset({"министр"}))
    # which of them is an energy one is not told; nor which the areas are of the ministers
    assert not enumerates_areas(read, "договор", frozenset({"энергетика"}))
    assert not enumerates_areas(read, "министр", frozenset())
    # the areas named in the clause itself, with no list after it
    assert not enumerates_areas(clauses("Подписаны договоры в энергетике", lemma), "договор", ())
    # papers uncounted are still the papers signed
    text = "Стороны подписали ряд меморандумов в нескольких сферах: энергетике, связи."
    assert enumerates_areas(clauses(text, lemma), "меморандум", ())


@pytest.mark.parametrize(
    "question", ["какие конкретно договоры подписали стороны", "Какие именно документы подписаны?"]
)
def test_which_agreements_exactly_is_answered_by_their_areas(session, question):
    reply = session.ask(question)
    assert reply.answered, question
    assert "здравоохранении" in plain(reply)


@pytest.mark.parametrize(
    "question",
    [
        "какие именно соглашения по транспорту подписали",
        "какие конкретно документы по ИИ подписали, что в них?",
    ],
)
def test_which_agreements_of_one_area_or_what_they_say_stays_not_given(session, question):
    assert not session.ask(question).answered, question


def test_particulars_after_a_clause_say_which_things_it_names():
    text = "Нужны новые вложения в порты. В частности, в причалы, краны и склады."
    assert particularises(text, lemma, frozenset({"вложение"}))
    # one thing after the cue is an example, no particulars; a cue with nothing named before
    assert not particularises("Нужны вложения. Например, в порт.", lemma, frozenset({"вложение"}))
    assert not particularises(text, lemma, frozenset({"кредит"}))


def test_which_investments_exactly_is_answered_by_their_particulars(session):
    reply = session.ask("какие конкретно инвестиции нужны железным дорогам")
    assert reply.answered
    assert "локомотивов и вагонов" in plain(reply)
