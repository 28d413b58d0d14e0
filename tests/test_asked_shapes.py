"""Shapes of questions read for what they ask, on the real knowledge base:

- a person the article never quotes, typed in Latin letters and lower case, beside a verb of
  commenting ("did pashinyan comment on …") is told the article has no words of his;
- "какие именно X" insists on which X: a curator's phrasing without "именно" does not vouch
  for a passage naming X only generically;
- "чем X обосновывает Y" asks his reason, as "чем X объясняет" does;
- a request stated, not asked ("I need the exact words … for our press release");
- a question word with two letters swapped ("гед" for "где");
- "что Гусейнов сказал в конце": his closing words, the last passage of his in the article.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types, mistyped_cue
from bot.language.fillers import filler_positions
from tests.support.asking import answered, not_given, question_words


@pytest.mark.parametrize(
    "question",
    [
        "did pashinyan comment on the peace declaration",
        "did erdogan comment on the visit",
        "как прокомментировал пашинян декларацию",
    ],
)
def test_unquoted_person_commenting(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert reply.kind == "none", (question, reply.kind, reply.entry)
    assert session.matcher.match(question).query.other_speaker is not None


def test_reacting_to_a_named_person_is_no_speaker(session: Session) -> None:
    # the one reacting stands before the verb: Aliyev's visit is what was reacted to
    query = session.matcher.match("How did Russia react to Aliyev's visit to Kazakhstan?").query
    assert query.other_speaker is None


@pytest.mark.parametrize(
    "question",
    ["какие именно барьеры мешают торговле", "rfrbt bvtyyj ,fhmths vtif.n njhujdkt"],
)
def test_which_exactly_is_not_vouched_by_phrasing(session: Session, question: str) -> None:
    not_given(session, question, "fact")


def test_phrasing_still_vouches_without_insisting(session: Session) -> None:
    answered(session, "какие барьеры мешают торговле")


def test_justifying_asks_a_reason(session: Session) -> None:
    words = question_words("Чем Ишмухамедов обосновывает идею добавить Турцию?")
    assert AnswerType.STATEMENT in asked_types(words)
    text = answered(
        session, "Чем Ишмухамедов обосновывает идею добавить Турцию и получить «семёрку»?"
    )
    assert "священным" in text


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        (
            "I need the exact words Ishmukhamedov used to characterise the visit for our "
            "press release.",
            "вовремя состоявшееся",
        ),
        ("what words did Ishmukhamedov use to characterise the visit", "вовремя состоявшееся"),
        ("did ishmukhamedov comment on the visit", "вовремя состоявшееся"),
        ("I need the date of the visit for our press release.", "20 октября"),
    ],
)
def test_stated_requests_and_comment_frames(session: Session, question: str, quoted: str) -> None:
    assert quoted in answered(session, question)


def test_stated_need_and_purpose_are_fillers() -> None:
    words = question_words("I need the date of the visit for our press release")
    kept = [w for at, w in enumerate(words) if at not in filler_positions(words)]
    assert kept == ["the", "date", "of", "the", "visit"]
    # "for our" inside a question is no closing purpose
    words = question_words("what is planned for our region and the corridor in the coming years")
    assert not filler_positions(words)


def test_swapped_question_word(session: Session) -> None:
    assert mistyped_cue("гед")
    assert not mistyped_cue("обьем")  # "объём": a word of the subject
    text = answered(session, "гаджиев гед написал про 5+1 в какой соцсетти")
    assert "сети X" in text
    assert not mistyped_cue("кот")  # a word of its own


@pytest.mark.parametrize(
    "question",
    [
        "что гусейнов сказал в конце",
        "xnj uectqyjd crfpfk d rjywt",
        "what did huseynov say at the end",
    ],
)
def test_closing_words_are_his_last_passage(session: Session, question: str) -> None:
    # the last of Huseynov's passages in the article: the strategic union
    assert "стратегическому союзу" in answered(session, question)


def test_end_of_a_period_is_no_closing() -> None:
    from bot.language.closing import closing_positions

    assert closing_positions(question_words("что гусейнов сказал в конце"))
    assert closing_positions(question_words("what did he say at the end of the article"))
    assert not closing_positions(question_words("что будет в конце октября"))
    assert not closing_positions(question_words("what happens at the end of the year"))


@pytest.mark.parametrize(
    "question",
    [
        "чем же Гусейнов завершил своё интервью",
        "чем депутат Гусейнов закончил свою речь",
        # the speaker after the verb, as spoken Russian puts him; in translit too
        "чем завершил свою речь гусейнов?",
        "kak podytozhil guseinov",
    ],
)
def test_what_he_ended_with_is_his_last_passage(session: Session, question: str) -> None:
    assert "стратегическому союзу" in answered(session, question)


def test_an_event_ending_is_no_closing_words() -> None:
    from bot.language.closing import closing_positions

    assert closing_positions(question_words("чем гусейнов закончил")) == {0, 2}
    assert not closing_positions(question_words("чем закончился визит"))
    assert not closing_positions(question_words("чем закончил он работу над проектом"))
    # a name after the verb is passed over and stays the question's word
    named = {"гусейнов"}.__contains__
    assert closing_positions(question_words("как подытожил гусейнов"), named) == {0, 1}
    assert not closing_positions(question_words("как подытожил гусейнов"))
