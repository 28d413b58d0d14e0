"""A "why" of a deed not done: "почему Турцию не включили в шестёрку", "why wasn't Turkey
included in the six".

The article may give the reason for a deed proposed ("в традициях тюркских народов
священным числом является цифра семь. С учётом этого … логично добавить Турцию"): that is why
Turkey should be added, not why it was left out. A question asking the cause of the deed
not done is answered only by a passage giving that cause; the reason the article links to
the deed itself answers the opposite question (``Matcher._by_evidence``).

A contrast is not such a deed: "почему семь, а не шесть", "не просто жест", "why seven
countries, not six" each negate a word, not the verb of the question. Nor is a proposal:
"почему бы не добавить Турцию", "почему бы Турции не войти в шестёрку" — "бы" and an
infinitive after "не" — asks why not do it, which the reason for the deed answers.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from bot.language.lexicon import word_set
from bot.language.morphology import parse
from bot.language.text import is_cyrillic

_WHY = word_set("почему зачем отчего why")
# "почему бы не добавить": the particle of a proposal, before the "не" of its infinitive.
_WOULD = word_set("бы б")
# Russian parts of speech of a verb negated by the "не" before it.
_VERB_FORMS = frozenset({"VERB", "INFN", "PRTS"})
# Words after which "не" contrasts two things ("а не шесть", "но не"), or what "не" makes
# into a contrast ("не просто", "не только", "не столько").
_CONTRASTING = word_set("а но или")
_CONTRAST_HEADS = word_set("просто только столько лишь")
# English auxiliaries whose "not" negates the verb ("was not included"), and what the
# tokenizer leaves of one with "n't" ("wasn't": "wasn", the "t" dropped with stop words).
_AUXILIARIES = word_set("is are was were do does did has have had can could will would should")
_NEGATED_AUXILIARIES = word_set(
    "isn aren wasn weren doesn didn hasn haven hadn couldn wouldn shouldn cannot"
)


_AUXILIARY_REACH = 3  # "why was Turkey not included": the auxiliary, its subject, "not"
_CONTRAST_HEADS_EN = word_set("just only merely simply")


def _negates_verb(words: Sequence[str], at: int) -> bool:
    """Is the English "not" at ``at`` an auxiliary's ("was not included", "was Turkey not
    included") and before a word ("six" read as "6", "just" are a contrast's)?"""
    after = words[at + 1] if at + 1 < len(words) else ""
    if not after.isalpha() or after in _CONTRAST_HEADS_EN:
        return False
    return any(w in _AUXILIARIES for w in words[max(0, at - _AUXILIARY_REACH) : at])


def _proposes(words: Sequence[str], at: int) -> bool:
    """Is the "не" at ``at`` one of a proposal — "бы" after the why-word before it, with no
    other "не" between ("почему бы Турции не войти")?"""
    why = max((i for i in range(at) if words[i] in _WHY), default=None)
    return why is not None and any(w in _WOULD for w in words[why + 1 : at])


# "почему до сих пор НЕТ регистрации", "почему ОТСУТСТВУЕТ": a thing's absence, as a deed not
# done ("почему не ввели регистрацию") — the article telling why the thing matters does not
# say why it is missing.
_ABSENT = word_set("нет отсутствует отсутствуют отсутствовала отсутствовал")
_THERE_NO_REACH = 2  # "why is there (still) no …"


def asks_why_not(words: Sequence[str]) -> bool:
    """Does a question (folded words) ask why a deed was not done — a "почему/why" and a
    verb negated in it ("не включили", "не вошла", "wasn't … included", "didn't they add") —
    or why a thing is absent ("почему до сих пор нет регистрации", "why is there no …")?"""
    if not any(word in _WHY for word in words):
        return False
    for before, (at, word) in itertools.pairwise([(-1, ""), *enumerate(words)]):
        if word == "не" and before[1] not in _CONTRASTING:
            after = words[at + 1] if at + 1 < len(words) else ""
            if after in _CONTRAST_HEADS or not is_cyrillic(after):
                continue
            first = parse(after)[:1]
            if any(p.tag.POS in _VERB_FORMS for p in first):
                if _proposes(words, at) and first[0].tag.POS == "INFN":
                    continue  # "почему бы не добавить": a proposal, no deed not done
                return True
        elif word in _NEGATED_AUXILIARIES or (word == "not" and _negates_verb(words, at)):
            return True  # "wasn't", "didn't", "was (Turkey) not included"
        elif _absent(words, at):
            return True  # "почему (до сих пор) нет электронной регистрации", "why is there no"
        elif word in CANNOT and _infinitive_after(words, at):
            return True  # "почему нельзя уже сейчас возить за 7–8 дней": a deed not done
    return False


