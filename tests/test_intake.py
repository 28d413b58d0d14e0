"""The polling intake parses each update once and hands that object to the workers: it must
be exactly what a worker would parse from the journal (no profile in it), and an update the
journal refused (a re-delivery) is not handed over."""

from __future__ import annotations

import asyncio
import copy
from pathlib import Path

from telegram import Bot, Update

from bot.storage import open_store
from bot.transport.intake import PollingIntake
from bot.transport.journal import chat_of, chat_of_payload
from tests.support.botapi import FakeBotApi

TOKEN = "123456:TEST-intake"


async def test_the_handed_over_update_is_the_journalled_one(tmp_path: Path):
    store = open_store(None, tmp_path / "j.sqlite3")
    handed: list[Update] = []
    recorded = asyncio.Event()
    async with (
        FakeBotApi(token=TOKEN, bot_username="briefbot_test_bot") as server,
        Bot(TOKEN, base_url=server.base_url) as bot,
    ):
        # Journalled and handled before (a batch delivered again after a lost confirmation).
        again = server.user_message("уже было", chat_id=2002)
        store.record_updates([(again, {"update_id": again}, "2002")])
        assert store.finish_update(again, "r/0") is False  # unclaimed: nothing to finish
        claimed = store.claim_update("r/0", 60)
        assert claimed is not None and store.finish_update(claimed.update_id, "r/0")
        first = server.user_message(
            "сколько соглашений подписали?", chat_id=2001, first_name="Zebulon", username="zeb"
        )
        intake = PollingIntake(
            bot, store, recorded.set, poll_timeout=1, hand_over=handed.append, room=lambda: 300
        )
        await intake.start()
        try:
            await asyncio.wait_for(recorded.wait(), 10)
        finally:
            await intake.stop()
        assert intake.offset == first + 1
        assert (intake.recorded, intake.redelivered) == (1, 1)
        assert [u.update_id for u in handed] == [first]
        claimed = store.claim_update("r/0", 60)
        assert claimed is not None and claimed.update_id == first
        assert handed[0].to_dict() == Update.de_json(claimed.payload, bot).to_dict()
        assert "zeb" not in repr(handed[0].to_dict())
        assert "Zebulon" not in repr(handed[0].to_dict())
        assert handed[0].effective_chat is not None and handed[0].effective_chat.id == 2001
    store.close()


def test_the_chat_read_from_json_is_the_one_ptb_reads():
    """``chat_of_payload`` against PTB's ``effective_chat`` on each kind of update the fake
    server makes, and a type it leaves to PTB."""
    server = FakeBotApi(token=TOKEN, bot_username="briefbot_test_bot")
    bot = Bot(TOKEN)
    server.user_message("привет", chat_id=3001)
    server.user_message("@briefbot_test_bot вопрос", chat_id=-100500, user_id=7, chat_type="group")
    server.user_message("исправлено", chat_id=3001, edited=True, message_id=1)
    server.inline_query("визит", user_id=3003)
    payloads = server.pending_updates
    user = {"id": 5, "is_bot": False, "first_name": ""}
    bot_user = {"id": 1, "is_bot": True, "first_name": ""}
    shown = {"message_id": 3, "date": 1, "chat": {"id": 3002, "type": "private"}, "text": "x"}
    pressed = {"id": "1", "from": user, "chat_instance": "c", "data": "t|1|x"}
    payloads.append({"update_id": 97, "callback_query": pressed | {"message": shown}})
    payloads.append({"update_id": 98, "callback_query": pressed | {"inline_message_id": "i"}})
    payloads.append(
        {
            "update_id": 99,
            "my_chat_member": {
                "chat": {"id": -42, "type": "group", "title": ""},
                "from": user,
                "date": 1,
                "old_chat_member": {"status": "left", "user": bot_user},
                "new_chat_member": {"status": "member", "user": bot_user},
            },
        }
    )
    kinds = set()
    for payload in payloads:
        expected = chat_of(Update.de_json(copy.deepcopy(payload), bot))
        read = chat_of_payload(payload)
        kinds.add(next(k for k in payload if k != "update_id"))
        assert read is False or read == expected, payload
    assert chat_of_payload(payloads[-1]) is False  # left to PTB
    assert {"message", "edited_message", "callback_query", "inline_query"} <= kinds
