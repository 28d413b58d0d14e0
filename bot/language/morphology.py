"""Word forms to lemmas, so коридор/коридоре/коридора and Ишмухамедов/Ишмухамедову meet.

pymorphy3 was chosen over a Snowball stemmer because it returns real lemmas (surnames
included: Ишмухамедова → ишмухамедов) and says whether a word is in its dictionary; the
matcher uses that to tell a genuine Russian word from a typo or a keyboard-layout accident.
The measured comparison is in bench/RESULTS.md. English gets the Snowball (Porter2) stemmer;
both sides of every comparison go through the same function.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache, lru_cache
from typing import Any

import pymorphy3

from bot.language.mapped import MappedProbabilityEstimator, mapped_prediction_suffixes
from bot.language.packed import PackedStrings
from bot.language.tagtable import deferred_tags
from bot.language.text import fold, is_cyrillic, tokens
from bot.patterns import lazy

_EN_IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "was": "be",
    "were": "be",
    "is": "be",
    "are": "be",
    "been": "be",
    "signed": "sign",
    "built": "build",
    "became": "become",
    "men": "man",
    "people": "person",
    "countries": "country",
    "figures": "figure",
    "numbers": "number",
    "ferries": "ferry",
    "railways": "railway",
}


def dictionary_path() -> str:
    """Where the Russian dictionary lies, named explicitly: without a path pymorphy3 scans
    every installed distribution's entry points to find it, which cost 40-90 ms of each
    start (measured in ``bench.startup``)."""
    import pymorphy3_dicts_ru

    return pymorphy3_dicts_ru.get_path()


def dictionary_version() -> str:
    """The versions of what turns words into lemmas: lemmas and stems computed by another
    dictionary or stemmer may differ, so the start-up cache (``bot.curation.startup``) is
    keyed by them — the dictionary, its reader (DAWG2's C one, else DAWG-Python) and the
    English stemmer (PyStemmer's C one, which snowballstemmer uses when installed)."""
    from pymorphy3.dawg import EXTENSION_AVAILABLE
    from pymorphy3_dicts_ru.version import __version__

    try:
        import Stemmer

        stemmer = f"PyStemmer {Stemmer.version()}"
    except ImportError:
        stemmer = "snowballstemmer (Python)"
    reader = "DAWG2" if EXTENSION_AVAILABLE else "DAWG-Python"
    return f"pymorphy3 {pymorphy3.__version__} ({reader}), dicts-ru {__version__}, {stemmer}"


_analyzer_lock = threading.Lock()
_analyzers: list[pymorphy3.MorphAnalyzer] = []


def _analyzer() -> pymorphy3.MorphAnalyzer:
    """The one analyser of this process, loaded on first use (~20 ms; ~11 MB read into memory,
    the prediction suffixes and P(t|w) mapped instead: ``bot.language.mapped``). Under a lock:
    the bot's workers answer in threads, and when the first questions arrive together each
    would otherwise load a dictionary of its own (measured: 8 workers, RSS peak +30 MB).
    Its tags are made as parses need them (``bot.language.tagtable``: ~10 ms less)."""
    if not _analyzers:
        with _analyzer_lock:
            if not _analyzers:
                with deferred_tags() as install, mapped_prediction_suffixes():
                    analyzer = pymorphy3.MorphAnalyzer(
                        path=dictionary_path(),
                        probability_estimator_cls=MappedProbabilityEstimator,
                    )
                install(analyzer.dictionary)
                _pack_suffixes(analyzer.dictionary)
                _analyzers.append(analyzer)
    return _analyzers[0]


def _pack_suffixes(dictionary: Any) -> None:
    """The dictionary's suffixes as one string (``PackedStrings``): 1.4 MB -> 0.2 MB. The
    dictionary only indexes them (``Dictionary.suffixes[suffix_id]``); a pymorphy3 that keeps
    them otherwise is left as it is."""
    suffixes = getattr(dictionary, "suffixes", None)
    data = getattr(dictionary, "_data", None)
    if isinstance(suffixes, list) and getattr(data, "suffixes", None) is suffixes:
        packed = PackedStrings(suffixes)
        dictionary.suffixes = packed
        dictionary._data = data._replace(suffixes=packed)


@cache
def _english() -> Any:
    """Imported on the first English word: snowballstemmer imports every language's stemmer
    (~15 ms), and a Russian question may need none."""
    import snowballstemmer

    return snowballstemmer.stemmer("english")


# Words each memo of this module keeps, least recently used forgotten first. A running bot
# reads words nobody asked before (typos, names, gibberish): sized by what they might hold
# (50,000-200,000 words) the memos grew briefbot's RSS by ~300 MB over 20,000 questions of
# misspelt words (``bench.memory``). These sizes still hold every word of the 1,460 eval
# questions (3,744 parses, 9,218 dictionary checks: every reading of a word is checked).
WORDS_REMEMBERED = 8192
CHECKS_REMEMBERED = 16384


# British -ise/-isation ("digitalisation", "modernised"): Porter2 stems the American -ize
# forms only ("digitalization" → "digit", "digitalisation" → "digitalis"), so a reader writing
# British English would miss the briefing's words. Five letters before the suffix at least:
# "rise", "wise", "raise" stay as they are (and any other word merely changes on both sides).
_BRITISH_IZE = lazy(r"^([a-z]{5,})is(e|ed|es|ing|ation|ations|er|ers)$")


@lru_cache(maxsize=WORDS_REMEMBERED)
def english_stem(word: str) -> str:
    """Porter2 stem, after a few irregular forms the stemmer cannot know and with British
    spelling read as American.

    Cached: the periphrasis, unit and ranking rules stem the same words of each reading again
    (~11 stems a question with every other memo warm: cProfile over bench.instructions' list)."""
    word = word.removesuffix("'s")
    word = _EN_IRREGULAR.get(word, word)
    return _english().stemWord(_BRITISH_IZE.sub(r"\1iz\2", word))


@lru_cache(maxsize=WORDS_REMEMBERED)
def parse(token: str) -> tuple[Any, ...]:
    """pymorphy3's parses, or none for characters it cannot name (unassigned code points).

    Cached: extraction and the answer-type rules ask about the same words many times;
    parses are immutable. ~0.9 KB a word (``Parse`` tuples, their tags and stacks).
    """
    try:
        return tuple(_analyzer().parse(token))
    except (KeyError, ValueError):
        return ()


def readable_russian(token: str) -> bool:
    """Can pymorphy3 read the word as some form of a Russian word — one its dictionary holds
    or one it predicts from the ending ("погранпереход")? A slip with no such reading
    ("цль") is no word at all."""
    return any("UNKN" not in p.tag for p in parse(token))


# "шестёрка", "семёрка" name groups by their number: they meet "6" and "7" (and "семь").
COLLECTIVE_NUMBERS = {
    "двойка": "2",
    "тройка": "3",
    "четверка": "4",
    "пятерка": "5",
    "шестерка": "6",
    "семерка": "7",
    "восьмерка": "8",
    "десятка": "10",
}


def collective_number(word: str) -> str | None:
    """The number a Russian group noun names ("семёрки", "шестёркой": "7", "6"), or None —
    for a cardinal ("семь") or an ordinal ("седьмой") too, which count or rank, not group."""
    if not is_cyrillic(word):
        return None
    for reading in parse(word)[:2]:
        number = COLLECTIVE_NUMBERS.get(str(reading.normal_form).replace("ё", "е"))
        if number is not None:
            return number
    return None


def names_group(text: str, number: str) -> bool:
    """Does ``text`` name a group of ``number`` ("тюркской семёрке", "цифра семь", «6») — the
    number standing alone or as a group noun, not as an end of a range of an amount ("5–7
    миллионов тонн", "7–8 дней"), which counts tonnes or days, not the members of a group?"""
    for token in tokens(fold(text)):
        if token == number or collective_number(token) == number:
            return True
        if is_cyrillic(token) and any(
            _CARDINAL_FORMS.get(str(p.normal_form)) == number for p in parse(token)[:2]
        ):
            return True  # "к шести странам": a cardinal in any case
    return False


# A cardinal's dictionary form and its number ("шести" is read "шесть": "6").
_CARDINAL_FORMS = {
    "два": "2",
    "три": "3",
    "четыре": "4",
    "пять": "5",
    "шесть": "6",
    "семь": "7",
    "восемь": "8",
    "десять": "10",
}


# "седьмой", "the seventh": the place in a row of the group its number names ("Турция —
# седьмой член семёрки"). From the fifth on only: "второй" is also "another", "третий" is
# "third-party" ("третьи страны"), "первый" "foremost".
ORDINAL_NUMBERS = {
    "пятый": "5",
    "шестой": "6",
    "седьмой": "7",
    "восьмой": "8",
    "девятый": "9",
    "десятый": "10",
    "fifth": "5",
    "sixth": "6",
    "seventh": "7",
    "eighth": "8",
    "ninth": "9",
    "tenth": "10",
}


@lru_cache(maxsize=WORDS_REMEMBERED)
def russian_lemma(token: str) -> str:
    """Surnames first: "Ишмухамедов" is a surname, not the plural of a first name "Ишмухамед".

    Cached: the rules of stops 29-32 (a standing reached, places crossed, changes) lemmatise
    each word of each reading again, and reading a word's parses' tags is pymorphy3 work
    (~12 lemmas a question with every other memo warm: cProfile over bench.instructions' list)."""
    parses = parse(token)
    if not parses:
        return token
    for candidate in parses:
        if "Surn" in candidate.tag:
            return candidate.normal_form
    top = parses[0]
    if token.endswith(("ов", "ев", "ёв", "ин")) and "Name" in top.tag and "plur" in top.tag:
        return token
    if "impr" in top.tag:
        # "перешли", "пошли", "нашли": an imperative ("переслать") and a past tense
        # ("перейти") tie; an article tells what was done, and a question asks it — an order
        # to the bot is never a word of what it is asked about
        told = next((p for p in parses[1:] if p.score >= top.score and "impr" not in p.tag), None)
        top = told or top
    return top.normal_form


class Morphology:
    """How words are reduced to lemmas and whether a word is a real Russian word.

    The bot uses ``DEFAULT`` (pymorphy3 lemmas and dictionary). Benchmarks pass another
    instance to the matcher — Snowball stems, or no dictionary — to compare variants in one
    process without patching module globals. Each instance caches its own answers.
    """

    def __init__(
        self, *, russian: Callable[[str], str] = russian_lemma, dictionary: bool = True
    ) -> None:
        self._russian = russian
        self._dictionary = dictionary
        self.lemma = lru_cache(maxsize=WORDS_REMEMBERED)(self._lemma)
        self.is_known_russian = lru_cache(maxsize=CHECKS_REMEMBERED)(self._is_known_russian)

    def __reduce__(self) -> tuple[Callable[[], Morphology], tuple[()]]:
        """Pickled by reference to ``DEFAULT``: a cached matcher (``bot.curation.startup``)
        must share the running process's morphology and its caches, not carry a copy.
        Other instances hold functions chosen at run time and are not pickled."""
        if self is not DEFAULT:
            raise TypeError("only the default Morphology can be pickled")
        return (default_morphology, ())

    @contextmanager
    def many_words(self) -> Iterator[None]:
        """While the block runs, pymorphy3 reads P(t|w) from memory, not from the mapping
        (``MappedProbabilityEstimator.in_memory``): for work that parses many words it has not
        seen, an index build. The parses are the same."""
        estimator = None
        if self._russian is russian_lemma:
            estimator = getattr(_analyzer(), "prob_estimator", None)
        if not isinstance(estimator, MappedProbabilityEstimator):
            yield
            return
        with estimator.in_memory():
            yield

    def _lemma(self, token: str) -> str:
        """The dictionary form of a folded token (numbers and Latin words handled too)."""
        if not token or token[0].isdigit():
            return token
        if is_cyrillic(token):
            word = self._russian(token).replace("ё", "е")
            return COLLECTIVE_NUMBERS.get(word) or ORDINAL_NUMBERS.get(word, word)
        return ORDINAL_NUMBERS.get(token) or english_stem(token)

    def _is_known_russian(self, token: str) -> bool:
        """True when pymorphy3 has the word in its dictionary (not merely guessed)."""
        if not self._dictionary:
            return False
        try:
            return is_cyrillic(token) and _analyzer().word_is_known(token)
        except (KeyError, ValueError):
            return False


DEFAULT = Morphology()


def default_morphology() -> Morphology:
    """``DEFAULT``, for unpickling (see ``Morphology.__reduce__``)."""
    return DEFAULT


lemma = DEFAULT.lemma
is_known_russian = DEFAULT.is_known_russian


# How much a word of each part of speech says about *what* is asked. Nouns and names carry
# the asked-for detail ("год", "Китай", "Пашинян"); verbs and adverbs mostly paraphrase.
_POS_WEIGHT = {
    "NOUN": 1.0,
    "NUMR": 1.0,
    "ADJF": 0.7,
    "ADJS": 0.6,
    "COMP": 0.6,
    "VERB": 0.5,
    "INFN": 0.5,
    "PRTF": 0.5,
    "PRTS": 0.5,
    "GRND": 0.45,
    "ADVB": 0.45,
    "PRED": 0.45,
    "NPRO": 0.3,
    "PREP": 0.2,
    "CONJ": 0.2,
    "PRCL": 0.2,
    "INTJ": 0.2,
}


@lru_cache(maxsize=WORDS_REMEMBERED)
def informativeness(token: str) -> float:
    """A 0.2–1.0 factor: how much this word can carry the point of a question."""
    if not token or token[0].isdigit() or not is_cyrillic(token):
        return 1.0
    parses = parse(token)
    if not parses:
        return 1.0
    tag = parses[0].tag
    if {"Name", "Surn", "Geox", "Orgn", "Abbr"} & set(str(tag).replace(" ", ",").split(",")):
        return 1.0
    return _POS_WEIGHT.get(str(tag.POS), 1.0)


@lru_cache(maxsize=WORDS_REMEMBERED)
def is_proper_name(token: str) -> bool:
    """A Russian dictionary word that is a first name, surname or place (Эрдоган, Пашинян...)."""
    if not is_cyrillic(token):
        return False
    for candidate in parse(token)[:2]:
        if candidate.score < 0.2:
            break
        if {"Name", "Surn", "Geox"} & set(str(candidate.tag).replace(" ", ",").split(",")):
            return True
    return False


@lru_cache(maxsize=WORDS_REMEMBERED)
def is_person_name(token: str) -> bool:
    """A Russian dictionary word read first as a first name, surname or patronymic (Руслан,
    Алиева), not as a place ("Астане" may be a man's name, but is the city first)."""
    parses = parse(token) if is_cyrillic(token) else []
    if not parses:
        return False
    grammemes = set(str(parses[0].tag).replace(" ", ",").split(","))
    return bool({"Name", "Surn", "Patr"} & grammemes) and "Geox" not in grammemes


@lru_cache(maxsize=WORDS_REMEMBERED)
def is_pronoun(token: str) -> bool:
    """A dictionary word read first as a pronoun, a personal or a demonstrative one ("них",
    "него", "этом", "эту"): the word a preposition typed against it ("вних", "заэту") is
    glued to most often, and one no briefing lists as its own."""
    parses = parse(token) if is_cyrillic(token) else ()
    return bool(parses) and bool({"NPRO", "Apro"} & parses[0].tag.grammemes)


@lru_cache(maxsize=WORDS_REMEMBERED)
def is_future_verb(token: str) -> bool:
    """ "войдёт", "построят", "откроется": a verb in the future tense — also as the common
    slip writes it with a soft sign ("как изменяться сроки": ``finite_of_slip``)."""
    token = vowel_slip_of(finite_of_slip(token))
    parses = parse(token) if is_cyrillic(token) else []
    if not (parses and parses[0].tag.POS == "VERB" and "futr" in parses[0].tag):
        return False
    # "перечислите", "уточните", "объясните": the future's "вы" form is the imperative's
    # too, and a message says it to the bot — a request ("перечислите, какие страны
    # входят"), no time to come
    return not ("2per" in parses[0].tag and any("impr" in p.tag for p in parses[1:]))


# Vowels written for one another where unstressed, the commonest Russian spelling slip:
# "подпешут" for "подпишут", "построет" for "построит", "дагавор" for "договор".
_VOWEL_SLIPS = {"е": "и", "и": "е", "а": "о", "о": "а"}
_SHORTEST_VOWEL_SLIP = 5  # letters: a shorter unknown word has too many neighbours


@lru_cache(maxsize=WORDS_REMEMBERED)
def vowel_slip_of(token: str) -> str:
    """The word an unknown one stands for with one unstressed vowel mistaken ("подпешут":
    "подпишут"), when exactly one such change gives a word the dictionary knows; else the
    token. A word the dictionary knows stays as it is."""
    if len(token) < _SHORTEST_VOWEL_SLIP or not is_cyrillic(token):
        return token
    analyzer = _analyzer()
    try:
        if analyzer.word_is_known(token):
            return token
        found = {
            mended
            for at, letter in enumerate(token)
            if letter in _VOWEL_SLIPS
            for mended in (token[:at] + _VOWEL_SLIPS[letter] + token[at + 1 :],)
            if analyzer.word_is_known(mended)
        }
    except (KeyError, ValueError):
        return token
    return found.pop() if len(found) == 1 else token


def place_heard_as(typed: str, meant: str) -> bool:
    """Is ``typed``, a place the dictionary knows ("Китоя", a river in Siberia), the place
    ``meant`` ("Китая") with one unstressed vowel written as heard? A rare place one such
    slip from a place the briefing names is that place: "доставка из китоя" asks about China.
    Only place for place: a common word a vowel away ("стола", "стало") is a word of its own."""
    if len(typed) != len(meant) or typed == meant or not is_cyrillic(typed):
        return False
    diffs = [(a, b) for a, b in zip(typed, meant, strict=True) if a != b]
    if len(diffs) != 1 or _VOWEL_SLIPS.get(diffs[0][0]) != diffs[0][1]:
        return False
    return _first_is_place(typed) and _first_is_place(meant)


def _first_is_place(token: str) -> bool:
    """Is the dictionary's first reading of the word a place name (Geox)?"""
    parses = parse(token)
    return bool(parses) and "Geox" in parses[0].tag


def finite_of_slip(token: str) -> str:
    """The finite verb a "-ться" slip stands for ("изменяться" for "изменятся", "сократяться"),
    when the dictionary knows that form and not the typed one as a finite verb; else the token.
    A true infinitive ("добраться") has no known "-тся" twin and stays."""
    if not token.endswith("ться") or not is_cyrillic(token):
        return token
    finite = token[: -len("ться")] + "тся"
    try:
        known = _analyzer().word_is_known(finite)
    except (KeyError, ValueError):
        return token
    return finite if known else token


@lru_cache(maxsize=WORDS_REMEMBERED)
def is_qualifier(token: str) -> bool:
    """ "железнодорожных", "новых", "жд": a Russian word read first as an adjective or a
    participle, or a letter abbreviation with no vowel (``жд`` for "железнодорожный") — a
    word that qualifies the noun after it, never the thing itself."""
    if not is_cyrillic(token):
        return False
    letters = [c for c in token if c.isalpha()]
    if letters and not any(c in _RUSSIAN_VOWELS for c in letters):
        return True
    parses = parse(token)
    return bool(parses) and parses[0].tag.POS in ("ADJF", "PRTF")


_RUSSIAN_VOWELS = frozenset("аеёиоуыэюя")


def first_noun(words: tuple[str, ...] | list[str], passing: frozenset[str]) -> Any | None:
    """The first Russian noun of a phrase — its parse — past words of the parts of speech
    ``passing`` ("новое соглашение", "какие именно проекты"): None at a Latin or unknown
    word, or at any other part of speech first."""
    for word in words:
        if not is_cyrillic(word):
            return None
        parses = parse(word)
        if not parses:
            return None
        if parses[0].tag.POS == "NOUN":
            return parses[0]
        if parses[0].tag.POS not in passing:
            return None
    return None


@lru_cache(maxsize=WORDS_REMEMBERED)
def is_mass_form(token: str) -> bool:
    """ "нефти", "торговли", "торговля": a Russian noun in the genitive or nominative
    singular that is no genitive plural. What "сколько" counts stands in the genitive plural
    ("сколько стран", "дней", "человек"); a singular after it is a mass ("сколько нефти",
    colloquial "сколько сейчас торговля"), whose amount is asked, not a number of it. Other
    cases ("соглашении", a translit's "soglashenii" for "соглашений") are slips, not masses."""
    parses = [p for p in parse(token) if p.is_known] if is_cyrillic(token) else []
    return (
        bool(parses)
        and all(p.tag.POS == "NOUN" and not {"plur", "gent"} <= p.tag.grammemes for p in parses)
        and any(
            {"sing", "gent"} <= p.tag.grammemes or {"sing", "nomn"} <= p.tag.grammemes
            for p in parses
        )
    )


@lru_cache(maxsize=WORDS_REMEMBERED)
def postposed_adjective(noun: str, adjective: str, after: str | None = None) -> bool:
    """ "семёрка тюркская", "коридор средний": a Russian adjective after the common noun it
    agrees with — spoken inversion of the written order ("тюркская семёрка"), which a
    briefing's phrases keep. Noun and adjective must agree in case and number (and gender, in
    the singular) — and the adjective qualifies no noun ``after`` it: in
    "страны тюркской семёрки", "Китай … средний коридор" it stands before its own noun."""
    if not (is_cyrillic(noun) and is_cyrillic(adjective)):
        return False
    nouns, adjectives = parse(noun), parse(adjective)
    if not nouns or not adjectives:
        return False
    if after is not None and (not is_cyrillic(after) or _read_as_noun(after)):
        return False
    return any(
        p.tag.POS == "NOUN"
        and not _NAMES & p.tag.grammemes  # "Ишмухамедов нынешние …": a name, no thing
        and a.tag.POS == "ADJF"
        and not _NOT_QUALITIES & a.tag.grammemes  # "семёрка Ишмухамедова": whose, a name
        and p.tag.case == a.tag.case
        and p.tag.number == a.tag.number
        and (a.tag.number != "sing" or p.tag.gender == a.tag.gender)
        for p in nouns[:2]
        for a in adjectives
    )


def _read_as_noun(token: str) -> bool:
    """Is the word read as a noun or a word qualifying one by any of its first parses
    ("кридора", "железнодорожне": slips, too)?"""
    return any(p.tag.POS in _NOMINAL for p in parse(token)[:2])


_NOMINAL = frozenset({"NOUN", "ADJF", "ADJS", "PRTF"})
_NAMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})
_NOT_QUALITIES = _NAMES | {"Poss"}  # a possessive ("Ишмухамедова") tells whose, not which


