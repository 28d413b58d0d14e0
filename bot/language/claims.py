"""A claim put up for checking with its value wrong or doubtful, read as the question of its value.

"Верно ли, что подписали 16 соглашений?", "Коллега пишет, что Алиев прибыл в Казахстан 21
октября. Сверьте дату.", "правда ли что госвизит пришёлся на сентябрь?": the asker checks a
value the article gives otherwise (15 agreements, 20 October). The wrong value is a number
or a month the article lacks, and weighed as a word of the subject it pulls the passage that
corrects it down to "did you mean" or "no answer". What is checked is the value of a known
thing, so the claim is read as the question of that value — "сколько подписали
соглашений", "когда Алиев прибыл в Казахстан" — and the passage answering it gives the
article's value, which confirms or corrects the claim.

The value is a date (a month named, a day beside it, a year) or else a number counting
something; the claim is the clause after "что"/"that" ("пишет, что …", "is it true that
…"), or the statement left by a check's frame.
"""

from __future__ import annotations

import itertools

from bot.language.answer_types import AnswerType, one_keystroke_apart
from bot.language.checks import asks_for_something, unframed
from bot.language.lexicon import word_set
from bot.language.numbers import time_unit
from bot.language.text import is_cyrillic, tokens
from bot.patterns import lazy
from bot.records import record

# Russian months in every case ("сентябрь", "на сентябре", "21 октября"), English by name.
_MONTH_STEMS = (
    *("январ", "феврал", "март", "апрел", "июн", "июл"),
    *("август", "сентябр", "октябр", "ноябр", "декабр"),
)
_MONTH_RE = lazy(r"^(?:(?:" + "|".join(_MONTH_STEMS) + r")(?:ь|я|е|ю|ем|ём|а|у|ом)?|ма[йяюе])$")
_ENGLISH_MONTHS = word_set(
    "january february march april june july august september october november december sept"
)
# "may" is a month only as a date's: after "in/on/by/of/since/until" or beside a day's number
# ("in May", "May 5") — else the verb ("trade may reach a billion").
_MAY = "may"
_BEFORE_MAY = word_set("in on by of since until till before after early late mid")
_YEAR_RE = lazy(r"^(?:19|20)\d\d$")
_YEAR_WORDS = word_set("год года году годом year")
# A date's own words besides the month and the day: "числа" ("21 числа"), "of" ("21st of").
_DATE_FILLERS = word_set("числа число of")
# The endings of a day's ordinal, split off its number: "the 21st", "21-го".
_DAY_SUFFIXES = word_set("st nd rd th го")
_LAST_DAY = 31
# Prepositions opening a date ("на сентябрь", "в ноябре", "on October 22", "к 2027 году").
_DATE_PREPOSITIONS = word_set("в во на к ко on in by the")
# Words hedging a number ("около десяти", "about 800"): part of the value checked.
_HEDGES = word_set(
    "около примерно почти порядка более менее больше меньше свыше всего целых где-то "
    "about around roughly nearly approximately almost some over only just"
)
# The words introducing a claim reported or put up: "пишет, что …", "is it true that …".
_THAT = word_set("что будто якобы мол that")
# Requests to check a claim: "Сверьте, пожалуйста, дату", "Can you check the date?".
_VERIFYING = word_set(
    "сверьте сверь сверить сверте проверте проверьте проверь проверить уточните уточни уточнить "
    "подтвердите подтверди подтвердить check verify confirm"
)
# Verbs only putting a thing at its date ("визит пришёлся на сентябрь", "выпал на",
# "took place on"): with the date asked they say nothing more, and "пришёлся" read as
# "прийти" sent "когда визит пришёлся" away from the date of the visit.
_DATING_VERBS = word_set(
    "пришелся пришлась пришлось пришлись выпал выпала выпало выпали приходился приходилась "
    "приходилось состоялся состоялась состоялось состоялись fell happened occurred took place"
)
_SENTENCE_RE = lazy(r"[.!?;]+\s*")
_MIN_LEFT = 2  # the words a claim must keep besides its value: "подписали соглашений"


@record
class Claim:
    """A claim's value kind (a date, a duration, else a quantity) and the claim asked as a
    question ("сколько подписали соглашений")."""

    kind: AnswerType
    question: str


# Words asking whether a claim is true ("правда ли", "верно ли", "я правильно понимаю", "is it
# true / correct / right that"), as typed with one slip ("правад ли"): only such a check puts
# a value up for correcting — "is it symbolic that …", "did Turkey join …" ask other things.
_TRUTH_WORDS = ("правда", "верно", "правильно", "true", "correct", "right", "accurate")
_TRUTH_SLIP_FROM = 5  # letters from which a truth word is read with one slip
_SO_PAIRS = frozenset({("так", "ли"), ("это", "так"), ("that", "right")})


def checks_truth(text: str) -> bool:
    """Does the question ask whether a claim is true (a word of truth, or one a slip off; "так
    ли", "это так"; "верноли" typed as one word)?"""
    words = tokens(text)
    if any(pair in _SO_PAIRS for pair in itertools.pairwise(words)):
        return True
    for word in words:
        if word.endswith("ли") and word[:-2] in _TRUTH_WORDS:
            return True  # "правдали", "верноли"
        if word in _TRUTH_WORDS:
            return True
        if len(word) >= _TRUTH_SLIP_FROM and any(
            one_keystroke_apart(word, truth) for truth in _TRUTH_WORDS if is_cyrillic(truth)
        ):
            return True
    return False


