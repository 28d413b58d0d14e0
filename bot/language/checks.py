"""A yes/no check of a statement: "правда ли, что …", "верно ли, что …", "is it true that …".

"Правда ли, что Ишмухамедов предложил добавить Турцию?" asks whether the article says what
follows the frame, so the entry answering it is the one saying that. The frame words are no
part of the subject: "правда", "true", "correct" are words no entry is about, and weighed as
unknown words of the question they pull the right entry's score down to "did you mean". So
the frame is cut off (at the start, or as a tag at the end: "…, это правда?", "… или я
что-то путаю?") before the
question's words are read; what is left asks what the statement asks (nothing in
particular, or "будет ли …"'s forecast kept by its own words).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from bot.language.lexicon import by_first_word, word_set
from bot.language.text import tokens
from bot.patterns import lazy

# Frames opening a check, longest first; the trailing "что/that" is optional.
_OPENING: tuple[tuple[str, ...], ...] = (
    ("а", "правда", "ли"),
    ("а", "это", "правда"),
    ("а", "правда"),  # "а правда что торговля всего полмиллиарда?"
    ("правда", "ли"),
    ("верно", "ли"),
    ("правильно", "ли"),
    ("действительно", "ли"),
    ("так", "ли"),
    ("это", "правда"),
    ("правда",),
    # the frame typed as one word, its space dropped: "правдали что …", "верноли что …"
    ("правдали",),
    ("верноли",),
    ("is", "it", "true"),
    ("is", "it", "correct"),
    ("is", "it", "right"),
    ("is", "it", "so"),
    ("it", "is", "true"),
    ("true",),
)
_THAT = frozenset({"что", "that"})
# Tags closing a check: "…, это правда?", "…, верно?", "…, is that true?".
_CLOSING: tuple[tuple[str, ...], ...] = (
    # "… приезжал или я что-то путаю?", "…, или я ошибаюсь?": the asker doubts his memory
    ("или", "я", "что-то", "путаю"),
    ("или", "я", "что", "то", "путаю"),
    ("или", "я", "путаю"),
    ("или", "я", "ошибаюсь"),
    ("если", "я", "не", "ошибаюсь"),
    ("если", "не", "ошибаюсь"),
    ("or", "am", "i", "wrong"),
    ("or", "am", "i", "mistaken"),
    ("это", "правда"),
    ("это", "так"),  # "… идёт 2 месяца, это так?"
    ("правда",),
    ("верно",),
    # "…, да?", "…, не так ли?", "…, правильно?", "…, right?", "…, is that correct?"
    ("не", "так", "ли"),
    ("так", "ведь"),
    ("я", "прав"),
    ("правильно",),
    ("да",),
    ("is", "that", "right"),
    ("is", "that", "correct"),
    ("am", "i", "right"),
    ("right",),
    ("correct",),
    ("is", "that", "true"),
    ("is", "it", "true"),
    ("true",),
    # "…, yes or no?", "…, да или нет?": the asker wants a plain yes or no — how it is asked,
    # not what about. (A bare "… или нет" stays: "будет прочным или нет" asks a forecast.)
    ("yes", "or", "no"),
    ("да", "или", "нет"),
)
# The frames grouped by the word a question must open (or close) with to carry them, in
# their order: a question tries the few that may fit, not both tables whole.
_OPENING_BY_FIRST = by_first_word(_OPENING)
_CLOSING_BY_LAST = {
    last: tuple(frame[::-1] for frame in frames)
    for last, frames in by_first_word(tuple(frame[::-1] for frame in _CLOSING)).items()
}
# "Тусупбеков правда назвал …", "Алиев действительно приезжал?": an adverb of the check inside
# the statement, no word of it (after a word of the statement, before another; not after "это"
# or a preposition: "это правда интересно", "по правде").
_INSIDE = frozenset({"правда", "действительно", "really"})
_NOT_BEFORE_CHECK = frozenset({"это", "по", "в", "на", "за", "вся", "всю", "the", "a"})
# What must be left for the frame to be one: "правда" alone is a question about truth.
_MIN_LEFT = 2


# An alternative left open at the end of a check: "… on Oct 20 or was it some other day?",
# "… in Astana, or somewhere else?", "… прибыл 20 октября или в какой-то другой день?". It
# offers no second answer to choose from, only doubt of the first: the statement before it is
# what is checked. Its words ("other", "day") weighed as the subject's sank the passage
# stating the very day offered.
_OR = frozenset({"or", "или"})
_OTHER = word_set(
    "other another different else elsewhere "
    "другой другая другое другие другого другом другому другим иной иное ином ещё еще"
)
# Words an open alternative may hold besides its noun and "other": "was it", "on some".
_OPEN_FILLER = word_set(
    "was is were it that this on in at some any a an maybe perhaps possibly "
    "в во на какой то какой-то какой-нибудь может быть"
)
# The nouns of the kind of fact an open alternative leaves open: a day, a place, a person.
_OPEN_NOUNS = word_set(
    "day date time month week year days dates день дату дата дня число время "
    "place city town somewhere elsewhere место месте городе город где-то "
    "person guy someone somebody expert кто-то человек эксперт"
)
_OPEN_REACH = 6  # "or was it on some other day": how far the alternative may run


def open_alternative(words: list[str]) -> list[str]:
    """The words without an alternative left open at their end ("… or was it some other
    day", "… or somewhere else", "… или кто-то другой"): "or", a noun of the kind left open,
    "other" and nothing but fillers. A real choice ("Aktau or Kuryk", "or other countries")
    is kept (``alternatives``); so is every question without one."""
    for at in range(len(words) - 1, max(len(words) - _OPEN_REACH - 2, 0), -1):
        if words[at] not in _OR:
            continue
        tail = words[at + 1 :]
        rest = {w for w in tail if w not in _OPEN_NOUNS and w not in _OTHER}
        if (
            any(w in _OPEN_NOUNS for w in tail)
            and any(w in _OTHER for w in tail)
            and len(tail) <= _OPEN_REACH
            and rest <= _OPEN_FILLER
        ):
            return words[:at]
        return words
    return words


# A cleft check: "was it Oct 20 when Aliyev arrived", "was it in Astana where they met", "is
# it Huseynov who proposed it": the relative word joins the offered answer to the statement
# checked — no question word of its own (read as "when", it asked the date the question gave).
_CLEFT_OPENINGS = frozenset({("was", "it"), ("is", "it"), ("was", "that"), ("is", "that")})
_CLEFT_RELATIVES = frozenset({"when", "where", "who", "that"})
_CLEFT_OFFER = 4  # "was it [on 20 October] when": how long the offered answer may be


def without_cleft(words: list[str]) -> list[str]:
    """The words of a cleft check without its frame and relative word: "was it Oct 20 when
    Aliyev arrived" reads as "Oct 20 Aliyev arrived", a statement with the answer offered
    (unchanged when no such frame opens the question)."""
    if tuple(words[:2]) not in _CLEFT_OPENINGS:
        return words
    for at in range(3, min(len(words) - 1, 2 + _CLEFT_OFFER + 1)):
        if words[at] in _CLEFT_RELATIVES:
            return [*words[2:at], *words[at + 1 :]]
    return words


def unframed(words: list[str]) -> list[str]:
    """The folded words of a question without a yes/no check's frame (unchanged when it has
    none, or when too little would be left for a statement)."""
    if not words:
        return words
    for frame in _OPENING_BY_FIRST.get(words[0], ()):
        if tuple(words[: len(frame)]) == frame:
            rest = words[len(frame) :]
            asking = asks_by_itself(frame)
            if not asking and rest[:1] and rest[0] not in _THAT:
                continue  # "это правда интересно" is no frame; "это правда, что …" is one
            if rest[:1] and rest[0] in _THAT:
                rest = rest[1:]
            if len(rest) >= _MIN_LEFT:
                return rest
            return words
    for frame in _CLOSING_BY_LAST.get(words[-1], ()):
        if len(words) > len(frame) and tuple(words[-len(frame) :]) == frame:
            rest = words[: -len(frame)]
            if len(rest) >= _MIN_LEFT:
                return _without_inner_check(rest)
    return _without_inner_check(words)


def framed(text: str) -> bool:
    """Does the message carry a yes/no check's frame ("правда ли, что …", "…, верно?",
    "Тусупбеков правда назвал …")? Read on the text as typed: the words of the frame may be
    blanked as the asker's asides before the question is read (``bot.language.asides``)."""
    words = tokens(text)
    return len(words) >= _MIN_LEFT and unframed(list(words)) != words


