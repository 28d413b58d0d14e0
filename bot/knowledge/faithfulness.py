"""Prove that every quote and figure of a briefing stands in its article, said by its speaker.

Misquoting an expert is the worst bug this product can have, so this is code, not review:
each span must occur in the article (only whitespace, quote marks and dashes normalised), a
``direct`` span must lie inside one «…», and the speaker must be named in the span's
paragraph or in the nearest preceding paragraph that names any expert — so a quote cannot
silently change owner.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cached_property, lru_cache

from bot.knowledge.interview import Turn, interview_turns, names_the_answerer
from bot.knowledge.model import Answer, Article, Briefing, Expert, Figure, Quote, QuoteKind
from bot.knowledge.problems import Problem
from bot.language.consequences import Consequence, consequences
from bot.language.morphology import lemma, parse
from bot.language.sentences import sentence_spans
from bot.language.speech import SPEAKER_BEFORE
from bot.language.text import substitute, tokens
from bot.patterns import lazy
from bot.records import record

QUOTE_MARKS = "«»“”„‟\"'‘’‚‹›"
# From this many characters on, spans are located through an index of word starts.
LONG_ARTICLE = 200_000
_PREFIX = 48  # characters of a span compared in the index; the rest checked in place
DASHES = "‐‑‒–—―−-"
# Words a figure's display value may add to its span's: "до 20 миллионов тонн", "около 500".
DISPLAY_QUALIFIERS = frozenset({"до", "около", "более", "свыше", "менее", "почти", "порядка"})
_VOWEL_ENDINGS = "аяоеиыуюьй"


_WORDS_BETWEEN_SPACES = lazy(r"\S+")  # ``\s`` is ``str.isspace`` for a str pattern
_PROOF_MARKS = (
    *((mark, '"') for mark in QUOTE_MARKS if mark != '"'),
    *((dash, "-") for dash in DASHES if dash != "-"),
)


# The quotation marks that open and close a quotation, each pair with a pattern finding them.
_QUOTATION_PAIRS = tuple(
    ((opening, closing), lazy(f"[{opening}{closing}]"))
    for opening, closing in (("«", "»"), ("“", "”"), ("„", "“"))
)
_STRAIGHT_QUOTE = lazy('"')


def normalise_for_proof(text: str) -> tuple[str, array[int]]:
    """Text with whitespace collapsed, quote marks as '"' and dashes as '-'.

    Returns the normalised text and, for each of its characters, the index of the original
    character, so a match can be located back in the article. An array, not a list: an
    article's index is kept while the bot runs (``article_index``), 4 bytes a character
    instead of ~36 (a pointer and an int object for every index past 256).

    Run by run of non-space characters, not character by character: a start without the
    start-up cache normalises the article and every span (~150 texts), and the loop over
    characters was the largest part of proving them. A gap becomes one space, placed at the
    gap's last character; leading and trailing space is dropped.
    """
    parts: list[str] = []
    index = array("L")
    for run in _WORDS_BETWEEN_SPACES.finditer(text):
        start, end = run.span()
        if parts:
            parts.append(" ")
            index.append(start - 1)
        parts.append(run.group())
        index.extend(range(start, end))
    return substitute("".join(parts), _PROOF_MARKS), index


def surname_pattern(surname: str) -> re.Pattern[str]:
    """Matches a surname in any case form (Гусейнов, Гусейнова, Гусейновым; Рудницкая,
    Рудницкой).

    Case-sensitive on purpose: a surname is written with a capital, so "Ли" does not match
    "вряд ли".
    """
    stem = surname
    while len(stem) > 4 and stem[-1].lower() in _VOWEL_ENDINGS and len(surname) - len(stem) < 2:
        stem = stem[:-1]
    letters = re.escape(stem).replace("ё", "е").replace("Ё", "Е")
    letters = letters.replace("е", "[её]").replace("Е", "[ЕЁ]")  # Берёзкина = Березкина
    return re.compile(rf"(?<!\w){letters}\w{{0,3}}(?!\w)")


@lru_cache(maxsize=64)
def expert_patterns(experts: tuple[Expert, ...]) -> dict[str, re.Pattern[str]]:
    """How each expert is recognised in the article: by surname in any case form — unless a
    namesake shares the surname's stem (Анна Иванова, Пётр Иванов), then only by first name
    and surname together, so neither can prove a quote that is the other's. Cached: a draft
    proves each of its spans against the same experts."""
    stems = {e.id: surname_pattern(e.surname).pattern for e in experts}
    patterns: dict[str, re.Pattern[str]] = {}
    for expert in experts:
        shared = sum(1 for other in experts if stems[other.id] == stems[expert.id]) > 1
        first = expert.name.removesuffix(expert.surname).split()
        if shared and first:
            name = surname_pattern(first[0]).pattern.removesuffix(r"(?!\w)")
            surname = stems[expert.id].removeprefix(r"(?<!\w)")
            patterns[expert.id] = re.compile(rf"{name}\s+{surname}")
        else:
            patterns[expert.id] = re.compile(stems[expert.id])
    return patterns


@record(slots=False)
class ArticleIndex:
    """The article prepared for locating spans: normalised text, paragraphs, «…» ranges."""

    article: Article

    @cached_property
    def normalised(self) -> tuple[str, array[int]]:
        return normalise_for_proof(self.article.text)

    @cached_property
    def consequences(self) -> tuple[Consequence, ...]:
        """The passages the article says follow from the one before (``consequences``)."""
        return consequences(self.article.text)

    @cached_property
    def paragraph_starts(self) -> list[int]:
        starts, offset = [], 0
        for line in self.article.text.splitlines(keepends=True):
            if line.strip():
                starts.append(offset + (len(line) - len(line.lstrip())))
            offset += len(line)
        return starts

    @cached_property
    def guillemets(self) -> list[tuple[int, int]]:
        """(start, end) of every outermost quotation in the original text, end exclusive.

        «…» as in Russian texts, and “…”, „…“, "…" as other languages write them.
        """
        ranges: list[tuple[int, int]] = []
        text = self.article.text
        for (opening, closing), marks in _QUOTATION_PAIRS:
            depth, start = 0, 0
            for mark in marks.finditer(text):  # the pair's marks only, not every character
                i, ch = mark.start(), mark.group()
                if ch == opening and (depth == 0 or opening != closing):
                    if depth == 0:
                        start = i + 1
                    depth += 1
                elif ch == closing and depth:
                    depth -= 1
                    if depth == 0:
                        ranges.append((start, i))
        straight = [mark.start() for mark in _STRAIGHT_QUOTE.finditer(text)]
        ranges += [(a + 1, b) for a, b in zip(straight[::2], straight[1::2], strict=False)]
        return ranges

    @cached_property
    def interview(self) -> tuple[list[tuple[int, int, str | None]], int]:
        """(start, end, label) of every answer turn of a Q&A interview, and where the first
        turn is.

        In an interview ("— Question?" / "— Answer.") the answers are the interviewee's own
        words although no quotation marks surround them.
        """
        turns = [
            (start + turn.body, start + len(line), turn)
            for start, line, turn in zip(
                self.paragraph_starts, self.article.paragraphs, self._turns, strict=True
            )
            if turn is not None
        ]
        if not turns:
            return [], -1
        first = turns[0][0] - turns[0][2].body
        return [(s, e, t.label) for s, e, t in turns if not t.question], first

    @cached_property
    def _turns(self) -> list[Turn | None]:
        return interview_turns(list(self.article.paragraphs))

    def introductions_before(self, offset: int) -> Iterator[str]:
        """Who may be answering at ``offset``, nearest first: each earlier paragraph that is
        not a turn ("Водитель такси из Казани Рустам Хайруллин:"), then the whole
        introduction before the first turn."""
        number = self.paragraph_of(offset)
        for earlier in range(number - 1, -1, -1):
            if self.paragraph_starts[earlier] < self.interview[1]:
                break
            if self._turns[earlier] is None:
                yield self.article.paragraphs[earlier]
        yield self.article.text[: self.interview[1]]

    def answer_turn(self, start: int, end: int) -> tuple[int, int, str | None] | None:
        return next((t for t in self.interview[0] if t[0] <= start and end <= t[1]), None)

    def occurrences(self, span: str) -> Iterator[tuple[int, int]]:
        """Original (start, end) of every occurrence of ``span``, end exclusive."""
        norm, index = self.normalised
        needle, _ = normalise_for_proof(span)
        if not needle:
            return
        for at in self._starts_of(needle):
            end = at + len(needle)
            whole = not (at and _joins(norm[at - 1], needle[0])) and not (
                end < len(norm) and _joins(needle[-1], norm[end])
            )
            if whole:  # a span cut mid-word ("достаточно" in "недостаточно") is not a quote
                yield index[at], index[end - 1] + 1

    def _starts_of(self, needle: str) -> Iterator[int]:
        """Where ``needle`` starts in the normalised text, in order. A scan of the text for
        ordinary articles; for a long one (a draft proves thousands of spans) a look-up in
        sorted word starts, so proving them all is not quadratic in the article's length."""
        norm, _ = self.normalised
        if len(norm) < LONG_ARTICLE:
            at = norm.find(needle)
            while at >= 0:
                yield at
                at = norm.find(needle, at + 1)
            return
        starts = self._sorted_starts
        prefix = needle[:_PREFIX]
        first = bisect_left(starts, prefix, key=lambda p: norm[p : p + len(prefix)])
        found = []
        for i in range(first, len(starts)):  # no slice: a copy of the rest would be O(n)
            position = starts[i]
            if norm[position : position + len(prefix)] != prefix:
                break
            if norm.startswith(needle, position):
                found.append(position)
        yield from sorted(found)

    @cached_property
    def _sorted_starts(self) -> list[int]:
        """Every position a whole-word span can start at (a word's first character, or a
        character that is neither a letter nor a space), sorted by the text that follows."""
        norm, _ = self.normalised
        starts = [
            p
            for p, ch in enumerate(norm)
            if not ch.isspace() and not (ch.isalnum() and p and norm[p - 1].isalnum())
        ]
        starts.sort(key=lambda p: norm[p : p + _PREFIX])
        return starts

    def paragraph_of(self, offset: int) -> int:
        return max(0, bisect_right(self.paragraph_starts, offset) - 1)

    def sentence_around(self, span: str) -> str | None:
        """The article's whole sentence(s) holding the span's first occurrence, verbatim — what
        a reply shows for reported speech, so it keeps the article's own verb and frame.

        Remembered per span: the spans asked for are the knowledge base's own quotes, and
        finding one (normalising it, cutting its paragraph into sentences) cost a reply showing
        two of them a third of its time."""
        if span not in self._sentences:
            self._sentences[span] = self._sentence_around(span)
        return self._sentences[span]

    @cached_property
    def _sentences(self) -> dict[str, str | None]:
        return {}

    def _sentence_around(self, span: str) -> str | None:
        for start, end in self.occurrences(span):
            number = self.paragraph_of(start)
            base = self.paragraph_starts[number]
            paragraph = self.article.paragraphs[number]
            first = last = None
            for s_start, s_end in sentence_spans(paragraph):
                if s_end > start - base and s_start < end - base:
                    first = s_start if first is None else first
                    last = s_end
            if first is not None and last is not None:
                return paragraph[first:last]
            return None
        return None

    @cached_property
    def _sorted_guillemets(self) -> tuple[list[int], list[int]]:
        ranges = sorted(self.guillemets)
        return [s for s, _ in ranges], [e for _, e in ranges]

    def inside_guillemets(self, start: int, end: int) -> bool:
        """Is [start, end) inside one quotation? Quotations do not overlap: check the one that
        opens last before ``start``, and its outer neighbours (a nested “…” inside «…»)."""
        starts, ends = self._sorted_guillemets
        i = bisect_right(starts, start) - 1
        while i >= 0:
            if ends[i] >= end:
                return True
            if starts[i] < start - 20_000:  # a quotation is never this long: stop looking
                return False
            i -= 1
        return False


