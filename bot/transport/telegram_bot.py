"""The Telegram face of briefbot: thin handlers over the shared ``Session``.

Every handler turns an update into a ``Reply`` through the same session the terminal chat
uses and sends it with ``send_reply``; HTML comes from ``bot.rendering.html`` only, so
escaping and Telegram's limits are handled in one place. What stays here is Telegram's own:
who a group message is addressed to, the user's client language, per-chat ordering.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    CallbackQuery,
    CopyTextButton,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputFile,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    Update,
    User,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.answering.contexts import ContextStore
from bot.answering.reply import Button, Reply, ReplyKind
from bot.answering.session import InlineCard, Session
from bot.answering.texts import t
from bot.knowledge.commands import ADMIN_COMMANDS, BUILTIN_COMMANDS, MAX_COMMANDS
from bot.knowledge.model import KnowledgeBase
from bot.matching.matcher import Matcher
from bot.records import record
from bot.rendering.html import render_html
from bot.rendering.plain import render_plain
from bot.settings import Settings
from bot.storage.records import VoteResult
from bot.transport import posting
from bot.transport.callbacks import decode, decode_vote, encode, encode_vote
from bot.transport.curator import CuratorDesk
from bot.transport.fairness import UserLimiter, Verdict

log = logging.getLogger(__name__)

MAX_INLINE_RESULTS = 10
MAX_LOCKS = 10_000
# Replies the session keeps for questions asked again (readers of one event ask the same
# few, at a press briefing many times a second), and rendered replies kept. Each costs ~9 KB
# (reply, context, HTML, PTB keyboard): 512 held 4.5 MB of bench.endtoend --varied's RSS for
# 3.6% hits; the same few questions need a handful of places (the one-question run: 7).
REMEMBERED = 128
INLINE_DESCRIPTION = 120
Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]
Compute = Callable[[Session, int], Reply]


@record
class Served:
    """The knowledge base being served and the session built over it, swapped as one object:
    a handler takes ``served`` once and answers wholly from it, so a reload never shows a
    question half of the old knowledge and half of the new."""

    kb: KnowledgeBase
    session: Session
    digest: str | None = None  # content hash of the knowledge files (None: not from files)


class TelegramBriefBot:
    """Holds the session and the Telegram-only state (username, per-chat locks)."""

    def __init__(
        self,
        kb: KnowledgeBase,
        settings: Settings,
        contexts: ContextStore | None = None,
        *,
        desk: CuratorDesk | None = None,
        digest: str | None = None,
        matcher: Matcher | None = None,
    ) -> None:
        self.settings = settings
        self.contexts = contexts
        self.desk = desk
        self.served = self.build(kb, digest, matcher)
        self.username = ""
        self._locks: dict[int, asyncio.Lock] = {}
        # Rendered replies by the reply object (``_rendered``); only the event loop uses it.
        self._renders: OrderedDict[int, tuple[Reply, list[str], list[list[dict[str, Any]]]]]
        self._renders = OrderedDict()
        self.questions = UserLimiter(settings.briefbot_user_questions_per_minute)
        self.inline_queries = UserLimiter(settings.briefbot_user_inline_per_minute)
        # Set by the service: reload every replica's knowledge and report (``/reload``).
        self.reload_all: Callable[[str], Awaitable[Reply]] | None = None
        # Admins whose own menu Telegram refused (they had not started the bot yet).
        self._menus_missing: set[int] = set()

    @property
    def kb(self) -> KnowledgeBase:
        return self.served.kb

    @property
    def session(self) -> Session:
        return self.served.session

    def build(
        self, kb: KnowledgeBase, digest: str | None = None, matcher: Matcher | None = None
    ) -> Served:
        """A session over ``kb`` (CPU work: call it off the event loop when serving), on
        ``matcher`` when one was already built for ``kb`` (the start-up cache's)."""
        session = Session.create(
            kb, self.settings, contexts=self.contexts, matcher=matcher, remember=REMEMBERED
        )
        return Served(kb, session, digest)

    # ------------------------------------------------------------------ set-up
    def register(self, app: Application) -> None:
        commands = [*BUILTIN_COMMANDS]
        # Commands are unique only within a briefing: one handler each, whichever has it.
        commands += sorted(self._topic_commands())
        # Before any other handler: a user over the limit is stopped here.
        app.add_handler(TypeHandler(Update, self.fair_share), group=-1)
        app.add_handler(TypeHandler(Update, self.admin_menu), group=-2)
        # PTB's CommandHandler decides whether "/cmd@name" is addressed to this bot.
        app.add_handler(CommandHandler(ADMIN_COMMANDS, self.admin))
        app.add_handler(CommandHandler(commands, self.command))
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
        await self.publish_commands(app.bot)
        for lang, code in (("ru", None), ("en", "en")):
            calls = (
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

    def menu(
        self, lang: str, *, admin: bool = False, briefing: str | None = None
    ) -> list[BotCommand]:
        """The command menu: built-ins, admin commands (for admins), and the topics of one
        briefing — ``briefing`` (a chat's choice), else the default one; at most Telegram's
        100 (the loader keeps each briefing's topics within what the admins' menu holds)."""
        served = self.served
        library = served.session.library
        examples = library.examples(lang)
        names = [*BUILTIN_COMMANDS, *(ADMIN_COMMANDS if admin else ())]
        commands = [BotCommand(name, t(f"cmd_{name}", lang, **examples)) for name in names]
        for topic in library.home(briefing).topics:
            commands.append(BotCommand(topic.command, topic.local("title", lang)[:256]))
        return commands[:MAX_COMMANDS]

    async def chat_menu(self, bot: Bot, chat_id: int, briefing: str) -> None:
        """A chat chose ``briefing``: its own menu (one per chat, in Russian and English)
        shows that briefing's topics, with the admin commands when the chat is an admin's
        private chat (a private chat's id is its user's id). A refused call is logged."""
        admin = self.desk is not None and chat_id in self.desk.admins
        for lang, code in (("ru", None), ("en", "en")):
            try:
                await bot.set_my_commands(
                    self.menu(lang, admin=admin, briefing=briefing),
                    scope=BotCommandScopeChat(chat_id),
                    language_code=code,
                )
            except TelegramError as exc:
                log.warning("setMyCommands (chat %s, %s) failed: %s", chat_id, code, exc)

    async def publish_commands(self, bot: Bot, *, when: str = "at start-up") -> None:
        """Everyone's menu (Russian, English), and each admin's own per-chat menu with the
        admin commands (a private chat's id is its user's id). At start and after a reload
        that changed the topics. A refused call is logged and the rest go on."""
        admins = sorted(self.desk.admins) if self.desk is not None else []
        self._menus_missing.clear()
        for lang, code in (("ru", None), ("en", "en")):
            calls = [("everyone", bot.set_my_commands(self.menu(lang), language_code=code))]
            # A chat's own menu is taken before the default one in any language: an admin
            # with an English client needs the English per-chat menu too.
            calls += [
                (
                    f"admin {admin}",
                    bot.set_my_commands(
                        self.menu(lang, admin=True),
                        scope=BotCommandScopeChat(admin),
                        language_code=code,
                    ),
                )
                for admin in admins
            ]
            for scope, call in calls:
                try:
                    await call
                except TelegramError as exc:
                    log.warning(
                        "setMyCommands (%s, %s) failed %s: %s", scope, code or "default", when, exc
                    )
                    if scope.startswith("admin "):
                        self._menus_missing.add(int(scope.removeprefix("admin ")))

    async def admin_menu(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """An admin's menu Telegram refused at start-up (a chat it did not know yet) is set
        when the admin first writes to the bot; the update then goes on as usual."""
        user = update.effective_user
        if user is None or user.id not in self._menus_missing:
            return
        self._menus_missing.discard(user.id)
        for lang, code in (("ru", None), ("en", "en")):
            try:
                await context.bot.set_my_commands(
                    self.menu(lang, admin=True),
                    scope=BotCommandScopeChat(user.id),
                    language_code=code,
                )
            except TelegramError as exc:
                log.warning("setMyCommands (admin %s, %s) failed: %s", user.id, code, exc)

    # ------------------------------------------------------------- language
    @staticmethod
    def user_language(user: User | None) -> str:
        code = (user.language_code or "") if user else ""
        return "en" if code.lower().startswith("en") else "ru"

    # -------------------------------------------------------------- sending
    async def send_reply(
        self,
        update: Update,
        context: ContextTypes.DEFAULT_TYPE,
        reply: Reply,
        *,
        votes: int | None = None,
    ) -> None:
        """``votes``: the logged question's update id, for 👍 / 👎 under an answer."""
        chat = update.effective_chat
        if chat is None:
            return
        messages, keyboard = self._rendered(reply)
        if votes is not None:
            lang = reply.language
            row = [
                {"text": t("vote_up", lang), "callback_data": encode_vote(votes, True)},
                {"text": t("vote_down", lang), "callback_data": encode_vote(votes, False)},
            ]
            keyboard = [*keyboard, row]
        message = update.effective_message
        quote = message.message_id if chat.type != ChatType.PRIVATE and message else None
        for number, text in enumerate(messages):
            last = number == len(messages) - 1
            # Sent as Bot.send_message would send it, without reading Telegram's answer into
            # a Message (``posting``): the most CPU an answer cost that nobody used.
            await posting.send_message(
                context.bot,
                chat.id,
                text,
                parse_mode=ParseMode.HTML,
                reply_markup={"inline_keyboard": keyboard} if last and keyboard else None,
                reply_to=quote if number == 0 else None,
            )

    def _rendered(self, reply: Reply) -> tuple[list[str], list[list[dict[str, Any]]]]:
        """The reply's messages and its keyboard's rows as the Bot API's JSON data, made once
        per reply object: the session hands out the same (immutable) reply for the same
        question, so one rendering serves every chat that asked it (callers copy, never
        change, the rows)."""
        known = self._renders.get(id(reply))
        if known is not None and known[0] is reply:  # held here, so its id is not reused
            return known[1], known[2]
        markup = self.keyboard(reply.buttons)
        rows = markup.to_dict()["inline_keyboard"] if markup is not None else []
        messages = render_html(reply)
        self._renders[id(reply)] = (reply, messages, rows)
        while len(self._renders) > REMEMBERED:
            self._renders.popitem(last=False)
        return messages, rows

    @staticmethod
    def keyboard(rows: tuple[tuple[Button, ...], ...]) -> InlineKeyboardMarkup | None:
        keyboard = []
        for row in rows:
            buttons = []
            for button in row:
                if button.copy:  # copied by the client at once, no round trip to the bot
                    buttons.append(
                        InlineKeyboardButton(
                            button.label[:64], copy_text=CopyTextButton(button.copy)
                        )
                    )
                    continue
                data = encode(button)
                if data is None:
                    log.warning("button %r dropped: callback data over 64 bytes", button.key)
                    continue
                buttons.append(InlineKeyboardButton(button.label[:64], callback_data=data))
            if buttons:
                keyboard.append(buttons)
        return InlineKeyboardMarkup(keyboard) if keyboard else None

    # ------------------------------------------------------------ fair share
    async def fair_share(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Let the update through, or stop it: the first one over the user's limit gets a
        notice, the rest nothing (see ``fairness``)."""
        user = update.effective_user
        if user is None or user.is_bot:
            return
        message = update.effective_message
        if (
            update.callback_query is None
            and message is not None
            and message.chat.type != ChatType.PRIVATE
            and not (message.text or "").startswith("/")
            and not self._addressed(update)
        ):
            return  # group talk not meant for the bot: not a question, not counted
        limiter = self.inline_queries if update.inline_query else self.questions
        verdict = limiter.check(user.id)
        if verdict is Verdict.ALLOW:
            return
        lang = self.user_language(user)
        if verdict is Verdict.NOTICE:
            log.info("user over the limit of %d per minute: one notice", limiter.limit)
            if update.inline_query is not None:
                await update.inline_query.answer(
                    [],
                    cache_time=0,
                    is_personal=True,
                    button=InlineQueryResultsButton(
                        t("slow_down", lang)[:64], start_parameter="slow"
                    ),
                )
            elif update.callback_query is not None:
                await update.callback_query.answer(t("slow_down", lang), show_alert=False)
            elif update.effective_chat is not None and self._addressed(update):
                await context.bot.send_message(update.effective_chat.id, t("slow_down", lang))
        elif update.callback_query is not None:
            await update.callback_query.answer()  # stop the button's spinner, say nothing
        raise ApplicationHandlerStop

    def _addressed(self, update: Update) -> bool:
        """A notice goes where the bot would have answered: private chats, or a group
        message addressed to it."""
        message = update.effective_message
        if message is None or message.chat.type == ChatType.PRIVATE:
            return message is not None
        return self._mentions_me(message) or self._replies_to_me(message)

    # ------------------------------------------------------------- messages
    def _lang_hint(self, update: Update) -> str | None:
        """English clients get English; others get the language they write in."""
        return "en" if self.user_language(update.effective_user) == "en" else None

    async def _answer(
        self,
        update: Update,
        context: ContextTypes.DEFAULT_TYPE,
        compute: Compute,
        *,
        question: str | None = None,
    ) -> None:
        """Compute and send one chat's reply in order: a follow-up sees the answer before it;
        different chats still run concurrently. ``question`` (as typed) is logged, before the
        reply is sent, so a vote under the answer always finds its row."""
        chat = update.effective_chat
        if chat is None:
            return
        started = time.perf_counter()
        async with self._chat_lock(chat.id):
            served = self.served  # one knowledge base for the whole reply
            desk = self.desk

            def answer_and_log() -> tuple[Reply, bool]:
                reply = compute(served.session, chat.id)
                if question is None or desk is None:
                    return reply, False
                latency = time.perf_counter() - started
                return reply, desk.log(update, question, reply, served.kb, latency)

            # Off the event loop, in one trip: matching is CPU work, the context and the log
            # are database round-trips; other chats' updates go on meanwhile.
            reply, logged = await asyncio.to_thread(answer_and_log)
            votes = update.update_id if logged and reply.kind is ReplyKind.ANSWER else None
            await self.send_reply(update, context, reply, votes=votes)

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
        lang = self._lang_hint(update)
        await self._answer(
            update,
            context,
            lambda session, chat: session.question(
                question, chat=chat, lang=lang, username=self.username
            ),
            question=question.strip(),
        )

    def _mentions_me(self, message: Message) -> bool:
        if not self.username:
            return False
        mentions = message.parse_entities([MessageEntity.MENTION]).values()
        return any(m.lower() == f"@{self.username.lower()}" for m in mentions)

    def _replies_to_me(self, message: Message) -> bool:
        replied = message.reply_to_message
        return bool(replied and replied.from_user and replied.from_user.id == message.get_bot().id)

    async def command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A command of ours (built in or a topic): the session reads it as typed."""
        message = update.effective_message
        if message is None or not message.text:
            return
        text, lang = message.text, self._lang_hint(update)
        await self._answer(
            update,
            context,
            lambda session, chat: session.ask(text, chat=chat, lang=lang, username=self.username),
            question=text,
        )

    async def non_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        lang = self.user_language(update.effective_user)
        await self.send_reply(update, context, self.session.non_text(lang))

    async def unknown_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """``/something`` we do not know: the session answers its words as a question."""
        message = update.effective_message
        if message is None or not message.text:
            return
        name, _, target = message.text.split()[0][1:].partition("@")
        if name.lower() in self._topic_commands() and target.lower() in ("", self.username.lower()):
            # A topic added by a reload: the CommandHandler knows only the start-up topics.
            await self.command(update, context)
            return
        if message.chat.type != ChatType.PRIVATE and target.lower() != self.username.lower():
            return  # another bot's command in a group
        text, lang = message.text, self._lang_hint(update)
        await self._answer(
            update,
            context,
            lambda session, chat: session.unknown_command(text, chat=chat, lang=lang),
            question=text,
        )

    def _topic_commands(self) -> set[str]:
        return {topic.command for briefing in self.kb.briefings for topic in briefing.topics}

    # ----------------------------------------------------------------- admins
    async def admin(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """``/stats``, ``/unanswered``, ``/reload``: for the admins, in a private chat; for
        anyone else exactly what any unknown command gets (logged as one too)."""
        message, chat = update.effective_message, update.effective_chat
        name = (message.text or " ").split()[0][1:].partition("@")[0].lower() if message else ""
        # A bot serving no knowledge folder (embedded, some tests) has nothing to reload.
        unavailable = name == "reload" and self.reload_all is None
        if self.desk is None or not self.desk.is_admin(update) or chat is None or unavailable:
            await self.unknown_command(update, context)
            return
        lang = self.user_language(update.effective_user)
        async with self._chat_lock(chat.id):
            if name == "stats":
                await self.send_reply(update, context, await self.desk.stats(lang))
            elif name == "unanswered":
                reply, document = await self.desk.unanswered(lang)
                await self.send_reply(update, context, reply)
                await context.bot.send_document(
                    chat.id, InputFile(document.content, filename=document.filename)
                )
            elif self.reload_all is not None:
                await self.send_reply(update, context, await self.reload_all(lang))

    async def notify_admins(self, bot: Bot, reply: Reply) -> None:
        """A message to every admin's private chat (a broken knowledge edit); an admin who
        never started the bot cannot be written to, which is logged and skipped."""
        if self.desk is None:
            return
        for admin in sorted(self.desk.admins):
            for text in render_html(reply):
                try:
                    await bot.send_message(
                        admin,
                        text,
                        parse_mode=ParseMode.HTML,
                        link_preview_options=LinkPreviewOptions(is_disabled=True),
                    )
                except TelegramError as exc:
                    log.warning("could not tell admin %s: %s", admin, exc)
                    break

    # ---------------------------------------------------------------- buttons
    async def button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        lang = self.user_language(query.from_user)
        vote = decode_vote(query.data)
        if vote is not None:
            await self._vote(query, *vote, lang=lang)
            return
        decoded = decode(query.data)
        chat = update.effective_chat
        session = self.session
        reply = (
            await asyncio.to_thread(
                session.press, *decoded, chat=chat.id if chat else None, lang=lang
            )
            if decoded
            else None
        )
        if reply is None:
            await query.answer(t("stale_button", lang), show_alert=False)
            return
        await query.answer()
        await self.send_reply(update, context, reply)
        if reply.menu is not None and chat is not None:
            await self.chat_menu(context.bot, chat.id, reply.menu)

    async def _vote(self, query: CallbackQuery, ref: int, up: bool, *, lang: str) -> None:
        """One vote per user per reply: the first counts, later presses are told so."""
        result = (
            await self.desk.vote(ref, query.from_user.id, up) if self.desk is not None else None
        )
        if result is VoteResult.RECORDED:
            text = t("vote_thanks_up" if up else "vote_thanks_down", lang)
        elif result is VoteResult.ALREADY:
            text = t("vote_again", lang)
        else:
            text = t("vote_gone", lang)
        await query.answer(text)

    # ----------------------------------------------------------------- inline
    async def inline(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        inline_query = update.inline_query
        if inline_query is None:
            return
        lang = self.user_language(inline_query.from_user)
        cards = await asyncio.to_thread(self.session.inline, inline_query.query, lang)
        results = [self.inline_card(card, number) for number, card in enumerate(cards)]
        await inline_query.answer(
            results, cache_time=self.settings.briefbot_inline_cache_seconds, is_personal=True
        )

    @staticmethod
    def inline_card(card: InlineCard, number: int) -> InlineQueryResultArticle:
        reply = card.reply
        plain = render_plain(reply).replace("\n", " ")
        sent = Reply(
            reply.kind, reply.blocks, (), reply.briefing_id, reply.entry, language=reply.language
        )
        return InlineQueryResultArticle(
            id=f"{number}-{(reply.entry or reply.topic or 'x')}"[:64],
            title=card.title[:100],
            description=plain[:INLINE_DESCRIPTION],
            input_message_content=InputTextMessageContent(
                render_html(sent)[0],
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
