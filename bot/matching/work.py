"""Counted work: what one question cost the matcher, in units that do not depend on the clock.

A message can be made expensive on purpose (a 512-character hyphen chain of Latin gibberish
asks for hundreds of fuzzy look-ups), so the cost of a question must be measurable in tests,
where timings are never asserted. Two units count: a *fuzzy look-up* is one rapidfuzz search
of a word against the vocabulary, a *candidate scored* is one entry run through
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

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(slots=True)
class Work:
    """Counts of the work done for one question (or whatever ran inside ``counting()``)."""

    lookups: int = 0  # fuzzy look-ups: rapidfuzz searches of a word against the vocabulary
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
