"""Fuzzy search of one word against a vocabulary that compares it with a few candidates only.

``rapidfuzz.process.extractOne`` with ``fuzz.ratio`` compares a word with every word of the
vocabulary, so a typo costs as much as the knowledge base is large. The search here first
takes the candidates from an inverted index of letter pairs and compares only those, with
exactly the same result: a word whose ratio reaches the cut-off is never left out.

Why no word is left out. ``fuzz.ratio`` is ``200 * L / (la + lb)`` with ``L`` the longest
common subsequence of words of lengths ``la`` and ``lb``. So a word reaching the cut-off has
``L >= L_min`` (which rules out lengths too far apart), and, with both words padded as
``^word$``, at least ``3 * L_min - la - lb + 1`` of its letter pairs are the query's: each of
the ``la - L`` letters of the query left out of the common subsequence breaks at most two of
its ``la + 1`` pairs, and each of the ``lb - L`` letters of the other word inside the
subsequence's gaps at most one more. If a word shares at least ``r`` of the query's pairs, it
shares one of any ``la + 2 - r`` of them (pigeonhole): the candidates are the words holding
one of the query's rarest pairs, and the look-up reads short posting lists only.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.matching.work import count_lookup


def letter_pairs(word: str) -> list[str]:
    """The word's letter pairs, padded so its first and last letters count too."""
    padded = f"^{word}$"
    return [padded[i : i + 2] for i in range(len(padded) - 1)]


def _least_common(la: int, lb: int, cutoff: float) -> int:
    """The shortest common subsequence for which ``fuzz.ratio`` reaches ``cutoff``
    (rounded down by a hair: a looser bound only adds candidates)."""
    return max(0, math.ceil(cutoff * (la + lb) / 200 - 1e-9))


@dataclass
class FuzzyVocabulary:
    """Words in a fixed order, searchable by ``fuzz.ratio`` through their letter pairs."""

    words: Sequence[str]
    _postings: dict[str, list[int]] = field(init=False, repr=False)
    _by_length: dict[int, list[int]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        postings: dict[str, list[int]] = defaultdict(list)
        by_length: dict[int, list[int]] = defaultdict(list)
        for number, word in enumerate(self.words):
            by_length[len(word)].append(number)
            for pair in dict.fromkeys(letter_pairs(word)):
                postings[pair].append(number)
        self._postings = dict(postings)
        self._by_length = dict(by_length)

    def candidates(self, word: str, cutoff: float) -> list[int]:
        """Numbers of the words that may reach ``cutoff`` against ``word``, in order."""
        la = len(word)
        lengths: list[int] = []
        shared_needed: list[int] = []
        for lb in self._by_length:
            least = _least_common(la, lb, cutoff)
            if least <= min(la, lb):
                lengths.append(lb)
                shared_needed.append(3 * least - la - lb + 1)
        if not lengths:
            return []
        needed = min(shared_needed)
        if needed <= 0:  # some length admits words sharing no pair: compare them all
            found = {n for lb in lengths for n in self._by_length[lb]}
        else:
            pairs = sorted(letter_pairs(word), key=lambda p: len(self._postings.get(p, ())))
            found = set()
            for pair in pairs[: len(pairs) - needed + 1]:
                found.update(self._postings.get(pair, ()))
            allowed = set(lengths)
            found = {n for n in found if len(self.words[n]) in allowed}
        return sorted(found)

    def best(self, word: str, cutoff: float) -> tuple[str, float] | None:
        """What ``process.extractOne(word, words, scorer=fuzz.ratio, score_cutoff=cutoff)``
        gives — the first best word and its score — comparing only the candidates."""
        numbers = self.candidates(word, cutoff)
        count_lookup(len(numbers))
        if not numbers:
            return None
        # Imported by the first slip to mend: rapidfuzz costs ~40 M instructions to import.
        from rapidfuzz import fuzz, process

        choices = [self.words[n] for n in numbers]
        hit = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        return None if hit is None else (hit[0], hit[1])
