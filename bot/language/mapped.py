"""Two of pymorphy3's dictionary files mapped into memory instead of read into it.

The Russian dictionary's loader reads every DAWG file into the heap: 17.5 MB of a bot whose
whole RSS target is 80 MB. Two of them are looked up rarely and sparsely — the prediction
suffixes (4.0 MB; only for words the dictionary lacks: names, typos) and P(t|w) (2.9 MB; one
look-up per parse of a word the memos have not seen) — so they are mapped read-only here:
the pages a look-up touches come from the page cache, are shared by every bot process on the
machine and can be dropped by the kernel under pressure, and the pages never touched cost
nothing. The words DAWG (7.4 MB), walked for every new word and every index build, stays with
DAWG2's C reader.

DAWG-Python (a dependency of pymorphy3, always installed) reads the same file format; here its
unit arrays are views of the mapping rather than copies, which gives the same answers
(``tests/test_mapped.py`` compares every parse of the briefing's words with the plain
analyser's). A pymorphy3 whose loading works otherwise is left as it is.
"""

from __future__ import annotations

import mmap
import os
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from dawg_python import IntCompletionDAWG, RecordDAWG, wrapper
from pymorphy3.analyzer import ProbabilityEstimator

_SIZE = struct.Struct("=I")


def _mapped_units(path: str) -> tuple[memoryview, memoryview]:
    """The dictionary units (uint32) and the guide units (bytes) of a dawgdic file, as views of
    one read-only mapping (the file: a unit count and the units, then the guide's)."""
    with open(path, "rb") as file:
        mapping = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    view = memoryview(mapping)
    (units,) = _SIZE.unpack_from(view, 0)
    guide_at = _SIZE.size + 4 * units
    start = guide_at + _SIZE.size
    if start > len(view) or start + 2 * _SIZE.unpack_from(view, guide_at)[0] > len(view):
        raise ValueError(f"{path}: a truncated DAWG file")
    (guide_units,) = _SIZE.unpack_from(view, guide_at)
    return view[_SIZE.size : guide_at].cast("I"), view[start : start + 2 * guide_units]


def _load_mapped(dawg: Any, path: str) -> Any:
    """Fill a DAWG-Python completion DAWG from the mapping of ``path``."""
    dictionary, guide = wrapper.Dictionary(), wrapper.Guide()
    dictionary._units, guide._units = _mapped_units(path)
    dawg.dct, dawg.guide = dictionary, guide
    return dawg


class MappedPredictionSuffixes(RecordDAWG):  # type: ignore[misc]
    """pymorphy3's ``PredictionSuffixesDAWG`` (count, paradigm, form index per suffix)."""

    def __init__(self) -> None:
        super().__init__(">IHH")

    def load(self, path: str) -> MappedPredictionSuffixes:
        return _load_mapped(self, path)  # type: ignore[no-any-return]


class _MappedProbabilities(IntCompletionDAWG):  # type: ignore[misc]
    """pymorphy3's ``ConditionalProbDistDAWG``: "word:tag" -> P(t|w) × 1,000,000."""

    def load(self, path: str) -> _MappedProbabilities:
        return _load_mapped(self, path)  # type: ignore[no-any-return]

    def prob(self, word: str, tag: Any) -> float:
        return self.get(f"{word}:{tag}", 0) / 1_000_000  # type: ignore[no-any-return]


class MappedProbabilityEstimator(ProbabilityEstimator):  # type: ignore[misc]
    """pymorphy3's estimator over the mapped P(t|w); passed to ``MorphAnalyzer`` as its
    ``probability_estimator_cls``, the extension point pymorphy3 offers for it."""

    def __init__(self, dict_path: str) -> None:
        path = os.path.join(dict_path, "p_t_given_w.intdawg")
        self.p_t_given_w = _MappedProbabilities().load(path)


@contextmanager
def mapped_prediction_suffixes() -> Iterator[None]:
    """While the block builds an analyser in this thread, its dictionary loads the prediction
    suffixes mapped (``MappedPredictionSuffixes``); other threads load them as usual.
    pymorphy3's loader names the class through its ``dawg`` module when it loads, which is
    where it is swapped."""
    from pymorphy3 import dawg as pymorphy_dawg

    original = getattr(pymorphy_dawg, "PredictionSuffixesDAWG", None)
    if original is None:
        yield
        return
    owner = threading.get_ident()

    def make() -> Any:
        return MappedPredictionSuffixes() if threading.get_ident() == owner else original()

    factory: Callable[[], Any] = make
    pymorphy_dawg.PredictionSuffixesDAWG = factory
    try:
        yield
    finally:
        pymorphy_dawg.PredictionSuffixesDAWG = original
