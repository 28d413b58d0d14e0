"""Surface normalisation shared by the index and the queries.

Both sides of a comparison must go through the same function, or a dash or an ё makes two
equal words differ. This module knows nothing about languages beyond characters: case, ё,
dashes, number forms and tokenisation.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from bot.language.numbers import (
    NUMBER_WORDS,
    SCALE_ABBREVIATIONS,
    SCALE_WORDS,
    UNIT_ABBREVIATIONS,
    half_scale,
)
from bot.patterns import lazy

_AS_WRITTEN_OUT = {**NUMBER_WORDS, **SCALE_ABBREVIATIONS, **UNIT_ABBREVIATIONS}
# A tonne written "t" after its scale ("5-7 mln t"): alone a "t" is no word.
_TONNE_AFTER = frozenset({"million", "миллион", "thousand", "тысяча", "billion", "миллиард"})

# What a number word joined to it by a hyphen counts ("one-billion", "seven-day"): its digits
# and the unit, as the same amount in digits reads ("15-day": "15", "day").
_COUNTED_UNITS = frozenset(SCALE_WORDS) | frozenset(
    ["day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours"]
)
_DASHES = "‐‑‒–—―−"
_SPACE_RE = lazy(r"\s+")
_RANGE_RE = lazy(r"(\d)\s*[-‐‑‒–—―−]\s*(\d)")
_DECIMAL_RE = lazy(r"(\d)[.,](\d)")
_TOKEN_RE = lazy(r"\d+(?:,\d+)?(?:-\d+(?:,\d+)?)?(?:\+\d+)?|[^\W\d_]+(?:-[^\W\d_]+)*")
_INVISIBLE = {"Cf", "Cc", "Cs", "Co", "Cn"}


def clean(text: str) -> str:
    """Unicode-normalise, drop control/format characters, collapse whitespace.

    Text that ``isprintable()`` holds none of the invisible categories, so the look at each
    character's category is skipped for it: that look was most of the index build at start.
    """
    text = unicodedata.normalize("NFC", text)
    if not text.isprintable():
        text = "".join(
            " " if unicodedata.category(ch) in _INVISIBLE and ch not in "\n\t" else ch
            for ch in text
        )
    return _SPACE_RE.sub(" ", text).strip()


# Latin letters with marks, as the region's names are romanised in their own alphabets and
# in the wires: "Türkiye", "Hüseynov", "Əliyev", "Gəncə", "Kuryk" as "Quryq" is left alone —
# read as the plain letter English writes (one letter for one, so every offset holds).
_LATIN_MARKED = tuple(zip("üöşçğıəéèêëáàâäíìîïóòôúùûñ", "uoscgiaeeeeaaaaiiiiooouuun", strict=True))
_FOLDED = (("ё", "е"), *((dash, "-") for dash in _DASHES), *_LATIN_MARKED)
_DIGIT_RE = lazy(r"\d")


def substitute(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """Each character of ``pairs`` replaced by its other (one character, none of the first
    ones). A look for each character and a ``replace`` of those present: ``str.translate``
    looks up every character of a Cyrillic text in its table — for an article, 0.7 ms
    against 0.01 (a start without the start-up cache folds and proves every text)."""
    for char, other in pairs:
        if char in text:
            text = text.replace(char, other)
    return text


# Texts ``fold`` remembers: a question's text is folded 5-6 times while it is answered (each
# reading's tokens, its parts, its topic), and the entries' texts the rules read again for
# every question they rank (their statements, forecasts, quoted spans); the least recently
# folded are forgotten first, so a start's index build leaves none of its texts for long.
TEXTS_REMEMBERED = 2048


@lru_cache(maxsize=TEXTS_REMEMBERED)
def fold(text: str) -> str:
    """Lower case, ё as е, every dash as '-', ranges and decimals in one form."""
    text = substitute(clean(text).lower(), _FOLDED)
    if _DIGIT_RE.search(text):  # most texts hold no number: two substitutions saved
        text = _RANGE_RE.sub(r"\1-\2", text)
        text = _DECIMAL_RE.sub(r"\1,\2", text)
    return text


# Words folded one at a time (the asides' reading of each word of a message): remembered
# apart from whole texts, which come and go with every question and would push the words out
# of ``fold``'s memo; a folded word costs some 100 bytes.
WORDS_FOLDED = 8192


@lru_cache(maxsize=WORDS_FOLDED)
def fold_word(word: str) -> str:
    """``fold`` of one word, remembered per word."""
    return fold.__wrapped__(word)


# Letters that look the same in both alphabets: "Гусeйнов" typed with a Latin "e".
_LATIN_TO_CYRILLIC = str.maketrans("aeopcxykmthb", "аеорсхукмтнв")
_CYRILLIC_TO_LATIN = str.maketrans("аеорсхукмтнв", "aeopcxykmthb")


_LATIN_RE = lazy("[a-z]")


def _one_alphabet(token: str) -> str:
    """A word mixing alphabets is rewritten in its main one, look-alike letters swapped."""
    if token.isascii() or not _LATIN_RE.search(token):
        return token  # one alphabet (or none): nothing to count
    cyrillic = sum(1 for ch in token if "а" <= ch <= "я" or ch == "ё")
    latin = sum(1 for ch in token if "a" <= ch <= "z")
    if not cyrillic or not latin:
        return token
    return token.translate(_LATIN_TO_CYRILLIC if cyrillic >= latin else _CYRILLIC_TO_LATIN)


def tokens(text: str) -> list[str]:
    """Words and numbers of folded text; number words become digits, abbreviated scales their
    words ("млн": "миллион"), half a scale its amount ("полмиллиарда": "500 миллионов");
    ranges stay whole."""
    result = []
    for token in _TOKEN_RE.findall(fold(text)):
        token = _one_alphabet(token)
        number, _, unit = token.partition("-")
        if number in NUMBER_WORDS and unit in _COUNTED_UNITS:
            # "the one-billion mark", "a seven-day trip": as "1 billion", "15-day" read
            result += [NUMBER_WORDS[number], unit]
            continue
        half = half_scale(token) if token.startswith("пол") else None
        if half is not None:  # "полмиллиарда": "500 миллионов", as the article writes it
            result += half
            continue
        if token in ("t", "т") and result and result[-1] in _TONNE_AFTER:
            token = "tonnes" if token == "t" else "тонн"
        result.append(_AS_WRITTEN_OUT.get(token, token))
    return result


# The letters whose lower case is a Cyrillic а–я/ё or a Latin a–z: "İ" lowers to "i̇", the
# Kelvin sign to "k". One search instead of a look at each lowered character.
_CYRILLIC_RE = lazy("[а-яёА-ЯЁ]")
_ANY_LATIN_RE = lazy("[a-zA-Z\u0130\u212a]")


def is_cyrillic(token: str) -> bool:
    return _CYRILLIC_RE.search(token) is not None


def is_latin(token: str) -> bool:
    return _ANY_LATIN_RE.search(token) is not None


# A stretch in quotation marks: «…», "…", “…”, „…“.
_QUOTED_RE = lazy(r"«([^«»]+)»|\"([^\"]+)\"|“([^“”]+)”|„([^„“”]+)[“”]")


def quoted_texts(text: str) -> list[str]:
    """The stretches of a text the writer put in quotation marks, in order: the words a
    reader cites ("who called the ties a "unique case"?")."""
    return [next(group for group in found if group) for found in _QUOTED_RE.findall(text)]
