"""The local chat: the same bot in a terminal, for a machine without a Telegram token.

Interactive use gets line editing and history (readline); piped stdin is answered line by
line and the program exits at its end, so ``echo "вопрос" | make run`` works in scripts.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TextIO

from bot.answering.reply import Button, Reply
from bot.answering.session import Session
from bot.answering.texts import t
from bot.knowledge.model import KnowledgeBase
from bot.matching.matcher import Matcher
from bot.rendering.plain import render_plain
from bot.settings import Settings

HISTORY_FILE = Path.home() / ".briefbot_history"
CONNECT_HINT = (
    "No TELEGRAM_BOT_TOKEN: chatting here in the terminal. To connect to Telegram, put the "
    "token from @BotFather into .env (see .env.example) and run `make run` again."
)
QUIT_WORDS = {"/quit", "/exit", "выход", "quit", "exit"}
CHAT = "terminal"  # the one conversation of a terminal session


class Chat:
    """One terminal conversation: the session, and the actions offered under the last reply
    (Telegram's buttons), chosen by their number or a word of their label."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.actions: list[Button] = []

    def reply_to(self, line: str) -> Reply:
        chosen = self.choice(line)
        if chosen is not None:
            lang = "en" if chosen.label.isascii() else "ru"
            reply = self.session.press(
                chosen.action, chosen.briefing, chosen.key, chat=CHAT, lang=lang
            )
            if reply is not None:
                return reply
        return self.session.ask(line, chat=CHAT)

    def choice(self, line: str) -> Button | None:
        """ "2" or "контекст": an action under the last reply, if the line names one."""
        text = line.strip().lower()
        if not text or not self.actions:
            return None
        if text.isdecimal() and text.isascii():
            number = int(text)
            return self.actions[number - 1] if 1 <= number <= len(self.actions) else None
        words = [_label_words(b.label) for b in self.actions]
        named = [b for b, label in zip(self.actions, words, strict=True) if label == text]
        named = named or [
            b for b, label in zip(self.actions, words, strict=True) if label.startswith(text)
        ]
        return named[0] if len(named) == 1 and len(text) >= 4 else None

    def show(self, reply: Reply) -> str:
        """The reply as text, then its actions numbered (what Telegram shows as buttons); a
        reply without actions (the context, a citation) keeps the previous ones."""
        actions = [button for row in reply.buttons for button in row]
        text = render_plain(reply)
        if not actions:
            return text
        self.actions = actions
        if not self.actions:
            return text
        lines = [t("actions", reply.language)]
        lines += [f"{n} — {button.label}" for n, button in enumerate(self.actions, start=1)]
        return f"{text}\n\n" + "\n".join(lines)


def _label_words(label: str) -> str:
    """A button's label without its emoji: "📄 Контекст" → "контекст"."""
    return "".join(ch for ch in label if ch.isalnum() or ch in " -:").strip().lower()


def run_console(
    kb: KnowledgeBase,
    settings: Settings,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    matcher: Matcher | None = None,
) -> int:
    """The terminal chat over ``kb`` (on ``matcher`` when one was built for it already)."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    session = Session.create(kb, settings, matcher=matcher)
    print(CONNECT_HINT, file=sys.stderr, flush=True)
    interactive = stdin.isatty() and stdout.isatty()
    if interactive:
        return _interactive(session, stdout)
    chat = Chat(session)
    for line in stdin:
        question = line.rstrip("\r\n")
        if question.strip().lower() in QUIT_WORDS:
            break
        print(chat.show(chat.reply_to(question)), file=stdout, flush=True)
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
    chat = Chat(session)
    print(chat.show(session.commands.start("ru")), file=stdout)
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
            print(chat.show(chat.reply_to(question)) + "\n", file=stdout, flush=True)
    finally:
        if readline is not None:
            with contextlib.suppress(OSError):
                readline.write_history_file(HISTORY_FILE)
    return 0
