"""What a chat was last talking about, so follow-ups ("а Гусейнов?", "ещё") can be understood.

Plain data with no Telegram types: the Telegram transport keeps one per chat, the terminal
chat one per session, ``briefbot ask --conversation`` one per stdin stream.
"""

from __future__ import annotations

from dataclasses import replace

from bot.records import record

MAX_SHOWN = 50


@record
class Context:
    """What a chat was last about, so a follow-up ("а он?", "ещё") can lean on it."""

    briefing: str | None = None
    expert: str | None = None
    topic: str | None = None
    entry: str | None = None
    shown: tuple[str, ...] = ()
    language: str | None = None
    # The briefing the chat chose (/briefings): its topic commands and menu. ``briefing`` is
    # only where the last answer came from, which a free question may take anywhere.
    current: str | None = None

    @property
    def empty(self) -> bool:
        return self.entry is None and self.expert is None and self.topic is None

    def remember(
        self,
        *,
        briefing: str | None,
        entry: str | None,
        expert: str | None,
        topic: str | None,
        language: str | None,
    ) -> Context:
        """The context after an answer: keep what the answer did not replace."""
        shown = self.shown if briefing == self.briefing else ()
        if entry is not None and entry not in shown:
            shown = (*shown, entry)[-MAX_SHOWN:]
        return replace(
            self,
            briefing=briefing or self.briefing,
            entry=entry or self.entry,
            expert=expert or self.expert,
            topic=topic or self.topic,
            shown=shown,
            language=language or self.language,
        )