def opening_frame(words: list[str]) -> tuple[str, ...] | None:
    """The check's opening frame that is the whole of a part of the message ("Правда ли,",
    "Верно ли,", "Правда,", "А это правда,"), else None."""
    found = tuple(words)
    return found if found in _OPENING else None


def asks_by_itself(frame: tuple[str, ...]) -> bool:
    """Is an opening frame a question by itself ("правда ли", "is it true"), not one only
    with the statement's "что" after it ("правда, что …"; "Правда, сколько …" is no check)?"""
    return frame[-1] == "ли" or frame[0] == "is"


def _without_inner_check(words: list[str]) -> list[str]:
    """The statement without a checking adverb inside it ("Тусупбеков правда назвал …")."""
    kept = [
        word
        for at, word in enumerate(words)
        if not (
            word in _INSIDE
            and 0 < at < len(words) - 1
            and words[at - 1] not in _NOT_BEFORE_CHECK
            and words[at + 1] not in _THAT | {"ли"}
        )
    ]
    return kept if len(kept) >= _MIN_LEFT else words


# The last stretch of a question after a comma or a spaced dash: "где проходили переговоры, в
# Астане?", "сколько подписали — 15?", "where were the talks held, in Astana?".
_TAIL_RE = lazy(r"(?:,|\s[—–-]\s)\s*((?:(?!\s[—–-]\s)[^,?!])+?)[\s?!.]*$")
# Prepositions an offered place or time may open with ("в Астане", "in Astana", "к 2030").
_OFFERING_PREPOSITIONS = frozenset(
    {"в", "во", "на", "из", "к", "ко", "до", "у", "около", "in", "at", "to", "from", "on", "by"}
)
# An offered answer is a word or two; longer, the stretch is a clause of its own.
_LONGEST_OFFER = 2


