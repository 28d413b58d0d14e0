"""Everything the bot can answer with, behind one face.

A statement, a figure, an expert's profile and a generated list differ in what they show,
but the matcher compares them all the same way — on texts, each from a named field — and the
answering layer renders each through one visitor call. Adding a kind of entry is one class
here and one visitor method there, never an ``isinstance`` chain or a parsed string key.

Keys are a public contract: they appear in ``briefbot ask --json`` and in Telegram callback
data (an answer's or figure's id, ``expert:<id>`` for a profile, a list answer's id).
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from enum import StrEnum
from functools import cached_property
from typing import ClassVar, Protocol, TypeVar

from bot.knowledge.causes import linked
from bot.knowledge.faithfulness import article_index
from bot.knowledge.model import (
    Answer,
    Briefing,
    Expert,
    Figure,
    KnowledgeBase,
    ListKind,
    Quote,
)
from bot.language.answer_types import AnswerType, stated_types
from bot.language.changes import states_multiple
from bot.language.numbers import QUANTITY_STEMS
from bot.language.text import tokens
from bot.records import record

T = TypeVar("T", covariant=True)

EXPERT_KEY_PREFIX = "expert:"


def expert_key(expert_id: str) -> str:
    """The key of an expert's profile: ``expert:<id>``."""
    return f"{EXPERT_KEY_PREFIX}{expert_id}"


class EntryKind(StrEnum):
    ANSWER = "answer"
    FIGURE = "figure"
    EXPERT = "expert"
    LIST = "list"


class Field(StrEnum):
    """Where a searchable text comes from; the matcher gives each field its own weight."""

    PHRASING = "phrasing"  # how people ask for it
    TITLE = "title"
    SPEAKER_NAME = "speaker_name"
    SPEAKER_ROLE = "speaker_role"
    CONTENT = "content"  # the article's words it shows
    CONTEXT = "context"  # the rest of the article paragraph around them
    TOPIC = "topic"


@record
class SearchText:
    """One text the matcher compares a question with; ``phrasing`` texts are also compared
    whole (how close the question is to one way of asking)."""

    text: str
    field: Field
    phrasing: bool = False
    stated: bool = False  # what the entry itself says (not how people ask for it)


class EntryVisitor(Protocol[T]):
    """What renders entries implements: one method per kind of entry."""

    def answer(self, entry: AnswerEntry) -> T: ...

    def figure(self, entry: FigureEntry) -> T: ...

    def expert(self, entry: ExpertEntry) -> T: ...

    def listing(self, entry: ListEntry) -> T: ...


