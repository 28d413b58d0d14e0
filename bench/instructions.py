"""Per-question cost and start-up in instructions, counted by callgrind.

``python -m bench.instructions``: runs this file three times under
``valgrind --tool=callgrind`` (passes 0, 1 and 2) and prints the counts. One run by hand:
``valgrind --tool=callgrind --callgrind-out-file=/dev/null python -m bench.instructions
--passes 2`` (the total is the "Collected" line on stderr).

Why instructions and not milliseconds: the host is a shared 2-core machine where helpers and
test suites run at once, and wall-clock times of two trees measured an hour apart (or even
interleaved) differ by more than the change being measured. The instructions a process
executes do not depend on the load beside it, so two trees can be compared run by run.

What one run does: start Python, load, prove and index the knowledge as ``briefbot`` does at
start-up without its cache (``prepare``, then ``gc.freeze`` as ``kept_for_good``), answer 20
questions to warm up, then ask ``Matcher.match`` the fixed list ``--passes`` times. The fixed
list is every other question of questions, blind-l, ru5, english4 and plain. What is
subtracted: pass 0 (start-up, index and warm-up) from pass 1 gives the cold pass (per-word
memos being filled); pass 1 from pass 2 gives the warm pass (memos filled). Each is divided by
the number of questions. The hash seed is fixed so that set and dict orders, and with them the
counts, repeat from run to run; bytecode is written once before (``child_env``). Start-up
includes the 20 warm-up questions.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

SETS = ("questions", "blind-l", "ru5", "english4", "plain")
WARM_UP = 20
COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def fixed_questions(root: Path) -> list[str]:
    """Every other question of the fixed sets, in order (the same list on every tree given the
    same eval files)."""
    from bot.evaluation import load_items

    questions: list[str] = []
    for name in SETS:
        questions += [item.question for item in load_items(root / f"{name}.yaml")[::2]]
    return questions


def run_passes(passes: int, eval_dir: Path) -> int:
    """Build the matcher as at start-up, warm up, and match the fixed list ``passes`` times."""
    from bot.curation.startup import prepare
    from bot.settings import Settings

    settings = Settings()
    prepared, _ = prepare(settings.briefbot_knowledge, settings, settings.briefbot_allow_drafts)
    gc.freeze()
    matcher = prepared.matcher
    questions = fixed_questions(eval_dir)
    for question in questions[:WARM_UP]:
        matcher.match(question)
    for _ in range(passes):
        for question in questions:
            matcher.match(question)
    return len(questions)


def child_env() -> dict[str, str]:
    """The runs' environment: a fixed hash seed, and bytecode written and used. With
    ``PYTHONDONTWRITEBYTECODE`` set (as on this host) every run would compile ~150 modules
    (~1 G instructions) and measure the compiler, and a run that started while another wrote
    the bytecode would count differently from its neighbours."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONHASHSEED": "0"}


def counted(passes: int, eval_dir: Path) -> int:
    """Instructions of one run of ``passes`` passes under callgrind."""
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        "-m",
        "bench.instructions",
        "--passes",
        str(passes),
        "--eval-dir",
        str(eval_dir),
    ]
    done = subprocess.run(command, capture_output=True, text=True, env=child_env(), check=True)
    return int(COLLECTED.findall(done.stderr)[-1])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--passes", type=int, help="one run of this many passes, no valgrind")
    parser.add_argument(
        "--eval-dir", type=Path, default=Path("tests/eval"), help="where the fixed sets are"
    )
    parser.add_argument("--jobs", type=int, default=3, help="runs under valgrind at once")
    args = parser.parse_args(argv)
    if args.passes is not None:
        print(run_passes(args.passes, args.eval_dir))
        return 0
    # unmeasured, before any measured run starts: writes the bytecode, checks the sets load
    unmeasured = [sys.executable, "-m", "bench.instructions", "--passes", "0"]
    unmeasured += ["--eval-dir", str(args.eval_dir)]
    done = subprocess.run(unmeasured, capture_output=True, text=True, env=child_env(), check=True)
    size = int(done.stdout.split()[-1])
    with ThreadPoolExecutor(args.jobs) as pool:  # each run's count is its own, load or not
        zero, one, two = pool.map(lambda n: counted(n, args.eval_dir), range(3))
    print(f"{size} questions")
    print(f"start-up, index and warm-up: {zero / 1e9:.2f} G")
    print(f"cold: {(one - zero) / size / 1e6:.2f} M a question")
    print(f"warm: {(two - one) / size / 1e6:.2f} M a question")
    return 0


if __name__ == "__main__":
    sys.exit(main())
