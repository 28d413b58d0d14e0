"""Fixtures every test module may use, and the storage suite's reach at the end of a run.

A skipped PostgreSQL suite must not pass unnoticed (``make test`` on a machine without a
server is green, but says so loudly), and the concurrency tests report their counts.
"""

from __future__ import annotations

import os
from collections import Counter
from urllib.parse import urlsplit

import pytest

from bot.answering.session import Session
from bot.knowledge import load_knowledge
from bot.settings import DEFAULT_KNOWLEDGE
from tests.support.databases import database, postgres_url

__all__ = ["database", "postgres_url"]  # the engines' fixtures, for every test module


@pytest.fixture(scope="module")
def session() -> Session:
    """A Session over the real knowledge base, as every transport builds it.

    Module-scoped: loading and indexing the base is the costly part, and a module's tests
    only ask questions of it; a module needing other settings defines its own ``session``.
    """
    return Session.create(load_knowledge(DEFAULT_KNOWLEDGE))


# Modules whose tests run once per engine ([sqlite], [postgresql]).
STORAGE_TESTS = (
    "tests/test_storage.py::",
    "tests/test_service.py::",
    "tests/test_querylog.py::",
    "tests/test_curating.py::",
    "tests/test_curator_cli.py::",
)
# Modules whose passed tests report counts (faults survived, flood shares) in the summary.
REPORTING_TESTS = (*STORAGE_TESTS, "tests/test_reliability.py::")


def _where(url: str) -> str:
    """The server and database, never a password."""
    parts = urlsplit(url)
    return f"{parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path}"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    outcomes: dict[str, Counter[str]] = {"sqlite": Counter(), "postgresql": Counter()}
    lines: list[str] = []
    for outcome in ("passed", "failed", "skipped", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            nodeid = getattr(report, "nodeid", "")
            if not nodeid.startswith(REPORTING_TESTS):
                continue
            for engine, counts in outcomes.items():
                if engine in nodeid.rpartition("[")[2].rstrip("]").split("-"):
                    counts[outcome] += 1
            if outcome == "passed":
                lines += [
                    str(v) for k, v in getattr(report, "user_properties", []) if k == "storage"
                ]
    if not any(outcomes.values()) and not lines:
        return  # neither storage nor reporting tests were selected
    terminalreporter.write_sep("-", "storage")
    for line in lines:
        terminalreporter.write_line(f"  {line}")
    if not any(outcomes.values()):
        return  # only reporting tests ran: no engine to speak of
    for engine, counts in outcomes.items():
        summary = ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items()))
        terminalreporter.write_line(f"  {engine}: {summary}")
    url = os.environ.get("TEST_DATABASE_URL", "").strip()
    if not url:
        terminalreporter.write_sep(
            "!",
            "PostgreSQL suite SKIPPED: TEST_DATABASE_URL not set",
            yellow=True,
            bold=True,
        )
    elif outcomes["postgresql"]["error"] or outcomes["postgresql"]["failed"]:
        terminalreporter.write_sep(
            "!", f"PostgreSQL suite FAILED against {_where(url)}", red=True, bold=True
        )
    else:
        terminalreporter.write_line(f"  PostgreSQL suite ran against {_where(url)}")
