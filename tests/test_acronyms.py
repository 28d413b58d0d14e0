"""Acronyms read off the article's own names, so "ОТГ"/"OTG" finds "Организация тюркских
государств" (the article never writes the short form)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.language.acronyms import acronyms
from bot.settings import DEFAULT_KNOWLEDGE


def test_names_inside_sentences_give_acronyms_and_phrases_do_not():
    text = (
        "Лидеры приехали на саммит Организации тюркских государств в Габале. "
        "Делегация встретилась с главой Шанхайской организации по сотрудничеству, "
        "а Казахстан можно смело назвать партнёром. В Астане Азербайджана на мировой рынок."
    )
    found = acronyms(text)
    assert found["отг"] == "Организации тюркских государств"
    assert found["шос"] == "Шанхайской организации по сотрудничеству"  # "по" is no initial
    assert "кмс" not in found  # "Казахстан можно смело": a verb phrase, not a name
    assert "амр" not in found  # a place name starts a phrase about it
    assert not any(len(short) < 3 for short in found)  # no two capitalised words here


def test_the_seed_article_spells_out_exactly_its_names():
    article = (DEFAULT_KNOWLEDGE.parent / "seeds/aliyev-state-visit-kazakhstan.ru.txt").read_text(
        encoding="utf-8"
    )
    assert acronyms(article) == {
        "отг": "Организации тюркских государств",
        # after a dash; the name's first three words are offered too, as for every name
        "тмт": "Транскаспийский международный транспортный",
        "тмтм": "Транскаспийский международный транспортный маршрут",
        "мм": "Милли Меджлиса",  # two capitalised words, neither a person nor a place
    }


@pytest.mark.parametrize(
    "question",
    ["что Гусейнов сказал про ОТГ", "chto Guseynov skazal pro OTG", "Гусейнов ОТГ"],
)
def test_an_acronym_finds_the_statement_on_the_organisation(session, question):
    reply = session.ask(question)
    assert reply.answered and reply.entry == "huseynov-ots", (question, reply.kind)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="АОТГШабвгдеоиклмнрстуя ,.", max_size=120))
def test_every_acronym_is_the_initials_of_its_name(text):
    for short, name in acronyms(text).items():
        # two letters only for a name of two capitalised words ("Милли Меджлис")
        assert len(short) >= 3 or all(word[:1].isupper() for word in name.split(" "))
        initials = "".join(w[0] for w in name.split(" ")).lower()
        assert all(letter in initials for letter in short)
        assert name in text
