"""Discourse fillers: words of how a person talks, never of what the question is about.

"Что Ишмухамедов сказал о визите в целом?" asks what "Что Ишмухамедов сказал о визите?"
asks. But "целом" is a word no passage holds, and weighed as the rarest word of the subject it
sinks the right passage from an answer to nothing at all. So are "в принципе", "по сути",
"на самом деле", "если верить Тусупбекову" (the name stays: it says who is asked), "in
general", "basically" — and the words asking for a layout ("списком", "briefly"). Their
positions are told to the question's reader, which skips them as it skips "за счёт чего"
(``answer_types.reason_idioms``): they still count as words it understood, and what the
question asks is read from all of its words.

A hedged epithet is loose too: "особой, почти магической" calls the thing special, and
"почти" says the next word is a manner of speaking — an adjective after "почти",
"практически", "чуть ли не", "едва ли не" is no word a passage must hold (a number after it,
"почти 500", stays: it is the amount asked about).

A filler of two words that is also the start of a phrase of content is left alone: "в целом
регионе" (the whole region), "в общем пространстве" (a common space) — a noun or an adjective
in the prepositional case after it makes the phrase.
"""

from __future__ import annotations

from bot.language.lexicon import ENGLISH_SYNONYMS, by_first_word, word_set
from bot.language.morphology import parse
from bot.language.numbers import NUMBER_WORDS, QUANTITY_STEMS
from bot.language.text import is_cyrillic

