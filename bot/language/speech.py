"""How a text attributes words to a person: "по словам X", "по его мнению", "according to X".

One definition for the three places that read it: the checker (is the speaker named as the
one speaking?), the extractor (where reported speech starts and whose it is) and the reply
(does a span already carry its attribution, so that "По словам X," would say it twice?).
"""

from __future__ import annotations

import itertools
import re

from bot.language.numbers import SCALE_WORDS
from bot.patterns import lazy

# "по словам X", "по мнению X": what follows is X's words or view.
SPEECH_NOUNS = ("словам", "мнению")
# "по оценке/данным X": a source of the statement, not always a person speaking.
SOURCE_NOUNS = (*SPEECH_NOUNS, "оценке", "оценкам", "данным", "убеждению", "информации")
# "по его словам": the person named before.
POSSESSIVES = ("его", "её", "ее", "их")

_SPEECH = "|".join(SPEECH_NOUNS)
_SOURCE = "|".join(SOURCE_NOUNS)
_POSSESSIVE = "|".join(POSSESSIVES)

# Anywhere in a span: the span names its source itself.
ATTRIBUTED = lazy(rf"\bпо (?:(?:{_POSSESSIVE}) )?(?:{_SPEECH})\b", re.IGNORECASE)
# Right before a name: the name is the one speaking ("по словам Гусейнова", "said Huseynov").
SPEAKER_BEFORE = lazy(rf"(?:по (?:{_SPEECH})|according to|said|says)\s+\S*\s*$", re.I)
# At a clause start: "По словам X, …", ", по его мнению, …" — who the frame names follows.
SOURCE_FRAME = lazy(
    r"(?:^|(?<=[,—–]\s))[Пп]о\s+"
    rf"(?:(?P<pronoun>{_POSSESSIVE})\s+)?"
    rf"(?P<noun>{_SOURCE})\b"
)

# "his statement", "своё заявление": a noun of saying owned by a pronoun stands for what the
# person the question names said — a frame, as "said" is, not a thing asked about.
OWN_POSSESSIVES = frozenset(
    {"his", "her", "their", "его", "её", "ее", "их", "своё", "свое", "свои", "своих", "своем"}
    | {"свой", "своём", "своим", "своей", "свою", "своего"}
)
SAYING_NOUNS = frozenset(
    {"statement", "statements", "remarks", "words", "заявление", "заявления", "заявлении"}
    | {"заявлением", "высказывание", "высказывании", "высказывания", "слова", "словах"}
    | {"комментарий", "комментария", "комментарии", "комментарием", "comment", "comments"}
    | {"выступление", "выступления", "выступлении", "speech"}
)


# "чьи слова про союз", "чья это цитата": whose the words are is asked — the speaker.
WHOSE = frozenset({"чей", "чья", "чье", "чьё", "чьи", "чьего", "чьей", "чьих", "whose"})
_ASKED_SAYING_NOUNS = SAYING_NOUNS | {"цитата", "цитаты", "фраза", "фразы", "quote", "quotes"}
_THIS = frozenset({"это", "эти", "эта", "этот"})
# "миллиард долларов? чья это оценка", "whose estimate is that", "чья цифра 400–500": whose a
# figure put before or after is asked — its speaker, as "чьи это слова" asks whose words.
_ASKED_FIGURE_NOUNS = frozenset(
    {"оценка", "оценки", "цифра", "цифры", "данные", "расчет", "расчеты", "подсчет"}
    | {"подсчеты", "прогноз", "прогнозы", "estimate", "estimates", "figure", "figures"}
    | {"number", "numbers", "data", "projection", "projections", "forecast", "calculation"}
)
# Words after such a noun pointing at the figure: "whose estimate IS THAT", "чья оценка — ЭТО".
_POINTING = frozenset({"это", "is", "was", "are", "were", "that", "this", "these", "those", "it"})
# "кто автор этой оценки", "кто автор цифры": the owner of a figure asked by "автор" — the
# noun in the genitive, after a demonstrative or none.
_AUTHOR = frozenset({"автор", "автором"})
_WHO = frozenset({"кто"})
_THIS_GENITIVE = frozenset({"этой", "этих", "этого"})
_FIGURE_GENITIVES = frozenset(
    {"оценки", "оценок", "цифры", "цифр", "данных", "расчета", "расчетов", "подсчета"}
    | {"подсчетов", "прогноза", "прогнозов"}
)
# "кто автор цитаты про союз", "кто автор этих слов": the owner of words asked by "автор", as
# "чьи это слова" asks it — the words are how the speaker is asked, no word a passage holds.
_SAYING_GENITIVES = frozenset(
    {"цитаты", "цитат", "слов", "высказывания", "высказываний", "фразы", "фраз", "заявления"}
    | {"заявлений", "комментария", "комментариев", "мысли", "тезиса", "утверждения"}
)
# The same in English: "who is the author of the quote about …", "who's the author of
# these words".
_AUTHOR_EN = frozenset({"author", "authors"})
_OF_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "a"})