# Words denying a deed can be done, before its infinitive ("нельзя возить", "невозможно
# сократить"): a "why" of them asks why it is not done, as "почему не возят" does.
CANNOT = word_set("нельзя невозможно")
_CANNOT_REACH = 3  # "нельзя уже сейчас возить": words between the denial and its verb


def _infinitive_after(words: Sequence[str], at: int) -> bool:
    """Is there an infinitive a few words after the word at ``at`` ("нельзя уже сейчас
    возить")?"""
    return denied_deed(words, at) is not None


# Verbs of a thing holding a deed back, before the deed's infinitive ("что мешает сократить
# срок", "что препятствует ускорить доставку").
HOLDING_BACK = word_set(
    "мешает мешают мешало мешали помешало помешали препятствует препятствуют препятствовало"
)


def held_back_deeds(words: Sequence[str]) -> frozenset[str]:
    """The deeds (infinitives, as typed) a question says cannot be done or are held back:
    "почему нельзя просто так сократить срок", "что мешает сократить срок" — "сократить"."""
    return frozenset(
        deed
        for at, word in enumerate(words)
        if (word in CANNOT or word in HOLDING_BACK) and (deed := denied_deed(words, at))
    )


# A closing "что мешает?", "чего не хватает?" restating a why-not already asked ("почему нельзя
# уже сейчас возить за 7–8 дней, что мешает?"): the verbs of what is missing or in the way,
# and the words that may stand with them ("что им мешает", "чего ещё не хватает").
_LACKING = word_set("хватает хватало недостает недостаёт")
_TAG_OPENERS = word_set("что чего")
_TAG_FILLERS = word_set("не им ему ей этому тут здесь еще ещё же")
_TAG_LENGTH = 4  # "что же им мешает": the opener, the verb and two words with them


def restated_why_not(words: Sequence[str]) -> frozenset[int]:
    """The positions of a closing clause asking what holds a deed back ("…, что мешает?",
    "… чего не хватает") after a question that already asks why the deed is not done
    (``asks_why_not``: "почему нельзя уже сейчас возить", "почему пока не выходит довозить
    быстрее"): the same question asked again, how it is asked and no subject — its verb
    read as the obstacle frame would sink the passage telling what the deed takes. Empty
    when the clause says more ("что мешает строительству паромов" names its own subject)
    or nothing before it asks why not."""
    for start in range(max(1, len(words) - _TAG_LENGTH), len(words)):
        if words[start] not in _TAG_OPENERS:
            continue
        tag = words[start + 1 :]
        verbs = [w for w in tag if w in HOLDING_BACK or w in _LACKING]
        if len(verbs) != 1 or any(w not in _TAG_FILLERS and w not in verbs for w in tag):
            continue
        if verbs[0] in _LACKING and "не" not in tag:
            continue  # "чего хватает": what there is enough of, no lack
        if asks_why_not(words[:start]):
            return frozenset(range(start, len(words)))
    return frozenset()


# "почему ПОКА не …", "почему ДО СИХ ПОР не …", "почему ВСЁ ЕЩЁ не …": the deed not done yet —
# how the why-not is asked, before its "не".
_YET = (("пока",), ("до", "сих", "пор"), ("все", "еще"), ("всё", "ещё"), ("еще",), ("ещё",))
# Verbs of managing a deed ("не ВЫХОДИТ довозить", "не ПОЛУЧАЕТСЯ сократить", "не УДАЁТСЯ"),
# lemmas: denied before an infinitive, the deed itself is not done.
_MANAGING = word_set("выходить получаться получиться удаваться удаться")


