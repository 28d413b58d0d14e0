"""Reasons asked by a fixed idiom, and reasons asked of a named expert who gives them.

- "за счёт чего", "what were they meant for": the idiom's own words ("счёт", "meant") say
  how a reason is asked, never what about (``answer_types.reason_idioms``); weighed as words
  of the subject, they outweighed it and the passage giving the reason was not answered.
- English "extra" is the briefing's "additional" ("дополнительных инвестиций").
- A reason asked of a named expert whose own near passage explains the subject and gives a
  reason ("почему отношения устойчивы, по словам Гусейнова": "… обеспечивают устойчивость
  этих отношений") is never said to be missing from his words.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.answer_types import reason_frame, reason_idioms
from bot.rendering.plain import render_plain as plain
from tests.support.asking import answered, declined, question_words


def test_the_words_of_a_reason_idiom_are_found():
    words = question_words("за счёт чего можно сократить доставку")
    assert reason_idioms(words) == frozenset({1})
    assert reason_idioms(question_words("what were the investments meant for")) == frozenset({4})
    # an idiom is a frame too; a frame's verb is no idiom ("чем Гусейнов объясняет")
    assert reason_idioms(words) <= reason_frame(words)
    assert not reason_idioms(question_words("чем Гусейнов объясняет устойчивость отношений"))
    assert not reason_idioms(question_words("счёт за перевозку"))
    # "the logic behind": how a reason is asked; "behind" alone is no idiom
    words = question_words("what is the logic behind a format of seven")
    assert {words[at] for at in reason_idioms(words)} == {"logic", "behind"}
    assert not reason_idioms(question_words("who is behind the corridor"))
    words = question_words("какими доводами эксперт обосновывает идею")
    assert {words[at] for at in reason_frame(words)} == {"доводами", "обосновывает"}


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        (
            "What were the extra railway investments meant for, in Ishmukhamedov's view?",
            "модернизации железных дорог",
        ),
        ("what were the extra investments in railways meant for", "новых паромов"),
        ("what was the extra money for railways meant for", "локомотивов и вагонов"),
        ("за счёт чего Ишмухамедов предлагает сократить доставку", "инвестици"),
        ("pf cxtn xtuj vj;yj cjrhfnbnm ljcnfdre uhepjd", "должных инвестициях"),
        ("за счёт чего Азербайджан усиливает роль в энергетической безопасности", "экспорт"),
        ("за счёт чего облегчится товарооборот", "электронной регистрации"),
        # chat's "tho" says nothing; "the logic behind" asks why
        ("ok tho what's the logic behind seven countries", "священным числом"),
        # "какими доводами обосновывает": "чем обосновывает" said by the noun of a reason
        ("Какими доводами эксперт обосновывает идею семёрки?", "священным числом"),
        ("какими аргументами Тусупбеков объясняет выбор мира", "мудрости"),
    ],
)
def test_a_reason_asked_by_an_idiom_is_answered(session, question, evidence):
    assert evidence in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        "за счёт чего построят Зангезурский коридор",
        "What were the 15 agreements meant for in terms of money?",
        "зачем Токаев ездил в Габалу",
        "What was Tokayev's trip to Gabala meant for?",
    ],
)
def test_a_reason_the_article_does_not_give_stays_declined(session, question):
    declined(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "почему отношения Баку и Астаны устойчивы, по словам Гусейнова?",
        "почему отношения Баку и Азтаны устойчивы по словам Гусейнова",
        "pochemu otnosheniya Baku i Astany ustoychivy po slovam Guseynova",
    ],
)
def test_an_expert_giving_the_reason_is_not_said_to_be_silent(session, question):
    reply = session.ask(question)
    assert reply.kind != "not_given", (question, plain(reply)[:200])
    assert "не говорит" not in plain(reply), question


@pytest.mark.parametrize(
    "question",
    [
        "почему Гусейнов говорит, что Армения подписала декларацию",
        "why does Huseynov say Armenia signed the declaration",
    ],
)
def test_an_expert_silent_on_a_reason_is_still_said_to_be(session, question):
    reply = session.ask(question)
    assert reply.kind == "not_given", (question, reply.kind)


def test_where_a_thing_came_from_is_asked_as_its_reason(session):
    # "откуда взялась": the origin of the number is why there are seven; the verb is how the
    # reason is asked, no relation a passage must tell
    words = question_words("откуда взялась эта цифра семь")
    assert {words[at] for at in reason_idioms(words)} == {"взялась"}
    assert not reason_idioms(question_words("взялась за дело"))
    text = plain(session.ask("Почему именно семь стран, а не шесть? Откуда взялась эта цифра?"))
    assert "священным числом" in text
    assert "священным числом" in answered(session, "откуда взялась идея тюркской семёрки?")
