"""The curator's tables, written once for both engines: the query log, votes, purge, and the
replicas' reload bookkeeping.

The statements are the same SQL on SQLite and PostgreSQL; each engine supplies four small
primitives (run a statement, fetch rows, a time as a parameter, a time from a row) and its
``now`` and "seconds since" expressions. Placeholders are written ``?`` and the PostgreSQL
engine turns them into ``%s``.
"""

from __future__ import annotations

from abc import abstractmethod
from datetime import datetime
from typing import Any

from bot.storage.records import (
    UNANSWERED_BANDS,
    Asked,
    Disputed,
    LoggedQuery,
    Purged,
    ReplicaState,
    VoteResult,
)

QUERY_COLUMNS = (
    "ref, asked_at, chat_type, language, question, normalized, band, briefing, entry, score,"
    " latency_ms, user_hash, chat_hash"
)


def _marks(values: tuple[Any, ...]) -> str:
    return ", ".join("?" for _ in values)


class CuratorTables:
    """Mixed into each engine's ``Store``: the curator's methods over its primitives."""

    #: SQL for the database's current time, and for the seconds since a column's time.
    NOW_SQL: str
    AGE_SQL: str  # with "{column}"

    @abstractmethod
    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Run one statement (``?`` placeholders) in its own transaction; all its rows."""

    @abstractmethod
    def _write(self, sql: str, params: tuple[Any, ...] = ()) -> int:
        """Run one statement in its own transaction; how many rows it changed."""

    @abstractmethod
    def _stamp(self, when: datetime) -> Any:
        """An aware datetime as this engine's parameter."""

    @abstractmethod
    def _when(self, value: Any) -> datetime:
        """A time column's value as an aware datetime."""

    # ------------------------------------------------------------------ query log
    def log_query(self, query: LoggedQuery) -> bool:
        values = (
            query.ref,
            self._stamp(query.asked_at),
            query.chat_type,
            query.language,
            query.question,
            query.normalized,
            query.band,
            query.briefing,
            query.entry,
            float(query.score),
            int(query.latency_ms),
            query.user,
            query.chat,
        )
        return (
            self._write(
                f"INSERT INTO query_log ({QUERY_COLUMNS}) VALUES ({_marks(values)})"
                " ON CONFLICT (ref) DO NOTHING",
                values,
            )
            == 1
        )

    def queries(self, since: datetime | None = None) -> list[LoggedQuery]:
        where, params = self._since(since)
        rows = self._rows(
            f"SELECT {QUERY_COLUMNS} FROM query_log{where} ORDER BY asked_at, ref", params
        )
        return [
            LoggedQuery(
                ref=int(row[0]),
                asked_at=self._when(row[1]),
                chat_type=row[2],
                language=row[3],
                question=row[4],
                normalized=row[5],
                band=row[6],
                briefing=row[7],
                entry=row[8],
                score=float(row[9]),
                latency_ms=int(row[10]),
                user=row[11],
                chat=row[12],
            )
            for row in rows
        ]

    def count_queries(self, since: datetime, bands: tuple[str, ...] | None = None) -> int:
        band_sql, band_params = self._bands(bands)
        rows = self._rows(
            f"SELECT count(*) FROM query_log WHERE asked_at >= ?{band_sql}",
            (self._stamp(since), *band_params),
        )
        return int(rows[0][0])

    def asked(
        self,
        since: datetime,
        *,
        bands: tuple[str, ...] | None = None,
        latest_first: bool = False,
        limit: int = 10,
    ) -> list[Asked]:
        """Questions grouped by their normalized text, most asked first (or most recently
        asked first); each with the wording and the band of its last time."""
        band_sql, band_params = self._bands(bands)
        order = (
            "last.asked_at DESC, grouped.times DESC"
            if latest_first
            else ("grouped.times DESC, last.asked_at DESC")
        )
        rows = self._rows(
            "SELECT last.question, grouped.times, last.band, last.briefing, last.entry,"
            " last.score, last.asked_at"
            " FROM (SELECT normalized, count(*) AS times, max(ref) AS last_ref FROM query_log"
            f"  WHERE asked_at >= ?{band_sql} GROUP BY normalized) AS grouped"
            " JOIN query_log AS last ON last.ref = grouped.last_ref"
            f" ORDER BY {order}, last.ref DESC LIMIT ?",
            (self._stamp(since), *band_params, int(limit)),
        )
        return [
            Asked(
                question=row[0],
                count=int(row[1]),
                band=row[2],
                briefing=row[3],
                entry=row[4],
                score=float(row[5]),
                last_asked=self._when(row[6]),
            )
            for row in rows
        ]

    def unanswered(self, since: datetime, limit: int = 1000) -> list[Asked]:
        """What the bot could not answer since then, most recently asked first."""
        return self.asked(since, bands=UNANSWERED_BANDS, latest_first=True, limit=limit)

    # ------------------------------------------------------------------ votes
    def record_vote(self, ref: int, user: str, up: bool) -> VoteResult:
        changed = self._write(
            "INSERT INTO votes (ref, user_hash, vote)"
            " SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM query_log WHERE ref = ?)"
            " ON CONFLICT (ref, user_hash) DO NOTHING",
            (ref, user, 1 if up else -1, ref),
        )
        if changed == 1:
            return VoteResult.RECORDED
        known = self._rows("SELECT 1 FROM query_log WHERE ref = ?", (ref,))
        return VoteResult.ALREADY if known else VoteResult.UNKNOWN

    def votes(self, ref: int) -> tuple[int, int]:
        """(up, down) votes on one reply."""
        rows = self._rows(
            "SELECT coalesce(sum(CASE WHEN vote > 0 THEN 1 ELSE 0 END), 0),"
            " coalesce(sum(CASE WHEN vote < 0 THEN 1 ELSE 0 END), 0)"
            " FROM votes WHERE ref = ?",
            (ref,),
        )
        return int(rows[0][0]), int(rows[0][1])

    def disputed(self, since: datetime, limit: int = 10) -> list[Disputed]:
        """Replies with at least one vote down, most votes down first, then the latest."""
        rows = self._rows(
            "SELECT q.ref, q.question, q.briefing, q.entry, q.score, v.down, v.up, q.asked_at"
            " FROM (SELECT ref,"
            "  sum(CASE WHEN vote < 0 THEN 1 ELSE 0 END) AS down,"
            "  sum(CASE WHEN vote > 0 THEN 1 ELSE 0 END) AS up"
            "  FROM votes GROUP BY ref) AS v"
            " JOIN query_log AS q ON q.ref = v.ref"
            " WHERE v.down > 0 AND q.asked_at >= ?"
            " ORDER BY v.down DESC, q.asked_at DESC, q.ref DESC LIMIT ?",
            (self._stamp(since), int(limit)),
        )
        return [
            Disputed(
                ref=int(row[0]),
                question=row[1],
                briefing=row[2],
                entry=row[3],
                score=float(row[4]),
                down=int(row[5]),
                up=int(row[6]),
                asked_at=self._when(row[7]),
            )
            for row in rows
        ]

    # ------------------------------------------------------------------ retention
    def purge(self, before: datetime) -> Purged:
        """Forget questions (and their votes) asked before ``before``, and handled journal
        rows older than that."""
        cutoff = self._stamp(before)
        votes = self._rows(
            "SELECT count(*) FROM votes"
            " WHERE ref IN (SELECT ref FROM query_log WHERE asked_at < ?)",
            (cutoff,),
        )
        # Votes go with their question (ON DELETE CASCADE); deleted explicitly too, so the
        # count above holds on a database whose foreign keys are off.
        self._write(
            "DELETE FROM votes WHERE ref IN (SELECT ref FROM query_log WHERE asked_at < ?)",
            (cutoff,),
        )
        queries = self._write("DELETE FROM query_log WHERE asked_at < ?", (cutoff,))
        updates = self._write(
            "DELETE FROM updates WHERE handled_at IS NOT NULL AND handled_at < ?", (cutoff,)
        )
        return Purged(queries=queries, votes=int(votes[0][0]), updates=updates)

    # ------------------------------------------------------------------ replicas and /reload
    def request_reload(self) -> int:
        rows = self._rows("INSERT INTO reload_requests DEFAULT VALUES RETURNING id")
        return int(rows[0][0])

    def reload_requested(self) -> int:
        """The latest /reload request (0: none yet)."""
        rows = self._rows("SELECT coalesce(max(id), 0) FROM reload_requests")
        return int(rows[0][0])

    def report_replica(
        self, replica: str, *, digest: str | None, error: str | None, request: int
    ) -> None:
        """What ``replica`` serves now (and, after a failed reload, why it is not newer)."""
        loaded = self.NOW_SQL if error is None else "replicas.loaded_at"
        self._write(
            "INSERT INTO replicas (replica, digest, error, request, loaded_at, seen_at)"
            f" VALUES (?, ?, ?, ?, {self.NOW_SQL}, {self.NOW_SQL})"
            " ON CONFLICT (replica) DO UPDATE SET digest = excluded.digest,"
            f" error = excluded.error, request = excluded.request, loaded_at = {loaded},"
            f" seen_at = {self.NOW_SQL}",
            (replica, digest, error, request),
        )

    def heartbeat(self, replica: str) -> None:
        """``replica`` is alive (a /reload waits only for replicas seen lately)."""
        self._write(f"UPDATE replicas SET seen_at = {self.NOW_SQL} WHERE replica = ?", (replica,))

    def forget_replica(self, replica: str) -> None:
        """A replica that stops cleanly is no longer waited for."""
        self._write("DELETE FROM replicas WHERE replica = ?", (replica,))

    def replicas(self) -> list[ReplicaState]:
        age = self.AGE_SQL.format(column="seen_at")
        rows = self._rows(
            f"SELECT replica, digest, error, request, loaded_at, {age} FROM replicas"
            " ORDER BY replica"
        )
        return [
            ReplicaState(
                replica=row[0],
                digest=row[1],
                error=row[2],
                request=int(row[3]),
                loaded_at=self._when(row[4]) if row[4] is not None else None,
                seen_seconds_ago=max(0.0, float(row[5])),
            )
            for row in rows
        ]

    # ------------------------------------------------------------------ helpers
    def _since(self, since: datetime | None) -> tuple[str, tuple[Any, ...]]:
        if since is None:
            return "", ()
        return " WHERE asked_at >= ?", (self._stamp(since),)

    @staticmethod
    def _bands(bands: tuple[str, ...] | None) -> tuple[str, tuple[Any, ...]]:
        if bands is None:
            return "", ()
        if not bands:
            return " AND 1 = 0", ()
        return f" AND band IN ({_marks(bands)})", tuple(bands)
