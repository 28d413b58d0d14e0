"""Two questions in one, and an expert named by role asked of another's words, on the real
knowledge base.

The reply answers (or declines) by what the question asks first and as a whole: "which
country does he want to add and why" is answered by the passage the article says the adding
follows from (the sacred seven, shown with the Turkic seven after it); "кто предложил …, и
почему семь" by the sacred seven, whose speaker is who proposed; "какие документы подписали и
кто их подписал" lacks the documents' titles first of all — that is the gap, not the signers.
"The Kazakh political scientist on the Gadzhiev 5+1 post" asks the political scientist's
words, not those of the post's author.
"""

from __future__ import annotations

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types
from bot.language.predicates import detail_asked_first
from tests.support.asking import answered, answered_entry, not_given, question_words


def test_which_and_why_answered_with_the_sacred_seven(session: Session) -> None:
    for question in (
        "Which country does Ishmukhamedov want to add to the group and why?",
        "What country would Ishmukhamedov add to the six, and why?",
        "какую страну Ишмухамедов хочет добавить и почему",
        "kakuyu stranu Ishmukhamedov hochet dobavit i pochemu",
    ):
        text = answered(session, question)
        assert "семь" in text and "Турци" in text, question


def test_which_alone_keeps_the_turkic_seven(session: Session) -> None:
    # near-misses: no "why" — the passage naming Turkey, no reason promoted
    entry = answered_entry(session, "Which country does Ishmukhamedov want to add to the group?")
    assert entry == "ishmukhamedov-turkic-seven"
    # a why-not: the sacred seven is why to add her, not why she was left out
    not_given(session, "почему Турцию не включили в формат", "reason")


def test_who_and_why_asks_the_article_reason() -> None:
    # the "предложил" of the first question is no verb of saying for the second's "почему"
    words = question_words("Кто предложил добавить Турцию в формат, и почему именно семь стран?")
    assert asked_types(words)[:1] == (AnswerType.REASON,)
    # near-misses: the saying verb in the reason's own clause, or no first question of its own
    own = question_words("почему Тусупбеков называет отношения уникальными")
    assert asked_types(own)[:1] == (AnswerType.STATEMENT,)
    joined = question_words("кто предложил тюркскую семёрку и почему он так считает")
    assert AnswerType.STATEMENT in asked_types(joined)


def test_who_proposed_and_why_seven_is_answered(session: Session) -> None:
    for question in (
        "Кто предложил добавить Турцию в формат, и почему именно семь стран?",
        "кто предложил тюркскую семёрку и почему именно семь",
        "who proposed adding Turkey and why exactly seven?",
        "кто предлагал добавить Турцию и почему именно семь государств",
    ):
        text = answered(session, question)
        assert "Ишмухамедов" in text and "семь" in text, question


def test_which_documents_asked_first_is_the_gap() -> None:
    words = question_words("какие именно документы по ИИ подписали и кто их подписал")
    assert detail_asked_first(words, "документы")
    english = question_words("which documents exactly on AI were signed and who signed them")
    assert detail_asked_first(english, "documents")
    # near-misses: the person asked first; one question only; the agreements listed, who
    # signed them the part the article lacks
    assert not detail_asked_first(
        question_words("which agreements were signed and who signed them"), "agreements"
    )
    assert not detail_asked_first(question_words("кто подписал документы и какие"), "документы")
    assert not detail_asked_first(question_words("какие документы подписали"), "документы")


def test_which_documents_and_who_signed_lacks_the_documents(session: Session) -> None:
    for question in (
        "kakie imenno dokumenty po II podpisali i kto ih podpisal?",
        "какие именно документы по ИИ подписали и кто их подписал?",
        "which documents exactly on AI were signed and who signed them?",
        "какие конкретно документы по искусственному интеллекту подписали и кем",
    ):
        text = not_given(session, question, "fact")
        assert "искусственном интеллекте" in text, question


def test_who_signed_first_still_asks_the_person(session: Session) -> None:
    # near-miss: the signer asked first stays the gap
    not_given(session, "kto podpisal dokumenty po II i kakie imenno?", "person")


def test_role_named_expert_on_the_named_post(session: Session) -> None:
    for question in (
        "What did the Kazakh political scientist say about the Gadzhiev 5+1 post?",
        "What did the Kazakh analyst make of the Hajiyev 5+1 post?",
        "how did the political scientist comment on the Hajiyev post",
        "What did the Kazakh expert think of the Hajiyev X post?",
    ):
        text = answered(session, question)
        assert "долгожданн" in text, question


def test_the_post_author_asked_by_name_keeps_his_post(session: Session) -> None:
    # near-misses: Hajiyev is the one asked, his own post answers
    for question in (
        "What did Hajiyev post about 5+1?",
        "What did Hajiyev say about the 5+1 format?",
    ):
        assert answered_entry(session, question) == "hajiyev-five-plus-one", question


def test_second_question_of_another_expert_adds_his_reading(session: Session) -> None:
    for question in (
        "What exactly did Hikmet Hajiyev post on X about the 5+1 format, and how did "
        "Ishmukhamedov read it?",
        "What did Hajiyev write on X about 5+1, and how did Ishmukhamedov assess it?",
        "что написал Гаджиев о формате 5+1 и как это оценил Ишмухамедов?",
        "chto napisal Gadzhiev pro 5+1 i kak eto ocenil Ishmukhamedov",
    ):
        reply = session.ask(question)
        assert reply.entry == "hajiyev-five-plus-one", question
        text = answered(session, question)
        assert "«6»" in text and "долгожданный" in text, question


def test_one_question_or_an_unlinked_expert_adds_nothing(session: Session) -> None:
    # near-misses: no second question; a second expert with no words on the post
    for question in (
        "What did Hajiyev post on X about the 5+1 format?",
        "What did Hajiyev post about 5+1, and how did Tusupbekov read it?",
    ):
        assert answered_entry(session, question) == "hajiyev-five-plus-one", question
        assert "долгожданный" not in answered(session, question), question
