"""A message understood in its conversation: the match, and how the reply presents it."""

from __future__ import annotations

from bot.knowledge.entries import Entry
from bot.knowledge.model import ListKind
from bot.matching.matcher import Match
from bot.records import record


@record
class Understanding:
    """What a message asks, with the chat's context taken into account: the match and how to
    answer it (an entry, a list, more of a thread)."""

    match: Match
    listing: ListKind | None = None  # "а цифры?": a generated list instead of the entry
    topic: str | None = None  # the topic the chat is on after this (a list narrowed to it)
    speaker: str | None = None  # "какие цифры привёл Ишмухамедов": only his figures
    # "а цифры?" when neither the chat's expert nor its topic has any: (expert, topic) so the
    # reply says so before listing all of them, instead of passing them off as his
    figureless: tuple[str | None, str | None] = (None, None)
    exhausted: bool = False  # "ещё" after the last statement on the topic
    # "цифры товарооборот" / "эксперты о коридоре": the entries on the subject, chosen here
    figures: tuple[Entry, ...] = ()
    experts: tuple[Entry, ...] = ()  # one statement per expert who spoke on the subject
    # "какие казахстанские политологи": the experts list narrowed to these (briefing, expert)
    members: tuple[tuple[str, str], ...] = ()
    subject: frozenset[str] = frozenset()  # the lemmas the subject is about, to pick spans
    thread: bool = False  # "ещё": the thread goes on with the chat's expert and topic
    needs_context: bool = False  # "ещё", "а он?" in a chat with nothing before them

    @property
    def answered(self) -> bool:
        return self.match.answered
