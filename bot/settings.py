"""Every setting of briefbot in one place, read from the environment and an optional ``.env``.

``Settings.load()`` reads them: real environment variables win over ``.env`` so a deployment
can override a developer's file, and an empty value counts as not set. ``Settings()`` and
``Settings(name=value, …)`` read neither — defaults plus what is given — so a test or an
embedding program never picks up a developer's ``.env`` by accident.

Every value is validated, and every problem is reported at once, one line each
(``BRIEFBOT_WEBHOOK_PORT: must be between 1 and 65535, got 'abc'``): a deployment with three
mistakes should take one restart to fix, not three. ``.env.example`` lists the same names; a
test keeps the two in step.

The checks are written here rather than declared through pydantic-settings: importing
pydantic and pydantic-settings took 130–200 ms of every start, more than half of a cached
``briefbot ask`` (bench/RESULTS.md, "Start-up profile"), for thirty-one scalar values. Each
setting is one `Setting` below — its default and the function that reads it — and a value
is accepted as pydantic's lax mode accepted it (``" 8 "``, ``1_000`` and ``8.0`` for a whole
number; ``yes``/``off``/``t``/``n`` for a flag), so no working ``.env`` stops working.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import unquote, urlsplit

from bot.patterns import LazyPattern, lazy
from bot.records import record

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_KNOWLEDGE = PROJECT_ROOT / "knowledge"
DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_SQLITE_PATH = PROJECT_ROOT / "var" / "briefbot.sqlite3"
DEFAULT_ENV_FILE = PROJECT_ROOT / ".env"
DEFAULT_CACHE_DIR = PROJECT_ROOT / "var" / "cache"

MASK = "***"
# The settings whose values are secrets: never printed, never logged.
SECRET_SETTINGS = ("telegram_bot_token", "briefbot_webhook_secret", "briefbot_hash_key")

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
LOG_FORMATS = ("text", "json")

# What a valid value looks like, said once per setting: the line a user reads whatever the
# parser tripped on ('abc' and '70000' for a port both get "must be between 1 and 65535").
RULES = {
    "telegram_bot_token": "must look like 123456789:AAE… (the token from @BotFather)",
    "telegram_api_base_url": "must be an http:// or https:// URL ending where the token goes",
    "briefbot_knowledge": "must be a path to a briefing file or a folder of briefings",
    "briefbot_default_briefing": "must be a briefing id",
    "briefbot_answer_threshold": "must be a number from 0 to 100",
    "briefbot_suggest_threshold": "must be a number from 0 to 100",
    "briefbot_inline_cache_seconds": "must be a whole number of seconds, 0 or more",
    "briefbot_concurrent_updates": "must be a whole number, 1 or more",
    "briefbot_log_level": "must be one of DEBUG, INFO, WARNING, ERROR",
    "briefbot_log_format": "must be text or json",
    "briefbot_allow_drafts": "must be true or false (1/0, yes/no, on/off also work)",
    "briefbot_max_article_bytes": "must be a whole number of bytes from 1000 to 1000000000",
    "briefbot_webhook_url": "must be an https:// URL",
    "briefbot_webhook_secret": "must be 1-256 characters of A-Z a-z 0-9 _ -",
    "briefbot_webhook_listen": "must be an IP address or a host name",
    "briefbot_webhook_port": "must be between 1 and 65535",
    "database_url": "must be a postgresql:// URL",
    "briefbot_sqlite_path": "must be a file path",
    "briefbot_replica_id": "must be 1-64 characters of A-Z a-z 0-9 . _ -",
    "briefbot_update_lease_seconds": "must be a number of seconds from 5 to 86400",
    "briefbot_user_questions_per_minute": "must be a whole number, 1 or more",
    "briefbot_user_inline_per_minute": "must be a whole number, 1 or more",
    "briefbot_sends_per_second": "must be a number above 0",
    "briefbot_chat_sends_per_second": "must be a number above 0",
    "briefbot_group_sends_per_minute": "must be a number above 0",
    "briefbot_send_deadline_seconds": "must be a number of seconds from 1 to 600",
    "briefbot_admin_ids": "must be Telegram user ids (whole numbers) separated by commas",
    "briefbot_hash_key": "must be 32-256 characters without spaces (e.g. `openssl rand -hex 32`)",
    "briefbot_log_retention_days": "must be a whole number of days from 1 to 3650",
    "briefbot_knowledge_poll_seconds": "must be a number of seconds from 0.1 to 3600",
    "briefbot_startup_cache": "must be true or false (1/0, yes/no, on/off also work)",
    "briefbot_cache_dir": "must be a folder path",
}

REPLICA_ID_RE = lazy(r"[A-Za-z0-9._-]{1,64}")
TOKEN_RE = lazy(r"\d+:[A-Za-z0-9_-]+")
WEBHOOK_SECRET_RE = lazy(r"[A-Za-z0-9_-]{1,256}")
HASH_KEY_RE = lazy(r"\S{32,256}")
HOSTNAME_RE = lazy(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*")
# A whole number as written in a variable: digits with single underscores, a sign, and a
# fraction of zeros ("8.0"), as pydantic read them.
WHOLE_RE = lazy(r"[+-]?\d+(?:_\d+)*(?:\.0*)?")
# Telegram delivers webhooks to these ports only (Bot API, setWebhook).
WEBHOOK_PORTS = (443, 80, 88, 8443)
DATABASE_SCHEMES = ("postgresql", "postgres")
TRUE_WORDS = frozenset({"1", "on", "t", "true", "y", "yes"})
FALSE_WORDS = frozenset({"0", "off", "f", "false", "n", "no"})


def default_replica_id() -> str:
    """The host name (one replica per machine or container), cut to what an id may hold."""
    if hasattr(os, "uname"):  # the same name as socket.gethostname(), without importing it
        host = os.uname().nodename
    else:
        import socket

        host = socket.gethostname()
    name = re.sub(r"[^A-Za-z0-9._-]", "-", host)[:64]
    return name or "briefbot"


class SettingsError(ValueError):
    """Wrong or missing settings, every one of them, as one line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class FrozenSettingsError(ValueError):
    """Settings are read once and shared by every part of the bot: none may change them."""


