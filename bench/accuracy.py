"""Briefbot against two tuned baselines on the same questions, as side-by-side Markdown tables.

``python -m bench.accuracy [--kb PATH] [FILE ...]`` (default: tests/eval/questions.yaml).
The baselines' cut-offs are tuned on each file's dev split (on the whole file when it has no
held-out part), so the held-out table is the fair comparison: nothing there was tuned on.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

from bench.baselines import BM25Baseline, Tuned, WRatioBaseline, tune
from bot.evaluation import STYLES, Item, Report, briefbot_system, load_items, run
from bot.knowledge import KnowledgeBase, KnowledgeError, load_knowledge
from bot.settings import PROJECT_ROOT, Settings

DEFAULT_FILE = PROJECT_ROOT / "tests" / "eval" / "questions.yaml"
BRIEFBOT = "briefbot"


def percent(value: float) -> str:
    return "—" if math.isnan(value) else f"{value:.1f}%"


def error_rate(report: Report) -> float:
    return 100.0 - report.accuracy if report.outcomes else float("nan")


def ratio_cell(briefbot: Report, baselines: dict[str, Report]) -> str:
    """Briefbot's error over the best baseline's: below 1 means briefbot errs less."""
    if not baselines or not briefbot.outcomes:
        return "—"
    best_name, best = min(baselines.items(), key=lambda kv: error_rate(kv[1]))
    best_name = best_name.split(" (")[0]
    ours, theirs = error_rate(briefbot), error_rate(best)
    if theirs == 0:
        return "— (best baseline makes no error)"
    return f"{ours / theirs:.2f} (vs {best_name})"


def table(columns: dict[str, Report]) -> str:
    """One Markdown table: a row per measure, a column per system."""
    names = list(columns)
    reports = list(columns.values())
    first = reports[0]
    lines = [
        "| measure | " + " | ".join(names) + " |",
        "|---|" + "---:|" * len(names),
    ]

    def row(label: str, cells: Sequence[str]) -> None:
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    in_scope = sum(1 for o in first.outcomes if o.item.in_scope)
    out_scope = len(first.outcomes) - in_scope
    row(f"in-scope top-1 accuracy (n={in_scope})", [percent(r.in_scope_accuracy) for r in reports])
    row(f"out-of-scope abstention (n={out_scope})", [percent(r.abstention) for r in reports])
    row("false-answer rate", [percent(r.false_answers) for r in reports])
    row("overall error rate", [percent(error_rate(r)) for r in reports])
    for style in STYLES:
        count = sum(1 for o in first.outcomes if o.item.style == style)
        row(
            f"{style} accuracy (n={count})",
            [percent(r.by_style().get(style, float("nan"))) for r in reports],
        )
    baselines = {n: r for n, r in columns.items() if n != BRIEFBOT}
    row(
        "briefbot error / best baseline error",
        [ratio_cell(columns[BRIEFBOT], baselines), *("" for _ in baselines)],
    )
    return "\n".join(lines)


def cutoff_label(tuned: Tuned) -> str:
    return f"{tuned.cutoff:g}" if tuned.cutoff == int(tuned.cutoff) else f"{tuned.cutoff:.3f}"


def compare(kb: KnowledgeBase, settings: Settings, path: Path, items: list[Item]) -> str:
    """The report for one evaluation file: tuning note, cut-offs and one table per part."""
    has_split = any(i.split == "heldout" for i in items)
    tuning_items = [i for i in items if i.split == "dev"] if has_split else items
    where = (
        f"the dev split ({len(tuning_items)} items)"
        if has_split
        else f"the whole file ({len(items)} items; it has no dev/heldout split)"
    )
    if has_split and not tuning_items:
        # A file that is all held out (tests/eval/unseen.yaml): tune where briefbot was tuned.
        tuning_items = [i for i in load_items(DEFAULT_FILE) if i.split == "dev"]
        where = (
            f"the dev split of {DEFAULT_FILE.name} ({len(tuning_items)} items, "
            "where briefbot was tuned)"
        )
    tuned = {
        base.name: tune(base.with_cutoff, tuning_items)
        for base in (WRatioBaseline(kb), BM25Baseline(kb))
    }
    out = [f"# {path}", ""]
    out.append(f"Baseline cut-offs tuned on {where} for the best overall accuracy:")
    for name, result in tuned.items():
        out.append(
            f"- {name}: cut-off {cutoff_label(result)}"
            f" (tuning accuracy {result.report.accuracy:.1f}%)"
        )
    systems = {BRIEFBOT: briefbot_system(kb, settings)}
    systems |= {f"{name} (cut-off {cutoff_label(t)})": t.system for name, t in tuned.items()}
    reports = {name: run(system, items) for name, system in systems.items()}
    parts = ("all", "dev", "heldout") if has_split else ("all",)
    for part in parts:
        if part != "all" and not any(i.split == part for i in items):
            continue
        columns = {
            name: report
            if part == "all"
            else Report(tuple(o for o in report.outcomes if o.item.split == part))
            for name, report in reports.items()
        }
        count = len(next(iter(columns.values())).outcomes)
        out += ["", f"## {path.name}: {part} ({count} items)", "", table(columns)]
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.accuracy", description=__doc__.splitlines()[0]
    )
    parser.add_argument("files", nargs="*", type=Path, help=f"default: {DEFAULT_FILE}")
    parser.add_argument(
        "--kb", type=Path, default=None, help="knowledge (default: as for `briefbot`)"
    )
    args = parser.parse_args(argv)
    settings = Settings.load()
    try:
        kb = load_knowledge(args.kb if args.kb is not None else settings.briefbot_knowledge)
    except KnowledgeError as exc:
        print(f"knowledge not loaded: {exc}", file=sys.stderr)
        return 1
    for number, path in enumerate(args.files or [DEFAULT_FILE]):
        try:
            items = load_items(path)
        except (OSError, yaml.YAMLError) as exc:
            print(f"{path}: cannot read: {exc}", file=sys.stderr)
            return 1
        if not items:
            print(f"{path}: no questions", file=sys.stderr)
            return 1
        if number:
            print()
        print(compare(kb, settings, path, items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