def _joins(left: str, right: str) -> bool:
    return left.isalnum() and right.isalnum()


def value_in_span(value: str, span: str) -> bool:
    """The figure's value stands in its span as whole words ("5" is not inside "15")."""
    needle, _ = normalise_for_proof(value)
    haystack, _ = normalise_for_proof(span)
    at = haystack.find(needle)
    while needle and at >= 0:
        end = at + len(needle)
        if not (at and _joins(haystack[at - 1], needle[0])) and not (
            end < len(haystack) and _joins(needle[-1], haystack[end])
        ):
            return True
        at = haystack.find(needle, at + 1)
    return False


def display_problems(display: str, value: str, span: str) -> list[str]:
    """Why a figure's display value ("1 миллиард долларов ежегодно" for "одного миллиарда
    долларов") is not the same fact as its value: other numbers than the value's, or a word
    neither the span nor the value has. A display may change a word's form, never the fact;
    the loader and the extractor ask this one question, so a drafted display loads."""
    problems = []
    numbers = sorted(t for t in tokens(display) if t[0].isdigit())
    if numbers != sorted(t for t in tokens(value) if t[0].isdigit()):
        problems.append(f"display '{display}' has other numbers than '{value}'")
    known = {lemma(t) for t in tokens(f"{span} {value}")} | DISPLAY_QUALIFIERS
    foreign = [t for t in tokens(display) if not t[0].isdigit() and lemma(t) not in known]
    if foreign:
        problems.append(f"display '{display}' has words its span does not: {', '.join(foreign)}")
    return problems


