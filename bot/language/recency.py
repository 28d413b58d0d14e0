"""A time told relative to the telling: "совсем недавно", "накануне", "в прошлом году".

"Совсем недавно мы наблюдали активные контакты и в Азербайджане, когда президент Токаев
выступал в Габале" gives no date, and a plain "когда Токаев выступал в Габале?" is rightly
told the article does not say when. But two questions are answered by it all the same:

- one asking how recent the thing was: "давно ли Токаев был в Габале?", "when was Tokayev
  last in Azerbaijan?", "выступал до визита или после?", or when only roughly ("когда
  примерно Токаев ездил в Азербайджан?", "roughly when …");
- one asking for the account of the person who tells it: "когда Токаев выступал в Габале,
  если верить Тусупбекову?" asks what Tusupbekov says of the time, and "совсем недавно" is
  what he says.

Never a question insisting on a date ("when exactly", "какого числа", "which month"), nor one
about what is to come: a relative time of the past answers neither.

A time to come told relative to now in a question ("каким будет товарооборот через несколько
лет?", "in a few years") says the question asks a forecast, which its future verb already
tells; its words ("через", "несколько", "лет") are no words of the subject, and a passage
foreseeing the turnover ("позволит довести до миллиарда") need not hold them
(``ahead_positions``).
"""

from __future__ import annotations

import itertools

from bot.language.lexicon import word_set
from bot.language.text import fold
from bot.patterns import lazy

_RELATIVE_PAST = lazy(
    r"\b(?:недавно|на днях|вчера|позавчера|накануне|"
    r"в прошлом (?:году|месяце)|на прошлой неделе|в минувш\w+ (?:году|месяце|выходные))\b"
)
_WHEN = word_set("когда when")
# A date insisted on: "когда именно", "какого числа", "which month", "what day".
_DATED = word_set(
    "именно точно конкретно exactly precisely specifically дата дату даты числа число "
    "день дня месяц месяце месяца год году года date day month year"
)
# "давно ли", "недавно", "задолго до визита?", "when was he last there", "recently",
# "when was he there previously".
_RECENCY = word_set("давно давненько недавно задолго незадолго last recently lately ago previously")
# "when was Tokayev in Azerbaijan before this?", "… before that", "до этого": the time before
# the telling asked, as "when … last" asks it — no date of its own, which "совсем недавно"
# gives relative to the telling
_BEFORE_NOW = (
    ("before", "this"),
    ("before", "that"),
    ("before", "now"),
    ("before", "then"),
    ("до", "этого"),
    ("перед", "этим"),
)
# "когда примерно", "roughly when": a time asked only roughly, which "совсем недавно" gives
_ROUGHLY = word_set("примерно приблизительно ориентировочно roughly approximately approx")
# "how long before the visit was it": how far back, a recency — not how long a thing lasted
_HOW_LONG_BEFORE = ("how", "long", "before")
_BEFORE_AFTER = (
    frozenset({"до", "после"}),
    frozenset({"раньше", "позже"}),
    frozenset({"раньше", "позднее"}),
    frozenset({"before", "after"}),
    frozenset({"earlier", "later"}),
)
# "когда он (в) последний раз был в Баку", "крайний раз": Russian's "when … last", a time
# asked by how recent it was; "последний" alone ("последний пункт") asks nothing of the kind
_LAST_ADJECTIVES = word_set("последний крайний")
_TIME_NOUN = "раз"


def tells_relative_past(text: str) -> bool:
    """Does a span tell when something past was relative to the telling ("совсем
    недавно", "накануне")?"""
    return bool(_RELATIVE_PAST.search(fold(text)))


def answered_relatively(
    words: tuple[str, ...] | list[str],
    *,
    own_account: bool,
    remark: tuple[str, ...] | list[str] = (),
) -> bool:
    """May a relative time of the past answer the question (see the module's docstring)?
    ``own_account``: the question names the person whose words tell the time as the one
    whose account it asks. ``remark``: the words after the question, which may say how the
    time is wanted ("когда был? до визита или после") — or insist on a date ("нужна дата")."""
    if insists_on_date(words, remark):
        return False
    return (
        _asks_recency(words)
        or _asks_recency(remark)
        or (own_account and any(w in _WHEN for w in words))
    )


def insists_on_date(
    words: tuple[str, ...] | list[str], remark: tuple[str, ...] | list[str] = ()
) -> bool:
    """Does the question, or the remark after it, insist on a date ("когда именно", "какого
    числа", "в каком году", "нужна дата", "when exactly")? A time told only relatively — "совсем
    недавно" of the past, "в ближайшие годы" of what is to come — answers no such question."""
    return any(w in _DATED for w in (*words, *remark))


