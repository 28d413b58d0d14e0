"""Where the question begins in a message that first sets the scene.

"I'm putting together a note on the Baku–Astana summit for our newsletter. Could you confirm
the day the Azerbaijani president arrived?" asks one thing, the date; the sentence before it
says why it is asked. Weighed as words of the subject, "note", "newsletter" and "weekly" — none
of them the briefing's — sink every entry below a suggestion. A message of statements closed
by a question is read as a preamble and its question: the question's words say what is asked,
the preamble's count a little (they may name the subject: "trade is about half a billion.
What currency?").
"""

from __future__ import annotations

import re

# A sentence ends at . ! ? … followed by a space or the end ("15.5" and "U.S." do not end one).
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)")
_WORD = re.compile(r"\w+")
_SHORTEST_PREAMBLE = 3  # words: "Hi." or "Ok." sets no scene


def question_start(text: str) -> int:
    """The offset where the question of ``text`` begins after a preamble of statements: the
    start of its first sentence closed by "?", when sentences closed by "." or "!" holding
    at least ``_SHORTEST_PREAMBLE`` words come before it; else 0 (all of it is the question).
    A message with no question mark is all question: "I need the date. Tell me." sets no
    scene apart from what it asks."""
    start = 0
    for end in _SENTENCE_END.finditer(text):
        if "?" in end.group():
            if start and len(_WORD.findall(text[:start])) >= _SHORTEST_PREAMBLE:
                return start
            return 0
        start = end.end()
    return 0
