"""Every setting of briefbot in one place, read from the environment and an optional ``.env``.

Real environment variables win over ``.env`` so a deployment can override a developer's
file. ``.env.example`` lists the same names; a test keeps the two in step.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_KNOWLEDGE = PROJECT_ROOT / "knowledge"
DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"


@dataclass(frozen=True, slots=True)
class Settings:
    telegram_bot_token: str | None = None
    telegram_api_base_url: str = DEFAULT_API_BASE_URL
    briefbot_knowledge: Path = DEFAULT_KNOWLEDGE
    # Matcher bands, on the 0-100 score; chosen from tests/eval (see README "Tuning").
    briefbot_answer_threshold: float = 56.0
    briefbot_suggest_threshold: float = 40.0
    briefbot_inline_cache_seconds: int = 300
    briefbot_concurrent_updates: int = 8
    briefbot_log_level: str = "INFO"
    # Serve entries still marked `draft: true` (written by `briefbot extract`, not reviewed).
    briefbot_allow_drafts: bool = False

    @classmethod
    def load(
        cls, environ: Mapping[str, str] | None = None, env_file: Path | None = None
    ) -> Settings:
        environ = os.environ if environ is None else environ
        values: dict[str, str] = {}
        env_file = PROJECT_ROOT / ".env" if env_file is None else env_file
        if env_file.is_file():
            values.update(read_env_file(env_file))
        values.update(
            {k: v for k, v in environ.items() if k.startswith(("TELEGRAM_", "BRIEFBOT_"))}
        )
        kwargs: dict[str, object] = {}
        for f in fields(cls):
            raw = values.get(f.name.upper())
            if raw is None or raw.strip() == "":
                continue
            raw = raw.strip()
            default = f.default
            if isinstance(default, bool):
                kwargs[f.name] = raw.lower() in {"1", "true", "yes", "on"}
            elif isinstance(default, int):
                kwargs[f.name] = int(raw)
            elif isinstance(default, float):
                kwargs[f.name] = float(raw)
            elif isinstance(default, Path):
                kwargs[f.name] = Path(raw).expanduser()
            else:
                kwargs[f.name] = raw
        return cls(**kwargs)  # type: ignore[arg-type]

    def redacted(self) -> str:
        """A loggable description: the token is never printed."""
        shown = []
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "telegram_bot_token":
                value = "set" if value else "not set"
            shown.append(f"{f.name.upper()}={value}")
        return " ".join(shown)


def read_env_file(path: Path) -> dict[str, str]:
    """``KEY=value`` lines; ``#`` comments, blank lines and optional quotes allowed."""
    result: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        key = key.strip().removeprefix("export ").strip()
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        result[key] = value
    return result
