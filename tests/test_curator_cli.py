"""``briefbot log`` on both engines: the curator's exports and statistics from the store the
bot writes, and purge by retention. The log is filled through the store (as the bot fills
it), then read through the command as a curator runs it."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import yaml

from bot import cli
from bot.settings import Settings
from bot.storage import Store
from bot.storage.records import LoggedQuery
from tests.support.databases import Database

HASH_KEY = "cli-test-hash-key-0123456789abcdefghij"


@pytest.fixture
def curator_env(database: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """The environment a curator's shell has: the bot's database settings, nothing else."""
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.setattr("bot.settings.DEFAULT_ENV_FILE", database.sqlite_path.parent / ".env")
    monkeypatch.setenv("BRIEFBOT_SQLITE_PATH", str(database.sqlite_path))
    if database.url:
        monkeypatch.setenv("DATABASE_URL", database.url)
        monkeypatch.setenv("BRIEFBOT_HASH_KEY", HASH_KEY)
    store = database.open()
    yield store
    store.close()


def fill(store: Store) -> None:
    now = datetime.now(UTC)

    def log(ref: int, question: str, band: str, entry: str | None, hours: float, **kw) -> None:
        store.log_query(
            LoggedQuery(
                ref=ref,
                asked_at=now - timedelta(hours=hours),
                chat_type="private",
                language="ru",
                question=question,
                normalized=question.casefold().strip(" ?"),
                band=band,
                briefing="aliyev-kazakhstan" if entry else None,
                entry=entry,
                score=kw.get("score", 50.0),
                latency_ms=20,
                user=f"user-{ref}",
                chat=f"chat-{ref}",
            )
        )

    log(1, "сколько договоров подписали лидеры", "not_given", "agreements-count", 5, score=57.9)
    log(2, "Сколько договоров подписали лидеры?", "not_given", "agreements-count", 4, score=57.9)
    log(3, "что сказал Эрдоган", "none", None, 3, score=0.0)
    log(4, "сколько соглашений подписали?", "answer", "agreements-count", 2, score=100.0)
    log(5, "=1+1: формула", "suggest", "trade-turnover-now", 1)
    log(6, "старый вопрос", "none", None, 24 * 40)
    store.record_vote(4, "reader-a", up=False)
    store.record_vote(4, "reader-b", up=True)


def test_unanswered_as_csv(curator_env: Store, capsys: pytest.CaptureFixture[str]):
    fill(curator_env)
    assert cli.main(["log", "unanswered"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["kind"], r["question"], r["times"], r["band"]) for r in rows] == [
        ("unanswered", "'=1+1: формула", "1", "suggest"),  # a spreadsheet won't run it
        ("unanswered", "что сказал Эрдоган", "1", "none"),
        ("unanswered", "Сколько договоров подписали лидеры?", "2", "not_given"),
        ("disputed", "сколько соглашений подписали?", "1", "answer"),
    ]
    assert (rows[2]["entry"], rows[2]["score"]) == ("agreements-count", "57.9")
    assert (rows[3]["votes_down"], rows[3]["votes_up"]) == ("1", "1")
    assert cli.main(["log", "unanswered", "--since", "60d"]) == 0
    assert "старый вопрос" in capsys.readouterr().out


def test_unanswered_as_yaml_phrasings_ready_to_paste(
    curator_env: Store, capsys: pytest.CaptureFixture[str]
):
    fill(curator_env)
    assert cli.main(["log", "unanswered", "--since", "7d", "--format", "yaml"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# briefbot: 3 unanswered and 1 disputed question(s) since ")
    assert "  - Сколько договоров подписали лидеры?  # not_given, score 57.9, asked 2×" in out
    groups = yaml.safe_load(out)
    assert groups[0] == {
        "briefing": "aliyev-kazakhstan",
        "nearest": "agreements-count",
        "questions": ["Сколько договоров подписали лидеры?"],
    }
    assert {"briefing": None, "nearest": None, "questions": ["что сказал Эрдоган"]} in groups
    assert groups[-1]["answered_with"] == "agreements-count"


def test_stats(curator_env: Store, capsys: pytest.CaptureFixture[str]):
    fill(curator_env)
    assert cli.main(["log", "stats"]) == 0
    out = capsys.readouterr().out
    assert "за 7 дн.: 5" in out  # the 40-day-old question is outside the window
    assert "Отвечено за 7 дн.: 1 из 5 (20%)" in out
    assert "Сколько договоров подписали лидеры? — 2× (not_given, aliyev-kazakhstan/" in out
    assert "сколько соглашений подписали? → aliyev-kazakhstan/agreements-count: 👎 1, 👍 1" in out
    assert cli.main(["log", "stats", "--days", "60"]) == 0
    assert "за 60 дн.: 6" in capsys.readouterr().out


def test_purge_by_retention_or_by_age(
    curator_env: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    fill(curator_env)
    assert cli.main(["log", "purge"]) == 0  # 90 days by default: nothing that old
    assert ": 0 question(s), 0 vote(s)" in capsys.readouterr().out
    monkeypatch.setenv("BRIEFBOT_LOG_RETENTION_DAYS", "30")
    assert cli.main(["log", "purge"]) == 0
    assert ": 1 question(s), 0 vote(s)" in capsys.readouterr().out
    assert cli.main(["log", "purge", "--older-than", "150m"]) == 0
    assert ": 3 question(s), 0 vote(s)" in capsys.readouterr().out
    assert cli.main(["log", "purge", "--older-than", "1m"]) == 0
    assert ": 2 question(s), 2 vote(s)" in capsys.readouterr().out
    assert curator_env.queries() == []


def test_wrong_arguments_are_one_line(curator_env: Store, capsys: pytest.CaptureFixture[str]):
    assert cli.main(["log", "unanswered", "--since", "last week"]) == cli.EXIT_USAGE
    assert capsys.readouterr().err.startswith("--since 'last week': expected 7d, 12h, 30m")
    assert cli.main(["log", "purge", "--older-than", "soon"]) == cli.EXIT_USAGE
    assert "--older-than 'soon'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["log", "unanswered", "--format", "xlsx"])
