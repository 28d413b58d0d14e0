"""Answers at the edge of what the article says, each once wrong:

- a sum of one thing asked ("how much is Azerbaijan investing in Kazakhstan"): the trade
  turnover between the two, a sum of another thing, was given as the answer — the article
  gives no sum of investment;
- a yes/no question judging a fact by a word the briefing never uses ("Is it symbolic that
  there were 15 agreements?", "символично ли, что …"): the count of agreements was given, as
  if the article called it symbolic;
- who took a stance, asked in English ("which countries supported the Turkic seven idea?"):
  the idea's passage was given, though it tells of nobody supporting it (the Russian was
  already told "not given");
- who holds a rank in a group ("кто седьмой", "who is the seventh"): the sacred number seven
  was given, not the country the expert would add (Turkey);
- a verb's imperative tied with its past tense ("перешли": переслать / перейти) read as the
  order, which no article or question means.
"""

from __future__ import annotations

import pytest

from bot.language.contents import contents_holder
from bot.language.morphology import lemma
from tests.support.asking import answered_entry, not_given, question_words


@pytest.mark.parametrize(
    "question",
    [
        "how much is Azerbaijan investing in Kazakhstan",
        "How much is Kazakhstan investing in the corridor?",
        "сколько Азербайджан вкладывает в Казахстан",
        "skolko Azerbaijan vkladyvaet v Kazakhstan",
    ],
)
def test_a_sum_of_investment_is_not_given(session, question):
    not_given(session, question, "money")


@pytest.mark.parametrize(
    "question",
    [
        "how much is the trade turnover",
        "what is the trade between Azerbaijan and Kazakhstan worth",
        "сколько долларов товарооборот",
    ],
)
def test_the_sum_of_the_trade_is_still_given(session, question):
    assert answered_entry(session, question) == "trade-turnover-now"


@pytest.mark.parametrize(
    "question",
    [
        "Is it symbolic that there were 15 agreements?",
        "символично ли, что соглашений было 15?",
        "is it simbolic that 15 agreements were signed",
        "Is there symbolism in the number 15?",
    ],
)
def test_a_judgement_the_article_never_makes_is_not_given(session, question):
    reply = session.ask(question)
    assert reply.kind.value == "not_given", (question, reply.entry)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("is the number seven symbolic", "sacred-number-seven"),
        ("is it true that 15 agreements were signed", "agreements-count"),
        ("верно ли, что подписали 15 соглашений", "agreements-count"),
    ],
)
def test_what_the_article_does_say_is_still_answered(session, question, entry):
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        "which countries supported the Turkic seven idea?",
        "which states backed the idea of a Turkic seven",
        "what countries endorsed the turkic 7",
        "какие страны поддержали идею тюркской семёрки?",
    ],
)
def test_who_supported_an_idea_is_not_given(session, question):
    not_given(session, question, "fact")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("which countries are in the turkic seven", "ishmukhamedov-turkic-seven"),
        ("кто предложил тюркскую семёрку", "ishmukhamedov-turkic-seven"),
    ],
)
def test_the_idea_itself_is_still_answered(session, question, entry):
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        "Кто седьмой?",
        "who is the seventh?",
        "Сколько стран в семёрке? Кто седьмой?",
        "кто станет седьмым в тюркской семёрке",
    ],
)
def test_who_is_seventh_is_the_country_added(session, question):
    assert answered_entry(session, question) == "ishmukhamedov-turkic-seven"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("какое число священное", "sacred-number-seven"),
        ("почему именно семь", "ishmukhamedov-sacred-seven"),
    ],
)
def test_the_sacred_number_is_still_the_number(session, question, entry):
    assert answered_entry(session, question) == entry


def test_a_past_tense_is_no_order():
    assert lemma("перешли") == "перейти"
    assert lemma("пошли") == "пойти"
    assert lemma("нашли") == "найти"
    assert lemma("покажи") == "показать"  # an imperative alone stays one


def test_a_document_put_first_is_read_by_one_mechanism():
    def holder(question: str) -> str | None:
        return contents_holder(question_words(question))

    assert holder("The AI agreement, what exactly is inside?") == "agreement"
    assert holder("the AI agreement, what is exactly inside?") == "agreement"
    assert holder("AI agreement, what are the terms of it") == "agreement"
    assert holder("декларация — что там написано?") == "декларация"
    assert holder("соглашение по ИИ — что в нём прописано?") == "соглашение"
    assert holder("декларация, что говорится в ней") == "декларация"
    # the experts' words, or its benefit: no contents asked
    assert holder("AI agreement, what did they say") is None
    assert holder("the deal, what's in it for Baku") is None
