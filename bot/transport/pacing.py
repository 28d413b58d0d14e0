"""Every Bot API call goes through here: paced to Telegram's limits, retried when it failed.

python-telegram-bot retries nothing but ``getUpdates``, and ``AIORateLimiter`` only retries
429s — pausing *every* request while one chat waits out its ``retry_after``. Here:

- **Pacing.** Sends to one chat are spaced to Telegram's limits (about one message a second
  in a private chat, twenty a minute in a group), and all sends together to the overall
  limit (about thirty a second). A flooding chat waits for its own slot; other chats don't
  wait behind it. Answers to inline queries and button presses are not paced: the user is
  looking at a spinner.
- **Retries**, with exponential backoff and jitter, within an overall deadline per call:
  429 (after its ``retry_after``, and only that chat waits), 5xx, timeouts, dropped
  connections, a broken answer. Never a 400/403: Telegram refused, and will again.
- **Which failures can duplicate.** A failure is *certain* when Telegram cannot have acted:
  it answered with an error (429, 5xx), or the request never left (connection refused,
  connect or pool timeout). It is *ambiguous* when the request was sent and the answer was
  lost (a read timeout, a connection dropped mid-answer, a garbled body): Telegram may have
  sent the message. Retrying an ambiguous failure can show the user the same message twice;
  not retrying can show nothing. We retry — a duplicate beats a lost answer before a press
  conference — and log each ambiguous retry as a possible duplicate, so every duplicate is
  accounted for: at most one per ambiguous failure.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import random
import time
import warnings
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

import aiohttp
import httpx
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import BaseRateLimiter

from bot.records import record

log = logging.getLogger(__name__)

# Methods that put a message in a chat: paced per chat and overall.
PACED = frozenset(
    {
        "sendMessage",
        "sendDocument",
        "sendPhoto",
        "sendChatAction",
        "editMessageText",
        "editMessageReplyMarkup",
        "copyMessage",
        "forwardMessage",
    }
)


class Failure(enum.Enum):
    CERTAIN = "certain"  # Telegram did not act: safe to retry
    AMBIGUOUS = "ambiguous"  # it may have acted: a retry may duplicate
    FINAL = "final"  # retrying cannot help


def classify(error: BaseException) -> Failure:
    """What a failed call tells us about whether Telegram acted on it."""
    if isinstance(error, RetryAfter):
        return Failure.CERTAIN
    if isinstance(error, BadRequest):  # a subclass of NetworkError: never retried
        return Failure.FINAL
    # The HTTP library's own exception is the cause: httpx under PTB's default request,
    # aiohttp under ours (``bot.transport.http``).
    cause = error.__cause__
    if isinstance(error, TimedOut):
        if isinstance(
            cause, httpx.ConnectTimeout | httpx.PoolTimeout | aiohttp.ConnectionTimeoutError
        ) or "Pool timeout" in str(error):
            return Failure.CERTAIN  # the request never left
        return Failure.AMBIGUOUS  # read or write timeout: it may have arrived
    if isinstance(error, NetworkError):
        if isinstance(cause, httpx.ConnectError | aiohttp.ClientConnectorError):
            return Failure.CERTAIN  # no connection: nothing was sent
        if isinstance(cause, httpx.HTTPError | aiohttp.ClientError):
            return Failure.AMBIGUOUS  # dropped mid-way (RemoteProtocolError, ReadError, …)
        return Failure.CERTAIN  # Telegram answered 5xx: it did not act
    if type(error) is TelegramError and "Invalid server response" in str(error):
        return Failure.AMBIGUOUS  # an answer cut short: the request had arrived
    return Failure.FINAL


@record
class Limits:
    """Telegram's sending limits and our retry policy; raised for a local server in tests."""

    overall_per_second: float = 30.0
    private_per_second: float = 1.0
    group_per_minute: float = 20.0
    deadline_seconds: float = 30.0  # per call, all retries included
    first_backoff_seconds: float = 0.5
    max_backoff_seconds: float = 8.0


