"""Changes of an amount: asked by a multiple, a level to reach, or a size of growth.

"Во сколько раз можно увеличить торговлю?" asks for a multiple; "до скольки можно поднять
товарооборот?" for the level it may reach; "на сколько вырастет туризм?" for how much it
grows. Each is an amount, but not any amount: today's "400–500 миллионов долларов" answers
none of them, while "позволяет кратно увеличить объёмы торговли" answers the first and
"позволит довести этот показатель до одного миллиарда долларов" the second. So questions are
read for the change they ask about (``asked_change``), and texts for the changes they state
(``stated_changes``): a multiple ("кратно", "в разы", "вдвое", "в три раза", "удвоить",
"twofold", "several times"), a level reached ("довести до X", "увеличить до X", "достичь X",
"to reach X") or a size of change ("вырос на 20%"). A question of growth ("на сколько") is
answered by any of them.

The words that frame such a question ("раз" in "во сколько раз", "уровня" in "до какого
уровня", "times", "factor", "level") say how it is asked, not what about: ``frame`` gives
their positions, which the matcher does not weigh as the question's subject.
"""

from __future__ import annotations

import itertools
from enum import StrEnum
from functools import lru_cache

from bot.language.checks import asks_for_something
from bot.language.lexicon import COUNT_WORDS, word_set
from bot.language.morphology import english_stem, parse, russian_lemma
from bot.language.numbers import NUMBER_WORDS, SCALE_WORDS
from bot.language.text import fold, is_cyrillic, tokens
from bot.patterns import lazy
from bot.records import record


class Change(StrEnum):
    """How an amount asked for changes."""

    FACTOR = "factor"  # во сколько раз, how many times more, by what factor
    TARGET = "target"  # до скольки, до какого уровня, to what level, how high
    GROWTH = "growth"  # на сколько, by how much, how much more: a factor or a target says it


# ------------------------------------------------------------------------- questions
_COUNTING = COUNT_WORDS - {"how", "many", "much", "многих"}
_INTO = word_set("в во")
_TIMES_RU = word_set("раз раза")
# Verbs of an amount changing (Russian lemmas, English stems): "во сколько раз вырос", "how
# many times did trade grow", "на сколько сократится".
_CHANGE_VERBS = word_set(
    "увеличить увеличиться увеличивать увеличиваться вырасти расти возрасти возрастать "
    "вырастать поднять поднимать подняться повысить повышать повыситься нарастить наращивать "
    "довести доводить удвоить утроить умножить приумножить сократить сокращать сократиться "
    "снизить снижать снизиться уменьшить уменьшать уменьшиться ускорить ускорять достичь "
    "достигнуть достигать расширить расширять прирасти дорасти "
    "increas grow grew grown rise rose risen rais boost multipli doubl tripl expand reduc cut "
    "shorten lower decreas reach speed"
)
# English words comparing amounts: "how many times more", "how much bigger".
_COMPARATIVES = word_set(
    "more larger bigger higher greater faster less fewer smaller lower shorter quicker as"
)
# Nouns of a level an amount reaches: "до какого уровня", "до какой суммы", "to what level".
_LEVEL_STEMS = (
    "уровн",
    "объем",
    "значени",
    "показател",
    "размер",
    "сумм",
    "величин",
    "отметк",
    "цифр",
    "предел",
    "максимум",
    "level",
    "amount",
    "figure",
    "size",
    "value",
    "sum",
    "height",
    # the amount itself, as the level it comes to: "к какому обороту выйдут страны"
    "оборот",
    "товарооборот",
)
_WHICH_RU = word_set("какого какой какую каких каким какому")
# An amount coming to a level: "выйдет на", "выльется в", "придёт к" (verbs of change only
# beside a level asked, ``target_frame``: "на какой уровень вышли отношения" asks none).
_ONTO = word_set("на в во к ко")
_REACHING = word_set("выйти вылиться прийти выходить приходить")
_TO_WHAT = word_set("what which")


def asked_change(words: tuple[str, ...] | list[str]) -> Change | None:
    """The change of an amount a question asks about (folded words, question words mended),
    or None. "сколько раз Алиев бывал в Казахстане" and "how many times has he visited" count
    occasions: no change is asked."""
    words = tuple(words)
    if _asks_factor(words):
        return Change.FACTOR
    if target_frame(words) is not None:
        return Change.TARGET
    if _asks_growth(words):
        return Change.GROWTH
    return None