@lru_cache(maxsize=32)
def article_index(article: Article) -> ArticleIndex:
    """One prepared index per article: the checker, the matcher and the context button share it."""
    return ArticleIndex(article)


def check_faithfulness(briefing: Briefing) -> list[Problem]:
    index = article_index(briefing.article)
    patterns = expert_patterns(briefing.experts)
    surnames = {e.id: e.surname for e in briefing.experts}
    problems: list[Problem] = []
    for entry in briefing.items:
        spans = entry.quotes if isinstance(entry, Answer) else (entry.span,)
        for quote in spans:
            problem = _check_span(index, quote, briefing.expert(entry.speaker), patterns, surnames)
            if problem:
                problems.append(
                    Problem(quote.ref.file, quote.ref.line, f"{_name(entry)}: {problem}")
                )
        if isinstance(entry, Figure) and not value_in_span(entry.value, entry.span.text):
            problems.append(
                Problem(
                    entry.ref.file,
                    entry.ref.line,
                    f"{_name(entry)}: value '{entry.value}' does not occur inside its span",
                )
            )
    return problems


def span_problem(briefing: Briefing, quote: Quote, speaker_id: str | None) -> str | None:
    """Why this one span could not be proven for this speaker, or None when it can."""
    index = article_index(briefing.article)
    patterns = expert_patterns(briefing.experts)
    surnames = {e.id: e.surname for e in briefing.experts}
    return _check_span(index, quote, briefing.expert(speaker_id), patterns, surnames)