@record(slots=False, eq=False)
class Entry(ABC):
    """Something the bot can answer with, in its briefing."""

    briefing: Briefing
    kind: ClassVar[EntryKind]

    @property
    @abstractmethod
    def key(self) -> str: ...

    @property
    def speaker(self) -> str | None:
        return None

    @property
    def topics(self) -> tuple[str, ...]:
        return ()

    @property
    def list_kind(self) -> ListKind | None:
        """Which generated list this entry stands for, if it is one."""
        return None

    @property
    def spans(self) -> tuple[Quote, ...]:
        """The article's spans this entry shows (none for a profile or a list)."""
        return ()

    @cached_property
    def shown_words(self) -> tuple[str, ...]:
        """The article's words it shows: what a "how many" or a price must find a number in."""
        return tuple(q.text for q in self.spans)

    @cached_property
    def has_number(self) -> bool:
        return any(ch.isdigit() for text in self.shown_words for ch in text)

    @cached_property
    def effects(self) -> tuple[str, ...]:
        """The keys of the items the article says follow from this entry's words ("… цифра
        семь». С учётом этого … добавить Турцию"): this entry states their reason (``causes``)."""
        return linked(self.briefing, self.spans, effects=True)

    @cached_property
    def causes(self) -> tuple[str, ...]:
        """The keys of the items whose words the article says this entry's follow from."""
        return linked(self.briefing, self.spans, effects=False)

    @cached_property
    def states(self) -> frozenset[AnswerType]:
        """The kinds of facts it states: detected in its spans, plus what a curator declared;
        a statement by a person also states who said it and what he said; the reason of what
        the article says follows from its words (``effects``)."""
        found: set[AnswerType] = {AnswerType.FACT}
        for text in (*(q.text for q in self.spans), *self.shown_words):
            found |= stated_types(text)
        if self.effects:
            found.add(AnswerType.REASON)
        found |= {AnswerType(kind) for kind in self.declared}
        if self.speaker is not None:
            found |= {AnswerType.PERSON, AnswerType.STATEMENT}
        return frozenset(found)

    @property
    def declared(self) -> tuple[str, ...]:
        return ()

    @cached_property
    def states_amount(self) -> bool:
        """It gives a number, in digits or in words ("семь", "вдвое", "миллиард"), or a
        multiple ("в разы", "в три раза")."""
        return any(
            token[0].isdigit() or any(stem in token for stem in QUANTITY_STEMS)
            for text in self.shown_words
            for token in tokens(text)
        ) or any(states_multiple(text) for text in self.shown_words)

    @abstractmethod
    def title(self, lang: str) -> str: ...

    @abstractmethod
    def search_texts(self) -> Iterator[SearchText]:
        """What the matcher compares a question with, field by field."""

    @abstractmethod
    def vocabulary(self) -> Iterator[str]:
        """Every text a user might echo: the words typos are repaired against."""

    @abstractmethod
    def accept(self, visitor: EntryVisitor[T]) -> T: ...

    def context_texts(self) -> Iterator[SearchText]:
        """The article paragraph holding each span (first occurrence)."""
        article = article_index(self.briefing.article)
        paragraphs = self.briefing.article.paragraphs
        for quote in self.spans:
            for start, _ in article.occurrences(quote.text):
                yield SearchText(paragraphs[article.paragraph_of(start)], Field.CONTEXT)
                break


@record(slots=False, eq=False)
class _ItemEntry(Entry):
    """An answer or a figure: an item of the briefing with questions, a title and topics."""

    @property
    @abstractmethod
    def item(self) -> Answer | Figure: ...

    @property
    def key(self) -> str:
        return self.item.id

    @property
    def speaker(self) -> str | None:
        return self.item.speaker

    @property
    def topics(self) -> tuple[str, ...]:
        return self.item.topics

    def title(self, lang: str) -> str:
        return self.item.local("title", lang)

    @property
    def declared(self) -> tuple[str, ...]:
        return self.item.states

    def _common_texts(self) -> Iterator[SearchText]:
        item = self.item
        for question in item.questions:
            yield SearchText(question, Field.PHRASING, phrasing=True)
        yield SearchText(item.title, Field.TITLE, phrasing=True)
        yield SearchText(item.title_en, Field.TITLE, phrasing=True)
        expert = self.briefing.expert(item.speaker)
        if expert is not None:
            for text in (expert.name, expert.name_en, expert.surname, *expert.aliases):
                yield SearchText(text, Field.SPEAKER_NAME)
            yield SearchText(expert.role, Field.SPEAKER_ROLE)
            yield SearchText(expert.role_en, Field.SPEAKER_ROLE)
        for topic_id in item.topics:
            topic = self.briefing.topic(topic_id)
            if topic is not None:
                for text in (topic.title, topic.title_en, *topic.aliases):
                    yield SearchText(text, Field.TOPIC)

    def _common_vocabulary(self) -> Iterator[str]:
        item = self.item
        yield from item.questions
        yield item.title
        yield item.title_en

    def _topic_vocabulary(self) -> Iterator[str]:
        for topic_id in self.item.topics:
            topic = self.briefing.topic(topic_id)
            if topic is not None:
                yield from (topic.title, topic.title_en, *topic.aliases)


