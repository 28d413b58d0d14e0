"""Details the article never gives are not answered by the passage nearest in words: what a
document holds ("what does the AI agreement say": the article names the area, never the
contents), which things were done within an area the question names itself ("какие именно
проекты в цифровизации": the passage names the area, no project), a third country's wish
("does Turkey want to join": an expert proposes adding it, Turkey says nothing) and a yes/no
forecast asked by "или нет" ("мир будет прочным или нет": nobody foresees it). What the
article does give — the areas, the experts' words on the declaration, a forecast it makes —
stays answered.

On the real knowledge base, through the same Session every transport uses, in several input
styles (Russian, transliteration, keyboard layout, English).
"""

from __future__ import annotations

import pytest

from bot.language.answer_types import AnswerType, asked_types
from bot.language.contents import contents_holder
from bot.language.parties import view_holder
from bot.language.predicates import asked_relation
from tests.support.asking import answered, not_given, question_words


@pytest.mark.parametrize(
    ("question", "missing", "offered"),
    [
        # a document's contents: the article names the agreement, the declaration
        ("What does the AI agreement say?", "fact", "artificial intelligence"),
        ("what's in the AI deal", "fact", "artificial intelligence"),
        ("что говорится в соглашении по искусственному интеллекту", "fact", "искусственном"),
        ("chto govoritsya v soglashenii po ii", "fact", "искусственном"),
        ("что предусматривает декларация о мире", "fact", "декларац"),
        ("What does the peace declaration say about Armenia?", "fact", "declaration"),
        # contents of a thing the article never names: the welcome's programme
        ("What was on the programme of the ceremonial welcome in Astana?", "fact", "Astana"),
        # the things done within an area the question names itself
        ("какие именно проекты в энергетике", "fact", "энергетике"),
        ("kakie konkretno proekty v logistike", "fact", "логистике"),
        # a third country's wish or intention
        ("хочет ли Турция войти в тюркскую семерку", "statement", "Турци"),
        ("hochet li Turciya vojti v tyurkskuyu semerku", "statement", "Турци"),
        ("Is Turkey willing to join the Turkic seven?", "statement", "Turkey"),
        ("Is Turkey interested in joining the Turkic seven?", "statement", "Turkey"),
        ("Does Turkey plan to join the Turkic seven?", "statement", "Turkey"),
        ("готова ли Турция войти в тюркскую семерку", "statement", "Турци"),
        # whether it will be, asked by a closing "или нет"
        ("мир с Арменией будет прочным или нет", "forecast", "декларац"),
        ("mir s armeniej budet prochnym ili net", "forecast", "декларац"),
        ("Is the peace with Armenia going to last?", "forecast", "declaration"),
    ],
)
def test_details_the_article_lacks_are_not_given(session, question, missing, offered):
    assert offered.lower() in not_given(session, question, missing).lower(), question


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("какие проекты в энергетике", "конкретных проектов"),
        ("какие конкретно проекты назвал Гусейнов", "конкретных проектов"),
        ("в каких именно сферах подписаны соглашения", "здравоохранении"),
        ("Which areas do the agreements cover?", "healthcare"),
        ("What did the agreements cover?", "healthcare"),
        ("что сказал Тусупбеков о декларации", "дальновидность"),
        ("What does Tusupbekov say about the declaration?", "foresight"),
        (
            "What does the peace declaration with Armenia say about Azerbaijan's leadership, "
            "according to Tusupbekov?",
            "foresight",
        ),
        ("товарооборот вырастет до миллиарда или нет", "миллиарда"),
        ("что было в повестке переговоров", "темы"),
    ],
)
def test_what_the_article_gives_is_still_answered(session, question, evidence):
    assert evidence.lower() in answered(session, question).lower(), question


def test_the_document_whose_contents_are_asked():
    def holder(text: str) -> str | None:
        return contents_holder(question_words(text))

    assert holder("What exactly does the AI agreement say?") == "agreement"
    assert holder("what is written in the declaration") == "declaration"
    assert holder("What was in the programme of the ceremony?") == "programme"
    assert holder("что говорится в декларации") == "декларации"
    assert holder("что конкретно предусматривает соглашение") == "соглашение"
    assert holder("что входило в программу визита") == "программу"
    # several documents together, a person's words, an expert's reading: no contents asked
    assert holder("What did the agreements include?") is None
    assert holder("What did Huseynov say about energy?") is None
    assert holder("What does the declaration say, according to the analyst?") is None
    assert holder("что сказал Тусупбеков о декларации") is None


def test_a_documents_words_are_no_statement():
    assert AnswerType.STATEMENT in asked_types(question_words("What did Huseynov say?"))


def test_specifics_of_a_deed_within_a_named_area():
    def detail(text: str) -> str | None:
        return asked_relation(question_words(text)).detail

    assert detail("какие именно проекты в цифровизации") == "проекты"
    assert detail("какие конкретно меры по туризму") == "меры"
    assert detail("какие проекты в цифровизации") is None  # the areas answer it
    assert detail("какие именно проекты") is None
    assert detail("в каких именно сферах подписаны соглашения") is None


def test_a_wish_is_a_countrys_stance():
    def holder(text: str) -> str | None:
        party = view_holder(question_words(text))
        return party.nominative if party is not None else None

    assert holder("хочет ли Турция войти в семерку") == "турция"
    assert holder("does turkey want to join") == "турция"
    assert holder("is china interested in the corridor") == "китай"
    assert holder("хотят ли эксперты добавить Турцию") is None  # the experts' wish
    assert holder("грузы из Китая хотят везти быстрее") is None  # China talked about


def test_a_closing_or_not_asks_whether_it_will_be():
    assert asked_types(question_words("мир будет прочным или нет"))[:1] == (AnswerType.FORECAST,)
    assert asked_types(question_words("will it hold or not"))[:1] == (AnswerType.FORECAST,)
    assert asked_types(question_words("is it going to hold"))[:1] == (AnswerType.FORECAST,)
    assert AnswerType.FORECAST not in asked_types(question_words("мир прочный или нет"))
