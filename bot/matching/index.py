"""The searchable form of a knowledge base: every entry with its weighted lemmas.

Each entry gets a bag of lemmas, each with the weight of the strongest field it came from:
how people ask for it counts more than a word that merely occurs in a quote. Inverted
postings keep scoring sparse, so the index stays fast with tens of thousands of phrasings.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from bot.knowledge.entries import Catalogue, Entry
from bot.knowledge.model import Expert, KnowledgeBase
from bot.language.acronyms import acronyms, english_acronyms
from bot.language.answer_types import AnswerType, asked_types, asks_reason
from bot.language.lexicon import (
    COUNT_WORDS,
    ENGLISH_EQUIVALENTS,
    RUSSIAN_STOP,
    WHO_WORDS,
    is_stop,
)
from bot.language.morphology import DEFAULT, Morphology, is_future_verb, parse
from bot.language.parties import CAPITALS
from bot.language.placenames import place_of_adjective
from bot.language.predicates import listed
from bot.language.text import fold, is_cyrillic, is_latin, tokens
from bot.matching.tuning import DEFAULT_TUNING, Tuning
from bot.patterns import lazy
from bot.records import record

_CAPITALISED = lazy(r"\b[А-ЯЁ][а-яё]+")


def bigrams(lemmas: list[str]) -> list[str]:
    """Adjacent meaningful words: "железная дорога" means more than "железный" and "дорога"."""
    return [f"{a} {b}" for a, b in itertools.pairwise(lemmas) if a != b]


def content_lemmas(
    text: str, morphology: Morphology = DEFAULT, *, tokenised: list[str] | None = None
) -> list[str]:
    """Lemmas of the meaningful words of a text; ranges also give their ends ("15-18" → 15, 18).
    ``tokenised``: the text's ``tokens`` when the caller has them already."""
    result: list[str] = []
    for token in tokens(text) if tokenised is None else tokenised:
        if is_stop(token):
            continue
        word = morphology.lemma(token)
        if is_stop(word):
            continue
        result.append(word)
        if "-" in word and word[0].isdigit():
            result.extend(part for part in word.split("-") if part)
    return result


@dataclass
class IndexedEntry:
    """One entry with the weighted lemmas and word pairs it is found by."""

    entry: Entry
    terms: dict[str, float] = field(default_factory=dict)
    phrasings: list[frozenset[str]] = field(default_factory=list)
    bigrams: dict[str, float] = field(default_factory=dict)  # "железный дорога" → weight
    stated: set[str] = field(default_factory=set)  # lemmas of what the entry itself says
    # per phrasing (its lemmas), the phrasings written so (the entry's own strings, which the
    # start-up cache then stores once): a curator's phrasing vouches for its entry only on the
    # kind it asks ("Tokayev in Gabala" is no answer to "why"), read when a question first
    # needs it (``asking``) — reading all 1,000+ phrasings up front was a sixth of a start
    # without the start-up cache
    phrased: dict[frozenset[str], list[str]] = field(default_factory=dict)
    _asks: dict[frozenset[str], frozenset[AnswerType]] = field(default_factory=dict)
    # the phrasings (their lemmas) asking for things listed ("список экспертов"): only these
    # vouch for a question asking a list, whose list word may be a stop word ("list all 15
    # agreements" has the lemmas of "15 agreements")
    listing: set[frozenset[str]] = field(default_factory=set)

    def add(self, words: list[str], weight: float, *, phrasing: bool) -> None:
        for word in words:
            if self.terms.get(word, 0.0) < weight:
                self.terms[word] = weight
        for pair in bigrams(words):
            if self.bigrams.get(pair, 0.0) < weight:
                self.bigrams[pair] = weight
        if phrasing and words:
            self.phrasings.append(frozenset(words))

    def asking(self, phrasing: frozenset[str]) -> frozenset[AnswerType]:
        """The kinds of fact the phrasings with these lemmas ask for (none: no such phrasing)."""
        found = self._asks.get(phrasing)
        if found is None:
            texts = self.phrased.get(phrasing, ())
            found = frozenset().union(*(_asked(tuple(tokens(text))) for text in texts))
            self._asks[phrasing] = found
        return found

    def askings(self) -> Iterator[tuple[frozenset[str], frozenset[AnswerType]]]:
        """Every phrasing's lemmas with the kinds of fact it asks for."""
        for phrasing in self.phrased:
            yield phrasing, self.asking(phrasing)

    def add_equivalents(self, words: list[str], weight: float) -> None:
        """Words a text says in other words (``english_equivalents``): found by them, a
        little weaker than by its own, and in no pair nor phrasing of its own."""
        for word in words:
            if self.terms.get(word, 0.0) < weight:
                self.terms[word] = weight


