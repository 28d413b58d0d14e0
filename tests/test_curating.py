"""The curator's loop end to end, on both engines: the real python-telegram-bot Application
as ``briefbot run`` serves it (``BotService``: journal, workers, the store) against the local
Bot API server, with a knowledge folder of the test's own that it reloads.

What each test proves:

- every logged field, for each band, chat type and client language, equals what the reply
  was (the same question asked of a ``Session`` directly) — and button presses and inline
  queries are not logged;
- a dump of the database (SQLite's ``iterdump``, PostgreSQL's ``COPY`` of every table) holds
  no user id, chat id, name, username, group title nor the hash key;
- 👍 / 👎 sit under answers only, and each reader's first vote is the one that counts;
- the admin commands answer admins (own per-chat menu, statistics, the CSV document, the
  reload report with the content hash) and, for anyone else or in a group, are exactly the
  unknown-command reply;
- a broken edit while readers ask keeps the last good knowledge serving, and the admins
  get the problem with its file and line (and the log an ERROR);
- a reload while readers ask never gives a half-loaded answer: every reply is wholly the
  old version's or wholly the new one's, per chat old-then-new, none lost.

Proofs are counts and contents; the durations are reported (storage summary), never asserted.
"""

from __future__ import annotations

import asyncio
import csv
import io
import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.answering.reply import Reply
from bot.answering.session import Session
from bot.curation.knowledge import KnowledgeSource
from bot.curation.privacy import Pseudonyms, key_file, load_key
from bot.curation.querylog import nearest, normalize_question
from bot.knowledge import load_knowledge
from bot.knowledge.commands import ADMIN_COMMANDS, BUILTIN_COMMANDS
from bot.rendering.html import render_html
from bot.settings import PROJECT_ROOT, Settings
from bot.storage import Store
from bot.transport.callbacks import decode_vote, encode
from bot.transport.service import BotService
from tests.support.botapi import Call, FakeBotApi
from tests.support.databases import Database
from tests.support.knowledge_edits import (
    NEW_MEASURES,
    Q_NOT_GIVEN,
    YAML_NAME,
    broken,
    broken_line,
    edit,
    knowledge_copy,
    version_b,
)

TOKEN = "123456:CURATOR-test-token"
USERNAME = "briefbot_curator_bot"
HASH_KEY = "curator-test-hash-key-0123456789abcdef"
TIMEOUT = 30.0  # a guard against a hang, never a measurement

ADMIN = 918273001  # a private chat's id is its user's id
READER = 918273002
GROUP = -1009182736455
MEMBERS = (918273011, 918273012)

Q_ANSWER = "сколько соглашений подписали?"
Q_SUGGEST = "коридор цифры"
Q_NONE = "что сказал Эрдоган"


def report(request: pytest.FixtureRequest, line: str) -> None:
    request.node.user_properties.append(("storage", line))


def shown(call: Call) -> str:
    return str(call.result["text"])


def datas(call: Call) -> list[str]:
    markup = call.params.get("reply_markup") or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


def without_votes(call: Call) -> list[str]:
    return [d for d in datas(call) if decode_vote(d) is None]


def expected(reply: Reply) -> tuple[str, list[str]]:
    """What the bot sends for a reply: its first message's HTML and its buttons' data."""
    buttons = [encode(b) for row in reply.buttons for b in row if not b.copy]
    return render_html(reply)[0], [d for d in buttons if d is not None]


def sent(call: Call) -> tuple[str, list[str]]:
    return str(call.params["text"]), without_votes(call)


# ---------------------------------------------------------------------- a bot of the test's own
@dataclass
class Running:
    server: FakeBotApi
    service: BotService
    database: Database
    knowledge: Path
    settings: Settings
    last_update_id: int = 0

    @property
    def store(self) -> Store:
        assert self.service.store is not None
        return self.service.store

    def replies(self, chat_id: int) -> list[Call]:
        return [
            c
            for c in self.server.calls_to("sendMessage")
            if c.ok and c.params.get("chat_id") == chat_id
        ]

    async def ask(self, text: str, chat_id: int, **kwargs: Any) -> Call:
        """Send a message and return the bot's next reply in that chat."""
        before = len(self.replies(chat_id))
        self.last_update_id = self.server.user_message(text, chat_id=chat_id, **kwargs)
        calls = await self.server.wait_for(
            "sendMessage",
            before + 1,
            timeout=TIMEOUT,
            predicate=lambda c: c.params.get("chat_id") == chat_id,
        )
        return calls[before]

    async def press(self, reply: Call, data: str, user_id: int, **kwargs: Any) -> str:
        """A reader presses a button; the text of the callback answer (a toast)."""
        update_id = self.server.callback_press(
            reply.params["chat_id"], reply.result["message_id"], data, user_id=user_id, **kwargs
        )
        query_id = self.server.update(update_id)["callback_query"]["id"]
        await self.server.wait_for(
            "answerCallbackQuery",
            timeout=TIMEOUT,
            predicate=lambda c: c.params.get("callback_query_id") == query_id,
        )
        return str(self.server.callback_answers[query_id].get("text", ""))

    async def until(self, condition: Callable[[], bool]) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + TIMEOUT
        while not condition():
            assert loop.time() < deadline, "condition not met in time"
            await asyncio.sleep(0.02)