class Invalid(ValueError):
    """A value that cannot be a setting's; the message, when given, replaces its rule."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or "")
        self.message = message


# ---------------------------------------------------------------------------- readers
# Each reader turns what was given — a string from the environment or .env, or a Python
# value passed in code — into the setting's value, or raises `Invalid`.

Reader = Callable[[Any], Any]


def text(check: Callable[[str], str] | None = None, *, optional: bool = False) -> Reader:
    """A string, trimmed; an optional one is unset (None) when blank."""

    def read(value: Any) -> Any:
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise Invalid()
        value = value.strip()
        if not value and optional:
            return None
        return check(value) if check is not None else value

    return read


def whole(low: int, high: int | None = None) -> Reader:
    """A whole number within bounds."""

    def read(value: Any) -> int:
        if isinstance(value, str) and WHOLE_RE.fullmatch(value.strip()):
            number = int(value.strip().partition(".")[0])
        elif isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, float) and value.is_integer():
            number = int(value)
        else:
            raise Invalid()
        if number < low or (high is not None and number > high):
            raise Invalid()
        return number

    return read


def number(low: float, high: float | None = None, *, above: bool = False) -> Reader:
    """A finite number within bounds (``above``: strictly greater than ``low``)."""

    def read(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise Invalid()
        try:
            result = float(value)
        except ValueError:
            raise Invalid() from None
        if not math.isfinite(result) or result < low or (above and result == low):
            raise Invalid()
        if high is not None and result > high:
            raise Invalid()
        return result

    return read


def flag(value: Any) -> bool:
    """true/false, 1/0, yes/no, on/off, t/f, y/n in any case (not trimmed)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        if value.lower() in TRUE_WORDS:
            return True
        if value.lower() in FALSE_WORDS:
            return False
    raise Invalid()


