"""End-to-end tests of the Telegram bot: the real PTB ``Application`` against the local fake.

Why end-to-end: the bot's promises (a direct quote only in a quote block, a paraphrase never
in quotation marks, every text escaped, every button and message within Telegram's limits,
groups answered only when addressed) live in the whole chain — handler, matcher, composer,
HTML renderer, PTB's HTTP stack. The fake (``tests.support.botapi``) rejects what Telegram
rejects, so the assertions here are on the Bot API calls the bot really makes.

Speed without shared state: one Application serves the module (starting one costs ~0.25 s),
and every test talks to it from chats and users of its own, so no test sees another's
conversation context or replies. Tests that need their own Application (logging from the
first request on, another knowledge base) start one with ``start_bot``.

Every test waits on recorded calls (``wait_for``), never on long sleeps. After every test the
harness checks each call the test caused: no unexpected refusal, HTML parse mode, at most 4096
characters, callback data within 64 bytes and decodable, and no ERROR in the logs unless the
test provoked one.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import re
import shutil
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from html import escape
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
import yaml

from bot import cli
from bot.knowledge import load_knowledge
from bot.knowledge.commands import BUILTIN_COMMANDS as BUILTIN
from bot.knowledge.entries import briefing_ref
from bot.knowledge.model import KnowledgeBase
from bot.settings import PROJECT_ROOT, Settings
from bot.transport.callbacks import decode, decode_vote
from bot.transport.service import BotService
from tests.support.botapi import Call, FakeBotApi

pytestmark = pytest.mark.asyncio(loop_scope="module")

TOKEN = "123456:TEST-token"
SECRET = "TEST-token"
USERNAME = "briefbot_test_bot"
KNOWLEDGE = PROJECT_ROOT / "knowledge"
SECOND_BRIEFING = Path(__file__).parent / "fixtures" / "second-briefing"
APOLOGY = "Извините"
STALE = "Эта кнопка устарела — спросите заново."
SEED_REF = briefing_ref("aliyev-kazakhstan")  # the shipped briefing in buttons
NO_ANSWER = "В статье нет ответа на этот вопрос (Minval Politika, 20 октября)"

# ----------------------------------------------------------------------------- helpers


def html(call: Call) -> str:
    """What the bot sent (Telegram HTML)."""
    return str(call.params["text"])


def shown(call: Call) -> str:
    """What the user sees: the text after Telegram parsed the HTML."""
    return str(call.result["text"])


def callback_datas(call: Call) -> list[str]:
    markup = call.params.get("reply_markup") or {}
    return [
        b["callback_data"]
        for row in markup.get("inline_keyboard", [])
        for b in row
        if "callback_data" in b
    ]


def button_labels(call: Call) -> list[str]:
    markup = call.params.get("reply_markup") or {}
    return [b["text"] for row in markup.get("inline_keyboard", []) for b in row]


async def until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """For what the fake does not record (log lines): check every 20 ms."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "condition not met in time"
        await asyncio.sleep(0.02)


_ids = itertools.count(1)


class Harness:
    """One test's view of a running bot: its own private chat, group and users, helpers
    that wait on recorded calls, and the checks run after the test."""

    def __init__(self, server: FakeBotApi, kb: KnowledgeBase) -> None:
        number = next(_ids)
        self.server = server
        self.kb = kb
        self.private = 10_000 + number * 10  # user id == chat id in private chats
        self.group = -1_000_000_000 - number
        self.member = self.private + 1
        self.first_call = len(server.calls)
        self.injected_failures = 0
        self.errors_expected = False

    def chat(self, offset: int) -> int:
        """Another private chat of this test (offset 2..9)."""
        assert 2 <= offset <= 9
        return self.private + offset

    # ---- recorded calls of this test ------------------------------------------------
    def calls(self, method: str | None = None) -> list[Call]:
        mine = self.server.calls[self.first_call :]
        return [c for c in mine if method is None or c.method == method]

    def sent(self, chat_id: int | None = None) -> list[Call]:
        chat_id = self.private if chat_id is None else chat_id
        return [c for c in self.calls("sendMessage") if c.ok and c.params.get("chat_id") == chat_id]

    async def next_reply(self, chat_id: int, before: int, timeout: float = 10.0) -> Call:
        calls = await self.server.wait_for(
            "sendMessage",
            before + 1,
            timeout=timeout,
            predicate=lambda c: c.params.get("chat_id") == chat_id,
        )
        return calls[before]

    # ---- acting as users ------------------------------------------------------------
    def say(self, text: str, chat_id: int | None = None, **kwargs: Any) -> int:
        """Push a text message (private chat by default); returns the update id."""
        return self.server.user_message(
            text, chat_id=self.private if chat_id is None else chat_id, **kwargs
        )

    async def ask(self, text: str, chat_id: int | None = None, **kwargs: Any) -> Call:
        """Send a text message and return the bot's (first) reply in that chat."""
        chat_id = self.private if chat_id is None else chat_id
        before = len(self.sent(chat_id))
        self.say(text, chat_id, **kwargs)
        return await self.next_reply(chat_id, before)

    def say_in_group(self, text: str, **kwargs: Any) -> int:
        """A group member's message; returns its message id."""
        update_id = self.server.user_message(
            text, chat_id=self.group, user_id=self.member, chat_type="group", **kwargs
        )
        return int(self.server.update(update_id)["message"]["message_id"])

    async def ask_group(self, text: str, **kwargs: Any) -> tuple[int, Call]:
        """A group message the bot answers: (the user's message id, the reply)."""
        before = len(self.sent(self.group))
        message_id = self.say_in_group(text, **kwargs)
        return message_id, await self.next_reply(self.group, before)

    async def press(self, reply: Call, data: str, **kwargs: Any) -> dict[str, Any]:
        """Press a button of a sent message; wait for and return the callback answer."""
        chat_id = reply.params["chat_id"]
        user = self.member if chat_id == self.group else chat_id
        update_id = self.server.callback_press(
            chat_id, reply.result["message_id"], data, user_id=user, **kwargs
        )
        query_id = self.server.update(update_id)["callback_query"]["id"]
        await self.server.wait_for(
            "answerCallbackQuery",
            predicate=lambda c: c.params.get("callback_query_id") == query_id,
        )
        return self.server.callback_answers[query_id]

    async def press_for_reply(self, reply: Call, data: str, **kwargs: Any) -> Call:
        chat_id = reply.params["chat_id"]
        before = len(self.sent(chat_id))
        answer = await self.press(reply, data, **kwargs)
        assert answer["text"] == ""  # a working button answers silently
        return await self.next_reply(chat_id, before)

    async def inline(self, query: str, **kwargs: Any) -> dict[str, Any]:
        update_id = self.server.inline_query(query, user_id=self.private, **kwargs)
        query_id = self.server.inline_query_id(update_id)
        await self.server.wait_for(
            "answerInlineQuery", predicate=lambda c: c.params.get("inline_query_id") == query_id
        )
        return self.server.inline_answers[query_id]

    def fail_next(self, method: str, **kwargs: Any) -> None:
        self.injected_failures += 1
        self.server.fail_next(method, **kwargs)

    # ---- checks after every test ----------------------------------------------------
    def check_every_call(self) -> None:
        refused = [c for c in self.calls() if not c.ok and c.method != "getUpdates"]
        assert len(refused) == self.injected_failures, [
            (c.method, c.status, c.error) for c in refused
        ]
        for call in self.calls("sendMessage"):
            if not call.ok:
                continue
            text = shown(call)
            assert 1 <= len(text) <= 4096
            if not text.startswith(APOLOGY):  # the error handler's apology is plain text
                assert call.params.get("parse_mode") == "HTML", call.params
            for data in callback_datas(call):
                assert 1 <= len(data.encode("utf-8")) <= 64, data
                assert decode(data) is not None or decode_vote(data) is not None, data
            assert all(label.strip() for label in button_labels(call))
        for call in self.calls("answerInlineQuery"):
            assert call.ok
            for result in call.params["results"]:
                content = result["input_message_content"]
                assert content.get("parse_mode") == "HTML"
                assert len(content["message_text"]) <= 4096


