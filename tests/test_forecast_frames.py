"""Forecast questions by their frame, and the passages that answer them.

- "вырастет ли экспорт нефти", "will Kazakhstan increase oil exports", "going forward, will
  …": whether an amount will change is answered by a passage foreseeing it, not by today's
  effect of the thing ("экспорт … укрепляет взаимозависимость"): no such forecast.
- "сколько тонн перевезут в 2027 году", "how much will exports grow by 2030": an amount of a
  year to come that no passage gives is missing as a forecast.
- "what's next for relations", "что дальше с отношениями": a forecast asked without a future
  verb; a passage foreseeing it ("определит региональные реалии в ближайшие годы") comes
  before one on the same topic stating today's effect.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import (
    AnswerType,
    asked_types,
    asks_whats_next,
    asks_whether_future,
    changes_amount,
    missing_kind,
    speaks_of_future,
)
from tests.support.asking import answered, not_given, question_words


@pytest.mark.parametrize(
    "question",
    [
        "вырастет ли экспорт нефти через азербайджан",
        "увеличится ли экспорт казахстанских энергоресурсов через Азербайджан",
        "Will Kazakhstan increase oil exports via Baku?",
        "Going forward, will Kazakhstan increase oil exports via Baku?",
        "dshfcntn kb 'rcgjhn ytanb xthtp fpth,fql;fy",
    ],
)
def test_todays_effect_foresees_no_growth(session: Session, question: str) -> None:
    not_given(session, question, "forecast")


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("сможет ли товарооборот вырасти до миллиарда долларов?", "миллиард"),
        ("will trade grow?", "миллиард"),
        ("сократятся ли сроки доставки из Китая", "7–8"),
        ("вырастет ли туризм между странами", "туризма"),
    ],
)
def test_a_foreseen_change_answers_whether(session: Session, question: str, evidence: str) -> None:
    assert evidence in answered(session, question)


def test_an_effect_of_the_change_asked_still_answers(session: Session) -> None:
    # "способствует укреплению единства": the very thing asked, not a change of an amount
    reply = answered(session, "will this visit make the turkic states organisation more united")
    assert "единства" in reply


@pytest.mark.parametrize(
    "question",
    [
        "сколько тонн грузов перевезут по железной дороге в 2027 году?",
        "skolko konteynerov iz kitaya poydet cherez kaspiy v 2026",
        "How much will Kazakh energy exports via Azerbaijan grow by 2030?",
    ],
)
def test_an_amount_of_a_year_to_come_is_a_forecast(session: Session, question: str) -> None:
    not_given(session, question, "forecast")


def test_missing_kind_of_a_year_ahead() -> None:
    words = question_words("сколько паромов построят в следующем году")
    assert missing_kind(AnswerType.QUANTITY, words, None, future=True) is AnswerType.FORECAST
    words = question_words("сколько тонн перевозят в 2025 году")
    assert missing_kind(AnswerType.QUANTITY, words, None) is AnswerType.QUANTITY


@pytest.mark.parametrize(
    "question",
    [
        "what's next for Azerbaijan-Kazakhstan relations?",
        "Where are Azerbaijan-Kazakhstan relations heading?",
        "что дальше с отношениями Азербайджана и Казахстана",
    ],
)
def test_whats_next_is_answered_by_the_forecast(session: Session, question: str) -> None:
    assert "региональные реалии" in answered(session, question)


def test_whats_next_of_the_seven_is_what_it_could_be(session: Session) -> None:
    assert "геополитический регион" in answered(session, "what's next for the Turkic seven")


def test_frames() -> None:
    assert asks_whether_future(question_words("вырастет ли экспорт"))
    assert asks_whether_future(question_words("going forward, will trade grow"))
    assert not asks_whether_future(question_words("что будет с торговлей"))
    assert not asks_whether_future(question_words("what will the results do"))
    assert asks_whats_next(question_words("what lies ahead for the corridor"))
    assert asks_whats_next(question_words("что дальше с коридором"))
    assert not asks_whats_next(question_words("что обсуждали"))
    assert changes_amount("вырасти") and changes_amount("increas")
    assert not changes_amount("укреплять")
    assert AnswerType.FORECAST in asked_types(question_words("what's next for the corridor"))


def test_a_third_partys_step_offers_the_proposal_naming_it(session: Session) -> None:
    # Turkey joining is not answered by the proposal to add it; the proposal is what is offered
    reply = not_given(session, "Вступит ли Турция в формат «6» в ближайшее время?", "forecast")
    assert "Турци" in reply


def test_no_promotion_off_the_subject(session: Session) -> None:
    question = (
        "Is there any forecast in numbers for how much tourism between Azerbaijan and "
        "Kazakhstan will grow?"
    )
    not_given(session, question, "forecast")


def test_soft_sign_slip_reads_as_the_finite_verb() -> None:
    from bot.language.morphology import finite_of_slip, is_future_verb

    assert finite_of_slip("изменяться") == "изменятся"
    assert finite_of_slip("добраться") == "добраться"  # an infinitive with no such twin
    assert is_future_verb("изменяться")
    assert speaks_of_future("изменяться")


def test_the_odds_ask_a_forecast(session: Session) -> None:
    # the odds of a third party's step: no forecast of it; the odds of the billion: foreseen
    not_given(session, "what are the chances Turkey joins", "forecast")
    assert "миллиард" in answered(
        session, "какова вероятность что товарооборот достигнет миллиарда"
    )


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        # what a thing will give or bring: what it could be names it ("могла бы представлять
        # собой единый регион"), and "даст" is no word of the subject to match elsewhere
        ("что даст казахам и азербайджанцам тюркская семёрка, если верить политологу", "регион"),
        ("что в итоге принесёт эта тюркская семёрка", "регион"),
    ],
)
def test_what_a_thing_will_give_is_what_it_could_be(
    session: Session, question: str, evidence: str
) -> None:
    assert evidence in answered(session, question)


def test_giving_asked_in_the_future_only() -> None:
    from bot.language.answer_types import forecast_idioms

    assert forecast_idioms(question_words("что даст семёрка")) == {1}
    assert forecast_idioms(question_words("что могла бы дать семёрка")) == {3}
    assert forecast_idioms(question_words("что дал визит")) == frozenset()


@pytest.mark.parametrize(
    "question",
    [
        # "запустят": a verb of the condition no word of the briefing says — what the projects
        # do, told there as "реализация"; the passage naming the projects comes first
        "что будет с торговлей, если запустят эти проекты по Среднему коридору?",
        "что станется с торговлей, если запустят проекты по коридору",
    ],
)
def test_a_forecast_under_a_condition_names_it(session: Session, question: str) -> None:
    assert "проектов" in answered(session, question)


def test_a_condition_the_article_never_sets_stays_unforeseen(session: Session) -> None:
    reply = session.ask("что будет с торговлей, если Турция войдёт в семёрку")
    assert not reply.answered, (reply.kind, reply.entry)


def test_condition_words() -> None:
    from bot.language.predicates import condition_verbs, condition_words

    words = question_words("что будет с торговлей если запустят проекты")
    assert condition_verbs(words) == {5}
    assert condition_words(words) == {5, 6}
    assert condition_words(question_words("если запустят проекты что будет")) == {1, 2}


def test_what_a_thing_will_do_is_told_in_the_relations_words(session: Session) -> None:
    # "связанный … общей историей" in the span saying what the seven could be
    reply = answered(session, "что ещё будет связывать тюркскую семёрку, кроме экономики")
    assert "историей" in reply


def test_whether_it_will_do_it_stays_unforeseen(session: Session) -> None:
    not_given(session, "будет ли тюркскую семёрку связывать общая культура", "forecast")


def test_what_will_change_asks_the_course(session: Session) -> None:
    # "изменится": how the question asks what is to come, no word a passage must hold
    assert "барьеры" in answered(session, "что изменится во взаимной торговле после визита?")
    words = question_words("что должно измениться в торговле")
    from bot.language.answer_types import course_cues

    assert course_cues(words) == {2}
    assert not course_cues(question_words("что изменилось в торговле"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Каким образом визит повлияет на товарооборот?", "одного миллиарда"),
        ("как визит повлияет на товарооборот?", "одного миллиарда"),
    ],
)
def test_how_a_thing_will_tell_on_another_asks_the_course(
    session: Session, question: str, expected: str
) -> None:
    # "повлияет", "скажется": how the question asks the effect to come, no word of it
    assert expected in answered(session, question)
    from bot.language.answer_types import course_cues

    assert course_cues(question_words("как визит повлияет на товарооборот")) == {2}