def choice(options: tuple[str, ...], fold: Callable[[str], str]) -> Reader:
    """One of ``options``, in any case (``debug`` is meant as ``DEBUG``)."""

    def read(value: Any) -> str:
        if not isinstance(value, str) or fold(value.strip()) not in options:
            raise Invalid()
        return fold(value.strip())

    return read


def path(check: Callable[[Path], Path] | None = None) -> Reader:
    """``~`` works as in a shell; relative paths are taken from the working directory."""

    def read(value: Any) -> Path:
        if isinstance(value, str):
            if not value.strip():
                raise Invalid()
            value = Path(value.strip()).expanduser()
        if not isinstance(value, Path):
            raise Invalid()
        return check(value) if check is not None else value

    return read


def user_ids(value: Any) -> tuple[int, ...]:
    """``123, 456`` or ``123 456`` as written in an environment variable; a list in code."""
    if isinstance(value, str):
        parts = [p for p in re.split(r"[,\s]+", value.strip()) if p]
        if not all(re.fullmatch(r"\d{1,20}", p) for p in parts):
            raise Invalid()
        return tuple(dict.fromkeys(int(p) for p in parts))
    if isinstance(value, list | tuple) and all(
        isinstance(i, int) and not isinstance(i, bool) for i in value
    ):
        return tuple(value)
    raise Invalid()


# ---------------------------------------------------------------------------- checks


def matching(pattern: LazyPattern) -> Callable[[str], str]:
    def check(value: str) -> str:
        if not pattern.fullmatch(value):
            raise Invalid()
        return value

    return check


def api_base_url(value: str) -> str:
    """A self-hosted Bot API server may speak plain http on a private network."""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Invalid()
    return value


def webhook_url(value: str) -> str:
    """Telegram delivers webhooks over https only, and only to four ports."""
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.hostname:
        raise Invalid(RULES["briefbot_webhook_url"] + " (Telegram accepts no other)")
    try:
        port = parts.port or 443
    except ValueError:
        raise Invalid(RULES["briefbot_webhook_url"] + " with a valid port") from None
    if port not in WEBHOOK_PORTS:
        ports = ", ".join(map(str, WEBHOOK_PORTS))
        raise Invalid(f"must use one of the ports Telegram sends webhooks to ({ports})")
    return value


def listen_address(value: str) -> str:
    """The address the webhook server binds: 127.0.0.1 behind a proxy, 0.0.0.0 or :: when
    the platform routes to the container."""
    import ipaddress

    try:
        ipaddress.ip_address(value)
    except ValueError:
        if not HOSTNAME_RE.fullmatch(value):
            raise Invalid() from None
    return value


def database_url(value: str) -> str:
    """libpq accepts both ``postgresql://`` and ``postgres://`` (the form some platforms
    still set); anything else is a wrong variable, not a database."""
    parts = urlsplit(value)
    if parts.scheme not in DATABASE_SCHEMES or not value.startswith(f"{parts.scheme}://"):
        raise Invalid(RULES["database_url"] + " (or postgres://)")
    try:
        parts.port  # noqa: B018 - parsing the port is the check
    except ValueError:
        raise Invalid(RULES["database_url"] + " with a valid port") from None
    return value


def sqlite_file(value: Path) -> Path:
    """A folder there would only fail later, when the first write opens it."""
    if value.is_dir():
        raise Invalid("must be a file path, not a folder")
    return value


@record
class Setting:
    """One setting: its default (or a function making it) and the reader of its values."""

    default: Any
    read: Reader
    make_default: Callable[[], Any] | None = None

    def initial(self) -> Any:
        return self.make_default() if self.make_default is not None else self.default


