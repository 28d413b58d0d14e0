"""What the curator reads: statistics, the unanswered and disputed questions, the replicas'
knowledge after a reload, a broken edit. Built as ``Reply`` structures, so Telegram gets
escaped HTML within its limits and the CLI plain text from the same renderers as answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from bot.answering.reply import Bullets, Heading, Lead, Reply, ReplyKind
from bot.records import record
from bot.storage.base import Store
from bot.storage.records import UNANSWERED_BANDS, Asked, Disputed, ReplicaState

QUESTION_CHARS = 90  # a question in a list: long ones are cut, the export has them whole
BANDS_ASKED = ("answer", *UNANSWERED_BANDS)  # questions proper; "info" is commands, greetings
SHORT_DIGEST = 12

TEXTS: dict[str, dict[str, str]] = {
    "stats": {"ru": "Статистика (время UTC)", "en": "Statistics (UTC)"},
    "counts": {
        "ru": "Вопросов сегодня: {today} · за {days} дн.: {week}",
        "en": "Questions today: {today} · in {days} days: {week}",
    },
    "rate": {
        "ru": "Отвечено за {days} дн.: {answered} из {asked} ({rate})",
        "en": "Answered in {days} days: {answered} of {asked} ({rate})",
    },
    "no_rate": {"ru": "Вопросов по существу пока не было.", "en": "No questions asked yet."},
    "top": {"ru": "Частые вопросы:", "en": "Most asked:"},
    "top_unanswered": {"ru": "Частые без ответа:", "en": "Most asked, unanswered:"},
    "disputed": {"ru": "Оспоренные ответы (👎):", "en": "Disputed answers (👎):"},
    "none_yet": {"ru": "нет", "en": "none"},
    "unanswered": {
        "ru": "Без ответа и оспоренные с {since} UTC",
        "en": "Unanswered and disputed since {since} UTC",
    },
    "latest": {"ru": "Последние без ответа:", "en": "Latest unanswered:"},
    "document": {
        "ru": "Все — в файле CSV ниже. Как добавить формулировку: README, «Curating».",
        "en": "All of them are in the CSV file below. Adding a phrasing: README, “Curating”.",
    },
    "reload": {
        "ru": "Перезагрузка базы знаний (запрос {request})",
        "en": "Knowledge reload (request {request})",
    },
    "replica_ok": {"ru": "{replica}: {digest}", "en": "{replica}: {digest}"},
    "replica_failed": {
        "ru": "{replica}: ошибка, работает прежняя {digest}: {error}",
        "en": "{replica}: failed, still serving {digest}: {error}",
    },
    "replica_silent": {
        "ru": "{replica}: не ответила, работает {digest}",
        "en": "{replica}: did not answer, serving {digest}",
    },
    "differs": {"ru": " ⚠️ отличается", "en": " ⚠️ differs"},
    "all_same": {
        "ru": "Все реплики работают на одной версии.",
        "en": "Every replica serves the same version.",
    },
    "not_same": {
        "ru": "⚠️ Реплики работают на разных версиях: проверьте knowledge/ на отмеченных.",
        "en": "⚠️ Replicas serve different versions: check knowledge/ on those marked.",
    },
    "broken": {
        "ru": "⚠️ Правка базы знаний не загружена ({replica}): {count} ошибк(и). "
        "Бот отвечает по прежней версии {digest}.",
        "en": "⚠️ The knowledge edit was not loaded ({replica}): {count} problem(s). "
        "The bot keeps serving the last good version {digest}.",
    },
    "left_out": {
        "ru": "⚠️ Брифинг с ошибками оставлен без ответа ({replica}): {count} ошибк(и). "
        "Остальные брифинги обслуживаются (версия {digest}).",
        "en": "⚠️ A briefing with problems is left out ({replica}): {count} problem(s). "
        "The other briefings are served (version {digest}).",
    },
}


def _t(key: str, lang: str, **values: object) -> str:
    texts = TEXTS[key]
    return texts.get(lang, texts["ru"]).format(**values)


def _cut(text: str, limit: int = QUESTION_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _where(briefing: str | None, entry: str | None) -> str:
    return f"{briefing}/{entry}" if briefing and entry else entry or briefing or "—"


def short(digest: str | None) -> str:
    return (digest or "—")[:SHORT_DIGEST]


def start_of_day(now: datetime) -> datetime:
    """Midnight UTC of ``now``'s day: "today" for every replica and every curator alike."""
    now = now.astimezone(UTC)
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


@record
class Overview:
    days: int
    today: int
    week: int
    asked: int  # questions proper (not commands, greetings, help)
    answered: int
    top: tuple[Asked, ...]
    top_unanswered: tuple[Asked, ...]
    disputed: tuple[Disputed, ...]

    @property
    def rate(self) -> float | None:
        return self.answered / self.asked if self.asked else None


