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

A coming "по приглашению" of a host is told here too: it is why the guest came, which a
question offering the invitation as its guess ("почему приехал — его пригласили?") asks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.language.lexicon import word_set
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


# "по приглашению президента Токаева … прибыл": a coming at someone's invitation, which says
# why the guest came — not why the host invited him ("почему Токаев пригласил Алиева" is
# another question, its reason untold).
_AT_INVITATION = lazy(r"\b(?:по приглашению|at the invitation)\b", re.IGNORECASE)
# A verb of coming or visiting, by stem ("поехал", "прибыл", "visited") or as written ("went").
_COMING_STEMS = (
    *("поехал", "приехал", "приезжа", "прибыл", "прибыва", "прилетел", "прилета", "посетил"),
    *("посеща", "ездил", "съездил", "отправился", "полетел", "наведал", "arriv", "visit"),
    "travel",
)
_COMING_EN = word_set("go goes going gone went come comes coming came fly flew")
# The reader's own guess of the invitation, not a host's act asked about: "его пригласили?",
# "был приглашён", "по приглашению?", "was he invited".
_INVITED_STEMS_RU = ("пригласили", "позвали", "приглашен")
_INVITATION_NOUNS = ("приглашени", "invitation")
_PASSIVE_EN = word_set("was were been being is got get")
# What may follow a guessed invitation: "по приглашению кого-то?" guesses; "по приглашению
# Токаева" tells the reader's own knowledge, and asks why he came all the same.
_UNNAMED = word_set("кого кого-то кого-нибудь someone somebody anyone")


@lru_cache(maxsize=1024)
def offers_invitation(words: tuple[str, ...]) -> bool:
    """Does a question (folded words) ask why someone came and then offer an invitation as
    the reason ("почему Алиев приехал — его пригласили?", "why did he go — was he invited by
    someone?")? An invitation asked about before the coming ("why was he invited to visit",
    "почему Токаев пригласил Алиева") is the host's act, its reason another question."""
    coming = next((at for at, w in enumerate(words) if _is_coming(w)), None)
    return coming is not None and any(
        _offered_at(words, at) for at in range(coming + 1, len(words))
    )


def _is_coming(word: str) -> bool:
    """A verb of coming or visiting, as typed: "приехал", "went", "visited"."""
    return word in _COMING_EN or word.startswith(_COMING_STEMS)


def _offered_at(words: tuple[str, ...], at: int) -> bool:
    """Is the word at ``at`` an invitation the reader guesses: a passive or impersonal verb
    ("пригласили", "was he invited"), or the noun with no host named after it."""
    word = words[at]
    if word.startswith(_INVITATION_NOUNS):  # before "приглашен", which it begins with
        return all(w in _UNNAMED for w in words[at + 1 :])
    if word.startswith(_INVITED_STEMS_RU):
        return True
    return word == "invited" and bool(_PASSIVE_EN & set(words[max(0, at - 2) : at]))


def tells_invitation(text: str) -> bool:
    """Does ``text`` say someone came at another's invitation ("по приглашению …")?"""
    return _AT_INVITATION.search(text) is not None
