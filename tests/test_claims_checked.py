"""A claim put up for checking with a wrong or doubtful value ("верно ли, что подписали 16
соглашений?", "Коллега пишет, что Алиев прибыл 21 октября. Сверьте дату.") is answered by the
passage giving the article's value, which corrects it; a check of a detail the article never
gives, of a person it never names, or of a subject it lacks stays unanswered.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.answering.reply import ReplyKind
from bot.language.answer_types import AnswerType
from bot.language.claims import asks_to_verify, claimed_value, is_month, names_month
from bot.rendering.plain import render_plain


@pytest.mark.parametrize(
    ("text", "kind", "question"),
    [
        (
            "верно ли, что подписали 16 соглашений?",
            AnswerType.QUANTITY,
            "сколько подписали соглашений",
        ),
        (
            "Коллега пишет, что Алиев прибыл в Казахстан 21 октября. Сверьте, пожалуйста, дату.",
            AnswerType.DATE,
            "когда алиев прибыл в казахстан",
        ),
        (
            "правда ли что госвизит алиева пришёлся на сентябрь?",
            AnswerType.DATE,
            "когда госвизит алиева",
        ),
        (
            "я правильно понимаю, что соглашений было около десяти?",
            AnswerType.QUANTITY,
            "сколько соглашений было",
        ),
        (
            "A colleague wrote that Aliyev arrived in Kazakhstan on October 22. Can you check?",
            AnswerType.DATE,
            "when aliyev arrived in kazakhstan",
        ),
        (
            "Is it true that they signed about 12 agreements?",
            AnswerType.QUANTITY,
            "how many they signed agreements",
        ),
    ],
)
def test_a_claim_is_read_as_the_question_of_its_value(text, kind, question):
    claim = claimed_value(text)
    assert claim is not None
    assert claim.kind is kind
    assert claim.question == question


@pytest.mark.parametrize(
    "text",
    [
        "правда ли, что Ишмухамедов предложил добавить Турцию?",  # no value in it
        "правда ли что 16?",  # nothing but the value
        "",
    ],
)
def test_no_value_or_nothing_beside_it_is_no_claim(text):
    assert claimed_value(text) is None


def test_months_and_requests_to_verify():
    assert all(is_month(w) for w in ("сентябрь", "октября", "ноябре", "мая", "october"))
    assert not any(is_month(w) for w in ("марка", "майдан", "мастер", "дата"))
    assert asks_to_verify("Сверьте, пожалуйста, дату.")
    assert asks_to_verify("Can you verify this?")
    assert not asks_to_verify("Когда Алиев прибыл в Казахстан?")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "Коллега пишет, что Алиев прибыл в Казахстан 21 октября. Сверьте, пожалуйста, дату.",
            "20 октября",
        ),
        ("правда ли что госвизит алиева пришёлся на сентябрь?", "20 октября"),
        ("верно ли, что подписали 16 соглашений?", "15 важных соглашений"),
        ("я правильно понимаю, что соглашений было около десяти?", "15 важных соглашений"),
        (
            "A colleague wrote that Aliyev arrived in Kazakhstan on October 22. Check the date?",
            "20 октября",
        ),
        ("ghfdlf kb xnj gjlgbcfkb 10 cjukfitybq", "15 важных соглашений"),  # layout
        ("правдали что алиев прибыл 19 октбря?", "20 октября"),  # typo, frame glued
        ("верноли что подписали 14 соглашенией?", "15 важных соглашений"),
        ("kollega pishet chto aliev priehal 21 oktyabrya, sverte datu", "20 октября"),
        ("правда ли что визит был 5 ноября", "20 октября"),  # "5" put "5+1" first
        ("I read that the sides signed 18 agreements, can you confirm?", "15 важных соглашений"),
        ("мне сказали что доставка из китая идет 2 месяца это так?", "15–18 дней"),
        ("Is it true the visit began on the 21st?", "20 октября"),  # a day's ordinal
        ("правда ли что алиев прибыл 21-го?", "20 октября"),
    ],
)
def test_a_wrong_value_is_corrected_by_the_article(session, question, value):
    reply = session.ask(question)
    assert reply.kind is ReplyKind.ANSWER, render_plain(reply)[:200]
    assert value in render_plain(reply)


@pytest.mark.parametrize(
    "question",
    [
        "правда ли, что визит длился три дня?",  # duration never given
        "pravda li chto vizit dlilsya dva dnya",
        "Верно ли, что Путин высоко оценил визит Алиева в Казахстан?",  # person absent
        "Правда ли, что новые паромы через Каспий построят к 2027 году?",  # no date given
        "правда ли что стороны подписали соглашение о безвизовом режиме?",  # subject absent
        "Is it true that the agreements signed are worth 2 billion dollars?",
        "правда ли, что переговоры длились 5 часов?",
        "is it true that Huseynov is 45 years old?",
        "Верно ли, что Путин сказал, что подписали 16 соглашений?",  # a person never named
        "Is it true that Erdogan said 16 agreements were signed?",
        "правда ли что Эрдоган приезжал 21 октября?",
    ],
)
def test_a_check_of_what_the_article_never_gives_stays_unanswered(session, question):
    reply = session.ask(question)
    assert reply.kind is not ReplyKind.ANSWER, render_plain(reply)[:200]


def test_a_year_checked_is_no_date_a_dateless_passage_confirms(session):
    reply = session.ask("Правда ли, что новые паромы через Каспий построят к 2027 году?")
    assert reply.kind is ReplyKind.NOT_GIVEN
    assert reply.missing == AnswerType.DATE.value


@pytest.mark.parametrize(
    "question",
    [
        "Is it true that Erdogan praised the idea of a Turkic seven?",
        "правда ли, что Эрдоган похвалил идею тюркской семёрки?",
    ],
)
def test_praise_by_a_person_never_named_is_his_view_not_given(session, question):
    reply = session.ask(question)
    assert reply.kind is ReplyKind.NOT_GIVEN
    assert reply.missing == AnswerType.STATEMENT.value


def test_a_month_checked_is_no_date_a_dateless_passage_confirms(session):
    reply = session.ask("правда ли, что Токаев был в Габале в сентябре?")
    assert reply.kind is ReplyKind.NOT_GIVEN
    assert reply.missing == AnswerType.DATE.value


def test_may_as_a_verb_is_no_month(session):
    assert not names_month(["trade", "may", "reach", "a", "billion"])
    assert names_month(["the", "visit", "was", "in", "may"])
    assert session.ask("Is it true that trade may reach a billion dollars?").kind is (
        ReplyKind.ANSWER
    )


@pytest.mark.parametrize(
    "question",
    [
        "Will Turkey join the Turkic seven?",  # a forecast asked: "seven" is no value checked
        "Will Turkey actually join the 5+1 format?",
        "za skolko let realno sokratit dostavku do 7-8 dney?",  # a duration of its own
    ],
)
def test_a_question_asking_its_own_kind_is_no_claim_of_a_value(session, question):
    assert session.ask(question).kind is not ReplyKind.ANSWER
