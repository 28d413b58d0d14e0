"""Two baselines a developer would write first, over the same knowledge base as briefbot.

They exist to show what briefbot's matcher buys: each picks one entry by comparing the question
with every curated phrasing, and answers with the very text the bot would show for that entry,
so ``bot.evaluation`` judges all three systems by one rule. Their cut-offs are tuned on the dev
split (``tune``), never guessed, so a baseline is not handicapped by a bad threshold.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar, Protocol, Self

import numpy as np
import snowballstemmer
from rank_bm25 import BM25Okapi
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from bot.answering.entries import entry_reply
from bot.answering.library import Library
from bot.evaluation import Item, Outcome, Report, run
from bot.knowledge.model import Briefing, KnowledgeBase
from bot.language.text import is_cyrillic, is_latin, tokens
from bot.rendering.plain import render_plain

Answer = tuple[bool, str, str | None]
NO_ANSWER: Answer = (False, "", None)


@dataclass(frozen=True, slots=True)
class Phrasing:
    """One way of asking for an entry: a curated question, or an expert's name or alias."""

    text: str
    briefing: Briefing
    key: str  # an answer or figure id, or ``expert:<id>`` for the expert's profile


def phrasings(kb: KnowledgeBase) -> list[Phrasing]:
    """Every phrasing the KB offers, in KB order; the baselines' whole search space."""
    result: list[Phrasing] = []
    for briefing in kb.briefings:
        for entry in briefing.items:
            result.extend(Phrasing(q, briefing, entry.id) for q in entry.questions)
        for expert in briefing.experts:
            key = f"expert:{expert.id}"
            for name in dict.fromkeys((expert.name, *expert.aliases)):
                result.append(Phrasing(name, briefing, key))
    return result


def reply_language(question: str) -> str:
    """'en' when the question has more Latin than Cyrillic words: the bot's rule (matcher.py).

    The bot applies it to its best reading of the question (after layout repair); a baseline
    has no repair, so it applies it to the text as typed.
    """
    words = tokens(question)
    latin = sum(1 for w in words if is_latin(w)) > sum(1 for w in words if is_cyrillic(w))
    return "en" if latin else "ru"


