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
        owner = _figure_author(words, at)
        if owner:
            kept.append(words[at])  # "кто": the person asked, the rest how it is asked
            at += owner
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
        kept.append(words[at])
        at += 1
    return kept


def _figure_author(words: list[str], at: int) -> int:
    """The number of words of "кто автор (этой) оценки/цифры" starting at ``at`` (0 when
    none): who stands behind a figure, asked as "чья это оценка" asks it. Not "кто автор
    статьи", the article's author, nor "кто автор идеи": a figure's noun must follow."""
    if words[at] not in _WHO or at + 1 >= len(words) or words[at + 1] not in _AUTHOR:
        return 0
    after = at + 2
    if after < len(words) and words[after] in _THIS_GENITIVE:
        after += 1
    if after < len(words) and words[after] in _FIGURE_GENITIVES:
        return after + 1 - at
    return 0


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
