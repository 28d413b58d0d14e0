"""A list begun by the question and left for the answer to finish.

"что нужно для Среднего коридора кроме денег: локомотивы, вагоны, что ещё?", "locomotives,
wagons, what else?": the user names the items he knows and asks the rest. The passage
listing those very items is the one that holds the rest, however few other words of the
question it shares — the question's own words are mostly the items, which it already holds.
"""

from __future__ import annotations

from bot.language.text import fold, tokens
from bot.patterns import lazy

# "…: A, B, что ещё", "A, B и что ещё", "A, B, what else": at least two items separated by
# commas (or "и/and" before the last), closed by a question asking the rest ("еше": "ещё"
# as transliteration spells it).
_REST = lazy(
    r"(?:^|[:—–-]\s*|\b)([^,:?!.]+(?:,\s*[^,:?!.]+)+?)\s*,?\s*(?:и\s+|а\s+|and\s+)?"
    r"(?:что|чего|кто|what|who)\s+(?:ещ[её]|еше|else|more)\b"
)
_LAST = lazy(r"\s+(?:и|and)\s+")  # "локомотивы и вагоны": the last item after "и"
_FEWEST = 2  # items named before the rest is asked


def items_before_rest(text: str) -> tuple[tuple[str, ...], ...]:
    """The items a question names before asking the rest of the list ("локомотивы, вагоны,
    что ещё" → (("локомотивы",), ("вагоны",))), each as its folded words; () when it asks
    no rest or names fewer than two."""
    found = _REST.search(fold(text))
    if found is None:
        return ()
    pieces = [part for piece in found.group(1).split(",") for part in _LAST.split(piece)]
    items = tuple(tuple(tokens(piece)) for piece in pieces)
    items = tuple(item for item in items if item)
    return items if len(items) >= _FEWEST else ()
