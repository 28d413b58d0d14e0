"""A parliamentary aide's formal Russian, read as the plain question it asks.

- "в каком объёме осуществляется товарооборот", "в каких отраслях реализуются проекты": a
  light verb in the passive says only that the thing named goes on — no relation a passage
  must hold (``officialese``);
- "какие сферы охвачены соглашениями": a short passive participle with its doer in the
  instrumental right after it is what that doer does, no deed of unnamed people whose
  telling the passage must hold (``specifics``);
- "каков перечень сфер", "какова потребность в инвестициях", "каковы основы связи": the
  list, the need, the ground asked of a thing are what its passage says, no noun of their own
  (``predicates``);
- "перспективы коридора с точки зрения объёмов торговли": the nouns of "с точки зрения"
  frame what follows, as "в плане торговли" does (``answer_types``);
- "каким образом обосновывается включение Турции": a report's passive of justifying asks the
  reason, as "как обосновал" does (``answer_types``);
- "включение Турции", "выбор Азербайджаном мирного пути": a noun the briefing lacks is the
  verb of its family it writes ("добавить", "выбрал": ``lexicon.RUSSIAN_SYNONYMS``);
- "какова оценка Тусупбековым уровня визита": with the judge named, "оценка" frames his
  words, as "позиция" does (``query``);
- "каков формат визита": a kind noun asked of the thing after it is no word of the subject
  (the kind answers: "государственным визитом"), not the "формат 5+1" (``answer_types``).

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from tests.support.asking import answered_entry


# ------------------------------------------------------------ a light verb in the passive
@pytest.mark.parametrize(
    ("question", "entries"),
    [
        (
            "В каком объёме осуществляется товарооборот между двумя странами?",
            {"ishmukhamedov-trade", "trade-turnover-now"},
        ),
        (
            "Какие перевозки по железной дороге осуществляются сегодня между странами, в тоннах?",
            {"ishmukhamedov-rail-volumes", "rail-volume-now"},
        ),
        (
            "В каких сферах реализуются конкретные проекты, по мнению депутата?",
            {"huseynov-projects"},
        ),
    ],
)
def test_a_light_passive_verb_is_no_relation(session, question, entries):
    assert answered_entry(session, question) in entries


# ------------------------------------------------------ a passive with its doer named
@pytest.mark.parametrize(
    "question",
    [
        "Какие отрасли охвачены подписанными соглашениями?",
        "Какие области охвачены документами, подписанными в ходе визита?",
        "Какие сферы охвачены пятнадцатью соглашениями?",
    ],
)
def test_a_passive_with_its_doer_asks_no_deed(session, question):
    assert answered_entry(session, question) == "article-agreements"


# --------------------------------------------- the list, the need, the ground of a thing
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Каков перечень отраслей, которые затрагивают соглашения?", "article-agreements"),
        (
            "Какова потребность в дополнительных инвестициях в железнодорожную инфраструктуру?",
            "ishmukhamedov-rail-investment",
        ),
        (
            "Каковы, по мнению депутата, основы исторической связи двух государств?",
            "huseynov-projects",
        ),
        ("Каковы возможности сокращения сроков доставки грузов?", "delivery-time-target"),
    ],
)
def test_a_list_need_or_ground_is_no_noun_of_its_own(session, question, entry):
    assert answered_entry(session, question) == entry


# ------------------------------------------------------------------ "с точки зрения X"
@pytest.mark.parametrize(
    ("question", "entries"),
    [
        (
            "Что даёт Средний коридор с точки зрения объёмов торговли?",
            {"ishmukhamedov-corridor", "ishmukhamedov-trade"},
        ),
        ("Как Гусейнов оценивает визит с точки зрения энергетики?", {"huseynov-energy"}),
    ],
)
def test_a_viewpoint_frames_what_follows(session, question, entries):
    assert answered_entry(session, question) in entries


# ------------------------------------------- the justification asked in a report's passive
def test_a_justification_in_the_passive_asks_the_reason(session):
    question = "Каким образом обосновывается включение Турции в тюркскую семёрку?"
    assert answered_entry(session, question) in {
        "sacred-number-seven",
        "ishmukhamedov-sacred-seven",
    }


# ----------------------------------------- a noun read as the briefing's verb of its family
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что говорится о включении Турции в семёрку?", "ishmukhamedov-turkic-seven"),
        ("Как Тусупбеков расценил выбор Азербайджана в пользу мира?", "tusupbekov-peace"),
    ],
)
def test_a_noun_is_read_as_the_verb_of_its_family(session, question, entry):
    assert answered_entry(session, question) == entry


# ------------------------------------------------ a judgement given, with its judge named
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какова оценка Тусупбековым важности визита?", "tusupbekov-highest-level"),
        ("Какую оценку визиту дал Руслан Тусупбеков?", "tusupbekov-highest-level"),
        # two named: the noun tells the judge's passage on the other's words
        ("Какова оценка Ишмухамедовым заявления Гаджиева?", "ishmukhamedov-on-hajiyev"),
    ],
)
def test_a_judgement_noun_frames_the_named_experts_words(session, question, entry):
    assert answered_entry(session, question) == entry


# ------------------------------------------------------ the kind asked of a thing named
@pytest.mark.parametrize(
    "question",
    [
        "Каков формат визита азербайджанского президента в Казахстан?",
        "Какой формат поездки был у Алиева в Казахстан?",
    ],
)
def test_a_kind_noun_asks_the_kind_of_the_thing_after_it(session, question):
    assert answered_entry(session, question) == "article-visit"
