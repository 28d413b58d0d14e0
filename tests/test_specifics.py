"""Specifics asked of a thing the article only names are not given: "какие конкретно барьеры"
(it names the barriers, never which), "что подписали по здравоохранению" (healthcare is one
area listed), "what exactly did they agree on the Zangezur corridor" (it was discussed),
"кто входит в рабочую группу" (one member is named), "will it reach 20 million, and by
when" (no date). What the article does give — the areas listed, the figures, what was
discussed — stays answered.

On the real knowledge base, through the same Session every transport uses, in several input
styles (Russian, keyboard layout, transliteration, typos, English).
"""

from __future__ import annotations

import pytest

from bot.language.answer_types import AnswerType
from bot.language.predicates import asked_relation, listed
from bot.language.specifics import asks_specifics, content_asked, joined_kinds
from tests.support.asking import answered, not_given, question_words


@pytest.mark.parametrize(
    ("question", "missing", "offered"),
    [
        # which ones, specifically: the passage names them, lists none
        ("Какие конкретно барьеры и лимиты мешают торговле?", "fact", "барьеры и лимиты"),
        ("kakie konkretno barery i limity sderzhivayut torgovlyu", "fact", "барьеры и лимиты"),
        (
            "rfrbt rjyrhtnyj ljrevtyns gjlgbcfys gj nhfycrfcgbqcrjve vfhihene",
            "fact",
            "Транскаспийский",
        ),
        ("что за соглашение по искуственому интелекту, подробности", "fact", "искусственном"),
        # what was done about one area of those listed
        ("что подписали по статистике", "fact", "статистике"),
        ("xnj gjlgbcfkb gj uevfybnfhysv cdzpzv", "fact", "гуманитарных"),
        ("какие меры по туризму согласовали", "fact", "туризма"),
        ("what exactly did they agree on the Zangezur corridor", "fact", "Zangezur"),
        # the members of a body of which one member is named
        ("кто входит в межпарламентскую рабочую группу", "fact", "рабочей группы"),
        ("kto vhodit v mezhparlamentskuyu rabochuyu gruppu", "fact", "рабочей группы"),
        ("состав межпарламентской рабочей группы", "fact", "рабочей группы"),
        ("who are the members of the interparliamentary working group", "fact", "Huseynov"),
        # a second kind asked after "and": no date of reaching it
        ("Will Kazakhstan reach 20 million tonnes of rail freight, and by when?", "forecast", "20"),
    ],
)
def test_specifics_the_article_lacks_are_not_given(session, question, missing, offered):
    assert offered.lower() in not_given(session, question, missing).lower(), question


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("в каких именно сферах подписаны соглашения", "здравоохранении"),
        ("какие конкретно цифры привёл Ишмухамедов", "15–18"),
        ("что обсуждали по Зангезурскому коридору", "Зангезурского"),
        ("что обсуждали Алиев и Токаев", "обсуждали"),  # the passage saying what was discussed
        ("что мешает росту торговли", "барьеры"),
        ("какие сферы охватывают соглашения", "здравоохранении"),
        ("подписали ли соглашение по здравоохранению", "здравоохранении"),
        ("Какие сферы перечислил Тусупбеков", "аграрная"),
        ("сколько тонн нужно Казахстану", "20 миллионов"),
        ("what did the sides discuss", "Middle Corridor"),
    ],
)
def test_what_the_article_gives_is_still_answered(session, question, evidence):
    assert evidence in answered(session, question), question


def test_words_asking_for_specifics():
    assert asks_specifics(question_words("какие конкретно барьеры"))
    assert asks_specifics(question_words("что именно заявил Токаев"))
    assert asks_specifics(question_words("what exactly did they agree"))
    assert not asks_specifics(question_words("почему именно семь"))
    assert not asks_specifics(question_words("точно ли подписали 15 соглашений"))


def test_what_was_done_is_asked_of_a_verb_told_as_done():
    def done(text: str) -> str | None:
        words = question_words(text)
        return content_asked(words, asked_relation(words).verb)

    assert done("что подписали по здравоохранению") == "подписать"
    assert done("какие меры для туризма согласовали") == "согласовать"
    assert done("what exactly did they agree on the corridor") == "agree"
    assert done("что мешает росту торговли") is None
    assert done("какие сферы охватывают соглашения") is None
    assert done("что за соглашение подписали") is None
    assert done("какие темы выделили эксперты") is None


def test_the_members_of_a_body_are_a_list():
    assert listed(question_words("кто входит в рабочую группу")) == "группу"
    assert listed(question_words("из кого состоит рабочая группа")) == "группа"
    assert listed(question_words("who are the members of the working group")) == "group"
    assert listed(question_words("в состав какой группы входит Гусейнов")) is None
    assert listed(question_words("перечисли в статье соглашения")) is None


def test_kinds_joined_by_and():
    assert joined_kinds(question_words("will they reach it, and by when")) == (AnswerType.DATE,)
    assert joined_kinds(question_words("когда и где подписана декларация")) == (AnswerType.PLACE,)
    assert joined_kinds(question_words("Алиев и Токаев что подписали")) == ()
