"""Typed, immutable domain objects of a briefing.

Everything downstream (matcher, rendering, transports) reads these objects and nothing else,
so a knowledge base is validated once at load time and can then be trusted. Frozen
dataclasses with tuples keep a loaded briefing safe to share between concurrent handlers
and cheap to swap on hot reload.
"""

from __future__ import annotations

from dataclasses import field
from enum import StrEnum
from pathlib import Path

from bot.knowledge.problems import Problem
from bot.language.romanise import romanise
from bot.language.text import is_cyrillic
from bot.records import record


def _has_cyrillic(text: str) -> bool:
    """One regular-expression search (``is_cyrillic``), not a lowered look at each character:
    every English reply asks it of each field it shows."""
    return is_cyrillic(text)


class Localised:
    """Knowledge fields in the reader's language.

    English variants (``title_en``, ``role_en`` …) are optional in the YAML: the loader fills
    a missing one with the original, and ``local`` falls back to the original whenever the
    English one is empty — so an English reader never sees a blank where Russian exists.
    """

    __slots__ = ()

    def local(self, field: str, lang: str) -> str:
        """``field`` for a reader of ``lang``. English variants are optional: a missing one (or
        one still in Russian, as in an unreviewed draft) reaches an English reader romanised,
        since «…» is kept for the article's own words and Russian never stands loose in an
        English reply."""
        original = str(getattr(self, field) or "")
        if lang != "en":
            return original
        english = str(getattr(self, f"{field}_en", None) or original)
        if not _has_cyrillic(english):
            return english
        return romanise(english).replace("«", "“").replace("»", "”")

    def with_original(self, field: str, lang: str) -> str:
        """``local``: Russian words reach English readers only inside the article's own quotes
        and sentences, so the original is not repeated beside the translation."""
        return self.local(field, lang)


class QuoteKind(StrEnum):
    """How a span of the article relates to the person it is attributed to.

    Only ``DIRECT`` spans are the person's own words and may be shown in quotation marks;
    ``REPORTED`` spans are the journalist's paraphrase and are shown as reported speech;
    ``ARTICLE`` spans are the article's own statements (figures only, no speaker).
    """

    DIRECT = "direct"
    REPORTED = "reported"
    ARTICLE = "article"


class ListKind(StrEnum):
    """Answers whose body is generated from the knowledge base instead of quoted."""

    EXPERTS = "experts"
    FIGURES = "figures"
    TOPICS = "topics"


@record
class SourceRef:
    """Where a value came from in the YAML file, so every problem can name file and line."""

    file: Path
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@record
class Expert(Localised):
    """A person the article quotes or cites.

    ``draft`` (here and on topics, entries and briefings) marks what ``briefbot extract``
    wrote and no curator has reviewed yet; the bot hides drafts unless told otherwise, so an
    unreviewed attribution never reaches users by accident.
    """

    id: str
    name: str
    name_en: str
    name_genitive: str
    role: str
    role_en: str
    country: str
    country_en: str
    aliases: tuple[str, ...]
    surname: str
    ref: SourceRef = field(compare=False, repr=False)
    draft: bool = False
    in_article: str | None = None  # the name as the article writes it (set at load)

    def display_name(self, lang: str) -> str:
        """The name as a reader of ``lang`` knows it. English readers also get the name as the
        article writes it, in «…», so they can find him in the Russian text."""
        shown = self.local("name", lang)
        if lang == "en" and self.in_article and self.in_article != shown:
            return f"{shown} («{self.in_article}»)"
        return shown

    def attribution(self, lang: str) -> str:
        """ "Name, role": what stands under a direct quote."""
        return f"{self.display_name(lang)}, {self.local('role', lang)}"


@record
class Topic(Localised):
    """A subject of the briefing that readers reach by its command or by asking about it."""

    id: str
    title: str
    title_en: str
    command: str
    aliases: tuple[str, ...]
    ref: SourceRef = field(compare=False, repr=False)
    draft: bool = False
    main: str | None = None  # the id of the topic's central statement or figure


@record
class Quote:
    """A span of the article and how it relates to its speaker (``QuoteKind``)."""

    kind: QuoteKind
    text: str
    ref: SourceRef = field(compare=False, repr=False)


@record
class Answer(Localised):
    """One statement (or a generated list) the bot can give as an answer."""

    id: str
    title: str
    title_en: str
    speaker: str | None
    quotes: tuple[Quote, ...]
    questions: tuple[str, ...]
    topics: tuple[str, ...]
    related: tuple[str, ...]
    lead: str | None
    lead_en: str | None
    summary_en: str | None
    list_kind: ListKind | None
    ref: SourceRef = field(compare=False, repr=False)
    draft: bool = False
    states: tuple[str, ...] = ()  # kinds of facts a curator declares beyond those detected


@record
class Figure(Localised):
    """A number the article gives, with the verbatim span that proves it."""

    id: str
    title: str
    title_en: str
    value: str
    measures: str
    measures_en: str
    speaker: str | None
    span: Quote
    questions: tuple[str, ...]
    topics: tuple[str, ...]
    related: tuple[str, ...]
    ref: SourceRef = field(compare=False, repr=False)
    draft: bool = False
    states: tuple[str, ...] = ()  # kinds of facts a curator declares beyond those detected
    display: str | None = None  # the value as shown alone: nominative, unit-complete

    @property
    def shown(self) -> str:
        """What a reader sees for the number: the curated display value, else the value."""
        return self.display or self.value


Item = Answer | Figure


# The default bound on a source article (BRIEFBOT_MAX_ARTICLE_BYTES): an article is text, a few
# hundred kilobytes at most; the bound keeps a mistaken source (a video, a dump) out of memory.
# Here rather than in the loader, so that what only needs the number (the knowledge watcher, a
# start from the start-up cache) need not import the loader and PyYAML.
MAX_ARTICLE_BYTES = 5_000_000


@record
class Article:
    """The source text, split into the paragraphs a reader sees (non-empty lines)."""

    path: Path
    text: str = field(repr=False)
    paragraphs: tuple[str, ...] = field(repr=False)


@record
class Briefing(Localised):
    """One article's briefing: its experts, topics, answers and figures, each proven against
    the article."""

    id: str
    title: str
    title_en: str
    publisher: str
    event_date: str
    event_date_en: str
    url: str | None
    published: str | None
    headline: str | None  # the article's own headline, only if it has one (proven)
    language: str
    summary: str
    summary_en: str
    article: Article
    experts: tuple[Expert, ...]
    topics: tuple[Topic, ...]
    answers: tuple[Answer, ...]
    figures: tuple[Figure, ...]
    ref: SourceRef = field(compare=False, repr=False)
    draft: bool = False

    def expert(self, expert_id: str | None) -> Expert | None:
        return next((e for e in self.experts if e.id == expert_id), None)

    def topic(self, topic_id: str) -> Topic | None:
        return next((t for t in self.topics if t.id == topic_id), None)

    def item(self, item_id: str) -> Item | None:
        for item in (*self.answers, *self.figures):
            if item.id == item_id:
                return item
        return None

    @property
    def items(self) -> tuple[Item, ...]:
        return (*self.answers, *self.figures)


@record
class KnowledgeBase:
    """All briefings one bot serves, and the problems of any briefing left out of it (a
    broken briefing among many is reported and skipped, not allowed to stop the others)."""

    briefings: tuple[Briefing, ...]
    left_out: tuple[Problem, ...] = field(default=(), compare=False)

    def briefing(self, briefing_id: str) -> Briefing | None:
        return next((b for b in self.briefings if b.id == briefing_id), None)
