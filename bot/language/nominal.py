"""A formal noun standing for a question word: a memo's and a press release's nominal Russian.

"Какова численность подписанных соглашений" asks what "сколько подписано соглашений"
asks; "какова степень важности маршрута" what "насколько важен маршрут"; "какое место
занимают отношения" what "каковы отношения" (their standing, a description); "каков
потенциал роста товарооборота" what "каковы перспективы товарооборота" (a forecast). Each
formal noun — no word of any passage — weighed as the rarest word of the subject sank the
passage answering, or (``роста``) raised one that merely mentions growth. Read here:

* "численность" before a plural genitive ("численность соглашений", "численность
  подписанных …") is the count noun "количество" in the same case; before a singular ("
  численность рабочей группы") it is a headcount, and stays;
* "степень" before a quality noun in "-ость" ("степень важности / значимости") asks how
  much of the quality: the quality is asked ("важности"), "степень" dropped;
* "какое место занимает X" (any tense, either number) asks X's role: "какова роль";
* "потенциал роста X" is the room X has to grow, its prospects: "перспективы X"; a growth
  noun right after a forecast noun ("перспективы / прогноз роста товарооборота") is how the
  future of X is asked — the forecast tells the level reached, seldom the word "рост";
* "какие показатели приводятся по срокам", "каковы количественные параметры товарооборота":
  a report's nouns for the figures asked, read as "какие цифры" (the figures on the subject);
  "какие показатели / цифры по числу паромов" asks a count: "сколько паромов" (a passage
  naming ferries but no number of them is then no answer);
* a judgement received, a press release's passive: "какую оценку получил визит со стороны
  Ишмухамедова", "какая оценка дана уровню отношений", "какую характеристику получили
  отношения" ask what "как оценил визит Ишмухамедов", "как охарактеризовали отношения" ask —
  "со стороны" names the judge, no side of any talks;
* "какие договорённости достигнуты": the agreements made, what "какие подписаны" asks;
* a proposal put forward: "какая инициатива была выдвинута Ишмухамедовым", "какое
  предложение выдвинул эксперт" ask what "что предложил Ишмухамедов" asks; "в развитие
  формулы" beside a proposal is what it builds on ("о формуле"), no development of anything;
* the gist of a proposal: "в чём суть предложения Ишмухамедова о расширении формата", "в чём
  заключается инициатива эксперта" ask what "что предложил Ишмухамедов о …" asks (his
  passage proposing, and the deed the article says follows from it);
* "какие сферы были предметом обсуждения", "обозначены как предмет обсуждения": what was
  discussed, "какие сферы обсуждались"; after one verb of being ("что стало предметом
  переговоров") the verb in its number and gender, and the talks kept: "что обсуждалось на
  переговорах" (this module owns the noun; ``officialese`` only drops "на предмет X");
* "какой вывод был сделан о X": what was said of it, "что было сказано о X";
* "в какие категории активов требуются вложения": a kind noun asking where the money goes,
  "во что требуются вложения" (the kind's own genitive, "активов", no word of any passage);
* "в каком объёме требуются вложения": the verb between the amount and its noun read after
  it, "какой объём вложения требуются" — what is measured is the noun, not the verb.
"""

from __future__ import annotations

from bot.language.lexicon import FROM_SIDE, word_set
from bot.language.morphology import parse

