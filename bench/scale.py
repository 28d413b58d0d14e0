"""How briefbot grows with the number of briefings, side by side with the two baselines.

``python -m bench.scale [--sizes 1,10,100,300] [--questions 100] [--passes 1] [--no-write]``

For each size, in a process of its own (so its peak RSS is its own): the seed plus generated
briefings (``bench.briefings``: names, places and words altered in the article and the YAML
alike), loaded and proven, the session built (index), then ``--questions`` questions
spread over ``tests/eval/questions.yaml`` (every style) asked ``--passes`` times in the
seed's chat — briefbot's
``Session.ask`` against rapidfuzz WRatio and BM25 over every phrasing of every briefing,
interleaved question by question. Times are process CPU time (the machine is shared), read as
ratios within one run; nothing here is asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.results import machine, publish

HEADING = "Many briefings: per-question cost and index by size"
SEED_ID = "aliyev-kazakhstan"


def _measure(size: int, passes: int, count: int) -> dict[str, float]:
    """One size, measured in this process."""
    from bench.baselines import BM25Baseline, WRatioBaseline
    from bench.briefings import generate, with_seed
    from bot.answering.session import Session
    from bot.evaluation import load_items
    from bot.knowledge import load_knowledge
    from bot.settings import PROJECT_ROOT, Settings

    every = [i.question for i in load_items(PROJECT_ROOT / "tests/eval/questions.yaml")]
    questions = every[:: max(1, len(every) // count)][:count]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if size > 1:
            generate(folder, size - 1)
        with_seed(folder)
        started = time.process_time()
        kb = load_knowledge(folder)
        loaded = time.process_time() - started
        started = time.process_time()
        session = Session.create(kb, Settings(briefbot_default_briefing=SEED_ID))
        indexed = time.process_time() - started
        systems = {
            "briefbot": lambda q: session.ask(q, chat=1),
            "wratio": WRatioBaseline(kb),
            "bm25": BM25Baseline(kb),
        }
        took: dict[str, list[float]] = {name: [] for name in systems}
        for question in questions[:20]:  # warm: the first question pays for lazy tables
            for system in systems.values():
                system(question)
        for _ in range(passes):
            for question in questions:
                for name, system in systems.items():
                    started = time.process_time()
                    system(question)
                    took[name].append(time.process_time() - started)
    result = {"briefings": float(len(kb.briefings)), "load_s": loaded, "index_s": indexed}
    for name, samples in took.items():
        samples.sort()
        result[f"{name}_p50_ms"] = statistics.median(samples) * 1000
        result[f"{name}_p99_ms"] = samples[int(0.99 * (len(samples) - 1))] * 1000
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _table(rows: list[dict[str, float]]) -> str:
    first = rows[0]["briefbot_p50_ms"]
    lines = [
        "| briefings | load + proof (s) | index (s) | briefbot p50 / p99 (ms) | × 1 briefing "
        "| WRatio p50 / p99 | BM25 p50 / p99 | peak RSS (MB) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row['briefings']:.0f} | {row['load_s']:.1f} | {row['index_s']:.1f} "
            f"| {row['briefbot_p50_ms']:.2f} / {row['briefbot_p99_ms']:.1f} "
            f"| {row['briefbot_p50_ms'] / first:.1f}× "
            f"| {row['wratio_p50_ms']:.2f} / {row['wratio_p99_ms']:.1f} "
            f"| {row['bm25_p50_ms']:.2f} / {row['bm25_p99_ms']:.1f} | {row['rss_mb']:.0f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__)
    parser.add_argument("--sizes", default="1,10,100,300", help="briefing counts (with the seed)")
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument("--questions", type=int, default=100)
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child process's size
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(_measure(args.one, args.passes, args.questions)))
        return 0
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        child = subprocess.run(
            [
                *(sys.executable, "-m", "bench.scale", "--one", str(size)),
                *("--passes", str(args.passes), "--questions", str(args.questions)),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        rows.append(json.loads(child.stdout.strip().splitlines()[-1]))
        print(f"{size}: {rows[-1]}", file=sys.stderr)
    text = "\n\n".join(
        [
            machine(),
            f"Questions: {args.questions} of tests/eval/questions.yaml, {args.passes} pass(es), "
            "CPU time per question; "
            "the seed plus generated briefings (bench.briefings), the seed being the default "
            "and the chat's briefing. Target (issue 15): from 1 to 100 briefings the "
            "per-question time grows at most 5×.",
            _table(rows),
        ]
    )
    publish(HEADING, text, write=not args.no_write)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
