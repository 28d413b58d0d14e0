"""Everyday Russian about amounts and whose reckoning: money by its nouns ("сколько денег",
"бабки"), half a scale in one word ("полмиллиарда", "пол-ляма"), an amount hedged after it
("миллиард с небольшим"), whether an amount is enough ("нормально или маловато"), a reckoning
attributed ("по расчётам X"), a condition's verb ("если заработают проекты"), and a word the
dictionary knows kept from a repair no slip of the hand makes ("нормальным" is no
"формальным", "задавать тон" no "тонн").

On the real knowledge base, through the same Session every transport uses; what the article
does not give stays declined however it is worded.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types
from bot.language.keyboard import keys_touch, mistyped_key
from bot.language.predicates import asked_relation
from bot.language.text import tokens
from tests.support.asking import answered, not_given, question_words


@pytest.mark.parametrize(
    "question",
    [
        "Сколько денег сейчас торгуют страны?",
        "сколько бабок сейчас товарооборот",
        "торговля между странами сейчас около полмиллиарда долларов?",
        "правда что товарооборот всего порядка полмиллиарда в год?",
    ],
)
def test_todays_turnover_by_money_words_and_half_scales(session: Session, question: str) -> None:
    assert "400–500" in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        "До скольки бабок может вырасти товарооборот?",
        "товарооборот вырастет до полутора миллиардов?",
        "Товарооборот может дойти до миллиарда с небольшим?",
        "до какой суммы может подрасти торговля, если заработают новые проекты?",
    ],
)
def test_the_billion_target_in_everyday_words(session: Session, question: str) -> None:
    assert "миллиард" in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        "нынешний товарооборот эксперт считает нормальным или маловато?",
        "товарооборот сейчас — это нормально?",
    ],
)
def test_whether_the_turnover_is_enough(session: Session, question: str) -> None:
    assert "недостаточно" in answered(session, question), question


def test_money_not_given_is_still_declined(session: Session) -> None:
    not_given(session, "сколько денег надо вложить в железную дорогу", "money")


def test_half_scales_read_as_the_amount_below() -> None:
    assert tokens("полмиллиарда долларов") == ["500", "миллионов", "долларов"]
    assert tokens("пол-миллиона") == ["500", "тысяч"]
    assert tokens("пол-ляма") == ["500", "тысяч"]
    assert tokens("полутора миллиардов") == ["1,5", "миллиардов"]
    assert tokens("полдень полный") == ["полдень", "полный"]


def test_a_reckoning_attributed_is_no_word_of_the_subject(session: Session) -> None:
    for question in (
        "По расчётам Ишмухамедова, до какой суммы вырастет товарооборот?",
        "по прикидкам политолога, до какой суммы вырастет товарооборот",
        "до какой суммы вырастет товарооборот по подсчётам экспертов",
    ):
        query = session.matcher.analyse(question)
        lemmas = {t.lemma for t in query.terms}
        assert not lemmas & {"расчет", "прикидка", "подсчет"}, question
        assert "миллиард" in answered(session, question), question


def test_known_words_stay_themselves(session: Session) -> None:
    lemmas = {t.lemma for t in session.matcher.analyse("эксперт считает нормальным").terms}
    assert "формальный" not in lemmas
    lemmas = {t.lemma for t in session.matcher.analyse("какой тон задают две страны").terms}
    assert "тонна" not in lemmas
    # after an amount "тон" is the tonne it counts
    assert session.matcher.analyse("сколько тон нужно Казахстану").counted == "тонна"
    assert "20 миллионов" in answered(session, "сколько млн тон нужно казахстану")


def test_a_slip_of_the_hand_is_a_touching_key() -> None:
    assert keys_touch("н", "г") and keys_touch("о", "ш") and keys_touch("ф", "ы")
    assert not keys_touch("н", "ф")
    assert mistyped_key("страх", "стран") is False  # Х and Н are far apart
    assert mistyped_key("тлн", "тон")
    assert not mistyped_key("нормальный", "формальный")


def test_a_conditions_verb_is_not_the_relation_asked(session: Session) -> None:
    words = question_words("до какого уровня товарооборот, если заработают новые проекты")
    assert asked_relation(words).verb is None
    question = "до какой суммы в год может подрасти торговля, если заработают новые проекты"
    assert "миллиард" in answered(session, question)
    words = question_words("до какой суммы вырастет торговля, если заработают новые проекты")
    assert asked_relation(words).verb == "вырасти"


def test_a_span_of_time_asks_a_length_of_time(session: Session) -> None:
    query = session.matcher.analyse("на какой отрезок времени Гусейнов прогнозирует союз")
    assert query.asks[:1] == (AnswerType.DURATION,)
    assert query.unknown_detail is None
    assert not {t.lemma for t in query.terms} & {"отрезок", "время"}
    # a stretch of the way is a place, as before
    query = session.matcher.analyse("на какой отрезок пути не хватает паромов")
    assert AnswerType.DURATION not in query.asks


def test_both_and_order_of_magnitude_are_no_subject(session: Session) -> None:
    question = "сколько тонн по железной дороге перевозят сейчас? интересует порядок величин"
    lemmas = {t.lemma for t in session.matcher.analyse(question).terms}
    assert not lemmas & {"порядок", "величина"}
    assert "1,5–2" in answered(session, question)
    lemmas = {t.lemma for t in session.matcher.analyse("назовите обе суммы товарооборота").terms}
    assert "оба" not in lemmas


def test_money_put_in_is_the_investment_the_article_names(session: Session) -> None:
    reply = not_given(session, "сколько денег азербайджан вложит в экономику казахстана", "money")
    assert "инвестиц" in reply


def test_up_to_how_much_a_figure_goes_asks_its_level_not_a_time(session: Session) -> None:
    # "до скольки дойдёт" is the level the turnover reaches, not how long something goes
    words = question_words("до скольки дойдёт товарооборот при новых проектах?")
    assert AnswerType.DURATION not in asked_types(words)
    text = answered(
        session, "прогноз по товарообороту какой, до скольки дойдёт при новых проектах?"
    )
    assert "миллиард" in text
    # a time of going is still one: "сколько груз из Китая едет"
    assert AnswerType.DURATION in asked_types(question_words("сколько груз из Китая едет?"))


def test_two_amounts_set_side_by_side_are_answered_by_the_passage_giving_both(
    session: Session,
) -> None:
    # "соотносятся" compares what the passage gives; it is no relation a span must name
    assert (
        asked_relation(question_words("как соотносятся объём перевозок и потребности")).verb is None
    )
    text = answered(
        session,
        "Каким образом соотносятся нынешний объём железнодорожных перевозок между странами "
        "и потребности Казахстана в тоннаже?",
    )
    assert "1,5–2 миллиона тонн" in text and "20 миллионов" in text
    # what is not given stays so: a price is no comparison
    not_given(session, "как соотносятся цены на перевозки по железной дороге и паромом?", "money")


def test_what_a_thing_is_valued_at_asks_money(session: Session) -> None:
    # "во сколько оценивают": a worth in money, as "во сколько обойдётся" asks a price — the
    # count of the agreements ("15") is no answer to it
    words = question_words("во сколько оценивают подписанные соглашения")
    assert asked_types(words)[:1] == (AnswerType.MONEY,)
    assert asked_types(question_words("как оценивают визит"))[:1] != (AnswerType.MONEY,)
    assert AnswerType.MONEY not in asked_types(question_words("во сколько раз вырос оборот"))
    assert "соглашени" in not_given(session, "во сколько оценивают подписанные соглашения", "money")
