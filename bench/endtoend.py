"""End to end through the local Bot API server: briefbot against an echo bot, and briefbot's RSS.

``python -m bench.endtoend [--updates 5000] [--users 500] [--rounds 1] [--no-write]``

Each bot runs in its own process, as deployed — ``briefbot run`` (long polling, its SQLite
store, the shipped knowledge) and ``bench.echobot`` (python-telegram-bot polling, echoing each
message) — against the local Bot API server of the tests (``tests/support/botapi.py``) in
this process. Both send through the same ``Pacer`` with Telegram's limits raised by setting
(a local server has none) and handle the same number of updates at once. ``updates``
questions from ``users`` users are pushed at once; measured: throughput (updates ÷ seconds
from the first push to the last reply), update-to-reply p50/p99 (from when the server had the
update to when it received the reply), and each process's VmRSS (``/proc/PID/status``) after
it answered everything. briefbot starts from its start-up cache (written by one ``briefbot
ask`` before), as a restart with unchanged knowledge does. Rounds alternate echo and
briefbot, so both see the same machine.

Every update asks the same question by default, as readers of one event ask the same few
questions; briefbot remembers its replies, so this measures mostly the journal and the
transport. ``--varied`` asks the questions of ``tests/eval/questions.yaml`` in turn instead
(each chat a different sequence), which measures the answering too.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.results import machine, publish, verdict
from tests.support.botapi import FakeBotApi

TOKEN = "123456:BENCH-endtoend"
QUESTION = "сколько соглашений подписали?"  # answered with one message
VARIED = Path(__file__).resolve().parents[1] / "tests" / "eval" / "questions.yaml"
GUARD = 900.0
TARGET_THROUGHPUT = 0.9  # × the echo bot (issue 15)
TARGET_RSS_MB = 80.0
BOTS = {
    "echo bot (PTB + Pacer)": ["-m", "bench.echobot"],
    "briefbot run (SQLite)": ["-m", "bot.cli", "run"],
}


def questions(varied: bool) -> list[str]:
    """The questions pushed in turn: the one question, or every eval question."""
    if not varied:
        return [QUESTION]
    import yaml

    return [item["q"] for item in yaml.safe_load(VARIED.read_text(encoding="utf-8"))]


@dataclass
class Result:
    updates: int
    replies: int
    seconds: float
    latencies: list[float]
    rss_mb: float  # VmRSS after the last reply
    idle_rss_mb: float  # VmRSS once polling, before the first update
    peak_rss_mb: float  # VmHWM: the most it held at any moment
    cpu_seconds: float  # the bot process's user + system time, start-up included
    idle_cpu_seconds: float = 0.0  # the same once polling, before the first update

    @property
    def cpu_ms_per_update(self) -> float:
        """CPU spent on the updates alone (start-up left out), per reply."""
        return 1000 * (self.cpu_seconds - self.idle_cpu_seconds) / max(1, self.replies)

    @property
    def throughput(self) -> float:
        return self.replies / self.seconds if self.seconds else 0.0


def vm_rss_mb(pid: int, field: str = "VmRSS") -> float:
    """A memory figure of a live process in MB: ``VmRSS`` now, ``VmHWM`` its peak."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a live process (``/proc/PID/stat`` fields 14 and 15)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


async def until(condition: object, what: str) -> None:
    deadline = time.monotonic() + GUARD
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.02)