@lru_cache(maxsize=WORDS_REMEMBERED)
def is_adverb(token: str) -> bool:
    """ "сейчас", "достаточно", "уже": a Russian word read first as an adverb or a predicative,
    which says how or when, never what is counted."""
    parses = parse(token) if is_cyrillic(token) else []
    return bool(parses) and parses[0].tag.POS in ("ADVB", "PRED")


# Aspect pairs differ by a suffix and a regular change at the stem's end: обращаться /
# обратиться (щ ~ т), обсуждать / обсудить (жд ~ д), оставлять / оставить (вл ~ в),
# предлагать / предложить (лаг ~ лож). Imperfective side first.
_ASPECT_ALTERNATIONS = (
    ("щ", "т"),
    ("щ", "ст"),
    ("жд", "д"),
    ("ж", "з"),
    ("ж", "д"),
    ("ч", "т"),
    ("ш", "с"),
    ("бл", "б"),
    ("вл", "в"),
    ("пл", "п"),
    ("мл", "м"),
    ("фл", "ф"),
    ("лаг", "лож"),
)


def _stems(stem: str, *, imperfective: bool) -> set[str]:
    """The stem and its alternants on the other aspect's side."""
    found = {stem}
    if len(stem) < 3:
        return found
    for impf, perf in _ASPECT_ALTERNATIONS:
        have, make = (impf, perf) if imperfective else (perf, impf)
        if stem.endswith(have):
            found.add(stem[: -len(have)] + make)
    return found


