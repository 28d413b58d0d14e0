"""Cyrillic → Latin for ids, commands, draft English names and untranslated words shown to
English readers (Гусейнов → Guseynov).

A plain, readable scheme; the curator corrects established spellings (Huseynov).
"""

from __future__ import annotations

import re

_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "і": "i",
}  # fmt: skip


def romanise(text: str) -> str:
    out = []
    for ch in text:
        latin = _LETTERS.get(ch.lower())
        if latin is None:
            out.append(ch)
        else:
            out.append(latin.capitalize() if ch.isupper() else latin)
    return "".join(out)


def slug(text: str, limit: int = 40) -> str:
    value = re.sub(r"[^a-z0-9]+", "-", romanise(text).lower()).strip("-")
    return value[:limit].rstrip("-") or "x"


_VARIANTS = (("kh", "h"), ("dzh", "j"), ("y", "i"), ("yev", "iev"), ("ye", "e"))


def spellings(text: str) -> list[str]:
    """Latin spellings a reader may use: "Гаджиев" → Gadzhiev, Gajiev, Hajiev-like forms."""
    base = romanise(text)
    found = [base]
    for old, new in _VARIANTS:
        variant = found[-1].replace(old, new).replace(old.capitalize(), new.capitalize())
        if variant not in found:
            found.append(variant)
    words = [
        "H" + w.removeprefix("Kh").removeprefix("G") if w.startswith(("G", "Kh")) else w
        for w in found[-1].split()
    ]
    found.append(" ".join(words))
    return list(dict.fromkeys(found))
