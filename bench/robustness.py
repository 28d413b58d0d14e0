"""Does the reply survive the way people type? The same question, typed other ways.

``python -m bench.robustness [--seeds 3] [--first-seed 0] [--no-write] [--only STYLE ...] [--show]``

Every Russian question of the evaluation sets whose items may be read (not the clean ones,
``blind-heldout.yaml``, ``blind-u.yaml``, ``blind-x.yaml``, ``blind-y.yaml`` or
``blind-aa.yaml``, nor the ``heldout`` split of ``blind.yaml``) is asked
as written, then typed with the keyboard in the English layout, with one slip in one of its
longer words (a letter swapped with its neighbour, dropped, doubled or replaced by the key next
to it), and
transliterated the way people do it (several spellings for й, х, ц, щ, ь, ю, я, ж, ы, ч —
"4to", "vstre4a" included). Then the slips people make in fresh questions: a space shifted one
letter across a word boundary ("скольк одолларов"), two words run together, two slips in one
question, a letter doubled anywhere in a word ("черезз"), a letter dropped from a short word
("черз"). Measured: the share of questions whose reply (its band, entry and missing kind) is
the one the question as written gets. No labels are involved, so this measures the input
repairs alone, on far more inputs than the labelled sets hold; seeded, so two runs on one
commit give the same numbers.
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
# The sets whose items nobody looks at.
CLEAN = {
    "blind-heldout.yaml",
    "blind-u.yaml",
    "blind-x.yaml",
    "blind-y.yaml",
    "blind-aa.yaml",
}
HELDOUT_SPLIT = "heldout"  # the split of blind.yaml nobody looks at either

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
            if (
                isinstance(item, dict)
                and item.get("lang") == "ru"
                and item.get("split") != HELDOUT_SPLIT
            ):
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


def _words(question: str) -> list[str]:
    return question.lower().rstrip("?").split()


def space_shifted(question: str, rng: random.Random) -> str:
    """A space typed one letter early or late: "скольк одолларов", "сколькод олларов"."""
    words = _words(question)
    pairs = [
        i
        for i in range(len(words) - 1)
        if words[i].isalpha() and words[i + 1].isalpha() and len(words[i]) + len(words[i + 1]) >= 6
    ]
    if pairs:
        at = rng.choice(pairs)
        left, right = words[at], words[at + 1]
        if len(left) >= 3 and (len(right) < 3 or rng.random() < 0.5):
            left, right = left[:-1], left[-1] + right  # the commoner: "скольк одолларов"
        elif len(right) >= 3:
            left, right = left + right[0], right[1:]
        words[at], words[at + 1] = left, right
    return " ".join(words)


def run_together(question: str, rng: random.Random) -> str:
    """A space left out between two words: "какоеморе"."""
    words = _words(question)
    pairs = [i for i in range(len(words) - 1) if words[i].isalpha() and words[i + 1].isalpha()]
    if pairs:
        at = rng.choice(pairs)
        words[at : at + 2] = [words[at] + words[at + 1]]
    return " ".join(words)


def two_slips(question: str, rng: random.Random) -> str:
    """Two slips in one question, in two of its longer words when it has two
    ("переговры … скзал")."""
    once = with_a_slip(question, rng)
    before, after = _words(question), once.split()
    if len(before) != len(after):
        return once
    changed = {i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b}
    others = [i for i, w in enumerate(after) if len(w) >= 5 and w.isalpha() and i not in changed]
    if not others:
        return once
    at = rng.choice(others)
    after[at] = with_a_slip(after[at], rng)
    return " ".join(after)


def letter_doubled(question: str, rng: random.Random) -> str:
    """A letter typed twice anywhere in a word of four letters or more, its last included
    ("черезз", "корридор")."""
    words = _words(question)
    fit = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if fit:
        at = rng.choice(fit)
        word = words[at]
        i = rng.randrange(1, len(word))
        words[at] = word[: i + 1] + word[i:]
    return " ".join(words)


def short_word_dropped(question: str, rng: random.Random) -> str:
    """A letter left out of a short word, a function word most often ("черз", "каое")."""
    words = _words(question)
    fit = [i for i, w in enumerate(words) if 4 <= len(w) <= 5 and w.isalpha()]
    if fit:
        at = rng.choice(fit)
        word = words[at]
        i = rng.randrange(1, len(word))
        words[at] = word[:i] + word[i + 1 :]
    return " ".join(words)


STYLES: dict[str, Callable[[str, random.Random], str]] = {
    "layout": in_layout,
    "one slip": with_a_slip,
    "translit": transliterated,
    "space shifted": space_shifted,
    "run together": run_together,
    "two slips": two_slips,
    "letter doubled": letter_doubled,
    "short word dropped": short_word_dropped,
}


def measure(
    seeds: int, only: Sequence[str] = (), show: bool = False, first_seed: int = 0
) -> tuple[int, dict[str, list[int]]]:
    """Per style, per seed: how many questions keep their reply (``show``: print the others,
    to see which slips the repairs miss). Seeds run from ``first_seed``, so repairs can be
    developed on seeds other than the reported ones."""
    session = Session.create(load_knowledge(DEFAULT_KNOWLEDGE))

    def reply(text: str) -> tuple[str, str | None, str | None]:
        got = session.ask(text)
        return got.kind.value, got.entry, got.missing

    questions = russian_questions()
    written = [reply(q) for q in questions]
    kept: dict[str, list[int]] = {}
    for name, style in STYLES.items():
        if only and name not in only:
            continue
        for seed in range(first_seed, first_seed + (seeds if name != "layout" else 1)):
            rng = random.Random(seed)
            same = 0
            for question, want in zip(questions, written, strict=True):
                typed = style(question, rng)
                got = reply(typed)
                same += got == want
                if show and got != want:
                    print(f"{name}\t{typed}\t{want}\t{got}\t{question}")
            kept.setdefault(name, []).append(same)
    return len(questions), kept


def report(total: int, kept: dict[str, list[int]], seeds: int, first_seed: int = 0) -> str:
    from_seed = f" --first-seed {first_seed}" if first_seed else ""
    lines = [
        machine(),
        "",
        f"`python -m bench.robustness --seeds {seeds}{from_seed}`: {total} distinct Russian "
        "questions of "
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
    parser.add_argument(
        "--first-seed", type=int, default=0, help="the first seed (develop on others than 0)"
    )
    parser.add_argument("--no-write", action="store_true", help="leave bench/RESULTS.md alone")
    parser.add_argument("--only", nargs="*", default=(), choices=sorted(STYLES), metavar="STYLE")
    parser.add_argument("--show", action="store_true", help="print every changed reply")
    args = parser.parse_args(argv)
    total, kept = measure(args.seeds, args.only, args.show, args.first_seed)
    publish(
        "Robustness to the way people type",
        report(total, kept, args.seeds, args.first_seed),
        write=not args.no_write,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
