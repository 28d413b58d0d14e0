"""The knowledge base: typed briefings loaded from YAML and proven faithful to the article."""

from bot.knowledge.loader import load_knowledge
from bot.knowledge.model import (
    Answer,
    Article,
    Briefing,
    Expert,
    Figure,
    Item,
    KnowledgeBase,
    ListKind,
    Quote,
    QuoteKind,
    Topic,
)
from bot.knowledge.problems import KnowledgeError, Problem

__all__ = [
    "Answer",
    "Article",
    "Briefing",
    "Expert",
    "Figure",
    "Item",
    "KnowledgeBase",
    "KnowledgeError",
    "ListKind",
    "Problem",
    "Quote",
    "QuoteKind",
    "Topic",
    "load_knowledge",
]
