"""Settings as a deployment meets them: values from the environment and ``.env``, each one
validated, every problem reported at once — in code and through the real ``briefbot``
command in a subprocess — and ``briefbot config`` showing what is in effect, secrets masked.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot import cli
from bot.settings import (
    DEFAULT_KNOWLEDGE,
    DEFAULT_SQLITE_PATH,
    PROJECT_ROOT,
    Settings,
    SettingsError,
    mask_database_url,
)

TOKEN = "123456:AAE-Secret_Token"
WEBHOOK_SECRET = "Webhook-Secret_42"
DB_PASSWORD = "Pa55-word"
DATABASE_URL = f"postgresql://briefbot:{DB_PASSWORD}@db.internal:5432/briefbot"
NO_FILE = Path("/nonexistent/.env")
HASH_KEY = "0123456789abcdef0123456789abcdef-Secret"


def load(**environ: str) -> Settings:
    """Settings from these variables only (no .env)."""
    return Settings.load(environ, env_file=NO_FILE)


def problems(**environ: str) -> list[str]:
    with pytest.raises(SettingsError) as caught:
        load(**environ)
    return caught.value.problems


def briefbot(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TELEGRAM_", "BRIEFBOT_")) and k != "DATABASE_URL"
    }
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        env=environment,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )


# ----------------------------------------------------------------------------- defaults


def test_defaults_without_arguments():
    settings = Settings()
    assert settings.telegram_bot_token is None
    assert settings.telegram_api_base_url == "https://api.telegram.org/bot"
    assert settings.briefbot_knowledge == DEFAULT_KNOWLEDGE
    assert settings.briefbot_answer_threshold == 56
    assert settings.briefbot_suggest_threshold == 40
    assert settings.briefbot_inline_cache_seconds == 300
    assert settings.briefbot_concurrent_updates == 8
    assert settings.briefbot_log_level == "INFO"
    assert settings.briefbot_log_format == "text"
    assert settings.briefbot_allow_drafts is False
    assert settings.briefbot_webhook_url is None
    assert settings.briefbot_webhook_secret is None
    assert settings.briefbot_webhook_listen == "127.0.0.1"
    assert settings.briefbot_webhook_port == 8080
    assert settings.database_url is None
    assert settings.briefbot_sqlite_path == PROJECT_ROOT / "var" / "briefbot.sqlite3"
    assert DEFAULT_SQLITE_PATH == PROJECT_ROOT / "var" / "briefbot.sqlite3"
    assert not settings.webhook_mode


def test_constructing_in_code_reads_neither_environment_nor_env_file(monkeypatch):
    """Tests build Settings(...) directly; a developer's variables must not leak in."""
    monkeypatch.setenv("BRIEFBOT_ANSWER_THRESHOLD", "70")
    monkeypatch.setenv("BRIEFBOT_WEBHOOK_URL", "https://bot.example.org/hook")
    settings = Settings(telegram_bot_token=TOKEN)
    assert settings.briefbot_answer_threshold == 56
    assert settings.telegram_bot_token == TOKEN
    assert settings.source("telegram_bot_token") == "argument"
    assert settings.source("briefbot_answer_threshold") == "default"


def test_nothing_set_loads_the_defaults():
    assert load().model_dump() == Settings().model_dump()
    assert {load().source(name) for name in Settings.model_fields} == {"default"}


def test_settings_are_frozen():
    with pytest.raises(ValueError):
        Settings().briefbot_answer_threshold = 10  # type: ignore[misc]


# ----------------------------------------------------------------------------- sources


