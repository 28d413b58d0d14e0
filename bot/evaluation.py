"""Measure answers against an evaluation file of real-style questions with their evidence.

An in-scope item is correct iff the bot answers and every ``expect`` string and one string of
each ``any`` group occur in the text the user sees (case-insensitive, dashes and ё
normalised). An out-of-scope item is correct iff the bot does not answer. A ``not_given``
item (the article covers the subject, not the detail asked for) is correct iff the bot does
not answer — and, when it says "not given", only if ``missing`` names the kind of fact the
item ``asks`` for and the reply offers the article's words on the subject (one string of
each ``subject`` group). The same scoring serves the baselines in ``bench/``, so all systems
are judged by one rule.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml

from bot.knowledge.model import KnowledgeBase
from bot.records import record
from bot.settings import Settings

STYLES = ("ru", "en", "layout", "translit", "typo")


@record
class Item:
    question: str
    style: str
    in_scope: bool
    expect: tuple[str, ...]
    any_of: tuple[tuple[str, ...], ...]
    split: str
    why: str
    source: str
    asks: str = ""  # the kind of fact asked for: date, place, duration, money, quantity, …
    not_given: bool = False  # the article covers the subject but not the detail asked for
    gap: str = ""  # for not_given: what kind of gap (date, other_person, person_topic, …)
    subject: tuple[tuple[str, ...], ...] = ()  # for not_given: what an offer must contain


@record
class Outcome:
    item: Item
    answered: bool
    text: str
    entry: str | None
    band: str = ""
    missing: str | None = None

    @property
    def correct(self) -> bool:
        if not self.item.in_scope:
            if self.answered:
                return False
            if self.item.not_given and self.band == "not_given":
                return self.missing == self.item.asks and groups_present(
                    self.item.subject, self.text
                )
            return True
        return self.answered and evidence_present(self.item, self.text)

    @property
    def false_answer(self) -> bool:
        return self.answered and not self.correct


def fold_evidence(text: str) -> str:
    text = text.lower().replace("ё", "е")
    for dash in "‐‑‒–—―−":
        text = text.replace(dash, "-")
    return " ".join(text.split())


def groups_present(groups: tuple[tuple[str, ...], ...], text: str) -> bool:
    folded = fold_evidence(text)
    return all(any(fold_evidence(o) in folded for o in group) for group in groups)


def evidence_present(item: Item, text: str) -> bool:
    folded = fold_evidence(text)
    if not all(fold_evidence(e) in folded for e in item.expect):
        return False
    return groups_present(item.any_of, text)


def load_items(path: Path) -> list[Item]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    items = []
    for raw in data:
        kind = raw.get("kind", "in_scope")
        items.append(
            Item(
                question=str(raw.get("q", "")),
                style=str(raw.get("lang", "ru")),
                in_scope=kind == "in_scope",
                expect=tuple(str(e) for e in raw.get("expect") or ()),
                any_of=_groups(raw.get("any")),
                split=str(raw.get("split", "dev")),
                why=str(raw.get("why", "")),
                source=path.name,
                asks=str(raw.get("asks", "")),
                not_given=kind == "not_given",
                gap=str(raw.get("gap", "")),
                subject=_groups(raw.get("subject")),
            )
        )
    return items


def _groups(raw: object) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(o) for o in group) for group in raw or ())  # type: ignore[attr-defined]


# A system under test: question → (answered, text, entry id[, band, missing]); baselines
# give the first three, briefbot all five.
System = Callable[[str], tuple[Any, ...]]


@record(slots=False)
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
        return self._by(lambda item: item.style)

    def by_asked(self) -> dict[str, float]:
        """Accuracy per kind of fact asked for, in-scope and not-given apart."""
        return self._by(
            lambda item: (
                f"{'given' if item.in_scope else 'not given'}: {item.asks}" if item.asks else ""
            )
        )

    def by_gap(self) -> dict[str, float]:
        return self._by(lambda item: item.gap)

    def _by(self, key: Callable[[Item], str]) -> dict[str, float]:
        groups: dict[str, list[Outcome]] = defaultdict(list)
        for outcome in self.outcomes:
            name = key(outcome.item)
            if name:
                groups[name].append(outcome)
        return {name: self._share(groups[name], lambda o: o.correct) for name in sorted(groups)}

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.correct]


def run(system: System, items: Iterable[Item]) -> Report:
    outcomes = []
    for item in items:
        answered, text, entry, *extra = system(item.question)
        band = extra[0] if extra else ("answer" if answered else "none")
        missing = extra[1] if len(extra) > 1 else None
        outcomes.append(Outcome(item, answered, text, entry, band, missing))
    return Report(tuple(outcomes))


def briefbot_system(kb: KnowledgeBase, settings: Settings | None = None) -> System:
    from bot.answering.session import Session
    from bot.rendering.plain import render_plain

    session = Session.create(kb, settings)

    def ask(question: str) -> tuple[bool, str, str | None, str, str | None]:
        reply = session.ask(question)
        return reply.answered, render_plain(reply), reply.entry, reply.kind.value, reply.missing

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
    if report.by_asked():
        lines.append(
            "  per kind asked: "
            + ", ".join(f"{name} {share:.0f}%" for name, share in report.by_asked().items())
        )
    if report.by_gap():
        lines.append(
            "  not given, per gap: "
            + ", ".join(f"{name} {share:.0f}%" for name, share in report.by_gap().items())
        )
    if failures and report.failures:
        lines.append(f"  failures ({len(report.failures)}):")
        for outcome in report.failures:
            item = outcome.item
            if not item.in_scope:
                verdict = (
                    "answered out of scope"
                    if outcome.answered
                    else f"not_given with missing={outcome.missing}, asked {item.asks}"
                )
            else:
                verdict = "wrong answer" if outcome.answered else f"did not answer ({outcome.band})"
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
        parts = {i.split for i in items}
        if split == "all" and {"dev", "heldout"} <= parts:
            for part in ("dev", "heldout"):
                sub = Report(tuple(o for o in report.outcomes if o.item.split == part))
                print(format_report(f"  {part} part", sub, failures=False))
    return 0
