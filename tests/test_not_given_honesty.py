"""Not given, and saying what is missing: details a question asks beside what the article says.

Each case below was once answered with the nearest passage, or told "not given" naming the
wrong kind of fact:

- a sum of money asked by a noun of size heading a noun of money ("what amount of investment
  is required to cut delivery to 7–8 days", "what sum of investment", "how big an
  investment"): the article names investments, never their size — a sum is missing, not a
  length of time (the days are what the money is for);
- an expert asked of, with another named only in a remark after the question ("what did
  Ishmukhamedov think of the declaration? I want to contrast his take with Tusupbekov's"):
  the one asked of never spoke on it — the other's words are offered as his, not given as
  the answer; and so when the scene before the question names the subject and the question
  speaks of it by a pronoun ("Тусупбеков хвалил декларацию. А что о ней сказал
  Ишмухамедов?": not given, Tusupbekov named — no longer "no answer" at all);
- why a thing is absent ("почему до сих пор нет электронной регистрации", "why is there still
  no registration"): the passage telling why it matters gives no cause of its absence;
- what one document holds, asked of it by a pronoun after naming it ("AI agreement, what's in
  it", "соглашение по ИИ — что в нём?") or with the verb of being left out ("что в соглашении
  по ИИ"): its contents, which the passage naming it among fifteen does not give;
- a request to the bot in the imperative its "вы" future shares ("какие страны входят в
  формат 5+1, перечислите", "уточните, …"): no time to come — what is missing is a fact, not
  a forecast;
- which of the things offered, asked in the future ("which energy resources, oil or gas, will
  Kazakhstan route through Azerbaijan"): a fact of the plan the article does not give, as
  its Russian twin's — no forecast, which "will it export oil or gas?" asks;
- what is to come in a year the question names ("how much will trade grow next year", "в
  следующем году"): the billion foreseen for no time is no answer for that year — a forecast
  is missing (a time from now, "через несколько лет", is what "в перспективе" foresees);
- a sum asked by its noun after an English linking verb and article ("what are the tariffs
  on the Middle Corridor", "what are the transit fees"): money, not given;
- a place sharpened after the question by a kind of place the article never names ("where did
  they sign the agreements, in which hall"): not given, as "в каком зале подписали" is — but a
  town is named as a city is ("where did Tokayev speak, which town?": Gabala).

On the real knowledge base, in several input styles; the answerable twins keep their answers.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types, sized_money
from bot.language.contents import contents_holder
from bot.language.morphology import is_future_verb
from tests.support.asking import answered, answered_entry, not_given, question_words


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("What amount of investment is required to reduce delivery time to 7–8 days?", "7–8"),
        ("What level of investment is needed to cut delivery to 7-8 days?", "7–8"),
        ("What sum of investment is needed for the new ferries?", "паром"),
        ("How big an investment is needed in rolling stock?", "подвижной состав"),
        ("How large is the investment in the railways?", "железнодорожную"),
        ("what size of funding do the ferries need", "паром"),
        ("what scale of investment would it take to build the ferries", "паром"),
        # in Russian, the size noun before the money put in, in any case
        ("В каком объёме требуются вложения для сокращения сроков доставки грузов?", "7–8"),
        ("какой размер инвестиций нужен для новых паромов", "паром"),
    ],
)
def test_size_of_money_is_a_sum_not_given(session: Session, question: str, offered: str) -> None:
    assert offered in not_given(session, question, "money")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What amount of cargo does Kazakhstan need to ship by rail?", "rail-volume-needed"),
        ("What amount of trade is there between the countries today?", "trade-turnover-now"),
        ("What level of trade turnover could new projects bring?", "trade-turnover-target"),
    ],
)
def test_size_of_other_things_still_answered(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


def test_size_of_money_read_from_the_head_noun() -> None:
    words = question_words("What amount of investment is required to cut delivery time to 7 days")
    assert sized_money(words)
    assert asked_types(words)[0] is AnswerType.MONEY
    # "what investments": which kinds; "what amount of cargo": a quantity
    assert not sized_money(question_words("What investments are needed to cut delivery time"))
    assert not sized_money(question_words("What amount of cargo does Kazakhstan need"))
    assert not sized_money(question_words("what level of cooperation did they reach"))
    assert sized_money(question_words("в каком объёме требуются вложения"))
    assert not sized_money(question_words("какой объём грузов нужен Казахстану"))
    assert not sized_money(question_words("какие вложения нужны"))


@pytest.mark.parametrize(
    "question",
    [
        "what did Ishmukhamedov think about the peace declaration with Armenia? I want to "
        "contrast his take with Tusupbekov's in my essay",
        "what did Huseynov say about the peace declaration? I'll compare it with what "
        "Tusupbekov said",
        "Что Гусейнов думает о декларации с Арменией? Хочу сравнить с Тусупбековым",
        "Tusupbekov praised the peace declaration. What did Ishmukhamedov think of it?",
    ],
)
def test_expert_asked_of_is_the_one_the_question_names(session: Session, question: str) -> None:
    text = not_given(session, question, "statement")
    assert "Тусупбеков" in text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "What did Tusupbekov think about the peace declaration with Armenia? I want to "
            "contrast his take with Ishmukhamedov's",
            "зрелость и дальновидность",
        ),
        ("Что Тусупбеков сказал о декларации? Сравню с Ишмухамедовым", "зрелость"),
        (
            "what did Ishmukhamedov say about the Middle Corridor? I want to contrast it with "
            "Huseynov's view",
            "Средний коридор",
        ),
        ("Гусейнов говорил про транскаспийский маршрут. Что он сказал?", "Транскаспийский"),
    ],
)
def test_expert_who_spoke_still_answered(session: Session, question: str, expected: str) -> None:
    assert expected in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "почему до сих пор нет электронной регистрации на границе",
        "gjxtve lj cb[ gjh ytn 'ktrnhjyyjq htubcnhfwbb yf uhfybwt",
        "pochemu net elektronnoy registracii na granice",
        "почему отсутствует электронная регистрация",
        "why is there still no electronic registration at the border",
        "why is there no electronic pre-registration for vehicles yet",
    ],
)
def test_why_a_thing_is_absent_not_given(session: Session, question: str) -> None:
    assert "регистрац" in not_given(session, question, "reason")


@pytest.mark.parametrize(
    "question",
    [
        "почему важна электронная регистрация на границе",
        "зачем нужна электронная регистрация машин",
        "why does electronic registration matter",
        "почему семь а нет шесть",
    ],
)
def test_why_of_what_is_there_still_answered(session: Session, question: str) -> None:
    answered(session, question)


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("AI agreement, what's in it", "artificial intelligence"),
        ("AI agreement - what does it say?", "artificial intelligence"),
        ("the AI deal: what does it contain?", "artificial intelligence"),
        ("что в соглашении по ИИ", "искусственном интеллекте"),
        ("Соглашение по ИИ — что в нём?", "искусственном интеллекте"),
        ("декларация с арменией, что в ней?", "деклараци"),
    ],
)
def test_contents_asked_of_a_document_not_given(
    session: Session, question: str, offered: str
) -> None:
    assert offered in not_given(session, question, "fact")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which agreements were signed", "artificial intelligence"),
        ("AI agreement — was it signed?", "artificial intelligence"),
        ("соглашение по ИИ подписали?", "искусственном интеллекте"),
        ("что подписали в Астане", "15"),
        ("Tusupbekov on the declaration, what did he say about it", "maturity"),
    ],
)
def test_documents_named_still_answered(session: Session, question: str, expected: str) -> None:
    assert expected in answered(session, question)


def test_document_referred_back_by_a_pronoun() -> None:
    assert contents_holder(question_words("AI agreement, what's in it")) == "agreement"
    assert contents_holder(question_words("Соглашение по ИИ — что в нём?")) == "соглашение"
    assert contents_holder(question_words("что в соглашении по ИИ")) == "соглашении"
    # no document, "в плане" of a subject, several documents, no pronoun asking of it
    assert contents_holder(question_words("что в Астане подписали")) is None
    assert contents_holder(question_words("что в плане логистики")) is None
    assert contents_holder(question_words("что в соглашениях")) is None
    assert contents_holder(question_words("AI agreement, what is it about")) is None


@pytest.mark.parametrize(
    "question",
    [
        "5+1 formatda kakiye strany vhodyat, perechislite pojaluysta",
        "перечислите, какие страны входят в формат 5+1 кроме Азербайджана",
    ],
)
def test_request_in_the_imperative_asks_no_forecast(session: Session, question: str) -> None:
    assert "5+1" in not_given(session, question, "fact")


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("какие страны войдут в формат 6?", "forecast"),
        ("какие страны вступят в тюркскую семерку, перечислите", "forecast"),
        ("когда вы откроете коридор", "date"),
    ],
)
def test_a_time_to_come_still_read(session: Session, question: str, missing: str) -> None:
    not_given(session, question, missing)


def test_imperative_is_no_future() -> None:
    assert not is_future_verb("перечислите")
    assert not is_future_verb("уточните")
    assert is_future_verb("войдёт")
    assert is_future_verb("откроете")  # no imperative shares it


@pytest.mark.parametrize(
    "question",
    [
        "Which specific energy resources, oil or gas, will Kazakhstan be routing through "
        "Azerbaijan?",
        "which energy will Kazakhstan export through Azerbaijan — oil or gas?",
        "what will Kazakhstan ship via Azerbaijan, oil or gas?",
        "kakie energoresursy budet eksportirovat kazahstan cherez azerbaidzhan, neft ili gaz",
    ],
)
def test_which_of_the_offered_is_a_fact(session: Session, question: str) -> None:
    assert "энергоресурс" in not_given(session, question, "fact")


@pytest.mark.parametrize(
    "question",
    [
        "Will Kazakhstan export oil or gas through Azerbaijan?",
        "Which countries will join the Turkic seven?",
        "what is the forecast: will exports be oil or gas?",
    ],
)
def test_whether_it_will_happen_is_a_forecast(session: Session, question: str) -> None:
    not_given(session, question, "forecast")


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("how much will trade grow next year", "миллиард"),
        ("насколько вырастет товарооборот в следующем году", "миллиард"),
        # the forecast the article makes of the turnover (1 billion) offered first
        ("what will trade turnover be next year", "trade turnover"),
        ("каким будет товарооборот в следующем году", "товарооборот"),
    ],
)
def test_a_time_ahead_no_passage_foresees(session: Session, question: str, offered: str) -> None:
    assert offered in not_given(session, question, "forecast")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much will trade grow", "одного миллиарда долларов"),
        ("насколько может вырасти товарооборот", "1 миллиард"),
        ("Каким будет товарооборот через несколько лет?", "миллиард"),
        ("сколько тонн в год готов обеспечить Азербайджан", "5–7"),
    ],
)
def test_growth_for_no_time_still_answered(session: Session, question: str, expected: str) -> None:
    assert expected in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "what are the tariffs on the Middle Corridor",
        "what are the transit fees for cargo through Azerbaijan",
        "what's the tariff for the ferry crossing",
    ],
)
def test_sum_by_its_noun_in_english_not_given(session: Session, question: str) -> None:
    not_given(session, question, "money")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what is the trade turnover now", "trade-turnover-now"),
        ("what was the annual turnover", "trade-turnover-now"),
        ("what is the turnover target", "trade-turnover-target"),
    ],
)
def test_sum_the_article_gives_still_answered(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        "where did Tokayev and Aliyev sign the agreements, in which hall",
        "where exactly were the agreements signed, which building",
        "where was Aliyev welcomed, in which palace",
    ],
)
def test_place_sharpened_after_the_question_not_given(session: Session, question: str) -> None:
    not_given(session, question, "place")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("where were the agreements signed", "Astana"),
        ("where did Tokayev speak, which town?", "Gabala"),
        ("in which town did Tokayev speak", "Gabala"),
        ("Middle Corridor = which route exactly?", "Trans-Caspian"),
        (
            "Tusupbekov mentions Tokaev speaking somewhere in Azerbaijan recently. Which town?",
            "Gabala",
        ),
    ],
)
def test_place_the_article_gives_still_answered(
    session: Session, question: str, expected: str
) -> None:
    assert expected in answered(session, question)


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("Тусупбеков хвалил декларацию. А что о ней сказал Ишмухамедов?", "Тусупбеков"),
        (
            "Гусейнов говорил про транскаспийский маршрут. А что о нём думает Тусупбеков?",
            "Гусейнов",
        ),
        ("Ишмухамедов предложил тюркскую семерку. Что об этом сказал Гусейнов?", "Ишмухамедов"),
        ("Ишмухамедов говорил о товарообороте. А что говорит Гусейнов?", "Ишмухамедов"),
    ],
)
def test_subject_of_the_scene_by_a_pronoun(session: Session, question: str, who: str) -> None:
    text = not_given(session, question, "statement")
    assert "в статье об этом не говорит" in text
    assert who in text.split("Об этом говорит", 1)[1][:40]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Гусейнов говорил про транскаспийский маршрут. Что он сказал?", "Особое значение"),
        ("Тусупбеков хвалил декларацию. Что именно он сказал?", "зрелость"),
    ],
)
def test_the_scenes_own_speaker_still_answered(
    session: Session, question: str, expected: str
) -> None:
    assert expected in answered(session, question)
