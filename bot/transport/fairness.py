"""Per-user limits on what people send, so one flooding user cannot starve the others.

Each user may send ``limit`` questions (messages, commands, button presses) and, separately,
``inline_limit`` inline queries per ``window`` seconds. The first one over the limit gets a
polite notice; the rest are dropped silently until the window has room again. Nothing is
queued: a dropped update is finished at once, so a flood costs a look-up, not an answer.

The counts live in this process: with several replicas a user's updates are spread over
them (one chat's updates are handled in order, one at a time), so the limit applies per
replica — a flooder gets at most replicas × limit answers per window.
"""

from __future__ import annotations

import enum
import time
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field


class Verdict(enum.Enum):
    ALLOW = "allow"
    NOTICE = "notice"  # the first one over the limit in this window: say so once
    DROP = "drop"


@dataclass
class _Window:
    times: deque[float] = field(default_factory=deque)
    noticed: bool = False


class UserLimiter:
    """A sliding window per user: at most ``limit`` allowed in any ``window`` seconds."""

    def __init__(
        self,
        limit: int,
        window: float = 60.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_users: int = 100_000,
    ) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._max_users = max_users
        self._users: dict[Hashable, _Window] = {}
        self.dropped = 0
        self.noticed = 0

    def check(self, user: Hashable) -> Verdict:
        now = self._clock()
        state = self._users.get(user)
        if state is None:
            if len(self._users) >= self._max_users:
                self._forget(now)
            state = self._users[user] = _Window()
        while state.times and state.times[0] <= now - self.window:
            state.times.popleft()
        if len(state.times) < self.limit:
            state.times.append(now)
            state.noticed = False
            return Verdict.ALLOW
        if not state.noticed:
            state.noticed = True
            self.noticed += 1
            return Verdict.NOTICE
        self.dropped += 1
        return Verdict.DROP

    def _forget(self, now: float) -> None:
        """Drop users with nothing in their window (a bounded table, whatever the traffic)."""
        idle = [
            u for u, s in self._users.items() if not s.times or s.times[-1] <= now - self.window
        ]
        for user in idle or list(self._users)[: len(self._users) // 2]:
            del self._users[user]
