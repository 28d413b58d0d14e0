"""Questions about a proposal to change who is in a group, asked by the group's make-up.

A reader asks what the expert proposed to add "к формуле Гаджиева", to bring "into some
format", to unite "в тюркский формат", or why a country is to be included "в этот формат".
The passage telling of it says whom it adds to which states ("к шести … странам логично
добавить Турцию") and never calls their group a format: the noun, and whose formula it
was, are how the asker frames the group (``parties.regrouped_arrangements``). A "why"
answered by the passage the proposal follows from shows the proposal after it, which
describes what the question names. Transliteration that drops the ь of the infinitive the
proposing verb governs, past its subject ("predlozhil ishmuhamedov dobavit"), asks no
future. And a verb's relation in other words ("добавить" said by "предложить") gives no
credit where the question says that other word itself.

What the article does not give — when Turkey joins, what membership costs, what Erdogan
said — stays unanswered. These run on the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.rendering.plain import render_plain as plain
from tests.support.asking import answered_entry, declined

_SEVEN = "ishmukhamedov-turkic-seven"
_SACRED = "ishmukhamedov-sacred-seven"
_SACRED_NUMBER = "sacred-number-seven"


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        # what he proposed to add to Hajiyev's formula: the country added, not the widening
        # of Hajiyev's approach ("предложил" is his, "добавить" is what he proposed)
        ("Что Ишмухамедов предложил дабавить к формуле Гаджиева?", {_SEVEN}),
        ("что предложил Ишмухамедов добавить к формуле", {_SEVEN}),
        ("кого Ишмухамедов предложил добавить к формуле Гаджиева", {_SEVEN}),
        ("кто предложил добавить Турцию в формат", {_SEVEN}),
        # transliterated, the infinitive's ь dropped past the subject
        ("4to predlozhil ishmuhamedov dobavit v etot format 6", {_SEVEN}),
        ("chto predlozhil ishmuhamedov dobavit k formule", {_SEVEN}),
        ("kogo predlozhil ekspert dobavit v format", {_SEVEN}),
        # English: "bringing … into some format"
        (
            "Did the Kazakh political scientist suggest bringing Turkey into some format? "
            "What did he call it?",
            {_SEVEN},
        ),
        ("Did the analyst propose adding Turkey to the format?", {_SEVEN}),
        ("Which country did Ishmukhamedov want to add to the format?", {_SEVEN}),
        # how many he would unite in it
        ("сколько стран хочет объединить Ишмухамедов в тюркский формат с Турцией?", {_SEVEN}),
        # his case for widening it to seven: the sacred number
        (
            "Чем Ишмухамедов обосновывает предложение расширить формат именно до семи стран?",
            {_SACRED, _SACRED_NUMBER},
        ),
        ("чем эксперт обосновывает идею расширить формат до семи", {_SACRED, _SACRED_NUMBER}),
        ("почему Ишмухамедов предлагает расширить формат до семи стран", {_SACRED, _SACRED_NUMBER}),
        (
            "На каком основании Ишмухамедов предлагает расширить формат до семи государств?",
            {_SACRED, _SACRED_NUMBER},
        ),
        (
            "на каком основании политолог предлагает расширить формулу до семи государств",
            {_SACRED, _SACRED_NUMBER},
        ),
        (
            "On what grounds does Ishmukhamedov propose expanding the format to seven states?",
            {_SACRED, _SACRED_NUMBER},
        ),
        # why Turkey: the reason first, the proposal it follows from after it
        ("почему Турцию предлагают включить в этот формат", {_SACRED, _SACRED_NUMBER}),
        ("gjxtve Nehwb. ghtlkfuf.n drk.xbnm d 'njn ajhvfn", {_SACRED, _SACRED_NUMBER}),
        ("почему Турцию хотят включить в этот формат", {_SACRED, _SACRED_NUMBER}),
        ("зачем Турцию предлагают добавить в эту группу", {_SACRED, _SACRED_NUMBER}),
    ],
)
def test_answered(session: Session, question: str, entries: set[str]) -> None:
    assert answered_entry(session, question) in entries, question


@pytest.mark.parametrize(
    "question",
    [
        # "перспективы" asks the forecast, of the seven named: no word the passage must hold
        "какие перспективы у тюркской семерки",
        "rfrbt gthcgtrnbds e «n.hrcrjq ctvthrb»? rfr 'rcgthn 'nj dblbn",
        "перспективы тюркской семёрки по мнению эксперта",
        "kakie perspektivy u tyurkskoy semerki",
    ],
)
def test_prospects_of_the_group(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == ("answer", _SEVEN), (question, reply.kind, reply.entry)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the prospects of another thing, and "в перспективе", a time ahead, stay theirs
        ("какие перспективы двустороннего сотрудничества", "article-agenda"),
        ("какие перспективы у Среднего коридора", "ishmukhamedov-corridor"),
    ],
)
def test_prospects_of_other_things(session: Session, question: str, entry: str) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == ("answer", entry), (question, reply.kind, reply.entry)


def test_why_turkey_shows_the_proposal_after_the_reason(session: Session) -> None:
    reply = session.ask("почему Турцию предлагают включить в этот формат")
    assert reply.kind == "answer", (reply.kind, reply.entry)
    text = plain(reply)
    assert "стратегического союзника" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # when: the article gives no date of Turkey joining
        "когда Турция вступит в семёрку",
        "когда Турцию добавят в формат",
        "когда Турцию примут в формат",
        "интересно, а когда турция официально присоединится к формату 6, срок называют?",
        # a cost the article never names
        "сколько стоит членство в формате 5+1",
        "сколько будет стоить расширение формата до семи стран",
        # somebody the article does not quote
        "что сказал Эрдоган о добавлении Турции в формат",
        "What did Erdogan say about adding Turkey to the format?",
        # prospects the article does not foresee, or of somebody it does not quote
        "какие перспективы у тюркской семёрки стать военным союзом",
        "какие перспективы у тюркской семёрки по мнению Эрдогана",
        "каковы перспективы тюркской семерки в 2030 году",
        # an expert who proposed no such thing
        "на каком основании Гусейнов предлагает расширить формат до семи государств",
        # others besides Turkey: none are proposed
        "какие ещё страны предлагают добавить в формат кроме Турции",
    ],
)
def test_not_answered(session: Session, question: str) -> None:
    declined(session, question)


def test_regrouped_arrangements_need_a_change_of_members() -> None:
    from bot.language.parties import regrouped_arrangements  # new here: fails at the fork

    words = ["что", "предложил", "ишмухамедов", "добавить", "к", "формуле", "гаджиева"]
    assert regrouped_arrangements(words) == frozenset({5})
    # "входят": who is in it, asked of the format itself
    assert not regrouped_arrangements(["какие", "страны", "входят", "в", "формат", "5+1"])
    # a party joining of itself: asked of the group by its name
    assert not regrouped_arrangements(["когда", "турция", "присоединится", "к", "формату", "6"])
    english = ["bringing", "turkey", "into", "some", "format"]
    assert regrouped_arrangements(english) == frozenset({4})
