"""Sums of money asked without "сколько стоит": a request for a trade's figures, a colloquial price.

"Цифры по торговле: сейчас сколько и сколько будет?" asks the trade's figures, and the
figures of a trade are sums of money (its turnover), whatever "сколько" seems to count — read
as a quantity, the passage giving "400–500 миллионов долларов" was taken for one stating no
number asked. ``trade_figures`` finds a noun of figures or data tied to a noun of trade ("цифры
по торговле", "данные товарооборота", "статистика по двусторонней торговле", "trade
figures", "turnover data", "figures on trade"); the matcher reads an amount asked of them
as the trade's sums, unless "сколько" counts a thing of its own (``counts_a_thing``:
"сколько соглашений"), and a request for them with no amount asked ("какие цифры по
товарообороту") stays the figures on a subject, a list of their own. A heading of figures
before the question ("Цифры по торговле: сколько сейчас?") names what its amounts are of
(``figures_heading``): its words weigh in full.

"Почём сейчас контейнер из Китая?" asks a price as "сколько стоит" does, in the spoken word
("почём", "по чём", "по чем"; "pochem" typed in Latin is read as "почем" by the reading's
transliteration) — only a sum answers, and a passage on how long the container travels is
no answer to it. ``colloquial_price_at`` finds that word; not "почём мне знать" (how would I
know), nor "по чём судить" (by what to judge), a verb after it.

Whose a figure is ("миллиард долларов? чья это оценка") is read with the other questions of
whose words (``speech.without_own_saying``).
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from bot.language.lexicon import COUNT_WORDS, word_set
from bot.language.morphology import english_stem, parse, russian_lemma
from bot.language.text import is_cyrillic

# Nouns of trade whose figures are sums of money (lemmas, Russian and English stems).
_TRADE_LEMMAS = word_set("торговля товарооборот оборот trade turnov")
# Nouns of figures or data (lemmas and stems); "данные" as typed, its lemma being "дать".
_FIGURE_LEMMAS = word_set("цифра цыфра статистика показатель число figur number data stat statist")
_DATA_FORMS = word_set("данные данных данным")
# Between a noun of figures and the trade it is of: "цифры ПО торговле", "figures ON/FOR/OF".
_OF = word_set("по of on for about")
_WORDS_TO_TRADE = 3  # "цифры по двусторонней торговле": the preposition and an adjective


@lru_cache(maxsize=4096)
def _lemma(word: str) -> str:
    """A folded word's lemma (Russian) or stem (English), remembered per word."""
    return russian_lemma(word) if is_cyrillic(word) else english_stem(word)


def _figures_noun(word: str) -> bool:
    """Is the word a noun of figures or data ("цифры", "данные", "статистика", "figures")?"""
    return word in _DATA_FORMS or (word.isalpha() and _lemma(word) in _FIGURE_LEMMAS)


def _trade_noun(word: str) -> bool:
    """Is the word a noun of trade ("торговле", "товарооборота", "trade", "turnover")?"""
    return word.isalpha() and _lemma(word) in _TRADE_LEMMAS


