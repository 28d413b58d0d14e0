"""Whether two named things are one ("Средний коридор — это то же самое, что Транскаспийский
маршрут, или разные вещи?", "одно и то же?") is a comparison put in words of its own, as
English "the same thing" (a stop word there): "самое" and "вещи" are no words of the subject,
and a passage naming both things answers. A thing the article never names on one side keeps
the question unanswered. Each test asks through the real knowledge base."""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.fillers import filler_positions
from bot.rendering.payload import answer_payload
from tests.support.asking import declined, question_words


def test_the_words_of_sameness_are_fillers() -> None:
    words = question_words("Средний коридор — это то же самое, что Транскаспийский маршрут?")
    assert [words[at] for at in sorted(filler_positions(words))] == ["то", "же", "самое"]
    words = question_words("это разные вещи или нет")
    assert [words[at] for at in sorted(filler_positions(words))] == ["разные", "вещи"]
    # "самое главное" is no comparison
    assert not filler_positions(question_words("что самое главное в визите"))


@pytest.mark.parametrize(
    "question",
    [
        "Мне нужно для подводки: Средний коридор — это то же самое, что Транскасписйкий"
        " маршрут, или разные вещи?",
        "Средний коридор и Транскаспийский маршрут — одно и то же?",
        "транскаспийский маршрут это то же самое что средний коридор",
        "Средний коридор и путь через Каспий — разные вещи или нет?",
    ],
)
def test_whether_two_named_routes_are_one_is_answered(session: Session, question: str) -> None:
    payload = answer_payload(question, session.ask(question))
    assert payload["band"] == "answer", (question, payload["band"])
    assert "Транскаспийск" in str(payload["text"])


@pytest.mark.parametrize(
    "question",
    [
        "Транскаспийский маршрут — это то же самое, что Новый шёлковый путь?",
        "Средний коридор это то же самое что Северный коридор?",
        "Средний коридор и Один пояс один путь — разные вещи?",
    ],
)
def test_a_thing_the_article_never_names_keeps_it_unanswered(
    session: Session, question: str
) -> None:
    declined(session, question)
