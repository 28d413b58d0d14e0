"""Many briefings in one bot: which one a chat is in, how it chooses another, and how a reply
says which briefing it comes from.

A newsroom bot serves many events at once. Free questions search every briefing; what is
per briefing — topic commands, topic buttons, the command menu — follows the chat's current
briefing (chosen with ``/briefings``, else the default). When a question fits several
briefings about equally, the reader chooses rather than the bot guessing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.answering.keyboards import topic_buttons
from bot.answering.library import Library
from bot.answering.reply import Action, Button, Dateline, Lead, Reply, ReplyKind
from bot.answering.texts import t
from bot.knowledge.entries import Entry
from bot.knowledge.model import Briefing, KnowledgeBase, Topic

MAX_CHOICES = 8  # briefings offered for one ambiguous question or topic command
MAX_LISTED = 30  # briefings listed by /briefings at once; more are found by a word
CHOOSE_TOPIC = "t:"  # Action.CHOOSE key prefixes: a topic, or an entry
CHOOSE_ENTRY = "e:"


def default_briefing(kb: KnowledgeBase, wanted: str | None = None) -> str | None:
    """The briefing chats start in: ``wanted`` (BRIEFBOT_DEFAULT_BRIEFING) when loaded, else
    the newest by its ``published`` date, else the last loaded (a folder sorts by name, so a
    dated file name puts the newest last)."""
    if not kb.briefings:
        return None
    if wanted and kb.briefing(wanted) is not None:
        return wanted
    dated = [(d, n, b.id) for n, b in enumerate(kb.briefings) if (d := _published(b))]
    if dated:
        return max(dated)[2]
    return kb.briefings[-1].id


def _published(briefing: Briefing) -> date | None:
    try:
        return date.fromisoformat((briefing.published or "")[:10])
    except ValueError:
        return None


def newest_first(kb: KnowledgeBase) -> list[Briefing]:
    """Dated briefings newest first, then the undated ones, the last loaded first."""
    order = list(enumerate(kb.briefings))
    order.sort(key=lambda pair: (_published(pair[1]) or date.min, pair[0]), reverse=True)
    return [b for _, b in order]


def dateline(briefing: Briefing, lang: str) -> Dateline:
    return Dateline(t("from_briefing", lang, title=briefing.local("title", lang)))


def labelled(library: Library, reply: Reply) -> Reply:
    """The reply with its briefing's title line first, when the bot serves several."""
    if not library.several or reply.briefing_id is None or not reply.blocks:
        return reply
    if isinstance(reply.blocks[0], Dateline):
        return reply
    briefing = library.kb.briefing(reply.briefing_id)
    if briefing is None:
        return reply
    return replace(reply, blocks=(dateline(briefing, reply.language), *reply.blocks))


def listing(library: Library, lang: str, current: str | None, words: str = "") -> Reply:
    """``/briefings [words]``: the briefings as buttons, newest first (only those whose title
    has every word, when given); choosing one makes it the chat's current briefing."""
    home = library.home(current)
    wanted = words.lower().split()
    found = [
        b
        for b in newest_first(library.kb)
        if all(w in f"{b.title} {b.title_en} {b.id}".lower() for w in wanted)
    ]
    blocks = [
        Lead(t("briefings_list", lang, count=str(len(found)))),
        Lead(t("briefings_current", lang, title=home.local("title", lang))),
    ]
    buttons = tuple(
        (
            Button(
                ("✅ " if b is home else "") + b.local("title", lang),
                Action.BRIEFING,
                library.position(b),
                b.id,
            ),
        )
        for b in found[:MAX_LISTED]
    )
    return Reply(ReplyKind.INFO, tuple(blocks), buttons, language=lang)


def chosen(library: Library, briefing: Briefing, lang: str) -> Reply:
    """The chat now asks about ``briefing``: say so, show its topics, and set its menu."""
    text = t(
        "briefing_chosen",
        lang,
        title=briefing.local("title", lang),
        publisher=briefing.local("publisher", lang),
        date=briefing.local("event_date", lang),
    )
    return Reply(
        ReplyKind.INFO,
        (Lead(text),),
        tuple(topic_buttons(library, briefing, lang)),
        briefing_id=briefing.id,
        language=lang,
        menu=briefing.id,
    )


def topics_named(library: Library, name: str) -> list[tuple[Briefing, Topic]]:
    """Every briefing's topic with this command (or id): unique only within a briefing."""
    return [
        (briefing, topic)
        for briefing in library.briefings
        for topic in briefing.topics
        if name in (topic.command, topic.id)
    ]


def topic_elsewhere(
    library: Library, name: str, found: list[tuple[Briefing, Topic]], lang: str, current: str
) -> Reply:
    """``/name`` is no topic of the chat's briefing but is one of others: offer those."""
    home = library.home(current)
    text = t("topic_elsewhere", lang, title=home.local("title", lang), command=f"/{name}")
    buttons = tuple(
        (
            Button(
                briefing.local("title", lang),
                Action.CHOOSE,
                library.position(briefing),
                CHOOSE_TOPIC + topic.id,
            ),
        )
        for briefing, topic in found[:MAX_CHOICES]
    )
    return Reply(ReplyKind.INFO, (Lead(text),), buttons, language=lang)


def which_briefing(library: Library, entries: list[Entry], lang: str) -> Reply:
    """A question several briefings answer about equally: one button per briefing, each
    answering from it (and making it the chat's current briefing)."""
    buttons = tuple(
        (
            Button(
                f"{entry.briefing.local('title', lang)}: {entry.title(lang)}",
                Action.CHOOSE,
                library.position(entry.briefing),
                CHOOSE_ENTRY + entry.key,
            ),
        )
        for entry in entries[:MAX_CHOICES]
    )
    return Reply(ReplyKind.SUGGEST, (Lead(t("which_briefing", lang)),), buttons, language=lang)