def trade_figures(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask the figures of a trade — a noun of figures right after its trade
    ("trade figures", "товарооборот цифры") or followed by it ("цифры торговли", "цифры по
    торговле", "данные по двусторонней торговле", "figures on trade")? A trade's figures are
    sums: an amount asked of them is money. Not "цифры по перевозкам" (tonnes), nor a trade
    named apart from any figures ("как коридор повлияет на объём торговли")."""
    for at, word in enumerate(words):
        if not _figures_noun(word):
            continue
        if at > 0 and _trade_noun(words[at - 1]):
            return True
        ahead = list(words[at + 1 : at + 1 + _WORDS_TO_TRADE])
        if ahead and _trade_noun(ahead[0]):
            return True
        if ahead and ahead[0] in _OF and any(_trade_noun(w) for w in ahead[1:]):
            return True
    return False


def figures_subject(words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The words a request for figures names their subject by: "цифры по товарообороту" →
    ("товарообороту",), "данные по двусторонней торговле" → ("двусторонней", "торговле"),
    "товарооборот цифры" → ("товарооборот",) — the figures asked are amounts, which only a
    passage measuring that subject in a unit gives (not one calling seven a sacred
    "цифра"). Empty when no noun of figures is tied to a subject so."""
    for at in range(len(words)):
        if not _requested_figures(words, at):
            continue
        ahead = tuple(words[at + 1 : at + 1 + _WORDS_TO_TRADE])
        if ahead[:1] and ahead[0] in _OF and len(ahead) > 1:
            return _up_to_noun(ahead[1:])
        if at > 0 and _trade_noun(words[at - 1]):
            return (words[at - 1],)
    return ()


# "число соглашений", "number of countries": a count asked, no figures requested.
_COUNT_FIGURES = word_set("число")


def _requested_figures(words: tuple[str, ...] | list[str], at: int) -> bool:
    """Is ``words[at]`` a Russian noun of figures requested ("цифры", "данные",
    "статистика"), not a count ("число")? (One figure asked by its noun, "в какую цифру
    превратилась", is the matcher's to leave out: ``answer_types.figure_noun_asked``.)"""
    word = words[at]
    return is_cyrillic(word) and _figures_noun(word) and _lemma(word) not in _COUNT_FIGURES


def _up_to_noun(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words up to the first noun ("двусторонней торговле": an adjective, then its
    noun); all of them when none is read as one."""
    for at, word in enumerate(words):
        found = parse(word)[:1] if is_cyrillic(word) else []
        if found and found[0].tag.POS == "NOUN":
            return words[: at + 1]
    return words


def figures_heading(scene: tuple[str, ...] | list[str]) -> bool:
    """Is the scene before the question a heading asking for figures — a noun of figures
    and what they are of, no verb ("Цифры по торговле: сколько сейчас и сколько будет …?",
    "Данные по ж/д перевозкам — сколько сейчас?", "Trade figures: how much now?")? The
    heading names the subject the question's amounts are of: its words weigh as the
    question's own, or "благодаря среднему коридору" after it outweighs the trade asked
    about (the corridor's passage, which gives no sum, over the one giving both)."""
    if not scene or len(scene) > _HEADING_WORDS:
        return False
    if not (_figures_noun(scene[0]) or _figures_noun(scene[-1])):
        return False
    return not any(_is_deed(word) for word in scene)


_PRICED_REACH = 4  # words after "почём" a past verb may stand in to make it "почему"


def _told_in_past(word: str) -> bool:
    """Is the Russian word read first as a verb in the past ("ездил", "состоялся")? A price
    is asked of a thing or of a present deal ("почём продают билеты"), not of a past deed."""
    found = parse(word)[:1] if is_cyrillic(word) else []
    return bool(found) and found[0].tag.POS == "VERB" and "past" in found[0].tag


def _is_deed(word: str) -> bool:
    """Is the Russian word read first as a verb, a predicative or a participle's short form?"""
    found = parse(word)[:1] if is_cyrillic(word) else []
    return bool(found) and found[0].tag.POS in _DEEDS


_HEADING_WORDS = 5  # "цифры по двусторонней торговле Азербайджана и Казахстана": 6, a sentence


def counts_a_thing(words: tuple[str, ...] | list[str]) -> bool:
    """Does "сколько" count a thing of its own — a noun in the genitive right after it
    ("сколько соглашений", "сколько тонн"), or "how many"? Then no sum of money is counted,
    whatever trade a heading names."""
    if "many" in words:
        return True
    for before, word in itertools.pairwise(words):
        if before in COUNT_WORDS and is_cyrillic(word):
            first = parse(word)[:1]
            if first and first[0].tag.POS == "NOUN" and "gent" in first[0].tag:
                return True
    return False


# "почём", folded ("ё" as "е"); "по чём" typed apart.
_PRICE_WORD = "почем"
_BY = "по"
_WHAT = "чем"
# "почём мне знать", "почём знать": how would one know, no price.
_KNOWING = word_set("знать знаю знает")
_NOT_PRICED = word_set("мне тебе нам вам ему ей им")
# Parts of speech of a deed or a state after "по чём" ("по чём судить", "по чём видно"): the
# means of knowing asked, no price.
_DEEDS = frozenset({"VERB", "INFN", "PRED", "PRTS", "GRND"})


def colloquial_price_at(words: tuple[str, ...] | list[str], at: int) -> bool:
    """Is the word at ``at`` the spoken "почём" ("почём билет на паром", "почем сейчас
    контейнер", "по чём нынче перевозка" — at its "по" or its "чём") asking a price? Not
    "почём мне знать", nor "по чём судить" (a verb after it: by what, no price), nor
    "почем визит состоялся" (a past deed: "почему" a letter short)."""
    word = words[at]
    if word == _PRICE_WORD:
        after = [w for w in words[at + 1 : at + 3] if w not in _NOT_PRICED]
        if after and after[0] in _KNOWING:
            return False
        # "почем токаев ездил в габалу", "почем визит состоялся": a deed told in the past
        # is no thing priced — "почему" with its last letter left out
        return not any(_told_in_past(w) for w in words[at + 1 : at + 1 + _PRICED_REACH])
    if word == _BY and at + 1 < len(words) and words[at + 1] == _WHAT:
        return _priced_after(words, at + 2)
    if word == _WHAT and at > 0 and words[at - 1] == _BY:
        return _priced_after(words, at + 1)
    return False


def _priced_after(words: tuple[str, ...] | list[str], at: int) -> bool:
    """Does a thing priced follow "по чём" at ``at`` — a word that is no verb ("по чём
    билет", "по чем сейчас контейнер"), not "по чём судить", "по чём видно"?"""
    if at >= len(words):
        return False
    return not _is_deed(words[at])


def asks_colloquial_price(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask a price by the spoken "почём" (``colloquial_price_at``)?"""
    return any(colloquial_price_at(words, at) for at in range(len(words)))
