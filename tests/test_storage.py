"""The store behaves the same on SQLite and PostgreSQL: one test module, both engines.

SQLite runs always, in a tmp folder. PostgreSQL runs when ``TEST_DATABASE_URL`` is set
(``.ci/run`` sets it when a server answers on 127.0.0.1:5432), each test in a schema of its
own that is dropped afterwards; when the variable is set but the server does not answer the
tests fail, they do not skip. Concurrency is proven with counts and states, never timings:
threads of one process, and separate processes (spawned interpreters) on one database.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.answering.context import MAX_SHOWN, Context
from bot.storage import Store, StoredContexts, open_store
from bot.storage.base import context_from_json, context_to_json
from bot.storage.migrations import MIGRATIONS, Migration
from tests.support import storage_workers
from tests.support.databases import Database

WAIT = 300.0  # deadlock guard for child processes, never a measurement


@pytest.fixture
def store(database: Database) -> Iterator[Store]:
    opened = database.open()
    yield opened
    opened.close()


def run_processes(target: Callable[..., None], arguments: list[tuple[Any, ...]]) -> list[Any]:
    """Start one spawned process per argument tuple, all released together by a barrier; their
    results in start order. A child that fails or dies fails the test with its traceback."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    barrier = context.Barrier(len(arguments))
    processes = [
        context.Process(target=target, args=(*args, barrier, results), daemon=True)
        for args in arguments
    ]
    for process in processes:
        process.start()
    collected: list[Any] = []
    deadline = time.monotonic() + WAIT
    try:
        while len(collected) < len(processes):
            try:
                status, value = results.get(timeout=1.0)
            except queue.Empty:
                assert time.monotonic() < deadline, "child processes did not finish (deadlock?)"
                silent = [p for p in processes if p.exitcode not in (None, 0, 3)]
                assert not silent, f"a child died without reporting: {silent}"
                continue
            assert status == "ok", f"a child process failed:\n{value}"
            collected.append(value)
    finally:
        for process in processes:
            process.join(timeout=WAIT)
            if process.is_alive():
                process.kill()
    return collected


# ---------------------------------------------------------------------- migrations
def test_migrations_are_numbered_in_order_with_sql_for_both_engines():
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert len({m.name for m in MIGRATIONS}) == len(MIGRATIONS)
    assert all(m.sqlite and m.postgresql for m in MIGRATIONS)


def test_a_fresh_database_gets_every_step_once(database: Database):
    store = database.open(migrate=False)
    try:
        assert store.schema_version() == 0
        assert store.migrate() == [m.version for m in MIGRATIONS]
        assert store.schema_version() == MIGRATIONS[-1].version
        assert store.migrate() == []
        assert store.pending_count() == 0
        assert store.load_context("1") is None
    finally:
        store.close()


def test_an_already_migrated_database_opens_with_its_data(database: Database):
    with database.open() as first:
        first.save_context("42", {"topic": "energy"})
        assert first.record_update(7, {"update_id": 7})
    with database.open(migrate=False) as again:
        assert again.migrate() == []
        assert again.load_context("42") == {"topic": "energy"}
        assert not again.record_update(7, {"update_id": 7})
        assert again.pending_count() == 1


def test_the_sqlite_file_is_created_with_its_folder(tmp_path: Path):
    path = tmp_path / "deep" / "var" / "briefbot.sqlite3"
    with open_store(None, path) as store:
        assert store.engine == "sqlite"
        assert store.schema_version() == MIGRATIONS[-1].version
    assert path.is_file()


def test_a_failing_step_leaves_nothing_behind(database: Database):
    """One transaction per step: the table a broken step created is rolled back with it."""
    sql = ("CREATE TABLE half_done (x INTEGER)", "SELECT * FROM no_such_table")
    broken = (*MIGRATIONS, Migration(len(MIGRATIONS) + 1, "broken", sqlite=sql, postgresql=sql))
    store = database.open_with(broken)
    try:
        with pytest.raises(Exception, match="no_such_table"):
            store.migrate()
        assert store.schema_version() == len(MIGRATIONS)
    finally:
        store.close()
    fixed_sql = ("CREATE TABLE half_done (x INTEGER)",)
    fixed = (*MIGRATIONS, Migration(len(MIGRATIONS) + 1, "fixed", fixed_sql, fixed_sql))
    store = database.open_with(fixed)
    try:
        # CREATE TABLE half_done again would fail had the broken step left it behind.
        assert store.migrate() == [len(MIGRATIONS) + 1]
    finally:
        store.close()


