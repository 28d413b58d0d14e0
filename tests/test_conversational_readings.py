"""Readings of conversational questions on the real knowledge base (every question here
was written for these tests).

"На днях" is a time told relative to now, asked as "недавно" is: "давно или на днях?" asks how
recent a thing was, and its "днях" is no word of the subject (``language/recency.py``).
"Что говорят эксперты" beside a kind of fact asked shows each expert's span stating that kind,
not the span naming the subject most fully (``answering/topics.py``). "В этом материале"
inside a question names the text, not its subject (``language/fillers.py``).
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.rendering.plain import render_plain


def plain(reply) -> str:
    return render_plain(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Токаев был в Азербайджане давно или на днях?",
        "это Токаев на днях выступал у азербайджанцев?",
        "Токаев посещал Азербайджан давно или на этих днях?",
    ],
)
def test_na_dnyakh_asks_how_recent(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert reply.answered and reply.entry == "tusupbekov-gabala", question
    assert "совсем недавно" in plain(reply)


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        (
            "во сколько раз, по прогнозам экспертов, Средний коридор поднимет торговлю?",
            "кратно",
            "драйвером регионального",
        ),
    ],
)
def test_experts_span_states_the_kind_asked(
    session: Session, question: str, wanted: str, unwanted: str
) -> None:
    text = plain(session.ask(question))
    assert wanted in text and unwanted not in text, text


def test_experts_span_without_a_kind_is_the_subjects(session: Session) -> None:
    text = plain(session.ask("эксперты про Средний коридор"))
    assert "драйвером регионального" in text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("кто в этой статье рассказывал про выступление в Габале?", "tusupbekov-gabala"),
        ("что в тексте сказано о новых паромах?", "ishmukhamedov-rail-investment"),
    ],
)
def test_the_text_named_in_passing_is_no_subject(
    session: Session, question: str, entry: str
) -> None:
    """ "в этом материале", "в тексте" inside a question say where the answer is
    (``language/fillers.py``), as "по тексту" at its edge does — not a word a passage must
    share."""
    reply = session.ask(question)
    assert reply.answered and reply.entry == entry, question


def test_the_piece_itself_stays_asked(session: Session) -> None:
    """ "автор статьи" asks of the piece: its noun is no locative set aside."""
    assert not session.ask("кто автор статьи?").answered


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Сколько дней тащится груз из Китая до Азербайджана?", "delivery-time-now"),
        (
            "за сколько дней едут товары из Китая через Казахстан в Азербайджан?",
            "delivery-time-now",
        ),
        ("сколько миллионов долларов крутится во взаимной торговле за год?", "trade-turnover-now"),
    ],
)
def test_colloquial_verbs_of_going_and_of_an_amount(
    session: Session, question: str, entry: str
) -> None:
    """Cargo that "тащится", "ползёт", "едет" goes as the article's "доставка" does; money that
    "крутится" in trade is an amount said in slang, no relation a passage must name
    (``language/predicates.py``)."""
    reply = session.ask(question)
    assert reply.answered and reply.entry == entry, question


@pytest.mark.parametrize(
    "question",
    [
        "Какой срок перевозки грузов из Китая обещает политолог?",
        "какой срок доставки из Поднебесной в Азербайджан нам обещают?",
    ],
)
def test_what_is_promised_is_foreseen(session: Session, question: str) -> None:
    """ "Обещают", "сулит" ask what is to come, as "прогнозируют" does: the shortened delivery,
    not today's (``language/answer_types.py``)."""
    reply = session.ask(question)
    assert reply.answered and "7–8" in plain(reply), question


def test_an_emphatic_sam_is_no_word_of_the_subject(session: Session) -> None:
    """ "Токаев и сам бывал в Азербайджане": "сам" stresses who, as "ведь" stresses the whole;
    it names nothing a passage must share (``RUSSIAN_STOP``)."""
    reply = session.ask("Токаев ведь и сам бывал у азербайджанцев — давно ли?")
    assert reply.answered and reply.entry == "tusupbekov-gabala"


def test_a_reflexive_verb_is_read_as_its_noun_of_action(session: Session) -> None:
    """ "регистрироваться" is the briefing's "регистрация" as "регистрировать" is
    (``query._action_noun``): the reflexive ending changes no action."""
    reply = session.ask("для чего машинам регистрироваться перед въездом через границу?")
    assert reply.answered and reply.entry == "ishmukhamedov-road"
