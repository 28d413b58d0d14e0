"""From a message to the best target, a 0–100 score and a band: answer, suggest or none.

The score combines two views of the same evidence:
- coverage: how much of what the user asked (IDF-weighted) a target explains. Words the
  knowledge base has never seen keep their weight, so "сколько стоит билет на паром" — where
  only "паром" is known — cannot reach the answer band: that is how the bot knows what the
  article does not say;
- closeness: weighted Dice overlap with the target's best phrasing, which separates
  neighbours that share a topic.
Intent adjusts it: "сколько/how many" leans to figures, "кто/who" to experts, and a question
that names an expert is never answered with somebody else's words.
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from rapidfuzz import fuzz, process

from bot.knowledge.model import KnowledgeBase, ListKind
from bot.matching.context import Context
from bot.matching.index import CONTEXT, Index, Target, TargetKind, bigrams
from bot.matching.lexicon import (
    ARTICLE_WORDS,
    AUTHOR_WORDS,
    COUNT_PHRASES,
    COUNT_WORDS,
    CURRENCY_MARKS,
    ENGLISH_COMMON,
    FIGURE_LEMMAS,
    META_WORDS,
    PRICE_LEMMAS,
    ROLE_PEOPLE,
    RUSSIAN_STOP,
    SAY_WORDS,
    WHEN_WORDS,
    WHO_WORDS,
    YEAR_PHRASES,
    is_stop,
)
from bot.matching.morphology import (
    informativeness,
    is_future_verb,
    is_known_russian,
    is_proper_name,
    lemma,
)
from bot.matching.repair import Reading, readings, transliterate
from bot.matching.text import clean, is_cyrillic, is_latin, tokens

MAX_QUERY_CHARS = 512
MAX_TOKENS = 40
ENGLISH_UNKNOWN = 0.7


class Band(StrEnum):
    ANSWER = "answer"
    SUGGEST = "suggest"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Thresholds:
    answer: float = 56.0
    suggest: float = 40.0


@dataclass(frozen=True, slots=True)
class Weights:
    """How the score is put together; chosen on the dev part of tests/eval (see bench/)."""

    coverage: float = 0.5
    explained: float = 0.15
    closeness: float = 0.3
    unexplained: float = 35.0
    bigrams: float = 12.0


@dataclass(frozen=True, slots=True)
class Term:
    """One meaningful word of the question, resolved against the vocabulary."""

    typed: str
    lemma: str
    similarity: float  # 1.0 as typed, lower when repaired from a typo; 0 when unknown
    weight: float
    entity: bool = False  # a name or place: if the article never mentions it, we cannot answer
    focus: bool = False  # a noun or name: what the question is about, not how it is asked


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    reading: Reading
    language: str  # "ru" or "en": the language the user wrote in
    terms: tuple[Term, ...]
    count_intent: bool
    who_intent: bool
    named: frozenset[tuple[str, str]]  # (briefing id, expert id) named in the question
    words: tuple[str, ...] = ()  # every folded token of the chosen reading, stop words too
    asks_year: bool = False
    asks_meta: bool = False  # the article's link or author: never part of a briefing
    counted: str | None = None  # lemma of what "сколько/how many" counts ("соглашений")
    other_speaker: str | None = None  # "что сказал Токаев": a person the article does not quote
    asks_price: bool = False
    forecast: bool = False  # "когда Турция войдёт…", "сколько паромов построят": the future

    @property
    def unknown_entity(self) -> bool:
        return any(t.entity and t.similarity <= 0 for t in self.terms)

    @property
    def total_weight(self) -> float:
        return sum(t.weight for t in self.terms)


@dataclass(frozen=True, slots=True)
class Scored:
    target: Target
    score: float


@dataclass(frozen=True, slots=True)
class Match:
    query: Query
    band: Band
    best: Scored | None
    suggestions: tuple[Scored, ...] = field(default=())
    followup_list: ListKind | None = None  # "а цифры?": a list narrowed to the chat's topic
    followup_topic: str | None = None
    followup_speaker: str | None = None  # "какие цифры привёл Ишмухамедов": only his figures
    exhausted: bool = False  # "ещё" after the last statement on the topic

    @property
    def answered(self) -> bool:
        return self.band is Band.ANSWER


class Matcher:
    """Owns the index; ``match`` is pure and safe to call from many handlers at once."""

    def __init__(self, kb: KnowledgeBase, thresholds: Thresholds | None = None) -> None:
        self.kb = kb
        self.index = Index.build(kb)
        self.thresholds = thresholds or Thresholds()
        self.weights = Weights()
        for stop in (*RUSSIAN_STOP, *WHO_WORDS, *COUNT_WORDS):
            if len(stop) >= 4:
                self.index.surface.setdefault(stop, stop)
        self._article_names = {
            lemma(word)
            for briefing in kb.briefings
            for paragraph in briefing.article.paragraphs
            for word in _capitalised_words(paragraph)
            if is_cyrillic(word)
        }
        self._has_years = any(
            re.search(r"\b(1[89]|20)\d\d\b", f.value) for b in kb.briefings for f in b.figures
        )
        self._lemma_words = list(self.index.idf)
        for briefing in kb.briefings:
            for token in tokens(briefing.article.text):
                if not token[0].isdigit():
                    self.index.surface.setdefault(token, lemma(token))
        self._surface_words = list(self.index.surface)

    # ----------------------------------------------------------------- analysis
    def analyse(self, text: str) -> Query:
        text = _TAG_RE.sub(" ", text[:MAX_QUERY_CHARS])
        best: tuple[float, int, Query] | None = None
        for order, reading in enumerate(readings(text)):
            query, plausibility = self._analyse_reading(text, reading)
            key = (plausibility, -order)
            if best is None or key > best[:2]:
                best = (plausibility, -order, query)
        assert best is not None
        return best[2]

    def _analyse_reading(self, original: str, reading: Reading) -> tuple[Query, float]:
        words = self._separate(tokens(reading.text)[:MAX_TOKENS])
        latin = sum(1 for w in words if is_latin(w)) > sum(1 for w in words if is_cyrillic(w))
        recognised = 0.0
        count_intent = any(w in COUNT_WORDS and w not in {"how", "many", "much"} for w in words)
        count_intent |= any((a, b) in COUNT_PHRASES for a, b in itertools.pairwise(words))
        who_intent = any(w in WHO_WORDS for w in words)
        terms: list[Term] = []
        capitalised = _capitalised_words(reading.text)
        for word in words:
            if word[0].isdigit() or is_stop(word) or word in WHO_WORDS or word in COUNT_WORDS:
                recognised += 1
                if word[0].isdigit():
                    terms.append(Term(word, word, 1.0, self._weight(word)))
                continue
            resolved = self._resolve(word)
            for typed, word_lemma, similarity in resolved:
                if is_stop(word_lemma):
                    continue
                entity = (
                    typed in capitalised
                    or is_proper_name(typed)
                    or word_lemma in self._article_names
                )
                informative = 1.0 if entity else informativeness(word_lemma)
                weight = self._weight(word_lemma) * informative
                if similarity <= 0 and is_latin(typed) and not entity:
                    weight *= ENGLISH_UNKNOWN  # an unseen English word: often a paraphrase
                focus = entity or (informative >= 0.9 and not is_latin(typed))
                terms.append(Term(typed, word_lemma, similarity, weight, entity, focus))
            if any(sim >= 1.0 for _, _, sim in resolved) or self._is_real_word(word, latin):
                recognised += 1
            elif any(sim > 0 for _, _, sim in resolved):
                recognised += 0.6
        named = frozenset(
            who for t in terms if t.similarity >= 0.8 for who in self.index.names.get(t.lemma, ())
        )
        counted = _counted(words, terms) if count_intent else None
        other_speaker = None if named else _other_speaker(words, terms, self.index.names)
        asks_price = any(t.lemma in PRICE_LEMMAS for t in terms) or (
            "how" in words and "much" in words and "cost" in " ".join(words)
        )
        forecast = (count_intent or any(w in WHEN_WORDS for w in words)) and any(
            is_future_verb(w) for w in words
        )
        plausibility = recognised / len(words) if words else 0.0
        # English only when it reads as English: Latin gibberish keeps the Russian interface.
        language = "en" if latin and plausibility > 0 else "ru"
        asks_year = any(pair in YEAR_PHRASES for pair in itertools.pairwise(words))
        asks_meta = any(w in META_WORDS for w in words) or (
            any(w in AUTHOR_WORDS for w in words) and any(w in ARTICLE_WORDS for w in words)
        )
        query = Query(
            original,
            reading,
            language,
            tuple(terms),
            count_intent,
            who_intent,
            named,
            tuple(words),
            asks_year,
            asks_meta,
            counted,
            other_speaker,
            asks_price,
            forecast,
        )
        return query, plausibility

    def _is_real_word(self, word: str, latin: bool) -> bool:
        return word in ENGLISH_COMMON if latin else is_known_russian(word)

    def _weight(self, word_lemma: str) -> float:
        return self.index.idf.get(word_lemma, self.index.unknown_idf)

    def _resolve(self, word: str) -> list[tuple[str, str, float]]:
        """(typed, lemma, similarity) for a word: exact, split, transliterated or typo-repaired."""
        in_vocabulary = word in self.index.surface
        word_lemma = self.index.surface.get(word) or lemma(word)
        if in_vocabulary and word_lemma in self.index.idf:
            return [(word, word_lemma, 1.0)]
        if not in_vocabulary:
            # The briefing's own words first: "статя" (typed for "статья") is also an old
            # dictionary form of "стать", but the user meant the word the briefing uses.
            for variant in _soft_sign_variants(word):
                if variant in self.index.surface:
                    return [(word, self.index.surface[variant], 0.95)]
        trusted = in_vocabulary or not is_cyrillic(word) or is_known_russian(word)
        if trusted and word_lemma in self.index.idf:
            return [(word, word_lemma, 1.0)]
        if "-" in word:
            parts = [p for p in word.split("-") if p]
            resolved = [r for p in parts for r in self._resolve(p)]
            if any(sim > 0 for _, _, sim in resolved):
                return resolved
        if is_latin(word) and not is_cyrillic(word):
            cyr = transliterate(word)
            repaired = self._resolve(cyr) if cyr != word else []
            # A Latin word inside an English sentence is English unless its transliteration is
            # (nearly) a word of the briefing: "zangezur" yes, "gold" → "год" no.
            if repaired and min(sim for _, _, sim in repaired) >= 0.9:
                return [(word, lem, sim * 0.95) for _, lem, sim in repaired]
        for variant in _spelling_variants(word):
            variant_lemma = self.index.surface.get(variant) or (
                lemma(variant) if is_known_russian(variant) else None
            )
            if variant_lemma in self.index.idf:
                return [(word, variant_lemma, 0.95)]
        if is_cyrillic(word) and is_known_russian(word) and len(word) < 7:
            return [(word, word_lemma, 0.0)]
        fixed = self._fuzzy(word, word_lemma)
        if fixed and is_latin(word) and fixed[2] < 0.92:
            fixed = None  # English paraphrases ("react", "official") are not typos of our words
        if fixed and (fixed[2] >= 0.9 or not is_known_russian(word)):
            return [fixed]  # a real dictionary word is "repaired" only when nearly identical
        return [(word, word_lemma, 0.0)]

    def _separate(self, words: list[str]) -> list[str]:
        """Run-together words ("ктотакой") become two words before intents are read."""
        result: list[str] = []
        for word in words:
            if (
                len(word) >= 6
                and is_cyrillic(word)
                and word not in self.index.surface
                and not is_known_russian(word)
            ):
                fixed = self._fuzzy(word, lemma(word))
                split = self._split(word) if not fixed or fixed[2] < 0.85 else []
                if split:
                    result.extend(part for part, _, _ in split)
                    continue
            result.append(word)
        return result

    def _split(self, word: str) -> list[tuple[str, str, float]]:
        """Run-together words ("ктотакой"): both halves must be real words."""
        if len(word) < 6 or not is_cyrillic(word):
            return []
        for cut in sorted(range(2, len(word) - 1), key=lambda c: abs(len(word) / 2 - c)):
            left, right = word[:cut], word[cut:]
            if all(self._plain_word(part) for part in (left, right)):
                return [
                    (part, lemma(part), 1.0 if lemma(part) in self.index.idf else 0.0)
                    for part in (left, right)
                ]
        return []

    def _plain_word(self, word: str) -> bool:
        return (
            word in RUSSIAN_STOP
            or word in WHO_WORDS
            or word in COUNT_WORDS
            or (len(word) >= 3 and word in self.index.surface)
        )

    def _fuzzy(self, word: str, word_lemma: str) -> tuple[str, str, float] | None:
        if len(word) < 4:
            return None
        cutoff = 80.0 if len(word) < 7 else 74.0
        best: tuple[str, str, float] | None = None
        hit = process.extractOne(word, self._surface_words, scorer=fuzz.ratio, score_cutoff=cutoff)
        if hit is not None:
            best = (word, self.index.surface[hit[0]], hit[1] / 100)
        hit = process.extractOne(
            word_lemma, self._lemma_words, scorer=fuzz.ratio, score_cutoff=cutoff
        )
        if hit is not None and (best is None or hit[1] / 100 > best[2]):
            best = (word, hit[0], hit[1] / 100)
        if best is not None and best[1] not in self.index.idf and not is_stop(best[1]):
            best = None
        return best

    # ------------------------------------------------------------------ scoring
    def match(self, text: str, *, context: Context | None = None, limit: int = 3) -> Match:
        """The best target for ``text``; ``context`` lets follow-ups lean on the last answer."""
        query = self.analyse(text)
        scored = self.score(query)
        if context is not None and not context.empty:
            from bot.matching.followup import resolve_followup

            followed = resolve_followup(self, query, context, scored)
            if followed is not None:
                return followed
        figures = self._experts_figures(query)
        if figures is not None:
            return figures
        return self.band(query, scored, limit=limit)

    def _experts_figures(self, query: Query) -> Match | None:
        """ "какие цифры привёл Ишмухамедов": the figures list, narrowed to that expert."""
        if len(query.named) != 1 or not any(t.lemma in FIGURE_LEMMAS for t in query.terms):
            return None
        briefing_id, expert_id = next(iter(query.named))
        names = {k for k, v in self.index.names.items() if (briefing_id, expert_id) in v}
        other = [t for t in query.terms if t.focus and t.lemma not in FIGURE_LEMMAS | names]
        briefing = self.kb.briefing(briefing_id)
        if other or briefing is None:
            return None  # "цифры Ишмухамедова о товарообороте": a particular figure
        if not any(f.speaker == expert_id for f in briefing.figures):
            return None
        lists = [
            (b, a)
            for b in sorted(self.kb.briefings, key=lambda b: b.id != briefing_id)
            for a in b.answers
            if a.list_kind is ListKind.FIGURES
        ]
        target = self.index.target(lists[0][0].id, lists[0][1].id) if lists else None
        if target is None:
            return None
        return Match(
            query, Band.ANSWER, Scored(target, 100.0), (), ListKind.FIGURES, None, expert_id
        )

    def band(self, query: Query, scored: list[Scored], *, limit: int = 3) -> Match:
        if not scored:
            return Match(query, Band.NONE, None, ())
        best = scored[0]
        suggestions = tuple(s for s in scored[1 : limit + 1] if s.score >= self.thresholds.suggest)
        if (
            query.unknown_entity
            or query.asks_meta
            or query.other_speaker
            or (query.asks_year and not self._has_years)
        ):
            # Asks for someone or something the article never gives: say so, offer neighbours.
            near = tuple(s for s in scored[:limit] if s.score >= self.thresholds.suggest)
            return Match(query, Band.NONE, best, near)
        if query.named and not self._speaks(query, best.target):
            # "что сказал Ишмухамедов о декларации": never another person's words as his.
            own = tuple(s for s in scored if self._speaks(query, s.target))
            if own and own[0].score >= self.thresholds.answer:
                best = own[0]
            else:
                near = tuple(s for s in own if s.score >= self.thresholds.suggest)[:limit]
                if near:
                    return Match(query, Band.SUGGEST, near[0], near)
                profiles = [
                    self.index.target(briefing_id, f"expert:{expert_id}")
                    for briefing_id, expert_id in sorted(query.named)
                ]
                offered = tuple(Scored(p, 0.0) for p in profiles if p is not None)[:limit]
                return Match(query, Band.NONE, best, offered)
        if best.score >= self.thresholds.answer and not self._uncounted(query, best.target):
            return Match(query, Band.ANSWER, best, suggestions)
        if best.score >= self.thresholds.suggest:
            return Match(query, Band.SUGGEST, best, (best, *suggestions)[:limit])
        return Match(query, Band.NONE, best, ())

    def score(self, query: Query, *, limit: int = 8) -> list[Scored]:
        total = query.total_weight
        if total <= 0:
            return []
        covered: dict[int, float] = defaultdict(float)
        for term in query.terms:
            if term.similarity <= 0:
                continue
            for number, field_weight in self.index.postings.get(term.lemma, ()):
                covered[number] += term.weight * field_weight * term.similarity
        raw: list[tuple[float, int, int]] = []  # unclipped, so 100+ still ranks
        query_pairs = bigrams([t.lemma for t in query.terms if t.similarity > 0])
        pair_total = sum(self.index.bigram_idf.get(pair, 0.0) for pair in query_pairs)
        query_lemmas = {t.lemma: t for t in query.terms if t.similarity > 0}
        for number, mass in covered.items():
            indexed = self.index.targets[number]
            coverage = mass / total
            closeness = self._closeness(query, query_lemmas, indexed.phrasings)
            unexplained = sum(
                t.weight * t.similarity
                for t in query.terms
                if t.focus and indexed.terms.get(t.lemma, 0.0) < CONTEXT
            )
            explained = (
                sum(t.weight * t.similarity for t in query.terms if t.lemma in indexed.terms)
                / total
            )
            w = self.weights
            score = (
                100 * (w.coverage * coverage + w.explained * explained + w.closeness * closeness)
                - w.unexplained * unexplained / total
            )
            if pair_total:
                found = sum(
                    self.index.bigram_idf.get(pair, 0.0) * indexed.bigrams.get(pair, 0.0)
                    for pair in query_pairs
                )
                score += w.bigrams * found / pair_total
            score += self._intent(query, indexed.target, indexed.has_number)
            if query.counted and indexed.terms.get(query.counted, 0.0) < CONTEXT:
                score -= 15  # "сколько стоит…": what is counted is not what this entry gives
            raw.append((score, -len(indexed.target.key), number))
        best = heapq.nlargest(limit, raw)
        return [
            Scored(self.index.targets[number].target, max(0.0, min(100.0, score)))
            for score, _, number in best
        ]

    @staticmethod
    def _speaks(query: Query, target: Target) -> bool:
        """The target is the named expert's own (a statement, figure or profile) or a list."""
        if target.kind is TargetKind.LIST:
            return True
        return (target.briefing.id, target.speaker) in query.named

    def _uncounted(self, query: Query, target: Target) -> bool:
        """ "How many wagons" and an entry that gives no number: offer it, do not claim it."""
        if not query.count_intent or target.kind in (TargetKind.LIST, TargetKind.EXPERT):
            return False
        texts = _entry_texts(target)
        return not any(ch.isdigit() for text in texts for ch in text) and not any(
            word in text.lower() for text in texts for word in _NUMBER_WORDS_IN_TEXT
        )

    def _in_money(self, target: Target) -> bool:
        return any(mark in text.lower() for text in _entry_texts(target) for mark in CURRENCY_MARKS)

    def _closeness(
        self, query: Query, query_lemmas: dict[str, Term], phrasings: list[frozenset[str]]
    ) -> float:
        total = query.total_weight
        best = 0.0
        for phrasing in phrasings:
            shared = sum(
                query_lemmas[w].weight * query_lemmas[w].similarity
                for w in phrasing
                if w in query_lemmas
            )
            if shared <= 0:
                continue
            size = sum(self.index.idf.get(w, 0.0) for w in phrasing)
            best = max(best, 2 * shared / (total + size))
        return best

    def _intent(self, query: Query, target: Target, has_number: bool) -> float:
        adjust = 0.0
        if query.asks_price and not self._in_money(target):
            adjust -= 25  # a price, and this entry gives no amount of money
        if query.forecast and not has_number:
            adjust -= 15  # the article reports; it does not forecast dates or counts
        if query.count_intent:
            if target.kind is TargetKind.FIGURE:
                adjust += 10
            elif not has_number and target.kind is not TargetKind.LIST:
                adjust -= 15  # "how many" answered by words without a number: not an answer
        if query.who_intent and target.kind is TargetKind.EXPERT:
            adjust += 6
        if query.named:
            speaker = (target.briefing.id, target.speaker)
            if target.kind is not TargetKind.LIST and speaker not in query.named:
                adjust -= 25
        return adjust


