"""Logging through the real set-up (`configure_logging`): level and format from the settings,
JSON lines that parse, and no secret in any line — in any letter case, in messages, in their
arguments and in tracebacks.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import sys
from collections.abc import Iterator

import pytest

from bot.settings import Settings
from bot.transport.logs import SecretFilter, configure_logging, protect_secrets
from tests.support.botapi import FakeBotApi

TOKEN = "123456:AAE-Secret_Token"
TOKEN_SECRET = TOKEN.partition(":")[2]
WEBHOOK_SECRET = "Webhook-Secret_42"
DB_PASSWORD = "Pa55-w%40rd"  # as written in the URL; decoded: Pa55-w@rd
DATABASE_URL = f"postgresql://briefbot:{DB_PASSWORD}@db.internal:5432/briefbot"
SECRETS = (TOKEN_SECRET, WEBHOOK_SECRET, DB_PASSWORD, "Pa55-w@rd")


def settings(**values: object) -> Settings:
    return Settings(
        telegram_bot_token=TOKEN,
        briefbot_webhook_url="https://bot.example.org/hook",
        briefbot_webhook_secret=WEBHOOK_SECRET,
        database_url=DATABASE_URL,
        **values,  # type: ignore[arg-type]
    )


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """The root logger and the quietened loggers as they were: other tests log too."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {name: logging.getLogger(name).level for name in ("httpx", "httpcore")}
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)
    for name, old in levels.items():
        logging.getLogger(name).setLevel(old)


def capture(**values: object) -> io.StringIO:
    stream = io.StringIO()
    configure_logging(settings(**values), stream=stream)
    return stream


def log_secrets_everywhere() -> None:
    """Each secret as a message, as an argument, in other letter cases, and in a traceback."""
    log = logging.getLogger("briefbot.test")
    url = f"https://api.telegram.org/bot{TOKEN}/getMe"
    log.info("request to %s", url)
    log.warning("bot api said: not found %s", url.lower())  # a server echoing it lower-cased
    log.warning("HEADER X-TELEGRAM-BOT-API-SECRET-TOKEN: " + WEBHOOK_SECRET.upper())
    log.error("connecting to %s failed", DATABASE_URL)
    log.error("decoded password Pa55-w@rd and the secret alone %s", TOKEN_SECRET.swapcase())
    try:
        raise ConnectionError(f"The token `{TOKEN.lower()}` was rejected; dsn={DATABASE_URL}")
    except ConnectionError:
        log.exception("request failed with secret %s", WEBHOOK_SECRET.lower())
    try:
        raise RuntimeError(f"webhook secret {WEBHOOK_SECRET} and token {TOKEN.upper()}")
    except RuntimeError as exc:
        log.error("update failed", exc_info=exc)


def assert_no_secret(text: str) -> None:
    folded = text.casefold()
    for secret in SECRETS:
        assert secret.casefold() not in folded, secret


@pytest.mark.usefixtures("restore_logging")
def test_text_lines_have_no_secret_in_any_case():
    stream = capture()
    log_secrets_everywhere()
    text = stream.getvalue()
    assert "request to https://api.telegram.org/bot***/getMe" in text
    assert "connecting to postgresql://briefbot:***@db.internal:5432/briefbot failed" in text
    assert "Traceback (most recent call last)" in text  # tracebacks are kept, masked
    assert "ConnectionError: The token `***` was rejected" in text
    assert "RuntimeError: webhook secret *** and token ***" in text
    assert_no_secret(text)


@pytest.mark.usefixtures("restore_logging")
def test_json_lines_parse_and_have_no_secret():
    stream = capture(briefbot_log_format="json")
    log_secrets_everywhere()
    logging.getLogger("briefbot.test").info("two\nlines")
    lines = stream.getvalue().splitlines()
    entries = [json.loads(line) for line in lines]
    assert len(entries) == 8  # one line per record, newlines and tracebacks inside
    for entry in entries:
        assert {"time", "level", "logger", "message"} <= entry.keys()
        assert entry["logger"] == "briefbot.test"
        assert entry["time"].endswith("+00:00")
    assert entries[0]["level"] == "INFO"
    assert entries[0]["message"] == "request to https://api.telegram.org/bot***/getMe"
    failed = entries[5]
    assert failed["level"] == "ERROR"
    assert failed["message"] == "request failed with secret ***"
    assert failed["exception"].startswith("Traceback (most recent call last)")
    assert "ConnectionError: The token `***` was rejected" in failed["exception"]
    assert "RuntimeError: webhook secret *** and token ***" in entries[6]["exception"]
    assert entries[-1]["message"] == "two\nlines"
    assert_no_secret(stream.getvalue())


