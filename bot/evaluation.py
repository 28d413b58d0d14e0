"""Measure answers against an evaluation file of real-style questions with their evidence.

An in-scope item is correct iff the bot answers and every ``expect`` string and one string of
each ``any`` group occur in the text the user sees (case-insensitive, dashes and ё
normalised); an out-of-scope item is correct iff the bot does not answer. The same scoring
serves the baselines in ``bench/``, so all systems are judged by one rule.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.knowledge.model import KnowledgeBase
from bot.settings import Settings

STYLES = ("ru", "en", "layout", "translit", "typo")


@dataclass(frozen=True, slots=True)
class Item:
    question: str
    style: str
    in_scope: bool
    expect: tuple[str, ...]
    any_of: tuple[tuple[str, ...], ...]
    split: str
    why: str
    source: str


@dataclass(frozen=True, slots=True)
class Outcome:
    item: Item
    answered: bool
    text: str
    entry: str | None

    @property
    def correct(self) -> bool:
        if not self.item.in_scope:
            return not self.answered
        return self.answered and evidence_present(self.item, self.text)

    @property
    def false_answer(self) -> bool:
        return self.answered and not self.correct


def fold_evidence(text: str) -> str:
    text = text.lower().replace("ё", "е")
    for dash in "‐‑‒–—―−":
        text = text.replace(dash, "-")
    return " ".join(text.split())


def evidence_present(item: Item, text: str) -> bool:
    folded = fold_evidence(text)
    if not all(fold_evidence(e) in folded for e in item.expect):
        return False
    return all(any(fold_evidence(o) in folded for o in group) for group in item.any_of)


def load_items(path: Path) -> list[Item]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    items = []
    for raw in data:
        items.append(
            Item(
                question=str(raw.get("q", "")),
                style=str(raw.get("lang", "ru")),
                in_scope=raw.get("kind", "in_scope") != "out_of_scope",
                expect=tuple(str(e) for e in raw.get("expect") or ()),
                any_of=tuple(tuple(str(o) for o in group) for group in raw.get("any") or ()),
                split=str(raw.get("split", "dev")),
                why=str(raw.get("why", "")),
                source=path.name,
            )
        )
    return items


# A system under test: question → (answered, text, entry id)
System = Callable[[str], tuple[bool, str, str | None]]


@dataclass(frozen=True)
class Report:
    outcomes: tuple[Outcome, ...]

    def _share(self, items: Iterable[Outcome], test: Callable[[Outcome], bool]) -> float:
        items = list(items)
        return 100.0 * sum(1 for o in items if test(o)) / len(items) if items else float("nan")

    @property
    def in_scope_accuracy(self) -> float:
        return self._share((o for o in self.outcomes if o.item.in_scope), lambda o: o.correct)

    @property
    def abstention(self) -> float:
        return self._share((o for o in self.outcomes if not o.item.in_scope), lambda o: o.correct)

    @property
    def false_answers(self) -> float:
        return self._share(self.outcomes, lambda o: o.false_answer)

    @property
    def accuracy(self) -> float:
        return self._share(self.outcomes, lambda o: o.correct)

    def by_style(self) -> dict[str, float]:
        groups: dict[str, list[Outcome]] = defaultdict(list)
        for outcome in self.outcomes:
            groups[outcome.item.style].append(outcome)
        return {style: self._share(groups[style], lambda o: o.correct) for style in sorted(groups)}

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.correct]


def run(system: System, items: Iterable[Item]) -> Report:
    outcomes = []
    for item in items:
        answered, text, entry = system(item.question)
        outcomes.append(Outcome(item, answered, text, entry))
    return Report(tuple(outcomes))


def briefbot_system(kb: KnowledgeBase, settings: Settings | None = None) -> System:
    from bot.answering.session import Session
    from bot.rendering.plain import render_plain

    session = Session.create(kb, settings)

    def ask(question: str) -> tuple[bool, str, str | None]:
        reply = session.ask(question)
        return reply.answered, render_plain(reply), reply.entry

    return ask


def format_report(name: str, report: Report, *, failures: bool = True) -> str:
    lines = [
        f"{name}: {len(report.outcomes)} items",
        f"  in-scope top-1 accuracy : {report.in_scope_accuracy:5.1f}%",
        f"  out-of-scope abstention : {report.abstention:5.1f}%",
        f"  false-answer rate       : {report.false_answers:5.1f}%",
        f"  overall accuracy        : {report.accuracy:5.1f}%",
        "  per style: "
        + ", ".join(f"{style} {share:.1f}%" for style, share in report.by_style().items()),
    ]
    if failures and report.failures:
        lines.append(f"  failures ({len(report.failures)}):")
        for outcome in report.failures:
            item = outcome.item
            verdict = (
                "answered out of scope"
                if not item.in_scope
                else ("wrong answer" if outcome.answered else "did not answer")
            )
            first_line = outcome.text.replace("\n", " ")[:110]
            lines.append(
                f"  - [{item.style}/{item.split}] {item.question!r}: {verdict}"
                f" (entry {outcome.entry}); expected {list(item.expect)} {list(item.any_of)}"
                f"\n      got: {first_line}"
            )
    return "\n".join(lines)


def evaluate_files(
    kb: KnowledgeBase, settings: Settings, files: list[Path], *, split: str, quiet: bool
) -> int:
    system = briefbot_system(kb, settings)
    for path in files:
        try:
            items = load_items(path)
        except (OSError, yaml.YAMLError) as exc:
            print(f"{path}: cannot read: {exc}", file=sys.stderr)
            return 1
        chosen = [i for i in items if split == "all" or i.split == split]
        report = run(system, chosen)
        print(format_report(f"{path} ({split})", report, failures=not quiet))
        if split == "all" and any(i.split == "heldout" for i in items):
            for part in ("dev", "heldout"):
                sub = Report(tuple(o for o in report.outcomes if o.item.split == part))
                print(format_report(f"  {part} part", sub, failures=False))
    return 0
