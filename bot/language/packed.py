"""Many short strings held as one: ``PackedStrings``, a read-only sequence.

pymorphy3 keeps the 16,311 suffixes of its Russian dictionary as a list of ``str`` objects:
~88 bytes each for suffixes of four letters, 1.4 MB of every process that answers a question
(``bench.endtoend``). One string and the offsets where each ends hold the same in ~0.2 MB;
a look-up makes the suffix again (a slice, ~0.1 µs), and look-ups happen only when a word is
parsed for the first time (``bot.language.morphology`` remembers parses).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import overload


class PackedStrings(Sequence[str]):
    """The strings given, in order, as one string and an array of where each ends."""

    __slots__ = ("_ends", "_text")

    def __init__(self, strings: Iterable[str]) -> None:
        items = list(strings)
        self._text = "".join(items)
        self._ends = array("L", accumulate(map(len, items)))

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self._ends)
            if index < 0:
                raise IndexError("PackedStrings index out of range")
        end = self._ends[index]  # IndexError past the end, as a list's
        return self._text[self._ends[index - 1] if index else 0 : end]
