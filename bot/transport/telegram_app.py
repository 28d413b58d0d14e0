"""Build and run the python-telegram-bot ``Application`` (long polling).

The token never reaches the logs: httpx logs request URLs (which contain it) at INFO, so its
logger is raised to WARNING, and every log record passes a filter that masks the token in
case a library prints it anyway.
"""

from __future__ import annotations

import logging
import sys

from telegram import Update
from telegram.error import InvalidToken, NetworkError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder

from bot.knowledge.model import KnowledgeBase
from bot.settings import Settings
from bot.transport.telegram_bot import TelegramBriefBot

log = logging.getLogger("briefbot")


class TokenFilter(logging.Filter):
    """Masks the bot token in every record, whichever library logs it."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token
        self.secret = token.partition(":")[2] or token

    def mask(self, text: str) -> str:
        return text.replace(self.token, "<token>").replace(self.secret, "<token>")

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.token:
            return True
        message = record.getMessage()
        if self.secret in message:
            record.msg = self.mask(message)
            record.args = ()
        if record.exc_info:
            # Tracebacks carry the token too ("The token `…` was rejected by the server").
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
            record.exc_text = self.mask(text)
        elif record.exc_text:
            record.exc_text = self.mask(record.exc_text)
        return True


def configure_logging(settings: Settings) -> None:
    logging.basicConfig(
        level=getattr(logging, settings.briefbot_log_level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    token_filter = TokenFilter(settings.telegram_bot_token or "")
    for handler in logging.getLogger().handlers:
        handler.addFilter(token_filter)


def protect_token(token: str) -> None:
    """Keep the token out of the logs even when ``configure_logging`` was not called (an
    embedding program, the tests): httpx logs every URL at INFO, PTB's bot logger the API URL
    at DEBUG while the Application is built."""
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if logger.level < logging.WARNING:
            logger.setLevel(logging.WARNING)
    for name in ("telegram.Bot", "telegram.ext.ExtBot"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, TokenFilter) and f.token == token for f in logger.filters):
            logger.addFilter(TokenFilter(token))


def build_application(
    kb: KnowledgeBase, settings: Settings, *, bot: TelegramBriefBot | None = None
) -> Application:
    """The configured Application; tests point ``TELEGRAM_API_BASE_URL`` at a local server."""
    if not settings.telegram_bot_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    protect_token(settings.telegram_bot_token)
    bot = bot or TelegramBriefBot(kb, settings)
    app = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_api_base_url.replace("/bot", "/file/bot", 1))
        .rate_limiter(AIORateLimiter(max_retries=3))
        .concurrent_updates(settings.briefbot_concurrent_updates)
        .post_init(bot.post_init)
        .build()
    )
    bot.register(app)
    return app


def run_polling(kb: KnowledgeBase, settings: Settings) -> int:
    configure_logging(settings)
    app = build_application(kb, settings)
    log.info("starting long polling (%s)", settings.redacted())
    try:
        app.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken:
        print(
            "Telegram rejected TELEGRAM_BOT_TOKEN: check the token from @BotFather in .env.",
            file=sys.stderr,
        )
        return 1
    except NetworkError as exc:
        print(
            f"Cannot reach the Bot API at {settings.telegram_api_base_url}: "
            f"{TokenFilter(settings.telegram_bot_token or '').mask(str(exc))}",
            file=sys.stderr,
        )
        return 1
    return 0
