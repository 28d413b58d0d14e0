"""Agenda and list questions, as people type them.

- "какие иннициативы по автоперевозкам через границу": "инициатива" is a generic kind of
  step, as "мера" and "шаг" are — the passage naming the step answers; no refusal because
  the article never writes the word;
- "какие вопросы обсуждали по ж/д, что модернизировать нужно": "ж/д" is one abbreviation
  ("жд"), held by a passage spelling it out ("железных дорог"); "нужно" by one telling a
  need in its own words ("необходимость … инвестиций");
- "list of topics at the negotiations": the English "список тем", a kind of items asked one by
  one — and only a passage listing items (or what was discussed) on the question's subject
  answers it, not one sharing its other words ("list of topics discussed in Gabala");
- "Besides the Middle Corridor, which other corridor was on the agenda?": "besides",
  "except", "apart" leave a thing out as "кроме" does, no word a passage must hold;
- "исчерпывающий перечень отраслей, которые охватывают подписанные в Астане документы": the
  kind after a list word asks the items, no description — the passage listing the areas
  answers, though it never names Astana;
- "Which expert gave the numbers on rail tonnage and the 15-18 days?": who is asked of two
  things in two passages of one expert — he answers, the second passage shown after.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.acronyms import is_letter_abbreviation, spells_out
from bot.language.text import tokens
from tests.support.asking import answered, answered_entry, declined


# ------------------------------------------------------ a generic kind of step: "инициатива"
@pytest.mark.parametrize(
    "question",
    [
        "какие иннициативы по автоперевозкам через границу",
        "какие инициативы по автоперевозкам",
        "kakie iniciativy po avtoperevozkam",
        "rfrbt bybwbfnbds gj fdnjgthtdjprfv",  # the same, typed in the Latin layout
    ],
)
def test_initiatives_are_the_steps_named(session, question):
    assert "электронной регистрации" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "какие инициативы по туризму подписали",  # nothing on tourism was signed
        "какие именно инициативы в цифровизации",  # no initiative in digitalisation named
        "какие инициативы по авиаперевозкам",  # air transport: never in the article
    ],
)
def test_initiatives_the_article_lacks_stay_unanswered(session, question):
    declined(session, question)


# ------------------------------------------------------ "ж/д": letters for the railway
def test_slashed_letters_are_one_word():
    assert tokens("по ж/д, Ж/Д") == ["по", "жд", "жд"]
    assert tokens("5/6 и/или") == ["5", "6", "и", "или"]  # numbers and words keep apart


def test_letter_abbreviation_spelt_out():
    assert is_letter_abbreviation("жд")
    assert not is_letter_abbreviation("по")  # a word with a vowel is a word
    assert spells_out("жд", ["модернизации", "железных", "дорог"])
    assert spells_out("жд", ["в", "железнодорожную", "инфраструктуру"])  # a compound
    assert not spells_out("жд", ["железо", "и", "сталь"])


@pytest.mark.parametrize(
    "question",
    [
        "какие вопросы обсуждали по ж/д, что модернизировать нужнно",
        "какие вопросы обсуждали по жд",
        "kakie voprosy obsuzhdali po zhd",
        "какие меры по ж/д обсуждали",
    ],
)
def test_rail_abbreviated_is_the_rail_discussion(session, question):
    assert answered_entry(session, question) == "ishmukhamedov-rail-investment"


@pytest.mark.parametrize(
    "question",
    [
        "какие вопросы обсуждали по ж/д с Китаем",  # no rail talks with China
        "какие вопросы по ж/д обсуждали с Туркменистаном",  # nor with Turkmenistan
    ],
)
def test_rail_talks_with_others_stay_unanswered(session, question):
    declined(session, question)


# ------------------------------------------------------ "list of topics": the English list
@pytest.mark.parametrize(
    "question",
    [
        "list of topics at the negotiations pls, for my paper",
        "list of topics at the negotiations",
        "list of areas covered by the talks",
    ],
)
def test_a_list_of_topics_in_english_is_the_passage_listing_them(session, question):
    assert "аграрная сфера, инвестиции" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        # the kind right after "list", as after "list of": the sectors, not the agreements
        # one by one (english14 #44)
        "Could you list the sectors the agreements signed in Astana are reported to cover?",
        "list the sectors the agreements cover",
        "list the areas of the agreements",
    ],
)
def test_a_kind_listed_right_after_list_is_the_areas_listed(session, question):
    assert "искусственном интеллекте" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "list of topics discussed in Gabala",  # Tokayev spoke there: no topics listed
        "list of topics discussed on tourism",  # no discussion of tourism listed
        "list of topics Erdogan raised",  # Erdogan is not in the article
        "список тем, обсуждавшихся в Габале",  # the same in Russian
    ],
)
def test_a_list_of_topics_the_article_lacks_stays_unanswered(session, question):
    declined(session, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("список тем", "topics"),  # the briefing's own list of its topics
        ("мне нужен список тем переговоров", "article-agenda"),  # the asker's need: no subject
    ],
)
def test_lists_keep_their_reading(session, question, entry):
    assert answered_entry(session, question) == entry


# ------------------------------------------------------ "besides X, which other": the rest
@pytest.mark.parametrize(
    "question",
    [
        "Besides the Middle Corridor, which other corridor was on the agenda?",
        "Apart from the Middle Corridor, which other corridor was discussed?",
        "which other corridor was on the agenda besides the Middle Corridor",
        "Except for the Middle Corridor, what other corridor was on the agenda?",
    ],
)
def test_the_other_corridor_besides_the_one_named(session, question):
    assert "Зангезур" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "Besides the Middle Corridor, which other corridor did Erdogan mention?",
        "besides Aliyev, who else visited Astana",  # no other visitor in the article
        "Besides the Middle Corridor, which other corridor will China fund?",
    ],
)
def test_the_rest_the_article_lacks_stays_unanswered(session, question):
    declined(session, question)


# ------------------------------------------------------ "перечень отраслей": items, no description
@pytest.mark.parametrize(
    "question",
    [
        "Для бегущей строки необходим исчерпывающий перечень отраслей, которые охватывают "
        "подписанные в Астане документы.",
        "перечень отраслей, которые охватывают подписанные в Астане документы",
        "нужен полный список сфер, которые охватывают соглашения, подписанные в Астане",
    ],
)
def test_a_list_of_areas_is_the_passage_listing_them(session, question):
    text = answered(session, question)
    assert "искусственном интеллекте" in text and "статистике" in text


@pytest.mark.parametrize(
    "question",
    [
        "перечень отраслей, которые охватывают подписанные в Габале документы",
        "перечень отраслей, которые охватывают соглашения по туризму",
    ],
)
def test_a_list_of_areas_the_article_lacks_stays_unanswered(session, question):
    declined(session, question)


# ------------------------------------------------------ who, of two things one expert gave
@pytest.mark.parametrize(
    "question",
    [
        "Which expert did give the numbers on rail tonnage and the 15-18 days? I need the name "
        "for the citation.",
        "Which expert gave the numbers on rail tonnage and the 15-18 days?",
        "which analyst cited the rail tonnage and the 15-18 days?",
        "who gave the numbers on rail tonnage and the 7-8 days",
    ],
)
def test_the_expert_of_two_figures_is_named(session, question):
    text = answered(session, question)
    assert "Ishmukhamedov" in text and "15–18" in text and "1,5–2" in text


@pytest.mark.parametrize(
    "question",
    [
        "who gave the numbers on rail tonnage and on tourism",  # no tourism figure
        "which expert gave the numbers on rail tonnage and the price of a ticket",
        "which expert gave the rail tonnage and the number of tourists",
    ],
)
def test_a_second_part_the_article_lacks_names_no_one(session, question):
    declined(session, question)
