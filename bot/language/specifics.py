"""Questions asking for the specifics of a thing the article may only name.

"Какие конкретно барьеры сдерживают торговлю?", "что за соглашение по ИИ, подробности",
"what exactly did they agree on the Zangezur corridor?": the article names the barriers, the
agreement, the corridor — and says nothing of what they are. A passage naming the thing is
then no answer: only one that spells it out (lists its members, says what was done about it)
is. Three ways of asking are read here, each from a question's folded words:

- ``asks_specifics``: a word asking for specifics ("конкретно", "подробности", "exactly");
- ``content_asked``: what was done is asked ("что подписали по здравоохранению", "какие
  меры согласовали", "what exactly did they agree on …") — the verb naming it, which the
  answering passage must itself state, of what the question names;
- ``joined_kinds``: a second kind of fact asked after "и/and" ("и к какому сроку", "and by
  when"), which an answer must give as well.
"""

from __future__ import annotations

from bot.language.answer_types import (
    GENERIC_DETAILS,
    AnswerType,
    asked_types,
    asks_origin,
    asks_persons_origin,
    asks_reason,
    opens_reported_question,
    opens_time_clause,
    schedule_heading,
    speaks_of_future,
)
from bot.language.definitions import asks_definition
from bot.language.lexicon import JUST_WORDS, SPECIFYING_EN, SPECIFYING_RU, word_set
from bot.language.morphology import parse
from bot.language.text import fold, is_cyrillic, is_latin, tokens
from bot.patterns import lazy

# Words asking for the specifics of what the question names. ("Точно ли подписали" asks
# whether, so "точно" is not one; "именно" is one only after a question word: "почему
# именно семь" asks a reason.)
_CUES = (
    SPECIFYING_RU
    | SPECIFYING_EN
    | word_set(
        "конкретными подробности подробностей подробнее подробно детали деталей деталях "
        "детально содержание суть specifics details specific"
    )
)
SPECIFICS_CUES = _CUES  # "подробнее", "конкретно", "details": the specifics asked
_WHAT_RU = word_set("что чего чем чём")
_ABOUT_RU = word_set("о об")
_WHAT_ABOUT_RU = word_set("чем чём")
_WHICH_RU = word_set("какие какой какая какое каких каким какими какую")
_ASKING_BEFORE = _WHAT_RU | _WHICH_RU | word_set("кто кого кем")


# "какие ограничения он имел в виду", "что Ишмухамедов имел в виду под равноправием": what
# exactly he meant — asked as "какие именно ограничения", "что именно" ask it.
_MEANT = word_set("имел имела имели имеет имеют имеешь имеете")
_IN_VIEW = ("в", "виду")
# "имел ввиду": the idiom run together, as it is often typed (the preposition "ввиду", "owing
# to", never follows "имел" — nothing is meant by it there)
_IN_VIEW_RUN_TOGETHER = "ввиду"
_EXACTLY = "именно"


def _in_view_at(words: list[str], at: int) -> int:
    """How many words after ``words[at]`` spell "в виду" (2, or 1 run together as "ввиду");
    0 when they do not."""
    if tuple(words[at + 1 : at + 3]) == _IN_VIEW:
        return 2
    return 1 if words[at + 1 : at + 2] == [_IN_VIEW_RUN_TOGETHER] else 0


def meant_as_exactly(words: list[str]) -> list[str]:
    """The folded words with "имел в виду" read as "именно" after the question word before
    it ("какие ограничения он имел в виду": "какие именно ограничения он"): he meant a
    particular thing, which the question insists on (``asks_specifics``) — a passage naming
    only "существующие барьеры и лимиты" does not say which. Unchanged without such a
    question word before the idiom. "имел ввиду", run together, is read the same."""
    for at in range(len(words) - 1):
        span = _in_view_at(words, at) if words[at] in _MEANT else 0
        if not span:
            continue
        asking = [i for i, w in enumerate(words[:at]) if w in _ASKING_BEFORE]
        if not asking:
            return words
        rest = words[:at] + words[at + 1 + span :]
        return [*rest[: asking[-1] + 1], _EXACTLY, *rest[asking[-1] + 1 :]]
    return words


# A comparison ("how does the volume needed compare with what actually moves", "planned
# versus real figures"): "actually", "really", "in fact" set what is against what should be,
# one side of it — no insisting on the precise relation, which "what was actually agreed" is.
_COMPARING = word_set("compare compared compares comparing comparison versus vs")
_IN_REALITY = word_set("actually really")


def without_contrast(words: list[str]) -> list[str]:
    """The folded words without the "actually", "really" of a comparison, which name one side
    of it (the real against the needed); unchanged in a question comparing nothing."""
    if not any(w in _COMPARING for w in words):
        return words
    return [w for w in words if w not in _IN_REALITY]


