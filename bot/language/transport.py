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

from collections.abc import Iterable

from bot.language.lexicon import word_set

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
