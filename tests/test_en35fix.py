"""English questions the article answers, asked indirectly (the english16 dev set).

- "in what respect", "in which sense", "in what regard": a manner or an aspect asked, as "in
  what way" is — no place, and the noun no word of the subject ("respect" would draw the
  passages on mutual respect).
- "when was Tokayev in Azerbaijan before this?", "when was he last there?": how recent a thing
  was is asked, which "совсем недавно" answers; "before this" and "last" are how it asks, no
  words a passage must hold; "the last day of the visit" still asks a day.
- "what did Ishmukhamedov make of Hajiyev's suggestion that '5+1' has turned into '6'": "make
  of" asks his view, as "think of" does; the restated words draw Hajiyev's own passages,
  and the named expert's passage on them (naming Hajiyev, tied to them) answers.
- "became" is a form of "become".
- "which of the experts (commentators) … besides Tusupbekov": a person asked among them, the
  one left out however his name is written.
- "per the second expert": the expert at that place of the briefing's list.
- "part of the conversation / talks" is "discussed"; "as far as the experts quoted are
  aware" is a hedge, no words of the subject.
- "the outlook beyond the two countries": a forecast's wider reach asked, as "bilateral only
  or beyond?" asks it; "beyond" is how it asks.
- "what does X rest on", "on what does X rest", "what underpins X": what ensures X.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.lexicon import plain_english
from bot.language.ordinal_experts import ordinal_experts
from tests.support.asking import answered, answered_entry, not_given


@pytest.mark.parametrize(
    "question",
    [
        "In what respect is the Trans-Caspian route more than a transport corridor, according "
        "to the deputy?",
        "In which sense is the Trans-Caspian route more than a transport route, per Huseynov?",
    ],
)
def test_a_manner_asked_by_its_noun_is_no_place(session: Session, question: str) -> None:
    assert "евразийской архитектуры" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "When was Tokayev in Azerbaijan before this, per Tusupbekov?",
        "When was Tokayev in Azerbaijan before this?",
        "When was Tokayev last in Azerbaijan?",
        "Когда Токаев был в Азербайджане до этого?",
    ],
)
def test_the_time_before_the_telling_is_asked_by_how_recent(
    session: Session, question: str
) -> None:
    assert "совсем недавно" in answered(session, question)


def test_a_plain_when_still_has_no_date(session: Session) -> None:
    not_given(session, "When was Tokayev in Azerbaijan?", "date")


def test_last_as_the_verb_of_a_length_is_kept(session: Session) -> None:
    not_given(session, "How long did the visit last?", "duration")


def test_answered_entry_of_a_recency(session: Session) -> None:
    assert answered_entry(session, "When was Tokayev last in Azerbaijan?") == "tusupbekov-gabala"


@pytest.mark.parametrize(
    "question",
    [
        "What did Ishmukhamedov make of Hikmet Hajiyev's suggestion that '5+1' has turned into "
        "a political reality of '6'?",
        "What did Ishmukhamedov make of Hajiyev's claim that '5+1' has become '6'?",
        "What did the Kazakh analyst make of Hajiyev's '5+1 becomes 6' remark?",
    ],
)
def test_a_comment_on_restated_words_is_the_named_experts(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "ishmukhamedov-on-hajiyev"


def test_an_expert_with_no_passage_on_the_other_is_not_given_his(session: Session) -> None:
    reply = session.ask("Did Huseynov comment on Hajiyev's 5+1 becoming 6?")
    assert not reply.answered


def test_became_is_a_form_of_become(session: Session) -> None:
    assert answered_entry(session, "What did 5+1 become, according to Hajiyev?") in {
        "format-6",
        "hajiyev-five-plus-one",
    }


def test_the_last_day_is_a_day_asked(session: Session) -> None:
    reply = session.ask("When did Aliyev leave Kazakhstan — what was the last day of the visit?")
    assert not reply.answered


@pytest.mark.parametrize(
    "question",
    [
        "Which of the experts discussed the Zangezur corridor besides Tusupbekov?",
        "Which of the commentators discussed the Zangezur corridor besides Tusupbekov?",
    ],
)
def test_an_expert_left_out_in_latin_letters_is_left_out(session: Session, question: str) -> None:
    not_given(session, question, "person")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Middle Corridor talks: which areas did the sides cover, per the second expert?",
            "ishmukhamedov-corridor",
        ),
        ("What did the first expert say about energy?", "huseynov-energy"),
        (
            "In what sense is the visit significant in itself, according to the third expert?",
            "tusupbekov-highest-level",
        ),
    ],
)
def test_an_expert_named_by_his_place_among_those_quoted(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


def test_an_ordinal_of_another_noun_names_no_expert() -> None:
    experts = ("huseynov", "ishmukhamedov", "tusupbekov")
    assert ordinal_experts(["the", "second", "corridor"], experts) == ["the", "second", "corridor"]
    assert ordinal_experts(["per", "the", "second", "expert"], experts) == ["per", "ishmukhamedov"]
    assert ordinal_experts(["the", "fourth", "expert"], experts) == ["the", "fourth", "expert"]


@pytest.mark.parametrize(
    "question",
    [
        "Was the Zangezur corridor part of the conversation at all, as far as the experts "
        "quoted are aware?",
        "Was the Zangezur corridor part of the talks?",
    ],
)
def test_part_of_the_conversation_is_discussed(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "tusupbekov-agenda"


def test_a_forecast_asked_beyond_the_pair_is_the_wider_reach(session: Session) -> None:
    question = (
        "Middle Corridor outlook beyond the two countries — to what extent could it lift trade?"
    )
    assert "Евразией" in answered(session, question)


def test_a_reply_sure_as_it_stands_is_left_as_it_was(session: Session) -> None:
    question = (
        "Помощник азербайджанского президента написал что-то в соцсети про формулу "
        "сотрудничества с Центральной Азией. Как к этому отнёсся казахстанский политолог — "
        "одобрил или нет, и какими словами?"
    )
    assert answered_entry(session, question) == "ishmukhamedov-on-hajiyev"


@pytest.mark.parametrize(
    "question",
    [
        "On what, according to Huseynov, does the durability of the relationship rest?",
        "What does the durability of the relationship rest on, per Huseynov?",
        "What underpins the stability of the relations?",
    ],
)
def test_what_a_thing_rests_on_is_what_ensures_it(session: Session, question: str) -> None:
    assert "взаимное уважение" in answered(session, question)


def test_the_rest_is_a_noun() -> None:
    assert "ensure" not in plain_english(["what", "about", "the", "rest", "on", "trade"])
