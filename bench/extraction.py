"""`briefbot extract` against a nearest-name baseline, on every article with a reference.

``python -m bench.extraction`` scores, side by side on the same articles and references:

- **briefbot**: the shipped extractor (``bot.extraction``).
- **nearest name**: the obvious approach — every «…» of five words or more, and every
  sentence with "по словам", "по мнению" or ", что" after a verb of saying, attributed to the
  person named last before it (or named in the attribution right after a quote); figures are
  digits with the next word. It uses briefbot's own name finder, so names are in the
  nominative and the comparison isolates attribution, not name grammar.

It also times extraction per article (median of five runs, each with an empty word-analysis
cache; the pymorphy3 dictionary itself is loaded once): a curator waits for it.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bot.extraction.draft import extract
from bot.extraction.frames import is_statement_quote
from bot.extraction.mentions import Person
from bot.extraction.people import find_people
from bot.extraction.scoring import (
    Extracted,
    Reference,
    RefFigure,
    RefStatement,
    reference_from_briefing,
    reference_from_expected,
    score,
)
from bot.extraction.structure import Shape, quoted_ranges, read_paragraphs, split_sentences
from bot.knowledge import load_knowledge
from bot.language.morphology import parse
from bot.settings import PROJECT_ROOT

FIXTURES = PROJECT_ROOT / "tests" / "fixtures" / "extraction"
SEED = PROJECT_ROOT / "seeds" / "aliyev-state-visit-kazakhstan.ru.txt"
_REPORTED = re.compile(r"[Пп]о (?:его |её |ее )?(?:словам|мнению)|\w+л[аи]?,? что ")
_FIGURE = re.compile(r"\d+(?:[,.]\d+)?(?:\s*[–-]\s*\d+(?:[,.]\d+)?)?\s*%?(?:\s+[а-яё]+)?")


def cases() -> list[tuple[str, Path, Reference]]:
    found = [
        (
            "seed vs curated",
            SEED,
            reference_from_briefing(load_knowledge(PROJECT_ROOT / "knowledge").briefings[0]),
        )
    ]
    for folder in sorted(FIXTURES.iterdir()):
        if (folder / "expected.yaml").is_file():
            found.append(
                (
                    folder.name,
                    folder / "article.txt",
                    reference_from_expected(folder / "expected.yaml"),
                )
            )
    return found


def nearest_name(article: Path) -> Extracted:
    paragraphs = read_paragraphs(article.read_text(encoding="utf-8"))
    people = find_people([p.text for p in paragraphs])

    def last_named(paragraph: int, offset: int) -> Person | None:
        best: tuple[tuple[int, int], Person] | None = None
        for person in people:
            for m in person.mentions:
                if (m.paragraph, m.start) <= (paragraph, offset) and (
                    best is None or (m.paragraph, m.start) > best[0]
                ):
                    best = ((m.paragraph, m.start), person)
        return best[1] if best else None

    statements: list[RefStatement] = []
    figures: list[RefFigure] = []
    speakers: set[str] = set()
    for paragraph in paragraphs:
        if paragraph.shape in {Shape.HEADING, Shape.TABLE}:
            continue
        for sentence in split_sentences(paragraph):
            quotes = [
                (s, e)
                for s, e in quoted_ranges(sentence.text)
                if is_statement_quote(sentence.text[s:e])
            ]
            # The name right after a quote's dash, else the last name before the sentence end.
            who = last_named(paragraph.number, sentence.end)
            name = who.name if who else None
            for s, e in quotes:
                statements.append(RefStatement(name, "direct", sentence.text[s:e]))
            if not quotes and _REPORTED.search(sentence.text):
                statements.append(RefStatement(name, "reported", sentence.text))
            if name:
                speakers.add(name)
            for match in _FIGURE.finditer(sentence.text):
                figures.append(RefFigure(match.group(0).strip(), name))
    experts = {p.name: p.role for p in people if p.name in speakers}
    return Extracted(statements, figures, experts)


def _median_seconds(article: Path, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        parse.cache_clear()  # each run starts with no word analysed (the analyser is loaded)
        start = time.perf_counter()
        extract(article)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: Sequence[str] | None = None) -> int:
    del argv
    rows = []
    for name, article, reference in cases():
        ours = score(extract(article).briefing, reference)
        theirs = score(nearest_name(article), reference)
        rows.append((name, ours, theirs, _median_seconds(article), len(article.read_text())))
    print(
        "| article | quote recall (briefbot / nearest name) | attribution precision | "
        "figure recall | experts | extraction time |"
    )
    print("|---|---|---|---|---|---|")
    for name, ours, theirs, seconds, size in rows:
        print(
            f"| {name} | {100 * ours.quote_recall:.0f}% / {100 * theirs.quote_recall:.0f}% | "
            f"{100 * ours.attribution_precision:.0f}% / "
            f"{100 * theirs.attribution_precision:.0f}% | "
            f"{100 * ours.figure_recall:.0f}% / {100 * theirs.figure_recall:.0f}% | "
            f"{ours.experts_found}/{ours.experts} / {theirs.experts_found}/{theirs.experts} | "
            f"{seconds * 1000:.0f} ms ({size} chars) |"
        )
    total = {
        key: sum(getattr(r[i], key) for r in rows)
        for i, key in ((1, "speaker_statements_found"), (1, "speaker_statements"))
    }
    wrong_ours = sum(r[1].matched_extracted - r[1].rightly_attributed for r in rows)
    wrong_theirs = sum(r[2].matched_extracted - r[2].rightly_attributed for r in rows)
    print(
        f"\nall articles: quotes found with the right speaker {total['speaker_statements_found']}"
        f"/{total['speaker_statements']} (briefbot) vs "
        f"{sum(r[2].speaker_statements_found for r in rows)}/{total['speaker_statements']} "
        f"(nearest name); misattributed statements {wrong_ours} vs {wrong_theirs}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