# In the order `briefbot config`, .env.example and the README list them; attribute ``name``
# is read from the variable ``NAME``.
SETTINGS: dict[str, Setting] = {
    "telegram_bot_token": Setting(None, text(matching(TOKEN_RE), optional=True)),
    "telegram_api_base_url": Setting(DEFAULT_API_BASE_URL, text(api_base_url)),
    "briefbot_knowledge": Setting(DEFAULT_KNOWLEDGE, path()),
    # The briefing a chat is in until it picks one with /briefings (its topics fill the global
    # menu): a briefing id; unset or unknown, the newest by date, else the last loaded.
    "briefbot_default_briefing": Setting(None, text(optional=True)),
    # Matcher bands, on the 0-100 score; chosen from tests/eval (see README "Tuning").
    "briefbot_answer_threshold": Setting(56.0, number(0, 100)),
    "briefbot_suggest_threshold": Setting(40.0, number(0, 100)),
    "briefbot_inline_cache_seconds": Setting(300, whole(0)),
    "briefbot_concurrent_updates": Setting(8, whole(1)),
    "briefbot_log_level": Setting("INFO", choice(LOG_LEVELS, str.upper)),
    # `json`: one object per line for log shippers; `text`: for people reading a terminal.
    "briefbot_log_format": Setting("text", choice(LOG_FORMATS, str.lower)),
    # Serve entries still marked `draft: true` (written by `briefbot extract`, not reviewed).
    "briefbot_allow_drafts": Setting(False, flag),
    # A source article over this many bytes is a knowledge problem, not read (a mistaken
    # `source:` pointing at a dump or a video must not fill memory). Default: the loader's.
    "briefbot_max_article_bytes": Setting(5_000_000, whole(1_000, 1_000_000_000)),
    # Webhook mode (set URL) instead of long polling; the transport reads these.
    "briefbot_webhook_url": Setting(None, text(webhook_url, optional=True)),
    # Telegram's own rule for ``secret_token``: it rejects anything else at setWebhook.
    "briefbot_webhook_secret": Setting(None, text(matching(WEBHOOK_SECRET_RE), optional=True)),
    "briefbot_webhook_listen": Setting("127.0.0.1", text(listen_address)),
    "briefbot_webhook_port": Setting(8080, whole(1, 65535)),
    # The name hosting platforms set for their PostgreSQL; hence no BRIEFBOT_ prefix.
    "database_url": Setting(None, text(database_url, optional=True)),
    "briefbot_sqlite_path": Setting(DEFAULT_SQLITE_PATH, path(sqlite_file)),
    # This process among the replicas sharing one store: it names the claims it holds, so a
    # restart takes back at once what the crashed process held. Unique per running process.
    "briefbot_replica_id": Setting(
        None, text(matching(REPLICA_ID_RE)), make_default=default_replica_id
    ),
    # How long a claimed update is a worker's before another may take it over (its owner is
    # presumed dead): well above the slowest reply with its retries.
    "briefbot_update_lease_seconds": Setting(120.0, number(5, 86_400)),
    # Fair sharing: what one user may ask per minute (then one notice, then silence).
    "briefbot_user_questions_per_minute": Setting(20, whole(1)),
    "briefbot_user_inline_per_minute": Setting(60, whole(1)),
    # Telegram's sending limits (raise them only for a local Bot API server in load tests).
    "briefbot_sends_per_second": Setting(30.0, number(0, above=True)),
    "briefbot_chat_sends_per_second": Setting(1.0, number(0, above=True)),
    "briefbot_group_sends_per_minute": Setting(20.0, number(0, above=True)),
    # How long one send may take, retries included, before the reply is given up (logged).
    "briefbot_send_deadline_seconds": Setting(30.0, number(1, 600)),
    # Telegram user ids allowed /stats, /unanswered and /reload (in a private chat with the bot).
    "briefbot_admin_ids": Setting((), user_ids),
    # The HMAC key that turns user and chat ids into pseudonyms in the store. Unset: generated
    # once into a 0600 file beside the SQLite file; required with DATABASE_URL (every replica
    # must hash alike). Never written to the database. Long enough that the pseudonyms cannot
    # be reversed by trying every id.
    "briefbot_hash_key": Setting(None, text(matching(HASH_KEY_RE), optional=True)),
    # Days the query log and the votes are kept; older ones are purged (at start, daily, and
    # by `briefbot log purge`).
    "briefbot_log_retention_days": Setting(90, whole(1, 3650)),
    # How often each replica looks for edits under its knowledge folder and for /reload.
    "briefbot_knowledge_poll_seconds": Setting(2.0, number(0.1, 3600)),
    # The proven knowledge and its index kept between starts (signed; see README "Start-up
    # cache"): `briefbot ask` starts without re-proving and re-indexing unchanged knowledge.
    "briefbot_startup_cache": Setting(True, flag),
    "briefbot_cache_dir": Setting(DEFAULT_CACHE_DIR, path()),
}