@record
class Frame:
    """The positions of the words that only frame a change asked about: ``fixed`` never say
    what it is about ("раз" of "во сколько раз", "times" of "how many times more", "factor");
    ``loose`` do not when the briefing never uses them — the level noun ("уровня" of "до
    какого уровня", "level", "high" of "how high") and the verb of change ("поднять" in "до
    скольки можно поднять товарооборот"): weighed as the subject, an unknown one sinks the
    answer, or a typo repair reads it as another word ("понять")."""

    fixed: frozenset[int] = frozenset()
    loose: frozenset[int] = frozenset()


def frame(words: tuple[str, ...] | list[str]) -> Frame:
    """The words framing the change a question asks about (``Frame``)."""
    words = tuple(words)
    change = asked_change(words)
    if change is None:
        return Frame()
    fixed: set[int] = set()
    for at, word in enumerate(words):
        before = words[at - 1] if at else ""
        if change is Change.FACTOR and (
            (word in _TIMES_RU and (before in _COUNTING or _times_counted(words, at)))
            or (word == "times" and before == "many")
            or word in ("factor", "fold")
        ):
            fixed.add(at)
    fixed |= offered_multiple(words)  # "вдвое": how the factor is asked, no subject
    if change is Change.GROWTH:
        # "каков рост товарооборота": the noun asks the growth's size, as "на сколько
        # вырос" does — no word a passage stating it ("довести до миллиарда") must say
        fixed |= {
            at
            for at in range(1, len(words))
            if words[at] in _GROWTH_ASKED and words[at - 1] in _WHICH_GROWTH
        }
    verbs = _CHANGE_VERBS | (_REACHING if change is Change.TARGET else frozenset())
    loose = {at for at, word in enumerate(words) if _lemma(word) in verbs}
    level = target_frame(words)
    if level is not None:
        loose.add(level)
    return Frame(frozenset(fixed), frozenset(loose - fixed))


# A multiple offered to be confirmed: "вырастет вдвое?", "это рост вдвое или больше?", "will
# trade double?" (with "в 2 раза", "two times", "twofold" found by their numeral).
_MULTIPLES = word_set(
    "вдвое втрое вчетверо впятеро вдесятеро удвоить удвоиться утроить утроиться "
    "double doubles doubled doubling triple tripled tripling twice twofold threefold"
)
# A growth named by its noun: "это рост вдвое?", "a twofold increase".
_GROWTH_NOUNS = word_set("рост роста ростом увеличение увеличения growth increase")


