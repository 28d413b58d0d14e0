"""Who said it: the speaker asked by how his words are named, not by a deed of their own.

"Кто автор цитаты про …", "who is the author of the quote about …" ask who said it, as
"чьи слова" does; "кто дал прогноз по …", "who made the trade forecast" ask whose forecast
it is — "дал", "made" only carry the noun, and a passage saying "дать импульс" is no nearer;
"who spoke about …" asks who talked of it. A forecast's author is the one whose passage makes
a forecast of that subject: one only speaking of it (an impulse to tourism, investments
discussed) made none. These run on the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import declined


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the author of words: who said them
        ("кто автор цитаты про стратегический союз", "huseynov-alliance"),
        ("кто автор слов про стратегический союз", "huseynov-alliance"),
        ("кто автор цытаты про стратегический союз", "huseynov-alliance"),
        ("kto avtor citaty pro strategicheskij soyuz", "huseynov-alliance"),
        ("rnj fdnjh wbnfns ghj cnhfntubxtcrbq cj.p", "huseynov-alliance"),
        ("who is the author of the quote about the strategic alliance", "huseynov-alliance"),
        ("who is the author of the words about tourism", "ishmukhamedov-road"),
        ("who was the author of the statement on energy", "huseynov-energy"),
        ("кто автор высказывания про туризм", "ishmukhamedov-road"),
        # "spoke about": who talked of it
        ("who spoke about tourism", "ishmukhamedov-road"),
        ("who speaks about tourism", "ishmukhamedov-road"),
        ("which expert spoke about tourism", "ishmukhamedov-road"),
        ("who spoke about energy", "huseynov-energy"),
        ("who spoke about ferries", "ishmukhamedov-rail-investment"),
        # whose forecast: the trade forecast, not the road passage's "дать импульс"
        ("кто дал прогноз по товарообороту", "ishmukhamedov-trade"),
        ("кто из экспертов дал прогноз по товарообороту", "ishmukhamedov-trade"),
        ("кто дает прогноз товарооборота", "ishmukhamedov-trade"),
        ("кто дал пргноз по товарабороту", "ishmukhamedov-trade"),
        ("kto dal prognoz po tovarooborotu", "ishmukhamedov-trade"),
        ("rnj lfk ghjuyjp gj njdfhjj,jhjne", "ishmukhamedov-trade"),
        ("who made the trade forecast", "ishmukhamedov-trade"),
        ("who gave the trade forecast", "ishmukhamedov-trade"),
        ("who made a forecast on trade turnover", "ishmukhamedov-trade"),
        ("чей прогноз по товарообороту", "ishmukhamedov-trade"),
        ("чей прогноз о товарообороте", "ishmukhamedov-trade"),
        ("кто дал прогноз по срокам доставки", "ishmukhamedov-delivery-time"),
        ("who made the forecast about delivery times", "ishmukhamedov-delivery-time"),
        # an assessment given: who assessed it
        ("кто дал оценку декларации о мире", "tusupbekov-peace"),
        # who said what follows: a name after the verb is what he said, not a speaker
        (
            "who said the Trans-Caspian route is the basis of a new Eurasian architecture",
            "huseynov-transcaspian",
        ),
        (
            "who said the Trans-Caspian route is the foundation of a new Eurasian architecture",
            "huseynov-transcaspian",
        ),
        ("who said Tokayev was in Gabala recently", "tusupbekov-gabala"),
        ("who said Tokayev spoke in Gabala", "tusupbekov-gabala"),
        ("кто сказал что Токаев выступал в Габале", "tusupbekov-gabala"),
        # whose words, asked by their owner
        ("кому принадлежат слова про стратегический союз", "huseynov-alliance"),
        ("кому принадлежит цитата про тюркскую семерку", "ishmukhamedov-turkic-seven"),
        ("кем были сказаны слова про стратегический союз", "huseynov-alliance"),
        # who is quoted on a subject: who said something of it
        ("who is quoted on tourism", "ishmukhamedov-road"),
        ("who is quoted about the strategic alliance", "huseynov-alliance"),
        ("who was quoted on energy", "huseynov-energy"),
        # which expert: the kind of person asked, not the experts' list
        ("which expert talked about ferries", "ishmukhamedov-rail-investment"),
        ("which expert mentioned ferries", "ishmukhamedov-rail-investment"),
        ("which expert said about locomotives", "ishmukhamedov-rail-investment"),
        # an idea's author: who proposed it
        ("кто автор идеи тюркской семерки", "sacred-number-seven"),
        ("кто автор идеи добавить Турцию", "ishmukhamedov-turkic-seven"),
        ("кто автор предложения добавить Турцию", "ishmukhamedov-turkic-seven"),
        # whose forecast of a thing, in the genitive; who estimated a figure
        ("чей прогноз товарооборота", "ishmukhamedov-trade"),
        ("who estimated trade at 400-500 million dollars", "ishmukhamedov-trade"),
        # a statement made: who said it
        ("кто сделал заявление про стратегический союз", "huseynov-alliance"),
        ("кто сделал заявление о новом этапе", "huseynov-new-stage"),
        ("who made the statement about the strategic alliance", "huseynov-alliance"),
        # who forecast it, by the verb: the passage foreseeing a figure of it
        ("кто спрогнозировал товарооборот", "ishmukhamedov-trade"),
        ("кто прогнозирует рост товарооборота", "ishmukhamedov-trade"),
        ("кто прогнозирует увеличение товарооборота", "ishmukhamedov-trade"),
        ("кто дал прогноз по росту товарооборота", "ishmukhamedov-trade"),
        ("кто прогнозирует сокращение сроков доставки", "ishmukhamedov-delivery-time"),
    ],
)
def test_who_said_is_answered(session: Session, question: str, entry: str) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == ("answer", entry), (question, reply.kind, reply.entry)


@pytest.mark.parametrize(
    "question",
    [
        # no forecast of these: an impulse to tourism, investments only discussed
        "who forecast tourism numbers",
        "кто дал прогноз по туризму",
        "чей прогноз по туризму",
        "кто дал прогноз по инвестициям",
        "чей прогноз по инвестициям",
        "кто прогнозирует рост инвестиций",
        "who predicted growth in investment",
        "who predicted tourism growth",
        # things no one in the article speaks of
        "кто сделал заявление про Грузию",
        "who said Erdogan will join",
        "кто автор идеи моста через Каспий",
        "чей прогноз туризма",
        "who estimated oil prices",
        "кому принадлежат слова про Грузию",
        "who is quoted on oil prices",
        "which expert talked about oil prices",
        "кто сказал что Путин приезжал в Астану",
        "кто дал прогноз по ценам на нефть",
        "кто автор цитаты про Грузию",
        "who spoke about Georgia",
        "who made the forecast on inflation",
        "кто сказал про цены на нефть",
        "кто из экспертов говорил про Грузию",
    ],
)
def test_who_said_what_the_article_does_not_say(session: Session, question: str) -> None:
    declined(session, question)


def test_the_experts_list_still_answers_which_experts(session: Session) -> None:
    """ "which experts are quoted": the people, no subject — their list."""
    for question in ("which experts are quoted", "who is quoted", "какие эксперты есть в статье"):
        reply = session.ask(question)
        assert (reply.kind, reply.entry) == ("answer", "experts"), (question, reply.entry)


def test_the_author_of_words_is_read_as_who_said() -> None:
    from bot.language.speech import without_own_saying  # imported here: the fork lacks it

    assert without_own_saying(["кто", "автор", "цитаты", "про", "союз"]) == [
        "кто",
        "про",
        "союз",
    ]
    assert without_own_saying(["who", "is", "the", "author", "of", "the", "quote"]) == [
        "who",
        "said",
    ]
    # the article's author, an idea's author: not words said
    assert without_own_saying(["кто", "автор", "статьи"]) == ["кто", "автор", "статьи"]
    assert without_own_saying(["who", "is", "the", "author", "of", "the", "article"]) == [
        "who",
        "is",
        "the",
        "author",
        "of",
        "the",
        "article",
    ]


def test_a_light_verb_carrying_a_forecast_is_a_frame() -> None:
    from bot.language.speech import without_light_verbs  # the fork point has none

    assert without_light_verbs(["кто", "дал", "прогноз", "по", "товарообороту"]) == [
        "кто",
        "прогноз",
        "по",
        "товарообороту",
    ]
    assert without_light_verbs(["who", "made", "the", "trade", "forecast"]) == [
        "who",
        "the",
        "trade",
        "forecast",
    ]
    # a deed of its own: "что даст визит", "дать импульс"
    assert without_light_verbs(["что", "даст", "визит"]) == ["что", "даст", "визит"]
    assert without_light_verbs(["who", "spoke", "about", "tourism"]) == [
        "who",
        "said",
        "about",
        "tourism",
    ]
    assert without_light_verbs(["where", "did", "he", "speak"]) == ["where", "did", "he", "speak"]
