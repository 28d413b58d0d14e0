"""The schema's history: ordered, numbered steps, each with its SQL for both engines.

Rules, because every replica runs ``migrate()`` on start and a database outlives the code:

- Never edit or reorder a step that has shipped; add a new one with the next version.
- Each step is applied in one transaction together with its ``schema_migrations`` row
  (DDL is transactional in PostgreSQL and SQLite), so a step is applied whole or not at all.
- Keep steps additive where you can (new tables, new nullable columns): during a rolling
  deploy old replicas still run against the new schema.

The SQL differs per engine only where the engines do: timestamps (``timestamptz``/``now()``
against ISO-8601 UTC text), JSON (``json`` against text) and integer widths.
"""

from __future__ import annotations

from bot.records import record


@record
class Migration:
    version: int
    name: str
    sqlite: tuple[str, ...]
    postgresql: tuple[str, ...]

    def statements(self, engine: str) -> tuple[str, ...]:
        return self.sqlite if engine == "sqlite" else self.postgresql


# SQLite has no timestamp type: UTC ISO-8601 text with milliseconds sorts as it compares.
SQLITE_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

# The bookkeeping table, created (if missing) under the migration lock before any step.
SCHEMA_MIGRATIONS = {
    "sqlite": (
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL,"
        f" applied_at TEXT NOT NULL DEFAULT ({SQLITE_NOW}))"
    ),
    "postgresql": (
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version integer PRIMARY KEY,"
        " name text NOT NULL,"
        " applied_at timestamptz NOT NULL DEFAULT now())"
    ),
}

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "chat contexts",
        sqlite=(
            "CREATE TABLE chat_contexts ("
            " chat TEXT PRIMARY KEY,"
            " context TEXT NOT NULL,"
            f" updated_at TEXT NOT NULL DEFAULT ({SQLITE_NOW}))",
        ),
        # json, not jsonb: it keeps the text as written and accepts "\u0000", which jsonb
        # rejects; nothing queries inside a context.
        postgresql=(
            "CREATE TABLE chat_contexts ("
            " chat text PRIMARY KEY,"
            " context json NOT NULL,"
            " updated_at timestamptz NOT NULL DEFAULT now())",
        ),
    ),
    Migration(
        2,
        "update journal",
        sqlite=(
            "CREATE TABLE updates ("
            " update_id INTEGER PRIMARY KEY,"
            " payload TEXT NOT NULL,"
            f" received_at TEXT NOT NULL DEFAULT ({SQLITE_NOW}),"
            " owner TEXT,"
            " claimed_at TEXT,"
            " lease_until TEXT,"
            " attempts INTEGER NOT NULL DEFAULT 0,"
            " handled_at TEXT)",
            "CREATE INDEX updates_unhandled ON updates (update_id) WHERE handled_at IS NULL",
        ),
        # A message a user sent may hold any text, "\u0000" too: json, as for contexts.
        postgresql=(
            "CREATE TABLE updates ("
            " update_id bigint PRIMARY KEY,"
            " payload json NOT NULL,"
            " received_at timestamptz NOT NULL DEFAULT now(),"
            " owner text,"
            " claimed_at timestamptz,"
            " lease_until timestamptz,"
            " attempts integer NOT NULL DEFAULT 0,"
            " handled_at timestamptz)",
            "CREATE INDEX updates_unhandled ON updates (update_id) WHERE handled_at IS NULL",
        ),
    ),
    Migration(
        3,
        "updates in chat order",
        # The chat an update belongs to: a replica may claim an update only when every earlier
        # update of its chat is handled, so a follow-up never overtakes its question, even on
        # another replica. Nullable: rows from version 2 (and updates with no chat) have none.
        sqlite=(
            "ALTER TABLE updates ADD COLUMN chat TEXT",
            "CREATE INDEX updates_chat_unhandled ON updates (chat, update_id)"
            " WHERE handled_at IS NULL",
        ),
        postgresql=(
            "ALTER TABLE updates ADD COLUMN chat text",
            "CREATE INDEX updates_chat_unhandled ON updates (chat, update_id)"
            " WHERE handled_at IS NULL",
        ),
    ),
    Migration(
        4,
        "curator's loop",
        # The query log (one row per question, keyed by its update id so a replayed update is
        # logged once), readers' votes (one per user per reply), and what /reload needs to
        # reach every replica. Users and chats appear only as keyed hashes (HMAC; the key is
        # never stored here). Handled updates lose their payload and chat, which hold ids and
        # names; contexts were keyed by plain chat ids, and are dropped (a follow-up's
        # convenience: the next question starts afresh).
        sqlite=(
            "CREATE TABLE query_log ("
            " ref INTEGER PRIMARY KEY,"
            " asked_at TEXT NOT NULL,"
            " chat_type TEXT NOT NULL,"
            " language TEXT NOT NULL,"
            " question TEXT NOT NULL,"
            " normalized TEXT NOT NULL,"
            " band TEXT NOT NULL,"
            " briefing TEXT,"
            " entry TEXT,"
            " score REAL NOT NULL,"
            " latency_ms INTEGER NOT NULL,"
            " user_hash TEXT,"
            " chat_hash TEXT)",
            "CREATE INDEX query_log_asked ON query_log (asked_at)",
            "CREATE TABLE votes ("
            " ref INTEGER NOT NULL REFERENCES query_log (ref) ON DELETE CASCADE,"
            " user_hash TEXT NOT NULL,"
            " vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),"
            f" voted_at TEXT NOT NULL DEFAULT ({SQLITE_NOW}),"
            " PRIMARY KEY (ref, user_hash))",
            "CREATE TABLE reload_requests ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            f" requested_at TEXT NOT NULL DEFAULT ({SQLITE_NOW}))",
            "CREATE TABLE replicas ("
            " replica TEXT PRIMARY KEY,"
            " digest TEXT,"
            " error TEXT,"
            " request INTEGER NOT NULL DEFAULT 0,"
            " loaded_at TEXT,"
            f" seen_at TEXT NOT NULL DEFAULT ({SQLITE_NOW}))",
            "UPDATE updates SET payload = '{}', chat = NULL WHERE handled_at IS NOT NULL",
            "DELETE FROM chat_contexts",
        ),
        postgresql=(
            "CREATE TABLE query_log ("
            " ref bigint PRIMARY KEY,"
            " asked_at timestamptz NOT NULL,"
            " chat_type text NOT NULL,"
            " language text NOT NULL,"
            " question text NOT NULL,"
            " normalized text NOT NULL,"
            " band text NOT NULL,"
            " briefing text,"
            " entry text,"
            " score double precision NOT NULL,"
            " latency_ms integer NOT NULL,"
            " user_hash text,"
            " chat_hash text)",
            "CREATE INDEX query_log_asked ON query_log (asked_at)",
            "CREATE TABLE votes ("
            " ref bigint NOT NULL REFERENCES query_log (ref) ON DELETE CASCADE,"
            " user_hash text NOT NULL,"
            " vote smallint NOT NULL CHECK (vote IN (-1, 1)),"
            " voted_at timestamptz NOT NULL DEFAULT now(),"
            " PRIMARY KEY (ref, user_hash))",
            "CREATE TABLE reload_requests ("
            " id bigserial PRIMARY KEY,"
            " requested_at timestamptz NOT NULL DEFAULT now())",
            "CREATE TABLE replicas ("
            " replica text PRIMARY KEY,"
            " digest text,"
            " error text,"
            " request bigint NOT NULL DEFAULT 0,"
            " loaded_at timestamptz,"
            " seen_at timestamptz NOT NULL DEFAULT now())",
            "UPDATE updates SET payload = '{}', chat = NULL WHERE handled_at IS NOT NULL",
            "DELETE FROM chat_contexts",
        ),
    ),
)


def pending(applied: set[int], migrations: tuple[Migration, ...] = MIGRATIONS) -> list[Migration]:
    """The steps not applied yet, in order."""
    return [m for m in sorted(migrations, key=lambda m: m.version) if m.version not in applied]
