"""The store on PostgreSQL: several replicas (webhook behind a load balancer) on one database.

Why each piece:

- A connection pool (psycopg-pool): worker threads each borrow a connection for one short
  transaction; connections are checked on loan, so a server restart costs one reconnect, not
  a crashed worker.
- Claims are ``UPDATE … WHERE update_id = (SELECT … FOR UPDATE SKIP LOCKED) RETURNING``: a
  claimer skips the row another claimer is locking instead of waiting for it or taking it too,
  and a row whose claim committed meanwhile is re-checked against the WHERE clause (still
  free?) before it is locked.
- Time is the database's ``now()``: replicas' clocks may disagree, the server's is one clock
  for every lease.
- Migrations run under a session-level advisory lock (per schema), taken on a dedicated
  connection: replicas starting together queue on it, and the lock dies with a process that
  dies holding it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import psycopg
from psycopg.types.json import Json
from psycopg_pool import ConnectionPool

from bot.storage.base import Claimed, Store, check_lease
from bot.storage.migrations import MIGRATIONS, SCHEMA_MIGRATIONS, Migration, pending
from bot.storage.querylog import CuratorTables

# The advisory lock's first key ("brbf" as an int4); the second is the current schema's hash,
# so that databases shared by several schemas (the tests) migrate each schema independently.
MIGRATION_LOCK_SPACE = 0x62726266


class PostgresStore(CuratorTables, Store):
    engine = "postgresql"
    NOW_SQL = "now()"
    AGE_SQL = "extract(epoch FROM now() - {column})"

    def __init__(
        self,
        url: str,
        *,
        max_connections: int = 8,
        connect_timeout: float = 10.0,
        migrations: tuple[Migration, ...] = MIGRATIONS,
    ) -> None:
        self._url = url
        self._connect_timeout = connect_timeout
        self._migrations = migrations
        self._pool = ConnectionPool(
            url,
            min_size=1,
            max_size=max_connections,
            kwargs={"connect_timeout": max(1, round(connect_timeout))},
            check=ConnectionPool.check_connection,
            name="briefbot-store",
            open=False,
        )
        try:
            # Fail at start-up with the server's own message rather than on the first update.
            with psycopg.connect(url, connect_timeout=max(1, round(connect_timeout))):
                pass
            self._pool.open(wait=True, timeout=connect_timeout)
        except BaseException:
            self._pool.close()
            raise

    def close(self) -> None:
        self._pool.close()

    def _one(self, sql: str, params: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
        """Run one statement in its own transaction; its first row, if any."""
        with self._pool.connection() as connection:
            cursor = connection.execute(sql, params)
            return cursor.fetchone() if cursor.description else None

    def _count(self, sql: str, params: tuple[Any, ...] = ()) -> int:
        """Run one statement in its own transaction; the number of rows it changed."""
        with self._pool.connection() as connection:
            return connection.execute(sql, params).rowcount

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._pool.connection() as connection:
            cursor = connection.execute(sql.replace("?", "%s"), params)
            return cursor.fetchall() if cursor.description else []

    def _write(self, sql: str, params: tuple[Any, ...] = ()) -> int:
        return self._count(sql.replace("?", "%s"), params)

    def _stamp(self, when: datetime) -> datetime:
        return when

    def _when(self, value: Any) -> datetime:
        return value

    # ------------------------------------------------------------------ schema
    def migrate(self) -> list[int]:
        applied_now: list[int] = []
        with psycopg.connect(
            self._url, autocommit=True, connect_timeout=max(1, round(self._connect_timeout))
        ) as connection:
            lock = (MIGRATION_LOCK_SPACE,)
            connection.execute(
                "SELECT pg_advisory_lock(%s, hashtext(coalesce(current_schema(), '')))", lock
            )
            try:
                with connection.transaction():
                    connection.execute(SCHEMA_MIGRATIONS["postgresql"])
                applied = {
                    row[0] for row in connection.execute("SELECT version FROM schema_migrations")
                }
                for step in pending(applied, self._migrations):
                    with connection.transaction():
                        for statement in step.postgresql:
                            connection.execute(statement)
                        connection.execute(
                            "INSERT INTO schema_migrations (version, name) VALUES (%s, %s)",
                            (step.version, step.name),
                        )
                    applied_now.append(step.version)
            finally:
                connection.execute(
                    "SELECT pg_advisory_unlock(%s, hashtext(coalesce(current_schema(), '')))",
                    lock,
                )
        return applied_now

    def schema_version(self) -> int:
        row = self._one("SELECT to_regclass('schema_migrations') IS NOT NULL")
        if not row or not row[0]:
            return 0
        row = self._one("SELECT coalesce(max(version), 0) FROM schema_migrations")
        return int(row[0]) if row else 0

    # ------------------------------------------------------------------ conversation context
    def load_context(self, chat: str) -> dict[str, Any] | None:
        row = self._one("SELECT context FROM chat_contexts WHERE chat = %s", (chat,))
        return None if row is None else row[0]

    def save_context(self, chat: str, context: dict[str, Any]) -> None:
        self._one(
            "INSERT INTO chat_contexts (chat, context) VALUES (%s, %s)"
            " ON CONFLICT (chat) DO UPDATE SET context = excluded.context, updated_at = now()",
            (chat, Json(context)),
        )

    # ------------------------------------------------------------------ update journal
    def record_update(
        self, update_id: int, payload: dict[str, Any], chat: str | None = None
    ) -> bool:
        return (
            self._count(
                "INSERT INTO updates (update_id, payload, chat) VALUES (%s, %s, %s)"
                " ON CONFLICT (update_id) DO NOTHING",
                (update_id, Json(payload), chat),
            )
            == 1
        )

    def record_updates(self, updates: list[tuple[int, dict[str, Any], str | None]]) -> list[bool]:
        firsts = []
        with self._pool.connection() as connection, connection.transaction():
            for update_id, payload, chat in updates:
                cursor = connection.execute(
                    "INSERT INTO updates (update_id, payload, chat) VALUES (%s, %s, %s)"
                    " ON CONFLICT (update_id) DO NOTHING",
                    (update_id, Json(payload), chat),
                )
                firsts.append(cursor.rowcount == 1)
        return firsts

    def release_claims(self, owner_prefix: str) -> int:
        return self._count(
            "UPDATE updates SET lease_until = now()"
            " WHERE handled_at IS NULL AND owner IS NOT NULL"
            " AND left(owner, %s) = %s",
            (len(owner_prefix), owner_prefix),
        )

    def claim_update(self, owner: str, lease_seconds: float) -> Claimed | None:
        row = self._one(
            "UPDATE updates SET owner = %s, claimed_at = now(),"
            " lease_until = now() + make_interval(secs => %s), attempts = attempts + 1"
            " WHERE update_id = ("
            "  SELECT update_id FROM updates AS u"
            "   WHERE handled_at IS NULL AND (owner IS NULL OR lease_until <= now())"
            "   AND (chat IS NULL OR NOT EXISTS ("
            "    SELECT 1 FROM updates AS e WHERE e.chat = u.chat"
            "     AND e.handled_at IS NULL AND e.update_id < u.update_id))"
            "   ORDER BY update_id LIMIT 1"
            "   FOR UPDATE SKIP LOCKED)"
            " RETURNING update_id, payload, owner, attempts, claimed_at, lease_until",
            (owner, check_lease(lease_seconds)),
        )
        if row is None:
            return None
        update_id, payload, owner, attempts, claimed_at, lease_until = row
        return Claimed(update_id, payload, owner, attempts, claimed_at, lease_until)

    def finish_update(self, update_id: int, owner: str) -> bool:
        return (
            self._count(
                "UPDATE updates SET handled_at = now(), lease_until = NULL,"
                " payload = '{}', chat = NULL"
                " WHERE update_id = %s AND owner = %s AND handled_at IS NULL",
                (update_id, owner),
            )
            == 1
        )

    def is_handled(self, update_id: int) -> bool:
        row = self._one(
            "SELECT handled_at IS NOT NULL FROM updates WHERE update_id = %s", (update_id,)
        )
        return bool(row and row[0])

    def pending_count(self) -> int:
        row = self._one("SELECT count(*) FROM updates WHERE handled_at IS NULL")
        return int(row[0]) if row else 0
