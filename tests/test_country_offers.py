"""What a reply offers when another country's view, reaction or stance is asked and the
article gives none.

The article names China once, as the origin of the cargo («из Китая»): "How did China react to
the visit?" must say China's position is not given (a statement missing) and offer that
passage first — the one thing the article says of China — with the passage on the subject the
question names (the visit, the Trans-Caspian route, the Middle Corridor) shown in full after it,
so the reply has both. A country the article names nowhere (Russia) gets the experts' passage on
the subject and the article's own report of it after (the visit, the corridor in focus); a
country whose passage is the subject itself (Turkey and the "Turkic seven") gets that passage
alone, not twice. A group named by its number ("тюркская семёрка") is a subject as a word is,
not the number 7 of "7–8 дней". A figure offered first is followed by the passage it was taken from.

All on the real knowledge base through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from tests.support.asking import asked_payload, offered_entries

_BESIDE = ("А вот что статья говорит о самой теме вопроса", "what the article says on the subject")


_asked = asked_payload
_offered = offered_entries


def _shows_beside(payload: dict) -> bool:
    return any(lead in payload["text"] for lead in _BESIDE)


# ------------------------------------------------ China's reaction to the visit
@pytest.mark.parametrize(
    "question",
    [
        "How did China react to the visit?",  # blind-s#31
        "как Китай отреагировал на визит Алиева?",
        "kakaya byla reakciya Kitaya na vizit?",
        "Did Beijing say anything about Aliyev's trip to Kazakhstan?",
    ],
)
def test_china_s_reaction_offers_the_cargo_from_china_then_the_visit(session, question):
    payload = _asked(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "statement")
    assert _offered(payload)[0] == "ishmukhamedov-delivery-time"
    assert "Китая" in payload["text"]
    assert _shows_beside(payload)


# ------------------------------------------------ China's stance on a subject the article covers
@pytest.mark.parametrize(
    ("question", "subject"),
    [
        (
            "What's China's stance on the Trans-Caspian route — did Beijing comment on the "
            "visit at all?",  # blind-s#131
            "Транскаспийский",
        ),
        ("какова позиция Китая по Транскаспийскому маршруту?", "Транскаспийский"),
        ("что думает Пекин о Транскаспийском маршруте", "Транскаспийский"),
        ("kak kitai otnositsya k srednemu koridoru", "Средний коридор"),
        # the Trans-Caspian route is the Middle Corridor's other name (Huseynov's passage)
        ("What is China position on these Middle Corridor deals?", "Транскаспийск"),
    ],
)
def test_china_s_stance_offers_the_cargo_from_china_and_the_subject(session, question, subject):
    payload = _asked(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "statement")
    assert _offered(payload)[0] == "ishmukhamedov-delivery-time"
    assert "Китая" in payload["text"]
    assert _shows_beside(payload)
    assert subject in payload["text"]


def test_a_country_named_elsewhere_gets_its_passage_and_the_subject_s(session):
    """Armenia is named in the peace declaration, not in the Zangezur corridor's passage."""
    payload = _asked(session, "что армения думает о зангезурском коридоре")
    assert (payload["band"], payload["missing"]) == ("not_given", "statement")
    assert _offered(payload)[:2] == ["tusupbekov-peace", "tusupbekov-agenda"]
    assert "Зангезурского коридора" in payload["text"]


# ------------------------------------------------ the article's own report after a view
@pytest.mark.parametrize(
    ("question", "entry", "reported"),
    [
        # never named: the expert's passage on the subject, then the article's own account
        ("Какова позиция России по Среднему коридору?", "ishmukhamedov-corridor", "Среднего"),
        ("а россия как отреагировала на визит", None, "государственным визитом"),
        ("chto amerikancy dumayut o vizite Alieva", None, "государственным визитом"),
    ],
)
def test_an_expert_s_view_is_followed_by_the_article_s_own_report(
    session, question, entry, reported
):
    payload = _asked(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "statement")
    if entry is not None:
        assert _offered(payload)[0] == entry
    assert _shows_beside(payload)
    assert reported in payload["text"].split("Minval Politika", 1)[1]