def offered_answer(text: str) -> tuple[str, ...]:
    """The folded words of an answer the asker offers to be confirmed, after a comma or a
    dash closing the question: "переговоры где проходили, в Астане?" offers Astana,
    "сколько соглашений подписали, 15?" fifteen. Empty when the question closes otherwise —
    with alternatives ("…, Актау или Курык?": ``alternatives``), an attribution ("…, по
    словам Гусейнова?", "…, per Huseynov?": no preposition here opens it) or a clause."""
    found = _TAIL_RE.search(text)
    if found is None or not text[: found.start()].strip():
        return ()
    words = tokens(found.group(1))
    if words[:1] and words[0] in _OFFERING_PREPOSITIONS:
        words = words[1:]
    if not 0 < len(words) <= _LONGEST_OFFER or len(tokens(text[: found.start()])) < _MIN_LEFT:
        return ()
    return tuple(words)


# Words asking for something in particular: a question holding one is no yes/no question
# ("где проходили переговоры", "how many agreements").
_ASKING = word_set(
    "что чего чему чем чём кто кого кому кем ком где куда откуда когда сколько скольки как "
    "каков какова каково каковы какой какая какое какие какого какую каким какими каких "
    "каком почему зачем отчего чей чья чьё чье чьи насколько "
    "what who whom whose where when why how which "
    "what's who's where's when's how's whats whos wheres whens hows"
)
# "… или нет", "… or not": whether the statement holds.
_WHETHER = frozenset({("или", "нет"), ("or", "not")})
# English auxiliaries opening a yes/no question: "Was AI among …", "Did Huseynov say …".
_AUXILIARIES = word_set(
    "is are was were do does did has have had can could will would should isn't aren't "
    "wasn't weren't doesn't didn't hasn't haven't"
)


def asks_for_something(words: list[str] | tuple[str, ...]) -> bool:
    """Does the question hold a word asking for something in particular ("где", "how")?"""
    return any(word in _ASKING for word in words)


