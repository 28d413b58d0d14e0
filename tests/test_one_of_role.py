"""One of the experts named by what they are ("по словам одного из казахстанских аналитиков",
"according to one of the Kazakh analysts") speaks, as "казахстанский аналитик" does: the one
of them whose words answer. And "which of the commentators …" asks for one of them, whose
passage seldom calls him a commentator: the word is how the question asks, no subject.

"According to the Kazakh expert" names the source: its "to" is no destination of a route
(the passage on freight from China via Kazakhstan answers). An alias that is a role word
("MP") with a country none of that role is from ("the Kazakh MP") names nobody quoted.

Refused still: one of a role of a country nobody quoted is from ("один из российских
экспертов"), one of a role on a subject none of them spoke on, and one talked about ("с одним
из политологов") is no speaker. On the real knowledge base, through the same Session every
transport uses.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered, declined

ISHMUKHAMEDOV = ("aliyev-kazakhstan", "ishmukhamedov")
TUSUPBEKOV = ("aliyev-kazakhstan", "tusupbekov")


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        (
            "Где, по словам одного из казахстанских аналитиков, недавно выступал Токаев?",
            "Габал",
        ),
        (
            "Where, according to one of the Kazakh analysts, had Tokayev spoken shortly before?",
            "Gabala",
        ),
        ("что сказал один из казахстанских экспертов про паромы", "паром"),
        ("что сказал один из экспертов про паромы", "паром"),
    ],
)
def test_one_of_the_role_speaks(session: Session, question: str, evidence: str) -> None:
    assert evidence in answered(session, question)


def test_one_of_several_is_read_as_each_of_them(session: Session) -> None:
    query = session.matcher.analyse("по словам одного из казахстанских аналитиков, где был Токаев")
    assert query.named == frozenset({ISHMUKHAMEDOV, TUSUPBEKOV})
    assert "1" not in {t.lemma for t in query.terms}  # "одного" is no number of the subject


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        (
            "Which of the commentators floated bringing Turkey in to make a 'Turkic seven'?",
            "Ishmukhamedov",
        ),
        ("Which of the commentators called the visit a new stage?", "Huseynov"),
        ("which of the experts proposed adding Turkey to the six?", "Ishmukhamedov"),
    ],
)
def test_which_of_the_commentators_is_answered_by_the_speaker(
    session: Session, question: str, speaker: str
) -> None:
    assert speaker in answered(session, question)


def test_the_commentators_picked_among_are_no_word_of_the_subject(session: Session) -> None:
    query = session.matcher.analyse("Which of the commentators proposed adding Turkey?")
    assert "commentators" not in {t.typed for t in query.terms}


@pytest.mark.parametrize(
    "question",
    [
        "что сказал один из российских экспертов про паромы",
        "What did one of the Turkish analysts say about the corridor?",
        "что сказал один из азербайджанских депутатов про паромы",  # he never spoke on them
        "Что сказал российский эксперт о визите Алиева?",
        "What did the Turkish minister say about the Turkic seven?",
    ],
)
def test_one_of_a_role_nobody_holds_or_on_another_subject_is_refused(
    session: Session, question: str
) -> None:
    declined(session, question)


def test_one_talked_with_is_no_speaker(session: Session) -> None:
    query = session.matcher.analyse("с одним из казахстанских политологов говорили о паромах?")
    assert not query.role_readings


def test_when_a_forecast_comes_is_its_time_foreseen(session: Session) -> None:
    question = (
        "Когда, по прогнозу азербайджанского парламентария, союз Баку и Астаны начнёт "
        "определять расклад в регионе?"
    )
    assert "в ближайшие годы" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "Когда, по прогнозу Гусейнова, Турция войдёт в семёрку?",  # he foresees no such thing
        "Когда, по прогнозу политолога, товарооборот достигнет миллиарда?",  # foreseen, no time
    ],
)
def test_when_of_a_forecast_without_its_time_is_refused(session: Session, question: str) -> None:
    declined(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "How long, according to the Kazakh expert, does freight from China take now?",
        "How long, according to one of the Kazakh experts, does freight from China take now?",
    ],
)
def test_according_to_names_the_source_not_the_route(session: Session, question: str) -> None:
    assert "15–18" in answered(session, question)


def test_a_route_to_the_country_is_still_read(session: Session) -> None:
    declined(
        session,
        "How long, according to the Kazakh analyst, does freight take from China to Kazakhstan?",
    )


@pytest.mark.parametrize(
    "question",
    [
        "According to the Kazakh MP, what is the Trans-Caspian route?",
        "what did the Kazakh MP say about the visit",
        "что сказал казахский парламентарий о маршруте",
    ],
)
def test_a_role_alias_of_another_country_names_nobody(session: Session, question: str) -> None:
    declined(session, question)


@pytest.mark.parametrize(
    "question",
    ["what did the Azerbaijani MP say about the visit", "what did the MP say about energy"],
)
def test_a_role_alias_of_his_country_names_him(session: Session, question: str) -> None:
    assert "Huseynov" in answered(session, question)


def test_which_of_the_experts_belongs_to_a_group_is_his_profile(session: Session) -> None:
    reply = answered(session, "Кто из экспертов входит в межпарламентскую рабочую группу?")
    assert "Гусейнов" in reply


def test_who_belongs_to_a_group_asks_its_roster_still(session: Session) -> None:
    declined(session, "Кто входит в межпарламентскую рабочую группу?")
    declined(session, "Кто из экспертов входит в правительство Казахстана?")


@pytest.mark.parametrize(
    "question",
    [
        "кто из азербайджанских депутатов говорил о паромах",
        "какие азербайджанские депутаты говорили о паромах",
        "which Azerbaijani MPs talked about ferries",
    ],
)
def test_which_of_a_role_spoke_on_what_none_of_them_did_is_refused(
    session: Session, question: str
) -> None:
    declined(session, question)  # not the MP's profile, chosen by his role and country


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("Кто из казахстанских политологов говорил о Габале?", "Тусупбеков"),
        ("какие казахстанские политологи говорили о Габале", "Тусупбеков"),
        ("какие азербайджанские депутаты давали оценки визиту", "Гусейнов"),
    ],
)
def test_which_of_a_role_spoke_is_the_one_who_did(
    session: Session, question: str, speaker: str
) -> None:
    assert speaker in answered(session, question)
