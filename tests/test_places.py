"""A place question is answered only by a place the question does not already name: "где
именно в Габале" is not answered by "выступал в Габале", nor "в какие страны … через
Азербайджан" by an entry naming only Azerbaijan (``bot.matching.places``).

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.answer_types import AnswerType, asked_types, asks_place_by_noun
from bot.language.placenames import compound_place_names
from bot.matching.places import asks_source, asks_way, fixed_places, places_beyond, source_places
from bot.rendering.plain import render_plain as plain
from tests.support.asking import question_words


def test_the_places_a_question_fixes():
    assert "габале" in fixed_places(question_words("где именно в Габале выступал Токаев"), False)
    # a way through a place is not the place asked for
    assert not fixed_places(
        question_words("куда экспортируют энергоресурсы через Азербайджан"), False
    )
    words = question_words("в какие именно страны пойдут энергоресурсы через Азербайджан")
    assert asks_place_by_noun(words)
    assert "азербайджан" in fixed_places(words, True)
    assert not asks_place_by_noun(question_words("куда пойдут энергоресурсы"))
    # a place guessed before "или где" is the asker's guess, not one the question knows
    assert not fixed_places(question_words("встречали Алиева в Астане или где"), False)


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("где именно в Габале выступал Токаев", "Габале"),
        ("ult bvtyyj d uf,fkt dscnegfk njrftd", "Габале"),  # the same, typed on QWERTY
        ("в какие именно страны пойдут казахстанские энергоресурсы через Азербайджан?", "рынок"),
    ],
)
def test_a_place_the_question_names_is_not_given_back(session, question, offered):
    reply = session.ask(question)
    assert (reply.kind, reply.missing) == ("not_given", "place"), question
    assert offered in plain(reply)


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("где выступал Токаев", "Габале"),
        # Azerbaijan is the wider place of the contacts; where he spoke is Gabala
        ("где выступал Токаев в Азербайджане", "Габале"),
        ("куда экспортируют казахстанские энергоресурсы через Азербайджан", "мировой рынок"),
        ("куда прибыл Алиев", "Казахстан"),
        # a guess "or where": the article's place confirms it
        ("так, а встречали его где, в Астане или где?", "Астане"),
        ("Токаев выступал в Габале или где?", "Габале"),
        # "государство": the formal register's country
        ("через какое государство транзитом идут казахстанские энергоресурсы?", "Азербайджана"),
    ],
)
def test_a_place_beyond_the_question_is_answered(session, question, evidence):
    reply = session.ask(question)
    assert reply.answered, question
    assert evidence in plain(reply)


def test_a_measure_is_not_a_place_nor_an_event():
    """ "на каком мероприятии", "на каком форуме": which occasion, a fact — not a place (and
    no "мера" either)."""
    for question in (
        "на каком мероприятии выступал Токаев",
        "на каком форуме выступал Токаев",
        "в какой мере визит укрепил связи",
    ):
        assert AnswerType.PLACE not in asked_types(question_words(question)), question


@pytest.mark.parametrize(
    "question",
    ["на каком мероприятии в Габале выступал Токаев", "на каком саммите Токаев выступал в Габале"],
)
def test_the_occasion_asked_is_a_missing_fact(session, question):
    reply = session.ask(question)
    assert (reply.kind, reply.missing) == ("not_given", "fact"), reply.missing
    assert "Габале" in plain(reply)


@pytest.mark.parametrize(
    "question",
    [
        "где будут строиться новые паромы",
        "где построят новые паромы",
        "где будут построены новые паромы",
    ],
)
def test_a_way_is_no_place_where(session, question):
    # "строительстве новых паромов для перевозки грузов через Каспий": the way the ferries
    # will carry cargo, not where they are built
    reply = session.ask(question)
    assert (reply.kind, reply.missing) == ("not_given", "place"), question


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("через какое море пойдут новые паромы", "Каспий"),  # the way asked for
        # the way asked by its bare pronoun
        ("Через что пойдут грузы на новых паромах?", "Каспий"),
        ("через что будут ходить паромы", "Каспий"),
        ("Где, по словам Гусейнова, Баку обеспечивает энергетическую безопасность?", "Кавказа"),
    ],
)
def test_a_way_asked_for_or_a_place_beside_it_is_answered(session, question, evidence):
    reply = session.ask(question)
    assert reply.kind == "answer", question
    assert evidence in plain(reply)


def test_places_only_on_a_way(session):
    entry = session.matcher.catalogue.entry("aliyev-kazakhstan", "ishmukhamedov-rail-investment")
    assert entry is not None
    lemma = session.matcher.morphology.lemma
    assert places_beyond(entry, set(), "строить", lemma) is False
    assert places_beyond(entry, set(), "строить", lemma, way=True) is True
    assert asks_way(question_words("через какое море пойдут паромы"))
    assert not asks_way(question_words("где будут строить паромы"))


def test_a_region_named_by_its_capitalised_adjective_is_a_place():
    text = (
        "усиливает роль Баку в обеспечении энергетической безопасности Южного Кавказа, "
        "визитов в страны Центральной Азии"
    )
    assert compound_place_names(text) == ["Кавказа", "Азии"]
    # a capital that only starts a sentence, a name of no place
    assert compound_place_names("Средний коридор. Новый Шёлковый путь") == []


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        # the way "через Азербайджан" is named by the question; the region is beyond it
        (
            "Готовлю обзор по энергетике. Гусейнов говорил об экспорте казахстанских "
            "энергоресурсов через Азербайджан — безопасность какого региона он упомянул?",
            "Кавказа",
        ),
        (
            "безопасность какого региона укрепляет экспорт энергоресурсов через Азербайджан",
            "Кавказа",
        ),
    ],
)
def test_a_region_beyond_the_way_asked_is_answered(session, question, evidence):
    reply = session.ask(question)
    assert reply.answered, question
    assert evidence in plain(reply)


def test_a_region_is_no_country_asked_for(session):
    # "в какие страны": the South Caucasus is no country; the entry names only Azerbaijan
    reply = session.ask("в какие конкретно страны пойдут энергоресурсы через Азербайджан?")
    assert (reply.kind, reply.missing) == ("not_given", "place")


def test_the_water_vessels_sail_is_their_way():
    assert asks_way(question_words("На каком водоёме не хватает судов, чтобы перевозить грузы?"))
    assert asks_way(question_words("по какому морю пойдут грузы на новых паромах"))
    assert not asks_way(question_words("На каком море построят новые паромы?"))  # made there
    assert not asks_way(question_words("на каком море стоит Баку"))  # no vessel, no carriage


@pytest.mark.parametrize(
    "question",
    [
        "по какому морю пойдут грузы на новых паромах",
        "в каком море нужны новые паромы для грузов",
        "Я правильно понимаю, что новые паромы нужны, чтобы возить грузы через море? "
        "Через какое именно?",
    ],
)
def test_the_sea_the_ferries_cross_is_answered(session, question):
    reply = session.ask(question)
    assert reply.answered, question
    assert "Каспий" in plain(reply)


def test_a_place_noun_left_out_after_its_preposition_is_asked():
    words = question_words("паромы повезут грузы через море? Через какое именно?")
    assert asked_types(words)[:1] == (AnswerType.PLACE,)
    # the noun left out is a time, no place
    words = question_words("паромы пойдут через месяц? Через какой именно?")
    assert AnswerType.PLACE not in asked_types(words)


def test_a_post_put_up_is_published(session):
    # "выложил": the post the article says he published ("публикацию … в социальной сети X");
    # "адин": "один" as it is heard
    reply = session.ask("В какой соцсети Гаджиев выложил пост про пять плюс адин?")
    assert reply.answered
    assert "сети X" in plain(reply)


def test_a_place_spread_over_is_asked_after_po():
    # "по всему тюркскому и евразийскому пространству": the place the interest spread over
    words = question_words("по какому пространству эксперты проявили интерес к визиту")
    assert asked_types(words)[:1] == (AnswerType.PLACE,)
    assert AnswerType.PLACE not in asked_types(question_words("по какому маршруту пойдут грузы"))


def test_the_place_over_which_interest_spread_is_answered(session):
    reply = session.ask("по какому пространтсву эксперты проявили интерес к визиту")
    assert reply.answered
    assert "евразийскому пространству" in plain(reply)


def test_the_word_place_in_a_place_question_is_what_is_asked(session):
    # "там в тексте названо место?": the place asked for, no word a passage must hold
    reply = session.ask(
        "Казахстанский политолог вспоминал, что недавно и их президент был в Азербайджане. "
        "В каком городе он тогда выступал, там в тексте названо место?"
    )
    assert reply.answered
    assert "Габале" in plain(reply)
    # a place the article does not give stays untold
    reply = session.ask("в каком дворце проходили переговоры, там в тексте названо место?")
    assert not reply.answered


@pytest.mark.parametrize(
    "question",
    ["куда направился Алиев", "kuda napravilsya aliev", "куда отправился Алиев"],
)
def test_where_a_leader_went_is_where_he_arrived(session, question):
    # "направился", "отправился": his going is his coming, "прибыл … в Казахстан"
    reply = session.ask(question)
    assert reply.answered, question
    assert "Казахстан" in plain(reply)


def test_whence_is_asked_of_a_source():
    assert asks_source(question_words("откуда везут грузы"))
    assert not asks_source(question_words("куда прибыл Алиев"))
    # "из какой страны прибыл Алиев": his own country, which "президент Азербайджана" tells
    assert not asks_source(question_words("из какой страны прибыл Алиев"))
    # a city, a port he came from is no country of his own: a source asked
    assert asks_source(question_words("из какого города прилетел Алиев"))
    assert source_places("доставка грузов из Китая через Казахстан в Азербайджан") == ["Китая"]
    assert not source_places("Ильхам Алиев прибыл с государственным визитом в Казахстан")


@pytest.mark.parametrize(
    "question",
    [
        "откуда везут грузы",
        "откуда вэзут грузы в азербайджан через казахстан",  # the verb mended
        "Откуда идут грузы, которые доставляют через Казахстан в Азербайджан?",
    ],
)
def test_whence_the_cargo_comes_is_answered(session, question):
    reply = session.ask(question)
    assert reply.answered, question
    assert "из Китая" in plain(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Откуда Алиев прилетел?",
        "откудп прилетел алиев",
        "otkuda priletel aliev",
        "из какого города прилетел Алиев",
    ],
)
def test_whence_he_came_is_not_given_by_where_he_came(session, question):
    # "прибыл … в Казахстан" tells where he came to, never from where
    reply = session.ask(question)
    assert (reply.kind, reply.missing) == ("not_given", "place"), question
    assert "прибыл" in plain(reply)