StartBot = Callable[..., Any]


@pytest_asyncio.fixture
async def start_bot(database: Database, tmp_path: Path) -> AsyncIterator[Callable[..., Any]]:
    running: list[Running] = []

    async def start(
        *, admins: tuple[int, ...] = (ADMIN,), poll: float = 0.2, watch: bool = True
    ) -> Running:
        knowledge = knowledge_copy(tmp_path / f"site-{len(running)}")
        server = FakeBotApi(token=TOKEN, bot_username=USERNAME)
        await server.start()
        settings = Settings(
            telegram_bot_token=TOKEN,
            telegram_api_base_url=server.base_url,
            briefbot_sqlite_path=database.sqlite_path,
            database_url=database.url,
            # SQLite: the key file is generated beside the database, as on a first start.
            briefbot_hash_key=HASH_KEY if database.url else None,
            briefbot_admin_ids=admins,
            briefbot_knowledge=knowledge,
            briefbot_knowledge_poll_seconds=poll,
            briefbot_replica_id="solo",
            # A local server has no flood limits, and the traffic tests ask fast.
            briefbot_user_questions_per_minute=1_000_000,
            briefbot_sends_per_second=1_000_000,
            briefbot_chat_sends_per_second=1_000_000,
            briefbot_group_sends_per_minute=1_000_000,
        )
        source = KnowledgeSource(knowledge) if watch else None
        service = BotService(load_knowledge(knowledge), settings, source=source)
        await service.start()
        bot = Running(server, service, database, knowledge, settings)
        running.append(bot)
        return bot

    yield start
    for bot in running:
        await bot.service.stop()
        await bot.server.stop()


@pytest.fixture(scope="module")
def session() -> Session:
    return Session.create(load_knowledge(PROJECT_ROOT / "knowledge"))


# ---------------------------------------------------------------------- the query log
async def test_every_logged_field_is_what_the_reply_was(start_bot: StartBot, session: Session):
    bot = await start_bot()
    pseudonyms = Pseudonyms(load_key(bot.settings))
    before = datetime.now(UTC)
    asked: list[tuple[int, str, int, int, str, str | None]] = []

    async def ask(
        text: str, chat: int, chat_type: str = "private", user: int | None = None, **kw: Any
    ) -> Call:
        reply = await bot.ask(text, chat, chat_type=chat_type, user_id=user, **kw)
        lang = "en" if kw.get("language_code") == "en" else None
        asked.append((bot.last_update_id, text, chat, user or chat, chat_type, lang))
        return reply

    for text in (Q_ANSWER, Q_NOT_GIVEN, Q_SUGGEST, Q_NONE, "/help", "/foo", "/ask " + Q_ANSWER):
        await ask(text, READER)
    english = await ask("What did Huseynov say about energy?", READER + 1, language_code="en")
    await ask(f"@{USERNAME} {Q_NONE}", GROUP, "group", user=MEMBERS[0])
    # Not questions: a button press and an inline query are not logged.
    await bot.press(english, without_votes(english)[0], READER + 1, language_code="en")
    bot.server.inline_query("коридор", user_id=READER)
    await bot.server.wait_for("answerInlineQuery", timeout=TIMEOUT)
    after = datetime.now(UTC)

    rows = await asyncio.to_thread(bot.store.queries)
    assert [r.ref for r in rows] == [update_id for update_id, *_ in asked]
    for row, (_, text, chat, user, chat_type, lang) in zip(rows, asked, strict=True):
        question = text.replace(f"@{USERNAME}", "").strip()  # groups: without the mention
        reply = session.ask(question, lang=lang)
        assert before <= row.asked_at <= after, row
        assert row.chat_type == chat_type
        assert row.language == reply.language
        assert row.question == question
        assert row.normalized == normalize_question(question)
        assert row.band == reply.kind.value, (text, row.band)
        assert (row.briefing, row.entry) == nearest(reply, session.kb)
        assert row.score == reply.score
        assert row.latency_ms >= 0
        assert row.user == pseudonyms.user(user) and row.chat == pseudonyms.chat(chat)
    found = {r.question: (r.band, r.briefing, r.entry) for r in rows}
    assert found[Q_ANSWER] == ("answer", "aliyev-kazakhstan", "agreements-count")
    assert found[Q_NOT_GIVEN][:2] == ("not_given", "aliyev-kazakhstan")
    assert found[Q_SUGGEST][0] == "suggest" and found[Q_SUGGEST][2]  # its nearest entry
    assert found[Q_NONE] == ("none", None, None)
    assert found["/help"][0] == "info" and found["/foo"][0] == "info"
    assert found["/ask " + Q_ANSWER][0] == "answer"
    assert {r.chat_type for r in rows} == {"private", "group"}
    assert {r.language for r in rows} == {"ru", "en"}


