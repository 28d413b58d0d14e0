"""Many distinct briefings made from the shipped one, for tests and benchmarks of a bot that
serves many events at once.

``python -m bench.briefings OUT --count 300`` writes ``OUT/<id>.yaml`` and ``OUT/<id>.ru.txt``
for each generated briefing (``--with-seed`` copies the shipped briefing beside them).

Verbatim copies of the seed would make every question fit every briefing equally, which tests
nothing but ties. So each generated briefing renames the people (first names and surnames,
Cyrillic and Latin spellings), the capital and the distinctive corridor name — in the article
and in the YAML alike, with one substitution table, so every quote is still verbatim in its
own article and ``briefbot check`` proves it. Surnames keep the seed's ``-ов``/``-ев`` endings,
so their case forms («Гусейнова», «Гусейновым») stay forms of the new name.

Names are built from syllables by the briefing's number (a mixed-radix count), so up to a
couple of thousand briefings get names no other generated briefing uses.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from bot.settings import PROJECT_ROOT

SEED_YAML = PROJECT_ROOT / "knowledge" / "aliyev-kazakhstan.yaml"
SEED_ARTICLE = PROJECT_ROOT / "seeds" / "aliyev-state-visit-kazakhstan.ru.txt"
SEED_ID = "aliyev-kazakhstan"

# Syllables as (Cyrillic, Latin): surnames are HEAD + MIDDLE + TAIL + "ов".
HEADS = (
    ("Кар", "Kar"), ("Нур", "Nur"), ("Сей", "Sey"), ("Тал", "Tal"), ("Жан", "Zhan"),
    ("Мур", "Mur"), ("Бол", "Bol"), ("Сар", "Sar"), ("Тем", "Tem"), ("Дос", "Dos"),
    ("Кул", "Kul"), ("Мак", "Mak"), ("Рах", "Rakh"), ("Шам", "Sham"), ("Ток", "Tok"),
    ("Уал", "Ual"),
)  # fmt: skip
MIDDLES = (
    ("ан", "an"), ("ым", "ym"), ("ул", "ul"), ("ер", "er"), ("ит", "it"), ("ор", "or"),
    ("аш", "ash"), ("ук", "uk"), ("ел", "el"), ("ир", "ir"), ("оз", "oz"), ("ад", "ad"),
)  # fmt: skip
TAILS = (
    ("бек", "bek"), ("баев", "bayev"), ("жан", "zhan"), ("тай", "tay"), ("бай", "bay"),
    ("гал", "gal"), ("мет", "met"), ("сун", "sun"), ("дар", "dar"), ("хан", "khan"),
    ("кен", "ken"), ("пар", "par"),
)  # fmt: skip
# Male first names ending in a consonant, so «Айдына» → «Тимура» declines the same way.
FIRST_NAMES = (
    ("Тимур", "Timur"), ("Арман", "Arman"), ("Данияр", "Daniyar"), ("Ерлан", "Yerlan"),
    ("Марат", "Marat"), ("Бахыт", "Bakhyt"), ("Нурлан", "Nurlan"), ("Самат", "Samat"),
    ("Азат", "Azat"), ("Канат", "Kanat"), ("Рустам", "Rustam"), ("Эльдар", "Eldar"),
    ("Серик", "Serik"), ("Айбек", "Aibek"), ("Жасулан", "Zhasulan"), ("Ержан", "Yerzhan"),
    ("Болат", "Bolat"),
)  # fmt: skip
# The seed's people: surname stems (Cyrillic, every Latin spelling) and first names.
SURNAMES = (
    ("Гусейнов", ("Huseynov", "Guseynov", "Guseinov", "Gusejnov")),
    ("Ишмухамедов", ("Ishmukhamedov", "Ishmuhamedov")),
    ("Тусупбеков", ("Tusupbekov",)),
    ("Гаджиев", ("Hajiyev", "Gadzhiev", "Hajiev")),
    ("Алиев", ("Aliyev", "Aliev")),
    ("Токаев", ("Tokayev", "Tokaev")),
)
FIRSTS = (
    ("Айдын", ("Aydin", "Aidyn")),
    ("Шарип", ("Sharip",)),
    ("Руслан", ("Ruslan",)),
    ("Хикмет", ("Hikmet",)),
    ("Ильхам", ("Ilham",)),
)
# The capital (declined: Астана, Астане, Астаной, Астану) and the corridor's name
# (Зангезурский, Зангезурского; Zangezur): each briefing gets its own.
CAPITAL = ("Астан", ("Astan",))
CORRIDOR = ("Зангезур", ("Zangezur",))
MAX_COUNT = len(HEADS) * len(MIDDLES) * len(TAILS) // len(SURNAMES)


@dataclass(frozen=True, slots=True)
class Generated:
    """One generated briefing: its id, title and the seed's people renamed (old → new)."""

    id: str
    yaml: Path
    article: Path
    surnames: dict[str, str]  # seed surname (Cyrillic) → new surname (Cyrillic)
    surnames_en: dict[str, str]  # seed surname (first Latin spelling) → new Latin surname


