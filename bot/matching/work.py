"""Counted work: what one question cost the matcher, in units that do not depend on the clock.

A message can be made expensive on purpose (a 512-character hyphen chain of Latin gibberish
asks for hundreds of fuzzy look-ups), so the cost of a question must be measurable in tests,
where timings are never asserted. Two units count: a *fuzzy look-up* is one search of a word
against the vocabulary (word forms or lemmas; rapidfuzz compares it with the candidates
``bot.matching.vocabulary`` picks), a *candidate scored* is one entry run through
``Matcher.score``. Their sum is the question's counted work; ``compared`` (vocabulary words
the look-ups compared) shows that the look-ups stay small as the vocabulary grows.

The counter lives in a context variable, so every layer that does the work (the analyser,
the matcher, the dialogue calling ``score`` several times) adds to the question being
answered without passing a counter through each call, and concurrent questions in threads
or tasks each get their own:

    with counting() as work:
        session.ask("сколько соглашений подписали")
    work.total  # fuzzy look-ups + candidates scored
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from bot.records import record


@dataclass(slots=True)
class Work:
    """Counts of the work done for one question (or whatever ran inside ``counting()``)."""

    lookups: int = 0  # fuzzy look-ups: searches of a word against the vocabulary
    compared: int = 0  # vocabulary words those look-ups compared the word with
    scored: int = 0  # candidate entries scored
    cached: int = 0  # repairs answered from the memo instead of being worked out again

    @property
    def total(self) -> int:
        """The counted work the budget bounds: fuzzy look-ups plus candidates scored."""
        return self.lookups + self.scored


_CURRENT: ContextVar[Work | None] = ContextVar("briefbot_work", default=None)


@contextmanager
def counting() -> Iterator[Work]:
    """Count the work done inside the block (nested blocks count for themselves only)."""
    work = Work()
    token = _CURRENT.set(work)
    try:
        yield work
    finally:
        _CURRENT.reset(token)


def count_lookup(compared: int) -> None:
    """One fuzzy search of a word against ``compared`` vocabulary words."""
    work = _CURRENT.get()
    if work is not None:
        work.lookups += 1
        work.compared += compared


def count_scored(candidates: int) -> None:
    """``candidates`` entries went through the full score."""
    work = _CURRENT.get()
    if work is not None:
        work.scored += candidates


def count_cached() -> None:
    """A repair came from the memo."""
    work = _CURRENT.get()
    if work is not None:
        work.cached += 1


@record
class Budget:
    """The most one question may cost; past it, the rest of the message is taken as typed.

    A question's counted work is at most ``lookups_per_question + candidates_per_question``
    (56), whatever is typed; the median evaluation question (tests/eval/*.yaml) costs 12, so
    nothing costs more than 5 times the median (``tests/test_cost.py``). No evaluation
    question reaches a limit that would change it: its answer and score are what they were
    without limits (all 1,020, byte for byte in ``briefbot ask --json``).
    """

    # Characters of a message read at all: a question is a sentence or two.
    max_chars: int = 512
    # Words of a reading considered; the rest are not read.
    max_words: int = 40
    # Characters of one word: the longest word of the evaluation questions has 21, and a
    # 500-character "word" (a hyphen chain) costs the morphology 50 ms.
    max_word_chars: int = 40
    # Parts of one hyphenated word repaired one by one ("премьер-министр" has 2; a 512-char
    # chain of gibberish has a hundred): the rest are taken as typed.
    max_parts: int = 4
    # Fuzzy look-ups one word may use (every repair of it: transliteration, its parts); the
    # costliest evaluation word, "premer-ministr", uses 14.
    lookups_per_word: int = 16
    # Fuzzy look-ups one question may use over all its readings; words past it are taken as
    # typed. The median evaluation question is charged 4, the costliest 38; every answer
    # stays the same down to 16. 20 repairs five to ten typos.
    lookups_per_question: int = 20
    # Entries scored in full by one ``Matcher.score`` call, and by all the calls of one
    # question (the dialogue asks up to five: the question, then figures, experts or quotes
    # on its subject, others on it). Without limits an evaluation question scores 8 in the
    # median and 34 at most: only entries that can still reach the best are scored.
    candidates: int = 36
    candidates_per_question: int = 36
    # Words whose repairs each matcher remembers (a word's repair depends on the word only).
    memo_size: int = 4096


@dataclass(slots=True)
class Allowance:
    """Fuzzy look-ups still allowed, counted on every attempt (from the memo or not), so a
    question's answer never depends on what earlier questions left in the memo."""

    left: int
    used: int = 0
    refused: bool = False  # once refused, always: the rest of the word is taken as typed

    def take(self, lookups: int) -> bool:
        if lookups > self.left:
            self.left = 0
            self.refused = True
            return False
        self.left -= lookups
        self.used += lookups
        return True


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


@dataclass
class Memo(Generic[K, V]):
    """A bounded least-recently-used memo, safe to share between threads.

    Held by the matcher that fills it, never module-wide: a reloaded knowledge base gets a
    new matcher and so starts empty, and no stale repair can outlive its vocabulary."""

    size: int
    _items: OrderedDict[K, V] = field(default_factory=OrderedDict, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __getstate__(self) -> dict[str, int]:
        return {"size": self.size}  # a memo is not worth keeping, and a lock cannot be pickled

    def __setstate__(self, state: dict[str, int]) -> None:
        self.size = state["size"]
        self._items = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)
