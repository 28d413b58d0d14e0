"""A need asked for its reason: what the thing needed is needed for.

"Зачем нужны инвестиции в железные дороги", "why do the experts say more investment is
needed": the article often states the need in one passage ("необходимость дополнительных
инвестиций") and its goal in another, the one telling what the thing would achieve or what a
goal takes: "при должных инвестициях этот срок можно сократить", "для этого нужны
серьёзные вложения", "что позволит …". The first repeats the need; the second is its reason.
"""

from __future__ import annotations

import itertools
import re

from bot.language.lexicon import RUSSIAN_STOP, word_set
from bot.language.morphology import parse
from bot.language.text import fold, tokens
from bot.patterns import lazy

_WHY = word_set("почему зачем why")
# "для чего нужны", "what for": the goal asked as "зачем" asks it
_FOR_WHAT = (("для", "чего"), ("what", "for"))
# The words of a need (as folded and typed): "нужны", "необходимы", "требуются", "needed".
_NEEDED = lazy(r"^(нужн\w*|необходим\w*|требу\w*|need\w*|required?)$")

# A span telling what a thing achieves, or what a goal takes: a condition with a possibility
# ("при должных инвестициях … можно сократить"), a goal's requirement ("для этого нужны",
# "чтобы …, необходимо"), an enabling ("позволит", "позволят", "would allow", "enable").
_MEANS_TO_GOAL = lazy(
    r"(?:\bпри\s+(?:\w+\s+){0,2}\w+\s+(?:\w+\s+){0,4}(?:можно|удастся|удалось бы)\b)"
    r"|(?:\bдля\s+(?:этого|того)\b[^.]{0,20}\b(?:нужн\w*|необходим\w*|требу\w*)\b)"
    r"|(?:\bчтобы\b[^.]{0,80}\b(?:нужн\w*|необходим\w*|требу\w*)\b)"
    r"|(?:\bпозвол(?:ит|ят|ило|или|яет|яют)\b)"
    r"|(?:\b(?:with|given)\s+(?:\w+\s+){0,2}\w+[^.]{0,40}\b(?:can|could)\b)"
    r"|(?:\b(?:this|that)\s+(?:needs|requires|would need|would require)\b)"
    r"|(?:\b(?:would|will)\s+(?:allow|enable|make it possible)\b)",
    re.IGNORECASE,
)


