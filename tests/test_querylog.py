"""The curator's tables on both engines: every field of the query log as written, a replay
logged once, one vote per user per reply, the groupings behind /stats and /unanswered, purge
by retention, the replicas' reload bookkeeping, and handled updates stripped of ids.

SQLite always, PostgreSQL when ``TEST_DATABASE_URL`` is set (a schema per test), as in
``test_storage``. Times are given explicitly, so windows ("today", "7 days") are exact.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.answering.context import Context
from bot.storage import Store, StoredContexts
from bot.storage.records import LoggedQuery, VoteResult
from tests.support.databases import Database

NOW = datetime(2025, 10, 27, 15, 30, 12, 345000, tzinfo=UTC)


@pytest.fixture
def store(database: Database) -> Iterator[Store]:
    opened = database.open()
    yield opened
    opened.close()


def query(ref: int, question: str = "сколько соглашений подписали?", **changes) -> LoggedQuery:
    base = LoggedQuery(
        ref=ref,
        asked_at=NOW,
        chat_type="private",
        language="ru",
        question=question,
        normalized=question.casefold().strip("?"),
        band="answer",
        briefing="aliyev-kazakhstan",
        entry="agreements-count",
        score=100.0,
        latency_ms=12,
        user="u" * 32,
        chat="c" * 32,
    )
    return replace(base, **changes)


# ---------------------------------------------------------------------- the log
def test_every_field_is_stored_as_given(store: Store):
    odd = "Ишмухамедов: «вовремя» — “x” \\ 🚆 ' \"; DROP TABLE query_log; --"
    row = query(
        7,
        odd,
        asked_at=datetime(2025, 10, 20, 23, 59, 59, 999000, tzinfo=UTC),
        chat_type="supergroup",
        language="en",
        normalized="normalized key",
        band="not_given",
        briefing=None,
        entry="trade-turnover-now",
        score=57.9,
        latency_ms=1234,
        user="a" * 32,
        chat=None,
    )
    assert store.log_query(row)
    [back] = store.queries()
    assert back == row
    assert back.asked_at.utcoffset() == timedelta(0)


def test_a_replayed_update_is_logged_once(store: Store):
    assert store.log_query(query(1))
    assert not store.log_query(query(1, "другой текст"))  # the journal handed it out again
    assert [q.question for q in store.queries()] == ["сколько соглашений подписали?"]


def test_queries_since_a_time(store: Store):
    store.log_query(query(1, asked_at=NOW - timedelta(days=8)))
    store.log_query(query(2, asked_at=NOW - timedelta(days=1)))
    assert [q.ref for q in store.queries(NOW - timedelta(days=7))] == [2]
    assert [q.ref for q in store.queries()] == [1, 2]


# ---------------------------------------------------------------------- votes
def test_one_vote_per_user_per_reply(store: Store):
    store.log_query(query(10))
    store.log_query(query(11))
    assert store.record_vote(10, "reader-1", up=False) is VoteResult.RECORDED
    assert store.record_vote(10, "reader-1", up=True) is VoteResult.ALREADY  # first one stands
    assert store.record_vote(10, "reader-1", up=False) is VoteResult.ALREADY
    assert store.record_vote(10, "reader-2", up=True) is VoteResult.RECORDED
    assert store.record_vote(11, "reader-1", up=True) is VoteResult.RECORDED  # another reply
    assert store.record_vote(99, "reader-1", up=True) is VoteResult.UNKNOWN
    assert store.votes(10) == (1, 1)
    assert store.votes(11) == (1, 0)
    assert store.votes(99) == (0, 0)


def test_disputed_answers_most_votes_down_first(store: Store):
    since = NOW - timedelta(days=7)
    store.log_query(query(1, "сколько длились переговоры", entry="agreements-count"))
    store.log_query(query(2, "какой товарооборот", entry="trade-turnover-now", score=71.5))
    store.log_query(query(3, "когда был визит", entry="visit-date"))
    store.log_query(query(4, "старый вопрос", asked_at=NOW - timedelta(days=9)))
    for user in ("a", "b"):
        store.record_vote(2, user, up=False)
    store.record_vote(2, "c", up=True)
    store.record_vote(1, "a", up=False)
    store.record_vote(3, "a", up=True)  # praised only: not disputed
    store.record_vote(4, "a", up=False)  # outside the window
    disputed = store.disputed(since)
    assert [(d.ref, d.question, d.entry, d.down, d.up) for d in disputed] == [
        (2, "какой товарооборот", "trade-turnover-now", 2, 1),
        (1, "сколько длились переговоры", "agreements-count", 1, 0),
    ]
    assert disputed[0].score == 71.5 and disputed[0].briefing == "aliyev-kazakhstan"


# ---------------------------------------------------------------------- groupings
def test_questions_are_grouped_by_their_normalized_text(store: Store):
    since = NOW - timedelta(days=7)
    store.log_query(
        query(
            1,
            "Сколько стоит паром?",
            normalized="сколько стоит паром",
            band="not_given",
            entry=None,
            asked_at=NOW - timedelta(hours=3),
        )
    )
    store.log_query(
        query(
            2,
            "сколько стоит паром",
            normalized="сколько стоит паром",
            band="not_given",
            entry="trade-turnover-now",
            score=52.2,
            asked_at=NOW - timedelta(hours=2),
        )
    )
    store.log_query(
        query(
            3,
            "что сказал Эрдоган",
            normalized="что сказал эрдоган",
            band="none",
            entry=None,
            score=0.0,
            asked_at=NOW - timedelta(hours=1),
        )
    )
    store.log_query(query(4, asked_at=NOW - timedelta(hours=5)))
    store.log_query(query(5, "/help", normalized="/help", band="info", entry=None))
    unanswered = store.unanswered(since)
    # Latest first; a group shows its last wording, band and nearest entry.
    assert [(a.question, a.count, a.band, a.entry, a.score) for a in unanswered] == [
        ("что сказал Эрдоган", 1, "none", None, 0.0),
        ("сколько стоит паром", 2, "not_given", "trade-turnover-now", 52.2),
    ]
    assert unanswered[0].last_asked == NOW - timedelta(hours=1)
    most = store.asked(since, bands=("answer", "not_given", "suggest", "none"))
    assert (most[0].question, most[0].count) == ("сколько стоит паром", 2)
    assert {a.question for a in most} == {
        "сколько стоит паром",
        "что сказал Эрдоган",
        "сколько соглашений подписали?",
    }
    assert store.count_queries(since) == 5
    assert store.count_queries(since, ("answer",)) == 1
    assert store.count_queries(since, ("not_given", "suggest", "none")) == 3
    assert store.count_queries(NOW) == 1  # /help, asked at NOW exactly: inclusive
    assert store.asked(since, bands=()) == []


def test_limits_hold(store: Store):
    for ref in range(1, 31):
        store.log_query(query(ref, f"вопрос {ref}", normalized=f"вопрос {ref}", band="none"))
    assert len(store.unanswered(NOW - timedelta(days=1), limit=7)) == 7
    assert len(store.asked(NOW - timedelta(days=1), limit=10)) == 10


# ---------------------------------------------------------------------- retention
def test_purge_forgets_old_questions_their_votes_and_handled_updates(store: Store):
    store.log_query(query(1, asked_at=NOW - timedelta(days=100)))
    store.log_query(query(2, asked_at=NOW - timedelta(days=10)))
    store.record_vote(1, "a", up=False)
    store.record_vote(1, "b", up=True)
    store.record_vote(2, "a", up=False)
    store.record_update(500, {"update_id": 500}, "7")
    claimed = store.claim_update("w/0", 60)
    assert claimed is not None
    store.finish_update(500, "w/0")
    store.record_update(501, {"update_id": 501}, "7")  # not handled: never purged
    purged = store.purge(NOW - timedelta(days=90))
    assert (purged.queries, purged.votes) == (1, 2)
    assert [q.ref for q in store.queries()] == [2]
    assert store.votes(1) == (0, 0) and store.votes(2) == (0, 1)
    # The journal row was handled "now", by the database's clock: after the cut-off above.
    assert purged.updates == 0
    assert store.purge(datetime.now(UTC) + timedelta(seconds=5)).updates == 1
    assert store.pending_count() == 1


# ---------------------------------------------------------------------- privacy of the journal
def test_a_handled_update_keeps_no_payload_and_no_chat(store: Store, database: Database):
    payload = {"update_id": 9, "message": {"chat": {"id": 424242}, "text": "привет"}}
    store.record_update(9, payload, "424242")
    claimed = store.claim_update("w/0", 60)
    assert claimed is not None and claimed.payload == payload  # kept while it is needed
    assert store.finish_update(9, "w/0")
    assert "424242" not in database.dump()


def test_contexts_are_keyed_as_told(store: Store, database: Database):
    contexts = StoredContexts(store, key=lambda chat: f"hashed-{chat}")
    contexts.put(31337, Context(topic="trade"))
    assert contexts.get(31337) == Context(topic="trade")
    assert store.load_context("hashed-31337") is not None
    assert store.load_context("31337") is None


# ---------------------------------------------------------------------- replicas and /reload
def test_reload_requests_and_replica_reports(store: Store):
    assert store.reload_requested() == 0
    assert store.replicas() == []
    store.report_replica("web-a", digest="aaa", error=None, request=0)
    store.report_replica("web-b", digest="bbb", error=None, request=0)
    first = store.request_reload()
    second = store.request_reload()
    assert 0 < first < second == store.reload_requested()
    store.report_replica("web-a", digest="ccc", error=None, request=second)
    store.report_replica("web-b", digest="bbb", error="x.yaml:3: broken", request=second)
    store.heartbeat("web-a")
    states = {s.replica: s for s in store.replicas()}
    assert (states["web-a"].digest, states["web-a"].error, states["web-a"].request) == (
        "ccc",
        None,
        second,
    )
    assert (states["web-b"].digest, states["web-b"].error) == ("bbb", "x.yaml:3: broken")
    assert all(0 <= s.seen_seconds_ago < 60 for s in states.values())
    assert states["web-a"].loaded_at is not None
    store.forget_replica("web-b")
    assert [s.replica for s in store.replicas()] == ["web-a"]


def test_version_4_strips_ids_from_what_version_3_kept(database: Database):
    """A database of the previous release: handled updates kept their payload and chat,
    contexts were keyed by plain chat ids. Migration 4 clears both; pending updates keep
    theirs (they still have to be answered)."""
    from bot.storage.migrations import MIGRATIONS

    with database.open_with(MIGRATIONS[:3]) as old:
        old.migrate()
        old.record_update(1, {"update_id": 1, "message": {"chat": {"id": 777001}}}, "777001")
        old.record_update(2, {"update_id": 2, "message": {"chat": {"id": 777002}}}, "777002")
        # As version 3's finish left a handled update: its payload and chat kept.
        old._write(f"UPDATE updates SET handled_at = {old.NOW_SQL} WHERE update_id = 1")
        old.save_context("777001", {"topic": "trade"})
        assert "777001" in database.dump()
    with database.open() as new:
        assert new.schema_version() == 4
        assert new.load_context("777001") is None
        claimed = new.claim_update("w/0", 60)
        assert claimed is not None and claimed.update_id == 2
        assert claimed.payload["message"]["chat"]["id"] == 777002
    assert "777001" not in database.dump()
