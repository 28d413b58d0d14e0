"""The bot's own command names, and what Telegram allows a command to be.

Topic commands come from the knowledge base and must not take a built-in name; the
transports register the built-ins in this order.
"""

from __future__ import annotations

import re

BUILTIN_COMMANDS = ("start", "help", "experts", "expert", "figures", "topics", "source", "ask")
MAX_COMMANDS = 100  # Telegram's limit per scope
COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
