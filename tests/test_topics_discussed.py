"""What was discussed, and what else besides a thing.

"what topics did Aliyev and Tokayev discuss" is answered by a passage listing what the sides
discussed, not by the areas of the agreements signed; "кроме Среднего коридора" by another
corridor discussed.
On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.discussions import asks_discussed, lists_discussed
from bot.rendering.plain import render_plain as plain


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("which issues did Aliyev and Tokayev discuss?", "стороны обсуждали"),
        ("какие темы обсуждали Токаев с Алиевым", "стороны обсуждали"),  # who discussed
        ("какие темы обсуждали кроме логистики — аграрный сектор был?", "аграрная сфера"),
        ("Тусупбеков: что, по его словам, обсуждают стороны?", "аграрная сфера"),
        ("что обсуждали, кроме энергетики — промышленность была?", "промышленность"),
    ],
)
def test_what_was_discussed_is_the_list_of_it(session, question, said):
    reply = session.ask(question)
    assert reply.kind == "answer", question
    text = plain(reply)
    assert said in text and "подписали 15" not in text, question


def test_besides_a_thing_of_a_kind_another_of_it_discussed(session):
    reply = session.ask("А что обсуждали помимо Среднего коридора?")
    assert reply.kind == "answer"
    assert "Зангезурского" in plain(reply)


@pytest.mark.parametrize(
    "question",
    [
        "что обсуждали насчёт паромов",  # a noun shaped as a surname is still the subject
        "what was discussed about railways",
    ],
)
def test_a_subject_of_the_discussion_must_be_held(session, question):
    reply = session.ask(question)
    assert reply.kind != "answer" or "паром" in plain(reply) or "железн" in plain(reply)


@pytest.mark.parametrize(
    ("words", "asked"),
    [
        ("что алиев и токаев обсуждали", True),
        ("какие основные темы обсуждали", True),
        ("what else was discussed", True),
        ("какие коридоры обсуждали", False),  # corridors, not topics at large
        ("какие аграрные проекты обсуждали", False),
        ("what corridor was discussed", False),
        ("обсуждали ли агро", False),  # a check of one thing
    ],
)
def test_what_asks_the_things_discussed(words, asked):
    assert asks_discussed(tuple(words.split())) is asked


def test_a_list_of_things_discussed():
    assert lists_discussed("Стороны обсудили энергетику, транспорт, связь и туризм.")
    assert not lists_discussed("Стороны подписали соглашения: энергетика, транспорт, связь.")


@pytest.mark.parametrize(
    "question",
    ["что обсуждали на ужине", "what issues did the foreign ministers discuss"],
)
def test_a_discussion_the_article_never_names_is_not_answered(session, question):
    assert session.ask(question).kind != "answer", question


def test_two_experts_named_hold_no_discussion_of_theirs(session):
    reply = session.ask("what did Huseynov and Ishmukhamedov discuss")
    assert reply.kind != "answer"


@pytest.mark.parametrize(
    "question",
    ["о чём говорили между собой Токаев и Алиев", "what were Tokayev and Aliyev talking about"],
)
def test_what_two_people_talked_about_is_what_they_discussed(session, question):
    reply = session.ask(question)
    assert reply.kind == "answer", question
    assert "стороны обсуждали" in plain(reply), question


def test_what_one_leader_said_is_still_not_quoted(session):
    assert session.ask("что говорили Токаев и Алиев журналистам").kind != "answer"


def test_an_experts_account_of_what_was_discussed_in_particulars(session):
    reply = session.ask("по мнению Ишмухамедова, что очевидно обсуждали стороны?")
    assert reply.kind == "answer"
    assert "локомотивов" in plain(reply)


def test_a_discussion_given_in_particulars_lists_its_things():
    assert lists_discussed(
        "Обсуждалось развитие портов. В частности, речь шла о причалах, кранах и складах."
    )
