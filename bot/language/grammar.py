"""Small grammar needed to frame verbatim spans without changing their words.

Only the first letter's case and a closing full stop may change when a span is put after
"По словам …,": the checker normalises neither, so they are cosmetic and never touch the
expert's words.
"""

from __future__ import annotations

from bot.language.morphology import parse

_PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"}


def _is_proper(word: str) -> bool:
    if not word or not word[0].isalpha():
        return True
    if len(word) == 1:
        return False  # a preposition or conjunction: "В центре внимания" → "в центре…"
    if word[1:].isupper():
        return True  # an abbreviation: ОТС, ИИ
    if not ("а" <= word[0].lower() <= "я" or word[0] in "Ёё"):
        return True
    return any(tag in p.tag for p in parse(word)[:2] for tag in _PROPER)


def lower_start(text: str) -> str:
    """ "Это решение …" → "это решение …", but "Азербайджан …" stays capitalised."""
    first = text.split(" ", 1)[0].strip('«»"“”,.:;!?()')
    if first and first[0].isupper() and not _is_proper(first):
        index = text.index(first[0])
        return text[:index] + text[index].lower() + text[index + 1 :]
    return text


def capitalise_start(text: str) -> str:
    """First letter upper case — unless the text starts with a number ("20 октября")."""
    for index, ch in enumerate(text):
        if ch.isdigit():
            return text
        if ch.isalpha():
            return text[:index] + ch.upper() + text[index + 1 :]
    return text


def finish_sentence(text: str) -> str:
    text = text.rstrip()
    if text and text[-1] not in ".!?…":
        text += "."
    return text


def past_verb_suffix(name: str) -> str:
    """ "а" when the first name is feminine (Как отметила …), else ""."""
    first = name.split()[0] if name.split() else ""
    for candidate in parse(first)[:3]:
        if "Name" in candidate.tag:
            return "а" if "femn" in candidate.tag else ""
    return ""