# ---------------------------------------------------------------------- privacy
async def test_no_id_name_or_username_anywhere_in_a_dump(start_bot: StartBot):
    bot = await start_bot()
    people = {
        READER: ("Zebulon", "Quartzberg", "zeb_quartz_42"),
        MEMBERS[0]: ("Ottilie", "Vanderpump", "ottilie_vdp"),
        MEMBERS[1]: ("Xanthippe", "Moonwhistle", "xanthi_moon"),
    }
    title = "Secret Press Pool Omega"
    bot.server.add_chat(GROUP, "supergroup", title=title, username="secret_pool")

    def profile(user: int) -> dict[str, Any]:
        first, _last, username = people[user]
        return {"first_name": first, "username": username}

    # While an update waits for its answer, the journal needs its ids (to reply), never the
    # sender's profile: held at sendMessage, the row is there, without names.
    bot.server.delay_next("sendMessage", 3)
    waiting = bot.ask(Q_ANSWER, READER, **profile(READER))
    pending = asyncio.ensure_future(waiting)
    await bot.server.wait_held("sendMessage", timeout=TIMEOUT)
    in_hand = await asyncio.to_thread(bot.database.dump)
    assert Q_ANSWER in in_hand and str(READER) in in_hand
    assert not any(word in in_hand for word in people[READER])
    await pending
    for text in (Q_NOT_GIVEN, "/stats", f"напишите {people[READER][0]}"):
        await bot.ask(text, READER, **profile(READER))
    answer = await bot.ask(
        f"@{USERNAME} {Q_ANSWER}",
        GROUP,
        chat_type="supergroup",
        user_id=MEMBERS[0],
        **profile(MEMBERS[0]),
    )
    await bot.ask(
        f"@{USERNAME} а Гусейнов?",
        GROUP,
        chat_type="supergroup",
        user_id=MEMBERS[1],
        **profile(MEMBERS[1]),
    )
    for member in MEMBERS:
        down = next(d for d in datas(answer) if d.startswith("v|-|"))
        await bot.press(answer, down, member, first_name=people[member][0])
    await bot.until(lambda: bot.store.pending_count() == 0)

    dump = await asyncio.to_thread(bot.database.dump)
    assert "Secret Press Pool" not in dump and "secret_pool" not in dump
    for user, (first, last, username) in people.items():
        assert str(user) not in dump
        assert first not in dump.replace(f"напишите {people[READER][0]}", ""), first
        assert last not in dump and username not in dump
    assert str(GROUP) not in dump and str(-GROUP) not in dump
    key = load_key(bot.settings).decode()
    assert key not in dump
    # The questions are there (that is the point), pseudonymous: the typed name is the
    # reader's own words, not their profile.
    assert Q_NOT_GIVEN in dump and "напишите Zebulon" in dump
    assert dump.count(Pseudonyms(key.encode()).user(READER)) >= 4
    if bot.database.url is None:  # SQLite: the key lives beside the file, for its owner only
        assert key_file(bot.settings.briefbot_sqlite_path).stat().st_mode & 0o077 == 0


