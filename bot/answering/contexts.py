"""Where per-chat conversation context lives, behind a small interface.

In memory by default (bounded, least recently used chats forgotten first); a shared store
(SQLite, PostgreSQL) for several replicas can implement the same two methods.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Protocol

from bot.answering.context import Context


class ContextStore(Protocol):
    def get(self, chat_id: Hashable) -> Context: ...

    def put(self, chat_id: Hashable, context: Context) -> None: ...


class MemoryContextStore:
    """Locked: the Telegram transport answers from worker threads."""

    def __init__(self, max_chats: int = 10_000) -> None:
        self._contexts: OrderedDict[Hashable, Context] = OrderedDict()
        self._max_chats = max_chats
        self._lock = threading.Lock()

    def get(self, chat_id: Hashable) -> Context:
        with self._lock:
            context = self._contexts.get(chat_id)
            if context is None:
                return Context()
            self._contexts.move_to_end(chat_id)
            return context

    def put(self, chat_id: Hashable, context: Context) -> None:
        with self._lock:
            self._contexts[chat_id] = context
            self._contexts.move_to_end(chat_id)
            while len(self._contexts) > self._max_chats:
                self._contexts.popitem(last=False)
