"""A "why" answered across passages: "… цифра семь». С учётом этого … добавить Турцию" makes
the sentence before the reason of the one the connector opens (``bot.language.consequences``,
``bot.knowledge.causes``), and the entry stating it answers a "why" about the consequence.

On a small synthetic text for the detection, on the real knowledge base for the answers.
"""

from __future__ import annotations

import json

import pytest

from bot.answering.session import Session
from bot.cli import main
from bot.language.answer_types import AnswerType, states_cause
from bot.language.consequences import consequences, leading_connector

TEXT = (
    "Летом реки полноводные, а зимой выработка падает втрое. Поэтому мы ставим панели.\n"
    "Спутник дороже, поэтому для сёл остаётся оптика.\n"
    "Таким образом, первая часть плана выполнена.\n"
    "Отсюда до Баку далеко. Срок окупаемости долгий.\n"
    "С учётом этого государство компенсирует затраты.\n"
)


def _passages(text: str) -> list[tuple[str, str, str]]:
    return [
        (text[slice(*c.cause)], text[slice(*c.effect)], c.connector) for c in consequences(text)
    ]


def test_connectors_link_a_passage_to_the_one_before():
    assert _passages(TEXT) == [
        (
            "Летом реки полноводные, а зимой выработка падает втрое.",
            "Поэтому мы ставим панели.",
            "Поэтому",
        ),
        # inside a sentence: the clause before the comma
        ("Спутник дороже", "поэтому для сёл остаётся оптика.", "поэтому"),
        # opening a paragraph: the previous paragraph's last sentence
        (
            "Срок окупаемости долгий.",
            "С учётом этого государство компенсирует затраты.",
            "С учётом этого",
        ),
    ]  # "Таким образом" sums up, "Отсюда до Баку" is a place: neither links


def test_english_connectors():
    text = "The line takes twelve years to pay off. That is why the state pays 40%."
    assert _passages(text) == [
        (
            "The line takes twelve years to pay off.",
            "That is why the state pays 40%.",
            "That is why",
        )
    ]


def test_a_span_opening_with_a_connector_states_no_cause_of_its_own():
    assert leading_connector("«Именно поэтому мы ставим панели") == len("«Именно поэтому ")
    assert leading_connector("Отсюда и интерес к коридору") == len("Отсюда ")
    assert leading_connector("Отсюда до Баку далеко") == 0
    assert not states_cause("Поэтому государство компенсирует затраты")
    assert states_cause("Срок долгий, поэтому государство компенсирует затраты")


def _entry(session: Session, key: str):
    return next(e for e in session.matcher.catalogue.entries if e.key == key)


def test_the_entry_stating_the_passage_before_states_a_reason(session):
    cause = _entry(session, "ishmukhamedov-sacred-seven")
    effect = _entry(session, "ishmukhamedov-turkic-seven")
    assert cause.effects == ("ishmukhamedov-turkic-seven",)
    assert AnswerType.REASON in cause.states
    assert set(effect.causes) == {"ishmukhamedov-sacred-seven", "sacred-number-seven"}
    assert AnswerType.REASON not in effect.states


@pytest.mark.parametrize(
    "question",
    [
        "почему семь а не шесть",
        "почему именно число семь",
        "почему Ишмухамедов хочет добавить Турцию",
        "Why seven? What is behind the Turkic Seven idea?",
        "почему именно семь стран",
        "Why should Turkey be added, according to Ishmukhamedov?",
        "pochemu ishmuhamedov hochet dobavit turciyu",  # transliteration
        "gjxtve bitvE[fvtljd [jxtn ljfdbnm nehwb.",  # wrong keyboard layout
        "почму ишмухамедов хочет добавть турцию",  # typos
        "Зачем Ишмухамедов предлагает добавить Турцию?",
    ],
)
def test_a_why_about_the_consequence_is_answered_with_its_reason(question, capsys):
    assert main(["ask", "--json", question]) == 0
    reply = json.loads(capsys.readouterr().out)
    assert reply["band"] == "answer", reply
    assert reply["entry"] in ("ishmukhamedov-sacred-seven", "sacred-number-seven")
    assert "священным числом" in reply["text"]


def test_the_reply_shows_what_follows_from_the_reason(capsys):
    assert main(["ask", "--json", "Почему Ишмухамедов предлагает добавить Турцию?"]) == 0
    text = json.loads(capsys.readouterr().out)["text"]
    assert text.index("священным числом") < text.index("логично добавить Турцию")


@pytest.mark.parametrize(
    "question",
    [
        # the consequence's entry says more than the consequence: its reason explains no more
        "почему тюркская семёрка могла бы стать единым регионом",
        # no passage links a reason to the visit's route
        "почему Алиев поехал в Казахстан",
    ],
)
def test_a_why_without_a_stated_cause_is_still_declined(question, capsys):
    assert main(["ask", "--json", question]) == 0
    reply = json.loads(capsys.readouterr().out)
    assert reply["band"] == "not_given"
    assert reply["missing"] == "reason"
