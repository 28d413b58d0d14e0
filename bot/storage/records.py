"""What the curator's tables hold, as the store hands it out: plain frozen records.

Users and chats appear only as keyed hashes (``user``, ``chat``: HMAC pseudonyms made by
``bot.curation.privacy``); the store never sees an id, a name or a username.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from bot.records import record

# The bands a curator has to act on: the article has an answer the bot did not find, or the
# question is out of the briefing's scope (still worth knowing: a new phrasing or a new entry).
UNANSWERED_BANDS = ("not_given", "suggest", "none")


@record
class LoggedQuery:
    """One question and how the bot answered it."""

    ref: int  # the update id: a replayed update is logged once; votes point at it
    asked_at: datetime  # UTC
    chat_type: str  # private, group, supergroup, channel
    language: str  # the language the bot answered in (ru, en)
    question: str  # as typed (in groups without the bot's @mention)
    normalized: str  # the grouping key: case, ё, spaces and end punctuation folded
    band: str  # answer, not_given, suggest, none, info
    briefing: str | None  # the answer's briefing, else the nearest suggestion's
    entry: str | None  # the answer's entry, else the nearest suggestion's
    score: float
    latency_ms: int  # from the update reaching its handler to the reply being ready
    user: str | None  # keyed hash of the user id
    chat: str | None  # keyed hash of the chat id


@record
class Asked:
    """A question as often as it was asked (grouped by its normalized text), with how the bot
    answered it the last time."""

    question: str  # as typed, the last time
    count: int
    band: str
    briefing: str | None
    entry: str | None
    score: float
    last_asked: datetime


@record
class Disputed:
    """An answer readers voted down ("👎 не то")."""

    ref: int
    question: str
    briefing: str | None
    entry: str | None
    score: float
    down: int
    up: int
    asked_at: datetime


class VoteResult(StrEnum):
    RECORDED = "recorded"
    ALREADY = "already"  # this user voted on this reply before: the first vote stands
    UNKNOWN = "unknown"  # no such reply in the log (purged, or never logged)


@record
class Purged:
    queries: int
    votes: int
    updates: int  # handled journal rows


@record
class ReplicaState:
    """What one replica last said about its knowledge base."""

    replica: str
    digest: str | None  # content hash of the knowledge it serves
    error: str | None  # why its last reload failed (it serves ``digest`` meanwhile)
    request: int  # the last /reload request it handled
    loaded_at: datetime | None
    seen_seconds_ago: float  # by the database's clock: replicas' clocks may disagree