def without_own_saying(words: list[str]) -> list[str]:
    """The folded words of a question without "his statement" / "его слова" (pronoun and
    noun): "Where did Hajiyev publish his statement?" asks where he published, and an entry
    of his words need not hold the word "statement" to answer it. "Hajiyev's statement", an
    owner named, stays: it may be what another person assessed. Nor "чьи (это) слова",
    "чьё высказывание", "whose words": the words' owner is asked, who said it — "слова" is how
    it is asked, as "кто сказал" asks it, and no passage need hold the noun."""
    kept: list[str] = []
    at = 0
    while at < len(words):
        if words[at] in OWN_POSSESSIVES and at + 1 < len(words) and words[at + 1] in SAYING_NOUNS:
            at += 2
            continue
        author = _idea_author(words, at)
        if author:
            kept.extend((words[at], "предложил"))  # "кто автор идеи": who proposed it
            at += author
            continue
        drafted = _document_author(words, at)
        if drafted:
            kept.extend((words[at], "составил"))  # "кто автор декларации": who drafted it
            at += drafted
            continue
        owner = _figure_author(words, at)
        if owner:
            kept.append(words[at])  # "кто": the person asked, the rest how it is asked
            if words[at] == "who":
                kept.append("said")  # "who is the author of the quote": who said it
            at += owner
            continue
        owned = _owner_of_words(words, at)
        if owned:
            kept.append("чьи")  # "кому принадлежат слова про союз": whose words they are
            at += owned
            continue
        if words[at] in WHOSE:
            pointed = bool(words[at + 1 : at + 2]) and words[at + 1] in _THIS
            after = at + 2 if pointed else at + 1
            if after < len(words) and (
                words[after] in _ASKED_SAYING_NOUNS or _figure_owned(words, after, pointed)
            ):
                kept.append(words[at])
                at = after + 1
                continue
            if _figure_of_subject(words, after):
                kept.append("кто")  # "чей прогноз по товарообороту": who made it, of what
                at = after
                continue
        kept.append(words[at])
        at += 1
    return kept


# "кому принадлежат слова …", "кем сказаны слова …": whose the words are, asked by their
# owner or their sayer — as "чьи слова" asks it.
_TO_WHOM = frozenset({"кому", "кем"})
_BELONGING = frozenset(
    {"принадлежат", "принадлежит", "принадлежала", "принадлежали", "принадлежало"}
    | {"сказаны", "сказана", "сказано", "были", "была", "было", "произнесены", "произнесена"}
)


def _owner_of_words(words: list[str], at: int) -> int:
    """The number of words of "кому принадлежат (эти) слова", "кем были сказаны слова"
    from ``at`` (0 when none): the owner of words asked, read as "чьи"."""
    if words[at] not in _TO_WHOM:
        return 0
    after = at + 1
    while after < len(words) and words[after] in _BELONGING:
        after += 1
    if after == at + 1:
        return 0
    if after < len(words) and words[after] in _THIS:
        after += 1
    return after + 1 - at if after < len(words) and words[after] in _ASKED_SAYING_NOUNS else 0


# "кто автор идеи семёрки", "кто автор предложения": an idea's author is who proposed it.
_IDEA_GENITIVES = frozenset({"идеи", "предложения", "концепции", "инициативы", "формулы"})