# ------------------------------------------------ a figure offered: the passage it is from
def test_a_figure_offered_is_followed_by_its_passage(session):
    payload = _asked(session, "Did Beijing say anything about cutting cargo delivery times?")
    assert (payload["band"], payload["missing"]) == ("not_given", "statement")
    assert _shows_beside(payload)
    assert "доставка грузов из Китая" in payload["text"]


# ------------------------------------------------ near misses: one passage, as before
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the passage on the subject is the one naming the country
        ("как турция отреагировала на идею тюркской семерки", "ishmukhamedov-turkic-seven"),
    ],
)
def test_one_passage_when_the_subject_s_names_the_country_or_none_does(session, question, entry):
    payload = _asked(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "statement")
    assert _offered(payload)[0] == entry
    assert not _shows_beside(payload)


def test_what_the_article_says_of_china_is_still_answered(session):
    payload = _asked(session, "сколько дней идут грузы из Китая через Казахстан")
    assert (payload["band"], payload["entry"]) == ("answer", "delivery-time-now")


# ------------------------------------------------ the country named before, then by a pronoun
@pytest.mark.parametrize(
    ("question", "missing", "first"),
    [
        # blind-s#139 in Russian: was answered with the agenda as if it told Georgia's role;
        # the talks' passage on the corridor is the offer
        (
            "Грузия упоминалась на переговорах? какова её роль в Среднем коридоре?",
            "fact",
            "tusupbekov-agenda",
        ),
        (
            "Грузия участвовала в переговорах? Какую роль она играет в Транскаспийском маршруте?",
            "fact",
            "huseynov-transcaspian",
        ),
        # a country the article names: its reaction, not the declaration, was asked
        (
            "Армения упоминается? Как она отреагировала на декларацию?",
            "statement",
            "tusupbekov-peace",
        ),
        # already read whole before: stays so
        (
            "Россия упоминается в статье? Какова её позиция по Среднему коридору?",
            "statement",
            "ishmukhamedov-corridor",
        ),
    ],
)
def test_a_country_of_the_scene_asked_by_a_pronoun_is_not_given(session, question, missing, first):
    payload = _asked(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", missing)
    assert _offered(payload)[0] == first


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the pronoun stands for the corridor, no country before it
        ("Говорили о Среднем коридоре. Какова его роль?", "ishmukhamedov-corridor"),
        # a person before it: "он" is the expert
        ("Ишмухамедов говорил о Китае. Что он сказал?", "ishmukhamedov-delivery-time"),
    ],
)
def test_a_pronoun_of_anything_else_keeps_its_answer(session, question, entry):
    payload = _asked(session, question)
    assert (payload["band"], payload["entry"]) == ("answer", entry)


# ------------------------------------------------ an amount with a third country
@pytest.mark.parametrize(
    "question",
    [
        "Какой товарооборот у Казахстана с Турцией?",  # plain#38
        "каков товарооборот Казахстана и Турции?",
        "kakoi tovarooborot u Kazakhstana s Turciei",
    ],
)
def test_a_turnover_with_a_third_country_shows_the_turnover_the_article_gives(session, question):
    """Not given (a sum); the Azerbaijan–Kazakhstan turnover — the thing measured, which the
    article does give — in full first (``_offered`` ranks the passage stating the amount's
    thing before one only naming the country), the proposal naming Turkey among the offers."""
    payload = _asked(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "money")
    assert _offered(payload)[0] == "ishmukhamedov-trade"
    assert "ishmukhamedov-turkic-seven" in _offered(payload)
    assert "товарооборота" in payload["text"]


