"""The store in one SQLite file: one process (the terminal chat, a single polling bot, a dev box).

Settings and why:

- WAL journal: readers never block the writer nor the writer readers, and several processes
  may share the file (a second ``briefbot`` on the same machine, the tests' workers).
- ``synchronous`` stays FULL (the default): a journalled update must survive a power cut, or
  an acknowledged update could be lost; so must an update marked handled (undone, its reply
  is sent twice), a vote, a reload request. Three writes of every update are NORMAL, which
  skips their fsync: its claim, the chat's context and the question's log row. In WAL mode a
  NORMAL commit survives a crashed process (it is in the file, only not flushed), and a power
  cut loses only NORMAL commits made after the last FULL one: the WAL is replayed in order,
  so what an update's durable "handled" mark was written after is durable with it, and what
  a power cut takes belongs to an update that is not marked handled — which is handled again
  from its earlier state after the restart, as when the process dies before its mark.
- ``busy_timeout``: a writer waits for the file's one write lock instead of failing at once.
  SQLite's busy handler waits by sleeping and trying again (1, 2, 5, 10 … 100 ms), so the
  threads of this process take turns on a lock of our own first (``_writer``): a thread that
  wants to write is woken the moment the one before it is done, and SQLite's sleeps are left
  to writers in other processes. Without it, eight workers answering at once spent most of
  their time asleep in the busy handler.
- Every write that reads first (claiming, migrating) runs in ``BEGIN IMMEDIATE``: it takes the
  write lock before reading, so two claimers cannot both read the same update as free, and no
  transaction has to upgrade a read lock (which SQLite refuses with SQLITE_BUSY, busy timeout
  or not). Single statements run in autocommit.
- One connection per thread (sqlite3 connections must not be shared between threads while in
  use), all closed by ``close()``.
- Foreign keys on, so later tables (the curator's) can rely on them.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.storage.base import Claimed, Store, check_lease
from bot.storage.migrations import MIGRATIONS, SCHEMA_MIGRATIONS, SQLITE_NOW, Migration, pending
from bot.storage.querylog import CuratorTables
from bot.storage.records import LoggedQuery

# ON CONFLICT … DO NOTHING / DO UPDATE (upserts) arrived in SQLite 3.24 (2018).
MINIMUM_SQLITE = (3, 24, 0)


class SqliteStore(CuratorTables, Store):
    engine = "sqlite"
    NOW_SQL = SQLITE_NOW
    AGE_SQL = "(julianday('now') - julianday({column})) * 86400.0"

    def __init__(
        self,
        path: Path,
        *,
        busy_timeout: float = 30.0,
        migrations: tuple[Migration, ...] = MIGRATIONS,
    ) -> None:
        if sqlite3.sqlite_version_info < MINIMUM_SQLITE:
            raise RuntimeError(
                f"briefbot needs SQLite >= {'.'.join(map(str, MINIMUM_SQLITE))}, "
                f"this Python has {sqlite3.sqlite_version}"
            )
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._busy_timeout = busy_timeout
        self._migrations = migrations
        self._local = threading.local()
        self._lock = threading.Lock()
        # This process's writers, one at a time (see the module's docstring); reentrant, so
        # a write inside another (a claim inside ``_relaxed``) takes it once more for free.
        self._writing = threading.RLock()
        # Workers' finish-and-claim steps waiting for a group commit (``finish_and_claim``).
        self._group = threading.Condition()
        self._queued: list[_Step] = []
        self._committing = False
        self._connections: list[sqlite3.Connection] = []
        self._closed = False
        self._connection()  # a path that cannot be opened fails now, not on the first update

    # ------------------------------------------------------------------ connections
    def _connection(self) -> sqlite3.Connection:
        if self._closed:
            raise RuntimeError("the store is closed")
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(
                self.path,
                timeout=self._busy_timeout,
                isolation_level=None,  # autocommit; transactions are explicit (BEGIN IMMEDIATE)
                check_same_thread=False,  # only so that close() may close it from any thread
            )
            try:
                connection.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout * 1000)}")
                self._use_wal(connection)
                connection.execute("PRAGMA foreign_keys = ON")
            except BaseException:
                connection.close()
                raise
            self._local.connection = connection
            with self._lock:
                self._connections.append(connection)
        return connection

    def _use_wal(self, connection: sqlite3.Connection) -> None:
        """Switch the file to WAL (a no-op once it is). Two processes creating the file at once
        both try; the loser gets "database is locked" at once, without SQLite's busy handler,
        so it waits here instead, up to the busy timeout."""
        deadline = time.monotonic() + self._busy_timeout
        while True:
            try:
                (mode,) = connection.execute("PRAGMA journal_mode = WAL").fetchone()
                break
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() >= deadline:
                    raise
                time.sleep(0.01)
        if str(mode).lower() != "wal":
            raise RuntimeError(
                f"{self.path}: SQLite cannot use WAL here (journal mode {mode!r}); "
                "the store needs a local file"
            )

    @contextmanager
    def _writer(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection, holding this process's turn to write."""
        connection = self._connection()
        with self._writing:
            yield connection

    @contextmanager
    def _immediate(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that holds the write lock from its first statement."""
        with self._writer() as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")

    @contextmanager
    def _relaxed(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection committing without fsync (NORMAL) for the writes that the
        next durable one makes durable (see the module's docstring); FULL again afterwards."""
        connection = self._connection()
        connection.execute("PRAGMA synchronous = NORMAL")
        try:
            yield connection
        finally:
            connection.execute("PRAGMA synchronous = FULL")

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return self._connection().execute(sql, params).fetchall()

    def _write(self, sql: str, params: tuple[Any, ...] = ()) -> int:
        with self._writer() as connection:
            return connection.execute(sql, params).rowcount

    def _stamp(self, when: datetime) -> str:
        """The text SQLITE_NOW writes: UTC, milliseconds, "Z" (it sorts as it compares)."""
        when = when.astimezone(UTC)
        return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"

    def _when(self, value: Any) -> datetime:
        return _time(value)

    def request_reload(self) -> int:
        # RETURNING needs SQLite 3.35; the connection is this thread's, so lastrowid is ours.
        with self._writer() as connection:
            cursor = connection.execute("INSERT INTO reload_requests DEFAULT VALUES")
            return int(cursor.lastrowid or 0)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            connections, self._connections = self._connections, []
        for connection in connections:
            connection.close()

    # ------------------------------------------------------------------ schema
    def migrate(self) -> list[int]:
        applied_now: list[int] = []
        while True:
            # Each step in its own BEGIN IMMEDIATE: a second process starting at the same
            # moment waits here, then finds the step applied.
            with self._immediate() as connection:
                connection.execute(SCHEMA_MIGRATIONS["sqlite"])
                applied = {
                    row[0] for row in connection.execute("SELECT version FROM schema_migrations")
                }
                todo = pending(applied, self._migrations)
                if not todo:
                    return applied_now
                step = todo[0]
                for statement in step.sqlite:
                    connection.execute(statement)
                connection.execute(
                    "INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                    (step.version, step.name),
                )
            applied_now.append(step.version)

    def schema_version(self) -> int:
        connection = self._connection()
        exists = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        ).fetchone()
        if exists is None:
            return 0
        (version,) = connection.execute(
            "SELECT coalesce(max(version), 0) FROM schema_migrations"
        ).fetchone()
        return int(version)

    # ------------------------------------------------------------------ conversation context
    def load_context(self, chat: str) -> dict[str, Any] | None:
        row = (
            self._connection()
            .execute("SELECT context FROM chat_contexts WHERE chat = ?", (chat,))
            .fetchone()
        )
        return None if row is None else json.loads(row[0])

    def save_context(self, chat: str, context: dict[str, Any]) -> None:
        with self._relaxed(), self._writer() as connection:
            connection.execute(
                "INSERT INTO chat_contexts (chat, context) VALUES (?, ?)"
                " ON CONFLICT (chat) DO UPDATE SET context = excluded.context,"
                f" updated_at = {SQLITE_NOW}",
                (chat, json.dumps(context, ensure_ascii=False)),
            )

    # ------------------------------------------------------------------ update journal
    def record_update(
        self, update_id: int, payload: dict[str, Any], chat: str | None = None
    ) -> bool:
        row = (update_id, json.dumps(payload, ensure_ascii=False), chat)
        with self._writer() as connection:
            cursor = connection.execute(
                "INSERT INTO updates (update_id, payload, chat) VALUES (?, ?, ?)"
                " ON CONFLICT (update_id) DO NOTHING",
                row,
            )
            return cursor.rowcount == 1

    def record_updates(self, updates: list[tuple[int, dict[str, Any], str | None]]) -> list[bool]:
        rows = [(u, json.dumps(payload, ensure_ascii=False), chat) for u, payload, chat in updates]
        firsts = []
        with self._immediate() as connection:  # encoded before: the writers' turn is short
            for row in rows:
                cursor = connection.execute(
                    "INSERT INTO updates (update_id, payload, chat) VALUES (?, ?, ?)"
                    " ON CONFLICT (update_id) DO NOTHING",
                    row,
                )
                firsts.append(cursor.rowcount == 1)
        return firsts

    def release_claims(self, owner_prefix: str) -> int:
        with self._writer() as connection:
            cursor = connection.execute(
                f"UPDATE updates SET lease_until = {SQLITE_NOW}"
                " WHERE handled_at IS NULL AND owner IS NOT NULL"
                " AND substr(owner, 1, ?) = ?",
                (len(owner_prefix), owner_prefix),
            )
            return cursor.rowcount

    def log_query(self, query: LoggedQuery) -> bool:
        with self._relaxed():
            return super().log_query(query)

    def claim_update(self, owner: str, lease_seconds: float) -> Claimed | None:
        lease = f"+{check_lease(lease_seconds):.3f} seconds"
        with self._relaxed(), self._immediate() as connection:
            return self._claim(connection, owner, lease)

    def finish_and_claim(
        self, update_id: int, owner: str, lease_seconds: float
    ) -> tuple[bool, Claimed | None]:
        """Group commit: the workers finishing at the same moment share one transaction and
        one fsync. The first to find no commit running commits every step queued so far,
        each finish then its owner's claim, in the order they came; the others wait for it,
        and whoever still waits afterwards commits the next group. Each step is as durable
        as alone (its caller returns after the commit), and a failed commit fails every step
        of its group, none of which happened."""
        step = _Step(update_id, owner, f"+{check_lease(lease_seconds):.3f} seconds")
        with self._group:
            self._queued.append(step)
            while not step.done and self._committing:
                self._group.wait()
            if not step.done:
                self._committing = True
                steps, self._queued = self._queued, []
        if not step.done:
            try:
                # Durable as the marks must be; the claims ride on the same commit.
                with self._immediate() as connection:
                    results = [
                        (
                            self._finish(connection, s.update_id, s.owner),
                            self._claim(connection, s.owner, s.lease),
                        )
                        for s in steps
                    ]
            except BaseException as error:
                for s in steps:
                    s.error = error
            else:
                for s, result in zip(steps, results, strict=True):
                    s.result = result
            with self._group:
                for s in steps:
                    s.done = True
                self._committing = False
                self._group.notify_all()
        if step.error is not None:
            raise step.error
        assert step.result is not None
        return step.result

    @staticmethod
    def _claim(connection: sqlite3.Connection, owner: str, lease: str) -> Claimed | None:
        """The claim's statements, inside the caller's write transaction."""
        row = connection.execute(
            "SELECT update_id FROM updates AS u"
            " WHERE handled_at IS NULL"
            f" AND (owner IS NULL OR lease_until <= {SQLITE_NOW})"
            " AND (chat IS NULL OR NOT EXISTS ("
            "  SELECT 1 FROM updates AS e WHERE e.chat = u.chat"
            "   AND e.handled_at IS NULL AND e.update_id < u.update_id))"
            " ORDER BY update_id LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        connection.execute(
            f"UPDATE updates SET owner = ?, claimed_at = {SQLITE_NOW},"
            " lease_until = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?),"
            " attempts = attempts + 1"
            " WHERE update_id = ?",
            (owner, lease, row[0]),
        )
        update_id, payload, attempts, claimed_at, lease_until = connection.execute(
            "SELECT update_id, payload, attempts, claimed_at, lease_until"
            " FROM updates WHERE update_id = ?",
            (row[0],),
        ).fetchone()
        return Claimed(
            update_id=update_id,
            payload=json.loads(payload),
            owner=owner,
            attempts=attempts,
            claimed_at=_time(claimed_at),
            lease_until=_time(lease_until),
        )

    def finish_update(self, update_id: int, owner: str) -> bool:
        with self._writer() as connection:
            return self._finish(connection, update_id, owner)

    @staticmethod
    def _finish(connection: sqlite3.Connection, update_id: int, owner: str) -> bool:
        cursor = connection.execute(
            f"UPDATE updates SET handled_at = {SQLITE_NOW}, lease_until = NULL,"
            " payload = '{}', chat = NULL"
            " WHERE update_id = ? AND owner = ? AND handled_at IS NULL",
            (update_id, owner),
        )
        return cursor.rowcount == 1

    def is_handled(self, update_id: int) -> bool:
        row = (
            self._connection()
            .execute("SELECT handled_at IS NOT NULL FROM updates WHERE update_id = ?", (update_id,))
            .fetchone()
        )
        return bool(row and row[0])

    def pending_count(self) -> int:
        (count,) = (
            self._connection()
            .execute("SELECT count(*) FROM updates WHERE handled_at IS NULL")
            .fetchone()
        )
        return int(count)


@dataclass(slots=True)
class _Step:
    """One worker's finish-and-claim, queued for a group commit."""

    update_id: int
    owner: str
    lease: str
    done: bool = False
    result: tuple[bool, Claimed | None] | None = None
    error: BaseException | None = None


def _time(text: str) -> datetime:
    """SQLite's UTC text back to an aware datetime, as PostgreSQL's timestamptz arrives."""
    return datetime.fromisoformat(text)