# ---------------------------------------------------------------------- votes
async def test_readers_vote_once_per_reply_and_only_under_answers(start_bot: StartBot):
    bot = await start_bot()
    answer = await bot.ask(f"@{USERNAME} {Q_ANSWER}", GROUP, chat_type="group", user_id=MEMBERS[0])
    ref = bot.last_update_id
    markup = answer.params["reply_markup"]["inline_keyboard"]
    assert [b["text"] for b in markup[-1]] == ["👍", "👎 не то"]
    assert [b["callback_data"] for b in markup[-1]] == [f"v|+|{ref}", f"v|-|{ref}"]
    mention = f"@{USERNAME} "
    for text in (mention + Q_NOT_GIVEN, mention + Q_SUGGEST, mention + Q_NONE, "/help@" + USERNAME):
        other = await bot.ask(text, GROUP, chat_type="group", user_id=MEMBERS[0])
        assert not any(decode_vote(d) for d in datas(other)), text

    first, second = MEMBERS
    assert await bot.press(answer, f"v|-|{ref}", first) == (
        "Спасибо! Мы посмотрим, что не так с этим ответом."
    )
    assert await bot.press(answer, f"v|+|{ref}", first) == "Вы уже оценили этот ответ."
    assert await bot.press(answer, f"v|-|{ref}", first) == "Вы уже оценили этот ответ."
    assert await bot.press(answer, f"v|+|{ref}", second, language_code="en") == (
        "Thanks for the vote!"
    )
    assert await asyncio.to_thread(bot.store.votes, ref) == (1, 1)  # first votes only
    [disputed] = await asyncio.to_thread(bot.store.disputed, datetime(2000, 1, 1, tzinfo=UTC))
    assert (disputed.ref, disputed.question, disputed.entry) == (ref, Q_ANSWER, "agreements-count")
    # A forged vote for a reply that was never logged is refused politely.
    assert await bot.press(answer, "v|+|999999", second, check_button=False) == (
        "Этот ответ больше нельзя оценить."
    )
    english = await bot.ask("How many agreements were signed?", READER, language_code="en")
    labels = [b["text"] for b in english.params["reply_markup"]["inline_keyboard"][-1]]
    assert labels == ["👍", "👎 not it"]