@record
class Problem:
    """One wrong value (``given`` is what was written) or a broken rule between settings."""

    name: str
    message: str
    given: Any = None
    echo: bool = True

    def line(self) -> str:
        if not self.echo:
            return f"{self.name.upper()}: {self.message}"
        return f"{self.name.upper()}: {self.message}, got {_echo(self.name, self.given)}"


class Settings:
    """The validated settings; attribute ``name`` is read from the variable ``NAME``.

    ``model_fields``, ``model_fields_set`` and ``model_dump`` keep the names they had under
    pydantic, so nothing that reads settings had to change."""

    model_fields: ClassVar[dict[str, Setting]] = SETTINGS

    telegram_bot_token: str | None
    telegram_api_base_url: str
    briefbot_knowledge: Path
    briefbot_default_briefing: str | None
    briefbot_answer_threshold: float
    briefbot_suggest_threshold: float
    briefbot_inline_cache_seconds: int
    briefbot_concurrent_updates: int
    briefbot_log_level: str
    briefbot_log_format: str
    briefbot_allow_drafts: bool
    briefbot_max_article_bytes: int
    briefbot_webhook_url: str | None
    briefbot_webhook_secret: str | None
    briefbot_webhook_listen: str
    briefbot_webhook_port: int
    database_url: str | None
    briefbot_sqlite_path: Path
    briefbot_replica_id: str
    briefbot_update_lease_seconds: float
    briefbot_user_questions_per_minute: int
    briefbot_user_inline_per_minute: int
    briefbot_sends_per_second: float
    briefbot_chat_sends_per_second: float
    briefbot_group_sends_per_minute: float
    briefbot_send_deadline_seconds: float
    briefbot_admin_ids: tuple[int, ...]
    briefbot_hash_key: str | None
    briefbot_log_retention_days: int
    briefbot_knowledge_poll_seconds: float
    briefbot_startup_cache: bool
    briefbot_cache_dir: Path
    model_fields_set: frozenset[str]
    # Where each value came from ("environment", ".env"); filled by `load`.
    _sources: dict[str, str]

    def __init__(self, **given: Any) -> None:
        """Defaults plus ``given``, every value checked; raises `SettingsError` with every
        problem (a `ValueError`), and `TypeError` for a name that is no setting."""
        unknown = sorted(set(given) - SETTINGS.keys())
        if unknown:
            raise TypeError(f"not a setting: {', '.join(unknown)}")
        values, problems = _read(given)
        if problems:
            raise SettingsError([p.line() for p in problems])
        for name, value in values.items():
            object.__setattr__(self, name, value)
        object.__setattr__(self, "model_fields_set", frozenset(given))
        object.__setattr__(self, "_sources", {})

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenSettingsError(f"settings are frozen: {name} cannot be changed")

    def __delattr__(self, name: str) -> None:
        raise FrozenSettingsError(f"settings are frozen: {name} cannot be removed")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Settings):
            return NotImplemented
        return self.model_dump() == other.model_dump()

    def __hash__(self) -> int:
        return hash(tuple(self.model_dump().values()))

    def __repr__(self) -> str:
        return f"Settings({self.redacted()})"

    def model_dump(self) -> dict[str, Any]:
        """Every setting's value by name, in declaration order."""
        return {name: getattr(self, name) for name in SETTINGS}

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(
        cls, environ: Mapping[str, str] | None = None, env_file: Path | None = None
    ) -> Settings:
        """The settings from ``environ`` (default: the process environment) over ``env_file``
        (default: the project's ``.env``; a missing file is no error) over the defaults.

        Raises `SettingsError` with every problem found, one line each.
        """
        # Names match in any case, as they did under pydantic-settings.
        environment = _lower(os.environ if environ is None else environ)
        dotenv = _lower(read_env_file(DEFAULT_ENV_FILE if env_file is None else env_file))
        from_env = _present(environment)
        from_file = _present(dotenv)
        problems = [
            *_unknown_names(environment, "environment"),
            *_unknown_names(dotenv, ".env"),
        ]
        known_file = {k: v for k, v in from_file.items() if k in SETTINGS}
        known_env = {k: v for k, v in from_env.items() if k in SETTINGS}
        values = {**known_file, **known_env}
        try:
            settings = cls(**values)
        except SettingsError as exc:
            raise SettingsError([*problems, *exc.problems]) from None
        if problems:
            raise SettingsError(problems)
        settings._sources.update(
            {name: "environment" if name in known_env else ".env" for name in values}
        )
        return settings

    def source(self, name: str) -> str:
        """Where the value of setting ``name`` came from: default, .env, environment (or
        argument, for settings built in code)."""
        if name in self._sources:
            return self._sources[name]
        return "argument" if name in self.model_fields_set else "default"

    # ------------------------------------------------------------------ showing

    @property
    def webhook_mode(self) -> bool:
        """A webhook URL switches the bot from long polling to webhooks."""
        return self.briefbot_webhook_url is not None

    def secret_values(self) -> tuple[str, ...]:
        """Every string that must never reach a log: the token (and its part after the bot
        id, which is the secret itself), the webhook secret, the database password as
        written and as decoded."""
        found: list[str] = []
        if self.telegram_bot_token:
            found += [self.telegram_bot_token, self.telegram_bot_token.partition(":")[2]]
        if self.briefbot_webhook_secret:
            found.append(self.briefbot_webhook_secret)
        if self.briefbot_hash_key:
            found.append(self.briefbot_hash_key)
        if self.database_url:
            for password in _database_passwords(self.database_url):
                found += [password, unquote(password)]
        return tuple(dict.fromkeys(s for s in found if s))

    def shown(self, name: str) -> str:
        """The value of setting ``name`` as it may be printed: secrets as ``***``."""
        value = getattr(self, name)
        if value is None:
            return ""
        if name in SECRET_SETTINGS:
            return MASK
        if name == "database_url":
            return mask_database_url(value)
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, float):
            return f"{value:g}"
        if isinstance(value, tuple):
            return ",".join(map(str, value))
        return str(value)

    def service_problems(self) -> list[str]:
        """The rules that matter only to a process writing the store (``briefbot run`` with a
        token): ``config``, ``check`` and ``ask`` never hash an id, so an existing deployment
        can still inspect its settings before it adds the key.

        Several replicas on PostgreSQL must turn an id into the same pseudonym: a key file
        generated per machine would give each replica its own, so the key must be shared.
        """
        if self.database_url and not self.briefbot_hash_key:
            return [
                "BRIEFBOT_HASH_KEY: required when DATABASE_URL is set (every replica must hash "
                "user and chat ids with the same key; e.g. `openssl rand -hex 32`)"
            ]
        return []

    def effective(self) -> list[tuple[str, str, str]]:
        """``(NAME, printable value, source)`` for every setting, in declaration order."""
        return [
            (name.upper(), self.shown(name), self.source(name)) for name in type(self).model_fields
        ]

    def redacted(self) -> str:
        """A loggable one-line description: no secret is printed."""
        return " ".join(f"{name}={value}" for name, value, _ in self.effective())


