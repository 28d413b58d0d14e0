"""A memo's and a press release's formal Russian: a formal noun standing for a question word.

- "какова численность соглашений": a count, as "сколько соглашений" (``nominal``);
- "какова степень важности маршрута": how important, the quality asked (``nominal``);
- "какое место занимают отношения": their standing, asked as their role (``nominal``);
- "каков потенциал роста товарооборота", "перспективы роста товарооборота": its forecast,
  the growth noun no word a passage must repeat (``nominal``);
- "какие показатели приводятся по срокам", "каковы количественные параметры": the figures
  asked, and "по числу паромов" a count no passage gives (``nominal``, ``officialese``);
- "какие меры предусматриваются", "предусматривается сокращение": a report's light passive
  (``officialese``).

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from tests.support.asking import answered, answered_entry, declined, not_given


# ------------------------------------------------------------- "численность" as a count
@pytest.mark.parametrize(
    "question",
    [
        "Какова численность подписанных в ходе визита соглашений?",
        "Какова численность соглашений, подписанных сторонами?",
        "Уточните численность подписанных документов.",
    ],
)
def test_headcount_noun_of_things_asks_how_many(session, question):
    assert answered_entry(session, question) == "agreements-count"


# ---------------------------------------------------------------- "степень важности"
@pytest.mark.parametrize(
    "question",
    [
        "Какова степень важности Транскаспийского маршрута по оценке Гусейнова?",
        "Какова степень значимости Транскаспийского маршрута, по мнению депутата?",
    ],
)
def test_degree_of_a_quality_asks_the_quality(session, question):
    assert answered_entry(session, question) == "huseynov-transcaspian"


# ------------------------------------------------------------- "какое место занимает"
@pytest.mark.parametrize(
    "question",
    [
        "Какое место занимают азербайджано-казахстанские отношения на постсоветском пространстве?",
        "Какое место занимали отношения Казахстана и Азербайджана на постсоветском пространстве?",
    ],
)
def test_place_occupied_asks_the_standing(session, question):
    assert answered_entry(session, question) == "tusupbekov-unique-relations"


# ------------------------------------------------------- growth after a forecast noun
@pytest.mark.parametrize(
    "question",
    [
        "Каков потенциал роста товарооборота при реализации проектов Среднего коридора?",
        "Каков потенциал роста товарооборота между странами?",
        "Каковы перспективы роста товарооборота между странами?",
    ],
)
def test_growth_potential_asks_the_forecast(session, question):
    assert answered_entry(session, question) in {"trade-turnover-target", "ishmukhamedov-trade"}


# ------------------------------------------------------- figures by a report's nouns
@pytest.mark.parametrize(
    ("question", "entries"),
    [
        (
            "Какие показатели приводятся по срокам доставки грузов из Китая в Азербайджан?",
            {"figures", "ishmukhamedov-delivery-time", "delivery-time-now"},
        ),
        (
            "Каковы количественные параметры товарооборота между странами на текущий момент?",
            {"figures", "ishmukhamedov-trade", "trade-turnover-now"},
        ),
    ],
)
def test_figure_nouns_ask_the_figures(session, question, entries):
    assert answered_entry(session, question) in entries


@pytest.mark.parametrize(
    "question",
    [
        "Какие количественные параметры приводятся по числу новых паромов для Каспия?",
        "Какие показатели приводятся по количеству локомотивов?",
    ],
)
def test_figures_of_a_count_no_passage_gives(session, question):
    not_given(session, question, "quantity")


# ------------------------------------------------------------- a report's plan passive
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "До какого уровня предусматривается сокращение сроков доставки при должных "
            "инвестициях?",
            "delivery-time-target",
        ),
        (
            "Какие меры предусматриваются в части модернизации железнодорожной инфраструктуры?",
            "ishmukhamedov-rail-investment",
        ),
    ],
)
def test_a_plan_passive_is_no_relation(session, question, entry):
    assert answered_entry(session, question) == entry


def test_a_headcount_of_a_body_stays_a_headcount(session):
    """"численность рабочей группы": the number of its members, which the article omits."""
    declined(session, "Какова численность межпарламентской рабочей группы?")


# --------------------------------------------------- a judgement in the receiving passive
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какую оценку получил визит со стороны Шарипа Ишмухамедова?", "ishmukhamedov-timely"),
        (
            "Какая оценка дана уровню двусторонних отношений депутатом Милли Меджлиса?",
            "huseynov-new-stage",
        ),
        (
            "Какую характеристику получили двусторонние отношения в формате двусторонних связей?",
            "tusupbekov-unique-relations",
        ),
        ("Какую оценку получила декларация о мирном урегулировании?", "tusupbekov-peace"),
    ],
)
def test_a_judgement_received_asks_how_the_judge_judged(session, question, entry):
    assert answered_entry(session, question) == entry


# ---------------------------------------------------------- agreements "достигнуты"
@pytest.mark.parametrize(
    "question",
    [
        "Какие договорённости достигнуты по итогам государственного визита?",
        "Какие договорённости были достигнуты в ходе визита?",
    ],
)
def test_agreements_reached_are_the_agreements_signed(session, question):
    assert answered_entry(session, question) in {"article-agreements", "agreements-count"}


# ------------------------------------------------------------- a proposal put forward
@pytest.mark.parametrize(
    "question",
    [
        "Какая инициатива была выдвинута Ишмухамедовым в развитие формулы «5+1»?",
        "Какое предложение выдвинул Ишмухамедов в развитие формулы «5+1»?",
        "Что предложил Ишмухамедов в развитие формулы «5+1»?",
        "Какую идею выдвинул политолог в развитие концептуального подхода Гаджиева?",
    ],
)
def test_a_proposal_put_forward_asks_what_he_proposed(session, question):
    assert answered_entry(session, question) in {
        "ishmukhamedov-sacred-seven",
        "ishmukhamedov-turkic-seven",
    }


# ------------------------------------------------------ "были предметом обсуждения"
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Какие направления сотрудничества, по данным Ишмухамедова, были предметом "
            "обсуждения сторон?",
            "ishmukhamedov-corridor",
        ),
        (
            "Какие сферы были обозначены как предмет обсуждения по словам Тусупбекова?",
            "tusupbekov-negotiations",
        ),
        ("Что было предметом обсуждения на переговорах?", "tusupbekov-negotiations"),
    ],
)
def test_the_subject_of_talks_is_what_was_discussed(session, question, entry):
    assert answered_entry(session, question) == entry


# ---------------------------------------------- a conclusion drawn, a category of spending
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Какой вывод был сделан в отношении степени важности отношений между Баку и Астаной?",
            "tusupbekov-highest-level",
        ),
        ("Какие выводы делает эксперт о декларации о мирном урегулировании?", "tusupbekov-peace"),
    ],
)
def test_a_conclusion_drawn_is_what_was_said(session, question, entry):
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        "В какие категории активов требуются вложения для сокращения сроков доставки?",
        "В какие статьи расходов нужны инвестиции для сокращения сроков доставки?",
    ],
)
def test_a_category_of_spending_asks_into_what(session, question):
    assert answered_entry(session, question) in {
        "ishmukhamedov-delivery-time",
        "delivery-time-target",
    }


# ------------------------------------------------ an amount of money the article never sums
@pytest.mark.parametrize(
    "question",
    [
        "В каком объёме требуются вложения для сокращения сроков доставки грузов?",
        "В каком объёме необходимы инвестиции в железнодорожную инфраструктуру?",
        "Каков вклад каждой из сторон в развитие Среднего коридора в денежном выражении?",
    ],
)
def test_an_amount_of_money_never_summed_is_not_given(session, question):
    declined(session, question)


def test_an_amount_with_no_verb_between_stays_answered(session):
    """"в каком объёме осуществляется товарооборот": the plain amount, answered as before."""
    assert answered_entry(
        session, "В каком объёме осуществляется товарооборот между двумя странами?"
    ) in {"trade-turnover-now", "ishmukhamedov-trade"}


def test_a_cited_passive_without_figures_stays_declined(session):
    """"приводятся" is dropped only after a figures noun: "какие данные статистики
    приводятся" still asks for data the article does not give."""
    declined(session, "Какие данные статистики приводятся?")


# ------------------------------------------------------------- the gist of a proposal
@pytest.mark.parametrize(
    "question",
    [
        "В чём суть предложения Ишмухамедова о расширении формата?",
        "Какова суть предложения Ишмухамедова о расширении формата сотрудничества?",
        "Суть предложения Ишмухамедова о расширении формата",
    ],
)
def test_the_gist_of_a_proposal_is_what_he_proposed_and_what_follows(session, question):
    """His passage proposing to widen the approach, and Turkey, which the article says
    follows from it (the Turkic seven)."""
    assert answered_entry(session, question) == "ishmukhamedov-sacred-seven"
    assert "Турцию" in answered(session, question)