# How a reader wants the answer laid out ("списком", "по пунктам", "briefly", "as a list").
LAYOUT_WORDS: tuple[tuple[str, ...], ...] = (
    ("списком",),
    ("перечнем",),
    ("по", "пунктам"),
    ("вкратце",),
    ("кратко",),
    ("коротко",),
    ("as", "a", "list"),
    ("in", "a", "list"),
    ("in", "brief"),
    ("in", "short"),
    ("briefly",),
)
# Nouns of saying in the dative, after "согласно" or "по": whose statement a question
# attributes what it asks to ("согласно заявлению Гусейнова", "по утверждению депутата");
# "словам", "мнению", "оценке" are stop words already.
_SAYING_DATIVES = (
    "заявлению",
    "заявлениям",
    "утверждению",
    "утверждениям",
    "высказыванию",
    "высказываниям",
)
# Nouns of a stated view in the dative that only "согласно" attributes (the officialese and
# academic "согласно комментарию Тусупбекова", "согласно изложению Ишмухамедова", "согласно
# позиции депутата"): whose words the question asks for, as "по словам X" says it. Never words
# the article uses of its subject, yet as unknown or rare words they weighed as the subject's
# rarest and sank the passage that answers. Only after "согласно": "по позиции", "по
# представлению" read otherwise.
_ATTRIBUTED_DATIVES = (
    "комментарию",
    "комментариям",
    "изложению",
    "упоминанию",
    "рассуждению",
    "рассуждениям",
    "замечанию",
    "замечаниям",
    "позиции",
    "формулировке",
    "трактовке",
    "толкованию",
    "интерпретации",
    "суждению",
    "суждениям",
    "представлению",
    "представлениям",
    "убеждению",
    "выводу",
    "выводам",
    "логике",
    "тезису",
    "концепции",
)
# Folded word sequences, longest first where one holds another.
_FILLERS: tuple[tuple[str, ...], ...] = (
    ("в", "конце", "концов"),
    ("в", "итоге"),
    ("в", "общем", "и", "целом"),
    ("в", "общих", "чертах"),
    ("в", "конечном", "счете"),
    ("в", "конечном", "счёте"),
    ("по", "большому", "счету"),
    ("по", "большому", "счёту"),
    ("на", "самом", "деле"),
    ("по", "сути", "дела"),
    ("собственно", "говоря"),
    ("честно", "говоря"),
    ("грубо", "говоря"),
    ("кстати", "говоря"),
    ("так", "сказать"),
    ("если", "честно"),
    ("если", "верить"),
    # "Баку со своей стороны сколько готов …", "в свою очередь": for its part — how the
    # asker turns to the one named, no word of the subject ("стороны" would draw every
    # passage where "стороны подписали")
    ("со", "своей", "стороны"),
    ("с", "своей", "стороны"),
    ("в", "свою", "очередь"),
    # "согласно заявлению Гусейнова", "по утверждению эксперта": whose words, as "по словам X"
    # (stop words) says it — the one named stays; the noun of saying is no word of the subject
    *(("согласно", noun) for noun in _SAYING_DATIVES),
    *(("по", noun) for noun in _SAYING_DATIVES),
    *(("согласно", noun) for noun in _ATTRIBUTED_DATIVES),
    ("согласно",),  # "согласно депутату", "согласно Тусупбекову": whose words, not what about
    # whose reckoning is asked ("по расчётам казахстанского аналитика", "по прикидкам
    # Ишмухамедова"), as "по словам X", "по оценке X" (stop words): the one named stays, it
    # says who is asked; the noun is how the question attributes, no word a passage holds
    ("по", "расчетам"),
    ("по", "подсчетам"),
    ("по", "прикидкам"),
    ("по", "версии"),
    # the hope that all goes well ("если всё норм пойдёт", "if all goes well"): how the
    # asker hedges a forecast, no condition a passage names
    *(
        ("если", "все", verb, how)
        for verb in ("пойдет", "будет", "сложится", "получится")
        for how in ("норм", "нормально", "хорошо", "ок", "по", "как")
        if how not in {"по", "как"}
    ),
    *(("если", "все", "норм", verb) for verb in ("пойдет", "будет", "сложится")),
    *(("если", "все", "хорошо", verb) for verb in ("пойдет", "будет", "сложится")),
    *(("если", "все", verb, "по", "плану") for verb in ("пойдет", "будет")),
    ("if", "all", "goes", "well"),
    ("if", "everything", "goes", "well"),
    ("if", "all", "goes", "to", "plan"),
    ("if", "everything", "goes", "to", "plan"),
    # "локомотивы? паромы и тд?": a list left open, the chat's "etc." — the items named
    # are what is asked, no passage holds the abbreviation ("тд" is no word of the subject)
    ("и", "так", "далее"),
    ("и", "тому", "подобное"),
    ("и", "т", "д"),
    ("и", "т", "п"),
    ("и", "тд"),
    ("и", "тп"),
    ("итд",),
    ("итп",),
    ("etc",),
    # "инфа есть, скока дней …": whether there is news of it, how a student asks for it
    ("инфа", "есть"),
    ("есть", "инфа"),
    ("инфо", "есть"),
    ("есть", "инфо"),
    ("в", "целом"),
    ("в", "общем"),
    # "сколько в среднем идёт груз": on average, how the amount is asked — not the Middle
    # Corridor ("Средний коридор"), whose adjective it shares
    ("в", "среднем"),
    ("в", "принципе"),
    ("по", "сути"),
    ("по", "существу"),
    ("собственно",),
    ("вообще-то",),
    # a statement put up for checking: "Алиев приезжал в октябре, или я что-то путаю?" asks
    # what "Алиев приезжал в октябре?" asks
    ("или", "я", "что-то", "путаю"),
    ("или", "я", "путаю"),
    ("или", "я", "ошибаюсь"),
    ("если", "я", "не", "ошибаюсь"),
    ("если", "не", "ошибаюсь"),
    # an amount hedged ("примерно", "приблизительно"): the amount is asked all the same, and
    # the hedge is no word of its subject ("примерно" is one letter from the article's
    # "пример", which it would otherwise be repaired to)
    ("примерно",),
    # what a talk went round ("вокруг чего крутилось обсуждение", "вокруг чего шли
    # переговоры"): "о чём" said the way people talk — a question word follows, so no place
    ("вокруг", "чего"),
    ("вокруг", "каких"),
    ("вокруг", "какой"),
    ("вокруг", "какого"),
    # whether two named things are one ("Средний коридор — это то же самое, что
    # Транскаспийский маршрут, или разные вещи?", "одно и то же?"): how the comparison is
    # put, as English "the same thing" (a stop word there) — the two things are its subject
    ("то", "же", "самое"),
    ("одно", "и", "то", "же"),
    ("одна", "и", "та", "же"),
    ("разные", "вещи"),
    # "интересует порядок величин": the size roughly, the amount asked all the same
    ("порядок", "величин"),
    ("порядок", "величины"),
    ("порядок", "цифр"),
    ("приблизительно",),
    ("ориентировочно",),
    # the best an amount or a time can be ("like best case", "в лучшем случае"): the figure
    # is asked all the same, of the passage telling what it could be
    ("in", "the", "best", "case"),
    ("best", "case", "scenario"),
    ("best", "case"),
    ("at", "best"),
    ("в", "лучшем", "случае"),
    ("кстати",),
    ("in", "general"),
    ("on", "the", "whole"),
    ("all", "in", "all"),
    ("by", "the", "way"),
    # "в двух словах", "короче говоря", "если коротко": how short the answer is to be
    ("в", "2", "словах"),  # "двух" is read as the number
    ("короче", "говоря"),
    ("если", "коротко"),
    ("in", "a", "nutshell"),
    # a teacher's "explain in simple words", "what is it, in plain English", "простыми
    # словами": how plain the answer is to be, no word of its subject ("words" would be
    # read as a speaker's words, "simple" as some passage's "простой")
    *(
        ("in", plain, noun)
        for plain in ("simple", "plain", "easy", "simpler", "plainer", "laymans")
        for noun in ("words", "terms", "language", "english")
    ),
    ("in", "layman", "terms"),  # "layman's": its "s" is no word of the question
    ("in", "layman", "s", "terms"),
    ("simply", "put"),
    ("put", "simply"),
    ("простыми", "словами"),
    ("простым", "языком"),
    ("по-простому",),
    ("на", "пальцах"),
    ("in", "principle"),
    ("generally",),
    ("basically",),
    ("essentially",),
    # an attaché's hedges: "does Kazakhstan reportedly require", "could it ultimately become"
    # — how the asker holds the fact at arm's length, or looks to its end ("в конечном
    # счёте"), no word of it ("reportedly" would be read as the briefing's "report")
    # "how did he sum up the visit in his own words", "своими словами": whose words the
    # answer is to be in — every passage gives a speaker's own — no word of the subject
    *(("in", owner, "own", "words") for owner in ("his", "her", "their", "its")),
    *(("in", owner, "words") for owner in ("his", "her", "their")),
    ("своими", "словами"),
    ("reportedly",),
    ("allegedly",),
    ("purportedly",),
    ("ultimately",),
    # "on which date he actually arrived": the asker insisting on the fact, no word of it
    ("actually",),
    # "is it purely geopolitical, or is there a cultural argument as well?": how far, and
    # that more is asked — no word of the subject
    ("purely",),
    ("as", "well"),
    # How the answer is to be laid out, never what it is about: "по каким темам подписали
    # документы, списком" asks what "по каким темам подписали документы" asks.
    *LAYOUT_WORDS,
)
# Fillers whose last word is also an adjective ("в целом регионе", "в общем пространстве",
# "в Среднем коридоре"):
# with a word in the prepositional case after them they are a phrase of content.
_ADJECTIVAL = frozenset({"целом", "общем", "среднем"})
# Fillers whose last word is a noun that may govern the next ("в итоге визита": the visit's
# outcome): with a noun in the genitive after them they are a phrase of content.
_GOVERNING = frozenset({"итоге"})
_FILLERS_BY_FIRST = by_first_word(_FILLERS)


