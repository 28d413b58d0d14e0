"""What a pressed button asks for: the same reply families, reached by (action, briefing, key).

Buttons live on in chats long after they were sent; one that points at nothing the knowledge
base still has gives ``None``, and the transport says the button is out of date.
"""

from __future__ import annotations

from bot.answering.entries import entry_reply
from bot.answering.library import Library
from bot.answering.lists import listing
from bot.answering.reply import Action, Reply
from bot.answering.tools import citation_reply, context_reply
from bot.answering.topics import topic_experts, topic_reply
from bot.knowledge.entries import EntryKind
from bot.knowledge.model import ListKind


def follow(library: Library, action: Action, position: int, key: str, lang: str) -> Reply | None:
    """The reply a pressed button asks for; None when it points at nothing (stale button)."""
    briefing = library.catalogue.at(position)
    if briefing is None:
        return None
    if action is Action.TOPIC:
        topic = briefing.topic(key)
        return topic_reply(library, briefing, topic, lang) if topic else None
    if action is Action.LIST:
        try:
            return listing(library, ListKind(key), lang)
        except ValueError:
            return None
    entry = library.catalogue.entry_in(briefing, key)
    if entry is None:
        return None
    if action is Action.ENTRY:
        return entry_reply(library, entry, lang)
    if entry.kind is EntryKind.EXPERT:
        return None  # the tools belong to statements and figures
    if action is Action.CONTEXT:
        return context_reply(library, entry, lang)
    if action is Action.CITE:
        return citation_reply(library, entry, lang)
    if action is Action.TOPIC_EXPERTS:
        topic = briefing.topic(entry.topics[0]) if entry.topics else None
        return topic_experts(library, briefing, topic, lang, entry.speaker) if topic else None
    return None