def asks_to_verify(text: str) -> bool:
    """Does the message ask to check something ("Сверьте, пожалуйста, дату", "please verify")?"""
    return any(word in _VERIFYING for word in tokens(text))


def month_at(words: list[str], at: int) -> bool:
    """Is the word at ``at`` a month's name (``is_month``), or "may" read as one: after a
    preposition of time or beside a number ("in May", "May 5")?"""
    word = words[at]
    if word != _MAY:
        return is_month(word)
    beside = (*words[max(at - 1, 0) : at], *words[at + 1 : at + 2])
    return any(w in _BEFORE_MAY for w in words[max(at - 1, 0) : at]) or any(
        w.isdigit() for w in beside
    )


def names_month(words: list[str]) -> bool:
    """Do the folded words name a month ("в сентябре", "in May")? In a check, that is a date
    offered: "правда ли, что Токаев был в Габале в сентябре?" is not confirmed by a passage
    saying only «совсем недавно»."""
    return any(month_at(words, at) for at in range(len(words)))


def is_month(word: str) -> bool:
    """Is the folded word a month's name ("сентябрь", "октября", "ноябре", "october")?"""
    return word in _ENGLISH_MONTHS or _MONTH_RE.match(word) is not None


def _dates(words: list[str]) -> set[int]:
    """The positions of a date's words: months, a day's number beside one, a year and its
    "году", "числа" after a day."""
    found: set[int] = set()
    for at, word in enumerate(words):
        if month_at(words, at):
            found.add(at)
            for near in (at - 1, at + 1):
                if 0 <= near < len(words) and words[near].isdigit() and int(words[near]) <= 31:
                    found.add(near)
        elif _YEAR_RE.match(word):
            found.add(at)
            if at + 1 < len(words) and words[at + 1] in _YEAR_WORDS:
                found.add(at + 1)
    for at, word in enumerate(words[:-1]):
        if word.isdigit() and int(word) <= _LAST_DAY and words[at + 1] in _DAY_SUFFIXES:
            found |= {at, at + 1}  # "on the 21st", "прибыл 21-го"
    for at in sorted(found):
        if at + 1 < len(words) and words[at + 1] in _DATE_FILLERS and at + 1 not in found:
            found.add(at + 1)
    return found


def _numbers(words: list[str]) -> set[int]:
    """The positions of the numbers of the words ("16", "1,5", "400-500"); not a format's
    name ("5+1", "5+2"), which counts nothing."""
    return {at for at, word in enumerate(words) if word[:1].isdigit() and "+" not in word}


def _with_openers(words: list[str], found: set[int], openers: frozenset[str]) -> set[int]:
    """The positions with the words opening each run of them (a hedge, a preposition)."""
    grown = set(found)
    for at in sorted(found):
        before = at - 1
        while before >= 0 and before not in grown and words[before] in openers:
            grown.add(before)
            before -= 1
    return grown


def _claim_words(sentence: list[str], first_value: int) -> list[str]:
    """The claim holding the value: after the last "что/that" before it, else the sentence
    without a check's frame ("правда ли …", "…, верно?")."""
    starts = [at for at in range(first_value) if sentence[at] in _THAT]
    if starts:  # "…, что доставка идёт 2 месяца, это так?": its closing tag cut off too
        return unframed(sentence[starts[-1] + 1 :])
    return unframed(sentence)


def _kind_counted(words: list[str]) -> AnswerType:
    """A duration when a number is of a unit of time ("2 месяца", "20 days"), else a
    quantity."""
    for at, word in enumerate(words[:-1]):
        if word[:1].isdigit() and time_unit(words[at + 1]) is not None:
            return AnswerType.DURATION
    return AnswerType.QUANTITY


def claimed_value(text: str) -> Claim | None:
    """The claim of the message that gives a value, asked as the question of it:
    "верно ли, что подписали 16 соглашений?" → "сколько подписали соглашений",
    "Коллега пишет, что Алиев прибыл 21 октября. Сверьте дату." → "когда Алиев прибыл".
    None when no sentence gives a date or a number, or too little is left without it."""
    for sentence_text in _SENTENCE_RE.split(text):
        sentence = tokens(sentence_text)
        values = _dates(sentence) or _numbers(sentence)
        if not values:
            continue
        words = _claim_words(sentence, min(values))
        if asks_for_something([w for w in words if w not in _THAT]):
            return None  # "за сколько лет сократить доставку до 7-8 дней": a question of its own
        dated = _dates(words)
        kind = AnswerType.DATE if dated else _kind_counted(words)
        found = dated or _numbers(words)
        openers = _DATE_PREPOSITIONS | _HEDGES if dated else _HEDGES
        dropped = _with_openers(words, found, openers)
        if dated:
            dropped |= {at for at, word in enumerate(words) if word in _DATING_VERBS}
        rest = [word for at, word in enumerate(words) if at not in dropped]
        if len(rest) < _MIN_LEFT or not found:
            return None
        return Claim(kind, " ".join((_asking_word(kind, rest), *rest)))
    return None


def _asking_word(kind: AnswerType, rest: list[str]) -> str:
    """ "когда"/"сколько" for a Russian claim, "when"/"how many" for an English one."""
    russian = any(is_cyrillic(word) for word in rest)
    if kind is AnswerType.DATE:
        return "когда" if russian else "when"
    if kind is AnswerType.DURATION:
        return "сколько" if russian else "how long"
    return "сколько" if russian else "how many"
