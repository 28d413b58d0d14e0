"""The Telegram face of briefbot: thin handlers over the shared matcher and composer.

Every handler turns an update into a ``Reply`` through the same code the terminal chat uses
and sends it with ``send_reply``; HTML comes from ``bot.rendering.html`` only, so escaping
and Telegram's limits are handled in one place.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from functools import partial
from itertools import zip_longest
from typing import Any

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
    User,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.answering.commands import BUILTIN, Commands
from bot.answering.compose import Composer
from bot.answering.contexts import ContextStore, MemoryContextStore
from bot.answering.reply import Bullets, Button, Heading, Lead, Reply, ReplyKind
from bot.answering.session import respond
from bot.knowledge.model import Briefing, KnowledgeBase, ListKind, Topic
from bot.matching.matcher import Band, Matcher, Thresholds
from bot.rendering.html import render_html
from bot.rendering.plain import render_plain
from bot.rendering.texts import t
from bot.settings import Settings
from bot.transport.callbacks import decode, encode

log = logging.getLogger(__name__)

MAX_INLINE_RESULTS = 10
MAX_LOCKS = 10_000
INLINE_DESCRIPTION = 120
Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]


class TelegramBriefBot:
    """Holds the knowledge, the matcher and per-chat context; registers the handlers."""

    def __init__(
        self, kb: KnowledgeBase, settings: Settings, contexts: ContextStore | None = None
    ) -> None:
        self.kb = kb
        self.settings = settings
        self.matcher = Matcher(
            kb,
            Thresholds(settings.briefbot_answer_threshold, settings.briefbot_suggest_threshold),
        )
        self.composer = Composer(kb)
        self.commands = Commands(self.composer, self.matcher, settings.briefbot_suggest_threshold)
        self.contexts = contexts or MemoryContextStore()
        self.username = ""
        self._locks: dict[int, asyncio.Lock] = {}

    # ------------------------------------------------------------------ set-up
    def register(self, app: Application) -> None:
        app.add_handler(CommandHandler("start", self.start))
        app.add_handler(CommandHandler("help", self.help))
        app.add_handler(CommandHandler("experts", self.experts))
        app.add_handler(CommandHandler("expert", self.expert))
        app.add_handler(CommandHandler("figures", self.figures))
        app.add_handler(CommandHandler("topics", self.topics))
        app.add_handler(CommandHandler("source", self.source))
        app.add_handler(CommandHandler("ask", self.ask))
        for briefing in self.kb.briefings:
            for topic in briefing.topics:
                app.add_handler(CommandHandler(topic.command, partial(self.topic, briefing, topic)))
        app.add_handler(CallbackQueryHandler(self.button))
        app.add_handler(InlineQueryHandler(self.inline))
        app.add_handler(MessageHandler(filters.COMMAND, self.unknown_command))
        app.add_handler(MessageHandler(filters.TEXT, self.text))
        app.add_handler(MessageHandler(filters.ChatType.PRIVATE & ~filters.TEXT, self.non_text))
        app.add_error_handler(self.error)

    async def post_init(self, app: Application) -> None:
        """Register commands and descriptions in Russian (default) and English.

        A Bot API server that refuses one of these calls (an older self-hosted server, a
        network hiccup) must not keep the bot from answering: each failure is logged and
        start-up goes on.
        """
        self.username = app.bot.username or ""
        for lang, code in (("ru", None), ("en", "en")):
            commands = [
                BotCommand(name, t(f"cmd_{name}", lang, **self.composer.examples(lang)))
                for name in BUILTIN
            ]
            for briefing in self.kb.briefings:
                for topic in briefing.topics:
                    title = topic.title_en if lang == "en" else topic.title
                    commands.append(BotCommand(topic.command, title[:256]))
            calls = (
                ("setMyCommands", app.bot.set_my_commands(commands, language_code=code)),
                (
                    "setMyDescription",
                    app.bot.set_my_description(t("description", lang)[:512], language_code=code),
                ),
                (
                    "setMyShortDescription",
                    app.bot.set_my_short_description(
                        t("short_description", lang)[:120], language_code=code
                    ),
                ),
            )
            for method, call in calls:
                try:
                    await call
                except TelegramError as exc:
                    log.warning("%s (%s) failed at start-up: %s", method, code or "default", exc)

    # ------------------------------------------------------------- language
    @staticmethod
    def user_language(user: User | None) -> str:
        code = (user.language_code or "") if user else ""
        return "en" if code.lower().startswith("en") else "ru"

    # -------------------------------------------------------------- sending
    async def send_reply(
        self, update: Update, context: ContextTypes.DEFAULT_TYPE, reply: Reply
    ) -> None:
        chat = update.effective_chat
        if chat is None:
            return
        messages = render_html(reply)
        markup = self.keyboard(reply.buttons)
        quote_in_group = chat.type != ChatType.PRIVATE and update.effective_message is not None
        for number, text in enumerate(messages):
            last = number == len(messages) - 1
            await context.bot.send_message(
                chat_id=chat.id,
                text=text,
                parse_mode=ParseMode.HTML,
                reply_markup=markup if last else None,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
                reply_parameters=(
                    ReplyParameters(
                        message_id=update.effective_message.message_id,
                        allow_sending_without_reply=True,
                    )
                    if quote_in_group and number == 0 and update.effective_message
                    else None
                ),
            )

    @staticmethod
    def keyboard(rows: tuple[tuple[Button, ...], ...]) -> InlineKeyboardMarkup | None:
        keyboard = []
        for row in rows:
            buttons = []
            for button in row:
                data = encode(button)
                if data is None:
                    log.warning("button %r dropped: callback data over 64 bytes", button.key)
                    continue
                buttons.append(InlineKeyboardButton(button.label[:64], callback_data=data))
            if buttons:
                keyboard.append(buttons)
        return InlineKeyboardMarkup(keyboard) if keyboard else None

    def remember(self, update: Update, reply: Reply, lang: str, topic: str | None = None) -> None:
        """What a command or button showed becomes the chat's context for follow-ups."""
        chat = update.effective_chat
        if chat is None:
            return
        state = self.contexts.get(chat.id)
        self.contexts.put(
            chat.id,
            state.remember(
                briefing=reply.briefing_id,
                entry=reply.entry,
                expert=reply.speaker,
                topic=topic or reply.topic,
                language=lang,
            ),
        )

    # ------------------------------------------------------------- questions
    async def answer_question(
        self, update: Update, context: ContextTypes.DEFAULT_TYPE, question: str
    ) -> None:
        chat = update.effective_chat
        if chat is None:
            return
        user_lang = self.user_language(update.effective_user)
        # One chat's messages are answered in order, so a follow-up sees the answer before it;
        # different chats still run concurrently.
        async with self._chat_lock(chat.id):
            state = self.contexts.get(chat.id)
            reply, new_state = respond(
                self.matcher,
                self.composer,
                question,
                state,
                lang="en" if user_lang == "en" else None,
                commands=self.commands,
                username=self.username,
            )
            self.contexts.put(chat.id, new_state)
            await self.send_reply(update, context, reply)

    def _chat_lock(self, chat_id: int) -> asyncio.Lock:
        lock = self._locks.get(chat_id)
        if lock is None:
            if len(self._locks) > MAX_LOCKS:
                idle = [k for k, v in self._locks.items() if not v.locked()]
                for key in idle[: len(idle) // 2]:
                    del self._locks[key]
            lock = self._locks[chat_id] = asyncio.Lock()
        return lock

    async def text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Plain text: every message in private chats; in groups only when addressed."""
        message = update.effective_message
        if message is None or message.text is None:
            return
        question = message.text
        if message.chat.type != ChatType.PRIVATE:
            addressed = self._mentions_me(message) or self._replies_to_me(message)
            if not addressed:
                return
            if self.username:  # Telegram usernames are case-insensitive
                question = re.sub(f"@{re.escape(self.username)}", " ", question, flags=re.I)
        await self.answer_question(update, context, question)

    def _mentions_me(self, message: Message) -> bool:
        if not self.username:
            return False
        mentions = message.parse_entities([MessageEntity.MENTION]).values()
        return any(m.lower() == f"@{self.username.lower()}" for m in mentions)

    def _replies_to_me(self, message: Message) -> bool:
        replied = message.reply_to_message
        return bool(replied and replied.from_user and replied.from_user.id == message.get_bot().id)

    async def ask(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        question = " ".join(context.args or [])
        if not question.strip():
            lang = self.user_language(update.effective_user)
            await self.send_reply(update, context, self.commands.ask_usage(lang))
            return
        await self.answer_question(update, context, question)

    async def non_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        lang = self.user_language(update.effective_user)
        await self.send_reply(
            update, context, _info(t("non_text", lang, **self.composer.examples(lang)), lang)
        )

    async def unknown_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """``/something`` we do not know: treat the words as a question, or offer help."""
        message = update.effective_message
        if message is None or not message.text:
            return
        if message.chat.type != ChatType.PRIVATE:
            target = message.text.split()[0].partition("@")[2]
            if target.lower() != self.username.lower():
                return  # another bot's command in a group
        words = message.text.split(maxsplit=1)
        question = words[0].lstrip("/").partition("@")[0].replace("_", " ")
        if len(words) > 1:
            question += " " + words[1]
        await self.answer_question(update, context, question)

    # --------------------------------------------------------------- commands
    async def start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        lang = self.user_language(update.effective_user)
        reply = self.commands.start(lang, (context.args or [""])[0])
        await self.send_reply(update, context, reply)
        if reply.topic is not None:
            self.remember(update, reply, lang)

    async def help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        lang = self.user_language(update.effective_user)
        await self.send_reply(update, context, self.commands.help(lang, self.username))

    async def experts(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        lang = self.user_language(update.effective_user)
        await self.send_reply(update, context, self.composer.listing(ListKind.EXPERTS, lang))

    async def figures(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        lang = self.user_language(update.effective_user)
        await self.send_reply(update, context, self.composer.listing(ListKind.FIGURES, lang))

    async def topics(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        lang = self.user_language(update.effective_user)
        await self.send_reply(update, context, self.composer.listing(ListKind.TOPICS, lang))

    async def expert(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        lang = self.user_language(update.effective_user)
        reply = self.commands.expert(" ".join(context.args or []).strip(), lang)
        await self.send_reply(update, context, reply)
        if reply.kind is ReplyKind.ANSWER:
            self.remember(update, reply, lang)

    async def source(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        lang = self.user_language(update.effective_user)
        await self.send_reply(update, context, self.commands.source(lang))

    async def topic(
        self,
        briefing: Briefing,
        topic: Topic,
        update: Update,
        context: ContextTypes.DEFAULT_TYPE,
    ) -> None:
        lang = self.user_language(update.effective_user)
        await self.send_topic(update, context, briefing, topic, lang)

    async def send_topic(
        self,
        update: Update,
        context: ContextTypes.DEFAULT_TYPE,
        briefing: Briefing,
        topic: Topic,
        lang: str,
    ) -> None:
        reply = self.composer.topic(briefing, topic, lang)
        await self.send_reply(update, context, reply)
        self.remember(update, reply, lang, topic=topic.id)

    # ---------------------------------------------------------------- buttons
    async def button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        lang = self.user_language(query.from_user)
        decoded = decode(query.data)
        reply = self.composer.follow(*decoded, lang) if decoded else None
        if reply is None:
            await query.answer(t("stale_button", lang), show_alert=False)
            return
        await query.answer()
        await self.send_reply(update, context, reply)
        if reply.kind is ReplyKind.ANSWER:
            self.remember(update, reply, lang)

    # ----------------------------------------------------------------- inline
    async def inline(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        inline_query = update.inline_query
        if inline_query is None:
            return
        lang = self.user_language(inline_query.from_user)
        text = inline_query.query.strip()
        replies: list[Reply] = []
        if not text:
            # Topics and figures alternate, so the ten cards show both kinds.
            topics = [
                self.composer.topic(b, topic, lang) for b in self.kb.briefings for topic in b.topics
            ]
            figures = [
                self.composer.figure(b, f, lang, score=100.0)
                for b in self.kb.briefings
                for f in b.figures
            ]
            for pair in zip_longest(topics, figures):
                replies.extend(r for r in pair if r is not None)
        else:
            query = self.matcher.analyse(text)
            lang = "en" if query.language == "en" else lang
            scored = self.matcher.score(query, limit=MAX_INLINE_RESULTS)
            match = self.matcher.band(query, scored)
            if match.band is not Band.NONE:
                floor = self.settings.briefbot_suggest_threshold
                for s in scored:
                    if s.score >= floor:
                        replies.append(self.composer.entry(s.target.briefing, s.target.key, lang))
        results = []
        seen: set[str] = set()
        for reply in replies:
            is_topic = reply.kind is ReplyKind.INFO and reply.topic is not None
            key = f"{reply.briefing_id}:{'topic:' + str(reply.topic) if is_topic else reply.entry}"
            if key in seen or (reply.entry is None and reply.topic is None):
                continue
            seen.add(key)
            results.append(self.inline_card(reply, lang, len(results)))
            if len(results) == MAX_INLINE_RESULTS:
                break
        await inline_query.answer(
            results, cache_time=self.settings.briefbot_inline_cache_seconds, is_personal=True
        )

    def inline_card(self, reply: Reply, lang: str, number: int) -> InlineQueryResultArticle:
        briefing = self.kb.briefing(reply.briefing_id or "")
        title = ""
        is_topic = reply.kind is ReplyKind.INFO and reply.topic is not None
        if briefing is not None and reply.entry and not is_topic:
            title = self.composer.title(briefing, reply.entry, lang)
        title = title or _title_of(reply) or t("inline_more", lang)
        plain = render_plain(reply).replace("\n", " ")
        card = Reply(reply.kind, reply.blocks, (), reply.briefing_id, reply.entry, language=lang)
        return InlineQueryResultArticle(
            id=f"{number}-{(reply.entry or reply.topic or 'x')}"[:64],
            title=title[:100],
            description=plain[:INLINE_DESCRIPTION],
            input_message_content=InputTextMessageContent(
                render_html(card)[0],
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            ),
        )

    # ------------------------------------------------------------------ errors
    async def error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        update_id = update.update_id if isinstance(update, Update) else None
        if isinstance(context.error, Forbidden):
            log.warning("update %s: the user blocked the bot (%s)", update_id, context.error)
            return  # nobody to apologise to
        log.error("update %s failed", update_id, exc_info=context.error)
        if not isinstance(update, Update) or update.effective_chat is None:
            return
        lang = self.user_language(update.effective_user)
        try:
            await context.bot.send_message(update.effective_chat.id, t("error", lang))
        except (BadRequest, Forbidden) as exc:  # pragma: no cover - best effort
            log.warning("could not apologise for update %s: %s", update_id, exc)


def _info(text: str, lang: str) -> Reply:
    return Reply(ReplyKind.INFO, (Lead(text),), language=lang)


def _title_of(reply: Reply) -> str:
    for block in reply.blocks:
        if isinstance(block, Heading):
            return block.text
        if isinstance(block, Bullets):
            return block.items[0] if block.items else ""
    first: Any = reply.blocks[0] if reply.blocks else None
    return getattr(first, "value", None) or getattr(first, "text", "") or ""
