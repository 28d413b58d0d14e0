"""briefbot as a service, against the local Bot API server: webhook and polling, replicas on
one store, kills and restarts. Every update must be answered exactly once.

Replicas are real ``briefbot run`` processes (the same command a deployment runs), each with
its own ``BRIEFBOT_REPLICA_ID``, on one database: SQLite (one file) always, PostgreSQL when
``TEST_DATABASE_URL`` is set (a schema of the test's own). The test plays Telegram: it pushes
updates, delivers them to the replica it chooses (a load balancer), delivers some twice (a
re-delivery), holds a ``sendMessage`` (a slow network) and kills a replica meanwhile.
Proofs are counts of replies per chat and the journal's state, never timings.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import shutil
import signal
import socket
import sys
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import pytest_asyncio

from bot.knowledge import load_knowledge
from bot.settings import PROJECT_ROOT, Settings
from bot.storage import Store
from bot.transport.service import BotService
from tests.support.botapi import FakeBotApi
from tests.support.databases import Database

TOKEN = "123456:SERVICE-test-token"
SECRET = "webhook-Secret_0123456789"
HASH_KEY = "service-test-hash-key-0123456789abcdef"  # replicas on one database share it
PUBLIC_URL = "https://bot.example.org/telegram/briefbot"
PATH = "/telegram/briefbot"
START_TIMEOUT = 60.0  # a guard against a hung start, never a measurement
ANSWER_TIMEOUT = 30.0

QUESTION = "сколько соглашений подписали?"
ANSWER = "15 важных соглашений"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def replies(server: FakeBotApi, chat_id: int) -> list[str]:
    """The bot's delivered messages in a chat (what the user saw)."""
    return [m.get("text", "") for m in server.messages(chat_id)]


def report(request: pytest.FixtureRequest, line: str) -> None:
    """A line for the end-of-run storage summary (tests/conftest.py)."""
    request.node.user_properties.append(("storage", line))


# ---------------------------------------------------------------------- replicas
@dataclass
class Replica:
    name: str
    process: asyncio.subprocess.Process
    log: Path
    port: int | None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{PATH}"

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@dataclass
class Cluster:
    """Replicas of one bot on one database, and the local Bot API server they talk to."""

    server: FakeBotApi
    database: Database
    folder: Path
    lease: int = 120
    replicas: list[Replica] = field(default_factory=list)

    def environment(
        self, name: str, mode: str, port: int | None, extra: dict[str, str] | None = None
    ) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("TELEGRAM_", "BRIEFBOT_")) and k != "DATABASE_URL"
        }
        env |= {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": self.server.base_url,
            "BRIEFBOT_REPLICA_ID": name,
            "BRIEFBOT_SQLITE_PATH": str(self.database.sqlite_path),
            "BRIEFBOT_UPDATE_LEASE_SECONDS": str(self.lease),
            "BRIEFBOT_LOG_LEVEL": "INFO",
            "BRIEFBOT_HASH_KEY": HASH_KEY,
            # No flood limits on a local server.
            "BRIEFBOT_SENDS_PER_SECOND": "100000",
            "BRIEFBOT_CHAT_SENDS_PER_SECOND": "100000",
        }
        if self.database.url:
            env["DATABASE_URL"] = self.database.url
        if mode == "webhook":
            env |= {
                "BRIEFBOT_WEBHOOK_URL": PUBLIC_URL,
                "BRIEFBOT_WEBHOOK_SECRET": SECRET,
                "BRIEFBOT_WEBHOOK_LISTEN": "127.0.0.1",
                "BRIEFBOT_WEBHOOK_PORT": str(port),
            }
        return env | (extra or {})

    async def start(
        self, name: str, mode: str, port: int | None = None, env: dict[str, str] | None = None
    ) -> Replica:
        """A `briefbot run` process, returned once it listens (webhook) or polls."""
        port = port or (free_port() if mode == "webhook" else None)
        log = self.folder / f"{name}-{len(self.replicas)}.log"
        registered = len(self.server.calls_to("setWebhook"))
        unhooked = len(self.server.calls_to("deleteWebhook"))  # polling's first call
        with log.open("wb") as sink:
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot.cli",
                "run",
                stdout=sink,
                stderr=sink,
                env=self.environment(name, mode, port, env),
                cwd=PROJECT_ROOT,
            )
        replica = Replica(name, process, log, port)
        self.replicas.append(replica)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + START_TIMEOUT
        while True:
            if process.returncode is not None:
                raise AssertionError(f"{name} exited at start:\n{replica.text()}")
            if mode == "webhook" and len(self.server.calls_to("setWebhook")) > registered:
                return replica  # it registers only once it listens
            if (
                mode == "polling"
                and len(self.server.calls_to("deleteWebhook")) > unhooked
                and self.server.long_polls_waiting
            ):
                return replica
            assert loop.time() < deadline, f"{name} did not start:\n{replica.text()}"
            await asyncio.sleep(0.05)

    async def terminate(self, replica: Replica) -> int:
        """SIGTERM, as systemd or Kubernetes stops it; its exit code."""
        replica.process.send_signal(signal.SIGTERM)
        return await asyncio.wait_for(replica.process.wait(), timeout=START_TIMEOUT)

    async def kill(self, replica: Replica) -> None:
        replica.process.kill()  # SIGKILL: no handler, no cleanup
        await replica.process.wait()

    async def close(self) -> None:
        for replica in self.replicas:
            if replica.process.returncode is None:
                replica.process.kill()
                await replica.process.wait()

    def logs(self) -> str:
        return "\n".join(r.text() for r in self.replicas)