# A local server has no flood limits; these tests ask hundreds of questions in one chat.
UNLIMITED: dict[str, Any] = {
    "briefbot_user_questions_per_minute": 1_000_000,
    "briefbot_user_inline_per_minute": 1_000_000,
    "briefbot_sends_per_second": 1_000_000,
    "briefbot_chat_sends_per_second": 1_000_000,
    "briefbot_group_sends_per_minute": 1_000_000,
}


def _settings(server: FakeBotApi) -> Settings:
    return Settings(
        telegram_bot_token=TOKEN,
        telegram_api_base_url=server.base_url,
        briefbot_sqlite_path=Path(tempfile.mkdtemp(prefix="briefbot-test-")) / "bot.sqlite3",
        **UNLIMITED,
    )


async def _start(knowledge: KnowledgeBase) -> tuple[FakeBotApi, BotService]:
    """The bot as `briefbot run` serves it (polling, the journal in a fresh SQLite file), on
    a fresh fake."""
    server = FakeBotApi(token=TOKEN, bot_username=USERNAME)
    await server.start()
    service = BotService(knowledge, _settings(server))
    await service.start()
    return server, service


async def _stop(server: FakeBotApi, service: BotService) -> None:
    await service.stop()
    await server.stop()


def _check_logs(harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    if not harness.errors_expected:
        errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
        assert not errors, [r.getMessage() for r in errors]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge(KNOWLEDGE)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def shared(kb: KnowledgeBase) -> AsyncIterator[FakeBotApi]:
    server, app = await _start(kb)
    yield server
    await _stop(server, app)


@pytest.fixture
def tg(
    shared: FakeBotApi, kb: KnowledgeBase, caplog: pytest.LogCaptureFixture
) -> Iterator[Harness]:
    harness = Harness(shared, kb)
    yield harness
    harness.check_every_call()
    _check_logs(harness, caplog)


StartBot = Callable[[KnowledgeBase], Awaitable[Harness]]


@pytest_asyncio.fixture(loop_scope="module")
async def start_bot(caplog: pytest.LogCaptureFixture) -> AsyncIterator[StartBot]:
    """Starts an Application of the test's own (after the test has set up logging, or with
    another knowledge base)."""
    running: list[tuple[FakeBotApi, BotService, Harness]] = []

    async def start(knowledge: KnowledgeBase) -> Harness:
        server, app = await _start(knowledge)
        harness = Harness(server, knowledge)
        harness.first_call = 0
        running.append((server, app, harness))
        return harness

    yield start
    for server, app, harness in running:
        await _stop(server, app)
        harness.check_every_call()
        _check_logs(harness, caplog)


# ----------------------------------------------------------------------------- start-up

TOPIC_COMMANDS = {"visit", "corridor", "energy", "rail", "trade", "peace", "agreements"}


async def test_startup_registers_commands_and_descriptions_in_both_languages(tg: Harness):
    server = tg.server
    ru = {c["command"]: c["description"] for c in server.commands(language_code="")}
    en = {c["command"]: c["description"] for c in server.commands(language_code="en")}
    topic_commands = {t.command for t in tg.kb.briefings[0].topics}
    for commands in (ru, en):
        assert {"start", "help", "experts", "expert", "figures", "topics", "source", "ask"} <= set(
            commands
        )
        assert set(commands) >= TOPIC_COMMANDS
        assert set(commands) == set(BUILTIN) | topic_commands
    assert ru["figures"] == "ключевые цифры"
    assert en["figures"] == "key figures"
    assert ru["corridor"] == "Средний коридор"
    assert en["corridor"] == "Middle Corridor"
    registrations = server.calls_to("setMyCommands")
    assert all(c.ok and c.params.get("scope") is None for c in registrations)  # default scope
    assert sorted(str(c.params.get("language_code")) for c in registrations) == ["None", "en"]

    assert "брифинг" in server.description("")
    assert "briefing" in server.description("en").lower()
    assert "цитаты" in server.short_description("")
    assert "quotes" in server.short_description("en")
    for method in ("setMyDescription", "setMyShortDescription"):
        calls = server.calls_to(method)
        assert sorted(str(c.params.get("language_code")) for c in calls) == ["None", "en"]

    await server.wait_polling()  # a long poll is parked (calls are recorded when answered)
    methods = [c.method for c in server.calls]
    assert methods[0] == "getMe"
    assert methods.index("setMyCommands") < methods.index("deleteWebhook")
    assert "getUpdates" not in methods[: methods.index("deleteWebhook")]


async def test_long_polling_confirms_updates_with_offsets(tg: Harness):
    server = tg.server
    one = tg.say("/help")
    await tg.next_reply(tg.private, 0)
    two = tg.say("/source")
    await tg.next_reply(tg.private, 1)

    first = server.calls_to("getUpdates")[0]  # recorded when answered
    assert first.params.get("offset", 0) == 0
    assert first.params["timeout"] >= 1  # a long poll, not a busy loop
    for kind in ("message", "edited_message", "callback_query", "inline_query"):
        assert kind in first.params["allowed_updates"]

    def delivered(update_id: int) -> Call:
        return next(
            c
            for c in server.calls_to("getUpdates")
            if c.ok and any(u["update_id"] == update_id for u in c.result)
        )

    # The poll that fetched update two confirmed update one by its offset.
    assert delivered(two).params["offset"] == one + 1
    assert delivered(two).params["timeout"] >= 1
    await server.wait_polling()
    assert server.pending_updates == []  # update two is confirmed by the parked poll
    offsets = [c.params.get("offset", 0) for c in server.calls_to("getUpdates")]
    assert offsets == sorted(offsets)  # never goes back: no update is delivered twice


# ----------------------------------------------------------------------------- commands


async def test_start_greets_and_offers_topic_buttons(tg: Harness):
    reply = await tg.ask("/start")
    text = shown(reply)
    assert text.startswith("Здравствуйте!")
    assert "Государственный визит Ильхама Алиева в Казахстан" in text
    assert "Minval Politika" in text and "20 октября" in text
    datas = callback_datas(reply)
    topic_ids = {t.id for t in tg.kb.briefings[0].topics}
    assert {d.split("|")[2] for d in datas if d.startswith("t|")} == topic_ids
    assert "Средний коридор" in button_labels(reply)
    assert {f"l|{SEED_REF}|experts", f"l|{SEED_REF}|figures"} <= set(datas)


async def test_start_in_english(tg: Harness):
    reply = await tg.ask("/start", language_code="en")
    assert shown(reply).startswith("Hello!")
    assert "State visit of Ilham Aliyev to Kazakhstan" in shown(reply)
    assert "Middle Corridor" in button_labels(reply)


async def test_start_deep_link_opens_the_topic(tg: Harness):
    deep = await tg.ask("/start corridor")
    direct = await tg.ask("/corridor")
    assert shown(deep).startswith("Тема: Средний коридор")
    assert html(deep) == html(direct)
    assert callback_datas(deep) == callback_datas(direct)
    unknown = await tg.ask("/start no-such-topic")
    assert shown(unknown).startswith("Здравствуйте!")


async def test_help_lists_every_command(tg: Harness):
    text = shown(await tg.ask("/help"))
    for name in (*BUILTIN, *(t.command for t in tg.kb.briefings[0].topics)):
        assert f"/{name} — " in text
    assert f"@{USERNAME}" in text
    english = shown(await tg.ask("/help", chat_id=tg.chat(2), language_code="en"))
    assert "/figures — key figures" in english


async def test_experts_lists_names_roles_and_a_button_per_expert(tg: Harness):
    reply = await tg.ask("/experts")
    text = shown(reply)
    experts = tg.kb.briefings[0].experts
    for expert in experts:
        assert f"{expert.name} — {expert.role}" in text
    assert callback_datas(reply) == [f"e|{SEED_REF}|expert:{e.id}" for e in experts]
    assert button_labels(reply) == [e.name for e in experts]


async def test_expert_profile_by_any_form_of_the_name(tg: Harness):
    for name in ("Ишмухамедова", "Ishmukhamedov", "Шарип Ишмухамедов", "ишмухамедову"):
        reply = await tg.ask(f"/expert {name}")
        text = shown(reply)
        assert text.startswith("Шарип Ишмухамедов — казахстанский политолог"), name
        assert "Что говорит в статье:" in text
        assert f"e|{SEED_REF}|ishmukhamedov-trade" in callback_datas(reply)


async def test_unknown_expert_is_a_polite_no(tg: Harness):
    text = shown(await tg.ask("/expert Эрдоган"))
    assert text.startswith("Такого эксперта в статье нет.")
    assert "Шарип Ишмухамедов" in text and "Айдын Гусейнов" in text
    usage = shown(await tg.ask("/expert"))
    assert usage.startswith("Укажите эксперта: /expert Гусейнов.")


async def test_figures_lists_every_figure(tg: Harness):
    reply = await tg.ask("/figures")
    text = shown(reply)
    for value in ("15–18 дней", "400–500 миллионов долларов в год", "15 важных соглашений"):
        assert value in text
    assert "<b>Ключевые цифры:</b>" in html(reply)
    ids = {f.id for f in tg.kb.briefings[0].figures}
    assert {d.split("|")[2] for d in callback_datas(reply)} == ids


async def test_topics_lists_every_topic_command(tg: Harness):
    reply = await tg.ask("/topics")
    text = shown(reply)
    for topic in tg.kb.briefings[0].topics:
        assert f"/{topic.command} — {topic.title}" in text
    topic_buttons = [d for d in callback_datas(reply) if d.startswith("t|")]
    assert len(topic_buttons) == len(tg.kb.briefings[0].topics)


async def test_source_names_publisher_and_date_and_says_the_link_is_not_given(tg: Harness):
    text = shown(await tg.ask("/source"))
    assert "Государственный визит Ильхама Алиева в Казахстан" in text
    assert "Minval Politika" in text
    assert "20 октября" in text
    assert "Ссылка и дата публикации в материалах брифинга не указаны." in text
    assert ".txt" not in text  # the article's file name means nothing to a reader
    english = shown(await tg.ask("/source", chat_id=tg.chat(2), language_code="en"))
    assert "does not give the article's link" in english


async def test_ask_answers_the_question(tg: Harness):
    reply = await tg.ask("/ask сколько соглашений подписали")
    assert "<b>15 важных соглашений</b>" in html(reply)
    usage = await tg.ask("/ask")
    assert shown(usage).startswith("Напишите вопрос после команды")


async def test_topic_commands_open_their_topic(tg: Harness):
    for command, title in [
        ("corridor", "Средний коридор"),
        ("energy", "Энергетика"),
        ("trade", "Товарооборот и торговля"),
        ("peace", "Декларация о мире с Арменией"),
    ]:
        reply = await tg.ask(f"/{command}")
        assert shown(reply).startswith(f"Тема: {title}"), command
        assert "Источник: Minval Politika" in shown(reply)
    english = await tg.ask("/corridor", chat_id=tg.chat(2), language_code="en")
    assert shown(english).startswith("Topic: Middle Corridor")


async def test_commands_addressed_to_the_bot_in_a_group(tg: Harness):
    message_id, reply = await tg.ask_group(f"/topics@{USERNAME}")
    assert shown(reply).startswith("Темы брифинга:")
    assert reply.params["reply_parameters"]["message_id"] == message_id
    _, reply = await tg.ask_group(f"/corridor@{USERNAME}")
    assert shown(reply).startswith("Тема: Средний коридор")


# ----------------------------------------------------------------------------- free text


async def test_figure_question_gets_the_bold_figure(tg: Harness):
    reply = await tg.ask("сколько соглашений подписали?")
    assert html(reply).startswith("<b>15 важных соглашений</b>")
    bold = {"type": "bold", "offset": 0, "length": len("15 важных соглашений")}
    assert bold in reply.result["entities"]
    assert "Источник: Minval Politika" in shown(reply)


async def test_direct_quote_in_a_quote_block_with_attribution(tg: Harness):
    reply = await tg.ask("что сказал Ишмухамедов о товарообороте")
    source = html(reply)
    quote = re.search(r"<blockquote>(.*?)</blockquote>\n— <i>(.*?)</i>", source, re.S)
    assert quote is not None, source
    assert "400–500 миллионов долларов в год" in quote.group(1)
    assert quote.group(2) == "Шарип Ишмухамедов, казахстанский политолог"
    assert quote.group(1) in tg.kb.briefings[0].article.text  # verbatim
    assert any(e["type"] == "blockquote" for e in reply.result["entities"])


async def test_reported_statement_is_never_in_a_quote_block(tg: Harness):
    reply = await tg.ask("что сказал Гусейнов про энергетику")
    source = html(reply)
    assert "По его словам, экспорт казахстанских энергоресурсов" in source
    assert "<blockquote" not in source
    assert "«экспорт" not in source
    assert "(в пересказе Minval Politika)" in shown(reply)


async def test_english_question_gets_english_interface_and_the_russian_words(tg: Harness):
    reply = await tg.ask("What did Huseynov say about energy?", language_code="en")
    text = shown(reply)
    assert "Translation:" in text
    # An English frame, and the Russian words set apart as the article's sentence.
    assert "paraphrase (in Russian): «По его словам, экспорт казахстанских энергоресурсов" in text
    assert "Source: Minval Politika" in text
    assert "По словам" not in text
    assert "📄 Context" in button_labels(reply)
    quote = await tg.ask("What did Ishmukhamedov say about trade?", language_code="en")
    assert "<blockquote>Сегодня объём товарооборота" in html(quote)  # the words stay Russian
    assert "Sharip Ishmukhamedov" in html(quote)


async def test_other_languages_get_russian_interface(tg: Harness):
    for offset, language_code in enumerate(("kk", "az", None), start=2):
        reply = await tg.ask(
            "сколько соглашений подписали?", chat_id=tg.chat(offset), language_code=language_code
        )
        assert html(reply).startswith("<b>15 важных соглашений</b>")
        assert "Источник:" in shown(reply), language_code
        assert "📄 Контекст" in button_labels(reply)


async def test_out_of_scope_question_is_a_polite_no_with_topics(tg: Harness):
    reply = await tg.ask("сколько стоит билет на паром")
    # the price asked is named as missing, then the thing the article never mentions, then
    # what it does say of ferries
    assert shown(reply).startswith("В статье не сказано, сколько стоит билет на паром.")
    assert "В статье не упоминается «билет»." in shown(reply)
    assert "паромов" in shown(reply).split("Вот что в статье есть по этой теме:")[1]


async def test_gibberish_gets_a_polite_reply(tg: Harness):
    for text in ("фывапролд жэ ячсмить", "qwpoeiru zxmcnvb", "???", "1234", "-"):
        reply = await tg.ask(text)
        assert shown(reply).startswith(NO_ANSWER), text  # a refusal, not a guess
        assert f"t|{SEED_REF}|corridor" in callback_datas(reply)  # with the topics to choose from


async def test_follow_up_uses_the_chat_context(tg: Harness):
    await tg.ask("что сказал Гусейнов про энергетику")
    reply = await tg.ask("а что он говорил про Транскаспийский маршрут?")
    assert "Транскаспийский маршрут" in shown(reply)
    assert "Гусейнов" in shown(reply)
    # Only the chat's context makes "а цифры?" mean his figures: another chat gets them all.
    await tg.ask("что сказал Ишмухамедов про коридор")
    his = shown(await tg.ask("а цифры?"))
    assert "15–18 дней" in his and "по данным статьи" not in his
    everyone = shown(await tg.ask("а цифры?", chat_id=tg.chat(2)))
    assert "15–18 дней" in everyone and "по данным статьи" in everyone


# ----------------------------------------------------------------------------- buttons


async def test_context_citation_and_related_buttons(tg: Harness):
    reply = await tg.ask("что сказал Ишмухамедов о товарообороте")
    datas = callback_datas(reply)
    assert f"c|{SEED_REF}|ishmukhamedov-trade" in datas
    assert f"q|{SEED_REF}|ishmukhamedov-trade" in datas

    context = await tg.press_for_reply(reply, f"c|{SEED_REF}|ishmukhamedov-trade")
    text = shown(context)
    assert text.startswith("Фрагмент статьи (абз.")
    paragraph = next(p for p in tg.kb.briefings[0].article.paragraphs if "400–500 миллионов" in p)
    assert paragraph in text  # the whole paragraph, verbatim

    cite = await tg.press_for_reply(reply, f"q|{SEED_REF}|ishmukhamedov-trade")
    assert re.fullmatch(
        r"Как отметил казахстанский политолог Шарип Ишмухамедов в комментарии Minval Politika, "
        r"«Сегодня объём товарооборота [^«»]*»",
        shown(cite),
    ), shown(cite)

    assert f"e|{SEED_REF}|trade-turnover-now" in datas
    figure = await tg.press_for_reply(reply, f"e|{SEED_REF}|trade-turnover-now")
    assert html(figure).startswith("<b>400–500 миллионов долларов в год</b>")

    presses = tg.calls("answerCallbackQuery")
    assert len(presses) == 3 and all(c.ok for c in presses)


async def test_citation_of_a_reported_statement_is_not_in_quotation_marks(tg: Harness):
    reply = await tg.ask("что сказал Гусейнов про энергетику")
    cite = shown(await tg.press_for_reply(reply, f"q|{SEED_REF}|huseynov-energy"))
    # The article's whole sentence, credited to the publisher's retelling — no «…».
    assert cite.startswith("По его словам, экспорт казахстанских энергоресурсов")
    assert "«" not in cite
    assert "(слова Айдына Гусейнова, депутат Милли Меджлиса" in cite
    assert "в пересказе Minval Politika)" in cite


async def test_topic_list_and_expert_buttons(tg: Harness):
    start = await tg.ask("/start")
    topic = await tg.press_for_reply(start, f"t|{SEED_REF}|energy")
    assert shown(topic).startswith("Тема: Энергетика")
    experts = await tg.press_for_reply(start, f"l|{SEED_REF}|experts")
    assert shown(experts).startswith("Эксперты, которых цитирует статья:")
    profile = await tg.press_for_reply(experts, f"e|{SEED_REF}|expert:huseynov")
    assert shown(profile).startswith("Айдын Гусейнов — депутат Милли Меджлиса")
    answer = await tg.ask("что сказал Ишмухамедов о товарообороте")
    others = await tg.press_for_reply(answer, f"x|{SEED_REF}|ishmukhamedov-trade")
    assert shown(others).startswith("Эксперты о теме “Товарооборот и торговля”:")
    assert "• Руслан Тусупбеков: Что обсуждают на переговорах" in shown(others)
    assert "Ишмухамедов" not in shown(others)  # "other" experts: not the one just read
    assert callback_datas(others) == [f"e|{SEED_REF}|tusupbekov-negotiations"]


async def test_english_button_press_answers_in_english(tg: Harness):
    reply = await tg.ask("What did Huseynov say about energy?", language_code="en")
    context = await tg.press_for_reply(reply, f"c|{SEED_REF}|huseynov-energy", language_code="en")
    assert shown(context).startswith("Article excerpt (para.")


async def test_stale_button_gets_an_answer_and_no_crash(tg: Harness):
    reply = await tg.ask("сколько соглашений подписали?")
    stale = (f"e|{SEED_REF}|no-such-entry", "e|7|agreements-count", "zzz", f"t|{SEED_REF}|")
    for data in (*stale, "e|x|y"):
        answer = await tg.press(reply, data, check_button=False)
        assert answer["text"] == STALE, data
    follow = await tg.ask("/figures")
    assert shown(follow).startswith("Ключевые цифры:")
    assert len(tg.sent()) == 2  # nothing was sent for the stale presses


# ----------------------------------------------------------------------------- inline


async def test_inline_query_returns_quote_cards(tg: Harness):
    answer = await tg.inline("коридор")
    results = answer["results"]
    assert 1 <= len(results) <= 10
    assert answer["cache_time"] == Settings().briefbot_inline_cache_seconds
    assert answer["is_personal"]  # the cards depend on the user's language
    assert len({r["id"] for r in results}) == len(results)
    for result in results:
        assert result["type"] == "article"
        assert result["title"].strip()
        assert result["description"].strip()
        content = result["input_message_content"]
        assert content["parse_mode"] == "HTML"
        assert content["message_text"].strip()
    assert any("коридор" in r["title"].lower() for r in results)
    assert any("<blockquote>" in r["input_message_content"]["message_text"] for r in results)


async def test_inline_empty_query_offers_topics_and_figures(tg: Harness):
    results = (await tg.inline(""))["results"]
    assert 1 <= len(results) <= 10
    texts = [r["input_message_content"]["message_text"] for r in results]
    values = tuple(f"<b>{escape(f.value, quote=False)}</b>" for f in tg.kb.briefings[0].figures)
    topics = [t for t in texts if t.startswith("<b>Тема: ")]
    figures = [t for t in texts if t.startswith(values)]
    assert len(topics) >= 3 and len(figures) >= 3  # both kinds, neither crowds out the other
    assert len(topics) + len(figures) == len(texts)


async def test_inline_english_nothing_found_and_long_queries(tg: Harness):
    english = (await tg.inline("Huseynov energy", language_code="en"))["results"]
    assert "Energy exports via Azerbaijan" in [r["title"] for r in english]
    nothing = await tg.inline("сколько стоит билет на паром")
    assert nothing["results"] == []
    longest = await tg.inline(("коридор " * 40)[:256])
    assert len(longest["results"]) <= 10
    corridor = [r["title"] for r in (await tg.inline("коридор"))["results"]]
    assert corridor[0] == "Средний коридор как драйвер"
    # A 256-character query and markup around the word find the same cards as the word.
    assert [r["title"] for r in longest["results"]] == corridor
    markup = await tg.inline("<b>коридор</b>")
    assert [r["title"] for r in markup["results"]] == corridor


# ----------------------------------------------------------------------------- groups


async def test_group_answers_only_when_addressed(tg: Harness):
    ignored = {
        tg.say_in_group("сколько соглашений подписали?"),
        tg.say_in_group("/start@other_bot"),
        tg.say_in_group("/ask@other_bot сколько соглашений подписали"),
        tg.say_in_group("пишите @someone_else про коридор"),
    }
    sticker = tg.server.user_sticker(chat_id=tg.group, user_id=tg.member, chat_type="group")
    ignored.add(tg.server.update(sticker)["message"]["message_id"])
    # A barrier: the addressed message comes after the ignored ones.
    message_id, reply = await tg.ask_group(f"@{USERNAME} сколько соглашений подписали?")
    assert html(reply).startswith("<b>15 важных соглашений</b>")
    await asyncio.sleep(0.1)
    replied_to = [c.params["reply_parameters"]["message_id"] for c in tg.sent(tg.group)]
    assert replied_to == [message_id]
    assert not set(replied_to) & ignored


async def test_group_mention_in_any_case_is_removed_from_the_question(tg: Harness):
    _, reply = await tg.ask_group("@BriefBot_Test_Bot когда был визит?")
    assert html(reply).startswith("<b>20 октября</b>")


async def test_group_reply_to_the_bot_is_answered(tg: Harness):
    _, first = await tg.ask_group(f"/ask@{USERNAME} что сказал Гусейнов про энергетику")
    assert "— Айдын Гусейнов" in shown(first) and "По его словам, экспорт" in shown(first)
    message_id, reply = await tg.ask_group(
        "сколько соглашений подписали?", reply_to_message_id=first.result["message_id"]
    )
    assert reply.params["reply_parameters"]["message_id"] == message_id
    assert html(reply).startswith("<b>15 важных соглашений</b>")


async def test_group_ask_command_and_buttons(tg: Harness):
    _, reply = await tg.ask_group(f"/ask@{USERNAME} сколько соглашений подписали")
    assert html(reply).startswith("<b>15 важных соглашений</b>")
    _, usage = await tg.ask_group("/ask")
    assert shown(usage).startswith("Напишите вопрос после команды")
    context = await tg.press_for_reply(reply, f"c|{SEED_REF}|agreements-count")
    assert shown(context).startswith("Фрагмент статьи")


# ----------------------------------------------------------------------------- odd input


async def test_non_text_in_private_gets_a_short_hint(tg: Harness):
    pushes = (tg.server.user_sticker, tg.server.user_photo, tg.server.user_voice)
    for number, push in enumerate(pushes):
        push(chat_id=tg.private)
        reply = await tg.next_reply(tg.private, number)
        assert shown(reply).startswith("Я понимаю только текст.")
        assert len(shown(reply)) < 200
    tg.server.user_photo(chat_id=tg.chat(2), language_code="en", caption="коридор")
    reply = await tg.next_reply(tg.chat(2), 0)
    assert shown(reply).startswith("I can only read text.")


async def test_html_like_text_is_answered_and_never_echoed_raw(tg: Harness):
    reply = await tg.ask("<b>что</b> & коридор")
    assert "коридор" in shown(reply).lower()
    for text in ("<i>Гусейнов</i> & <script>", "/expert <b>Эрдоган</b> & Co", "a < b > c &amp;"):
        await tg.ask(text)
    for call in tg.sent():
        source = html(call)
        for raw in ("<script>", "<b>что", "<b>Эрдоган", "<i>Гусейнов"):
            assert raw not in source


async def test_a_4096_character_message_is_answered(tg: Harness):
    text = ("сколько соглашений подписали стороны в ходе визита? " * 100)[:4096]
    assert len(text) == 4096
    reply = await tg.ask(text)
    assert html(reply).startswith("<b>15 важных соглашений</b>")
    latin = await tg.ask("x" * 4096)
    assert shown(latin).startswith(NO_ANSWER)  # Latin gibberish keeps the Russian interface


async def test_edited_message_is_answered_again_consistently(tg: Harness):
    update_id = tg.say("сколько соглашений подписали?")
    first = await tg.next_reply(tg.private, 0)
    message_id = tg.server.update(update_id)["message"]["message_id"]
    again = await tg.ask("сколько соглашений подписали?", edited=True, message_id=message_id)
    assert html(again) == html(first)
    changed = await tg.ask("когда был визит?", edited=True, message_id=message_id)
    assert html(changed).startswith("<b>20 октября</b>")


async def test_emoji_only_text_gets_a_polite_reply(tg: Harness):
    for text in ("😀😀😀", "👍", "🇦🇿🇰🇿"):
        reply = await tg.ask(text)
        assert shown(reply).startswith(NO_ANSWER), text
        assert f"t|{SEED_REF}|corridor" in callback_datas(reply)


async def test_unknown_command_is_treated_as_a_question(tg: Harness):
    reply = await tg.ask("/agreements_count")  # "agreements count": English words
    assert shown(reply).startswith("No exact answer. Did you mean:")
    assert "• Number of agreements signed" in shown(reply)
    assert f"e|{SEED_REF}|agreements-count" in callback_datas(reply)
    reply = await tg.ask("/foo")  # no command, no question: a hint, not "no answer"
    assert shown(reply).startswith("Команды /foo нет. /help — список команд")
    assert f"t|{SEED_REF}|corridor" in callback_datas(reply)


# ----------------------------------------------------------------------------- limits


async def test_every_message_is_within_telegram_limits(tg: Harness):
    """The longest replies the bot gives: each one message of at most 4096 characters."""
    for text in ("/help", "/figures", "/experts", "/topics", "/source", "/expert Ишмухамедов"):
        reply = await tg.ask(text)
        assert reply.params["parse_mode"] == "HTML"
        assert len(shown(reply)) <= 4096
    assert all(c.ok for c in tg.calls("sendMessage"))


# ----------------------------------------------------------------------------- errors


async def test_failed_send_is_logged_apologised_for_and_the_bot_keeps_serving(
    tg: Harness, caplog: pytest.LogCaptureFixture
):
    tg.errors_expected = True
    # A 500 is Telegram failing, not refusing: retried, and the user gets the answer.
    tg.fail_next("sendMessage", status=500, description="Internal Server Error")
    reply = await tg.ask("сколько соглашений подписали?")
    assert html(reply).startswith("<b>15 важных соглашений</b>")
    # A 400 is a refusal a retry cannot change: logged, and the user gets an apology.
    tg.fail_next("sendMessage", status=400, description="Bad Request: message is too long")
    before = len(tg.sent(tg.private))
    update_id = tg.say("сколько соглашений подписали?")
    reply = await tg.next_reply(tg.private, before)
    assert shown(reply) == (
        "Извините, что-то пошло не так. Попробуйте ещё раз или спросите иначе."
    )  # the answer was refused, so the next message in the chat is the apology
    failed = [c for c in tg.calls("sendMessage") if not c.ok]
    assert [(c.params["chat_id"], c.status) for c in failed] == [
        (tg.private, 500),
        (tg.private, 400),
    ]
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert any(f"update {update_id}" in r.getMessage() and r.exc_info for r in errors), errors

    following = await tg.ask("когда был визит?")
    assert html(following).startswith("<b>20 октября</b>")


async def test_a_blocked_user_gets_no_apology_and_others_are_served(
    tg: Harness, caplog: pytest.LogCaptureFixture
):
    tg.errors_expected = True
    tg.injected_failures += 1  # the refused send to the blocked chat
    blocked = tg.chat(2)
    tg.server.add_chat(blocked)
    tg.server.block(blocked)
    update_id = tg.say("сколько соглашений подписали?", chat_id=blocked)
    await until(lambda: any(f"update {update_id}" in r.getMessage() for r in caplog.records))
    reply = await tg.ask("когда был визит?")
    assert html(reply).startswith("<b>20 октября</b>")
    to_blocked = [c for c in tg.calls("sendMessage") if c.params["chat_id"] == blocked]
    assert [c.status for c in to_blocked] == [403]  # no apology attempted


async def test_the_token_never_reaches_the_logs(
    start_bot: StartBot, kb: KnowledgeBase, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.DEBUG)
    tg = await start_bot(kb)
    tg.errors_expected = True
    await tg.ask("/start")
    await tg.ask("сколько соглашений подписали?")
    tg.fail_next("sendMessage", status=500, description="Internal Server Error")
    await tg.ask("что сказал Гусейнов про энергетику")
    reply = await tg.ask("/figures")
    await tg.press_for_reply(reply, f"e|{SEED_REF}|agreements-count")
    await tg.inline("коридор")
    debug = [r for r in caplog.records if r.levelno == logging.DEBUG]
    assert any(r.name.startswith("telegram") for r in debug)  # PTB did log at DEBUG
    for record in caplog.records:
        assert SECRET not in record.getMessage(), record.name
    assert SECRET not in caplog.text


# ----------------------------------------------------------------------------- second briefing


@pytest.fixture
def two_briefings(tmp_path: Path) -> Path:
    """A knowledge folder with the real briefing and the invented ferry briefing (a
    sub-folder), laid out so each YAML's relative ``source:`` still finds its article."""
    folder = tmp_path / "knowledge"
    folder.mkdir()
    main_yaml = KNOWLEDGE / "aliyev-kazakhstan.yaml"
    shutil.copy(main_yaml, folder / main_yaml.name)
    source = yaml.safe_load(main_yaml.read_text(encoding="utf-8"))["briefing"]["source"]
    (folder / source).parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(KNOWLEDGE / source, folder / source)
    shutil.copytree(SECOND_BRIEFING, folder / "second-briefing")
    return folder


async def test_second_briefing_passes_check(
    two_briefings: Path, capsys: pytest.CaptureFixture[str]
):
    assert cli.main(["check", "--kb", str(two_briefings)]) == 0
    out = capsys.readouterr().out
    assert "OK: 2 briefing(s)" in out
    assert "caspian-ferry" in out


async def test_second_briefing_is_served_next_to_the_first(
    start_bot: StartBot, two_briefings: Path
):
    kb = load_knowledge(two_briefings)
    assert [b.id for b in kb.briefings] == ["aliyev-kazakhstan", "caspian-ferry"]
    quote = kb.briefings[1].answers[0].quotes[0].text
    tg = await start_bot(kb)

    # The global menu: built-ins and the default briefing's topics (the last loaded: undated).
    for lang in ("", "en"):
        names = [c["command"] for c in tg.server.commands(language_code=lang)]
        assert "ferry" in names and "briefings" in names and "corridor" not in names
        assert len(names) == len(set(names))
    en = {c["command"]: c["description"] for c in tg.server.commands(language_code="en")}
    assert en["ferry"] == "The Caspian Bridge ferry line"

    reply = await tg.ask("/ferry")
    assert shown(reply).startswith("📰 Открытие паромной линии «Каспийский мост»\n\nТема: Паромная")
    assert f"<blockquote>{escape(quote, quote=False)}</blockquote>" in html(reply)
    assert "— Дамир Сейткалиев, эксперт по морской логистике" in shown(reply)
    assert "Тестовый вестник" in shown(reply)
    ferry_ref = str(briefing_ref("caspian-ferry"))  # buttons name the briefing by its id's hash
    assert all(d.split("|")[1] == ferry_ref for d in callback_datas(reply))

    answer = await tg.ask("что сказал Сейткалиев о паромной линии")
    assert f"<blockquote>{escape(quote, quote=False)}</blockquote>" in html(answer)
    # A short citation is a copy button (Bot API 7.11): the client copies it, no round trip.
    markup = answer.params["reply_markup"]["inline_keyboard"]
    copied = [b["copy_text"]["text"] for row in markup for b in row if "copy_text" in b]
    assert len(copied) == 1 and "Тестовый вестник" in copied[0] and quote in copied[0]
    assert len(copied[0]) <= 256
    figure = await tg.ask("сколько грузов перевезёт паромная линия?")
    ferry = "<i>📰 Открытие паромной линии «Каспийский мост»</i>"
    assert html(figure).startswith(f"{ferry}\n\n<b>300 тысяч тонн</b>")

    # The first briefing is served as before, each answer saying which briefing it is from.
    first = await tg.ask("сколько соглашений подписали?")
    visit = "<i>📰 Государственный визит Ильхама Алиева в Казахстан</i>"
    assert html(first).startswith(f"{visit}\n\n<b>15 важных соглашений</b>")
    start = shown(await tg.ask("/start"))
    assert "Тестовый вестник" in start and "/briefings" in start
    assert "/ferry — " in shown(await tg.ask("/help"))


async def test_a_server_that_refuses_descriptions_does_not_stop_the_bot(
    kb: KnowledgeBase, caplog: pytest.LogCaptureFixture
):
    """An older or stricter Bot API server may refuse set-up calls; answering must go on."""
    server = FakeBotApi(token=TOKEN, bot_username=USERNAME)
    await server.start()
    server.fail_next(
        "setMyDescription", status=400, description="Bad Request: not supported", times=2
    )
    server.fail_next("setMyCommands", status=500, times=1)
    service = BotService(kb, _settings(server))
    try:
        await service.start()
        server.user_message("сколько соглашений подписали?", chat_id=7301)
        calls = await server.wait_for("sendMessage", count=1, timeout=10)
        assert "15 важных соглашений" in calls[0].params["text"]
        assert server.commands(language_code="en")  # the other language still registered
        assert any("failed at start-up" in r.getMessage() for r in caplog.records)
    finally:
        await _stop(server, service)


async def test_a_rejected_token_never_reaches_the_output():
    """`briefbot run` with a token the server rejects: a clear message, exit 1, no token."""
    import os
    import sys

    async with FakeBotApi(token=TOKEN, bot_username=USERNAME) as server:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BRIEFBOT_"))}
        env |= {
            "TELEGRAM_BOT_TOKEN": "999999:WRONGSECRETWRONGSECRET",
            "TELEGRAM_API_BASE_URL": server.base_url,
            "BRIEFBOT_SQLITE_PATH": str(Path(tempfile.mkdtemp()) / "bot.sqlite3"),
        }
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.cli",
            "run",
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
            env=env,
        )
        output, _ = await asyncio.wait_for(process.communicate(), timeout=60)
    text = output.decode("utf-8", "replace")
    assert process.returncode == 1, text
    assert "WRONGSECRET" not in text
    assert "rejected TELEGRAM_BOT_TOKEN" in text