def asks_why_needed(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask what a thing is needed for ("зачем нужны инвестиции", "почему
    необходима модернизация", "для чего нужны паромы", "why is investment needed")?"""
    asks = any(w in _WHY for w in words) or any(
        pair in _FOR_WHAT for pair in itertools.pairwise(words)
    )
    return asks and any(_NEEDED.match(w) for w in words)


_SENTENCE = lazy(r"(?<=[.!?])\s+")
# A demonstrative pointing back at the sentence before: "При должных инвестициях ЭТОТ срок
# можно сократить" — the delivery time the sentence before gives.
_POINTING_BACK = lazy(r"\b(?:этот|эта|это|эти|этого|этой|этому|этим|этих|эту|этом)\b", re.I)


def goal_passages(text: str) -> tuple[str, ...]:
    """The sentences of a text telling what a thing achieves or what a goal takes
    (``tells_goal``), each with the sentence before it when it points back at that one
    ("этот срок можно сократить": the delivery time the sentence before names) — what the
    goal is of is said there."""
    parts = _SENTENCE.split(text)
    return tuple(
        f"{parts[at - 1]} {part}" if at and _POINTING_BACK.search(part) else part
        for at, part in enumerate(parts)
        if tells_goal(part)
    )


def tells_goal(text: str) -> bool:
    """Does a span tell what a thing achieves or what a goal takes (``_MEANS_TO_GOAL``)?"""
    return _MEANS_TO_GOAL.search(text) is not None


# Where an aim clause of a question begins: "чтобы", "дабы", "so that", "in order to".
_AIM_OPENERS = lazy(r"\b(?:чтобы|чтоб|дабы|so\s+that|in\s+order\s+to)\b")
# Where it ends: the clause's punctuation.
_AIM_END = lazy(r"[,;:!?.]|\s[-–—]\s")


def aim_words(text: str) -> frozenset[str]:
    """The folded words of the aims a question states ("что конкретно предлагается сделать,
    ЧТОБЫ ГРУЗЫ ШЛИ БЫСТРЕЕ", "what is needed so that cargo moves faster"): the end the
    means asked for serves, the opener included. A question insisting on what it names
    ("что конкретно", ``support``) insists on the means; the passage telling them need not
    repeat the asker's aim in his words ("грузы шли быстрее": "сократить срок доставки")."""
    folded = fold(text)
    found: set[str] = set()
    for opener in _AIM_OPENERS.finditer(folded):
        rest = folded[opener.start() :]
        end = _AIM_END.search(rest)
        found.update(tokens(rest[: end.start()] if end is not None else rest))
    return frozenset(found)


# A lack said of what an aim takes: "не хватает", "не хватало", "недостаёт" (as folded).
_LACKING = word_set("хватает хватало хватит хватать достает доставало недостает недоставало")
_NOT = "не"
_NEED = "нужно"


def lack_as_need(words: list[str]) -> list[str]:
    """ "Чего не хватает, чтобы грузы шли быстрее", "чего недостаёт коридору": what is
    lacking is what is needed — the words a passage telling the need says ("для этого нужны
    серьёзные вложения"). The lack is read as "нужно"; "хватает ли" (is it enough) is a
    judgement of an amount, and stays; so does a lack asked why ("почему не хватает паромов"):
    the cause of the lack, which a passage telling the need does not give."""
    if any(w in _WHY for w in words):
        return words
    out: list[str] = []
    at = 0
    while at < len(words):
        word = words[at]
        if word == _NOT and at + 1 < len(words) and words[at + 1] in _LACKING:
            out.append(_NEED)
            at += 2
            continue
        if word.startswith("недоста") and word in _LACKING:
            out.append(_NEED)
        else:
            out.append(word)
        at += 1
    return out


# Words asking what: "что нужно", "чего не хватает" (read as "нужно"), "what is needed".
_WHAT = word_set("что чего what")
# A need as a question names it (folded): "нужно", "надо", "нужны", "необходимо", "требуется".
_NEED_ASKED = lazy(r"^(?:нужн\w*|надо|необходим\w*|требу\w*|need|needs|needed|required?)$")


def asks_need(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask what is needed ("что нужно, чтобы грузы шли быстрее", "чего не
    хватает" as ``lack_as_need`` reads it, "what is needed to speed up delivery") — not what
    for ("зачем нужны", ``asks_why_needed``)?"""
    if any(w in _WHY for w in words) or any(p in _FOR_WHAT for p in itertools.pairwise(words)):
        return False
    return any(w in _WHAT for w in words) and any(_NEED_ASKED.match(w) for w in words)


def names_need(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask what is needed, beside a "why" it may also ask ("почему сроки
    не сокращаются? что для этого нужно"): the need told answers that part."""
    return any(w in _WHAT for w in words) and any(_NEED_ASKED.match(w) for w in words)


def is_need_word(word: str) -> bool:
    """Is a folded word one naming a need ("нужно", "надо", "необходимость", "needed")?"""
    return _NEED_ASKED.match(word) is not None


def tells_need(text: str) -> bool:
    """Does a text state a need ("для этого нужны серьёзные вложения", "необходимость
    дополнительных инвестиций", "требуется")?"""
    return any(_NEED_ASKED.match(w) for w in tokens(text))


# Verbs of a thing starting to work at all: "чтобы коридор заработал", "чтобы он
# функционировал" — a goal that says only that the thing should work.
_WORKING = word_set("заработать работать функционировать запуститься")
_GOAL_REACH = 5  # words after "чтобы" the clause may take up to its verb


def working_goal(words: tuple[str, ...] | list[str]) -> tuple[frozenset[int], frozenset[int]]:
    """The positions of a purpose clause saying only that a thing should work ("…, чтобы
    коридор реально заработал"), after words asking something of their own ("во что надо
    вложить деньги"): (the clause's frame words — "чтобы", its verb and adverbs —, the words
    naming the thing). What is asked is the need before it; the thing frames it, as the
    passages on the need often never name it. Empty sets when there is no such clause or
    nothing is asked before it ("что нужно, чтобы коридор заработал" asks of the corridor)."""
    for at, word in enumerate(words):
        if word != "чтобы" or not any(
            w not in RUSSIAN_STOP and not _NEEDED.match(w) for w in words[:at]
        ):
            continue
        clause = list(enumerate(words[at + 1 : at + 1 + _GOAL_REACH], start=at + 1))
        framing, things = {at}, set()
        for position, part in clause:
            parses = parse(part)
            tag = parses[0].tag if parses else None
            lemma = str(parses[0].normal_form) if parses else part
            if tag is not None and tag.POS == "VERB" and lemma in _WORKING:
                framing.add(position)
                return frozenset(framing), frozenset(things)
            if tag is not None and tag.POS == "ADVB":
                framing.add(position)
            elif tag is not None and tag.POS in ("NOUN", "ADJF"):
                things.add(position)
            else:
                break
    return frozenset(), frozenset()