# ---------------------------------------------------------------------- admins
async def test_admin_commands_for_admins_and_unknown_commands_for_everyone_else(
    start_bot: StartBot, session: Session
):
    bot = await start_bot()
    # Menus: admins get their own per-chat menu with the admin commands, nobody else does.
    topics = [t.command for t in session.kb.briefings[0].topics]
    for lang in ("", "en"):
        everyone = [c["command"] for c in bot.server.commands(language_code=lang)]
        admin = [
            c["command"]
            for c in bot.server.commands({"type": "chat", "chat_id": ADMIN}, language_code=lang)
        ]
        assert everyone == [*BUILTIN_COMMANDS, *topics]
        assert admin == [*BUILTIN_COMMANDS, *ADMIN_COMMANDS, *topics]
        assert len(admin) <= 100
    assert bot.server.commands({"type": "chat", "chat_id": READER}) == []

    # Some traffic to report on.
    await bot.ask(Q_ANSWER, READER)
    disputed = bot.last_update_id
    answer = bot.replies(READER)[-1]
    await bot.press(answer, f"v|-|{disputed}", READER)
    for _ in range(2):
        await bot.ask(Q_NOT_GIVEN, READER + 1)
    await bot.ask(Q_NONE, READER + 2)

    # Anyone else, and admins outside a private chat: exactly the unknown-command reply (in
    # chats without history: an unknown command's words may follow up on the conversation).
    for number, name in enumerate(ADMIN_COMMANDS):
        stranger = READER + 10 + number
        got = await bot.ask(f"/{name}", stranger)
        assert sent(got) == expected(session.unknown_command(f"/{name}"))
        assert shown(got).startswith(f"Команды /{name} нет. /help — список команд")
        foo = await bot.ask("/foo", stranger + 100)
        assert shown(got) == shown(foo).replace("/foo", f"/{name}")
        assert without_votes(got) == without_votes(foo)
        in_group = await bot.ask(
            f"/{name}@{USERNAME}", GROUP - number, chat_type="group", user_id=ADMIN
        )
        assert sent(in_group) == expected(session.unknown_command(f"/{name}@{USERNAME}"))
    help_text = shown(await bot.ask("/help", READER))
    assert "/stats" not in help_text and "/reload" not in help_text

    stats = shown(await bot.ask("/stats", ADMIN))
    assert stats.startswith("Статистика (время UTC)")
    # Counted: the reader's questions, the others' /stats, /foo, /help (info), not the admin's.
    assert "Вопросов сегодня: 17 · за 7 дней" not in stats
    rows = await asyncio.to_thread(bot.store.queries)
    assert f"Вопросов сегодня: {len(rows)} · за 7 дн.: {len(rows)}" in stats
    assert "Отвечено за 7 дн.: 1 из 4 (25%)" in stats
    assert f"{Q_NOT_GIVEN} — 2× (not_given, aliyev-kazakhstan/" in stats
    assert f"{Q_ANSWER} → aliyev-kazakhstan/agreements-count: 👎 1, 👍 0" in stats

    before = len(bot.server.documents(ADMIN))
    unanswered = shown(await bot.ask("/unanswered", ADMIN))
    assert unanswered.startswith("Без ответа и оспоренные с ")
    await bot.server.wait_for(
        "sendDocument", before + 1, TIMEOUT, lambda c: c.params.get("chat_id") == ADMIN
    )
    [(name, content)] = bot.server.documents(ADMIN)[before:]
    assert name.startswith("unanswered-") and name.endswith(".csv")
    rows_csv = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"), newline="")))
    assert [(r["kind"], r["question"], r["times"]) for r in rows_csv] == [
        ("unanswered", Q_NONE, "1"),
        ("unanswered", Q_NOT_GIVEN, "2"),
        ("disputed", Q_ANSWER, "1"),
    ]
    assert rows_csv[2]["entry"] == "agreements-count" and rows_csv[2]["votes_down"] == "1"

    reloaded = shown(await bot.ask("/reload", ADMIN))
    digest = bot.service.bot.served.digest if bot.service.bot else None
    assert digest is not None
    assert reloaded.startswith("Перезагрузка базы знаний (запрос 1)")
    assert f"• solo: {digest[:12]}" in reloaded
    assert "Все реплики работают на одной версии." in reloaded
    assert digest == KnowledgeSource(bot.knowledge).load().digest
    admin = Pseudonyms(load_key(bot.settings)).user(ADMIN)
    logged = await asyncio.to_thread(bot.store.queries)
    # The admins' own commands are not questions; in a group they were unknown commands.
    assert [r.question for r in logged if r.user == admin] == [
        f"/{name}@{USERNAME}" for name in ADMIN_COMMANDS
    ]


# ---------------------------------------------------------------------- hot reload
@dataclass
class Traffic:
    """Readers asking without pause, each chat one question after the other, until told to
    stop; every reply kept with the question it answers."""

    bot: Running
    chats: list[int]
    questions: tuple[str, ...]
    replies: dict[int, list[tuple[str, Call]]]
    stopping: bool = False

    @classmethod
    def start(
        cls, bot: Running, chats: list[int], questions: tuple[str, ...]
    ) -> tuple[Traffic, asyncio.Future[list[None]]]:
        traffic = cls(bot, chats, questions, {chat: [] for chat in chats})
        return traffic, asyncio.gather(*(traffic._reader(chat) for chat in chats))

    async def _reader(self, chat: int) -> None:
        number = 0
        while not self.stopping:
            question = self.questions[number % len(self.questions)]
            self.replies[chat].append((question, await self.bot.ask(question, chat)))
            number += 1

    def count(self) -> int:
        return sum(len(replies) for replies in self.replies.values())


