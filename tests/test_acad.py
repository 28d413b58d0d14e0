"""Formal, nominal Russian: the intent named by a noun ("какова оценка", "какова цель",
"каковы перспективы", "кто является автором") asks what the verb or the question word asks.

Each class holds several wordings answered by the passage the plain question gets, and near
misses that keep their refusal: a judgement asked of someone the article does not quote,
an aim ("цель") that is the figure aimed at, a detail the article lacks.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.bookish import plain_bookish
from bot.language.nominal import plain_nominal
from bot.language.officialese import plain_officialese
from tests.support.asking import answered, answered_entry, declined, not_given


# "оценка" beside an expert named frames the question as "оценил" does: his passage on the
# subject is his judgement, not a word it must hold (else he was refused, another offered).
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Какова оценка визита со стороны казахстанского политолога Тусупбекова?",
            "tusupbekov-highest-level",
        ),
        ("Какова оценка визита со стороны Руслана Тусупбекова?", "tusupbekov-highest-level"),
        ("Какую оценку визиту дал Тусупбеков?", "tusupbekov-highest-level"),
        ("Оценка визита Тусупбековым", "tusupbekov-highest-level"),
        ("Какова оценка визита со стороны Айдына Гусейнова?", "huseynov-new-stage"),
        ("Какова оценка Тусупбековым хода переговоров?", "tusupbekov-negotiations"),
        # "характеристика" as "охарактеризовал": how he characterised it
        ("Какова характеристика визита, данная политологом Ишмухамедовым?", "ishmukhamedov-timely"),
        ("Какую характеристику визиту дал Ишмухамедов?", "ishmukhamedov-timely"),
        ("Какую характеристику отношениям дал Тусупбеков?", "tusupbekov-unique-relations"),
    ],
)
def test_judgement_noun_of_the_expert_named(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        "Какова оценка визита со стороны президента Токаева?",
        # "со стороны X": his view is asked, and the article quotes only its experts — not
        # the expert's verdict on the visit in his place
        "Какова оценка визита со стороны Токаева?",
        "Какова позиция со стороны Эрдогана по тюркской семёрке?",
        "Какую характеристику визиту дал Токаев?",
    ],
)
def test_judgement_noun_of_someone_unquoted_is_not_answered(
    session: Session, question: str
) -> None:
    declined(session, question)


# "какова цель X" asks what X is for, as "зачем X" does: the passage telling what it achieves.
@pytest.mark.parametrize(
    "question",
    [
        "Какова цель предварительной электронной регистрации транспортных средств?",
        "Какова цель упрощения автомобильных перевозок между странами?",
        "Каково назначение электронной регистрации транспортных средств?",
    ],
)
def test_aim_asked_by_its_noun(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "ishmukhamedov-road"


def test_aim_figure_stays_the_target(session: Session) -> None:
    # "цель по товарообороту" is the figure aimed at, no aim of a thing
    assert answered_entry(session, "Какова цель по товарообороту?") == "trade-turnover-target"


# "перспективы роста X": the growth foreseen, which the passage foreseeing it says by the
# verbs of its relation ("позволит довести до миллиарда", "кратно увеличить").
@pytest.mark.parametrize(
    ("question", "entries"),
    [
        (
            "Каковы перспективы роста товарооборота между странами?",
            {"ishmukhamedov-trade", "trade-turnover-target"},
        ),
        (
            "Каковы перспективы увеличения товарооборота?",
            {"ishmukhamedov-trade", "trade-turnover-target"},
        ),
        (
            "Каковы перспективы увеличения объёмов торговли благодаря Среднему коридору?",
            {"ishmukhamedov-corridor"},
        ),
    ],
)
def test_growth_foreseen_by_its_noun(session: Session, question: str, entries: set[str]) -> None:
    assert answered_entry(session, question) in entries


# "проблемы" / "трудности" holding trade back are the barriers the article names; the growth
# held back may be named by another noun of the same change ("увеличение" for "рост").
@pytest.mark.parametrize(
    "question",
    [
        "Какие проблемы мешают увеличению торговли?",
        "Какие проблемы сдерживают рост торговли?",
        "Какие факторы сдерживают увеличение взаимной торговли?",
        "Какие трудности сдерживают рост взаимной торговли?",
    ],
)
def test_problems_holding_trade_back(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "ishmukhamedov-barriers"


# "кто является автором идеи", "кто выступил инициатором": the formal copula before the author
# of an idea is how he is asked — who proposed it, as "кто автор идеи" reads.
@pytest.mark.parametrize(
    "question",
    [
        "Кто является автором идеи тюркской семёрки?",
        "Кто выступил инициатором идеи тюркской семёрки?",
        "Кто был автором предложения о тюркской семёрке?",
    ],
)
def test_author_of_an_idea_in_formal_wording(session: Session, question: str) -> None:
    assert "Ишмухамедов" in answered(session, question)


def test_author_of_the_article_stays_unanswered(session: Session) -> None:
    declined(session, "Кто является автором статьи?")


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("в чем состоит предложение", "в чем предложение"),
        ("в чем по мнению ишмухамедова состоит смысл", "в чем по мнению ишмухамедова смысл"),
        ("в чем заключается суть", "в чем суть"),
        ("из чего состоит группа", "из чего состоит группа"),  # its make-up: kept
    ],
)
def test_consisting_verb_only_links(typed: str, plain: str) -> None:
    assert plain_bookish(typed.split()) == plain.split()


# "в чём заключается X": "заключается" is no signing ("заключить соглашение"), "состоит" no
# taking place ("вовремя состоявшееся"): the passage on X answers.
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("В чём заключается предложение Ишмухамедова?", "ishmukhamedov-sacred-seven"),
        ("В чём состоит предложение Ишмухамедова?", "ishmukhamedov-sacred-seven"),
        (
            "В чём заключается предложение эксперта по упрощению автомобильных перевозок?",
            "ishmukhamedov-road",
        ),
    ],
)
def test_what_a_thing_consists_in(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


# "каковы сроки X" asks a length of time as "какие сроки X" does: the article gives none for
# the agreements, so it is not given — no passage merely naming them answers.
@pytest.mark.parametrize(
    "question",
    [
        "Каковы сроки реализации соглашения по искусственному интеллекту?",
        "Каков срок реализации соглашения по искусственному интеллекту?",
    ],
)
def test_time_frame_by_predicative_noun_not_given(session: Session, question: str) -> None:
    not_given(session, question, "duration")


# "каково место проведения/подписания/выступления …": where an event was held.
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Каково место проведения торжественной встречи?", "article-visit"),
        ("Каково место выступления президента Токаева?", "tusupbekov-gabala"),
    ],
)
def test_venue_asked_by_its_noun(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


def test_standing_is_no_venue(session: Session) -> None:
    question = "Каково место отношений Казахстана и Азербайджана на постсоветском пространстве?"
    assert answered_entry(session, question) == "tusupbekov-unique-relations"


# "кто является руководителем группы": its head is asked, as "кто руководит" asks it — the
# profile of a member of the group does not name him.
@pytest.mark.parametrize(
    "question",
    [
        "Кто является руководителем межпарламентской рабочей группы?",
        "Кто руководитель межпарламентской рабочей группы?",
        "Кто является председателем рабочей группы?",
    ],
)
def test_head_of_a_body_not_given(session: Session, question: str) -> None:
    not_given(session, question, "person")


def test_member_of_the_body_still_answered(session: Session) -> None:
    question = "Кто является членом межпарламентской рабочей группы?"
    assert answered_entry(session, question) == "expert:huseynov"


# "что послужило основанием / поводом для X", "каково обоснование X": a reason asked in the
# formal register's words — the passage giving it answers.
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Что послужило основанием для вывода о переходе отношений к стратегическому союзу?",
            "huseynov-alliance",
        ),
        ("Что послужило поводом для предложения добавить Турцию?", "ishmukhamedov-sacred-seven"),
        ("Каково обоснование предложения добавить Турцию?", "ishmukhamedov-sacred-seven"),
    ],
)
def test_grounds_asked_formally(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


# "предмет обсуждения" is ``nominal``'s alone: one verb of being before it agrees, the talks
# named stay; ``officialese`` leaves it be.
@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("какие меры были предметом обсуждения", "какие меры обсуждались"),
        ("что стало предметом переговоров", "что обсуждалось на переговорах"),
        ("какой вопрос был предметом обсуждения", "какой вопрос обсуждался"),
        ("обозначены были предметом обсуждения", "обозначены обсуждались"),
        ("какие сферы были обозначены как предмет обсуждения", "какие сферы обсуждались"),
    ],
)
def test_subject_of_talks_read_as_discussed(typed: str, plain: str) -> None:
    assert plain_nominal(typed.split()) == plain.split()


@pytest.mark.parametrize(
    "typed",
    ["какие меры были предметом обсуждения", "что стало предметом переговоров"],
)
def test_officialese_leaves_the_subject_of_talks_to_nominal(typed: str) -> None:
    assert plain_officialese(typed.split()) == typed.split()


# "были предметом обсуждения": what was discussed, as "обсуждались" asks it.
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Какие меры по развитию железнодорожной инфраструктуры были предметом обсуждения?",
            "ishmukhamedov-rail-investment",
        ),
        (
            "Какие транспортные коридоры были предметом обсуждения, по словам Тусупбекова?",
            "tusupbekov-agenda",
        ),
        ("Что стало предметом переговоров?", "tusupbekov-negotiations"),
    ],
)
def test_what_was_the_subject_of_talks(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


# "каков статус визита": the kind of the visit, asked by the formal "каков" as by "какой" — the
# word qualifying it ("государственным визитом") answers.
@pytest.mark.parametrize(
    "question",
    ["Каков статус визита Ильхама Алиева в Казахстан?", "Каков статус визита Алиева?"],
)
def test_kind_of_visit_by_predicative(session: Session, question: str) -> None:
    assert "государственным визитом" in answered(session, question)


# "каков перечень (список) сфер": the spheres listed answer — no "list" the article must name.
@pytest.mark.parametrize(
    "question",
    [
        "Каков перечень сфер, охваченных подписанными соглашениями?",
        "Каков перечень сфер подписанных соглашений?",
        "Какой список сфер подписанных соглашений?",
    ],
)
def test_list_of_spheres_by_its_noun(session: Session, question: str) -> None:
    assert "искусственном интеллекте" in answered(session, question)


def test_list_of_what_the_article_lacks_stays_unanswered(session: Session) -> None:
    declined(session, "Каков список министров, подписавших соглашения?")


# "каковы причины задержек": the thing whose cause is asked is one the article never names —
# its cause is not given, however well the rest (vehicles at the border) matches a passage.
@pytest.mark.parametrize(
    "question",
    [
        "Каковы причины задержек транспортных средств на границе?",
        "В чём причина задержек грузов?",
    ],
)
def test_cause_of_an_unnamed_thing_not_given(session: Session, question: str) -> None:
    not_given(session, question, "reason")


def test_cause_of_a_named_thing_still_answered(session: Session) -> None:
    question = "Каковы причины барьеров в торговле?"
    assert answered_entry(session, question) == "ishmukhamedov-barriers"
