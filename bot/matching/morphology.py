"""Word forms to lemmas, so коридор/коридоре/коридора and Ишмухамедов/Ишмухамедову meet.

pymorphy3 was chosen over a Snowball stemmer because it returns real lemmas (surnames
included: Ишмухамедова → ишмухамедов) and says whether a word is in its dictionary; the
matcher uses that to tell a genuine Russian word from a typo or a keyboard-layout accident.
The measured comparison is in bench/RESULTS.md. English gets a small suffix stripper: the
knowledge base's English is short phrasings, and both sides go through the same function.
"""

from __future__ import annotations

from functools import cache, lru_cache

import pymorphy3

from bot.matching.text import is_cyrillic

_EN_IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "was": "be",
    "were": "be",
    "is": "be",
    "are": "be",
    "been": "be",
    "signed": "sign",
    "built": "build",
    "men": "man",
    "people": "person",
    "countries": "country",
    "figures": "figure",
    "numbers": "number",
    "ferries": "ferry",
    "railways": "railway",
}


@cache
def _analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


def english_stem(word: str) -> str:
    """A deliberately small stemmer: plural and verb endings only."""
    if word in _EN_IRREGULAR:
        return _EN_IRREGULAR[word]
    for suffix, replacement, minimum in (
        ("'s", "", 3),
        ("ies", "y", 5),
        ("sses", "ss", 5),
        ("ing", "", 6),
        ("ed", "", 5),
        ("es", "", 6),
        ("s", "", 4),
    ):
        if word.endswith(suffix) and len(word) >= minimum and not word.endswith(("ss", "us", "is")):
            return word[: len(word) - len(suffix)] + replacement
    return word


@lru_cache(maxsize=200_000)
def lemma(token: str) -> str:
    """The dictionary form of a folded token (numbers and Latin words handled too)."""
    if not token or token[0].isdigit():
        return token
    if is_cyrillic(token):
        return _analyzer().parse(token)[0].normal_form.replace("ё", "е")
    return english_stem(token)


@lru_cache(maxsize=200_000)
def is_known_russian(token: str) -> bool:
    """True when pymorphy3 has the word in its dictionary (not merely guessed)."""
    return is_cyrillic(token) and _analyzer().word_is_known(token)


def warm_up() -> None:
    """Load the dictionary now (≈0.2 s) instead of on the first user's question."""
    lemma("коридор")
