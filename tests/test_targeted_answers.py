"""Answerable place and forecast questions the article answers, in every input style, and
their declined neighbours.

- A kind of place after a question word ("какого региона", "через какое море", "which sea",
  "депутат какого парламента") says what kind of name answers — the article names it
  ("Южного Кавказа", "через Каспий", "Милли Меджлиса") — not what the question is about
  (``answer_types.names_kind_of_place``); a verb of crossing asks for the way as "через"
  does (``places.asks_way``).
- A prediction asked by its verb ("предсказывает", "прогнозирует") asks for a forecast; a
  ground laid now ("создаёт прочную основу для дальнейшей интеграции") states one.
- Of a named expert's near entries, the one explaining the question's subject answers.
- Transliteration drops ь after a consonant ("dalshe"): put back, it is no girl's name.
- A place named by its adjective ("евразийской") is the place ("Евразия": ``placenames``).

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.answer_types import AnswerType, asked_types, names_kind_of_place
from bot.language.placenames import place_of_adjective
from bot.language.speech import without_talk_frame
from bot.matching.places import asks_way
from tests.support.asking import answered, declined, question_words


def test_kinds_of_place_read_as_such():
    for word in ("региона", "море", "sea", "regions", "парламента", "territory"):
        assert names_kind_of_place(word), word
    for word in ("коридор", "визит", "5+1", "проекты"):
        assert not names_kind_of_place(word), word
    assert asked_types(question_words("which sea would the ferries cross"))[:1] == (
        AnswerType.PLACE,
    )
    assert asked_types(question_words("энергобезопасность какого региона"))[:1] == (
        AnswerType.PLACE,
    )
    assert asks_way(question_words("which sea would the ferries have to cross"))
    assert asks_way(question_words("какое море пересекут паромы"))
    assert not asks_way(question_words("где построят паромы"))


def test_a_prediction_asked_by_its_verb_is_a_forecast():
    assert AnswerType.FORECAST in asked_types(
        question_words("какое будущее Гусейнов предсказывает союзу")
    )
    assert AnswerType.FORECAST in asked_types(
        question_words("what does Huseynov predict for the alliance")
    )


def test_a_place_named_by_its_adjective():
    names = {"евразия", "каспий", "азербайджан", "россия"}
    assert place_of_adjective("евразийский", names) == "евразия"
    assert place_of_adjective("каспийский", names) == "каспий"
    assert place_of_adjective("азербайджанский", names) == "азербайджан"
    assert place_of_adjective("российский", names) == "россия"
    assert place_of_adjective("турецкий", names) is None  # irregular: not guessed
    assert place_of_adjective("тюркский", names) is None  # no such name in the article


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        # a region named by its name, the noun "регион" asking only what kind of name
        ("Энергобезопасность какого региона, по словам Гусейнова, обеспечивает Баку?", "Кавказа"),
        ("В каком регионе Баку обеспечивает энергобезопасность по словам Гусейнова?", "Кавказа"),
        ("energobezopasnost kakogo regiona obespechivaet baku", "Кавказа"),
        ("hjkm ,fre d 'ythuj,tpjgfcyjcnb rfrjuj htubjyf", "Кавказа"),  # layout
        ("Energy security of which region does Baku ensure?", "Caucasus"),
        ("в какой регион ездил Алиев по словам Гаджиева", "Центральной Азии"),
        ("Aliyev's visits to which region did Hajiyev highlight?", "Central Asia"),
        # a sea crossed: the way, "через Каспий"
        ("Which sea would the new cargo ferries have to cross?", "Caspian"),
        ("Which sea will the new ferries cross?", "Caspian"),
        ("cherez kakoe more pojdut novye paromy", "Каспий"),
        # a parliament: the body the profile names
        ("депутат какого парламента Айдын Гусейнов", "Милли Меджлиса"),
        ("депутат какого парламента Гусейнов?", "Милли Меджлиса"),
    ],
)
def test_a_place_named_by_its_name_answers_its_kind(session, question, evidence):
    assert evidence in answered(session, question), question


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        # a ground laid now for what follows
        ("что это даст для интеграции в регионе по Ишмухамедову", "прочную основу"),
        ("что это даст для интегарции в регионе по ишмухамедову", "прочную основу"),  # typo
        ("chto eto dast dlya integratsii v regione po ishmuhamedovu", "прочную основу"),
        # a prediction asked by its verb, answered by his words on the alliance
        ("Какое будущее Гусейнов предсказывает союзу Баку и Астаны?", "региональные реалии"),
        ("что Гусейнов прогнозирует стратегическому союзу", "региональные реалии"),
        # "dalshe": "дальше", not the name "Даша" the article never gives
        ("k kakomu sotrudnichestvu gotovy baku i astana dalshe", "прагматичному"),
        # Eurasia named by its adjective: "основа новой евразийской архитектуры"
        ("чем станет Транскаспийский маршрут для Евразии", "евразийской архитектуры"),
        ("xtv cnfytn nhfycrfcgbqcrbq vfhihen lkz tdhfpbb", "евразийской архитектуры"),
    ],
)
def test_a_forecast_the_article_makes_is_answered(session, question, evidence):
    assert evidence in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        "Присоединится ли Турция к тюркской семёрке?",  # "могла бы": no forecast of joining
        "Что даст тюркская семёрка Турции?",
        "Когда спустят на воду новые паромы для Каспия?",
        "В каком регионе построят новые порты?",
        "На каком море построят новые паромы?",  # the way "через Каспий" is no place built
        "что Гусейнов прогнозирует для цен на нефть",
        "чем станет Зангезурский коридор для Евразии",
    ],
)
def test_places_and_forecasts_the_article_does_not_give_stay_declined(session, question):
    declined(session, question)


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("ishmuhamedov kazahstanskiy ili azerbaydzhanskiy ekspert", "казахстанский политолог"),
        ("Ишмухамедов казахстанский или азербайджанский эксперт?", "казахстанский политолог"),
        ("Тусупбеков азербайджанский или казахстанский эксперт", "казахстанский политолог"),
        ("Гусейнов казахстанский или азербайджанский депутат?", "Милли Меджлиса"),
    ],
)
def test_either_or_describing_an_expert_is_told_by_his_profile(session, question, evidence):
    assert evidence in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        "Гаджиев российский или турецкий дипломат?",  # his profile states neither
        "Ишмухамедов оптимистичный или пессимистичный?",
    ],
)
def test_either_or_the_profile_does_not_tell_is_not_answered(session, question):
    declined(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "что нужно чтобы сократить доставку до 7-8 дней",
        "xnj ye;yj xnj,s cjrhfnbnm ljcnfdre lj 7-8 lytq",  # the same, typed on QWERTY
        "What is needed to cut delivery to 7-8 days?",
    ],
)
def test_a_figure_quoted_to_ask_what_it_takes_is_no_answer(session, question):
    text = answered(session, question)
    assert ("подвижной состав" in text) or ("rolling stock" in text), question


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("15 соглашений", "15 важных соглашений"),  # the figure asked as it stands
        ("до скольких дней можно сократить доставку", "7–8 дней"),
    ],
)
def test_a_figure_asked_for_stays_the_answer(session, question, evidence):
    text = answered(session, question)
    assert text.startswith(evidence) or evidence in text.split("\n")[0], question


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("о каких странах речь в фрмуле 5+1", "Центральной Азии"),  # typo
        ("o kakih stranah rech v formule 5+1", "Центральной Азии"),  # translit
    ],
)
def test_what_something_is_about_asked_with_rech(session, question, evidence):
    assert evidence in answered(session, question), question


def test_the_talk_frame_is_no_subject_word():
    assert without_talk_frame(list(question_words("о чём идёт речь в посте"))) == [
        "о",
        "чем",
        "в",
        "посте",
    ]
    assert "речь" in without_talk_frame(list(question_words("речь Токаева в Габале")))