# "численность" in each case, as the same case of the count noun "количество"
_HEADCOUNT_AS_COUNT = {
    "численность": "количество",
    "численности": "количества",
    "численностью": "количеством",
}
_DEGREE = word_set("степень степени степенью")
_QUALITY_ENDINGS = ("ости", "ость", "остью")
# "какое место занимает X": the standing of X, asked as its role
_WHICH_PLACE = word_set("какое каково")
_PLACE = "место"
_OCCUPIES = word_set(
    "занимает занимают занимал занимала занимало занимали занимать займет займут занимаем"
)
_ROLE_ASKED = ("какова", "роль")
# "какое место занимает Казахстан в торговле / по товарообороту / среди партнёров": a rank in
# a field, which the matcher reads as a ranking (``query._rank_at``), not a role
_IN_FIELD = word_set("по среди в во")
_FIELD_REACH = 4  # how far after the verb of holding the field's preposition may stand
# nouns asking the future of a thing (the forecast's), and the growth noun after them
_POTENTIAL = word_set("потенциал потенциала потенциале")
_PROSPECTS = "перспективы"
_FORECAST_HEADS = word_set(
    "перспектива перспективы перспектив перспективах прогноз прогноза прогнозы прогнозе "
    "потенциал потенциала потенциале"
)
_GROWTH = word_set("роста рост увеличения наращивания")
# "какие показатели", "каковы количественные параметры": the figures asked, "какие цифры"
_WHICH_FIGURES = word_set("какие каковы")
_MEASURED = word_set("количественные числовые цифровые")
_FIGURE_NOUNS = word_set("показатели параметры")
_FIGURES = "цифры"
# "какие показатели приводятся": the figures given, of which the passage is the giver —
# only after a figures noun ("какие данные статистики приводятся" asks for data the article
# does not give)
_CITED = word_set("приводятся приводится приводились")
_BY = "по"
_BY_COUNT = word_set("числу количеству численности")
_HOW_MANY = "сколько"
# "какую оценку получил", "какая оценка дана", "какую характеристику получили": the judging
# verb ("как оценил") in the receiving passive; "со стороны" then names the judge
_WHICH_JUDGEMENT = word_set("какую какая каковы какова какие")
_JUDGEMENTS = {
    "оценку": "оценил",
    "оценка": "оценил",
    "оценки": "оценил",
    "характеристику": "охарактеризовал",
    "характеристика": "охарактеризовал",
    "характеристики": "охарактеризовал",
}
_RECEIVED = word_set(
    "получил получила получило получили получает получают дана дан дано даны была было был были"
)
# the copula alone receives nothing: "какие оценки были высказаны" asks the judgements voiced
_COPULA = word_set("была было был были")
_HOW = "как"
# "договорённости достигнуты": made, as agreements are signed
_AGREEMENT_NOUNS = word_set(
    "договоренности договоренность договоренностей соглашения соглашение соглашений"
)
_REACHED = word_set("достигнуты достигнута достигнуто достигнут")
_SIGNED = "подписаны"
_AGREEMENT_REACH = 3
# "какая инициатива была выдвинута", "какое предложение выдвинул": what he proposed
_WHICH_PROPOSAL = word_set("какая какое какие каково какова каковы")
_PROPOSALS = word_set("инициатива инициативу инициативы предложение предложения идея идею идеи")
_PUT_FORWARD = word_set(
    "выдвинута выдвинуто выдвинуты выдвинут выдвинул выдвинула выдвинули выдвигает выдвигают "
    "была было были был"
)
_PROPOSED = ("что", "предложил")
_PROPOSING = word_set(
    "предложил предложила предложили предлагает предлагают предложение предложения "
    "предложению инициатива инициативы инициативу идея идеи идею"
)
# "были предметом обсуждения", "обозначены как предмет обсуждения": discussed
_SUBJECT_NOUNS = word_set("предмет предметом предметами предметы")
_OF_TALKS = word_set("обсуждения переговоров")
_BEING_SUBJECT = word_set(
    "были был была было являлись являлся являлась являлось стали стал стала становились "
    "обозначены обозначен обозначена названы назван как"
)
_DISCUSSED = "обсуждались"
# "был / стала / являлись предметом …": one verb of being, read as "обсуждаться" agreeing with it
_SUBJECT_AS = "предметом"
_DISCUSSED_AS = {
    be: discussed
    for discussed, forms in (
        ("обсуждался", "был стал являлся"),
        ("обсуждалась", "была стала являлась"),
        ("обсуждалось", "было стало являлось"),
        ("обсуждались", "были стали являлись"),
    )
    for be in forms.split()
}
# "предметом переговоров": discussed at the talks, the words the talks' passage says
_AT_TALKS = {"переговоров": ("на", "переговорах")}
# "какой вывод был сделан": what was said; "какие выводы делает эксперт": what the one
# drawing them, named after the active verb, said
_WHICH_CONCLUSION = word_set("какой какие каков каковы")
_CONCLUSIONS = word_set("вывод выводы")
_DRAWN = word_set("был были сделан сделаны")
_DRAWS = word_set("делает делают сделал сделала сделали")
_SAID_BY = ("что", "сказал")
_SAID = ("что", "было", "сказано")
# "в какие категории активов": into what
_INTO = word_set("в во")
_WHICH_INTO = word_set("какие какую")
_CATEGORIES = word_set("категории категорию статьи статью")
_INTO_WHAT = ("во", "что")
# "в каком объёме требуются вложения": the amount of the noun after the verb
_IN_WHAT_AMOUNT = ("в", "каком", "объеме")
_WHAT_AMOUNT = ("какой", "объем")
_PREDICATES = frozenset({"VERB", "PRTS", "ADJS", "PRED", "INFN"})
_AMOUNT_VERB_REACH = 2
# "в чём суть предложения", "в чём заключается инициатива": what was proposed
_IN_WHAT = ("в", "чем")
_GIST = word_set("суть смысл содержание")
_WHICH_GIST = _WHICH_PROPOSAL | word_set("какова каков")  # "какова суть предложения"
_PROPOSAL_NOUNS = word_set("предложение предложения инициатива инициативы идея идеи")
_BUILDING_ON = ("в", "развитие")
_ABOUT = "о"
# The words these readings key on, for the repairs to mend a slip in one to it ("каково место
# порведения", "какая инициатива была выдвниута"): no briefing writes the formal register's
# nouns, so the fuzzy search over its words cannot; read with a slip, the phrase is missed.
CUE_WORDS = frozenset(
    _DEGREE
    | _OCCUPIES
    | _POTENTIAL
    | _FORECAST_HEADS
    | _GROWTH
    | _MEASURED
    | _FIGURE_NOUNS
    | _CITED
    | _BY_COUNT
    | _JUDGEMENTS.keys()
    | _RECEIVED
    | _AGREEMENT_NOUNS
    | _REACHED
    | _PROPOSALS
    | _PUT_FORWARD
    | _PROPOSING
    | _SUBJECT_NOUNS
    | _OF_TALKS
    | _CONCLUSIONS
    | _DRAWN
    | _DRAWS
    | _CATEGORIES
    | _GIST
    | {_PLACE, _PROSPECTS, _FIGURES, *_IN_WHAT_AMOUNT, *_WHAT_AMOUNT}
)


