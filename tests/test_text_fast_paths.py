"""The fast paths of ``bot.language.text`` (taken at every start for every phrasing) give what
the character-by-character definitions give, for any text."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from bot.language import text

SPACE_RE = re.compile(r"\s+")
# Letters of both alphabets, look-alikes, digits, dashes, spaces and invisible characters.
ALPHABET = st.sampled_from(
    list("aeopcxykmthbzаеорсхукмтнвёжщ0123456789-–— \n\t\u00a0\u200b\u200e\x00\x7f\ufeff")
)
TEXTS = st.text(ALPHABET, max_size=40) | st.text(max_size=40)


def clean_by_definition(value: str) -> str:
    value = unicodedata.normalize("NFC", value)
    value = "".join(
        " " if unicodedata.category(ch) in text._INVISIBLE and ch not in "\n\t" else ch
        for ch in value
    )
    return SPACE_RE.sub(" ", value).strip()


def one_alphabet_by_definition(token: str) -> str:
    cyrillic = sum(1 for ch in token if "а" <= ch <= "я" or ch == "ё")
    latin = sum(1 for ch in token if "a" <= ch <= "z")
    if not cyrillic or not latin:
        return token
    table = text._LATIN_TO_CYRILLIC if cyrillic >= latin else text._CYRILLIC_TO_LATIN
    return token.translate(table)


@given(TEXTS)
def test_clean_is_its_definition(value: str) -> None:
    assert text.clean(value) == clean_by_definition(value)


@given(TEXTS)
def test_one_alphabet_is_its_definition(value: str) -> None:
    assert text._one_alphabet(value) == one_alphabet_by_definition(value)


def fold_by_definition(value: str) -> str:
    value = text.clean(value).lower().replace("ё", "е")
    for dash in text._DASHES:
        value = value.replace(dash, "-")
    for marked, plain in text._LATIN_MARKED:  # "Türkiye", "Əliyev": the plain letters
        value = value.replace(marked, plain)
    value = text._RANGE_RE.sub(r"\1-\2", value)
    return text._DECIMAL_RE.sub(r"\1,\2", value)


NUMBERISH = TEXTS | st.text(st.sampled_from(list("0123456789٣.,-–— ёЁaаüÜəƏçİı")), max_size=20)


@given(NUMBERISH)
def test_fold_is_its_definition(value: str) -> None:
    assert text.fold(value) == fold_by_definition(value)
    assert text.fold(text.fold(value)) == text.fold(value)  # the index folds phrasings once


@given(TEXTS | st.text(st.sampled_from(list("İKſЁёЯяAZaz")), max_size=5))
def test_alphabet_tests_are_their_definitions(value: str) -> None:
    assert text.is_cyrillic(value) == any("а" <= ch <= "я" or ch == "ё" for ch in value.lower())
    assert text.is_latin(value) == any("a" <= ch <= "z" for ch in value.lower())
