"""Bot API calls on the hot path whose answer we never read as PTB objects.

``Bot.send_message`` turns Telegram's answer into a ``Message`` (its chat, sender, entities
and keyboard, each a frozen PTB object): ~0.3 ms of CPU per reply that nobody reads, about a
sixth of the event loop's time per update in ``bench.endtoend``. ``Bot.get_updates`` parses
every update into PTB objects, which the intake then turned back into JSON data to journal:
it takes the JSON data as Telegram sent it instead, and parses each update once, from the
journalled (profile-free) payload.

Calls here go through ``Bot.do_api_request``, the public way to call an endpoint with its raw
answer: the same ``_post`` → rate limiter (our ``Pacer``) → HTTP request → error mapping as
the named methods, so pacing, retries and the errors raised are unchanged. PTB suggests the
named method when one exists; for the endpoints here that warning is silenced on purpose.
"""

from __future__ import annotations

import warnings
from typing import Any

from telegram import Bot
from telegram.warnings import PTBUserWarning

# The JSON PTB sends for ``LinkPreviewOptions(is_disabled=True)``.
NO_PREVIEW: dict[str, Any] = {"is_disabled": True}
# What ``Bot.get_updates`` adds to a long poll's ``timeout`` for its read timeout: the
# getUpdates request's own read timeout, 5 s as the Application builds it here.
POLL_READ_SLACK = 5.0

warnings.filterwarnings(
    "ignore",
    message=r"Please use 'Bot\.(sendMessage|getUpdates)' instead of",
    category=PTBUserWarning,
)


async def send_message(
    bot: Bot,
    chat_id: int,
    text: str,
    *,
    parse_mode: str | None = None,
    reply_markup: dict[str, Any] | None = None,
    reply_to: int | None = None,
    no_preview: bool = True,
) -> None:
    """``sendMessage`` as ``Bot.send_message`` sends it, without reading the answer.
    ``reply_markup`` is the keyboard's JSON data (``InlineKeyboardMarkup.to_dict()``);
    ``reply_to`` quotes that message when it still exists."""
    params: dict[str, Any] = {"chat_id": chat_id, "text": text}
    if parse_mode is not None:
        params["parse_mode"] = parse_mode
    if reply_markup is not None:
        params["reply_markup"] = reply_markup
    if no_preview:
        params["link_preview_options"] = NO_PREVIEW
    if reply_to is not None:
        params["reply_parameters"] = {"message_id": reply_to, "allow_sending_without_reply": True}
    await bot.do_api_request("sendMessage", api_kwargs=params)


async def get_updates(
    bot: Bot, *, offset: int | None, timeout: float, allowed_updates: list[str]
) -> list[dict[str, Any]]:
    """``getUpdates`` as ``Bot.get_updates`` asks for it; the updates as Telegram sent them."""
    params: dict[str, Any] = {"timeout": timeout, "allowed_updates": allowed_updates}
    if offset is not None:
        params["offset"] = offset
    result = await bot.do_api_request(
        "getUpdates", api_kwargs=params, read_timeout=timeout + POLL_READ_SLACK
    )
    return [update for update in result if isinstance(update, dict)] if result else []
