"""Which slips a hand makes on the Russian ЙЦУКЕН keyboard.

A word the dictionary knows is read as another word one letter away only when a hurried hand
could have typed the one for the other. A letter left out, typed twice or swapped with its
neighbour is such a slip wherever it falls; a letter typed in another's place is one only when
the two keys touch ("тлн" for "тон": Л beside О). Two real words a letter apart whose
letters lie far apart on the board are two words: "нормальный" is no slip of
"формальный" (Н and Ф are far apart), and reading it as one changes what is asked.
"""

from __future__ import annotations

# The letter rows, top to bottom; each row sits half a key to the right of the one above.
_ROWS = ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю")


def _neighbours() -> dict[str, frozenset[str]]:
    """Each letter's touching keys: its row neighbours and the two keys of the rows above
    and below that its edge meets."""
    found: dict[str, set[str]] = {}
    for number, row in enumerate(_ROWS):
        for at, letter in enumerate(row):
            near = found.setdefault(letter, set())
            near.update(row[max(at - 1, 0) : at + 2])
            if number > 0:  # the row above: the key straight up and the one up-right
                near.update(_ROWS[number - 1][at : at + 2])
            if number + 1 < len(_ROWS):  # the row below: the key down-left and straight down
                near.update(_ROWS[number + 1][max(at - 1, 0) : at + 1])
            near.discard(letter)
    return {letter: frozenset(near) for letter, near in found.items()}


NEIGHBOURS = _neighbours()
# The keys left and right on the same row ("о": "рл"): where a finger landing one key off
# along the row types, the slip the key repair of unknown long words tries.
_ROW_NEIGHBOURS = {
    letter: row[max(0, at - 1) : at] + row[at + 1 : at + 2]
    for row in _ROWS
    for at, letter in enumerate(row)
}


def key_neighbours(letter: str) -> str:
    """The letters on the keys left and right of ``letter``'s on its ЙЦУКЕН row ("о": "рл");
    none for a letter off those rows."""
    return _ROW_NEIGHBOURS.get(letter, "")


def keys_touch(one: str, other: str) -> bool:
    """Are the two letters' keys next to each other on the ЙЦУКЕН board?"""
    return other in NEIGHBOURS.get(one, frozenset())


def mistyped_key(word: str, other: str) -> bool:
    """Do two words of one length differ in one letter only, typed on a key touching the
    other's? A letter replaced by a far key is no slip (see the module's docstring)."""
    if len(word) != len(other):
        return False
    differing = [(a, b) for a, b in zip(word, other, strict=True) if a != b]
    return len(differing) == 1 and keys_touch(*differing[0])