@pytest.mark.parametrize(
    ("question", "band", "entry"),
    [
        # the turnover's figure is offered first: the passage it is from after it, once
        ("сколько долларов составляет товарооборот Казахстана с Турцией", "not_given", None),
        # the article's own pair: answered
        ("Какой товарооборот между Азербайджаном и Казахстаном?", "answer", "trade-turnover-now"),
    ],
)
def test_a_turnover_offered_first_or_answered_stays(session, question, band, entry):
    payload = _asked(session, question)
    assert payload["band"] == band
    if entry is not None:
        assert payload["entry"] == entry
        assert not _shows_beside(payload)
    else:
        assert payload["text"].count("Реализация новых проектов") == 1


# ------------------------------------------------ the subject once the country is set aside
@pytest.mark.parametrize(
    "question",
    [
        # offer35: "семёрке" reads as the number 7, which "7–8 дней" states; the seven was
        # no topic word, so the passage on it was never shown beside the cargo from China
        "Что Китай думает о тюркской семёрке?",
        "как Китай относится к семерке",
        "Что Пекин думает о тюркской семёрке?",
    ],
)
def test_china_s_view_of_a_group_named_by_its_number_shows_the_group(session, question):
    payload = _asked(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "statement")
    assert "Китая" in payload["text"]
    assert _shows_beside(payload)
    assert "тюркская семёрка" in payload["text"]


@pytest.mark.parametrize(
    "question",
    [
        # ru8#64: China twice and the cargo lifted the cargo from China over the corridor's
        # passage, so the corridor was never shown
        "а как китай относится ко всему этому среднему коридору? они же грузы туда гонят, "
        "что там в пекине думают",
        "что в Пекине думают о Среднем коридоре? грузы ведь из Китая идут",
        "kak Kitai otnositsya k Srednemu koridoru, gruzy ved iz Kitaya idut?",
    ],
)
def test_china_s_view_of_the_corridor_shows_the_corridor_beside_the_cargo(session, question):
    payload = _asked(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "statement")
    assert "Китая" in payload["text"]
    assert _shows_beside(payload)
    assert "Средний коридор" in payload["text"]


@pytest.mark.parametrize(
    "question",
    [
        "Is there any reaction from Moscow on the agreements signed in Astana?",  # english11#66
        "Any reaction from Russia to the agreements signed in Astana?",
        "What is Russia's position on the agreements signed in Astana?",
        "как Москва отнеслась к подписанным в Астане соглашениям",
    ],
)
def test_a_view_of_the_agreements_offers_the_agreements_first(session, question):
    """The article's own statement of the agreements scores far above any expert's view and
    names them; Huseynov's "signed documents" remark on the route does not."""
    payload = _asked(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "statement")
    assert _offered(payload)[0] == "agreements-count"
    assert "15 важных соглашений" in payload["text"]


# ------------------------------------------------ near misses: experts first, no stray subject
@pytest.mark.parametrize(
    "question",
    [
        # blind-c#55: the visit's own report scores higher for the names asked, but the
        # experts' views of the visit name it as much: they stay first
        "как Россия отреагировала на визит Алиева в Казахстан",
        "How did Russia react to Aliyev's visit to Kazakhstan?",
    ],
)
def test_a_view_of_the_visit_offers_an_expert_s_view(session, question):
    payload = _asked(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "statement")
    assert _offered(payload)[0] not in ("article-visit", "visit-date")


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # the cargo from China through Kazakhstan is the transit asked: no other transit
        # (energy through Azerbaijan) beside it
        ("что Китай сказал про транзит через Казахстан", "statement"),
        # a sum the article never gives
        ("Сколько денег Китай вложит в Средний коридор?", "money"),
    ],
)
def test_a_detail_never_given_stays_not_given(session, question, missing):
    payload = _asked(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", missing)
    assert "энергоресурсов" not in payload["text"]


def test_moscow_s_reaction_to_the_agreements_is_not_answered(session):
    payload = _asked(session, "How did Moscow react to the agreements signed in Astana?")
    assert payload["band"] != "answer"
