"""Tests of the fake Bot API server itself, driven by PTB's real ``telegram.Bot``.

Why: every bot test trusts this fake to behave like Telegram; if it silently accepted what
Telegram rejects (broken HTML, 65-byte callback data, ...), those tests would pass on code
that fails in production. So the fake gets its own tests, through the same HTTP stack the
bot uses, and a few raw-HTTP tests for Telegram's exact wording and body encodings.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import time
import warnings
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    MenuButtonCommands,
    ReplyParameters,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Conflict, InvalidToken, NetworkError, RetryAfter
from telegram.ext import Application, CommandHandler, ContextTypes
from telegram.request import HTTPXRequest

from tests.support.botapi import Call, FakeBotApi, HtmlParseError, parse_html, utf16_len

TOKEN = "123456:TEST-token"
CHAT = 1001


@pytest.fixture
async def server() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(
        token=TOKEN, bot_username="briefbot_test_bot", bot_id=123456, bot_first_name="Briefbot"
    ) as fake:
        yield fake


@pytest.fixture
async def bot(server: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=server.base_url, base_file_url=server.base_file_url) as real:
        yield real


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


def known_chat(server: FakeBotApi, chat_id: int = CHAT) -> None:
    """Telegram only lets a bot write to users who wrote first."""
    server.add_chat(chat_id)


def assert_bad_request(error: pytest.ExceptionInfo[BadRequest], description: str) -> None:
    """PTB strips "Bad Request: " and re-capitalises, so compare case-insensitively."""
    assert description.startswith("Bad Request: ")
    assert error.value.message.lower() == description.removeprefix("Bad Request: ").lower()


async def raw_call(
    http: aiohttp.ClientSession,
    server: FakeBotApi,
    method: str,
    *,
    token: str = TOKEN,
    **kwargs: Any,
) -> tuple[int, dict[str, Any]]:
    async with http.post(f"{server.base_url}{token}/{method}", **kwargs) as response:
        return response.status, await response.json()


# --------------------------------------------------------------------------------------
# Basics and polling
# --------------------------------------------------------------------------------------


async def test_get_me_describes_the_bot(server: FakeBotApi, bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.first_name, me.is_bot) == (
        123456,
        "briefbot_test_bot",
        "Briefbot",
        True,
    )
    assert server.base_url.endswith("/bot") and server.base_file_url.endswith("/file/bot")
    assert server.calls[0] == Call("getMe", {}, True, server.calls[0].result, None, 200)


async def test_long_poll_returns_early_when_an_update_is_pushed(
    server: FakeBotApi, bot: Bot
) -> None:
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await server.wait_polling()
    update_id = server.user_message("привет")
    updates = await poll
    assert time.monotonic() - started < 3
    assert [update.update_id for update in updates] == [update_id]
    assert updates[0].message.text == "привет"
    assert updates[0].message.from_user.language_code == "ru"


async def test_long_poll_times_out_with_an_empty_list(bot: Bot) -> None:
    assert await bot.get_updates(timeout=0.2) == ()


async def test_offset_confirms_earlier_updates(server: FakeBotApi, bot: Bot) -> None:
    ids = [server.user_message(f"m{n}") for n in range(3)]
    assert ids == [1, 2, 3]
    assert [u.update_id for u in await bot.get_updates()] == ids
    assert [u.update_id for u in await bot.get_updates(limit=1)] == [1]
    assert [u.update_id for u in await bot.get_updates(offset=3)] == [3]
    assert [u["update_id"] for u in server.pending_updates] == [3]
    assert await bot.get_updates(offset=4, timeout=0) == ()
    assert server.pending_updates == []


async def test_allowed_updates_filters_delivery(server: FakeBotApi, bot: Bot) -> None:
    server.inline_query("кто")
    message_id = server.user_message("hi")
    updates = await bot.get_updates(allowed_updates=["message"])
    assert [u.update_id for u in updates] == [message_id]


async def test_a_newer_poll_terminates_an_older_one(server: FakeBotApi, bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await server.wait_polling()
    async with Bot(TOKEN, base_url=server.base_url) as second_instance:
        assert await second_instance.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates"):
        await first


async def test_get_updates_conflicts_with_an_active_webhook(bot: Bot) -> None:
    assert await bot.set_webhook("https://example.com/hook")
    assert (await bot.get_webhook_info()).url == "https://example.com/hook"
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.get_updates() == ()


async def test_stop_answers_a_pending_long_poll(http: aiohttp.ClientSession) -> None:
    fake = FakeBotApi(token=TOKEN)
    await fake.start()
    request = asyncio.create_task(raw_call(http, fake, "getUpdates", data={"timeout": "30"}))
    await fake.wait_polling()
    started = time.monotonic()
    await fake.stop()
    status, body = await request
    assert (status, body) == (200, {"ok": True, "result": []})
    assert time.monotonic() - started < 2


async def test_application_polls_answers_and_confirms_on_shutdown(server: FakeBotApi) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_html("<b>Привет</b>, я бот &amp; помощник")

    app = Application.builder().token(TOKEN).base_url(server.base_url).build()
    app.add_handler(CommandHandler("start", start))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        server.user_message("/start")
        [call] = await server.wait_for("sendMessage")
        await app.updater.stop()
        await app.stop()
    assert call.result["text"] == "Привет, я бот & помощник"
    assert server.messages(CHAT)[0]["entities"] == [{"offset": 0, "length": 6, "type": "bold"}]
    assert server.pending_updates == []  # the final getUpdates confirmed the offset


# --------------------------------------------------------------------------------------
# sendMessage and HTML
# --------------------------------------------------------------------------------------

VALID_HTML = (
    "  <b>bold <i>both</i></b> &lt;tag&gt; &amp; &quot;q&quot; &#128512;&#x41;\n"
    '<blockquote expandable>quote</blockquote> <a href="https://example.com/?a=1&amp;b=2">'
    'link</a> <pre><code class="language-python">x = 1</code></pre> <tg-spoiler>s</tg-spoiler>'
    ' <span class="tg-spoiler">t</span> <U>u</U> <s>x</s> <code>c</code>\n'
    '<blockquote>plain quote</blockquote> <tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>  '
)


async def test_valid_html_is_stored_without_tags(server: FakeBotApi, bot: Bot) -> None:
    known_chat(server)
    sent = await bot.send_message(CHAT, VALID_HTML, parse_mode=ParseMode.HTML)
    expected = 'bold both <tag> & "q" 😀A\nquote link x = 1 s t u x c\nplain quote 👍'
    assert sent.text == expected
    assert sent.from_user is not None and sent.from_user.is_bot
    parsed = sorted((entity.type, text) for entity, text in sent.parse_entities().items())
    assert parsed == sorted(
        [
            ("bold", "bold both"),
            ("italic", "both"),
            ("expandable_blockquote", "quote"),
            ("text_link", "link"),
            ("pre", "x = 1"),
            ("spoiler", "s"),
            ("spoiler", "t"),
            ("underline", "u"),
            ("strikethrough", "x"),
            ("code", "c"),
            ("blockquote", "plain quote"),
            ("custom_emoji", "👍"),
        ]
    )
    pre = next(e for e in sent.entities if e.type == "pre")
    link = next(e for e in sent.entities if e.type == "text_link")
    assert (pre.language, link.url) == ("python", "https://example.com/?a=1&b=2")
    [stored] = server.messages(CHAT)
    assert stored["text"] == expected
    assert stored["parse_mode"] == "HTML" and stored["source_text"] == VALID_HTML


async def test_entity_offsets_count_utf16_units_in_bot_messages(
    server: FakeBotApi, bot: Bot
) -> None:
    known_chat(server)
    sent = await bot.send_message(CHAT, "😀 <b>жирный</b> 🇷🇺 <i>x</i>", parse_mode="HTML")
    bold, italic = sent.entities
    assert (bold.offset, bold.length, italic.offset) == (3, 6, 15)
    assert sent.parse_entity(italic) == "x"


@pytest.mark.parametrize(
    ("html", "description"),
    [
        ("<b>bold", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<div>x</div>", 'Unsupported start tag "div" at byte offset 0'),
        ("ab<b><i>x</b></i>", 'Unmatched end tag at byte offset 9, expected "</i>", found "</b>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<b>x</b", "Unclosed end tag at byte offset 4"),
        ('<a href="x', "Unclosed start tag at byte offset 0"),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("<b/>x", 'Unsupported start tag "b/" at byte offset 0'),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        (
            "<blockquote>a<blockquote>b</blockquote></blockquote>",
            "Blockquote entities can't be nested at byte offset 13",
        ),
        ("Q&A", 'Character "&" must be escaped as "&amp;" at byte offset 1'),
        ("a -> b", 'Character ">" must be escaped as "&gt;" at byte offset 3'),
        (
            "a&nbsp;b",
            'Unsupported HTML entity "&nbsp;" at byte offset 1; only &lt; &gt; &amp; &quot; '
            "and numeric references are allowed",
        ),
        ("я&lt", 'HTML entity "&lt" must end with ";" at byte offset 2'),
        ("<a>x</a>", 'Tag "a" must have a non-empty attribute "href" at byte offset 0'),
        ('<b class="x">y</b>', 'Unsupported attribute "class" in the tag "b" at byte offset 0'),
        (
            '<code class="language-py">x</code>',
            'Tag "code" may only have class "language-…" directly inside "pre" at byte offset 0',
        ),
    ],
)
async def test_broken_html_is_rejected_like_telegram(
    server: FakeBotApi, bot: Bot, html: str, description: str
) -> None:
    known_chat(server)
    with pytest.raises(BadRequest) as error:
        await bot.send_message(CHAT, html, parse_mode=ParseMode.HTML)
    assert_bad_request(error, f"Bad Request: can't parse entities: {description}")
    assert server.messages(CHAT) == []
    assert server.calls_to("sendMessage")[-1].status == 400


async def test_exact_wording_of_a_parse_error(
    server: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    known_chat(server)
    status, body = await raw_call(
        http,
        server,
        "sendMessage",
        data={"chat_id": CHAT, "text": "<b><i></b></i>", "parse_mode": "HTML"},
    )
    assert status == 400
    assert body == {
        "ok": False,
        "error_code": 400,
        "description": "Bad Request: can't parse entities: Unmatched end tag at byte offset 6, "
        'expected "</i>", found "</b>"',
    }


async def test_tag_names_are_case_insensitive(server: FakeBotApi, bot: Bot) -> None:
    known_chat(server)
    sent = await bot.send_message(CHAT, "<B>x</b> <Blockquote>y</BLOCKQUOTE>", parse_mode="HTML")
    assert [e.type for e in sent.entities] == ["bold", "blockquote"]


async def test_length_is_counted_after_parsing(server: FakeBotApi, bot: Bot) -> None:
    known_chat(server)
    await bot.send_message(CHAT, "a" * 4096)
    await bot.send_message(CHAT, f"<b>{'a' * 4096}</b>", parse_mode="HTML")
    await bot.send_message(CHAT, "😀" * 4096)  # code points, not UTF-16 units
    await bot.send_message(CHAT, "  " + "a" * 4096 + "\n")  # stripped first
    with pytest.raises(BadRequest) as error:
        await bot.send_message(CHAT, "a" * 4097)
    assert_bad_request(error, "Bad Request: message is too long")
    with pytest.raises(BadRequest) as error:
        await bot.send_message(CHAT, "&amp;" * 4097, parse_mode="HTML")
    assert_bad_request(error, "Bad Request: message is too long")


@pytest.mark.parametrize(
    ("text", "parse_mode"), [("   \n ", None), ("<b> </b>", "HTML"), ("<i></i>", "HTML")]
)
async def test_empty_text_is_rejected(
    server: FakeBotApi, bot: Bot, text: str, parse_mode: str | None
) -> None:
    known_chat(server)
    with pytest.raises(BadRequest) as error:
        await bot.send_message(CHAT, text, parse_mode=parse_mode)
    assert_bad_request(error, "Bad Request: message text is empty")


async def test_unknown_chat_is_rejected(bot: Bot) -> None:
    with pytest.raises(BadRequest) as error:
        await bot.send_message(4242, "hello")
    assert_bad_request(error, "Bad Request: chat not found")


async def test_markdown_is_refused_because_the_fake_cannot_check_it(
    server: FakeBotApi, bot: Bot
) -> None:
    known_chat(server)
    with pytest.raises(BadRequest, match=r"(?i)validates HTML only"):
        await bot.send_message(CHAT, "*x*", parse_mode=ParseMode.MARKDOWN_V2)


async def test_reply_parameters_embed_the_replied_message(server: FakeBotApi, bot: Bot) -> None:
    update_id = server.user_message("вопрос")
    user_message_id = server.update(update_id)["message"]["message_id"]
    sent = await bot.send_message(
        CHAT, "ответ", reply_parameters=ReplyParameters(message_id=user_message_id)
    )
    assert sent.reply_to_message is not None
    assert sent.reply_to_message.text == "вопрос"
    with pytest.raises(BadRequest, match=r"(?i)message to be replied not found"):
        await bot.send_message(CHAT, "x", reply_parameters=ReplyParameters(message_id=999))


# --------------------------------------------------------------------------------------
# Keyboards, callbacks, inline mode
# --------------------------------------------------------------------------------------


def keyboard(*buttons: InlineKeyboardButton) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([list(buttons)])


async def test_keyboard_is_echoed_and_callback_data_limit_is_64_bytes(
    server: FakeBotApi, bot: Bot
) -> None:
    known_chat(server)
    ok = keyboard(InlineKeyboardButton("да", callback_data="я" * 32))  # 64 bytes
    sent = await bot.send_message(CHAT, "ok", reply_markup=ok)
    assert sent.reply_markup == ok
    for data in ("x" * 65, "я" * 33):
        with pytest.raises(BadRequest) as error:
            await bot.send_message(
                CHAT, "x", reply_markup=keyboard(InlineKeyboardButton("a", callback_data=data))
            )
        assert_bad_request(error, "Bad Request: BUTTON_DATA_INVALID")


@pytest.mark.parametrize(
    ("markup", "description"),
    [
        (
            {"inline_keyboard": [[{"text": "x", "url": "javascript:alert(1)"}]]},
            "Bad Request: BUTTON_URL_INVALID",
        ),
        (
            {"inline_keyboard": [[{"text": "x", "url": "example.com"}]]},
            "Bad Request: BUTTON_URL_INVALID",
        ),
        (
            {"inline_keyboard": [[{"text": "x", "callback_data": ""}]]},
            "Bad Request: BUTTON_DATA_INVALID",
        ),
        (
            {"inline_keyboard": [[{"text": "x"}]]},
            "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in "
            "the inline keyboard",
        ),
        (
            {"inline_keyboard": [[{"text": str(n), "callback_data": str(n)}] for n in range(101)]},
            "Bad Request: reply markup is too long",
        ),
        ("not json", "Bad Request: can't parse reply keyboard markup JSON object"),
    ],
)
async def test_invalid_keyboards_are_rejected(
    server: FakeBotApi, http: aiohttp.ClientSession, markup: Any, description: str
) -> None:
    known_chat(server)
    encoded = markup if isinstance(markup, str) else json.dumps(markup)
    status, body = await raw_call(
        http, server, "sendMessage", data={"chat_id": CHAT, "text": "x", "reply_markup": encoded}
    )
    assert (status, body["description"]) == (400, description)


async def test_callback_press_answer_once(server: FakeBotApi, bot: Bot) -> None:
    known_chat(server)
    sent = await bot.send_message(
        CHAT, "choose", reply_markup=keyboard(InlineKeyboardButton("A", callback_data="a"))
    )
    with pytest.raises(ValueError, match="no button"):
        server.callback_press(CHAT, sent.message_id, "zzz")
    server.callback_press(CHAT, sent.message_id, "a", language_code="en")
    [update] = await bot.get_updates()
    query = update.callback_query
    assert query is not None and query.data == "a" and isinstance(query.id, str)
    assert query.message is not None and query.message.message_id == sent.message_id
    assert query.from_user.language_code == "en"
    with pytest.raises(BadRequest, match=r"(?i)message_too_long"):
        await bot.answer_callback_query(query.id, text="x" * 201)
    assert await bot.answer_callback_query(query.id, text="готово")
    assert server.callback_answers[query.id]["text"] == "готово"
    for query_id in (query.id, "12345"):
        with pytest.raises(BadRequest) as error:
            await bot.answer_callback_query(query_id)
        assert_bad_request(
            error,
            "Bad Request: query is too old and response timeout expired or query ID is invalid",
        )


def article(n: int, text: str = "текст", parse_mode: str | None = None) -> InlineQueryResultArticle:
    return InlineQueryResultArticle(
        id=f"r{n}",
        title=f"Result {n}",
        input_message_content=InputTextMessageContent(text, parse_mode=parse_mode),
    )


async def test_inline_answers_are_validated_and_recorded(server: FakeBotApi, bot: Bot) -> None:
    update_id = server.inline_query("коридор", chat_type="private")
    [update] = await bot.get_updates()
    query = update.inline_query
    assert query is not None and query.query == "коридор" and query.chat_type == "private"
    assert query.id == server.inline_query_id(update_id)
    with pytest.raises(BadRequest) as error:
        await bot.answer_inline_query(query.id, [article(n) for n in range(51)])
    assert_bad_request(error, "Bad Request: RESULTS_TOO_MUCH")
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities: unsupported start tag"):
        await bot.answer_inline_query(query.id, [article(1, "<p>x</p>", "HTML")])
    with pytest.raises(BadRequest, match=r"(?i)RESULT_ID_DUPLICATE"):
        await bot.answer_inline_query(query.id, [article(1), article(1)])
    results = [article(n, "<b>ok</b>", "HTML") for n in range(50)]
    assert await bot.answer_inline_query(query.id, results, cache_time=0, is_personal=True)
    answer = server.inline_answers[query.id]
    assert (len(answer["results"]), answer["cache_time"], answer["is_personal"]) == (50, 0, True)
    with pytest.raises(BadRequest) as error:
        await bot.answer_inline_query(query.id, [article(1)])
    assert_bad_request(
        error, "Bad Request: query is too old and response timeout expired or query ID is invalid"
    )


# --------------------------------------------------------------------------------------
# Editing and deleting
# --------------------------------------------------------------------------------------


async def test_edit_and_delete_follow_telegram(server: FakeBotApi, bot: Bot) -> None:
    known_chat(server)
    markup = keyboard(InlineKeyboardButton("A", callback_data="a"))
    sent = await bot.send_message(CHAT, "<b>v1</b>", parse_mode="HTML", reply_markup=markup)
    with pytest.raises(BadRequest) as error:
        await bot.edit_message_text("v2", chat_id=CHAT, message_id=999)
    assert_bad_request(error, "Bad Request: message to edit not found")
    with pytest.raises(BadRequest, match=r"(?i)^message is not modified: specified new"):
        await bot.edit_message_text(
            "<b>v1</b>",
            chat_id=CHAT,
            message_id=sent.message_id,
            parse_mode="HTML",
            reply_markup=markup,
        )
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.edit_message_text(
            "<b>v2", chat_id=CHAT, message_id=sent.message_id, parse_mode="HTML"
        )
    edited = await bot.edit_message_text("v2", chat_id=CHAT, message_id=sent.message_id)
    assert not isinstance(edited, bool) and edited.edit_date is not None
    [stored] = server.messages(CHAT)
    assert (stored["text"], "reply_markup" in stored, "entities" in stored) == ("v2", False, False)
    await bot.edit_message_reply_markup(CHAT, sent.message_id, reply_markup=markup)
    assert server.messages(CHAT)[0]["reply_markup"] == markup.to_dict()
    assert await bot.delete_message(CHAT, sent.message_id)
    assert server.messages(CHAT) == []
    assert server.messages(CHAT, include_deleted=True)[0]["deleted"] is True
    with pytest.raises(BadRequest) as error:
        await bot.delete_message(CHAT, sent.message_id)
    assert_bad_request(error, "Bad Request: message to delete not found")


# --------------------------------------------------------------------------------------
# Commands, descriptions, menu, chat action
# --------------------------------------------------------------------------------------


async def test_commands_are_stored_per_scope_and_language(server: FakeBotApi, bot: Bot) -> None:
    default = [BotCommand("start", "Start"), BotCommand("help_2", "Help")]
    russian = [BotCommand("start", "Начать")]
    assert await bot.set_my_commands(default)
    assert await bot.set_my_commands(
        russian, scope=BotCommandScopeAllPrivateChats(), language_code="ru"
    )
    assert await bot.get_my_commands() == tuple(default)
    assert await bot.get_my_commands(language_code="ru") == ()
    assert await bot.get_my_commands(
        scope=BotCommandScopeAllPrivateChats(), language_code="ru"
    ) == tuple(russian)
    assert server.commands("all_private_chats", "ru") == [
        {"command": "start", "description": "Начать"}
    ]
    assert await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()


@pytest.mark.parametrize(
    ("commands", "language_code", "description"),
    [
        ([("Start", "x")], None, "Bad Request: BOT_COMMAND_INVALID"),
        ([("with-dash", "x")], None, "Bad Request: BOT_COMMAND_INVALID"),
        ([("a" * 33, "x")], None, "Bad Request: BOT_COMMAND_INVALID"),
        ([("ok", "")], None, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID"),
        ([("ok", "d" * 257)], None, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID"),
        ([(f"c{n}", "x") for n in range(101)], None, "Bad Request: BOT_COMMANDS_TOO_MUCH"),
        ([("ok", "x")], "rus", "Bad Request: invalid language code specified"),
        ([("ok", "x")], "RU", "Bad Request: invalid language code specified"),
    ],
)
async def test_invalid_commands_are_rejected(
    bot: Bot, commands: list[tuple[str, str]], language_code: str | None, description: str
) -> None:
    with pytest.raises(BadRequest) as error:
        await bot.set_my_commands(commands, language_code=language_code)
    assert_bad_request(error, description)


async def test_descriptions_and_their_limits(server: FakeBotApi, bot: Bot) -> None:
    assert await bot.set_my_description("d" * 512, language_code="ru")
    assert (await bot.get_my_description("ru")).description == "d" * 512
    assert (await bot.get_my_description()).description == ""
    assert await bot.set_my_short_description("s" * 120)
    assert server.short_description() == "s" * 120
    with pytest.raises(BadRequest, match=r"(?i)description is too long"):
        await bot.set_my_description("d" * 513)
    with pytest.raises(BadRequest, match=r"(?i)short_description is too long"):
        await bot.set_my_short_description("s" * 121)


async def test_menu_button_and_chat_action(server: FakeBotApi, bot: Bot) -> None:
    known_chat(server)
    assert await bot.set_chat_menu_button(menu_button=MenuButtonCommands())
    assert server.menu_button() == {"type": "commands"}
    assert await bot.send_chat_action(CHAT, "typing")
    with pytest.raises(BadRequest, match=r"(?i)wrong parameter action"):
        await bot.send_chat_action(CHAT, "dancing")
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_chat_action(7, "typing")


# --------------------------------------------------------------------------------------
# User-side updates
# --------------------------------------------------------------------------------------


async def test_user_command_entities_use_utf16_offsets(server: FakeBotApi, bot: Bot) -> None:
    text = "/ask@briefbot_test_bot 🇷🇺 привет @anna_k #тег"
    server.user_message(text)
    [update] = await bot.get_updates()
    message = update.message
    assert message is not None
    command, mention, hashtag = message.entities
    assert (command.type, command.offset, command.length) == ("bot_command", 0, 22)
    # "/ask@briefbot_test_bot " is 23 units, the flag is 2 code points = 4 UTF-16 units.
    assert (mention.type, mention.offset, mention.length) == ("mention", 35, 7)
    assert mention.offset == utf16_len(text[: text.index("@anna")])
    assert message.parse_entity(mention) == "@anna_k"
    assert message.parse_entity(hashtag) == "#тег"
    assert message.text == text


async def test_group_edit_and_reply_updates(server: FakeBotApi, bot: Bot) -> None:
    server.user_message("/start", chat_id=-100, user_id=7, chat_type="supergroup")
    first = server.update(1)["message"]
    assert first["chat"] == {"id": -100, "type": "supergroup", "title": "Chat -100"}
    sent = await bot.send_message(-100, "bot says")
    server.user_message(
        "reply",
        chat_id=-100,
        user_id=7,
        chat_type="supergroup",
        reply_to_message_id=sent.message_id,
    )
    server.user_message(
        "edited",
        chat_id=-100,
        user_id=7,
        chat_type="supergroup",
        edited=True,
        message_id=first["message_id"],
    )
    _, reply, edit = await bot.get_updates()
    assert reply.message is not None and reply.message.reply_to_message is not None
    assert reply.message.reply_to_message.from_user.id == 123456  # type: ignore[union-attr]
    assert edit.edited_message is not None and edit.edited_message.edit_date is not None
    assert edit.edited_message.message_id == first["message_id"]


async def test_media_updates_parse_and_files_download(server: FakeBotApi, bot: Bot) -> None:
    server.user_sticker()
    server.user_photo(caption="фото")
    server.user_voice(content=b"OggS-fake-voice")
    sticker, photo, voice = await bot.get_updates()
    assert sticker.message is not None and sticker.message.sticker is not None
    assert sticker.message.sticker.type == "regular" and not sticker.message.sticker.is_animated
    assert photo.message is not None and len(photo.message.photo) == 3
    assert voice.message is not None and voice.message.voice is not None
    file = await voice.message.voice.get_file()
    assert bytes(await file.download_as_bytearray()) == b"OggS-fake-voice"
    with pytest.raises(BadRequest, match=r"(?i)invalid file_id"):
        await bot.get_file("nope")


# --------------------------------------------------------------------------------------
# Transport: tokens, methods, encodings, faults
# --------------------------------------------------------------------------------------


async def test_wrong_token_is_unauthorized(server: FakeBotApi, http: aiohttp.ClientSession) -> None:
    request = HTTPXRequest()  # ours to close: Bot.shutdown skips a never-initialised bot
    wrong = Bot("999:wrong", base_url=server.base_url, request=request)
    try:
        with pytest.raises(InvalidToken):
            await wrong.get_me()
    finally:
        await request.shutdown()
    status, body = await raw_call(http, server, "getMe", token="999:wrong")
    assert (status, body) == (401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
    assert server.calls[-1].status == 401 and "999:wrong" not in repr(server.calls)


async def test_unknown_method_and_case_insensitive_names(
    server: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    status, body = await raw_call(http, server, "sendTelepathy")
    assert (status, body["description"]) == (404, "Not Found: method not found")
    status, body = await raw_call(http, server, "GETME")
    assert status == 200 and body["result"]["username"] == "briefbot_test_bot"
    async with http.get(f"{server.base_url}{TOKEN}/getUpdates?timeout=0") as response:
        assert await response.json() == {"ok": True, "result": []}
    assert [call.method for call in server.calls] == ["sendTelepathy", "getMe", "getUpdates"]


async def test_form_json_and_multipart_bodies_decode_alike(
    server: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    known_chat(server)
    markup = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    form = {
        "chat_id": str(CHAT),
        "text": "<i>x</i>",
        "parse_mode": "HTML",
        "reply_markup": json.dumps(markup),
    }
    multipart = aiohttp.FormData(form)
    multipart.add_field("thumbnail", b"binary", filename="t.jpg", content_type="image/jpeg")
    bodies: list[dict[str, Any]] = [
        {"data": form},
        {
            "json": {
                "chat_id": CHAT,
                "text": "<i>x</i>",
                "parse_mode": "HTML",
                "reply_markup": markup,
            }
        },
        {"data": multipart},
    ]
    for body in bodies:
        status, answer = await raw_call(http, server, "sendMessage", **body)
        assert status == 200, answer
        assert answer["result"]["reply_markup"] == markup
        assert answer["result"]["entities"] == [{"offset": 0, "length": 1, "type": "italic"}]
    params = [call.params for call in server.calls_to("sendMessage")]
    assert all(p["chat_id"] == CHAT and p["reply_markup"] == markup for p in params)
    assert params[2]["thumbnail"] == {"filename": "t.jpg", "content_type": "image/jpeg", "size": 6}


async def test_fail_next_injects_errors_once(server: FakeBotApi, bot: Bot) -> None:
    known_chat(server)
    server.fail_next("sendMessage")
    with pytest.raises(NetworkError) as error:
        await bot.send_message(CHAT, "x")
    assert not isinstance(error.value, BadRequest) and "Bad Gateway" in str(error.value)
    await bot.send_message(CHAT, "x")
    server.fail_next("sendmessage", status=429, retry_after=3)
    with warnings.catch_warnings():  # PTB 22 warns that int retry_after becomes timedelta
        warnings.simplefilter("ignore")
        with pytest.raises(RetryAfter) as retry:
            await bot.send_message(CHAT, "x")
        assert retry.value.retry_after in (3, dtm.timedelta(seconds=3))
    server.drop_next("sendMessage")
    with pytest.raises(NetworkError):
        await bot.send_message(CHAT, "x")
    await bot.send_message(CHAT, "x")
    statuses = [call.status for call in server.calls_to("sendMessage")]
    assert statuses == [502, 200, 429, 0, 200]
    assert len(server.messages(CHAT)) == 2


async def test_wait_for_explains_a_timeout(server: FakeBotApi, bot: Bot) -> None:
    known_chat(server)
    await bot.send_message(CHAT, "one")
    assert (
        len(await server.wait_for("sendMessage", predicate=lambda c: c.params["text"] == "one"))
        == 1
    )
    with pytest.raises(TimeoutError) as error:
        await server.wait_for("sendMessage", count=2, timeout=0.1)
    assert "found 1" in str(error.value) and "sendMessage {'chat_id': 1001" in str(error.value)


async def test_wait_for_wakes_on_a_later_call(server: FakeBotApi, bot: Bot) -> None:
    known_chat(server)
    waiter = asyncio.create_task(server.wait_for("sendMessage", timeout=5))
    await asyncio.sleep(0)
    await bot.send_message(CHAT, "late")
    [call] = await waiter
    assert call.result["text"] == "late"


# --------------------------------------------------------------------------------------
# The parser on its own
# --------------------------------------------------------------------------------------

_HTMLISH = st.text(alphabet="<>/&;#x0123abiesp=\"' -codelqutmgrkn\u00e9😀", max_size=60)


@settings(deadline=None, max_examples=300)
@given(st.one_of(st.text(max_size=80), _HTMLISH))
def test_html_parser_only_raises_its_own_error(text: str) -> None:
    """Bad markup raises HtmlParseError (nothing else), and only markup can be bad: a parser
    that refused everything would otherwise pass here."""
    try:
        parsed = parse_html(text)
    except HtmlParseError:
        assert set("<>&") & set(text), text  # text without markup characters always parses
        return
    total = utf16_len(parsed.text)
    for entity in parsed.entities:
        assert entity["length"] > 0 and entity["offset"] >= 0
        assert entity["offset"] + entity["length"] <= total


@settings(deadline=None, max_examples=200)
@given(st.text(max_size=80), st.sampled_from(["b", "i", "code", "tg-spoiler", "blockquote"]))
def test_escaped_text_always_parses_back(text: str, tag: str) -> None:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return
    parsed = parse_html(f"<{tag}>{escaped}</{tag}>")
    assert parsed.text == text.strip()


def test_entities_are_sorted_and_stripped() -> None:
    parsed = parse_html("  <b> a <i>b</i></b>  ")
    assert parsed.text == "a b"
    assert parsed.entities == [
        {"offset": 0, "length": 3, "type": "bold"},
        {"offset": 2, "length": 1, "type": "italic"},
    ]
    assert [e["type"] for e in parse_html("<code>/start @anna_k</code> /help").entities] == [
        "code",
        "bot_command",
    ]