def test_environment_wins_over_env_file_which_wins_over_the_default(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text(
        "# comment\n"
        f"TELEGRAM_BOT_TOKEN='{TOKEN}'\n"
        "BRIEFBOT_ANSWER_THRESHOLD=70\n"
        'export BRIEFBOT_LOG_LEVEL="warning"\n'
        "BRIEFBOT_WEBHOOK_PORT=9000  # inline comment\n",
        encoding="utf-8",
    )
    settings = Settings.load(
        {"BRIEFBOT_ANSWER_THRESHOLD": "65", "BRIEFBOT_CONCURRENT_UPDATES": "4"}, env_file=env_file
    )
    assert settings.telegram_bot_token == TOKEN
    assert settings.briefbot_answer_threshold == 65.0
    assert settings.briefbot_concurrent_updates == 4
    assert settings.briefbot_log_level == "WARNING"
    assert settings.briefbot_webhook_port == 9000
    assert settings.source("briefbot_answer_threshold") == "environment"
    assert settings.source("briefbot_concurrent_updates") == "environment"
    assert settings.source("telegram_bot_token") == ".env"
    assert settings.source("briefbot_webhook_port") == ".env"
    assert settings.source("briefbot_suggest_threshold") == "default"
    assert TOKEN not in settings.redacted()


def test_an_empty_value_counts_as_not_set(tmp_path):
    """``TELEGRAM_BOT_TOKEN=`` as copied from .env.example, or an empty variable a compose
    file passes on, leaves the next source (then the default) in charge."""
    env_file = tmp_path / ".env"
    env_file.write_text("BRIEFBOT_ANSWER_THRESHOLD=70\nTELEGRAM_BOT_TOKEN=\n", encoding="utf-8")
    settings = Settings.load(
        {"BRIEFBOT_ANSWER_THRESHOLD": "", "BRIEFBOT_WEBHOOK_PORT": "  "}, env_file=env_file
    )
    assert settings.briefbot_answer_threshold == 70.0
    assert settings.source("briefbot_answer_threshold") == ".env"
    assert settings.telegram_bot_token is None
    assert settings.source("telegram_bot_token") == "default"
    assert settings.briefbot_webhook_port == 8080


def test_the_process_environment_is_read_when_none_is_given(monkeypatch):
    monkeypatch.setenv("BRIEFBOT_INLINE_CACHE_SECONDS", "60")
    settings = Settings.load(env_file=NO_FILE)
    assert settings.briefbot_inline_cache_seconds == 60
    assert settings.source("briefbot_inline_cache_seconds") == "environment"


def test_other_programs_names_in_env_file_are_left_alone(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text("POSTGRES_PASSWORD=x\nCOMPOSE_PROJECT_NAME=bb\n", encoding="utf-8")
    assert (
        Settings.load({"HOME": "/root"}, env_file=env_file).model_dump() == Settings().model_dump()
    )


def test_a_misspelt_setting_is_reported_with_the_likely_name(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text("BRIEFBOT_LOGLEVEL=DEBUG\n", encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        Settings.load({"BRIEFBOT_WEBHOOK_PROT": "80"}, env_file=env_file)
    assert caught.value.problems == [
        "BRIEFBOT_WEBHOOK_PROT: not a briefbot setting (in environment); "
        "did you mean BRIEFBOT_WEBHOOK_PORT?",
        "BRIEFBOT_LOGLEVEL: not a briefbot setting (in .env); did you mean BRIEFBOT_LOG_LEVEL?",
    ]


# ----------------------------------------------------------------------------- each setting

GOOD = [
    ("TELEGRAM_BOT_TOKEN", TOKEN, TOKEN),
    ("TELEGRAM_BOT_TOKEN", f"  {TOKEN} ", TOKEN),
    ("TELEGRAM_API_BASE_URL", "http://127.0.0.1:8081/bot", "http://127.0.0.1:8081/bot"),
    (
        "BRIEFBOT_KNOWLEDGE",
        "knowledge/aliyev-kazakhstan.yaml",
        Path("knowledge/aliyev-kazakhstan.yaml"),
    ),
    ("BRIEFBOT_KNOWLEDGE", "~/briefings", Path.home() / "briefings"),
    ("BRIEFBOT_ANSWER_THRESHOLD", "100", 100.0),
    ("BRIEFBOT_ANSWER_THRESHOLD", "62.5", 62.5),
    ("BRIEFBOT_SUGGEST_THRESHOLD", "0", 0.0),
    ("BRIEFBOT_SUGGEST_THRESHOLD", "56", 56.0),
    ("BRIEFBOT_INLINE_CACHE_SECONDS", "0", 0),
    ("BRIEFBOT_CONCURRENT_UPDATES", "1", 1),
    ("BRIEFBOT_LOG_LEVEL", "debug", "DEBUG"),
    ("BRIEFBOT_LOG_LEVEL", "ERROR", "ERROR"),
    ("BRIEFBOT_LOG_FORMAT", "JSON", "json"),
    ("BRIEFBOT_LOG_FORMAT", "text", "text"),
    ("BRIEFBOT_ALLOW_DRAFTS", "true", True),
    ("BRIEFBOT_ALLOW_DRAFTS", "1", True),
    ("BRIEFBOT_ALLOW_DRAFTS", "False", False),
    ("BRIEFBOT_ALLOW_DRAFTS", "0", False),
    # Accepted as pydantic accepted them (documented in README and .env.example).
    ("BRIEFBOT_ALLOW_DRAFTS", "yes", True),
    ("BRIEFBOT_ALLOW_DRAFTS", "off", False),
    ("BRIEFBOT_WEBHOOK_SECRET", WEBHOOK_SECRET, WEBHOOK_SECRET),
    ("BRIEFBOT_WEBHOOK_SECRET", "x" * 256, "x" * 256),
    ("BRIEFBOT_WEBHOOK_LISTEN", "0.0.0.0", "0.0.0.0"),
    ("BRIEFBOT_WEBHOOK_LISTEN", "::", "::"),
    ("BRIEFBOT_WEBHOOK_LISTEN", "localhost", "localhost"),
    ("BRIEFBOT_WEBHOOK_PORT", "1", 1),
    ("BRIEFBOT_WEBHOOK_PORT", "65535", 65535),
    ("DATABASE_URL", DATABASE_URL, DATABASE_URL),
    ("DATABASE_URL", "postgres://u:p@host/db", "postgres://u:p@host/db"),
    ("DATABASE_URL", "postgresql:///briefbot", "postgresql:///briefbot"),
    ("BRIEFBOT_SQLITE_PATH", "/srv/briefbot/state.sqlite3", Path("/srv/briefbot/state.sqlite3")),
    ("BRIEFBOT_ADMIN_IDS", "123456789", (123456789,)),
    ("BRIEFBOT_ADMIN_IDS", " 1, 22 333,,1 ", (1, 22, 333)),
    ("BRIEFBOT_HASH_KEY", HASH_KEY, HASH_KEY),
    ("BRIEFBOT_LOG_RETENTION_DAYS", "1", 1),
    ("BRIEFBOT_LOG_RETENTION_DAYS", "3650", 3650),
    ("BRIEFBOT_KNOWLEDGE_POLL_SECONDS", "0.5", 0.5),
]


@pytest.mark.parametrize(("name", "raw", "expected"), GOOD)
def test_good_values_are_read(name, raw, expected):
    settings = load(**{name: raw})
    assert getattr(settings, name.lower()) == expected
    assert settings.source(name.lower()) == "environment"


@pytest.mark.parametrize(
    "url",
    [
        "https://bot.example.org/telegram",
        "https://bot.example.org:8443/hook",
        "https://1.2.3.4:88/",
    ],
)
def test_a_webhook_url_with_its_secret_is_webhook_mode(url):
    settings = load(BRIEFBOT_WEBHOOK_URL=url, BRIEFBOT_WEBHOOK_SECRET=WEBHOOK_SECRET)
    assert settings.briefbot_webhook_url == url
    assert settings.webhook_mode


BAD = [
    (
        "TELEGRAM_BOT_TOKEN",
        "bot123456:AAE",
        "TELEGRAM_BOT_TOKEN: must look like 123456789:AAE… (the token from @BotFather), "
        "got a value of 13 characters (not shown)",
    ),
    (
        "TELEGRAM_BOT_TOKEN",
        "123456:AAE secret",
        "TELEGRAM_BOT_TOKEN: must look like 123456789:AAE… (the token from @BotFather), "
        "got a value of 17 characters (not shown)",
    ),
    (
        "TELEGRAM_API_BASE_URL",
        "api.telegram.org/bot",
        "TELEGRAM_API_BASE_URL: must be an http:// or https:// URL ending where the token goes, "
        "got 'api.telegram.org/bot'",
    ),
    (
        "BRIEFBOT_ANSWER_THRESHOLD",
        "high",
        "BRIEFBOT_ANSWER_THRESHOLD: must be a number from 0 to 100, got 'high'",
    ),
    (
        "BRIEFBOT_ANSWER_THRESHOLD",
        "101",
        "BRIEFBOT_ANSWER_THRESHOLD: must be a number from 0 to 100, got '101'",
    ),
    (
        "BRIEFBOT_ANSWER_THRESHOLD",
        "nan",
        "BRIEFBOT_ANSWER_THRESHOLD: must be a number from 0 to 100, got 'nan'",
    ),
    (
        "BRIEFBOT_SUGGEST_THRESHOLD",
        "-1",
        "BRIEFBOT_SUGGEST_THRESHOLD: must be a number from 0 to 100, got '-1'",
    ),
    (
        "BRIEFBOT_SUGGEST_THRESHOLD",
        "60",
        "BRIEFBOT_SUGGEST_THRESHOLD: must not be above BRIEFBOT_ANSWER_THRESHOLD (56), got 60",
    ),
    (
        "BRIEFBOT_INLINE_CACHE_SECONDS",
        "-5",
        "BRIEFBOT_INLINE_CACHE_SECONDS: must be a whole number of seconds, 0 or more, got '-5'",
    ),
    (
        "BRIEFBOT_INLINE_CACHE_SECONDS",
        "1.5",
        "BRIEFBOT_INLINE_CACHE_SECONDS: must be a whole number of seconds, 0 or more, got '1.5'",
    ),
    (
        "BRIEFBOT_CONCURRENT_UPDATES",
        "0",
        "BRIEFBOT_CONCURRENT_UPDATES: must be a whole number, 1 or more, got '0'",
    ),
    (
        "BRIEFBOT_CONCURRENT_UPDATES",
        "eight",
        "BRIEFBOT_CONCURRENT_UPDATES: must be a whole number, 1 or more, got 'eight'",
    ),
    (
        "BRIEFBOT_LOG_LEVEL",
        "verbose",
        "BRIEFBOT_LOG_LEVEL: must be one of DEBUG, INFO, WARNING, ERROR, got 'verbose'",
    ),
    (
        "BRIEFBOT_LOG_LEVEL",
        "CRITICAL",
        "BRIEFBOT_LOG_LEVEL: must be one of DEBUG, INFO, WARNING, ERROR, got 'CRITICAL'",
    ),
    ("BRIEFBOT_LOG_FORMAT", "xml", "BRIEFBOT_LOG_FORMAT: must be text or json, got 'xml'"),
    (
        "BRIEFBOT_ALLOW_DRAFTS",
        "maybe",
        "BRIEFBOT_ALLOW_DRAFTS: must be true or false (1/0, yes/no, on/off also work), got 'maybe'",
    ),
    (
        "BRIEFBOT_ALLOW_DRAFTS",
        "2",
        "BRIEFBOT_ALLOW_DRAFTS: must be true or false (1/0, yes/no, on/off also work), got '2'",
    ),
    (
        "BRIEFBOT_WEBHOOK_URL",
        "http://bot.example.org/hook",
        "BRIEFBOT_WEBHOOK_URL: must be an https:// URL (Telegram accepts no other), "
        "got 'http://bot.example.org/hook'",
    ),
    (
        "BRIEFBOT_WEBHOOK_URL",
        "bot.example.org",
        "BRIEFBOT_WEBHOOK_URL: must be an https:// URL (Telegram accepts no other), "
        "got 'bot.example.org'",
    ),
    (
        "BRIEFBOT_WEBHOOK_URL",
        "https://bot.example.org:8080/hook",
        "BRIEFBOT_WEBHOOK_URL: must use one of the ports Telegram sends webhooks to "
        "(443, 80, 88, 8443), got 'https://bot.example.org:8080/hook'",
    ),
    (
        "BRIEFBOT_WEBHOOK_SECRET",
        "has space",
        "BRIEFBOT_WEBHOOK_SECRET: must be 1-256 characters of A-Z a-z 0-9 _ -, "
        "got a value of 9 characters (not shown)",
    ),
    (
        "BRIEFBOT_WEBHOOK_SECRET",
        "x" * 257,
        "BRIEFBOT_WEBHOOK_SECRET: must be 1-256 characters of A-Z a-z 0-9 _ -, "
        "got a value of 257 characters (not shown)",
    ),
    (
        "BRIEFBOT_WEBHOOK_LISTEN",
        "bad host!",
        "BRIEFBOT_WEBHOOK_LISTEN: must be an IP address or a host name, got 'bad host!'",
    ),
    (
        "BRIEFBOT_WEBHOOK_PORT",
        "abc",
        "BRIEFBOT_WEBHOOK_PORT: must be between 1 and 65535, got 'abc'",
    ),
    (
        "BRIEFBOT_WEBHOOK_PORT",
        "0",
        "BRIEFBOT_WEBHOOK_PORT: must be between 1 and 65535, got '0'",
    ),
    (
        "BRIEFBOT_WEBHOOK_PORT",
        "65536",
        "BRIEFBOT_WEBHOOK_PORT: must be between 1 and 65535, got '65536'",
    ),
    (
        "DATABASE_URL",
        "mysql://briefbot:hunter2@db/briefbot",
        "DATABASE_URL: must be a postgresql:// URL (or postgres://), "
        "got 'mysql://briefbot:***@db/briefbot'",
    ),
    (
        "DATABASE_URL",
        "postgresql://u:hunter2@db:port/briefbot",
        "DATABASE_URL: must be a postgresql:// URL with a valid port, "
        "got 'postgresql://u:***@db:port/briefbot'",
    ),
    (
        "BRIEFBOT_ADMIN_IDS",
        "@press_office",
        "BRIEFBOT_ADMIN_IDS: must be Telegram user ids (whole numbers) separated by commas, "
        "got '@press_office'",
    ),
    (
        "BRIEFBOT_ADMIN_IDS",
        "[1, 2]",
        "BRIEFBOT_ADMIN_IDS: must be Telegram user ids (whole numbers) separated by commas, "
        "got '[1, 2]'",
    ),
    (
        "BRIEFBOT_HASH_KEY",
        "too short",
        "BRIEFBOT_HASH_KEY: must be 32-256 characters without spaces "
        "(e.g. `openssl rand -hex 32`), got a value of 9 characters (not shown)",
    ),
    (
        "BRIEFBOT_LOG_RETENTION_DAYS",
        "0",
        "BRIEFBOT_LOG_RETENTION_DAYS: must be a whole number of days from 1 to 3650, got '0'",
    ),
    (
        "BRIEFBOT_KNOWLEDGE_POLL_SECONDS",
        "0",
        "BRIEFBOT_KNOWLEDGE_POLL_SECONDS: must be a number of seconds from 0.1 to 3600, got '0'",
    ),
]


@pytest.mark.parametrize(("name", "raw", "line"), BAD, ids=[f"{n}={r[:20]}" for n, r, _ in BAD])
def test_a_bad_value_is_one_clear_line(name, raw, line):
    environ = {"BRIEFBOT_WEBHOOK_SECRET": WEBHOOK_SECRET, name: raw}  # a secret alone is fine
    assert problems(**environ) == [line]


def test_a_folder_is_no_sqlite_file(tmp_path):
    assert problems(BRIEFBOT_SQLITE_PATH=str(tmp_path)) == [
        f"BRIEFBOT_SQLITE_PATH: must be a file path, not a folder, got '{tmp_path}'"
    ]


def test_a_webhook_url_needs_its_secret():
    assert problems(BRIEFBOT_WEBHOOK_URL="https://bot.example.org/hook") == [
        "BRIEFBOT_WEBHOOK_SECRET: required when BRIEFBOT_WEBHOOK_URL is set"
    ]


def test_every_problem_is_reported_at_once():
    """Field errors and the rules between settings together: a wrong port must not hide the
    missing secret or the crossed thresholds."""
    found = problems(
        BRIEFBOT_WEBHOOK_URL="http://bot.example.org/hook",
        BRIEFBOT_WEBHOOK_PORT="abc",
        BRIEFBOT_ANSWER_THRESHOLD="50",
        BRIEFBOT_SUGGEST_THRESHOLD="60",
        BRIEFBOT_LOG_LEVEL="loud",
    )
    assert sorted(found) == sorted(
        [
            "BRIEFBOT_WEBHOOK_URL: must be an https:// URL (Telegram accepts no other), "
            "got 'http://bot.example.org/hook'",
            "BRIEFBOT_WEBHOOK_PORT: must be between 1 and 65535, got 'abc'",
            "BRIEFBOT_SUGGEST_THRESHOLD: must not be above BRIEFBOT_ANSWER_THRESHOLD (50), got 60",
            "BRIEFBOT_LOG_LEVEL: must be one of DEBUG, INFO, WARNING, ERROR, got 'loud'",
            "BRIEFBOT_WEBHOOK_SECRET: required when BRIEFBOT_WEBHOOK_URL is set",
        ]
    )


def test_rules_between_settings_hold_for_settings_built_in_code():
    with pytest.raises(ValueError, match="must not be above BRIEFBOT_ANSWER_THRESHOLD"):
        Settings(briefbot_suggest_threshold=70)
    with pytest.raises(ValueError, match="required when BRIEFBOT_WEBHOOK_URL is set"):
        Settings(briefbot_webhook_url="https://bot.example.org/hook")


def test_the_hash_key_is_required_to_serve_on_postgresql_only():
    """Replicas on one database must hash ids alike; a SQLite bot generates its own key, and
    commands that never write the store (config, check) run without it."""
    assert load(DATABASE_URL=DATABASE_URL).service_problems() == [
        "BRIEFBOT_HASH_KEY: required when DATABASE_URL is set (every replica must hash user "
        "and chat ids with the same key; e.g. `openssl rand -hex 32`)"
    ]
    assert load(DATABASE_URL=DATABASE_URL, BRIEFBOT_HASH_KEY=HASH_KEY).service_problems() == []
    assert load().service_problems() == []


def test_run_on_postgresql_without_the_hash_key_stops_before_anything():
    result = briefbot("run", env={"TELEGRAM_BOT_TOKEN": TOKEN, "DATABASE_URL": DATABASE_URL})
    assert result.returncode == cli.EXIT_CONFIG
    assert result.stderr.splitlines()[0].startswith(
        "BRIEFBOT_HASH_KEY: required when DATABASE_URL is set"
    )
    assert DB_PASSWORD not in result.stderr and "Traceback" not in result.stderr


def test_no_secret_is_echoed_in_a_problem():
    found = problems(
        TELEGRAM_BOT_TOKEN="bot" + TOKEN,
        BRIEFBOT_WEBHOOK_SECRET=WEBHOOK_SECRET + "!",
        DATABASE_URL=DATABASE_URL.replace("postgresql", "mysql"),
    )
    assert len(found) == 3
    text = "\n".join(found)
    for secret in (TOKEN, TOKEN.partition(":")[2], WEBHOOK_SECRET, DB_PASSWORD):
        assert secret not in text


# ----------------------------------------------------------------------------- secrets


def test_secret_values_cover_the_token_the_webhook_secret_and_the_database_password():
    settings = Settings(
        telegram_bot_token=TOKEN,
        briefbot_webhook_url="https://bot.example.org/hook",
        briefbot_webhook_secret=WEBHOOK_SECRET,
        database_url="postgresql://u:p%40ss@db/briefbot?password=other",
        briefbot_hash_key=HASH_KEY,
    )
    assert set(settings.secret_values()) == {
        TOKEN,
        TOKEN.partition(":")[2],
        WEBHOOK_SECRET,
        HASH_KEY,
        "p%40ss",
        "p@ss",
        "other",
    }
    assert Settings().secret_values() == ()


@pytest.mark.parametrize(
    ("url", "masked"),
    [
        (DATABASE_URL, "postgresql://briefbot:***@db.internal:5432/briefbot"),
        ("postgres://u:p%40ss@db/x?sslmode=require", "postgres://u:***@db/x?sslmode=require"),
        (
            "postgresql://u@db/x?password=pw&sslmode=require",
            "postgresql://u@db/x?password=***&sslmode=require",
        ),
        ("postgresql:///briefbot", "postgresql:///briefbot"),
    ],
)
def test_the_database_password_is_masked_the_rest_stays_readable(url, masked):
    assert mask_database_url(url) == masked


# ----------------------------------------------------------------------------- the command


@pytest.mark.parametrize(
    "command",
    [
        ["run"],
        ["ask", "сколько соглашений подписали"],
        ["check"],
        ["config"],
        ["eval", "tests/eval/sample_questions.yaml"],
    ],
)
def test_every_command_stops_on_bad_settings_with_every_problem(command):
    result = briefbot(
        *command,
        env={"BRIEFBOT_WEBHOOK_PORT": "abc", "BRIEFBOT_CONCURRENT_UPDATES": "0"},
    )
    assert result.returncode == cli.EXIT_CONFIG
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines == [
        "BRIEFBOT_CONCURRENT_UPDATES: must be a whole number, 1 or more, got '0'",
        "BRIEFBOT_WEBHOOK_PORT: must be between 1 and 65535, got 'abc'",
        "2 problem(s) in the settings (environment or .env; see .env.example): nothing was done",
    ]
    assert "Traceback" not in result.stderr


def test_config_prints_every_setting_with_its_source_and_masks_secrets(
    tmp_path, monkeypatch, capsys
):
    env_file = tmp_path / ".env"
    env_file.write_text(
        f"TELEGRAM_BOT_TOKEN={TOKEN}\nBRIEFBOT_WEBHOOK_URL=https://bot.example.org/hook\n"
        "BRIEFBOT_ANSWER_THRESHOLD=60\n",
        encoding="utf-8",
    )
    monkeypatch.setattr("bot.settings.DEFAULT_ENV_FILE", env_file)
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.setenv("BRIEFBOT_ANSWER_THRESHOLD", "58")
    monkeypatch.setenv("BRIEFBOT_WEBHOOK_SECRET", WEBHOOK_SECRET)
    monkeypatch.setenv("DATABASE_URL", DATABASE_URL)
    monkeypatch.setenv("BRIEFBOT_HASH_KEY", HASH_KEY)
    monkeypatch.setenv("BRIEFBOT_ADMIN_IDS", "42, 7")
    assert cli.main(["config"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert [line.partition("=")[0] for line in lines] == [n.upper() for n in Settings.model_fields]
    assert "TELEGRAM_BOT_TOKEN=***  # .env" in lines
    assert "BRIEFBOT_WEBHOOK_URL=https://bot.example.org/hook  # .env" in lines
    assert "BRIEFBOT_ANSWER_THRESHOLD=58  # environment" in lines
    assert "BRIEFBOT_WEBHOOK_SECRET=***  # environment" in lines
    assert (
        "DATABASE_URL=postgresql://briefbot:***@db.internal:5432/briefbot  # environment" in lines
    )
    assert "BRIEFBOT_SUGGEST_THRESHOLD=40  # default" in lines
    assert "BRIEFBOT_WEBHOOK_PORT=8080  # default" in lines
    assert "BRIEFBOT_HASH_KEY=***  # environment" in lines
    assert "BRIEFBOT_ADMIN_IDS=42,7  # environment" in lines
    for secret in (TOKEN, TOKEN.partition(":")[2], WEBHOOK_SECRET, DB_PASSWORD, HASH_KEY):
        assert secret not in out


def test_config_through_the_real_command():
    result = briefbot(
        "config",
        env={
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "BRIEFBOT_LOG_FORMAT": "json",
            "DATABASE_URL": DATABASE_URL,
        },
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(Settings.model_fields)
    assert "TELEGRAM_BOT_TOKEN=***  # environment" in lines
    assert "BRIEFBOT_LOG_FORMAT=json  # environment" in lines
    assert (
        "DATABASE_URL=postgresql://briefbot:***@db.internal:5432/briefbot  # environment" in lines
    )
    assert TOKEN.partition(":")[2] not in result.stdout + result.stderr
    assert DB_PASSWORD not in result.stdout + result.stderr
