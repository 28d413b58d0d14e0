"""Content words that frame what a question asks rather than name its subject.

A hollow head ("редким ПРИМЕРОМ"), a noun of plans or prospects ("the plans to expand the
corridor", "какие перспективы"), a cause ("причины задержек"), a place or venue of any kind,
a verb or noun governing an infinitive ("может обеспечить", "идея добавить"): the query
analyser (``matching.query``) and the matcher (``matching.matcher``) read them as the
question's frame — so too the talks, the present, a forecast or a formula asked by its noun.
Kept with the other word lists of ``bot.language`` so that the matching layer holds no
vocabulary.
"""

from __future__ import annotations

from bot.language.lexicon import word_set

# The place itself by a noun of any place: "названо место", "which location".
GENERIC_PLACE_NOUNS = word_set("место местность place location locat")

# The noun asking what a thing's future holds ("какие перспективы у семёрки"): the kind asked,
# a forecast (``answer_types.EXPECTING_WORDS``), as "прогноз" and "будущее" ask it. Russian
# only: "the prospects for the Turkic seven" is read by the English question frames.
PROSPECT_FORMS = word_set("перспектива перспективы перспектив перспективу")
# "в перспективе": a time ahead, in the passage's own words (``ahead``), not the kind asked.
BEFORE_TIME_AHEAD = word_set("в во")

# Hollow heads of what a thing is called ("назвал отношения редким ПРИМЕРОМ", "уникальным
# случаем", "called it a rare example"): the epithet says what it is called, the head nothing.
CALLED_HEADS = word_set("пример случай образец example case instance")

# Nouns framing what follows them, never the thing asked about: "the plans to expand the
# corridor", "о перспективах" — what of the thing, not the thing.
FRAMING_HEADS = frozenset(
    {"plan", "plans", "idea", "ideas", "prospect", "prospects", "possibility", "chance"}
    | {"chances", "issue", "issues", "question", "matter", "topic", "subject", "situation"}
    | {"state", "role", "future", "development", "developments", "outlook", "news"}
    | {"план", "идея", "перспектива", "возможность", "шанс", "вопрос", "тема", "ситуация"}
    | {"роль", "будущее", "развитие", "состояние", "новость", "судьба", "подробность"}
    | {"деталь", "specifics", "details", "detail", "particulars", "specific"}
)

# The nouns of a cause before the thing caused, in the genitive: "причины задержек".
CAUSE_NOUNS_RU = word_set("причина причины причину причин причинах")

# Verbs (lemmas) governing an infinitive: "может обеспечить", "планирует построить".
GOVERNING_VERBS = word_set(
    "мочь хотеть планировать собираться намереваться стоить начать начинать стать быть "
    "решить пытаться предлагать предложить мешать помешать препятствовать"
)
# Nouns an infinitive completes ("идея добавить Турцию", "возможность сократить срок") and
# the conjunction that takes one where it takes no future ("чтобы сократить"), for
# ``query._lost_infinitive``.
GOVERNING_NOUNS = word_set("идея предложение возможность намерение план цель задача")
INFINITIVE_OPENERS = word_set("чтобы чтоб")

# Nouns asking where something took place, in any position of a keyword question.
VENUE_NOUNS = word_set("city town venue город городе городом")


# Read by the matcher (``matching.matcher``) as it weighs passages against a question.
# "play" in "what role does Georgia play": the English twin of the framing "играет", with the
# frame noun "role" — no subject of the question ("Huseynov: Baku and Astana will play a key
# role" is not about what is asked).
ROLE_VERBS_EN = frozenset({"play", "plays", "played", "playing"})

# A lead's words saying its passage is about the thing as a whole
# (``matcher.Matcher._general_first``): "общий товарооборот", "overall trade".
IN_GENERAL = word_set("общий общее общая общего общем общей общую overall general")

# The parties a discussion is between: no subject of what they discussed.
TALKS_SIDES = frozenset({"сторона", "side", "sides", "лидер", "leader", "leaders"})

# English nouns asking a forecast by its name ("the forecast for the corridor"): how it is
# asked, no word of what it is asked of.
FORECAST_NOUNS_EN = frozenset({"forecast", "forecasts", "outlook", "prognosis", "projection"})

# Verbs of being somewhere (lemmas): "где находился Тусупбеков, когда давал комментарий"
# asks where he spoke as plainly as "где он выступал".
BEING_AT = frozenset({"находиться", "пребывать", "быть"})
# Nouns asking a place that no gazetteer kind holds ("в какой стране", "in which country",
# "в каком месте"): Russian lemmas and English forms.
PLACE_NOUNS_ASKED = frozenset({"страна", "место", "country", "countries", "place", "venue"})

# The nouns a format named by its formula is asked by: "в формуле", "в формате".
FORMULA_NOUNS = frozenset({"формула", "формат", "formula", "format"})

# Words for the present, in either language: "сейчас" is said by "сегодня", "now" by
# "текущий".
PRESENT_WORDS = frozenset(
    {
        *("сейчас", "сегодня", "ныне", "нынче", "теперь", "текущий", "текущая", "текущее"),
        *("текущие", "текущего", "текущей", "текущем"),
        *("now", "today", "currently", "current", "presently"),
    }
)

# Verbs of forecasting (Russian lemmas, English stems): "кто прогнозирует", "who predicted".
FORECASTING_VERBS = frozenset(
    {"прогнозировать", "спрогнозировать", "предсказывать", "предсказать", "предвидеть"}
    | {"predict", "forecast", "forese"}
)

# The talks of a visit, as typed (folded) in either language, and the visit they are part of.
TALKS_WORDS = word_set(
    "переговоры переговоров переговорах переговорам talks negotiations negotiation"
)
VISIT_OF_TALKS = {w: ("visit" if w.isascii() else "визит") for w in TALKS_WORDS}

# What crosses a water, as the question's term lemmas read (Russian lemmas after the
# synonyms: "контейнер" is cargo, "судно" a ferry; English stems), each as the passage's lemma.
CARRIED = {
    "груз": "груз",
    "паром": "паром",
    "cargo": "груз",
    "freight": "груз",
    "ferri": "паром",
    "ship": "паром",
    "vessel": "паром",
}
