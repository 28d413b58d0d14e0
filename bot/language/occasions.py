"""Where an article says that something happened within another event.

"В рамках визита президента Ильхама Алиева в Астану стороны подписали 15 важных
соглашений" gives the signing no date of its own; it says the signing was part of the visit,
and the article dates the visit ("20 октября … прибыл с государственным визитом"). Asked
"когда подписали соглашения", the honest reply is not "the article gives no date", nor "20
October", but the signing's own words and the date of the event they put it in, said to be
that event's date.

An occasion is named by a frame and its noun: "в рамках визита", "в ходе переговоров", "во
время визита", "на полях саммита" (the frame as written, the noun's lemma). Only those
frames: "после визита" or "до визита" place a thing outside the event, whose date is then
no date of it.
"""

from __future__ import annotations

import re

from bot.language.morphology import russian_lemma
from bot.language.text import fold
from bot.patterns import lazy
from bot.records import record

_FRAMES = lazy(r"\b(в рамках|в ходе|во время|на полях)\s+([а-яё]+)", re.IGNORECASE)


@record
class Occasion:
    """An event a text puts something within: its words as written ("в рамках визита") and
    the lemma of its noun ("визит")."""

    words: str
    noun: str


def occasions(text: str) -> tuple[Occasion, ...]:
    """The events ``text`` says something happened within, in order."""
    return tuple(
        Occasion(match.group(0), russian_lemma(fold(match.group(2))))
        for match in _FRAMES.finditer(text)
    )
