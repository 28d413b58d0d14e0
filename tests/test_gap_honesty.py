"""No confident answer to what the article leaves out, asked close to what it says.

A sceptical fact-checker asks for what is missing next to what is there; each case below was
once answered with the passage on its subject, which gives something else:

- a country named by an abbreviation that is also a word ("was the US involved", "the US
  position"): only after the article is it the country, a party the passage never names;
- a forecast asked for a year ("any projection for 2030"): a target for no year is none for it;
- "как давно он был в Габале": the time since, asked as "how long ago" asks it, which
  "совсем недавно" does not give;
- "какие пункты в декларации": the contents of a document asked by the noun of its parts;
- "что сказали в организации тюркских государств": a body speaking, which the article (its
  experts only) never quotes;
- "какие компании будут строить паромы": a detail noun the article never uses is missing as a
  fact, whatever the tense of the verb.

On the real knowledge base, in several input styles (Russian, keyboard layout, translit,
English); the answerable twins keep their answers.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.contents import contents_holder
from bot.language.parties import articled_parties
from bot.rendering.plain import render_plain
from tests.support.asking import answered, declined, not_given, question_words


@pytest.mark.parametrize(
    ("question", "missing", "offered"),
    [
        (
            "Was the US involved in the Azerbaijan-Armenia peace declaration Tusupbekov mentions?",
            "fact",
            "деклараци",
        ),
        ("was the us involved in the peace declaration", "fact", "деклараци"),
        ("any projection for trade turnover in 2030?", "forecast", "миллиарда"),
        ("what will trade turnover be in 2030", "forecast", "товарооборот"),
        ("как давно токаев был в габале", "duration", "Габал"),
        ("rfr lfdyj njrftd ,sk d uf,fkt", "duration", "Габал"),
        ("какие пункты в декларации о мире с арменией", "fact", "деклараци"),
        ("what are the provisions of the peace declaration", "fact", "declaration"),
        ("kakie kompanii budut stroit novye paromy", "fact", "паром"),
    ],
)
def test_left_out_detail_not_given(
    session: Session, question: str, missing: str, offered: str
) -> None:
    assert offered.lower() in not_given(session, question, missing).lower()


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("что сказали в организации тюркских государств о визите", "Слов этой организации"),
        ("xnj crfpfkb d jhufybpfwbb n.hrcrb[ ujcelfhcnd j dbpbnt", "Слов этой организации"),
        ("what did the ministry say about the ferries", "The article does not quote this body"),
    ],
)
def test_a_body_is_not_quoted(session: Session, question: str, said: str) -> None:
    declined(session, question)
    assert render_plain(session.ask(question)).startswith(said)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("что сказал гусейнов об организации тюркских государств", "Гусейнов"),
        ("tell us about the peace declaration", "зрелость и дальновидность"),
        ("что Тусупбеков сказал о декларации", "зрелость и дальновидность"),
        ("сколько соглашений подписали в итоге?", "15"),
    ],
)
def test_answerable_twins_kept(session: Session, question: str, expected: str) -> None:
    assert expected in answered(session, question)


def test_the_us_position_is_not_given(session: Session) -> None:
    text = not_given(session, "what is the US position on the Middle Corridor", "statement")
    assert text.startswith("The article does not give USA's position"), text


def test_the_us_only_after_the_article() -> None:
    assert articled_parties(question_words("was the US involved")) == (
        frozenset({"сша", "usa", "america", "washington"}),
    )
    assert articled_parties(question_words("tell us about it")) == ()


def test_parts_of_a_document_ask_its_contents() -> None:
    assert contents_holder(question_words("какие пункты в декларации о мире")) == "декларации"
    assert contents_holder(question_words("what are the terms of the agreement")) == "agreement"
    assert contents_holder(question_words("какие пункты пропуска открыли")) is None
