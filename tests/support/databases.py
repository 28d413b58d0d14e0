"""The two engines a test can run against: SQLite in a tmp folder, always; PostgreSQL when
``TEST_DATABASE_URL`` is set, each test in a schema of its own, dropped afterwards. A set but
unreachable server fails the tests instead of skipping them. Fixtures: ``postgres_url`` and
``database`` (registered in ``tests/conftest.py``)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import pytest

from bot.storage import SqliteStore, Store, open_store
from bot.storage.migrations import Migration

PG_SKIP_REASON = "PostgreSQL suite SKIPPED: TEST_DATABASE_URL not set"


# ---------------------------------------------------------------------- the two engines
@dataclass(frozen=True)
class Database:
    """One empty database of one engine, which any number of stores (and processes) open."""

    engine: str
    url: str | None
    sqlite_path: Path

    def open(self, *, migrate: bool = True) -> Store:
        return open_store(self.url, self.sqlite_path, migrate=migrate)

    def open_with(self, migrations: tuple[Migration, ...]) -> Store:
        """A store that knows another migration history (to test the runner itself)."""
        if self.url is None:
            return SqliteStore(self.sqlite_path, migrations=migrations)
        from bot.storage.postgres import PostgresStore

        return PostgresStore(self.url, migrations=migrations)


def with_search_path(url: str, schema: str) -> str:
    """The URL with ``options=-c search_path=<schema>``: every connection, in any process, lands
    in the test's own schema."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "options"]
    query.append(("options", f"-c search_path={schema}"))
    return urlunsplit(parts._replace(query=urlencode(query, quote_via=quote)))


@pytest.fixture(scope="session")
def postgres_url() -> str | None:
    """``TEST_DATABASE_URL`` once its server answered; None when it is not set. Asked once per
    run, so an unreachable server fails every PostgreSQL test at once, not after a timeout
    each."""
    url = os.environ.get("TEST_DATABASE_URL", "").strip()
    if not url:
        return None
    import psycopg

    try:
        psycopg.connect(url, connect_timeout=10).close()
    except psycopg.OperationalError as error:
        return f"unreachable: {error}".strip()
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def database(
    request: pytest.FixtureRequest, tmp_path: Path, postgres_url: str | None
) -> Iterator[Database]:
    if request.param == "sqlite":
        yield Database("sqlite", None, tmp_path / "var" / "briefbot.sqlite3")
        return
    if postgres_url is None:
        pytest.skip(PG_SKIP_REASON)
    if postgres_url.startswith("unreachable: "):
        pytest.fail(
            "TEST_DATABASE_URL is set but PostgreSQL does not answer: "
            + postgres_url.removeprefix("unreachable: "),
            pytrace=False,
        )
    import psycopg
    from psycopg import sql

    url = postgres_url
    schema = f"briefbot_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True, connect_timeout=10) as admin:
        admin.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    try:
        yield Database("postgresql", with_search_path(url, schema), tmp_path / "unused.sqlite3")
    finally:
        with psycopg.connect(url, autocommit=True, connect_timeout=10) as admin:
            admin.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))