async def one_run(
    name: str, module: Sequence[str], updates: int, users: int, asked: Sequence[str] = (QUESTION,)
) -> Result:
    folder = Path(tempfile.mkdtemp(prefix="briefbot-endtoend-"))
    server = FakeBotApi(token=TOKEN, bot_username="briefbot_endtoend_bot")
    await server.start()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BRIEFBOT_"))}
    env.pop("DATABASE_URL", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env |= {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": server.base_url,
        "BRIEFBOT_SQLITE_PATH": str(folder / "b.sqlite3"),
        "BRIEFBOT_CACHE_DIR": str(folder / "cache"),
        "BRIEFBOT_USER_QUESTIONS_PER_MINUTE": "1000000",
        "BRIEFBOT_SENDS_PER_SECOND": "1000000",
        "BRIEFBOT_CHAT_SENDS_PER_SECOND": "1000000",
        "BRIEFBOT_GROUP_SENDS_PER_MINUTE": "1000000",
        "BRIEFBOT_LOG_LEVEL": "WARNING",
    }
    # A restart with unchanged knowledge, as a deployment restarts: the start-up cache is
    # written by one `briefbot ask` first (the echo bot ignores it).
    warm = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "ask", "x", env=env, stdout=asyncio.subprocess.DEVNULL
    )
    await warm.wait()
    log_path = folder / "bot.log"
    with log_path.open("wb") as sink:
        process = await asyncio.create_subprocess_exec(
            sys.executable, *module, stdout=sink, stderr=sink, env=env
        )
    try:
        await until(lambda: server.long_polls_waiting > 0, f"{name} did not start polling")
        idle = vm_rss_mb(process.pid)
        idle_cpu = cpu_seconds(process.pid)
        each = max(1, updates // users)
        pushed: dict[int, list[int]] = {}
        started = time.monotonic()
        for turn in range(each):
            for user in range(users):
                chat = 10_000 + user
                question = asked[(turn * users + user) % len(asked)]
                pushed.setdefault(chat, []).append(server.user_message(question, chat_id=chat))
        wanted = each * users

        def answered() -> int:
            return sum(1 for c in server.calls_to("sendMessage") if c.ok)

        await until(lambda: answered() >= wanted, f"{name}: {answered()} of {wanted} replies")
        replies = [c for c in server.calls_to("sendMessage") if c.ok]
        seconds = max(c.at for c in replies) - started
        rss = vm_rss_mb(process.pid)
        peak = vm_rss_mb(process.pid, "VmHWM")
        cpu = cpu_seconds(process.pid)
    finally:
        process.terminate()
        try:
            await asyncio.wait_for(process.wait(), 60)
        except TimeoutError:
            process.kill()
        await server.stop()
    by_chat: dict[int, list[float]] = {}
    for call in replies:
        by_chat.setdefault(call.params["chat_id"], []).append(call.at)
    latencies = [
        at - server.pushed_at[update]
        for chat, ids in pushed.items()
        for at, update in zip(by_chat.get(chat, []), ids, strict=False)
    ]
    return Result(wanted, len(replies), seconds, latencies, rss, idle, peak, cpu, idle_cpu)


async def measure(
    updates: int, users: int, rounds: int, asked: Sequence[str]
) -> dict[str, list[Result]]:
    results: dict[str, list[Result]] = {name: [] for name in BOTS}
    for _ in range(rounds):
        for name, module in BOTS.items():
            results[name].append(await one_run(name, module, updates, users, asked))
    return results


def report(
    results: dict[str, list[Result]], updates: int, users: int, rounds: int, varied: bool = False
) -> str:
    lines = [
        machine(),
        "",
        f"`python -m bench.endtoend --updates {updates} --users {users} --rounds {rounds}"
        f"{' --varied' if varied else ''}`: "
        f"{updates} questions ({'the eval questions in turn' if varied else 'one question'}) "
        f"from {users} users pushed at once to the local Bot API server; "
        "each bot in its own process, Telegram's limits raised by setting, the same Pacer and "
        "8 updates at once in both. Targets (issue 15): throughput ≥ "
        f"{TARGET_THROUGHPUT}× the echo bot; RSS of `briefbot run` ≤ {TARGET_RSS_MB:.0f} MB.",
        "",
        "| bot | replies | throughput | update→reply p50 | p99 | RSS idle | RSS after | peak "
        "(VmHWM) | bot CPU | CPU per update |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, runs in results.items():
        every = [v for run in runs for v in run.latencies]
        lines.append(
            f"| {name} | {sum(r.replies for r in runs)} | "
            f"{statistics.median(r.throughput for r in runs):.0f}/s | "
            f"{percentile(every, 0.5):.2f} s | {percentile(every, 0.99):.2f} s | "
            f"{max(r.idle_rss_mb for r in runs):.0f} MB | {max(r.rss_mb for r in runs):.0f} MB | "
            f"{max(r.peak_rss_mb for r in runs):.0f} MB | "
            f"{statistics.median(r.cpu_seconds for r in runs):.1f} s | "
            f"{statistics.median(r.cpu_ms_per_update for r in runs):.2f} ms |"
        )
    echo, briefbot = (results[name] for name in BOTS)
    ratio = statistics.median(r.throughput for r in briefbot) / statistics.median(
        r.throughput for r in echo
    )
    rss = max(r.rss_mb for r in briefbot)
    # Round by round (each pair ran back to back), so a busy moment of a shared machine
    # weighs on both bots of a pair.
    pairs = [
        f"{b.throughput / e.throughput:.2f}×"
        for e, b in zip(echo, briefbot, strict=True)
        if e.throughput
    ]
    lines += [
        "",
        f"briefbot ÷ echo throughput: {ratio:.2f}× (target ≥ {TARGET_THROUGHPUT}×: "
        f"{verdict(ratio, TARGET_THROUGHPUT, at_most=False)}); briefbot RSS {rss:.0f} MB "
        f"(target ≤ {TARGET_RSS_MB:.0f} MB: {verdict(rss, TARGET_RSS_MB, at_most=True)}).",
        f"Each round's ratio: {', '.join(pairs)}. CPU per update is the bot's CPU time from "
        "its first poll to its last reply, divided by the replies (start-up left out).",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--updates", type=int, default=5000)
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument(
        "--varied", action="store_true", help="ask the eval questions in turn, not one question"
    )
    parser.add_argument("--no-write", action="store_true", help="leave bench/RESULTS.md alone")
    args = parser.parse_args(argv)
    asked = questions(args.varied)
    results = asyncio.run(measure(args.updates, args.users, args.rounds, asked))
    text = report(results, args.updates, args.users, args.rounds, args.varied)
    title = "End to end, varied questions" if args.varied else "End to end"
    publish(title, text, write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
