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


# dawgdic's unit layout (DAWG-Python's ``units``): a base's offset to its children, its
# label (with the leaf flag), whether a leaf hangs below it, a leaf's value.
_MASK = 0xFFFFFFFF
_IS_LEAF = 1 << 31
_HAS_LEAF = 1 << 8
_EXTENSION = 1 << 9
_LABEL = _IS_LEAF | 0xFF
_VALUE = ~_IS_LEAF & _MASK


def _follow(units: memoryview, key: bytes, index: int) -> int:
    """The unit reached from ``index`` by the bytes of ``key``, -1 if there is none
    (``Dictionary.follow_bytes``, inlined)."""
    for label in key:
        base = units[index]
        index = (index ^ ((base >> 10) << ((base & _EXTENSION) >> 6)) ^ label) & _MASK
        if units[index] & _LABEL != label:
            return -1
    return index


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

    _last: tuple[str, int] = ("", -1)  # the last word's "word:" walked, and where it ends

    def prob(self, word: str, tag: Any) -> float:
        """DAWG-Python's ``get``, walked here in one loop over the mapped units: a cold index
        build asks ~2,800 of these, and DAWG-Python's calls per byte made each ~20 µs (+60 ms
        of start-up); the parses of one word ask in a row, so its "word:" is walked once."""
        units = self.dct._units
        last_word, index = self._last
        if last_word != word:
            index = _follow(units, f"{word}:".encode(), 0)
            self._last = (word, index)
        if index >= 0:
            index = _follow(units, str(tag).encode(), index)
        if index < 0 or not units[index] & _HAS_LEAF:
            return 0.0
        base = units[index]
        found = units[(index ^ ((base >> 10) << ((base & _EXTENSION) >> 6))) & _MASK]
        return (found & _VALUE) / 1_000_000


class MappedProbabilityEstimator(ProbabilityEstimator):  # type: ignore[misc]
    """pymorphy3's estimator over the mapped P(t|w); passed to ``MorphAnalyzer`` as its
    ``probability_estimator_cls``, the extension point pymorphy3 offers for it.

    ``in_memory`` reads P(t|w) with DAWG2's C reader while a block runs: an index build
    parses ~1,200 new words at once, and the mapped walk in Python was ~40% of their parsing
    (~18 ms of a start without the start-up cache; the file read and the C reader's ~2,800
    look-ups cost ~3 ms). The 2.9 MB copy is dropped when the last such block ends, so a
    running bot keeps only the mapping. The same file, so the same values: a value divided
    by 1,000,000 either way (``ConditionalProbDistDAWG.prob``)."""

    def __init__(self, dict_path: str) -> None:
        self.path = os.path.join(dict_path, "p_t_given_w.intdawg")
        self.p_t_given_w = self.mapped = _MappedProbabilities().load(self.path)
        self._lock = threading.Lock()
        self._blocks = 0  # blocks running ``in_memory``, in any thread

    @contextmanager
    def in_memory(self) -> Iterator[None]:
        """P(t|w) from a copy in memory while the block runs (see the class), when DAWG2's C
        reader is installed; from the mapping as before otherwise. A look-up made meanwhile
        by another thread reads either reader: both give the same value."""
        from pymorphy3.dawg import EXTENSION_AVAILABLE, ConditionalProbDistDAWG

        if not EXTENSION_AVAILABLE:
            yield
            return
        with self._lock:
            if not self._blocks:
                try:
                    self.p_t_given_w = ConditionalProbDistDAWG().load(self.path)
                except (OSError, ValueError, RuntimeError):  # gone or changed since mapped:
                    self.p_t_given_w = self.mapped  # the mapping still reads what it read
            self._blocks += 1
        try:
            yield
        finally:
            with self._lock:
                self._blocks -= 1
                if not self._blocks:
                    self.p_t_given_w = self.mapped


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
