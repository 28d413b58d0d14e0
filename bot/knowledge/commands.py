"""The bot's own command names, and what Telegram allows a command to be.

Topic commands come from the knowledge base and must not take a built-in name; the
transports register the built-ins in this order.
"""

from __future__ import annotations

from bot.patterns import lazy

BUILTIN_COMMANDS = (
    "start",
    "help",
    "briefings",
    "experts",
    "expert",
    "figures",
    "topics",
    "source",
    "ask",
)
# Only for the user ids in BRIEFBOT_ADMIN_IDS (in their own command menu); reserved all the same,
# so a topic can never take one.
ADMIN_COMMANDS = ("stats", "unanswered", "reload")
RESERVED_COMMANDS = BUILTIN_COMMANDS + ADMIN_COMMANDS
MAX_COMMANDS = 100  # Telegram's limit per scope
COMMAND_RE = lazy(r"[a-z0-9_]{1,32}")
