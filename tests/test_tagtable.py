"""TagTable stands in for pymorphy3's list of tags: same tags, same parses, made on demand."""

from __future__ import annotations

import threading
from pathlib import Path

import pymorphy3
import pytest
import yaml

from bot.language import morphology
from bot.language.tagtable import TagTable, deferred_tags


def test_a_tag_is_made_once_on_first_look_up() -> None:
    made: list[str] = []

    def make(text: str) -> str:
        made.append(text)
        return text.upper()

    table = TagTable(["a", "b", "c"], make)
    assert made == [] and len(table) == 3
    assert table[1] == "B" and table[1] == "B" and made == ["b"]
    assert list(table) == ["A", "B", "C"] and made == ["b", "a", "c"]
    with pytest.raises(IndexError):
        table[3]


def test_the_analyser_parses_every_eval_word_as_pymorphy3() -> None:
    ours = morphology._analyzer()
    assert isinstance(ours.dictionary.gramtab, TagTable)
    plain = pymorphy3.MorphAnalyzer(path=morphology.dictionary_path())
    assert not isinstance(plain.dictionary.gramtab, TagTable)
    words: set[str] = set()
    for file in sorted(Path("tests/eval").glob("*.yaml")):
        for item in yaml.safe_load(file.read_text(encoding="utf-8")):
            words.update(morphology_tokens(str(item["q"])))

    def readings(analyzer: pymorphy3.MorphAnalyzer, word: str) -> list[object]:
        return [
            (p.word, p.tag, p.normal_form, p.score, p.is_known, str(p.methods_stack))
            for p in analyzer.parse(word)
        ]

    for word in sorted(words):
        assert readings(ours, word) == readings(plain, word), word
    assert [str(tag) for tag in ours.dictionary.gramtab] == [
        str(tag) for tag in plain.dictionary.gramtab
    ]
    tag_id = ours.dictionary.paradigms[0][len(ours.dictionary.paradigms[0]) // 3]
    assert ours.dictionary.gramtab[tag_id] is ours.dictionary.gramtab[tag_id]


def morphology_tokens(text: str) -> list[str]:
    return [word.strip(".,?!:;«»\"'()").lower() for word in text.split() if word.strip()]


def test_another_thread_loads_its_analyser_as_usual() -> None:
    loaded: list[pymorphy3.MorphAnalyzer] = []
    with deferred_tags() as install:
        worker = threading.Thread(
            target=lambda: loaded.append(pymorphy3.MorphAnalyzer(path=morphology.dictionary_path()))
        )
        worker.start()
        worker.join()
        assert not install(loaded[0].dictionary)
    assert isinstance(loaded[0].dictionary.gramtab, list) and len(loaded[0].dictionary.gramtab)
