"""Compound questions read part by part, on the real knowledge base.

A question asking two things at once ("сколько стран … и кто седьмой") asks first what its
part before "и" asks — a count is not lost to the person asked after it — and every part must
be stated as that part alone would need it. A count is stated by a number in words ("к шести
странам"), by a format's formula the question names ("5+1"), and a proposal ("логично
добавить") tells what is to come of the thing proposed. A compound question whose second part
the article lacks stays declined, and says which part is missing.
"""

from __future__ import annotations

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, proposes
from bot.language.specifics import leading_part, parted
from tests.support.asking import answered, declined, not_given, question_words


def test_the_part_before_and_is_read_on_its_own() -> None:
    words = question_words("тюркская семёрка: сколько в ней стран и кто седьмой")
    assert leading_part(words) == question_words("тюркская семёрка: сколько в ней стран")
    assert leading_part(question_words("сколько стран в тюркской семёрке")) == ()


def test_a_count_asked_first_is_asked_first(session: Session) -> None:
    query = session.matcher.analyse("тюркская семёрка: сколько в ней стран и кто седьмой")
    assert query.asks[:2] == (AnswerType.QUANTITY, AnswerType.PERSON)
    # both kinds read from the whole already: the order stays
    query = session.matcher.analyse("где и когда пройдёт следующий саммит")
    assert query.asks[0] is AnswerType.DATE


def test_count_and_who_is_added_is_answered(session: Session) -> None:
    for question in (
        "тюркская семёрка: сколько в ней стран и кто седьмой",
        "сколько стран войдёт в тюркскую семёрку и кого к ним добавят",
        "tyurkskaya semerka: skolko v nei stran i kto sedmoi",
    ):
        text = answered(session, question)
        assert "Турци" in text and "шести" in text, question


def test_a_proposal_tells_what_is_to_come_of_the_thing_proposed() -> None:
    assert proposes("к шести странам логично добавить Турцию как союзника")
    assert proposes("эксперт предлагает создать рабочую группу")
    assert not proposes("такая семёрка могла бы представлять собой единый регион")
    assert not proposes("логично, что стороны подписали соглашения")
    # a writer's aside proposes nothing
    assert not proposes("Стоит отметить, что стороны подписали 15 соглашений")
    assert not proposes("Следует добавить, что визит был государственным")


def test_multiple_from_today_and_the_need_in_one_passage(session: Session) -> None:
    # today's figure leads only by "сколько" leaning to figures; the passage giving both
    # figures is about the question as much and gives the multiple to work out
    text = answered(
        session, "во сколько раз должны вырасти жд перевозки, если Казахстану надо 20 млн"
    )
    assert "1,5–2 миллиона тонн" in text and "20 миллионов" in text


def test_a_count_vouched_for_yields_to_the_passage_counting_it(session: Session) -> None:
    text = answered(session, "а сколько стран в тюркской семёрке")
    assert "шести" in text and "Турци" in text


def test_a_formula_the_question_names_counts_the_parties(session: Session) -> None:
    text = answered(session, "сколько стран в формате 5+1 и во что он преобразовался")
    assert "5+1" in text and "«6»" in text
    # no formula named: the countries visited are not counted by "5+1"
    declined(session, "сколько стран Центральной Азии посетил Алиев")


def test_each_part_is_stated_as_asked_alone(session: Session) -> None:
    # the count is given; who signed is not ("стороны подписали" names no signer)
    not_given(session, "сколько соглашений подписали и кто", "person")
    # the seven is only proposed: when it will be set up is a forecast nobody made
    not_given(session, "сколько стран в тюркской семёрке и когда её создадут", "forecast")
    declined(session, "когда и где подписана декларация")
    declined(session, "сколько стран в формате 5+1 и когда он появился")


def test_an_english_adverb_after_how_much_counts_nothing(session: Session) -> None:
    query = session.matcher.analyse("rail freight: how much now and how much does Kazakhstan need?")
    assert query.counted != "now"
    text = answered(session, "rail freight: how much now and how much does Kazakhstan need?")
    assert "1,5–2" in text and "20 миллионов" in text


def test_a_comma_or_a_dash_joins_parts_as_and_does(session: Session) -> None:
    words = list(question_words("тюркская семёрка — сколько стран, кто седьмой?"))
    assert parted(words, "тюркская семёрка — сколько стран, кто седьмой?") == question_words(
        "тюркская семёрка и сколько стран и кто седьмой"
    )
    # a topic first asks nothing: the count after it is the main question
    assert leading_part(question_words("тюркская семёрка и сколько стран и кто седьмой")) == (
        question_words("сколько стран")
    )
    text = answered(session, "тюркская семёрка — сколько в ней стран, кто седьмой?")
    assert "Турци" in text and "шести" in text
    not_given(session, "сколько соглашений подписали, кто их подписал?", "person")