def _name(entry: Answer | Figure) -> str:
    return f"{type(entry).__name__.lower()} '{entry.id}'"


def _check_span(
    index: ArticleIndex,
    quote: Quote,
    speaker: Expert | None,
    patterns: dict[str, re.Pattern[str]],
    surnames: dict[str, str],
) -> str | None:
    found = list(index.occurrences(quote.text))
    if not found:
        return f"quote not in source: «{_short(quote.text)}»"
    if quote.kind is QuoteKind.DIRECT:
        turns = [t for s, e in found if (t := index.answer_turn(s, e)) is not None]
        found = [(s, e) for s, e in found if index.inside_guillemets(s, e)]
        if not found and not turns:
            return (
                "direct quote is not inside «…» (or an interview answer) in the source: "
                f"«{_short(quote.text)}»"
            )
        if not found and speaker is not None:
            return _check_answerer(index, turns[0][2], speaker, patterns, quote, turns[0][0])
    if speaker is None or quote.kind is QuoteKind.ARTICLE:
        return None
    paragraphs = index.article.paragraphs
    for start, end in found:
        number = index.paragraph_of(start)
        paragraph = paragraphs[number]
        named = [eid for eid, pattern in patterns.items() if pattern.search(paragraph)]
        if len(named) > 1:
            # Several experts in one paragraph: "озвученный Гаджиевым" must not make a quote
            # Гаджиев's. The speaker must be the one the quote is attributed to.
            offset = index.paragraph_starts[number]
            where = (start - offset, end - offset)
            if _attributed_to(paragraph, *where, quote, speaker.id, patterns, speaker.surname):
                return None
            continue
        if any(
            _speaks_here(paragraph, hit, surnames[eid])
            for eid in named
            if eid != speaker.id
            for hit in patterns[eid].finditer(paragraph)
        ):
            # "Политолог Олег Сидоров с этим не согласен. «…», — считает он.": another
            # expert speaks in this paragraph and the speaker is not named; not proven.
            continue
        if _names_speaker(paragraphs, number, speaker.id, patterns):
            return None
    return (
        f"speaker not named near the quote: {speaker.surname} is not named in its paragraph "
        f"(абз.{index.paragraph_of(found[0][0]) + 1}) or the nearest preceding paragraph "
        f"that names an expert: «{_short(quote.text)}»"
    )


