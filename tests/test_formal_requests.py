"""Officialese prepositions, formal request frames and generic nouns: a news desk's formal
Russian asks what the plain question asks, and a word naming only the kind of answer is no
thing the article fails to mention.

* officialese prepositions (``bot.language.officialese``): "по линии X", "в части X", "на
  предмет X" are "по X", "о X"; a state's formal title ("Республика Казахстан", "Российская
  Федерация") is its name; a currency's country ("в долларах США", "in US dollars", "в
  российских рублях") names a unit of money, not a country the article never mentions;
  "разместил публикацию" is "опубликовал";
* request frames (``bot.language.deference``, ``bot.language.asides``): "Необходимо указать
  …", "Прошу указать …", "Просьба уточнить …" open the question as "Прошу сообщить" does; "…,
  чтобы корректно представить его в эфире" is what the asker will do with the answer;
* generic nouns (``GENERIC_DETAILS``): "какие инициативы", "на какой площадке" ask what and
  where, as "какие меры", "на какой платформе" do — no "В статье не упоминается «…»";
* "какие конкретные меры по X" is answered by the passage on X giving its particulars ("В
  частности, речь шла о …"), though the article never says "меры";
* "за какое количество суток" asks a count as "за сколько суток" does, no description.

Near misses keep their refusal: a price, a venue, another country's position the article
does not give stay unanswered. On the real knowledge base, through the same Session every
transport uses.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.officialese import plain_officialese
from bot.language.text import tokens
from tests.support.asking import answered, answered_entry, declined, not_given


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("какие меры по линии мид", "какие меры по мид"),
        ("что в части сроков транзита", "что сроков транзита"),
        ("дата прибытия в республику казахстан", "дата прибытия в казахстан"),
        # the adjective before its title is the state, in the title's case
        ("позиция азербайджанской республики", "позиция азербайджана"),
        ("дополнить формат турецкой республикой", "дополнить формат турцией"),
        ("позиция российской федерации", "позиция россии"),
        ("товарооборот в долларах сша", "товарооборот в долларах"),
        ("товарооборот в российских рублях", "товарооборот в рублях"),
        ("trade in us dollars", "trade in dollars"),
        ("где гаджиев разместил свою публикацию", "где гаджиев опубликовал публикацию"),
        # kept: a republic asked of, a placing of no writing, the country alone
        ("в какой республике", "в какой республике"),
        ("где разместили производство", "где разместили производство"),
        ("позиция сша", "позиция сша"),
    ],
)
def test_officialese_read_as_plain_words(typed: str, plain: str) -> None:
    assert plain_officialese(tokens(typed)) == tokens(plain)


# The academic's "применительно к X" and the report's "в рамках вопроса о X": the asker's
# scaffolding around the subject, read as the plain preposition (or none) before it.
@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        (
            "как тусупбеков оценил уровень визита применительно к значимости отношений",
            "как тусупбеков оценил уровень визита значимости отношений",
        ),
        (
            "что обсуждалось в рамках вопроса о дополнительных инвестициях",
            "что обсуждалось о дополнительных инвестициях",
        ),
        # kept: "в рамках" of a thing other than a question
        ("что подписали в рамках визита", "что подписали в рамках визита"),
    ],
)
def test_academic_prepositions_read_as_plain_words(typed: str, plain: str) -> None:
    assert plain_officialese(tokens(typed)) == tokens(plain)


# (question, the entry answering it): the eval question first, then paraphrases
ANSWERED = [
    # "Необходимо указать …", "Республика Казахстан", "Главы государства"
    (
        "Необходимо указать точную дату прибытия азербайджанского лидера в Республику "
        "Казахстан по приглашению Главы государства.",
        "visit-date",
    ),
    ("Прошу указать, когда президент Азербайджана прибыл в Республику Казахстан.", "visit-date"),
    ("Необходимо уточнить дату визита Алиева в Республику Казахстан.", "visit-date"),
    ("Просьба указать дату прибытия Ильхама Алиева в Казахстан.", "visit-date"),
    # a currency's country: "в долларах США"
    (
        "Прошу указать годовой показатель взаимной торговли в долларах США, который "
        "политолог считает недостаточным.",
        "ishmukhamedov-trade",
    ),
    ("Каков годовой товарооборот в долларах США?", "trade-turnover-now"),
    ("Какой сейчас объём торговли между странами в американских долларах?", "trade-turnover-now"),
    ("What is the annual trade turnover in US dollars?", "trade-turnover-now"),
    # "по линии", "в части"; "какие конкретные меры по X"
    (
        "Какие конкретные меры по линии железнодорожной инфраструктуры, по словам эксперта, "
        "обсуждались сторонами?",
        "ishmukhamedov-rail-investment",
    ),
    (
        "Какие меры по линии железнодорожной инфраструктуры обсуждались?",
        "ishmukhamedov-rail-investment",
    ),
    ("Что обсуждалось в части железнодорожной инфраструктуры?", "ishmukhamedov-rail-investment"),
    (
        "Какие именно меры по железнодорожной инфраструктуре обсуждались?",
        "ishmukhamedov-rail-investment",
    ),
    # "на какой площадке", "разместил публикацию"
    (
        "На какой площадке помощник президента Азербайджана Гаджиев разместил свою "
        "публикацию о формуле «5+1»?",
        "hajiyev-five-plus-one",
    ),
    ("Где Гаджиев разместил пост о формуле 5+1?", "hajiyev-five-plus-one"),
    ("На какой площадке Гаджиев написал о формуле 5+1?", "hajiyev-five-plus-one"),
    ("В какой соцсети Хикмет Гаджиев разместил свою запись про 5+1?", "hajiyev-five-plus-one"),
    # "В части сроков …: за какое количество суток …"
    (
        "В части сроков транзита: за какое количество суток на сегодняшний день груз из "
        "Китая доходит до Азербайджана через нашу территорию?",
        "delivery-time-now",
    ),
    (
        "За какое количество дней груз из Китая доходит до Азербайджана через Казахстан?",
        "delivery-time-now",
    ),
    ("В части сроков доставки: сколько дней сейчас идёт груз из Китая?", "delivery-time-now"),
    (
        "За какое количество суток сейчас доходит груз из Китая через нашу страну?",
        "delivery-time-now",
    ),
    # "Прошу уточнить …, чтобы корректно представить его в эфире"
    (
        "Прошу уточнить должность Айдына Гусейнова, чтобы корректно представить его в эфире.",
        "expert:huseynov",
    ),
    (
        "Уточните, пожалуйста, должность Гусейнова, чтобы правильно представить его зрителям.",
        "expert:huseynov",
    ),
    ("Необходимо указать должность Айдына Гусейнова.", "expert:huseynov"),
    (
        "Прошу указать, кто такой Айдын Гусейнов, чтобы корректно назвать его в эфире.",
        "expert:huseynov",
    ),
    # "какие инициативы": what was proposed, as "какие меры"
    ("какие иннициативы по автоперевозкам через границу", "ishmukhamedov-road"),
    ("какие инициативы по автомобильным перевозкам предлагал Ишмухамедов", "ishmukhamedov-road"),
    ("Какие инициативы по упрощению автоперевозок предлагает эксперт?", "ishmukhamedov-road"),
]


@pytest.mark.parametrize(("question", "entry"), ANSWERED)
def test_formal_request_answered(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        "Прошу указать стоимость паромной переправы",
        "На какой площадке пройдёт следующий саммит ОТГ?",
        "Необходимо указать позицию Российской Федерации по визиту",
        "Прошу указать, в каком году состоится следующий визит в Республику Казахстан",
        "Какие меры по линии Министерства обороны обсуждались?",
        "Сколько стоит доставка контейнера в долларах США?",
        "Где Гаджиев разместил производство?",
    ],
)
def test_formal_request_the_article_does_not_answer_stays_declined(
    session: Session, question: str
) -> None:
    declined(session, question)


def test_a_currency_s_country_is_no_country_unmentioned(session: Session) -> None:
    """A price "в долларах США" is a sum not given — not the United States unmentioned."""
    text = not_given(session, "Сколько стоит доставка контейнера в долларах США?", "money")
    assert "США" not in text


def test_a_state_s_formal_name_is_still_that_state(session: Session) -> None:
    """ "Российская Федерация" is Russia, whose position the article does not give."""
    text = not_given(
        session, "Необходимо указать позицию Российской Федерации по визиту", "statement"
    )
    assert "России" in text


def test_generic_nouns_are_no_thing_unmentioned(session: Session) -> None:
    """ "по линии", "площадка", "инициатива": no "В статье не упоминается" on such words."""
    for question in (
        "Какие конкретные меры по линии железнодорожной инфраструктуры обсуждались сторонами?",
        "На какой площадке Гаджиев разместил публикацию о формуле 5+1?",
        "какие инициативы по автоперевозкам через границу",
    ):
        assert "не упоминается" not in answered(session, question)