@record(slots=False, eq=False)
class AnswerEntry(_ItemEntry):
    """A statement: quotes, reported speech or the article's own words."""

    answer: Answer
    kind: ClassVar[EntryKind] = EntryKind.ANSWER

    @property
    def item(self) -> Answer:
        return self.answer

    @property
    def spans(self) -> tuple[Quote, ...]:
        return self.answer.quotes

    def search_texts(self) -> Iterator[SearchText]:
        yield from self._common_texts()
        for quote in self.answer.quotes:
            yield SearchText(quote.text, Field.CONTENT, stated=True)
        for extra in (self.answer.lead, self.answer.lead_en, self.answer.summary_en):
            if extra:
                yield SearchText(extra, Field.CONTENT, stated=True)
        yield from self.context_texts()

    def vocabulary(self) -> Iterator[str]:
        yield from self._common_vocabulary()
        yield from (q.text for q in self.answer.quotes)
        yield from self._topic_vocabulary()

    def accept(self, visitor: EntryVisitor[T]) -> T:
        return visitor.answer(self)


# What each kind of generated list states (``ListEntry.states``).
_LIST_STATES: dict[ListKind | None, frozenset[AnswerType]] = {
    ListKind.EXPERTS: frozenset(
        {AnswerType.FACT, AnswerType.QUANTITY, AnswerType.PERSON, AnswerType.STATEMENT}
    ),
    None: frozenset({AnswerType.FACT, AnswerType.QUANTITY}),  # figures, topics
}


@record(slots=False, eq=False)
class ListEntry(AnswerEntry):
    """A generated list (experts, figures, topics) that people can ask for in words."""

    kind: ClassVar[EntryKind] = EntryKind.LIST

    @property
    def list_kind(self) -> ListKind | None:
        return self.answer.list_kind

    @cached_property
    def states(self) -> frozenset[AnswerType]:
        """A generated list is what was asked for as it stands ("какие цифры", "кто эксперты",
        "сколько экспертов") — and no more: its items, how many there are, and for the experts
        who they are and what they said. "Сколько длился визит" is not answered by the experts
        who commented on the visit; a date, a place, a duration, a sum, a reason or a forecast
        is given by an entry of its own or not at all."""
        return _LIST_STATES.get(self.list_kind, _LIST_STATES[None])

    def accept(self, visitor: EntryVisitor[T]) -> T:
        return visitor.listing(self)


@record(slots=False, eq=False)
class FigureEntry(_ItemEntry):
    """A number with the verbatim span that proves it."""

    figure: Figure
    kind: ClassVar[EntryKind] = EntryKind.FIGURE

    @property
    def item(self) -> Figure:
        return self.figure

    @property
    def spans(self) -> tuple[Quote, ...]:
        return (self.figure.span,)

    @cached_property
    def shown_words(self) -> tuple[str, ...]:
        return (self.figure.value,)

    @cached_property
    def has_number(self) -> bool:
        return True

    def search_texts(self) -> Iterator[SearchText]:
        yield from self._common_texts()
        figure = self.figure
        yield SearchText(figure.value, Field.TITLE, stated=True)
        if figure.display:
            yield SearchText(figure.display, Field.TITLE, stated=True)
        yield SearchText(figure.measures, Field.TITLE, stated=True)
        yield SearchText(figure.measures_en, Field.TITLE, stated=True)
        yield SearchText(figure.span.text, Field.CONTENT, stated=True)
        yield from self.context_texts()

    def vocabulary(self) -> Iterator[str]:
        yield from self._common_vocabulary()
        figure = self.figure
        yield from (figure.value, figure.measures, figure.measures_en, figure.span.text)
        yield from self._topic_vocabulary()

    def accept(self, visitor: EntryVisitor[T]) -> T:
        return visitor.figure(self)


