"""The unanswered and disputed questions as files a curator works from: CSV for a
spreadsheet, YAML ready to paste into a briefing as phrasings.

Both come from the same rows (``Asked`` grouped questions, ``Disputed`` replies), so the
``/unanswered`` document and ``briefbot log unanswered`` agree.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from bot.storage.records import Asked, Disputed

CSV_COLUMNS = (
    "kind",
    "last_asked_utc",
    "times",
    "band",
    "question",
    "briefing",
    "entry",
    "score",
    "votes_down",
    "votes_up",
)
# A cell starting with one of these is a formula to a spreadsheet: a reader could make the
# curator's spreadsheet fetch a URL. Such questions get a leading apostrophe (OWASP's advice).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_SINCE = re.compile(r"(\d{1,5})\s*([dhm])")
_UNITS = {"d": "days", "h": "hours", "m": "minutes"}


def parse_since(text: str, now: datetime) -> datetime:
    """``7d``, ``12h``, ``30m`` back from ``now``, or a date (``2025-10-20``) or an ISO time
    (UTC unless it says otherwise). Raises ValueError with a one-line explanation."""
    value = text.strip().lower()
    duration = _SINCE.fullmatch(value)
    if duration:
        amount, unit = int(duration.group(1)), duration.group(2)
        return now - timedelta(**{_UNITS[unit]: amount})
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"--since {text!r}: expected 7d, 12h, 30m, a date (2025-10-20) or an ISO time"
        ) from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _utc(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def spreadsheet_safe(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def unanswered_csv(asked: Sequence[Asked], disputed: Sequence[Disputed]) -> str:
    """One row per unanswered question (grouped; ``times`` asked) and per disputed reply."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for item in asked:
        writer.writerow(
            (
                "unanswered",
                _utc(item.last_asked),
                item.count,
                item.band,
                spreadsheet_safe(item.question),
                item.briefing or "",
                item.entry or "",
                f"{item.score:.1f}",
                "",
                "",
            )
        )
    for reply in disputed:
        writer.writerow(
            (
                "disputed",
                _utc(reply.asked_at),
                1,
                "answer",
                spreadsheet_safe(reply.question),
                reply.briefing or "",
                reply.entry or "",
                f"{reply.score:.1f}",
                reply.down,
                reply.up,
            )
        )
    return out.getvalue()


def one_line(text: str) -> str:
    """A phrasing is one line: the question's whitespace collapsed."""
    return " ".join(text.split())


def yaml_scalar(text: str) -> str:
    """``text`` as one YAML scalar on one line, quoted only when YAML needs it."""
    import yaml  # only to export: the serving bot need not hold PyYAML (~1.7 MB, ~15 ms)

    for style in (None, '"'):  # plain or single-quoted if it fits a line, else escaped
        dumped = yaml.safe_dump(
            text, allow_unicode=True, width=1_000_000, default_style=style, explicit_end=False
        )
        lines = dumped.split("\n")
        # Proven by reading it back as a list item with a comment after it, as it is written:
        # YAML also breaks lines at NEL and U+2028, which only the escaped style survives.
        if lines[1:] in (["..."], ["...", ""], [""]) and yaml.safe_load(
            f"- {lines[0]}  # note"
        ) == [text]:
            return lines[0]
    raise ValueError(f"cannot write {text!r} on one line")  # pragma: no cover - "\N" escapes


def unanswered_yaml(
    asked: Sequence[Asked], disputed: Sequence[Disputed], *, since: datetime
) -> str:
    """A YAML list, grouped by the entry the bot found nearest (for disputed replies: the
    entry it answered with), each group's ``questions:`` ready to paste under an entry's own
    ``questions:``. Comments say how each was answered and how often it was asked."""
    groups: dict[tuple[str, str | None, str | None], list[tuple[str, str]]] = {}
    weight: dict[tuple[str, str | None, str | None], int] = {}
    for item in asked:
        question = one_line(item.question)
        if not question:
            continue
        key = ("nearest", item.briefing, item.entry)
        note = f"{item.band}, score {item.score:.1f}, asked {item.count}×"
        groups.setdefault(key, []).append((question, note))
        weight[key] = weight.get(key, 0) + item.count
    for reply in disputed:
        question = one_line(reply.question)
        if not question:
            continue
        key = ("answered_with", reply.briefing, reply.entry)
        note = f"disputed: 👎 {reply.down}, 👍 {reply.up}"
        groups.setdefault(key, []).append((question, note))
        weight[key] = weight.get(key, 0) + reply.down
    unanswered = sum(1 for key in groups if key[0] == "nearest" for _ in groups[key])
    lines = [
        f"# briefbot: {unanswered} unanswered and {len(disputed)} disputed question(s) "
        f"since {_utc(since)} UTC, grouped by entry.",
        "# `nearest`: the entry the bot found closest; `answered_with`: the answer readers "
        "voted down.",
        "# Paste a question under the `questions:` of the entry that really answers it (not "
        "always the one named),",
        "# leave out what the article does not answer, then `briefbot check` and /reload.",
    ]
    if not groups:
        lines.append("[]")
    order = sorted(groups, key=lambda k: (k[0] != "nearest", -weight[k], str(k[1]), str(k[2])))
    for kind, briefing, entry in order:
        lines.append(f"- briefing: {yaml_scalar(briefing) if briefing else 'null'}")
        lines.append(f"  {kind}: {yaml_scalar(entry) if entry else 'null'}")
        lines.append("  questions:")
        for question, note in groups[(kind, briefing, entry)]:
            lines.append(f"  - {yaml_scalar(question)}  # {note}")
    return "\n".join(lines) + "\n"
