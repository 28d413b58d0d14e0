"""Another country's view asked by its people, its officials or a bare "а что Китай?".

The article quotes only Azerbaijani and Kazakh experts; what Turkey, Armenia, Russia or China
think it never gives. Asked by the country's name, its capital or its leader, the bot already
says so. These are the other ways a reader names the country holding the view:

* its people ("Турки поддержали идею?", "что думают узбеки", "How did the Russians react?"),
  whose verb is a plural one — no person the article fails to quote, and no "эксперты";
* who speaks for it, by the state's adjective ("российская сторона", "реакция российского
  МИДа", "турецкие власти") — for a country the article never names too;
* the country alone beside "что" ("а что Китай?", "a chto Turtsiya?");
* English words of view the list lacked ("Moscow's take on", "is Russia happy about", "in
  favour of", "has Moscow weighed in") — "take part" staying a part, a fact.

The reply says whose position is missing and offers the article's words on the subject.
The experts' own countries, their peoples and the experts themselves are not caught.
"""

from __future__ import annotations

import pytest

from tests.support.asking import answered_entry, asked_payload


def _not_given_view(session, question: str) -> str:
    """The reply to a question asking a third country's view: not given, its statement."""
    payload = asked_payload(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "statement"), (
        question,
        payload["band"],
        payload["missing"],
        payload["text"][:120],
    )
    return payload["text"]


@pytest.mark.parametrize(
    ("question", "country", "offer"),
    [
        ("Турки поддержали идею тюркской семёрки?", "Турции", "добавить Турцию"),
        ("как турки отнеслись к идее тюркской семерки", "Турции", "добавить Турцию"),
        ("Армяне как отреагировали на декларацию?", "Армении", "декларации о мирном"),
        ("Что думают узбеки о формате «6» вместо «5+1»?", "Узбекистана", "5+1"),
        ("Американцы одобрили мирную декларацию?", "США", "декларации о мирном"),
        ("Иранцы против Зангезурского коридора?", "Ирана", "Зангезурского коридора"),
        ("Русские что думают про Средний коридор?", "России", "Средн"),
        ("Китайцы довольны сокращением сроков доставки?", "Китая", "из Китая"),
    ],
)
def test_a_people_holds_its_country_s_view(session, question, country, offer):
    text = _not_given_view(session, question)
    assert country in text.split("\n")[0]
    assert offer in text


@pytest.mark.parametrize(
    ("question", "country"),
    [
        ("Что думает российская сторона о Среднем коридоре?", "России"),
        ("Реакция российского МИДа на визит?", "России"),
        ("Турецкие власти поддержали идею тюркской семёрки?", "Турции"),
        ("rossiyskaya storona kak otreagirovala na vizit", "России"),
    ],
)
def test_who_speaks_for_a_state_holds_its_view(session, question, country):
    assert country in _not_given_view(session, question).split("\n")[0]


@pytest.mark.parametrize(
    ("question", "country"),
    [("а что Китай?", "Китая"), ("a chto Turtsiya?", "Турции")],
)
def test_a_country_alone_beside_what_asks_its_view(session, question, country):
    assert country in _not_given_view(session, question).split("\n")[0]


@pytest.mark.parametrize(
    ("question", "country"),
    [
        ("How did the Russians react to the visit?", "Russia"),
        ("Did the Turks welcome the Turkic seven idea?", "Turkey"),
        ("What do Armenians say about the peace declaration?", "Armenia"),
        ("What's Moscow's take on the Middle Corridor?", "Russia"),
        ("Is Russia happy about the Middle Corridor?", "Russia"),
        ("Is Turkey in favour of the Turkic seven?", "Turkey"),
        ("Is Iran against the Zangezur corridor?", "Iran"),
        ("Has Moscow weighed in on the visit?", "Russia"),
        # "US" before a noun of view is the country, as after "the"
        ("US reaction to the peace declaration?", "USA"),
    ],
)
def test_english_peoples_and_words_of_view(session, question, country):
    assert country in _not_given_view(session, question).split("\n")[0]


def test_us_as_a_pronoun_is_no_country(session):
    assert answered_entry(session, "tell us what Tusupbekov said about the declaration")


