"""Candidate readings of what a user meant to type.

A Latin-letter message may be English, Russian typed with the keyboard left on QWERTY, or
Russian transliterated; a Cyrillic one may be English typed on ЙЦУКЕН. This module only
proposes readings; the matcher decides which one is plausible, so a genuine English
question stays English.

Layout conversion runs on the raw text: on ЙЦУКЕН the keys ``[ ] ; ' , . `` are the letters
х ъ ж э б ю ё, so stripping punctuation first would destroy the message.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.patterns import lazy
from bot.records import record

# With the punctuation ЙЦУКЕН puts on other keys: its comma is QWERTY's "?" (shift and the
# slash key), its full stop the "/", its question mark the "&" (shift and 7), its colon "^",
# its semicolon "$", its quotation mark "@". "Чем, по прогнозу эксперта, …?" typed in the
# wrong layout reads "Xtv? gj ghjuyjpe 'rcgthnf? …&": read as typed, its commas would be
# question marks, and a closing remark would seem to follow the question.
_QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~?/&^$@"
_JCUKEN = 'йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ,.?:;"'
_TO_RUSSIAN = str.maketrans(_QWERTY, _JCUKEN)
_TO_LATIN = str.maketrans(_JCUKEN, _QWERTY)

# Longest first: "shch" before "sh" before "s".
_TRANSLIT = [
    ("tsya", "тся"),  # "otnositsya": a reflexive verb's ending, not ц
    ("tsja", "тся"),
    ("shch", "щ"),
    ("sch", "щ"),
    ("tsh", "ч"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ts", "ц"),
    ("tz", "ц"),
    ("ci", "ци"),
    ("ce", "це"),
    ("cy", "цы"),
    ("yo", "ё"),
    ("jo", "ё"),
    ("yu", "ю"),
    ("ju", "ю"),
    ("iu", "ю"),
    ("ya", "я"),
    ("ja", "я"),
    ("ia", "я"),
    ("ye", "е"),
    ("je", "е"),
    ("iye", "ие"),
    ("iya", "ия"),
    ("iyu", "ию"),
    ("iy", "ий"),
    ("yi", "ый"),
    ("yy", "ый"),
    ("ij", "ий"),
    ("ej", "ей"),
    ("a", "а"),
    ("b", "б"),
    ("v", "в"),
    ("w", "в"),
    ("g", "г"),
    ("d", "д"),
    ("e", "е"),
    ("z", "з"),
    ("i", "и"),
    ("j", "й"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("f", "ф"),
    ("h", "х"),
    ("c", "к"),
    ("y", "ы"),
    ("x", "кс"),
    ("q", "к"),
    ("'", "ь"),
]


_VOWELS = frozenset("aeiou")

# The rules by their first letter, in the order above: only those can match at a position,
# and trying all sixty at every letter made a 512-character message cost 15 ms.
_TRANSLIT_BY_FIRST: dict[str, list[tuple[str, str]]] = {}
for _latin, _cyrillic in _TRANSLIT:
    _TRANSLIT_BY_FIRST.setdefault(_latin[0], []).append((_latin, _cyrillic))


@record
class Reading:
    """One way to read the message: how it was obtained and the text to match."""

    how: str  # "as typed", "layout", "translit"
    text: str


def to_russian_layout(text: str) -> str:
    return text.translate(_TO_RUSSIAN)


def to_latin_layout(text: str) -> str:
    return text.translate(_TO_LATIN)


def _is_latin_letter(text: str, at: int) -> bool:
    return 0 <= at < len(text) and "a" <= text[at] <= "z"


def transliterate(text: str) -> str:
    """Best-effort Latin → Cyrillic; typos it leaves are for the fuzzy vocabulary to fix."""
    out: list[str] = []
    lower = text.lower()
    i = 0
    while i < len(lower):
        if lower[i] == "4" and (_is_latin_letter(lower, i - 1) or _is_latin_letter(lower, i + 1)):
            out.append("ч")  # "4to", "vstre4a": the digit that looks like ч
            i += 1
            continue
        if (
            lower[i] == "y"
            and i
            and lower[i - 1] in _VOWELS
            and lower[i + 1 : i + 2] not in _VOWELS
        ):
            out.append("й")  # "takoy", "Aliyev" → такой, Алийев
            i += 1
            continue
        if (
            lower[i] == "i"
            and i
            and lower[i - 1] in _VOWELS
            and lower[i - 1] != "i"
            and not _is_latin_letter(lower, i + 1)
        ):
            out.append("й")  # "chei", "kakoi", "Kitai" → чей, какой, Китай: й ends the word
            i += 1
            continue
        for latin, cyrillic in _TRANSLIT_BY_FIRST.get(lower[i], ()):
            if lower.startswith(latin, i):
                out.append(cyrillic)
                i += len(latin)
                break
        else:
            out.append(lower[i])
            i += 1
    result = "".join(out)
    result = result.replace("ыу", "ю").replace("ыо", "ё").replace("ыа", "я").replace("ые", "ье")
    return _SOFT_NUMERAL_RE.sub(r"\1ь", result)


# Numerals ending in a soft sign, which Latin spelling drops ("sem", "pyat", "shest",
# "vosem", "desyat", "dvadtsat"): without it "сем" is no word and "шест", "пят" are others
# (a pole, heels), and a question on the seven countries reads no seven. A whole word only:
# "semi", "pyati" keep their own endings.
_SOFT_NUMERAL_RE = lazy(
    r"(?<![а-яё])(пят|шест|сем|восем|девят|десят|[а-яё]+надцат|двадцат|тридцат)(?![а-яёь])"
)


def transliterate_keeping(text: str, keep: frozenset[str]) -> str:
    """``transliterate``, but the words in ``keep`` (folded) stay as typed: a name the article
    itself writes in Latin letters ("Minval Politika") is that name in a transliterated
    question too, not the Russian word its letters happen to spell ("политика")."""
    if not keep or keep.isdisjoint(_WORD_RE.findall(text.lower())):
        return transliterate(text)
    return _WORD_RE.sub(
        lambda m: m.group().lower() if m.group().lower() in keep else transliterate(m.group()),
        text,
    )


_WORD_RE = lazy(r"[\w']+")


def to_russian_layout_keeping(text: str, keep: frozenset[str]) -> str:
    """``to_russian_layout``, but a name the article writes in Latin letters (``keep``,
    folded) stays as typed, and a comma or full stop closing it: typed on the wrong layout,
    a Russian question still holds "Minval Politika" as the article writes it — the keys
    were right for it ("Pfxtv Minval Politika …" is "Зачем Minval Politika …")."""
    if not keep:
        return to_russian_layout(text)
    out: list[str] = []
    done = 0
    for found in _LATIN_RUN_RE.finditer(text):
        if found.group(1).lower() in keep:
            out += [to_russian_layout(text[done : found.start()]), found.group()]
            done = found.end()
    return "".join([*out, to_russian_layout(text[done:])])


# A run of Latin letters no letter of the ЙЦУКЕН board (``[ ] ; ' , . ` ``) joins to a word,
# with the comma or full stop after it when a space or the end follows.
_LATIN_RUN_RE = lazy(r"(?<![A-Za-z\[\];',.`])([A-Za-z]+)(?:[,.](?=\s|$))?(?![A-Za-z\[\];'`])")


def readings(text: str, keep: frozenset[str] = frozenset()) -> Iterator[Reading]:
    """The message as typed, plus every repair that could apply to it (``keep``: the Latin
    words a transliteration leaves as typed, see ``transliterate_keeping``).

    Lazily, as typed first: the analyser stops asking once no later reading can win, and a
    repair never asked for is never computed (transliterating costs as much as reading)."""
    yield Reading("as typed", text)
    latin = sum(1 for ch in text if "a" <= ch.lower() <= "z")
    cyrillic = sum(1 for ch in text if "а" <= ch.lower() <= "я" or ch in "ёЁ")
    if latin > cyrillic:
        yield Reading("layout", to_russian_layout_keeping(text, keep))
        yield Reading("translit", transliterate_keeping(text, keep))
    elif cyrillic > latin:
        yield Reading("layout", to_latin_layout(text))
