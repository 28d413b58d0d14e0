"""What a thing is: "what route is the Middle Corridor" is answered by the passage defining
it ("Средний коридор — Транскаспийский … маршрут"), not by one merely naming it.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.definitions import asks_definition, defines, definition_frame
from bot.rendering.plain import render_plain as plain
from tests.support.asking import question_words


@pytest.mark.parametrize(
    "question",
    ["so what's the Middle Corridor?", "what kind of route is the Middle Corridor"],
)
def test_what_a_thing_is_is_its_definition(session, question):
    reply = session.ask(question)
    assert reply.kind == "answer", question
    assert "Транскаспийский международный транспортный маршрут" in plain(reply), question


def test_definition_shapes():
    def names(word: str) -> str | None:
        return {"северный": "n", "северного": "n", "путь": "p", "пути": "p"}.get(word)

    needed = frozenset("np")
    assert asks_definition("что такое северный путь")
    assert asks_definition("northern route = which road?")
    assert not asks_definition("когда открыли северный путь")
    assert defines("Северный путь — морская дорога вдоль Арктики.", names, needed)
    assert defines("Северный путь (трасса вдоль Арктики) важен.", names, needed)
    assert defines("Северный путь проходит через три моря.", names, needed)
    assert not defines("Значение Северного пути растёт.", names, needed)
    assert not defines("Южный путь — короче.", names, needed)  # another thing's definition


# "what exactly is meant by X", "the full official name of X", "что понимается под X",
# "полное название X": the words asking the definition or the name are how the question asks,
# no words of the subject a passage must hold — they sank the defining passage to a "did you
# mean". A name the article gives nowhere is still not given.
@pytest.mark.parametrize(
    "question",
    [
        "What exactly is meant by the Middle Corridor in this material?",
        "What exactly is meant by the Middle Corridor in this article?",
        "what do they mean by the Middle Corridor",
        "what is the full official name of the middle corridor?",
        "полное официальное название Среднего коридора",
        "полное название Среднего коридора",
        "как полностью называется Средний коридор",
        "как официально называется Средний коридор",
        "что имеется в виду под Средним коридором",
        "что понимается под Средним коридором",
    ],
)
def test_what_is_meant_and_the_full_name_are_the_definition(session, question):
    reply = session.ask(question)
    assert reply.kind == "answer", question
    assert "Транскаспийский международный транспортный маршрут" in plain(reply), question


@pytest.mark.parametrize(
    "question",
    [
        "what is the full official name of the AI agreement?",
        "полное название декларации о мире",
        "официальное название Зангезурского коридора",
        "как официально называется соглашение по ИИ",
    ],
)
def test_a_full_name_the_article_never_gives_is_not_given(session, question):
    reply = session.ask(question)
    assert (reply.kind, reply.missing) == ("not_given", "fact"), question


def test_definition_frame_positions():
    def framing(question: str) -> set[str]:
        words = question_words(question)
        return {words[at] for at in definition_frame(words, question)}

    assert framing("what exactly is meant by the middle corridor") == {"exactly", "meant"}
    assert framing("what is the full official name of the middle corridor") == {
        "full",
        "official",
        "name",
    }
    assert framing("как полностью называется средний коридор") == {"полностью", "называется"}
    assert framing("что имеется в виду под средним коридором") == {"имеется", "виду"}
    # words of how a definition is asked, wherever they stand ("please clarify")
    assert framing("what exactly is meant by the middle corridor please clarify") == {
        "exactly",
        "meant",
        "clarify",
    }
    assert framing("which other name does the article give the middle corridor") == {
        "other",
        "name",
    }
    # what it means for trade: the verb of meaning is how it asks; its subject stays
    assert framing("what does the corridor mean for trade") == {"mean"}
    # no definition asked: nothing is framing
    assert not framing("explain the corridor's role in trade, please")
    assert not framing("когда открыли средний коридор")
