"""No confident answer to a question the article does not answer.

Each case below was once answered with the passage nearest its subject, which gives
something else — the worst error for a journalist, misattribution above all:

- a person the article never names, typed in lower case ("что сказал пашинян"), shows by
  the form of his name alone; his words are not the expert's on the same subject;
- "how much oil": a size asked, which a passage counting "двух стран" does not give;
- "which route would the corridor take": the detail noun must be the passage's own, not
  only a word the article uses of another thing;
- "что конкретно в соглашении по ИИ": what a thing holds is asked as "что за соглашение";
- "почему подписали именно сейчас": a reason of the timing, which reasons as such are not.

On the real knowledge base, in several input styles (Russian, keyboard layout, English).
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import asks_timing
from bot.language.predicates import asked_relation
from bot.rendering.plain import render_plain
from tests.support.asking import answered, not_given, question_words


@pytest.mark.parametrize(
    "question",
    [
        "что сказал пашинян про декларацию о мире",
        "what did pashinyan say about the peace declaration",
        "what did erdogan say about the peace declaration",
    ],
)
def test_unnamed_person_in_lower_case_is_not_quoted(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert not reply.answered, (question, reply.entry)
    assert reply.kind == "none", reply.kind  # the person asked about, not the topic, is missing
    text = render_plain(reply)
    assert text.startswith(("Слов этого человека в статье нет", "The article does not quote")), text
    assert "Декларация о мире" in text or "peace declaration" in text  # the subject offered


@pytest.mark.parametrize(
    "question",
    [
        "что Тусупбеков сказал о декларации",
        "what did Tusupbekov say about the peace declaration",
        "что сказал тусупбеков о декларации",
    ],
)
def test_the_quoted_expert_still_answers(session: Session, question: str) -> None:
    assert "зрелость и дальновидность" in answered(session, question)


@pytest.mark.parametrize(
    ("question", "missing", "offered"),
    [
        (
            "how much oil kazakstan exports throught azerbaijan every year",
            "quantity",
            "энергоресурс",
        ),
        ("how much oil does kazakhstan export through azerbaijan", "quantity", "энергоресурс"),
        ("Which route would the Zangezur corridor take?", "fact", "Зангезур"),
        ("какой маршрут у Зангезурского коридора", "fact", "Зангезур"),
        ("что конкретно в соглашении по искуственному интелекту", "fact", "искусственн"),
        ("что именно в декларации о мире", "fact", "деклараци"),
        ("gjxtve ltrkfhfwb. c fhvtybtq gjlgbcfkb bvtyyj ctqxfc", "reason", "деклараци"),
        ("why was the peace declaration signed now", "reason", "declaration"),
    ],
)
def test_subject_covered_detail_not_given(
    session: Session, question: str, missing: str, offered: str
) -> None:
    assert offered.lower() in not_given(session, question, missing).lower()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much freight can azerbaijan provide", "5–7 миллионов тонн"),
        ("how much is the trade turnover", "400–500 миллионов долларов"),
        ("какой маршрут особенно важен", "Транскаспийский"),
        ("что в Астане подписали", "15"),
    ],
)
def test_true_answers_kept(session: Session, question: str, expected: str) -> None:
    assert expected in answered(session, question)


def test_asks_timing_reads_now_of_a_deed_only() -> None:
    assert asks_timing(question_words("почему декларацию подписали именно сейчас"))
    assert asks_timing(question_words("why was it signed now"))
    assert asks_timing(question_words("what prompted the timing of the visit"))
    assert not asks_timing(question_words("почему сейчас товарооборот низкий"))
    assert not asks_timing(question_words("почему декларацию подписали"))


def test_contents_asked_name_the_detail() -> None:
    assert asked_relation(question_words("что конкретно в соглашении по ИИ")).detail == "соглашении"
    assert asked_relation(question_words("что в Астане подписали")).detail is None
