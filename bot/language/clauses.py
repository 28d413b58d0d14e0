"""A text's clauses, and what the numbers in each of them count.

"стороны подписали 15 важных соглашений о сотрудничестве в ключевых сферах: энергетике,
транспорте, …" gives the number of all the agreements and the areas they cover; it gives no
number of the agreements on energy. A question counting a subset ("сколько соглашений по
энергетике") is answered only by a number said of that subset: the words qualifying what is
counted must stand in the clause that counts it, not in an enumeration after a colon or
another sentence. So a text is cut into clauses (at sentence ends, colons and semicolons),
each with its lemmas and the lemmas its numbers count — the words right after a number, in
the same stretch between commas ("15 важных соглашений", "1,5–2 миллиона тонн").
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from bot.language.lexicon import is_stop
from bot.language.morphology import parse
from bot.language.numbers import QUANTITY_STEMS, SCALE_WORDS
from bot.language.text import fold, is_cyrillic, tokens
from bot.patterns import lazy
from bot.records import record

# Where one statement ends and an enumeration or another statement begins. A full stop
# between digits is a decimal point, not an end.
_CLAUSE_END = lazy(r"[;:!?]|\.(?!\d)")
# Within a clause, what a number counts stops at a comma or a dash: "«5+1», преобразовавшейся"
# counts nothing.
_STRETCH_END = lazy(r",(?!\d)|\s[-–—]\s")
# How many words after a number may name what it counts: "15 важных соглашений",
# "5–7 миллионов тонн грузов".
COUNTED_WITHIN = 3


@record
class Clause:
    """One clause of a text: its lemmas, the lemmas of what its numbers count, and whether
    it follows a colon (an enumeration of the parts of what the clause before it names)."""

    lemmas: frozenset[str]
    counted: frozenset[str]
    listing: bool = False
    # its last word's lemma: what an enumeration after it lists ("в ключевых сферах: …" lists
    # areas, not the agreements named before them)
    last: str = ""


def clauses(text: str, lemma: Callable[[str], str]) -> tuple[Clause, ...]:
    """The clauses of ``text`` (``lemma`` reads a folded word), empty ones left out."""
    found: list[Clause] = []
    listing = False
    folded = fold(text)
    start = 0
    for end in (*_CLAUSE_END.finditer(folded), None):
        part = folded[start : end.start() if end is not None else len(folded)]
        lemmas: set[str] = set()
        counted: set[str] = set()
        last = ""
        for stretch in _STRETCH_END.split(part):
            words = [w for w in tokens(stretch) if not is_stop(w)]
            read = [lemma(w) for w in words]
            lemmas.update(read)
            last = read[-1] if read else last
            for at, word in enumerate(words):
                if is_number(word):
                    counted.update(read[at + 1 : at + 1 + COUNTED_WITHIN])
        if lemmas:
            found.append(Clause(frozenset(lemmas), frozenset(counted), listing, last))
        if end is not None:
            listing = end.group() == ":" or (listing and end.group() == ";")
            start = end.end()
    return tuple(found)


def measured(text: str, lemma: Callable[[str], str]) -> Clause:
    """A curator's account of what a figure measures ("сколько соглашений о сотрудничестве
    подписали стороны"), read as one clause whose every word is what the figure counts."""
    lemmas = frozenset(lemma(w) for w in tokens(text) if not is_stop(w))
    return Clause(lemmas, lemmas)


def is_number(word: str) -> bool:
    """A folded token giving a number: digits ("15", "1,5-2"), a number word read as digits
    by ``tokens``, or a word of scale ("миллиона", "вдвое")."""
    return word[:1].isdigit() or word in SCALE_WORDS or any(s in word for s in QUANTITY_STEMS)


