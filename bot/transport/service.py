"""briefbot as a service: intake (polling or webhook) → journal in the store → workers.

One ``BotService`` is one replica. Several replicas share one PostgreSQL store: each records
what reaches it, any of them handles it, and the conversation context lives in the store, so
a follow-up is understood wherever it lands. Alone, a replica keeps the same journal in a
SQLite file: a crash or a restart loses no question either.

SIGTERM and SIGINT stop it cleanly: no more intake (polling confirms what it recorded), the
updates in hand are finished, the rest wait in the store for the next start.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys

from telegram.error import InvalidToken, NetworkError
from telegram.ext import Application

from bot.curation.knowledge import KnowledgeSource, articles_of
from bot.curation.privacy import HashKeyError, Pseudonyms, load_key
from bot.knowledge.model import KnowledgeBase
from bot.matching.matcher import Matcher
from bot.settings import Settings
from bot.storage import Store, StoredContexts, open_store
from bot.transport.curator import CuratorDesk
from bot.transport.intake import PollingIntake, WebhookIntake
from bot.transport.journal import UpdateWorkers
from bot.transport.logs import SecretFilter
from bot.transport.reloading import KnowledgeReloader
from bot.transport.telegram_app import build_application
from bot.transport.telegram_bot import TelegramBriefBot

log = logging.getLogger("briefbot")

# How long a stop waits for the updates in hand before leaving them to the next start.
STOP_TIMEOUT = 30.0
EXIT_CONFIG = 78  # sysexits.h EX_CONFIG, as for wrong settings


class BotService:
    """One replica: ``await start()``, then ``await stop()`` (or ``await run()`` until a
    signal). The store is opened from the settings unless one is given (tests, embedding).

    With a ``source`` (the knowledge folder ``kb`` was loaded from) the replica reloads it
    when it changes and on ``/reload``; without one it serves ``kb`` as given."""

    def __init__(
        self,
        kb: KnowledgeBase,
        settings: Settings,
        *,
        store: Store | None = None,
        source: KnowledgeSource | None = None,
        matcher: Matcher | None = None,
    ) -> None:
        self.kb = kb
        self.matcher = matcher  # built for ``kb`` already (the start-up cache's), or None
        self.settings = settings
        self.store = store
        self.source = source
        self._owns_store = store is None
        self.app: Application | None = None
        self.bot: TelegramBriefBot | None = None
        self.workers: UpdateWorkers | None = None
        self.intake: PollingIntake | WebhookIntake | None = None
        self.reloader: KnowledgeReloader | None = None
        self._started = False

    @property
    def mode(self) -> str:
        return "webhook" if self.settings.briefbot_webhook_url else "polling"

    async def start(self) -> None:
        settings = self.settings
        if self.store is None:
            self.store = await asyncio.to_thread(
                open_store, settings.database_url, settings.briefbot_sqlite_path
            )
        store = self.store
        try:
            pseudonyms = Pseudonyms(await asyncio.to_thread(load_key, settings))
        except BaseException:
            await self.stop()
            raise
        digest = None
        if self.source is not None:
            digest = await asyncio.to_thread(self.source.digest, articles_of(self.kb))
        bot = self.bot = TelegramBriefBot(
            self.kb,
            settings,
            # Chats are keyed by a pseudonym: the store holds no chat id once an update is done.
            contexts=StoredContexts(store, key=pseudonyms.chat),
            desk=CuratorDesk(store, pseudonyms, settings.briefbot_admin_ids),
            digest=digest,
            matcher=self.matcher,
        )
        self.matcher = None  # the bot holds it now; a reload builds its own
        app = self.app = build_application(self.kb, settings, bot=bot)
        try:
            await app.initialize()  # getMe: a rejected token fails here
            await bot.post_init(app)
            await app.start()
            self.workers = UpdateWorkers(
                app,
                store,
                replica=settings.briefbot_replica_id,
                count=settings.briefbot_concurrent_updates,
                lease_seconds=settings.briefbot_update_lease_seconds,
            )
            await self.workers.start()
            if self.source is not None:
                self.reloader = KnowledgeReloader(
                    app,
                    bot,
                    store,
                    self.source,
                    replica=settings.briefbot_replica_id,
                    poll_seconds=settings.briefbot_knowledge_poll_seconds,
                    retention_days=settings.briefbot_log_retention_days,
                )
                await self.reloader.start()
                bot.reload_all = self.reloader.reload_everywhere
            if settings.briefbot_webhook_url:
                self.intake = WebhookIntake(
                    app.bot,
                    store,
                    self.workers.wake,
                    url=settings.briefbot_webhook_url,
                    secret=settings.briefbot_webhook_secret or "",
                    listen=settings.briefbot_webhook_listen,
                    port=settings.briefbot_webhook_port,
                    hand_over=self.workers.hand_over,
                )
            else:
                self.intake = PollingIntake(
                    app.bot,
                    store,
                    self.workers.wake,
                    hand_over=self.workers.hand_over,
                    room=self.workers.room,
                )
            await self.intake.start()
        except BaseException:
            await self.stop()
            raise
        self._started = True
        log.info(
            "serving (%s, store %s, replica %s, %d workers)",
            self.mode,
            store.engine,
            settings.briefbot_replica_id,
            settings.briefbot_concurrent_updates,
        )

    async def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        if self.intake is not None:
            await self.intake.stop()
            self.intake = None
        if self.reloader is not None:
            await self.reloader.stop()
            self.reloader = None
        if self.workers is not None:
            await self.workers.stop(timeout=timeout)
            self.workers = None
        if self.app is not None:
            if self.app.running:
                await self.app.stop()
            with contextlib.suppress(RuntimeError):
                await self.app.shutdown()
            self.app = None
        if self.store is not None and self._owns_store:
            self.store.close()
            self.store = None
        if self._started:
            log.info("stopped")
        self._started = False

    async def run(self) -> None:
        """Serve until SIGTERM or SIGINT, then stop cleanly. Polling that dies (a revoked
        token) stops the service too, rather than leaving it idle."""
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
        await self.start()
        waiters = [asyncio.create_task(stop.wait())]
        polling = getattr(self.intake, "task", None)
        if polling is not None:
            waiters.append(polling)
        try:
            done, _ = await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for signum in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(signum)
            waiters[0].cancel()
            log.info("stopping: finishing the updates in hand")
            await self.stop()
        for task in done:
            if task is not waiters[0] and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]


def run_service(
    kb: KnowledgeBase,
    settings: Settings,
    source: KnowledgeSource | None = None,
    matcher: Matcher | None = None,
) -> int:
    """Serve until SIGTERM/SIGINT; the caller has configured logging (`configure_logging`).
    ``matcher``: one already built for ``kb`` (the start-up cache's), served as it is."""
    mask = SecretFilter(settings.secret_values()).mask
    log.info("starting (%s)", settings.redacted())
    try:
        asyncio.run(BotService(kb, settings, source=source, matcher=matcher).run())
    except HashKeyError as exc:
        print(f"Cannot start: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except InvalidToken:
        log.error("Telegram rejected the token", exc_info=True)  # masked by the log filter
        print(
            "Telegram rejected TELEGRAM_BOT_TOKEN: check the token from @BotFather in .env.",
            file=sys.stderr,
        )
        return 1
    except NetworkError as exc:
        print(
            f"Cannot reach the Bot API at {settings.telegram_api_base_url}: {mask(str(exc))}",
            file=sys.stderr,
        )
        return 1
    except OSError as exc:  # the webhook port is taken, the database is unreachable
        print(f"Cannot start: {mask(str(exc))}", file=sys.stderr)
        return 1
    return 0