def _proposal_put_forward(words: list[str], at: int) -> int:
    """How many words from ``at`` ask a proposal put forward ("какая инициатива была
    выдвинута", "какое предложение выдвинул"): read as "что предложил"; 0 when none do. A
    verb of putting forward is needed: "какая идея лежит в основе" asks the idea itself."""
    if words[at] not in _WHICH_PROPOSAL or at + 2 >= len(words):
        return 0
    if words[at + 1] not in _PROPOSALS:
        return 0
    end = at + 2
    while end < len(words) and words[end] in _PUT_FORWARD:
        end += 1
    put = any(w.startswith("выдвиг") or w.startswith("выдвин") for w in words[at + 2 : end])
    return end - at if put else 0


def _judgement_received(words: list[str], at: int) -> int:
    """How many words from ``at`` ask a judgement in the receiving passive ("какую оценку
    получил", "какая оценка была дана"): read as "как оценил"; 0 when none do."""
    if words[at] not in _WHICH_JUDGEMENT or at + 2 >= len(words):
        return 0
    if words[at + 1] not in _JUDGEMENTS:
        return 0
    end = at + 2
    while end < len(words) and words[end] in _RECEIVED:
        end += 1
    received = any(w not in _COPULA for w in words[at + 2 : end])
    return end - at if received else 0


def _figures_of_count(words: list[str], at: int) -> int:
    """How many words from ``at`` ask a count by its figures ("какие [количественные]
    показатели / цифры по числу"): read as "сколько"; 0 when none do."""
    end = at + 1
    if words[at] not in _WHICH_FIGURES:
        return 0
    if end < len(words) and words[end] in _MEASURED:
        end += 1
    if end >= len(words) or (words[end] not in _FIGURE_NOUNS and words[end] != _FIGURES):
        return 0
    end += 1
    if end < len(words) and words[end] in _CITED:
        end += 1
    if words[end : end + 1] != [_BY] or end + 1 >= len(words) or words[end + 1] not in _BY_COUNT:
        return 0
    return end + 2 - at


