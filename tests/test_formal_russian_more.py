"""Officialese and hedges (``bot.language.officialese``): a news anchor's formal Russian and a
diplomat's English ask what the plain question asks.

"на сегодняшний день … в долларовом выражении", "в обозримой перспективе", "насколько
известно", "в ходе … пребывания", "казахстанская экспертиза", "сколько в пути груз",
"formally speaking … merely": each set phrase is read as its plain words (or dropped), so
the passage answering the plain question answers the formal one. Each case holds the
question of the eval set, paraphrases of it, and near misses that keep their behaviour:
a hedge around a question the article does not answer leaves it unanswered, an
"экспертиза" that is an examination is no expert, a price "на сегодняшний день" stays a
price not given.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.officialese import plain_officialese
from bot.language.text import tokens
from tests.support.asking import answered, declined, not_given


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("каков на сегодняшний день товарооборот", "каков сегодня товарооборот"),
        ("объем в долларовом выражении", "объем в долларах"),
        ("товарооборот в денежном эквиваленте", "товарооборот в деньгах"),
        ("товарооборот в долларовом исчислении", "товарооборот в долларах"),
        ("объем торговли в стоимостном исчислении", "объем торговли"),
        ("затрагивалась ли насколько известно тема", "затрагивалась ли тема"),
        ("где выступал токаев в ходе пребывания", "где выступал токаев во время визита"),
        ("как казахстанская экспертиза оценила", "как казахстанская эксперты оценила"),
        ("какая экспертиза проводилась", "какая экспертиза проводилась"),
        ("formally speaking was it merely a working visit", "was it a working visit"),
        ("сколько в пути груз", "сколько идет груз"),
        ("насколько известно", "насколько известно"),  # the whole question: kept
    ],
)
def test_officialese_read_as_plain_words(typed: str, plain: str) -> None:
    assert plain_officialese(tokens(typed)) == tokens(plain)


# (question, the string the answer must hold): the eval question first, then paraphrases
ANSWERED = [
    # a forecast "в обозримой перспективе", hedged "насколько мне известно"
    (
        "Какое будущее, по мнению Гусейнова, ожидает азербайджано-казахстанские отношения "
        "в обозримой перспективе?",
        "региональные реалии",
    ),
    (
        "Что, насколько мне известно, ожидает отношения Азербайджана и Казахстана в обозримом "
        "будущем по оценке Гусейнова?",
        "региональные реалии",
    ),
    (
        "Каким Гусейнов видит союз Азербайджана и Казахстана в среднесрочной перспективе?",
        "региональные реалии",
    ),
    # a topic "затрагивалась ли …, насколько известно"
    ("Затрагивалась ли в ходе переговоров, насколько известно, тема Зангезура?", "Зангезур"),
    ("Обсуждался ли, насколько я понимаю, на переговорах Зангезурский коридор?", "Зангезур"),
    ("Was the Zangezur corridor discussed at the talks, as far as is known?", "Зангезур"),
    # the same amount "в денежном эквиваленте", "в долларовом исчислении"
    ("Какой товарооборот в денежном эквиваленте?", "400–500 миллионов долларов"),
    ("Каков товарооборот в долларовом исчислении?", "400–500 миллионов долларов"),
    # an amount "на сегодняшний день … в долларовом выражении"
    (
        "Каков на сегодняшний день годовой объём товарооборота между нашими странами "
        "в долларовом выражении?",
        "400–500 миллионов долларов",
    ),
    (
        "Каков на текущий момент товарооборот между Азербайджаном и Казахстаном в долларовом "
        "эквиваленте?",
        "400–500 миллионов долларов",
    ),
    (
        "Каков в настоящее время объём торговли двух стран в долларовом выражении?",
        "400–500 миллионов долларов",
    ),
    # a stay: the visit, "в ходе": during
    (
        "Где именно выступал Токаев в ходе своего недавнего пребывания в Азербайджане?",
        "Габале",
    ),
    ("Где выступал Токаев во время пребывания в Азербайджане?", "Габале"),
    (
        "Где именно выступал президент Казахстана в ходе своего пребывания в Азербайджане?",
        "Габале",
    ),
    ("Где Токаев выступал во время своего пребывания в Азербайджане?", "Габале"),
    # "в пути": how long the goods go
    ("Сколько сейчас в пути груз из Китая до нас транзитом через Казахстан?", "15–18 дней"),
    ("Сколько дней в пути грузы из Китая в Азербайджан через Казахстан?", "15–18 дней"),
    ("Сколько на сегодняшний день в пути товары из Китая через Казахстан?", "15–18 дней"),
    # a diplomat's hedges: "formally speaking", "merely", "if I am not mistaken"
    ("Formally speaking, was this a state visit or merely a working one?", "государственным"),
    ("Strictly speaking, was it a state visit or a working one?", "государственным"),
    ("If I am not mistaken, was the visit a state one?", "государственным"),
    (
        "Technically speaking, was Aliyev's trip a state visit or merely a working visit?",
        "государственным",
    ),
    # "казахстанская экспертиза", "экспертное сообщество": the experts
    ("как казахстанская экспертиза в целом охарактеризовала визит?", "вовремя состоявшееся"),
    ("Как экспертное сообщество Казахстана оценило визит?", "вовремя состоявшееся"),
]


@pytest.mark.parametrize(("question", "expected"), ANSWERED)
def test_formal_question_answered(session: Session, question: str, expected: str) -> None:
    assert expected in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "Насколько известно, что сказал Эрдоган?",
        "What did Putin say, if I understand correctly?",
        "Сколько стоит паром в долларовом выражении?",
        "Что в целом думает Эрдоган о визите?",
        "Was it merely a working visit, formally speaking, for Erdogan?",
    ],
)
def test_hedged_question_the_article_does_not_answer_stays_declined(
    session: Session, question: str
) -> None:
    declined(session, question)


def test_a_price_today_stays_a_price_not_given(session: Session) -> None:
    """The phrase "на сегодняшний день" reads as "сегодня", not "сейчас" (a price "сейчас"
    is read as a change over time, and the price not given would no longer be said)."""
    not_given(session, "Сколько на сегодняшний день стоит паром?", "money")


def test_an_examination_is_no_expert(session: Session) -> None:
    """A question "какая экспертиза проводилась" asks of an examination: no expert answers it."""
    not_given(session, "Какая экспертиза проводилась перед подписанием соглашений?", "fact")


def test_a_stay_of_one_the_article_never_names_stays_not_given(session: Session) -> None:
    """A stay, "пребывание Эрдогана", reads as his visit: still no passage of him."""
    assert "Эрдогана" in not_given(
        session, "Что говорится о пребывании Эрдогана в Азербайджане?", "statement"
    )