# An enumeration: three or more short items in a row, between commas or dashes ("Обсуждаются
# аграрная сфера, инвестиции, транспортно-логистическое сотрудничество, энергетика"). An item
# opens with a noun or an adjective (after "и/а также/and"), and is a few words long: a clause
# ("переговоры пошли, как и предполагалось") or a stretch opening with a preposition ("по
# словам эксперта") is none.
_ITEMS_IN_A_ROW = 3
_ITEM_WORDS = 5
_ITEM_BREAK = lazy(r",(?!\d)|\s[-–—]\s|[;:.!?](?!\d)")
_ITEM_LEADS = frozenset({"и", "а", "также", "and", "as", "well"})
_NOT_ITEMS = frozenset(
    {
        *("the", "a", "an", "to", "of", "in", "on", "at", "by", "for", "with", "from"),
        *("that", "which", "who", "is", "are", "was", "were", "be", "it", "this"),
        *("they", "he", "she", "we", "as", "but", "or", "not"),
    }
)


def enumerates_items(text: str) -> bool:
    """Does ``text`` list several items one by one (``_ITEMS_IN_A_ROW`` short nominal
    stretches in a row)? It answers a question asking which topics or areas, where a text
    naming the kind ("обсуждение ключевых тем") does not."""
    run = 0
    for stretch in _ITEM_BREAK.split(fold(text)):
        run = run + 1 if _is_item(tokens(stretch)) else 0
        if run >= _ITEMS_IN_A_ROW:
            return True
    return False


def _is_item(words: list[str]) -> bool:
    """A short stretch opening with a noun or an adjective (Russian), or with no function
    word (English)."""
    while words and words[0] in _ITEM_LEADS:
        words = words[1:]
    if not words or len(words) > _ITEM_WORDS:
        return False
    first = words[0]
    if not is_cyrillic(first):
        return first.isalpha() and first not in _NOT_ITEMS
    parses = parse(first)
    return bool(parses) and parses[0].tag.POS in ("NOUN", "ADJF", "PRTF")


# What opens the particulars of the clause before ("…инвестиций в инфраструктуру. В
# частности, речь шла о модернизации …, увеличении числа локомотивов"): they say which
# things of it, as a list after a colon does.
_PARTICULARS = lazy(
    r"^(?:в частности|в том числе|например|а именно|in particular|including|for example|"
    r"for instance|namely)\b"
)
_SEVERAL = lazy(r",(?!\d)|\sи\s|\sand\s")


def names_among_particulars(
    text: str, lemma: Callable[[str], str], heads: frozenset[str]
) -> bool:
    """Does ``text`` list particulars (after "в частности", "in particular", naming several
    things) one of which is one of ``heads`` (lemmas)? "Rail, ferry upgrades — specifics?"
    is answered so: "In particular: modernising the railways, increasing the number of
    locomotives …, building new ferries" — the upgrades are the things listed."""
    parts = [p.strip() for p in _CLAUSE_END.split(fold(text))]
    for at, part in enumerate(parts):
        cue = _PARTICULARS.match(part)
        if cue is None:
            continue
        listed = part[cue.end() :].lstrip(" ,")
        if not listed and at + 1 < len(parts):
            listed = parts[at + 1]
        if _SEVERAL.search(listed) and any(
            lemma(w) in heads for w in tokens(listed) if not is_stop(w)
        ):
            return True
    return False


def particularises(text: str, lemma: Callable[[str], str], heads: frozenset[str]) -> bool:
    """Does ``text`` name one of ``heads`` (lemmas) in a clause and give its particulars
    in the next, opened by "в частности", "в том числе", "например" and naming several
    things? "Какие именно вложения нужны" is answered so: "необходимость дополнительных
    инвестиций … В частности, речь шла о модернизации железных дорог, увеличении числа
    локомотивов и вагонов"."""
    parts = [p.strip() for p in _CLAUSE_END.split(fold(text))]
    for at, (before, after) in enumerate(itertools.pairwise(parts)):
        cue = _PARTICULARS.match(after)
        if cue is None:
            continue
        listed = after[cue.end() :].lstrip(" ,")
        if not listed and at + 2 < len(parts):
            listed = parts[at + 2]  # "In particular: modernising the railways, …"
        if not _SEVERAL.search(listed):
            continue
        if any(lemma(w) in heads for w in tokens(before) if not is_stop(w)):
            return True
    return False
