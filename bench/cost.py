"""What one question costs: milliseconds and counted work, against an older checkout.

``python -m bench.cost [--baseline PATH] [--rounds 3] [--hostile 70]``

Issue 14 asks that no input cost more than 5 times the median question. Tests assert that in
counted work (``bot/matching/work.py``: fuzzy look-ups + candidates scored, never time); this
benchmark reports the same counts and the time, on the evaluation questions
(tests/eval/*.yaml) and on generated hostile messages (hyphen chains of Latin gibberish,
keyboard garbage, mixed scripts, Cyrillic gibberish, near-names of the experts, repeated
words, typos in every word, requests for figures/experts/quotes full of typos, 512+
characters).

With ``--baseline`` (a checkout of older code, e.g. ``git worktree add --detach /tmp/old
main``) the same measurement runs on both, each in its own process, on the same questions
and messages. Older code has no counter: its look-ups are counted by wrapping rapidfuzz's
``process.extractOne`` in ``bot.matching.query`` and its candidates by the list
``Matcher.score`` ranks.

Times are CPU time of the measuring process (``time.process_time``), so that other work on
a shared machine slows the numbers less; "cold" clears the matcher's memos before each
question (the worst case), "warm" answers as a running bot does. Per-question times are the
median of ``--rounds`` runs of each question.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

LATIN = "abcdefghijklmnopqrstuvwxyz"
CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
NEAR_NAMES = ["Гусеинов", "Гусейнофф", "Ишмухамедоф", "Тусупбеком", "Huseinov", "Ishmukhamedof"]
CUES = ["цифры", "статистика", "эксперты", "политологов", "цитата", "цитаты"]


def eval_questions(root: Path) -> list[str]:
    import yaml

    questions: list[str] = []
    for path in sorted((root / "tests" / "eval").glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            questions.append(str(item["q"]))
    return questions


def hostile_messages(vocabulary: list[str], count: int, seed: int = 14) -> list[tuple[str, str]]:
    """(kind, message) pairs, the same for every run with the same seed and vocabulary."""
    rng = random.Random(seed)

    def word(alphabet: str, low: int, high: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))

    def typo(text: str) -> str:
        at = rng.randrange(len(text))
        return text[:at] + rng.choice(CYRILLIC) + text[at + 1 :]

    words = sorted(w for w in vocabulary if len(w) >= 6)
    makers = {
        "hyphen chain (Latin)": lambda: "-".join(word(LATIN, 3, 8) for _ in range(90))[:512],
        "hyphen chain, 2 KB": lambda: "-".join(word(LATIN, 3, 8) for _ in range(350)),
        "keyboard garbage": lambda: " ".join(word(KEYS, 4, 12) for _ in range(60))[:520],
        "mixed scripts": lambda: " ".join(
            word(LATIN, 2, 5) + word(CYRILLIC, 2, 5) for _ in range(60)
        )[:520],
        "Cyrillic gibberish": lambda: " ".join(word(CYRILLIC, 7, 14) for _ in range(45))[:520],
        "near-names": lambda: " ".join(rng.choice(NEAR_NAMES) for _ in range(50)),
        "repeated word": lambda: " ".join([typo(rng.choice(words))] * 120),
        "typo in every word": lambda: " ".join(typo(rng.choice(words)) for _ in range(45)),
        "requests full of typos": lambda: " ".join(
            rng.sample(CUES, 3)
            + [rng.choice(words) for _ in range(8)]
            + [typo(rng.choice(words)) for _ in range(14)]
        ),
        "known words, 40+": lambda: " ".join(rng.sample(words, 60)),
    }
    kinds = list(makers)
    return [(kinds[n % len(kinds)], makers[kinds[n % len(kinds)]]()) for n in range(count)]


# --------------------------------------------------------------------- the measuring process
def _worker(root: Path, job: Path) -> dict[str, Any]:
    """Measure the code under ``root`` (run in a process of its own, ``root`` first on the path)."""
    sys.path.insert(0, str(root))
    os.chdir(root)
    from bot.answering.session import Session
    from bot.knowledge import load_knowledge
    from bot.settings import DEFAULT_KNOWLEDGE

    spec = json.loads(job.read_text(encoding="utf-8"))
    session = Session.create(load_knowledge(DEFAULT_KNOWLEDGE))
    count, clear = _counter(session)

    def cold_clear() -> None:
        if clear is not None:
            clear()

    questions: list[str] = spec["questions"]
    for question in questions:  # warm the morphology caches, as a running bot has them
        session.ask(question)

    def timed(text: str, cold: bool) -> float:
        if cold:
            cold_clear()
        start = time.process_time()
        session.ask(text)
        return (time.process_time() - start) * 1000

    rounds = spec["rounds"]
    warm = [statistics.median(timed(q, False) for _ in range(rounds)) for q in questions]
    cold = [statistics.median(timed(q, True) for _ in range(rounds)) for q in questions]
    work = []
    for question in questions:
        cold_clear()
        work.append(count(lambda q=question: session.ask(q)))
    hostile = []
    for kind, message in spec["hostile"]:
        cold_clear()
        total, lookups, _ = count(lambda m=message: session.ask(m))
        ms = statistics.median(timed(message, True) for _ in range(rounds))
        hostile.append({"kind": kind, "ms": ms, "work": total, "lookups": lookups})
    return {
        "has_memos": clear is not None,
        "warm_ms": warm,
        "cold_ms": cold,
        "work": [w[0] for w in work],
        "lookups": [w[1] for w in work],
        "scored": [w[2] for w in work],
        "hostile": hostile,
    }


def _counter(session: Any) -> tuple[Any, Any]:
    """How to count the work of one question, and how to clear the memos (None: none)."""
    try:
        from bot.matching.work import counting
    except ImportError:
        return _wrapped_counter(), None

    def count(ask: Any) -> tuple[int, int, int]:
        with counting() as work:
            ask()
        return work.total, work.lookups, work.scored

    return count, getattr(session.matcher.analyser, "clear_caches", None)


def _wrapped_counter() -> Any:
    """Counting for code older than the counter: wrap the calls that do the work."""
    import heapq

    import bot.matching.matcher as matcher_module
    import bot.matching.query as query_module

    tally = {"lookups": 0, "scored": 0}
    real_process = query_module.process
    real_heapq = matcher_module.heapq

    class CountingProcess:
        def __getattr__(self, name: str) -> Any:
            return getattr(real_process, name)

        @staticmethod
        def extractOne(*args: Any, **kwargs: Any) -> Any:
            tally["lookups"] += 1
            return real_process.extractOne(*args, **kwargs)

    class CountingHeapq:
        def __getattr__(self, name: str) -> Any:
            return getattr(real_heapq, name)

        @staticmethod
        def nlargest(n: int, iterable: Any, *args: Any, **kwargs: Any) -> Any:
            items = list(iterable)
            tally["scored"] += len(items)  # Matcher.score ranks every entry it scored
            return heapq.nlargest(n, items, *args, **kwargs)

    query_module.process = CountingProcess()
    matcher_module.heapq = CountingHeapq()

    def count(ask: Any) -> tuple[int, int, int]:
        tally["lookups"] = tally["scored"] = 0
        ask()
        return tally["lookups"] + tally["scored"], tally["lookups"], tally["scored"]

    return count


# --------------------------------------------------------------------- the report
def _run(root: Path, job: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", str(root), str(job)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout)


def _p(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _summary(name: str, result: dict[str, Any]) -> list[str]:
    warm, cold, work = result["warm_ms"], result["cold_ms"], result["work"]
    median_ms = statistics.median(warm)
    median_work = statistics.median(work)
    worst = max(result["hostile"], key=lambda h: h["ms"])
    costliest = max(result["hostile"], key=lambda h: h["work"])
    cold_cell = (
        f"{statistics.median(cold):.2f} / {_p(cold, 0.99):.2f}" if result["has_memos"] else "—"
    )
    return [
        f"| {name} | {median_ms:.2f} / {_p(warm, 0.99):.2f} | {cold_cell} | "
        f"{median_work:g} / {max(work)} | {statistics.median(result['lookups']):g} | "
        f"{costliest['work']} ({costliest['work'] / median_work:.1f}×, {costliest['kind']}) | "
        f"{worst['ms']:.1f} ms ({worst['ms'] / median_ms:.1f}×, {worst['kind']}) |"
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.cost", description=__doc__)
    parser.add_argument("--baseline", type=Path, help="a checkout of older code to compare")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--hostile", type=int, default=70, help="hostile messages to try")
    parser.add_argument("--worker", nargs=2, metavar=("ROOT", "JOB"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(_worker(Path(args.worker[0]), Path(args.worker[1]))))
        return 0

    sys.path.insert(0, str(ROOT))
    from bot.knowledge import load_knowledge
    from bot.knowledge.entries import Catalogue
    from bot.matching.index import Index
    from bot.settings import DEFAULT_KNOWLEDGE

    vocabulary = list(Index.build(Catalogue(load_knowledge(DEFAULT_KNOWLEDGE))).surface)
    questions = eval_questions(ROOT)
    hostile = hostile_messages(vocabulary, args.hostile)
    with tempfile.TemporaryDirectory() as folder:
        job = Path(folder) / "job.json"
        spec = {"questions": questions, "hostile": hostile, "rounds": args.rounds}
        job.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
        runs = [("this checkout", _run(ROOT, job))]
        if args.baseline:
            runs.insert(0, (f"baseline `{args.baseline}`", _run(args.baseline.resolve(), job)))

    print(
        f"### Cost per question — {date.today().isoformat()}, {platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print()
    print(
        f"{len(questions)} evaluation questions (tests/eval/*.yaml), {len(hostile)} hostile "
        f"messages of {len({k for k, _ in hostile})} kinds; CPU ms, median of {args.rounds} "
        "runs each; counted work = fuzzy look-ups + candidates scored, memos cold."
    )
    print()
    print(
        "| code | eval ms p50 / p99 (warm) | eval ms p50 / p99 (cold) | counted median / max | "
        "look-ups median | costliest hostile (counted, × median) | slowest hostile (× median "
        "ms) |"
    )
    print("|---|---:|---:|---:|---:|---|---|")
    for name, result in runs:
        for line in _summary(name, result):
            print(line)
    print()
    print("Hostile messages by kind (this checkout; worst of each kind):")
    print()
    print(
        "| kind | counted | look-ups | CPU ms |"
        + (" baseline counted | baseline ms |" if args.baseline else "")
    )
    print("|---|---:|---:|---:|" + ("---:|---:|" if args.baseline else ""))
    current = runs[-1][1]["hostile"]
    base = runs[0][1]["hostile"] if args.baseline else None
    for kind in dict.fromkeys(k for k, _ in hostile):
        mine = [h for h in current if h["kind"] == kind]
        row = (
            f"| {kind} | {max(h['work'] for h in mine)} | {max(h['lookups'] for h in mine)} | "
            f"{max(h['ms'] for h in mine):.1f} |"
        )
        if base is not None:
            theirs = [h for h in base if h["kind"] == kind]
            row += f" {max(h['work'] for h in theirs)} | {max(h['ms'] for h in theirs):.1f} |"
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