def test_two_processes_migrating_at_once_apply_each_step_once(
    database: Database, record_property: Callable[[str, object], None]
):
    applied = run_processes(
        storage_workers.migrate_at_once,
        [(database.url, str(database.sqlite_path))] * 2,
    )
    every = [m.version for m in MIGRATIONS]
    assert sorted(v for versions in applied for v in versions) == every
    with database.open(migrate=False) as store:
        assert store.schema_version() == every[-1]
        assert store.migrate() == []
    record_property(
        "storage", f"{database.engine}: 2 processes migrated at once, applied {applied}"
    )


def test_an_unknown_url_scheme_is_an_error_not_a_silent_sqlite_file(tmp_path: Path):
    with pytest.raises(ValueError, match="postgresql://"):
        open_store("mysql://root:secret@db/briefbot", tmp_path / "x.sqlite3")
    assert not (tmp_path / "x.sqlite3").exists()


# ---------------------------------------------------------------------- update journal
def test_the_first_delivery_is_recorded_and_duplicates_are_not(store: Store):
    assert store.record_update(100, {"update_id": 100, "text": "первая"})
    assert not store.record_update(100, {"update_id": 100, "text": "повтор"})
    assert store.pending_count() == 1
    claimed = store.claim_update("w1", 60)
    assert claimed is not None
    assert claimed.payload == {"update_id": 100, "text": "первая"}


def test_claims_take_the_oldest_update_first(store: Store):
    for update_id in (30, 10, 20):
        store.record_update(update_id, {"update_id": update_id})
    order = []
    while (claimed := store.claim_update("w1", 60)) is not None:
        assert (claimed.owner, claimed.attempts) == ("w1", 1)
        assert claimed.lease_until > claimed.claimed_at
        order.append(claimed.update_id)
    assert order == [10, 20, 30]
    assert store.claim_update("w2", 60) is None
    assert store.pending_count() == 3  # claimed is not handled


def test_a_live_lease_is_not_reclaimable_an_expired_one_is(store: Store):
    store.record_update(1, {"update_id": 1})
    store.record_update(2, {"update_id": 2})
    held = store.claim_update("alive", 3600)
    assert held is not None and held.update_id == 1
    lapsed = store.claim_update("dead", 0)  # its owner died: the lease ran out at once
    assert lapsed is not None and lapsed.update_id == 2

    again = store.claim_update("rescuer", 3600)
    assert again is not None
    assert (again.update_id, again.owner, again.attempts) == (2, "rescuer", 2)
    assert store.claim_update("another", 3600) is None  # 1 and 2 are held on live leases


def test_only_the_current_owner_finishes(store: Store):
    store.record_update(5, {"update_id": 5})
    claimed = store.claim_update("owner", 3600)
    assert claimed is not None
    assert not store.finish_update(5, "intruder")
    assert not store.is_handled(5)
    assert store.finish_update(5, "owner")
    assert store.is_handled(5)
    assert not store.finish_update(5, "owner")  # once
    assert store.pending_count() == 0
    assert store.claim_update("owner", 3600) is None  # handled updates are never claimed
    assert not store.finish_update(999, "owner")
    assert not store.is_handled(999)


def test_an_owner_taken_over_after_its_lease_ran_out_cannot_finish(store: Store):
    store.record_update(8, {"update_id": 8})
    assert store.claim_update("slow", 0) is not None
    assert store.claim_update("fast", 3600) is not None
    assert not store.finish_update(8, "slow")
    assert store.finish_update(8, "fast")


def test_a_batch_is_recorded_at_once_and_its_duplicates_refused(store: Store):
    assert store.record_update(2, {"update_id": 2})
    batch = [(1, {"update_id": 1}, "A"), (2, {"update_id": 2}, "A"), (3, {"update_id": 3}, None)]
    assert store.record_updates(batch) == [True, False, True]
    assert store.record_updates(batch) == [False, False, False]
    assert store.record_updates([]) == []
    assert store.pending_count() == 3


