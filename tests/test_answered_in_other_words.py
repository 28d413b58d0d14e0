"""Questions the article answers, put in words the briefing never uses, that were told "not
given" or offered "did you mean":

- "Когда стартовал визит": a visit started is one begun ("стартовать" read as "начаться",
  ``lexicon.RUSSIAN_SYNONYMS``), whose date is the arrival's.
- "Товарооборот в стоимостном выражении — какой порядок цифр?": "в стоимостном (денежном)
  выражении" asks the sum in money, as "в деньгах" does; "порядок цифр" asks the figures,
  roughly — no "порядок" the article lacks (``lexicon._OFFICIALESE_RU``).
- "Rolling stock & Caspian fleet": a fleet on the Caspian is its ferries
  (``lexicon.ENGLISH_EQUIVALENTS``).
- "Какой товарооборот будет, если реализуют Средний коридор": the expert's passage leads on
  the words, but its clause giving the billion says "этот показатель", so no clause of it
  counts the turnover the condition qualifies; the figure drawn from that very clause answers
  for it (``Matcher._figure_stands_in``).
- "Что будет, если добавить Турцию": what would come of a step supposed is what the passage
  saying what the seven could be gives (``answer_types.asks_consequence``).
- "Транзитное время", "время в пути": the logistician's names of the delivery time.
- "Есть ли там ИИ": the common acronym of "искусственный интеллект", which the article spells
  out (``lexicon._COMMON_ACRONYMS_RU``).

Near-misses keep their refusal: a start the article never dates, figures of a sum it never
gives, a consequence of a step it never supposes.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from tests.support.asking import answered, answered_entry, declined, not_given


@pytest.mark.parametrize(
    "question",
    [
        "когда стартовал визит",
        "kogda startoval vizit",
        "rjulf cnfhnjdfk dbpbn",
        "Когда стартовал визит и по чьему приглашению — уточните для брифинга",
    ],
)
def test_a_visit_started_is_dated_by_its_arrival(session, question):
    assert "20 октября" in answered(session, question)


def test_a_start_the_article_never_dates_stays_not_given(session):
    not_given(session, "когда стартует строительство паромов", "date")


@pytest.mark.parametrize(
    "question",
    [
        "Товарооборот АР–РК в стоимостном выражении сейчас — какой порядок цифр?",
        "товарооборот в денежном выражении",
        "tovarooborot v stoimostnom vyrazhenii",
        "какой порядок цифр по товарообороту",
    ],
)
def test_a_sum_in_value_terms_is_the_turnover(session, question):
    assert "400–500" in answered(session, question)


def test_figures_of_a_sum_never_given_stay_unanswered(session):
    declined(session, "какой порядок цифр по инвестициям в паромы")


@pytest.mark.parametrize("question", ["what about the Caspian fleet", "the fleet for the Caspian?"])
def test_a_caspian_fleet_is_its_ferries(session, question):
    assert answered_entry(session, question) == "ishmukhamedov-rail-investment"


@pytest.mark.parametrize(
    "question",
    [
        "какой товароборот будет если реализуют средний корридор",
        "какой товарооборот будет, если реализуют Средний коридор",
        "Rfrjq njdfhjjjhjn ,eltn tckb htfkbpe.n chtlybq rjhbljh",
    ],
)
def test_the_figure_of_the_passage_answers_for_it(session, question):
    assert "миллиард" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "что будет если добавить турцию, типа тюркская семерка и чё",
        "chto budet esli dobavit turciyu",
        "what happens if they add Turkey to the group",
    ],
)
def test_what_comes_of_adding_turkey_is_what_the_seven_could_be(session, question):
    assert answered_entry(session, question) == "ishmukhamedov-turkic-seven"


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("что будет если Армения присоединится к семёрке", "forecast"),
        ("сколько тонн грузов будет если реализуют средний коридор", "quantity"),
    ],
)
def test_a_step_the_article_never_supposes_stays_not_given(session, question, missing):
    not_given(session, question, missing)


@pytest.mark.parametrize(
    "question",
    [
        "Перечень отраслей, по которым заключены соглашения, — есть ли там ИИ и статистика?",
        "подписали ли соглашение по ИИ",
        "соглашения по ИИ",
    ],
)
def test_ii_is_artificial_intelligence(session, question):
    assert "искусственн" in answered(session, question)


def test_a_count_of_ii_agreements_stays_not_given(session):
    not_given(session, "сколько соглашений по ИИ подписали", "quantity")


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("транзитное время из Китая", "15–18"),
        ("какое время в пути у грузов из Китая", "15–18"),
        ("tranzitnoe vremya iz Kitaya", "15–18"),
        (
            "Я правильно понимаю, что при достаточном финансировании транзитное время можно "
            "урезать примерно вдвое? До скольких дней?",
            "7–8",
        ),
    ],
)
def test_transit_time_is_the_delivery_time(session, question, figure):
    assert figure in answered(session, question)


def test_a_transit_time_of_another_route_stays_unanswered(session):
    declined(session, "какое транзитное время у грузов из Турции в Китай")
