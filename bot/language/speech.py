"""How a text attributes words to a person: "по словам X", "по его мнению", "according to X".

One definition for the three places that read it: the checker (is the speaker named as the
one speaking?), the extractor (where reported speech starts and whose it is) and the reply
(does a span already carry its attribution, so that "По словам X," would say it twice?).
"""

from __future__ import annotations

import re

# "по словам X", "по мнению X": what follows is X's words or view.
SPEECH_NOUNS = ("словам", "мнению")
# "по оценке/данным X": a source of the statement, not always a person speaking.
SOURCE_NOUNS = (*SPEECH_NOUNS, "оценке", "оценкам", "данным", "убеждению", "информации")
# "по его словам": the person named before.
POSSESSIVES = ("его", "её", "ее", "их")

_SPEECH = "|".join(SPEECH_NOUNS)
_SOURCE = "|".join(SOURCE_NOUNS)
_POSSESSIVE = "|".join(POSSESSIVES)

# Anywhere in a span: the span names its source itself.
ATTRIBUTED = re.compile(rf"\bпо (?:(?:{_POSSESSIVE}) )?(?:{_SPEECH})\b", re.IGNORECASE)
# Right before a name: the name is the one speaking ("по словам Гусейнова", "said Huseynov").
SPEAKER_BEFORE = re.compile(rf"(?:по (?:{_SPEECH})|according to|said|says)\s+\S*\s*$", re.I)
# At a clause start: "По словам X, …", ", по его мнению, …" — who the frame names follows.
SOURCE_FRAME = re.compile(
    r"(?:^|(?<=[,—–]\s))[Пп]о\s+"
    rf"(?:(?P<pronoun>{_POSSESSIVE})\s+)?"
    rf"(?P<noun>{_SOURCE})\b"
)

# "his statement", "своё заявление": a noun of saying owned by a pronoun stands for what the
# person the question names said — a frame, as "said" is, not a thing asked about.
OWN_POSSESSIVES = frozenset(
    {"his", "her", "their", "его", "её", "ее", "их", "своё", "свое", "свои", "своих", "своем"}
    | {"свой", "своём", "своим", "своей", "свою", "своего"}
)
SAYING_NOUNS = frozenset(
    {"statement", "statements", "remarks", "words", "заявление", "заявления", "заявлении"}
    | {"заявлением", "высказывание", "высказывании", "высказывания", "слова", "словах"}
    | {"комментарий", "комментария", "комментарии", "комментарием", "comment", "comments"}
    | {"выступление", "выступления", "выступлении", "speech"}
)


def without_own_saying(words: list[str]) -> list[str]:
    """The folded words of a question without "his statement" / "его слова" (pronoun and
    noun): "Where did Hajiyev publish his statement?" asks where he published, and an entry
    of his words need not hold the word "statement" to answer it. "Hajiyev's statement", an
    owner named, stays: it may be what another person assessed."""
    kept: list[str] = []
    at = 0
    while at < len(words):
        if words[at] in OWN_POSSESSIVES and at + 1 < len(words) and words[at + 1] in SAYING_NOUNS:
            at += 2
            continue
        kept.append(words[at])
        at += 1
    return kept
