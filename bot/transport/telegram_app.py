"""Build the python-telegram-bot ``Application`` and run it as a service (polling or webhook).

The Application has no Updater: updates come in through ``intake`` (recorded in the store
before they are acknowledged) and are handled by ``journal``'s workers (see ``service``).

The token never reaches the logs: `bot.transport.logs` keeps httpx (which logs request URLs,
token included, at INFO) at WARNING and masks secrets in every record.
"""

from __future__ import annotations

import logging

from telegram.ext import Application, ApplicationBuilder

from bot.knowledge.model import KnowledgeBase
from bot.settings import Settings
from bot.transport.http import AiohttpRequest
from bot.transport.logs import protect_secrets
from bot.transport.pacing import Limits, Pacer
from bot.transport.telegram_bot import TelegramBriefBot

log = logging.getLogger("briefbot")


# What ApplicationBuilder gives its default request for the Bot API calls (getUpdates: 1).
CONNECTION_POOL_SIZE = 256

# PTB's bot loggers print the API URL (with the token) at DEBUG while the Application is built.
BOT_LOGGERS = ("telegram.Bot", "telegram.ext.ExtBot")


def limits_from(settings: Settings) -> Limits:
    return Limits(
        overall_per_second=settings.briefbot_sends_per_second,
        private_per_second=settings.briefbot_chat_sends_per_second,
        group_per_minute=settings.briefbot_group_sends_per_minute,
        deadline_seconds=settings.briefbot_send_deadline_seconds,
    )


def build_application(
    kb: KnowledgeBase, settings: Settings, *, bot: TelegramBriefBot | None = None
) -> Application:
    """The configured Application; tests point ``TELEGRAM_API_BASE_URL`` at a local server."""
    if not settings.telegram_bot_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    # Masked at the loggers too, for when `configure_logging` was not called (an embedding
    # program, the tests).
    protect_secrets(settings.secret_values(), BOT_LOGGERS)
    bot = bot or TelegramBriefBot(kb, settings)
    app = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_api_base_url.replace("/bot", "/file/bot", 1))
        # PTB's HTTP layer on aiohttp (``bot.transport.http``): its pool sizes as PTB's own.
        .request(AiohttpRequest(CONNECTION_POOL_SIZE))
        .get_updates_request(AiohttpRequest(1))
        .rate_limiter(Pacer(limits_from(settings)))
        .concurrent_updates(settings.briefbot_concurrent_updates)
        .updater(None)
        .post_init(bot.post_init)
        .build()
    )
    bot.register(app)
    return app