def why_not_frame(words: Sequence[str]) -> frozenset[int]:
    """The positions of the words that only say how a why-not is asked (``asks_why_not``):
    a closing clause asking it again (``restated_why_not``), a "пока"/"до сих пор" before its
    "не", and a verb of managing denied before the deed's infinitive ("почему пока не выходит
    довозить грузы быстрее": the carrying is what is not done). Weighed as words of the
    subject they sink the passage telling what the deed takes."""
    if not asks_why_not(words):
        return frozenset()
    found = set(restated_why_not(words))
    for at, word in enumerate(words):
        if word != "не":
            continue
        for yet in _YET:
            if tuple(words[max(0, at - len(yet)) : at]) == yet:
                found.update(range(at - len(yet), at))
                break
        if _managing_denied(words, at + 1):
            found.add(at + 1)
    return frozenset(found)


def _managing_denied(words: Sequence[str], at: int) -> bool:
    """Is ``words[at]`` a verb of managing ("выходит", "получается") an infinitive follows?"""
    if at >= len(words) or not is_cyrillic(words[at]):
        return False
    first = parse(words[at])[:1]
    managing = bool(first) and str(first[0].normal_form).replace("ё", "е") in _MANAGING
    return managing and denied_deed(words, at) is not None


def managed_deeds(words: Sequence[str]) -> frozenset[str]:
    """The words of the deed a denied verb of managing stands before ("почему пока не
    выходит ДОВОЗИТЬ ГРУЗЫ быстрее"), as typed: its infinitive and the nouns right after it.
    That deed, not "выходит", is what is not done — the aim a passage telling what it takes
    names ("доставка грузов … можно сократить")."""
    found: set[str] = set()
    for at, word in enumerate(words):
        if word != "не" or not _managing_denied(words, at + 1):
            continue
        deed = denied_deed(words, at + 1)
        start = list(words).index(deed, at + 2) if deed is not None else len(words)
        found.add(words[start])
        for after in words[start + 1 : start + 1 + _CANNOT_REACH]:
            parses = parse(after)[:1] if is_cyrillic(after) else []
            if not parses or parses[0].tag.POS != "NOUN":
                break
            found.add(after)
    return frozenset(found)


def denied_deed(words: Sequence[str], at: int) -> str | None:
    """The infinitive a few words after the word at ``at`` ("нельзя просто так
    СОКРАТИТЬ срок"), as typed: the deed a denial says cannot be done; None when none is."""
    for word in words[at + 1 : at + 1 + _CANNOT_REACH]:
        if is_cyrillic(word) and any(p.tag.POS == "INFN" for p in parse(word)[:1]):
            return word
    return None


# What may stand before "no" in English ("why is there no", "why no registration").
_THERE = word_set("there is are")


def _absent(words: Sequence[str], at: int) -> bool:
    """Is the word at ``at`` one of a thing's absence, the thing named after it — Russian
    "нет"/"отсутствует" ("почему до сих пор нет регистрации"; not "или нет", "да или нет",
    which ask a check, nor a bare "почему нет?", "why not?"), English "no" after "there
    is/are", after "there" a word or two back ("why is there still no"), or right after
    "why" ("why no registration")? A passage proposing the thing ("важность … электронной
    регистрации") gives no cause of its absence, as one proposing a deed gives none of its
    not being done."""
    word = words[at]
    after = words[at + 1] if at + 1 < len(words) else ""
    before = words[at - 1] if at else ""
    if word in _ABSENT:
        return before not in _CONTRASTING and after.isalpha()
    if word == "no":
        return (after.isalpha() and (before in _THERE or before in _WHY)) or "there" in words[
            max(0, at - _THERE_NO_REACH) : at
        ]
    return False


def asks_why_proposed(words: Sequence[str]) -> bool:
    """Does a question (folded words) ask why not do a deed, a proposal ("почему бы не
    добавить Турцию", "почему бы Турции не войти в шестёрку": "бы" and an infinitive after
    "не")? Its reason is a passage's for proposing that deed: one telling only that a thing
    was discussed or is needed proposes nothing ("почему бы не построить мост через Каспий"
    is no ferry the passage names as discussed)."""
    if not any(word in _WHY for word in words):
        return False
    for at, word in enumerate(words):
        if word == "не" and at + 1 < len(words) and is_cyrillic(words[at + 1]):
            first = parse(words[at + 1])[:1]
            if first and first[0].tag.POS == "INFN" and _proposes(words, at):
                return True
    return False
