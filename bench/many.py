"""Many briefings in one bot: does the seed still answer as well, and do hundreds load?

``python -m bench.many [--count 10] [--load 300]``

1. Accuracy: every eval set on the seed's questions, the seed alone and then beside
   ``--count`` briefings generated from it (``bench.briefings``) and the ferry fixture, the
   seed being the default briefing (BRIEFBOT_DEFAULT_BRIEFING). Beside others an answer
   counts only when it comes from the seed: a generated briefing shares the seed's entry ids,
   and its entry would otherwise pass for the right one. Each item whose outcome changed is
   listed.
2. Scale: ``--load`` generated briefings written, loaded (with the faithfulness proof),
   indexed, and asked a few questions; times are printed, never asserted anywhere.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.briefings import SEED_ID, generate, with_seed
from bot.answering.session import Session
from bot.evaluation import Report, load_items, run
from bot.knowledge import KnowledgeBase, load_knowledge
from bot.rendering.plain import render_plain
from bot.settings import PROJECT_ROOT, Settings

EVAL = PROJECT_ROOT / "tests" / "eval"
SETS = ("questions", "unseen", "blind", "blind-heldout", "blind-c", "keywords")
FERRY = PROJECT_ROOT / "tests" / "fixtures" / "second-briefing"


def _system(kb: KnowledgeBase, default: str = SEED_ID):  # type: ignore[no-untyped-def]
    session = Session.create(kb, Settings(briefbot_default_briefing=default))

    def ask(question: str) -> tuple[bool, str, str | None, str, str | None]:
        reply = session.ask(question)
        entry = reply.entry if reply.briefing_id in (SEED_ID, None) else f"{reply.briefing_id}!"
        return reply.answered, render_plain(reply), entry, reply.kind.value, reply.missing

    return ask


def _line(name: str, report: Report) -> str:
    return (
        f"{name:14} {len(report.outcomes):4} items  in-scope {report.in_scope_accuracy:5.1f}%  "
        f"abstention {report.abstention:5.1f}%  false {report.false_answers:5.1f}%"
    )


def accuracy(count: int, default: str = SEED_ID, extra: Path | None = None) -> None:
    """``extra``: a folder of other briefings to load beside the seed too (e.g. drafts made
    by ``briefbot extract`` from tests/fixtures/extraction/*/article.txt: other events)."""
    alone = _system(load_knowledge(PROJECT_ROOT / "knowledge"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if count:
            generate(folder, count)
        with_seed(folder)
        shutil.copytree(FERRY, folder / "second-briefing")
        if extra is not None:
            for file in extra.iterdir():
                if file.suffix in (".yaml", ".txt"):
                    shutil.copy(file, folder / file.name)
        kb = load_knowledge(folder)
        print(f"seed beside {len(kb.briefings) - 1} other briefing(s), default {default}")
        beside = _system(kb, default)
        for name in SETS:
            items = load_items(EVAL / f"{name}.yaml")
            first, second = run(alone, items), run(beside, items)
            print(_line(f"{name} alone", first))
            print(_line(f"{name} beside", second))
            for a, b in zip(first.outcomes, second.outcomes, strict=True):
                if (a.correct, a.entry) != (b.correct, b.entry):
                    print(
                        f"    changed: {a.item.question!r}: {a.entry} ({a.band}, "
                        f"{'ok' if a.correct else 'wrong'}) -> {b.entry} ({b.band}, "
                        f"{'ok' if b.correct else 'wrong'})"
                    )


def scale(count: int) -> None:
    questions = (
        "сколько соглашений подписали?",
        "что сказал Гусейнов про энергетику",
        "what did Huseynov say about energy",
        "товарооборот между странами",
        "сколько стоит паром?",
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        made = generate(folder, count)
        with_seed(folder)
        written = time.perf_counter() - started
        started = time.perf_counter()
        kb = load_knowledge(folder)
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        session = Session.create(kb, Settings(briefbot_default_briefing=SEED_ID))
        indexed = time.perf_counter() - started
        last = made[-1]
        named = f"что сказал {next(iter(last.surnames.values()))} про энергетику"
        asked = (*questions, named, "/briefings")
        replies, took = [], []
        for question in asked:
            started = time.perf_counter()
            replies.append(session.ask(question, chat=1))
            took.append(time.perf_counter() - started)
        print(
            f"{len(kb.briefings)} briefings: written {written:.1f} s, loaded and proven "
            f"{loaded:.1f} s, indexed {indexed:.1f} s, {len(asked)} questions: median "
            f"{statistics.median(took) * 1000:.0f} ms, max {max(took) * 1000:.0f} ms"
        )
        for question, reply in zip(asked, replies, strict=True):
            print(f"  {question!r}: {reply.kind.value} from {reply.briefing_id} ({reply.entry})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.many", description=__doc__)
    parser.add_argument("--count", type=int, default=10, help="briefings beside the seed")
    parser.add_argument("--load", type=int, default=300, help="briefings to load and ask")
    parser.add_argument("--skip-accuracy", action="store_true")
    parser.add_argument(
        "--beside", type=Path, help="a folder of further briefings (drafts served) beside the seed"
    )
    parser.add_argument(
        "--default", default=SEED_ID, help="the default briefing beside the seed (its id)"
    )
    args = parser.parse_args(argv)
    if not args.skip_accuracy:
        accuracy(args.count, args.default, args.beside)
    if args.load:
        scale(args.load)
    return 0


if __name__ == "__main__":
    sys.exit(main())
