"""What answering keeps in memory over a long run: RSS and the memos' sizes, in one process.

``python -m bench.memory [--unseen 20000] [--chats 200]``

``bench.endtoend --varied`` asks the 366 eval questions again and again, so every memo stops
growing after the first round; a bot that runs for weeks reads words nobody asked before —
typos, names, gibberish — and a memo sized by what it *may* hold grows with them. This
drives the Telegram transport's session (its ``remember``) in this process, without
Telegram: first every eval question once, then ``--unseen`` questions of misspelt eval words
(a letter inserted or two swapped, seeded, so each run asks the same), and reports VmRSS and
how many entries each memo holds after each step. Nothing here is asserted in tests.
"""

from __future__ import annotations

import argparse
import functools
import gc
import random
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from bench.results import machine, publish

EVAL = Path(__file__).resolve().parents[1] / "tests" / "eval"
LETTERS = "абвгдежзийклмнопрстуфхцчшщыьэюя"


def vm_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def eval_questions() -> list[str]:
    import yaml

    asked: list[str] = []
    for path in sorted(EVAL.glob("*.yaml")):
        items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        asked += [item["q"] for item in items if isinstance(item, dict) and "q" in item]
    return asked


def misspelt(words: Sequence[str], count: int, seed: int = 15) -> Iterator[str]:
    """``count`` questions of four eval words each, every word misspelt at random."""
    rng = random.Random(seed)
    for _ in range(count):
        chosen = []
        for word in rng.sample(words, 4):
            at = rng.randrange(len(word))
            if rng.random() < 0.5 or len(word) < 3:
                word = word[:at] + rng.choice(LETTERS) + word[at:]
            else:
                at = min(at, len(word) - 2)
                word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
            chosen.append(word)
        yield " ".join(chosen) + "?"


def memo_sizes(session: object) -> dict[str, int]:
    """Entries held by every memo answering fills: the morphology's ``lru_cache``s, the
    matcher's repairs and the session's replies."""
    from bot.language import morphology
    from bot.matching.work import Memo

    sizes = {}
    for name in ("parse", "informativeness", "is_proper_name", "is_future_verb"):
        sizes[name] = getattr(morphology, name).cache_info().currsize
    sizes["lemma"] = morphology.lemma.cache_info().currsize
    sizes["is_known_russian"] = morphology.is_known_russian.cache_info().currsize
    others = 0
    for thing in gc.get_objects():
        if isinstance(thing, Memo):
            others += len(thing)
        elif isinstance(thing, functools._lru_cache_wrapper) and thing.__module__ not in (
            "bot.language.morphology",
        ):
            others += thing.cache_info().currsize
    sizes["other memos"] = others
    sizes["session replies"] = len(session._memo)  # type: ignore[attr-defined]
    return sizes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--unseen", type=int, default=20_000)
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument("--no-write", action="store_true", help="leave bench/RESULTS.md alone")
    args = parser.parse_args(argv)

    from bot.answering.session import Session
    from bot.curation.startup import prepare
    from bot.language.text import tokens
    from bot.settings import Settings
    from bot.transport.telegram_bot import REMEMBERED

    settings = Settings()
    prepared = prepare(settings.briefbot_knowledge, settings, False)[0]
    session = Session.create(prepared.kb, settings, matcher=prepared.matcher, remember=REMEMBERED)
    asked = eval_questions()
    words = sorted({w for q in asked for w in tokens(q) if len(w) > 2 and not w[0].isdigit()})
    rows = [("loaded", 0, vm_rss_mb(), memo_sizes(session), 0.0)]

    def ask_all(questions: Iterator[str] | Sequence[str], label: str) -> None:
        started, count = time.perf_counter(), 0
        for number, question in enumerate(questions):
            session.ask(question, chat=number % args.chats)
            count += 1
        per = (time.perf_counter() - started) / max(count, 1) * 1000
        gc.collect()
        rows.append((label, count, vm_rss_mb(), memo_sizes(session), per))

    ask_all(asked, "eval questions")
    unseen = list(misspelt(words, args.unseen))
    step = max(1, args.unseen // 4)
    for start in range(0, args.unseen, step):
        questions = unseen[start : start + step]
        ask_all(questions, f"unseen {start + 1}-{start + len(questions)}")

    names = list(rows[0][3])
    lines = [
        machine(),
        "",
        f"`python -m bench.memory --unseen {args.unseen} --chats {args.chats}`: the Telegram "
        f"transport's session (remembering {REMEMBERED} replies) in one process, the "
        f"{len(asked)} eval questions once, then {args.unseen} questions of misspelt eval "
        "words; VmRSS and the entries each memo holds after each step.",
        "",
        "| after | questions | ms/question | VmRSS | " + " | ".join(names) + " |",
        "|---|---:|---:|---:|" + "---:|" * len(names),
    ]
    for label, count, rss, sizes, per in rows:
        lines.append(
            f"| {label} | {count} | {per:.2f} | {rss:.1f} MB | "
            + " | ".join(f"{sizes[n]:,}" for n in names)
            + " |"
        )
    publish("Memory over a long run", "\n".join(lines), write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
