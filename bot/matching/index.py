"""The searchable form of a knowledge base: every answerable thing with its weighted lemmas.

Each target (an answer, a figure, an expert's profile, a generated list) gets a bag of
lemmas, each with the weight of the strongest field it came from: how people ask for it
counts more than a word that merely occurs in a quote. Inverted postings keep scoring sparse,
so the index stays fast with tens of thousands of phrasings.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from bot.knowledge.faithfulness import ArticleIndex, article_index
from bot.knowledge.model import Answer, Briefing, Expert, Figure, KnowledgeBase, Quote
from bot.matching.lexicon import is_stop
from bot.matching.morphology import lemma
from bot.matching.text import tokens

# Field weights: how strongly a lemma in this field says "this target is what was asked".
PHRASING = 1.0
TITLE = 0.9
SPEAKER_NAME = 0.9
TOPIC = 0.3  # below CONTEXT: a topic label alone does not explain a named thing
SPEAKER_ROLE = 0.6
CONTENT = 0.7
CONTEXT = 0.35  # the rest of the article paragraph around the entry's spans


class TargetKind(StrEnum):
    ANSWER = "answer"
    FIGURE = "figure"
    EXPERT = "expert"
    LIST = "list"


@dataclass(frozen=True, slots=True)
class Target:
    """Something the bot can answer with; the matcher's unit of choice."""

    key: str
    kind: TargetKind
    briefing: Briefing
    entry: Answer | Figure | None = None
    expert: Expert | None = None

    @property
    def speaker(self) -> str | None:
        if self.expert is not None:
            return self.expert.id
        return self.entry.speaker if self.entry is not None else None

    @property
    def topics(self) -> tuple[str, ...]:
        return self.entry.topics if self.entry is not None else ()


def bigrams(lemmas: list[str]) -> list[str]:
    """Adjacent meaningful words: "железная дорога" means more than "железный" and "дорога"."""
    return [f"{a} {b}" for a, b in itertools.pairwise(lemmas) if a != b]


def content_lemmas(text: str) -> list[str]:
    """Lemmas of the meaningful words of a text; ranges also give their ends ("15-18" → 15, 18)."""
    result: list[str] = []
    for token in tokens(text):
        if is_stop(token):
            continue
        word = lemma(token)
        if is_stop(word):
            continue
        result.append(word)
        if "-" in word and word[0].isdigit():
            result.extend(part for part in word.split("-") if part)
    return result


@dataclass
class IndexedTarget:
    target: Target
    terms: dict[str, float] = field(default_factory=dict)
    phrasings: list[frozenset[str]] = field(default_factory=list)
    has_number: bool = False
    bigrams: dict[str, float] = field(default_factory=dict)  # "железный дорога" → weight

    def add(self, text: str, weight: float) -> None:
        words = content_lemmas(text)
        for word in words:
            if self.terms.get(word, 0.0) < weight:
                self.terms[word] = weight
        for pair in bigrams(words):
            if self.bigrams.get(pair, 0.0) < weight:
                self.bigrams[pair] = weight

    def add_phrasing(self, text: str, weight: float = PHRASING) -> None:
        self.add(text, weight)
        lemmas = frozenset(content_lemmas(text))
        if lemmas:
            self.phrasings.append(lemmas)


@dataclass
class Index:
    """All targets of a knowledge base, with IDF weights, postings and the fuzzy vocabulary."""

    targets: list[IndexedTarget]
    idf: dict[str, float]
    postings: dict[str, list[tuple[int, float]]]
    surface: dict[str, str]  # folded word form → lemma, for typo repair
    names: dict[str, frozenset[tuple[str, str]]]  # lemma of a name → (briefing id, expert id)
    unknown_idf: float
    bigram_idf: dict[str, float] = field(default_factory=dict)

    @classmethod
    def build(cls, kb: KnowledgeBase) -> Index:
        targets: list[IndexedTarget] = []
        surface: dict[str, str] = {}
        names: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for briefing in kb.briefings:
            targets.extend(_briefing_targets(briefing))
            for expert in briefing.experts:
                for word in _name_lemmas(expert):
                    names[word].add((briefing.id, expert.id))
        for indexed in targets:
            for text in _all_texts(indexed.target):
                for token in tokens(text):
                    if not is_stop(token) and not token[0].isdigit():
                        surface.setdefault(token, lemma(token))
        df: dict[str, int] = defaultdict(int)
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for number, indexed in enumerate(targets):
            for word, weight in indexed.terms.items():
                df[word] += 1
                postings[word].append((number, weight))
        n = max(len(targets), 1)
        idf = {word: math.log(1 + n / count) for word, count in df.items()}
        pair_df: dict[str, int] = defaultdict(int)
        for indexed in targets:
            for pair in indexed.bigrams:
                pair_df[pair] += 1
        bigram_idf = {pair: math.log(1 + n / count) for pair, count in pair_df.items()}
        return cls(
            targets=targets,
            idf=idf,
            postings=dict(postings),
            surface=surface,
            names={k: frozenset(v) for k, v in names.items()},
            unknown_idf=math.log(1 + 2 * n),
            bigram_idf=bigram_idf,
        )

    def target(self, briefing_id: str, key: str) -> Target | None:
        for indexed in self.targets:
            if indexed.target.key == key and indexed.target.briefing.id == briefing_id:
                return indexed.target
        return None


