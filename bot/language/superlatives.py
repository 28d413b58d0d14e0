"""Which of several has the most or the least: a ranking by amount asked of a list.

"В какой из сфер подписали больше всего соглашений?", "по какому направлению меньше всего
документов", "which sector got the most agreements": the asker wants the amounts of the
members compared. A passage listing the members ("15 соглашений в сферах: энергетике,
транспорте, …") without an amount for each answers the list, not the ranking; only a text
that ranks them itself ("больше всего", "крупнейший", "the most") or gives several amounts
to compare does.
"""

from __future__ import annotations

import itertools

from bot.language.lexicon import word_set
from bot.language.text import fold
from bot.patterns import lazy

# The comparatives that rank by amount when followed by "всего"/"всех": "больше всего",
# "меньше всех". Not "чаще", "лучше": a frequency or a quality ranks no amounts.
_AMOUNT_COMPARATIVES_RU = word_set("больше меньше")
_ALL_RU = word_set("всего всех")
# One-word superlatives of amount: "наибольшее число", "наименьшее количество".
_AMOUNT_SUPERLATIVES_RU = word_set(
    "наибольшее наибольший наибольшая наибольшего наибольшим наибольшей "
    "наименьшее наименьший наименьшая наименьшего наименьшим наименьшей"
)
# English amount superlatives before what is counted: "the most agreements", "the fewest
# deals". "Most" before an adjective ("the most dynamic") ranks a quality, not an amount, so
# it counts only before a plural noun (a word ending in "s" that is not an adjective's "-ous").
_FEWEST_EN = word_set("fewest")
# Nouns of amount a ranking counts with, before what is counted: "наибольшее число
# соглашений", "the largest number of agreements".
_AMOUNT_NOUNS = word_set("число числа количество количества number of")
_MOST_EN = word_set("most least")

# A text's own ranking: "больше всего", "крупнейший", "the largest".
_RANKING_TEXT = lazy(
    r"\b(?:больше всего|меньше всего|больше всех|меньше всех|наибольш\w*|наименьш\w*"
    r"|крупнейш\w*|the most|the largest|the biggest|the fewest)\b"
)
# An amount in a text: a number, a range counted once ("15–18").
_AMOUNT = lazy(r"\d+(?:[.,]\d+)?(?:\s*[–-]\s*\d+(?:[.,]\d+)?)?")


def ranked_at(words: tuple[str, ...] | list[str]) -> int | None:
    """The position after the words asking which member has the most or the least of an
    amount ("больше всего | соглашений", "the fewest | agreements"): where what is counted
    stands. None when no such ranking is asked."""
    for at, (word, after) in enumerate(itertools.pairwise(words)):
        if word in _AMOUNT_COMPARATIVES_RU and after in _ALL_RU:
            return at + 2
        if word in _FEWEST_EN or word in _AMOUNT_SUPERLATIVES_RU:
            return at + 1
        if word in _MOST_EN and after.endswith("s") and not after.endswith("ous"):
            return at + 1
    if words and (words[-1] in _FEWEST_EN or words[-1] in _AMOUNT_SUPERLATIVES_RU):
        return len(words)
    return None


def counted_by_ranking(words: tuple[str, ...] | list[str]) -> str | None:
    """What a ranking by amount counts, as typed: "соглашений" of "больше всего
    соглашений"; None when no ranking is asked or nothing follows it."""
    at = ranked_at(words)
    if at is None:
        return None
    while at < len(words) and words[at] in _AMOUNT_NOUNS:
        at += 1
    return words[at] if at < len(words) else None


def ranks_amounts(text: str) -> bool:
    """Does the text rank by amount itself, or give at least two amounts to compare? A
    single total ("15 соглашений") ranks no member of what it lists."""
    folded = fold(text)
    if _RANKING_TEXT.search(folded):
        return True
    return len(_AMOUNT.findall(folded)) >= 2
