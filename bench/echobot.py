"""The least a python-telegram-bot bot can do: echo each text message back — the yardstick
for ``bench.endtoend``.

``TELEGRAM_BOT_TOKEN=… TELEGRAM_API_BASE_URL=… python -m bench.echobot``

It polls and sends through the same ``Pacer`` as briefbot (pacing and retries), with the same
limits and the same number of updates handled at once, read from the same settings, so what
separates the two in the benchmark is what briefbot does beyond echoing: recording each
update in its store before acknowledging it, understanding the question, answering it.
"""

from __future__ import annotations

import sys

from telegram import Update
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

from bot.settings import Settings
from bot.transport.pacing import Pacer
from bot.transport.telegram_app import limits_from


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The message's text, back to its chat."""
    message = update.effective_message
    if message is not None and message.text:
        await context.bot.send_message(message.chat_id, message.text)


async def announce(_: object) -> None:
    """The line the benchmark waits for before it sends anything."""
    print("serving (echo)", file=sys.stderr, flush=True)


def main() -> int:
    settings = Settings.load()
    if not settings.telegram_bot_token:
        print("TELEGRAM_BOT_TOKEN is not set", file=sys.stderr)
        return 78
    app = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token)
        .base_url(settings.telegram_api_base_url)
        .rate_limiter(Pacer(limits_from(settings)))
        .concurrent_updates(settings.briefbot_concurrent_updates)
        .post_init(announce)
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.run_polling(allowed_updates=[Update.MESSAGE], poll_interval=0.0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
