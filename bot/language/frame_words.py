"""The words that frame a question, and their typos.

"конда алиев прилетел", "циата ишмухамедова", "как россия оносится к коридору": a slip in a
question word, a request word or a verb of saying changes what is asked for — a date, a quote,
a country's view — yet these are the words the briefing's vocabulary does not hold (they are
not what any entry is about), so the fuzzy search over that vocabulary cannot mend them. This
module knows them and mends a word one keystroke away from exactly one of them. The nouns of
time are among them: "сколько днеи" (transliterated "dnei") asks how long, as "сколько дней".
"""

from __future__ import annotations

from functools import lru_cache

from bot.language.answer_types import EXPECTING_WORDS, GENERIC_DETAILS, TIME_NOUNS, VENUE_WORDS
from bot.language.lexicon import (
    ASKER_DOING,
    COUNT_WORDS,
    QUESTION_NOUNS,
    QUOTE_WORDS,
    RUSSIAN_STOP,
    SAY_WORDS,
    VIEW_WORDS,
    WHEN_DUE,
    WHEN_WORDS,
    WHO_WORDS,
    word_set,
)
from bot.language.morphology import is_known_russian, lemma, parse
from bot.language.nominal import CUE_WORDS as NOMINAL_CUES
from bot.language.occupations import WORKING
from bot.language.parties import CUE_WORDS as PARTY_CUES
from bot.language.speech import CUE_WORDS as SPEECH_CUES
from bot.language.text import is_cyrillic

# Request words in the forms people type (their lemmas live in the lexicon).
_REQUESTS = word_set(
    "цифры цифра цифр цифрам цифрами эксперт эксперты экспертов экспертам экспертами "
    "политолог политологи политологов аналитик аналитики аналитиков прогноз прогнозы "
    "министр министры министров чиновники представители руководитель руководители "
    "позиция позицию реакция реакцию отношение сумма сумму стоимость стоит стоят стоить "
    "длился длилась длились продлится продлятся прошел прошла прошли состоялся состоялась "
    "подписали подписан подписаны подписано "
    "каком какую каких какого какому какими которого которой котором которую которых "
    "долго длительность продолжительность срок сроки почем почём"
)
# Question words that open a question: a known word in their place ("конда" is a river) is
# still a slip when it is the first word (after prepositions) and one keystroke from one of them.
OPENERS = word_set(
    "когда сколько скольки почему зачем какой какая какое какие каков какова каковы который "
    "которая где откуда куда кого кому чему"
)
# Prepositions that frame what is asked ("через какое море": a route, "после визита": a time)
# and that the stop words leave out.
_PREPOSITIONS = word_set("через между после перед около среди вокруг вместо против вдоль")
FRAME_WORDS = tuple(
    sorted(
        word
        for word in (
            RUSSIAN_STOP
            | SAY_WORDS
            | VIEW_WORDS
            | QUOTE_WORDS
            | WHEN_WORDS
            | WHO_WORDS
            | COUNT_WORDS
            | _REQUESTS
            | OPENERS
            | TIME_NOUNS
            | WORKING  # "где работет ишмухамедов" asks where he works
            | EXPECTING_WORDS  # "что он предсказвает" asks a forecast
            | _PREPOSITIONS
            # the words the readings of a formal phrasing or of the asker's scene key on
            # ("каково место проведения", "какая инициатива выдвинута", "готовлю вопросы"):
            # typed with a slip, the phrasing goes unread and the question is asked otherwise
            | NOMINAL_CUES
            # a party's view voiced ("что было отмечено армянской стороной") and an author
            # asked ("кто является автором текста декларации"), read by their forms
            | PARTY_CUES
            | SPEECH_CUES
            | VENUE_WORDS
            | ASKER_DOING
            | WHEN_DUE
            | QUESTION_NOUNS
        )
        if len(word) >= 4 and is_cyrillic(word)
    )
)
_FRAME_SET = frozenset(FRAME_WORDS)


def is_frame_word(word: str) -> bool:
    """Is ``word`` (a form, as typed) one of the words that frame a question?"""
    return word in _FRAME_SET


MIN_LENGTH = 4  # shorter words are one keystroke from too many others


