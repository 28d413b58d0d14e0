"""Content words that frame what a question asks rather than name its subject.

A hollow head ("редким ПРИМЕРОМ"), a noun of plans or prospects ("the plans to expand the
corridor", "какие перспективы"), a cause ("причины задержек"), a place or venue of any kind,
a verb or noun governing an infinitive ("может обеспечить", "идея добавить"): the query
analyser (``matching.query``) reads them as the question's frame. Kept with the other word
lists of ``bot.language`` so that the matcher holds no vocabulary.
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
