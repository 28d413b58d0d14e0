"""Surface normalisation shared by the index and the queries.

Both sides of a comparison must go through the same function, or a dash or an ё makes two
equal words differ. This module knows nothing about languages beyond characters: case, ё,
dashes, number forms and tokenisation.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from bot.language.lexicon import word_set
from bot.language.numbers import (
    NUMBER_WORDS,
    SCALE_ABBREVIATIONS,
    SCALE_WORDS,
    UNIT_ABBREVIATIONS,
    half_scale,
)
from bot.patterns import lazy

_AS_WRITTEN_OUT = {**NUMBER_WORDS, **SCALE_ABBREVIATIONS, **UNIT_ABBREVIATIONS}
# A tonne written "t" after its scale ("5-7 mln t"): alone a "t" is no word.
_TONNE_AFTER = frozenset({"million", "миллион", "thousand", "тысяча", "billion", "миллиард"})

# What a number word joined to it by a hyphen counts ("one-billion", "seven-day"): its digits
# and the unit, as the same amount in digits reads ("15-day": "15", "day").
_COUNTED_UNITS = frozenset(SCALE_WORDS) | frozenset(
    ["day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours"]
)
# Chat English run together, as a student types it: each the words it stands for, so that
# "wanna", "gonna" read as "want to", "going to" ("is trade gonna grow" asks a forecast, as
# "going to" does) instead of unknown words weighed as the subject's rarest. Only words no
# transliteration of Russian makes ("u", "ya" are "у", "я" there; "y" is "ы").
_CHAT_CONTRACTIONS: dict[str, tuple[str, ...]] = {
    "wanna": ("want", "to"),
    "gonna": ("going", "to"),
    "gotta": ("have", "to"),
    "hafta": ("have", "to"),
    "kinda": ("kind", "of"),
    "sorta": ("sort", "of"),
    "dunno": ("do", "not", "know"),
    "gimme": ("give", "me"),
    "lemme": ("let", "me"),
    "whatcha": ("what", "are", "you"),
    "cuz": ("because",),
    "coz": ("because",),
    "bcuz": ("because",),
    "abt": ("about",),
    "wat": ("what",),
    "wut": ("what",),
    # chat's clipped words: "how long does it take rn", "what do ppl say", "the prez"
    "rn": ("right", "now"),
    "atm": ("at", "the", "moment"),
    "ppl": ("people",),
    "prez": ("president",),
    "smth": ("something",),
    "govt": ("government",),
    # Russian chat's words clipped as spoken ("када прилетел" is "когда", not the "куда" one
    # letter away; "щас", "ща" is "сейчас"; "пчм" is "почему"): each the word it stands for,
    # so that the question word asks what it asks. Only forms no dictionary word shares.
    "када": ("когда",),
    "тада": ("тогда",),
    "щас": ("сейчас",),
    "ща": ("сейчас",),
    "щя": ("сейчас",),
    "пчм": ("почему",),
    "ваще": ("вообще",),
    # "что" as it is said and typed on a phone ("чё там с товарооборотом", "шо по паромам"):
    # read as the dictionary's letter name "че", "чё" would weigh as the subject, or a slip
    # of "чей" ask whose
    "чо": ("что",),
    "че": ("что",),
    "шо": ("что",),
    "што": ("что",),
    "шта": ("что",),
    "скока": ("сколько",),
    "скоко": ("сколько",),
}
# Months clipped beside a day's number ("oct 20", "20 окт."): the month as a date writes it.
# Only beside a number: alone "mar", "dec", "jan" may be other words or names.
_MONTH_ABBREVIATIONS: dict[str, str] = {
    "jan": "january",
    "feb": "february",
    "mar": "march",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
    "янв": "января",
    "фев": "февраля",
    "февр": "февраля",
    "мар": "марта",
    "апр": "апреля",
    "июн": "июня",
    "июл": "июля",
    "авг": "августа",
    "сен": "сентября",
    "сент": "сентября",
    "окт": "октября",
    "ноя": "ноября",
    "нояб": "ноября",
    "дек": "декабря",
}
_DASHES = "‐‑‒–—―−"
_SPACE_RE = lazy(r"\s+")
_RANGE_RE = lazy(r"(\d)\s*[-‐‑‒–—―−]\s*(\d)")
_DECIMAL_RE = lazy(r"(\d)[.,](\d)")
_TOKEN_RE = lazy(r"\d+(?:,\d+)?(?:-\d+(?:,\d+)?)?(?:\+\d+)?|[^\W\d_]+(?:-[^\W\d_]+)*")
_INVISIBLE = {"Cf", "Cc", "Cs", "Co", "Cn"}


def clean(text: str) -> str:
    """Unicode-normalise, drop control/format characters, collapse whitespace.

    Text that ``isprintable()`` holds none of the invisible categories, so the look at each
    character's category is skipped for it: that look was most of the index build at start.
    """
    text = unicodedata.normalize("NFC", text)
    if not text.isprintable():
        text = "".join(
            " " if unicodedata.category(ch) in _INVISIBLE and ch not in "\n\t" else ch
            for ch in text
        )
    return _SPACE_RE.sub(" ", text).strip()


# Latin letters with marks, as the region's names are romanised in their own alphabets and
# in the wires: "Türkiye", "Hüseynov", "Əliyev", "Gəncə", "Kuryk" as "Quryq" is left alone —
# read as the plain letter English writes (one letter for one, so every offset holds).
_LATIN_MARKED = tuple(zip("üöşçğıəéèêëáàâäíìîïóòôúùûñ", "uoscgiaeeeeaaaaiiiiooouuun", strict=True))
_FOLDED = (("ё", "е"), *((dash, "-") for dash in _DASHES), *_LATIN_MARKED)
_DIGIT_RE = lazy(r"\d")
# Two Russian letters standing alone around a slash: "ж/д", "т/с", "а/м" — an abbreviation
# notes and chats write for two words ("железная дорога"), one word "жд" as also typed.
_SLASHED_RE = lazy(r"(?<![^\W\d_])([а-я])/([а-я])(?![^\W\d_])")


def substitute(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """Each character of ``pairs`` replaced by its other (one character, none of the first
    ones). A look for each character and a ``replace`` of those present: ``str.translate``
    looks up every character of a Cyrillic text in its table — for an article, 0.7 ms
    against 0.01 (a start without the start-up cache folds and proves every text)."""
    for char, other in pairs:
        if char in text:
            text = text.replace(char, other)
    return text


# Texts ``fold`` remembers: a question's text is folded 5-6 times while it is answered (each
# reading's tokens, its parts, its topic), and the entries' texts the rules read again for
# every question they rank (their statements, forecasts, quoted spans); the least recently
# folded are forgotten first, so a start's index build leaves none of its texts for long.
TEXTS_REMEMBERED = 2048


@lru_cache(maxsize=TEXTS_REMEMBERED)
def fold(text: str) -> str:
    """Lower case, ё as е, every dash as '-', ranges and decimals in one form."""
    text = substitute(clean(text).lower(), _FOLDED)
    if _DIGIT_RE.search(text):  # most texts hold no number: two substitutions saved
        text = _RANGE_RE.sub(r"\1-\2", text)
        text = _DECIMAL_RE.sub(r"\1,\2", text)
    return text


# Words folded one at a time (the asides' reading of each word of a message): remembered
# apart from whole texts, which come and go with every question and would push the words out
# of ``fold``'s memo; a folded word costs some 100 bytes.
WORDS_FOLDED = 8192


@lru_cache(maxsize=WORDS_FOLDED)
def fold_word(word: str) -> str:
    """``fold`` of one word, remembered per word."""
    return fold.__wrapped__(word)


# Emphatic particles a speaker hangs on a word with a hyphen: "а год-то какой", "скажите-ка",
# "визит-то когда был". The word is the one meant, the particle adds only stress. The same
# endings make indefinite pronouns of the question words ("кто-то", "где-то", "что-то",
# "вообще-то", a filler of its own): those bases keep the particle, being other words.
_EMPHATIC_PARTICLES = ("-то", "-ка")
_INDEFINITE_BASES = word_set(
    "кто кого кому кем ком что чего чему чем какой какая какое какие какого какому каким "
    "каком какую каких какими чей чья чье чьи чьего чьей чьему чьим чьих чьими где куда "
    "откуда когда как почему зачем отчего сколько скольких скольким столько так то тот "
    "та те вообще ну"
)


def _without_particle(token: str) -> str:
    """``token`` without an emphatic "-то"/"-ка" ("год-то": "год"), but for the indefinite
    pronouns and fillers those endings make ("кто-то", "вообще-то"), which stay whole."""
    for particle in _EMPHATIC_PARTICLES:
        base = token.removesuffix(particle)
        if base != token and base and "-" not in base and base not in _INDEFINITE_BASES:
            return base
    return token


# Letters that look the same in both alphabets: "Гусeйнов" typed with a Latin "e".
_LATIN_TO_CYRILLIC = str.maketrans("aeopcxykmthb", "аеорсхукмтнв")
_CYRILLIC_TO_LATIN = str.maketrans("аеорсхукмтнв", "aeopcxykmthb")


_LATIN_RE = lazy("[a-z]")


def _one_alphabet(token: str) -> str:
    """A word mixing alphabets is rewritten in its main one, look-alike letters swapped."""
    if token.isascii() or not _LATIN_RE.search(token):
        return token  # one alphabet (or none): nothing to count
    cyrillic = sum(1 for ch in token if "а" <= ch <= "я" or ch == "ё")
    latin = sum(1 for ch in token if "a" <= ch <= "z")
    if not cyrillic or not latin:
        return token
    return token.translate(_LATIN_TO_CYRILLIC if cyrillic >= latin else _CYRILLIC_TO_LATIN)


def tokens(text: str) -> list[str]:
    """Words and numbers of folded text; number words become digits, abbreviated scales their
    words ("млн": "миллион"), half a scale its amount ("полмиллиарда": "500 миллионов");
    ranges stay whole. A new list each time (callers may change theirs); the reading is
    remembered (``_tokens``)."""
    return list(_tokens(text))


# Texts ``tokens`` remembers: a question's reading is tokenised by a dozen rules while it is
# answered, and the entries' texts (leads, statements) by the rules ranking them, again for
# every question (a third of the tokenising repeated a text of the same question, two thirds
# one seen before); as many as ``fold`` keeps, a few hundred bytes each.
TEXTS_TOKENISED = TEXTS_REMEMBERED


@lru_cache(maxsize=TEXTS_TOKENISED)
def _tokens(text: str) -> tuple[str, ...]:
    """``tokens``, remembered per text: a tuple, so no caller can change what is kept."""
    result: list[str] = []
    folded = fold(text)
    if "/" in folded:  # "по ж/д": the abbreviation one word, "жд" (no offset is kept here)
        folded = _SLASHED_RE.sub(r"\1\2", folded)
    for token in _TOKEN_RE.findall(folded):
        token = _without_particle(_one_alphabet(token))
        number, _, unit = token.partition("-")
        if number in NUMBER_WORDS and unit in _COUNTED_UNITS:
            # "the one-billion mark", "a seven-day trip": as "1 billion", "15-day" read
            result += [NUMBER_WORDS[number], unit]
            continue
        half = half_scale(token) if token.startswith("пол") else None
        if half is not None:  # "полмиллиарда": "500 миллионов", as the article writes it
            result += half
            continue
        if token in _CHAT_CONTRACTIONS:  # "wanna": "want to"
            result += _CHAT_CONTRACTIONS[token]
            continue
        if token in ("t", "т") and result and result[-1] in _TONNE_AFTER:
            token = "tonnes" if token == "t" else "тонн"
        result.append(_AS_WRITTEN_OUT.get(token, token))
    return tuple(_months_spelt(_ranges_spelt(result)))


# English words joining two numbers into a span a reader means as one: "seven or eight days",
# "5 to 7 million tonnes" (the article writes "7–8 дней", "5–7 миллионов").
_SPAN_JOINERS = frozenset({"or", "to"})
# A word before which "N to M" is a change, not a span ("from 18 to 7 days", "с 15 до 8").
_CHANGE_OPENERS = frozenset({"from"})


def _ranges_spelt(words: list[str]) -> list[str]:
    """The words with two whole numbers joined by "or" / "to", the first the smaller, read
    as the one range they name ("7 or 8": "7-8"), as a range written with a dash is read —
    else "7" and "8" apart offered the question a choice between two figures, neither the
    article's."""
    if not any(word in _SPAN_JOINERS for word in words):
        return words
    out: list[str] = []
    at = 0
    while at < len(words):
        low, joiner, high = (*words[at : at + 3], "", "", "")[:3]
        if (
            joiner in _SPAN_JOINERS
            and low.isdigit()
            and high.isdigit()
            and int(low) < int(high)
            and not (out and out[-1] in _CHANGE_OPENERS)
        ):
            out.append(f"{low}-{high}")
            at += 3
            continue
        out.append(words[at])
        at += 1
    return out