def _stem(number: int) -> tuple[str, str]:
    """The ``number``-th surname stem: distinct for every number below 16 × 12 × 12. The
    first syllable changes fastest, so the people of one briefing (consecutive numbers) do
    not share the start of their names and are not confused with each other."""
    rest, head = divmod(number, len(HEADS))
    rest, middle = divmod(rest, len(MIDDLES))
    parts = (HEADS[head], MIDDLES[middle], TAILS[rest % len(TAILS)])
    return "".join(p[0] for p in parts), "".join(p[1] for p in parts)


def substitutions(number: int) -> dict[str, str]:
    """Old word → new word for briefing ``number`` (both scripts, capitalised and lower case:
    ids, speakers and commands are lower-case Latin and change with the names)."""
    table: dict[str, str] = {}

    def put(
        cyrillic: str, latins: tuple[str, ...], new: tuple[str, str], *, lower: bool = False
    ) -> None:
        table[cyrillic] = new[0]
        if lower:  # «зангезурский»; a lower-case «астан» would hit «настанет»
            table[cyrillic.lower()] = new[0].lower()
        for latin in latins:
            table[latin] = new[1]
            table[latin.lower()] = new[1].lower()

    for k, (cyrillic, latins) in enumerate(SURNAMES):
        stem, stem_en = _stem(number * len(SURNAMES) + k)
        ending = ("ев", "ev") if cyrillic.endswith("ев") else ("ов", "ov")
        put(cyrillic, latins, (stem + ending[0], stem_en + ending[1]))
    for k, (cyrillic, latins) in enumerate(FIRSTS):
        put(cyrillic, latins, FIRST_NAMES[(number + k * 3) % len(FIRST_NAMES)])
    capital, capital_en = _stem(number * 2 + 1)
    put(*CAPITAL, (capital + "ан", capital_en + "an"))
    corridor, corridor_en = _stem(number * 2)
    put(*CORRIDOR, (corridor + "ур", corridor_en + "ur"), lower=True)
    return table


def rewrite(text: str, table: dict[str, str]) -> str:
    """Every old word replaced in one pass (longest first), so a new name is never rewritten
    again by a later rule; only at the start of a word («Алиев», not inside «Халиев»)."""
    words = "|".join(re.escape(old) for old in sorted(table, key=len, reverse=True))
    pattern = re.compile(rf"(?<![^\W\d_])(?:{words})")
    return pattern.sub(lambda m: table[m.group(0)], text)


def generate(out: Path, count: int, *, start: int = 0) -> list[Generated]:
    """Write ``count`` briefings into ``out`` (created), numbered from ``start``."""
    out.mkdir(parents=True, exist_ok=True)
    seed_yaml = SEED_YAML.read_text(encoding="utf-8")
    seed_article = SEED_ARTICLE.read_text(encoding="utf-8")
    made: list[Generated] = []
    for number in range(start, start + count):
        table = substitutions(number)
        briefing_id = f"gen{number:03d}-{table['aliyev']}"
        article = out / f"{briefing_id}.ru.txt"
        article.write_text(rewrite(seed_article, table), encoding="utf-8")
        # The seed's id spells "aliyev": set the new id first, so it is not half-renamed.
        text = seed_yaml.replace(f"id: {SEED_ID}\n", "id: BRIEFING_ID\n", 1)
        text = rewrite(text, table).replace("BRIEFING_ID", briefing_id, 1)
        text = re.sub(r"(?m)^  source: .*$", f"  source: {article.name}", text, count=1)
        target = out / f"{briefing_id}.yaml"
        target.write_text(text, encoding="utf-8")
        made.append(
            Generated(
                briefing_id,
                target,
                article,
                {c: table[c] for c, _ in SURNAMES},
                {latins[0]: table[latins[0]] for _, latins in SURNAMES},
            )
        )
    return made


def with_seed(out: Path) -> Path:
    """Copy the shipped briefing into ``out`` (its article beside it): the seed among others."""
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED_ARTICLE, out / SEED_ARTICLE.name)
    text = SEED_YAML.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^  source: .*$", f"  source: {SEED_ARTICLE.name}", text, count=1)
    (out / SEED_YAML.name).write_text(text, encoding="utf-8")
    return out / SEED_YAML.name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.briefings", description=__doc__)
    parser.add_argument("out", type=Path, help="the folder to write (created)")
    parser.add_argument("--count", type=int, default=10, help="how many (default: 10)")
    parser.add_argument("--with-seed", action="store_true", help="copy the shipped one too")
    args = parser.parse_args(argv)
    if not 1 <= args.count <= MAX_COUNT:
        parser.error(f"--count must be between 1 and {MAX_COUNT}")
    made = generate(args.out, args.count)
    if args.with_seed:
        with_seed(args.out)
    print(f"{len(made)} briefing(s) written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
