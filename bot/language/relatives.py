"""A relative clause the asker adds to point at a thing, and the question without it.

"В какой день начался тот самый государственный визит Алиева, итоги которого обсуждали
эксперты Minval Politika?" asks the visit's first day; ", итоги которого обсуждали эксперты"
only says which visit is meant. Its words weigh like the question's own and pull it to the
passage on what the experts discussed, which gives no date, so the article's own date was
refused. The clause is cut here; the matcher's reader decides whether the question without it
is read instead (only when that reading is sure and asks the same kind).
"""

from __future__ import annotations

import re

from bot.language.function_words import QUESTION_WORDS
from bot.language.text import fold
from bot.patterns import lazy

# ", итоги которого обсуждали", ", которые подписали": a comma, at most three words, then the
# relative word, up to the next comma or end. Russian only: English "which" after a comma
# asks as often as it points ("When Tokayev was in Gabala, which date?").
_RELATIVE = lazy(r",\s*(?:[^\s,.;:!?]+\s+){0,3}котор\w*\b[^,.;:!?]*", re.IGNORECASE)


def without_relative_clause(text: str) -> str | None:
    """``text`` with its relative clauses cut (the punctuation after them kept), or None
    when it holds none that only points at a thing — or nothing would be left before it."""
    kept: list[str] = []
    at = 0
    cut = False
    for found in _RELATIVE.finditer(text):
        clause = found.group(0)
        words = fold(clause).replace(",", " ").split()
        relative = next(i for i, w in enumerate(words) if w.startswith("котор"))
        if any(w in QUESTION_WORDS for w in words[:relative] + words[relative + 1 :]):
            continue  # a question word inside: part of what is asked, not a pointer
        before = text[at : found.start()]
        if not before.strip() and not kept:
            continue
        kept.append(before)
        at = found.end()
        if text[at : at + 1] == ",":
            at += 1  # the clause's closing comma: "какой маршрут, который …, обсуждали"
        cut = True
    if not cut:
        return None
    kept.append(text[at:])
    return "".join(kept).strip() or None
