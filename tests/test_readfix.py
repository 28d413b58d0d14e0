"""Answerable questions the readable sets found declined, on the real knowledge base.

A thing asked what it is, then why ("5+1 — это что, и почему теперь «6»?"): the first
question leads, as a person or a date asked first does ("кто предложил … и почему"), so the
passage saying what the thing is answers and no untold "why" turns it into "not given". A
lack asked by "чего" beside a "почему" ("почему грузы идут так долго, чего не хватает") is
what is needed, which the passage telling the need answers; a lack asked why ("почему не
хватает паромов") stays a cause.
"""

from __future__ import annotations

from bot.answering.session import Session
from bot.language.goals import lack_as_need, names_need
from bot.language.specifics import defined_first, parted
from tests.support.asking import answered, answered_entry, declined, not_given, question_words


def _parts(question: str) -> tuple[str, ...]:
    words = list(question_words(question))
    return parted(words, question.lower())


def test_a_definition_asked_first_leads_a_joined_why() -> None:
    for question in (
        "5+1 — это что, и почему теперь «6»?",
        "что такое 5+1 и почему теперь 6?",
        "что такое Транскаспийский маршрут, и почему он так важен?",
        "what is 5+1 and why is it now 6?",
    ):
        assert defined_first(_parts(question)), question
    for question in (
        "почему 5+1 стала 6",
        "кто предложил тюркскую семёрку и почему",
        "почему теперь 6, и что это за формула",
    ):
        assert not defined_first(_parts(question)), question


def test_what_a_formula_is_and_why_it_changed_is_answered(session: Session) -> None:
    for question in (
        "5+1 — это что, и почему теперь «6»?",
        "что такое 5+1 и почему теперь 6?",
        "what is 5+1 and why is it now 6?",
    ):
        text = answered(session, question)
        assert "5+1" in text and "6" in text, question


def test_a_why_alone_of_what_the_article_does_not_explain_stays_declined(
    session: Session,
) -> None:
    declined(session, "почему 5+1 стала 6")


def test_a_lack_asked_by_what_beside_a_why_is_a_need() -> None:
    for question in (
        "почему грузы идут так долго, чего не хватает",
        "почему пока не выходит довозить грузы быстрее чего не хватает",
        "почему коридор работает не в полную силу, чего недостаёт",
    ):
        words = lack_as_need(list(question_words(question)))
        assert "нужно" in words, question
        assert names_need(question_words(question)), question
    # a lack asked why is the lack's cause, no need asked
    assert "нужно" not in lack_as_need(list(question_words("почему не хватает паромов")))
    assert not names_need(question_words("почему не хватает паромов"))


def test_why_slow_and_what_is_lacking_is_answered_by_the_need(session: Session) -> None:
    for question in (
        "почему грузы идут так долго, чего не хватает",
        "почему грузы идут так долго и чего не хватает",
    ):
        assert answered_entry(session, question) == "ishmukhamedov-delivery-time", question
    declined(session, "почему не хватает паромов")


def test_shipping_across_the_caspian_is_the_ferries_passage(session: Session) -> None:
    """Sea shipping across the Caspian is what the new ferries are for: the passage on the
    rail and ferry measures answers it, while shipping time from China stays the figure."""
    for question in (
        "What concrete rail and shipping measures does Ishmukhamedov say were discussed?",
        "what about Caspian shipping?",
        "what is being done for shipping across the Caspian?",
    ):
        assert answered_entry(session, question) == "ishmukhamedov-rail-investment", question
    assert answered_entry(session, "how long does shipping from China take") == (
        "delivery-time-now"
    )


def test_by_how_much_a_thing_will_change_is_a_forecast(session: Session) -> None:
    """ "How much cheaper will shipping get": by how much it is to change, a projection the
    article never makes — not an amount of its own ("how much will the ferries cost")."""
    for question in (
        "how much cheaper will shipping get once the new ferries are running",
        "how much cheaper will freight across the Caspian get",
    ):
        not_given(session, question, "forecast")
    reply = session.ask("How much will the new ferries cost?")
    assert not reply.answered and reply.missing != "forecast"