def asks_yes_or_no(text: str) -> bool:
    """Does the question ask whether a statement holds, not for a detail: a check's frame
    ("правда ли, что …", "…, yes or no?", "Тусупбеков правда назвал …"), "… или нет", an English
    auxiliary first ("Was AI among …?"), "ли" after the verb ("подписали ли …"), or a
    statement with a question mark and no question word ("подписали 15 соглашений?")."""
    words = tokens(text)
    if len(words) < _MIN_LEFT:
        return False
    if unframed(list(words)) != words:
        return True
    if without_cleft(open_alternative(list(words))) != words:
        return True  # "was it Oct 20 when he arrived": its "when" asks nothing, the date checked
    if any(pair in _WHETHER for pair in itertools.pairwise(words)):
        return True  # "хватает или нет, скоко там": whether first, the amount with it
    if asks_for_something(words):
        return False
    if words[0] in _AUXILIARIES or "ли" in words[1:3]:
        return True
    return text.rstrip().endswith("?") and _states_something(words)


# The parts of speech that make a statement of Russian words: a verb, a short participle or
# adjective ("подписано", "готова"), a predicative ("нужно"), an infinitive.
_PREDICATES = frozenset({"VERB", "PRTS", "ADJS", "PRED", "INFN"})


def _states_something(words: tuple[str, ...]) -> bool:
    """Is there a predicate to check? "подписали 15 соглашений?" states something; "товарооборот
    с китаем?" is a keyword request with a question mark, which no passage confirms."""
    from bot.language.morphology import parse

    for word in words:
        if word in _AUXILIARIES or (word.isascii() and word.endswith("ed")):
            return True
        readings = parse(word) if not word.isascii() else []
        if readings and readings[0].tag.POS in _PREDICATES:
            return True
    return False


# The months a day offered for checking is named with: English as spelt out (a clipped "oct"
# is spelt out beside a day's number by ``tokens``), Russian in the genitive of a date.
_MONTHS = word_set(
    "january february march april may june july august september october november december "
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
)
_LAST_DAY = 31


def offers_date(words: list[str]) -> bool:
    """Do the words name a day of a month ("Oct 20", "on 20 October", "20 октября")? In a
    check, that is the date checked: a passage stating no date cannot confirm it, whatever
    else of the statement it says ("was it Oct 20 when Tokayev spoke in Gabala": the article
    says only «совсем недавно»)."""
    for at, word in enumerate(words):
        if word not in _MONTHS:
            continue
        beside = (*words[at - 1 : at][-1:], *words[at + 1 : at + 2])
        if any(w.isdigit() and 1 <= int(w) <= _LAST_DAY for w in beside):
            return True
    return False


_YEAR_RE = lazy(r"^(?:19|20)\d\d$")


def offers_year(words: list[str]) -> bool:
    """Do the words name a year ("к 2027 году", "in 2019")? In a check, a year is a date
    checked as a day is (``offers_date``): "правда ли, что паромы построят к 2027 году?" is
    not confirmed by a passage telling only that new ferries are needed."""
    return any(_YEAR_RE.match(word) for word in words)


def counted_numbers(words: list[str]) -> frozenset[str]:
    """The numbers that count a noun in the words ("20 agreements", "20 соглашений"), not a
    day of a month ("20 October", "Oct 20 when …") nor one of a range or a list of numbers."""
    if not words:
        return frozenset()
    return frozenset(
        word
        for before, word, after in zip(["", *words[:-1]], words, [*words[1:], ""], strict=True)
        if word.isdigit() and after.isalpha() and after not in _MONTHS and before not in _MONTHS
    )


def only_a_day(number: str, texts: Iterable[str]) -> bool:
    """Do the texts hold ``number`` as a day of a month only ("On 20 October", «20 октября»)?
    A check counting something by it ("it was 20 agreements, wasn't it?") is no check of
    that date: the passage holding the day confirms no count."""
    seen = False
    for text in texts:
        words = tokens(text)
        for at, word in enumerate(words):
            if word != number:
                continue
            beside = (*words[max(at - 1, 0) : at], *words[at + 1 : at + 2])
            if not any(w in _MONTHS for w in beside):
                return False
            seen = True
    return seen
