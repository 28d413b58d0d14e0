"""Hot reload under traffic, through the local Bot API server.

``python -m bench.reload [--chats 40] [--reloads 6] [--poll 2] [--database postgresql://…]``

The real ``briefbot run`` in its own process, as deployed (polling, the journal and the query
log in SQLite, or PostgreSQL with ``--database``), serving a copy of the real knowledge
folder, against the local server in this process, with Telegram's sending limits raised (a
local server has none). ``chats`` readers ask without pause, one question
after another each, while the knowledge is reloaded ``reloads`` times, alternately by an
edit of the file (the watcher notices it) and by an admin's ``/reload``; each version is the
real briefing or the curator's fix of ``tests/support/knowledge_edits.py``.

Reported: the time from the edit to the swap (the watcher's poll, the edit settling for one
poll, the load and proof, the new index), the reload itself (from the bot's log), the
``/reload`` command's answer
(every replica reloaded and reported), readers' question-to-reply latency in quiet periods
and while a reload runs, and that no reply was half of one version and half of the other.
Nothing here is asserted in tests; ``tests/test_curating.py`` asserts the properties.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import re
import signal
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

import psycopg
from psycopg import sql

from bot.answering.session import Session
from bot.knowledge import load_knowledge
from bot.knowledge.model import KnowledgeBase
from bot.rendering.html import render_html
from tests.support.botapi import Call, FakeBotApi
from tests.support.databases import with_search_path
from tests.support.knowledge_edits import Q_NOT_GIVEN, YAML_NAME, edit, knowledge_copy, version_b

TOKEN = "123456:BENCH-reload-token"
ADMIN = 4242
QUESTIONS = ("сколько соглашений подписали?", Q_NOT_GIVEN)
HASH_KEY = "bench-reload-hash-key-0123456789abcdef"
GUARD = 120.0


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class Readers:
    """Chats asking one question after another, each reply timed and kept."""

    def __init__(self, server: FakeBotApi, chats: list[int]) -> None:
        self.server = server
        self.chats = chats
        self.stopping = False
        self.samples: list[tuple[float, float, str, str]] = []  # (sent at, latency, q, html)

    async def run(self) -> None:
        await asyncio.gather(*(self._reader(chat) for chat in self.chats))

    async def _reader(self, chat: int) -> None:
        number = 0
        while not self.stopping:
            question = QUESTIONS[number % len(QUESTIONS)]
            before = len(self._replies(chat))
            sent = time.monotonic()
            self.server.user_message(question, chat_id=chat)
            calls = await self.server.wait_for(
                "sendMessage", before + 1, GUARD, lambda c, chat=chat: _to(c, chat)
            )
            latency = time.monotonic() - sent
            self.samples.append((sent, latency, question, str(calls[before].params["text"])))
            number += 1

    def _replies(self, chat: int) -> list[Call]:
        return [c for c in self.server.calls_to("sendMessage") if c.ok and _to(c, chat)]


def _to(call: Call, chat: int) -> bool:
    return call.params.get("chat_id") == chat


async def bench(chats: int, reloads: int, poll: float, database: str | None) -> None:
    folder = Path(tempfile.mkdtemp(prefix="briefbot-reload-"))
    knowledge = knowledge_copy(folder / "site")
    original = (knowledge / YAML_NAME).read_text(encoding="utf-8")
    fixed = version_b(original)
    sessions = {
        name: Session.create(load_knowledge_text(folder, name, text))
        for name, text in (("a", original), ("b", fixed))
    }
    texts = {
        name: {q: render_html(session.question(q))[0] for q in QUESTIONS}
        for name, session in sessions.items()
    }
    server = FakeBotApi(token=TOKEN, bot_username="briefbot_reload_bench_bot")
    await server.start()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BRIEFBOT_"))}
    env.pop("DATABASE_URL", None)
    env |= {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": server.base_url,
        "BRIEFBOT_SQLITE_PATH": str(folder / "var" / "b.sqlite3"),
        "BRIEFBOT_HASH_KEY": HASH_KEY,
        "BRIEFBOT_ADMIN_IDS": str(ADMIN),
        "BRIEFBOT_KNOWLEDGE": str(knowledge),
        "BRIEFBOT_KNOWLEDGE_POLL_SECONDS": str(poll),
        "BRIEFBOT_USER_QUESTIONS_PER_MINUTE": "1000000",
        "BRIEFBOT_SENDS_PER_SECOND": "1000000",
        "BRIEFBOT_CHAT_SENDS_PER_SECOND": "1000000",
        "BRIEFBOT_GROUP_SENDS_PER_MINUTE": "1000000",
    }
    schema = None
    if database:
        # A schema of this run's own: update ids start at 1 on every fresh local server, and
        # a journal that already holds them would refuse them as re-deliveries.
        schema = f"briefbot_bench_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(database, autocommit=True) as admin:
            admin.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
        env["DATABASE_URL"] = with_search_path(database, schema)
    log_path = folder / "bot.log"
    with log_path.open("wb") as sink:
        # The bot in its own process, as deployed: the readers here do not take its CPU.
        bot = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "run", stdout=sink, stderr=sink, env=env
        )
    try:
        await until(lambda: "serving (" in log_path.read_text(errors="replace"))
        readers = Readers(server, [10_000 + n for n in range(chats)])
        traffic = asyncio.ensure_future(readers.run())
        windows: list[tuple[float, float]] = []
        edit_to_swap: list[float] = []
        command_seconds: list[float] = []
        await asyncio.sleep(3)  # a quiet period first
        for number in range(reloads):
            text = fixed if number % 2 == 0 else original
            done = log_path.read_text(errors="replace").count("knowledge reloaded")
            started = time.monotonic()
            edit(knowledge, lambda _, text=text: text)
            if number % 4 < 2:  # the watcher notices the edit
                await until(
                    lambda done=done: (
                        log_path.read_text(errors="replace").count("knowledge reloaded") > done
                    )
                )
                edit_to_swap.append(time.monotonic() - started)
            else:  # an admin sends /reload at once (the watcher may reload too, later)
                before = len([c for c in server.calls_to("sendMessage") if _to(c, ADMIN)])
                server.user_message("/reload", chat_id=ADMIN)
                await server.wait_for("sendMessage", before + 1, GUARD, lambda c: _to(c, ADMIN))
                command_seconds.append(time.monotonic() - started)
            windows.append((started, time.monotonic()))
            await asyncio.sleep(poll * 2 + 1)
        readers.stopping = True
        await traffic
    finally:
        bot.send_signal(signal.SIGTERM)
        await asyncio.wait_for(bot.wait(), GUARD)
        await server.stop()
        if database and schema:
            with psycopg.connect(database, autocommit=True) as admin:
                admin.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))
    log = log_path.read_text(errors="replace")
    timings = [
        (float(m.group(1)), float(m.group(2)))
        for m in re.finditer(
            r"knowledge reloaded \([^)]*\) in ([\d.]+) s \(load and proof ([\d.]+) s\)", log
        )
    ]
    reload_seconds = [t[0] for t in timings]
    proof_seconds = [t[1] for t in timings]

    known = {html: name for name, by_q in texts.items() for html in by_q.values()}
    mixed = sum(1 for _, _, _, html in readers.samples if html not in known)
    during = [lat for sent, lat, _, _ in readers.samples if any(a <= sent <= b for a, b in windows)]
    quiet = [
        lat for sent, lat, _, _ in readers.samples if not any(a <= sent <= b for a, b in windows)
    ]
    print(
        f"reload under traffic — {date.today()}, Python {platform.python_version()}, "
        f"{platform.machine()}, store {'postgresql' if database else 'sqlite'}, "
        f"{chats} chats asking without pause, poll {poll:g} s"
    )
    print(
        f"  questions answered: {len(readers.samples)}, half-loaded replies: {mixed}, "
        f"reloads: {len(timings)} (errors in the log: {log.count(' ERROR ')})"
    )
    if edit_to_swap:
        print(
            f"  edit -> swap (watcher): {', '.join(f'{s:.2f}' for s in edit_to_swap)} s "
            f"(mean {statistics.mean(edit_to_swap):.2f} s)"
        )
    if command_seconds:
        print(
            "  edit + /reload -> the admin's report: "
            f"{', '.join(f'{s:.2f}' for s in command_seconds)} s"
        )
    print(
        f"  reload (load, proof, index, swap): mean {statistics.mean(reload_seconds):.2f} s, "
        f"max {max(reload_seconds):.2f} s; of which load and proof mean "
        f"{statistics.mean(proof_seconds):.2f} s"
    )
    print(
        f"  readers' latency quiet: p50 {pct(quiet, 0.5) * 1000:.0f} ms, p95 "
        f"{pct(quiet, 0.95) * 1000:.0f} ms; during a reload: p50 {pct(during, 0.5) * 1000:.0f} ms,"
        f" p95 {pct(during, 0.95) * 1000:.0f} ms ({len(during)} questions)"
    )


def load_knowledge_text(folder: Path, name: str, text: str) -> KnowledgeBase:
    """The knowledge base of one version, from a folder of its own beside the served one."""
    knowledge = knowledge_copy(folder / f"version-{name}")
    (knowledge / YAML_NAME).write_text(text, encoding="utf-8")
    return load_knowledge(knowledge)


async def until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + GUARD
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the reload did not happen")
        await asyncio.sleep(0.01)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=40)
    parser.add_argument("--reloads", type=int, default=6)
    parser.add_argument("--poll", type=float, default=2.0)
    parser.add_argument("--database", default=None, help="a postgresql:// URL (default: SQLite)")
    args = parser.parse_args()
    asyncio.run(bench(args.chats, args.reloads, args.poll, args.database))


if __name__ == "__main__":
    main()
