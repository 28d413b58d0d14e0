"""Places named by their adjective: "основа новой евразийской архитектуры" is about Eurasia,
"казахстанских энергоресурсов" about Kazakhstan.

A question naming the place ("чем станет маршрут для Евразии") is about the passage that
names it by its adjective as much as about one naming it by its noun; the words differ, the
place is one. The adjective of a place name is made by "-ский" on its stem ("Каспий" →
"каспийский", "Казахстан" → "казахстанский", "Евразия" → "евразийский"); read back, an
adjective's place is the name the article writes with a capital that this gives. Irregular
ones ("Баку" → "бакинский") are not guessed.

A region is often named by a capitalised adjective before a geographic noun ("безопасности
Южного Кавказа", "стран Центральной Азии"), with no preposition of place before it: inside a
sentence only a proper name capitalises an adjective, so the pair names a place wherever it
stands (``compound_place_names``).
"""

from __future__ import annotations

from collections.abc import Collection

from bot.language.morphology import parse

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


# Characters around a word that are not part of it.
_PUNCTUATION = "«»\"'.,;:!?()“”„"


def compound_place_names(text: str) -> list[str]:
    """The geographic nouns a text names with a capitalised adjective inside a sentence
    ("усиливает роль Баку в обеспечении энергетической безопасности Южного Кавказа":
    "Кавказа"), as written — the noun, so that a question naming "Кавказ" names it. The
    first word of a sentence is not read: its capital says nothing."""
    found: list[str] = []
    words = text.split()
    for at in range(1, len(words) - 1):
        if words[at - 1].endswith((".", "!", "?", "…")):
            continue
        adjective = words[at].strip(_PUNCTUATION)
        noun = words[at + 1].strip(_PUNCTUATION)
        if words[at].endswith((",", ".", ";", ":", "!", "?")):
            continue  # "…в Азербайджане, Габала": a new clause, no pair
        if not (_capitalised(adjective) and _capitalised(noun)):
            continue
        if any(p.tag.POS == "ADJF" for p in parse(adjective.lower())[:1]) and any(
            p.tag.POS == "NOUN" and "Geox" in p.tag for p in parse(noun.lower())[:2]
        ):
            found.append(noun)
    return found


def _capitalised(word: str) -> bool:
    return len(word) > 1 and word[:1].isupper() and not word.isupper() and word.isalpha()