@record(slots=False, eq=False)
class ExpertEntry(Entry):
    """An expert's profile: who they are and what they say in the article."""

    expert: Expert
    kind: ClassVar[EntryKind] = EntryKind.EXPERT

    @property
    def key(self) -> str:
        return expert_key(self.expert.id)

    @property
    def speaker(self) -> str | None:
        return self.expert.id

    def title(self, lang: str) -> str:
        return self.expert.display_name(lang)

    @cached_property
    def states(self) -> frozenset[AnswerType]:
        return frozenset({AnswerType.PERSON, AnswerType.STATEMENT, AnswerType.FACT})

    def search_texts(self) -> Iterator[SearchText]:
        expert = self.expert
        for text in (expert.name, expert.name_en, expert.surname, *expert.aliases):
            yield SearchText(text, Field.PHRASING, phrasing=True)
        yield SearchText(f"{expert.role} {expert.surname}", Field.PHRASING, phrasing=True)
        yield SearchText(expert.role, Field.SPEAKER_ROLE)
        yield SearchText(expert.role_en, Field.SPEAKER_ROLE)
        yield SearchText(f"{expert.country} {expert.country_en}", Field.CONTENT)

    def vocabulary(self) -> Iterator[str]:
        expert = self.expert
        yield from (expert.name, expert.name_en, expert.role, expert.role_en, *expert.aliases)

    def accept(self, visitor: EntryVisitor[T]) -> T:
        return visitor.expert(self)


def briefing_entries(briefing: Briefing) -> tuple[Entry, ...]:
    """A briefing's entries in a fixed order: answers and lists, figures, then profiles."""
    entries: list[Entry] = []
    for answer in briefing.answers:
        cls = ListEntry if answer.list_kind is not None else AnswerEntry
        entries.append(cls(briefing, answer))
    entries.extend(FigureEntry(briefing, figure) for figure in briefing.figures)
    entries.extend(ExpertEntry(briefing, expert) for expert in briefing.experts)
    return tuple(entries)


_REF_SPACE = 2**32


def briefing_ref(briefing_id: str) -> int:
    """A briefing's number in buttons, from its id alone: buttons stay in chats for months,
    and a number by load order would send an old button to whichever briefing now sits at
    that place — another event's words under the label the reader pressed."""
    digest = hashlib.blake2s(briefing_id.encode("utf-8"), digest_size=4).digest()
    return int.from_bytes(digest, "big") % _REF_SPACE


def briefing_refs(briefings: Iterable[Briefing]) -> dict[int, Briefing]:
    """Each briefing by its reference in buttons: ``briefing_ref`` of its id — two ids with
    one hash (a 1 in 4 billion chance per pair) put the later one on the next number."""
    found: dict[int, Briefing] = {}
    for briefing in briefings:
        ref = briefing_ref(briefing.id)
        while ref in found:
            ref = (ref + 1) % _REF_SPACE
        found[ref] = briefing
    return found


class Catalogue:
    """Every entry of a knowledge base, found by (briefing id, key) in constant time."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.entries: tuple[Entry, ...] = tuple(
            entry for briefing in kb.briefings for entry in briefing_entries(briefing)
        )
        self._by_key: dict[tuple[str, str], Entry] = {}
        for entry in self.entries:
            self._by_key.setdefault((entry.briefing.id, entry.key), entry)
        self._by_identity()

    def _by_identity(self) -> None:
        """Briefings found by ``id()``: two briefings may be equal yet distinct."""
        self._by_briefing: dict[tuple[int, str], Entry] = {
            (id(entry.briefing), entry.key): entry for entry in self.entries
        }
        self._at = briefing_refs(self.kb.briefings)
        self._positions = {id(briefing): ref for ref, briefing in self._at.items()}

    def __getstate__(self) -> dict[str, object]:
        """Without the ``id()``-keyed maps: object ids do not survive pickling (the start-up
        cache, ``bot.curation.startup``), so they are rebuilt on unpickling."""
        state = dict(self.__dict__)
        state.pop("_by_briefing", None)
        state.pop("_positions", None)
        state.pop("_at", None)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._by_identity()

    def entry(self, briefing_id: str, key: str) -> Entry | None:
        return self._by_key.get((briefing_id, key))

    def entry_in(self, briefing: Briefing, key: str) -> Entry | None:
        return self._by_briefing.get((id(briefing), key))

    def position(self, briefing: Briefing) -> int:
        """The briefing's reference in buttons (``briefing_ref``): short enough for callback
        data, and the same after a reload adds or removes other briefings."""
        return self._positions[id(briefing)]

    def at(self, position: int) -> Briefing | None:
        return self._at.get(position)