def _idea_author(words: list[str], at: int) -> int:
    """The number of words of "кто (является) автор(ом)" before "идеи/предложения …" from
    ``at`` (0 when none)? The idea's author is the one who proposed it — read as "кто
    предложил идею …", the idea's noun kept. "Инициатор" of an idea is its author too."""
    after = _after_author(words, at, _AUTHOR | _INITIATOR)
    named = after and words[after : after + 1] and words[after] in _IDEA_GENITIVES
    return after - at if named else 0


# "кто (является) автором (текста) декларации", "кто автор соглашения": a document's author
# is who drafted it — read as "кто составил декларацию", the document's noun kept; a
# drafter the article never names, not the one who spoke of the document.
_DOCUMENT_GENITIVES = frozenset(
    {"декларации", "документа", "документов", "соглашения", "соглашений", "договора"}
    | {"меморандума", "резолюции", "коммюнике", "хартии", "конвенции", "протокола"}
)
_DRAFT_GENITIVES = frozenset({"текста", "проекта", "формулировки", "формулировок"})


def _document_author(words: list[str], at: int) -> int:
    """The number of words of "кто (является) автор(ом) (текста)" before a document's noun
    in the genitive from ``at`` (0 when none): who drafted it, asked by its author."""
    after = _after_author(words, at, _AUTHOR)
    if not after:
        return 0
    if words[after : after + 1] and words[after] in _DRAFT_GENITIVES:
        after += 1
    return after - at if words[after : after + 1] and words[after] in _DOCUMENT_GENITIVES else 0


# The formal register's copula before the author: "кто ЯВЛЯЕТСЯ автором идеи", "кто ВЫСТУПИЛ
# инициатором", "кто был автором".
_BEING_AUTHOR = frozenset(
    {"является", "являлся", "являлась", "был", "была", "стал", "стала", "выступил", "выступила"}
    | {"выступает"}
)
_INITIATOR = frozenset({"инициатор", "инициатором"})


def _after_author(words: list[str], at: int, nouns: frozenset[str]) -> int:
    """The position after "кто (является) автором" from ``at`` (0 when the words do not read
    so): the copula of the formal register is how the author is asked, no deed of his."""
    if words[at] not in _WHO:
        return 0
    after = at + 1
    if words[after : after + 1] and words[after] in _BEING_AUTHOR:
        after += 1
    return after + 1 if words[after : after + 1] and words[after] in nouns else 0


def _figure_author(words: list[str], at: int) -> int:
    """The number of words of "кто автор (этой) оценки/цифры/цитаты" starting at ``at`` (0
    when none): who stands behind a figure or words, asked as "чья это оценка" asks it. Not
    "кто автор статьи", the article's author, nor "кто автор идеи": a figure's noun, or a
    noun of words said, must follow."""
    after = _after_author(words, at, _AUTHOR)
    if not after:
        return _author_of_words_en(words, at)
    if after < len(words) and words[after] in _THIS_GENITIVE:
        after += 1
    if after < len(words) and words[after] in _FIGURE_GENITIVES | _SAYING_GENITIVES:
        return after + 1 - at
    return 0


def _author_of_words_en(words: list[str], at: int) -> int:
    """The number of words of "who (is) (the) author of (the) quote" from ``at`` (0 when
    none): whose words, asked by "author" — read as "who said", which asks it plainly
    (a bare "who about the alliance" would ask no deed of the person)."""
    if words[at] != "who":
        return 0
    after = at + 1
    while after < len(words) and words[after] in {"is", "was", "s", *_OF_DETERMINERS}:
        after += 1
    if after + 1 >= len(words) or words[after] not in _AUTHOR_EN or words[after + 1] != "of":
        return 0
    after += 2
    if after < len(words) and words[after] in _OF_DETERMINERS:
        after += 1
    nouns = _ASKED_SAYING_NOUNS | _ASKED_FIGURE_NOUNS
    return after + 1 - at if after < len(words) and words[after] in nouns else 0


def _figure_owned(words: list[str], at: int, pointed: bool) -> bool:
    """Is ``words[at]`` a noun of a figure whose owner "чей/whose" asks — pointed at ("чья
    ЭТО оценка"), closing the question ("…? whose estimate"), or with the figure or a pointer
    after it ("чья оценка миллиард долларов", "чья цифра 400–500", "whose figure is that")?
    The noun is how the speaker is asked, no word a passage must hold. Not "чья оценка
    визита": an assessment of something, asked as the thing it is."""
    if words[at] not in _ASKED_FIGURE_NOUNS:
        return False
    following = words[at + 1 : at + 2]
    return (
        pointed
        or not following
        or following[0] in _POINTING
        or following[0][:1].isdigit()
        or following[0] in SCALE_WORDS
    )


