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


# Prepositions of a place before the first of two alternatives: "in Almaty or (in) Astana".
_AT_PLACE = word_set("в во in at")


def placed_alternatives(
    words: list[str] | tuple[str, ...],
) -> frozenset[tuple[str, str]]:
    """The pairs of ``alternatives`` offered as places, a preposition of place before the
    first ("was the ceremony in Almaty or in Astana?", "в Алматы или в Астане"): which one
    the article gives is asked, so a name it never uses is only the other choice, not
    someone or somewhere the question is about."""
    words = tuple(words)
    placed = set()
    for at in range(2, len(words) - 1):
        if words[at] in OR_WORDS and words[at - 2] in _AT_PLACE:
            placed.update(alternatives(words[at - 2 : at + 3]))
    return frozenset(placed)


# Articles a second alternative may open with: "a state visit or a working one".
_ARTICLES = word_set("a an the")


def qualified_alternatives(words: list[str] | tuple[str, ...]) -> tuple[tuple[str, str, str], ...]:
    """Two words qualifying one noun offered as alternatives, as (first, second, noun): "a
    state visit or a working one" (the prop-word "one" already read out of the words), "a
    state or a working visit", "государственный визит или рабочий". Which one the article
    says is asked: the briefing writing one of them with that very noun answers, and the
    other, which it may use elsewhere ("working group"), is no word of the subject."""
    words = tuple(words)
    found = []
    for at in range(1, len(words)):
        if words[at] not in OR_WORDS:
            continue
        after = at + 1
        while after < len(words) and words[after] in _ARTICLES:
            after += 1
        if after >= len(words) or not _qualifier(words[after]):
            continue
        second, rest = words[after], words[after + 1 :]
        first, noun = words[max(0, at - 2) : at] if at >= 2 else ("", words[at - 1])
        if _qualifier(first) and (not rest or rest[0] == noun or rest[0] in OR_WORDS):
            found.append((first, second, noun))  # "state visit or a working (one|visit)"
        elif rest and _qualifier(rest[0]) and _qualifier(noun):
            found.append((noun, second, rest[0]))  # "state or a working visit"
    return tuple(found)


def _qualifier(word: str) -> bool:
    """May the word be one of the alternatives, or their noun? Not a stop word, a joining
    word or a number: "15 or 20 agreements" checks a figure, which its own rules read."""
    return bool(word) and not is_stop(word) and word not in OR_WORDS and not word.isdigit()


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
