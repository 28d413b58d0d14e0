"""Drafts: what ``briefbot extract`` wrote and no curator has reviewed yet.

A draft attribution that reaches a user is a misquote the press office never approved, so
the bot serves only reviewed material unless it is explicitly told to serve drafts
(``--allow-drafts`` or ``BRIEFBOT_ALLOW_DRAFTS=1``). Hiding is done on the loaded, proven
knowledge base: the YAML stays the single source and ``briefbot check`` still proves drafts.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from bot.knowledge.model import Answer, Briefing, Figure, KnowledgeBase
from bot.records import record

_E = TypeVar("_E", Answer, Figure)


@record
class DraftCount:
    """How much of a briefing still carries ``draft: true``."""

    briefing: bool
    experts: int
    topics: int
    entries: int

    @property
    def total(self) -> int:
        return int(self.briefing) + self.experts + self.topics + self.entries


def count_drafts(briefing: Briefing) -> DraftCount:
    return DraftCount(
        briefing=briefing.draft,
        experts=sum(e.draft for e in briefing.experts),
        topics=sum(t.draft for t in briefing.topics),
        entries=sum(e.draft for e in briefing.items),
    )


def without_drafts(kb: KnowledgeBase) -> KnowledgeBase:
    """The knowledge base a user may see: reviewed material only.

    A draft briefing disappears whole. Otherwise draft entries go, and so does every entry
    whose speaker is a draft expert (the attribution is what is unreviewed); draft topics
    and references to removed entries are dropped from what remains.
    """
    return KnowledgeBase(tuple(_reviewed(b) for b in kb.briefings if not b.draft))


def _reviewed(briefing: Briefing) -> Briefing:
    experts = tuple(e for e in briefing.experts if not e.draft)
    expert_ids = {e.id for e in experts}
    topics = tuple(t for t in briefing.topics if not t.draft)
    topic_ids = {t.id for t in topics}

    def shown(entry: Answer | Figure) -> bool:
        return not entry.draft and (entry.speaker is None or entry.speaker in expert_ids)

    answers = tuple(a for a in briefing.answers if shown(a))
    figures = tuple(f for f in briefing.figures if shown(f))
    entry_ids = {e.id for e in (*answers, *figures)}

    def pruned(entry: _E) -> _E:
        return replace(
            entry,
            topics=tuple(t for t in entry.topics if t in topic_ids),
            related=tuple(r for r in entry.related if r in entry_ids),
        )

    return replace(
        briefing,
        experts=experts,
        topics=topics,
        answers=tuple(pruned(a) for a in answers),
        figures=tuple(pruned(f) for f in figures),
    )


def servable(kb: KnowledgeBase, allow_drafts: bool) -> KnowledgeBase:
    return kb if allow_drafts else without_drafts(kb)