@pytest.mark.usefixtures("restore_logging")
def test_level_is_configurable_and_httpx_stays_at_warning():
    stream = capture(briefbot_log_level="WARNING")
    log = logging.getLogger("briefbot.test")
    log.info("not shown")
    log.warning("shown")
    assert stream.getvalue().splitlines()[0].endswith("WARNING briefbot.test: shown")
    assert "not shown" not in stream.getvalue()

    stream = capture(briefbot_log_level="DEBUG")
    log.debug("debug shown")
    logging.getLogger("httpx").info(f"HTTP Request: POST https://api.telegram.org/bot{TOKEN}/x")
    assert "debug shown" in stream.getvalue()
    assert "HTTP Request" not in stream.getvalue()
    assert logging.getLogger("httpx").level == logging.WARNING
    assert logging.getLogger("httpcore").level == logging.WARNING


@pytest.mark.usefixtures("restore_logging")
def test_configuring_again_replaces_the_handler():
    first = capture()
    second = capture()
    logging.getLogger("briefbot.test").warning("once")
    assert first.getvalue() == ""
    assert second.getvalue().count("once") == 1


def test_protected_loggers_mask_for_handlers_of_their_own(caplog: pytest.LogCaptureFixture):
    """Without `configure_logging` (an embedding program, pytest's capture) the named loggers
    still mask: this is what keeps PTB's 'Set Bot API URL' debug line clean."""
    protect_secrets(settings().secret_values(), ["briefbot.test.protected"])
    protect_secrets(settings().secret_values(), ["briefbot.test.protected"])
    logger = logging.getLogger("briefbot.test.protected")
    assert sum(isinstance(f, SecretFilter) for f in logger.filters) == 1
    with caplog.at_level(logging.DEBUG, logger="briefbot.test.protected"):
        logger.debug("Set Bot API URL: https://api.telegram.org/bot%s", TOKEN.upper())
    assert caplog.records[-1].getMessage() == "Set Bot API URL: https://api.telegram.org/bot***"


def test_a_filter_without_secrets_changes_nothing():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "plain %s", ("text",), None)
    assert SecretFilter([]).filter(record)
    assert record.getMessage() == "plain text"
    assert SecretFilter(["", ""]).mask("anything") == "anything"


async def test_briefbot_run_writes_json_lines_without_the_token(tmp_path):
    """The real command against the local Bot API server, which rejects the token: every log
    line is a JSON object, the token is in none of them (nor in the plain error message)."""
    wrong = "999999:WRONGSECRETwrongsecret"
    async with FakeBotApi(token="123456:TEST-token", bot_username="briefbot_test_bot") as server:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("TELEGRAM_", "BRIEFBOT_")) and k != "DATABASE_URL"
        }
        env |= {
            "TELEGRAM_BOT_TOKEN": wrong,
            "TELEGRAM_API_BASE_URL": server.base_url,
            "BRIEFBOT_LOG_FORMAT": "json",
            "BRIEFBOT_LOG_LEVEL": "DEBUG",
            "BRIEFBOT_SQLITE_PATH": str(tmp_path / "bot.sqlite3"),
        }
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.cli",
            "run",
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=env,
        )
        _, err = await asyncio.wait_for(process.communicate(), timeout=60)
    text = err.decode("utf-8", "replace")
    assert process.returncode == 1, text
    logged = [line for line in text.splitlines() if line.startswith("{")]
    entries = [json.loads(line) for line in logged]
    assert any(e["logger"].startswith("telegram") and e["level"] == "DEBUG" for e in entries)
    assert any("exception" in e for e in entries)  # PTB logged the rejection with a traceback
    assert "rejected TELEGRAM_BOT_TOKEN" in text
    assert "wrongsecret" not in text.casefold()