def _read(given: Mapping[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """Every setting's value (the default where none is given), and every problem: each
    wrong value, and the rules between settings — checked even while another value is
    wrong, so they are reported beside it rather than after it is fixed."""
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    for name, setting in SETTINGS.items():
        if name not in given:
            values[name] = setting.initial()
            continue
        try:
            values[name] = setting.read(given[name])
        except Invalid as why:
            problems.append(Problem(name, why.message or RULES[name], given[name]))
    failed = {p.name for p in problems}
    problems += _rules_between(values, given, failed)
    return values, problems


def _rules_between(
    values: Mapping[str, Any], given: Mapping[str, Any], failed: set[str]
) -> list[Problem]:
    """The rules that join two settings. A webhook URL needs its secret even when the URL
    itself is wrong (it was meant to be set); crossed thresholds only when both are valid."""
    found = []
    url_given = _given(given.get("briefbot_webhook_url", values.get("briefbot_webhook_url")))
    if (
        url_given
        and values.get("briefbot_webhook_secret") is None
        and "briefbot_webhook_secret" not in failed
    ):
        found.append(
            Problem(
                "briefbot_webhook_secret", "required when BRIEFBOT_WEBHOOK_URL is set", echo=False
            )
        )
    if not failed.intersection({"briefbot_answer_threshold", "briefbot_suggest_threshold"}):
        answer = values["briefbot_answer_threshold"]
        suggest = values["briefbot_suggest_threshold"]
        if suggest > answer:
            found.append(
                Problem(
                    "briefbot_suggest_threshold",
                    f"must not be above BRIEFBOT_ANSWER_THRESHOLD ({answer:g})",
                    suggest,
                )
            )
    return found


def read_env_file(file: Path) -> dict[str, str | None]:
    """The variables of a ``.env`` file, in python-dotenv's syntax (quotes, ``export``,
    comments, ``${VAR}`` expansion) as pydantic-settings read it; a missing file is none.
    python-dotenv is imported only when there is a file to read."""
    if not file.is_file():
        return {}
    from dotenv import dotenv_values

    return dict(dotenv_values(file, encoding="utf-8"))


def _lower(variables: Mapping[str, str | None]) -> dict[str, str | None]:
    return {key.lower(): value for key, value in variables.items()}


def _present(values: Mapping[str, Any]) -> dict[str, Any]:
    """The values a source really gives: a blank one counts as not set."""
    return {k: v for k, v in values.items() if _given(v)}


def _given(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _unknown_names(variables: Mapping[str, str | None], where: str) -> list[str]:
    """``BRIEFBOT_LOGLEVEL=DEBUG`` would otherwise be silently ignored. Only our own prefix
    is checked: a shared ``.env`` may hold other programs' settings."""
    known = [name.upper() for name in SETTINGS]
    problems = []
    for name in sorted(variables):
        upper = name.upper()
        if upper.startswith("BRIEFBOT_") and upper not in known:
            import difflib

            close = difflib.get_close_matches(upper, known, n=1)
            hint = f"; did you mean {close[0]}?" if close else ""
            problems.append(f"{upper}: not a briefbot setting (in {where}){hint}")
    return problems


def _echo(name: str, value: Any) -> str:
    """What was given, as a problem line may show it: never a secret's value."""
    if name in SECRET_SETTINGS:
        return f"a value of {len(str(value))} characters (not shown)"
    if name == "database_url" and isinstance(value, str):
        return repr(mask_database_url(value))
    if isinstance(value, float):
        return f"{value:g}"
    return repr(str(value)) if isinstance(value, str | Path) else repr(value)


def _database_passwords(url: str) -> list[str]:
    """The password in ``user:password@`` and in a ``?password=`` query (libpq takes both)."""
    parts = urlsplit(url)
    found = [parts.password] if parts.password else []
    for pair in parts.query.split("&"):
        key, _, value = pair.partition("=")
        if key == "password" and value:
            found.append(value)
    return found


def mask_database_url(url: str) -> str:
    """The URL with its password as ``***``: the user, host and database stay readable."""
    parts = urlsplit(url)
    netloc = parts.netloc
    userinfo, at, host = netloc.rpartition("@")
    if at and ":" in userinfo:
        netloc = f"{userinfo.partition(':')[0]}:{MASK}@{host}"
    query = re.sub(r"(^|&)(password=)[^&]*", rf"\1\2{MASK}", parts.query)
    if (netloc, query) == (parts.netloc, parts.query):
        return url  # geturl() would also drop the empty host of postgresql:///name
    return parts._replace(netloc=netloc, query=query).geturl()
