"""Button actions ↔ Telegram ``callback_data`` (at most 64 bytes, Telegram's limit)."""

from __future__ import annotations

from bot.answering.reply import Action, Button

MAX_CALLBACK_BYTES = 64
SEPARATOR = "|"


def encode(button: Button) -> str | None:
    """``e|2094571093|ishmukhamedov-trade``; None when it would not fit (then it is dropped)."""
    data = SEPARATOR.join((button.action.value, str(button.briefing), button.key))
    return data if len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES else None


def decode(data: str | None) -> tuple[Action, int, str] | None:
    """The action behind callback data, or None for anything we did not produce."""
    if not data:
        return None
    parts = data.split(SEPARATOR, 2)
    # isdigit() alone would accept "²" or "٣", which int() then rejects or reads as 3:
    # we only ever write ASCII digits, so that is all we accept back.
    index = parts[1] if len(parts) == 3 else ""
    if not (index.isascii() and index.isdecimal() and len(index) <= 10):
        return None
    try:
        action = Action(parts[0])
    except ValueError:
        return None
    return action, int(index), parts[2]


# A reader's vote on an answer: ``v|+|<update id>`` or ``v|-|<update id>``. The update id is
# the query log's key for the question the answer replied to; "v" is no ``Action``, so
# ``decode`` never mistakes a vote for a button of the session.
VOTE = "v"
MAX_REF_DIGITS = 20


def encode_vote(ref: int, up: bool) -> str:
    return SEPARATOR.join((VOTE, "+" if up else "-", str(ref)))


def decode_vote(data: str | None) -> tuple[int, bool] | None:
    """(update id, up) for a vote we produced; None for anything else."""
    if not data:
        return None
    parts = data.split(SEPARATOR)
    if len(parts) != 3 or parts[0] != VOTE or parts[1] not in ("+", "-"):
        return None
    ref = parts[2]
    if not (ref.isascii() and ref.isdecimal() and len(ref) <= MAX_REF_DIGITS):
        return None
    return int(ref), parts[1] == "+"
