"""How `briefbot extract` grows with the article: one paragraph of N generated sentences.

``python -m bench.extraction_scale [--sentences 1000,2000,4000,8000]``

Each sentence names a speaker, a figure and a quotation, all in one paragraph — the shape
that once made extraction quadratic (a 2 MB paragraph took 584 s). Each size runs in its own
process (as a user runs it) and reports wall time, peak RSS and the ratio to the size before:
about 2× per doubling is linear.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bot.settings import PROJECT_ROOT

NAMES = ("Иван Петров", "Анна Смирнова", "Олег Ким", "Мария Орлова")
SUBJECTS = ("экспорт", "импорт", "транзит", "грузооборот", "инвестиции", "добыча")


def article(sentences: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    parts = []
    for i in range(sentences):
        name, subject = rng.choice(NAMES), rng.choice(SUBJECTS)
        surname = name.split()[1]
        parts.append(
            f"Эксперт {name} заявил, что {subject} вырос на {i + 3} процентов за {i % 12 + 1} "
            f"месяцев. «Мы видим рост, {subject} номер {i} уже в этом году», — сказал {surname}."
        )
    return "Заголовок\n\n" + " ".join(parts) + "\n"


def run(sentences: int, folder: Path) -> tuple[int, float, float]:
    source = folder / f"article-{sentences}.txt"
    source.write_text(article(sentences), encoding="utf-8")
    output = folder / f"draft-{sentences}" / "draft.yaml"
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "bot.cli", "extract", str(source), "-o", str(output), "--force"],
        cwd=PROJECT_ROOT,
        check=True,
        capture_output=True,
    )
    seconds = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return source.stat().st_size, seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", default="1000,2000,4000,8000")
    args = parser.parse_args()
    print("| sentences | article | seconds | × previous | peak RSS (children, so far) |")
    print("|---|---|---|---|---|")
    previous = None
    with tempfile.TemporaryDirectory() as tmp:
        for count in (int(n) for n in args.sentences.split(",")):
            size, seconds, peak = run(count, Path(tmp))
            ratio = f"{seconds / previous:.2f}×" if previous else "—"
            print(f"| {count} | {size / 1e6:.2f} MB | {seconds:.1f} | {ratio} | {peak:.0f} MB |")
            previous = seconds


if __name__ == "__main__":
    main()