@pytest_asyncio.fixture
async def cluster(database: Database, tmp_path: Path) -> AsyncIterator[Cluster]:
    async with FakeBotApi(token=TOKEN, bot_username="briefbot_service_bot") as server:
        running = Cluster(server, database, tmp_path)
        try:
            yield running
        finally:
            await running.close()
    logs = running.logs()
    assert TOKEN.split(":")[1].lower() not in logs.lower()
    assert SECRET.lower() not in logs.lower()


def journal(database: Database) -> Store:
    return database.open()


async def wait_replies(server: FakeBotApi, chat_id: int, count: int = 1) -> list[str]:
    await server.wait_for(
        "sendMessage",
        count=count,
        timeout=ANSWER_TIMEOUT,
        predicate=lambda call: call.params.get("chat_id") == chat_id,
    )
    return replies(server, chat_id)


# ---------------------------------------------------------------------- webhook, in process
async def test_the_webhook_answers_with_the_secret_and_refuses_forgeries(
    database: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    """Registered with its secret; a forged request (no secret, a wrong one) gets 403 and no
    reply, logged without the header's value; a re-delivery is acknowledged and not answered
    again; a request that is no update gets 400."""
    caplog.set_level(logging.INFO)
    port = free_port()
    async with FakeBotApi(token=TOKEN, bot_username="briefbot_service_bot") as server:
        settings = Settings(
            telegram_bot_token=TOKEN,
            telegram_api_base_url=server.base_url,
            briefbot_webhook_url=PUBLIC_URL,
            briefbot_webhook_secret=SECRET,
            briefbot_webhook_port=port,
            briefbot_sqlite_path=database.sqlite_path,
            database_url=database.url,
            briefbot_replica_id="solo",
            briefbot_hash_key=HASH_KEY,
        )
        service = BotService(load_knowledge(settings.briefbot_knowledge), settings)
        await service.start()
        try:
            [registered] = server.calls_to("setWebhook")
            assert registered.params["url"] == PUBLIC_URL
            assert registered.params["secret_token"] == SECRET
            here = f"http://127.0.0.1:{port}{PATH}"

            forged = server.user_message(QUESTION, chat_id=601)
            assert await server.deliver(forged, here, secret="") == 403
            assert await server.deliver(forged, here, secret="guessed-wrong-secret") == 403
            real = server.user_message(QUESTION, chat_id=602)
            assert await server.deliver(real, here) == 200
            assert ANSWER in (await wait_replies(server, 602))[0]
            assert await server.deliver(real, here) == 200  # Telegram retried: acknowledged
            elsewhere = f"http://127.0.0.1:{port}/not-the-path"
            assert await server.deliver(real, elsewhere) == 404

            from aiohttp import ClientSession

            headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
            async with ClientSession() as client:
                for body in (b"{not json", b"[1, 2]", b'{"update_id": "7"}'):
                    async with client.post(here, data=body, headers=headers) as response:
                        assert response.status == 400, body
        finally:
            await service.stop()
        # Once stopped, nothing is left in hand and the forged update was never recorded.
        with journal(database) as store:
            assert store.pending_count() == 0
            assert store.is_handled(real) and not store.is_handled(forged)
        assert replies(server, 601) == []
        assert len(replies(server, 602)) == 1
    refusals = [r.getMessage() for r in caplog.records if "refused (403)" in r.getMessage()]
    assert len(refusals) == 2
    assert all("guessed-wrong-secret" not in r and SECRET not in r for r in refusals)
    assert "no secret header" in refusals[0] and "a wrong secret header" in refusals[1]
    assert service.intake is None  # stopped


# ---------------------------------------------------------------------- replicas
async def test_two_replicas_answer_every_update_once_and_share_the_conversation(
    cluster: Cluster, request: pytest.FixtureRequest
):
    """Two `briefbot run` processes in webhook mode on one database. Updates spread over both,
    a third of them delivered to both at once (Telegram re-delivering after a slow answer,
    a load balancer retrying on the other replica): each
    question answered exactly once. A follow-up delivered to replica B continues the
    conversation begun on replica A."""
    server = cluster.server
    a = await cluster.start("web-a", "webhook")
    b = await cluster.start("web-b", "webhook")
    chats = list(range(700, 730))
    sent = deliveries = 0
    updates: list[tuple[int, int]] = []
    for chat in chats:
        updates.append((chat, server.user_message(QUESTION, chat_id=chat)))
    statuses: list[int] = []
    for number, (_chat, update_id) in enumerate(updates):
        first, second = (a, b) if number % 2 == 0 else (b, a)
        targets = [first, second] if number % 3 == 0 else [first]
        sent += 1
        deliveries += len(targets)
        # Both at once: the two replicas race to record the same update.
        statuses += await asyncio.gather(*(server.deliver(update_id, t.url) for t in targets))
    assert statuses == [200] * deliveries
    for chat in chats:
        await wait_replies(server, chat)

    # The conversation: a question on A, its follow-up on B.
    question = server.user_message("что сказал Ишмухамедов о Среднем коридоре?", chat_id=799)
    assert await server.deliver(question, a.url) == 200
    await wait_replies(server, 799)
    follow_up = server.user_message("а Гусейнов?", chat_id=799)
    assert await server.deliver(follow_up, b.url) == 200
    answers = await wait_replies(server, 799, count=2)

    assert await cluster.terminate(a) == 0 and await cluster.terminate(b) == 0
    counts = Counter(len(replies(server, chat)) for chat in chats)
    with journal(cluster.database) as store:
        pending = store.pending_count()
    duplicated = sum(n - 1 for chat in chats for n in [len(replies(server, chat))] if n > 1)
    report(
        request,
        f"{cluster.database.engine}: 2 webhook replicas: {sent} updates, {deliveries} "
        f"deliveries, {sum(len(replies(server, c)) for c in chats)} answered, "
        f"{duplicated} duplicated, {pending} pending",
    )
    assert counts == Counter({1: len(chats)}), counts
    assert all(ANSWER in replies(server, chat)[0] for chat in chats)
    assert pending == 0
    assert "Транскаспийск" in answers[1], answers[1]  # Гусейнов on the corridor, not his card
    logs = cluster.logs()
    assert "delivered again: already recorded" in logs
    assert " ERROR " not in logs, logs


async def test_a_dead_replica_s_update_is_taken_over_once_its_lease_runs_out(
    cluster: Cluster, request: pytest.FixtureRequest
):
    """Replica A dies (SIGKILL) while Telegram holds its reply; replica B, which never saw the
    update, answers it when A's lease runs out: nothing acknowledged is lost."""
    cluster.lease = 5
    server = cluster.server
    a = await cluster.start("web-a", "webhook")
    b = await cluster.start("web-b", "webhook")
    server.delay_next("sendMessage", 120)
    update_id = server.user_message(QUESTION, chat_id=801)
    assert await server.deliver(update_id, a.url) == 200
    await server.wait_held("sendMessage")
    await cluster.kill(a)
    assert replies(server, 801) == []
    answer = await wait_replies(server, 801)
    assert await cluster.terminate(b) == 0
    with journal(cluster.database) as store:
        assert store.is_handled(update_id) and store.pending_count() == 0
    report(
        request,
        f"{cluster.database.engine}: replica killed holding an update: 1 sent, "
        f"{len(answer)} answered by the other replica after the lease",
    )
    assert len(answer) == 1 and ANSWER in answer[0]
    assert "handled again (attempt 2)" in b.text()


# ---------------------------------------------------------------------- kill and restart
@pytest.mark.parametrize("mode", ["webhook", "polling"])
async def test_killed_while_telegram_holds_the_reply_it_answers_once_after_restart(
    cluster: Cluster, mode: str, request: pytest.FixtureRequest
):
    """SIGKILL while the local server holds the bot's sendMessage (a slow network): the reply
    never reached the user. The same replica, restarted, takes back its claim at once and
    answers — once, even though polling re-delivers what the dead process never confirmed."""
    server = cluster.server
    first = await cluster.start("solo", mode)
    server.delay_next("sendMessage", 120)
    update_id = server.user_message(QUESTION, chat_id=901)
    if mode == "webhook":
        assert await server.deliver(update_id, first.url) == 200
    await server.wait_held("sendMessage")
    await cluster.kill(first)
    assert replies(server, 901) == []

    second = await cluster.start("solo", mode, port=first.port)
    if mode == "webhook":  # Telegram retrying is harmless too
        assert await server.deliver(update_id, second.url) == 200
    answer = await wait_replies(server, 901)
    # A second question on the restarted replica: it still serves normally.
    later = server.user_message(QUESTION, chat_id=902)
    if mode == "webhook":
        assert await server.deliver(later, second.url) == 200
    await wait_replies(server, 902)
    assert await cluster.terminate(second) == 0
    with journal(cluster.database) as store:
        pending = store.pending_count()
        assert store.is_handled(update_id)
    report(
        request,
        f"{cluster.database.engine}: {mode}: killed holding the reply: 1 sent, "
        f"{len(replies(server, 901))} answered after restart, pending {pending}",
    )
    assert len(replies(server, 901)) == 1 and ANSWER in answer[0]
    assert len(replies(server, 902)) == 1
    assert pending == 0
    assert "took back 1 update" in second.text()
    if mode == "polling":
        assert server.pending_updates == []  # the offset was confirmed on SIGTERM


async def test_sigterm_finishes_the_update_in_hand_and_confirms_the_offset(
    cluster: Cluster,
):
    """A clean stop while a reply is on its way: the reply is delivered before the process
    exits (code 0), the offset is confirmed, nothing is left pending."""
    server = cluster.server
    replica = await cluster.start("solo", "polling")
    server.delay_next("sendMessage", 2)
    update_id = server.user_message(QUESTION, chat_id=951)
    await server.wait_held("sendMessage")
    assert await cluster.terminate(replica) == 0
    assert len(replies(server, 951)) == 1
    assert server.pending_updates == []
    with journal(cluster.database) as store:
        assert store.is_handled(update_id) and store.pending_count() == 0
    assert "finishing the updates in hand" in replica.text()


def test_payloads_round_trip_through_the_journal_as_telegram_sent_them(database: Database):
    """What is recorded is Telegram's JSON as sent (a worker rebuilds the Update from it)."""
    payload = {
        "update_id": 5,
        "message": {"message_id": 1, "date": 0, "chat": {"id": 3, "type": "private"}},
    }
    payload["message"]["text"] = "нулевой \u0000 символ и эмодзи 🚆"
    with journal(database) as store:
        assert store.record_update(5, payload, "3")
        claimed = store.claim_update("solo/0", 60)
    assert claimed is not None and claimed.payload == json.loads(json.dumps(payload))


# ---------------------------------------------------------------------- /reload across replicas
async def test_reload_reaches_every_replica_and_flags_a_different_knowledge(
    cluster: Cluster, tmp_path: Path, request: pytest.FixtureRequest
):
    """Two `briefbot run` replicas, each with a knowledge folder of its own, one of them
    edited. An admin's /reload, taken by replica A, makes both reload and lists both content
    hashes, B's flagged; once B's folder matches (its watcher reloads it by itself), a
    /reload taken by B says every replica serves the same version."""
    from bot.curation.knowledge import KnowledgeSource
    from tests.support.knowledge_edits import YAML_NAME, edit, knowledge_copy, version_b

    admin = 918273001
    folders = {name: knowledge_copy(tmp_path / name) for name in ("a", "b")}
    edit(folders["b"], version_b)
    digests = {name: KnowledgeSource(f).load().digest for name, f in folders.items()}
    assert digests["a"] != digests["b"]

    def env(name: str) -> dict[str, str]:
        return {
            "BRIEFBOT_KNOWLEDGE": str(folders[name]),
            "BRIEFBOT_ADMIN_IDS": str(admin),
            "BRIEFBOT_KNOWLEDGE_POLL_SECONDS": "0.2",
        }

    a = await cluster.start("web-a", "webhook", env=env("a"))
    b = await cluster.start("web-b", "webhook", env=env("b"))
    server = cluster.server

    async def reload_on(replica: Replica, count: int) -> str:
        update_id = server.user_message("/reload", chat_id=admin)
        assert await server.deliver(update_id, replica.url) == 200
        return (await wait_replies(server, admin, count))[-1]

    first = await reload_on(a, 1)
    assert first.startswith("Перезагрузка базы знаний (запрос 1)")
    assert f"• web-a: {digests['a'][:12]}\n" in first
    assert f"• web-b: {digests['b'][:12]} ⚠️ отличается" in first
    assert "⚠️ Реплики работают на разных версиях" in first

    shutil.copy(folders["a"] / YAML_NAME, folders["b"] / YAML_NAME)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + ANSWER_TIMEOUT
    while "knowledge reloaded (edit)" not in b.text():
        assert loop.time() < deadline, b.text()
        await asyncio.sleep(0.05)
    second = await reload_on(b, 2)
    assert second.startswith("Перезагрузка базы знаний (запрос 2)")
    assert f"• web-a: {digests['a'][:12]}\n" in second
    assert f"• web-b: {digests['a'][:12]}\n" in second
    assert "Все реплики работают на одной версии." in second
    for replica in (a, b):
        assert await cluster.terminate(replica) == 0
    logs = cluster.logs()
    assert logs.count("knowledge reloaded (/reload)") == 4  # each replica, each request
    assert " ERROR " not in logs, logs
    report(
        request,
        f"{cluster.database.engine}: /reload over 2 replicas: both reloaded, a different "
        "knowledge flagged, then the same version on both",
    )