def _vowel_shift(stem: str, old: str, new: str) -> set[str]:
    """рассматр- / рассмотр-, заканч- / законч-: the root's last vowel of the -ывать form."""
    at = stem.rfind(old)
    return {stem, stem[:at] + new + stem[at + 1 :]} if at > 0 else {stem}


def _aspect_candidates(base: str) -> set[str]:
    """Infinitives (without -ся) that may be the other aspect of ``base``: -ывать/-ивать ~
    -ать/-ить/-еть, -вать ~ -ть, -ать/-ять ~ -ить (with the stem's alternation), -ать ~ -нуть."""
    found: set[str] = set()
    if base.endswith("вать") and _aspect(base[:-4] + "ть"):
        return {base[:-4] + "ть"}  # прибывать / прибыть, not прибить
    if base.endswith(("ывать", "ивать")):
        for stem in _vowel_shift(base[:-5], "а", "о"):
            for alt in _stems(stem, imperfective=True):
                found.update(alt + end for end in ("ать", "ить", "еть"))
    elif base.endswith("вать"):
        found.add(base[:-4] + "ть")
    if base.endswith(("ать", "ять")):
        for alt in _stems(base[:-3], imperfective=True):
            found.add(alt + "ить")
        if base[-4] in "гкхзс":  # достигать / достигнуть
            found.add(base[:-3] + "нуть")
    if base.endswith(("ить", "ать", "еть", "ять")):
        for stem in _vowel_shift(base[:-3], "о", "а"):
            for alt in _stems(stem, imperfective=False):
                found.update(alt + end for end in ("ывать", "ивать"))
    if base.endswith("ить"):
        for alt in _stems(base[:-3], imperfective=False):
            found.update(alt + end for end in ("ать", "ять"))
    if base.endswith("нуть"):
        found.add(base[:-4] + "ать")
    if base.endswith(("ыть", "ать", "ять", "еть")) and not base.endswith("вать"):
        found.add(base[:-2] + "вать")
    found.discard(base)
    return found


