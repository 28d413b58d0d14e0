"""PackedStrings stands in for pymorphy3's list of suffixes: same items, same parses."""

from __future__ import annotations

import pymorphy3
import pytest

from bot.language import morphology
from bot.language.packed import PackedStrings


def test_packed_strings_read_as_the_list() -> None:
    items = ["", "а", "ого", "", "ями", "ё"]
    packed = PackedStrings(items)
    assert len(packed) == len(items)
    assert list(packed) == items
    assert [packed[i] for i in range(-len(items), len(items))] == items + items
    assert packed[1:5] == items[1:5] and packed[::-2] == items[::-2]
    for bad in (len(items), -len(items) - 1):
        with pytest.raises(IndexError):
            packed[bad]


def test_the_packed_dictionary_parses_and_inflects_as_pymorphy3() -> None:
    packed = morphology._analyzer()
    assert isinstance(packed.dictionary.suffixes, PackedStrings)
    plain = pymorphy3.MorphAnalyzer(path=morphology.dictionary_path())
    assert list(packed.dictionary.suffixes) == plain.dictionary.suffixes
    words = [
        "коридоре",
        "Ишмухамедову",
        "подписали",
        "соглашений",
        "шестёрка",
        "войдёт",
        "хрупкого",
        "кузявая",
    ]

    def readings(analyzer: pymorphy3.MorphAnalyzer) -> list[object]:
        return [
            (
                p.word,
                str(p.tag),
                p.normal_form,
                p.score,
                p.is_known,
                [(f.word, str(f.tag)) for f in p.lexeme],
                (p.inflect({"gent", "plur"}) or p).word,
            )
            for word in words
            for p in analyzer.parse(word)
        ]

    assert readings(packed) == readings(plain)