@record
class Weights:
    """Word weights of one briefing: IDF of lemmas and of lemma pairs, and of a word it
    does not have."""

    idf: dict[str, float]
    bigram_idf: dict[str, float]
    unknown_idf: float


@dataclass
class Index:
    """All entries of a knowledge base, with IDF weights, postings and the fuzzy vocabulary."""

    entries: list[IndexedEntry]
    idf: dict[str, float]
    postings: dict[str, list[tuple[int, float]]]
    surface: dict[str, str]  # folded word form → lemma, for typo repair
    names: dict[str, frozenset[tuple[str, str]]]  # lemma of a name → (briefing id, expert id)
    unknown_idf: float
    bigram_idf: dict[str, float] = field(default_factory=dict)
    # With several briefings, each one's own weights: a question read in one briefing is
    # scored as it would be were that briefing alone (``Matcher.focus``).
    within: dict[str, Weights] = field(default_factory=dict)
    # With several briefings, the postings split by briefing (a question read in one briefing
    # walks only that briefing's), and per lemma and per word pair the highest weight it has
    # in each briefing: a bound on any of its entries, so finding the briefing a question is
    # about need not look inside briefings that cannot hold its best entry.
    by_briefing: dict[str, dict[str, list[tuple[int, float]]]] = field(default_factory=dict)
    lemma_peaks: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    pair_peaks: dict[str, dict[str, float]] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        catalogue: Catalogue,
        tuning: Tuning = DEFAULT_TUNING,
        morphology: Morphology = DEFAULT,
    ) -> Index:
        """The index of ``catalogue``: every word of its texts read (most for the first time
        in this process: ``Morphology.many_words``)."""
        with morphology.many_words():
            return cls._build(catalogue, tuning, morphology)

    @classmethod
    def _build(cls, catalogue: Catalogue, tuning: Tuning, morphology: Morphology) -> Index:
        entries: list[IndexedEntry] = []
        surface: dict[str, str] = {}
        names: dict[str, set[tuple[str, str]]] = defaultdict(set)
        # Briefings repeat their texts (the same phrasings, list titles, profile lines), and a
        # newsroom folder holds hundreds of briefings: each distinct text is read once.
        read: dict[str, list[str]] = {}
        tokenised: dict[str, list[str]] = {}  # each distinct text's tokens, read once

        def tokens_of(text: str) -> list[str]:
            found = tokenised.get(text)
            if found is None:
                found = tokenised[text] = tokens(text)
            return found

        def lemmas_of(text: str) -> list[str]:
            words = read.get(text)
            if words is None:
                words = read[text] = content_lemmas(text, morphology, tokenised=tokens_of(text))
            return words

        equivalents = english_equivalents(morphology)
        titles = _topic_titles(catalogue, lemmas_of)
        # (briefing, text) → the lemmas of the topic titles it names, translated
        named: dict[tuple[str, str], list[str]] = {}
        for entry in catalogue.entries:
            indexed = IndexedEntry(entry)
            for text in entry.search_texts():
                words = lemmas_of(text.text)
                indexed.add(words, tuning.weight(text.field), phrasing=text.phrasing)
                if text.stated or text.phrasing:
                    # its own words name a subject in one language: the other's title too (not
                    # the paragraph around it, nor the topics it is tagged with)
                    key = (entry.briefing.id, text.text)
                    translated = named.get(key)
                    if translated is None:
                        pairs = titles.get(entry.briefing.id, ())
                        translated = _translated_titles(tokens_of(text.text), pairs, morphology)
                        named[key] = translated
                    indexed.add_equivalents(translated, tuning.weight(text.field))
                if is_latin(text.text) and not is_cyrillic(text.text):
                    same = _equivalent_words(words, equivalents)
                    indexed.add_equivalents(
                        same, tuning.weight(text.field) * tuning.english_synonym
                    )
                    if text.stated:
                        indexed.stated.update(same)
                if text.phrasing and words:
                    key = frozenset(words)
                    typed = tuple(tokens_of(text.text))  # ``tokens`` folds
                    indexed.phrased.setdefault(key, []).append(text.text)
                    if listed(typed) is not None:
                        indexed.listing.add(key)
                if text.stated:
                    indexed.stated.update(words)
            entries.append(indexed)
        places = _article_names(catalogue, morphology)
        derived = [
            _add_places(indexed, places) | _add_capitals(indexed, tuning.capital_for_country)
            for indexed in entries
        ]
        for short, written in briefing_acronyms(catalogue.kb).items():
            if is_stop(short):
                continue  # "во" of "Великая Отечественная" is the preposition a question says
            surface.setdefault(short, short)
            name = lemmas_of(written)  # a name an entry may say as written: read once
            for indexed in entries:
                _add_acronym(indexed, short, name)
        for briefing in catalogue.kb.briefings:
            for expert in briefing.experts:
                for word in name_lemmas(expert, morphology, lemmas_of):
                    names[word].add((briefing.id, expert.id))
        seen: set[str] = set()
        for indexed in entries:
            for text in indexed.entry.vocabulary():
                if text in seen:
                    continue
                seen.add(text)
                # an entry's vocabulary is texts it is searched by: tokenised above already
                for token in tokens_of(text):
                    if not is_stop(token) and not token[0].isdigit() and token not in surface:
                        surface[token] = morphology.lemma(token)
        # Question words stay words ("сколько" is no typo of "стоимость"), and every word of
        # the articles may be typed.
        for stop in (*RUSSIAN_STOP, *WHO_WORDS, *COUNT_WORDS):
            if len(stop) >= 4:
                surface.setdefault(stop, stop)
        for briefing in catalogue.kb.briefings:
            for token in dict.fromkeys(tokens(briefing.article.text)):
                if not token[0].isdigit() and token not in surface:
                    surface[token] = morphology.lemma(token)
        # Document frequencies per briefing: each word weighs what it weighs in the briefing
        # where it is rarest (see ``_idf``).
        df: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        sizes: dict[str, int] = defaultdict(int)  # briefing id → its entries
        for number, indexed in enumerate(entries):
            briefing = indexed.entry.briefing.id
            sizes[briefing] += 1
            for word, weight in indexed.terms.items():
                if word not in derived[number]:  # a place named by its adjective: no new use
                    df[word][briefing] += 1
                postings[word].append((number, weight))
        # A word no briefing has is rarer than any word of the largest one.
        n = max(sizes.values(), default=1)
        idf = {word: _idf(counts, sizes) for word, counts in df.items()}
        for capital, country in CAPITALS.items():
            if state_key(capital) in postings:  # weighs what the name it was found by weighs
                idf[state_key(capital)] = idf.get(capital) or idf.get(country) or 0.0
        pair_df: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for indexed in entries:
            for pair in indexed.bigrams:
                pair_df[pair][indexed.entry.briefing.id] += 1
        bigram_idf = {pair: _idf(counts, sizes) for pair, counts in pair_df.items()}
        several = len(sizes) > 1
        return cls(
            entries=entries,
            idf=idf,
            postings=dict(postings),
            surface=surface,
            names={k: frozenset(v) for k, v in names.items()},
            unknown_idf=math.log(1 + 2 * n),
            bigram_idf=bigram_idf,
            within=_weights_by_briefing(df, pair_df, sizes) if several else {},
            by_briefing=_postings_by_briefing(entries, postings) if several else {},
            lemma_peaks=_lemma_peaks(entries, postings) if several else {},
            pair_peaks=_pair_peaks(entries) if several else {},
        )