def test_a_chat_s_updates_are_claimed_one_at_a_time_in_order(store: Store):
    """A follow-up must not overtake its question, on any replica: an update is claimable
    only once every earlier update of its chat is handled. Other chats are not held up."""
    store.record_update(1, {"update_id": 1}, chat="A")
    store.record_update(2, {"update_id": 2}, chat="A")
    store.record_update(3, {"update_id": 3}, chat="B")
    store.record_update(4, {"update_id": 4})  # no chat (e.g. an inline query): never waits
    first = store.claim_update("r1/0", 60)
    assert first is not None and first.update_id == 1
    taken = [store.claim_update("r2/0", 60), store.claim_update("r2/1", 60)]
    assert sorted(c.update_id for c in taken if c) == [3, 4]
    assert store.claim_update("r2/2", 60) is None  # 2 waits for 1
    assert store.finish_update(1, "r1/0")
    follow_up = store.claim_update("r2/2", 60)
    assert follow_up is not None and follow_up.update_id == 2


def test_a_dead_chat_update_blocks_its_chat_only_until_its_lease_ends(store: Store):
    store.record_update(1, {"update_id": 1}, chat="A")
    store.record_update(2, {"update_id": 2}, chat="A")
    assert store.claim_update("dead/0", 0) is not None  # its owner died at once
    again = store.claim_update("alive/0", 60)
    assert again is not None and (again.update_id, again.attempts) == (1, 2)


def test_a_restarting_replica_releases_what_it_held(store: Store):
    for update_id in (1, 2, 3):
        store.record_update(update_id, {"update_id": update_id})
    assert store.claim_update("web-1/0", 3600) is not None
    assert store.claim_update("web-1/1", 3600) is not None
    assert store.claim_update("web-10/0", 3600) is not None  # another replica, same prefix+0
    assert store.finish_update(2, "web-1/1")
    assert store.release_claims("web-1/") == 1  # update 1 only: 2 is handled, 3 is web-10's
    again = store.claim_update("web-1/0", 3600)
    assert again is not None and (again.update_id, again.attempts) == (1, 2)
    assert store.claim_update("web-1/1", 3600) is None


def test_a_lease_is_between_zero_and_a_day(store: Store):
    store.record_update(1, {})
    for bad in (-1, float("nan"), 24 * 3600 + 1, 1e12):
        with pytest.raises(ValueError):
            store.claim_update("w", bad)
    assert store.claim_update("w", 60) is not None  # nothing was claimed by the bad calls


