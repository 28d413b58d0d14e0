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


# How one Cyrillic name is spelt in Latin letters by different hands: Гусейнов is Guseynov,
# Huseynov, Huseinov, Hüseynov, Husseinov; Гаджиев is Gadzhiev, Hajiyev, Hadjiyev, Gajiyev;
# Токаев is Tokayev, Tokaev, Tokaiev. Each rewrite folds spellings of one sound into one.
_SOUNDS = (
    ("ü", "u"),
    ("ö", "o"),
    ("ı", "i"),
    ("ə", "a"),
    ("kh", "h"),
    ("dzh", "j"),
    ("dz", "j"),  # «дж» by a hand that drops its "h": Gadziev
    ("dj", "j"),
    ("q", "g"),  # Azerbaijani: Qabala is Габала
    ("g", "h"),  # the Turkic h the Russian writes г: Гусейнов, Гаджиев
    ("iyev", "ev"),
    ("yev", "ev"),
    ("iev", "ev"),
    ("y", "i"),
    ("w", "v"),  # "-ow", a German hand
)


def name_key(latin: str) -> str:
    """What the Latin spellings of one Cyrillic name have in common (``_SOUNDS``, doubled
    letters single, no final vowel): "Husseinov", "Hüseynov" and ``romanise("Гусейнов")``
    give one key."""
    key = latin.lower()
    for spelt, sound in _SOUNDS:
        key = key.replace(spelt, sound)
    key = re.sub(r"(.)\1+", r"\1", key)
    # a name's own case ending ("в Габале", "Qabala"): the stem is the name
    return key[:-1] if len(key) > _SHORTEST_KEY and key[-1] in "aeiou" else key


_SHORTEST_KEY = 4


def same_name(one: str, other: str) -> bool:
    """Are two Latin words one Cyrillic name romanised by two hands? Their ``name_key``s are
    one ("Gadzhiev", "Gajiyev", "Hajiyev" of one Гаджиев), or, for a name of six letters or
    more, a letter apart: a reader's romanisation is no other person. Shorter names are never
    stretched ("Aliev" is not "Aziev"). The one test of a romanised surname, for a question's
    alias read as the briefing's spelling (``query._widest_latin_spellings``) and a question's doer
    found in a passage (``doers``)."""
    said, asked = name_key(one), name_key(other)
    if said == asked:
        return True
    if min(len(one), len(other)) < _SHORTEST_STRETCHED:
        return False
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(said, asked) <= 1


# The shortest name, as typed, a one-letter difference of its spelling still leaves the same.
_SHORTEST_STRETCHED = 6
