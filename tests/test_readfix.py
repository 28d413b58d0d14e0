"""Answerable questions the readable sets found declined, on the real knowledge base.

A thing asked what it is, then why ("5+1 — это что, и почему теперь «6»?"): the first
question leads, as a person or a date asked first does ("кто предложил … и почему"), so the
passage saying what the thing is answers and no untold "why" turns it into "not given". "Чем
объясняется то, что …" asks the reason as "почему" does. Shipping across the Caspian is the
ferries' passage; by how much a thing will change is a forecast not made.
"""

from __future__ import annotations

from bot.answering.session import Session
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


def test_what_explains_a_state_is_asked_as_why(session: Session) -> None:
    """ "Чем объясняется то, что …" asks the reason as "почему" does: its verb is how the
    reason is asked, no relation a passage must tell — so the passage "почему" gets answers."""
    for question in (
        "Чем объясняется то, что Азербайджан и Казахстан играют важную роль в ОТГ?",
        "Чем объясняется, что Азербайджан и Казахстан играют важную роль в ОТГ?",
        "чем объясняется важная роль Азербайджана и Казахстана в ОТГ",
        "почему Азербайджан и Казахстан играют важную роль в ОТГ?",
    ):
        assert answered_entry(session, question) == "huseynov-ots", question
    for question in (
        "чем объясняется то, что Турцию предлагают добавить",
        "почему Турцию предлагают добавить",
    ):
        assert answered_entry(session, question) == "sacred-number-seven", question


def test_what_explains_a_figure_still_needs_its_cause(session: Session) -> None:
    """A figure as it stands, asked by the frame as by "почему", needs a passage giving its
    cause; an expert's own explanation still needs his words to give one."""
    for question in (
        "чем объясняется, что грузы идут 15–18 дней",
        "почему грузы идут 15–18 дней",
        "чем Тусупбеков объясняет уникальность отношений",
    ):
        not_given(session, question, "reason")
