"""Work for separate processes in tests/test_storage.py: replicas sharing one database.

Functions here are run by ``multiprocessing`` with the spawn start method (a fresh interpreter,
no state copied from the test process), so they must be importable and take only picklable
arguments. Each puts one ``("ok", result)`` or ``("error", traceback)`` on ``results``.
"""

from __future__ import annotations

import os
import random
import time
import traceback
from collections.abc import Callable
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

from bot.storage import open_store

LONG_LEASE = 3600.0  # never runs out during a test: a claim is only ever taken over by design
WAIT = 120.0  # deadlock guard only
PACE = 0.002  # a pause between deliveries, so that the replicas' work interleaves


def _report(results: Queue, work: Callable[[], Any]) -> None:
    try:
        results.put(("ok", work()))
    except BaseException:
        results.put(("error", traceback.format_exc()))


def hammer(
    url: str | None,
    sqlite_path: str,
    owner: str,
    update_ids: list[int],
    barrier: Barrier,
    results: Queue,
) -> None:
    """A replica receiving deliveries (some also delivered to the other replica) and working
    the journal between them; then draining it. Returns what it recorded first, claimed and
    finished."""

    def work() -> dict[str, list[int]]:
        store = open_store(url, Path(sqlite_path))
        first, claimed, finished = [], [], []

        def take_one() -> bool:
            got = store.claim_update(owner, LONG_LEASE)
            if got is None:
                return False
            claimed.append(got.update_id)
            if store.finish_update(got.update_id, owner):
                finished.append(got.update_id)
            return True

        ids = list(update_ids)
        random.Random(owner).shuffle(ids)
        barrier.wait(WAIT)
        for n, update_id in enumerate(ids):
            if store.record_update(update_id, {"update_id": update_id, "delivered_to": owner}):
                first.append(update_id)
            if n % 2:  # work falls behind deliveries: a backlog both replicas then drain
                take_one()
            # Let the other replica in: SQLite's busy handler sleeps in steps of milliseconds, so
            # a writer in a tight loop would otherwise run all its work before the other wakes.
            time.sleep(PACE)
        while take_one():
            pass
        store.close()
        return {"first": first, "claimed": claimed, "finished": finished}

    _report(results, work)


def migrate_at_once(url: str | None, sqlite_path: str, barrier: Barrier, results: Queue) -> None:
    """A replica starting at the same moment as another: open the store (creating the SQLite
    file if nobody has yet) and migrate. Returns the versions this process applied."""

    def work() -> list[int]:
        barrier.wait(WAIT)
        store = open_store(url, Path(sqlite_path), migrate=False)
        try:
            return store.migrate()
        finally:
            store.close()

    _report(results, work)


def claim_and_die(url: str | None, sqlite_path: str, barrier: Barrier, results: Queue) -> None:
    """A replica that claims two updates, one on a long lease and one whose lease runs out at
    once, and is killed before finishing either (no close, no cleanup)."""

    def work() -> list[int]:
        barrier.wait(WAIT)
        store = open_store(url, Path(sqlite_path))
        held = store.claim_update("doomed", LONG_LEASE)
        lapsed = store.claim_update("doomed", 0.0)
        return [c.update_id for c in (held, lapsed) if c is not None]

    _report(results, work)
    results.close()
    results.join_thread()  # the result reaches the parent before the process vanishes
    os._exit(3)