# Quantities written in words in an article's text: "кратно", "вдвое", "семь"...
_NUMBER_WORDS_IN_TEXT = (
    "кратно",
    "вдвое",
    "втрое",
    "в два раза",
    "в три раза",
    "половин",
    "миллиард",
    "миллион",
    "один",
    "два",
    "три",
    "четыре",
    "пять",
    "шесть",
    "семь",
    "восемь",
    "девять",
    "десять",
)
_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,80})?/?>")
_CAPITALISED_RE = re.compile(r"(?<=[\w,;:] )([A-ZА-ЯЁ][\w-]+)")


def _capitalised_words(text: str) -> set[str]:
    """Words written with a capital letter inside a sentence: names, places, organisations."""
    return {word.lower().replace("ё", "е") for word in _CAPITALISED_RE.findall(clean(text))}


def _soft_sign_variants(word: str) -> list[str]:
    """Transliteration drops ь before я/ю/е/ё/и ("statya" → статя): put it back."""
    if not is_cyrillic(word):
        return []
    return [
        word[:i] + "ь" + word[i:]
        for i in range(1, len(word))
        if word[i] in "яюеёи" and word[i - 1] not in "аеёиоуыэюяьъй"
    ]


def _spelling_variants(word: str) -> list[str]:
    """Cheap repairs of common transliteration losses: э written as е, a dropped ь."""
    if not is_cyrillic(word):
        return []
    variants = []
    if word.startswith("е"):
        variants.append("э" + word[1:])
    if word[-1] not in "аеиоуыэюяьй":
        variants.append(word + "ь")
        variants.append(word + word[-1])  # "тон" → "тонн"
    collapsed = re.sub(r"(.)\1", r"\1", word)
    if collapsed != word:
        variants.append(collapsed)  # "миллионнов" → "милионов"
    return variants


