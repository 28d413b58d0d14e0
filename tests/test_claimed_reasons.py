"""A reason asked of what somebody holds, and the passage that gives it.

- "почему X считает, что <a figure>": a figure he states is no cause of it. His passage
  stating the figure alone does not answer; the reply says the reason is not given, and
  offers what he said.
- "сам факт X", "the very fact of X": X by itself ("само по себе"); "факт" is no word of the
  subject a passage must hold (``fillers._mere_fact_at``).
- "почему торговля не растёт": growing is the growth ("рост") a briefing names by its noun
  (``RUSSIAN_SYNONYMS``).
- "что мешает X", "what hampers X", "отчего X не растёт": what holds X back. The asker's verb
  is a frame filled by the words a text names an obstacle with ("барьеры … сдерживают"); a
  passage naming none does not answer, though another says "мешает"; the obstacle is the
  cause a "why not" asks (``characterisation.names_filler``, ``Matcher._obstacle_first``).
- "зачем нужны инвестиции": a need's reason is its goal — the passage telling what the thing
  achieves ("при должных инвестициях … можно сократить"), the need shown after it, not the
  sibling repeating the need (``goals``, ``Matcher._goal_of_need_first``).
- "чем вызвана усиливающаяся роль Баку": an effect asked the cause of, which a passage says
  one thing brings about by a verb of the same root ("экспорт … усиливает роль Баку"): the
  verb's subject is the cause, though no connective says so (``effect_named``).
- "рост товарооборота до миллиарда": a noun of change said with the level it reaches is said,
  in part, by the verbs of its relation ("позволит довести … до миллиарда"); "рост вдвое",
  a multiple, is not (``query._reaching``).

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import (
    AnswerType,
    asked_types,
    effect_named,
    stated_types,
    states_cause,
)
from bot.language.characterisation import asks_prevented
from bot.language.fillers import filler_positions
from bot.language.goals import asks_why_needed, tells_goal
from bot.rendering.plain import render_plain
from tests.support.asking import answered, not_given, question_words


@pytest.mark.parametrize(
    "question",
    [
        "почему Гаджиев пишет, что формула 5+1 стала 6",
        "Why does Hajiyev think 5+1 has become 6?",
        "отчего Гаджиев решил, что 5+1 это уже 6",
    ],
)
def test_a_figure_held_is_no_reason_for_it(session: Session, question: str) -> None:
    not_given(session, question, "reason")


@pytest.mark.parametrize(
    "question",
    [
        "почему Ишмухамедов считает, что товарооборот можно довести до 1 миллиарда",
        "почему Ишмухамедов предлагает добавить Турцию к шести странам",
    ],
)
def test_a_figure_with_its_ground_is_answered(session: Session, question: str) -> None:
    answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "почему Тусупбеков думает, что сам факт визита что-то значит",
        "why does Tusupbekov think the very fact of the visit counts for a lot",
    ],
)
def test_the_mere_fact_of_a_thing_is_the_thing(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert reply.answered and reply.entry == "tusupbekov-highest-level", (question, reply.entry)


def test_a_fact_asked_for_stays_a_word_of_the_question() -> None:
    assert filler_positions(("какой", "факт", "приводит", "эксперт")) == frozenset()
    assert filler_positions(("сам", "факт", "того", "что", "он", "приехал")) == {1, 2}


def test_growing_is_the_growth_the_briefing_names(session: Session) -> None:
    reply = session.ask("почему у двух стран торговля никак не растёт")
    assert reply.answered and reply.entry == "ishmukhamedov-barriers", reply.entry


@pytest.mark.parametrize(
    "question",
    [
        "что тормозит взаимную торговлю",
        "what is hampering trade between the two countries",
        "отчего взаимная торговля никак не растёт",
        "why is mutual trade not growing",
    ],
)
def test_what_holds_a_thing_back_is_the_obstacle_named(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert reply.answered and reply.entry == "ishmukhamedov-barriers", (question, reply.entry)


@pytest.mark.parametrize(
    "question",
    [
        "что мешает строительству паромов",
        "what hinders building the ferries",
        # the verb of hindering the briefing never uses still asks for an obstacle
        "что препятствует развитию Среднего коридора",
        "что тормозит Транскаспийский маршрут",
        # the obstacle named is what is asked about: its cause, not given
        "чем вызваны лимиты, тормозящие торговлю",
    ],
)
def test_no_obstacle_named_no_answer(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert not reply.answered, (question, reply.entry)


def test_a_thing_not_happening_is_asked_by_a_negated_why() -> None:
    assert asks_prevented(("почему", "торговля", "не", "растет"))
    assert asks_prevented(("why", "isn", "trade", "growing"))
    assert not asks_prevented(("почему", "торговля", "растет"))


@pytest.mark.parametrize(
    "question",
    [
        "для чего железным дорогам нужны дополнительные инвестиции",
        "why would the railways need extra investment",
    ],
)
def test_a_need_is_answered_by_its_goal(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert reply.answered and reply.entry == "ishmukhamedov-delivery-time", (question, reply.entry)
    assert "7–8" in render_plain(reply)


def test_a_goal_of_another_thing_is_no_reason_for_the_need(session: Session) -> None:
    # a sibling on trade tells a goal ("позволит довести … до миллиарда"), not of the tonnes
    reply = session.ask("для чего Казахстану требуется 20 миллионов тонн грузов")
    assert reply.entry != "trade-turnover-target", reply.entry


def test_a_goal_is_told_by_what_a_thing_achieves() -> None:
    assert asks_why_needed(("зачем", "нужны", "паромы"))
    assert asks_why_needed(("для", "чего", "необходима", "модернизация"))
    assert not asks_why_needed(("что", "нужно", "для", "паромов"))
    assert tells_goal("При хороших вложениях срок можно сократить вдвое")
    assert tells_goal("Но для этого нужны серьёзные вложения")
    assert not tells_goal("строительство новых паромов для перевозки грузов")


def test_growth_to_a_level_is_bringing_it_there(session: Session) -> None:
    reply = session.ask("благодаря чему, по Ишмухамедову, возможен рост товарооборота до миллиарда")
    assert reply.answered, reply.entry
    assert "Реализация новых проектов" in render_plain(reply)


def test_bookish_connectives_state_a_cause_or_an_aim() -> None:
    # "в силу", "по причине": a cause; "с целью", "в целях": an aim, a reason but no cause
    assert states_cause("экспорт вырос в силу выгодного положения страны")
    assert states_cause("поставки сократились по причине ремонта")
    assert AnswerType.REASON in stated_types("паромы закупят с целью разгрузить порт")
    assert not states_cause("паромы закупят с целью разгрузить порт")
    assert AnswerType.REASON in stated_types("проект запущен в целях развития региона")


@pytest.mark.parametrize(
    "question",
    [
        "Чем вызвана, по словам Гусейнова, усиливающаяся роль Баку в энергобезопасности?",
        "за счёт чего укрепляется экономическая взаимозависимость двух стран",
    ],
)
def test_an_effect_is_caused_by_what_brings_it_about(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert reply.answered and reply.entry == "huseynov-energy", (question, reply.entry)


def test_the_effect_must_be_the_one_a_span_brings_about() -> None:
    said = "экспорт энергоресурсов укрепляет взаимозависимость и усиливает роль Баку"
    assert effect_named(("чем", "вызвана", "усиливающаяся", "роль", "баку"), said)
    # the same root, but what it acts on in the span is not the question's
    assert not effect_named(("чем", "вызвано", "усиление", "санкций"), said)
    # no root of effect asked: the span's verbs are no answer to another cause
    assert not effect_named(("чем", "вызван", "рост", "товарооборота"), said)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Чем мотивировано предложение о тюркской семёрке?", "ishmukhamedov-sacred-seven"),
        ("Чем продиктована необходимость электронной регистрации?", "ishmukhamedov-road"),
        ("чем мотивирован выбор Азербайджаном пути мира", "tusupbekov-peace"),
    ],
)
def test_a_motive_asked_in_the_formal_register(session: Session, question: str, entry: str) -> None:
    # "чем мотивировано", "чем продиктовано": a reason asked, as "чем объясняется" asks it
    assert asked_types(question_words(question))[:1] == (AnswerType.REASON,)
    reply = session.ask(question)
    assert reply.answered and reply.entry == entry, (question, reply.entry)


@pytest.mark.parametrize(
    "question",
    [
        "вот интересно, зачем Ишмухамедов про семёрку заговорил?",
        "почему Ишмухамедов заговорил о семёрке",
    ],
)
def test_why_an_expert_raised_a_subject_is_his_reason(session: Session, question: str) -> None:
    # "заговорил": his speaking up on it, as "говорит" — no word of the subject
    reply = session.ask(question)
    assert reply.answered and reply.entry == "ishmukhamedov-sacred-seven", (question, reply.entry)
