"""Acronyms of the names a briefing spells out: "ОТГ" for "Организация тюркских государств".

Readers type the short form ("что Гусейнов сказал про ОТГ", "OTG", "депутат ММ") while
articles often give only the full name. An acronym is read off a name as written — a
capitalised word followed by lower-case words, standing inside a sentence or after a dash
(a capital there starts a name, not a sentence): "…саммите Организации тюркских
государств…" gives "отг", "— Транскаспийский международный транспортный маршрут" "тмтм".
Names of three or more words count; of two, only a name both of whose words are capitalised
and neither a person's nor a place's ("Милли Меджлис": "мм", not "Ильхам Алиев"): two-letter
initials of a common phrase ("ВС", "МИ") would collide with ordinary short words. A name the
briefing's English gives ("the Organization of Turkic States") gives its English acronym,
in Latin and in Cyrillic letters as readers type it in a Russian question ("OTS", "ОТС").
"""

from __future__ import annotations

from bot.language.morphology import parse
from bot.language.text import fold
from bot.patterns import lazy

# Inside a sentence: after a lower-case letter, a comma or a dash and a space, a capitalised
# word and two or three lower-case words ("тюркских", "государств"), hyphens allowed.
_NAME = lazy(
    r"(?<=[а-яёa-z,»)—–] )"
    r"([А-ЯЁ][а-яё-]+(?: [а-яё][а-яё-]+){2,3})"
    r"(?=[\s,.;:!?»)]|$)"
)
# Two capitalised words inside a sentence ("депутата Милли Меджлиса"): a name of two words.
_PAIR = lazy(
    r"(?<=[а-яёa-z,»)—–] )"
    r"([А-ЯЁ][а-яё]+) ([А-ЯЁ][а-яё]+)"
    r"(?=[\s,.;:!?»)]|$)"
)
# An English name after "the": capitalised words, "of", "and", "for" between them ("the
# Organization of Turkic States", "the Trans-Caspian International Transport Route").
_ENGLISH_NAME = lazy(
    r"(?<=\bthe )"
    r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: (?:(?:of|and|for) )?[A-Z][a-z]+(?:-[A-Z][a-z]+)?){2,5})"
)
_ENGLISH_SMALL = frozenset({"of", "and", "for"})
# The Latin letters as a Russian question types an English acronym ("OTS": "ОТС").
_CYRILLIC_LETTER = dict(zip("abcdefghiklmnoprstuvz", "абкдефгхиклмнопрстувз", strict=True))
# A name's own words: nouns and adjectives ("организация", "тюркских", "государств"); a verb or
# an adverb after a capital ("Казахстан можно смело назвать") is a sentence, not a name.
_NAME_PARTS = frozenset({"NOUN", "ADJF", "PRTF"})
# A first word that is itself a place or a person ("Азербайджана на мировой рынок") starts a
# phrase about it, not the name of an organisation.
_PROPER = frozenset({"Geox", "Name", "Surn", "Patr"})
_SHORTEST = 3  # words of a name read with a lower-case word after the first
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
            if len(words) >= _SHORTEST:
                found.setdefault(fold("".join(w[0] for w in words)), " ".join(written[:end]))
    for match in _PAIR.finditer(text):
        written = [match.group(1), match.group(2)]
        if not any(_is_proper(word) for word in written):
            found.setdefault(fold("".join(w[0] for w in written)), " ".join(written))
    return found


def english_acronyms(text: str) -> dict[str, str]:
    """Folded acronym → the English name it stands for, for every name of three or more
    words ``text`` gives after "the", each acronym in Latin letters and as a Russian
    question types it ("ots" and "отс": "Organization of Turkic States"); a hyphenated word
    is one initial ("TITR": "Trans-Caspian International Transport Route")."""
    found: dict[str, str] = {}
    for match in _ENGLISH_NAME.finditer(text):
        name = match.group(1)
        words = [w for w in name.split(" ") if w not in _ENGLISH_SMALL]
        if len(words) < _SHORTEST:
            continue
        short = "".join(w[0] for w in words).lower()
        found.setdefault(short, name)
        if all(letter in _CYRILLIC_LETTER for letter in short):
            found.setdefault("".join(_CYRILLIC_LETTER[letter] for letter in short), name)
    return found


def _is_name_part(word: str) -> bool:
    return any(r.tag.POS in _NAME_PARTS for r in parse(word.lower()))


def _is_proper(word: str) -> bool:
    """Is ``word`` a person's or a place's name by its likeliest reading ("Азербайджана",
    "Ильхам"; not "Транскаспийский", an adjective the dictionary also guesses a place)?"""
    parses = parse(word.lower())
    return bool(parses) and bool(_PROPER & parses[0].tag.grammemes)


_VOWELS = frozenset("аеиоуыэюя")
_RUSSIAN_LETTERS = frozenset("абвгдежзийклмнопрстуфхцчшщъыьэюя")
_LINKING = frozenset("ое")  # "железн-о-дорожный", "нефт-е-провод": a compound's linking vowel
_STEM = 4  # letters each part of a compound keeps at the least ("железн", "дорожн")


def is_letter_abbreviation(word: str) -> bool:
    """A short Russian word of consonants only ("жд", "тс"): letters standing for words,
    which no dictionary reads."""
    letters = set(word)
    return 2 <= len(word) <= 3 and letters <= _RUSSIAN_LETTERS and not letters & _VOWELS


def spells_out(abbreviation: str, words: tuple[str, ...] | list[str]) -> bool:
    """Do folded ``words`` hold what a letter abbreviation stands for: words in a row
    beginning with its letters ("жд": "железных дорог"), or a compound of two whose parts
    begin with them ("железнодорожную")? Chats and notes write "жд", "ж/д" for the railway
    an article spells out."""
    size = len(abbreviation)
    for at in range(len(words) - size + 1):
        if all(words[at + i].startswith(abbreviation[i]) for i in range(size)):
            return True
    return size == 2 and any(_compound_of(word, abbreviation) for word in words)


def _compound_of(word: str, letters: str) -> bool:
    """Is ``word`` a compound of two stems beginning with ``letters``, a linking vowel
    between ("железнодорожный" for "жд")?"""
    if not word.startswith(letters[0]):
        return False
    return any(
        word[at] in _LINKING and word[at + 1] == letters[1]
        for at in range(_STEM, len(word) - _STEM)
    )
