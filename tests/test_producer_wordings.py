"""Wordings of a TV producer checking figures before going on air, and of an analyst asking
why, that once missed what the article gives — each fixed as a class of wording, each in
several input styles, with the near questions that must stay as they were:

- a doubled letter typed once after "какой" ("до какой сумы"): "сума" is a bag, "Сумы" a city,
  but after "какой" only the noun of the kind asked is meant;
- both ends of a range quoted as a choice ("500 млн или 400?"): the article's "400–500" is
  one token, which holds either number;
- a figure attributed to its source ("в сколько, по словам Гаджиева"): the source says whose
  number it is, not what it counts;
- a why-question followed by a choice of reasons ("Is there a cultural argument behind it,
  or purely geopolitical?"), or any question followed by a guess left open ("Central Asia,
  or somewhere narrower?"): the choice guesses at the answer, and weighs as a remark;
- "в плане торговли", "в сфере торговли": the noun only says "as for";
- "почему нельзя сократить срок", "что мешает сократить срок": the deed held back is the aim
  the article tells with what it takes ("для этого нужны серьёзные вложения");
- "что будет с товарооборотом, если Средний коридор заработает": the passage foreseeing the
  turnover under that condition, not the corridor's own passage, which never names it;
- "Коллега спрашивает: где …?": a preamble passing the question on, however short.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.frame_words import mend_after_which
from bot.language.preambles import question_end, question_start
from tests.support.asking import answered, declined, not_given, question_words


# ------------------------------------------------------ a doubled letter typed once
@pytest.mark.parametrize(
    ("question", "at", "mended"),
    [
        ("до какой сумы может дорасти торговля", 2, "суммы"),
        ("на какую суму вырастет", 2, "сумму"),
        ("в каких тонах", 2, None),  # a tone, not a tonne: no amount is asked
        ("до какой суммы", 2, None),  # as typed
        ("сумы это город", 0, None),  # no "какой" before it
    ],
)
def test_a_doubled_letter_typed_once_after_which_is_the_kind_noun(question, at, mended):
    assert mend_after_which(list(question_words(question)), at) == mended


@pytest.mark.parametrize(
    "question",
    [
        "до какой сумы может дорасти торговля азербайжан казахстан",
        "на какую суму вырастет товарооборот",
        "до какой сумы может вырасти товарооборот по прогнозу",
    ],
)
def test_a_sum_typed_with_one_m_is_answered(session, question):
    assert "1 миллиард" in answered(session, question)


def test_a_sum_never_given_stays_not_given_with_one_m(session):
    # the billion is the turnover's, not the investments'
    not_given(session, "до какой сумы дорастут инвестиции", "money")
    not_given(session, "до какой суммы дорастут инвестиции", "money")


# ------------------------------------------------------ both ends of a range quoted
@pytest.mark.parametrize(
    "question",
    [
        "ишмухамедв говорил товарооборт 500 млн или 400 уточните",
        "Ishmukhamedov said trade is 500 million or 400?",
        "товарооборот 400 или 500 млн долларов?",
        "tovarooborot 500 mln ili 400?",
    ],
)
def test_either_end_of_a_range_quoted_is_the_range(session, question):
    assert "400–500" in answered(session, question)


def test_a_range_quoted_by_its_ends_keeps_its_own_checks(session):
    # the unit of time of the range is its span's, read at either end
    assert "400–500" in answered(session, "товарооборот 500 млн в год или в месяц?")
    # numbers the article never gives are no end of its range
    declined(session, "ишмухамедов говорил товарооборот 600 млн или 700?")
    # the person who did not say it is still not quoted
    text = not_given(session, "гусейнов говорил товарооборот 500 млн или 400", "statement")
    assert text.startswith("Айдын Гусейнов в статье об этом не говорит")


# ------------------------------------------------------ a figure attributed to its source
@pytest.mark.parametrize(
    "question",
    [
        "5+1 prevratilos v skolko po slovam gadzhieva",
        "5+1 превратилось в сколько по словам гаджиева",
        "5+1 превратилось в сколько, согласно гаджиеву",
        "According to Hajiyev, 5+1 became how many?",
    ],
)
def test_the_source_of_a_figure_is_not_what_it_counts(session, question):
    assert "6" in answered(session, question)


def test_a_count_with_a_source_still_needs_its_count(session):
    declined(session, "сколько по словам гаджиева стоит паром")
    declined(session, "сколько соглашений по словам гусейнова подписали")


# ------------------------------------------------------ a why-question, then a choice of reasons
@pytest.mark.parametrize(
    "question",
    [
        "Why does Ishmukhamedov think Turkey should be added to the six? Is there a cultural "
        "argument behind it, or purely geopolitical?",
        "почему Ишмухамедов считает, что Турцию нужно добавить к шестёрке? Есть ли культурный "
        "аргумент или чисто геополитика?",
        "pochemu ishmukhamedov predlagaet dobavit turciyu? kulturnye prichiny ili politika?",
        "Почему предложили добавить Турцию? Это из-за традиции или из-за экономики?",
    ],
)
def test_a_choice_of_reasons_after_why_is_a_remark(session, question):
    text = answered(session, question)
    assert "семь" in text or "священн" in text or "sacred" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # a deed of its own asked after the why: Turkey's answer is not in the article
        "Why does Ishmukhamedov think Turkey should be added to the six? Did Turkey agree to "
        "it, or refuse?",
        "Почему предложили добавить Турцию? Турция согласилась или отказалась?",
        # a choice after no why-question ("when"), or a whether ("или нет")
        "Когда прилетел Алиев? На самолёте или поездом?",
        "Кто предложил добавить Турцию? Турция согласилась или нет?",
    ],
)
def test_a_second_question_of_its_own_is_still_asked(session, question):
    declined(session, question)


def test_only_a_choice_after_why_ends_the_question_early():
    why = "Почему предложили Турцию? Культура или политика?"
    assert question_end(why) == why.index("?") + 1
    when = "Когда прилетел Алиев? На самолёте или поездом?"
    assert question_end(when) == len(when)
    deed = "Why add Turkey? Did Turkey agree to it, or refuse?"
    assert question_end(deed) == len(deed)


# ------------------------------------------------------ "в плане", "в сфере": as for
@pytest.mark.parametrize(
    "question",
    [
        "Что эксперт ожидает от итогов визита в плане торговли?",
        "что эксперт ожидает от визита в сфере торговли",
        "chto ekspert ozhidaet ot vizita v plane torgovli",
    ],
)
def test_as_for_a_subject_names_the_subject(session, question):
    assert "барьеры" in answered(session, question)


def test_a_sphere_asked_of_is_still_a_subject(session):
    assert "аграрная" in answered(session, "что обсуждали в аграрной сфере")
    assert "энергетике" in answered(session, "в каких сферах подписали соглашения")


# ------------------------------------------------------ a deed that cannot be done, held back
@pytest.mark.parametrize(
    "question",
    [
        "pochemu nelzya prosto tak sokratit srok dostavki, chto meshaet",
        "почему нельзя сократить срок доставки?",
        "что мешает сократить срок доставки",
        "chto meshaet sokratit srok dostavki",
    ],
)
def test_what_holds_a_deed_back_is_what_its_aim_takes(session, question):
    assert "вложения" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "почему нельзя построить мост через Каспий",  # no bridge in the article
        "что мешает построить мост через Каспий",
        "что мешает Турции вступить в шестерку",  # nothing said of what stops Turkey
        "почему нельзя добавить Турцию в шестёрку",  # proposed, never refused
    ],
)
def test_a_deed_the_article_tells_no_aim_of_stays_declined(session, question):
    declined(session, question)


# ------------------------------------------------------ a forecast of a thing under a condition
@pytest.mark.parametrize(
    "question",
    [
        "Что будет с товарооборотом если Средний коридор заработает? прогноз",
        "chto budet s tovarooborotom esli sredniy koridor zarabotaet",
        "как изменится товарооборот, если заработает Средний коридор",
    ],
)
def test_the_thing_foreseen_under_a_condition_is_answered(session, question):
    assert "миллиарда" in answered(session, question)


def test_a_condition_passage_naming_the_thing_foreseen_still_answers(session):
    # the corridor's passage names trade: it foresees what was asked
    text = answered(session, "что будет с торговлей, если заработает Средний коридор")
    assert "кратно увеличить объёмы торговли" in text
    declined(session, "что будет с туризмом, если заработает Средний коридор")


# ------------------------------------------------------ a short preamble passing a question on
@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        (
            "Коллега спрашивает: где Токаев недавно выступал в Азербайджане? Тусупбеков "
            "вроде упоминал",
            "Габале",
        ),
        ("Редактор спрашивает: когда прилетел Алиев?", "20 октября"),
        ("Vopros ot redaktora: skolko soglasheniy podpisali?", "15"),
        ("My editor asks: where did Tokayev speak in Azerbaijan?", "Gabala"),
    ],
)
def test_a_question_passed_on_is_asked(session, question, evidence):
    assert evidence in answered(session, question)


def test_a_question_passed_on_keeps_its_gaps(session):
    not_given(session, "Коллега спрашивает: сколько стоит паром?", "money")


def test_only_words_of_asking_make_a_short_preamble():
    asked = "Коллега спрашивает: где Токаев выступал?"
    assert question_start(asked) == asked.index("где")
    assert question_start("Токаев: где выступал?") == 0  # a subject, not who asks


# ------------------------------------------------------ a guess left open after a question
@pytest.mark.parametrize(
    "question",
    [
        "Per Huseynov, Baku's role in energy security is strengthened for which region "
        "exactly? Central Asia, or somewhere narrower?",
        "По словам Гусейнова, роль Баку в энергобезопасности какого региона усиливается? "
        "Центральной Азии или где-то ещё?",
        "po slovam guseynova rol baku v energobezopasnosti kakogo regiona? centralnoy azii ili "
        "kakogo-to drugogo?",
    ],
)
def test_a_guess_left_open_asks_the_question_again(session, question):
    assert "Южного Кавказа" in answered(session, question)


def test_a_closed_choice_after_a_question_is_still_read():
    closed = "В каком регионе? Центральной Азии или Кавказа?"
    assert question_end(closed) == len(closed)
    opened = "В каком регионе? Центральной Азии или где-то ещё?"
    assert question_end(opened) == opened.index("?") + 1