@lru_cache(maxsize=4096)
def mend(word: str) -> str | None:
    """The frame word ``word`` is a slip of (one letter dropped, added, changed, or two
    neighbours swapped), when exactly one is that close; else None.

    Remembered per word, as the morphology remembers its parses: a search of every frame
    word is asked again for the same word by each reading of a question and by each
    question that has it."""
    if len(word) < MIN_LENGTH or word in _FRAME_SET or not is_cyrillic(word):
        return None
    # Imported by the first slip to mend: rapidfuzz costs ~40 M instructions to import.
    from rapidfuzz import process
    from rapidfuzz.distance import DamerauLevenshtein

    found = [
        hit[0]
        for hit in process.extract(
            word, FRAME_WORDS, scorer=DamerauLevenshtein.distance, score_cutoff=1, limit=None
        )
    ]
    if len(found) > 1:
        # Forms of one word ("цитаа": "цитата", "цитат") are one answer; so is the one real
        # word among slang spellings ("скольео": "сколько", not "скольго").
        if len({lemma(hit) for hit in found}) == 1:
            found = found[:1]
        else:
            found = [hit for hit in found if is_known_russian(hit)]
    if len(found) != 1:
        return None  # none, or ambiguous ("каког": "какого" or "каков")
    return found[0]


# "какой/в каком" and the nouns naming the kind of thing asked after it ("в какой город", "из
# какой страны"): a known word in the noun's place that cannot stand there — a short adjective
# ("в какой горд прибыл": "горд" is "proud"), a verb, an adverb — is a slip of one of them.
WHICH_FORMS = word_set(
    "какой какая какое какие каком какую каких какого какому каким какими который которой "
    "которую котором"
)
_KIND_NOUNS = tuple(sorted(w for w in GENERIC_DETAILS if len(w) >= MIN_LENGTH and is_cyrillic(w)))
_KIND_SET = frozenset(_KIND_NOUNS)
# Readings that may follow "какой": a noun, an adjective or participle, a number, a pronoun.
_AFTER_WHICH = frozenset({"NOUN", "ADJF", "PRTF", "NUMR", "NPRO"})


def mend_after_which(words: list[str], at: int) -> str | None:
    """The kind noun the word at ``at`` is a slip of (one keystroke, exactly one noun), when
    it follows "какой" and no reading of it may ("в какой горд" → "город"); else None."""
    word = words[at]
    if at == 0 or words[at - 1] not in WHICH_FORMS:
        return None
    if len(word) < MIN_LENGTH or word in _KIND_SET or not is_cyrillic(word):
        return None
    doubled = _doubled_kind(word)
    if doubled is not None:
        return doubled  # "до какой сумы": "суммы", whatever a bag or a city may be
    if any(p.tag.POS in _AFTER_WHICH for p in parse(word)):
        return None
    # Imported by the first slip to mend: rapidfuzz costs ~40 M instructions to import.
    from rapidfuzz import process
    from rapidfuzz.distance import DamerauLevenshtein

    found = [
        hit[0]
        for hit in process.extract(
            word, _KIND_NOUNS, scorer=DamerauLevenshtein.distance, score_cutoff=1, limit=None
        )
    ]
    if len({lemma(hit) for hit in found}) != 1:
        return None  # none, or several nouns ("в какой мест…")
    return found[0]


# Nouns a doubled letter typed once turns into another word ("сумы" is a bag's or a city's):
# after "какой" only the noun of the kind asked is meant. Not the tonne: "в каких тонах
# говорил эксперт" asks the tone of his words, and a unit is read only where an amount is.
_DOUBLED_KINDS = frozenset(_KIND_NOUNS) | word_set("сумма суммы сумму сумме суммой")


def _doubled_kind(word: str) -> str | None:
    """The one noun of a kind asked ("суммы", "тонны") that ``word`` is with a doubled
    letter typed once ("до какой сумы", "в каких тонах"), or None. Typing a double letter
    once is the commonest slip in Russian spelling, and it often makes a word of its own
    (a bag, a city, a tone), which no reading by its part of speech tells from the slip."""
    found = {
        variant
        for at in range(1, len(word) + 1)
        if (variant := word[:at] + word[at - 1] + word[at:]) in _DOUBLED_KINDS
    }
    return found.pop() if len(found) == 1 else None
