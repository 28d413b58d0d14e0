"""The mapped prediction suffixes and P(t|w) (``bot.language.mapped``) give the parses the
plain analyser gives, for every word of the briefing and for words the dictionary lacks."""

from __future__ import annotations

import re
import threading
from functools import cache
from pathlib import Path

import pymorphy3
import pytest
from pymorphy3.analyzer import ProbabilityEstimator

from bot.language import mapped, morphology

ROOT = Path(__file__).resolve().parent.parent


@cache
def plain() -> pymorphy3.MorphAnalyzer:
    """pymorphy3 as it loads itself: every DAWG read into memory by DAWG2."""
    return pymorphy3.MorphAnalyzer(path=morphology.dictionary_path())


def briefing_words() -> list[str]:
    text = "\n".join(
        path.read_text(encoding="utf-8")
        for pattern in ("knowledge/*.yaml", "seeds/*.txt", "tests/eval/questions.yaml")
        for path in sorted(ROOT.glob(pattern))
    )
    return sorted(set(re.findall(r"[а-яё]+", text.lower())))


def unknown_words(words: list[str]) -> list[str]:
    """Words the dictionary lacks, so that the prediction suffixes are walked: endings
    grafted on the briefing's words, as typos and names make them."""
    long_words = [word for word in words if len(word) > 5][:1500]
    grafted = {word[:-1] + "ыщ" for word in long_words} | {word + "ович" for word in long_words}
    return sorted(grafted)


def view(parses: list[pymorphy3.analyzer.Parse]) -> list[tuple[str, str, float]]:
    return [(str(p.tag), p.normal_form, round(p.score, 9)) for p in parses]


def test_the_served_analyser_maps_the_two_rarely_read_dawgs() -> None:
    analyzer = morphology._analyzer()
    assert isinstance(analyzer.prob_estimator, mapped.MappedProbabilityEstimator)
    suffixes = analyzer.dictionary.prediction_suffixes_dawgs
    assert suffixes and all(isinstance(d, mapped.MappedPredictionSuffixes) for d in suffixes)
    units = analyzer.prob_estimator.p_t_given_w.dct._units
    assert isinstance(units, memoryview) and units.readonly


def test_every_parse_of_the_briefing_is_the_plain_analysers() -> None:
    words = briefing_words()
    assert len(words) > 1000
    served, reference = morphology._analyzer(), plain()
    differing = [w for w in words if view(served.parse(w)) != view(reference.parse(w))]
    assert differing == []


def test_words_the_dictionary_lacks_are_predicted_the_same() -> None:
    words = unknown_words(briefing_words())
    served, reference = morphology._analyzer(), plain()
    predicted = [w for w in words if not reference.word_is_known(w)]
    assert len(predicted) > 500  # the prediction suffixes were walked
    differing = [w for w in words if view(served.parse(w)) != view(reference.parse(w))]
    assert differing == []
    tags = [(w, served.tag(w), reference.tag(w)) for w in words[:300]]
    assert all(ours == theirs for _, ours, theirs in tags)


def test_only_the_building_thread_gets_mapped_suffixes() -> None:
    from pymorphy3 import dawg

    made: dict[str, object] = {}

    def elsewhere() -> None:
        made["other"] = dawg.PredictionSuffixesDAWG()

    original = dawg.PredictionSuffixesDAWG
    with mapped.mapped_prediction_suffixes():
        made["owner"] = dawg.PredictionSuffixesDAWG()
        thread = threading.Thread(target=elsewhere)
        thread.start()
        thread.join()
    assert dawg.PredictionSuffixesDAWG is original
    assert isinstance(made["owner"], mapped.MappedPredictionSuffixes)
    assert type(made["other"]) is original


def test_a_truncated_file_is_refused_by_name(tmp_path: Path) -> None:
    source = Path(morphology.dictionary_path()) / "p_t_given_w.intdawg"
    (tmp_path / "p_t_given_w.intdawg").write_bytes(source.read_bytes()[: 1 << 20])
    with pytest.raises(ValueError, match=r"p_t_given_w\.intdawg: a truncated DAWG file"):
        mapped.MappedProbabilityEstimator(str(tmp_path))


def test_the_estimator_keeps_pymorphy3s_ranking() -> None:
    assert issubclass(mapped.MappedProbabilityEstimator, ProbabilityEstimator)
    served, reference = morphology._analyzer(), plain()
    for word in ("стали", "косой", "мыла", "лечу", "душ"):
        assert view(served.parse(word)) == view(reference.parse(word))


def test_probabilities_read_in_memory_are_the_mapped_ones() -> None:
    """An index build reads P(t|w) with DAWG2's C reader (``in_memory``): every value, so
    every parse and its score, must be exactly the mapping's."""
    served = morphology._analyzer()
    estimator = served.prob_estimator
    words = briefing_words()
    words += unknown_words(words)[:400]
    outside = {w: served.parse(w) for w in words}
    with estimator.in_memory():
        assert estimator.p_t_given_w is not estimator.mapped
        inside = {w: served.parse(w) for w in words}
        read = [(w, p.tag, estimator.p_t_given_w.prob(w, p.tag)) for w in words for p in inside[w]]
    assert estimator.p_t_given_w is estimator.mapped
    assert all(estimator.mapped.prob(w, tag) == value for w, tag, value in read)
    assert len(read) > 2000
    assert [w for w in words if inside[w] != outside[w]] == []


def test_the_copy_in_memory_is_dropped_when_the_last_block_ends() -> None:
    estimator = morphology._analyzer().prob_estimator
    inner: list[object] = []

    def elsewhere() -> None:
        with estimator.in_memory():
            inner.append(estimator.p_t_given_w)

    with estimator.in_memory():
        copy = estimator.p_t_given_w
        thread = threading.Thread(target=elsewhere)
        thread.start()
        thread.join()
        assert inner == [copy]  # a block inside another shares its copy
        assert estimator.p_t_given_w is copy
    assert estimator.p_t_given_w is estimator.mapped


def test_an_index_build_parses_with_the_copy_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.knowledge import load_knowledge
    from bot.knowledge.entries import Catalogue
    from bot.matching import index
    from bot.settings import DEFAULT_KNOWLEDGE

    estimator = morphology._analyzer().prob_estimator
    catalogue = Catalogue(load_knowledge(DEFAULT_KNOWLEDGE))
    readers: set[int] = set()
    plain_lemmas = index.content_lemmas

    def watched(*args: object, **kwargs: object) -> list[str]:
        readers.add(id(estimator.p_t_given_w))
        return plain_lemmas(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(index, "content_lemmas", watched)
    index.Index.build(catalogue)
    assert readers and id(estimator.mapped) not in readers
    assert estimator.p_t_given_w is estimator.mapped


def test_a_copy_that_cannot_be_read_leaves_the_mapping(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    estimator = morphology._analyzer().prob_estimator
    monkeypatch.setattr(estimator, "path", str(tmp_path / "gone.intdawg"))
    with estimator.in_memory():
        assert estimator.p_t_given_w is estimator.mapped
        assert morphology._analyzer().parse("соглашений")
    assert estimator.p_t_given_w is estimator.mapped