def english_equivalents(morphology: Morphology = DEFAULT) -> dict[str, frozenset[str]]:
    """Each English stem of ``ENGLISH_EQUIVALENTS`` with the other stems of its group."""
    found: dict[str, frozenset[str]] = {}
    for group in ENGLISH_EQUIVALENTS:
        stems = frozenset(morphology.lemma(word) for word in group)
        for stem in stems:
            found[stem] = found.get(stem, frozenset()) | (stems - {stem})
    return found


def _equivalent_words(words: list[str], equivalents: dict[str, frozenset[str]]) -> list[str]:
    """The words of an English text's equivalents it does not itself use ("deal" for a text
    saying "agreements"): the text says them too, in other words."""
    own = set(words)
    return sorted(
        {other for word in words for other in equivalents.get(word, ()) if other not in own}
    )


def _asked(words: tuple[str, ...]) -> frozenset[AnswerType]:
    """The kinds of fact a phrasing (its words, folded) asks for, read as a question would be."""
    asked = set(asked_types(words, future=any(is_future_verb(w) for w in words)))
    if AnswerType.REASON in asked:  # "почему, по словам Гусейнова, …": his reasoning
        asked.add(AnswerType.STATEMENT)
    if asks_reason(words):  # "почему Ишмухамедов говорит о числе семь": a reason all the same
        asked.add(AnswerType.REASON)
    return frozenset(asked)