def test_taking_part_stays_a_fact(session):
    payload = asked_payload(session, "Did Tbilisi take part in any of this?")
    assert (payload["band"], payload["missing"]) == ("not_given", "fact")


@pytest.mark.parametrize(
    "question",
    [
        "Что думают казахи о визите?",
        "Азербайджанцы как восприняли визит?",
        "Как Тусупбеков оценил декларацию?",
        "What do Kazakh experts think about the Middle Corridor?",
    ],
)
def test_the_article_s_own_countries_and_experts_are_answered(session, question):
    assert answered_entry(session, question) is not None


# ------------------------------------------------ a country's own step
@pytest.mark.parametrize(
    ("question", "missing", "offer"),
    [
        ("Турция войдёт в тюркскую семёрку?", "forecast", "добавить Турцию"),
        ("Турция станет седьмой страной?", "forecast", "добавить Турцию"),
        ("Армения ратифицировала декларацию?", "fact", "декларации о мирном"),
        ("Что предприняла Армения после декларации?", "fact", "декларации о мирном"),
        ("Did Turkey join the Turkic seven?", "fact", "Турцию"),
    ],
)
def test_a_named_country_s_own_step_is_not_given(session, question, missing, offer):
    payload = asked_payload(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", missing), payload["text"][:120]
    assert offer in payload["text"]


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # the date of the step is what is asked, and missing
        ("Когда Турция присоединилась к Организации тюркских государств?", "date"),
        # a country the article never names is said to be unmentioned, as before
        ("Узбекистан войдёт в формат?", "forecast"),
    ],
)
def test_the_kind_asked_of_a_step_stays(session, question, missing):
    payload = asked_payload(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", missing)


def test_a_supposed_step_asks_no_step(session):
    payload = asked_payload(session, "Если Турция войдёт в семёрку, сколько стран будет?")
    assert not (payload["band"] == "not_given" and payload["missing"] == "forecast")


# ------------------------------------------------ a view of a clause holding the future
def test_a_view_of_what_will_be_is_a_statement_missing(session):
    text = _not_given_view(
        session,
        "как Москва относится к тому, что грузы из Китая пойдут через Каспий в обход России?",
    )
    assert "России" in text.split("\n")[0]


def test_a_view_to_come_stays_a_forecast(session):
    question = "Как Турция отреагирует на то, что её хотят добавить в семёрку?"
    payload = asked_payload(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "forecast")


def test_a_view_held_now_of_prospects_is_a_statement_missing(session):
    # "перспективы" are what the view is of; the view itself is held now, not foreseen
    text = _not_given_view(
        session, "Как официальный Пекин оценивает перспективы Среднего коридора после визита?"
    )
    assert "Китая" in text.split("\n")[0]
    payload = asked_payload(session, "Как Китай оценит перспективы Среднего коридора?")
    assert (payload["band"], payload["missing"]) == ("not_given", "forecast")


# ------------------------------------------------ a view of an expert's words, "о словах X"
@pytest.mark.parametrize(
    ("question", "country"),
    [
        ("Что Ереван думает о словах Тусупбекова?", "Армении"),
        ("Что Анкара думает о предложении Ишмухамедова?", "Турции"),
    ],
)
def test_a_country_s_view_of_an_expert_s_words(session, question, country):
    assert country in _not_given_view(session, question).split("\n")[0]


# ------------------------------------------------ an expert named before the country's view
@pytest.mark.parametrize(
    ("question", "country"),
    [
        # the expert named in the scene: what the country's view would be of
        ("Тусупбеков похвалил декларацию. А Армения как отреагировала?", "Армении"),
        ("Ишмухамедов предложил добавить Турцию. А что Турция?", "Турции"),
        # a bare closing clause after "а"
        ("Ишмухамедов предложил добавить Турцию, а сама Турция что?", "Турции"),
    ],
)
def test_a_country_s_view_after_an_expert_s_words(session, question, country):
    assert country in _not_given_view(session, question).split("\n")[0]


def test_an_expert_s_own_country_after_a_closing_clause_is_not_caught(session):
    payload = asked_payload(session, "Гусейнов говорил про энергетику, а что Азербайджан?")
    assert "Позиции Азербайджана" not in payload["text"]
