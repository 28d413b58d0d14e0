"""Hot reload: a replica picks up edits under its knowledge folder, and ``/reload`` reaches
every replica, without a restart.

- **Proven first.** A new version is loaded, proven faithful and indexed (a whole new
  ``Session``) off the event loop while the old one keeps answering; only then is the bot's
  one ``Served`` object replaced, in a single assignment. A question is answered wholly from
  the version it started with.
- **A broken edit changes nothing** for readers: the last good version keeps serving, the
  problems (``file:line: …``) go to the log and to every admin, once per broken version.
- **Edits** are noticed by polling the folder's content hash every
  ``BRIEFBOT_KNOWLEDGE_POLL_SECONDS``, and loaded once the hash held still for one poll (an
  editor saving in several writes is not caught half-way).
- **/reload** adds a request to the store; every replica polls for requests on the same
  tick, reloads its own folder and reports its content hash (or its error) in the store.
  The replica that took the command reloads at once, waits for the live replicas' reports
  and answers with each one's hash, flagging those that differ. A store table rather than
  PostgreSQL's LISTEN/NOTIFY: SQLite has none, a notification sent while a replica is
  reconnecting is lost, and a row is not.
- Each replica also heartbeats (so ``/reload`` waits only for replicas alive), and purges the
  query log past its retention at start and daily.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from datetime import UTC, datetime, timedelta

from telegram.ext import Application

from bot.answering.reply import Reply
from bot.curation.knowledge import KnowledgeSource, Loaded, ReloadFailed, articles_of
from bot.curation.reports import broken_edit_reply, reload_reply, short
from bot.knowledge.model import KnowledgeBase
from bot.storage import Store
from bot.transport.telegram_bot import TelegramBriefBot

log = logging.getLogger(__name__)

PURGE_EVERY = timedelta(days=1)
# A replica not seen for this many polls (and at least this long) is presumed gone.
STALE_POLLS = 5
STALE_MIN_SECONDS = 15.0
# How long /reload waits for the other replicas to report, beyond their polling interval.
REPORT_GRACE_SECONDS = 30.0


class KnowledgeReloader:
    """One replica's watcher over its knowledge folder and the store's reload requests."""

    def __init__(
        self,
        app: Application,
        bot: TelegramBriefBot,
        store: Store,
        source: KnowledgeSource,
        *,
        replica: str,
        poll_seconds: float,
        retention_days: int,
    ) -> None:
        self.app = app
        self.bot = bot
        self.store = store
        self.source = source
        self.replica = replica
        self.poll_seconds = poll_seconds
        self.retention = timedelta(days=retention_days)
        self.reloads = 0  # successful reloads, for logs and tests
        self.failures = 0
        self.last_seconds: tuple[float, float] | None = None  # (whole reload, load and proof)
        self.last_error: list[str] | None = None
        self._request = 0  # the last /reload request handled
        self._seen: str | None = None  # content hash last loaded or found broken
        self._settling: str | None = None  # a changed hash waiting to hold still
        self._notified: str | None = None  # the broken version admins were told about
        self._articles = articles_of(bot.kb)
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self._purged_at: datetime | None = None
        self._store_down = False

    # ------------------------------------------------------------------ lifecycle
    async def start(self) -> None:
        """The knowledge served now came from the start-up load: its hash is the baseline,
        and /reload requests made before this start are already served by it."""
        self._seen = self.bot.served.digest or await asyncio.to_thread(
            self.source.digest, self._articles
        )
        self._request = await asyncio.to_thread(self.store.reload_requested)
        await self._report(error=None)
        await self._purge()
        self._task = asyncio.create_task(self._run(), name="briefbot-knowledge")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        try:
            await asyncio.to_thread(self.store.forget_replica, self.replica)
        except Exception:
            log.warning("could not remove this replica from the store", exc_info=True)

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.poll_seconds)
            try:
                await self.tick()
            except Exception:
                log.exception("knowledge watch failed; trying again at the next poll")

    # ------------------------------------------------------------------ one poll
    async def tick(self) -> None:
        requested = await self._poll_store()
        if requested > self._request:
            self._request = requested
            await self.reload("/reload", notify=True)
        else:
            digest = await asyncio.to_thread(self.source.digest, self._articles)
            if digest == self._seen:
                self._settling = None
            elif digest == self._settling:  # changed, then held still for a poll
                await self.reload("edit", notify=True)
            else:
                self._settling = digest
        if self._purged_at is None or datetime.now(UTC) - self._purged_at >= PURGE_EVERY:
            await self._purge()

    async def _poll_store(self) -> int:
        """Heartbeat, and the latest /reload request. A store that cannot be reached is
        logged once per outage; edits under the folder are still picked up meanwhile."""
        try:
            await asyncio.to_thread(self.store.heartbeat, self.replica)
            requested = await asyncio.to_thread(self.store.reload_requested)
        except Exception as exc:
            if not self._store_down:
                log.warning(
                    "cannot reach the store for /reload requests (%s); still watching "
                    "the knowledge folder",
                    exc,
                )
            self._store_down = True
            return self._request
        if self._store_down:
            log.info("the store answers again")
            self._store_down = False
        return requested

    # ------------------------------------------------------------------ reloading
    async def reload(self, reason: str, *, notify: bool) -> bool:
        """Load, prove and swap in the folder's knowledge; False (and the last good one kept
        serving) when it cannot be served."""
        async with self._lock:
            old = self.bot.served
            started = time.perf_counter()
            try:
                loaded: Loaded = await asyncio.to_thread(self.source.load, self._articles)
                served = await asyncio.to_thread(self.bot.build, loaded.kb, loaded.digest)
            except ReloadFailed as failure:
                self._seen = failure.digest  # not again until the files change
                self._settling = None
                self.failures += 1
                self.last_error = failure.problems
                log.error(
                    "knowledge %s not loaded (%s): %d problem(s), still serving %s:\n%s",
                    short(failure.digest),
                    reason,
                    len(failure.problems),
                    short(old.digest),
                    "\n".join(failure.problems),
                )
                await self._report(error="; ".join(failure.problems[:3]))
                if notify and failure.digest != self._notified:
                    self._notified = failure.digest
                    await self.bot.notify_admins(
                        self.app.bot,
                        broken_edit_reply(self.replica, failure.problems, old.digest),
                    )
                return False
            self.bot.served = served  # the swap: one assignment, never half a version
            self._articles = loaded.articles
            self._seen = loaded.digest
            self._settling = None
            self._notified = None if not loaded.left_out else self._notified
            self.reloads += 1
            self.last_error = None
            self.last_seconds = (time.perf_counter() - started, loaded.seconds)
            log.info(
                "knowledge reloaded (%s) in %.2f s (load and proof %.2f s): %s -> %s",
                reason,
                self.last_seconds[0],
                loaded.seconds,
                short(old.digest),
                short(loaded.digest),
            )
            await self._report(error="; ".join(loaded.left_out[:3]) or None)
            if loaded.left_out:
                # One broken briefing among many: the others serve, the curator is told where.
                log.error(
                    "%d problem(s): briefing(s) left out of knowledge %s:\n%s",
                    len(loaded.left_out),
                    short(loaded.digest),
                    "\n".join(loaded.left_out),
                )
                if notify and loaded.digest != self._notified:
                    self._notified = loaded.digest
                    await self.bot.notify_admins(
                        self.app.bot,
                        broken_edit_reply(
                            self.replica, list(loaded.left_out), loaded.digest, left_out=True
                        ),
                    )
            if _menu(old.kb) != _menu(served.kb):
                await self.bot.publish_commands(self.app.bot, when="after a reload")
            return True

    async def reload_everywhere(self, lang: str) -> Reply:
        """``/reload``: every replica reloads its own folder; the reply lists each one's
        content hash, flagging those that differ from this replica's."""
        request = await asyncio.to_thread(self.store.request_reload)
        self._request = max(self._request, request)
        await self.reload("/reload", notify=False)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.poll_seconds * 2 + REPORT_GRACE_SECONDS
        stale = max(STALE_POLLS * self.poll_seconds, STALE_MIN_SECONDS)
        while True:
            states = [
                s
                for s in await asyncio.to_thread(self.store.replicas)
                if s.seen_seconds_ago <= stale or s.request >= request
            ]
            if all(s.request >= request for s in states) or loop.time() >= deadline:
                break
            await asyncio.sleep(min(0.2, self.poll_seconds))
        return reload_reply(states, request, self.bot.served.digest, lang)

    # ------------------------------------------------------------------ the store
    async def _report(self, *, error: str | None) -> None:
        try:
            await asyncio.to_thread(
                self.store.report_replica,
                self.replica,
                digest=self.bot.served.digest,
                error=error,
                request=self._request,
            )
        except Exception:
            log.warning("could not report this replica's knowledge to the store", exc_info=True)

    async def _purge(self) -> None:
        now = datetime.now(UTC)
        self._purged_at = now
        try:
            purged = await asyncio.to_thread(self.store.purge, now - self.retention)
        except Exception:
            log.warning("could not purge the query log", exc_info=True)
            return
        if purged.queries or purged.updates:
            log.info(
                "purged what is older than %d days: %d question(s), %d vote(s), %d update(s)",
                self.retention.days,
                purged.queries,
                purged.votes,
                purged.updates,
            )


def _menu(kb: KnowledgeBase) -> tuple[tuple[str, str, str], ...]:
    """What the command menus show of a knowledge base: its topics' commands and titles."""
    return tuple(
        (topic.command, topic.title, topic.title_en)
        for briefing in kb.briefings
        for topic in briefing.topics
    )
