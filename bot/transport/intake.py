"""How updates arrive: long polling or a webhook. Both only record them in the store.

An update is acknowledged to Telegram only after ``Store.record_update`` returned, so it is
either in the journal or Telegram still holds it and will deliver it again:

- Polling confirms an offset with the next ``getUpdates``; we ask for the next batch only
  after the last one is recorded. On stop, one last ``getUpdates(offset, timeout=0)``
  confirms; if that call fails, Telegram delivers the batch again on the next start, and the
  journal refuses what it already has.
- The webhook answers 200 only after recording; any failure to record answers 500, and
  Telegram retries. A request without the right secret header gets 403 and is logged without
  the header's value.

python-telegram-bot's own Updater and webhook server acknowledge before handling (a crash
loses the update), hence these few lines of our own.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from telegram import Bot, Update
from telegram.error import Conflict, InvalidToken, NetworkError, TelegramError

from bot.storage import Store
from bot.transport import posting
from bot.transport.journal import chat_of, chat_of_payload

if TYPE_CHECKING:
    # Imported where the webhook server starts: a polling bot never loads aiohttp's server
    # (~10 MB of the process's RSS, measured by bench.endtoend).
    from aiohttp import web

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
POLL_TIMEOUT = 10  # seconds a long poll waits for updates
MAX_BACKOFF = 30.0
MAX_UPDATE_BYTES = 1_000_000  # an update is a few kilobytes; Telegram caps messages far below


# What the bot never reads about a person or a group: not journalled (README, "Privacy").
# ``first_name`` is required by PTB's ``User``, so it is blanked rather than dropped.
PROFILE_DROPPED = frozenset(
    {"username", "last_name", "is_premium", "added_to_attachment_menu", "phone_number", "bio"}
)
PROFILE_BLANKED = frozenset({"first_name", "title"})


def without_profile(value: Any) -> Any:
    """The update without names, usernames or phone numbers of anyone in it: the journal
    keeps only what answering needs (ids to reply to, the text, the client's language)."""
    if isinstance(value, dict):
        return {
            key: "" if key in PROFILE_BLANKED and isinstance(item, str) else without_profile(item)
            for key, item in value.items()
            if key not in PROFILE_DROPPED
        }
    if isinstance(value, list):
        return [without_profile(item) for item in value]
    return value


HandOver = Callable[[Update], None]


def parsed(bot: Bot, payload: dict[str, Any]) -> Update | None:
    """The journalled payload as PTB's ``Update`` (None: a shape PTB cannot read, which still
    gets journalled, unordered, and fails in its worker as it would have)."""
    try:
        return Update.de_json(payload, bot)
    except Exception:
        return None


async def record(
    store: Store, bot: Bot, payload: dict[str, Any], hand_over: HandOver | None = None
) -> bool:
    """Journal one update, without the profiles in it; True for its first delivery."""
    payload = without_profile(payload)
    update = parsed(bot, payload)
    chat = chat_of(update) if update is not None else None
    first = await asyncio.to_thread(store.record_update, int(payload["update_id"]), payload, chat)
    if first and update is not None and hand_over is not None:
        hand_over(update)
    return first


class PollingIntake:
    """Long polling that records each batch before confirming it.

    Each update is parsed once: here, from the payload as journalled, when ``hand_over``
    gives the ``Update`` to this replica's workers (up to the ``room`` they have), else by the
    worker that claims it. The chat that orders it is read from the JSON data.
    """

    def __init__(
        self,
        bot: Bot,
        store: Store,
        on_recorded: Callable[[], None],
        *,
        poll_timeout: int = POLL_TIMEOUT,
        hand_over: HandOver | None = None,
        room: Callable[[], int] | None = None,
    ) -> None:
        self.bot = bot
        self.store = store
        self.on_recorded = on_recorded
        self.hand_over = hand_over
        self.room = room  # how many parsed updates ``hand_over`` takes now (None: no limit)
        self.poll_timeout = poll_timeout
        self.offset: int | None = None
        self.recorded = 0
        self.redelivered = 0
        self._stopping = False
        self._task: asyncio.Task[None] | None = None
        self._poll: asyncio.Future[list[dict[str, Any]]] | None = None

    async def start(self) -> None:
        # A webhook left registered (a switch from webhook mode) makes getUpdates fail.
        await self.bot.delete_webhook(drop_pending_updates=False)
        self._task = asyncio.create_task(self._run(), name="briefbot-polling")

    async def _run(self) -> None:
        backoff = 1.0
        while not self._stopping:
            self._poll = asyncio.ensure_future(
                posting.get_updates(
                    self.bot,
                    offset=self.offset,
                    timeout=self.poll_timeout,
                    allowed_updates=Update.ALL_TYPES,
                )
            )
            try:
                updates = await self._poll
            except asyncio.CancelledError:
                if self._stopping:
                    return  # nothing of this batch was confirmed: Telegram keeps it
                raise
            except InvalidToken:
                log.error("Telegram rejected the token; polling stops")
                raise
            except (Conflict, NetworkError, TelegramError) as exc:
                # Conflict: another process polls this token (one poller per token).
                log.warning("getUpdates failed (%s); retrying in %.0f s", exc, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
                continue
            finally:
                self._poll = None
            try:
                if updates:
                    # The batch in one transaction, before the next poll confirms it; if
                    # that fails, the offset stays and Telegram sends the batch again.
                    payloads = [without_profile(u) for u in updates]
                    batch = [(int(p["update_id"]), p, self._chat(p)) for p in payloads]
                    firsts = await asyncio.to_thread(self.store.record_updates, batch)
                    self.recorded += sum(firsts)
                    self.redelivered += len(firsts) - sum(firsts)
                    self.offset = batch[-1][0] + 1
                    if self.hand_over is not None:
                        take = self.room() if self.room is not None else len(payloads)
                        for first, payload in zip(firsts, payloads, strict=True):
                            if take <= 0:
                                break  # the rest are parsed by the workers that claim them
                            update = parsed(self.bot, payload) if first else None
                            if update is not None:
                                self.hand_over(update)
                                take -= 1
            except Exception:
                # The offset stops at the last recorded update: the rest come back.
                log.exception("could not record updates; asking for them again")
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
                continue
            finally:
                if updates:
                    self.on_recorded()
            backoff = 1.0

    def _chat(self, payload: dict[str, Any]) -> str | None:
        """The update's chat, from its JSON data where that is plain; else as PTB reads it."""
        chat = chat_of_payload(payload)
        if chat is False:
            update = parsed(self.bot, payload)
            return chat_of(update) if update is not None else None
        return chat if isinstance(chat, str) else None

    @property
    def task(self) -> asyncio.Task[None] | None:
        """The polling loop: it ends early only on a fatal error (a rejected token)."""
        return self._task

    async def stop(self) -> None:
        self._stopping = True
        if self._poll is not None:
            self._poll.cancel()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError, InvalidToken):
                await self._task
        if self.offset is None:
            return
        try:  # confirm what is recorded; if this fails, the journal refuses the re-delivery
            await self.bot.get_updates(offset=self.offset, timeout=0, allowed_updates=[])
        except TelegramError as exc:
            log.warning("could not confirm updates up to %s on stop: %s", self.offset - 1, exc)


class WebhookIntake:
    """An aiohttp server for Telegram's webhook POSTs, acknowledging only recorded updates."""

    def __init__(
        self,
        bot: Bot,
        store: Store,
        on_recorded: Callable[[], None],
        *,
        url: str,
        secret: str,
        listen: str,
        port: int,
        hand_over: HandOver | None = None,
    ) -> None:
        self.bot = bot
        self.store = store
        self.on_recorded = on_recorded
        self.hand_over = hand_over
        self.url = url
        self.path = urlsplit(url).path or "/"
        self.secret = secret
        self.listen = listen
        self.port = port
        self.recorded = 0
        self.redelivered = 0
        self.refused = 0
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        from aiohttp import web

        app = web.Application(client_max_size=MAX_UPDATE_BYTES)
        app.router.add_post(self.path, self._receive)
        # No access log: it is noise at Telegram's rate, and a proxy keeps one anyway.
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=10.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.listen, self.port).start()
        log.info("webhook server listening on %s:%s%s", self.listen, self.port, self.path)
        # Registered only once we listen: Telegram's first delivery finds us ready.
        await self.bot.set_webhook(
            self.url, secret_token=self.secret, allowed_updates=Update.ALL_TYPES
        )

    async def stop(self) -> None:
        """Stop listening; requests in flight finish (and are recorded) first. The webhook
        stays registered: other replicas serve it, and Telegram holds updates meanwhile."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _receive(self, request: web.Request) -> web.Response:
        from aiohttp import web

        given = request.headers.get(SECRET_HEADER)
        if given is None or not hmac.compare_digest(given.encode(), self.secret.encode()):
            self.refused += 1
            log.warning(
                "webhook request refused (403): %s secret header, from %s",
                "no" if given is None else "a wrong",
                request.remote,
            )
            return web.Response(status=403)
        try:
            payload = json.loads(await request.read())
        except (ValueError, UnicodeDecodeError):
            return web.Response(status=400, text="not JSON")
        if not isinstance(payload, dict) or not isinstance(payload.get("update_id"), int):
            return web.Response(status=400, text="not an update")
        try:
            first = await record(self.store, self.bot, payload, self.hand_over)
        except Exception:
            # 500: Telegram delivers it again later; nothing is acknowledged unrecorded.
            log.exception("update %s could not be recorded", payload["update_id"])
            return web.Response(status=500)
        if first:
            self.recorded += 1
            self.on_recorded()
        else:
            self.redelivered += 1
            log.info("update %s delivered again: already recorded", payload["update_id"])
        return web.Response(status=200)
