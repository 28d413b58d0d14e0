"""Shared state that must outlive a process and be seen by every replica: per-chat context and
the update journal ("every update answered exactly once").

Use::

    store = open_store(os.environ.get("DATABASE_URL"), sqlite_path)   # migrated, ready
    session = Session.create(kb, settings, contexts=StoredContexts(store))
    if store.record_update(update.update_id, update.to_dict()): ...   # then acknowledge
    claimed = store.claim_update(owner="replica-1/worker-3", lease_seconds=120)
    ...                                                               # reply
    store.finish_update(claimed.update_id, claimed.owner)

Two engines behind one ``Store`` interface (``base.py``): PostgreSQL for several replicas on
one database (``postgres.py``), SQLite for one process with a file beside it (``sqlite.py``).

Why psycopg 3 + sqlite3 + a versioned migrations table, and not SQLAlchemy + Alembic:

- The store is a handful of statements whose whole point is engine-specific concurrency:
  ``INSERT … ON CONFLICT DO NOTHING``, ``FOR UPDATE SKIP LOCKED``, advisory locks,
  ``BEGIN IMMEDIATE``. An ORM would hide none of that (each would still be written per
  dialect) while adding a large dependency and a second way to spell every query.
- Alembic runs one engine's history at a time and takes no lock: replicas starting together
  race unless wrapped in an advisory lock, and SQLite's limited ALTER TABLE needs its batch
  mode (copy the table, rename). Our runner is a few lines per engine: numbered steps, each
  applied in its own transaction together with its ``schema_migrations`` row, under the lock
  each engine offers (an advisory lock; ``BEGIN IMMEDIATE``). See ``migrations.py``.
- ``sqlite3`` ships with Python, psycopg 3 is the maintained PostgreSQL driver with binary
  wheels: nothing to compile on a fresh machine.

What it costs: SQL is written twice where the engines differ (timestamps, JSON); the shared
test suite (``tests/test_storage.py``) runs every behaviour against both to keep them equal.
"""

from __future__ import annotations

from pathlib import Path

from bot.storage.base import DEFAULT_SQLITE_PATH, Claimed, Store, StoredContexts
from bot.storage.sqlite import SqliteStore

POSTGRES_SCHEMES = ("postgresql://", "postgres://")

__all__ = [
    "DEFAULT_SQLITE_PATH",
    "Claimed",
    "SqliteStore",
    "Store",
    "StoredContexts",
    "open_store",
]


def open_store(url: str | None, sqlite_path: Path, *, migrate: bool = True) -> Store:
    """PostgreSQL when ``url`` is a ``postgresql://`` URL (from ``DATABASE_URL``), else the SQLite
    file at ``sqlite_path`` (created with its folder). Migrated unless ``migrate=False``:
    every replica may run this at start at the same time.

    Any other non-empty URL is an error rather than a silent fallback to a local file, which
    would split the replicas' state without anyone noticing.
    """
    store: Store
    if url and url.strip():
        url = url.strip()
        if not url.startswith(POSTGRES_SCHEMES):
            # The URL itself is not repeated: it may hold a password.
            raise ValueError(
                "unsupported database URL: expected postgresql://… (or none, for SQLite)"
            )
        # Imported here: a SQLite deployment need not load the PostgreSQL driver.
        from bot.storage.postgres import PostgresStore

        store = PostgresStore(url)
    else:
        store = SqliteStore(sqlite_path)
    if migrate:
        try:
            store.migrate()
        except BaseException:
            store.close()
            raise
    return store