# Words placing a thing before or after another, in either language: an alternative offered
# with one ("до визита или после", "before or after it") is a choice of when, which a
# relative time of the past makes ("совсем недавно": before the telling).
_PLACING_EITHER = word_set("до после раньше позже позднее before after earlier later")


def places_in_time(forms: frozenset[str] | set[str]) -> bool:
    """Is one side of an alternative offered a word placing in time ("после", "before")?"""
    return not _PLACING_EITHER.isdisjoint(forms)


def _asks_recency(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask how recent something was: "давно ли", "when … last", "до или
    после" — or when only roughly ("когда примерно это было", "roughly when")?"""
    if any(w in _RECENCY for w in words) or _last_time_positions(words) or _lately_positions(words):
        return True
    if _before_now_positions(words):
        return True
    if any(w in _WHEN for w in words) and any(w in _ROUGHLY for w in words):
        return True
    if any(tuple(words[at : at + 3]) == _HOW_LONG_BEFORE for at in range(len(words))):
        return True
    present = set(words)
    return any(pair <= present for pair in _BEFORE_AFTER)


# The words placing a thing before or after another: in a question asking how recent it
# was ("was that before the visit, and how long before?"), how the time is asked.
_PLACING = word_set("before after ago earlier prior")


def recency_positions(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of the words placing a thing in time ("before", "after", "ago") in a
    question asking how recent it was (``_asks_recency``): how it asks, no word of the
    subject — "совсем недавно" says neither, and a passage is no worse for lacking them."""
    if not _asks_recency(words):
        return frozenset()
    placing = {at for at, word in enumerate(words) if word in _PLACING}
    if any(w in _WHEN for w in words):
        # "when was he last in Azerbaijan", "when … recently": how recent is asked; not "how
        # long did the visit last", where "last" is the verb of a length
        placing |= {
            at
            for at, word in enumerate(words)
            if word in _RECENCY_EN and not _of_a_dated_noun(words, at)
        }
    return (
        frozenset(placing)
        | _last_time_positions(words)
        | _lately_positions(words)
        | _before_now_positions(words)
    )


# The English words of ``_RECENCY`` that say only how recent a thing was (Russian "недавно"
# is the article's own word, which a passage holds).
_RECENCY_EN = word_set("last recently lately previously")


def _of_a_dated_noun(words: tuple[str, ...] | list[str], at: int) -> bool:
    """Is the word at ``at`` an adjective of a noun of a date ("the LAST day of the visit",
    "last week")? Then it names the day asked, a word of the subject — no recency."""
    return at + 1 < len(words) and words[at + 1] in _DATED


def _before_now_positions(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of "before this", "до этого" in a question (``_BEFORE_NOW``)."""
    found: set[int] = set()
    for at, pair in enumerate(itertools.pairwise(words)):
        if pair in _BEFORE_NOW:
            found.update((at, at + 1))
    return frozenset(found)


def _last_time_positions(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of "(в) последний раз", "крайний раз" in a question: Russian's "last",
    how recent a thing was is asked — no words of the subject, which "совсем недавно" lacks."""
    found: set[int] = set()
    for at, (word, after) in enumerate(itertools.pairwise(words)):
        if word in _LAST_ADJECTIVES and after == _TIME_NOUN:
            found.update((at, at + 1))
            if at > 0 and words[at - 1] == "в":
                found.add(at - 1)
    return frozenset(found)


# "на днях", "на этих днях": a time told relative to now in a phrase, asked as "недавно" is
# ("давно или на днях?") — its "днях" is no day asked, nor a word of the subject.
_LATELY = (("на", "днях"), ("на", "этих", "днях"))


def _lately_positions(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of "на днях" in the question's words (none when it has none)."""
    found: set[int] = set()
    for phrase in _LATELY:
        size = len(phrase)
        for at in range(len(words) - size + 1):
            if tuple(words[at : at + size]) == phrase:
                found.update(range(at, at + size))
    return frozenset(found)


# "через несколько лет", "через пару лет", "через 5 лет", "in a few years", "in two years".
_AFTER = word_set("через in")
_SOME = word_set("несколько пару пара пять десять какое-то some few couple a")
_SPAN_NOUNS = word_set(
    "лет год года месяцев месяца недель недели дней дня время years year months month weeks "
    "week days"
)


def ahead_positions(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of a time to come told relative to now ("через несколько лет"): "через"
    or "in", then a few words of amount (or a number), then a noun of time."""
    found: set[int] = set()
    for at, word in enumerate(words):
        if word not in _AFTER:
            continue
        end = at + 1
        while end < len(words) and end - at <= 2 and (words[end] in _SOME or words[end].isdigit()):
            end += 1
        if end > at + 1 and end < len(words) and words[end] in _SPAN_NOUNS:
            found.update(range(at, end + 1))
    return frozenset(found)


# "over the next few years", "in the coming decade", "в ближайшие несколько лет": a stretch of
# time to come named by a word of nearness, with the preposition and article before it.
_NEAR = word_set("next coming upcoming ближайшие ближайших следующие следующих грядущие грядущих")
_SPAN_OPENERS = word_set("over in within during for through the в на за течение")
_STRETCH_NOUNS = _SPAN_NOUNS | word_set("годы месяцы decade decades десятилетие десятилетия")
_STRETCH_REACH = 2  # words of amount between the word of nearness and its noun ("few", "пять")


def stretch_positions(words: tuple[str, ...] | list[str]) -> tuple[frozenset[int], frozenset[int]]:
    """The positions of a stretch of time to come a question names ("OVER THE next few years",
    "В ближайшие несколько лет"): its preposition and article, then the rest ("next few
    years"). They say for when — the forecast asked may name the stretch its own way ("в
    ближайшие годы" for "over the next few years"): the preposition is no word of the subject
    at all, and the rest none to miss where the briefing never uses it."""
    openers: set[int] = set()
    found: set[int] = set()
    for at, word in enumerate(words):
        if word not in _NEAR:
            continue
        end = at + 1
        while end < len(words) and end - at <= _STRETCH_REACH and words[end] not in _STRETCH_NOUNS:
            if words[end] not in _SOME and not words[end].isdigit():
                break
            end += 1
        if end >= len(words) or words[end] not in _STRETCH_NOUNS:
            continue
        start = at
        while start > 0 and words[start - 1] in _SPAN_OPENERS and at - start < 2:
            start -= 1
        openers.update(range(start, at))
        found.update(range(at, end + 1))
    return frozenset(openers), frozenset(found)


# A figure's time in the past a question names: "в прошлом году", "пять лет назад", "last
# year", "in 2020", "years ago". The article's figures are today's ("сегодня", "текущий
# объём") or targets; a passage gives the figure of such a time only by naming it.
_YEAR = lazy(r"(?:19|20)\d\d")
_PAST_ADJECTIVES = word_set(
    "прошлом прошлый прошлого прошлая прошлой прошлые прошлых минувшем минувший минувшего "
    "позапрошлом позапрошлый last previous past"
)
_PAST_NOUNS = word_set("году год года годах годы месяце месяц неделе year years month week")
_AGO = word_set("назад ago")
# Words by which a passage places its figure in the past (its own year is matched as a number).
_PAST_IN_TEXT = ("прошл", "минувш", "назад", "ранее", "ago", "last", "previous")


def past_time_named(words: tuple[str, ...] | list[str]) -> frozenset[str] | None:
    """The marks of a past time a folded question names for its figure — the year it names
    ("в 2020 году", "in 2020"), or the past itself ("в прошлом году", "пять лет назад", "last
    year", "years ago": the marks ``_PAST_IN_TEXT``) — or None when it names none. A year to
    come is a forecast's horizon, which its own reading handles: only a question of the past
    (``future`` false) is read so by the caller."""
    years = frozenset(w for w in words if _YEAR.fullmatch(w))
    if years:
        return years
    for before, word in itertools.pairwise(words):
        if (before in _PAST_ADJECTIVES and word in _PAST_NOUNS) or word in _AGO:
            return frozenset(_PAST_IN_TEXT)
    return None


def past_time_positions(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of the words marking a past time the question names for its figure
    ("прошлом" of "в прошлом году", "назад" of "пять лет назад", "last" of "last year"):
    they say for when the figure is asked (``past_time_named``), no word of its subject — a
    passage gives that time's figure only by naming it, which ``names_time`` reads. The noun
    of time stays: "году" may be a word of the passage."""
    found: set[int] = set()
    for at, word in enumerate(words):
        following = words[at + 1] if at + 1 < len(words) else ""
        if (word in _PAST_ADJECTIVES and following in _PAST_NOUNS) or word in _AGO:
            found.add(at)
    return frozenset(found)


def names_time(text: str, marks: frozenset[str]) -> bool:
    """Does a passage name one of the ``marks`` of a past time (a year as a number, a word
    of the past by its stem)?"""
    folded = fold(text)
    return any(mark in folded for mark in marks)
