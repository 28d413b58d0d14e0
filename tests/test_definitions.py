"""What a thing is: "what route is the Middle Corridor" is answered by the passage defining
it ("Средний коридор — Транскаспийский … маршрут"), not by one merely naming it.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.definitions import asks_definition, defines
from bot.rendering.plain import render_plain as plain


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
