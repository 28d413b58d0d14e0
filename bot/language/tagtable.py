"""pymorphy3's table of tags, each tag made the first time a parse needs it.

Loading the Russian dictionary turns all 5,563 tag strings of its table into tag objects
(``OpencorporaTag``: split, interned, checked): ~11 ms of the ~30 ms the analyser takes to
load, on every ``briefbot ask``, while one question parses a few dozen words and needs a few
dozen tags. ``TagTable`` holds the strings and makes a tag on its first look-up, then keeps
it, so every later look-up returns the same object, as the list did: parses stay the same
objects with the same tags (``tests/test_tagtable.py`` compares them with a plain analyser).

pymorphy3 only indexes the table (``Dictionary.gramtab[tag_id]``); ``deferred_tags`` hands it
a ``TagTable`` instead of the list while the analyser is built. A pymorphy3 whose loading
works otherwise is left to build its list as it always did.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any


class TagTable(dict[int, Any]):
    """``table[tag_id]``: the tag of that index, made from its string on first use.

    A dict, so a tag already made is found by C code at the speed of a list look-up; only a
    first look-up runs Python (``__missing__``). Two threads making the same tag at once
    make two equal tags, one of which is kept: tags compare by their grammemes."""

    __slots__ = ("_make", "_strings")

    def __init__(self, strings: Sequence[str], make: Callable[[str], Any]) -> None:
        super().__init__()
        self._strings = strings
        self._make = make

    def __missing__(self, tag_id: int) -> Any:
        tag = self._make(self._strings[tag_id])  # IndexError past the end, as the list's
        self[tag_id] = tag
        return tag

    def __len__(self) -> int:
        return len(self._strings)

    def __iter__(self) -> Iterator[Any]:  # type: ignore[override]
        """The tags in order, as the list would give them (all of them made)."""
        return (self[tag_id] for tag_id in range(len(self._strings)))


@contextmanager
def deferred_tags() -> Iterator[Callable[[Any], bool]]:
    """While the block builds a ``pymorphy3.MorphAnalyzer`` in this thread, its dictionary
    gets an empty tag list; the function yielded then puts a ``TagTable`` of the strings
    read in its place (``install(analyzer.dictionary)``), returning whether it did. Other
    threads' analysers load as usual."""
    from pymorphy3.opencorpora_dict import storage

    original = getattr(storage, "_load_gramtab", None)
    owner = threading.get_ident()
    read: list[Sequence[str]] = []

    def load_gramtab(*args: Any, **kwargs: Any) -> Any:
        strings = original(*args, **kwargs)  # type: ignore[misc]
        if threading.get_ident() != owner or read:
            return strings
        read.append(strings)
        return []  # pymorphy3 makes a tag of each string in it: none now

    def install(dictionary: Any) -> bool:
        data = getattr(dictionary, "_data", None)
        if len(read) != 1 or dictionary.gramtab != [] or getattr(data, "gramtab", None) != []:
            return False
        table = TagTable(read[0], dictionary.Tag)
        dictionary.gramtab = table
        dictionary._data = data._replace(gramtab=table)
        return True

    if original is None:
        yield lambda dictionary: False
        return
    storage._load_gramtab = load_gramtab
    try:
        yield install
    finally:
        storage._load_gramtab = original