def asks_specifics(words: tuple[str, ...]) -> bool:
    """ "какие конкретно", "что именно", "подробности", "what exactly", "the specifics": the
    question asks what the thing it names consists of, not only whether it exists."""
    for at, word in enumerate(words):
        if word in _CUES:
            return True
        if word in JUST_WORDS and at > 0 and words[at - 1] in _ASKING_BEFORE:
            return True
    return False


# Words a closing request for specifics may end on: "specifics pls", "details, please".
_PLEASE = word_set("please pls plz")
# What opens a question of its own: then its words say which thing's specifics are asked.
_QUESTION_WORDS_EN = word_set("what which who whom whose when where why how")


def keyword_detail(words: tuple[str, ...]) -> str | None:
    """The thing whose specifics a message of keywords asks, a request for them closing it
    ("rail upgrades discussed - specifics?", "AI agreement - details pls", "Zangezur
    corridor, specifics?"): the last word of the keywords before the request, past a verb's
    participle ("discussed") — the head of an English noun phrase. None when a question word
    asks of its own ("what exactly is in the deal": its words say which thing) or no request
    for specifics closes the message."""
    rest = list(words)
    while rest and rest[-1] in _PLEASE:
        rest.pop()
    if not rest or rest[-1] not in _CUES or any(w in _QUESTION_WORDS_EN for w in rest):
        return None
    rest.pop()
    while rest and (rest[-1] in _CUES or rest[-1] in _PLEASE):
        rest.pop()
    while rest and is_latin(rest[-1]) and rest[-1].endswith("ed") and len(rest) > 1:
        rest.pop()  # "rail upgrades discussed": what was discussed
    if not rest or not is_latin(rest[-1]) or not rest[-1].isalpha():
        return None
    return rest[-1]


# English auxiliaries after "what": "what did they agree on", "what does it provide for".
_AUXILIARIES = word_set("did do does was were is are has have had will would can could")
# Words that end the verb's phrase: "agree ON the corridor", "provide FOR".
_PHRASE_ENDS = word_set(
    "on about for in at with regarding concerning to of by from under between during"
)
# Verbs of telling ("какие темы выделили", "что перечислил"): what was said is asked, which
# any passage of those words gives — as with the verbs of saying.
_TELLING = word_set(
    "выделить выделять перечислить перечислять обозначить обозначать озвучить озвучивать "
    "затронуть затрагивать упомянуть упоминать назвать называть mention list name highlight"
)
_CONTENT_REACH = 6  # how many words after the auxiliary the English verb may stand


def content_asked(words: tuple[str, ...], verb: str | None) -> str | None:
    """The verb (a Russian lemma, or an English word as typed) whose content the question
    asks: "что подписали по здравоохранению" → "подписать" (``verb``: the question's
    predicate, ``predicates.asked_relation``), "какие меры согласовали" (a generic noun
    naming only the kind of thing done) → "согласовать", "what exactly did they agree on the
    corridor" → "agree". None when the question asks something else ("что за соглашение"
    asks about the agreement; "что сказал" any passage of his words answers)."""
    if not words or verb in _TELLING:
        return None
    first = words[0]
    if is_latin(first):
        return _english_content(words)
    if verb is None or not any(
        _done(word, verb) and not _agent_after(words[at + 1 : at + 1 + _AGENT_REACH])
        for at, word in enumerate(words)
    ):
        return None
    if first in _ABOUT_RU and words[1:2] and words[1] in _WHAT_ABOUT_RU:
        # "о чём договорились по туризму": what was agreed, by its preposition ("на чём
        # основан вывод" asks a ground, not a content done)
        first, words = words[1], words[1:]
    rest = [w for w in words[1:] if w not in _CUES and w not in JUST_WORDS]
    if first in _WHAT_RU and rest[:1] != ["за"]:
        return verb
    if first in _WHICH_RU and rest[:1] and rest[0] in GENERIC_DETAILS:
        return verb
    return None


def _done(word: str, verb: str) -> bool:
    """ "подписали", "согласовали", "подписано": the verb told as done by people the question
    leaves unnamed (a past plural, a short passive participle) — not "что мешает росту", "что
    связывает страны", "какие сферы охватывают", where the thing asked does it itself."""
    for reading in parse(word)[:1] if is_cyrillic(word) else ():
        tag = reading.tag
        lemma = str(reading.normal_form).replace("ё", "е")
        if tag.POS == "PRTS" or (tag.POS == "VERB" and "past" in tag and "plur" in tag):
            return lemma == verb or tag.POS == "PRTS"
    return False


