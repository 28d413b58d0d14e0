"""Questions asking what kind of thing something was: "какой статус у визита", "official or
state?" — answered by the entry holding the word that qualifies it.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.alternatives import alternatives, qualified_alternatives
from bot.language.lexicon import plain_english
from bot.rendering.plain import render_plain as plain


@pytest.mark.parametrize(
    "question",
    [
        "kakoy status u vizita Alieva",
        "какой статус у визита Алиева",
        "what was the status of the visit",
    ],
)
def test_a_kind_noun_asks_for_the_qualifier(session, question):
    """ "статус" is no word of the article: it asks which kind the visit was, which the
    article gives ("с государственным визитом"), not a detail it lacks."""
    reply = session.ask(question)
    assert reply.answered, (reply.kind, reply.entry, reply.score)
    assert "государственным визитом" in plain(reply)


def test_a_kind_noun_the_article_uses_stays_its_word(session):
    """ "формат" is the article's ("формат «5+1»"): a question about it is about that."""
    query = session.matcher.analyse("какой формат предложил Гаджиев")
    assert "формат" in {t.typed for t in query.terms}


def test_alternatives_are_the_words_around_or():
    words = ["визит", "был", "официальным", "или", "государственным"]
    assert alternatives(words) == (("официальным", "государственным"),)
    assert alternatives(["official", "or", "state"]) == (("official", "state"),)
    assert alternatives(["или", "визит"]) == ()


@pytest.mark.parametrize(
    "question",
    [
        "What kind of visit was it — official or state?",
        "Визит был официальным или государственным?",
    ],
)
def test_the_alternative_the_article_gives_answers(session, question):
    """ "official" is no word of the briefing, "state" is: the entry saying "state" answers."""
    reply = session.ask(question)
    assert reply.answered, (reply.kind, reply.entry, reply.score)
    assert "государственным визитом" in plain(reply)


@pytest.mark.parametrize(
    "question", ["Was the visit official or private?", "Алиев прилетел в Астану или в Ташкент?"]
)
def test_alternatives_the_article_does_not_give_are_not_answered(session, question):
    """Neither alternative in the article, or an unknown name: nothing is set aside."""
    assert not session.ask(question).answered


def test_a_prop_one_is_no_number():
    """ "a working one", "this one" stand for a noun said before; "one billion" is a number."""
    assert plain_english(["a", "state", "visit", "or", "a", "working", "1"])[-1] == "working"
    assert "1" not in plain_english(["this", "1", "or", "that", "1"])
    assert "1" in plain_english(["1", "billion", "or", "2"])
    assert "1" in plain_english(["more", "than", "1"])


def test_qualifiers_offered_for_one_noun():
    assert qualified_alternatives(["a", "state", "visit", "or", "a", "private"]) == (
        ("state", "private", "visit"),
    )
    assert qualified_alternatives(["state", "or", "an", "informal", "visit"]) == (
        ("state", "informal", "visit"),
    )
    assert qualified_alternatives(["15", "or", "20", "agreements"]) == ()


@pytest.mark.parametrize(
    "question",
    [
        "Did Aliyev come on a state visit or a working one?",
        "Aliyev in Astana: state or a working visit?",
        "Was Aliyev's trip a state visit or a working visit?",
    ],
)
def test_the_qualifier_the_article_writes_with_the_noun_answers(session, question):
    """ "working" is the briefing's "working group", never its visit: the other qualifier,
    "state visit", answers — not the passage on the working group."""
    reply = session.ask(question)
    assert reply.answered, (reply.kind, reply.entry, reply.score)
    assert "государственным визитом" in plain(reply)
