"""From the update journal to the Application: workers that claim, handle and finish updates.

Updates reach the bot by webhook or long polling (``intake``), which only *record* them in the
store and acknowledge. Handling happens here, from the store, so that nothing acknowledged is
lost and nothing is answered twice:

- An update is handled by whoever claims it first, on any replica (``Store.claim_update``);
  a re-delivery was refused when it was recorded, so there is nothing to claim twice.
- A worker that dies holding a claim loses it when its lease runs out; another replica takes
  it over. A replica that restarts takes back its own claims at once (``release_claims``):
  its owner names are ``<replica id>/<worker number>``, stable across restarts.
- A chat's updates are claimed in order, one at a time, across replicas: a follow-up never
  overtakes its question.

The one window for a duplicate: Telegram accepted the reply, and the process died before
``finish_update`` recorded it. The update is then handled again after the restart (or when
its lease runs out): the user gets the same answer twice. Nothing narrower is possible
without Telegram knowing our journal; the window is the time between Telegram's answer to
``sendMessage`` and one write to the store.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections import OrderedDict
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.storage import Claimed, Store

log = logging.getLogger(__name__)

# An update whose handling killed its worker this many times is given up (and logged): a
# poison update must not block its chat for ever.
MAX_ATTEMPTS = 3
# How often an idle worker looks for work it was not woken for: updates recorded by another
# replica, or claims whose lease ran out.
IDLE_POLL_SECONDS = 1.0
# Updates this replica's intake parsed and no worker has taken yet: three getUpdates batches.
# Each is ~2 KB of PTB objects; holding a whole burst (2,000 taken in at once) kept the process
# 4 MB bigger afterwards. Past this the intake hands nothing over: those updates are parsed
# once too, by the worker that claims them.
HANDED_OVER = 300
# The update types whose chat ``chat_of_payload`` reads from the JSON data (the rest are
# parsed by PTB for it); PTB's ``Update.effective_chat`` is the reference.
MESSAGE_KEYS = (
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "business_message",
    "edited_business_message",
)
NO_CHAT_KEYS = ("inline_query", "chosen_inline_result")


def chat_of(update: Update) -> str | None:
    """The key that orders an update after its chat's earlier ones (None: no chat, e.g. an
    inline query, which never waits)."""
    chat = update.effective_chat
    return str(chat.id) if chat is not None else None


def chat_of_payload(payload: dict[str, Any]) -> str | bool | None:
    """``chat_of`` read from an update's JSON data, without PTB objects, for its common types;
    False for the others (parse it, then ask ``chat_of``)."""
    for key in MESSAGE_KEYS:
        if key in payload:
            return str(payload[key]["chat"]["id"])
    if "callback_query" in payload:
        message = payload["callback_query"].get("message")
        return str(message["chat"]["id"]) if message else None  # None: an inline message's
    if any(key in payload for key in NO_CHAT_KEYS):
        return None
    return False


class UpdateWorkers:
    """``count`` workers of this replica taking updates from the store."""

    def __init__(
        self,
        app: Application,
        store: Store,
        *,
        replica: str,
        count: int,
        lease_seconds: float,
        idle_poll_seconds: float = IDLE_POLL_SECONDS,
    ) -> None:
        self.app = app
        self.store = store
        self.replica = replica
        self.count = count
        self.lease_seconds = lease_seconds
        self.idle_poll_seconds = idle_poll_seconds
        self.handled = 0  # by this process, for logs and tests
        # Parsed by the intake from the very payload it journalled (``hand_over``).
        self._parsed: OrderedDict[int, Update] = OrderedDict()
        self._wake = asyncio.Event()
        self._stopping = False
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        released = await asyncio.to_thread(self.store.release_claims, f"{self.replica}/")
        if released:
            log.warning(
                "took back %d update(s) this replica held when it stopped without finishing",
                released,
            )
        self._tasks = [
            asyncio.create_task(self._work(number), name=f"briefbot-worker-{number}")
            for number in range(self.count)
        ]

    def room(self) -> int:
        """How many more parsed updates ``hand_over`` takes now."""
        return max(0, HANDED_OVER - len(self._parsed))

    def hand_over(self, update: Update) -> None:
        """The intake recorded ``update`` and parsed it from the journalled payload: the
        worker that claims it takes this object instead of parsing the payload again (one
        ``Update.de_json`` an update, ~0.14 ms of the event loop's time). Updates another
        replica claims are forgotten as newer ones come."""
        self._parsed[update.update_id] = update
        while len(self._parsed) > HANDED_OVER:
            self._parsed.popitem(last=False)

    def wake(self) -> None:
        """New updates were recorded here: look now rather than at the next idle poll."""
        self._wake.set()

    async def stop(self, timeout: float | None = None) -> None:
        """Finish the updates in hand, take no more. Unclaimed updates stay in the store for
        the next start or another replica."""
        self._stopping = True
        self._wake.set()
        if not self._tasks:
            return
        done, pending = await asyncio.wait(self._tasks, timeout=timeout)
        for task in pending:  # only past the timeout: their claims come back after restart
            task.cancel()
        for task in pending:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        for task in done:
            if not task.cancelled() and task.exception() is not None:
                log.error("worker stopped with an error", exc_info=task.exception())
        self._tasks = []

    async def _work(self, number: int) -> None:
        owner = f"{self.replica}/{number}"
        while not self._stopping:
            try:
                claimed = await asyncio.to_thread(
                    self.store.claim_update, owner, self.lease_seconds
                )
            except Exception:
                log.exception("could not claim an update from the store; retrying")
                await self._idle(backoff=True)
                continue
            # From one update to the next without idling: marking one handled and claiming
            # the next are one trip to the store (and one commit where the engine allows).
            while claimed is not None:
                await self._handle(claimed)
                claimed = await self._finish(claimed, then_claim=not self._stopping)
            if not self._stopping:
                await self._idle()

    async def _idle(self, *, backoff: bool = False) -> None:
        # Jitter keeps replicas from polling the store in step.
        delay = self.idle_poll_seconds * (
            random.uniform(2, 4) if backoff else random.uniform(0.5, 1)
        )
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout=delay)
        self._wake.clear()

    async def _handle(self, claimed: Claimed) -> None:
        if claimed.attempts > MAX_ATTEMPTS:
            log.error(
                "update %s given up after %d attempts (each stopped its worker); not answered",
                claimed.update_id,
                claimed.attempts - 1,
            )
        else:
            if claimed.attempts > 1:
                log.warning(
                    "update %s handled again (attempt %d): its earlier worker stopped before "
                    "finishing it",
                    claimed.update_id,
                    claimed.attempts,
                )
            try:
                update = self._parsed.pop(claimed.update_id, None)
                if update is None:  # recorded by another replica, or before a restart
                    update = Update.de_json(claimed.payload, self.app.bot)
                # Handler errors go to the bot's error handler inside process_update.
                await self.app.process_update(update)
            except Exception:
                log.exception("update %s could not be handled", claimed.update_id)

    async def _finish(self, claimed: Claimed, *, then_claim: bool) -> Claimed | None:
        """Mark the update handled; with ``then_claim`` also claim this owner's next one
        (returned). If the store fails, the update will be handled again (after its lease)."""
        try:
            if then_claim:
                finished, following = await asyncio.to_thread(
                    self.store.finish_and_claim,
                    claimed.update_id,
                    claimed.owner,
                    self.lease_seconds,
                )
            else:
                following = None
                finished = await asyncio.to_thread(
                    self.store.finish_update, claimed.update_id, claimed.owner
                )
        except Exception:
            log.exception(
                "update %s was handled but the store failed marking it so%s: unless the mark "
                "was written, it will be handled again",
                claimed.update_id,
                " (or claiming the next)" if then_claim else "",
            )
            return None
        self.handled += 1
        if not finished:
            log.warning(
                "update %s outlived its lease and was taken over: it may be answered twice; "
                "raise BRIEFBOT_UPDATE_LEASE_SECONDS",
                claimed.update_id,
            )
        return following
