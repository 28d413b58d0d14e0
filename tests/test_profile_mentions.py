"""A person asked by name is not the expert whose profile merely mentions the name.

Hajiyev's profile is found by "помощник Алиева", "aide to Aliyev": asked "как зовут Алиева",
the name is Aliyev's, and the profile of his aide is no answer — the article's account of the
visit ("Ильхам Алиев") is. A question naming Hajiyev, by name or by his role ("как зовут
помощника Алиева"), is still answered by his profile.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session


@pytest.mark.parametrize(
    "question",
    ["как зовут Алиева", "как зовут Токаева", "имя Алиева", "What is Aliyev's first name?"],
)
def test_a_person_named_is_not_answered_by_a_profile_mentioning_him(session: Session, question):
    reply = session.ask(question)
    assert reply.entry != "expert:hajiyev", (question, reply.kind)


def test_the_name_asked_is_the_persons_own(session: Session):
    reply = session.ask("как зовут Алиева")
    assert reply.answered and reply.entry in {"article-visit", "visit-date"}, reply.entry


@pytest.mark.parametrize(
    "question",
    [
        "как зовут помощника Алиева",
        "как зовут Гаджиева",
        "кто такой Гаджиев",
        "who is Hajiyev",
        "Aliyev's aide name?",
    ],
)
def test_the_expert_named_or_described_keeps_his_profile(session: Session, question):
    reply = session.ask(question)
    assert reply.answered and reply.entry == "expert:hajiyev", (question, reply.kind, reply.entry)