# Hedges before an epithet: "почти магической", "чуть ли не священной".
_HEDGES: tuple[tuple[str, ...], ...] = (
    ("почти",),
    ("практически",),
    ("чуть", "ли", "не"),
    ("едва", "ли", "не"),
    ("almost",),
    ("nearly",),
)
_HEDGES_BY_FIRST = by_first_word(_HEDGES)


def filler_positions(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of the words of discourse fillers among the folded ``words`` of a
    question (see the module's docstring)."""
    found: set[int] = set()
    at = 0
    while at < len(words):
        filler = (
            _filler_at(words, at)
            or _hedge_at(words, at)
            or _about_at(words, at)
            or _aside_at(words, at)
            or _need_at(words, at)
            or _check_at(words, at)
            or _purpose_at(words, at)
            or _one_of_experts_at(words, at)
            or _generic_source_at(words, at)
            or _rough_amount_at(words, at)
            or _classifier_at(words, at)
            or _mere_fact_at(words, at)
            or _in_text_at(words, at)
            or _like_at(words, at)
            or _underway_at(words, at)
            or _invitation_verb_at(words, at)
            or _summing_up_at(words, at)
        )
        if filler:
            found.update(range(at, at + filler))
            at += filler
        else:
            at += 1
    return frozenset(found)


# "кто в этом материале говорил о Габале", "в статье": where the answer is to be found, the
# text asked about — said in passing inside the question, as "по тексту" is at its edge. The
# nouns in the locative only: "автор статьи", "когда вышла статья" ask of the piece itself.
_IN = word_set("в во in")
_THIS = word_set("этой этом данной данном самой самом нашей нашем вашей вашем this the")
_TEXT_LOCATIVES = word_set("статье тексте материале заметке публикации article text")


def _in_text_at(words: tuple[str, ...] | list[str], at: int) -> int:
    """The length of "в (этом) материале" starting at ``at`` (0: none)."""
    if words[at] not in _IN:
        return 0
    end = at + 1
    if end < len(words) and words[end] in _THIS:
        end += 1
    if end < len(words) and words[end] in _TEXT_LOCATIVES:
        return end + 1 - at
    return 0


def _filler_at(words: tuple[str, ...] | list[str], at: int) -> int:
    """The length of the filler starting at ``at`` (0: none)."""
    for filler in _FILLERS_BY_FIRST.get(words[at], ()):
        end = at + len(filler)
        if tuple(words[at:end]) != filler:
            continue
        if filler[-1] in _ADJECTIVAL and end < len(words) and _prepositional(words[end]):
            continue  # "в целом регионе": the whole region
        if filler[-1] in _GOVERNING and end < len(words) and _genitive_noun(words[end]):
            continue  # "в итоге визита": the visit's outcome
        return len(filler)
    return 0


def _hedge_at(words: tuple[str, ...] | list[str], at: int) -> int:
    """The length of a hedge and the adjective it hedges starting at ``at`` (0: none)."""
    for hedge in _HEDGES_BY_FIRST.get(words[at], ()):
        end = at + len(hedge)
        if tuple(words[at:end]) == hedge and end < len(words) and _adjective(words[end]):
            return len(hedge) + 1
    return 0


# "где-то полмиллиарда", "где-то 15 дней", "порядка миллиарда", "около 500": said of an
# amount, about so much.
_SOMEWHERE = word_set("где-то порядка около")
# "миллиард с небольшим", "500 с лишним", "15 дней с хвостиком": a little over the amount
# before them — a hedge of it, no words of the subject ("с небольшим опозданием" stays).
_OVER = word_set("небольшим лишним хвостиком гаком")
_AMOUNT_STEMS = (*QUANTITY_STEMS, "пол", "тысяч")


def _about_at(words: tuple[str, ...] | list[str], at: int) -> int:
    """The length of a hedge of an amount at ``at``: a "где-то" before one (a number, a
    number word; not a place asked: "где-то говорилось" stays), or a "с небольшим" after
    one, right after it or after the unit it counts ("миллиард с небольшим", "15 дней с
    лишним"); 0 when none."""
    if (
        words[at] == "с"
        and at + 1 < len(words)
        and words[at + 1] in _OVER
        and any(_is_amount(word) for word in words[max(at - 2, 0) : at])
    ):
        return 2
    if words[at] not in _SOMEWHERE or at + 1 >= len(words):
        return 0
    return 1 if _is_amount(words[at + 1]) else 0


def _is_amount(following: str) -> bool:
    """Is a folded word an amount: a number, a number word, a scale ("миллиард",
    "полмиллиарда"), a multiple ("вдвое") or a numeral the dictionary knows?"""
    if following[:1].isdigit() or following in NUMBER_WORDS:
        return True
    if following.startswith(_AMOUNT_STEMS):
        return True  # "миллиард", "полмиллиарда", "вдвое"
    parses = parse(following) if is_cyrillic(following) else ()
    return bool(parses) and parses[0].tag.POS == "NUMR"


# The asker's own aside closing a question: "…, я как-то пропустил эту дату в новостях", "…, я
# уже забыла": what he did or does, never words of the subject. Opened by "я" and a verb of his
# (past, or present in the first person), a few light words allowed between.
_I = word_set("я")
_ASIDE_LIGHT = word_set("как-то что-то уже не тут вот совсем честно давно")
_ASIDE_REACH = 2  # light words between "я" and its verb
_ASIDE_AFTER = 3  # words of the question before the aside, at least
_LONGEST_ASIDE = 9  # words from "я" to the end


def _aside_at(words: tuple[str, ...] | list[str], at: int) -> int:
    """The length of the asker's aside closing the message from ``at`` (0: none)."""
    tail = len(words) - at
    if words[at] not in _I or at < _ASIDE_AFTER or tail > _LONGEST_ASIDE or tail < 2:
        return 0
    for word in words[at + 1 : at + 2 + _ASIDE_REACH]:
        if word in _ASIDE_LIGHT:
            continue
        parses = parse(word) if is_cyrillic(word) else ()
        if not parses or parses[0].tag.POS != "VERB":
            return 0
        tag = parses[0].tag
        return tail if tag.tense == "past" or tag.person == "1per" else 0
    return 0


# A request stated, not asked: "I need the exact words …", "we want the date …" — the asker's
# need, no word of the subject (only opening a message, with what is needed after it).
_NEEDS: tuple[tuple[str, ...], ...] = (
    ("i", "need"),
    ("we", "need"),
    ("i", "want"),
    ("we", "want"),
)
_NEEDED_AFTER = 2  # words that must follow: "I need help" is no request for a passage
# A purpose closing a message: "… for our press release", "for my article" — what the answer
# is for, none of the subject's words (after "for" and a possessive, to the end).
_PURPOSE_OWNERS = word_set("our my your")
_LONGEST_PURPOSE = 5  # "for our weekly press review": words from "for" to the end


def _need_at(words: tuple[str, ...] | list[str], at: int) -> int:
    """The length of a stated need opening the message at ``at`` (0: none)."""
    if at != 0:
        return 0  # only the first word opens one: the table is not tried at every word
    for need in _NEEDS:
        end = len(need)
        if tuple(words[:end]) == need and len(words) >= end + _NEEDED_AFTER:
            return end
    return 0


# A fact-checker's request opening a message: "confirm: date Aliyev arrived", "pls verify
# the transit time", "can you double-check who said it" — what is to be checked follows;
# the verb is no word of the subject (a passage saying the visit "confirmed" a thing is not
# the one asked for).
_CHECKING = word_set("confirm verify check double-check fact-check")
_BEFORE_CHECKING = word_set("please pls plz can could would you kindly quickly pls quick")


def _check_at(words: tuple[str, ...] | list[str], at: int) -> int:
    """1 when ``words[at]`` is a verb of checking opening the message, after nothing but
    polite words ("please confirm", "could you verify"), with what to check after it."""
    if words[at] not in _CHECKING or len(words) < at + 1 + _NEEDED_AFTER:
        return 0
    return int(all(w in _BEFORE_CHECKING for w in words[:at]))


def _purpose_at(words: tuple[str, ...] | list[str], at: int) -> int:
    """The length of a purpose closing the message from ``at`` (0: none)."""
    tail = len(words) - at
    if (
        words[at] == "for"
        and at > 0
        and _purpose_length(words[at:]) <= _LONGEST_PURPOSE
        and at + 1 < len(words)
        and words[at + 1] in _PURPOSE_OWNERS
    ):
        return tail
    return 0


# What the asker's piece is about, after it: "for my essay on the Caucasus" — no word of
# the question's subject, as the piece is none.
_PIECE_TOPIC = word_set("on about")
_LONGEST_PIECE_TOPIC = 4  # words after "on": "on the South Caucasus region"


def _purpose_length(purpose: tuple[str, ...] | list[str]) -> int:
    """The words of a closing purpose up to the topic of the piece, if one closes it ("for
    my essay on the caucasus": 3), else all of them."""
    for at in range(3, min(len(purpose), _LONGEST_PURPOSE + 1)):
        if purpose[at] in _PIECE_TOPIC and 0 < len(purpose) - at - 1 <= _LONGEST_PIECE_TOPIC:
            return at
    return len(purpose)


# An unnamed source among the experts: "по словам одного из аналитиков", "according to one of
# the experts", "один из экспертов": some expert said it — who is not asked, nor is "аналитик"
# a word of the subject (a passage about analysts, "интерес среди экспертов и аналитиков",
# is not what one of them said). "кто из экспертов" asks who, and is no filler.
_SOURCE_FRAMES: tuple[tuple[str, ...], ...] = (
    ("по", "словам"),
    ("по", "мнению"),
    ("по", "оценке"),
    ("according", "to"),
    (),
)
_ONE = word_set("1 один одного одному одним одном одна одной one")
_AMONG = word_set("из of")
_EXPERT_STEMS = ("эксперт", "политолог", "аналитик", "специалист", "expert", "analyst")
# The experts at large after a source frame: "по мнению экспертов", "по словам аналитиков",
# "according to experts" — nobody in particular, as "одного из экспертов" is.
_EXPERTS_AT_LARGE = word_set(
    "экспертов политологов аналитиков специалистов experts analysts specialists"
)


# The frames by their first word, the empty one after them (in ``_SOURCE_FRAMES``' order): a
# question's every word is tried, and at most words none starts.
_SOURCE_FRAMES_BY_FIRST = by_first_word(tuple(frame for frame in _SOURCE_FRAMES if frame))
_NO_FRAME: tuple[tuple[str, ...], ...] = tuple(frame for frame in _SOURCE_FRAMES if not frame)


def _one_of_experts_at(words: tuple[str, ...] | list[str], at: int) -> int:
    """The length of an unnamed expert source starting at ``at`` (0: none)."""
    for frame in (*_SOURCE_FRAMES_BY_FIRST.get(words[at], ()), *_NO_FRAME):
        end = at + len(frame)
        if tuple(words[at:end]) != frame:
            continue
        if frame and end < len(words):
            # "по мнению экспертов", "according to (the) experts": the experts at large
            plural = end + (words[end] == "the" and end + 1 < len(words))
            if words[plural] in _EXPERTS_AT_LARGE:
                return plural + 1 - at
        one, among = end, end + 1
        noun = among + 1 + (among + 1 < len(words) and words[among + 1] == "the")
        if (
            noun < len(words)
            and words[one] in _ONE
            and words[among] in _AMONG
            and words[noun].startswith(_EXPERT_STEMS)
        ):
            return noun + 1 - at
    return 0


# Whose view is asked, by a word naming whoever the article quotes: "according to the expert",
# "in the expert's estimation", "per the commentator" — some expert's words, as the Russian
# "по мнению эксперта" (``roles.anyone_speaking``, which reads Russian cases only); the noun is
# no word of the subject, nor is it "the analyst", a trade that may pick out one expert.
_GENERIC_EXPERTS = word_set("expert specialist commentator pundit observer")
_VIEW_NOUNS = word_set(
    "view opinion estimation estimate judgement judgment assessment reckoning eyes words"
)


def _generic_source_at(words: tuple[str, ...] | list[str], at: int) -> int:
    """The length of an English frame of a generic expert's view at ``at`` (0: none):
    "according to the expert", "per the expert", "in the expert's view"."""
    if tuple(words[at : at + 3]) == ("according", "to", "the"):
        noun = at + 3
    elif tuple(words[at : at + 2]) in {("per", "the"), ("in", "the")}:
        noun = at + 2
    else:
        return 0
    if noun >= len(words) or words[noun] not in _GENERIC_EXPERTS:
        return 0
    if words[at] == "in":  # "in the expert's view": the view noun closes the frame
        if noun + 1 < len(words) and words[noun + 1] in _VIEW_NOUNS:
            return noun + 2 - at
        return 0
    return noun + 1 - at


# "где-то полмиллиарда", "где-то 500 миллионов": "somewhere about" an amount — a hedge on the
# number, not a place nor a word of the subject.
_ROUGHLY = frozenset({"где-то", "где-нибудь"})
_SCALES = ("пол", "миллиард", "миллион", "тысяч", "сотн", "десят")


def _rough_amount_at(words: tuple[str, ...] | list[str], at: int) -> int:
    """The length of "где-то" before an amount at ``at`` (0: none)."""
    if words[at] not in _ROUGHLY or at + 1 >= len(words):
        return 0
    amount = words[at + 1]
    return 1 if amount[:1].isdigit() or amount.startswith(_SCALES) else 0


# Count nouns and measure words of a count ("сколько ШТУК соглашений", "а сколько их штук",
# "какое количество единиц техники"): how a number of things is asked, never the thing — no
# passage says "штук", and weighed as a word of the subject it sinks the passage giving the
# count. Only near a counting word: "позиция Азербайджана" stays a word of the subject.
_CLASSIFIERS = word_set("штук штуки штука шт единиц экземпляров позиций pieces")
_COUNTING = word_set(
    "сколько скольких скольким скольки сколко скока скоко количество количества число числа "
    "many number"
)
_CLASSIFIER_REACH = 3  # "сколько всего их штук": the counting word a few words back


def _classifier_at(words: tuple[str, ...] | list[str], at: int) -> int:
    """The length of a count noun at ``at`` asked after a counting word (0: none)."""
    if words[at] not in _CLASSIFIERS:
        return 0
    before = words[max(at - _CLASSIFIER_REACH, 0) : at]
    return 1 if any(w in _COUNTING for w in before) else 0


# "сам факт визита", "самим фактом", "the very fact of the visit": the thing by itself, not a
# fact of it — "факт" is no word a passage on the visit holds ("само по себе" says it). The
# word before stays: "сам" is the passage's "само по себе".
_FACT = word_set("факт факта факту фактом факте fact")
_MERE = word_set("сам самого самому самим самом very mere")


def _mere_fact_at(words: tuple[str, ...] | list[str], at: int) -> int:
    """The length of the "факт" of "сам факт X" at ``at`` (0: none); with the "того" of
    "сам факт того, что …" after it, both."""
    if words[at] not in _FACT or at == 0 or words[at - 1] not in _MERE:
        return 0
    return 2 if at + 1 < len(words) and words[at + 1] in ("того", "that") else 1


# "ну типо идут нормально или нет?", "типа только для двух стран или шире": the chat's "like",
# how the asker talks, no word of the subject. "Какого типа", "нового типа" (a word agreeing
# with it before) keep the noun: the kind of a thing asked.
_LIKE = word_set("типа типо")
# Personal pronouns that also parse as a genitive ("до скольки его типа можно разогнать"):
# the object of the verb, never agreeing with a "типа" after it.
_PERSONAL = word_set("его ее её их него нее неё них")


def _like_at(words: tuple[str, ...] | list[str], at: int) -> int:
    """1 when ``words[at]`` is the chat's "типа" ("like"), not the noun "тип" (0: else)."""
    if words[at] not in _LIKE:
        return 0
    if (
        words[at] == "типа"
        and at > 0
        and words[at - 1] not in _PERSONAL
        and _genitive_modifier(words[at - 1])
    ):
        return 0
    return 1


# "в каких сферах идут конкретные проекты": projects "going" are projects under way — the
# verb says only that they exist, no motion a passage tells of (read as one, it offered the
# freight passages' "перевозки", and nothing held "идти": the question was told "not given").
# Only beside a noun of work being done; "как идут переговоры" asks how the talks go.
_GOING = word_set("идут идет шли шел шла пойдут")
_WORKS_STEMS = ("проект", "работ")
_UNDERWAY_REACH = 2  # "идут конкретные проекты": an adjective may stand between


def _underway_at(words: tuple[str, ...] | list[str], at: int) -> int:
    """1 when ``words[at]`` is "идут" of projects or works under way (0: else)."""
    if words[at] not in _GOING:
        return 0
    near = [*words[max(0, at - _UNDERWAY_REACH) : at], *words[at + 1 : at + 1 + _UNDERWAY_REACH]]
    return int(any(w.startswith(_WORKS_STEMS) and w != "работать" for w in near))


def _genitive_modifier(word: str) -> bool:
    """Can the word be an adjective or a pronoun in the masculine genitive ("какого",
    "нового", "этого"), agreeing with a "типа" after it?"""
    parses = parse(word) if is_cyrillic(word) else ()
    return any(
        p.tag.POS in {"ADJF", "NPRO"} and p.tag.case == "gent" and p.tag.gender in {"masc", "neut"}
        for p in parses
    ) or word in {"какого", "такого", "этого", "того", "одного"}


def _adjective(word: str) -> bool:
    """Is the word read first as an adjective ("магической", "sacred")? English words are
    taken by their ending, none being in the dictionary."""
    if not is_cyrillic(word):
        return word.endswith(("al", "ic", "ous", "ive", "ful", "ent", "ant")) and len(word) > 4
    parses = parse(word)
    return bool(parses) and parses[0].tag.POS in {"ADJF", "ADJS"}


def _genitive_noun(word: str) -> bool:
    """Is the word read first as a noun in the genitive ("визита", "переговоров")?"""
    parses = parse(word) if is_cyrillic(word) else ()
    return bool(parses) and parses[0].tag.POS == "NOUN" and parses[0].tag.case == "gent"


def _prepositional(word: str) -> bool:
    """Can the word be a noun or an adjective in the prepositional case ("регионе",
    "экономическом")?"""
    if not is_cyrillic(word):
        return False
    return any(
        p.tag.POS in {"NOUN", "ADJF"} and p.tag.case in {"loct", "loc2"} for p in parse(word)
    )


# A polite request opening a question: "не подскажете, …", "можете сказать, …", "хотелось бы
# узнать, …", "будьте добры, …". Its verb is no word of the subject, and a future one
# ("подскажете") would make the question a forecast.
_TELL = word_set(
    "подскажете подскажешь скажете скажешь расскажете расскажешь объясните объяснишь "
    "уточните уточнишь напомните напомнишь подсказать сказать рассказать объяснить уточнить "
    "напомнить узнать подскажите подскажи скажите скажи расскажите расскажи объясни "
    "уточни напомни"
)
_ASKING_OPENERS: tuple[tuple[str, ...], ...] = (
    ("не", "могли", "бы", "вы"),
    ("не", "могли", "бы"),
    ("могли", "бы", "вы"),
    ("могли", "бы"),
    ("можете", "ли", "вы"),
    ("можете",),
    ("можешь",),
    ("хотелось", "бы"),
    ("хотел", "бы"),
    ("хотела", "бы"),
    ("хочу",),
    ("интересно",),
    ("не",),
    (),
)
_POLITE = word_set("пожалуйста плиз пжл пж плз плс пжлст пжалста пожалуста")
_KIND = (("будьте", "добры"), ("будь", "добр"))


# The best case hedged ("like best case", "at best", "в лучшем случае"): the best a figure can
# come to, which the article tells, when it does, as a target (``best_case_as_target``).
_BEST_CASES: tuple[tuple[str, ...], ...] = (
    ("in", "the", "best", "case", "scenario"),
    ("in", "the", "best", "case"),
    ("best", "case", "scenario"),
    ("best-case", "scenario"),
    ("best", "case"),
    ("best-case",),
    ("at", "the", "very", "best"),
    ("at", "best"),
    ("в", "самом", "лучшем", "случае"),
    ("в", "лучшем", "случае"),
    ("при", "лучшем", "раскладе"),
)


# Words asking the target already: "achievable" and its kin read as "target"
# (``ENGLISH_SYNONYMS``), and the Russian "цель", "достижимый".
_TARGET_WORDS = frozenset(
    {word for word, plain in ENGLISH_SYNONYMS.items() if plain == "target"}
    | word_set("target targets goal goals цель цели целью достижимый достижимо достижим")
)


# Stems of money spent ("investment", "вложения", "cost", "цена"): its best case is the least
# it could come to, the opposite of a target.
_SPENDING = (
    "invest",
    "money",
    "cost",
    "price",
    "fund",
    "spend",
    "spent",
    "инвест",
    "вложен",
    "вложит",
    "деньг",
    "денег",
    "стоим",
    "стоит",
    "цен",
    "затрат",
    "расход",
)


def best_case_as_target(words: list[str]) -> list[str]:
    """The words with a best-case hedge read as the target it asks: "best case, how long does
    delivery take" is the delivery time the expert says investment could bring (7–8 days),
    not today's (15–18); "в лучшем случае сколько тонн перевезут" asks the most that could
    be carried, which no passage gives — not what Kazakhstan needs. Dropped as a mere hedge,
    the question asked any figure of its subject, today's or a need alike. A question that
    asks the target in words of its own ("the best-case time he thinks is achievable") keeps
    them: the hedge then adds nothing (``_FILLERS`` drops it)."""
    if any(w in _TARGET_WORDS for w in words):
        return words
    if any(w.startswith(_SPENDING) for w in words):
        # "best case, how much investment / money is needed": the least spent, no target
        # the article sets — the hedge stays a hedge
        return words
    result: list[str] = []
    at = 0
    while at < len(words):
        hedge = next(
            (h for h in _BEST_CASES if tuple(words[at : at + len(h)]) == h),
            None,
        )
        if hedge is None:
            result.append(words[at])
            at += 1
            continue
        result.append("цель" if is_cyrillic(hedge[0]) else "target")
        at += len(hedge)
    return result


def without_request(words: list[str]) -> list[str]:
    """The folded words of a question without a polite request opening or closing it ("не
    подскажете, сколько соглашений подписали", "сколько соглашений подписали, не
    подскажете?" ask what "сколько соглашений подписали" asks), and
    without "пожалуйста"-like words anywhere; unchanged when nothing would be left."""
    rest = [w for w in words if w not in _POLITE]
    for kind in _KIND:
        if tuple(rest[: len(kind)]) == kind:
            rest = rest[len(kind) :]
    for opener in _ASKING_OPENERS:
        end = len(opener)
        if tuple(rest[:end]) == opener and rest[end : end + 1] and rest[end] in _TELL:
            rest = rest[end + 1 :]
            break
    rest = _without_closing_request(rest)
    return rest if rest else words


# The finite forms of those verbs: they close a question as well ("Какое это число, не
# подскажете?", "сколько дней, скажите"); an infinitive there is the subject's ("что он
# хотел сказать", "что он может сказать").
_TELL_FINITE = frozenset(w for w in _TELL if not w.endswith("ть"))


def _without_closing_request(words: list[str]) -> list[str]:
    """The words without the requests to tell closing them ("…, не подскажете?", "сколько
    дней, подскажите?", both in "…, скажите, не подскажете?"): a "не" there is no negation
    of what is asked, a verb no word of the subject. A word of the question at least is
    kept."""
    for opener in _ASKING_OPENERS:
        end = len(opener) + 1
        if len(words) > end and tuple(words[-end:-1]) == opener and words[-1] in _TELL_FINITE:
            return _without_closing_request(words[:-end])
    return words


# "having accepted the invitation extended by his Kazakh counterpart", "приняв приглашение":
# the verbs of an invitation given and taken up say no more than "at the invitation of" does
# (a passage writes "по приглашению"), and weighed as rare words of the subject they sink the
# passage telling the coming. Only beside the invitation's noun: "accepted the proposal" stays.
_TAKING_UP = word_set(
    """accept accepts accepted accepting приняв принял приняла приняли принять принимая"""
)
_EXTENDING = word_set("extend extends extended issued sent направленное направленному")
_INVITATION_STEMS = ("invitation", "приглашени")
_INVITATION_REACH = 2  # "accepted the invitation", "accepted his invitation"


def _invitation_verb_at(words: tuple[str, ...] | list[str], at: int) -> int:
    """1 when the word at ``at`` is a verb of an invitation accepted or extended, standing by
    the invitation's noun ("accepted the invitation", "invitation extended by"), else 0."""
    word = words[at]
    if word in _TAKING_UP:
        ahead = words[at + 1 : at + 1 + _INVITATION_REACH]
        return int(any(w.startswith(_INVITATION_STEMS) for w in ahead))
    if word in _EXTENDING and at:
        return int(words[at - 1].startswith(_INVITATION_STEMS))
    return 0


# "как Гусейнов подвёл итог — во что переросли отношения": to sum up is how one spoke, as
# "сказал в заключение" is — no word of the subject. Only the idiom of one speaker's
# summing up, the singular "итог" after a verb of one doer: "подвели итоги переговоров" (the
# talks' results) names what was summed up, and its "итоги" is a word of the subject.
_SUMMING_VERBS = word_set("подвел подвела подводит подводя подытожил подытожила")
_SUM_NOUN = "итог"


def _summing_up_at(words: tuple[str, ...] | list[str], at: int) -> int:
    """2 when the words at ``at`` are "подвёл итог" (one speaker summing up), else 0."""
    if words[at] in _SUMMING_VERBS and tuple(words[at + 1 : at + 2]) == (_SUM_NOUN,):
        return 2
    return 0


def sums_up(words: tuple[str, ...] | list[str], at: int) -> bool:
    """Is the word at ``at`` the "итог" of one speaker's "подвёл итог"? It asks no outcome
    of a thing (``occasions.asks_outcome``): it is how he spoke."""
    return at > 0 and _summing_up_at(words, at - 1) == 2
