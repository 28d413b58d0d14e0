"""A question putting what it asks within an occasion ("по итогам переговоров", "в ходе
визита", "during the talks") asks about the deed, not about the occasion: the article may put
the same deed in another word for the same event ("в рамках визита … подписали"), and a
passage merely naming the talks is no answer. Each test asks through the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.occasions import occasion_frame
from bot.language.predicates import tells_deed
from bot.language.text import fold, tokens
from bot.rendering.payload import answer_payload


def _payload(session: Session, question: str) -> dict[str, object]:
    return answer_payload(question, session.ask(question))


def _frame(question: str, *, ahead: bool = False) -> tuple[list[str], list[str]]:
    words = tuple(tokens(fold(question)))
    found = occasion_frame(words, ahead=ahead)
    return [words[at] for at in sorted(found.frame)], [words[at] for at in sorted(found.occasion)]


def test_the_frame_and_its_occasion_are_read():
    assert _frame("что заключили по результатам встречи лидеров") == (
        ["по"],
        ["результатам", "встречи"],
    )
    assert _frame("что подписали в ходе официального визита в Баку") == (
        ["в", "ходе"],
        ["официального", "визита"],
    )
    assert _frame("what was agreed during the state visit to Baku") == (
        ["during"],
        ["state", "visit"],
    )
    # a name before the noun is a word of its own
    assert _frame("what was agreed during Tokayev's visit") == (["during"], [])
    # a plain preposition puts an occasion only with an event for its noun
    assert _frame("что подписали на двусторонних переговорах") == (
        ["на"],
        ["двусторонних", "переговорах"],
    )
    assert _frame("что продают на рынке") == ([], [])
    # looking ahead, the outcome itself is hoped for
    assert _frame("на что надеются по итогам саммита", ahead=True) == ([], [])
    assert _frame("какие итоги визита") == ([], [])


def test_a_deed_told_is_no_deed_presupposed():
    assert tells_deed("Наконец стороны заключили три договора", "заключить")
    assert tells_deed("Договор был заключён в Баку", "заключить")
    assert not tells_deed("Заключённые договоры открывают путь к сотрудничеству", "заключить")
    assert not tells_deed("Заключение договора откладывается", "заключить")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the article puts the signing "в рамках визита"; the question in the talks
        ("что подписали стороны по итогам переговоров в Астане", "agreements-count"),
        ("сколько документов подписали по результатам переговоров", "agreements-count"),
        ("what was signed at the talks in Astana", "agreements-count"),
        # "подписанные документы … дают понять" names the fruit of a signing, telling none
        ("что заключили в ходе переговоров", "agreements-count"),
        # the expert's passage on the talks stays his answer on what they discussed
        ("Тусупбеков, что обсуждают на переговорах?", "tusupbekov-negotiations"),
    ],
)
def test_a_deed_within_an_occasion_is_answered(session, question, entry):
    payload = _payload(session, question)
    assert (payload["band"], payload["entry"]) == ("answer", entry)


@pytest.mark.parametrize(
    "question",
    [
        # the occasion stands between the saying and a speaker the article never quotes
        "Что заявил по итогам переговоров сам Токаев?",
        "что сказал Токаев в ходе визита",
    ],
)
def test_an_unquoted_speaker_beyond_the_occasion_stays_unanswered(session, question):
    assert _payload(session, question)["band"] != "answer"


@pytest.mark.parametrize(
    "question",
    [
        "какие договорённости заключили на полях саммита",  # a summit the article never names
        "что заявили стороны по итогам переговоров в Габале",  # no talks held in Gabala
        "что подписали по итогам переговоров Гусейнова",  # talks the deputy never held
    ],
)
def test_an_occasion_the_article_never_names_is_no_frame(session: Session, question: str):
    """The occasion is the article's only when a passage holds it with whose or where it is;
    else it is what the question is about, and no passage lacking it answers."""
    assert _payload(session, question)["band"] != "answer", question


def test_an_english_occasion_is_still_held(session: Session):
    # "signed documents" in another passage is a ground of something else, which the English
    # deed is not checked against: the visit tells the passages apart
    payload = _payload(session, "what was signed during the state visit")
    assert payload["band"] == "answer"
    assert "15" in str(payload["text"]), payload["text"]


def test_a_time_after_an_event_is_read_as_its_occasion():
    # "после" of an event, as English "following": the event is the occasion
    assert _frame("что изменится в торговле после переговоров") == (["после"], ["переговоров"])
    assert _frame("что изменится после этих переговоров") == (
        ["после"],
        ["этих", "переговоров"],
    )
    # after a thing still to come ("запуска проектов") it is the subject asked about
    assert _frame("какой товарооборот ожидается после запуска новых проектов") == ([], [])


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the hope is told of the visit's outcome; the question puts it "after the talks"
        (
            "Эксперт выразил какую-то надежду насчёт итогов визита. На что именно он надеется"
            " — что должно измениться в торговле после переговоров?",
            "ishmukhamedov-barriers",
        ),
        (
            "На что надеется Ишмухамедов — что изменится в торговле после переговоров?",
            "ishmukhamedov-barriers",
        ),
        ("Какие соглашения подписали после переговоров?", "agreements-count"),
        # a thing still to come after "после" stays the subject, answered as before
        (
            "Какой товарооборот ожидает Ишмухамедов после запуска новых проектов?",
            "trade-turnover-target",
        ),
    ],
)
def test_a_deed_after_an_event_is_answered(session, question, entry):
    payload = _payload(session, question)
    assert (payload["band"], payload["entry"]) == ("answer", entry)


@pytest.mark.parametrize(
    "question",
    [
        # details the article does not give, put after the visit or the talks
        "Вырастут ли азербайджанские инвестиции в Казахстан после визита?",
        "Сколько стоили перевозки после переговоров?",
        "Какие министры выступили после переговоров?",
        "Что сказал Эрдоган после визита?",
        "Как подешевеют перевозки после визита?",
    ],
)
def test_a_detail_not_given_after_an_event_stays_unanswered(session, question):
    assert _payload(session, question)["band"] != "answer", question