def briefing_acronyms(kb: KnowledgeBase) -> dict[str, str]:
    """Folded acronym → the name it stands for, for every name an article, its summary or
    its experts' roles spell out ("отг": "Организации тюркских государств", "мм": "Милли
    Меджлиса"), and "ots", "отс" for a name their English gives ("Organization of Turkic
    States"): the briefings' own names only, nothing is guessed."""
    found: dict[str, str] = {}
    for briefing in kb.briefings:
        russian = [briefing.article.text, briefing.summary]
        english = [briefing.summary_en]
        for expert in briefing.experts:
            russian.append(expert.role)
            english.append(expert.role_en)
        for text in russian:
            for short, name in acronyms(text).items():
                found.setdefault(short, name)
        for text in english:
            for short, name in english_acronyms(text).items():
                found.setdefault(short, name)
    return found


def _article_names(catalogue: Catalogue, morphology: Morphology) -> frozenset[str]:
    """The lemmas of the words the articles write with a capital letter: names, places."""
    return frozenset(
        morphology.lemma(fold(word))
        for briefing in catalogue.kb.briefings
        for word in _CAPITALISED.findall(briefing.article.text)
    )


def _add_places(indexed: IndexedEntry, places: frozenset[str]) -> frozenset[str]:
    """An entry naming a place by its adjective ("евразийской архитектуры") is found by the
    place's name too ("для Евразии"), with the adjective's weight (``placenames``). The
    names it did not hold of its own are returned: they do not count as uses of the name
    (its weight stays what the articles' own uses make it)."""
    added: set[str] = set()
    for lemma, weight in list(indexed.terms.items()):
        place = place_of_adjective(lemma, places)
        if place is None or indexed.terms.get(place, 0.0) >= weight:
            continue
        if place not in indexed.terms or place in added:
            added.add(place)
        indexed.terms[place] = weight
    return frozenset(added)