def _months_spelt(words: list[str]) -> list[str]:
    """The words with a month clipped beside a day's number written out ("oct 20":
    "october 20"), as the date is written in full."""
    if not any(word in _MONTH_ABBREVIATIONS for word in words):
        return words
    return [
        _MONTH_ABBREVIATIONS[word]
        if word in _MONTH_ABBREVIATIONS
        and any(w[:1].isdigit() for w in (*words[at - 1 : at][-1:], *words[at + 1 : at + 2]))
        else word
        for at, word in enumerate(words)
    ]


# The letters whose lower case is a Cyrillic а–я/ё or a Latin a–z: "İ" lowers to "i̇", the
# Kelvin sign to "k". One search instead of a look at each lowered character.
_CYRILLIC_RE = lazy("[а-яёА-ЯЁ]")
_ANY_LATIN_RE = lazy("[a-zA-Z\u0130\u212a]")


# Words whose alphabet is remembered: a dozen rules ask it of each word of every reading
# of a question (six of seven asks repeat a word of the same question), many of them again
# for the next; a word the size of ``fold_word``'s memo.
WORDS_CHECKED = WORDS_FOLDED


@lru_cache(maxsize=WORDS_CHECKED)
def is_cyrillic(token: str) -> bool:
    return _CYRILLIC_RE.search(token) is not None


