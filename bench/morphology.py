"""Why pymorphy3: the same matcher with Snowball stems instead of pymorphy3 lemmas, measured.

``python -m bench.morphology [FILE]`` runs the evaluation three times in one process:
pymorphy3 lemmas (the bot as shipped); Snowball Russian stems in place of the lemmas (the
dictionary still used for repair decisions); and Snowball with no dictionary at all.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import snowballstemmer

import bot.matching.matcher as matcher_module
import bot.matching.morphology as morphology
from bot.evaluation import Report, briefbot_system, load_items, run
from bot.knowledge import load_knowledge
from bot.settings import DEFAULT_KNOWLEDGE, PROJECT_ROOT

DEFAULT_FILE = PROJECT_ROOT / "tests" / "eval" / "questions.yaml"
_STEMMER = snowballstemmer.stemmer("russian")


def _clear() -> None:
    morphology.lemma.cache_clear()
    morphology.is_known_russian.cache_clear()


@contextmanager
def snowball(*, dictionary: bool) -> Iterator[None]:
    original_lemma = morphology._russian_lemma
    original_known = matcher_module.is_known_russian
    morphology._russian_lemma = _STEMMER.stemWord
    if not dictionary:
        matcher_module.is_known_russian = lambda token: False
    _clear()
    try:
        yield
    finally:
        morphology._russian_lemma = original_lemma
        matcher_module.is_known_russian = original_known
        _clear()


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
    _clear()
    print(
        _row("pymorphy3 (shipped)", run(briefbot_system(load_knowledge(DEFAULT_KNOWLEDGE)), items))
    )
    with snowball(dictionary=True):
        kb = load_knowledge(DEFAULT_KNOWLEDGE)
        print(_row("Snowball stems, dictionary kept", run(briefbot_system(kb), items)))
    with snowball(dictionary=False):
        kb = load_knowledge(DEFAULT_KNOWLEDGE)
        print(_row("Snowball stems, no dictionary", run(briefbot_system(kb), items)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
