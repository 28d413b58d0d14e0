"""The stable JSON shape of a reply, as ``briefbot ask --json`` prints it (a contract).

``band`` is ``answer``, ``not_given`` (the subject is covered, the detail asked for is not),
``suggest``, ``none`` or ``info`` (commands, greetings, help); ``answered`` is true only for
``answer``; ``missing`` names the kind of fact a ``not_given`` reply lacks, and
``suggestions`` what the article does give (for ``not_given``: on the same subject).
"""

from __future__ import annotations

from typing import Any

from bot.answering.reply import Reply, ReplyKind
from bot.rendering.plain import render_plain


def answer_payload(question: str, reply: Reply) -> dict[str, Any]:
    answered = reply.kind is ReplyKind.ANSWER
    return {
        "question": question,
        "band": reply.kind.value,
        "answered": answered,
        "missing": reply.missing,
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
