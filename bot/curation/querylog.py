"""One question and its reply as a query-log row: what the curator needs, nothing about the
reader but two pseudonyms.

Only questions are logged — text, ``/ask``, commands as typed — not button presses (they
choose among what the bot offered) nor inline queries (sent at every keystroke).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime

from bot.answering.reply import Action, Reply, ReplyKind
from bot.curation.privacy import Pseudonyms
from bot.knowledge.entries import briefing_refs
from bot.knowledge.model import KnowledgeBase
from bot.records import record
from bot.storage.records import LoggedQuery

_SPACES = re.compile(r"\s+")
# Punctuation at either end changes nothing about what was asked ("коридор?" = "коридор").
_ENDS = "?!.,;:…¿¡ \"'«»“”„()-–—"


def normalize_question(text: str) -> str:
    """The key that groups one question typed several ways: NFKC, case folded, ё as е,
    whitespace collapsed, punctuation at the ends dropped. Words inside stay as typed: the
    curator reads the group by its last wording, and matching has its own normalisation."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    return _SPACES.sub(" ", folded).strip(_ENDS).strip()


def storable(text: str) -> str:
    """The text a database column takes: PostgreSQL text refuses NUL, UTF-8 lone surrogates
    (which a JSON update may carry as escapes)."""
    return text.encode("utf-8", "replace").decode("utf-8").replace("\x00", "\ufffd")


def nearest(reply: Reply, kb: KnowledgeBase) -> tuple[str | None, str | None]:
    """(briefing, entry): the answer's own, else the first entry the reply offered — where a
    curator would most likely add the question as a phrasing."""
    if reply.kind is ReplyKind.ANSWER and reply.entry:
        return reply.briefing_id, reply.entry
    if not reply.suggestions:
        return reply.briefing_id, None
    key = reply.suggestions[0][0]
    refs = briefing_refs(kb.briefings)
    for row in reply.buttons:
        for button in row:
            offered = button.action is Action.ENTRY and button.key == key
            if offered and button.briefing in refs:
                return refs[button.briefing].id, key
    return reply.briefing_id, key


@record
class Asking:
    """Who asked and where, as the transport knows it (ids are hashed here, never stored)."""

    ref: int  # the update id
    chat_type: str
    user_id: int | None
    chat_id: int | None


def logged_query(
    asking: Asking,
    question: str,
    reply: Reply,
    kb: KnowledgeBase,
    pseudonyms: Pseudonyms,
    *,
    latency_seconds: float,
    now: datetime | None = None,
) -> LoggedQuery:
    briefing, entry = nearest(reply, kb)
    question = storable(question)
    return LoggedQuery(
        ref=asking.ref,
        asked_at=(now or datetime.now(UTC)).astimezone(UTC),
        chat_type=asking.chat_type,
        language=reply.language,
        question=question,
        normalized=normalize_question(question),
        band=reply.kind.value,
        briefing=briefing,
        entry=entry,
        score=float(reply.score),
        latency_ms=max(0, round(latency_seconds * 1000)),
        user=pseudonyms.user(asking.user_id) if asking.user_id is not None else None,
        chat=pseudonyms.chat(asking.chat_id) if asking.chat_id is not None else None,
    )