async def test_a_broken_edit_during_traffic_keeps_the_last_good_knowledge_and_tells_admins(
    start_bot: StartBot,
    session: Session,
    caplog: pytest.LogCaptureFixture,
    request: pytest.FixtureRequest,
):
    caplog.set_level(logging.INFO)
    unreachable = ADMIN + 500  # an admin who never started the bot cannot be written to
    bot = await start_bot(admins=(ADMIN, unreachable))
    bot.server.add_chat(ADMIN)
    assert bot.service.bot is not None and bot.service.reloader is not None
    good = bot.service.bot.served
    good_answer = expected(session.question(Q_ANSWER))
    traffic, readers = Traffic.start(bot, [READER + n for n in range(4)], (Q_ANSWER,))
    await bot.until(lambda: traffic.count() >= 8)

    line = broken_line((bot.knowledge / YAML_NAME).read_text(encoding="utf-8"))
    edit(bot.knowledge, broken)
    [told] = await bot.server.wait_for(
        "sendMessage", 1, TIMEOUT, lambda c: c.params.get("chat_id") == ADMIN
    )
    during = traffic.count()
    await bot.until(lambda: traffic.count() >= during + 8)  # readers still answered after
    traffic.stopping = True
    await readers

    text = shown(told)
    assert text.startswith("⚠️ Правка базы знаний не загружена (solo): 1 ошибк(и).")
    assert f"Бот отвечает по прежней версии {good.digest[:12]}" in text
    assert (
        f"• knowledge/{YAML_NAME}:{line}: figure 'agreements-count': value '16 важных соглашений' "
        "does not occur inside its span"
    ) in text
    assert bot.service.bot.served is good  # not a new object: nothing was swapped
    assert bot.service.reloader.failures == 1 and bot.service.reloader.reloads == 0
    replies = [call for chat in traffic.chats for _, call in traffic.replies[chat]]
    assert [sent(c) for c in replies if sent(c) != good_answer] == []
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert any(
        "not loaded (edit)" in r.getMessage() and f":{line}: " in r.getMessage() for r in errors
    )
    assert any("could not tell admin" in r.getMessage() for r in caplog.records)
    [state] = await asyncio.to_thread(bot.store.replicas)
    assert state.digest == good.digest and str(line) in (state.error or "")
    # Told once: the same broken files are not reported at every poll.
    await asyncio.sleep(bot.settings.briefbot_knowledge_poll_seconds * 3)
    assert len([c for c in bot.replies(ADMIN)]) == 1

    # /reload with the edit still broken: the report says so, the good version serves on.
    reloaded = shown(await bot.ask("/reload", ADMIN))
    assert f"solo: ошибка, работает прежняя {good.digest[:12]}" in reloaded
    assert sent(await bot.ask(Q_ANSWER, READER)) == good_answer
    report(
        request,
        f"{bot.database.engine}: broken edit under traffic: {len(replies)} answers, all from "
        f"the last good knowledge; admins told once",
    )


async def test_a_reload_under_load_never_gives_a_half_loaded_answer(
    start_bot: StartBot, request: pytest.FixtureRequest, tmp_path: Path
):
    bot = await start_bot()
    assert bot.service.bot is not None and bot.service.reloader is not None
    # What each version answers, computed apart from the bot: every reply must be one of them.
    old_kb = load_knowledge(bot.knowledge)
    staged = knowledge_copy(tmp_path / "staged")
    edit(staged, version_b)
    new_kb = load_knowledge(staged)
    versions = {
        name: {q: expected(Session.create(kb).question(q)) for q in (Q_ANSWER, Q_NOT_GIVEN)}
        for name, kb in (("old", old_kb), ("new", new_kb))
    }
    assert versions["old"][Q_NOT_GIVEN] != versions["new"][Q_NOT_GIVEN]
    assert NEW_MEASURES in versions["new"][Q_ANSWER][0]
    assert NEW_MEASURES not in versions["old"][Q_ANSWER][0]

    chats = [READER + n for n in range(8)]
    traffic, readers = Traffic.start(bot, chats, (Q_ANSWER, Q_NOT_GIVEN))
    await bot.until(lambda: traffic.count() >= 40)
    edited_at = time.monotonic()
    edit(bot.knowledge, version_b)
    await bot.until(lambda: bot.service.reloader is not None and bot.service.reloader.reloads == 1)
    swapped_after = time.monotonic() - edited_at
    at_swap = traffic.count()
    await bot.until(
        lambda: all(
            len(r) >= 4
            and sent(r[-1][1]) in (versions["new"][Q_ANSWER], versions["new"][Q_NOT_GIVEN])
            for r in traffic.replies.values()
        )
    )
    first_new = time.monotonic() - edited_at
    await bot.until(lambda: traffic.count() >= at_swap + 40)
    traffic.stopping = True
    await readers

    mixed: list[tuple[int, str, str]] = []
    counts = {"old": 0, "new": 0}
    for chat, replies in traffic.replies.items():
        seen = []
        for question, call in replies:
            version = next((v for v in ("old", "new") if sent(call) == versions[v][question]), None)
            if version is None:
                mixed.append((chat, question, shown(call)[:200]))
                continue
            counts[version] += 1
            seen.append(version)
        assert seen == sorted(seen, key=("old", "new").index), (chat, seen)  # old, then new
    assert mixed == []
    assert counts["old"] > 0 and counts["new"] > 0
    total = traffic.count()
    assert sum(counts.values()) == total
    logged = await asyncio.to_thread(bot.store.queries)
    assert len(logged) == total  # every question answered and logged once, none lost
    whole, proof = bot.service.reloader.last_seconds or (0.0, 0.0)
    report(
        request,
        f"{bot.database.engine}: reload under load: {total} questions from {len(chats)} chats "
        f"({counts['old']} old, {counts['new']} new, 0 mixed); edit -> swap "
        f"{swapped_after:.2f} s (poll {bot.settings.briefbot_knowledge_poll_seconds:g} s, "
        f"waits one poll for the edit to settle), reload {whole:.2f} s (load and proof "
        f"{proof:.2f} s), edit -> every chat on the new version {first_new:.2f} s",
    )


