"""English cues of how a question asks, on the real knowledge base: a precision word after a
question word naming the kind of fact, and a date asked by "the day" of a request.

Both are how the question is asked, not what about: read as subject words, they keep a
plainly answerable English question under the answer threshold."""

from __future__ import annotations

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types, sharpening
from tests.support.asking import answered, declined, question_words


def test_when_exactly_insists_on_the_date_only(session: Session) -> None:
    text = answered(
        session, "When exactly did the state visit start, and at whose invitation did Aliyev come?"
    )
    assert "20 октября" in text and "Токаев" in text


def test_precision_word_elsewhere_still_weighs() -> None:
    """ "what does the deal actually involve" insists on the content: the word stays."""
    assert sharpening(question_words("when exactly did it start")) == frozenset({1})
    assert not sharpening(question_words("what does the AI agreement actually involve"))


def test_precision_word_elsewhere_is_not_answered_surely(session: Session) -> None:
    declined(session, "What does the AI agreement actually involve?")


def test_the_day_of_a_request_asks_a_date() -> None:
    words = question_words("could you confirm the day the president arrived")
    assert AnswerType.DATE in asked_types(words)
    assert AnswerType.DATE not in asked_types(question_words("what happened on the day trip"))


def test_recommending_is_proposing(session: Session) -> None:
    """ "which measure did the expert recommend": a proposal, as "suggest" and "propose" are."""
    text = answered(
        session,
        "what measure to simplify road transport between the countries did the expert recommend",
    )
    assert "электронной регистрации" in text


def test_online_is_electronic(session: Session) -> None:
    text = answered(
        session, "will the online pre-registration of trucks at the border help tourism too"
    )
    assert "туризма" in text


def test_bringing_into_is_adding(session: Session) -> None:
    """ "bring X into", "bring in X": the article's "добавить" (add)."""
    assert "Ишмухамедов" in answered(session, "who wants to bring in Turkey")
    assert "Ишмухамедов" in answered(session, "who suggested bringing Turkey into the group?")


def test_which_expert_asks_a_person() -> None:
    assert AnswerType.PERSON in asked_types(question_words("which expert suggested adding Turkey"))
    assert AnswerType.PERSON in asked_types(question_words("какой политолог предложил это"))


def test_slip_of_a_word_the_tables_read(session: Session) -> None:
    """ "recieved" is a slip of "received", which the synonym table reads as "welcomed" (the
    briefing's word): the slip reaches it, so the question is about the welcome, not none."""
    query = session.matcher.analyse("capital where aliev was recieved")
    read = {t.typed: t.lemma for t in query.terms}
    assert read["recieved"] == session.matcher.analyse("welcomed").terms[0].lemma
    reply = session.ask("capital where aliev was recieved")
    assert reply.kind != "none", reply.kind


def test_a_polite_request_asks_no_forecast() -> None:
    """ "Would you be so kind as to indicate …": the asker's request, no thing to come; a
    "will" inside what is requested still asks whether it will be."""
    for question in (
        "Would you be so kind as to indicate in which city the welcome took place?",
        "Would you please tell me where the welcome took place?",
    ):
        assert asked_types(question_words(question)) == (AnswerType.PLACE,), question
    assert asked_types(question_words("Would you tell me whether Turkey will join?"))[:1] == (
        AnswerType.FORECAST,
    )
    assert asked_types(question_words("Would the welcome take place in Astana?"))[:1] == (
        AnswerType.FORECAST,
    )


def test_a_polite_request_for_a_place_is_answered(session: Session) -> None:
    text = answered(
        session,
        "Would you be so kind as to indicate in which city the ceremonial welcome of the "
        "Azerbaijani head of state took place?",
    )
    assert "Астане" in text
