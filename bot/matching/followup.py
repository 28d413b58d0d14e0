"""Follow-up questions in a conversation: placeholder until the conversation work lands."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.matching.context import Context
    from bot.matching.matcher import Match, Matcher, Query


def resolve_followup(matcher: Matcher, query: Query, context: Context) -> Match | None:
    return None