# Verbs that only carry a noun of saying or of a figure ("дал прогноз", "сделал заявление",
# "made the trade forecast", "gave an estimate"): the noun tells what was done, by words —
# the verb names no deed of its own, and a passage saying "дать импульс" is none the nearer.
_LIGHT_VERBS = frozenset(
    {"дал", "дала", "дали", "дает", "дают", "даст", "дадут", "давал", "давала", "давали"}
    | {"сделал", "сделала", "сделали", "делает", "делают", "сделает", "делал", "делала"}
    | {"озвучил", "озвучила", "озвучили", "озвучивает", "выдал", "выдала"}
    | {"give", "gives", "gave", "given", "make", "makes", "made", "provided", "offered"}
)
# The nouns such a verb carries (folded, the cases an object takes).
_CARRIED_NOUNS = frozenset(
    {"прогноз", "прогнозы", "прогнозов", "оценку", "оценки", "оценка", "комментарий"}
    | {"комментарии", "комментариев", "заявление", "заявления", "заявлений", "цифры", "цифру"}
    | {"цифра", "цифр", "данные", "расчет", "расчеты", "подсчеты", "высказывание"}
    | {"forecast", "forecasts", "prediction", "predictions", "projection", "projections"}
    | {"estimate", "estimates", "assessment", "assessments", "comment", "comments"}
    | {"statement", "statements", "remark", "remarks", "figure", "figures", "numbers"}
)
# How far after the verb its noun may stand: "дал свой прогноз", "made the trade forecast".
_CARRIED_REACH = 3
# English verbs of speaking, as "talk" is a stop word: "who spoke about tourism" asks who
# talked of it; the verb is the frame before "about", no word a passage must hold.
_SPEAKING_EN = frozenset({"speak", "speaks", "spoke", "spoken", "speaking"})
_ABOUT_EN = frozenset({"about", "of", "on"})


def without_light_verbs(words: list[str]) -> list[str]:
    """The folded words without a verb carrying a noun of saying or of a figure ("кто дал
    прогноз по товарообороту": who forecast it; "who made the trade forecast") and with an
    English verb of speaking before "about" read as "said" ("who spoke about tourism": who
    talked of it). A figure's noun stays: it tells what is asked (a forecast, a figure); a
    noun of words carried is the saying itself ("кто сделал заявление про союз": who said)."""
    kept: list[str] = []
    said: set[int] = set()  # where a noun of words carried stands: read as the verb
    for at, word in enumerate(words):
        if _carries_saying(words, at):
            reach = words[at + 1 : at + 1 + _CARRIED_REACH]
            said |= {at + 1 + n for n, w in enumerate(reach) if w in SAYING_NOUNS}
            continue
        if at in said:
            word = "said" if word.isascii() else "сказал"  # "сделал заявление": said
        if word in _SPEAKING_EN and words[at + 1 : at + 2] and words[at + 1] in _ABOUT_EN:
            word = "said"  # the plain verb of saying: a "who" then still asks who said it
        if _quoted_about(words, at):
            kept.pop()  # "is": "who is quoted on tourism" reads "who said on tourism"
            word = "said"
        kept.append(word)
    return kept


def _quoted_about(words: list[str], at: int) -> bool:
    """Is ``words[at]`` "quoted"/"cited" as the predicate of "who (is) quoted on/about X"?
    Who is quoted on a subject is who said something of it; "who is quoted" alone asks
    the people quoted (``without_quoting_participle`` leaves it)."""
    if words[at] not in _QUOTING_PARTICIPLES or at == 0 or words[at - 1] not in _PREDICATING:
        return False
    asking = {"who", "which"} & set(words[:at])
    return bool(words[at + 1 : at + 2]) and words[at + 1] in _ABOUT_EN and bool(asking)


