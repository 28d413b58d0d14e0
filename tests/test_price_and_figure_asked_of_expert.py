"""Two not-given kinds the article cannot answer, told as such rather than "no answer".

A price asked by its Russian noun ("какая будет цена перевозки", "стоимость доставки"):
the noun is the kind of answer asked, a sum, which the briefing never says; weighed as a word
of the subject it sank every passage on what is priced, and the reply was "none". A figure
asked of an expert who never gives it ("What did Tusupbekov say about the 7-8 days?"): the
unit after the number names the figure spoken of, as "о 7–8 днях" does, so who did speak of
it is named. Each test asks through the real knowledge base."""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered_entry, not_given


@pytest.mark.parametrize(
    "question",
    [
        "В лучшем случае какая будет цена перевозки?",
        "Какая будет цена перевозки?",
        "Какая стоимость перевозки?",
        "Какова цена доставки грузов из Китая?",
        "Какой будет стоимость паромов?",
        "сколько стоит перевозка",
    ],
)
def test_a_price_asked_by_its_noun_is_not_given(session: Session, question: str) -> None:
    not_given(session, question, "money")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("В лучшем случае сколько дней доставка?", "delivery-time-target"),
        ("Сколько сейчас идёт доставка из Китая?", "delivery-time-now"),
    ],
)
def test_the_figures_the_article_gives_still_answer(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        "What did Tusupbekov say about the 7-8 days? I want to contrast with Ishmukhamedov.",
        "What did Tusupbekov say about the 7-8 days?",
        "What did Huseynov say about the 15-18 days?",
        "Huseynov on the 7-8 days - what did he say? Compare with Ishmukhamedov.",
        "Что Тусупбеков сказал о 7–8 днях? Хочу сравнить с Ишмухамедовым.",
    ],
)
def test_a_figure_asked_of_one_who_never_gives_it_names_who_does(
    session: Session, question: str
) -> None:
    text = not_given(session, question, "statement")
    assert "Ishmukhamedov" in text or "Ишмухамедов" in text, text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What did Ishmukhamedov say about the 7-8 days?", "delivery-time-target"),
        ("What did Ishmukhamedov say about the 15-18 days?", "delivery-time-now"),
    ],
)
def test_the_one_who_gives_the_figure_still_answers(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    "question", ["какой будет цена на нефть после визита?", "какие будут цены на нефть"]
)
def test_a_market_price_on_a_good_is_no_sum_missing(session: Session, question: str) -> None:
    # "цена на нефть": the price a market sets, read by its time to come as before
    reply = session.ask(question)
    assert not reply.answered and reply.missing != "money", (question, reply.kind)
