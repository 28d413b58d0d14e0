"""The service under a burst and under a flood, through the local Bot API server.

``python -m bench.burst [--updates 10000] [--users 1000]``

The real ``BotService`` (polling, journal in SQLite, the real knowledge base) against the
local server in the same process, as the tests run it, with Telegram's sending limits raised
(a local server has none). Nothing here is asserted in tests; the tests assert the counts.

1. Burst: ``updates`` questions from ``users`` users (each within the per-user limit), all
   pushed at once: throughput, update-to-reply latency p50/p99, answered/duplicated counts,
   RSS before and after.
2. Flood: one user sends 200 questions at once while 20 others ask one each; the others'
   update-to-reply p50/p95, against a baseline run of the same 20 without the flood.
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import resource
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.knowledge import load_knowledge
from bot.knowledge.model import KnowledgeBase
from bot.settings import DEFAULT_KNOWLEDGE, Settings
from bot.transport.service import BotService
from tests.support.botapi import FakeBotApi

TOKEN = "123456:BENCH-token"
QUESTION = "сколько соглашений подписали?"  # one message per answer: replies map to questions
GUARD = 1200.0


def rss_mb() -> float:
    """Current resident set size (Linux /proc), else the peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass
class Run:
    sent: int
    answered: int
    duplicated: int
    seconds: float
    latencies: dict[int, list[float]]  # chat → update-to-reply seconds, in order


async def serve(kb: KnowledgeBase, pushes: list[int], per_user: int) -> Run:
    """Push one question per entry of ``pushes`` (a chat id each), wait for every reply."""
    server = FakeBotApi(token=TOKEN, bot_username="briefbot_bench_bot")
    await server.start()
    service = BotService(
        kb,
        Settings(
            telegram_bot_token=TOKEN,
            telegram_api_base_url=server.base_url,
            briefbot_sqlite_path=Path(tempfile.mkdtemp(prefix="briefbot-bench-")) / "b.sqlite3",
            briefbot_sends_per_second=1e6,
            briefbot_chat_sends_per_second=1e6,
            briefbot_user_questions_per_minute=per_user,
        ),
    )
    await service.start()
    expected = Counter(min(n, per_user + 1) for n in Counter(pushes).values())
    wanted = sum(k * v for k, v in expected.items())
    started = time.monotonic()
    updates: dict[int, list[int]] = {}
    for chat in pushes:
        updates.setdefault(chat, []).append(server.user_message(QUESTION, chat_id=chat))
    while sum(1 for c in server.calls_to("sendMessage") if c.ok) < wanted:
        if time.monotonic() - started > GUARD:
            break
        await asyncio.sleep(0.05)
    seconds = time.monotonic() - started
    await asyncio.sleep(0.5)  # anything late would be a duplicate
    store = service.store
    assert store is not None
    await service.stop()
    await server.stop()
    latencies: dict[int, list[float]] = {}
    duplicated = 0
    for chat, ids in updates.items():
        replies = [
            c for c in server.calls_to("sendMessage") if c.ok and c.params["chat_id"] == chat
        ]
        duplicated += max(0, len(replies) - min(len(ids), per_user + 1))
        latencies[chat] = [
            reply.at - server.pushed_at[update] for reply, update in zip(replies, ids, strict=False)
        ]
    answered = sum(1 for c in server.calls_to("sendMessage") if c.ok)
    return Run(len(pushes), answered, duplicated, seconds, latencies)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


async def main_async(updates: int, users: int) -> str:
    kb = load_knowledge(DEFAULT_KNOWLEDGE)
    lines = [
        f"## Service: burst and flood ({date.today().isoformat()})",
        "",
        f"Machine: {platform.machine()}, {platform.processor() or 'cpu'}, Python "
        f"{sys.version.split()[0]}, {platform.system()} {platform.release()}; the bot and the "
        "local Bot API server share one process (polling, SQLite journal, real knowledge base).",
        "",
    ]
    before = rss_mb()
    each = max(1, updates // users)
    pushes = [10_000 + user for _ in range(each) for user in range(users)]
    burst = await serve(kb, pushes, per_user=max(20, each))
    after = rss_mb()
    every = [v for values in burst.latencies.values() for v in values]
    lines += [
        f"Burst: {burst.sent} updates from {users} users ({each} each, within the limit), pushed "
        "at once.",
        "",
        "| sent | answered | duplicated | lost | throughput | update→reply p50 | p99 "
        "| RSS before → after |",
        "|---|---|---|---|---|---|---|---|",
        f"| {burst.sent} | {burst.answered} | {burst.duplicated} | "
        f"{burst.sent - burst.answered + burst.duplicated} | {burst.sent / burst.seconds:.0f}/s | "
        f"{percentile(every, 0.5):.2f} s | {percentile(every, 0.99):.2f} s | "
        f"{before:.0f} → {after:.0f} MB |",
        "",
    ]
    others = list(range(50_001, 50_021))
    alone = await serve(kb, others, per_user=20)
    flooder = 50_000
    flood = await serve(kb, [flooder] * 200 + others, per_user=20)
    calm = [v for chat in others for v in alone.latencies[chat]]
    stormy = [v for chat in others for v in flood.latencies[chat]]
    flooder_replies = len(flood.latencies.get(flooder, []))
    lines += [
        "Flood: one user sends 200 questions at once, 20 others one each (limit 20 a minute).",
        "",
        "| run | others p50 | others p95 | flooder's replies |",
        "|---|---|---|---|",
        f"| 20 users alone (baseline) | {percentile(calm, 0.5):.2f} s | "
        f"{percentile(calm, 0.95):.2f} s | — |",
        f"| with the flood | {percentile(stormy, 0.5):.2f} s | {percentile(stormy, 0.95):.2f} s "
        f"| {flooder_replies} (20 answers + 1 notice) |",
        f"| ratio | {percentile(stormy, 0.5) / percentile(calm, 0.5):.2f}× | "
        f"{percentile(stormy, 0.95) / percentile(calm, 0.95):.2f}× | |",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--updates", type=int, default=10_000)
    parser.add_argument("--users", type=int, default=1_000)
    args = parser.parse_args()
    print(asyncio.run(main_async(args.updates, args.users)))


if __name__ == "__main__":
    main()
