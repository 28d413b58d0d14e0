"""The local chat: the same bot in a terminal, for a machine without a Telegram token.

Interactive use gets line editing and history (readline); piped stdin is answered line by
line and the program exits at its end, so ``echo "вопрос" | make run`` works in scripts.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TextIO

from bot.answering.session import Session
from bot.knowledge.model import KnowledgeBase
from bot.rendering.plain import render_plain
from bot.settings import Settings

HISTORY_FILE = Path.home() / ".briefbot_history"
CONNECT_HINT = (
    "No TELEGRAM_BOT_TOKEN: chatting here in the terminal. To connect to Telegram, put the "
    "token from @BotFather into .env (see .env.example) and run `make run` again."
)
QUIT_WORDS = {"/quit", "/exit", "выход", "quit", "exit"}
CHAT = "terminal"  # the one conversation of a terminal session


def run_console(
    kb: KnowledgeBase,
    settings: Settings,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    session = Session.create(kb, settings)
    print(CONNECT_HINT, file=sys.stderr, flush=True)
    interactive = stdin.isatty() and stdout.isatty()
    if interactive:
        return _interactive(session, stdout)
    for line in stdin:
        question = line.rstrip("\r\n")
        if question.strip().lower() in QUIT_WORDS:
            break
        print(render_plain(session.ask(question, chat=CHAT)), file=stdout, flush=True)
        print(file=stdout, flush=True)
    return 0


def _interactive(session: Session, stdout: TextIO) -> int:
    try:
        import readline
    except ImportError:  # pragma: no cover - not on Linux
        readline = None  # type: ignore[assignment]
    if readline is not None:
        with contextlib.suppress(OSError):
            readline.read_history_file(HISTORY_FILE)
    print(render_plain(session.commands.start("ru")), file=stdout)
    print("\n/help — команды, Ctrl-D или /quit — выход.\n", file=stdout, flush=True)
    try:
        while True:
            try:
                question = input("вы> ")
            except EOFError:
                print(file=stdout)
                break
            except KeyboardInterrupt:
                print(file=stdout)
                continue
            if question.strip().lower() in QUIT_WORDS:
                break
            print(render_plain(session.ask(question, chat=CHAT)) + "\n", file=stdout, flush=True)
    finally:
        if readline is not None:
            with contextlib.suppress(OSError):
                readline.write_history_file(HISTORY_FILE)
    return 0
