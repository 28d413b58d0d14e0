"""Why pymorphy3: the same matcher with Snowball stems instead of pymorphy3 lemmas, measured.

``python -m bench.morphology [FILE]`` runs the evaluation three times in one process:
pymorphy3 lemmas (the bot as shipped); Snowball Russian stems in place of the lemmas (the
dictionary still used for repair decisions); and Snowball with no dictionary at all.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import snowballstemmer

from bot.answering.session import Session
from bot.evaluation import Report, System, load_items, run
from bot.knowledge import KnowledgeBase, load_knowledge
from bot.language.morphology import Morphology
from bot.rendering.plain import render_plain
from bot.settings import DEFAULT_KNOWLEDGE, PROJECT_ROOT

DEFAULT_FILE = PROJECT_ROOT / "tests" / "eval" / "questions.yaml"
_STEMMER = snowballstemmer.stemmer("russian")


def system(kb: KnowledgeBase, morphology: Morphology) -> System:
    """The whole bot, with this way of reading words passed in (no global is patched)."""
    session = Session.create(kb, morphology=morphology)

    def ask(question: str) -> tuple[bool, str, str | None]:
        reply = session.ask(question)
        return reply.answered, render_plain(reply), reply.entry

    return ask


def _row(name: str, report: Report) -> str:
    styles = report.by_style()
    return (
        f"| {name} | {report.in_scope_accuracy:.1f}% | {report.abstention:.1f}% | "
        f"{report.false_answers:.1f}% | {100 - report.accuracy:.1f}% | "
        + " | ".join(
            f"{styles.get(s, float('nan')):.1f}%"
            for s in ("ru", "en", "layout", "translit", "typo")
        )
        + " |"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    path = Path(args[0]) if args else DEFAULT_FILE
    items = load_items(path)
    print(f"# Morphology on {path.name} ({len(items)} items)\n")
    print(
        "| lemmas | in-scope | abstention | false answers | error | ru | en | layout | "
        "translit | typo |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    kb = load_knowledge(DEFAULT_KNOWLEDGE)
    variants = [
        ("pymorphy3 (shipped)", Morphology()),
        ("Snowball stems, dictionary kept", Morphology(russian=_STEMMER.stemWord)),
        ("Snowball stems, no dictionary", Morphology(russian=_STEMMER.stemWord, dictionary=False)),
    ]
    for name, morphology in variants:
        print(_row(name, run(system(kb, morphology), items)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
