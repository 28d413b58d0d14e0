"""How fast briefbot answers, side by side with the WRatio baseline on the same machine and run.

``python -m bench.speed [--sizes 1000,10000,100000] [--rounds 3]``

Timings on a shared machine are noisy, so results are reported as medians and as ratios to a
baseline measured in the same process, interleaved question by question. Nothing here is
asserted in tests.

1. The real knowledge base: index build time, then per-question latency of briefbot's full
   ``match`` against rapidfuzz ``extractOne`` (WRatio) over the same phrasings.
2. Scale: synthetic briefings with N phrasings (entries cloned from the real ones, each
   phrasing made distinct by recombining real words), to show how latency grows.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from bot.evaluation import load_items
from bot.knowledge import KnowledgeBase, load_knowledge
from bot.knowledge.model import Answer
from bot.matching.matcher import Matcher
from bot.settings import DEFAULT_KNOWLEDGE, PROJECT_ROOT

QUESTIONS = PROJECT_ROOT / "tests" / "eval" / "questions.yaml"


def _phrasings(kb: KnowledgeBase) -> list[str]:
    return [q for b in kb.briefings for e in b.items for q in e.questions]


def _time_each(fn: Callable[[str], object], questions: Sequence[str]) -> list[float]:
    spent = []
    for question in questions:
        start = time.perf_counter()
        fn(question)
        spent.append(time.perf_counter() - start)
    return spent


def _summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def measure(kb: KnowledgeBase, questions: Sequence[str], rounds: int) -> dict[str, float]:
    start = time.perf_counter()
    matcher = Matcher(kb)
    build = time.perf_counter() - start
    choices = [utils.default_process(p) for p in _phrasings(kb)]

    def wratio(question: str) -> object:
        return process.extractOne(
            utils.default_process(question), choices, scorer=fuzz.WRatio, processor=None
        )

    for question in questions[:20]:  # warm caches (lemmas, dictionary pages) for both
        matcher.match(question)
        wratio(question)
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(rounds):
        for question in questions:  # interleaved: both see the same machine load
            ours += _time_each(matcher.match, [question])
            theirs += _time_each(wratio, [question])
    ours_median, ours_p95 = _summary(ours)
    theirs_median, theirs_p95 = _summary(theirs)
    return {
        "phrasings": float(len(choices)),
        "build_s": build,
        "ours_median_ms": ours_median,
        "ours_p95_ms": ours_p95,
        "wratio_median_ms": theirs_median,
        "wratio_p95_ms": theirs_p95,
    }


def synthetic(kb: KnowledgeBase, size: int, seed: int = 7) -> KnowledgeBase:
    """A knowledge base with about ``size`` phrasings built from the real one's words."""
    rng = random.Random(seed)
    briefing = kb.briefings[0]
    statements = [a for a in briefing.answers if a.list_kind is None]
    words = sorted({w for a in statements for q in a.questions for w in q.split() if len(w) > 3})
    answers: list[Answer] = list(briefing.answers)
    count = sum(len(e.questions) for e in briefing.items)
    clone = 0
    while count < size:
        base = statements[clone % len(statements)]
        clone += 1
        questions = tuple(f"{q} {' '.join(rng.sample(words, 2))}" for q in base.questions)
        answers.append(replace(base, id=f"{base.id}-{clone}", questions=questions, related=()))
        count += len(questions)
    return KnowledgeBase((replace(briefing, answers=tuple(answers)),))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.speed", description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--questions", type=int, default=120, help="questions per scale step")
    args = parser.parse_args(argv)

    kb = load_knowledge(DEFAULT_KNOWLEDGE)
    questions = [item.question for item in load_items(QUESTIONS)]
    print(
        f"# Speed — {date.today().isoformat()}, {platform.machine()}, "
        f"Python {platform.python_version()}, {platform.processor() or platform.system()}"
    )
    print()
    print(
        "| knowledge base | phrasings | index build | briefbot median / p95 | "
        "WRatio extractOne median / p95 | briefbot ÷ WRatio (median) |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    rows = [("real", kb, questions, args.rounds)]
    for size in (int(s) for s in args.sizes.split(",") if s):
        rows.append((f"synthetic {size:,}", synthetic(kb, size), questions[: args.questions], 1))
    for name, base, asked, rounds in rows:
        result = measure(base, asked, rounds)
        ratio = result["ours_median_ms"] / max(result["wratio_median_ms"], 1e-9)
        print(
            f"| {name} | {int(result['phrasings']):,} | {result['build_s']:.2f} s | "
            f"{result['ours_median_ms']:.2f} / {result['ours_p95_ms']:.2f} ms | "
            f"{result['wratio_median_ms']:.2f} / {result['wratio_p95_ms']:.2f} ms | "
            f"{ratio:.2f} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["Path", "main", "measure", "synthetic"]
