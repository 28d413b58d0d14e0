"""The rows of buttons under replies: an entry's related answers and tools, and topics."""

from __future__ import annotations

from bot.answering.citing import copy_text
from bot.answering.library import Library
from bot.answering.reply import Action, Button
from bot.answering.texts import t
from bot.knowledge.model import Answer, Briefing, Figure

MAX_RELATED_BUTTONS = 3
TOPIC_BUTTONS_PER_ROW = 2


def entry_buttons(
    library: Library, briefing: Briefing, item: Answer | Figure, lang: str
) -> tuple[tuple[Button, ...], ...]:
    """Related answers, then the tools: context, citation, other experts on the topic."""
    position = library.position(briefing)
    rows: list[tuple[Button, ...]] = []
    for key in item.related[:MAX_RELATED_BUTTONS]:
        related = briefing.item(key)
        if related is not None:
            rows.append((Button(related.local("title", lang), Action.ENTRY, position, key),))
    entry = library.catalogue.entry_in(briefing, item.id)
    copy = copy_text(entry, lang) if entry is not None else None
    rows.append(
        (
            Button(t("button_context", lang), Action.CONTEXT, position, item.id),
            Button(t("button_cite", lang), Action.CITE, position, item.id, copy=copy),
        )
    )
    if item.topics and item.speaker:
        rows.append(
            (Button(t("button_topic_experts", lang), Action.TOPIC_EXPERTS, position, item.id),)
        )
    return tuple(rows)


def topic_buttons(library: Library, briefing: Briefing, lang: str) -> list[tuple[Button, ...]]:
    """Every topic of the briefing, two to a row."""
    position = library.position(briefing)
    buttons = [
        Button(topic.local("title", lang), Action.TOPIC, position, topic.id)
        for topic in briefing.topics
    ]
    return [
        tuple(buttons[i : i + TOPIC_BUTTONS_PER_ROW])
        for i in range(0, len(buttons), TOPIC_BUTTONS_PER_ROW)
    ]
