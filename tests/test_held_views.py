"""A view held, named by its noun beside the expert: "позиция Гусейнова по энергетике".

"Мнение Гусейнова по энергетике" and "Huseynov's position on energy" were answered with his
words on energy, but "позиция", "точка зрения" stayed words of the subject no passage holds,
and the reply was only a "did you mean". With the expert named, the noun of a view frames the
question as "мнение" does: any of his passages on the subject is his position. A subject he
never spoke on, or one the article lacks, is still not answered.
"""

from __future__ import annotations

import pytest

from tests.support.asking import answered, answered_entry, declined, not_given


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("позиция Гусейнова по энергетике", "huseynov-energy"),
        ("Какова позиция Гусейнова по энергетике?", "huseynov-energy"),
        ("точка зрения Гусейнова по энергетике", "huseynov-energy"),
        ("взгляд Гусейнова на энергетику", "huseynov-energy"),
        ("позиция Ишмухамедова по тюркской семёрке", "ishmukhamedov-turkic-seven"),
        ("какова позиция Гусейнова в отношении Транскаспийского маршрута", "huseynov-transcaspian"),
        ("Huseynov's position on energy", "huseynov-energy"),
    ],
)
def test_a_view_noun_beside_the_expert_asks_his_words(session, question, entry):
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        # formal "каков/каково X" over the view: the noun is whose words, no detail asked
        ("Каков взгляд Гусейнова на значение этого визита?", "новым этапом"),
        ("Каково мнение Тусупбекова о декларации с Арменией?", "зрелость и дальновидность"),
        # "в понимании X" says whose reading, as "по мнению X" does
        ("Какова роль Транскаспийского маршрута в понимании Гусейнова?", "евразийской архитектуры"),
    ],
)
def test_a_formal_view_noun_asks_no_detail(session, question, evidence):
    assert evidence in answered(session, question)


def test_a_view_noun_of_someone_unquoted_is_still_not_given(session):
    not_given(session, "Каково мнение Эрдогана о тюркской семёрке?", "statement")


def test_a_subject_he_never_spoke_on_is_still_his_silence(session):
    # Tusupbekov speaks of the Zangezur corridor; Huseynov does not
    text = not_given(session, "Позиция Гусейнова по Зангезурскому коридору.", "statement")
    assert "Тусупбеков" in text


@pytest.mark.parametrize(
    "question",
    [
        "позиция Гусейнова по ценам на газ",  # no prices in the article
        "позиция Ишмухамедова по тарифам",
        "позиция Азербайджана по энергетике",  # a country's own view, not an expert's
    ],
)
def test_a_view_on_what_the_article_lacks_is_not_answered(session, question):
    declined(session, question)
