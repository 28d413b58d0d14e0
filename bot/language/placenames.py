"""Places named by their adjective: "основа новой евразийской архитектуры" is about Eurasia,
"казахстанских энергоресурсов" about Kazakhstan.

A question naming the place ("чем станет маршрут для Евразии") is about the passage that
names it by its adjective as much as about one naming it by its noun; the words differ, the
place is one. The adjective of a place name is made by "-ский" on its stem ("Каспий" →
"каспийский", "Казахстан" → "казахстанский", "Евразия" → "евразийский"); read back, an
adjective's place is the name the article writes with a capital that this gives. Irregular
ones ("Баку" → "бакинский") are not guessed.
"""

from __future__ import annotations

from collections.abc import Collection

_SUFFIX = "ский"
_SHORTEST_STEM = 3


def place_of_adjective(lemma: str, names: Collection[str]) -> str | None:
    """The place name (a lemma among ``names``, the article's capitalised words) that the
    adjective ``lemma`` is made from, or None: "евразийский" → "евразия", "каспийский" →
    "каспий", "азербайджанский" → "азербайджан"."""
    if not lemma.endswith(_SUFFIX) or len(lemma) - len(_SUFFIX) < _SHORTEST_STEM:
        return None
    stem = lemma[: -len(_SUFFIX)]
    candidates = [stem]
    if stem.endswith("й"):
        candidates.append(stem[:-1] + "я")  # "евразий" → "евразия", "россий" → "россия"
    return next((name for name in candidates if name in names), None)
