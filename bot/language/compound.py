"""Two questions typed as one: "сколько соглашений подписали и какой товарооборот", "what is
the trade turnover and how long does delivery take".

A journalist asks for two facts at once; the article gives each in a passage of its own, so no
one passage holds the whole question and the matcher, reading it as one, says the kind asked
second is not given. Read as two questions, each is answered. This module only cuts the text;
whether each part is a question the article answers is the matcher's to say
(``bot.answering.dialogue``).

Cut at "и" / "а также" / "а" / "and" / "as well as", only where what follows opens a
question of its own — a question word ("и какой товарооборот", "and how long"), an English
yes/no verb — or names a second thing of what the first part asks after "по" / "о" /
"about", whose opening it borrows ("какие прогнозы по срокам доставки и товарообороту": "какие
прогнозы по товарообороту"). "Между Азербайджаном и Казахстаном", "подпишут ли Азербайджан и
Армения" are no cut: nothing after "и" asks anything of its own. Two sentences are not cut:
the first is as often the scene of the second ("Пишу про коридор. Сколько идут грузы?"),
which the matcher reads whole.
"""

from __future__ import annotations

from bot.language.function_words import QUESTION_WORDS
from bot.language.lexicon import word_set
from bot.language.text import fold, tokens

# Conjunctions joining two questions, as folded word sequences.
_JOINS: tuple[tuple[str, ...], ...] = (
    ("а", "также"),
    ("as", "well", "as"),
    ("и",),
    ("and",),
    ("а",),
)
# Words a second question may open with besides a question word: "и сколько", "and is it",
# "и есть ли" — a yes/no question's verb in English.
_OPENERS_EN = word_set("is are was were did does do will would can could has have")
# Words too short to stand as a question alone: a part must name something of its own.
_MIN_WORDS = 2
# Pointers back to the first part ("и что там подписали", "and what did he say there"): the
# second question is about the first's thing, which it names by no word of its own — it
# cannot be asked alone.
_POINTERS = word_set(
    "там тогда он она они его ее её их ему им этот эта это эти этого этой этом этим "
    "there then he she they him her them it its this that these those"
)
# Prepositions after which a question names the thing it asks of: "какие прогнозы по срокам
# доставки", "what was said about the ferries" — the second thing joined may be asked the same.
_FRAMING = word_set("по о об про about")


def compound_parts(text: str) -> tuple[str, str] | None:
    """The two questions ``text`` may join, or None when it cannot be two.

    The first conjunction opening a question of its own counts; a third question is left in
    the second part. A second part with no question word of its own is a question only when
    the first names its thing after "по" / "о" / "about", whose opening it borrows ("какие
    прогнозы по" + "товарообороту")."""
    words = tokens(fold(text))
    for at in range(1, len(words) - 1):
        join = _join_at(words, at)
        if not join:
            continue
        first, second = words[:at], words[at + join :]
        if len(first) < _MIN_WORDS or not second:
            continue
        if any(w in _POINTERS for w in second):
            return None
        if _opens_question(second):
            return " ".join(first), " ".join(second)
        opening = _opening(first)
        if opening and opening[-1] in _FRAMING and len(opening) < len(first):
            # "что конкретно по подвижному составу и флоту": the second thing asked of as the
            # first is ("что конкретно по флоту")
            return " ".join(first), " ".join(opening + second)
        # "подпишут ли Азербайджан и Армения": two things of one question, no second one
    return None


def _join_at(words: list[str], at: int) -> int:
    """How many words the conjunction at ``at`` spans (0: none there)."""
    for join in _JOINS:
        if tuple(words[at : at + len(join)]) == join:
            return len(join)
    return 0


def _opens_question(words: list[str]) -> bool:
    """Does the part after a conjunction open a question of its own: a question word first
    (or after a preposition: "и в каком году"), or an English yes/no verb?"""
    head = words[:2]
    if head and (head[0] in QUESTION_WORDS or head[0] in _OPENERS_EN):
        return True
    return len(head) > 1 and head[1] in QUESTION_WORDS and len(head[0]) <= 3


def _opening(words: list[str]) -> list[str]:
    """The first part's words before the thing it asks about: its question word and what
    frames it ("какие прогнозы по" of "какие прогнозы по срокам доставки") — up to its last
    preposition before the end, or its question word alone."""
    for at in range(len(words) - 1, 0, -1):
        if words[at] in _FRAMING:
            return words[: at + 1]
    return []
