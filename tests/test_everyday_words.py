"""Everyday words people type for what the article says in its own: states by their short
names ("АР и РК", "из КНР", "KZ"), money and time as said ("в баксах", "за сколько суток",
"лярд"), "дотянуть" a turnover to a level, "прокачка" of energy for its transit, "позвал в
гости" for an invitation, "сколько торговля" for its amount, and a why-question that offers
the invitation as its reason.

On the real knowledge base, through the same Session every transport uses; a question the
article does not answer stays declined however it is worded.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.lexicon import RUSSIAN_SYNONYMS
from bot.language.morphology import is_mass_form
from bot.language.occasions import offers_invitation
from tests.support.asking import answered, answered_entry, declined, not_given, question_words


@pytest.mark.parametrize(
    "question",
    [
        "товарооборот АР и РК щас скока в баксах?",
        "товарооборот РК и АР в долларах",
        "товарооборот АР и РК в долл.",
        "скоко баксов товарооборот в год",
        "skoka baksov tovarooborot",
        "сколько ляма баксов товарооборот",
        "скока сейчас торговля между странми в долларах за гдо",
        "trade turnover AR RK in bucks",
    ],
)
def test_todays_turnover_in_everyday_words(session: Session, question: str) -> None:
    assert "400–500" in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        "do kakoi summy mogut dotyanut tovarooborot s AR",
        "до какой суммы могут дотянуть товарооборот",
        "до скольки лярдов могут довести товарооборот",
        "товарооборот дорастет до миллиарда?",
        "может ли товарооборот дорасти до лярда",
    ],
)
def test_the_billion_target_in_everyday_words(session: Session, question: str) -> None:
    assert "миллиард" in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        "za skolko sutok sejchas dokhodit tovar iz KNR cherez KZ do Baku",
        "за скока суток грузы из КНР доходят до АР",
        "сколько суток едет контейнер из Китая в Азербайджан",
        "сколько идут грузы из КНР в АР",
    ],
)
def test_the_delivery_time_in_days_and_short_names(session: Session, question: str) -> None:
    assert "15–18" in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        "kto pozval Alieva v gosti, kto priglasil",
        "кто позвал Алиева в гости",
        "кто позвал Алиева в Казахстан",
        "по чьему приглашению Алиев приехал в гости",
        "Why did Aliyev go to Kazakhstan — was he invited by someone?",
        "Why did Aliyev travel to Kazakhstan — was he invited?",
        "почему Алиев приехал в РК — его пригласили?",
        "почему Алиев поехал в Казахстан, его пригласили?",
    ],
)
def test_the_invitation_in_everyday_words(session: Session, question: str) -> None:
    assert "Токаева" in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        "сколько баксов стоит паром",
        "how many bucks does the ferry cost",
        "сколько лярдов вложил Китай в коридор",
        "товарооборот РК и РФ",
        "товарооборот РБ и РК",  # Беларусь or Башкортостан: "РБ" stays unread
    ],
)
def test_what_the_article_lacks_stays_declined(session: Session, question: str) -> None:
    declined(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "Why did Tokayev invite Aliyev for a state visit now?",
        "Why was Aliyev invited?",
        "почему Токаев позвал Алиева",
        "Why did Aliyev go to Kazakhstan?",
    ],
)
def test_a_reason_not_offered_as_the_invitation_stays_not_given(
    session: Session, question: str
) -> None:
    not_given(session, question, "reason")


def test_calling_a_man_by_name_is_no_invitation(session: Session) -> None:
    # "как его зовут": "звать" asks a name, not who invited him
    assert "звать" not in RUSSIAN_SYNONYMS
    text = answered(
        session, "Тот азербайджанский депутат из межпарламентской группы — как его зовут?"
    )
    assert "Гусейнов" in text


def test_an_invitation_is_offered_only_after_the_coming() -> None:
    assert offers_invitation(question_words("зачем Алиев прилетел в Астану — по приглашению?"))
    assert offers_invitation(question_words("почему Алиев приехал, он был приглашён?"))
    assert not offers_invitation(question_words("Why was Aliyev invited to visit Kazakhstan?"))
    assert not offers_invitation(question_words("почему Токаев пригласил Алиева с визитом"))
    # the reader names the host himself: why he came is asked all the same
    assert not offers_invitation(question_words("почему Алиев приехал по приглашению Токаева"))


def test_a_singular_after_skolko_is_a_mass() -> None:
    assert all(is_mass_form(w) for w in ("торговля", "торговли", "нефти", "товарооборота"))
    # counts ("стран", "человек", "дней") and a translit's slip ("соглашении") are none
    assert not any(is_mass_form(w) for w in ("стран", "человек", "дней", "соглашении"))


@pytest.mark.parametrize(
    "question",
    [
        "к каким последствиям для торговли приведёт поездка Алиева",
        "какой эффект будет от визита алиева",
    ],
)
def test_consequences_are_the_results(session: Session, question: str) -> None:
    # "последствия", "эффект": what comes of the visit, told as "результаты визита позволят …"
    assert "барьеры" in answered(session, question)


def test_consequences_for_a_party_the_article_leaves_out_stay_unanswered(
    session: Session,
) -> None:
    reply = session.ask("какие последствия визита для Армении")
    assert not reply.answered, (reply.kind, reply.entry)


@pytest.mark.parametrize(
    "question",
    [
        # "подтянут" is first the short adjective "подтянутый": the verb is read all the same
        "если Турцию подтянут к шестёрке, что получится по прогнозу эксперта?",
        "кого Ишмухамедов предлагает подключить к шестёрке",
        # a "-таки" particle names nothing
        "кого всё-таки предлагают подтянуть к шестерке",
    ],
)
def test_bringing_into_the_group_is_adding_to_it(session: Session, question: str) -> None:
    assert "Турци" in answered(session, question)


def test_bringing_in_a_party_the_article_never_names_stays_unanswered(session: Session) -> None:
    declined(session, "когда к шестёрке подтянут Монголию")


@pytest.mark.parametrize(
    "question",
    [
        "Почему депутат считает, что прокачка казахских энергоресурсов через Азербайджан "
        "выгодна обеим странам?",
        "Зачем Казахстану прокачка энергоресурсов через Азербайджан, по мнению Гусейнова?",
        "Что Гусейнов говорил про прокачку энергоносителей через Азербайджан?",
    ],
)
def test_pumping_oil_through_a_country_is_its_transit(session, question):
    # "прокачка" is how news says energy goes through a country: the passage on it answers
    assert "через территорию Азербайджана" in answered(session, question)


def test_pumping_a_figure_the_article_lacks_stays_unanswered(session):
    # the passage names no amount: the volume pumped is not given
    declined(session, "Сколько нефти в год прокачивают через Азербайджан?")


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        # engines by their everyday names are the article's locomotives
        ("Что говорил Ишмухамедов про паровозы и вагоны?", "локомотивов и вагонов"),
        ("Что говорили про тепловозы и вагоны?", "локомотивов и вагонов"),
        # a fleet on the Caspian is its ferries
        ("Что говорили про флот для Каспия?", "новых паромов"),
        # "наших стран": the asker's pair is the article's pair, no word of the subject
        (
            "Каков прогноз Гусейнова насчёт отношений наших стран на ближайшие годы?",
            "региональные реалии",
        ),
    ],
)
def test_everyday_names_of_the_articles_things(session: Session, question: str, evidence: str):
    assert evidence in answered(session, question), question


def test_everyday_synonyms_read_only_the_briefings_words() -> None:
    assert RUSSIAN_SYNONYMS["тепловоз"] == "локомотив"
    assert RUSSIAN_SYNONYMS["флот"] == "паром"


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        # what two countries trade up to in a year is their turnover, a sum of money
        ("сколько мы наторговываем с Азербайджаном за год", "400–500"),
        ("Сколько мы сейчас в деньгах наторговываем с Баку за год?", "400–500"),
        # what a country "can carry" is what it is ready to provide
        ("Сколько тонн готов потянуть Азербайджан?", "5–7 миллионов тонн"),
        ("Баку со своей стороны сколько тонн в год готов потянуть?", "5–7 миллионов тонн"),
    ],
)
def test_trading_up_to_and_carrying_as_speech_says_them(session, question, evidence):
    assert evidence in answered(session, question), question


def test_a_sum_traded_the_article_lacks_is_money_not_given(session: Session) -> None:
    """ "сколько наторговали в прошлом году" asks a sum of money of a year the article
    gives no figure for."""
    not_given(session, "сколько наторговали страны в прошлом году", "money")


@pytest.mark.parametrize(
    "question",
    [
        "какая сумма товарооборота сейчас",
        "какая сумма товарооборота на сегодня",
        "текущая сумма товарооборота",
        "какова сумма товарооборота в настоящее время",
        "kakaya summa tovarooborota seychas",
    ],
)
def test_a_sum_asked_of_now_is_todays_not_the_goal(session: Session, question: str) -> None:
    # "сумма" is a word of the goal's phrasings ("до какой суммы можно увеличить"); a word of
    # now still chooses today's figure
    assert answered_entry(session, question) == "trade-turnover-now", question


def test_a_sum_asked_ahead_stays_the_goal(session: Session) -> None:
    assert answered_entry(session, "до какой суммы можно довести товарооборот") == (
        "trade-turnover-target"
    )


def test_a_bar_set_for_a_figure_is_its_goal(session: Session) -> None:
    # "планка" is the level the turnover is to reach: the goal's billion answers it
    assert RUSSIAN_SYNONYMS["планка"] == "цель"
    assert "миллиард" in answered(session, "какую планку по товарообороту ставят на будущее?")
