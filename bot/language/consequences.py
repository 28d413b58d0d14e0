"""Where an article says that one passage follows from the passage before it.

"«… священным числом является цифра семь», — отметил Ишмухамедов. С учётом этого … логично
добавить Турцию": the reason for adding Turkey is the sentence before, which the second
sentence points back to ("С учётом этого"). Neither sentence holds a causal connective of its
own words — the first states a fact, the second its consequence — so a "why" about Turkey
finds no reason in either unless the link between them is read.

A backward-referring consequence connector opens a sentence (or a clause after a comma, a
semicolon or a dash): "Поэтому", "Именно поэтому", "Вот почему", "С учётом этого", "В связи с
этим", "Исходя из этого", "Отсюда, …", "Следовательно", "therefore", "that is why", "hence",
"given this". The passage it points back to is the sentence before (across a paragraph's
break: the connector may open a paragraph, as in the example), or the clause before it.

Left out on purpose: "Таким образом" and "thus", "итак". Parenthetical "таким образом," draws
a conclusion, "то же, что «итак»", which often sums up a whole paragraph rather than follows
from the sentence before ("Таким образом, первая часть плана была выполнена" — after an
account of how); unparenthetical it means "in this way", a manner, no cause at all. Taking
the sentence before as the reason of a summary would answer a "why" with a part of what is
summed up. "Отсюда" counts only as "Отсюда, …" or "Отсюда и …": bare, it may mean "from here".
"""

from __future__ import annotations

import re

from bot.language.sentences import sentence_spans
from bot.patterns import lazy
from bot.records import record

_CONNECTORS = (
    r"с\s+уч[её]том\s+этого",
    r"учитывая\s+это",
    r"поэтому",
    r"вот\s+почему",
    r"в\s+связи\s+с\s+этим",
    r"исходя\s+из\s+этого",
    r"отсюда(?=\s*,|\s+и\b)",
    r"следовательно",
    r"по\s+этой\s+причине",
    r"из-за\s+этого",
    r"благодаря\s+этому",
    r"вследствие\s+этого",
    r"ввиду\s+этого",
    r"в\s+силу\s+этого",
    r"therefore",
    r"that\s+is\s+why",
    r"that's\s+why",
    r"this\s+is\s+why",
    r"hence",
    r"given\s+this",
    r"for\s+(?:this|that)\s+reason",
    r"consequently",
    r"accordingly",
)
# Words that may stand before the connector without changing what it points back to:
# "И поэтому", "Именно поэтому", "Вот поэтому", "And that is why", "Precisely for this reason".
_LEAD_INS = r"(?:(?:и|а|но|именно|вот|and|precisely|exactly)\s+)?"
_OPENERS = "\"'«“„(—–- \t"


_ALTERNATIVES = "|".join(_CONNECTORS)
# The connector opening a text, and one inside a sentence (after a comma, a semicolon, a colon
# or a dash). A start from the start-up cache reads no article and needs neither.
_OPENING = lazy(rf"{_LEAD_INS}(?:{_ALTERNATIVES})(?!\w)", re.IGNORECASE)
_INSIDE = lazy(rf"[,;:—–]\s*(?={_LEAD_INS}(?:{_ALTERNATIVES})(?!\w))", re.IGNORECASE)


@record
class Consequence:
    """The text says that the passage ``effect`` follows from the passage ``cause``: both are
    (start, end) character ranges of the text, end exclusive; ``connector`` is the word(s)
    saying so, as written."""

    cause: tuple[int, int]
    effect: tuple[int, int]
    connector: str


def leading_connector(text: str) -> int:
    """How many characters at the start of ``text`` a backward-referring consequence
    connector takes ("Поэтому ", "С учётом этого, "), 0 if it opens with none: a span opening
    with one states what follows, not the reason it follows from."""
    at = len(text) - len(text.lstrip(_OPENERS))
    found = _OPENING.match(text, at)
    if found is None:
        return 0
    end = found.end()
    return end + len(text[end:]) - len(text[end:].lstrip(",: \t"))


def consequences(text: str) -> tuple[Consequence, ...]:
    """Every consequence ``text`` states by a backward-referring connector: a sentence opening
    with one follows from the sentence before it (the previous paragraph's last, when it
    opens a paragraph), a clause opening with one from the clause before it."""
    sentences = _sentences(text)
    found: list[Consequence] = []
    for number, (start, end) in enumerate(sentences):
        sentence = text[start:end]
        opening = leading_connector(sentence)
        if opening and number > 0:
            connector = sentence[:opening].strip(_OPENERS + ",:")
            found.append(Consequence(sentences[number - 1], (start, end), connector))
            continue
        inside = _INSIDE.search(sentence)
        if inside is not None and inside.start() > 0:
            clause = start + inside.end()
            connector = sentence[inside.end() : inside.end() + leading_connector(text[clause:end])]
            found.append(
                Consequence((start, start + inside.start()), (clause, end), connector.strip(", "))
            )
    return tuple(found)


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of ``text``, paragraph by paragraph (non-empty lines)."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            spans.extend((offset + s, offset + e) for s, e in sentence_spans(line))
        offset += len(line)
    return spans
