"""A place asked by its kind is given only by a place of that kind, of the deed asked.

- "Через какое море пойдёт нефть": the passage on energy exports names Azerbaijan's
  territory as the way, no sea — a country or a capital is no sea (``places.asks_water``);
  "через какую страну" is still answered by it.
- "В каком городе выступал Гусейнов": his passage puts Aliyev in Astana, at another deed;
  the appearance asked is told of Tokayev elsewhere, so a passage not telling it names the
  places of another deed (``places.places_beyond``, ``_APPEARING``).
- "Какое место занимает Казахстан в торговле": "место" held is a rank, no location; a
  passage never saying one does not answer it (``Analyser._rank_at``).

On the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session


@pytest.mark.parametrize(
    "question",
    [
        "через какое море пойдёт нефть",
        "по какому морю идёт экспорт энергоресурсов",
        "через какое море везут грузы из Китая",
        "в каком городе выступал Гусейнов",
        "где выступал Гусейнов",
        "какое место занимает Казахстан в торговле Азербайджана",
        "какое место занимает Турция в тюркском мире",
    ],
)
def test_a_place_of_another_kind_or_deed_is_no_answer(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert not reply.answered, (reply.kind, reply.entry)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("через какую страну пойдёт нефть", "huseynov-energy"),
        ("через какую территорию экспортируются энергоресурсы", "huseynov-energy"),
        ("в каком городе выступал Токаев", "tusupbekov-gabala"),
        ("где выступал Токаев", "tusupbekov-gabala"),
    ],
)
def test_a_place_of_the_kind_and_deed_asked_still_answers(
    session: Session, question: str, entry: str
) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == ("answer", entry), (reply.kind, reply.entry)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # a rank the article never gives is a detail it lacks: not given, what is ranked offered
        ("какое место занимает Казахстан в торговле Азербайджана", "fact"),
        ("какое место Турция займёт в семёрке", "forecast"),
    ],
)
def test_a_rank_never_given_is_not_given(session: Session, question: str, missing: str) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.missing) == ("not_given", missing), (reply.kind, reply.entry)
