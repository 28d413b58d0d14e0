"""A sports journalist's metaphors for plain questions: "какой счёт по соглашениям" asks how
many agreements there were, as a match's score tells how many goals; "кто играет первую
скрипку" asks who plays the key role; "Баку и Астана в одной команде?" whether they are
allies.

Only the readings whose meaning leaves no doubt are mapped; the rest ("кто забил", "ничья",
"кто лидирует") are left as they are — unanswered rather than answered from a passage picked
by a guess at the metaphor.

"Счёт" is a score, a count, only as "какой/каков (итоговый) счёт (на табло) (визита) по X" (a
score in X) or beside "сколько" ("какой счёт — сколько подписали?"); "за счёт чего", "на
счёт", "счёт в банке" stay.
"""

from __future__ import annotations

from bot.language.lexicon import word_set
from bot.language.text import phrases_read

_WHICH = word_set("какой каков")
_SCORE = word_set("счет счёт")
_FINAL = word_set("итоговый финальный окончательный общий")
_BOARD = (("на", "табло"),)
_BY = word_set("по")
_HOW_MANY = word_set("сколько")
_BETWEEN = 2  # words between the score and "по": "какой счёт визита по соглашениям"

# Metaphors read as the plain words news writes.
_PHRASES: dict[tuple[str, ...], tuple[str, ...]] = {
    # "играет первую скрипку": plays the key role
    **{(first, violin): ("ключевую", "роль") for first in ("первую",) for violin in ("скрипку",)},
    ("первой", "скрипкой"): ("ключевой", "ролью"),
    # "в одной команде", "играют за одну команду": on the same side, allies
    # ("одной" may be read as the number already: "в 1 команде")
    **{("в", one, "команде"): ("союзники",) for one in ("одной", "1")},
    **{("за", one, "команду"): ("союзники",) for one in ("одну", "1")},
}


def plain_score(words: list[str]) -> list[str]:
    """The folded words with a sports metaphor read plainly (see the module's docstring): a
    score asked as a count ("какой счёт по соглашениям" → "сколько соглашениям": the count
    asked, the noun what is counted; "какой счёт — сколько подписали" without "какой
    счёт"), and the phrases of ``_PHRASES``."""
    return phrases_read(_score_as_count(words), _PHRASES)


def _score_as_count(words: list[str]) -> list[str]:
    for at, word in enumerate(words):
        if word not in _WHICH:
            continue
        end = at + 1
        if end < len(words) and words[end] in _FINAL:
            end += 1
        if end >= len(words) or words[end] not in _SCORE:
            continue
        end += 1
        for board in _BOARD:
            if tuple(words[end : end + len(board)]) == board:
                end += len(board)
        rest = words[end:]
        if any(w in _HOW_MANY for w in (*words[:at], *rest)):
            # the count is asked by "сколько" already: the score says it again
            return [*words[:at], *(rest[1:] if rest[:1] and rest[0] in _BY else rest)]
        by = next((i for i, w in enumerate(rest[: _BETWEEN + 1]) if w in _BY), None)
        if by is not None and by + 1 < len(rest):
            # "какой счёт визита по соглашениям": how many agreements (of the visit)
            return [*words[:at], "сколько", *rest[by + 1 :], *rest[:by]]
    return words