@dataclass
class PacingCounts:
    """What happened, for logs, tests and the benchmark."""

    calls: int = 0
    retried_certain: int = 0
    retried_ambiguous: int = 0  # each a possible duplicate, logged as such
    gave_up: int = 0
    waited_retry_after: int = 0


class Pacer(BaseRateLimiter[None]):
    """Per-chat and overall pacing, retries within a deadline (see the module's docstring)."""

    def __init__(
        self,
        limits: Limits | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limits = limits or Limits()
        self.counts = PacingCounts()
        self._clock = clock
        self._chat_next: dict[int | str, float] = {}  # when the chat may get its next send
        self._overall_next = 0.0
        self._overall_lock = asyncio.Lock()

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        chat = data.get("chat_id")
        paced = endpoint in PACED and chat is not None
        deadline = self._clock() + self.limits.deadline_seconds
        attempt = 0
        while True:
            if paced:
                await self._wait_for_slot(chat)
            self.counts.calls += 1
            try:
                return await callback(*args, **kwargs)
            except TelegramError as error:
                failure = classify(error)
                if failure is Failure.FINAL:
                    raise
                if isinstance(error, RetryAfter):
                    delay = _retry_after(error) + 0.1
                    self.counts.waited_retry_after += 1
                    if paced:  # only this chat waits; others keep their slots
                        self._chat_next[chat] = max(
                            self._chat_next.get(chat, 0.0), self._clock() + delay
                        )
                else:
                    delay = min(
                        self.limits.max_backoff_seconds,
                        self.limits.first_backoff_seconds * 2**attempt,
                    ) * random.uniform(0.5, 1.0)
                if self._clock() + delay > deadline:
                    self.counts.gave_up += 1
                    log.warning(
                        "%s to %s failed (%s) and its %.0f s deadline is spent: giving up",
                        endpoint,
                        chat,
                        _describe(error),
                        self.limits.deadline_seconds,
                    )
                    raise
                if failure is Failure.AMBIGUOUS:
                    self.counts.retried_ambiguous += 1
                    log.warning(
                        "%s to %s: no answer (%s); it may have reached Telegram, retrying — "
                        "a possible duplicate",
                        endpoint,
                        chat,
                        _describe(error),
                    )
                else:
                    self.counts.retried_certain += 1
                    log.info("%s to %s failed (%s); retrying", endpoint, chat, _describe(error))
                attempt += 1
                if not (paced and isinstance(error, RetryAfter)):
                    await asyncio.sleep(delay)

    async def _wait_for_slot(self, chat: int | str) -> None:
        """Wait for this chat's next slot, then for the overall one. A chat's slot is taken
        when it is granted, so one chat's burst queues behind itself only."""
        now = self._clock()
        interval = self._chat_interval(chat)
        at = max(now, self._chat_next.get(chat, 0.0))
        self._chat_next[chat] = at + interval
        if at > now:
            await asyncio.sleep(at - now)
        if len(self._chat_next) > 50_000:  # forget chats whose slot is long past
            cutoff = self._clock() - 60
            self._chat_next = {k: v for k, v in self._chat_next.items() if v > cutoff}
        async with self._overall_lock:
            now = self._clock()
            at = max(now, self._overall_next)
            self._overall_next = at + 1.0 / self.limits.overall_per_second
        if at > now:
            await asyncio.sleep(at - now)

    def _chat_interval(self, chat: int | str) -> float:
        """Private chats have positive ids, groups and channels negative ones (or @names)."""
        private = isinstance(chat, int) and chat > 0
        if private:
            return 1.0 / self.limits.private_per_second
        return 60.0 / self.limits.group_per_minute


def _retry_after(error: RetryAfter) -> float:
    """Seconds to wait, whether PTB gives an int (22.x, with a deprecation warning) or the
    timedelta it will give later."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        value = error.retry_after
    total = getattr(value, "total_seconds", None)
    return float(total()) if callable(total) else float(value)


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"
