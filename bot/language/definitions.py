"""Questions asking what a thing is, and passages that say it.

"что такое Средний коридор", "what route is the Middle Corridor", "Middle Corridor = which
route exactly?" ask for the thing's definition. An article often names a thing in many
passages and defines it in one: "Средний коридор — Транскаспийский международный транспортный
маршрут", "X (…)", "X, то есть …", "X проходит через …", in English "the Middle Corridor, the
Trans-Caspian … Route", "X is a …". A passage merely mentioning the thing ("значение
Транскаспийского маршрута") may win on the thing's words alone; the one whose words define
it is the answer (``Matcher._defining_first``). Here: whether a question asks a definition,
and whether a text defines a thing, given a test of which of its words name the thing.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.language.lexicon import word_set
from bot.patterns import lazy

# "что такое X", "что это за X", "что за X", "X — это что", "что значит / означает X",
# "what is X", "what's X", "what exactly is X", "which route is X", "X = which route",
# "what does X mean / stand for".
_ASKS_RU = lazy(
    r"(?:^|\s)(?:что\s+(?:же\s+)?так(?:ое|ая|ой|ие)|что\s+(?:это\s+)?за|это\s+что|"
    r"что\s+(?:это\s+)?(?:значит|означает)|что\s+подразумева\w*|"
    # "что (именно) понимается под X", "что имеется в виду под X"
    r"что\s+(?:именно\s+)?(?:понима\w*|име\w+\s+в\s+виду)\s+под)(?:\s|$|\?)"
)
_ASKS_EN = lazy(
    r"^\s*(?:so\s+)?(?:what(?:'s|\s+is|\s+are)|what\s+exactly\s+is)\s|"
    r"(?:^|\s)(?:which|what)\s+(?:(?:kind|sort|type)\s+of\s+)?[a-z]+\s+(?:exactly\s+)?(?:is|are)\s|"
    r"=\s*(?:which|what)\b|"
    r"\bwhat\s+does\s+.+\s+(?:mean|stand\s+for)\b|"
    # "what exactly is meant by X", "what do they mean by X", "X - what it is exactly?"
    r"\bwhat\s+(?:exactly\s+)?(?:is|are)\s+(?:exactly\s+)?meant\s+by\b|"
    r"\bwhat\s+(?:exactly\s+)?(?:do|does)\s+.+\s+mean\s+by\b|"
    r"(?:^|\s)what\s+(?:it|this)\s+is(?:\s+exactly)?\s*(?:[,?.!]|$)"
)
# What, right after the thing's words, says what it is: a dash or a bracket before its
# definition, "то есть / i.e. / namely", a verb of being or meaning, a verb of the route it
# runs ("проходит через", "runs through"), or, in English, an apposition ("X, the Y").
_DEFINES_RU = lazy(
    r"^\s*(?:[—–]|-\s|\(|,\s*(?:то\s+есть|т\.\s*е\.|или|а\s+именно)\s|"
    r"(?:—\s*)?это\s|является\s|означает\s|называ\w+\s|представляет\s+собой\s|"
    r"проход\w*\s+(?:через|по)\s|связывает\s|соединяет\s)"
)
_DEFINES_EN = lazy(
    r"^\s*(?:[—–]|-\s|\(|,\s*(?:i\.\s*e\.|that\s+is|namely|or)\s|,\s+the\s+[A-Z]|"
    r"(?:is|are)\s+(?:a|an|the)\s|means\s|stands\s+for\s|"
    r"(?:runs|passes|goes)\s+(?:through|across|via|from)\s|links\s|connects\s)"
)
_WORD = lazy(r"\w+(?:-\w+)*")


# "the official name of the Middle Corridor", "its full name", "официальное название", "как
# официально называется": what the thing is called in full, which its defining passage
# gives ("Средний коридор — Транскаспийский международный транспортный маршрут").
_ASKS_NAME = lazy(
    r"\b(?:(?:official|full|formal|proper|complete)\s+)+(?:name|title)\b|"
    # "which other name does the article give", "another name for it", "also known as"
    r"\b(?:other|another|alternative|second)\s+(?:name|title)s?\b|"
    r"\balso\s+(?:called|known\s+as|named)\b|"
    r"(?:^|\s)(?:(?:официальн|полн)\w*\s+)+(?:назван|наименован|им[яе])\w*|"
    r"(?:^|\s)(?:официально|полностью)\s+называ\w*"
)


# The words asking for a definition or a full name, which name nothing of the thing asked
# about: "what exactly is MEANT by X", "the FULL OFFICIAL NAME of X", "что ПОНИМАЕТСЯ под X",
# "ПОЛНОЕ НАЗВАНИЕ X" (folded words; a run of the name's adjectives before its noun).
_NAMING_ADJECTIVES = word_set(
    "official full formal proper complete официальное официальным официального "
    "официальная официальную полное полного полным полная полную полном"
)
_NAME_NOUNS = word_set(
    "name title название названия названием наименование наименования наименованием имя имени"
)
_MEANING_WORDS = word_set("meant mean понимается понимают подразумевается подразумевают")
_PRECISELY = word_set("exactly именно")
_IN_FULL = word_set("официально полностью")
_CALLED = word_set("называется называются называют называли назывался называлась")


# Words of how a definition is asked wherever they stand, not of the thing defined: "what
# exactly is meant by the Middle Corridor? please clarify", "which other name does the
# article give". Weighed as words of the subject, they sank the defining passage below an
# answer.
_DEFINING_WORDS = frozenset(
    {"meant", "mean", "means", "meaning", "exactly", "precisely", "clarify", "explain"}
    | {"define", "definition", "other", "another", "alternative", "name", "names", "called"}
)


def definition_frame(words: tuple[str, ...] | list[str], text: str) -> frozenset[int]:
    """The positions of the words asking what a thing is or what it is called in full
    ("what exactly is meant by the Middle Corridor", "the full official name of …", "что
    имеется в виду под …", "please clarify"), read from the question's words (folded): how
    it asks, no word of the subject a passage must explain. Empty unless the question
    (``text``, as read, lower case) asks a definition or a name (``asks_definition``)."""
    if not asks_definition(text):
        return frozenset()
    found: set[int] = {at for at, word in enumerate(words) if word in _DEFINING_WORDS}
    for at, word in enumerate(words):
        if word in _CALLED and at > 0 and words[at - 1] in _IN_FULL:
            found.update({at - 1, at})  # "как официально называется X"
        elif word in _NAME_NOUNS and asks_name(text):
            found.add(at)
            back = at - 1
            while back >= 0 and words[back] in _NAMING_ADJECTIVES:
                found.add(back)
                back -= 1
        elif word in _MEANING_WORDS and at + 1 < len(words) and words[at + 1] in ("by", "под"):
            found.add(at)
        elif (
            word == "виду" and at >= 2 and words[at - 1] == "в" and "под" in words[at + 1 : at + 2]
        ):
            found.update({at - 2, at})  # "имеется в виду под": "в" is no word of anything
    if found:
        found.update(at for at, word in enumerate(words) if word in _PRECISELY)
    return frozenset(found)


def asks_definition(text: str) -> bool:
    """Does the question (as read, lower case) ask what a thing is, or what it is called in
    full?"""
    return bool(_ASKS_RU.search(text) or _ASKS_EN.search(text) or asks_name(text))


def asks_name(text: str) -> bool:
    """Does the question (as read, lower case) ask what a thing is called in full ("the
    official name of …", "полное название …")? Only a passage defining the thing gives it
    (``defines``): one naming the thing by the words asked says no other name of it."""
    return _ASKS_NAME.search(text) is not None


def defines(text: str, names: Callable[[str], str | None], needed: frozenset[str]) -> bool:
    """Does ``text`` define the thing whose words ``names`` recognises (a lower-case word →
    the question's word it is, or None)? A run of the thing's words holding every ``needed``
    one ("Средний коридор", not "Зангезурский коридор") must be followed by what defines it
    ("Средний коридор — …", "the Middle Corridor, the Trans-Caspian …")."""
    matches = list(_WORD.finditer(text))
    run: set[str] = set()
    for at, match in enumerate(matches):
        named = names(match.group().lower())
        if named is None:
            run = set()
            continue
        run.add(named)
        following = matches[at + 1] if at + 1 < len(matches) else None
        if following is not None and names(following.group().lower()) is not None:
            continue  # the run goes on: its last word is what a definition follows
        rest = text[match.end() :]
        if needed <= run and (_DEFINES_RU.match(rest) or _DEFINES_EN.match(rest)):
            return True
    return False
