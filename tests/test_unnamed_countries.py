"""Another country's part, figure or view that the article does not give.

The article's experts speak from Azerbaijan and Kazakhstan; it names China (cargo from
China), Turkey (the "Turkic seven") and Armenia (the peace declaration), and never Russia,
Iran, Georgia, the EU, the USA or Uzbekistan. A question about such a country on a subject
the article covers ("какую роль играет Грузия в Среднем коридоре") must not be answered with
the nearest entry nor turned away with a bare "no answer": the reply says the country is not
in the article, names the kind of fact missing, and offers the passage on the subject.

All on the real knowledge base through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.rendering.payload import answer_payload


def _asked(session, question: str) -> dict:
    return answer_payload(question, session.ask(question))


def _offered(payload: dict) -> list[str]:
    return [s["entry"] for s in payload["suggestions"]]


# ------------------------------------------------ a country the article never names
@pytest.mark.parametrize(
    ("question", "missing", "offered", "said"),
    [
        # its part in something the article covers: the fact of it
        ("участвует ли Грузия в коридоре", "fact", "ishmukhamedov-corridor", "Грузии"),
        ("What role does Georgia play in the Middle Corridor?", "fact", "", "Georgia"),
        ("gruziya uchastvuet v transkaspiyskom marshrute?", "fact", "huseynov-transcaspian", ""),
        ("e.xfcnedtn kb uhepbz d chtlytv rjhbljht", "fact", "ishmukhamedov-corridor", ""),
        ("а иран как то учавствует в среднем коридоре?", "fact", "ishmukhamedov-corridor", ""),
        ("does the EU fund the corridor", "fact", "ishmukhamedov-corridor", "EU"),
        ("Was Russia discussed in Astana?", "fact", "tusupbekov-negotiations", "Russia"),
        # a figure of it: the kind of figure
        ("сколько грузов идёт через Иран", "quantity", "delivery-time-now", "Ирана"),
        ("how many tonnes go through Georgia", "quantity", "rail-volume-now", ""),
        ("какой товарооборот Казахстана с Россией", "money", "trade-turnover-now", "России"),
        ("сколько Европа вложит в Транскаспийский маршрут", "money", "huseynov-transcaspian", ""),
        # its joining later: a forecast
        ("вступит ли Узбекистан в формат 6", "forecast", "format-6", "Узбекистана"),
        ("Will Turkmenistan join the Organization of Turkic States?", "forecast", "", ""),
        # a stance, in a plural verb ("поддерживают") no single country is read from
        ("поддерживают ли США Зангезурский коридор?", "statement", "tusupbekov-agenda", "США"),
        # the experts' view of its part, not the fact they would vouch for
        ("Какую роль эксперты отводят России в развитии Среднего коридора?", "statement", "", ""),
        ("What role does Georgia play in the corridor, according to the experts?", "fact", "", ""),
        # a stance asked in a sentence after the question of its part
        ("Туркменистан участвует в маршруте? что говорит Ашхабад", "statement", "", ""),
    ],
)
def test_an_unnamed_country_s_part_is_not_given(session, question, missing, offered, said):
    payload = _asked(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", missing)
    assert payload["suggestions"], "the passage on the subject is offered"
    if offered:
        assert offered in _offered(payload)
    if said:
        assert said in payload["text"].split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "did anyone mention Russia?",  # nothing but the country: no subject to offer
        "что говорили про узбекистан",
    ],
)
def test_an_unnamed_country_alone_has_no_subject(session, question):
    assert _asked(session, question)["band"] == "none"


# ------------------------------------------------ a view, by a prefixed verb or a seat of power
@pytest.mark.parametrize(
    ("question", "party"),
    [
        # "прокомментировал" is a verb of view as "комментировал" is: never the cargo figure
        ("kitay kak-to prokommentiroval vizit? gruzy zhe iz kitaya idut", "Китая"),
        ("Армения раскритиковала декларацию?", "Армении"),
        # a capital or a seat of power stands for its state, in any case
        ("как Москва восприняла визит", "России"),
        ("reakciya kremlya na vizit", "России"),
        ("Брюссель поддерживает Средний коридор?", "Евросоюза"),
    ],
)
def test_a_party_s_view_by_other_words_is_not_given(session, question, party):
    payload = _asked(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "statement")
    assert party in payload["text"].split("\n")[0]


# ------------------------------------------------ what the article does say about them
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("сколько дней идут грузы из Китая через Казахстан", "delivery-time-now"),
        ("почему добавить Турцию", "sacred-number-seven"),
        ("what did the experts say about the Middle Corridor", "ishmukhamedov-corridor"),
        ("что сказали про Армению", "tusupbekov-peace"),
        ("роль Казахстана в Среднем коридоре", "ishmukhamedov-corridor"),
        ("какой товарооборот между Азербайджаном и Казахстаном", "trade-turnover-now"),
    ],
)
def test_what_the_article_says_of_countries_is_still_answered(session, question, entry):
    payload = _asked(session, question)
    assert (payload["band"], payload["entry"]) == ("answer", entry)


# ------------------------------------------------ a leader standing for his country
@pytest.mark.parametrize(
    ("question", "missing", "said"),
    [
        # "Пашинян" was read as a common word and the peace passage given as the answer
        ("Пашинян подписал декларацию?", "fact", "Пашиняна"),
        ("Эрдоган поддерживает тюркскую семерку?", "statement", "Эрдогана"),
        ("Does Erdogan support the Turkic seven?", "statement", "Erdogan"),
        ("putin podderzhal sredniy koridor?", "statement", "Путина"),
        ("did Xi Jinping comment on the corridor", "statement", "Xi Jinping"),
        ("Мирзиёев присоединится к формату 6?", "forecast", "Мирзиёева"),
    ],
)
def test_a_leader_the_article_never_names(session, question, missing, said):
    payload = _asked(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", missing)
    assert payload["suggestions"]
    assert said in payload["text"].split("\n")[0]


def test_what_a_leader_said_is_still_not_quoted(session):
    """Asked for his words, the reply says whose words are missing, as before."""
    payload = _asked(session, "what did Pashinyan say about the Zangezur corridor")
    assert payload["band"] == "none"
    assert "does not quote this person" in payload["text"]


@pytest.mark.parametrize(
    "question",
    [
        "куда Алиев поехал потом, в Грузию?",  # the country is a guess at the place asked
        "а что эксперты говорили про Туркменистан",  # the experts are no subject
    ],
)
def test_an_unnamed_country_that_is_no_part_of_a_subject(session, question):
    assert _asked(session, question)["band"] == "none"


def test_what_role_it_plays_is_asked_of_the_subject_not_of_playing(session):
    """ "play" goes with "role" as "играет" does: Huseynov's "will play a key role" is not
    what the question is about, the Middle Corridor is."""
    payload = _asked(session, "Which role does Iran play in the Middle Corridor?")
    assert (payload["band"], payload["missing"]) == ("not_given", "fact")
    assert _offered(payload)[0] == "ishmukhamedov-corridor"
