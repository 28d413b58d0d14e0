"""Not-given questions: a name asked in the future is a name question, and a forecast of
investments offers the passage naming investment.

- "Как будет называться система электронной регистрации": a name asked in the future or
  as a plan ("как будет называться", "как её назовут") asks the name as "как называется"
  does (``predicates._future_name_at``). The road passage never names the system, so the
  name is the fact not given — not an answer with the road passage. "Как можно назвать
  этот визит" asks a characterisation and is still answered.
- "Вырастут ли инвестиции Азербайджана в казахстанские проекты в следующем году": a
  forecast of the investments, whose other words ("проекты", "в году") lift the turnover's
  and the rail volumes' passages; the passage naming investment is offered first, as it is
  for a sum invested (``Matcher._offered``). A forecast of the turnover still offers the
  turnover's target.
- "Какой товарооборот у Казахстана с Турцией?": an amount asked between named countries;
  the passage naming Turkey (the Turkic seven) scored highest on the country's word, but
  the thing amounted is the turnover, whose passages come first (``Matcher._offered``). A
  country's part ("какую роль играет Китай") and view still offer the passage naming it.
- "How long did the talks between Aliyev and Tokayev last?": an English preposition
  ("between") names no subject an offered passage must state (``Matcher._topic_terms``);
  counted, it put the passage on contacts "between" the leaders before the one on the
  talks. Questions on trade between the countries are still answered, or offered the
  turnover.
- "Сколько локомотивов нужно Среднему коридору?": a number asked of a thing; the corridor's
  words lifted the passage on the corridor, which never names locomotives, above the one
  that does (more locomotives and wagons). The passage naming the thing counted comes first
  (``Matcher._counted_thing``); a sum or a time asked keeps its offer. "Какой тоннаж у новых
  паромов": a measure akin to a unit names what is asked of the ferries, no subject — the
  rail tonnes are not offered before the ferries' passage.

Each case asks the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered_entry, asked_payload, not_given, offered_entries

# --- a name asked in the future -----------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "rfr ,eltn yfpsdfnmcz cbcntvf 'ktrnhjyyjq htubcnhfwbb",  # blind-s #58, layout
        "как будет называться система электронной регистрации",
        "как назовут систему электронной регистрации на границе",
        "kak budet nazyvatsya sistema elektronnoy registracii",
        "как она будет называтся, эта система регистрации на границе",
    ],
)
def test_a_name_asked_in_the_future_is_not_given(session: Session, question: str) -> None:
    offered = not_given(session, question, "fact").lower()
    assert "электронной регистрации" in offered


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # a characterisation, which the experts' assessment gives
        ("как можно назвать этот визит", "ishmukhamedov-timely"),
        # what the system will be like: the road passage still answers
        ("как будет выглядеть система электронной регистрации", "ishmukhamedov-road"),
    ],
)
def test_near_misses_of_a_future_name_stay_answered(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


# --- a forecast of investments ------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        # blind-s #199, "азербайджанав" a slip of "азербайджана в"
        (
            "вырастут ли инвестиции азербайджанав казахстанские проекты в следующем году",
            "инвестиции",
        ),
        (
            "увеличатся ли азербайджанские инвестиции в проекты Казахстана в следующем году",
            "инвестиции",
        ),
        (
            "vyrastut li investicii azerbaydzhana v kazahstanskie proekty v sleduyushchem godu",
            "инвестиции",
        ),
        ("Will Azerbaijan's investment in Kazakh projects grow next year?", "investment"),
    ],
)
def test_a_forecast_of_investments_offers_investment(
    session: Session, question: str, subject: str
) -> None:
    offered = not_given(session, question, "forecast").lower()
    first = offered.split("\n\n")[3]  # the first passage offered, after its lead
    assert subject in first, offered[:400]


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        # the turnover's forecast: its target, not a passage on investment
        ("вырастет ли товарооборот в следующем году", "миллиард"),
        # investment in the railways: the rail-investment passage, as before
        ("какой прогноз по инвестициям в железную дорогу", "железнодорожную инфраструктуру"),
    ],
)
def test_near_misses_of_an_investment_forecast_keep_their_offer(
    session: Session, question: str, subject: str
) -> None:
    assert subject in not_given(session, question, "forecast").lower()


# --- an amount between named countries ---------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Какой товарооборот у Казахстана с Турцией?",  # plain #38
        "kakoy tovarooborot u Kazahstana s Turciey",
        "rfrjq njdfhjj,jhjn e rfpf[cnfyf c nehwbtq",  # layout
        "а с Турцией у Казахстана какой товарооборот",
    ],
)
def test_an_amount_between_named_countries_offers_the_thing(
    session: Session, question: str
) -> None:
    offered = not_given(session, question, "money").lower()
    first = offered.split("\n\n")[3]
    assert "товарооборот" in first, offered[:400]


@pytest.mark.parametrize(
    ("question", "missing", "subject"),
    [
        # a country's part: the passage naming it first, as before
        ("Какую роль играет Китай в Среднем коридоре", "fact", "китая"),
        # a country's view: the idea naming it
        ("как Турция относится к идее тюркской семёрки", "statement", "турцию"),
    ],
)
def test_near_misses_of_an_amount_between_countries_keep_their_offer(
    session: Session, question: str, missing: str, subject: str
) -> None:
    offered = not_given(session, question, missing).lower()
    assert subject in offered.split("\n\n")[3], offered[:400]


# --- an English preposition names no subject ---------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "How long did the talks between Aliyev and Tokayev last?",  # numbers #36
        "how long did the negotiations between Aliyev and Tokayev go on",
        "For how long did the negotiations between Aliyev and Tokayev go?",
        "how long did talks between aliyev and tokayev last",
    ],
)
def test_a_preposition_does_not_pick_the_offer(session: Session, question: str) -> None:
    offered = not_given(session, question, "duration").lower()
    assert "how the talks went" in offered.split("\n\n")[2], offered[:400]


def test_trade_between_the_countries_is_still_answered(session: Session) -> None:
    question = "How big is trade between Azerbaijan and Kazakhstan now?"
    assert answered_entry(session, question) == "trade-turnover-now"


def test_trade_with_another_country_still_offers_the_turnover(session: Session) -> None:
    offered = not_given(
        session, "What is the trade turnover between Kazakhstan and Turkey?", "money"
    )
    assert "trade turnover" in offered.lower().split("\n\n")[2]


# --- a number asked of a thing ---------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "How many locomotives does the Middle Corridor need?",  # offer35
        "Сколько локомотивов нужно Среднему коридору?",
        "сколько вагонов нужно для Среднего коридора",
        "how many wagons will the Middle Corridor get",
    ],
)
def test_a_number_asked_of_a_thing_offers_the_passage_naming_it(
    session: Session, question: str
) -> None:
    payload = asked_payload(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "quantity")
    assert offered_entries(payload)[0] == "ishmukhamedov-rail-investment", offered_entries(payload)



def test_a_thing_counted_by_its_topic_s_name_offers_that_topic(session: Session) -> None:
    """ "Сколько документов по энергетике подписали": the agreements' passages say
    "соглашений", but are filed under "подписанные документы" — they name the documents
    counted, not Huseynov's passage that alone writes "подписанные документы"."""
    payload = asked_payload(session, "Сколько документов по энергетике подписали?")
    assert (payload["band"], payload["missing"]) == ("not_given", "quantity")
    assert offered_entries(payload)[0] in {"article-agreements", "agreements-count"}


@pytest.mark.parametrize(
    "question",
    ["Какой тоннаж у новых паромов?", "kakoi tonnazh u novyh paromov"],
)
def test_a_measure_akin_to_a_unit_offers_the_thing_measured(
    session: Session, question: str
) -> None:
    payload = asked_payload(session, question)
    assert payload["band"] == "not_given"
    assert offered_entries(payload)[0] == "ishmukhamedov-rail-investment", offered_entries(payload)


def test_a_tonnage_of_freight_is_still_answered(session: Session) -> None:
    assert answered_entry(session, "какой тоннаж перевозок между странами") is not None
