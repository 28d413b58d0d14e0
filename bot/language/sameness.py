"""Whether two named things are one: "Габала — это то же самое, что Баку?", "Средний коридор
и Транскаспийский маршрут — одно и то же?", "is the Turkic seven the same as the OTS?".

The words of the comparison are fillers (``fillers``), so the two things are the question's
subject; but a passage naming only one of them tells nothing of whether it is the other. The
matcher reads the two sides here and asks the answer to name both (``Matcher.band``).
"""

from __future__ import annotations

from collections.abc import Sequence

# The comparison closing a side, its words in a row, and how the other side follows it:
# "X — это то же самое, что Y" (the other after "что"); "X и Y — одно и то же" (the two
# before it, joined by "и").
_THAN: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("то", "же", "самое"), frozenset({"что", "как"})),
    (("то", "же"), frozenset({"что"})),
    (("the", "same", "thing"), frozenset({"as"})),
    (("the", "same"), frozenset({"as"})),
    (("same", "thing"), frozenset({"as"})),
    (("same",), frozenset({"as"})),
)
_JOINED: tuple[tuple[str, ...], ...] = (
    ("одно", "и", "то", "же"),
    ("одна", "и", "та", "же"),
    ("разные", "вещи"),
    ("the", "same", "thing"),
    ("the", "same"),
    ("same", "thing"),
)
_AND = frozenset({"и", "and"})


def sameness_sides(words: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The words of the two things a question asks to be one or not, or None when it asks
    no such thing. "то же самое, что": the one before, the other after; "одно и то же",
    "разные вещи", "the same (thing)" with nothing after: the two before, split at the last
    "и"/"and" (the first of "одно и то же" is the comparison's own)."""
    words = tuple(words)
    for frame, than in _THAN:
        at = _find(words, frame)
        if at is None:
            continue
        after = at + len(frame)
        if after < len(words) and words[after] in than:
            before, other = words[:at], words[after + 1 :]
            if before and other:
                return before, other
    for frame in _JOINED:
        at = _find(words, frame)
        if at is None:
            continue
        before = words[:at]
        joins = [i for i, word in enumerate(before) if word in _AND]
        if joins and 0 < joins[-1] < len(before) - 1:
            return before[: joins[-1]], before[joins[-1] + 1 :]
    return None


def _find(words: tuple[str, ...], frame: tuple[str, ...]) -> int | None:
    """Where ``frame`` first stands in ``words`` as a run."""
    size = len(frame)
    for at in range(len(words) - size + 1):
        if words[at : at + size] == frame:
            return at
    return None