@lru_cache(maxsize=WORDS_CHECKED)
def is_latin(token: str) -> bool:
    return _ANY_LATIN_RE.search(token) is not None


# A stretch in quotation marks: «…», "…", “…”, „…“.
_QUOTED_RE = lazy(r"«([^«»]+)»|\"([^\"]+)\"|“([^“”]+)”|„([^„“”]+)[“”]")


def quoted_texts(text: str) -> list[str]:
    """The stretches of a text the writer put in quotation marks, in order: the words a
    reader cites ("who called the ties a "unique case"?")."""
    return [next(group for group in found if group) for found in _QUOTED_RE.findall(text)]


# A word written all in capitals: two letters or more, none of them lower case.
_SHOUTED_WORD_RE = lazy(r"[^\W\d_]{2,}")
# How many of a message's words must be in capitals for its case to say nothing: a headline
# typed with caps lock on ("MIDDLE CORRIDOR OFFICIAL NAME"), not a question naming an
# initialism or two ("what did the OTS say about AI").
_SHOUTED_SHARE = 0.8
_SHOUTED_FEWEST = 3


def unshouted(text: str) -> str:
    """The message in lower case when it is written in capitals (a wire editor's headline,
    caps lock left on): there a capital marks no name, and read as one every word the
    briefing lacks ("OFFICIAL", "OUTLOOK") was an unknown name, which no passage may answer.
    In lower case the question is read as any lower-case chat is (names by their form and by
    the briefing's own). Other messages are returned unchanged."""
    words = _SHOUTED_WORD_RE.findall(text)
    if len(words) < _SHOUTED_FEWEST:
        return text
    shouted = sum(1 for word in words if word.isupper())
    return text.lower() if shouted >= _SHOUTED_SHARE * len(words) else text


def phrases_read(
    words: list[str],
    table: dict[tuple[str, ...], tuple[str, ...]],
    dropped_before: frozenset[str] = frozenset(),
) -> list[str]:
    """``words`` with each phrase of ``table`` read as its plain words, the longest phrase
    first at each place ("первую скрипку" before "скрипку"); a word of ``dropped_before``
    right before a phrase goes with it ("короткое summary": a summary, short or not). One
    reader for every table of set phrases, so they all read alike."""
    longest = max((len(phrase) for phrase in table), default=0)
    out: list[str] = []
    at = 0
    while at < len(words):
        for size in range(longest, 0, -1):
            plain = table.get(tuple(words[at : at + size]))
            if plain is not None:
                while out and out[-1] in dropped_before:
                    out.pop()
                out.extend(plain)
                at += size
                break
        else:
            out.append(words[at])
            at += 1
    return out
