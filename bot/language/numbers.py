"""Numbers written as words, in one table, so questions, articles and figures read them alike.

"семь" in a question meets "7" in a quote, "до одного миллиарда" is a figure, and an answer
saying "вдвое" gives an amount although it has no digit.
"""

from __future__ import annotations

from bot.patterns import lazy

# Russian cardinals in the forms articles and questions use, with their value as written
# in digits (a decimal comma, as Russian writes it).
RUSSIAN_CARDINALS = {
    "один": "1",
    "одного": "1",
    "одна": "1",
    "одной": "1",
    "полтора": "1,5",
    "полторы": "1,5",
    "полутора": "1,5",
    "два": "2",
    "две": "2",
    "двух": "2",
    "три": "3",
    "трёх": "3",
    "трех": "3",
    "четыре": "4",
    "четырёх": "4",
    "четырех": "4",
    "пять": "5",
    "пяти": "5",
    "шесть": "6",
    "шести": "6",
    "семь": "7",
    "семи": "7",
    "восемь": "8",
    "восьми": "8",
    "девять": "9",
    "девяти": "9",
    "десять": "10",
    "десяти": "10",
    "пятнадцать": "15",
    "двадцать": "20",
    "сто": "100",
    "ста": "100",
}
ENGLISH_CARDINALS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "fifteen": "15",
    "twenty": "20",
}
# "Один" as it is heard, its unstressed "о" written "а" ("пять плюс адин"): read in questions
# only (no article spells it so), like the vowel slips of longer words
# (``morphology.vowel_slip_of``), which a four-letter word is too short for.
_CARDINALS_AS_HEARD = {"адин": "1", "адна": "1", "адно": "1", "адного": "1", "адной": "1"}
NUMBER_WORDS = {**RUSSIAN_CARDINALS, **_CARDINALS_AS_HEARD, **ENGLISH_CARDINALS}

# Words that state an amount without a digit ("кратно увеличить", "вдвое", "половина").
QUANTITY_STEMS = ("кратно", "вдвое", "втрое", "половин", "миллиард", "миллион")
# Scales as abbreviated ("400–500 млн", "5-7 mln tonn", "$1 bn"), read as the words they
# stand for: a question typing "млн" meets the article's "миллионов" (``text.tokens``).
SCALE_ABBREVIATIONS = {
    "тыс": "тысяча",
    "млн": "миллион",
    "млрд": "миллиард",
    "трлн": "триллион",
    "mln": "million",
    "bn": "billion",
    "bln": "billion",
}
# Half of a scale in one word, as speech says it ("полмиллиарда", "пол-миллиона", "пол-ляма",
# "полтысячи"): the same amount as the article writes it, in the scale below — "полмиллиарда"
# is the "500 миллионов" of "400–500 миллионов долларов". By the start of the scale's word
# after "пол" (a hyphen, if typed, dropped), slang clippings ("лям", "лярд") included.
_HALF_SCALES = (
    (("миллиард", "млрд", "лярд", "ярд"), ("500", "миллионов")),
    (("миллион", "млн", "лям"), ("500", "тысяч")),
    (("тысяч", "тыс", "штук"), ("500",)),
)


def half_scale(token: str) -> tuple[str, ...] | None:
    """The tokens of the amount a "пол-" word of a scale names ("полмиллиарда": "500",
    "миллионов"), None for any other word ("полдень", "полный")."""
    if not token.startswith("пол"):
        return None
    rest = token[3:].removeprefix("-")
    for stems, amount in _HALF_SCALES:
        if rest.startswith(stems):
            return amount
    return None


# Units of time as a note-taker clips them ("5-7 mln t per yr"), read as their words.
UNIT_ABBREVIATIONS = {"yr": "year", "yrs": "years"}
# Scale words and their abbreviations: in "сколько млн тонн" they say how big the number is,
# the thing counted comes after them.
SCALE_WORDS = frozenset(
    (
        *("тысяча", "тысячи", "тысяч", "тыс", "миллион", "миллиона", "миллионов", "млн"),
        *("миллиард", "миллиарда", "миллиардов", "млрд", "thousand", "thousands", "million"),
        *("millions", "mln", "billion", "billions", "bn"),
    )
)


def alternation(words: dict[str, str] | tuple[str, ...]) -> str:
    """A regex alternation of the words, longest first (so "двух" is not read as "два")."""
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


