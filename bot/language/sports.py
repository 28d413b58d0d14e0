"""A sports journalist's metaphors for plain questions: "какой счёт по соглашениям" asks how
many agreements there were, as a match's score tells how many goals.

Only the readings whose meaning leaves no doubt are mapped; the rest ("кто играет первую
скрипку", "кто забил", "ничья") are left as they are — unanswered rather than answered from
a passage picked by a guess at the metaphor.

"Счёт" is a score, a count, only as "какой/каков (итоговый) счёт по X" (a score in X) or
beside "сколько" ("какой счёт — сколько подписали?"); "за счёт чего", "на счёт", "счёт в
банке" stay.
"""

from __future__ import annotations

from bot.language.lexicon import word_set

_WHICH = word_set("какой каков какой-то")
_SCORE = word_set("счет счёт")
_FINAL = word_set("итоговый финальный окончательный общий")
_BY = word_set("по")
_HOW_MANY = word_set("сколько")


def plain_score(words: list[str]) -> list[str]:
    """The folded words with a score asked as a count: "какой счёт по соглашениям" read as
    "сколько соглашениям" (the count asked, the noun what is counted); "какой счёт — сколько
    подписали" read without "какой счёт" (the count is asked by "сколько" already)."""
    for at, word in enumerate(words):
        if word not in _WHICH:
            continue
        end = at + 1
        if end < len(words) and words[end] in _FINAL:
            end += 1
        if end >= len(words) or words[end] not in _SCORE:
            continue
        rest = words[end + 1 :]
        if any(w in _HOW_MANY for w in rest):
            return [*words[:at], *(rest[1:] if rest[:1] and rest[0] in _BY else rest)]
        if rest[:1] and rest[0] in _BY and len(rest) > 1:
            return [*words[:at], "сколько", *rest[1:]]
    return words
