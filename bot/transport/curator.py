"""The Telegram side of the curator's loop: every question logged (pseudonymously), readers'
votes under answers, and the admins' ``/stats`` and ``/unanswered``.

Nothing here sends a message: the handlers in ``telegram_bot`` do, so one place keeps
Telegram's rules. Every store call runs off the event loop (``log`` in the thread that
computes the answer), and a store that fails never costs a reader the answer: the question
goes unlogged, with a warning.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

from telegram import Update

from bot.answering.reply import Reply
from bot.curation.exports import unanswered_csv
from bot.curation.privacy import Pseudonyms
from bot.curation.querylog import Asking, logged_query
from bot.curation.reports import overview, stats_reply, unanswered_reply
from bot.knowledge.model import KnowledgeBase
from bot.records import record
from bot.storage import Store
from bot.storage.records import VoteResult

log = logging.getLogger(__name__)

UNANSWERED_DAYS = 7
# Excel opens a UTF-8 CSV as Cyrillic only with a byte order mark; other readers skip it.
BOM = "\ufeff"


@record
class Document:
    filename: str
    content: bytes


class CuratorDesk:
    """Logs questions, takes votes and answers the admins, over one store."""

    def __init__(self, store: Store, pseudonyms: Pseudonyms, admins: tuple[int, ...]) -> None:
        self.store = store
        self.pseudonyms = pseudonyms
        self.admins = frozenset(admins)

    # ------------------------------------------------------------------ admins
    def is_admin(self, update: Update) -> bool:
        """An admin, in a private chat with the bot: statistics are never shown in a group,
        even to an admin (everyone there would read them)."""
        user, chat = update.effective_user, update.effective_chat
        return (
            user is not None
            and user.id in self.admins
            and chat is not None
            and chat.type == "private"
        )

    async def stats(self, lang: str, now: datetime | None = None) -> Reply:
        now = now or datetime.now(UTC)
        figures = await asyncio.to_thread(overview, self.store, now)
        return stats_reply(figures, lang)

    async def unanswered(self, lang: str, now: datetime | None = None) -> tuple[Reply, Document]:
        now = now or datetime.now(UTC)
        since = now - timedelta(days=UNANSWERED_DAYS)
        asked = await asyncio.to_thread(self.store.unanswered, since)
        disputed = await asyncio.to_thread(self.store.disputed, since, 1000)
        document = Document(
            f"unanswered-{now:%Y%m%d-%H%M}.csv",
            (BOM + unanswered_csv(asked, disputed)).encode("utf-8"),
        )
        return unanswered_reply(asked, disputed, since, lang), document

    # ------------------------------------------------------------------ readers
    def log(
        self, update: Update, question: str, reply: Reply, kb: KnowledgeBase, latency: float
    ) -> bool:
        """Log the question; True when its row is in the store (votes may point at it). A
        store call: run it off the event loop (the handler does, with the answer itself)."""
        chat, user = update.effective_chat, update.effective_user
        asking = Asking(
            ref=update.update_id,
            chat_type=chat.type if chat is not None else "",
            user_id=user.id if user is not None else None,
            chat_id=chat.id if chat is not None else None,
        )
        row = logged_query(asking, question, reply, kb, self.pseudonyms, latency_seconds=latency)
        try:
            self.store.log_query(row)
        except Exception:
            log.warning(
                "update %s: the question could not be logged", update.update_id, exc_info=True
            )
            return False
        return True

    async def vote(self, ref: int, user_id: int, up: bool) -> VoteResult | None:
        """The reader's vote; None when the store failed (the reader is told nothing new)."""
        try:
            return await asyncio.to_thread(
                self.store.record_vote, ref, self.pseudonyms.user(user_id), up
            )
        except Exception:
            log.warning("a vote on update %s could not be recorded", ref, exc_info=True)
            return None