def test_threads_never_claim_the_same_update(
    store: Store, record_property: Callable[[str, object], None]
):
    total, workers = 200, 4
    for update_id in range(total):
        store.record_update(update_id, {"update_id": update_id})
    claimed: list[int] = []
    finished: list[int] = []
    lock = threading.Lock()
    start = threading.Barrier(workers)

    def work(owner: str) -> None:
        start.wait(WAIT)
        while (got := store.claim_update(owner, 3600)) is not None:
            done = store.finish_update(got.update_id, owner)
            with lock:
                claimed.append(got.update_id)
                if done:
                    finished.append(got.update_id)

    threads = [threading.Thread(target=work, args=(f"t{n}",)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT)
    assert not any(thread.is_alive() for thread in threads)
    duplicated = sum(n - 1 for n in Counter(claimed).values() if n > 1)
    record_property(
        "storage",
        f"{store.engine}: {workers} threads: {total} recorded, {len(claimed)} claimed,"
        f" {len(finished)} finished, {duplicated} duplicated",
    )
    assert sorted(claimed) == list(range(total))
    assert sorted(finished) == list(range(total))
    assert store.pending_count() == 0


def test_two_processes_record_claim_and_finish_every_update_exactly_once(
    database: Database, record_property: Callable[[str, object], None]
):
    """Two replicas on one database: each gets its own deliveries and a share delivered to both
    (Telegram re-delivering to the other replica), and works the journal while they arrive."""
    own, shared = 300, 300
    first_ids = list(range(own))
    second_ids = list(range(own, 2 * own))
    both = list(range(2 * own, 2 * own + shared))
    everything = sorted(first_ids + second_ids + both)
    with database.open():
        pass  # migrated before the replicas start (their own start-up migration is a no-op)
    results = run_processes(
        storage_workers.hammer,
        [
            (database.url, str(database.sqlite_path), "replica-1", first_ids + both),
            (database.url, str(database.sqlite_path), "replica-2", second_ids + both),
        ],
    )
    recorded = [i for r in results for i in r["first"]]
    claimed = [i for r in results for i in r["claimed"]]
    finished = [i for r in results for i in r["finished"]]
    deliveries = len(first_ids) + len(second_ids) + 2 * len(both)
    duplicated = len(claimed) - len(set(claimed))
    crossed = sum(len(set(r["claimed"]) - set(r["first"])) for r in results)
    record_property(
        "storage",
        f"{database.engine}: 2 processes: {deliveries} deliveries, {len(recorded)} recorded,"
        f" {deliveries - len(recorded)} re-deliveries refused, {len(claimed)} claimed,"
        f" {len(finished)} finished, {duplicated} duplicated"
        f" (split {[len(r['claimed']) for r in results]},"
        f" {crossed} claimed by the replica that had not recorded them)",
    )
    assert sorted(recorded) == everything  # no row lost, no delivery recorded twice
    assert sorted(claimed) == everything
    assert sorted(finished) == everything
    with database.open() as store:
        assert store.pending_count() == 0
        assert all(store.is_handled(i) for i in everything)
        assert store.claim_update("late", 60) is None


def test_a_dead_process_leaves_its_lapsed_claim_to_others_and_keeps_the_live_one(
    database: Database,
):
    with database.open() as store:
        store.record_update(1, {"update_id": 1})
        store.record_update(2, {"update_id": 2})
    (claimed,) = run_processes(
        storage_workers.claim_and_die, [(database.url, str(database.sqlite_path))]
    )
    assert claimed == [1, 2]
    with database.open() as store:
        assert store.pending_count() == 2
        rescued = store.claim_update("survivor", 3600)
        assert rescued is not None
        assert (rescued.update_id, rescued.attempts) == (2, 2)
        assert store.claim_update("survivor", 3600) is None  # 1's lease is still running
        assert store.finish_update(2, "survivor")
        assert not store.finish_update(1, "survivor")


# ---------------------------------------------------------------------- conversation context
def test_contexts_round_trip(store: Store):
    text = 'Ишмухамедов: «вовремя» — “quoted” \\ "x" 🚆 \u0000 end'
    data = {"topic": text, "shown": ["a", "b"], "nested": {"n": 1, "f": 0.5, "none": None}}
    store.save_context("-1001234567890", data)
    assert store.load_context("-1001234567890") == data
    assert store.load_context("other") is None
    store.save_context("-1001234567890", {"topic": "energy"})
    assert store.load_context("-1001234567890") == {"topic": "energy"}


def test_large_contexts_round_trip(store: Store):
    data = {"shown": [f"entry-{n}-{'ж' * 200}" for n in range(5_000)], "blob": "é" * 1_000_000}
    store.save_context("big", data)
    assert store.load_context("big") == data


def test_the_session_context_is_shared_through_the_store(database: Database):
    """Two replicas: what one remembers about a chat, the other reads."""
    context = Context(
        briefing="aliyev-kazakhstan",
        expert="Шарип Ишмухамедов",
        topic="corridor",
        entry="corridor-days",
        shown=tuple(f"e{n}" for n in range(MAX_SHOWN)),
        language="ru",
    )
    with database.open() as one, database.open() as other:
        StoredContexts(one).put(123456789, context)
        assert StoredContexts(other).get(123456789) == context
        assert StoredContexts(other).get("123456789") == context  # keys are strings
        assert StoredContexts(other).get(987) == Context()


def test_a_context_from_a_newer_or_older_replica_still_reads():
    assert context_from_json({"topic": "trade", "mood": "new field"}) == Context(topic="trade")
    assert context_from_json({"shown": None}) == Context()
    context = Context(topic="trade", shown=("a",))
    assert context_from_json(context_to_json(context)) == context
