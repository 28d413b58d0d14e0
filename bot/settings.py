"""Every setting of briefbot in one place, read from the environment and an optional ``.env``.

``Settings.load()`` reads them through pydantic-settings: real environment variables win over
``.env`` so a deployment can override a developer's file, and an empty value counts as not
set. ``Settings()`` and ``Settings(name=value, …)`` read neither — defaults plus what is given —
so a test or an embedding program never picks up a developer's ``.env`` by accident.

Every value is validated, and every problem is reported at once, one line each
(``BRIEFBOT_WEBHOOK_PORT: must be between 1 and 65535, got 'abc'``): a deployment with three
mistakes should take one restart to fix, not three. ``.env.example`` lists the same names; a
test keeps the two in step.
"""

from __future__ import annotations

import difflib
import ipaddress
import os
import re
import socket
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal, get_args
from urllib.parse import unquote, urlsplit

from pydantic import (
    Field,
    PrivateAttr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError
from pydantic_settings import (
    BaseSettings,
    DotEnvSettingsSource,
    EnvSettingsSource,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_KNOWLEDGE = PROJECT_ROOT / "knowledge"
DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_SQLITE_PATH = PROJECT_ROOT / "var" / "briefbot.sqlite3"
DEFAULT_ENV_FILE = PROJECT_ROOT / ".env"
DEFAULT_CACHE_DIR = PROJECT_ROOT / "var" / "cache"

MASK = "***"
# The settings whose values are secrets: never printed, never logged.
SECRET_SETTINGS = ("telegram_bot_token", "briefbot_webhook_secret", "briefbot_hash_key")

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR"]
LogFormat = Literal["text", "json"]

# What a valid value looks like, said once per setting: the line a user reads whatever the
# parser tripped on ('abc' and '70000' for a port both get "must be between 1 and 65535").
RULES = {
    "telegram_bot_token": "must look like 123456789:AAE… (the token from @BotFather)",
    "telegram_api_base_url": "must be an http:// or https:// URL ending where the token goes",
    "briefbot_knowledge": "must be a path to a briefing file or a folder of briefings",
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

REPLICA_ID_RE = re.compile(r"[A-Za-z0-9._-]{1,64}")
TOKEN_RE = re.compile(r"\d+:[A-Za-z0-9_-]+")
WEBHOOK_SECRET_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")
HASH_KEY_RE = re.compile(r"\S{32,256}")
HOSTNAME_RE = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*")
# Telegram delivers webhooks to these ports only (Bot API, setWebhook).
WEBHOOK_PORTS = (443, 80, 88, 8443)
DATABASE_SCHEMES = ("postgresql", "postgres")


def default_replica_id() -> str:
    """The host name (one replica per machine or container), cut to what an id may hold."""
    name = re.sub(r"[^A-Za-z0-9._-]", "-", socket.gethostname())[:64]
    return name or "briefbot"


class SettingsError(ValueError):
    """Wrong or missing settings, every one of them, as one line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def _invalid(message: str) -> PydanticCustomError:
    """A validation error whose message is the whole explanation (no pydantic prefix)."""
    return PydanticCustomError("setting", message)


class Settings(BaseSettings):
    """The validated settings; attribute ``name`` is read from the variable ``NAME``."""

    model_config = SettingsConfigDict(
        frozen=True,
        extra="ignore",
        env_ignore_empty=True,
        str_strip_whitespace=True,
    )

    telegram_bot_token: str | None = None
    telegram_api_base_url: str = DEFAULT_API_BASE_URL
    briefbot_knowledge: Path = DEFAULT_KNOWLEDGE
    # The briefing a chat is in until it picks one with /briefings (its topics fill the global
    # command menu): a briefing id; unset or unknown, the newest by date, else the last loaded.
    briefbot_default_briefing: str | None = None
    # Matcher bands, on the 0-100 score; chosen from tests/eval (see README "Tuning").
    briefbot_answer_threshold: float = Field(56.0, ge=0, le=100, allow_inf_nan=False)
    briefbot_suggest_threshold: float = Field(40.0, ge=0, le=100, allow_inf_nan=False)
    briefbot_inline_cache_seconds: int = Field(300, ge=0)
    briefbot_concurrent_updates: int = Field(8, ge=1)
    briefbot_log_level: LogLevel = "INFO"
    # `json`: one object per line for log shippers; `text`: for people reading a terminal.
    briefbot_log_format: LogFormat = "text"
    # Serve entries still marked `draft: true` (written by `briefbot extract`, not reviewed).
    briefbot_allow_drafts: bool = False
    # A source article over this many bytes is a knowledge problem, not read (a mistaken
    # `source:` pointing at a dump or a video must not fill memory). Default: the loader's.
    briefbot_max_article_bytes: int = Field(5_000_000, ge=1_000, le=1_000_000_000)
    # Webhook mode (set URL) instead of long polling; the transport reads these.
    briefbot_webhook_url: str | None = None
    briefbot_webhook_secret: str | None = None
    briefbot_webhook_listen: str = "127.0.0.1"
    briefbot_webhook_port: int = Field(8080, ge=1, le=65535)
    # The name hosting platforms set for their PostgreSQL; hence no BRIEFBOT_ prefix.
    database_url: str | None = None
    briefbot_sqlite_path: Path = DEFAULT_SQLITE_PATH
    # This process among the replicas sharing one store: it names the claims it holds, so a
    # restart takes back at once what the crashed process held. Unique per running process.
    briefbot_replica_id: str = Field(default_factory=lambda: default_replica_id())
    # How long a claimed update is a worker's before another may take it over (its owner is
    # presumed dead): well above the slowest reply with its retries.
    briefbot_update_lease_seconds: float = Field(120.0, ge=5, le=86_400, allow_inf_nan=False)
    # Fair sharing: what one user may ask per minute (then one notice, then silence).
    briefbot_user_questions_per_minute: int = Field(20, ge=1)
    briefbot_user_inline_per_minute: int = Field(60, ge=1)
    # Telegram's sending limits (raise them only for a local Bot API server in load tests).
    briefbot_sends_per_second: float = Field(30.0, gt=0, allow_inf_nan=False)
    briefbot_chat_sends_per_second: float = Field(1.0, gt=0, allow_inf_nan=False)
    briefbot_group_sends_per_minute: float = Field(20.0, gt=0, allow_inf_nan=False)
    # How long one send may take, retries included, before the reply is given up (logged).
    briefbot_send_deadline_seconds: float = Field(30.0, ge=1, le=600, allow_inf_nan=False)
    # Telegram user ids allowed /stats, /unanswered and /reload (in a private chat with the bot).
    # NoDecode: "1, 2" is read by our validator, not parsed as JSON by pydantic-settings.
    briefbot_admin_ids: Annotated[tuple[int, ...], NoDecode] = ()
    # The HMAC key that turns user and chat ids into pseudonyms in the store. Unset: generated
    # once into a 0600 file beside the SQLite file; required with DATABASE_URL (every replica
    # must hash alike). Never written to the database.
    briefbot_hash_key: str | None = None
    # Days the query log and the votes are kept; older ones are purged (at start, daily, and
    # by `briefbot log purge`).
    briefbot_log_retention_days: int = Field(90, ge=1, le=3650)
    # How often each replica looks for edits under its knowledge folder and for /reload.
    briefbot_knowledge_poll_seconds: float = Field(2.0, ge=0.1, le=3600, allow_inf_nan=False)
    # The proven knowledge and its index kept between starts (signed; see README "Start-up
    # cache"): `briefbot ask` starts without re-proving and re-indexing unchanged knowledge.
    briefbot_startup_cache: bool = True
    briefbot_cache_dir: Path = DEFAULT_CACHE_DIR

    # Where each value came from ("environment", ".env"); filled by `load`.
    _sources: dict[str, str] = PrivateAttr(default_factory=dict)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Construction takes only the values given: reading the environment and ``.env`` is
        `load`'s job, where it can tell which source each value came from."""
        return (init_settings,)

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(
        cls, environ: Mapping[str, str] | None = None, env_file: Path | None = None
    ) -> Settings:
        """The settings from ``environ`` (default: the process environment) over ``env_file``
        (default: the project's ``.env``; a missing file is no error) over the defaults.

        Raises `SettingsError` with every problem found, one line each.
        """
        environment = _Environment(cls, os.environ if environ is None else environ)
        dotenv = DotEnvSettingsSource(
            cls, env_file=DEFAULT_ENV_FILE if env_file is None else env_file
        )
        from_env = _present(environment())
        from_file = _present(dotenv())
        problems = [
            *_unknown_names(environment.env_vars, "environment"),
            *_unknown_names(dotenv.env_vars, ".env"),
        ]
        known_file = {k: v for k, v in from_file.items() if k in cls.model_fields}
        values = {**known_file, **from_env}
        try:
            settings = cls(**values)
        except ValidationError as exc:
            raise SettingsError([*problems, *describe(exc)]) from None
        if problems:
            raise SettingsError(problems)
        settings._sources = {name: "environment" if name in from_env else ".env" for name in values}
        return settings

    def source(self, name: str) -> str:
        """Where the value of setting ``name`` came from: default, .env, environment (or
        argument, for settings built in code)."""
        if name in self._sources:
            return self._sources[name]
        return "argument" if name in self.model_fields_set else "default"

    # ------------------------------------------------------------------ validation

    @field_validator(
        "telegram_bot_token",
        "briefbot_webhook_url",
        "briefbot_webhook_secret",
        "database_url",
        "briefbot_hash_key",
        mode="before",
    )
    @classmethod
    def _blank_is_unset(cls, value: Any) -> Any:
        """``TELEGRAM_BOT_TOKEN=`` (as in a copied .env.example) means "not set"."""
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator(
        "briefbot_knowledge", "briefbot_sqlite_path", "briefbot_cache_dir", mode="before"
    )
    @classmethod
    def _path(cls, value: Any, info: ValidationInfo) -> Any:
        """``~`` works as in a shell; relative paths are taken from the working directory."""
        if isinstance(value, str):
            if not value.strip():
                raise _invalid(RULES[info.field_name or ""])
            return Path(value.strip()).expanduser()
        return value

    @field_validator("briefbot_log_level", "briefbot_log_format", mode="before")
    @classmethod
    def _any_case(cls, value: Any, info: ValidationInfo) -> Any:
        """``debug`` and ``JSON`` are meant as ``DEBUG`` and ``json``; checked here so the
        error echoes what was written, not its upper-cased form."""
        name = info.field_name or ""
        if isinstance(value, str):
            value = value.strip()
            value = value.upper() if name == "briefbot_log_level" else value.lower()
        if value not in get_args(cls.model_fields[name].annotation):
            raise _invalid(RULES[name])
        return value

    @field_validator("telegram_bot_token")
    @classmethod
    def _token(cls, value: str | None) -> str | None:
        """Catches a pasted token with quotes, spaces or a ``bot`` prefix before Telegram
        answers 'Unauthorized' at the first request."""
        if value is not None and not TOKEN_RE.fullmatch(value):
            raise _invalid(RULES["telegram_bot_token"])
        return value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _api_base_url(cls, value: str) -> str:
        """A self-hosted Bot API server may speak plain http on a private network."""
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise _invalid(RULES["telegram_api_base_url"])
        return value

    @field_validator("briefbot_webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        """Telegram delivers webhooks over https only, and only to four ports."""
        if value is None:
            return None
        parts = urlsplit(value)
        if parts.scheme != "https" or not parts.hostname:
            raise _invalid(RULES["briefbot_webhook_url"] + " (Telegram accepts no other)")
        try:
            port = parts.port or 443
        except ValueError:
            raise _invalid(RULES["briefbot_webhook_url"] + " with a valid port") from None
        if port not in WEBHOOK_PORTS:
            ports = ", ".join(map(str, WEBHOOK_PORTS))
            raise _invalid(f"must use one of the ports Telegram sends webhooks to ({ports})")
        return value

    @field_validator("briefbot_webhook_secret")
    @classmethod
    def _webhook_secret(cls, value: str | None) -> str | None:
        """Telegram's own rule for ``secret_token``: it rejects anything else at setWebhook."""
        if value is not None and not WEBHOOK_SECRET_RE.fullmatch(value):
            raise _invalid(RULES["briefbot_webhook_secret"])
        return value

    @field_validator("briefbot_webhook_listen")
    @classmethod
    def _listen(cls, value: str) -> str:
        """The address the webhook server binds: 127.0.0.1 behind a proxy, 0.0.0.0 or ::
        when the platform routes to the container."""
        try:
            ipaddress.ip_address(value)
        except ValueError:
            if not HOSTNAME_RE.fullmatch(value):
                raise _invalid(RULES["briefbot_webhook_listen"]) from None
        return value

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str | None) -> str | None:
        """libpq accepts both ``postgresql://`` and ``postgres://`` (the form some platforms
        still set); anything else is a wrong variable, not a database."""
        if value is None:
            return None
        parts = urlsplit(value)
        if parts.scheme not in DATABASE_SCHEMES or not value.startswith(f"{parts.scheme}://"):
            raise _invalid(RULES["database_url"] + " (or postgres://)")
        try:
            parts.port  # noqa: B018 - parsing the port is the check
        except ValueError:
            raise _invalid(RULES["database_url"] + " with a valid port") from None
        return value

    @field_validator("briefbot_admin_ids", mode="before")
    @classmethod
    def _admin_ids(cls, value: Any) -> Any:
        """``123, 456`` or ``123 456`` as written in an environment variable; a list in code."""
        if isinstance(value, str):
            parts = [p for p in re.split(r"[,\s]+", value.strip()) if p]
            if not all(re.fullmatch(r"\d{1,20}", p) for p in parts):
                raise _invalid(RULES["briefbot_admin_ids"])
            return tuple(dict.fromkeys(int(p) for p in parts))
        return value

    @field_validator("briefbot_hash_key")
    @classmethod
    def _hash_key(cls, value: str | None) -> str | None:
        """Long enough that the pseudonyms cannot be reversed by trying every id."""
        if value is not None and not HASH_KEY_RE.fullmatch(value):
            raise _invalid(RULES["briefbot_hash_key"])
        return value

    @field_validator("briefbot_replica_id")
    @classmethod
    def _replica_id(cls, value: str) -> str:
        if not REPLICA_ID_RE.fullmatch(value):
            raise _invalid(RULES["briefbot_replica_id"])
        return value

    @field_validator("briefbot_sqlite_path")
    @classmethod
    def _sqlite_path(cls, value: Path) -> Path:
        """A folder there would only fail later, when the first write opens it."""
        if value.is_dir():
            raise _invalid("must be a file path, not a folder")
        return value

    @model_validator(mode="wrap")
    @classmethod
    def _every_problem(cls, data: Any, handler: Any) -> Settings:
        """Field errors and the rules between settings, reported together: pydantic alone
        would skip the rules between settings while any single value is wrong."""
        errors: list[InitErrorDetails] = []
        settings: Settings | None = None
        try:
            settings = handler(data)
        except ValidationError as exc:
            errors = [
                InitErrorDetails(
                    type=PydanticCustomError(
                        e["type"], e["msg"].replace("{", "{{").replace("}", "}}")
                    ),
                    loc=e["loc"],
                    input=e["input"],
                )
                for e in exc.errors(include_url=False)
            ]
        failed = {str(e["loc"][0]) for e in errors if e["loc"]}
        if settings is not None:
            values: dict[str, Any] = dict(settings)
        else:
            values = {name: field.default for name, field in cls.model_fields.items()}
            values.update(data if isinstance(data, Mapping) else {})
        errors += _rules_between(values, failed)
        if errors:
            raise ValidationError.from_exception_data(cls.__name__, errors)
        assert settings is not None
        return settings

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


class _Environment(EnvSettingsSource):
    """The process environment — or the mapping given to `Settings.load`, so tests and tools
    need not change ``os.environ``."""

    def __init__(self, settings_cls: type[BaseSettings], environ: Mapping[str, str]) -> None:
        self._environ = environ
        super().__init__(settings_cls)

    def _load_env_vars(self) -> Mapping[str, str | None]:
        # Names match in any case, as pydantic-settings matches them in os.environ.
        return {
            key.lower(): value
            for key, value in self._environ.items()
            if not (self.env_ignore_empty and value == "")
        }


def _present(values: Mapping[str, Any]) -> dict[str, Any]:
    """The values a source really gives: a blank one counts as not set."""
    return {k: v for k, v in values.items() if not (isinstance(v, str) and not v.strip())}


def _given(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _unknown_names(variables: Mapping[str, str | None], where: str) -> list[str]:
    """``BRIEFBOT_LOGLEVEL=DEBUG`` would otherwise be silently ignored. Only our own prefix
    is checked: a shared ``.env`` may hold other programs' settings."""
    known = [name.upper() for name in Settings.model_fields]
    problems = []
    for name in sorted(variables):
        upper = name.upper()
        if upper.startswith("BRIEFBOT_") and upper not in known:
            close = difflib.get_close_matches(upper, known, n=1)
            hint = f"; did you mean {close[0]}?" if close else ""
            problems.append(f"{upper}: not a briefbot setting (in {where}){hint}")
    return problems


def _rules_between(values: Mapping[str, Any], failed: set[str]) -> list[InitErrorDetails]:
    """The rules that join two settings, checked on the raw values too when another value is
    wrong, so that they are reported beside it rather than after it is fixed."""
    found = []
    if (
        _given(values["briefbot_webhook_url"])
        and not _given(values["briefbot_webhook_secret"])
        and "briefbot_webhook_secret" not in failed
    ):
        found.append(_rule("briefbot_webhook_secret", "required when BRIEFBOT_WEBHOOK_URL is set"))
    if not failed.intersection({"briefbot_answer_threshold", "briefbot_suggest_threshold"}):
        try:
            answer = float(values["briefbot_answer_threshold"])
            suggest = float(values["briefbot_suggest_threshold"])
        except (TypeError, ValueError):  # valid to pydantic, odd to float(): pydantic decides
            return found
        if suggest > answer:
            found.append(
                _rule(
                    "briefbot_suggest_threshold",
                    f"must not be above BRIEFBOT_ANSWER_THRESHOLD ({answer:g})",
                    suggest,
                )
            )
    return found


def _rule(name: str, message: str, value: Any = None) -> InitErrorDetails:
    return InitErrorDetails(
        type=PydanticCustomError("setting_rule", message), loc=(name,), input=value
    )


def describe(error: ValidationError) -> list[str]:
    """One line per problem: ``NAME: what a valid value is, got 'what was given'``.

    Secret values are never echoed: a mistyped token is still the token.
    """
    lines = []
    for e in error.errors(include_url=False):
        name = str(e["loc"][0]) if e["loc"] else ""
        if e["type"] == "setting_rule":
            message = e["msg"]
            if e["input"] is None:
                lines.append(f"{name.upper()}: {message}")
                continue
        elif e["type"] == "setting":
            message = e["msg"]
        else:
            message = RULES.get(name, e["msg"])
        lines.append(f"{name.upper()}: {message}, got {_echo(name, e['input'])}")
    return lines


def _echo(name: str, value: Any) -> str:
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