def _carries_saying(words: list[str], at: int) -> bool:
    """Is ``words[at]`` a light verb with a noun of saying or of a figure just after it?"""
    if words[at] not in _LIGHT_VERBS:
        return False
    return any(w in _CARRIED_NOUNS for w in words[at + 1 : at + 1 + _CARRIED_REACH])


# Prepositions naming what a figure is of: "чей прогноз ПО товарообороту", "чья оценка О
# сроках".
_OF_SUBJECT = frozenset({"по", "о", "об", "про", "на", "для"})
_FORECASTS = frozenset({"прогноз", "прогнозы"})


def _figure_of_subject(words: list[str], at: int) -> bool:
    """Is ``words[at]`` a Russian noun of a figure with what it is of after it by a
    preposition ("чей прогноз ПО товарообороту"), or a forecast with anything after it
    ("чей прогноз товарооборота")? "Чей" then asks who made it, as "кто дал
    прогноз по …" does — the noun stays, telling the kind of fact (a forecast) asked."""
    if at + 1 >= len(words) or words[at] not in _ASKED_FIGURE_NOUNS:
        return False
    # "чей прогноз товарооборота": a forecast's genitive is what it foresees, never whose
    return words[at + 1] in _OF_SUBJECT or words[at] in _FORECASTS


# English participles telling a person is one the article quotes: "the MP quoted in this
# piece", "the analyst cited", "the experts interviewed by the outlet".
_QUOTING_PARTICIPLES = frozenset({"quoted", "cited", "featured", "interviewed"})
# Before the participle, a verb making it the predicate: "who is quoted" asks who the
# article quotes (the experts), which the participle then says.
_PREDICATING = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "not", "s"}
)


def without_quoting_participle(words: list[str]) -> list[str]:
    """The folded English words without a participle saying a person asked about is quoted
    ("Kindly share the name of the Azerbaijani parliamentarian quoted in this piece", "the
    analyst cited on energy"): every person who speaks in the article is quoted, so it tells
    nothing of which — a word of how the asker found him, as "in this piece" is. After a verb
    ("who is quoted", "which experts were cited") it is what is asked, and stays."""
    return [
        word
        for at, word in enumerate(words)
        if not (word in _QUOTING_PARTICIPLES and at > 0 and words[at - 1] not in _PREDICATING)
    ]


# "о чём речь", "о каких странах идёт речь", "what is it about": "речь" with its verb only
# says that the question asks what something is about.
_ABOUT = frozenset({"о", "об", "обо"})
_ABOUT_ASKED = frozenset({"чем", "ком", "каких", "каком", "какой", "каким", "какую", "какие"})
_TALK = frozenset({"речь"})
_TALK_VERBS = frozenset({"идет", "шла", "шел", "пойдет", "идут"})  # folded: ё as е


def without_talk_frame(words: list[str]) -> list[str]:
    """The folded words of a question without "речь" (and "идёт/шла" with it) when the
    question asks what something is about ("о каких странах речь в формуле 5+1", "о чём
    идёт речь в посте"): "речь" is how it asks, not a speech asked about — and an entry
    never saying "речь" answers. "речь Токаева" (no "о + question word") stays."""
    asks_about = any(a in _ABOUT and b in _ABOUT_ASKED for a, b in itertools.pairwise(words))
    if not asks_about or not _TALK & set(words):
        return words
    return [w for w in words if w not in _TALK and w not in _TALK_VERBS]


# The words the readings of an author or a speaker asked key on, for the repairs to mend a
# slip in one to it ("кто является автором текмта декларации", "кто явлется автором"): the
# readings look for these forms as written, and the briefing writes few of them, so the fuzzy
# search over its words does not mend them into the form the reading needs. Only words of six
# letters or more: a short one ("стал", "был") would draw unknown short words into it ("stats"
# read as "статс", mended to "стал", answered a command's name as a question).
_CUE_SHORTEST = 6
CUE_WORDS = frozenset(
    word
    for word in _AUTHOR
    | _INITIATOR
    | _BEING_AUTHOR
    | _IDEA_GENITIVES
    | _DOCUMENT_GENITIVES
    | _DRAFT_GENITIVES
    | _FIGURE_GENITIVES
    | _SAYING_GENITIVES
    | _ASKED_FIGURE_NOUNS
    if len(word) >= _CUE_SHORTEST
)
