"""A student's chat, a press officer's clipped requests and a pensioner's retellings, on the
real knowledge base: how people talk must not sink what they ask.

- a length of time asked by "сколько (сейчас) по времени едет", or by the unit wanted ("…, в
  днях если"), is a duration, not a count;
- a request closing a question ("…, не подскажете?") is no negation and no word of it;
- the chat's "типа"/"типо" ("ну типо идут нормально или нет") is a filler, the noun "какого
  типа" is not;
- "что даст X, … или шире?": a comparative read as a village ("Шира") names no beneficiary;
- a post put up is a "запись", a "твит", and "отозвался о" asks a view of it;
- a transliterated adjective's "-ий" typed "ii" ("tekushii", "poslednii");
- "Во сколько обойдутся паромы. В статье об этом что-нибудь говорится?": the closing question
  only asks whether the text tells what the sentence before asks;
- "численность группы" counts its members; "станет ли дешевле" asks a price, which a passage
  on the delivery time does not give;
- "паромы хотят строить" (or "строть", a letter left out): the briefing's "строительство",
  and "чтоб" names nothing.

Every question here was written for these tests; none is an evaluation item.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types, giving_beneficiary
from bot.language.fillers import filler_positions, without_request
from bot.language.preambles import question_start
from tests.support.asking import answered, declined, not_given, question_words


@pytest.mark.parametrize(
    "question",
    [
        "короче сколько сейчас по времени идёт груз из китая в азербайджан",
        "сколько едет груз из китая в азербайджан, в днях если",
        "груз из китая до азербайджана идёт сколько, в сутках",
    ],
)
def test_time_asked_by_its_unit_or_after_an_adverb(session: Session, question: str) -> None:
    assert AnswerType.DURATION in asked_types(question_words(question))
    assert "15–18" in answered(session, question)


def test_a_rate_per_year_still_counts() -> None:
    assert asked_types(question_words("сколько тонн в год перевозят по железной дороге")) == (
        AnswerType.QUANTITY,
    )


def test_a_closing_request_is_no_negation(session: Session) -> None:
    question = "Эксперт упоминал священное число тюрков. Какое это число, не подскажете?"
    assert "семь" in answered(session, question)
    assert without_request(["какое", "это", "число", "не", "подскажете"]) == [
        "какое",
        "это",
        "число",
    ]
    # a verb of saying of someone else's closes no request
    assert without_request(["что", "ишмухамедов", "может", "сказать"]) == [
        "что",
        "ишмухамедов",
        "может",
        "сказать",
    ]


def test_chat_like_is_a_filler_and_the_noun_type_is_not(session: Session) -> None:
    assert filler_positions(["ну", "типо", "идут", "нормально", "или", "нет"]) == {1}
    assert filler_positions(["соглашения", "какого", "типа", "подписали"]) == frozenset()
    question = "как тусупбеков прокомментировал переговоры, ну типо идут нормально или нет?"
    assert "позитивном ключе" in answered(session, question)


def test_a_comparative_names_no_beneficiary(session: Session) -> None:
    assert (
        giving_beneficiary(question_words("что даст коридор, торговля вырастет или шире")) is None
    )
    assert giving_beneficiary(question_words("что даст визит Казахстану")) == "казахстан"
    question = "средний коридор в перспективе что даст, типа только для двух стран или шире?"
    assert "Евразией" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "Как Ишмухамедов отозвался о записи Гаджиева?",
        "как политолог отозвался о твите помощника Алиева про «6»?",
    ],
)
def test_a_post_called_a_record(session: Session, question: str) -> None:
    assert "долгожданный" in answered(session, question)


def test_another_expert_on_the_post_is_still_not_given(session: Session) -> None:
    not_given(session, "как Тусупбеков отозвался о записи Гаджиева", "statement")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("chto skazal ishmuhamedov pro tekushii tovarooborot", "400–500"),
        ("kakoi tekushii tovarooborot mezhdu stranami", "400–500"),
    ],
)
def test_translit_adjective_ending(session: Session, question: str, expected: str) -> None:
    assert expected in answered(session, question)


def test_asking_whether_the_text_tells_it(session: Session) -> None:
    text = "Мне интересно, во сколько обойдутся новые паромы. В статье об этом что-нибудь есть?"
    assert question_start(text) == 0  # the whole message is the question
    # a real question after a scene still opens after it
    assert question_start("Я читал про визит. Когда Алиев прилетел?") > 0
    not_given(session, text, "money")
    told = "Меня интересует срок доставки из Китая. В статье об этом что-нибудь говорится?"
    assert "15–18" in answered(session, told)


def test_a_headcount_is_a_count(session: Session) -> None:
    not_given(session, "Численность межпарламентской рабочей группы?", "quantity")
    assert "рабочей группы" in answered(session, "в какой рабочей группе состоит Гусейнов")


def test_cheaper_asks_a_price(session: Session) -> None:
    declined(session, "станет ли доставка грузов из Китая дешевле?")
    declined(session, "подорожает ли перевозка грузов из Китая?")
    assert "7–8" in answered(session, "станет ли доставка грузов из Китая быстрее?")


def test_the_experts_asked_are_no_topic_of_the_offer(session: Session) -> None:
    question = (
        "Я читал, что доставку грузов из Китая можно ускорить вдвое. А станет ли она "
        "дешевле, эксперты что-нибудь прогнозируют?"
    )
    assert "дней" in not_given(session, question, "forecast")  # the delivery time offered


@pytest.mark.parametrize(
    "question",
    [
        "через какое море хотят строить новые паромы, чтоб грузы возить?",
        "через какое море паромы новые строть хотят чтоб грузы возить?",
    ],
)
def test_building_is_the_briefings_construction(session: Session, question: str) -> None:
    assert "Каспий" in answered(session, question)


def test_the_part_asking_of_an_unknown_thing_is_what_is_missing(session: Session) -> None:
    not_given(session, "когда и на каком заводе будут строить новые локомотивы?", "place")
    not_given(session, "когда будут строить новые паромы?", "date")
