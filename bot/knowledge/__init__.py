"""The knowledge base: typed briefings loaded from YAML and proven faithful to the article.

``load_knowledge`` is imported on first use: a start from the start-up cache
(``bot.curation.startup``) unpickles the model without ever reading YAML, and need not
import the loader and the YAML library.
"""

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from bot.knowledge.loader import load_knowledge


def __getattr__(name: str) -> Any:
    if name == "load_knowledge":
        from bot.knowledge.loader import load_knowledge

        return load_knowledge
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