_AGENT_REACH = 3  # words after a passive participle that may hold its doer
_BEFORE_AGENT = frozenset({"ADJF", "PRTF", "NUMR", "ADVB"})  # "охвачены ВСЕМИ 15 соглашениями"


def _agent_after(following: tuple[str, ...]) -> bool:
    """Is the first noun after a short passive participle its doer, in the instrumental
    ("какие сферы охвачены (пятнадцатью) СОГЛАШЕНИЯМИ")? Then the thing named does it (as
    "какие сферы охватывают соглашения" says), not people the question leaves unnamed: no
    deed asked."""
    for word in following:
        readings = parse(word)[:1] if is_cyrillic(word) else ()
        if not readings:
            return False
        tag = readings[0].tag
        if tag.POS == "NOUN":
            return "ablt" in tag
        if tag.POS not in _BEFORE_AGENT:
            return False
    return False


def _english_content(words: tuple[str, ...]) -> str | None:
    """ "what exactly did the sides agree on …" → "agree": only with a word asking for the
    specifics, the last word before a preposition (or the end) after the auxiliary. "What was
    agreed on the corridor" asks so with no such word: agreeing on a subject is a doing."""
    if words[0] != "what":
        return None
    for at, word in enumerate(words[:-2]):
        if word in ("agree", "agreed") and words[at + 1] in ("on", "upon", "about"):
            return word
    if not any(w in SPECIFYING_EN for w in words[1:3]):
        return None
    start = next((at for at, w in enumerate(words[:4]) if w in _AUXILIARIES), None)
    if start is None:
        return None
    taken: list[str] = []
    for word in words[start + 1 : start + 1 + _CONTENT_REACH]:
        if word in _PHRASE_ENDS:
            break
        taken.append(word)
    return taken[-1] if len(taken) > 1 else None


_AND = word_set("и а and")
# The kinds a joined question word asks on its own: "и когда", "and where", "и сколько".
_JOINED = frozenset(
    {
        AnswerType.DATE,
        AnswerType.PLACE,
        AnswerType.DURATION,
        AnswerType.MONEY,
        AnswerType.QUANTITY,
        AnswerType.PERSON,
        AnswerType.REASON,
        AnswerType.FORECAST,
    }
)
_JOINED_REACH = 3  # how many words after "и/and" may ask it ("and by when", "и к какому сроку")


def joined_kinds(words: tuple[str, ...]) -> tuple[AnswerType, ...]:
    """The kinds of fact asked after "и/and" by a question word of their own: "когда и где
    подписана", "will Kazakhstan reach 20 million, and by when", "достигнет ли …, и к
    какому сроку". An answer must give each of them, besides the main one."""
    found: list[AnswerType] = []
    for at, word in enumerate(words):
        if word in _AND and at > 0 and asked_types(words[at + 1 : at + 1 + _JOINED_REACH]):
            if asks_origin(words, at + 1):
                continue  # "почему именно семь, откуда семёрка": one reason asked twice
            # the whole clause says what its question word asks: "and where could it go"
            # asks where an amount may get to, a forecast, not a place
            clause = _clause(words[at + 1 :])
            if asks_persons_origin(clause) and AnswerType.PERSON in asked_types(words):
                continue  # "кто …, и из какой он страны": the person's attribution says it
            kinds = asked_types(clause)
            if kinds[:1] == (AnswerType.REASON,) and asks_reason(words[:at]):
                continue  # "what reasoning for adding Turkey - why seven?": one reason, twice
            found.extend(kinds[:1] if kinds and kinds[0] in _JOINED else ())
    return tuple(dict.fromkeys(found))


def asks_now_and_later(words: tuple[str, ...]) -> bool:
    """Does a compound question ask an amount twice, as it is and as it will or may be
    ("товарооборот сколько сейчас и сколько может стать", "how much now and how much will
    it be")? Both parts ask an amount, and only the joined one speaks of what is to come —
    a future verb, or a verb of possibility ("может стать"). Today's figure alone answers
    half of it, and so does a target alone."""
    for at, word in enumerate(words):
        if word not in _AND or at == 0:
            continue
        before = words[:at][::-1]
        before, after = _clause(before)[::-1], _clause(words[at + 1 :])
        if not (_asks_amount(before) and _asks_amount(after)):
            continue
        if _to_come(after) and not _to_come(before):
            return True
    return False