async def test_a_drafted_briefing_is_served_over_telegram_once_drafts_are_allowed(
    start_bot: StartBot, tmp_path: Path
):
    """extract → (unreviewed) → the real Application answers from it with drafts allowed."""
    from bot.extraction.draft import extract
    from bot.extraction.writer import to_yaml
    from bot.knowledge.drafts import servable

    article = tmp_path / "seeds" / "ferry-news.txt"
    article.parent.mkdir()
    shutil.copy(SECOND_BRIEFING / "article.ru.txt", article)
    output = tmp_path / "knowledge" / "ferry-news.yaml"
    output.parent.mkdir()
    output.write_text(to_yaml(extract(article).briefing, output), encoding="utf-8")
    kb = load_knowledge(output.parent)
    assert servable(kb, allow_drafts=False).briefings == ()  # unreviewed: nothing to serve

    drafted = servable(kb, allow_drafts=True)
    briefing = drafted.briefings[0]
    quote = next(a for a in briefing.answers if a.speaker is not None).quotes[0]
    tg = await start_bot(drafted)
    names = [c["command"] for c in tg.server.commands(language_code="")]
    assert {t.command for t in briefing.topics} <= set(names)
    speaker = briefing.expert(next(a for a in briefing.answers if quote in a.quotes).speaker)
    assert speaker is not None and speaker.name == "Дамир Сейткалиев"
    reply = await tg.ask(f"что сказал {speaker.surname}")
    assert "Сейткалиев" in shown(reply)
    his = [q.text for a in briefing.answers if a.speaker == speaker.id for q in a.quotes]
    assert any(escape(text[:40], quote=False) in html(reply) for text in his)
    figure = await tg.ask("сколько тонн грузов сможет перевозить линия?")
    assert "300 тысяч тонн" in shown(figure)