def _aspect(word: str) -> str | None:
    """ "perf"/"impf" when ``word`` is a dictionary infinitive (a verb's lemma), else None."""
    if not is_known_russian(word):
        return None
    for candidate in parse(word):
        if candidate.tag.POS == "INFN" and candidate.normal_form == word:
            return next((a for a in ("perf", "impf") if a in candidate.tag), None)
    return None


@lru_cache(maxsize=WORDS_REMEMBERED)
def aspect_partners(lemma: str) -> frozenset[str]:
    """The verb of the other aspect that is the same word (обратиться for обращаться,
    подписывать for подписать), each checked by the dictionary to be a verb's lemma of the
    other aspect. Derived by the regular suffix alternations only: a pair that is not
    regular (уезжать / уехать) is not found, nor are prefixed pairs (писать / написать)."""
    if not is_cyrillic(lemma) or not lemma.endswith(("ть", "ться", "тись", "ти")):
        return frozenset()
    reflexive = "ся" if lemma.endswith("ся") else ""
    base = lemma[: -len(reflexive)] if reflexive else lemma
    own = _aspect(lemma)
    if own is None:
        return frozenset()
    return frozenset(
        word
        for candidate in _aspect_candidates(base)
        if (word := candidate + reflexive) and _aspect(word) not in (None, own)
    )
