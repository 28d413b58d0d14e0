"""Questions asking what kind of thing something was: "какой статус у визита", "official or
state?" — answered by the entry holding the word that qualifies it.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.knowledge import load_knowledge
from bot.rendering.plain import render_plain as plain
from bot.settings import DEFAULT_KNOWLEDGE


@pytest.fixture(scope="module")
def session() -> Session:
    return Session.create(load_knowledge(DEFAULT_KNOWLEDGE))


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