def asks_both_figures(words: tuple[str, ...]) -> bool:
    """Does the question ask for two figures by name ("дайте обе цифры", "назовите обе
    суммы", "оба числа", "both figures"): the figure as it is and as it may be, or the two
    a comparison needs ("во сколько раз быстрее — дайте обе цифры", "how does X compare with
    Y")? Also an amount asked as it is and as it will be (``asks_now_and_later``)."""
    for at, word in enumerate(words):
        if word in _BOTH and any(
            w.startswith(_FIGURE_STEMS) for w in words[at + 1 : at + 1 + _BOTH_REACH]
        ):
            return True
    if any(w in _COMPARING for w in words):
        return True  # "how does the volume needed compare with what moves": the two compared
    return asks_now_and_later(words)


# "обе", "оба", "две цифры", "both": the number of figures wanted.
_BOTH = word_set("обе оба обеих обоих две два both two")
# Nouns of a figure: "цифры", "суммы", "числа", "значения", "показатели", "figures".
_FIGURE_STEMS = (
    "цифр",
    "сумм",
    "числ",
    "значени",
    "показател",
    "величин",
    "figure",
    "number",
    "amount",
    "value",
)
_BOTH_REACH = 2  # words from "обе" to its noun: "обе эти цифры"


def _asks_amount(words: tuple[str, ...]) -> bool:
    """Does a part of a question ask an amount ("сколько сейчас", "how much")?"""
    kinds = asked_types(words)
    return bool(kinds) and kinds[0] in _AMOUNT_KINDS


def _to_come(words: tuple[str, ...]) -> bool:
    """Does a part of a question speak of what will or may be ("будет", "вырастет", "может
    стать", "could")?"""
    return any(w in _POSSIBLE or speaks_of_future(w) for w in words)


_AMOUNT_KINDS = frozenset({AnswerType.MONEY, AnswerType.QUANTITY})
# Verbs of possibility before an infinitive: what an amount may become.
_POSSIBLE = word_set("может могут сможет смогут could might")


def leading_part(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words before the first "и/and" that joins a question of its own ("сколько стран
    будет в семёрке И кого добавить": "сколько стран будет в семёрке"); empty when nothing
    is joined. What this part asks is the main kind asked: a count asked first is not
    outranked by the person asked after it ("кого"), which the answer must give besides."""
    start = 0
    for at, word in enumerate(words):
        if word in _AND and at > 0 and asked_types(words[at + 1 : at + 1 + _JOINED_REACH]):
            part = words[start:at]
            if asked_types(part) and not schedule_heading(part):
                return part
            start = at + 1  # "тюркская семёрка — сколько стран, кто седьмой": a topic first
    return ()


def defined_first(words: tuple[str, ...]) -> bool:
    """Does the question ask first what a thing is, then joins a question of its own ("5+1 —
    это что, и почему теперь «6»?", "что такое тюркская семёрка и почему семь", "what is
    5+1 and why is it 6")? As a first question's own kind leads ("кто предложил … и
    почему"), the thing defined is the main part: the passage saying what it is answers,
    with the reason where it gives one — no "why" it leaves untold makes it "not given".
    ``words``: as ``parted`` gives them."""
    for at, word in enumerate(words):
        if word in _AND and at > 0 and asked_types(words[at + 1 : at + 1 + _JOINED_REACH]):
            return asks_definition(" ".join(words[:at]))
    return False


# Where a question's parts are cut besides "и/and": a comma, a semicolon, a dash between
# words ("тюркская семёрка — сколько стран, кто седьмой").
_PART_CUT = lazy(r"[,;]|\s[-–—]\s")


def parted(words: list[str], text: str) -> tuple[str, ...]:
    """The question's words with "и" standing for each comma or dash that cuts ``text`` into
    parts ("сколько стран, кто седьмой" reads as "сколько стран и кто седьмой"), so its
    joined parts are read as those joined by "и" are (``joined_kinds``, ``leading_part``).
    Only when every word of ``text`` is one of ``words`` in order (a repaired reading that
    split or dropped a word is taken as it stands)."""
    pieces = [tokens(piece) for piece in _PART_CUT.split(fold(text))]
    if len(pieces) < 2 or sum(len(piece) for piece in pieces) != len(words):
        return tuple(words)
    result: list[str] = []
    at = 0
    for number, piece in enumerate(pieces):
        if (
            number
            and piece
            and result
            and words[at] not in _AND
            and result[-1] not in _AND
            # "где выступал Токаев, когда был в Азербайджане": a clause of time, no question
            and not opens_time_clause((*result, *piece), len(result))
            # "Тусупбеков говорит, почему …": what he says, an indirect question, no second one
            and not opens_reported_question((*result, *piece), len(result))
        ):
            result.append("и")
        result.extend(words[at : at + len(piece)])
        at += len(piece)
    return tuple(result)


def _clause(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words up to the next "и/and": the joined question's own clause."""
    end = next((at for at, word in enumerate(words) if word in _AND), len(words))
    return words[:end]