async def test_without_a_knowledge_folder_reload_is_an_unknown_command_even_for_admins(
    start_bot: StartBot, session: Session
):
    """A bot given a knowledge base in code (embedded) has nothing to reload."""
    bot = await start_bot(watch=False)
    assert bot.service.reloader is None
    got = await bot.ask("/reload", ADMIN)
    assert sent(got) == expected(session.unknown_command("/reload"))
    assert shown(await bot.ask("/stats", ADMIN)).startswith("Статистика")


async def test_an_admin_menu_refused_at_start_is_set_when_the_admin_writes(
    database: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    """Telegram refuses a chat's menu for a chat it does not know (an admin who never started
    the bot); the menu is set at the admin's first message."""
    server = FakeBotApi(token=TOKEN, bot_username=USERNAME)
    await server.start()
    # The four menus at start: everyone's and the admin's, in Russian and English.
    server.fail_next(
        "setMyCommands", status=400, description="Bad Request: chat not found", times=4
    )
    settings = Settings(
        telegram_bot_token=TOKEN,
        telegram_api_base_url=server.base_url,
        briefbot_sqlite_path=database.sqlite_path,
        database_url=database.url,
        briefbot_hash_key=HASH_KEY,
        briefbot_admin_ids=(ADMIN,),
    )
    service = BotService(load_knowledge(PROJECT_ROOT / "knowledge"), settings)
    try:
        await service.start()
        assert server.commands({"type": "chat", "chat_id": ADMIN}) == []
        server.user_message("/start", chat_id=ADMIN)
        await server.wait_for("sendMessage", 1, TIMEOUT)
        for lang in ("", "en"):
            menu = [c["command"] for c in server.commands({"type": "chat", "chat_id": ADMIN}, lang)]
            assert set(ADMIN_COMMANDS) <= set(menu)
        assert any("failed at start-up" in r.getMessage() for r in caplog.records)
    finally:
        await service.stop()
        await server.stop()


async def test_a_broken_briefing_among_others_is_left_out_on_reload_and_admins_told(
    start_bot: StartBot, caplog: pytest.LogCaptureFixture
):
    """Hot reload follows the start-up rule: a new briefing is served beside the seed; when
    an edit breaks it, it alone is left out (file:line in the log and to the admins) and the
    seed keeps answering from the new version."""
    from bench.briefings import generate

    bot = await start_bot()
    bot.server.add_chat(ADMIN)
    assert bot.service.bot is not None and bot.service.reloader is not None
    [made] = generate(bot.knowledge, 1)
    await bot.until(lambda: bot.service.bot.kb.briefing(made.id) is not None)

    caplog.set_level(logging.INFO)
    text = made.yaml.read_text(encoding="utf-8")
    line = broken_line(text)
    made.yaml.write_text(broken(text), encoding="utf-8")
    [told] = await bot.server.wait_for(
        "sendMessage", 1, TIMEOUT, lambda c: c.params.get("chat_id") == ADMIN
    )
    assert shown(told).startswith("⚠️ Брифинг с ошибками оставлен без ответа (solo): 1 ошибк(и).")
    assert f"• knowledge/{made.yaml.name}:{line}: figure 'agreements-count'" in shown(told)
    assert [b.id for b in bot.service.bot.kb.briefings] == ["aliyev-kazakhstan"]
    assert bot.service.reloader.reloads == 2 and bot.service.reloader.failures == 0
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("left out" in m and f"{made.yaml.name}:{line}:" in m for m in errors)
    answer = shown(await bot.ask(Q_ANSWER, READER))
    assert "📰" not in answer  # one briefing served again: no title line