def _check_answerer(
    index: ArticleIndex,
    label: str | None,
    speaker: Expert,
    patterns: dict[str, re.Pattern[str]],
    quote: Quote,
    offset: int,
) -> str | None:
    """An interview answer is its label's person ("Асанкулов: …"), or else the one expert
    the introduction names — with two people introduced, a dash answer proves nobody."""
    if names_the_answerer(label):
        if patterns[speaker.id].search(label or ""):
            return None
        return f"the answer is labelled '{label}', not {speaker.surname}: «{_short(quote.text)}»"
    named: list[str] = []
    for intro in index.introductions_before(offset):
        named = [eid for eid, pattern in patterns.items() if pattern.search(intro)]
        if named:
            break  # the nearest paragraph that introduces anyone decides
    if named == [speaker.id]:
        return None
    if speaker.id not in named:
        return (
            f"speaker not named near the quote: {speaker.surname} is not named in the "
            f"interview's introduction: «{_short(quote.text)}»"
        )
    return (
        f"the interview's introduction names several experts, so an answer cannot be "
        f"proven to be {speaker.surname}'s: «{_short(quote.text)}»"
    )


def _attributed_to(
    paragraph: str,
    start: int,
    end: int,
    quote: Quote,
    speaker_id: str,
    patterns: dict[str, re.Pattern[str]],
    surname: str,
) -> bool:
    """In a paragraph naming several experts, is this span the speaker's?

    A reported span that names its speaker carries its own attribution. Otherwise the
    attribution that follows a quote ("», — отметил Ишмухамедов") decides; without one, the
    speaker must be named as a speaker: in the nominative or after "по словам".
    """
    if quote.kind is QuoteKind.REPORTED and patterns[speaker_id].search(quote.text):
        return True
    tail = paragraph[end : end + 150]
    first: tuple[int, str] | None = None
    for eid, pattern in patterns.items():
        hit = pattern.search(tail)
        if hit and (first is None or hit.start() < first[0]):
            first = (hit.start(), eid)
    if first is not None and quote.kind is QuoteKind.DIRECT:
        return first[1] == speaker_id
    return any(
        _as_speaker(paragraph, hit, surname) for hit in patterns[speaker_id].finditer(paragraph)
    )


def _speaks_here(paragraph: str, hit: re.Match[str], surname: str) -> bool:
    """Named as a speaker for sure: the exact nominative surname, or after "по словам"."""
    return hit.group(0) == surname or bool(
        SPEAKER_BEFORE.search(paragraph[max(0, hit.start() - 40) : hit.start()])
    )


def _as_speaker(paragraph: str, hit: re.Match[str], surname: str) -> bool:
    """Named as the one speaking: the nominative ("— отметил Ишмухамедов") or "по словам X"."""
    if hit.group(0) == surname:
        return True
    if SPEAKER_BEFORE.search(paragraph[max(0, hit.start() - 40) : hit.start()]):
        return True
    return any("nomn" in candidate.tag for candidate in parse(hit.group(0).lower()))


def _names_speaker(
    paragraphs: tuple[str, ...], number: int, speaker_id: str, patterns: dict[str, re.Pattern[str]]
) -> bool:
    if patterns[speaker_id].search(paragraphs[number]):
        return True
    for earlier in range(number - 1, -1, -1):
        named = [eid for eid, pattern in patterns.items() if pattern.search(paragraphs[earlier])]
        if named:
            return speaker_id in named
    return False


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
