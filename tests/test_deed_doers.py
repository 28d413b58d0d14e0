"""A question naming the doer of a deed is answered only where that person did it.

"В какой соцсети Ишмухамедов опубликовал пост?" matched the passage "Ишмухамедов также
прокомментировал публикацию … Хикмета Гаджиева в социальной сети X" on nearly every word,
and answered "X": but the post is Hajiyev's, Ishmukhamedov only commented on it. A passage
telling the deed as somebody else's only ("публикацию … Гаджиева", "президент Токаев
выступал в Габале") says nothing of the deed of the person asked: not given, that passage
offered (it says who did). The same question of its doer, or of another deed he did there
("чей пост прокомментировал Ишмухамедов"), is still answered.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.doers import deeds_told, done_by_others, english_deeds_told, spelling
from bot.matching.query import looks_like_person
from tests.support.asking import answered, not_given

_POSTED = (
    "Ишмухамедов также прокомментировал публикацию помощника президента Азербайджана "
    "Хикмета Гаджиева в социальной сети X, где тот отметил значимость визитов Ильхама Алиева"
)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("В какой соцсети Ишмухамедов опубликовал пост?", "place"),
        ("В какой соцсети Алиев выложил пост?", "place"),
        ("Ишмухамедов где опубликовал свой пост", "place"),
        ("в какой сети публиковал пост Ишмухамедов", "place"),
        ("Где Токаев выложил пост про 5+1?", "place"),
        ("где выступал Алиев", "place"),
        ("чей пост прокомментировал Гаджиев", "person"),
        ("Where did Ishmukhamedov post?", "place"),
        ("Where did Aliyev speak?", "place"),
    ],
)
def test_another_persons_deed_is_not_his(session: Session, question: str, missing: str) -> None:
    text = not_given(session, question, missing)
    assert "Гаджиев" in text or "Токаев" in text or "Hajiyev" in text or "Tokayev" in text


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("В какой соцсети Гаджиев выложил пост", "сети X"),
        ("Где Гаджиев опубликовал пост?", "сети X"),
        ("в какой соцсети выложил пост Гаджиев", "сети X"),
        ("чей пост прокомментировал Ишмухамедов", "Гаджиева"),
        ("где выступал Токаев", "Габал"),
        ("куда прибыл Алиев", "Казахстан"),
        ("Where did Hajiyev post?", " X"),
        ("Where did Tokayev speak?", "Gabala"),
        ("Where did Aliyev's aide post?", " X"),
        ("Who invited Aliyev?", "Tokayev"),
        ("What did Ishmukhamedov say about Hajiyev's post?", "Ishmukhamedov"),
        ("whose post on X did Ishmukhamedov comment on?", "Hajiyev"),
    ],
)
def test_the_doers_own_deed_still_answers(session: Session, question: str, quoted: str) -> None:
    assert quoted in answered(session, question)


def test_who_did_the_deed_in_a_sentence() -> None:
    assert [t.doers for t in deeds_told(_POSTED, "опубликовать")] == [frozenset({"гаджиев"})]
    assert [t.doers for t in deeds_told(_POSTED, "прокомментировать")] == [
        frozenset({"ишмухамедов"})
    ]
    arrived = (
        "20 октября по приглашению президента Касым-Жомарта Токаева президент Азербайджана "
        "Ильхам Алиев прибыл с государственным визитом в Казахстан."
    )
    assert [t.doers for t in deeds_told(arrived, "пригласить")] == [frozenset({"токаев"})]
    assert [t.doers for t in deeds_told(arrived, "прибыть")] == [frozenset({"алиев"})]


def test_nobody_named_denies_nobody() -> None:
    """ "Стороны подписали": who signed is not said, so nobody asked is told he did not."""
    signed = ("Стороны подписали 15 соглашений.",)
    assert not done_by_others(signed, "подписать", frozenset({"алиев"}))
    assert not done_by_others(("Визит прошёл в Астане.",), "подписать", frozenset({"алиев"}))


def test_english_subject_and_owner() -> None:
    lead = (
        "Hikmet Hajiyev, aide to the President of Azerbaijan, wrote this on X; "
        "Ishmukhamedov commented on the post."
    )
    told = english_deeds_told(lead, 0, looks_like_person)
    assert [t.doers for t in told] == [frozenset({"hajiyev"})]
    summary = "The post of Hikmet Hajiyev, aide to the President of Azerbaijan, on X"
    assert [t.doers for t in english_deeds_told(summary, 0, looks_like_person)] == [
        frozenset({"hajiyev"})
    ]


@pytest.mark.parametrize(
    "question", ["где встречались Алиев и Токаев", "в каком городе встретились Алиев и Токаев"]
)
def test_a_meeting_is_not_where_one_of_them_spoke(session: Session, question: str) -> None:
    """Tokayev spoke in Gabala: no meeting of the two there. The passage telling the visit's
    meeting ("Торжественная встреча в Астане") answers."""
    text = answered(session, question)
    assert "Астан" in text
    assert "Габал" not in text


def test_elsewhere_only_suggested(session: Session) -> None:
    """ "Where did Aliyev and Tokayev meet": Tokayev in Gabala is only offered."""
    reply = session.ask("where did Aliyev and Tokayev meet")
    assert not reply.answered
    assert reply.kind != "not_given"


@pytest.mark.parametrize(
    "question", ["where did the two presidents meet", "where did the leaders meet"]
)
def test_a_meeting_whoever_met_is_not_where_somebody_spoke(session: Session, question: str) -> None:
    """Nobody named: the Gabala passage tells no meeting, only where Tokayev spoke."""
    reply = session.ask(question)
    assert not reply.answered, reply.entry


def test_a_place_the_deed_is_told_in_still_answers(session: Session) -> None:
    assert "Астан" in answered(session, "где встречались президенты")


@pytest.mark.parametrize(
    "question",
    [
        "How did Ishmukhamedov react to Hajiyev's post about tariffs?",
        "Как Ишмухамедов отреагировал на пост Гаджиева о тарифах?",
        "Как Ишмухамедов отреагировал на пост Гаджиева про пошлины?",
    ],
)
def test_a_reaction_to_an_idea_on_what_it_is_not_about(session: Session, question: str) -> None:
    """The post is on the 5+1 format, not on tariffs: his reaction to it is no answer."""
    reply = session.ask(question)
    assert reply.kind == "not_given", (reply.kind, reply.entry)


@pytest.mark.parametrize(
    "question",
    [
        "Как Ишмухамедов отреагировал на пост Гаджиева?",
        "How did Ishmukhamedov react to Hajiyev's post about the 5+1 format?",
        "как Ишмухамедов отнесся к посту Гаджиева о визитах Алиева",
        "On which social network did Gadzhiev publish his remark about the 5+1 format?",
    ],
)
def test_a_reaction_to_the_idea_as_it_is_still_answers(session: Session, question: str) -> None:
    answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        # writing on a network is publishing there: Tokayev published nothing the article tells
        "что написал Токаев в соцсети",
        "что Алиев написал в твиттере",
        "что написал Ишмухамедов в соцсети",
    ],
)
def test_what_one_wrote_on_a_network_is_his_publication(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert not reply.answered, (reply.kind, reply.entry)


@pytest.mark.parametrize(
    "question",
    ["что написал Гаджиев в соцсети", "что написал Гаджиев", "в какой соцсети написал Гаджиев"],
)
def test_what_the_poster_wrote_is_still_his_post(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == ("answer", "hajiyev-five-plus-one"), (
        reply.kind,
        reply.entry,
    )


@pytest.mark.parametrize(
    "question",
    # a reader's romanisation of the poster's name is still the poster (the full run caught
    # "Gajiyev" read as somebody else once the doer of a deed was checked)
    [
        "what did Gajiyev write on X?",
        "what did Hajiev post on X",
        "what did Gadzhiev write",
        # "dz" for «дж» as "dzh" and "j" stand for it
        "what did Gadziev post",
        "what did Gadziev write",
        "what did Gadziev post on X",
    ],
)
def test_the_poster_romanised_another_way_is_still_the_poster(
    session: Session, question: str
) -> None:
    assert session.ask(question).entry == "hajiyev-five-plus-one"


@pytest.mark.parametrize(
    "question",
    # a name a letter apart from no doer is no doer: short names are never stretched
    ["what did Aliev write on X", "what did Tokaev write on X?"],
)
def test_a_leader_writing_on_a_network_is_still_not_the_poster(
    session: Session, question: str
) -> None:
    assert not session.ask(question).answered


def test_dz_is_read_as_dzh() -> None:
    assert spelling("gadziev") == spelling("gadzhiev") == spelling("gajiev")
