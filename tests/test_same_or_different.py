"""Whether two named things are one ("Средний коридор — это то же самое, что Транскаспийский
маршрут, или разные вещи?", "одно и то же?") is a comparison put in words of its own, as
English "the same thing" (a stop word there): "самое" and "вещи" are no words of the subject,
and a passage naming both things answers. A thing the article never names on one side keeps
the question unanswered. Each test asks through the real knowledge base."""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.fillers import filler_positions
from bot.language.sameness import sameness_sides
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


@pytest.mark.parametrize(
    "question",
    [
        "Тюркская семёрка — это то же самое, что ОТГ?",
        "Габала — это то же самое, что Баку?",
        "Транскаспийский маршрут — это то же самое, что трубопровод?",
        "Тусупбеков — это то же самое, что Токаев?",
        "Is the Turkic seven the same as the OTS?",
        "Is Gabala the same thing as Baku?",
        "Габала и Баку — одно и то же?",
        "тусупбеков и токаев это одно и то же",
    ],
)
def test_a_passage_naming_only_one_of_the_two_is_no_answer(session: Session, question: str) -> None:
    # each side is named somewhere, but no passage names both: whether they are one is not
    # told (the speaker's name heading his words says who speaks, not of whom)
    declined(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "Средний коридор — это то же, что Зангезурский коридор?",
        "Is the Middle Corridor the same as the Trans-Caspian route?",
        "Астана — это то же самое, что Баку?",
        "Формат 5+1 и «6» — это одно и то же или разные вещи?",
        # the passage's curated ways of asking take the one for the other ("what is TITR")
        "What is the Middle Corridor, per the piece? same thing as TITR?",
    ],
)
def test_a_passage_naming_both_still_answers(session: Session, question: str) -> None:
    assert answer_payload(question, session.ask(question))["band"] == "answer", question


def test_the_two_sides_are_read() -> None:
    assert sameness_sides(question_words("Габала — это то же самое, что Баку?")) == (
        ("габала", "это"),
        ("баку",),
    )
    assert sameness_sides(question_words("Габала и Баку — разные вещи?")) == (
        ("габала",),
        ("баку",),
    )
    assert sameness_sides(question_words("is gabala the same as baku")) == (
        ("is", "gabala"),
        ("baku",),
    )
    assert sameness_sides(question_words("что самое главное в визите")) is None
    assert sameness_sides(question_words("what did the same expert say about trade")) is None
