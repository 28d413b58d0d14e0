"""``briefbot ask`` start-up: from process start to the printed answer, against bare Python.

``python -m bench.startup [--rounds 15] [--no-write]``

One round runs, one after another: ``python -c pass``, ``python -c "import yaml"``,
``briefbot ask`` with the start-up cache off, with the cache folder removed (cold: the load,
proof and index are done and the cache written) and with the cache just written (warm).
Interleaving the five in every round means a noisy neighbour slows all of them alike; the
ratios of medians from one run are what to compare, not the absolute milliseconds (this is a
shared 2-core machine).

Bytecode is written and used (``PYTHONDONTWRITEBYTECODE`` is dropped for the children, and a
first unmeasured round writes it): a deployed bot starts from compiled modules, and compiling
~150 modules on each start would measure the compiler, not the bot.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.results import machine, publish, verdict

QUESTION = "сколько соглашений подписали"
TARGET_WARM = 4.0  # × python -c "import yaml" (issue 15)
TARGET_COLD = 8.0


@dataclass
class Timings:
    """Milliseconds per round: to the first line on stdout (the answer), and to exit."""

    answer: list[float] = field(default_factory=list)
    exit: list[float] = field(default_factory=list)


def briefbot_command() -> list[str]:
    """The installed ``briefbot`` script beside this interpreter, as a user runs it."""
    script = Path(sys.executable).with_name("briefbot")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]


def timed(command: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """(ms to the first output line or exit, ms to exit) of one run of ``command``."""
    started = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
    ) as process:
        assert process.stdout is not None
        first = process.stdout.readline()
        answered = time.perf_counter()
        process.stdout.read()
        code = process.wait()
    ended = time.perf_counter()
    if code != 0:
        raise SystemExit(f"{' '.join(command)} exited with {code}")
    if not first:
        answered = ended
    return 1000 * (answered - started), 1000 * (ended - started)


def measure(rounds: int) -> dict[str, Timings]:
    cache = Path(tempfile.mkdtemp(prefix="briefbot-bench-cache-")) / "cache"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    env["BRIEFBOT_CACHE_DIR"] = str(cache)
    uncached = {**env, "BRIEFBOT_STARTUP_CACHE": "false"}
    ask = [*briefbot_command(), "ask", QUESTION]
    runs: dict[str, tuple[list[str], dict[str, str]]] = {
        "python -c pass": ([sys.executable, "-c", "pass"], env),
        'python -c "import yaml"': ([sys.executable, "-c", "import yaml"], env),
        "briefbot ask, no cache": (ask, uncached),
        "briefbot ask, cold cache": (ask, env),
        "briefbot ask, warm cache": (ask, env),
    }
    timings = {name: Timings() for name in runs}
    for round_number in range(rounds + 1):
        for name, (command, variables) in runs.items():
            if "cold" in name:
                shutil.rmtree(cache, ignore_errors=True)
            answer, done = timed(command, variables)
            if round_number:  # the first round writes bytecode and warms the page cache
                timings[name].answer.append(answer)
                timings[name].exit.append(done)
    shutil.rmtree(cache.parent, ignore_errors=True)
    return timings


def report(timings: dict[str, Timings], rounds: int) -> str:
    yaml = statistics.median(timings['python -c "import yaml"'].exit)
    bare = statistics.median(timings["python -c pass"].exit)
    lines = [
        machine(),
        "",
        f'`python -m bench.startup --rounds {rounds}`: `briefbot ask "{QUESTION}"` from '
        "process start to the printed answer (first line on stdout) and to exit, medians of "
        f"{rounds} interleaved rounds, bytecode cached. Targets (issue 15): warm ≤ "
        f"{TARGET_WARM:.0f}× `import yaml`, cold ≤ {TARGET_COLD:.0f}×.",
        "",
        "| run | to answer (median) | p90 | to exit | ÷ `python -c pass` | ÷ `import yaml` |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, timing in timings.items():
        answer = statistics.median(timing.answer)
        p90 = sorted(timing.answer)[min(len(timing.answer) - 1, int(0.9 * len(timing.answer)))]
        lines.append(
            f"| {name} | {answer:.0f} ms | {p90:.0f} ms | {statistics.median(timing.exit):.0f} ms "
            f"| {answer / bare:.1f}× | {answer / yaml:.1f}× |"
        )
    warm = statistics.median(timings["briefbot ask, warm cache"].answer) / yaml
    cold = statistics.median(timings["briefbot ask, cold cache"].answer) / yaml
    lines += [
        "",
        f"Warm {warm:.1f}× `import yaml` (target ≤ {TARGET_WARM:.0f}×: "
        f"{verdict(warm, TARGET_WARM, at_most=True)}); cold {cold:.1f}× (target ≤ "
        f"{TARGET_COLD:.0f}×: {verdict(cold, TARGET_COLD, at_most=True)}).",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=15, help="measured rounds (default 15)")
    parser.add_argument(
        "--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone"
    )
    args = parser.parse_args(argv)
    publish("Start-up", report(measure(args.rounds), args.rounds), write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
