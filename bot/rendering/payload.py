"""The stable JSON shape of a reply, as ``briefbot ask --json`` prints it (a contract)."""

from __future__ import annotations

from typing import Any

from bot.answering.reply import Reply, ReplyKind
from bot.rendering.plain import render_plain


def answer_payload(question: str, reply: Reply) -> dict[str, Any]:
    answered = reply.kind is ReplyKind.ANSWER
    return {
        "question": question,
        "band": "answer"
        if answered
        else ("suggest" if reply.kind is ReplyKind.SUGGEST else "none"),
        "answered": answered,
        "briefing": reply.briefing_id,
        "entry": reply.entry if answered else None,
        "score": float(reply.score),
        "speaker": reply.speaker if answered else None,
        "text": render_plain(reply),
        "suggestions": [
            {"entry": key, "title": title, "score": float(score)}
            for key, title, score in reply.suggestions
        ],
    }
