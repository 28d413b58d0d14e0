"""Acronyms of the names an article spells out: "ОТГ" for "Организация тюркских государств".

Readers type the short form ("что Гусейнов сказал про ОТГ", "OTG") while articles often give
only the full name. An acronym is read off a name as written — a capitalised word followed by
lower-case words, standing inside a sentence (a capital there starts a name, not a sentence):
"…саммите Организации тюркских государств…" gives "отг". Only names of three or more words
count: two-letter initials ("ВС", "МИ") would collide with ordinary short words.
"""

from __future__ import annotations

from bot.language.morphology import parse
from bot.language.text import fold
from bot.patterns import lazy

# Inside a sentence: after a lower-case letter or a comma and a space, a capitalised word and
# two or three lower-case words ("тюркских", "государств"), hyphens allowed.
_NAME = lazy(
    r"(?<=[а-яёa-z,»)] )"
    r"([А-ЯЁ][а-яё-]+(?: [а-яё][а-яё-]+){2,3})"
    r"(?=[\s,.;:!?»)]|$)"
)
# A name's own words: nouns and adjectives ("организация", "тюркских", "государств"); a verb or
# an adverb after a capital ("Казахстан можно смело назвать") is a sentence, not a name.
_NAME_PARTS = frozenset({"NOUN", "ADJF", "PRTF"})
# A first word that is itself a place or a person ("Азербайджана на мировой рынок") starts a
# phrase about it, not the name of an organisation.
_PROPER = frozenset({"Geox", "Name", "Surn", "Patr"})
_SMALL = frozenset({"и", "в", "во", "на", "по", "с", "со", "о", "об", "для", "за", "к", "от", "из"})


def acronyms(text: str) -> dict[str, str]:
    """Folded acronym → the name it stands for, as the text writes it.

    Small function words are skipped in the initials ("Шанхайская организация по
    сотрудничеству" → "шос" as readers write it, not "шопс")."""
    found: dict[str, str] = {}
    for match in _NAME.finditer(text):
        written = match.group(1).split(" ")
        if _is_proper(written[0]):
            continue
        # Where the name ends is not known ("Организации тюркских государств прошёл"): every
        # reading of three or more words is offered; only the real one is ever typed.
        for end in range(3, len(written) + 1):
            words = [w for w in written[:end] if w not in _SMALL]
            if not all(_is_name_part(w) for w in words[1:]):
                break
            if len(words) >= 3:
                found.setdefault(fold("".join(w[0] for w in words)), " ".join(written[:end]))
    return found


def _is_name_part(word: str) -> bool:
    return any(r.tag.POS in _NAME_PARTS for r in parse(word.lower()))


def _is_proper(word: str) -> bool:
    return any(_PROPER & r.tag.grammemes for r in parse(word.lower()))