# Units an amount is measured in (lemmas): "1,5–2 миллиона тонн", "400–500 миллионов
# долларов" measure a size; "двух стран" counts things.
MEASURE_UNITS = frozenset(
    {
        *("тонна", "доллар", "рубль", "евро", "манат", "тенге", "процент", "километр"),
        *("баррель", "кубометр", "тысяча", "миллион", "миллиард", "триллион"),
        *("tonne", "ton", "dollar", "percent", "kilometr", "barrel", "million", "billion"),
    }
)
# The English stems of units an amount is measured in, each as the Russian lemma of the same
# unit: a Russian figure ("до 20 миллионов тонн в год") states the unit an English question
# counts ("how many tonnes").
ENGLISH_UNITS = {
    **dict.fromkeys(("tonn", "ton"), "тонна"),
    **dict.fromkeys(("dollar", "usd"), "доллар"),
    **dict.fromkeys(("kilometr", "kilomet", "km"), "километр"),
    **{"percent": "процент", "barrel": "баррель", "euro": "евро", "rubl": "рубль"},
    **{"manat": "манат", "teng": "тенге"},
}
# Russian units of a mass of goods ("тонн", "баррелей", "кубометров"): an amount in one is
# of a substance or cargo, named in the genitive after it ("тонн нефти", "кубометров газа").
MASS_UNITS = frozenset({"тонна", "баррель", "кубометр"})
# Nouns any mass of goods is of ("тонн грузов", "tonnes of freight"): they narrow a tonnage
# to nothing its unit does not already say, unlike "нефти" or "of grain".
ANY_CARGO = frozenset(
    {"груз", "грузоперевозка", "перевозка", "cargo", "freight", "good", "goods", "shipment"}
)
# Words judging whether an amount is enough ("это достаточно?", "много или мало", "is that
# enough"), asked or said: "400–500 миллионов долларов в год, что, безусловно, недостаточно".
_JUDGING_STEMS = (
    *("достаточн", "недостаточн", "хват", "sufficien", "insufficien", "adequa", "inadequa"),
)
# "считает нормальным", "это нормально?", "многовато": said of an amount asked, whether it
# is enough (not "при нормальных инвестициях", a condition).
_JUDGING_WORDS = frozenset(
    {"много", "мало", "маловато", "многовато", "немного", "немало", "enough"}
    | {"нормально", "нормальным", "норм"}
)


# A noun naming a group by its number, in any case ("семёрка", "в семёрку", "тройкой",
# "большая двадцатка"): the thing a question is about, though it reads as that number.
_NUMBER_GROUP = lazy(r"(?:[её]рк|ойк|[ая]тк)(?:а|и|е|у|ой|ою)$")


def names_number_group(word: str) -> bool:
    """Is the folded word a noun naming a group by its number (``_NUMBER_GROUP``), not a
    cardinal ("семь", "шести", "7")? "Что Китай думает о тюркской семёрке" is about the
    seven; "формат «6»" is about the format, not every 6."""
    return _NUMBER_GROUP.search(word) is not None


def judges_amount(word: str) -> bool:
    """Is the folded word one judging whether an amount is enough (``_JUDGING_STEMS``)?"""
    return word in _JUDGING_WORDS or word.startswith(_JUDGING_STEMS)


# A unit of time an amount is given per, right after it: "5–7 миллионов тонн в год",
# "1 миллиард долларов ежегодно", "20 million tonnes a year".
_PER_TIME = lazy(
    r"[^,;.:!?]{0,40}?(?:\b(?:в|за)\s+(?:год|месяц|день|неделю|сутки)\b|"
    r"\b(?:ежегодн|ежемесячн|ежедневн|annual|yearly|monthly|daily)|"
    r"\b(?:a|per)\s+(?:year|month|day|week)\b)"
)


# The units of time by the words that name them in either language, as a noun or as the
# adjective or adverb of "per" ("ежегодно", "годового", "annual"): a figure given "в год" is
# given per year whether the question says "year", "год" or "ежегодно".
_UNIT_WORDS = {
    "year": frozenset({"год", "года", "году", "годом", "годы", "лет", "year", "years"}),
    "month": frozenset({"месяц", "месяца", "месяцу", "месяцев", "месяцы", "month", "months"}),
    "week": frozenset({"неделя", "неделю", "недели", "недель", "week", "weeks"}),
    "day": frozenset({"день", "дня", "дней", "дни", "сутки", "суток", "day", "days"}),
}
_UNIT_STEMS = {
    "year": ("ежегодн", "годов", "annual", "yearly"),
    "month": ("ежемесячн", "месячн", "monthly"),
    "week": ("еженедельн", "недельн", "weekly"),
    "day": ("ежедневн", "суточн", "daily"),
}
_NOT_UNIT = ("годовщин",)  # "годовщина": an anniversary, no year a figure is given per


def names_unit_as_noun(word: str, unit: str) -> bool:
    """Is the word the noun of the unit ("год", "days"), not its "per" form ("ежегодно")?"""
    return word in _UNIT_WORDS[unit]


def time_unit(word: str) -> str | None:
    """The unit of time a folded word names ("year" for "год", "ежегодно", "annual"), None
    for any other word."""
    if word.startswith(_NOT_UNIT):
        return None
    for unit, forms in _UNIT_WORDS.items():
        if word in forms or word.startswith(_UNIT_STEMS[unit]):
            return unit
    return None


def per_time(folded: str, number: str) -> bool:
    """Is ``number`` (as tokens read it) given per a unit of time in the folded text — the
    unit within its own stretch ("до 20 миллионов, а …" gives none for the 20 million)?"""
    at = folded.find(number)
    while at >= 0:
        end = at + len(number)
        inside = (end < len(folded) and (folded[end].isdigit() or folded[end] in ",-")) or (
            at > 0 and (folded[at - 1].isdigit() or folded[at - 1] in ",-")
        )  # "5" is no number of "1,5-2"
        if not inside and _PER_TIME.match(folded, end):
            return True
        at = folded.find(number, end)
    return False