def state_key(capital: str) -> str:
    """The index key of a capital read as its state ("отношения Баку и Астаны"): apart from
    the city's own lemma, which stays the place ("прибыл в Астану")."""
    return capital + "@state"


def as_written(lemma: str) -> str:
    """The lemma a phrasing or a word pair holds for a question's lemma: the capital of a
    ``state_key``, else the lemma itself."""
    return lemma.removesuffix("@state")


def _add_capitals(indexed: IndexedEntry, share: float) -> frozenset[str]:
    """A capital paired with another stands for its state's government in the language of
    diplomacy ("союз Баку и Астаны"): an entry naming the country ("между Азербайджаном и
    Казахстаном") is found by the capital's ``state_key`` at ``share`` of the country's
    weight, one naming the city at the city's. The keys are derived, no uses of a name
    (see ``_add_places``); the question decides when a capital is its state
    (``Analyser``)."""
    added: set[str] = set()
    for capital, country in CAPITALS.items():
        weight = max(indexed.terms.get(capital, 0.0), indexed.terms.get(country, 0.0) * share)
        if weight > 0:
            indexed.terms[state_key(capital)] = weight
            added.add(state_key(capital))
    return frozenset(added)


def _topic_titles(
    catalogue: Catalogue, lemmas: Callable[[str], list[str]]
) -> dict[str, tuple[tuple[list[str], list[str]], ...]]:
    """Per briefing, each topic's title and English title as lemmas (``content_lemmas``, read
    by the index build's memo: an entry tagged with the topic is searched by its titles),
    both ways round: the two name one subject in two languages (``Topic.title``,
    ``Topic.title_en``), the one pair of translations a curator writes for every subject."""
    found: dict[str, tuple[tuple[list[str], list[str]], ...]] = {}
    for briefing in catalogue.kb.briefings:
        pairs: list[tuple[list[str], list[str]]] = []
        for topic in briefing.topics:
            own = lemmas(topic.title)
            english = lemmas(topic.title_en)
            if own and english and own != english:
                pairs += [(own, english), (english, own)]
        found[briefing.id] = tuple(pairs)
    return found


def _translated_titles(
    text: list[str], titles: tuple[tuple[list[str], list[str]], ...], morphology: Morphology
) -> list[str]:
    """The lemmas of the topic titles, in the other language, of the subjects a text (its
    ``tokens``) names in its own (a Russian quote saying "в рамках Среднего коридора":
    "middl", "corridor"),
    so that the entry is found by them as by its own words of that text — whether or not
    the curator tagged it with the topic (a tag alone weighs only ``Field.TOPIC``): an
    English question about a Russian passage names its subjects in English. The title is
    found word after word in any of each word's readings (pymorphy reads "Среднего" as
    "среднее" first)."""
    if not titles:
        return []
    readings = [_readings(token, morphology) for token in text if not is_stop(token)]
    every = frozenset().union(*readings)
    found: list[str] = []
    for name, translation in titles:
        if not every.issuperset(name):
            continue  # a word of the title the text never has: no window can hold it
        size = len(name)
        if any(
            all(name[k] in readings[at + k] for k in range(size))
            for at in range(len(readings) - size + 1)
        ):
            found += [word for word in translation if word not in found]
    return found


@functools.lru_cache(maxsize=8192)
def _readings(token: str, morphology: Morphology) -> frozenset[str]:
    """Every lemma a word of a text may have: its lemma and, in Russian, every parse's
    (remembered: a briefing's texts repeat their words, and every text is read)."""
    lemma = morphology.lemma(token)
    if not is_cyrillic(token):
        return frozenset({lemma})
    return frozenset({lemma, *(p.normal_form.replace("ё", "е") for p in parse(token))})


