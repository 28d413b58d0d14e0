"""The polling intake parses each update once and hands that object to the workers: it must
be exactly what a worker would parse from the journal (no profile in it), and an update the
journal refused (a re-delivery) is not handed over."""

from __future__ import annotations

import asyncio
from pathlib import Path

from telegram import Bot, Update

from bot.storage import open_store
from bot.transport.intake import PollingIntake
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
        intake = PollingIntake(bot, store, recorded.set, poll_timeout=1, hand_over=handed.append)
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
