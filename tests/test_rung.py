"""Not-given questions in fresh Russian wordings (the ru13 set): each class of wording that
read a missing fact as given, or named the wrong kind missing, asked of the real base."""

from __future__ import annotations

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types
from bot.language.occupations import person_noun
from bot.rendering.plain import render_plain
from tests.support.asking import answered, answered_entry, declined, not_given, question_words


def test_an_emphatic_particle_leaves_the_word_it_stresses() -> None:
    # "год-то" is "год"; "кто-то", "вообще-то" are words of their own and stay whole
    words = question_words("А год-то какой? Скажите-ка, кто-то что-то говорил, вообще-то")
    assert "год" in words and "скажите" in words
    assert {"кто-то", "что-то", "вообще-то"} <= set(words)


def test_a_stressed_year_is_a_year_asked(session: Session) -> None:
    # "20 октября" gives no year: the visit's passage does not answer it
    declined(session, "А год-то какой у визита Алиева?")


def test_a_calendar_noun_asked_apart_from_its_which(session: Session) -> None:
    # spoken order: the noun first, or a copula between it and "какой"
    declined(session, "А год какой был у визита Алиева?")
    declined(session, "Какой был год государственного визита?")
    assert AnswerType.DATE in asked_types(question_words("А месяц какой был у переговоров?"))


def test_a_rate_per_year_asks_no_date() -> None:
    assert AnswerType.DATE not in asked_types(question_words("в год какой объём перевозок"))


def test_a_country_expressing_its_view_holds_a_position(session: Session) -> None:
    text = not_given(
        session, "Выразила ли Турецкая Республика своё отношение к тюркской семёрке?", "statement"
    )
    assert "Турции" in text
    declined(session, "Китай выразил какую-то позицию по Среднему коридору?")


def test_a_reason_noun_asks_the_cause_of_a_figure(session: Session) -> None:
    # "каковы причины", "по какой причине" ask why as "почему" does: Gadzhiev's post states
    # the figure ("5+1" became "6"), no cause of it
    for question in (
        "Каковы причины, по которым Гаджиев счёл формат 5+1 преобразовавшимся в 6?",
        "По какой причине Гаджиев решил, что формат 5+1 стал форматом 6?",
    ):
        not_given(session, question, "reason")


def test_people_named_by_their_trade_are_speakers_the_article_does_not_quote(
    session: Session,
) -> None:
    # a plural verb of saying, and a trade the article names only by a relative
    # ("перевозчики" — its "перевозки"), or a compound read by its head ("грузо|перевозчики")
    for question in (
        "Что заявили перевозчики о предварительной электронной регистрации?",
        "А что говорят грузоперевозчики про электронную регистрацию транспортных средств?",
        "Что говорят железнодорожники о модернизации железных дорог?",
    ):
        declined(session, question)
    assert person_noun("грузоперевозчики") == "грузоперевозчик"
    assert person_noun("перевозки") is None


def test_the_experts_said_of_a_subject_are_still_quoted(session: Session) -> None:
    assert answered_entry(session, "Что говорят эксперты про Средний коридор?")
    assert answered_entry(session, "Что сказал депутат про энергетику?") == "huseynov-energy"


def test_how_long_one_goes_with_the_one_going_before_its_verb(session: Session) -> None:
    # "сколько паром идёт": the ferry is the subject (no genitive), so a length is asked —
    # "сколько паромов идёт" still counts the ferries
    not_given(session, "Сколько паром плывёт через Каспий?", "duration")
    not_given(session, "Сколько паромов идёт через Каспий?", "quantity")
    text = answered(session, "Сколько груз едет из Китая в Азербайджан?")
    assert "15–18" in text
    # the way it goes between the one going and its verb: still a length of going
    text = answered(session, "а сколько сейчас груз из Китая едет до Азербайджана?")
    assert "15–18" in text
    not_given(session, "Сколько паром через Каспий плывёт?", "duration")
    not_given(session, "Сколько паромов через Каспий идёт?", "quantity")


def test_many_people_named_as_one_are_not_quoted_and_told_so(session: Session) -> None:
    # "бизнес", "общественность": a group speaking as one; a trade in the plural — the reply
    # speaks of "these people", a single office of "this person"
    for question in (
        "А что говорит бизнес про электронную регистрацию на границе?",
        "Что заявили перевозчики о предварительной электронной регистрации?",
    ):
        declined(session, question)
        assert "Слов этих людей в статье нет" in render_plain(session.ask(question))
    single = render_plain(session.ask("Что сказал министр про электронную регистрацию?"))
    assert "Слов этого человека в статье нет" in single


def test_reasons_asked_in_the_genitive_after_a_preposition(session: Session) -> None:
    not_given(
        session, "В силу каких причин Казахстану нужно до 20 миллионов тонн перевозок?", "reason"
    )
