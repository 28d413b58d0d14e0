"""English words an IT worker drops into a Russian question: "дай summary визита", "какие
key takeaways", "что в tl;dr". Inside a Russian question they are read as the Russian words
they stand for ("краткое содержание", "итоги") — left as they are, the Russian question
matches nothing in English, and with its only English word gone "дай короткое summary" was
left with "дай", which a passage on the rail volumes ("готов дать") answered.

Only where the meaning is clear and the rest of the question is Russian; words the
question's reader already takes as they are ("timeline", "deadline": a date asked;
"target": the briefing's own word) are not mapped here. An analyst's business English is
read the same way: "какой lead time из Китая" is "срок доставки", "KPI по товарообороту" its
"цель".
"""

from __future__ import annotations

from bot.language.lexicon import word_set
from bot.language.text import is_cyrillic, is_latin, phrases_read

_LOANWORDS: dict[tuple[str, ...], tuple[str, ...]] = {
    **{
        (word,): ("краткое", "содержание")
        for word in ("summary", "overview", "recap", "digest", "tldr", "tl;dr", "резюме")
    },
    **{(word,): ("итоги",) for word in ("takeaways", "takeaway", "outcomes", "outcome")},
    ("key", "points"): ("главное",),
    ("highlights",): ("главное",),
    # the business English an analyst drops in: "какой lead time из Китая" is the delivery
    # time, "KPI по товарообороту" its goal, "capex на паромы" the sum of investment, "хабы"
    # typed "hubs" the logistics nodes, "throughput" the volume carried
    ("lead", "time"): ("срок", "доставки"),
    ("leadtime",): ("срок", "доставки"),
    ("kpi",): ("цель",),
    ("kpis",): ("цель",),
    ("capex",): ("объем", "вложений"),
    ("hub",): ("узлы",),
    ("hubs",): ("узлы",),
    ("bottleneck",): ("барьеры",),
    ("bottlenecks",): ("барьеры",),
    ("throughput",): ("объем", "перевозок"),
}
# Words of size or importance before them ("короткое summary", "key takeaways"): how the
# answer is to be, said in either language, no word of the subject.
_SIZE = word_set("short brief quick key main короткое краткое короткий краткий главные ключевые")


def russian_loanwords(words: list[str]) -> list[str]:
    """The folded words of a Russian question with the English loanwords of ``_LOANWORDS``
    read as Russian (and a word of size before one dropped); unchanged when the question has
    fewer Russian words than English ones: an English question keeps its own words."""
    if sum(1 for w in words if is_cyrillic(w)) < max(1, sum(1 for w in words if is_latin(w))):
        return words
    return phrases_read(words, _LOANWORDS, _SIZE)
