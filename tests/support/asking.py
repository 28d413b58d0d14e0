"""Asking the real knowledge base in tests: the checks every answer-quality module makes.

A question is asked, its band (and the missing type) checked, and the reply's plain text
handed back, so each test states only the evidence it expects: the shared part — how a
reply is asked for and judged answered or not given — is written once.
"""

from __future__ import annotations

from bot.answering.session import Session
from bot.language.text import tokens
from bot.rendering.payload import answer_payload
from bot.rendering.plain import render_plain


def question_words(text: str) -> tuple[str, ...]:
    """The question's words as the language layer reads them (``tokens`` folds first)."""
    return tuple(tokens(text))


def answered(session: Session, question: str) -> str:
    """The plain reply to a question the article answers; fails naming what was chosen."""
    reply = session.ask(question)
    assert reply.answered, (question, reply.kind, reply.entry, reply.score)
    return render_plain(reply)


def answered_entry(session: Session, question: str) -> str | None:
    """The entry answering a question the article answers; fails naming what was chosen."""
    reply = session.ask(question)
    assert reply.answered, (question, reply.kind, reply.entry)
    return reply.entry


def not_given(session: Session, question: str, missing: str) -> str:
    """The plain reply to a question told "not given", asking the ``missing`` type."""
    reply = session.ask(question)
    assert (reply.kind, reply.missing) == ("not_given", missing), (question, reply.entry)
    return render_plain(reply)


def declined(session: Session, question: str) -> None:
    """A question the article does not answer (not given or no match) is not answered."""
    reply = session.ask(question)
    assert not reply.answered, (question, reply.kind, reply.entry, render_plain(reply)[:200])


def asked_payload(session: Session, question: str) -> dict:
    """The reply as the JSON contract gives it (band, missing, entry, suggestions, text)."""
    return answer_payload(question, session.ask(question))


def offered_entries(payload: dict) -> list[str]:
    """The entries a reply offers, in the order offered."""
    return [s["entry"] for s in payload["suggestions"]]


def verdict(session: Session, question: str) -> tuple[str, str | None, str | None]:
    """The reply's band, entry and missing kind: what a question typed another way must keep."""
    got = session.ask(question)
    return got.kind.value, got.entry, got.missing
