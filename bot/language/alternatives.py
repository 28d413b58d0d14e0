"""Alternatives a question offers: "официальным или государственным?", "official or state?".

"What kind of visit was it — official or state?" asks which of the two the article says, so
the entry holding one of them answers it; the other is a word the article may never use. Left
in the question, that word weighs as an unknown word against the very entry that answers (an
unseen English word weighs most of the rarest word's weight), and sinks it to "did you mean".
This module only finds the pairs; the analyser decides which word of a pair to set aside.
"""

from __future__ import annotations

from bot.language.lexicon import is_stop, word_set
from bot.language.text import tokens
from bot.patterns import lazy

# The words joining alternatives.
OR_WORDS = word_set("или либо or")


# Prepositions a second alternative repeats: "за месяц или за год", "per month or per year".
_REPEATED = word_set("в во за на per in for")


def alternatives(words: list[str] | tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The pairs of folded words on either side of "или/or" ("официальным", "государственным"),
    in order; a pair needs a word on each side that is not itself a joining word. A
    preposition repeated after the joining word is passed over: "за месяц или за год"
    offers a month or a year."""
    words = tuple(words)
    pairs = []
    for at in range(1, len(words) - 1):
        if words[at] not in OR_WORDS or words[at - 1] in OR_WORDS:
            continue
        after = at + 1
        if words[after] in _REPEATED and words[at - 2 : at - 1] == (words[after],):
            after += 1  # the same preposition before both: "за месяц или за год"
        if after < len(words) and words[after] not in OR_WORDS:
            pairs.append((words[at - 1], words[after]))
    return tuple(pairs)


# A closing list of options after a dash or a colon: "— oil, gas?", ": нефть, газ или уран?".
# A dash must stand apart from the word before it ("Baku–Astana" joins two names).
_LIST_TAIL = lazy(r"(?:\s[‐‑‒–—―−-]+|:)\s*([^‐‑‒–—―−:]+?)[\s?!.…]*$")


def listed_options(text: str) -> tuple[str, ...]:
    """The options a question closes on, one word each, after a dash or a colon ("Which
    energy resources go through Azerbaijan — oil, gas?"): like "нефть или газ?", it asks
    which of them the article says, and a passage saying none of them does not tell. Only
    a question ("?") listing two or more single words, parted by commas (the last by "или/or"
    perhaps); anything longer ("локомотивы, вагоны, что ещё") gives examples, not options."""
    stripped = text.strip()
    if not stripped.endswith("?"):
        return ()
    found = _LIST_TAIL.search(stripped)
    if found is None or "," not in found.group(1):
        return ()
    options: list[str] = []
    for item in found.group(1).split(","):
        words = [w for w in tokens(item) if w not in OR_WORDS]
        if len(words) != 1 or not words[0].isalpha() or is_stop(words[0]):
            return ()
        options.append(words[0])
    return tuple(options) if len(options) >= 2 else ()
