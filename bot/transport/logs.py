"""Logging for a running bot: level and format from the settings, secrets masked everywhere.

Two things can carry a secret into a log line. httpx logs every request URL at INFO, and the
Bot API URL contains the token, so httpx and httpcore stay at WARNING whatever the level.
And any library may echo a URL, a DSN or a header in a message or an exception — sometimes
changed in case (a Bot API error can repeat a lower-cased URL) — so every record passes
`SecretFilter`, which masks the token, the webhook secret and the database password in any
letter case, in the message and in the exception text, before any formatter sees it.

``BRIEFBOT_LOG_FORMAT=json`` writes one JSON object per line (`JsonFormatter`) for log
shippers, which would otherwise split a traceback into one event per line.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TextIO

from bot.settings import MASK, Settings

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Loggers that print request URLs (with the token) below WARNING.
QUIET_LOGGERS = ("httpx", "httpcore")


class SecretFilter(logging.Filter):
    """Masks each secret in a record's message and exception text, in any letter case."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        # Longest first: the whole token is masked before the secret part inside it.
        self.secrets = tuple(sorted({s for s in secrets if s}, key=len, reverse=True))
        self._pattern = (
            re.compile("|".join(map(re.escape, self.secrets)), re.IGNORECASE)
            if self.secrets
            else None
        )

    def mask(self, text: str) -> str:
        return self._pattern.sub(MASK, text) if self._pattern else text

    def filter(self, record: logging.LogRecord) -> bool:
        if self._pattern is None:
            return True
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # arguments that do not fit: logging reports that
            message = str(record.msg)
        masked = self.mask(message)
        if masked != message:
            record.msg = masked
            record.args = ()
        if record.exc_info:
            # Tracebacks carry secrets too ("The token `…` was rejected by the server"); the
            # text is formatted once here, masked, and the live exception is dropped so no
            # formatter can print it again unmasked.
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
            record.exc_text = self.mask(text)
        elif record.exc_text:
            record.exc_text = self.mask(record.exc_text)
        if record.stack_info:
            record.stack_info = self.mask(record.stack_info)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, message and, when
    there is one, the exception text — newlines inside stay inside the string."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, str] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False)


class _BriefbotHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler `configure_logging` installs; marked so a second call replaces it."""


def configure_logging(settings: Settings, stream: TextIO | None = None) -> logging.Handler:
    """Route every log record to ``stream`` (stderr) at the configured level and format,
    through the secret filter. Calling it again replaces the handler it installed before."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _BriefbotHandler)]:
        root.removeHandler(old)
        old.close()
    handler = _BriefbotHandler(sys.stderr if stream is None else stream)
    handler.setFormatter(
        JsonFormatter()
        if settings.briefbot_log_format == "json"
        else logging.Formatter(TEXT_FORMAT)
    )
    handler.addFilter(SecretFilter(settings.secret_values()))
    root.addHandler(handler)
    root.setLevel(settings.briefbot_log_level)
    quiet_url_loggers()
    return handler


def quiet_url_loggers() -> None:
    """httpx logs each request URL — the token inside — at INFO: keep it at WARNING."""
    for name in QUIET_LOGGERS:
        logger = logging.getLogger(name)
        if logger.level < logging.WARNING:
            logger.setLevel(logging.WARNING)


def protect_secrets(secrets: Iterable[str], loggers: Iterable[str]) -> None:
    """Mask secrets at the named loggers themselves, for records that reach handlers
    `configure_logging` did not install (an embedding program, pytest's capture)."""
    quiet_url_loggers()
    secret_filter = SecretFilter(secrets)
    for name in loggers:
        logger = logging.getLogger(name)
        if not any(
            isinstance(f, SecretFilter) and f.secrets == secret_filter.secrets
            for f in logger.filters
        ):
            logger.addFilter(secret_filter)