def plural_genitive(word: str) -> bool:
    """Is ``word`` read first as a plural genitive noun, adjective or participle ("соглашений",
    "подписанных") — what a count noun counts, not the body a headcount is of?"""
    parses = parse(word)
    if not parses:
        return False
    tag = parses[0].tag
    return tag.POS in {"NOUN", "ADJF", "PRTF"} and tag.case == "gent" and tag.number == "plur"


def _quality(word: str) -> bool:
    """A quality noun in "-ость" ("важности", "значимости"): what a degree is of."""
    return word.endswith(_QUALITY_ENDINGS) and any(p.tag.POS == "NOUN" for p in parse(word)[:2])


def _amount_of_noun(words: list[str], at: int) -> tuple[list[str], int]:
    """ "в каком объёме требуются вложения" from ``at``: the words read ("какой объём вложения
    требуются") and how many were read; ([], 0) unless a verb stands between the amount and
    its noun ("в каком объёме товарооборот" is plain already)."""
    if tuple(words[at : at + 3]) != _IN_WHAT_AMOUNT:
        return [], 0
    end = at + 3
    verbs: list[str] = []
    while end < len(words) and len(verbs) < _AMOUNT_VERB_REACH:
        parses = parse(words[end])
        if not parses or parses[0].tag.POS not in _PREDICATES:
            break
        verbs.append(words[end])
        end += 1
    parses = parse(words[end]) if end < len(words) else []
    if not verbs or not parses or parses[0].tag.POS != "NOUN":
        return [], 0
    return [*_WHAT_AMOUNT, words[end], *verbs], end + 1 - at


def _gist_of_proposal(words: list[str], at: int) -> int:
    """How many words from ``at`` ask the gist of a proposal ("[в чём] суть предложения", "в
    чём заключается инициатива", "каково содержание идеи"): read as "что предложил"; 0
    when none do."""
    in_what = tuple(words[at : at + 2]) == _IN_WHAT
    end = at + 2 if in_what else at
    if end < len(words) and words[end] in _GIST:
        end += 1
    elif not in_what:
        return 0  # "в чём заключается инициатива" comes as "в чём инициатива" (``bookish``)
    if end < len(words) and words[end] in _PROPOSAL_NOUNS:
        return end + 1 - at
    return 0


def _read_as_discussed(out: list[str], noun: str, talk: str) -> None:
    """Put "… предметом обсуждения / переговоров" into ``out`` as the verb "обсуждаться": right
    after one verb of being ("был", "стали", "являлось") that verb agreeing, and "на
    переговорах" after it when the talks are named (their passage says so); after any other
    run of the verbs of being the subject ("обозначены как предмет обсуждения") those words
    dropped and the plural "обсуждались"."""
    agreed = _DISCUSSED_AS.get(out[-1]) if out and noun == _SUBJECT_AS else None
    if agreed is not None:
        out[-1] = agreed  # "что стало предметом переговоров": what was discussed at them
        out.extend(_AT_TALKS.get(talk, ()))
        return
    while out and out[-1] in _BEING_SUBJECT:
        out.pop()  # "были / обозначены как": the verb of being the subject
    out.append(_DISCUSSED)