class Renderer:
    """The bot's own reply text for an entry, memoised: tuning renders the same few entries
    thousands of times."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.library = Library.of(kb)
        self._texts: dict[tuple[str, str, str], str] = {}

    def text(self, briefing: Briefing, key: str, lang: str) -> str:
        cache_key = (briefing.id, key, lang)
        if cache_key not in self._texts:
            entry = self.library.catalogue.entry_in(briefing, key)
            assert entry is not None, key
            self._texts[cache_key] = render_plain(entry_reply(self.library, entry, lang))
        return self._texts[cache_key]


class Scorer(Protocol):
    """Finds the best phrasing for a question; knows nothing about cut-offs."""

    def top(self, question: str) -> tuple[float, Phrasing | None]: ...


@dataclass
class _Memo:
    """Shared by every cut-off variant of a baseline, so a sweep scores each question once."""

    scorer: Scorer
    renderer: Renderer
    tops: dict[str, tuple[float, Phrasing | None]] = field(default_factory=dict)
    languages: dict[str, str] = field(default_factory=dict)

    def language(self, question: str) -> str:
        if question not in self.languages:
            self.languages[question] = reply_language(question)
        return self.languages[question]

    def top(self, question: str) -> tuple[float, Phrasing | None]:
        if question not in self.tops:
            self.tops[question] = self.scorer.top(question)
        return self.tops[question]


class Baseline:
    """A System: answer with the top phrasing's entry when its score reaches ``cutoff``.

    A score of 0 never answers: nothing in the question matched, so the top phrasing is
    arbitrary.
    """

    name: ClassVar[str]

    def __init__(self, kb: KnowledgeBase, cutoff: float = 0.0, *, memo: _Memo | None = None):
        self.kb = kb
        self.cutoff = cutoff
        self.memo = memo or _Memo(self.make_scorer(kb), Renderer(kb))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(cutoff={self.cutoff:g})"

    def __call__(self, question: str) -> Answer:
        score, best = self.memo.top(question)
        if best is None or score <= 0 or score < self.cutoff:
            return NO_ANSWER
        text = self.memo.renderer.text(best.briefing, best.key, self.memo.language(question))
        return True, text, best.key

    def score(self, question: str) -> float:
        return self.memo.top(question)[0]

    def with_cutoff(self, cutoff: float) -> Self:
        """The same baseline at another cut-off, sharing the scores already computed."""
        return type(self)(self.kb, cutoff, memo=self.memo)

    @staticmethod
    def make_scorer(kb: KnowledgeBase) -> Scorer:
        raise NotImplementedError

    def grid(self, questions: Iterable[str]) -> list[float]:
        """Cut-offs worth trying; each baseline knows its own score scale."""
        raise NotImplementedError


class _WRatioScorer:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.phrasings = phrasings(kb)
        # default_process once per phrasing, not once per question × phrasing.
        self.choices = [default_process(p.text) for p in self.phrasings]

    def top(self, question: str) -> tuple[float, Phrasing | None]:
        found = process.extractOne(
            default_process(question), self.choices, scorer=fuzz.WRatio, processor=None
        )
        if found is None:
            return 0.0, None
        _, score, index = found
        return float(score), self.phrasings[index]


class WRatioBaseline(Baseline):
    """rapidfuzz ``extractOne`` with ``fuzz.WRatio`` over all phrasings: the one-liner."""

    name = "WRatio baseline"

    @staticmethod
    def make_scorer(kb: KnowledgeBase) -> Scorer:
        return _WRatioScorer(kb)

    def grid(self, questions: Iterable[str]) -> list[float]:
        """WRatio is a 0–100 similarity: every integer is a candidate."""
        return [float(c) for c in range(101)]


_WORD_RE = re.compile(r"[^\W_]+")
_RU_STEMMER = snowballstemmer.stemmer("russian")
_EN_STEMMER = snowballstemmer.stemmer("english")


def bm25_tokens(text: str) -> list[str]:
    """Lower case, ё as е, words of letters/digits, Snowball-stemmed (Latin words in English)."""
    words = _WORD_RE.findall(text.lower().replace("ё", "е"))
    return [
        (_EN_STEMMER if is_latin(w) and not is_cyrillic(w) else _RU_STEMMER).stemWord(w)
        for w in words
    ]


class _BM25Scorer:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.phrasings = phrasings(kb)
        self.bm25 = BM25Okapi([bm25_tokens(p.text) for p in self.phrasings])

    def top(self, question: str) -> tuple[float, Phrasing | None]:
        query = bm25_tokens(question)
        if not query:
            return 0.0, None
        scores = self.bm25.get_scores(query)
        index = int(np.argmax(scores))
        return float(scores[index]), self.phrasings[index]


class BM25Baseline(Baseline):
    """Okapi BM25 over Snowball-stemmed phrasings."""

    name = "BM25 baseline"

    @staticmethod
    def make_scorer(kb: KnowledgeBase) -> Scorer:
        return _BM25Scorer(kb)

    def grid(self, questions: Iterable[str]) -> list[float]:
        """BM25 scores have no fixed scale: try the percentiles of the observed top scores,
        plus 0 (answer whenever a word matched) and just above the maximum (never answer)."""
        scores = np.array([self.score(q) for q in questions], dtype=float)
        if scores.size == 0:
            return [0.0]
        quantiles = np.quantile(scores, np.linspace(0.0, 1.0, 101))
        above_all = float(np.nextafter(scores.max(), np.inf))
        return sorted({0.0, *(float(q) for q in quantiles), above_all})


@dataclass(frozen=True)
class Tuned:
    """The chosen cut-off, the system that uses it and its report on the tuning items."""

    cutoff: float
    system: Baseline
    report: Report


def tune(
    system_factory: Callable[[float], Baseline],
    items: Sequence[Item],
    grid: Sequence[float] | None = None,
) -> Tuned:
    """Sweep the cut-off and keep the one with the best overall accuracy on ``items``.

    Overall accuracy counts correct in-scope answers and correct abstentions alike, so the
    cut-off trades one against the other the way the evaluation does. Ties go to fewer false
    answers (a wrong answer misleads, silence does not), then to the lower cut-off.
    """
    probe = system_factory(0.0)
    candidates = list(grid) if grid is not None else probe.grid(i.question for i in items)
    if not candidates:
        raise ValueError("empty cut-off grid")
    # Judging evidence is the slow part and a sweep sees the same few replies per question
    # again and again, so each (item, reply) is judged once with the evaluation's own rule.
    verdicts: dict[tuple[int, bool, str], bool] = {}

    def correct(index: int, answered: bool, text: str, entry: str | None) -> bool:
        key = (index, answered, text)
        if key not in verdicts:
            verdicts[key] = Outcome(items[index], answered, text, entry).correct
        return verdicts[key]

    best: tuple[tuple[int, int, float], float] | None = None
    for cutoff in candidates:
        system = system_factory(cutoff)
        right = wrong_answers = 0
        for index, item in enumerate(items):
            answered, text, entry = system(item.question)
            ok = correct(index, answered, text, entry)
            right += ok
            wrong_answers += answered and not ok
        rank = (right, -wrong_answers, -cutoff)
        if best is None or rank > best[0]:
            best = (rank, cutoff)
    assert best is not None
    chosen = system_factory(best[1])
    return Tuned(best[1], chosen, run(chosen, items))


def factories(kb: KnowledgeBase) -> dict[str, Callable[[float], Baseline]]:
    """One factory per baseline; each shares its scorer across cut-offs."""
    wratio = WRatioBaseline(kb)
    bm25 = BM25Baseline(kb)
    return {wratio.name: wratio.with_cutoff, bm25.name: bm25.with_cutoff}


__all__ = [
    "BM25Baseline",
    "Baseline",
    "Phrasing",
    "Renderer",
    "Tuned",
    "WRatioBaseline",
    "bm25_tokens",
    "factories",
    "phrasings",
    "reply_language",
    "tune",
]