def offered_multiple(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of a multiple a question offers ("вдвое", "в 2 раза", "double", "two
    times") when a yes/no question asks about an amount changing, else none: "вырастет ли
    торговля вдвое" asks by what factor it grows, which the passage giving both amounts
    answers; "был ли он там 2 раза" changes nothing, and "trade would about double — from
    what level?" asks the levels."""
    words = tuple(words)
    found: set[int] = set()
    for at, word in enumerate(words):
        if word in _MULTIPLES:
            found.add(at)
        elif (
            word in _TIMES_RU and at >= 2 and words[at - 1][:1].isdigit() and words[at - 2] in _INTO
        ):
            found.update({at - 2, at - 1, at})
        elif word == "times" and at >= 1 and words[at - 1][:1].isdigit():
            found.update({at - 1, at})
    if not found or asks_for_something(words):
        return frozenset()  # "trade would about double — from what level to what level?"
    growth = _changes(words) or any(word in _GROWTH_NOUNS for word in words)
    return frozenset(found) if growth else frozenset()


def _asks_factor(words: tuple[str, ...]) -> bool:
    """ "во сколько раз", "в сколько раз больше", "how many times more", "how many times can
    the corridor increase trade", "by what factor", "how many-fold"; a multiple offered
    ("вырастет вдвое?", ``offered_multiple``)."""
    if offered_multiple(words):
        return True
    for at, word in enumerate(words):
        if word in _TIMES_RU and _times_counted(words, at):
            return True
        if word == "factor" and at >= 1 and words[at - 1] in _TO_WHAT:
            return True
        if word == "fold" and at >= 1 and words[at - 1] == "many":
            return True
        if word == "times" and words[at - 2 : at] == ("how", "many"):
            rest = words[at + 1 :]
            return any(w in _COMPARATIVES for w in rest[:1]) or _changes(rest)
    return False


# Hedges between "во сколько" and "раз": "во сколько примерно раз ускорится доставка".
_HEDGES = word_set("примерно приблизительно ориентировочно около порядка где-то")


def _times_counted(words: tuple[str, ...], at: int) -> bool:
    """Is "раз" at ``at`` counted by "во сколько" before it, a hedge or two between ("во
    сколько примерно раз")?"""
    before = at - 1
    while before >= 0 and words[before] in _HEDGES:
        before -= 1
    return before >= 1 and words[before] in _COUNTING and words[before - 1] in _INTO


def target_frame(words: tuple[str, ...] | list[str]) -> int | None:
    """A level asked for: "до скольки", "до какого уровня", "до какой суммы", "to what level",
    "up to how much", "how high", "what level … reach": the position of the word framing it
    (the level noun, or the question word when there is none: "до скольки"), else None. Not
    "до какого года", a date."""
    words = tuple(words)
    for at, word in enumerate(words):
        before = words[at - 1] if at else ""
        following = words[at + 1] if at + 1 < len(words) else ""
        if before == "до" and word in _COUNTING and not following[:1].isdigit():
            return at
        level = _level_noun_after(words, at)
        if (
            before in ("до", "to")
            and (word in _WHICH_RU or word in _TO_WHAT)
            and level is not None
            and not _level_of_standing(words)
        ):
            return level
        if (
            before in _ONTO
            and word in _WHICH_RU
            and level is not None
            and any(_lemma(w) in _REACHING for w in words)
        ):
            return level  # "на какую сумму выйдет товарооборот", "к какой цифре придёт"
        if word == "high" and before == "how":
            return at
        if word == "level" and before in _TO_WHAT and not _level_of_standing(words):
            return at
    return None


def _level_noun_after(words: tuple[str, ...], at: int) -> int | None:
    """The position of the level noun right after the question word at ``at`` — or after one
    Russian adjective qualifying it ("к какому ежегодному обороту", "до какого годового
    уровня") — else None."""
    for after in (at + 1, at + 2):
        if after >= len(words):
            return None
        if words[after].startswith(_LEVEL_STEMS):
            return after
        if not (
            is_cyrillic(words[after]) and any(p.tag.POS == "ADJF" for p in parse(words[after])[:1])
        ):
            return None
    return None


# What has a level but no amount: "what level of relations", "at what level was the visit
# held", "до какого уровня дошли отношения" ask how high they stand ("на высшем уровне",
# "стратегический союз") — no figure to reach; "what level of trade", "до какого уровня
# вырастет товарооборот" ask one.
_STANDING = word_set(
    "relations relationship relationships ties cooperation partnership trust dialogue talks "
    "visit visits meeting meetings negotiations contacts "
    "отношения отношений отношениям отношениями связи связей сотрудничество сотрудничества "
    "партнерство партнерства доверие доверия диалог диалога взаимоотношения взаимоотношений "
    "визит визита визиты встреча встречи переговоры переговоров контакты контактов"
)
_AMOUNTED = word_set(
    "trade turnover freight cargo volume volumes exports imports investment investments "
    "tonnes dollars traffic tourism "
    "товарооборот товарооборота торговля торговли грузы грузов перевозки перевозок объем "
    "объемы объема экспорт экспорта импорт импорта инвестиции инвестиций тонн долларов "
    "туризм туризма турпоток"
)


def _level_of_standing(words: tuple[str, ...]) -> bool:
    """Is the level asked of relations or a visit, and of no amount?"""
    return any(w in _STANDING for w in words) and not any(w in _AMOUNTED for w in words)


# A growth asked by its noun right after the question word: "каков рост", "какой прирост".
_WHICH_GROWTH = word_set("каков какой какого каким")
_GROWTH_ASKED = word_set("рост роста прирост прироста")


def _asks_growth(words: tuple[str, ...]) -> bool:
    """ "на сколько вырастет туризм", "насколько увеличит торговлю", "by how much", "how much
    more", "how much could trade grow": the size of a change. Not "на сколько лет заключены
    соглашения" (no change) nor "насколько важен визит"."""
    pairs = set(itertools.pairwise(words))
    if ("by", "how") in pairs and ("how", "much") in pairs:
        return True
    if any(a in _WHICH_GROWTH and b in _GROWTH_ASKED for a, b in pairs):
        return True  # "каков рост товарооборота", "какой прирост": its size, by its noun
    for at, word in enumerate(words):
        following = words[at + 1 : at + 2]
        if word == "much" and words[at - 1 : at] == ("how",):
            if following and following[0] in _COMPARATIVES:
                return True
            return _changes(words[at + 1 :])
        russian = (word in _COUNTING and words[at - 1 : at] == ("на",)) or word == "насколько"
        if russian and _changes(words[at + 1 :]):
            return True
    return False


def reaches(lemma: str) -> bool:
    """Is the (Russian) lemma a verb of an amount coming to a level ("выйти на", "вылиться
    в", "прийти к")? Beside a level asked it frames the question (``target_frame``)."""
    return lemma in _REACHING


def is_change_verb(word: str) -> bool:
    """Is the word a verb of an amount changing ("вырастет", "grow", "increase")? Beside a
    change asked, it says how the amount moves, not what amount it is."""
    return _lemma(word) in _CHANGE_VERBS


def _changes(words: tuple[str, ...]) -> bool:
    """Does a stretch of a question hold a verb of an amount changing?"""
    return any(_lemma(word) in _CHANGE_VERBS for word in words)


def _lemma(word: str) -> str:
    return russian_lemma(word) if is_cyrillic(word) else english_stem(word)


# ---------------------------------------------------------------------------- texts
_NUMERAL = (
    r"(?:\d|(?:"
    + "|".join(sorted({*NUMBER_WORDS, *SCALE_WORDS, "полутора", "полтора"}, key=len, reverse=True))
    + r")\b)"
)
_MULTIPLE_RE = lazy(
    r"\b(?:\w*кратн\w*|в разы|вдвое|втрое|вчетверо|впятеро|вдесятеро|"
    r"удво\w*|удваива\w*|утроит\w*|утроен\w*|утраива\w*|учетвер\w*|"
    rf"в\s+(?:{_NUMERAL}\S*|несколько|десятки|сотни)\s+раз\w*|"
    r"(?:\d+|two|three|four|five|ten|hundred|many|several)[- ]?fold|"
    r"doubl\w*|tripl\w*|quadrupl\w*|"
    r"(?:\d+|two|three|four|five|ten|several|many) times (?:more|over|as|larger|bigger|higher))"
)
# A verb of change, then within a few words the level it reaches or the size it changes by.
_CHANGE_STEMS = (
    r"(?:довест\w*|довод\w*|доведе\w*|увелич\w*|нарастит\w*|наращива\w*|вырас\w*|вырос\w*|"
    r"возрас\w*|подня\w*|подним\w*|повыс\w*|повыша\w*|сократ\w*|сокраща\w*|сниз\w*|снижа\w*|"
    r"уменьш\w*|ускор\w*|расшир\w*|increas\w*|grow\w*|grew|ris\w*|rose|rais\w*|boost\w*|"
    r"bring\w*|brought|cut\w*|reduc\w*)"
)
_TARGET_RE = lazy(
    rf"\b{_CHANGE_STEMS}(?:\s+\S+){{0,5}}?\s+(?:до|to)\s+(?:уровня\s+|отметки\s+)?{_NUMERAL}|"
    rf"\b(?:достич\w*|достигн\w*|достига\w*|reach\w*)\s+(?:\S+\s+)?{_NUMERAL}"
)
# A level needed: "Казахстану нужно до 20 миллионов" is what the amount must grow to.
_NEED_RE = lazy(rf"\b(?:нужн\w*|необходим\w*|требу\w*|need\w*)\s+(?:до|up to)\s+{_NUMERAL}")
_BY_RE = lazy(rf"\b{_CHANGE_STEMS}(?:\s+\S+){{0,3}}?\s+(?:на|by)\s+{_NUMERAL}")


@lru_cache(maxsize=4096)
def stated_changes(text: str) -> frozenset[Change]:
    """The changes of an amount a span states: a multiple ("кратно увеличить", "в три раза",
    "удвоить"), a level reached ("довести до одного миллиарда", "сократить до 7–8 дней",
    "достичь миллиарда"). Either says how much the amount grows, as does a change by a size
    ("вырос на 20%")."""
    folded = fold(text)
    found: set[Change] = set()
    if _MULTIPLE_RE.search(folded):
        found.add(Change.FACTOR)
    if _TARGET_RE.search(folded) or _NEED_RE.search(folded):
        found.add(Change.TARGET)
    if found or _BY_RE.search(folded):
        found.add(Change.GROWTH)
    return frozenset(found)


def states_multiple(text: str) -> bool:
    """Does a text state a multiple ("в разы", "вдвое", "в три раза", "twofold")? An amount
    given without a number of its own."""
    return Change.FACTOR in stated_changes(text)


def derives_multiple(texts: tuple[str, ...]) -> bool:
    """Does a text give both ends of a multiple still to come: a level to reach and another
    amount beside it ("сегодня … 400–500 миллионов долларов … довести этот показатель до одного
    миллиарда долларов")? "Во сколько раз должен вырасти товарооборот" is answered honestly by
    the two figures, the reader dividing them; a level alone, or today's amount alone, is
    not. The texts are one passage's spans ("сегодня … 15–18 дней", "этот срок можно
    сократить до 7–8 дней")."""
    if not any(Change.TARGET in stated_changes(text) for text in texts):
        return False
    return len({token for text in texts for token in tokens(text) if token[:1].isdigit()}) >= 2


# English forms of a change already made: "how many times did trade grow", "has grown".
_PAST_EN = word_set("did has have had was were grew rose doubled tripled increased")


def asks_past_change(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask about a change already made ("во сколько раз вырос товарооборот
    за год", "how many times did trade grow")? Two figures of today and a target give no
    multiple of the past."""
    words = tuple(words)
    return any(word in _PAST_EN or _past_change_verb(word) for word in words) or (
        _growth_over_period(words)
    )


# "за год", "за последние пять лет": a period a change was made over.
_OVER = word_set("за")
_PERIOD_NOUNS = word_set("год года лет годы месяц месяца месяцев")
_PERIOD_REACH = 3  # "за последние пять лет": the period noun a few words after "за"
# Words of what may come: "какой рост возможен за год" asks none made.
_MAY_COME = word_set("возможен возможна возможно можно может могут позволит позволят ожидается")


def _growth_over_period(words: tuple[str, ...]) -> bool:
    """Is a growth asked by its noun over a period, with no verb of its own ("каков рост
    товарооборота за год", "какой прирост за последние пять лет")? The growth made over it
    is asked — which a level still to reach does not tell. Not "какой рост возможен за год",
    nor "на сколько вырастет за год" (a verb says when)."""
    if not any(w in _GROWTH_ASKED for w in words) or any(w in _MAY_COME for w in words):
        return False
    if any(is_cyrillic(w) and any(p.tag.POS == "VERB" for p in parse(w)[:1]) for w in words):
        return False
    return any(
        w in _OVER and any(n in _PERIOD_NOUNS for n in words[at + 1 : at + 1 + _PERIOD_REACH])
        for at, w in enumerate(words)
    )


# English forms of a change a text states as made: "trade grew by 20%", "has doubled".
_MADE_EN = word_set(
    "grew grown rose risen increased doubled tripled raised boosted expanded reduced "
    "shortened lowered decreased reached"
)


def states_change_made(text: str) -> bool:
    """Does a text state a change of an amount already made — a change (``stated_changes``)
    told by a verb in the past ("товарооборот вырос на 20%", "увеличился вдвое", "trade
    doubled")? A change asked of the past ("насколько вырос товарооборот за последние годы")
    is answered by that alone: a level to reach ("позволит довести до одного миллиарда") or
    a multiple still to come ("позволяет кратно увеличить") is what may happen, and today's
    level beside it says nothing of how it got there."""
    if not stated_changes(text):
        return False
    return any(word in _MADE_EN or _past_change_verb(word) for word in tokens(fold(text)))


def _past_change_verb(word: str) -> bool:
    """Is a (folded) Russian word a verb of an amount changing in the past ("вырос",
    "увеличился", "сократили")?"""
    if not is_cyrillic(word) or _lemma(word) not in _CHANGE_VERBS:
        return False
    return any(p.tag.POS == "VERB" and "past" in p.tag for p in parse(word)[:1])


# Nouns of a change in amount, said by the verbs of their relation ("рост": "вырасти",
# "довести до"; "сокращение": "сократить") when the level reached is named with them.
CHANGE_NOUNS = frozenset({"рост", "увеличение", "снижение", "сокращение"})

# The nouns of one change, each said by the others: a growth, a fall.
SAME_CHANGE = {
    "рост": ("увеличение",),
    "увеличение": ("рост",),
    "снижение": ("сокращение",),
    "сокращение": ("снижение",),
}

# The stems of those nouns in any case ("росту", "увеличения"), as a question declines them.
CHANGE_NOUN_STEMS = ("рост", "увеличени", "снижени", "сокращени")
# The verb of holding a change back that is no obstacle frame (``names_filler``: it is among
# the words answering one), yet governs the change as "препятствуют росту" does: "сдерживают рост".
HOLDING_BACK = "сдерживать"

# Nouns foreseeing a change ("перспективы роста", "прогноз увеличения"), lemmas.
FORESEEING = word_set("перспектива прогноз ожидание")


# Read by the matcher (``matching.matcher``) as it weighs passages against a question.
# Nouns of an amount's change the change stems miss: "рост", "прирост".
GROWTH_NOUNS_MISSED = frozenset({"рост", "прирост"})