# ----------------------------------------------------------------------------- many briefings


@pytest.fixture
def many_briefings(two_briefings: Path) -> Path:
    """The seed, three briefings generated from it (names, capital and corridor renamed) and
    the ferry briefing, which is the default: the last loaded, none being dated."""
    from bench.briefings import generate

    generate(two_briefings, 3)  # each YAML at the top is a briefing (a sub-folder is one)
    return two_briefings


def _chat_menu(tg: Harness, chat_id: int, lang: str = "") -> list[str]:
    return [c["command"] for c in tg.server.commands({"type": "chat", "chat_id": chat_id}, lang)]


async def test_briefings_chooser_sets_the_chats_menu_and_its_topic_commands(
    start_bot: StartBot, many_briefings: Path
):
    kb = load_knowledge(many_briefings)
    assert kb.briefings[-1].id == "caspian-ferry"
    tg = await start_bot(kb)
    ferry = [t.command for t in kb.briefings[-1].topics]
    assert [c["command"] for c in tg.server.commands(language_code="")] == [*BUILTIN, *ferry]

    # /corridor is no topic of the chat's (default) briefing: the four that have it are offered.
    offer = await tg.ask("/corridor")
    assert "нет темы /corridor" in shown(offer)
    assert len(callback_datas(offer)) == 4
    assert all(d.startswith("k|") and d.endswith("|t:corridor") for d in callback_datas(offer))

    listing = await tg.ask("/briefings")
    assert "Брифинги (5)" in shown(listing)
    chosen = await tg.press_for_reply(listing, f"b|{SEED_REF}|aliyev-kazakhstan")
    assert "Брифинг: Государственный визит Ильхама Алиева в Казахстан" in shown(chosen)
    await tg.server.wait_for(
        "setMyCommands",
        predicate=lambda c: (c.params.get("scope") or {}).get("chat_id") == tg.private,
        count=2,
    )
    seed_topics = [t.command for t in kb.briefing("aliyev-kazakhstan").topics]
    assert _chat_menu(tg, tg.private) == [*BUILTIN, *seed_topics]
    assert _chat_menu(tg, tg.private, "en") == [*BUILTIN, *seed_topics]
    assert _chat_menu(tg, tg.chat(2)) == []  # other chats keep the global menu

    # Now /corridor is the chat's briefing's topic, and /ferry is offered from the ferry one.
    topic = await tg.ask("/corridor")
    assert shown(topic).startswith("📰 Государственный визит Ильхама Алиева в Казахстан")
    assert "Тема: Средний коридор" in shown(topic)
    assert "нет темы /ferry" in shown(await tg.ask("/ferry"))


