"""Where sentences begin and end in a paragraph of Russian prose.

The extractor reasons sentence by sentence and a reply shows a reported statement as the
article's whole sentence, so both cut sentences the same way: never inside «…», never after
an initial ("Т. Абишев") or an abbreviation ("млн.", "г.").
"""

from __future__ import annotations

import re

from bot.language.lexicon import word_set
from bot.language.text import tokens

CLOSERS = {"«": "»", "“": "”", "„": "“"}
_ABBREVIATIONS = word_set(
    "г гг тыс млн млрд трлн руб долл т д см ст им св ул пр рис табл стр млрд. англ"
)


def sentence_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text`` from ``start`` on, without outer spaces."""
    spans: list[tuple[int, int]] = []
    open_quotes: list[str] = []
    i = start
    while i < len(text):
        ch = text[i]
        if open_quotes and ch == open_quotes[-1]:
            open_quotes.pop()
        elif ch in CLOSERS:
            open_quotes.append(CLOSERS[ch])
        elif ch in ".!?…" and not open_quotes and _ends_sentence(text, i):
            end = i + 1
            while end < len(text) and text[end] in ".!?…":
                end += 1
            _add(spans, text, start, end)
            start = end
            i = end
            continue
        i += 1
    _add(spans, text, start, len(text))
    return spans


def _ends_sentence(text: str, i: int) -> bool:
    rest = text[i + 1 : i + 12]  # a bounded look-ahead keeps long paragraphs linear
    following = rest.lstrip(".!?…")
    if not following[:1].isspace():
        return not following
    nxt = following.lstrip()[:1]
    if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in '«—–"“'):
        return False
    if text[i] == ".":
        word = re.search(r"(\w+)$", text[max(0, i - 40) : i])
        if word and (
            word.group(1).lower() in _ABBREVIATIONS
            or (len(word.group(1)) == 1 and word.group(1).isupper())
        ):
            return False
    return True


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


# A statement ending where a new sentence starts with a capital: "My company moves containers
# from China. The analyst mentioned …?" — not a lower-case word after a dot (a wrong keyboard
# layout types "ю" as "."), nor an initial.
_STATEMENT_END = re.compile(r"(?<=[^\W\d]{2}[.!])\s+(?=[\"«“]?[A-ZА-ЯЁ])")
_SHORTEST_BACKGROUND = 3  # "Hi there." greets; it tells nothing of what is asked


def background_words(text: str) -> frozenset[str]:
    """The words (as ``tokens`` reads them) of the statements a question opens with, that its
    asking sentence does not repeat: "My company moves containers from western China to the
    Caucasus. The Kazakh analyst mentioned a target transit time — how many days is that?"
    is asked by its last sentence; the first tells why the reader asks, and a passage need
    not say "company" or "containers" to answer. Empty unless the message ends with a
    question after at least one such statement."""
    parts = [p.strip() for p in _STATEMENT_END.split(text.strip()) if p.strip()]
    if len(parts) < 2 or not parts[-1].endswith("?"):
        return frozenset()
    asked = {w for p in parts if p.endswith("?") for w in tokens(p)}
    told = {
        w
        for p in parts[:-1]
        if not p.endswith("?") and len(tokens(p)) >= _SHORTEST_BACKGROUND
        for w in tokens(p)
    }
    told |= {part for w in told if "-" in w for part in w.split("-") if part}
    return frozenset(told - asked)
