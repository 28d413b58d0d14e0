"""Does the reply survive the way people type? The same question, typed four other ways.

``python -m bench.robustness [--seeds 3] [--no-write]``

Every Russian question of the evaluation sets whose items may be read (not ``blind-l.yaml`` or
``blind-heldout.yaml``, the clean ones) is asked as written, then typed with the keyboard
in the English layout, with
one slip in one of its longer words (a letter swapped with its neighbour, dropped, doubled or
replaced by the key next to it), and transliterated the way people do it (several spellings
for й, х, ц, щ, ь, ю, я, ж, ы, ч — "4to", "vstre4a" included). Measured: the share of
questions whose reply (its band, entry and missing kind) is the one the question as written
gets. No labels are involved, so this measures the input repairs alone, on far more inputs
than the labelled sets hold; seeded, so two runs on one commit give the same numbers.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

from bench.results import machine, publish
from bot.answering.session import Session
from bot.knowledge import load_knowledge
from bot.settings import DEFAULT_KNOWLEDGE

EVAL = Path(__file__).resolve().parents[1] / "tests" / "eval"
CLEAN = {"blind-l.yaml", "blind-heldout.yaml"}  # the set whose items nobody looks at

_RU = "йцукенгшщзхъфывапролджэячсмитьбю.ё"
_EN = "qwertyuiop[]asdfghjkl;'zxcvbnm,./`"
_LAYOUT = {**dict(zip(_RU, _EN, strict=True)), ",": "?", "?": "&", '"': "@", ";": "$", ":": "^"}
_LAYOUT |= {r.upper(): e.upper() for r, e in zip(_RU, _EN, strict=True) if r.isalpha()}
_ROWS = ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю")
_NEIGHBOURS = {
    c: (row[i - 1] if i else "") + (row[i + 1] if i + 1 < len(row) else "")
    for row in _ROWS
    for i, c in enumerate(row)
}
_TRANSLIT = {
    **dict(zip("абвгдезиклмнопрстуф", "abvgdeziklmnoprstuf", strict=True)),
    **{"ё": "e", "ж": "zh", "й": "y", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch"},
    **{"ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "«": "", "»": ""},
}
_SPELLINGS = {
    "й": ("i", "j", "y"),
    "х": ("h", "kh", "x"),
    "ц": ("ts", "c", "tc"),
    "щ": ("sch", "shch", "sh"),
    "ь": ("", "'"),
    "ю": ("yu", "ju", "iu"),
    "я": ("ya", "ja", "ia"),
    "ж": ("zh", "j"),
    "ы": ("y", "i"),
    "ч": ("ch", "4"),
    "е": ("e", "e", "ye"),
}


def russian_questions() -> list[str]:
    """The distinct Russian questions of the sets that may be read, sorted."""
    found: set[str] = set()
    for path in sorted(EVAL.glob("*.yaml")):
        if path.name in CLEAN:
            continue
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(item, dict) and item.get("lang") == "ru":
                found.add(" ".join(str(item["q"]).split()))
    return sorted(found)


def in_layout(question: str, _: random.Random) -> str:
    return "".join(_LAYOUT.get(ch, ch) for ch in question)


def with_a_slip(question: str, rng: random.Random) -> str:
    words = question.lower().rstrip("?").split()
    longer = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if longer:
        at = rng.choice(longer)
        word = words[at]
        i = rng.randrange(1, len(word) - 1)
        kind = rng.choice(("swap", "drop", "double", "near"))
        if kind == "swap":
            word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif kind == "drop":
            word = word[:i] + word[i + 1 :]
        elif kind == "double":
            word = word[:i] + word[i] + word[i:]
        elif _NEIGHBOURS.get(word[i]):
            word = word[:i] + rng.choice(_NEIGHBOURS[word[i]]) + word[i + 1 :]
        words[at] = word
    return " ".join(words)


def transliterated(question: str, rng: random.Random) -> str:
    out = []
    for ch in question.lower():
        if ch in _SPELLINGS and rng.random() < 0.5:
            out.append(rng.choice(_SPELLINGS[ch]))
        else:
            out.append(_TRANSLIT.get(ch, ch))
    return "".join(out)


STYLES: dict[str, Callable[[str, random.Random], str]] = {
    "layout": in_layout,
    "one slip": with_a_slip,
    "translit": transliterated,
}


def measure(seeds: int) -> tuple[int, dict[str, list[int]]]:
    session = Session.create(load_knowledge(DEFAULT_KNOWLEDGE))

    def reply(text: str) -> tuple[str, str | None, str | None]:
        got = session.ask(text)
        return got.kind.value, got.entry, got.missing

    questions = russian_questions()
    written = [reply(q) for q in questions]
    kept: dict[str, list[int]] = {}
    for name, style in STYLES.items():
        for seed in range(seeds if name != "layout" else 1):
            rng = random.Random(seed)
            same = sum(
                reply(style(q, rng)) == want for q, want in zip(questions, written, strict=True)
            )
            kept.setdefault(name, []).append(same)
    return len(questions), kept


def report(total: int, kept: dict[str, list[int]], seeds: int) -> str:
    lines = [
        machine(),
        "",
        f"`python -m bench.robustness --seeds {seeds}`: {total} distinct Russian questions of "
        "the eval sets that may be read, each typed another way; the share whose reply (band, "
        "entry, missing kind) is the one the question as written gets. One number per seed.",
        "",
        "| typed | same reply | |",
        "|---|---:|---|",
    ]
    for name, counts in kept.items():
        shares = ", ".join(f"{100 * c / total:.1f}%" for c in counts)
        lines.append(f"| {name} | {shares} | {', '.join(f'{total - c} differ' for c in counts)} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--no-write", action="store_true", help="leave bench/RESULTS.md alone")
    args = parser.parse_args(argv)
    total, kept = measure(args.seeds)
    publish(
        "Robustness to the way people type",
        report(total, kept, args.seeds),
        write=not args.no_write,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
