"""Means of transport: the mode a question narrows a figure to, and the modes a passage covers.

"Сколько идёт груз на авто из Казахстана в Азербайджан?" shares every word but one with
"сегодня доставка грузов из Китая через Казахстан в Азербайджан занимает 15–18 дней" — and
that one word is the point: the passage is the railway corridor's (its topic, the experts'
talk of locomotives, wagons and ferries), and the article gives no time for trucks at all. A
question naming a means of transport ("на авто", "грузовиками", "by truck", "by rail",
"паромом") asks for the figure of that means only; a passage answers it only when it covers
that means — in its own words or in the words of the topics its curator files it under ("ж/д",
"фуры"). A passage of another means, or of none, gives another figure.

Words are read folded, as the matcher's readings give them (a transliteration or a keyboard
layout already read back into Russian): Russian by stem, so that every case counts ("фурами",
"грузовиком", "автомобильным"), English as written.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from functools import lru_cache

from bot.language.lexicon import word_set
from bot.language.morphology import WORDS_REMEMBERED, parse
from bot.language.text import is_cyrillic

# Each means of transport: the Russian stems and English words that name it.
_RU: dict[str, tuple[str, ...]] = {
    "road": (
        "авто",  # авто, автомобиль, автомобильный, автоперевозки, автотранспорт, автодорога
        "машин",
        "грузовик",
        "фур",
        "трак",
        "тягач",
    ),
    "rail": ("железн", "жд", "ж/д", "поезд", "локомотив", "вагон", "рельс", "железнодорож"),
    "sea": ("паром", "морем", "морск", "судн", "суда", "судам", "корабл", "танкер"),
    "air": ("самолет", "самолёт", "авиа", "воздух"),
}
_EN: dict[str, frozenset[str]] = {
    "road": word_set("road roads truck trucks trucking lorry lorries car cars highway highways"),
    "rail": word_set("rail railway railways railroad train trains locomotive locomotives wagon"),
    "sea": word_set("sea ferry ferries ship ships vessel vessels tanker tankers maritime"),
    "air": word_set("air plane planes aircraft airfreight flight flights"),
}
# Russian stems too short to stand alone: "фура" must not be "фурнитура" — a word must be the
# stem plus at most a case ending. Others stand at the start of any longer word.
_SHORT = frozenset({"фур", "трак", "жд", "суда", "судам", "морем"})
_ENDING = 3  # letters a case ending adds to a short stem ("фурами", "траками")
# Words that name a means only as part of another sense: "машиностроение", "трактор",
# "воздушный шар" is no freight, "суданский"; "судно" as "суд" is not among the stems.
_NOT_MEANS = ("машиностро", "трактор", "трактат", "судан", "судьб", "авторит", "автор", "автомат")


def _means_ru(word: str) -> str | None:
    if word.startswith(_NOT_MEANS):
        return None
    for mode, stems in _RU.items():
        for stem in stems:
            if not word.startswith(stem):
                continue
            if stem in _SHORT and len(word) - len(stem) > _ENDING:
                continue
            return mode
    return None


@lru_cache(maxsize=WORDS_REMEMBERED)
def means_of(word: str) -> str | None:
    """The means of transport a folded word names ("фурами": road, "поездом": rail, "by
    ferry": sea), or None."""
    for mode, words in _EN.items():
        if word in words:
            return mode
    return _means_ru(word)


def asked_means(words: Iterable[str]) -> frozenset[str]:
    """The means of transport a folded question names ("на авто", "грузовиками", "by
    truck", "по железной дороге"): empty when it names none."""
    return frozenset(mode for w in words if (mode := means_of(w)) is not None)


def covers_means(texts: Iterable[str], means: frozenset[str]) -> bool:
    """Do ``texts`` (a passage's folded words, and its topics') name one of ``means``?"""
    return any(means_of(word) in means for word in texts)


# The roles a place plays in a route, by the preposition before it: where the goods come
# from, where they go, what they pass through. Russian "в"/"на" make a destination only with
# the accusative ("в Азербайджан"; "в Казахстане" is where, no way).
_FROM = word_set("из изо от from")
_TO_RU = word_set("в во на до")
_TO_EN = word_set("to into towards toward")
_VIA = word_set("через сквозь via through across")
# Words making "to" name a source, not a destination: "according to the Kazakh expert".
_ATTRIBUTING = word_set("according")
# Nouns of the land a route crosses, standing between its preposition and the country's name.
_LAND = word_set("территорию территории территория территорией the territory of")
# Verbs of sending, by stem (Russian and English): the country before one is where the goods
# come from.
_SENDING = (
    "экспортир",
    "отправля",
    "отправит",
    "поставля",
    "поставит",
    "вывоз",
    "export",
    "ship",
    "send",
    "sell",
    "supplie",
    "suppl",
)
_DESTINATION_CASES = frozenset({"accs", "gent"})  # "в Азербайджан", "до Баку"


def route_roles(
    words: list[str] | tuple[str, ...], country: Callable[[str], str | None]
) -> dict[str, str]:
    """The role ("from", "to", "via") each country named right after a preposition of a route
    plays in folded ``words`` ("из Китая через Казахстан в Азербайджан": China from,
    Kazakhstan via, Azerbaijan to), by the country's key (``country``: a folded word's
    country, or None). A country named twice keeps its first role."""
    roles: dict[str, str] = {}
    for word, after in itertools.pairwise(words):
        # "Азербайджан экспортирует в Казахстан", "does Azerbaijan export to …": the sender
        key = country(word)
        if key is not None and after.startswith(_SENDING):
            roles.setdefault(key, "from")
    for at, word in enumerate(words):
        key = country(word)
        if key is None or key in roles or not at:
            continue
        # "через территорию Азербайджана", "through the territory of": the preposition before
        # the noun of the land
        back = at - 1
        while back > 0 and words[back] in _LAND:
            back -= 1
        before = words[back]
        if before in _TO_EN and back > 0 and words[back - 1] in _ATTRIBUTING:
            continue  # "according to the Kazakh experts": whose words, no way goods go
        if before in _FROM:
            roles[key] = "from"
        elif before in _VIA:
            roles[key] = "via"
        elif before in _TO_EN or (before in _TO_RU and _destination_case(word, before)):
            roles[key] = "to"
    return roles


def _destination_case(word: str, before: str) -> bool:
    """Is a Russian word after "в", "на", "до" in a case of destination (the accusative after
    "в", "на"; the genitive after "до")? A word the dictionary does not know, or a Latin one
    ("v AZ" read as written), is taken as one."""
    if not is_cyrillic(word):
        return True
    cases = {r.tag.case for r in parse(word) if r.is_known}
    if not cases:
        return True
    wanted = {"gent"} if before == "до" else {"accs"}
    return bool(cases & wanted & _DESTINATION_CASES)


def crossed_route(asked: dict[str, str], stated: dict[str, str]) -> bool:
    """Does a passage's route (``stated``) give a country of the question's route (``asked``)
    another role — "из Казахстана в Азербайджан" against "из Китая через Казахстан в
    Азербайджан", "из Азербайджана в Китай" against the way from China? Its figure is then of
    another route. A country the passage does not place on its route says nothing either way."""
    return any(key in stated and stated[key] != role for key, role in asked.items())
