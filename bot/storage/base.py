"""The store's one interface, in the domain's words, and the context adapter over it.

Every method is synchronous and may be called from several threads of one process and from
several processes (replicas) at once: the transport calls it from worker threads, and a
follow-up may land on another replica than the question before it. Each method is one short
transaction, so no caller ever holds a lock across a network round-trip to Telegram.

The update journal is how "every update answered exactly once" holds across replicas,
re-deliveries and crashes:

1. ``record_update`` when an update arrives (webhook or getUpdates). It is idempotent by
   ``update_id``: only the first delivery returns True, a re-delivery is a no-op. Acknowledge
   Telegram only after it returned, so an update is either recorded or re-delivered.
2. ``claim_update`` by any worker of any replica: the oldest update that is new, or whose
   claim's lease ran out (its owner died). Never two owners at once.
3. ``finish_update`` after the reply was sent: marks it handled, and only the current owner
   may. A False return means the lease ran out and another owner took the update over. The
   payload and chat of a handled update are cleared: they hold ids and names, which the
   store keeps only while it needs them to reply.

"Exactly once" therefore holds while a handler finishes within its lease; choose a lease well
above the slowest reply (with its retries), or a dead worker's update waits that long.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable
from dataclasses import asdict, fields
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from bot.answering.context import Context
from bot.records import record
from bot.storage.records import (
    Asked,
    Disputed,
    LoggedQuery,
    Purged,
    ReplicaState,
    VoteResult,
)

# Where the single-process deployment keeps its SQLite file unless told otherwise
# (``BRIEFBOT_SQLITE_PATH``): under the project, in a folder git ignores.
DEFAULT_SQLITE_PATH = Path(__file__).resolve().parents[2] / "var" / "briefbot.sqlite3"


@record
class Claimed:
    """An update this owner now holds until ``lease_until`` (the database's clock)."""

    update_id: int
    payload: dict[str, Any]
    owner: str
    # 1 on the first claim; more when earlier owners died (or overran their lease) holding it.
    attempts: int
    claimed_at: datetime
    lease_until: datetime


class Store(ABC):
    """Shared state of briefbot: per-chat conversation context and the update journal."""

    #: "sqlite" or "postgresql", for logs and tests.
    engine: str

    # ------------------------------------------------------------------ schema
    @abstractmethod
    def migrate(self) -> list[int]:
        """Bring the schema up to date; return the versions this call applied (often none).

        Safe to call on every start, from every replica at once: each version is applied
        exactly once, each in its own transaction.
        """

    @abstractmethod
    def schema_version(self) -> int:
        """The highest migration version applied (0 for an empty database)."""

    @abstractmethod
    def close(self) -> None:
        """Release connections. The store cannot be used afterwards."""

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ conversation context
    @abstractmethod
    def load_context(self, chat: str) -> dict[str, Any] | None:
        """The chat's saved context as JSON data, or None if the chat has none yet."""

    @abstractmethod
    def save_context(self, chat: str, context: dict[str, Any]) -> None:
        """Replace the chat's context (last write wins: one chat's updates are sequential)."""

    # ------------------------------------------------------------------ update journal
    @abstractmethod
    def record_update(
        self, update_id: int, payload: dict[str, Any], chat: str | None = None
    ) -> bool:
        """Journal an arriving update; True only for its first delivery (re-deliveries: False,
        and the first payload is kept). ``chat`` orders it after that chat's earlier updates."""

    def record_updates(self, updates: list[tuple[int, dict[str, Any], str | None]]) -> list[bool]:
        """``record_update`` for a batch (update_id, payload, chat), in one transaction where
        the engine allows: a getUpdates batch of 100 is one commit, not a hundred."""
        return [self.record_update(*update) for update in updates]

    @abstractmethod
    def claim_update(self, owner: str, lease_seconds: float) -> Claimed | None:
        """Take the oldest update that is unclaimed or whose lease ran out, and whose chat has
        no earlier update still unhandled, for ``owner`` until now + ``lease_seconds``; None
        when there is nothing to do."""

    @abstractmethod
    def release_claims(self, owner_prefix: str) -> int:
        """End the leases of every unhandled update held by an owner starting with
        ``owner_prefix`` (a replica restarting after a crash takes back what it held at once,
        instead of waiting out its leases); returns how many."""

    @abstractmethod
    def finish_update(self, update_id: int, owner: str) -> bool:
        """Mark the update handled. True only if ``owner`` holds it and it was not handled yet;
        False if another owner took it over, it was handled already, or it is unknown."""

    def finish_and_claim(
        self, update_id: int, owner: str, lease_seconds: float
    ) -> tuple[bool, Claimed | None]:
        """``finish_update`` then ``claim_update`` for the same owner: a worker's step from one
        update to the next, in one transaction where the engine allows (one commit, one trip
        off the event loop). Should it fail, neither happened."""
        return self.finish_update(update_id, owner), self.claim_update(owner, lease_seconds)

    @abstractmethod
    def is_handled(self, update_id: int) -> bool:
        """Whether the update was finished (unknown updates are not)."""

    @abstractmethod
    def pending_count(self) -> int:
        """Updates recorded but not handled yet, claimed ones included."""

    # ------------------------------------------------------------------ the curator's loop
    # Implemented once for both engines in ``querylog.CuratorTables``.
    @abstractmethod
    def log_query(self, query: LoggedQuery) -> bool:
        """Log one question; True the first time, False for its update id again (a replay)."""

    @abstractmethod
    def queries(self, since: datetime | None = None) -> list[LoggedQuery]:
        """Every logged question (since then), oldest first."""

    @abstractmethod
    def count_queries(self, since: datetime, bands: tuple[str, ...] | None = None) -> int:
        """How many questions were asked since then (in these bands)."""

    @abstractmethod
    def asked(
        self,
        since: datetime,
        *,
        bands: tuple[str, ...] | None = None,
        latest_first: bool = False,
        limit: int = 10,
    ) -> list[Asked]:
        """Questions grouped by their normalized text, most asked (or latest) first."""

    @abstractmethod
    def unanswered(self, since: datetime, limit: int = 1000) -> list[Asked]:
        """Questions in the not_given, suggest and none bands, latest first."""

    @abstractmethod
    def record_vote(self, ref: int, user: str, up: bool) -> VoteResult:
        """A reader's vote on a logged reply: the first one per user and reply counts."""

    @abstractmethod
    def votes(self, ref: int) -> tuple[int, int]:
        """(up, down) votes on one reply."""

    @abstractmethod
    def disputed(self, since: datetime, limit: int = 10) -> list[Disputed]:
        """Replies voted down, most votes down first."""

    @abstractmethod
    def purge(self, before: datetime) -> Purged:
        """Forget what was logged before then (the retention setting)."""

    @abstractmethod
    def request_reload(self) -> int:
        """Ask every replica to reload its knowledge; the request's number."""

    @abstractmethod
    def reload_requested(self) -> int:
        """The latest reload request's number (0: none)."""

    @abstractmethod
    def report_replica(
        self, replica: str, *, digest: str | None, error: str | None, request: int
    ) -> None:
        """What a replica serves, after a (re)load; ``error`` when its last one failed."""

    @abstractmethod
    def heartbeat(self, replica: str) -> None:
        """The replica is alive."""

    @abstractmethod
    def forget_replica(self, replica: str) -> None:
        """The replica stopped."""

    @abstractmethod
    def replicas(self) -> list[ReplicaState]:
        """Every replica that reported, with how long ago it was last seen."""


# Telegram keeps an undelivered update for 24 hours: a longer lease is a mistake, and an
# absurd one would overflow SQLite's date arithmetic into NULL (a claim nobody could take over).
MAX_LEASE_SECONDS = 24 * 60 * 60


def check_lease(lease_seconds: float) -> float:
    """A lease is 0 to 24 hours, in seconds (0: re-claimable at once, as if its owner died)."""
    lease = float(lease_seconds)
    if not 0 <= lease <= MAX_LEASE_SECONDS:  # also rejects NaN
        raise ValueError(
            f"lease_seconds must be between 0 and {MAX_LEASE_SECONDS}, got {lease_seconds!r}"
        )
    return lease


# ---------------------------------------------------------------------- context adapter
def context_to_json(context: Context) -> dict[str, Any]:
    """A ``Context`` as JSON data (its tuple of shown entries as a list)."""
    data = asdict(context)
    data["shown"] = list(context.shown)
    return data


def context_from_json(data: dict[str, Any]) -> Context:
    """Back to a ``Context``. Unknown keys (written by a newer replica during a rolling
    deploy) are ignored, missing ones take their defaults: a context is a convenience for
    follow-ups, never worth failing a reply over."""
    known = {f.name for f in fields(Context)}
    values = {key: value for key, value in data.items() if key in known}
    if "shown" in values:
        values["shown"] = tuple(values["shown"] or ())
    return Context(**values)


class StoredContexts:
    """``bot.answering.contexts.ContextStore`` over a ``Store``: the session's per-chat context
    shared by every replica, so a follow-up understands the question before it wherever it
    lands. Chat keys are stored as ``key(chat_id)``: a keyed hash in the service (no chat id
    in the database), ``str`` by default."""

    def __init__(self, store: Store, key: Callable[[Hashable], str] = str) -> None:
        self.store = store
        self.key = key

    def get(self, chat_id: Hashable) -> Context:
        data = self.store.load_context(self.key(chat_id))
        return Context() if data is None else context_from_json(data)

    def put(self, chat_id: Hashable, context: Context) -> None:
        self.store.save_context(self.key(chat_id), context_to_json(context))
