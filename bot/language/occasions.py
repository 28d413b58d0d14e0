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
no date of it. (A question's "что изменится после переговоров" is another matter: the talks
are the occasion it asks within, ``occasion_frame``.)

A coming "по приглашению" of a host is told here too: it is why the guest came, which a
question offering the invitation as its guess ("почему приехал — его пригласили?") asks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.language.fillers import sums_up
from bot.language.lexicon import is_stop, word_set
from bot.language.morphology import first_noun, is_qualifier, russian_lemma
from bot.language.text import fold, is_cyrillic
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


# An invitation asked of: "по чьему приглашению", "by whose invitation", "кто пригласил",
# "who invited" (and an initiative of a coming, read as the invitation: ``periphrasis``).
_ASKED_INVITATION_STEMS = ("приглашени", "пригласил", "invitation", "invited")


def asks_invitation(words: tuple[str, ...]) -> bool:
    """Does a question (folded words, as read) name an invitation or the inviting of a
    guest — a host asked of which only a passage telling an invitation tells?"""
    return any(word.startswith(_ASKED_INVITATION_STEMS) for word in words)


def tells_invitation(text: str) -> bool:
    """Does ``text`` say someone came at another's invitation ("по приглашению …")?"""
    return _AT_INVITATION.search(text) is not None


# A question's frame of occasion, folded ("что подписали ПО ИТОГАМ переговоров", "в ходе
# визита", "as a result of the talks"): it says within or after which event the thing asked
# about happened — the event the whole article is about, or one within it. The frame's
# words are how the question is put; its noun names the occasion, not what is asked.
_QUESTION_FRAMES: tuple[tuple[str, ...], ...] = (
    ("по", "итогам"),
    ("по", "результатам"),
    ("по", "окончании"),
    ("в", "результате"),
    ("в", "ходе"),
    ("в", "рамках"),
    ("во", "время"),
    ("на", "полях"),
    ("as", "a", "result", "of"),
    ("in", "the", "course", "of"),
    ("on", "the", "sidelines", "of"),
    ("at", "the", "end", "of"),
    ("following",),
    ("during",),
)
# The frames' nouns that say the thing asked came of the occasion ("по итогам", "в
# результате", "as a result of"): words of an outcome, which a passage on the visit's
# outcome ("надежда на итоги визита") shares — read as the occasion is, not dropped.
_OUTCOME_NOUNS = word_set("итогам результатам результате result")


def is_outcome(word: str) -> bool:
    """Is the folded word the outcome an occasion frame speaks of ("по ИТОГАМ", "в
    РЕЗУЛЬТАТЕ")? A passage on the event need not say it."""
    return word in _OUTCOME_NOUNS


# An occasion put by a plain preposition, where its noun names an event ("на переговорах в
# Астане", "at the talks"): not "на полях", "на рынке" — places of other kinds.
_AT_EVENT = word_set("на at")
_EVENT_NOUNS = word_set(
    "переговорах встрече встречах саммите форуме заседании конференции церемонии "
    "talks summit meeting meetings forum"
)
# An occasion put after its time ("после переговоров", "после этих переговоров", "after
# this visit"), where its noun names an event, as English "following" does: not "после
# запуска проектов", a thing still to come whose noun is the subject asked about.
_AFTER_EVENT = word_set("после after")
_EVENT_NOUNS_AFTER = word_set(
    "визита переговоров встречи встреч саммита форума заседания конференции церемонии "
    "visit talks meeting meetings summit forum negotiations"
)
# What may stand between an English frame and its noun: "during the state visit", "as a
# result of Aliyev's visit" (a possessive is the event's person, kept as a word of its own).
_EN_BEFORE_NOUN = word_set("the a an this that these those his their")
_OCCASION_REACH = 3


@record
class OccasionFrame:
    """Where a question names an occasion: the positions of its frame's words (how it is
    put) and of the occasion's noun with the words qualifying it before and the frame's
    noun of outcome (what the question puts the thing asked in: ``_OUTCOME_NOUNS``)."""

    frame: frozenset[int]
    occasion: frozenset[int]


_NO_FRAME = OccasionFrame(frozenset(), frozenset())