def _add_acronym(indexed: IndexedEntry, short: str, name: list[str]) -> None:
    """An entry that names the organisation in full (its words adjacent, in any case) is
    found by its acronym too, with the weight of the weakest of those words."""
    if short in indexed.terms or not all(
        f"{a} {b}" in indexed.bigrams for a, b in itertools.pairwise(name)
    ):
        return
    indexed.terms[short] = min(indexed.terms.get(word, 0.0) for word in name)


def _postings_by_briefing(
    entries: list[IndexedEntry], postings: dict[str, list[tuple[int, float]]]
) -> dict[str, dict[str, list[tuple[int, float]]]]:
    split: dict[str, dict[str, list[tuple[int, float]]]] = defaultdict(dict)
    for word, posted in postings.items():
        for number, weight in posted:
            own = split[entries[number].entry.briefing.id]
            own.setdefault(word, []).append((number, weight))
    return dict(split)


def _lemma_peaks(
    entries: list[IndexedEntry], postings: dict[str, list[tuple[int, float]]]
) -> dict[str, list[tuple[str, float]]]:
    peaks: dict[str, list[tuple[str, float]]] = {}
    for word, posted in postings.items():
        highest: dict[str, float] = {}
        for number, weight in posted:
            briefing = entries[number].entry.briefing.id
            if weight > highest.get(briefing, -math.inf):
                highest[briefing] = weight
        peaks[word] = list(highest.items())
    return peaks


def _pair_peaks(entries: list[IndexedEntry]) -> dict[str, dict[str, float]]:
    peaks: dict[str, dict[str, float]] = defaultdict(dict)
    for indexed in entries:
        briefing = indexed.entry.briefing.id
        for pair, weight in indexed.bigrams.items():
            own = peaks[pair]
            if weight > own.get(briefing, -math.inf):
                own[briefing] = weight
    return dict(peaks)


def _weights_by_briefing(
    df: dict[str, dict[str, int]], pair_df: dict[str, dict[str, int]], sizes: dict[str, int]
) -> dict[str, Weights]:
    """Plain IDF inside each briefing, as if it were the only one loaded."""
    idf: dict[str, dict[str, float]] = defaultdict(dict)
    for word, counts in df.items():
        for briefing, count in counts.items():
            idf[briefing][word] = math.log(1 + sizes[briefing] / count)
    pairs: dict[str, dict[str, float]] = defaultdict(dict)
    for pair, counts in pair_df.items():
        for briefing, count in counts.items():
            pairs[briefing][pair] = math.log(1 + sizes[briefing] / count)
    return {
        briefing: Weights(idf[briefing], pairs[briefing], math.log(1 + 2 * size))
        for briefing, size in sizes.items()
    }


def _idf(counts: dict[str, int], sizes: dict[str, int]) -> float:
    """A word's IDF in the briefing where it is rarest (briefing id → entries with it).

    A briefing then weighs its own words as it would alone — a hundred other briefings using
    "соглашение", or one small briefing beside a large one, do not make the word commoner or
    rarer in it — unless another briefing finds a shared word rarer still; with one briefing
    this is plain IDF."""
    return max(math.log(1 + sizes[briefing] / count) for briefing, count in counts.items())


def name_lemmas(
    expert: Expert,
    morphology: Morphology = DEFAULT,
    lemmas: Callable[[str], list[str]] | None = None,
) -> set[str]:
    """Lemmas that identify this expert by name: the names and one-word capitalised aliases.

    Multi-word aliases ("Kazakh political scientist", "Azerbaijani MP") describe a role, and a
    nationality word must not count as naming somebody. ``lemmas``: ``content_lemmas`` with
    a memo (the index build's, which has read the names as the speaker's already).
    """
    texts = [expert.name, expert.name_en, expert.surname]
    texts += [a for a in expert.aliases if a[:1].isupper() and len(a.split()) == 1]
    if lemmas is None:
        return {word for text in texts for word in content_lemmas(text, morphology)}
    return {word for text in texts for word in lemmas(text)}
