"""Nouns asking for an amount of some kind: a price, a count, a figure, a rank, a rate.

The query analyser (``matching.query``) reads the kind of answer a question wants from them
("какая цена перевозки", "число соглашений", "what place does it hold", "tonnes/yr"), and
keeps them from being weighed as words of the question's subject; the matcher
(``matching.matcher``) reads money, investment and figures given by them. Kept with the other
word lists of ``bot.language`` so that the matching layer holds no vocabulary.
"""

from __future__ import annotations

from bot.language.lexicon import word_set

# English nouns naming a figure as a figure: "the 15-18 days figure", "the numbers on rail
# tonnage and the 15-18 days" (as typed, folded).
FIGURE_NOUNS_EN = word_set("figure figures number numbers stat stats statistics data")

# A place in a ranking: "место" and the verbs of holding one (lemmas, English stems) — "какое
# место занимает Казахстан", "what place does it hold" (``query.Analyser._rank_at``).
RANK_NOUNS = word_set("место place")
HOLDING_RANK = word_set("занимать занять hold occupi occupy take rank")

# The Russian nouns of a price in the forms people type ("какая цена перевозки", "стоимость
# доставки"): the kind of answer asked, a sum — the briefing never says them, and weighed as
# words of the subject they sank every passage on what is priced below an offer.
PRICE_NOUNS = word_set("цена цену цены цене ценой стоимость стоимости стоимостью")

# Stems of the noun asking for an amount, however its hard sign is typed ("обьём", "обем").
VOLUME_STEMS = ("объем", "обьем", "обем")

# Nouns of a count: "какое количество соглашений", "число подписанных документов", "кол-во
# вагонов" ask how many, as "сколько" does. "Число" also names a date ("какого числа") and a
# number as such ("какое число считается священным"): a count only before a noun in the
# genitive plural, adjectives between.
# the noun's slips of the hand, read as the noun ("количесто": "количество")
COUNT_NOUN_SLIPS = {
    slip: "количество"
    for slip in word_set(
        "кол-во колво количесво количесто колличество количство каличество количетсво"
    )
}
COUNT_NOUNS = word_set("количество количества количеством число") | frozenset(COUNT_NOUN_SLIPS)

# The lemmas a count noun is read as (``query.Query.describing``).
COUNT_FRAME_LEMMAS = frozenset({"количество", "число", "численность", "number", "count", "tally"})
# "численность группы", "численность делегации": the number of people a body holds, a count
# of whatever noun follows, singular too.
HEADCOUNT_NOUNS = word_set("численность численности численностью")
COUNT_NOUNS_EN = word_set("number count tally")

# A year named as a keyword ("aliyev kazakhstan visit year", "визит Алиева год"), not a year
# that qualifies ("a year", "per year", "this year", "в год", "за год", "2024 year").
YEAR_WORDS = word_set("year год года")
YEAR_QUALIFIERS = word_set(
    "a an per each every this last next that same one в за на этот этом прошлый следующий"
)

# Units an amount is given in, as keywords put them before the year it is given per
# ("rail capacity, tonnes/yr", "trade usd/year", "объём тонн/год"): a rate, no year asked.
RATE_UNITS = word_set(
    "tonnes tonne tons ton usd dollars dollar eur euros bn mln million millions billion "
    "billions teu тонн тонны тонна долларов доллары млн млрд"
)

# A share is no kind of amount of the subject ("на сколько процентов вырос товарооборот"):
# the percentage itself is asked, and a sum of the subject does not answer it.
SHARE_UNITS = frozenset({"процент", "percent", "percentag"})


# Read by the matcher (``matching.matcher``) as it weighs passages against a question.
# Words of money put into something or spent (``matcher.Matcher._another_sum``): "investing",
# "вкладывает", "вложения", "spending", "funding".
INVESTING_STEMS = ("invest", "инвест", "влож", "вклад", "spend", "spent", "fund", "financ")

# "how much oil": the English word before a noun whose size, not number, is asked.
MASS_WORDS_EN = frozenset({"much"})

# The words of an amount of money, not of what it is of: "объём", "сумма", "в долларах".
MONEY_AMOUNT_LEMMAS = frozenset(
    {"объем", "объём", "amount", "volume", "сумма", "sum", "доллар", "dollar", "деньги"}
    | {"money", "тенге", "манат", "рубль", "евро", "usd"}
)

# Verbs of giving (stems) that say a figure when a figure is their object: "who gave the
# numbers on rail tonnage", "which expert provided the figure"; not "who will provide 5-7
# million tonnes" (a deed: the figure is what is delivered, no noun of a figure named).
GIVING_STEMS = frozenset({"give", "gave", "given", "provid"})
FIGURE_OBJECTS = word_set("figure figures number numbers stat stats statistics data estimate")