def plain_nominal(words: list[str]) -> list[str]:
    """The folded words of a question with its formal nouns read as the plain question (see
    the module's docstring); unchanged when none of them is in it."""
    out: list[str] = []
    judged = False
    proposing = any(w in _PROPOSING for w in words)
    at = 0
    while at < len(words):
        word = words[at]
        received = _judgement_received(words, at)
        if received:
            out.extend((_HOW, _JUDGEMENTS[words[at + 1]]))  # "какую оценку получил": как оценил
            judged = True
            at += received
            continue
        gist = _gist_of_proposal(words, at)
        if gist:
            if out and out[-1] in _WHICH_GIST:
                out.pop()  # "какова суть предложения": the gist asked
            out.extend(_PROPOSED)  # "в чём суть предложения": what he proposed
            proposing = True
            at += gist
            continue
        proposed = _proposal_put_forward(words, at)
        if proposed:
            out.extend(_PROPOSED)  # "какая инициатива была выдвинута": what he proposed
            proposing = True
            at += proposed
            continue
        if proposing and tuple(words[at : at + 2]) == _BUILDING_ON:
            out.append(_ABOUT)  # "предложил в развитие формулы": about the formula
            at += 2
            continue
        if (
            word in _WHICH_CONCLUSION
            and words[at + 1 : at + 2]
            and words[at + 1] in _CONCLUSIONS
            and words[at + 2 : at + 3]
            and words[at + 2] in _DRAWN | _DRAWS
        ):
            at += 2
            if words[at] in _DRAWS:
                at += 1
                out.extend(_SAID_BY)  # "какие выводы делает эксперт": what the expert said
                continue
            while at < len(words) and words[at] in _DRAWN:
                at += 1
            out.extend(_SAID)  # "какой вывод был сделан": what was said
            continue
        if (
            word in _INTO
            and words[at + 1 : at + 2]
            and words[at + 1] in _WHICH_INTO
            and words[at + 2 : at + 3]
            and words[at + 2] in _CATEGORIES
        ):
            at += 3
            if at < len(words) and plural_genitive(words[at]):
                at += 1  # "категории активов": the kind's own genitive
            out.extend(_INTO_WHAT)  # "в какие категории": into what
            continue
        amount, read = _amount_of_noun(words, at)
        if read:
            out.extend(amount)  # "в каком объёме требуются вложения": of the investment
            at += read
            continue
        if word in _SUBJECT_NOUNS and words[at + 1 : at + 2] and words[at + 1] in _OF_TALKS:
            _read_as_discussed(out, word, words[at + 1])  # "были предметом обсуждения"
            at += 2
            continue
        if judged and tuple(words[at : at + 2]) == FROM_SIDE:
            at += 2  # "со стороны Ишмухамедова": the judge
            continue
        if word in _REACHED and any(
            w in _AGREEMENT_NOUNS for w in words[max(0, at - _AGREEMENT_REACH) : at]
        ):
            out.append(_SIGNED)  # "какие договорённости достигнуты": signed
            at += 1
            continue
        following = words[at + 1] if at + 1 < len(words) else None
        after = words[at + 2] if at + 2 < len(words) else None
        counting = _figures_of_count(words, at)
        if counting:
            out.append(_HOW_MANY)  # "какие показатели по числу паромов": how many ferries
            at += counting
            continue
        if word in _HEADCOUNT_AS_COUNT and following is not None and plural_genitive(following):
            out.append(_HEADCOUNT_AS_COUNT[word])  # "численность соглашений": how many
        elif word in _DEGREE and following is not None and _quality(following):
            pass  # "степень важности": how important
        elif (
            word in _WHICH_PLACE
            and following == _PLACE
            and after in _OCCUPIES
            and not _IN_FIELD.intersection(words[at + 3 : at + 3 + _FIELD_REACH])
        ):
            out.extend(_ROLE_ASKED)  # "какое место занимают отношения": their role
            at += 3
            continue
        elif word in _POTENTIAL and following in _GROWTH:
            out.append(_PROSPECTS)  # "потенциал роста товарооборота": its prospects
            at += 2
            continue
        elif word in _FIGURE_NOUNS and out and out[-1] in _WHICH_FIGURES:
            out.append(_FIGURES)  # "какие показатели приводятся по срокам": which figures
        elif word in _CITED and out and out[-1] == _FIGURES:
            pass  # "какие показатели приводятся": which figures
        elif word in _MEASURED and out and out[-1] in _WHICH_FIGURES and following in _FIGURE_NOUNS:
            pass  # "каковы количественные параметры": the figures, which are numbers
        elif word in _GROWTH and out and out[-1] in _FORECAST_HEADS:
            pass  # "перспективы роста товарооборота": the future of the trade
        else:
            out.append(word)
        at += 1
    return out