def occasion_frame(words: tuple[str, ...], *, ahead: bool = False) -> OccasionFrame:
    """The occasion frames of a question (folded ``words``) and the nouns they govern: "что
    подписали по итогам переговоров в Астане" — frame "по итогам", occasion "переговоров";
    "what was signed during the state visit" — "during", "state visit". A question looking
    ahead (``ahead``: "на что надеется эксперт по итогам визита") expects the outcome
    itself, which is then its subject: no frame of an outcome is read."""
    frame: set[int] = set()
    occasion: set[int] = set()
    at = 0
    while at < len(words):
        size = next((len(f) for f in _QUESTION_FRAMES if tuple(words[at : at + len(f)]) == f), 0)
        if not size and (words[at] in _AT_EVENT or words[at] in _AFTER_EVENT):
            # "на переговорах", "at the summit": a place only when an event is its noun;
            # "после переговоров": a time after one
            events = _EVENT_NOUNS if words[at] in _AT_EVENT else _EVENT_NOUNS_AFTER
            noun = _occasion_noun(words, at + 1)
            if noun and words[noun[-1]] in events:
                frame.add(at)
                occasion.update(noun)
                at = noun[-1] + 1
                continue
        if not size or (ahead and _OUTCOME_NOUNS & set(words[at : at + size])):
            at += max(size, 1)
            continue
        for spot in range(at, at + size):
            # "по итогам": an outcome, which a passage on the outcome shares; "в ходе": none
            (occasion if words[spot] in _OUTCOME_NOUNS else frame).add(spot)
        at += size
        occasion.update(_occasion_noun(words, at))
    return OccasionFrame(frozenset(frame), frozenset(occasion)) if frame or occasion else _NO_FRAME


def _occasion_noun(words: tuple[str, ...], start: int) -> tuple[int, ...]:
    """The positions of the occasion's noun after a frame ending before ``start``, with the
    words qualifying it before ("государственного визита", "the state visit"): none when
    no noun follows in reach."""
    taken: list[int] = []
    for at in range(start, min(len(words), start + _OCCASION_REACH)):
        word = words[at]
        if is_cyrillic(word):
            if first_noun((word,), frozenset()) is not None:
                return (*taken, at)
            if not is_qualifier(word):
                return ()
            taken.append(at)
        elif word in _EN_BEFORE_NOUN and not taken:
            continue
        elif not word.isalpha() or (at + 1 < len(words) and words[at + 1] == "s"):
            return ()  # "during Aliyev's visit": a name first, read as a word of its own
        elif is_stop(word):
            break  # "the talks in Astana": the noun phrase ends at the preposition
        else:
            taken.append(at)
    return tuple(taken) if taken and not is_cyrillic(words[taken[-1]]) else ()


# What a thing achieved asked of it: "what did Tokayev's trip achieve", "what came out of the
# visit" (read "outcome of"), "what were the results of the talks", "каковы итоги визита",
# "чего добился визит". Not a frame ("по итогам", "as a result of": the occasion of another
# thing asked), nor a target ("what delivery time could be achieved": "achieved", a figure).
_ASKED_OUTCOMES = word_set(
    "achieve accomplish outcome outcomes result results deliverables "
    "итоги итог итогов результаты результат результатов добился добилась добились добилось"
)
_OUTCOME_FRAMED_BY = word_set("по в as")
# The article's words of a thing come of another: agreements signed, a page opened, a result,
# a way made possible ("позволят устранить барьеры"), a tie strengthened.
_OUTCOME_TEXT = lazy(
    r"\b(?:подписал\w*|договор[её]нност\w*|открыл\w*|показал\w*|результат\w*|итог\w*|"
    r"позвол\w*|способству\w*|укрепл\w*|достигнут\w*|достигл\w*|стал[аио]?)\b"
)


# Words of what would or will come of a thing: "what would pre-registration achieve" asks
# its purpose, which a passage proposing it gives.
_FORESEEN = word_set("would will could can might should going gonna будет будут может могут")


def asks_outcome(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask what a thing achieved or came to, by a word of its outcome not
    framing an occasion ("по итогам переговоров", "as a result of"), and not what it would
    or will achieve?"""
    if any(word in _FORESEEN for word in words):
        return False
    return any(
        word in _ASKED_OUTCOMES
        and (at == 0 or words[at - 1] not in _OUTCOME_FRAMED_BY)
        and not sums_up(words, at)  # "как Гусейнов подвёл итог": how he spoke
        for at, word in enumerate(words)
    )


def states_outcome(text: str) -> bool:
    """Does a passage's text tell what came of a thing: agreements signed, a page opened, a
    result, what it will allow ("результаты визита позволят устранить барьеры")? "Президент
    Токаев выступал в Габале" tells a visit, nothing it achieved."""
    return _OUTCOME_TEXT.search(fold(text)) is not None
