"""Record everything briefbot shows users, so a refactor can prove it changed nothing.

``python -m tests.support.snapshot OUT`` writes, under OUT:
- ``ask-ru.jsonl`` / ``ask-en.jsonl``: ``briefbot ask --json`` for every evaluation question
  (each standing alone), with the Russian and the English interface;
- ``conversation.jsonl``: the same questions as one ``--conversation`` stream, plus scripted
  follow-up dialogues;
- ``telegram.jsonl``: through the real Application and the local Bot API server, every
  question's HTML and keyboard, the reply to every button under it, every command, and
  every question as an inline query;
- ``extract/``: the drafts ``briefbot extract`` writes for the seed and every fixture article.

Compare two runs with ``diff -r``. Nothing here asserts: it is a recorder for refactors.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from telegram import Update

from bot.knowledge import load_knowledge
from bot.settings import PROJECT_ROOT, Settings
from bot.transport.telegram_app import build_application
from tests.support.botapi import FakeBotApi

EVAL_FILES = sorted((PROJECT_ROOT / "tests" / "eval").glob("*.yaml")) + sorted(
    (PROJECT_ROOT / "tests" / "fixtures" / "extraction").glob("*/questions.yaml")
)
DIALOGUES = [
    [
        "что сказал Гусейнов про энергетику?",
        "а что он сказал про Транскаспийский маршрут?",
        "а Тусупбеков?",
        "а цифры?",
        "ещё",
        "ещё",
        "ещё",
    ],
    ["/corridor", "ещё", "а цифры?", "а Ишмухамедов?", "а он про туризм?"],
    ["/expert Тусупбеков", "а что он про Зангезур?", "а цифры?", "ещё"],
    ["какие цифры привёл Ишмухамедов", "а Гусейнов?", "а про энергетику?"],
    ["ещё", "а цифры?", "а он?", "привет", "спасибо", "что ты умеешь?"],
    ["/energy", "а Гусейнов?", "а Тусупбеков?", "ещё"],
]
COMMANDS = [
    "/start",
    "/help",
    "/experts",
    "/figures",
    "/topics",
    "/source",
    "/expert",
    "/expert Гусейнов",
    "/expert Ишмухамедова",
    "/expert политолог",
    "/expert Алиев",
    "/ask",
    "/ask сколько соглашений",
    "/unknowncmd",
    "/start corridor",
]
TOKEN = "123456:SNAP-token"


def questions() -> list[str]:
    seen: dict[str, None] = {}
    for path in EVAL_FILES:
        for raw in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            seen.setdefault(str(raw.get("q", "")), None)
    return list(seen)


def run_cli(args: list[str], stdin: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT_ROOT,
    )
    return result.stdout


def cli_snapshots(out: Path, asked: list[str]) -> None:
    lines = "\n".join(asked) + "\n"
    (out / "ask-ru.jsonl").write_text(run_cli(["ask", "--json"], lines), encoding="utf-8")
    (out / "ask-en.jsonl").write_text(
        run_cli(["ask", "--json", "--lang", "en"], lines), encoding="utf-8"
    )
    parts = [run_cli(["ask", "--json", "--conversation"], lines)]
    for dialogue in DIALOGUES:
        parts.append(run_cli(["ask", "--json", "--conversation"], "\n".join(dialogue) + "\n"))
    (out / "conversation.jsonl").write_text("".join(parts), encoding="utf-8")


def extraction_snapshots(out: Path) -> None:
    folder = out / "extract"
    folder.mkdir(exist_ok=True)
    articles = [PROJECT_ROOT / "seeds" / "aliyev-state-visit-kazakhstan.ru.txt"]
    articles += sorted((PROJECT_ROOT / "tests" / "fixtures" / "extraction").glob("*/article.txt"))
    articles += sorted((PROJECT_ROOT / "tests" / "fixtures" / "traps").glob("*.txt"))
    for number, article in enumerate(articles):
        target = folder / f"{number:03d}-{article.parent.name}-{article.stem}.yaml"
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "bot.cli",
                "extract",
                str(article),
                "-o",
                str(target),
                "--force",
            ],
            capture_output=True,
            text=True,
            cwd=PROJECT_ROOT,
        )
        log = folder / f"{target.stem}.log"
        output = (result.stdout + result.stderr).replace(str(out), "OUT")
        log.write_text(f"exit {result.returncode}\n{output}", "utf-8")


class Recorder:
    """Pushes updates in batches and waits until the bot falls silent."""

    def __init__(self, server: FakeBotApi) -> None:
        self.server = server

    async def quiet(self, pushed: list[int]) -> None:
        for update_id in pushed:
            await self.server.wait_delivered(update_id, timeout=60)
        count = -1
        while count != len(self.server.calls):
            count = len(self.server.calls)
            await asyncio.sleep(0.4)

    def sent(self, chat_id: int, start: int = 0) -> list[dict[str, Any]]:
        return [
            {"text": c.params["text"], "markup": c.params.get("reply_markup")}
            for c in self.server.calls[start:]
            if c.method == "sendMessage" and c.params.get("chat_id") == chat_id
        ]

    def last_bot_message(self, chat_id: int) -> tuple[int, list[str]] | None:
        for call in reversed(self.server.calls):
            if call.method == "sendMessage" and call.ok and call.params.get("chat_id") == chat_id:
                markup = call.params.get("reply_markup") or {}
                datas = [
                    b["callback_data"]
                    for row in markup.get("inline_keyboard", [])
                    for b in row
                    if "callback_data" in b
                ]
                return int(call.result["message_id"]), datas
        return None


async def telegram_snapshots(out: Path, asked: list[str]) -> None:
    kb = load_knowledge(PROJECT_ROOT / "knowledge")
    server = FakeBotApi(token=TOKEN, bot_username="snap_bot")
    await server.start()
    app = build_application(
        kb, Settings(telegram_bot_token=TOKEN, telegram_api_base_url=server.base_url)
    )
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1, allowed_updates=Update.ALL_TYPES)
    recorder = Recorder(server)
    records: list[dict[str, Any]] = []
    try:
        messages = [(q, "ru") for q in asked + COMMANDS] + [(q, "en") for q in asked[:150]]
        messages += [(q, "en") for q in COMMANDS]
        chats: list[tuple[int, str, str]] = []
        for start in range(0, len(messages), 150):
            batch = messages[start : start + 150]
            pushed = []
            for offset, (text, lang) in enumerate(batch, start=start):
                chat_id = 100_000 + offset
                chats.append((chat_id, text, lang))
                pushed.append(server.user_message(text, chat_id=chat_id, language_code=lang))
            await recorder.quiet(pushed)
        for chat_id, text, lang in chats:
            records.append({"chat": chat_id, "asked": text, "lang": lang, "replies": []})
            records[-1]["replies"] = recorder.sent(chat_id)
        # Every button under every reply, pressed in rounds (one press per chat per round).
        buttons: dict[int, tuple[int, list[str]]] = {}
        for chat_id, _, _ in chats:
            last = recorder.last_bot_message(chat_id)
            if last is not None:
                buttons[chat_id] = last
        round_number = 0
        while True:
            presses = [
                (chat_id, message_id, datas[round_number])
                for chat_id, (message_id, datas) in buttons.items()
                if round_number < len(datas)
            ]
            if not presses:
                break
            mark = len(server.calls)
            pushed = [
                server.callback_press(chat_id, message_id, data, language_code="ru")
                for chat_id, message_id, data in presses
            ]
            await recorder.quiet(pushed)
            for chat_id, _, data in presses:
                answers = [
                    c.params.get("text", "")
                    for c in server.calls[mark:]
                    if c.method == "answerCallbackQuery"
                ]
                records.append(
                    {
                        "chat": chat_id,
                        "pressed": data,
                        "replies": recorder.sent(chat_id, mark),
                        "alerts": sorted(a for a in answers if a),
                    }
                )
            round_number += 1
        # Inline queries.
        inline = [q for q in asked if len(q) <= 256] + [""]
        for start in range(0, len(inline), 200):
            pushed = []
            for offset, text in enumerate(inline[start : start + 200], start=start):
                pushed.append(server.inline_query(text, user_id=500_000 + offset))
            await recorder.quiet(pushed)
            for update_id, text in zip(pushed, inline[start : start + 200], strict=True):
                answer = server.inline_answers.get(server.inline_query_id(update_id))
                records.append({"inline": text, "answer": answer})
        # Dialogues.
        for number, dialogue in enumerate(DIALOGUES):
            chat_id = 900_000 + number
            for text in dialogue:
                mark = len(server.calls)
                await recorder.quiet([server.user_message(text, chat_id=chat_id)])
                records.append(
                    {"dialogue": number, "asked": text, "replies": recorder.sent(chat_id, mark)}
                )
        commands = {lang: server.commands(language_code=lang) for lang in ("", "en")}
        records.append({"commands": commands})
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await server.stop()
    with (out / "telegram.jsonl").open("w", encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0])
    parts = set(args[1:]) or {"cli", "telegram", "extract"}
    out.mkdir(parents=True, exist_ok=True)
    asked = questions()
    if "cli" in parts:
        cli_snapshots(out, asked)
    if "extract" in parts:
        extraction_snapshots(out)
    if "telegram" in parts:
        asyncio.run(telegram_snapshots(out, asked))
    print(f"{len(asked)} questions recorded under {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
