"""A goal told by a quote pointing back at the quote before it ("При должных инвестициях этот
срок можно сократить": the delivery time the quote before gives) is a goal of what that one
names: "что мешает доставлять грузы быстрее" is held back by what shortening the delivery
time takes, though the goal's own sentence never says "доставка"."""

from __future__ import annotations

from bot.answering.session import Session
from bot.language.goals import goal_passages


def test_a_goal_pointing_back_takes_the_sentence_before() -> None:
    text = "Доставка занимает 15 дней. При инвестициях этот срок можно сократить до 7 дней."
    assert goal_passages(text) == (text,)


def test_a_goal_pointing_nowhere_stands_alone() -> None:
    text = "Доставка занимает 15 дней. При инвестициях срок можно сократить до 7 дней."
    assert goal_passages(text) == ("При инвестициях срок можно сократить до 7 дней.",)


def test_what_holds_back_faster_delivery_is_what_it_takes(session: Session) -> None:
    got = session.ask("Что мешает доставлять грузы быстрее? Что для этого нужно?")
    assert got.kind.value == "answer"
    assert got.entry == "ishmukhamedov-delivery-time"