async def test_a_question_several_briefings_answer_offers_the_choice(
    start_bot: StartBot, many_briefings: Path
):
    kb = load_knowledge(many_briefings)
    tg = await start_bot(kb)
    # The chat is in the ferry briefing; four visit briefings answer this alike.
    offer = await tg.ask("сколько соглашений подписали?")
    assert shown(offer).startswith("Это есть в нескольких брифингах")
    datas = callback_datas(offer)
    assert len(datas) == 4 and all(d.startswith("k|") for d in datas)
    generated = next(b for b in kb.briefings if b.id.startswith("gen001"))
    data = next(d for d in datas if d.startswith(f"k|{briefing_ref(generated.id)}|"))
    answer = await tg.press_for_reply(offer, data)
    assert shown(answer).startswith(f"📰 {generated.title}")
    assert "15 важных соглашений" in shown(answer)
    await tg.server.wait_for(
        "setMyCommands",
        predicate=lambda c: (c.params.get("scope") or {}).get("chat_id") == tg.private,
        count=2,
    )
    # The choice made it the chat's briefing: the same question is now answered from it.
    again = await tg.ask("сколько соглашений подписали?")
    assert shown(again).startswith(f"📰 {generated.title}")

    # Naming one generated briefing's expert answers from that briefing, labelled with it.
    other = next(b for b in kb.briefings if b.id.startswith("gen002"))
    expert = other.experts[0]
    named = await tg.ask(f"что сказал {expert.surname} про энергетику", chat_id=tg.chat(3))
    assert shown(named).startswith(f"📰 {other.title}")
    assert expert.name in shown(named)

    # Inline cards search every briefing and say which one each comes from.
    cards = await tg.inline(f"{other.experts[0].surname} энергетика")
    assert cards["results"] and cards["results"][0]["description"].startswith(f"📰 {other.title}")
