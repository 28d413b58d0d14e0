"""An expert named by his place among those quoted: "per the second expert", "the third
commentator", "what did the first analyst say" — read as his surname, as "the Azerbaijani
president" is read as the holder's (``office_holders``).

A piece quoting several commentators one after another is read in that order, and a reader
refers to them so. Weighed as words of the subject instead, "second" (a word the briefing
never uses) and "expert" sank every passage, and the question was left unanswered.

The order is the briefing's list of experts, which curators write in the order the article
quotes its commentators (one quoted only through another's comment, as an official's post is,
after them). Only an ordinal before a noun of a commentator counts ("the second corridor"
names no expert); "last" is left alone, as the list's last may be no commentator at all.
"""

from __future__ import annotations

from bot.language.lexicon import word_set

# English ordinals, as words and figures, by the place they name (1-based).
_ORDINALS = {
    **{word: 1 for word in ("first", "1st")},
    **{word: 2 for word in ("second", "2nd")},
    **{word: 3 for word in ("third", "3rd")},
    **{word: 4 for word in ("fourth", "4th")},
}
# The nouns of a commentator an ordinal may pick one of.
_COMMENTATORS = word_set(
    "expert commentator analyst pundit interviewee speaker specialist observer"
)
_ARTICLES = word_set("the a")


def ordinal_experts(words: list[str], in_order: tuple[str, ...]) -> list[str]:
    """The question's words with "(the) second expert" read as the surname at that place of
    ``in_order`` (the experts' surnames, as the question would write them), where there is
    one; the article before the ordinal goes with it."""
    if not in_order:
        return words
    result: list[str] = []
    for at, word in enumerate(words):
        place = _ORDINALS.get(word)
        following = words[at + 1] if at + 1 < len(words) else ""
        if place is not None and following in _COMMENTATORS and place <= len(in_order):
            if result and result[-1] in _ARTICLES:
                result.pop()
            result.append(in_order[place - 1])
            continue
        if (
            at
            and _ORDINALS.get(words[at - 1]) is not None
            and word in _COMMENTATORS
            and result
            and result[-1] in in_order
        ):
            continue  # the noun read with its ordinal
        result.append(word)
    return result
