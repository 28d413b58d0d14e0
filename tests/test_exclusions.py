"""A question leaving out a place or a person asks for another one: "какие ещё города, кроме
Астаны" is not answered by the entry naming only Astana.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.language.answer_types import AnswerType, names_and_places
from bot.language.exclusions import exclusion
from bot.language.text import fold, tokens
from bot.rendering.plain import render_plain as plain


def _excluded(text: str):
    return exclusion(tuple(tokens(fold(text))))


@pytest.mark.parametrize(
    ("question", "kind", "left_out"),
    [
        ("Какие ещё города Казахстана посетил Алиев кроме Астаны?", "place", "астаны"),
        ("What other cities did Aliyev visit besides Astana?", "place", "astana"),
        ("Где, помимо Астаны, побывал Алиев?", "place", "астаны"),
        ("Кто ещё кроме Ишмухамедова говорил о коридоре?", "person", "ишмухамедова"),
        ("Which experts other than Huseynov commented?", "person", "huseynov"),
    ],
)
def test_what_a_question_leaves_out(question, kind, left_out):
    found = _excluded(question)
    assert found is not None and found.kind == AnswerType(kind)
    assert found.words[0] == left_out


@pytest.mark.parametrize(
    "question",
    [
        "Что ещё обсуждали, кроме Среднего коридора?",  # topics, not a place or a person
        "Какие ещё города посетил Алиев?",  # nothing left out
        "что связывает страны тюркской семёрки кроме экономики",
    ],
)
def test_no_place_or_person_left_out(question):
    assert _excluded(question) is None


@settings(deadline=None, max_examples=200)
@given(st.lists(st.sampled_from(["кроме", "где", "кто", "other", "than", "ещё", "города", "x"])))
def test_left_out_words_follow_the_marker(words):
    found = exclusion(tuple(words))
    if found is not None:
        assert found.words and set(found.words) <= set(words)


def test_the_names_and_places_a_text_gives():
    people, places = names_and_places(
        "20 октября по приглашению президента Касым-Жомарта Токаева Ильхам Алиев прибыл в "
        "Казахстан. Торжественная встреча в Астане показала: Баку и Астана готовы."
    )
    assert "Казахстан" in places and "Астане" in places
    assert "Токаева" in people and "Алиев" in people


@pytest.mark.parametrize(
    ("question", "missing", "offered"),
    [
        ("Какие ещё города Казахстана посетил Алиев кроме Астаны?", "place", "Астан"),
        ("Какие ещё города Казахстана посетил Алиев кроме Астны?", "place", "Астан"),
        ("Кто кроме Токаева встречал Алиева?", "person", "Токаев"),
    ],
)
def test_only_what_was_left_out_is_not_given(session, question, missing, offered):
    reply = session.ask(question)
    assert (reply.kind, reply.missing) == ("not_given", missing), question
    assert offered in plain(reply)


def test_another_speaker_on_the_subject_answers(session):
    reply = session.ask("Кто ещё кроме Ишмухамедова говорил о Среднем коридоре?")
    assert reply.answered and reply.entry != "ishmukhamedov-corridor"
    assert "Тусупбек" in plain(reply)