def _name_lemmas(expert: Expert) -> set[str]:
    """Lemmas that identify this expert by name: the names and one-word capitalised aliases.

    Multi-word aliases ("Kazakh political scientist", "Azerbaijani MP") describe a role, and a
    nationality word must not count as naming somebody.
    """
    texts = [expert.name, expert.name_en, expert.surname]
    texts += [a for a in expert.aliases if a[:1].isupper() and len(a.split()) == 1]
    return {word for text in texts for word in content_lemmas(text)}


def _briefing_targets(briefing: Briefing) -> Iterable[IndexedTarget]:
    article = article_index(briefing.article)
    for answer in briefing.answers:
        kind = TargetKind.LIST if answer.list_kind is not None else TargetKind.ANSWER
        indexed = IndexedTarget(Target(answer.id, kind, briefing, entry=answer))
        _add_entry(indexed, briefing, answer)
        for quote in answer.quotes:
            indexed.add(quote.text, CONTENT)
        for extra in (answer.lead, answer.lead_en, answer.summary_en):
            if extra:
                indexed.add(extra, CONTENT)
        indexed.has_number = any(ch.isdigit() for q in answer.quotes for ch in q.text)
        _add_context(indexed, article, answer.quotes)
        yield indexed
    for figure in briefing.figures:
        indexed = IndexedTarget(Target(figure.id, TargetKind.FIGURE, briefing, entry=figure))
        _add_entry(indexed, briefing, figure)
        indexed.add(figure.value, TITLE)
        indexed.add(figure.measures, TITLE)
        indexed.add(figure.measures_en, TITLE)
        indexed.add(figure.span.text, CONTENT)
        _add_context(indexed, article, (figure.span,))
        indexed.has_number = True
        yield indexed
    for expert in briefing.experts:
        indexed = IndexedTarget(
            Target(f"expert:{expert.id}", TargetKind.EXPERT, briefing, expert=expert)
        )
        for text in (expert.name, expert.name_en, expert.surname, *expert.aliases):
            indexed.add_phrasing(text)
        indexed.add_phrasing(f"{expert.role} {expert.surname}")
        indexed.add(expert.role, SPEAKER_ROLE)
        indexed.add(expert.role_en, SPEAKER_ROLE)
        indexed.add(f"{expert.country} {expert.country_en}", CONTENT)
        yield indexed


def _add_context(indexed: IndexedTarget, article: ArticleIndex, spans: Iterable[Quote]) -> None:
    paragraphs = article.article.paragraphs
    for quote in spans:
        for start, _ in article.occurrences(quote.text):
            indexed.add(paragraphs[article.paragraph_of(start)], CONTEXT)
            break


def _add_entry(indexed: IndexedTarget, briefing: Briefing, entry: Answer | Figure) -> None:
    for question in entry.questions:
        indexed.add_phrasing(question)
    indexed.add_phrasing(entry.title, TITLE)
    indexed.add_phrasing(entry.title_en, TITLE)
    expert = briefing.expert(entry.speaker)
    if expert is not None:
        for text in (expert.name, expert.name_en, expert.surname, *expert.aliases):
            indexed.add(text, SPEAKER_NAME)
        indexed.add(expert.role, SPEAKER_ROLE)
        indexed.add(expert.role_en, SPEAKER_ROLE)
    for topic_id in entry.topics:
        topic = briefing.topic(topic_id)
        if topic is not None:
            for text in (topic.title, topic.title_en, *topic.aliases):
                indexed.add(text, TOPIC)


def _all_texts(target: Target) -> Iterable[str]:
    """Every text a user might echo, for the vocabulary typos are repaired against."""
    briefing = target.briefing
    if target.expert is not None:
        expert = target.expert
        yield from (expert.name, expert.name_en, expert.role, expert.role_en, *expert.aliases)
        return
    entry = target.entry
    assert entry is not None
    yield from entry.questions
    yield entry.title
    yield entry.title_en
    if isinstance(entry, Answer):
        yield from (q.text for q in entry.quotes)
    else:
        yield from (entry.value, entry.measures, entry.measures_en, entry.span.text)
    for topic_id in entry.topics:
        topic = briefing.topic(topic_id)
        if topic is not None:
            yield from (topic.title, topic.title_en, *topic.aliases)


__all__ = ["Index", "IndexedTarget", "Target", "TargetKind", "bigrams", "content_lemmas"]
