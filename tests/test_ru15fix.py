"""Formal Russian written from the article alone (the ru15 and ru14 dev sets' wordings).

- "что было отмечено армянской стороной", "что заявлено Арменией": a state in the
  instrumental beside a passive of view is the doer holding the view, as "что отметила
  Армения" — a third country's view the article never gives (``parties``);
- "кто является автором текста декларации": a document's author is who drafted it, asked as
  "кто составил декларацию" — no drafter is named (``speech``);
- "в какие сроки планируется выход на миллиард": by when, a date as "в какой период" asks
  it, not a length (``answer_types``);
- "какое значение имеет / придаётся визиту": what "каково значение визита" asks, the light
  verb no word a passage must hold (``officialese``).

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from tests.support.asking import answered_entry, not_given


# ------------------------------------------------- a state's view in a passive's agent
@pytest.mark.parametrize(
    "question",
    [
        "Что было отмечено армянской стороной в связи с декларацией о мирном урегулировании?",
        "Что заявлено армянской стороной о декларации?",
        "Что было отмечено Арменией в связи с декларацией?",
        "Какая позиция была высказана Арменией по декларации?",
        "Что отметила армянская сторона в связи с декларацией?",
    ],
)
def test_a_states_view_as_a_passives_doer_is_not_given(session, question: str) -> None:
    not_given(session, question, "statement")


@pytest.mark.parametrize(
    "question",
    [
        "Что отметил Тусупбеков о декларации с Арменией?",
        "Что было отмечено экспертом в связи с декларацией с Арменией?",
    ],
)
def test_an_experts_remark_on_armenia_is_still_answered(session, question: str) -> None:
    assert answered_entry(session, question) == "tusupbekov-peace"


# ------------------------------------------------- a document's author is its drafter
@pytest.mark.parametrize(
    "question",
    [
        "Кто является автором текста декларации о мирном урегулировании?",
        "Кто автор декларации о мирном урегулировании?",
        "Кто был автором проекта декларации о мирном урегулировании?",
    ],
)
def test_a_documents_author_is_not_given(session, question: str) -> None:
    not_given(session, question, "person")


# ------------------------------------------------- "в какие сроки" asks by when
@pytest.mark.parametrize(
    "question",
    [
        "В какие сроки планируется выход товарооборота на уровень одного миллиарда долларов?",
        "В какие сроки товарооборот может достичь миллиарда долларов?",
        "В какие сроки планируется строительство новых паромов для перевозки грузов через Каспий?",
    ],
)
def test_in_which_terms_asks_a_date(session, question: str) -> None:
    not_given(session, question, "date")


def test_terms_of_delivery_still_ask_a_length(session) -> None:
    assert answered_entry(session, "Каковы сроки доставки грузов из Китая?") == (
        "ishmukhamedov-delivery-time"
    )


# ------------------------------------------------- significance given by a light verb
@pytest.mark.parametrize(
    "question",
    [
        "Какое значение имеет визит Алиева в Казахстан?",
        "Какое значение придаётся визиту Алиева в Казахстан?",
        "Какое значение придают визиту Алиева в Казахстан?",
    ],
)
def test_significance_by_a_light_verb_asks_the_visits_meaning(session, question: str) -> None:
    assert answered_entry(session, question) == "huseynov-new-stage"