def overview(store: Store, now: datetime, *, days: int = 7, top: int = 10) -> Overview:
    since = now - timedelta(days=days)
    return Overview(
        days=days,
        today=store.count_queries(start_of_day(now)),
        week=store.count_queries(since),
        asked=store.count_queries(since, BANDS_ASKED),
        answered=store.count_queries(since, ("answer",)),
        top=tuple(store.asked(since, bands=BANDS_ASKED, limit=top)),
        top_unanswered=tuple(store.asked(since, bands=UNANSWERED_BANDS, limit=top)),
        disputed=tuple(store.disputed(since, limit=top)),
    )


def _asked_line(item: Asked) -> str:
    where = f", {_where(item.briefing, item.entry)}" if item.entry else ""
    return f"{_cut(item.question)} — {item.count}× ({item.band}{where})"


def _disputed_line(item: Disputed) -> str:
    return (
        f"{_cut(item.question)} → {_where(item.briefing, item.entry)}: 👎 {item.down}, 👍 {item.up}"
    )


def _list(title: str, lines: Sequence[str], lang: str) -> tuple[Lead, Bullets] | tuple[Lead]:
    if not lines:
        return (Lead(f"{title} {_t('none_yet', lang)}"),)
    return Lead(title), Bullets(tuple(lines))


def stats_reply(stats: Overview, lang: str = "ru") -> Reply:
    rate = (
        _t(
            "rate",
            lang,
            days=stats.days,
            answered=stats.answered,
            asked=stats.asked,
            rate=f"{stats.rate:.0%}",
        )
        if stats.rate is not None
        else _t("no_rate", lang)
    )
    blocks = [
        Heading(_t("stats", lang)),
        Lead(_t("counts", lang, today=stats.today, days=stats.days, week=stats.week)),
        Lead(rate),
        *_list(_t("top", lang), [_asked_line(a) for a in stats.top], lang),
        *_list(_t("top_unanswered", lang), [_asked_line(a) for a in stats.top_unanswered], lang),
        *_list(_t("disputed", lang), [_disputed_line(d) for d in stats.disputed], lang),
    ]
    return Reply(ReplyKind.INFO, tuple(blocks), language=lang)


def unanswered_reply(
    asked: Sequence[Asked],
    disputed: Sequence[Disputed],
    since: datetime,
    lang: str = "ru",
    *,
    shown: int = 15,
) -> Reply:
    stamp = since.astimezone(UTC).strftime("%Y-%m-%d %H:%M")
    blocks = [
        Heading(_t("unanswered", lang, since=stamp)),
        *_list(_t("latest", lang), [_asked_line(a) for a in asked[:shown]], lang),
        *_list(_t("disputed", lang), [_disputed_line(d) for d in disputed[:shown]], lang),
        Lead(_t("document", lang)),
    ]
    return Reply(ReplyKind.INFO, tuple(blocks), language=lang)


def reload_reply(
    states: Sequence[ReplicaState], request: int, expected: str | None, lang: str = "ru"
) -> Reply:
    """Each replica's content hash after /reload; any that differs from ``expected`` (the
    replica the admin talked to) is flagged, and so are replicas that did not answer."""
    lines = []
    for state in states:
        digest = short(state.digest)
        if state.request < request:
            line = _t("replica_silent", lang, replica=state.replica, digest=digest)
        elif state.error:
            error = _cut(state.error, 200)
            line = _t("replica_failed", lang, replica=state.replica, digest=digest, error=error)
        else:
            line = _t("replica_ok", lang, replica=state.replica, digest=digest)
        if state.digest != expected:
            line += _t("differs", lang)
        lines.append(line)
    same = all(s.digest == expected and s.request >= request for s in states)
    blocks = [
        Heading(_t("reload", lang, request=request)),
        Bullets(tuple(lines)),
        Lead(_t("all_same" if same else "not_same", lang)),
    ]
    return Reply(ReplyKind.INFO, tuple(blocks), language=lang)


def broken_edit_reply(
    replica: str,
    problems: Sequence[str],
    digest: str | None,
    lang: str = "ru",
    shown: int = 10,
    *,
    left_out: bool = False,
) -> Reply:
    """A broken edit, for the admins: nothing loaded (the last good version serves), or
    ``left_out``: the broken briefing alone is left out and ``digest`` is what serves now."""
    key = "left_out" if left_out else "broken"
    blocks = [
        Lead(_t(key, lang, replica=replica, count=len(problems), digest=short(digest))),
        Bullets(tuple(_cut(p, 300) for p in problems[:shown])),
    ]
    return Reply(ReplyKind.INFO, tuple(blocks), language=lang)