def _entry_texts(target: Target) -> list[str]:
    """The article's words a target shows: an answer's quotes, a figure's value."""
    entry = target.entry
    if entry is None:
        return []
    return [q.text for q in entry.quotes] if hasattr(entry, "quotes") else [entry.value]


def _counted(words: list[str], terms: list[Term]) -> str | None:
    """The thing a "how many" question counts: the first noun after the counting words."""
    after = False
    by_typed = {t.typed: t for t in terms}
    for word in words:
        if word in COUNT_WORDS:
            after = True
            continue
        term = by_typed.get(word)
        if after and term is not None:
            return term.lemma  # "сколько стоит…", "сколько дней…", "how many ferries…"
    return None


def _other_speaker(
    words: list[str], terms: list[Term], experts: dict[str, frozenset[tuple[str, str]]]
) -> str | None:
    """A named person next to a verb of saying who is not one of the quoted experts."""
    people = {
        t.typed: t for t in terms if t.entity and t.lemma not in experts and not t.typed.isdigit()
    }
    people.update({t.typed: t for t in terms if t.typed in ROLE_PEOPLE})
    if not people:
        return None
    content = [w for w in words if not is_stop(w) or w in SAY_WORDS]
    for number, word in enumerate(content):
        if word not in SAY_WORDS:
            continue
        for near in content[max(0, number - 2) : number + 3]:
            term = people.get(near)
            if term is not None and (near in ROLE_PEOPLE or _looks_like_person(near)):
                return term.lemma
    return None


def _looks_like_person(word: str) -> bool:
    """Surname-shaped, in Cyrillic or transliterated: Токаев, Tokayev, Erdogan, Пашинян."""
    if is_latin(word):
        word = transliterate(word)
    return word.endswith(("ов", "ев", "ёв", "ин", "ян", "нко", "ич", "ган", "дзе", "швили"))
