"""Kinds of facts: what a question asks for, and what a text states.

"Когда подписали соглашения?" asks for a date; "В рамках визита стороны подписали 15
соглашений" states a quantity but no date. Matching the subject alone would answer the first
with the second — a confident answer to a detail the article never gives. So both sides are
read for the kinds of facts involved: questions by their question words (in Russian and
English, after layout and transliteration repair), texts by the forms that carry each kind
(a day and a month, a number with a time unit, a currency, a place after a preposition, a
name, a causal connective, a verb in the future).

The detectors are deliberately plain and readable; a curator can add a kind the detector
misses with ``states:`` in the YAML, and ``briefbot check`` asks for looser evidence then.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from enum import StrEnum
from functools import lru_cache

from bot.language.changes import CHANGE_NOUN_STEMS, Change, asked_change, states_multiple
from bot.language.consequences import leading_connector
from bot.language.goals import is_need_word
from bot.language.keyboard import NEIGHBOURS, mistyped_key
from bot.language.lexicon import (
    COUNT_WORDS,
    EXPERT_LEMMAS,
    JUST_WORDS,
    SAY_WORDS,
    SPECIFYING_EN,
    SPECIFYING_RU,
    VIEW_WORDS,
    WHEN_WORDS,
    WHO_WORDS,
    is_stop,
    word_set,
)
from bot.language.money import asks_colloquial_price
from bot.language.morphology import (
    WORDS_REMEMBERED,
    english_stem,
    finite_of_slip,
    is_future_verb,
    is_known_russian,
    is_person_name,
    parse,
    russian_lemma,
    vowel_slip_of,
)
from bot.language.nominal import plural_genitive
from bot.language.numbers import NUMBER_WORDS, QUANTITY_STEMS
from bot.language.saying import DESCRIBING
from bot.language.text import fold, is_cyrillic, is_latin, tokens
from bot.patterns import lazy


class AnswerType(StrEnum):
    DATE = "date"  # когда, what date
    PLACE = "place"  # где, where
    DURATION = "duration"  # сколько длилось, how long
    MONEY = "money"  # сколько стоит, how much money
    QUANTITY = "quantity"  # сколько, how many
    PERSON = "person"  # кто, who
    REASON = "reason"  # почему, why
    FORECAST = "forecast"  # будет ли, what will happen
    STATEMENT = "statement"  # что сказал X, X's view
    FACT = "fact"  # anything else: what, which


# ------------------------------------------------------------------------- questions
_MONTHS_RU = tuple(
    word_set("января февраля марта апреля мая июня июля августа сентября октября ноября декабря")
)
_TIME_NOUNS = word_set(
    "день дня дней дни сутки суток неделю недели недель месяц месяца месяцев год года лет "
    "годы часов часа час минут времени срок сроки срока day days week weeks month months year "
    "years hour hours minute minutes time"
)
# English nouns of time "how much" asks the length of: counted units, as "how many" counts
# them, and "time" itself.
_PLURAL_TIME_NOUNS = word_set("days weeks months years hours minutes time")
# The nouns of time that make "сколько …" ask how long: a slip in one is mended as a question
# word's is (``frame_words``), so "za skolko dnei" asks for a duration.
TIME_NOUNS = _TIME_NOUNS
_LASTING = word_set(
    "длился длилась длилось длились длится длятся продлился продлилась продлилось продлятся "
    "продлится продлилось займет займут заняло занял заняла занимает занимают занимала "
    "занимало занимали last lasted take takes took"
)
# Money itself by its everyday nouns ("сколько денег", "в деньгах", "сколько бабок"): the kind
# of fact asked, a sum, as "сколько стоит" asks one — no thing a passage must name. A briefing
# writes its sums in currencies and never says "деньги", so the word set aside as the kind it
# asks does not sink the passage giving the sum (``Analyser``, where the briefing lacks it).
MONEY_NOUNS = word_set(
    "деньги денег деньгам деньгами деньгах деньжат бабки бабок бабла бабло баблом баблу"
    # "how much money is the trade every year": the sum asked, in English too
    " money"
)
_MONEY_WORDS = MONEY_NOUNS | word_set(
    "стоит стоят стоил стоила стоило стоили стоимость стоимости цена цену цены бюджет бюджета "
    "стоить сумма сумму суммы деньги денег обошелся обошлась обошлось обошлись обойдется "
    "обойдутся "
    "финансирование финансирования cost costs price budget money worth spend spent "
    # "в какой валюте", "in what currency": the sum's money
    "валюте валюта валюту currency currencies "
    # the trade's words for money spent: "capex figure for the railway", "what outlay is
    # needed", "капзатраты на модернизацию", "сколько затрат потребуется"
    "capex opex expenditure expenditures outlay outlays капзатраты капзатрат капзатратах "
    "капвложения капвложений затраты затрат затратах "
    # "сумма" in its other cases: "в какой сумме", "какой суммой", and "сумм", the form
    # "какая сумма" takes with its last letter dropped
    "сумме суммой сумм суммах суммами"
)
MONEY_WORDS = _MONEY_WORDS  # the words asking for a sum of money
# Verbs of putting a value on a thing, after "во сколько": "во сколько оценивают соглашения",
# "во сколько оценивается проект" ask its worth in money, as "во сколько обойдётся" asks a
# price. Alone ("как оценивают визит") they ask a judgement, and stay so.
_VALUING = word_set(
    "оценивают оценивает оценивается оцениваются оценивали оценивался оценивалась "
    "оценивались оценили оценил оценила оценят оценит оценен оценён оценена оценено оценены "
    "оценить оценивать"
)
# How many words after "во сколько" its verb of valuing may stand ("во сколько эксперты
# оценивают").
_VALUED_REACH = 3


def _valued_at(words: tuple[str, ...]) -> bool:
    """Does "во сколько" ask what a thing is valued at: a verb of valuing shortly after it
    ("во сколько оценивают подписанные соглашения")? "Во сколько раз" is a multiple."""
    return any(
        first in ("во", "в")
        and second == "сколько"
        and any(w in _VALUING for w in words[at + 2 : at + 2 + _VALUED_REACH])
        for at, (first, second) in enumerate(itertools.pairwise(words))
    )
# "total value", "общая стоимость": a sum of money (a bare "value" may be a significance);
# so are the formal "aggregate value", "cumulative value", "monetary value".
_SUM_VALUE = frozenset(
    (word, "value")
    for word in ("total", "combined", "overall", "aggregate", "cumulative", "monetary", "financial")
)
# Currencies and investments ask for money when counted ("сколько долларов", "how much
# investment", "the dollar value") — "когда товарооборот достигнет миллиарда долларов" and
# "what investments are needed" do not.
_CURRENCY_WORDS = word_set(
    "долларов доллара рублей тенге манатов евро баксов инвестиций вложений dollars dollar "
    # a currency by its code or in chat: "how much USD", "how many bucks"
    "usd eur euro euros bucks "
    "investment investments вложил вложила вложили вложит вложат инвестировал инвестировала "
    "инвестировали инвестирует инвестируют вложить инвестировать invest invested invests "
    # the verb in any tense: "how much is Azerbaijan investing", "сколько вкладывает Баку",
    # "how much will be spent / are they spending"
    "investing spending spends вкладывает вкладывают вкладывал вкладывали вкладывать "
    "инвестирует инвестировано вложено вложат "
    # "how much funding"; not "with proper funding", the condition of what is asked
    "funding"
)
# A figure asked in a currency ("value in dollars", "in dollar terms", "в долларах"): the
# sum of money, whatever noun names it ("the value", "the volume", "exports").
_IN_CURRENCY = word_set(
    "dollars dollar usd euros euro tenge manats manat rubles roubles долларах долларов евро "
    "тенге манатах рублях деньгах"
)


# Nouns of money put into something ("what amount of investment", "how big an investment"):
# the sum is asked when a noun of size heads them — not "what investments are needed", which
# asks what kinds.
_INVESTED = word_set("investment investments funding financing spending capital money")
# ... and in Russian, by lemma: "какой объём вложений", "в каком размере инвестиции".
_INVESTED_RU = word_set("инвестиция вложение капвложение финансирование")
_SIZE_NOUNS_RU = word_set("объём объем размер сумма масштаб")
# Nouns of a size right after the question word: "what AMOUNT of", "what LEVEL of", "what SUM of".
_SIZE_NOUNS = word_set("amount sum level size scale volume")
_HOW_BIG = word_set("big large")
_BEFORE_NOUN = word_set("a an the of")
_BE = word_set("is are was were")  # "how large IS the investment"


def sized_money(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask the size of money put in, by its head noun — "what amount of
    investment is required to cut delivery to 7–8 days", "what sum of investment is needed",
    "what level of funding", "how big an investment"? The sum is then the kind asked first,
    whatever time or count the rest of the question names (the delivery time is what the money
    is for). Not "what investments are needed" (what kinds) nor "what amount of cargo" (a
    quantity)."""
    for at, word in enumerate(words[:-1]):
        if word in _SIZE_NOUNS and at > 0 and words[at - 1] in _WHICH:
            rest = [w for w in words[at + 1 : at + 4] if w not in _BEFORE_NOUN]
        elif word == "how" and words[at + 1] in _HOW_BIG:
            rest = [w for w in words[at + 2 : at + 5] if w not in _BEFORE_NOUN | _BE]
        else:
            continue
        if rest[:1] and rest[0] in _INVESTED:
            return True
    # "в каком объёме требуются вложения", "какой размер инвестиций нужен": the size noun
    # after its question word, the money put in among the next words
    return any(
        at > 0
        and words[at - 1] in _WHICH
        and _lemma(word) in _SIZE_NOUNS_RU
        and any(_lemma(w) in _INVESTED_RU for w in words[at + 1 : at + 3])
        for at, word in enumerate(words[:-1])
    )


def _in_currency(pairs: set[tuple[str, str]]) -> bool:
    """Is a currency named as the unit the answer is to be given in ("in dollars", "в
    долларах")? An amount of money is asked even with no "how much" ("value in dollars of
    Kazakh energy exports")."""
    return any(a in _WITHIN and b in _IN_CURRENCY for a, b in pairs)


# Sums of money named by their noun or verb (lemmas, Russian and English stems): "какой
# товарооборот", "сколько Казахстан зарабатывает", "how much does it earn" ask for money, as a
# price does — when an amount of them is asked; "что будет с товарооборотом" asks no sum.
_MONEY_LEMMAS = word_set(
    "товарооборот выручка доход прибыль тариф плата зарплата пошлина налог "
    "зарабатывать заработать платить заплатить оплачивать оплатить тратить потратить "
    "наторговать наторговывать "
    "turnov revenu incom profit tariff fee earn pay paid"
)
# Verbs of going and staying: "сколько идёт паром", "сколько шли переговоры", "сколько едут
# грузы" ask how long, as "сколько длится" does (lemmas).
_GOING_LEMMAS = word_set(
    "идти ехать плыть лететь добираться добраться доходить дойти доезжать доехать доплыть "
    "долететь пробыть гостить продолжаться"
)
# Words between "сколько" and what it asks about: "сколько сейчас идут грузы".
_ADVERBS = word_set("сейчас обычно примерно всего же еще ещё будет будут now usually")
# Places a "which" question may name by their noun: "which ports", "какой аэропорт", "на какой
# верфи", "which sea" ask for a place (lemmas); a sea or a river is one, as a port is ("через
# Каспий" answers). Not a country, which is as often an actor ("какую страну предлагают
# добавить").
_PLACE_LEMMAS = word_set(
    "порт аэропорт верфь вокзал терминал город здание резиденция дворец погранпереход гавань "
    "причал море океан река озеро port harbour harbor airport shipyard termin station citi town "
    "build palac resid venu sea ocean river lake"
)
# Kinds of place the article names only by name: "через какое море" (Каспий), "энергобезопасность
# какого региона" (Южного Кавказа), "which sea", "to which region" (Central Asia). After a
# question word such a noun says what kind of name answers, not what the question is about —
# also when the briefing uses it elsewhere ("регион" of "всего региона"); and it asks for a
# place (lemmas, Russian and English stems).
_PLACE_KIND_LEMMAS = word_set(
    "регион море океан река озеро залив пролив территория континент город водоём водоем "
    "акватория region sea ocean river lake gulf strait territori contin citi "
    # "in which town did Tokayev speak": a town is named as a city is ("в Габале")
    "поселок село town villag"
)
# Bodies named by their name as places are: "депутат какого парламента" is answered by "Милли
# Меджлиса" — a name, though no place asked for.
_BODY_KIND_LEMMAS = word_set("парламент parliament")
# Those nouns as a relation's detail reads them (lemmas, and English as written): they name
# no relation of their own.
PLACE_KINDS = (
    _PLACE_KIND_LEMMAS
    | _BODY_KIND_LEMMAS
    | word_set(
        "seas oceans rivers lakes regions territory territories continent parliaments towns "
        "town villages village"
    )
)
# "прогноз", "forecast": a forecast asked for by its noun ("какой прогноз по экспорту").
_FORECAST_NOUNS = word_set(
    "прогноз прогноза прогнозу прогнозом прогнозе прогнозы прогнозов прогнозам прогнозами "
    "прогнозах forecast forecasts outlook projection projections prediction predictions "
    # "the projected volumes of exports": the amounts a projection gives
    "projected"
)
FORECAST_NOUNS = _FORECAST_NOUNS  # the nouns naming a forecast

# Words that ask what is to come without a future verb: "чего ожидать от коридора", "какие
# перспективы у коридора", "what to expect", "what are the prospects", "какой товарооборот
# ожидает эксперт"; and English "will" after a question word ("what will X lead to"), whose verb
# has no future form of its own. Like a future verb, they ask for a forecast when no other kind is
# asked ("сколько ожидается туристов" still asks how many).
_EXPECTING = word_set(
    "ожидать ожидается ожидаются ожидает ожидают ожидали ожидалось ждать ждет ждут ожидание "
    "ожидания ожиданий ожиданиям ожиданиями ожиданиях перспектива перспективы перспектив "
    "перспективах expect expects expected "
    # "на что рассчитывает Ишмухамедов", "на что надеются": what he counts on coming
    "рассчитывает рассчитывают рассчитывал рассчитывала рассчитывали надеется надеются "
    "надеялся надеялась надеялись "
    "expecting expectation expectations prospect prospects will "
    # "какое будущее Гусейнов предсказывает союзу", "what does he predict for the alliance"
    "предсказывает предсказывают предсказал предсказала предсказали прогнозирует "
    "прогнозируют прогнозировал прогнозировала прогнозировали predict predicts predicted "
    # "какой срок доставки обещают", "что сулит коридор": what is promised is what is to come
    "обещают обещает обещал обещала обещали сулит сулят сулил promise promises promised "
    "foresee foresees "
    # "what is anticipated for trade", "what do they anticipate"
    "anticipate anticipates anticipated anticipating "
    # "what is likely to happen with trade", "how is trade likely to develop"
    "likely"
)
EXPECTING_WORDS = _EXPECTING  # the words asking what is to come, a forecast, without a future
# Words that only say the kind of fact asked — a sum of money, a forecast — by name or by a
# verb of foreseeing ("how much MONEY", "какой товарооборот ПРОГНОЗИРУЮТ"): a briefing giving
# the sum or the forecast need not use them, so one it never uses leaves what is asked about
# to the question's other words (``Matcher._corroborated``).
KIND_ASKING_WORDS = MONEY_WORDS | FORECAST_NOUNS | EXPECTING_WORDS
# "следующая встреча", "the next summit": an event that has not happened; asking when it will
# be is asking for a forecast (not "в следующем году", a time).
_NEXT_WORDS = word_set(
    "следующий следующая следующее следующие следующего следующей следующем следующую "
    "следующих ближайший ближайшая ближайшее ближайшие ближайшего ближайшей ближайшую "
    "очередной очередная очередное очередные очередного очередной очередную next upcoming"
)
# "когда будет ответный визит": the visit paid back, an event yet to come after the one told
# of, asked by a verb of the event taking place — a forecast. "Когда Токаев нанесёт ответный
# визит", "поедет с ответным визитом" ask when a named person takes a step: a date.
_RETURN_WORDS = word_set("ответный ответная ответное ответные")
_TAKING_PLACE = word_set(
    "будет будут состоится состоятся пройдет пройдут произойдет произойдут ожидается"
)
_DATE_WORDS = WHEN_WORDS | {"дату", "даты"}
# A reporter asks when by the noun of a plan's dates: "what is the timeline for cutting
# delivery", "is there a deadline", "the schedule for the ferries" — a date (or the time a
# thing is due), which a target with no date ("можно сократить до 7–8 дней") does not give.
_SCHEDULE_NOUNS = word_set(
    "timeline timelines timeframe timeframes deadline deadlines schedule timetable timetables "
    "timescale timescales"
)


def schedule_heading(words: tuple[str, ...]) -> bool:
    """Do the words ask a time only by the noun of a plan's dates, no question word ("the
    timeline for the railway modernization", "schedule for the ferries")? Before a question
    of its own ("— how many years will it take?") such a heading names the time it asks, a
    length as well as a date."""
    kept = tuple(w for w in words if w not in _SCHEDULE_NOUNS)
    return len(kept) < len(words) and not asked_types(kept)


_DATE_PAIRS = frozenset(
    {
        ("какого", "числа"),
        ("какой", "день"),
        ("каком", "году"),
        ("какой", "год"),
        ("какому", "году"),
        ("каком", "месяце"),
        ("какого", "года"),
        ("what", "year"),
        ("which", "year"),
        ("what", "day"),
        ("what", "date"),
        ("which", "date"),
        ("which", "day"),
        ("what", "month"),
        ("which", "month"),
        ("until", "when"),
    }
)
# Nouns of the calendar and the "which" asking them, apart from the word order
# ``_DATE_PAIRS`` knows: spoken Russian puts the noun first ("а год какой был у визита") or a
# copula between ("какой был год визита", "число было какое").
_CALENDAR_NOUNS = word_set("год число день месяц")
_WHICH_NOMINATIVE = word_set("какой какое какая")
_COPULAS = word_set("был было была будет")
# "в год какой объём": "per year", a rate, not the year asked
_PER = word_set("в за на")
# "какое было число участников / подписанных соглашений": a count of what follows, no date
_COUNT_NOUN = "число"


def calendar_noun_apart(words: tuple[str, ...] | list[str]) -> str | None:
    """The calendar noun asked by a "which" after it ("год какой", "год был какой") or
    before it past a copula ("какой был год"), else None — "год" asks the year itself."""
    for at, word in enumerate(words):
        if word not in _CALENDAR_NOUNS or (at and words[at - 1] in _PER):
            continue
        if word == _COUNT_NOUN and at + 1 < len(words) and plural_genitive(words[at + 1]):
            continue
        after = words[at + 1 : at + 3]
        if after[:1] and after[0] in _WHICH_NOMINATIVE:
            return word
        if len(after) == 2 and after[0] in _COPULAS and after[1] in _WHICH_NOMINATIVE:
            return word
        if at >= 2 and words[at - 1] in _COPULAS and words[at - 2] in _WHICH_NOMINATIVE:
            return word
    return None


# "за какой период", "over what period": a stretch of time asked by its noun — of a figure,
# the unit of time it is given per ("400–500 миллионов долларов в год"), as "за какой срок".
PERIOD_NOUNS = word_set(
    "период периода периоду периодом периоде периоды периодов промежуток промежутка "
    "period periods timeframe timeframes"
)
# "на какой отрезок времени", "какой промежуток времени": a span named by a noun of a part
# and "времени" — a length of time, no place ("какой отрезок пути" is one).
_SPAN_NOUNS = word_set("отрезок отрезка отрезком отрезке промежуток промежутка промежутком")
_SPANS_OF_TIME = frozenset((noun, "времени") for noun in _SPAN_NOUNS)


def spans_time(words: tuple[str, ...] | list[str], at: int) -> bool:
    """Is the word at ``at`` a span of time's noun ("на какой ОТРЕЗОК времени")?"""
    return tuple(words[at : at + 2]) in _SPANS_OF_TIME


# "на какой срок заключены", "какие сроки доставки": a length of time, asked by its noun.
_GOING_TIMES = frozenset(
    (going, time)
    for going in (
        *("transit", "delivery", "travel", "journey", "shipping", "lead", "turnaround"),
        # "ferry crossing time", "sailing time", "voyage time": a crossing's length
        *("crossing", "sailing", "voyage", "transfer", "passage"),
    )
    for time in ("time", "times")
)
# "какова продолжительность визита", "длительность переговоров", "the duration of the visit":
# how long a thing lasts, asked by its noun as "сколько длился" asks it by its verb — never a
# date, which a passage telling only when the visit began gives.
_DURATION_NOUNS = word_set(
    "продолжительность продолжительности продолжительностью длительность длительности "
    "длительностью duration durations"
)
# "надолго ли Алиев приехал", "как надолго": for how long, asked by the adverb of a long time.
_FOR_LONG = word_set("надолго")
# "на какой (временной) горизонт", "в какой перспективе", "на какую перспективу": how far ahead
# a thing holds, a stretch of time to come asked by its noun — no place, though "на какой"
# asks one before most nouns; "временной", "временные рамки": the adjective of time before it.
_HORIZON_NOUNS = word_set(
    "горизонт горизонта горизонте горизонтом горизонты горизонтов перспективу перспективе "
    "horizon horizons"
)
# The nouns naming a length of time as the thing asked: no detail of what is asked about.
DURATION_NOUNS = _DURATION_NOUNS | word_set("горизонт горизонты")
_OF_TIME = word_set(
    "временной временный временная временную временного временном временные временных временными"
)


def horizon_noun(words: tuple[str, ...] | list[str], at: int) -> bool:
    """Is the word at ``at`` a noun of a stretch of time to come right after a question word,
    an adjective of time between ("на какой временной ГОРИЗОНТ", "в какой ПЕРСПЕКТИВЕ")? How
    the question asks — a passage saying "в ближайшие годы" names no horizon — and a length
    of time asked, not a place."""
    if words[at] not in _HORIZON_NOUNS:
        return False
    before = at - 1
    if before > 0 and (words[before] in _OF_TIME or words[before] == "time"):
        before -= 1  # "what TIME horizon"
    return before >= 0 and words[before] in _WHICH


def asks_for_horizon(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask a horizon by its noun ("на какой временной горизонт", "what
    time horizon")? A horizon lies ahead: the question asks of what is to come, though no
    verb of it is in the future ("на какой горизонт союз определяет реалии")."""
    words = tuple(words)
    return any(horizon_noun(words, at) for at in range(len(words)))


_DURATION_PAIRS = _SPANS_OF_TIME | frozenset(
    {("какой", "срок"), ("какие", "сроки"), ("каким", "сроком"), ("какого", "срока")}
    # the predicative of the formal register: "каков срок", "каковы сроки реализации"
    | {("каков", "срок"), ("каковы", "сроки")}
    | {
        (which, noun)
        for which in ("какой", "какие", "каким", "какого", "what", "which")
        for noun in PERIOD_NOUNS
    }
    # "the target transit time", "delivery times now": a time of going is a length of time
    | _GOING_TIMES
)
_PLACE_WORDS = word_set("где куда откуда where venue location")
_PLACE_NOUNS = word_set(
    "городе город стране страну месте место аэропорту аэропорт регионе регион площадке "
    "погранпереход погранпереходе пункте территории страны странах города городах city country "
    "countries place airport region "
    # the formal register's country: "через какое государство идут энергоресурсы"
    "государство государстве государства государствах"
)
_WHICH = word_set("каком какой какую какие каких какого какому какими какое какая which what")
INTERROGATIVES = _WHICH
# "при каком условии", "каковы условия сокращения сроков", "on what condition": what a thing
# needs or waits on, which a passage tells by its own frame ("при должных инвестициях", "для
# этого нужны вложения", "если …") without the noun — the kind of answer, no word of the
# subject a passage must hold.
CONDITION_NOUNS = word_set(
    "условие условия условий условию условием условии условиям условиями условиях "
    "предпосылка предпосылки предпосылок предпосылкой "
    "condition conditions prerequisite prerequisites precondition preconditions"
)


# Words saying a thing may come about: "можно сократить", "может вырасти", "could be cut"
# (wider than ``_POSSIBLE``, which asks when a thing may come to be).
_MAY_COME = word_set(
    "можно может могут сможет смогут удастся возможно can could may might will would possible"
)


def asks_condition(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask a condition by its noun ("при каком условии", "каковы условия
    сокращения сроков", "on what condition can trade grow")? Only a passage telling what a
    goal takes answers it (``goals``). The noun asks one only of what may come about
    (``_comes_about``): "каковы условия торговли", "условия доставки грузов" ask the terms a
    thing runs on, which no goal's passage gives."""
    return any(word in CONDITION_NOUNS for word in words) and _comes_about(words)


def _comes_about(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question name a thing that may come about — a change ("сокращения", "роста",
    "вырастет"), a thing to come (a future verb: "будут строить"), one possible ("можно",
    "could") or needed ("какие условия нужны для …")?"""
    return any(
        word in _MAY_COME
        or changes_amount(word)
        or word.startswith(CHANGE_NOUN_STEMS)
        or is_need_word(word)
        or is_future_verb(word)
        for word in words
    )


# Nouns that only say what kind of answer is wanted: "в каком городе" is answered by a name.
GENERIC_DETAILS = (
    word_set(
        "город городе города страна стране страну страны место месте день году год число числа "
        "меры мера сферы сфера темы тема вопросы вопрос направления направление проекты шаги "
        "инициативы инициатива инициативу инициатив initiative initiatives "
        "аспекты пункты идеи цифры море моря морю морем океан океана река реки озеро озера "
        "city country countries place day year date number measures areas topics issues steps "
        "projects figures sea seas ocean river rivers lake "
        "валюте валюта валюту currency currencies "
        # the lemmas of those a question puts in any case ("в каких областях", "по каким сферам")
        "область отрасль сфера направление тема вопрос мера проект шаг аспект пункт идея "
        "area field sector sphere domain fields sectors spheres domains "
        # a step proposed, as news calls it: "какие инициативы по автоперевозкам" asks the
        # steps themselves, as "какие меры" does — the passage naming them answers
        "инициатива инициативы initiative initiatives "
        # things at large: "какие вещи надо модернизировать" asks what, as "что" does
        "вещь вещи вещей вещами штука штуки штук thing things "
        # where something was published: its name answers ("в сети X", "on X")
        "платформа платформе платформу платформы соцсеть соцсети сайт сайте "
        "канал канале platform platforms network site website channel "
        # "на какой площадке": the platform or the venue, which its name answers
        "площадка площадке площадку площадки ресурс ресурсе venue "
        # "для какой акватории нужны паромы": the water, which its name answers ("через
        # Каспий"), as "какое море" asks
        "акватория акватории акваторию"
    )
    | PERIOD_NOUNS
)  # "за какой период": the unit of time a figure is given per answers


def generic_detail(word: str, lemma: str, words: tuple[str, ...] | list[str]) -> bool:
    """Does the word (or its lemma) only say what kind of answer the question wants
    (``GENERIC_DETAILS``)? A condition's noun (``CONDITION_NOUNS``, kept out of that set) does
    so only where a condition is asked (``asks_condition``): in "каковы условия торговли" it
    is the terms asked about, a word of the subject the article may lack."""
    if word in CONDITION_NOUNS or lemma in CONDITION_NOUNS:
        return asks_condition(words)
    return word in GENERIC_DETAILS or lemma in GENERIC_DETAILS


# Nouns naming a kind of the thing asked about ("какой статус у визита", "the nature of the
# talks"): the word qualifying that thing answers ("государственным визитом").
KIND_NOUNS = word_set(
    "статус статуса тип типа характер характера формат формата разновидность status format nature"
)
# "каковы ожидания по товарообороту", "what are the expectations for trade": a forecast asked
# by another noun than "прогноз" — which, unlike it, a trend or an effect to come answers.
EXPECTATION_NOUNS = word_set(
    "ожидания ожиданий ожидание ожиданиях ожиданиям expectation expectations"
)
# Nouns that only say which kind of fact is wanted ("в будущем", "дата визита"): part of how
# the question is asked, not of what it is about.
CUE_NOUNS = (
    word_set(
        "будущем будущее перспективе прогноз прогнозы длился длилась длилось "
        "длились продлился продлилась продлилось future forecast long lasted"
    )
    | word_set(
        # "по прогнозу эксперта", "в прогнозах": the noun in any case
        "прогноза прогнозу прогнозом прогнозе прогнозов прогнозам прогнозами прогнозах"
    )
    | EXPECTATION_NOUNS
    # "Middle Corridor outlook", "export projections", "projected volumes": a forecast asked
    # by its noun or participle (``looks_ahead``), no word of the subject
    | word_set("forecasts outlook outlooks projection projections projected prediction predictions")
    # "продолжительность визита", "на какой временной горизонт": a length of time asked by
    # its noun, which a passage giving it ("три дня", "в ближайшие годы") need not hold
    | _DURATION_NOUNS
    | _HORIZON_NOUNS
    | _OF_TIME
    | _FOR_LONG
)


def looks_ahead(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask of what is to come by a verb of expecting or predicting, or by
    the noun "будущее" ("на какой срок Гусейнов прогнозирует союз"), with no future verb?"""
    return any(w in _EXPECTING for w in words) or _future_named(words)


def duration_noun(words: tuple[str, ...] | list[str], at: int) -> bool:
    """Is the word at ``at`` the noun of a "какой срок" asking how long ("на какой срок
    Гусейнов прогнозирует союз"), a word of "over what time frame", or its preposition? How
    the question asks, never a word of its subject: the passage giving "в ближайшие годы"
    says no "срок", no "time frame"."""
    words = tuple(words)
    if at > 0 and words[at - 1] in _WHICH and (words[at - 1], words[at]) in _DURATION_PAIRS:
        return True
    if horizon_noun(words, at):
        return True  # "на какой временной горизонт"
    if words[at] in _FRAME_PREPOSITIONS and words[at + 1 : at + 2] and words[at + 1] in _WHICH:
        return _time_frame_at(words, at + 2)  # "OVER what time frame"
    return _time_frame_at(words, at) or _time_frame_at(words, at - 1)


# "what time frame", "which time span", "what time horizon": a stretch of time asked by a
# noun of two words (one word, "timeframe", is a ``PERIOD_NOUNS``); and the prepositions
# before the question word ("over what time frame", "within which period").
_FRAME_NOUNS = word_set("frame frames span spans horizon horizons period periods")
_FRAME_PREPOSITIONS = word_set("over within in for during")


def _time_frame_at(words: tuple[str, ...], at: int) -> bool:
    """Is there "time" + a frame noun at ``at``, right after a question word? ("what TIME
    frame")"""
    return (
        0 < at < len(words) - 1
        and words[at - 1] in _WHICH
        and words[at] == "time"
        and words[at + 1] in _FRAME_NOUNS
    )


def lasting_cues(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of the verbs of lasting in a question asking how long ("how long did the
    visit LAST", "how long will it TAKE"): part of how it asks, not of what it is about —
    like "длился", kept out of the words the answer must explain when the briefing never
    uses them (an unknown "last" weighs against the very entry on the visit). Not "last
    year", a time."""
    words = tuple(words)
    found = frozenset(
        at
        for at, word in enumerate(words)
        if (word in _LASTING and not _names_a_time(words, at)) or word in _GOING_ON
    )
    # Only then what the question asks: most questions have no such verb, and reading every
    # reading's kinds just to learn so was a fifth of a question's analysis.
    if not found or AnswerType.DURATION not in asked_types(words):
        return frozenset()
    return found


# "сколько продолжался визит": going on, asked how long — a verb of lasting only where the
# question asks a length ("как продолжается сотрудничество" asks how it goes, no length).
_GOING_ON = word_set(
    "продолжался продолжалась продолжалось продолжались продолжается продолжаются продолжится "
    "продолжатся"
)
# "сколько времени", "how much time": time itself counted, the kind of amount asked.
_TIME_ITSELF = word_set("времени time")


def time_counted(words: tuple[str, ...] | list[str], at: int) -> bool:
    """Is the word at ``at`` time itself after a count word ("сколько ВРЕМЕНИ длился визит",
    "how much TIME")? With a verb of lasting, how the question asks a length — no word of
    what lasted, though the briefing says "время" of the delivery: weighed as one, it drew
    the delivery time to a question of how long the visit was."""
    return words[at] in _TIME_ITSELF and at > 0 and words[at - 1] in _COUNT_WORDS


# An amount of time after a verb of lasting: "визит длился несколько дней?", "продлится ли
# союз много лет", "the visit lasted three days?" — the length checked is the kind asked.
_AMOUNT_WORDS = word_set("несколько пару пара много немного сколько few several many couple")
_LASTING_REACH = 3  # words from the verb to the noun of time ("длился всего три дня")


# The verbs of lasting proper, not of taking ("доставка займёт 7–8 дней?" checks the figure a
# passage foresees, which is read as it stands).
_LASTED = _GOING_ON | word_set(
    "длился длилась длилось длились длится длятся продлился продлилась продлилось продлятся "
    "продлится last lasted lasts"
)


def _lasting_for(words: tuple[str, ...], at: int) -> bool:
    """Is the word at ``at`` a verb of lasting followed by an amount of time ("длился
    несколько дней", "lasted 3 days")? A length put up for checking is a length asked,
    which a date of the thing does not give."""
    if words[at] not in _LASTED:
        return False
    ahead = words[at + 1 : at + 1 + _LASTING_REACH]
    return any(
        (amount in _AMOUNT_WORDS or amount in NUMBER_WORDS or amount[:1].isdigit())
        and noun in _TIME_NOUNS
        for amount, noun in itertools.pairwise(ahead)
    )


# Fillers between a question word and its noun: "в какие именно страны".
_FILLERS = word_set("именно конкретно же точно exactly specifically")
# Nouns after "в каком …" that are not places: "в каком объёме", "в каком формате".
_NOT_PLACES = word_set(
    "объеме размере количестве качестве формате виде смысле порядке статусе цене цену цены "
    "валюте currency "
    # "в каком ключе", "в каком русле", "в каком духе развиваются переговоры": a manner
    "ключе русле духе тоне темпе режиме ракурсе свете "
    # "from what level to what level", "to what extent", "in what way", "at what rate": an
    # amount, a degree, a manner — no place
    "level levels extent degree way ways rate rates amount amounts sum sums figure figures "
    "volume volumes size scale value values price cost stage stages area areas sphere spheres "
    "field fields sector sectors format capacity role number numbers point percent mark "
    # "from what kind of relationship to what": a sort of thing, no place
    "kind kinds sort sorts type types "
    # "in what language did they talk": a language, a fact of the talks — no place
    "language languages"
)
# Abstract nouns after "в/на какой": "на какую сумму", "на какой уровень", "в каких сферах",
# "на каком этапе", "на каких принципах" ask for an amount, a level, areas — not a place.
_NOT_PLACE_STEMS = (
    "сумм",
    "уров",
    "сфер",
    "област",
    "отрасл",
    "направлени",
    "этап",
    "стади",
    "принцип",
    "основ",
    "услови",
    "рамк",
    "случа",
    "степен",
    # a state of things: "в каком состоянии находится инфраструктура", "в каком положении"
    "состояни",
    "положени",
    # a figure reached or turned into: "на какие цифры выйдет торговля", "в какую цифру
    # превратилась формула", "на какую отметку", "на какой показатель" — an amount
    "цифр",
    "показател",
    "отметк",
    "величин",
    "объем",
    # bodies people belong to: "в какой группе состоит", "в какой организации"
    "групп",
    "организаци",
    "комисси",
    "парти",
    "структур",
    "объединени",
    "альянс",
    "союз",
    # events: "на каком мероприятии выступал", "на каком форуме" ask what the occasion was
    "мероприяти",
    "форум",
    "саммит",
    "конференци",
    "церемони",
    # "на каком языке вели переговоры": a language, a fact of the talks — no place
    "язык",
)
# "какие меры", "в какой мере": the stem "мер" alone would take "на каком мероприятии" too.
_MEASURE_FORMS = word_set("мера меры мере меру мерой мер мерам мерами мерах")
_PERSON_WORDS = word_set(
    "кто кого кому кем чей чья чье чью чьи чьим чьей чьих чьего чьему who whom whose whos"
)
# People named by their office: "какие министры подписали" asks for people as "кто" does —
# people holding that office, so a text naming somebody else does not answer it. Each form
# maps to the Russian lemma a text naming such a person would hold.
_OFFICES = {
    **dict.fromkeys(("министр", "министры", "министра", "министров"), "министр"),
    **dict.fromkeys(("minister", "ministers"), "министр"),
    **dict.fromkeys(("чиновник", "чиновники", "чиновников"), "чиновник"),
    **dict.fromkeys(("official", "officials"), "чиновник"),
    **dict.fromkeys(("официальные", "официальных", "официальное", "официальный"), "официальный"),
    **dict.fromkeys(("представитель", "представители", "представителей"), "представитель"),
    **dict.fromkeys(("representative", "representatives"), "представитель"),
    **dict.fromkeys(("глава", "главы"), "глава"),
    **dict.fromkeys(("руководитель", "руководители", "руководителей"), "руководитель"),
}


def asked_office(words: tuple[str, ...]) -> str | None:
    """ "какие министры…", "which officials…": the office whose holders are asked for (the
    lemma a text naming one would hold), or None."""
    for before, word in itertools.pairwise(words):
        if before in _WHICH and word in _OFFICES:
            return _OFFICES[word]
    for at, word in enumerate(words):
        if word in _HEADS_OF_BODY and _who_is_before(words, at):
            return _HEADS_OF_BODY[word]
    return None


# "кто (является) руководителем / председателем группы": the holder of the office is asked,
# as by "какие руководители" — a text naming a member of the body does not name its head.
# (Not "глава": "кто глава Азербайджана" is the head of state, ``periphrasis``.)
_HEADS_OF_BODY = {
    **dict.fromkeys(("руководитель", "руководителем"), "руководитель"),
    **dict.fromkeys(("председатель", "председателем"), "председатель"),
}
_WHO_IS = word_set("является являлся являлась был была стал стала")


def _who_is_before(words: tuple[str, ...], at: int) -> bool:
    """Is "кто" right before ``at``, or with the formal copula between ("кто является")?"""
    return (at >= 1 and words[at - 1] == "кто") or (
        at >= 2 and words[at - 1] in _WHO_IS and words[at - 2] == "кто"
    )


# Nouns of the people an article quotes: "which expert suggested …", "какой политолог
# предложил …" ask who, as "кто" does — the speaker answers.
def speaker_noun(word: str) -> bool:
    """Is the folded word one naming the article's speakers as such ("эксперты", "analyst")?"""
    return word in _SPEAKER_NOUNS


_SPEAKER_NOUNS = word_set(
    "эксперт эксперты эксперта экспертов политолог политологи политолога аналитик аналитики "
    "expert experts analyst analysts commentator commentators"
)


def _asks_which_speaker(words: tuple[str, ...]) -> bool:
    """ "which expert proposed adding Turkey", "which of the experts addressed the
    declaration": one of the people quoted is asked for."""
    return any(a in _WHICH and b in _SPEAKER_NOUNS for a, b in itertools.pairwise(words)) or any(
        a in _WHICH and (b, c) == ("of", "the") and d in _SPEAKER_NOUNS
        for a, b, c, d in zip(words, words[1:], words[2:], words[3:], strict=False)
    )


_REASON_WORDS = word_set("почему зачем отчего why")
# Participles of a state of things and its cause: "связаны", "вызван", "обусловлено".
_TIED = word_set("связан связана связано связаны")
_CAUSED_FORMS = word_set(
    "вызван вызвана вызвано вызваны обусловлен обусловлена обусловлено обусловлены"
)
# The formal register's participles of a motive ("чем мотивировано предложение", "чем
# продиктована необходимость"): a reason asked, as "чем объясняется" asks it — an aim
# answers it too, unlike a cause (``_CAUSED_FORMS``).
_MOTIVATED = word_set(
    "продиктован продиктована продиктовано продиктованы мотивирован мотивирована "
    "мотивировано мотивированы"
)
_REASON_PAIRS = frozenset(
    {
        ("какой", "причине"),
        ("какой", "целью"),
        # "s kakoy celyu", "с какой целю": the soft sign a transliteration or a slip drops
        ("какой", "целю"),
        ("каких", "целях"),
        # "ради чего", "по каким причинам", "с какой стати", "на каком основании": a reason or
        # an aim asked, as "зачем" asks it
        ("ради", "чего"),
        ("каким", "причинам"),
        # "в силу каких причин", "из-за каких причин": the genitive after a preposition
        ("каких", "причин"),
        ("какой", "стати"),
        ("каком", "основании"),
        # "how come", "what prompted / motivated / drives it": a reason asked in English
        ("how", "come"),
        ("what", "prompted"),
        ("what", "motivated"),
        ("what", "drives"),
        ("what", "drove"),
        ("для", "чего"),
        ("what", "for"),
        ("what", "reason"),
        ("which", "reason"),
        ("what", "caused"),
        ("what", "causes"),
        ("из-за", "чего"),
        # "с чем связаны барьеры", "чем вызван рост": what a state of things is due to
        *(("чем", w) for w in _TIED | _CAUSED_FORMS | _MOTIVATED),
    }
)
# The pairs of words that only ask a reason ("по какой ПРИЧИНЕ", "на каком ОСНОВАНИИ", "с
# какой СТАТИ"): words of no subject, which a passage need not hold.
_ASKING_PAIRS = frozenset(
    {
        ("какой", "причине"),
        ("каким", "причинам"),
        ("каких", "причин"),
        ("какой", "целью"),
        ("какой", "целю"),
        ("каких", "целях"),
        ("какой", "стати"),
        ("каком", "основании"),
        ("ради", "чего"),
    }
)
# "what was the reason for …", "какова причина …", "в чём причина": the reason asked by its
# noun, after a question word, as "why" asks it.
_REASON_NOUNS = word_set(
    "reason reasons reasoning rationale purpose причина причины причину причиной причин смысл"
    # a reporter's words for it: "on what grounds", "what is the motive", "what justification
    # does he give"
    " grounds ground motive motives motivation justification"
    # "what's the logic behind number 7", "the thinking behind it"
    " logic"
    # "какие аргументы у Ишмухамедова", "what arguments does he give": the case he makes for
    # a thing is his reason for it
    " аргумент аргументы аргументов аргументами аргументах довод доводы доводов доводами"
    " argument arguments"
    # "каково обоснование включения Турции": the case made for it
    " обоснование обоснования"
)
# "какова цель регистрации", "в чём назначение паромов": the aim of a thing asked by its noun,
# as "зачем" asks it — only with the thing after it in the genitive ("какова цель ПО
# товарообороту" is the figure aimed at, a forecast).
PURPOSE_NOUNS = word_set("цель цели назначение назначения")
# "on what basis", "on which basis": a reason asked — but "basis" alone is a foundation
# ("the basis of a new Eurasian architecture"), so only after "on" and a question word.
_ON_BASIS = word_set("basis bases")
# "on which grounds", "what reasons": the kind asked (a reason), no detail a passage must name
REASON_NOUNS = _REASON_NOUNS | _ON_BASIS
# Verbs asking for a cause after "чем": "чем объясняется интерес", "чем X объясняет …",
# "чем обусловлено", "чем вызваны барьеры"; after "с чем" also "связан" ("с чем связан
# рост" — "чем связаны Баку и Астана" asks what ties them, no cause).
# "чем Ишмухамедов обосновывает идею": justifying is explaining why — the reason is asked,
# in his words.
_JUSTIFIES = word_set(
    "обосновывает обосновывают обосновывал обосновывала обосновывали обосновал обосновала "
    "обосновали аргументирует аргументируют аргументировал аргументировала мотивирует "
    "мотивировал"
    # "чем обосновано предложение": what it is justified by
    " обоснован обоснована обосновано обоснованы"
    # "каким образом обосновывается включение Турции": a report's passive of it
    " обосновывается обосновываются"
)
_CAUSE_VERBS = (
    word_set("объясняется объясняются объяснить объясняет объясняют объяснил объяснила объясняли")
    | _CAUSED_FORMS
    | _MOTIVATED
    | _JUSTIFIES
)
# "what explains …", "what accounts for …" (right after "what"); "what is/lies behind …".
_ENGLISH_CAUSE = word_set("explains accounts")
_BEHIND = word_set("is lies lay was are")
_FRAME_SCOPE = 4  # how far after "чем" the verb of a frame may stand
_COUNT_WORDS = (
    (COUNT_WORDS - {"how", "much"})
    | {"количество", "число", "объем"}
    # "численность рабочей группы": how many people it holds
    | word_set("численность численности численностью")
)
# "how many wagons", "number of wagons", "the amount of oil": a quantity asked.
_COUNT_PAIRS = frozenset(
    {
        ("how", "many"),
        ("number", "of"),
        ("amount", "of"),
        ("volume", "of"),  # "the volume of Kazakh oil shipped", as "какой объём нефти"
        ("count", "of"),
        ("tally", "of"),
    }
)
_WILL_WORDS = word_set("will would likely")  # "is Turkey likely to join": whether it will
# The auxiliaries an English yes-or-no question opens with ("do they think …", "is it …").
_YES_NO = word_set("do does did is are was were")
# "во сколько раз", "на сколько процентов": a ratio, not a count of things the entry must name.
# Signed papers are counted under any of their names: "сколько документов подписали" counts
# the "15 соглашений" (lemmas, Russian and English stems).
DOCUMENT_LEMMAS = word_set(
    "документ соглашение договор меморандум договоренность договорённость document agreement "
    "treati memorandum memoranda"
)
RATIO_WORDS = word_set("раз раза процент процентов процента time times percent")
# Words that put a question in the future besides future verbs ("следующая встреча").
# Expecting and predicting look ahead as "будет" does: "какой объём торговли ожидает
# Ишмухамедов" asks the amount he foresees, not today's.
FUTURE_WORDS = word_set(
    "будет будут следующий следующая следующее следующие ближайшая next will "
    "ожидает ожидают ожидается ожидаются прогнозирует прогнозируют прогнозируется "
    "обещают обещает обещается сулит сулят "
    "expects predicts"
)
# Verbs of claiming: "почему X называет/считает/предлагает …" asks for X's reasoning.
_CLAIMS = word_set(
    "называет назвал назвала считает считают полагает предлагает предложил подчеркивает "
    "говорит утверждает calls called call thinks think suggests suggest proposes propose "
    "wants want says claims believes according"
)
# "чем X объясняет …": the reason as somebody gives it, in his words.
_EXPLAINS = word_set("объясняет объясняют объяснил объяснила объясняли") | _JUSTIFIES
_IN = word_set("в во на через из in at through from")
# A question at all: a future verb alone ("добавить" mistyped as "добавит") asks for nothing.
# "какова длина коридора", "what is the length": a measure is a quantity with its unit. (A
# capacity, "грузоподъёмность", is read as a detail of the thing, as reviewers label it.)
MEASURES = word_set(
    "длина длину длиной протяженность протяженностью расстояние ширина высота глубина вес "
    "площадь length distance width height depth"
)
WHAT_IS = word_set("каков какова каково каковы is")
_WHAT_OBLIQUE = word_set("чего чему")
_ASKING = word_set("что как какой какая какое какие каким ли чем what how which")
ASKING = _ASKING  # words that make a message ask something ("что", "how")
# Question words worth repairing when mistyped: the ones that decide the kind asked.
_CUE_LIST = sorted(
    word
    for word in _DATE_WORDS
    | _PLACE_WORDS
    | _PERSON_WORDS
    | _REASON_WORDS
    | _COUNT_WORDS
    | _LASTING
    | _DURATION_NOUNS
    | _FOR_LONG
    if is_cyrillic(word)
)
_CUES = frozenset(_CUE_LIST)
# Question words one slip from a cue that ask no kind of their own: "насколко редки" (its ь
# dropped by transliteration) is "насколько", a degree, not the "сколько" of a count.
_NEAR_CUES = word_set("насколько")
_SHORTEST_FUZZY_CUE = 4  # letters: a shorter mistyped question word only by a key slip
_SHORTEST_TRANSLIT_SLIP = 3  # "gdr": "где"; a shorter Latin word is too often another
# The nouns asking how many ("какое количество паромов", "численность делегации").
_COUNT_NOUNS = word_set(
    "количество количества количеству количеством численность численности численностью"
)
# The words besides the question words deciding the kind asked, for a sum ("сколько стоит",
# "какая сумма"), a reason ("по какой причине") or a count ("какое количество"): mistyped
# ("стот", "суммв", "причмне", "количествш"), they ask as typed right, not for a count or a
# bare fact. No shorter one: "цена" a key off is as likely another word.
_KIND_DECIDING = frozenset(
    word
    for word in _MONEY_WORDS | _REASON_NOUNS | {"причине"} | _COUNT_NOUNS
    if is_cyrillic(word) and len(word) > _SHORTEST_FUZZY_CUE
)
_KIND_DECIDING_LIST = sorted(_KIND_DECIDING)
_SLIP_TARGETS = sorted(_CUES | _NEAR_CUES)
# The letters the question words are written with: those a word typed short may lack.
_CUE_LETTERS = frozenset("".join(_CUES))
# The words deciding the kind asked, by the kind: a slip that may be either of two words
# of one kind asks that kind all the same ("стот": "стоит" or "стоят").
_KINDS_OF_WORDS = (
    _DATE_WORDS,
    _PLACE_WORDS,
    _PERSON_WORDS,
    _REASON_WORDS | _REASON_NOUNS | {"причине"},
    _COUNT_WORDS | _COUNT_NOUNS,
    _LASTING | _DURATION_NOUNS | _FOR_LONG,
    _MONEY_WORDS,
)
_TRANSLIT_TARGETS = sorted(w for w in _CUES | _KIND_DECIDING if len(w) >= _SHORTEST_TRANSLIT_SLIP)


_THAT = word_set("что that")


def own_clause(words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The question's own words, without the words it reports: in "кто сказал, что Баку и
    Астана сыграют ключевую роль" the future belongs to what was said, while the question asks
    about a past saying — its answer is who said it, not a forecast."""
    for at in range(1, len(words) - 1):
        if words[at] in _THAT and words[at - 1] in SAY_WORDS:
            return tuple(words[:at])
    return tuple(words)


# Words that ask before a "когда" that then only opens a clause of time ("где выступал
# Токаев, когда был в Азербайджане"), and those that join a second question to the first
# ("где и когда", "what and when").
_ASKED_BEFORE = word_set(
    "где куда откуда почему зачем кто кого кому что чего чему как какой какая какое какие "
    "каким каких какую каком какого какому какими сколько where why who whom what which how"
)
_CLAUSE_JOINING = word_set("и а или and or but")
# Words before a "когда" that make it an indirect question ("что известно о том, когда …",
# "does it say when …"): it still asks for a date.
_REPORTING = word_set(
    "то том известно неизвестно сказано говорится указано сообщается уточняется "
    "about know known specify specified"
)
_WHEN = word_set("когда when")
# Verbs of saying or explaining whose object an indirect question is ("Тусупбеков
# говорит, почему отношения уникальные", "объясняет, зачем нужны паромы"), and the
# question words such a clause opens.
# Not the verbs of explaining ("объясняет, почему", "обосновывает, зачем"): they ask the
# reason itself, which his words must give — "Тусупбеков объясняет, почему Токаев выступал в
# Габале" is not answered by his passage merely naming the trip.
_REPORTED_LEMMAS = word_set(
    "говорить сказать рассказывать рассказать писать написать заявлять заявить отмечать "
    "отметить упоминать упомянуть"
)
_INDIRECT_OPENERS = word_set("почему зачем отчего где куда откуда когда как сколько")
_ABOUT_THAT = (("о", "том"), ("про", "то"))  # "говорит о том, почему …"
_REPORTED_REACH = 2  # the verb, or the verb and its speaker, right before the clause


_WHENCE = word_set("откуда")
# Verbs of coming into being: "откуда взялась идея" asks for an origin, not a place.
_ORIGIN_VERBS = word_set(
    "взялся взялась взялось взялись пошел пошла пошло пошли появился появилась появилось "
    "появились возник возникла возникло возникли берется берутся"
)


def _comes_into_being(words: tuple[str, ...], at: int) -> bool:
    """Is the "откуда" at ``at`` followed closely by a verb of coming into being ("откуда
    ВЗЯЛИСЬ барьеры", "откуда ПОЯВИЛАСЬ идея")?"""
    return any(w in _ORIGIN_VERBS for w in words[at + 1 : at + 4])


# Nouns whose "откуда" is their origin: "откуда идея семёрки", "откуда такое название".
_ORIGIN_NOUNS = word_set("идея идеи название названия термин понятие")


def asks_origin(words: tuple[str, ...], at: int) -> bool:
    """Is the "откуда" at ``at`` asking where a thing comes from — its origin, a reason —
    not a place? So it is before a verb of coming into being ("откуда взялась семёрка") or
    a noun of thought or naming ("откуда идея семёрки"), or alongside a "почему" ("почему
    именно семь стран, откуда тюркская семёрка": one question asked twice). "Откуда везут
    грузы" asks for a place."""
    if words[at] == "where":
        return _english_origin(words[at + 1 : at + 1 + _WHENCE_REACH_EN])
    if words[at] not in _WHENCE:
        return False
    if any(w in _ORIGIN_VERBS or w in _ORIGIN_NOUNS for w in words[at + 1 : at + 4]):
        return True
    return any(w in _REASON_WORDS for w in words)


# "where does the expert take this number from", "where did he get the idea": a verb of
# getting, or a noun of thought or naming, before "from" — the English "откуда взял".
_GETTING_EN = word_set("get gets got getting take takes took taking derive derives derived")
_ORIGIN_NOUNS_EN = word_set("idea ideas name term notion concept number figure")
_WHENCE_REACH_EN = 10


def _english_origin(after: tuple[str, ...]) -> bool:
    """Do the words after "where" ask where a thing comes from as its origin: "from" ends
    the clause after a verb of getting ("where does the expert take this number from") or a
    noun of thought ("where does the idea of a Turkic seven come from")? "Where does the
    cargo come from" (no such word) asks a place."""
    if "from" not in after:
        return False
    before = after[: after.index("from")]
    return any(w in _GETTING_EN for w in before) or any(w in _ORIGIN_NOUNS_EN for w in before)


# Words for the person asked about, just after "откуда" or "из какой": "из какой он страны".
_THE_PERSON = word_set("он она они человек he she they")
_ORIGIN_REACH = 3


def asks_persons_origin(words: tuple[str, ...]) -> bool:
    """Is a place asked as where the person is from: "откуда он", "откуда человек", "из
    какой он страны", "where is he from"? A word for the person must follow the "откуда",
    "из какой" or "where" closely."""
    for at, word in enumerate(words):
        cue = (
            word in _WHENCE
            or word == "where"
            or (word in ("из", "from") and at + 1 < len(words) and words[at + 1] in _WHICH)
        )
        if cue and any(w in _THE_PERSON for w in words[at + 1 : at + 1 + _ORIGIN_REACH]):
            return True
    return False


# Money put into something (lemmas): "куда нужны инвестиции", "куда вложат средства" ask
# what it goes into — "в железнодорожную инфраструктуру", a thing, not a place.
_INVESTING = word_set(
    "инвестиция инвестировать вложение вложить вкладывать финансирование финансировать "
    "деньга средство потратить тратить вбухать вбухивать вкладываться вложиться"
)
# Money invested, as the question names it (Russian lemmas, English stems) and as a passage
# names it (Russian lemmas): "сколько Казахстан инвестировал", "объём инвестиций", "how much
# has Kazakhstan invested" ask a sum of investment, which only a passage naming investment
# can give — a turnover in dollars is no sum invested.
INVESTMENT_ASKED = word_set(
    "инвестиция инвестировать инвестиционный вложение вложить вкладывать вложиться "
    "вкладываться invest investment investor"
)
INVESTMENT_NAMED = word_set(
    "инвестиция инвестировать инвестиционный вложение вложить вкладывать вложиться вкладываться"
)
# "во что вложить деньги", "во что надо вбухать средства": what money goes into, asked as
# "куда" asks it
_INTO = word_set("во в")
# Only the Russian "куда": "where will Azerbaijan invest" asks as often for a country.
_WHITHER_WORDS = word_set("куда")
# In English, "where" asks what money goes into only with the money named as a noun and a
# verb of its need or its going ("where is the extra investment needed", "where should the
# money go"): the verb "invest" has an investor, often a country ("where will Azerbaijan
# invest").
_MONEY_NOUNS_EN = word_set("investment investments money funds funding financing capital")
_GOING_EN = word_set(
    "need needs needed required require requires go goes going spent directed channelled "
    "channeled allocated"
)

# Investment named as one area in a list of them: "обсуждали … направлений: инвестиции,
# промышленность", "аграрная сфера, инвестиции, транспортно-логистическое сотрудничество" —
# not "при должных инвестициях этот срок можно сократить" (a condition of another thing).
_LISTED_INVESTMENT = lazy(
    r"(?:[,:]\s*(?:инвестици|вложени)\w*\s*,)|(?:[,:]\s*(?:инвестици|вложени)\w*\s+и\s)"
    r"|(?:(?:инвестици|вложени)\w*\s*,\s*\w+\s*,)"
)


def lists_investment(text: str) -> bool:
    """Does a text name investment as one area among several the sides share (an item of a
    list: "инвестиции, промышленность, энергетику")? A sum one country invested in the
    other is then what the article leaves out of that area, while a text needing investment
    for a delivery time tells of another thing."""
    return _LISTED_INVESTMENT.search(text.lower()) is not None


# What money is put into, in a text: "инвестиций в железнодорожную инфраструктуру",
# "вложения в подвижной состав" (not "при должных инвестициях этот срок …").
_TARGET = lazy(
    r"\b(?:инвестици|вложени|вложить|вложат|вкладыва|финансировани|средств)\w*\s+(?:в|во|на)\s+\w"
)


def asks_target(words: tuple[str, ...] | list[str]) -> bool:
    """ "куда нужны инвестиции", "куда вложат средства": what money goes into is asked
    (``_asks_target``), which only a text naming it answers (``states_target``)."""
    words = tuple(words)
    return any(_asks_target(words, at) for at in range(len(words)))


def states_target(text: str) -> bool:
    """Does a text say what money goes into ("вложения в подвижной состав")?"""
    return bool(_TARGET.search(fold(text)))


def _asks_target(words: tuple[str, ...], at: int) -> bool:
    """Is the "куда"/"where" (or the "что" of "во что") at ``at`` asking what money goes
    into ("куда нужны дополнительные инвестиции": into the railway infrastructure) — a
    thing, not a place? So the question speaks of money invested or spent (``_INVESTING``).
    "Куда везут грузы" asks for a place."""
    if words[at] == "where":
        return any(w in _MONEY_NOUNS_EN for w in words) and any(w in _GOING_EN for w in words)
    into_what = words[at] == "что" and at > 0 and words[at - 1] in _INTO
    if words[at] not in _WHITHER_WORDS and not into_what:
        return False
    return any(w.isalpha() and _lemma(w) in _INVESTING for w in words)


def _where_clause(words: tuple[str, ...], at: int) -> bool:
    """Is the Russian "где"/"куда" at ``at`` a relative word after the noun it qualifies
    ("что он имел в виду под объединением, где никто не главнее", "a union where"), not a
    question of its own? It follows a noun right after another question word asked before
    (as a clause of time follows one: ``_when_clause``). An English "where" after a
    preposition of a topic ("what was his conclusion on where relations are now", "his
    conclusion about where things stand?") is a clause too when it asks where a relation
    stands — a noun of one and a verb of a state after it: the state things are in is the
    topic of what is asked, no place ("about where Aliyev is now" asks one)."""
    if words[at] == "where" and at >= 1 and words[at - 1] in _TOPIC_PREPOSITIONS:
        clause = words[at + 1 : at + 1 + _STATE_CLAUSE]
        return (
            not _STATE_SUBJECTS.isdisjoint(clause)
            and not _STANDING_VERBS.isdisjoint(clause)
            and _EVENT_VERBS.isdisjoint(clause)
        )
    if words[at] not in _RELATIVE_PLACE or at < 2 or words[at - 1] in _CLAUSE_JOINING:
        return False
    if not any(w in _ASKED_BEFORE for w in words[: at - 1]):
        return False
    parses = parse(words[at - 1]) if is_cyrillic(words[at - 1]) else ()
    return bool(parses) and parses[0].tag.POS == "NOUN"


_RELATIVE_PLACE = word_set("где куда")
# Prepositions naming a topic, before an English "where" that opens a clause of it.
_TOPIC_PREPOSITIONS = word_set("on about regarding concerning of")
# Verbs of a state a "where" clause asks after ("where relations are", "where things stand",
# "where ties are heading", "where relations have moved to"); with a verb of an event it
# asks for a place ("where the talks took place", "where it was held").
_STANDING_VERBS = word_set(
    "are is stand stands standing headed heading going "
    # how far they have come: "where relations have moved to", "where ties have got to"
    "moved move moving come got gotten progressed advanced evolved shifted arrived"
)
# Nouns of a relation or a state of affairs, whose "where" is how far they have come.
_STATE_SUBJECTS = word_set(
    "relations relationship ties things matters cooperation partnership partners trade"
)
_STATE_CLAUSE = 6  # words: "where Azerbaijan–Kazakhstan relations are now"
_EVENT_VERBS = word_set(
    "take took taken taking held hold happen happened met meet signed sign located based"
)


def opens_reported_question(words: tuple[str, ...], at: int) -> bool:
    """Is the word at ``at`` a question word opening the object of a verb of saying or
    explaining right before it ("Тусупбеков говорит, почему отношения уникальные", "что он
    пишет о том, зачем …"), or before its speaker ("что говорит Ишмухамедов, почему …")?
    An indirect question: what the speaker is asked to have said of it, not a second
    question joined to the first — his words answer it."""
    if not 0 < at < len(words) or words[at] not in _INDIRECT_OPENERS:
        return False
    before = words[:at]
    if before[-2:] in _ABOUT_THAT:
        before = before[:-2]
    # the verb last, or its speaker after it ("что говорит Ишмухамедов, почему …")
    return any(
        p.tag.POS == "VERB" and str(p.normal_form).replace("ё", "е") in _REPORTED_LEMMAS
        for word in before[-_REPORTED_REACH:]
        if is_cyrillic(word)
        for p in parse(word)[:1]
    )


def opens_time_clause(words: tuple[str, ...], at: int) -> bool:
    """Is the word at ``at`` a "когда"/"when" opening a clause of time (``_when_clause``)?"""
    return 0 < at < len(words) and _when_clause(words, at)


def _when_clause(words: tuple[str, ...], at: int) -> bool:
    """Is the "когда"/"when" at ``at`` a conjunction opening a clause of time, not a question
    of its own? It follows another question word with words between, no "и"/"and" right
    before it (that joins a second question: "где и когда", "что подписали и когда"), and
    a clause follows it: "где выступал Токаев, когда недавно был в Азербайджане" asks where,
    and "what did he say when he arrived" what he said."""
    if words[at] not in _WHEN or at + 1 >= len(words):
        return False
    if words[at - 1] in _CLAUSE_JOINING or words[at - 1] in _REPORTING:
        return False  # "где и когда"; "что известно о том, когда будет визит"
    return any(w in _ASKED_BEFORE for w in words[: max(at - 1, 0)])


# "confirm the day the president arrived", "the date when it began", "the day of the visit":
# a day named by what happened on it is asked for (not "the day after", "the day trip").
_DAY_NOUNS = word_set("day date")
_DAY_CLAUSE_OPENERS = word_set("the a he she they it that when on of his her their its this")


def _the_day_when(words: tuple[str, ...]) -> bool:
    """ "the day" followed by the clause or phrase saying which day: a date asked in a request
    ("could you confirm the day the president arrived") that has no question word for it;
    or a time noun opening a relative clause ("the year by which turnover will reach a
    billion", "the date on which he arrived"): the time it names is asked."""
    return any(
        a == "the" and b in _DAY_NOUNS and c in _DAY_CLAUSE_OPENERS
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    ) or any(
        a == "the" and b in _POINT_NOUNS and c in _RELATIVE_TIME_PREPOSITIONS and d == "which"
        for a, b, c, d in zip(words, words[1:], words[2:], words[3:], strict=False)
    )


# Nouns of a point in time a relative clause may name ("the year by which …").
_POINT_NOUNS = word_set("day date year month")
_RELATIVE_TIME_PREPOSITIONS = word_set("by in on until")


_DATE_NOUNS = word_set("дата дату даты датой числа число date dates day")


# "what time did he arrive", "at what time was the welcome": when, to the hour, of a deed
# done — the date a passage gives is the nearest it says; a day the question names itself
# ("what time did aliyev arrive oct 20") is no answer. Not "in what time" nor "what time
# does delivery take" (how long), nor "what time frame".
_CLOCK_AUXILIARIES = word_set("did was were")


def _clock_asked(words: tuple[str, ...]) -> bool:
    """Does the question ask the time of a deed done: "what time" then "did"/"was"/"were"?"""
    return any(
        words[at : at + 2] == ("what", "time")
        and words[at + 2] in _CLOCK_AUXILIARIES
        and (at == 0 or words[at - 1] not in _WITHIN)
        for at in range(len(words) - 2)
    )


def asks_calendar_date(words: tuple[str, ...] | list[str]) -> bool:
    """ "какого числа подписали", "what date", "which day", "дата подписания": a day of the
    calendar asked, not only when ("когда подписали" is answered by "в рамках визита" as
    well — the occasion is a when; a day of the calendar it is not)."""
    words = tuple(words)
    return (
        bool(set(itertools.pairwise(words)) & _DATE_PAIRS)
        or any(w in _DATE_NOUNS for w in words)
        or _the_day_when(words)
    )


_WITHIN = word_set("в во in during")


def _in_which_period(words: tuple[str, ...]) -> bool:
    """ "в какой период проходил визит", "in what period": when a thing was, asked by the
    noun of a stretch of time — a date, not a length ("за какой период", "на какой период"
    ask one)."""
    return any(
        a in _WITHIN and b in _WHICH and (c in PERIOD_NOUNS or (a, b, c) == _IN_WHICH_TERMS)
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


# "в какие сроки планируется выход на миллиард": by when, the dates a plan sets — a date, as
# "в какой период" asks it; "какие сроки доставки", "на какой срок" ask a length.
_IN_WHICH_TERMS = ("в", "какие", "сроки")


_BACK = word_set("ago before")


def how_long_back(words: tuple[str, ...] | list[str]) -> bool:
    """ "how long ago did Tokayev speak in Gabala", "how long before the visit": how far
    back a thing was — a time, answered by a date or by "совсем недавно", not a length."""
    return any(
        a == "how" and b == "long" and c in _BACK
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


# "who would make up the seven", "who would join it", "кто вошёл бы в семёрку": the members
# of a group asked by "who" — states as often as people, so no person's name is wanted.
_WHO_MEMBERS = word_set("who кто")
_MEMBERSHIP_EN = word_set(
    "make makes made making consist consists comprise comprises join joins joined belong "
    "belongs enter enters members member"
)
_MEMBERSHIP_RU = word_set(
    "вошел вошла вошли войдет войдут входит входят входить войти вступит вступят вступить"
)
_MEMBERS_REACH = 3  # "who would really make up", "кто бы вошёл"


def asks_members(words: tuple[str, ...] | list[str]) -> bool:
    """Does "who/кто" ask the members of a group ("who would make up the Turkic seven", "who
    would join it", "кто вошёл бы в семёрку")? Its members may be states: the passage naming
    them answers, though it names no person ("make" only with "up" after it)."""
    for at, word in enumerate(words):
        if word not in _WHO_MEMBERS:
            continue
        near = list(words[at + 1 : at + 1 + _MEMBERS_REACH + 1])
        for step, w in enumerate(near):
            if w in _MEMBERSHIP_RU:
                return True
            if w in _MEMBERSHIP_EN and (
                w not in ("make", "makes", "made", "making") or near[step + 1 : step + 2] == ["up"]
            ):
                return True
    return False


def asked_types(words: tuple[str, ...], *, future: bool = False) -> tuple[AnswerType, ...]:
    """The kinds of facts a question asks for, the main one first (folded words, stop words
    included). Empty when it asks for nothing in particular ("коридор", "расскажи о визите")."""
    return _asked_types(tuple(words), future)


def _place_otherwise(words: tuple[str, ...]) -> bool:
    """Is a place asked by anything but a noun after "в/на какой" (``_which_place_nouns``):
    "где", "куда", a noun of a place, a venue?"""
    ahead = _whither_ahead(words)
    return (
        (
            any(
                w in _PLACE_WORDS
                and not asks_origin(words, i)
                and not _asks_target(words, i)
                and not _where_clause(words, i)
                for i, w in enumerate(words)
            )
            and not ahead
        )
        or _names_place(words)
        or _venue_asked(words)
        or _spread_over_which(words)
        or keywords_ending_in_place(words)
        or _through_what(words)
    )


# "Через что пойдут грузы", "через что проходит маршрут": the way asked by its bare pronoun,
# as "через какое море" asks it by a noun — the place the route crosses ("через Каспий").
_THROUGH = word_set("через сквозь")
_WHAT_THROUGH = word_set("что чего")


def _through_what(words: tuple[str, ...]) -> bool:
    """Does the question ask the way by "через что" (the pronoun right after "через")?"""
    return any(a in _THROUGH and b in _WHAT_THROUGH for a, b in itertools.pairwise(words))


# Endings of a Russian adjective in the cases "в/на какой" governs ("общую", "общей",
# "конечном"): a word that only qualifies the noun after it.
_ADJECTIVE_ENDINGS = ("ую", "ой", "ый", "ий", "ое", "ая", "ые", "ие", "ых", "их", "ом", "ем", "ей")


def _which_place_nouns(words: tuple[str, ...]) -> tuple[str, ...]:
    """The nouns after "в/на/через какой" read as asking a place ("в каком здании", "через
    какой погранпереход"): all but those of a time, an amount, a manner or a sphere."""
    return tuple(
        c
        for a, b, c, d in zip(words, words[1:], words[2:], (*words[3:], ""), strict=False)
        if a in _IN
        and b in _WHICH
        and (c, d) not in _SPANS_OF_TIME
        and c not in _TIME_NOUNS
        and c not in PERIOD_NOUNS
        and c not in _NOT_PLACES
        and not c.startswith(_NOT_PLACE_STEMS)
        # "на какую общую сумму": the noun after its adjective is the one asked
        and not (c.endswith(_ADJECTIVE_ENDINGS) and d.startswith(_NOT_PLACE_STEMS))
        and c not in _MEASURE_FORMS
        and c not in _OF_TIME  # "на какой временной горизонт": a stretch of time
        and c not in _HORIZON_NOUNS
    )


def place_only_by_which_noun(words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The nouns after "в/на какой" when they alone make a question ask a place ("в какую
    инфраструктуру нужны инвестиции": no "где", no noun of a place, no name of a kind of
    place) — empty otherwise. Such a noun may be a place ("в каком здании") or the very thing
    the article qualifies ("в железнодорожную инфраструктуру"), which only the briefing's
    words tell apart (``query``)."""
    words = tuple(_as_cue(word) for word in words if word not in _FILLERS)
    nouns = _which_place_nouns(words)
    if _place_otherwise(words) or any(
        noun in _PLACE_NOUNS or names_kind_of_place(noun) for noun in nouns
    ):
        return ()
    which = {c: b for b, c in itertools.pairwise(words)}
    if not all(_agrees(which[noun], noun) for noun in nouns):
        return ()  # "через какое мире": a slip mended into another noun than the one asked
    return nouns


def _agrees(adjective: str, noun: str) -> bool:
    """Does a question word agree with the noun after it in case, and in gender or number
    ("какую инфраструктуру")? One that does not ("какое мире", "мре" mended) asks of no such
    noun. A word either can not be parsed as is taken to agree."""
    adjectives, nouns = parse(adjective), parse(noun)
    if not adjectives or not nouns or not is_cyrillic(noun):
        return True
    return any(
        a.tag.case == n.tag.case
        and (a.tag.number == n.tag.number == "plur" or a.tag.gender == n.tag.gender)
        for a in adjectives
        for n in nouns
    )


# Punctuation breaking a phrase: an adjective before it qualifies no noun after it
# ("“младших”, “центра”").
_PHRASE_BREAK = lazy(r"[^\w\s-]+")


def qualified_nouns(texts: Iterable[str]) -> frozenset[str]:
    """The lemmas of the Russian nouns the texts write right after an adjective qualifying
    them ("железнодорожную инфраструктуру", "культурно-исторической стороны") — not after a
    pronoun-adjective ("каждой стороны") nor a participle ("пересекающих границу"): the
    things a question may ask which of ("в какую инфраструктуру")."""
    found: set[str] = set()
    for text in texts:
        for phrase in _PHRASE_BREAK.split(fold(text)):
            words = phrase.split()
            for before, word in itertools.pairwise(words):
                if not (is_cyrillic(before) and is_cyrillic(word)):
                    continue
                qualifier, noun = parse(before)[:1], parse(word)[:1]
                if (
                    qualifier
                    and noun
                    and qualifier[0].tag.POS == "ADJF"
                    and "Apro" not in qualifier[0].tag
                    and noun[0].tag.POS == "NOUN"
                ):
                    found.add(_lemma(word))
    return frozenset(found)


@lru_cache(maxsize=2048)
def _asked_types(words: tuple[str, ...], future: bool) -> tuple[AnswerType, ...]:
    """``asked_types``, remembered per words: one question asks it of the same words several
    times (each reading's verbs of lasting, then the kinds it asks), and it reads every word
    (typo-mended cues, parses) — a sixth of a question's analysis."""
    words = tuple(_as_cue(word) for word in words if word not in _FILLERS)
    pairs = set(itertools.pairwise(words))
    found: list[AnswerType] = []
    counting = (
        any(w in _COUNT_WORDS for w in words)
        or bool(pairs & _COUNT_PAIRS)
        or keywords_ending_in_amount(words)
    )
    how_much = ("how", "much") in pairs
    change = asked_change(words)
    # Question words first: "когда товарооборот достигнет миллиарда долларов" asks for a date.
    dated = any(w in _DATE_WORDS and not _when_clause(words, i) for i, w in enumerate(words))
    within = _in_which_period(words)  # "в какой период проходил визит": when, no length
    if (
        dated
        or pairs & _DATE_PAIRS
        or calendar_noun_apart(words) is not None
        or _the_day_when(words)
        or within
        or _clock_asked(words)
    ):
        found.append(AnswerType.DATE)
    ahead = _whither_ahead(words)
    if (_place_otherwise(words) or _which_place_nouns(words)) and not direction_cues(words):
        # "in which direction will delivery times change": a change's direction, no place
        found.append(AnswerType.PLACE)
    frame = reason_frame(words)
    if (
        any(w in _REASON_WORDS for w in words)
        or any(asks_origin(words, i) for i in range(len(words)))
        or pairs & _REASON_PAIRS
        or _names_reason(words)
        or frame
    ):
        # "почему Тусупбеков называет отношения уникальными", "чем Гусейнов объясняет …":
        # the reason is in his words.
        said = _reason_clause(words)
        claimed = any(w in _CLAIMS or w in SAY_WORDS for w in said) or any(
            words[at] in _EXPLAINS for at in frame
        )
        found.append(AnswerType.STATEMENT if claimed else AnswerType.REASON)
    if (any(w in _PERSON_WORDS for w in words) and not asks_members(words)) or (
        asked_office(words) is not None or _asks_which_speaker(words)
    ):
        found.append(AnswerType.PERSON)
        if AnswerType.PLACE in found and asks_persons_origin(words):
            # "кто … и из какой он страны", "имя и откуда человек": where the person is
            # from, which the expert's attribution says with his name — no place of a thing
            found.remove(AnswerType.PLACE)
    back = how_long_back(words)  # "how long ago", "how long before the visit": a when
    time_of_going = bool(pairs & _DURATION_PAIRS) and not (
        _time_aimed_at(words) and not (counting or how_much or ("how", "long") in pairs)
    )
    if back:
        found.append(AnswerType.DATE)
    if (
        (("how", "long") in pairs and not back)
        or ("как", "долго") in pairs
        # "how fast could cargo reach Azerbaijan", "как быстро дойдут грузы": the time it
        # takes to get there (not "как быстро развиваются отношения": no going)
        or (pairs & _SPEED_PAIRS and any(_goes(w) for w in words))
        # "как давно он был в Габале": the time since, as "how long ago" asks it
        or ("как", "давно") in pairs
        or (time_of_going and not within)
        or any(_time_frame_at(words, i) for i in range(len(words)))  # "over what time frame"
        or any(horizon_noun(words, i) for i in range(len(words)))  # "на какой горизонт"
        or any(w in _DURATION_NOUNS for w in words)  # "какова продолжительность визита"
        or any(w in _FOR_LONG for w in words)  # "надолго ли он приехал"
        or any(_lasting_for(words, i) for i in range(len(words)))  # "длился несколько дней?"
        or (
            any(w in _LASTING and not _names_a_time(words, i) for i, w in enumerate(words))
            and (counting or how_much or "как" in words)
        )
        or any(_counts_time(words, i) for i in range(len(words)))
        or any(_asks_going(words, i) for i in range(len(words)))
        or (counting and any(_stands_waiting(words, i) for i in range(len(words))))
    ):
        found.append(AnswerType.DURATION)
    target = asks_target(words)  # "куда нужны деньги", "where is money needed": no sum
    if (
        any(
            w in _MONEY_WORDS
            and not _stands_waiting(words, i)
            and not _should(words, i)
            and not _money_for(words, i)
            and not _money_in_condition(words, i)
            and not target
            for i, w in enumerate(words)
        )
        # "во сколько раз вырос товарооборот": a multiple of a sum is no sum of money; "на
        # сколько вырос товарооборот" asks the sum it grew by, as "how much has it grown" does
        or (
            change is not Change.FACTOR
            and _asks_sum(words, counting=counting or how_much or change is not None)
        )
        or ((counting or how_much) and any(w in _CURRENCY_WORDS for w in words))
        or any(a in _WHICH and b == "funding" for a, b in pairs)  # "what funding is planned"
        or any(a in _CURRENCY_WORDS and b == "value" for a, b in pairs)  # "the dollar value"
        or pairs & _SUM_VALUE  # "the total value of the agreements"
        or _in_currency(pairs)  # "value in dollars", "in dollar terms"
        or asks_colloquial_price(words)  # "почём контейнер": a price, as "сколько стоит"
        or (how_much and _trading_asked(words))  # "how much do they trade a year"
        or _valued_at(words)  # "во сколько оценивают соглашения": their worth in money
    ):
        found.append(AnswerType.MONEY)
        if (
            AnswerType.DURATION in found
            and time_of_going
            and _length_given(words)
            and not _other_length_cue(words, pairs, within, back, counting, how_much)
        ):
            # "what investment is required to reduce delivery time to 7–8 days": the length
            # is the question's own, the aim of the money asked — a sum is what it asks
            # (a length asked any other way, "how long and at what cost", stays asked)
            found.remove(AnswerType.DURATION)

    if sized_money(words):
        # "what amount of investment is required to cut delivery time to 7–8 days": the sum
        # heads the question; the delivery time is what it is for
        found.insert(0, AnswerType.MONEY)
    measuring = any(w in MEASURES for w in words) and any(
        w in _ASKING or w in WHAT_IS for w in words
    )
    if (counting or how_much or measuring or change or _figure_reached(words)) and not found:
        found.append(AnswerType.QUANTITY)
    if asks_target(words) and not found:
        # "куда нужны инвестиции": what the money goes into, a thing — not a place
        found.append(AnswerType.FACT)
    if asks_workings(words) and not found:
        # "как будет работать регистрация": the mechanism, a fact — not what is to come
        found.append(AnswerType.FACT)
    # "к чему приведёт", "чего ожидать": the genitive and dative "what" ask as "что" does
    asking = any(w in _ASKING or w in _WHAT_OBLIQUE for w in words)
    expecting = any(w in _EXPECTING for w in words)
    # "каких результатов ожидать": "which" in any case, with a verb of expecting (not with a
    # future verb alone: "какую страну добавит" asks the country)
    asking = asking or (expecting and any(w in _WHICH for w in words))
    future = future or expecting or _future_named(words)
    if ahead:
        found.append(AnswerType.FORECAST)
    if _asks_will(words, pairs) or (
        asks_forecast_by_noun(words) and found[:1] != [AnswerType.DATE]
    ):
        # "войдёт ли Турция в формат и когда": whether it will happen comes first; "какой
        # прогноз по объёму перевозок": the forecast asked, of an amount — not today's amount
        # ("прогноз по тому, когда …" asks the date).
        found.insert(0, AnswerType.FORECAST)
    elif (
        (future and asking and not found)
        or any(w in _FORECAST_NOUNS for w in words)
        or _names_future(words)
        or (not found and asks_whats_next(words))
        or (not found and any(w in _CHANCE_NOUNS for w in words))
    ):
        found.append(AnswerType.FORECAST)
    if found == [AnswerType.FORECAST] and any(w in _SCHEDULE_NOUNS for w in words):
        # "did the experts anticipate a timeline for e-registration": what is foreseen is a
        # date — a passage foreseeing what the thing would bring gives none
        found.insert(0, AnswerType.DATE)
    if not found and (any(w in _SCHEDULE_NOUNS for w in words) or ("time", "frame") in pairs):
        # "what is the timeline for cutting delivery", "any deadline?": when it is due (not
        # "how long will it take, any timeframe?", a length of time asked first)
        found.append(AnswerType.DATE)
    if any(w in SAY_WORDS or w in VIEW_WORDS for w in words) and not found:
        found.append(AnswerType.STATEMENT)
    if not found and asking and any(w in _WRITING for w in words):
        # "что Гаджиев в своём посте писал про Турцию": what he wrote is his statement, as
        # what he said is (the verb is kept out of ``SAY_WORDS``, whose other readers take
        # its words as the asker's framing)
        found.append(AnswerType.STATEMENT)
    return tuple(dict.fromkeys(found))


# "и/and" joining a second question to a first ("кто предложил …, и почему семь").
_JOINING = word_set("и and")
# Kinds a first question asks by a question word of its own (not "what did he say").
_OWN_KINDS = frozenset(
    {AnswerType.PERSON, AnswerType.DATE, AnswerType.PLACE, AnswerType.QUANTITY, AnswerType.MONEY}
)


def _time_aimed_at(words: tuple[str, ...]) -> bool:
    """Is every English time of going the thing of a verb changing it ("the investment
    required for SHORTENING transit times", "what is needed to cut the delivery time")? The
    time is then the aim of what is asked, not asked itself ("how much can they cut
    delivery times" asks it by its counting words, which the caller keeps)."""
    found = False
    for at, pair in enumerate(itertools.pairwise(words)):
        if pair not in _GOING_TIMES:
            continue
        before = [w for w in words[max(0, at - 2) : at] if w != "the"]
        if not before or not before[-1].startswith(_CHANGING_STEMS):
            return False
        found = True
    return found


def _reason_clause(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of the clause a "почему/why" stands in, when it is a second question joined
    by "и/and" to a first asking a kind of its own ("кто предложил добавить Турцию, и почему
    именно семь": whose idea, then why seven) — the first's verb of saying is not the reason's,
    so the reason is the article's, not "what he says of why". The whole question otherwise
    ("почему Тусупбеков называет отношения уникальными"; "what does he want and why")."""
    at = next((i for i, w in enumerate(words) if w in _REASON_WORDS), None)
    if at is None:
        return words
    for join in range(at - 1, 0, -1):
        if words[join] in _JOINING and _OWN_KINDS & set(_asked_types(words[:join], False)):
            return words[join + 1 :]
    return words


# Nouns of a figure reached or turned into ("на какие цифры выйдет", "в какую цифру
# превратилась формула", "на какую отметку"): a quantity asked, as "до скольки" asks it.
_FIGURE_STEMS = ("цифр", "цыфр", "показател", "отметк", "величин")


def _figure_reached(words: tuple[str, ...]) -> bool:
    """ "на какие цифры выйдет торговля", "в какую цифру превратилось 5+1": a figure asked by
    its noun after "в/на/до" and a question word, which only a passage stating a number
    answers (not "какие цифры по товарообороту", a request for the figures on a subject)."""
    return any(figure_noun_asked(words, at) for at in range(1, len(words)))


def figure_reached_at(words: tuple[str, ...] | list[str], at: int) -> bool:
    """Is ``words[at]`` the noun of a figure reached or turned into, after a preposition
    ("в какую цифру превратилась", "на какие цифры выйдет", "к какой цифре придёт")? Only a
    number answers, whatever else a passage calls "цифра": the noun is no word of the
    subject at all — weighed as one, it drew the passage calling seven a sacred "цифра"
    over the one stating the "6"."""
    return (
        at >= 2
        and (words[at - 2] in _IN or words[at - 2] in _TOWARDS)
        and words[at - 1] in _WHICH
        and words[at].startswith(_FIGURE_STEMS)
    )


def figure_noun_framed(words: tuple[str, ...] | list[str], at: int) -> bool:
    """Is ``words[at]`` the noun by which one figure is asked (``figure_noun_asked``), or
    by which a figure someone named is asked as his words ("какую цифру назвал Гаджиев")?
    Either way it says how the question asks, not what about: a passage giving the figure
    need not say "цифра"."""
    one = at >= 1 and words[at - 1] in _WHICH and words[at] in _ONE_FIGURE
    return one or figure_noun_asked(words, at)


def figure_noun_asked(words: tuple[str, ...] | list[str], at: int) -> bool:
    """Is ``words[at]`` the noun of a figure asked: one reached (``figure_reached_at``) or
    one figure asked by its noun ("какая цифра считается особой", "какую цифру называет
    эксперт", "какую цифру дал Ишмухамедов": the number he gave) — which a number answers,
    though a passage saying "цифра" may share it. A verb of saying proper ("какую цифру
    сказал") asks his statement, as before."""
    one = (
        at >= 1
        and words[at - 1] in _WHICH
        and words[at] in _ONE_FIGURE
        and not any(w in SAY_WORDS for w in words)
    )
    return one or figure_reached_at(words, at)


_TOWARDS = word_set("к ко до")  # "к какой цифре придёт товарооборот"
# One figure asked by its noun ("какую цифру называет эксперт", "какая цифра"); "какие
# цифры по товарообороту" asks the figures on a subject, a list of its own.
_ONE_FIGURE = word_set("цифра цифру цифрой цыфра цыфру")


# Words between a question word and the noun it asks by: "what is the forecast", "what's the
# outlook" ("what's" is read as "what", "s").
_NOUN_ARTICLES = word_set("is s the a an are was")


def asks_forecast_by_noun(words: tuple[str, ...] | list[str]) -> bool:
    """ "какой прогноз по товарообороту", "каков прогноз", "что за прогноз", "what is
    Ishmukhamedov's forecast for trade": the question word asks for a forecast by its noun,
    a few words on at most — a forecast is the kind of fact asked, as "какой срок" asks a
    length of time, not a detail named "прогноз" an answer must say. "Каковы ожидания по
    товарообороту" asks it by another noun."""
    for at, word in enumerate(words):
        what_for = word == "что" and words[at + 1 : at + 2] in (("за",), ["за"])
        if word not in _WHICH and word not in WHAT_IS and not what_for:
            continue
        following = [w for w in words[at + 1 :] if w not in _NOUN_ARTICLES and w not in _FILLERS]
        asked_by = (_FORECAST_NOUNS - _PROSPECT_NOUNS) | EXPECTATION_NOUNS
        for near, noun in enumerate(following[:_FORECAST_REACH]):
            if noun not in asked_by:
                continue
            if near and following[near - 1] in _ATTRIBUTING:
                continue  # "какую роль, по прогнозу Гусейнова, будут играть": whose, not what
            if noun in EXPECTATION_NOUNS and _of_an_occasion(following[near + 1 :]):
                continue  # "какие ожидания от визита": what the visit is to bring
            return True
    return _forecast_tagged(words)


# The forecast's noun as a tag of its own, in the case that names it: "…, прогноз",
# "прогноз Гусейнова для региона", "trade forecast?" — not governed by a preposition ("по
# прогнозу", "в прогнозах", "according to the forecast"), which names whose words these are.
_TAG_NOUNS = word_set("прогноз прогнозы forecast forecasts prediction predictions")
_GOVERNING = word_set("по в во на о об про от из согласно according in on of to about with")
# Question words asking a kind of their own beside the tag: "насколько увеличит торговлю,
# прогноз" asks a degree (a multiple gives it), "чей прогноз" and "кто дал прогноз" the one
# who made it, "когда", "где", "почему" a time, a place, a reason — the tag then names what
# the question is about, not the kind it asks.
_OWN_KIND = word_set(
    "насколько сколько чей чья чье чьи кто кого кем когда где почему зачем "
    "whose much many who whom when where why"
)


def _forecast_tagged(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question name the forecast it asks for by its noun standing alone ("что будет с
    товарооборотом, если …, прогноз", "какие последствия для региона, прогноз Гусейнова")? A
    chat's shorthand for "какой прогноз": the kind of fact asked, as the question word
    before the noun asks it (``asks_forecast_by_noun``) — unless a question word of the
    question asks another kind (``_OWN_KIND``)."""
    if any(word in _OWN_KIND for word in words):
        return False
    return any(
        word in _TAG_NOUNS
        and (at == 0 or words[at - 1] not in _GOVERNING)
        and (_whose_forecast(words[at + 1 : at + 2]) or _owner_before(words[:at]))
        for at, word in enumerate(words)
    )


# The forecaster beside the tag, by his trade (lemmas): "прогноз политолога", "прогноз
# экспертов"; before an English one: "the experts' forecast", "the analyst forecast".
_FORECASTERS = EXPERT_LEMMAS | word_set("депутат deputy mp")
# An English surname of the region as typed in Latin: "Huseynov", "Aliyeva", "Pashinyan".
_LATIN_SURNAME = lazy(r"[a-z]{3,}(?:ov|ev|ova|eva|in|ina|yan|ian|dze|shvili|enko)")


def _whose_forecast(after: tuple[str, ...] | list[str]) -> bool:
    """Is the Russian tag followed by whose forecast it is ("прогноз Гусейнова", "прогноз
    экспертов")?
    Then the one who made it is asked for his forecast, which only a passage foreseeing
    something answers. A tag of a subject alone ("прогноз по среднему коридору", "сроки
    доставки прогноз") asks what the article says lies ahead for it: a passage telling what
    the corridor can do, or what the delivery time can be cut to, answers it though it
    forecasts by no verb of the future — the strict reading would refuse them."""
    return bool(after) and (_lemma(after[0]) in _FORECASTERS or is_person_name(after[0]))


def _owner_before(before: tuple[str, ...] | list[str]) -> bool:
    """Is an English tag's owner right before it ("in Huseynov's forecast", "the experts'
    forecast": the possessive's "'s" is gone from the words by then)?"""
    return bool(before) and (
        _lemma(before[-1]) in _FORECASTERS or _LATIN_SURNAME.fullmatch(before[-1]) is not None
    )


# "по прогнозу Гусейнова", "согласно прогнозам": the forecast's owner named, as "по словам"
# names a statement's — the question word asks something else ("какую роль … будут играть").
_ATTRIBUTING = word_set("по согласно according")
# "ожидания от визита", "ожидания …, которые он связывает с итогами визита": what is hoped of
# an occasion — an effect foreseen answers, as "что даст визит"; no figure need be foreseen.
_FROM_OCCASION = word_set("от from")
_TIES = word_set("связывает связывают связывал связывала связывали связаны связывается")
_OCCASION_REACH = 3  # "ожидания Ишмухамедова от итогов визита": the owner between


def _of_an_occasion(after: list[str]) -> bool:
    """Do the words after a noun of expectation tie it to an occasion — "от" a few words on
    ("от визита", "Ишмухамедова от итогов"), or a verb tying it "с" something ("связывает с
    итогами визита")? Not when they name a thing "по" which the expectation is ("ожидания от
    визита по туризму" asks a forecast for tourism, which "дать импульс" is not)."""
    if "по" in after:
        return False
    if any(w in _FROM_OCCASION for w in after[:_OCCASION_REACH]):
        return True
    return any(w in _TIES for w in after) and "с" in after


# "what's the outlook for the corridor" asks its prospects, as "какие перспективы" does: a
# trend or an effect to come answers them, no figure need be foreseen.
_PROSPECT_NOUNS = word_set("outlook")


_FORECAST_REACH = 3  # "какой долгосрочный прогноз", "what is Ishmukhamedov's forecast"


# Nouns of the calendar a forecast may be asked for ("через пять лет", "на следующий год",
# "в ближайшие годы", "by the end of the decade"); and the words before them that make
# them a rate instead ("в год", "за год", "per year", "a year": "ежегодно").
_CALENDAR = word_set(
    "год года году годы лет годам годах десятилетие десятилетия десятилетий месяц месяца "
    "месяцев пятилетку year years decade decades month months"
)
_RATE = word_set("в во за per a an each every")
_YEAR_NUMBER = lazy(r"(?:19|20)\d\d")


def asks_horizon(words: tuple[str, ...] | list[str]) -> bool:
    """ "прогноз по товарообороту через пять лет", "на следующий год", "к 2030 году", "in
    the coming years": the time a forecast is asked for — which a forecast for no time
    ("позволит довести до одного миллиарда долларов ежегодно") does not give. A rate ("в
    год", "per year") asks for none."""
    for at, word in enumerate(words):
        if _YEAR_NUMBER.fullmatch(word):
            return True
        if word in _CALENDAR and not (at and words[at - 1] in _RATE):
            return True
    return False


# Words putting a year ahead as the time a thing is to be reached by: "к 2030", "by 2030",
# "до 2030 года", "на 2030 год", "until 2030" ("в 2019" may be a year gone: not one of them).
_HORIZON_BEFORE = word_set("к ко до на by until till to through")


def horizon_year(words: tuple[str, ...] | list[str], at: int) -> bool:
    """Is ``words[at]`` a year of the calendar named as the horizon asked for — "прогноз
    товарооборота на 2030 год", "к 2030 выйдут на миллиард", "trade forecast for 2030"?
    A year named so says for when a projection is asked, not what it is about: a passage
    on the turnover is the subject, and a year no passage holds is the detail missing. A
    forecast named by its noun makes any year one (``names_forecast``); without it, the
    preposition before the year must put it ahead ("к", "by", "до", "на")."""
    if not _YEAR_NUMBER.fullmatch(words[at]):
        return False
    return names_forecast(words) or (at > 0 and words[at - 1] in _HORIZON_BEFORE)


# Verbs of working (Russian lemmas, English stems): "как будет работать регистрация", "как
# устроен механизм", "how will the system work" ask how a thing works — its mechanism.
_WORKING = word_set(
    "работать функционировать действовать устроить устроенный организовать организованный "
    "осуществляться осуществлять work function oper organiz"
)
# What tells how a thing works: a verb of working, or a noun of procedure ("механизм",
# "порядок", "процедура"). A passage saying only that the thing is needed tells none of it.
MECHANISM_LEMMAS = _WORKING | word_set(
    "механизм порядок процедура принцип схема mechan procedur principl scheme"
)
_HOW = word_set("как how")
# "как долго", "how often": another kind asked ("how long" a duration), not the workings.
_HOW_MUCH = word_set("долго часто много скоро быстро long often much many soon fast")
_WORKING_REACH = 10  # how far after "как/how" its verb of working may stand


def asks_workings(words: tuple[str, ...] | list[str]) -> bool:
    """ "как будет работать предварительная регистрация", "как устроен механизм", "how will
    the pre-registration at the border work": how a thing works is asked — a mechanism, a
    detail of its own that only a passage telling it (``MECHANISM_LEMMAS``) gives. Not when
    a verb of describing comes first: "how did Huseynov describe the route beyond its
    transport function" asks his words, "how" being the manner of his describing."""
    for at, word in enumerate(words):
        if word not in _HOW:
            continue
        following = words[at + 1 : at + 1 + _WORKING_REACH]
        described = next((i for i, w in enumerate(following) if w in DESCRIBING), None)
        following = following[:described]
        if following[:1] and following[0] in _HOW_MUCH:
            continue
        if any(_lemma(w) in _WORKING or _lemma(_softened(w)) in _WORKING for w in following):
            return True
    return False


def _softened(word: str) -> str:
    """An unknown Russian word read with the soft sign transliteration drops ("rabotat" →
    "работат" → "работать"), when that makes a word; else the word as it stands."""
    if not is_cyrillic(word) or is_known_russian(word) or not is_known_russian(word + "ь"):
        return word
    return word + "ь"


# "what exactly", "что именно", "какие конкретно", "what was actually agreed": the asker
# insists on the very relation named ("именно" anywhere, "actually" too).
_PRECISELY = SPECIFYING_EN | SPECIFYING_RU | JUST_WORDS | word_set("actually")


def asks_precisely(words: tuple[str, ...]) -> bool:
    """ "what was actually agreed on the corridor", "о чём именно договорились": a question
    insisting on what it names, which an entry on its subject answers only when it says
    that very thing (``support``), not something near it ("обсуждение" for "agreed")."""
    return any(w in _PRECISELY for w in words)


# Question words naming the kind of fact by themselves: "when exactly" asks a date, no more.
_KIND_QUESTION_WORDS = word_set("when where who whom whose")


def sharpening(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of a precision word right after a question word naming the kind of fact
    ("WHEN EXACTLY did the visit start", "where precisely"): it insists on the date or place
    the question word already asks for (which the kind asked checks), so it says nothing of
    the subject — like "именно", no word an entry must explain. Elsewhere ("what does the
    deal actually involve") it stays a word the passage must answer for."""
    return frozenset(
        at
        for at in range(1, len(words))
        if words[at] in _PRECISELY and words[at - 1] in _KIND_QUESTION_WORDS
    )


# English nouns naming the kind of place asked: "which city", "the capital where". After a
# question word, or ending a string of keywords, they say that a place's name answers.
PLACE_KIND_NOUNS_EN = word_set("city cities town capital place")
# Words that make English words a question, not a string of keywords.
_ENGLISH_QUESTION_WORDS = word_set(
    "what which where when who whom whose why how is are was were did does do will would "
    "could can should"
)


def keywords_ending_in_place(words: tuple[str, ...] | list[str]) -> bool:
    """ "tokaev azerbaijan speech city": English keywords, no question word, ending in a noun
    of the kind of place asked — as "in which city was Tokayev's speech" asks, for its name.
    (A lone "city" asks nothing: there is no subject to place.)"""
    if len(words) < 2 or words[-1] not in PLACE_KIND_NOUNS_EN:
        return False
    return all(is_latin(w) or w[:1].isdigit() for w in words) and not any(
        w in _ENGLISH_QUESTION_WORDS for w in words
    )


# English nouns of an amount that, ending a string of keywords, ask for it: "oil exports via
# Azerbaijan: volume?" asks as "what volume of oil" does.
_AMOUNT_KIND_NOUNS_EN = word_set("volume volumes amount quantity tonnage")


def english_keywords(words: tuple[str, ...] | list[str]) -> bool:
    """Are the words English keywords with no question word ("agreements sectors covered",
    "oil exports volume"): a wire editor's headline, whose last noun says what is asked?"""
    return all(is_latin(w) or w[:1].isdigit() for w in words) and not any(
        w in _ENGLISH_QUESTION_WORDS for w in words
    )


def keywords_ending_in_amount(words: tuple[str, ...] | list[str]) -> bool:
    """ "kazakh oil exports via azerbaijan volume": English keywords, no question word, ending
    in a noun of an amount — a wire editor's headline asking how much, as "what volume" does.
    (A lone "volume" asks nothing: there is no subject to measure.)"""
    if len(words) < 2 or words[-1] not in _AMOUNT_KIND_NOUNS_EN:
        return False
    return english_keywords(words)


def amount_headline_unfolded(words: list[str]) -> list[str]:
    """The words of a headline ending in its amount noun ("oil exports via azerbaijan
    volume") in the order a question asks it ("volume of oil exports via azerbaijan"), so
    what is measured follows the amount as after "volume of"; other words as they are."""
    if not keywords_ending_in_amount(words):
        return words
    return [words[-1], "of", *words[:-1]]


def asks_place_by_noun(words: tuple[str, ...]) -> bool:
    """ "в какие именно страны", "в каком городе", "which country", "which sea": a place asked
    for by its noun, which a named place answers."""
    words = tuple(word for word in words if word not in _FILLERS)
    return any(
        a in _WHICH and (b in _PLACE_NOUNS or (b.isalpha() and _lemma(b) in _PLACE_KIND_LEMMAS))
        for a, b in itertools.pairwise(words)
    )


# A cause asked, not a purpose: "с чем связаны барьеры", "чем вызван рост", "из-за чего",
# "отчего", "what caused" — what brought a state of things about. "почему", "зачем", "для
# чего" and "чем объясняется" may be answered by an aim or an effect as well ("чтобы …",
# "позволит …"); a cause only by a cause.
_CAUSE_PAIRS = frozenset(
    {
        ("из-за", "чего"),
        ("what", "caused"),
        ("what", "causes"),
    }
)
_CAUSE_WORDS = word_set("отчего")
# Verbs of holding a view: "отчего X полагает, что …" — a bookish "почему X считает": the
# grounds of an opinion, which X's reasoning gives as well as a cause would.
_HOLDS_VIEW = word_set(
    "полагает полагают полагал полагала полагали считает считают считал считала считали "
    "думает думают думал думала думали уверен уверена уверены убежден убеждена убеждены "
    "называет назвал назвала утверждает утверждал заявляет заявил заявила говорит сказал "
    "сказала подчеркивает подчеркнул подчеркнула"
)
_CAUSED = _CAUSED_FORMS | _TIED
# What states a cause: a causal connective, not a purpose ("чтобы", "для того") nor an effect
# ("позволит", "обеспечит", "укрепляет"), which ``_REASONS`` also counts as giving a reason.
_CAUSES = lazy(
    r"\b(?:потому что|так как|поскольку|благодаря|из-за|ввиду|вследствие|в связи с|"
    r"в силу|по причине|"
    r"с учетом|поэтому|ведь|обусловлен\w*|вызван\w*|связан\w* с|основ\w* на|основан\w*|"
    r"because|since|due to|owing to|thanks to|as a result)\b"
)


# Words of a figure being changed or reached ("сократить до 7–8 дней", "довести до
# миллиарда", "grow to a billion"): a "why" of such a figure asks what would bring it, which an
# aim or a condition answers — not the cause of a figure as it stands.
_CHANGING_STEMS = (
    "сокра",
    "сниз",
    "довест",
    "довод",
    "увелич",
    "вырас",
    "выраст",
    "выро",
    "удво",
    "ускор",
    "достич",
    "достиг",
    "reduc",
    "cut",
    "grow",
    "increas",
    "reach",
    "rais",
    "doubl",
    "boost",
    "shorten",
    # "why can't transit time drop to 7-8 days", "уменьшить срок": a figure brought down
    "уменьш",
    "drop",
    "lower",
    "decreas",
    "shrink",
    "halv",
    "slash",
    "speed",
    "accelerat",
)


def _why_of_figure(words: tuple[str, ...]) -> bool:
    """ "почему доставка занимает 15–18 дней", "why does Kazakhstan need 20 million tonnes":
    a "why" of a figure as it stands asks what brought it about — its cause. The passage
    giving the figure with what would change it ("при должных инвестициях … можно сократить")
    states no cause of it. Asked by a frame's verb ("чем объясняется, что грузы идут 15–18
    дней") as by "почему" — not by "за счёт чего", the means to reach a figure."""
    framed = reason_frame(words) - reason_idioms(words)
    if not _why_asked(words) and not framed:
        return False
    if not any(any(ch.isdigit() for ch in w) for w in words):
        return False
    return not any(w.startswith(_CHANGING_STEMS) for w in words)


_WHY_OF_FIGURE = word_set("почему отчего why")
# The same "why" in the words of a reason: "по какой причине", "каковы причины, по которым
# …", "what is the reason" — a cause asked as much (an aim's words, "с какой целью", not).
_WHY_PAIRS = frozenset({("какой", "причине"), ("каким", "причинам"), ("каких", "причин")})
_CAUSE_NOUNS = word_set("причина причины причину причин reason reasons")


def _why_asked(words: tuple[str, ...]) -> bool:
    """Is a "why" asked — by its word, by "по какой причине" or by a reason noun after a
    question word ("каковы причины", "what is the reason")?"""
    return (
        any(w in _WHY_OF_FIGURE for w in words)
        or bool(_WHY_PAIRS & set(itertools.pairwise(words)))
        or any(w in _CAUSE_NOUNS and _asked_before(words, at) for at, w in enumerate(words))
    )


def asks_cause(words: tuple[str, ...]) -> bool:
    """ "с чем связаны барьеры", "чем вызван рост", "из-за чего", "отчего", "what caused":
    the cause of a state of things asked for, which an aim or an effect does not give."""
    words = tuple(_as_cue(word) for word in words)
    if _CAUSE_PAIRS & set(itertools.pairwise(words)):
        return True
    if any(w in _CAUSE_WORDS for w in words) and not any(w in _HOLDS_VIEW for w in words):
        return True
    if _why_of_figure(words):
        return True
    if any(_comes_into_being(words, at) for at, word in enumerate(words) if word in _WHENCE):
        return True  # "откуда взялись барьеры": how they came about, which an effect is not
    # "с чем связан рост", "чем был вызван интерес" (not "чем объясняется": an explanation)
    return any(words[at] in _CAUSED for at in reason_frame(words))


# "не просто X — …", "не только X, но и …", "not just X but …": a contrast whose
# continuation says what the thing is beyond X.
_CONTRASTS = (
    ("не", "просто"),
    ("не", "только"),
    ("not", "just"),
    ("not", "merely"),
    ("not", "only"),
)
_CONTRAST_SCOPE = 3  # how many words after "не просто" may name X


def contrast_continued(words: tuple[str, ...] | list[str], text: str) -> bool:
    """ "почему визит называют не просто протокольным мероприятием?" asks why it is more than
    X; a span stating that contrast on the same X ("стал не просто протокольным мероприятием —
    он открыл новую страницу") gives the reason in its continuation. X is matched by stem (its
    first five letters), and the span must go on after it."""
    asked = _contrasted(tuple(words))
    if not asked:
        return False
    span = tuple(tokens(text))
    for at, pair in enumerate(itertools.pairwise(span)):
        if pair not in _CONTRASTS:
            continue
        named = span[at + 2 : at + 2 + _CONTRAST_SCOPE]
        if asked & {w[:5] for w in named if len(w) > 3} and len(span) > at + 2 + len(named):
            return True
    return False


# Words of importance: "почему маршрут так важен", "why does it matter"; and in a span,
# "особое значение имеет Транскаспийский маршрут".
_IMPORTANCE_STEMS = ("важн", "важен", "значени", "значим", "import", "significan")
_WHY_WORDS = word_set("почему зачем why")
_IMPORTANCE_SCOPE = 4  # how far from its word of importance the span may name the thing


def importance_explained(words: tuple[str, ...] | list[str], text: str) -> bool:
    """ "Почему Транскаспийский маршрут так важен?" asks why a thing matters; a span stating
    that very thing's importance ("Особое значение имеет Транскаспийский маршрут") and going
    on in another sentence ("Это … основа новой евразийской архитектуры") says why — as a
    contrast stated is continued (``contrast_continued``). The thing is matched by stem (its
    first five letters), near the span's word of importance, in the same sentence."""
    benefit = {words[at] for at in _benefit_idioms(words)}  # "what is the benefit of X"
    # "чем объясняется особое значение маршрута", "по какой причине он так важен": a why
    # asked by its frame or its noun, as "почему" asks it
    framed = reason_frame(words) or set(itertools.pairwise(words)) & _REASON_PAIRS
    if not any(w in _WHY_WORDS for w in words) and not benefit and not framed:
        return False
    if not any(w.startswith(_IMPORTANCE_STEMS) for w in words) and not benefit:
        return False
    asked = {
        w[:5]
        for w in words
        if len(w) > 3
        and w not in _WHY_WORDS
        and w not in benefit
        and w not in _ASKING
        and not w.startswith(_IMPORTANCE_STEMS)
        and is_cyrillic(w) == any(is_cyrillic(x) for x in tokens(text))
    }
    if not asked:
        return False
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if tokens(s)]
    for sentence in sentences[:-1]:
        span = tuple(tokens(sentence))
        for i, word in enumerate(span):
            if not word.startswith(_IMPORTANCE_STEMS):
                continue
            near = span[max(0, i - _IMPORTANCE_SCOPE) : i + _IMPORTANCE_SCOPE + 1]
            if asked & {w[:5] for w in near if len(w) > 3}:
                return True
    return False


# Verbs by which a span says one thing brings about another ("экспорт … усиливает роль
# Баку"), by their roots: a question naming that very effect by the same root ("чем вызвана
# усиливающаяся роль Баку", "за счёт чего укрепляется взаимозависимость") asks its cause.
_EFFECT_ROOTS = ("усил", "укреп", "углуб")
_EFFECT_VERB_STEMS = ("усилива", "усилит", "укрепля", "укрепит", "углубля", "углубит")
_EFFECT_OBJECT_REACH = 3  # words from the verb to the thing it acts on ("усиливает роль")


def effect_named(words: tuple[str, ...] | list[str], text: str) -> bool:
    """Does a span say what brings about the effect a question asks the cause of — a verb
    of the question's root of effect ("усиливающаяся" / "усиливает"), the thing it acts on
    (a word of the question's by its first five letters: "роль") right after it? The verb's
    subject is the cause: "экспорт … усиливает роль Баку" answers "чем вызвана
    усиливающаяся роль Баку", which the span's connectives do not show as a cause."""
    roots = {w[:4] for w in words if w.startswith(_EFFECT_ROOTS)}
    if not roots:
        return False
    asked = {w[:5] for w in words if len(w) > 3 and not w.startswith(_EFFECT_ROOTS)}
    span = tuple(tokens(fold(text)))
    for at, word in enumerate(span):
        if not word.startswith(_EFFECT_VERB_STEMS) or word[:4] not in roots:
            continue
        acted_on = span[at + 1 : at + 1 + _EFFECT_OBJECT_REACH]
        if asked & {w[:5] for w in acted_on if len(w) > 3}:
            return True
    return False


# A ground laid now for a thing to come, named by its adjective of the future: "создаёт
# прочную основу для дальнейшей интеграции", "к будущему сотрудничеству".
_GROUND_AHEAD = lazy(r"\b(?:для|к)\s+(?:дальнейш|будущ)\w*\s+(\w+)")


def grounds_ahead(words: tuple[str, ...] | list[str], text: str) -> bool:
    """Does a span say an effect now on a thing to come that the question names ("это
    создаёт прочную основу для дальнейшей интеграции" for "как это скажется на дальнейшей
    интеграции", "какие перспективы у интеграции")? What lies ahead of that thing is what
    it says, though its verbs foresee nothing (``forecasts``). The thing by the first five
    letters of a question's word."""
    folded = fold(text)
    if not _EFFECTS.search(folded):
        return False
    asked = {w[:5] for w in words if len(w) > 3}
    return any(m.group(1)[:5] in asked for m in _GROUND_AHEAD.finditer(folded))


def _contrasted(words: tuple[str, ...]) -> frozenset[str]:
    """The stems of the words a question's "не просто / не только" contrast names."""
    found: set[str] = set()
    for at, pair in enumerate(itertools.pairwise(words)):
        if pair in _CONTRASTS:
            named = words[at + 2 : at + 2 + _CONTRAST_SCOPE]
            found.update(w[:5] for w in named if len(w) > 3)
    return frozenset(found)


def states_cause(text: str) -> bool:
    """Does a span of the article state a cause ("потому что", "благодаря", "из-за", "в связи
    с", "because", "due to") — not only an aim or an effect? A connector opening the span
    and pointing back ("Поэтому …", "С учётом этого, …") states no cause in the span: the
    cause is the passage before (``bot.language.consequences``)."""
    return bool(_CAUSES.search(fold(text[leading_connector(text) :])))


def asks_reason(words: tuple[str, ...]) -> bool:
    """ "почему", "зачем", "why", "по какой причине", "what was the reason": a reason asked
    for — also when it is asked of somebody's words ("почему Ишмухамедов предлагает …"),
    which ``asked_types`` reads as a statement of his."""
    words = tuple(_as_cue(word) for word in words)
    pairs = set(itertools.pairwise(words))
    return (
        any(w in _REASON_WORDS for w in words)
        or bool(pairs & _REASON_PAIRS)
        or (_names_reason(words))
        or bool(reason_frame(words))
    )


_PURPOSE_WORDS = word_set("зачем")
_PURPOSE_PAIRS = frozenset(
    {
        ("для", "чего"),
        ("ради", "чего"),
        ("какой", "целью"),
        ("какой", "целю"),
        ("каких", "целях"),
        ("what", "purpose"),
        ("what", "for"),
    }
)


def asks_purpose(words: tuple[str, ...] | list[str]) -> bool:
    """ "зачем Гаджиев написал пост", "с какой целью он это сказал", "for what purpose did
    Hajiyev post": an aim asked — of somebody's words (a statement asked), which they give
    only when they state a reason or an aim; what he said is not why he said it."""
    words = tuple(_as_cue(word) for word in words)
    return any(w in _PURPOSE_WORDS for w in words) or bool(
        _PURPOSE_PAIRS & set(itertools.pairwise(words))
    )


# Words asking why, and the verbs of putting words out in writing: "почему Гаджиев написал
# этот пост", "why did Hajiyev post it". The reason of the act of publishing, which the
# passage reporting what was written ("где тот отметил …") does not give.
_WHY_OF_ACT = word_set("почему отчего why")
_PUBLISHING_WORDS = word_set(
    "написал написала написали опубликовал опубликовала опубликовали выложил выложила "
    "запостил запостила wrote write written posted post publish published tweeted tweet"
)


def asks_why_published(words: tuple[str, ...] | list[str]) -> bool:
    """ "почему Гаджиев написал этот пост", "why did Hajiyev write this post": the reason of
    somebody's writing asked, as "зачем" asks its aim (``asks_purpose``). What he wrote is
    not why he wrote it; only words of his stating a reason answer."""
    words = tuple(_as_cue(word) for word in words)
    return any(w in _WHY_OF_ACT for w in words) and any(w in _PUBLISHING_WORDS for w in words)


# Verbs of explaining (lemmas): "Тусупбеков объясняет, почему …" is how the question asks a
# reason of him, no doing of the thing asked about.
_EXPLAINING_LEMMAS = word_set(
    "объяснять объяснить пояснять пояснить обосновывать обосновать explain justify"
)


def is_explaining_verb(lemma: str) -> bool:
    """Is a verb's lemma one of explaining ("объяснять", "обосновать", "explain")?"""
    return lemma in _EXPLAINING_LEMMAS


def asks_explanation(words: tuple[str, ...] | list[str]) -> bool:
    """ "чем Гаджиев это объясняет", "чем он обосновывает идею": somebody's own explanation
    asked for — his words, which must give a reason; a statement of his that gives none
    ("он написал, что формула стала «6»") does not answer it, the reason is not given."""
    words = tuple(_as_cue(word) for word in words)
    return any(words[at] in _EXPLAINS for at in reason_frame(words))


def names_forecast(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question name a forecast by its noun anywhere — "какой прогноз по экспорту",
    and as much "есть ли прогноз, насколько вырастет турпоток", "когда откроют коридор,
    прогноз есть?", "is there any forecast for …"? What the article lacks is then a forecast,
    whatever else the question counts or dates: the asker says what he is after. ("Outlook"
    asks the prospects, which a trend answers: not counted.)"""
    return any(w in _FORECAST_NOUNS - _PROSPECT_NOUNS for w in words)


# Words of what may come to be: "когда может появиться семёрка", "when might it open".
_POSSIBLE = word_set("может могут сможет смогут could might may")


def asks_possible(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask what may come to be ("когда может появиться", "when could it
    happen", "when might Turkey join") or is awaited ("when is Turkey expected to join",
    "когда ожидается")? A time asked so is one to come, as a future verb's."""
    return any(w in _POSSIBLE or w in _AWAITING for w in words)


def missing_kind(
    wanted: AnswerType,
    words: tuple[str, ...],
    detail: str | None,
    *,
    remarked: bool = False,
    future: bool = False,
) -> AnswerType:
    """The kind a not-given reply names as missing: the kind the answer had to state — but a
    forecast when the future itself was asked for: the date of an event yet to come ("когда
    будет следующая встреча", "where and when is the next summit"), a forecast named by its
    noun ("какой прогноз по экспорту", "есть ли прогноз, насколько вырастет …"), an amount
    awaited ("сколько туристов ждут") or one in a time to come. (A date planned for a named
    step, "когда начнут строить паромы", stays a date, as reviewers label it.) ``remarked``:
    a remark after the question names the forecast ("когда может появиться семёрка? есть
    прогноз по срокам")."""
    words = tuple(finite_of_slip(w) for w in words)  # "ожидаеться в след году": "ожидается"
    if (detail is not None and detail in _FORECAST_NOUNS) or names_forecast(words) or remarked:
        return AnswerType.FORECAST
    if wanted is AnswerType.STATEMENT and asks_explanation(words):
        return AnswerType.REASON  # "чем он это объясняет": his reasoning is what is missing
    if wanted is AnswerType.DATE and (
        (_next_event(words) and _verb_of_future(words))
        or (any(w in _RETURN_WORDS for w in words) and any(w in _TAKING_PLACE for w in words))
    ):
        # "когда будет следующая встреча", "when will the next summit be held": when it is
        # to happen, a projection; "когда следующий визит", "when is the next meeting
        # (scheduled)" ask, in the present, the date it is set for — a date not given
        return AnswerType.FORECAST
    if wanted is AnswerType.DATE and _asks_whether_set(words):
        # "is a new meeting already scheduled, and for when?", "запланирована ли новая
        # встреча и на когда": whether another event is to come at all, then its date — a
        # projection asked, which no passage makes
        return AnswerType.FORECAST
    if wanted is AnswerType.DATE and any(w in _AWAITING for w in words):
        # "when is the corridor expected to open", "когда ждать ответного визита": the time
        # awaited is asked, a projection — no date anyone has set
        return AnswerType.FORECAST
    if wanted in _PROJECTED and (_horizon(words) or any(w in _AWAITING for w in words)):
        return AnswerType.FORECAST  # "сколько туристов ждут": the number expected, a projection
    if wanted in _PROJECTED and _change_to_come(words):
        # "how much cheaper will shipping get", "насколько быстрее станут доставлять": by how
        # much a thing is to change, a projection — no amount anyone has stated
        return AnswerType.FORECAST
    if wanted in _PROJECTED and future and _grows_by_how_much(words):
        # "на сколько вырастет турпоток", "by how much will trade grow": the size of a growth
        # to come, a projection nobody made
        return AnswerType.FORECAST
    if wanted in _PROJECTED and future and _names_year_ahead(words):
        # "сколько контейнеров пойдёт в 2026", "how much will exports grow by 2030": an amount
        # of a year to come, a projection nobody made
        return AnswerType.FORECAST
    return wanted


# Words of an event being set for a time: "is a meeting scheduled", "запланирована ли".
_SET_FOR = word_set(
    "scheduled planned arranged запланирована запланирован запланированы запланировано "
    "назначена назначен назначены назначено планируется планируются"
)
# An event besides the one told of: "a new meeting", "another visit", "следующая встреча".
_ANOTHER_EVENT = _NEXT_WORDS | word_set(
    "new another новая новый новое новые новой новую новых еще ещё"
)
_YES_NO_OPENERS = word_set("is are has have was were")


def _asks_whether_set(words: tuple[str, ...]) -> bool:
    """ "Is a new meeting already scheduled, and for when?", "запланирована ли новая
    встреча": a yes/no question whether another event (``_ANOTHER_EVENT``) has been set for
    a time (``_SET_FOR``) — whether it is to come at all is asked, before its date."""
    yes_no = bool(words) and (words[0] in _YES_NO_OPENERS or "ли" in words)
    return yes_no and any(w in _SET_FOR for w in words) and any(w in _ANOTHER_EVENT for w in words)


# "в следующем году", "next year", "в 2027 году": a year named, which a future verb puts ahead.
_YEAR_AHEAD_WORDS = word_set("следующем следующий следующего след следущем next sleduyushchem")
_YEAR_WORDS = word_set("году год года year godu god")


def names_year_ahead(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question name a year of the calendar — "в 2027 году", "by 2030", "в
    следующем году", "next year" (not a time from now, "через несколько лет")?"""
    return _names_year_ahead(tuple(words))


def _names_year_ahead(words: tuple[str, ...]) -> bool:
    """Does the question name a year — "в 2027 году", "by 2030", "в следующем году"?"""
    if any(_YEAR_NUMBER.fullmatch(w) for w in words):
        return True
    return any(a in _YEAR_AHEAD_WORDS and b in _YEAR_WORDS for a, b in itertools.pairwise(words))


# "how much", "насколько", "на сколько" before a comparative of the amount's change.
_BY_HOW_MUCH = frozenset({("how", "much"), ("на", "сколько")})
_BY_HOW_MUCH_WORDS = word_set("насколько")
# Comparatives of a change of amount, time or price (folded): "cheaper", "быстрее".
_COMPARATIVES = word_set(
    "cheaper faster quicker shorter longer bigger larger higher lower more less "
    "дешевле дороже быстрее медленнее короче дольше больше меньше выше ниже"
)
_COMPARATIVE_REACH = 2  # "how much (more) cheaper", "насколько (же) дешевле"


def _grows_by_how_much(words: tuple[str, ...]) -> bool:
    """Does the question ask by how much a thing will grow, with no unit of its own ("на
    сколько вырастет турпоток", "by how much will trade grow")? The size of a growth to come
    is a projection; "на сколько процентов вырастет" asks a quantity, its unit named."""
    if asked_change(words) is not Change.GROWTH:
        return False
    for at in range(len(words)):
        if words[at] in _BY_HOW_MUCH_WORDS:
            after = words[at + 1 : at + 2]
        elif tuple(words[at : at + 2]) in _BY_HOW_MUCH:
            after = words[at + 2 : at + 3]
        else:
            continue
        if after and after[0] not in _UNIT_AFTER_HOW_MUCH:
            return True
    return False


# Nouns of a unit right after "на сколько" ("на сколько процентов", "на сколько тонн").
_UNIT_AFTER_HOW_MUCH = word_set("процентов процента процент percent tonnes tons тонн раз")


def _change_to_come(words: tuple[str, ...]) -> bool:
    """Does the question ask by how much a thing will change ("how much cheaper will
    shipping get", "насколько быстрее будут идти грузы"): a comparative right after "how
    much"/"насколько", and a verb of the future? Not "how much will the ferries cost", an
    amount of its own, nor "насколько быстрее идут грузы", a change stated today."""
    for at in range(len(words)):
        if words[at] in _BY_HOW_MUCH_WORDS:
            after = at + 1
        elif tuple(words[at : at + 2]) in _BY_HOW_MUCH:
            after = at + 2
        else:
            continue
        if any(w in _COMPARATIVES for w in words[after : after + _COMPARATIVE_REACH]):
            return _verb_of_future(words)
    return False


# Words of expecting, without the English "will" ("how many locomotives will be bought" asks a
# number planned, not a projection): a count of what is awaited is missing as a forecast.
_AWAITING = _EXPECTING - {"will"}


def reason_frame(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of the words framing a reason asked for ("с чем СВЯЗАН рост", "чем
    ОБЪЯСНЯЕТСЯ интерес", "чем Гусейнов ОБЪЯСНЯЕТ …", "за СЧЕТ чего", "what is BEHIND the
    growth", "what EXPLAINS …", "what were they MEANT for"): empty when no such frame asks
    for a reason. (The words stay words of the question: a curator's phrasing holds them.)"""
    found: set[int] = set()
    for at, word in enumerate(words):
        following = tuple(words[at + 1 : at + 1 + _FRAME_SCOPE])
        if word == "чем":
            after_with = tuple(words[at - 1 : at]) in (("с",), ("со",))
            cue = _CAUSE_VERBS | _TIED if after_with else _CAUSE_VERBS
            found.update(at + 1 + i for i, w in enumerate(following) if w in cue)
        if word in _WHICH and following[:1] and following[0] in _REASON_NOUNS:
            # "какими доводами он обосновывает идею": "чем" said by the noun of a reason —
            # the noun and the verb after it frame the reason asked
            found.add(at + 1)
            found.update(at + 2 + i for i, w in enumerate(following[1:]) if w in _CAUSE_VERBS)
        if word == "как" or (word == "образом" and tuple(words[at - 1 : at]) == ("каким",)):
            # "как Ишмухамедов обосновал идею", "каким образом обосновывается": how one
            # justified it is the reason he gave, as "чем обосновал" asks it (justifying only:
            # "как объяснил" may ask his words)
            found.update(at + 1 + i for i, w in enumerate(following) if w in _JUSTIFIES)
        if word == "what" and following[:1] and following[0] in _ENGLISH_CAUSE:
            found.add(at + 1)
        if (
            word == "what"
            and len(following) > 1
            and following[0] in _BEHIND
            and following[1] == "behind"
        ):
            found.add(at + 2)  # "what is behind"
    return frozenset(found | reason_idioms(words))


# Verbs an asker gives a reason with ("what rationale does he OFFER", "the reason the analyst
# GIVES", "what justification does he PROVIDE"): English, as typed.
_GIVING_REASON = word_set(
    "offer offers offered give gives gave given provide provides provided cite cites cited "
    "advance advances advanced put puts"
)
_GIVING_REACH = 4  # "what rationale does the Kazakh analyst offer": words from the noun on


def _reason_given_at(words: tuple[str, ...] | list[str], at: int) -> frozenset[int]:
    """The position of the verb giving the reason noun at ``at`` ("what rationale does
    Ishmukhamedov OFFER for adding Turkey"): how the reason is asked, as the noun is — the
    verb is none of the subject's words, and a verb no passage holds would outweigh it."""
    for after in range(at + 1, min(len(words), at + 1 + _GIVING_REACH)):
        if words[after] in _GIVING_REASON:
            return frozenset({after})
    return frozenset()


def reason_idioms(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of the words of a fixed idiom asking for a reason ("за СЧЁТ чего", "what
    were they MEANT for"): how the question asks, never what it is about — unlike a verb of a
    frame ("чем Гусейнов объясняет"), which a curator's phrasing may share with the question.
    Weighed as a word of the subject, "счёт" or an unknown "meant" outweighs the subject."""
    found: set[int] = set()
    for at, word in enumerate(words):
        if word in ("счет", "счёт") and tuple(words[at - 1 : at + 2]) == ("за", word, "чего"):
            found.add(at)
        if word == "meant" and tuple(words[at + 1 : at + 2]) == ("for",):
            found.add(at)  # "what were the investments meant for"
        if word in _REASON_NOUNS and _asked_before(words, at):
            # "what is the rationale for adding Turkey", "on what grounds": how the reason is
            # asked, as "why" asks it — unknown to the briefing, the noun would outweigh
            # the subject
            found.add(at)
            found.update(_reason_given_at(words, at))
        if word == "behind" and at > 0 and words[at - 1] in _REASON_NOUNS:
            found.add(at)  # "the logic behind number 7": the reason of it
        if word in PURPOSE_NOUNS and _asked_before(words, at) and _of_a_thing(words, at + 1):
            found.add(at)  # "каково назначение регистрации": its aim, asked as "зачем"
        if word in _ON_BASIS and _on_what(words, at):
            found.add(at)  # "on what basis does he propose it"
        if (word, *words[at + 1 : at + 2]) in _ASKING_PAIRS:
            found.update((at, at + 1))  # "по какой причине", "на каком основании"
        if word in _COMING_FROM and "откуда" in words[max(0, at - _FROM_WHERE_REACH) : at]:
            found.add(at)  # "откуда взялась эта цифра": where it comes from, its reason
    # "что послужило основанием для …": why
    found |= _served_as(words)
    return frozenset(found | _benefit_idioms(words) | _english_reason_cues(words))


# "откуда взялась цифра семь", "откуда взялась идея": a thing's origin asked as its reason
# (the passage telling why there are seven answers) — the verb no relation a passage says.
_COMING_FROM = word_set("взялся взялась взялось взялись берется берётся берутся")
_FROM_WHERE_REACH = 3  # "откуда вообще взялась", "откуда же у него взялась"


# A benefit asked as a purpose: "в чём выгода регистрации", "какая польза от паромов",
# "what are the benefits of …" (after a question word), "чем выгодно соглашение" (after
# "чем"), "what is the point of …": what a thing is for, which a passage stating what it
# gives answers ("способно облегчить товарооборот") — how the reason is asked, no subject.
_BENEFIT_NOUNS = word_set(
    "выгода выгоду выгоды выгод польза пользу пользы преимущество преимущества преимуществ "
    "benefit benefits advantage advantages"
)
_BENEFIT_ASKING = word_set("какую какие каковы какова")
# Verbs of getting a benefit ("какие выгоды получит Азербайджан", "какую пользу извлечёт"):
# the benefit is what is asked; getting it is how, no relation a passage must tell.
_GETTING = word_set("получить получать извлечь извлекать")
_GETTING_REACH = 2  # words from the benefit's noun to its verb ("какие выгоды получит")


def benefit_gotten(words: tuple[str, ...] | list[str], verb: str) -> bool:
    """Is ``verb`` (a lemma) the verb of getting a benefit the question names right before
    it ("какие выгоды ПОЛУЧИТ Азербайджан")?"""
    if verb not in _GETTING:
        return False
    return any(
        word in _BENEFIT_NOUNS
        and any(
            is_cyrillic(w) and _lemma(w) == verb
            for w in words[at + 1 : at + 1 + _GETTING_REACH]
        )
        for at, word in enumerate(words)
    )
# "на каком основании", "в чём выгода": nouns saying only that a reason is the kind asked
REASON_NOUNS = REASON_NOUNS | _BENEFIT_NOUNS | frozenset(noun for _, noun in _ASKING_PAIRS)
_BENEFITS = word_set(
    "выгодно выгоден выгодна выгодны выгодней выгоднее полезно полезен полезна полезны"
)
_POINT_OPENING = (("is", "the"), ("what's", "the"), ("whats", "the"), ("was", "the"))


def _benefit_idioms(words: tuple[str, ...] | list[str]) -> set[int]:
    """The positions of the words asking a benefit ("в чём ВЫГОДА", "чем ВЫГОДНО", "what is
    the POINT of"): a purpose asked, as "зачем" asks it."""
    found: set[int] = set()
    for at, word in enumerate(words):
        before = words[:at]
        if word in _BENEFIT_NOUNS and (
            _asked_before(words, at) or any(w in _BENEFIT_ASKING for w in before)
        ):
            found.add(at)
        if word in _BENEFITS and "чем" in before[-_FRAME_SCOPE:]:
            found.add(at)
        if (
            word == "point"
            and tuple(words[at + 1 : at + 2]) == ("of",)
            and tuple(words[at - 2 : at]) in _POINT_OPENING
        ):
            found.add(at)  # "what is the point of building ferries" (not "at what point")
    return found


_DRIVING = word_set("driving prompting motivating")
# "what ARE the ferries for" (not "what kind of cooperation are they ready for"), and not
# a verb or an adjective that takes "for" itself ("what does it provide for", "ready for").
_BE_OR_DO = word_set("is are was were do does did will would")
_PHRASAL_FOR = word_set(
    "provide provides provided ready prepared stand stands account accounts call calls ask "
    "asks asked look looking wait waiting hope hoping pay paid known responsible famous vote "
    "voted apply applied search searching meant"
)
_PROMPTS = word_set("prompted motivated drives drove")


# "what's HOLDING it BACK", "what is STOPPING it": what keeps a thing from happening, asked of
# a thing the question says is not done ("can't drop to 7-8 days yet") — its reason, as
# "почему нельзя …, что мешает" asks it. After "what" and a form of "be" ("what's" is
# "what", "s"; "what has been"), "back" closing the phrasal verb a few words on.
_HOLDING = word_set("holding stopping")
_HELD = word_set("held holds")  # "what held it back", "what holds the corridor back"
_WHAT_BE = word_set("is s was has been")
_BACK_REACH = 4  # "what is holding the Middle Corridor back": the words between


_REASON_CUE_WORDS = _DRIVING | _PROMPTS | _HOLDING | _HELD | {"come"}


def _english_reason_cues(words: tuple[str, ...] | list[str]) -> set[int]:
    """The positions of the English words asking a reason without "why": "what are the
    ferries FOR" (a closing "for" after an opening "what"), "what is DRIVING the growth",
    "what PROMPTED the visit", "how COME": how the reason is asked, no subject."""
    found: set[int] = set()
    if (
        len(words) >= 4
        and words[0] == "what"
        and words[1] in _BE_OR_DO
        and words[-1] == "for"
        and words[-2] not in _PHRASAL_FOR
    ):
        found.add(len(words) - 1)
    if _REASON_CUE_WORDS.isdisjoint(words):
        return found  # no word the cues below open with
    for at, word in enumerate(words):
        before = tuple(words[max(0, at - 2) : at])
        if word in _DRIVING and before[-2:-1] == ("what",) and before[-1:] in (("is",), ("was",)):
            found.add(at)  # "what is driving"
        if word in _PROMPTS and before[-1:] == ("what",):
            found.add(at)  # "what prompted"
        if word == "come" and before[-1:] == ("how",):
            found.add(at)  # "how come"
        found |= _holding_back(words, at)
    return found


def _holding_back(words: tuple[str, ...] | list[str], at: int) -> set[int]:
    """The positions of "what's HOLDING it BACK", "what HELD trade BACK", "what is STOPPING
    it" at ``at``: the verb after "what" (and a form of "be"), with the "back" a holding
    needs a few words on — "what is holding the talks" holds no reason."""
    word = words[at]
    opening = [w for w in words[max(0, at - 3) : at] if w not in _WHAT_BE]
    if word not in _HOLDING | _HELD or opening[-1:] != ["what"]:
        return set()
    if word == "stopping":
        return {at}
    ahead = list(words[at + 1 : at + 1 + _BACK_REACH])
    return {at, at + 1 + ahead.index("back")} if "back" in ahead else set()


def _asked_before(words: tuple[str, ...] | list[str], at: int) -> bool:
    """Is a question word ("what", "which", "каков", "is") before position ``at``?"""
    return any(w in _ASKING or w in WHAT_IS or w == "чем" for w in words[:at])


def _on_what(words: tuple[str, ...] | list[str], at: int) -> bool:
    """ "on what basis", "on which basis": the word at ``at`` after "on" and a question word."""
    return at >= 2 and words[at - 2] == "on" and words[at - 1] in ("what", "which")


def time_idioms(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of "по времени" in "сколько по времени шли переговоры": "по …" names the
    dimension an amount is asked in, as "как долго" does — no word of the subject, whichever
    passage happens to say "время"; so does a span of it ("на какой отрезок времени").
    (A plain "сколько времени" keeps its noun, which a
    passage on the "время доставки" shares; "сколько дней" keeps the unit an answer
    states.)"""
    found: set[int] = set()
    for at, word in enumerate(words):
        if word in _COUNT_WORDS and tuple(words[at + 1 : at + 3]) == ("по", "времени"):
            found.update((at + 1, at + 2))
        if (word, *words[at + 1 : at + 2]) in _SPANS_OF_TIME:
            # "на какой отрезок времени": a length of time asked as "на какой период" asks
            # it, no words a passage need hold (nor a detail the article lacks)
            found.update((at, at + 1))
    return frozenset(found)


# Amounts a horizon puts in the future: "how much oil will be exported in the coming years"
# asks for a projection, which the article does not make (an amount of today it may give).
_PROJECTED = frozenset({AnswerType.QUANTITY, AnswerType.MONEY})
_HORIZON_PAIRS = frozenset(
    {
        ("coming", "years"),
        ("coming", "decade"),
        ("next", "years"),
        ("ближайшие", "годы"),
        ("ближайшие", "десятилетия"),
        ("ближайших", "лет"),
        ("in", "future"),
        ("the", "future"),
        ("в", "будущем"),
        ("в", "перспективе"),
    }
)


# Words opening a span of time to come ("over the next few years", "в ближайшие годы",
# "in the coming decade"), and how far after them its noun of time may stand.
_AHEAD = word_set(
    "next coming upcoming ближайшие ближайших ближайший ближайшее следующие следующих "
    "следующий следующем грядущие"
)
AHEAD_WORDS = _AHEAD  # words opening a time to come ("ближайшие", "next")
_AHEAD_NOUNS = word_set(
    "years year decade decades годы лет год года десятилетие десятилетия десятилетий пятилетку"
)
_AHEAD_REACH = 3


# "будущее" as a noun ("каким Гусейнов видит будущее отношений"), in the cases a subject or
# an object takes: what will become of a thing, asked by its name — as "прогноз" asks.
_FUTURE_NOUN = word_set("будущее будущего")


def _future_named(words: tuple[str, ...] | list[str]) -> bool:
    """The future asked by its noun: Russian "будущее" as a noun (``_names_future``, not the
    adjective of "будущее соглашение"), English "future"."""
    return "future" in words or _names_future(tuple(words))


def _names_future(words: tuple[str, ...]) -> bool:
    """ "каким будет будущее отношений", "какое будущее у союза": the future of a thing
    asked by the noun — not the adjective of a thing to come ("будущее соглашение", whose
    noun follows in its case), nor "в будущем", a time (``_horizon``)."""
    for at, word in enumerate(words):
        if word not in _FUTURE_NOUN or (at and words[at - 1] in ("в", "во")):
            continue
        after = words[at + 1] if at + 1 < len(words) else ""
        if not after or not _agrees_neuter(after, word):
            return True
    return False


def _agrees_neuter(noun: str, adjective: str) -> bool:
    """Is ``noun`` a neuter noun in the case of ``adjective`` (``будущее`` / ``будущего``),
    which the adjective would then qualify?"""
    case = "nomn" if adjective == "будущее" else "gent"
    return is_cyrillic(noun) and any(
        p.tag.POS == "NOUN" and "neut" in p.tag and "sing" in p.tag and case in p.tag
        for p in parse(noun)
    )


def asks_prospect(words: tuple[str, ...]) -> bool:
    """ "прогноз экспорта", "the outlook for trade", "exports over the next few years": a
    forecast asked for by its name or by a time to come, which only a span foreseeing
    something answers (``forecasts``) — not one stating today's effects."""
    if any(w in _FORECAST_NOUNS for w in words) or _horizon(words) or _future_named(words):
        return True
    return any(
        word in _AHEAD and any(w in _AHEAD_NOUNS for w in words[at + 1 : at + 1 + _AHEAD_REACH])
        for at, word in enumerate(words)
    )


# "почему именно сейчас", "why now": the present as the time something was done. ("Почему
# сейчас товарооборот низкий" asks why a state of today holds, not why then.)
_NOW = word_set("сейчас теперь ныне now")
_JUST = word_set("именно just")
_WHY = word_set("почему зачем отчего why")
# Past forms of English questions: "why was it signed now", "why did they sign now".
_PAST_AUXILIARIES = word_set("was were did had")
# Nouns asking for the timing itself: "what prompted the timing".
_TIMING_NOUNS = word_set("timing")
# Words of a passage that speak of when a thing came: "вовремя", "момент", "сейчас".
_TIME_WORDS = word_set(
    "сейчас сегодня теперь ныне момент момента моменте время времени вовремя своевременно "
    "своевременный пора назрел назрела now today moment time timing timely"
)


def asks_timing(words: tuple[str, ...]) -> bool:
    """ "почему декларацию подписали именно сейчас", "why was it signed now", "what prompted
    the timing": a reason asked of when a thing was done, which only a passage speaking of
    the time answers (``tells_timing``) — not its reasons as such. "Now" counts after
    "именно/just", right after "why", or in a question about something done (a Russian past
    verb, an English past auxiliary)."""
    if not any(w in _WHY for w in words) and not any(w in _TIMING_NOUNS for w in words):
        return False
    if any(w in _TIMING_NOUNS for w in words):
        return True
    for at, word in enumerate(words):
        if word not in _NOW:
            continue
        before = words[at - 1] if at else ""
        if before in _JUST or (before in _WHY and is_latin(word)):  # "why now"
            return True
        if any(w in _PAST_AUXILIARIES or is_past_verb(w) for w in words):
            return True
    return False


def is_past_verb(word: str) -> bool:
    """A Russian verb in the past tense ("подписали", "состоялся")."""
    parses = parse(word) if is_cyrillic(word) else []
    return bool(parses) and parses[0].tag.POS == "VERB" and "past" in parses[0].tag


def tells_timing(text: str) -> bool:
    """Does a span speak of when a thing came ("вовремя состоявшееся", "в нынешний момент")?"""
    return any(w in _TIME_WORDS for w in tokens(text))


# "where are relations heading", "куда движутся отношения": a direction taken, by its verb.
_WHITHER = word_set("where куда")
_HEADING = word_set(
    "heading headed head going go moving move developing develop двигаться движутся движется "
    "двигаются идти идут идет пойдут развиваться развиваются развивается"
)
# "where could it go", "куда может дойти": a verb of possibility before the heading asks
# where a thing may get to — as a time to come does.
_MAY = word_set("could might may can would может могут сможет смогут могла мог")


def _whither_ahead(words: tuple[str, ...]) -> bool:
    """ "where does Huseynov see relations heading in the coming years", "куда будут двигаться
    отношения в ближайшие годы", "his prediction about where relations are heading", "where
    could it go": where a thing is heading in a time to come (or may get to) is what will
    become of it — a forecast, not a place (the cargo "heading" to Baku has no horizon)."""
    return (
        any(w in _WHITHER for w in words)
        and any(w in _HEADING for w in words)
        and (
            _horizon(words)
            or any(w in _FORECAST_NOUNS for w in words)
            or any(a in _MAY and b in _HEADING for a, b in _close_pairs(words))
            or any(w in _COURSE_NOUNS for w in words)
        )
    )


# What has a course but no destination on a map: "where are Baku–Astana relations heading",
# "куда движется сотрудничество" ask what will become of them, wherever the word "heading"
# stands (the cargo heading to Baku is a thing that travels).
_COURSE_NOUNS = word_set(
    "relations relationship relationships ties cooperation partnership alliance "
    "отношения отношений сотрудничество партнерство союз"
)


def _close_pairs(words: tuple[str, ...]) -> list[tuple[str, str]]:
    """Each word with the next two ("could GO", "could it GO"): a modal and its verb, with at
    most a pronoun between."""
    return [(a, b) for at, a in enumerate(words) for b in words[at + 1 : at + 3]]


def whither_cues(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of the verb of heading in a forecast asked as a direction ("relations
    HEADING in the coming years"): how the question asks, no word of what it is about."""
    if not _whither_ahead(tuple(words)):
        return frozenset()
    return frozenset(at for at, word in enumerate(words) if word in _HEADING)


def names_horizon(words: tuple[str, ...]) -> bool:
    """ "in the coming years", "в ближайшие годы": the question names a stretch of time to
    come (``_horizon``)."""
    return _horizon(tuple(words))


def _horizon(words: tuple[str, ...]) -> bool:
    """ "в ближайшие годы", "in the coming years", "в будущем": a time yet to come that an
    amount is asked for."""
    return not _HORIZON_PAIRS.isdisjoint(itertools.pairwise(words))


def _names_reason(words: tuple[str, ...]) -> bool:
    """ "what was the reason for the visit", "какова причина", "в чём причина": a reason noun
    after a question word asks for the reason ("the reasons he gave" alone does not); "what
    are the ferries for", "what is driving it" ask one as well (``_english_reason_cues``)."""
    if _english_reason_cues(words):
        return True
    for at, word in enumerate(words):
        if word in _REASON_NOUNS and _asked_before(words, at):
            return True
        if word in _ON_BASIS and _on_what(words, at):
            return True
        if word in PURPOSE_NOUNS and _asked_before(words, at) and _of_a_thing(words, at + 1):
            return True
    return bool(_served_as(words))


# "что послужило основанием / причиной / поводом для вывода", "что стало причиной": what a
# thing came of — a reason asked, in the formal register's words, which name no subject.
_SERVED = word_set("послужило послужили послужил послужила стало стали явилось явились")
_GROUNDS = word_set("основанием причиной поводом предпосылкой")


def _served_as(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of "послужило основанием" after "что" (none when the words do not read
    so)."""
    return frozenset(
        position
        for at in range(1, len(words) - 1)
        if words[at] in _SERVED and words[at + 1] in _GROUNDS and "что" in words[:at]
        for position in (at, at + 1)
    )


def _of_a_thing(words: tuple[str, ...], at: int) -> bool:
    """Is the word at ``at`` a noun or adjective in the genitive (the thing whose aim is
    asked: "цель ПРЕДВАРИТЕЛЬНОЙ регистрации", "цель визита")?"""
    parses = parse(words[at]) if at < len(words) else ()
    # the first reading only: "по" has an abbreviation's ("ПО") among its others
    return bool(parses) and "gent" in parses[0].tag and parses[0].tag.POS in _THING_POS


_THING_POS = frozenset({"NOUN", "ADJF", "PRTF"})


# Prepositions before a length a thing is to reach: "reduce delivery time to 7–8 days",
# "сократить срок доставки до 7–8 дней".
_REACHING = word_set("to до down within в")


def _length_given(words: tuple[str, ...]) -> bool:
    """Does the question state a length of time itself, as the level a thing is to reach
    ("… to 7–8 days", "… до 7–8 дней")? Then that length is no fact it asks."""
    return any(
        words[i] in _REACHING and words[i + 1][:1].isdigit() and words[i + 2] in _TIME_NOUNS
        for i in range(len(words) - 2)
    )


def _other_length_cue(
    words: tuple[str, ...],
    pairs: set[tuple[str, str]],
    within: bool,
    back: bool,
    counting: bool,
    how_much: bool,
) -> bool:
    """Is a length of time asked by more than a noun of a time of going ("delivery time"):
    "how long", "как долго", "сколько дней", a verb of lasting?"""
    return bool(
        (("how", "long") in pairs and not back)
        or ("как", "долго") in pairs
        or any(_counts_time(words, i) for i in range(len(words)))
        or any(_time_frame_at(words, i) for i in range(len(words)))
        or (
            any(w in _LASTING and not _names_a_time(words, i) for i, w in enumerate(words))
            and (counting or how_much or "как" in words)
        )
        or any(_asks_going(words, i) for i in range(len(words)))
        or (pairs & (_DURATION_PAIRS - _GOING_TIMES) and not within)
    )


def _names_a_time(words: tuple[str, ...], i: int) -> bool:
    """ "last year", "last week": "last" naming a time, not asking how long something lasted."""
    return words[i] == "last" and words[i + 1 : i + 2] in (("year",), ("week",), ("month",))


# Words that may stand between "сколько" and the time noun it counts: "сколько же дней",
# "сколько будет дней идти груз после инвестиций" (the future's copula: a time to come).
_BEFORE_TIME_NOUN = word_set("же всего примерно будет будут было")


def _counts_time(words: tuple[str, ...], i: int) -> bool:
    """ "сколько дней", "за сколько лет", "how many years": counting a time noun — not "сколько
    тонн в год", where the year is a rate. "How much days" counts days as "how many" does (the
    plural says units are counted: Russian's one "сколько" carried into English), and "how
    much time" asks how long as "how long" does."""
    word = words[i]
    if word == "much":
        return any(w in _PLURAL_TIME_NOUNS for w in words[i + 1 : i + 2])
    if word not in _COUNT_WORDS and word != "many":
        return False
    following = words[i + 1 : i + 3]
    # "сколько сейчас по времени едет груз": an adverb before "по времени" changes nothing
    timed = [w for w in words[i + 1 : i + 5] if w not in _ADVERBS][:2]
    return (
        any(w in _TIME_NOUNS for w in following[:1])
        or (
            len(following) == 2
            and following[0] in _BEFORE_TIME_NOUN
            and following[1] in _TIME_NOUNS
        )
        # "сколько по времени шли переговоры": "по времени" says the amount is of time
        or tuple(timed) == ("по", "времени")
        # "сколько паром через Каспий плывёт по времени": said after the rest of the clause
        or _by_time_later(words[i + 1 :])
        # "сколько едет груз, в днях если": the unit the answer is wanted in is one of time
        or any(pair in _IN_TIME_UNITS for pair in itertools.pairwise(words[i + 1 :]))
    )


# Verbs of writing: "что он писал про …" asks what he wrote, his words as "сказал" does.
_WRITING = word_set("писал писала писали написал написала написали пишет пишут wrote")


# Words that end the clause "сколько" opens: a conjunction or another question word.
_CLAUSE_BREAKS = word_set("и а или но что когда где как почему зачем куда")


def _by_time_later(rest: tuple[str, ...]) -> bool:
    """Does "по времени" close the clause "сколько" opens ("сколько паром через Каспий плывёт
    по времени")? It says the amount asked is one of time wherever it stands; a later
    clause ("…, и что по времени") is another question's."""
    clause = tuple(itertools.takewhile(lambda w: w not in _CLAUSE_BREAKS, rest))
    return ("по", "времени") in itertools.pairwise(clause)


# "в днях", "в часах", "in days": the unit of time an amount is wanted in (a rate is "в день",
# "в год", "per day": "сколько тонн в год" counts tonnes).
_IN_TIME_UNITS = frozenset(
    {("в", unit) for unit in ("днях", "сутках", "часах", "неделях", "месяцах", "минутах")}
    | {("in", unit) for unit in ("days", "hours", "weeks", "minutes")}
)


@lru_cache(maxsize=WORDS_REMEMBERED)
def _lemma(word: str) -> str:
    """A folded word's dictionary form (Russian) or stem (English), for the lemma tables;
    remembered, as the rules ask it of every word of a question, some several times."""
    return russian_lemma(word) if is_cyrillic(word) else english_stem(word)


def _asks_going(words: tuple[str, ...], i: int) -> bool:
    """ "сколько идёт паром", "сколько сейчас едут грузы": "сколько" with a verb of going
    asks how long — not "сколько грузов идёт", which counts the cargo. The one going may
    stand before its verb ("сколько паром идёт", "сколько груз едет"): a subject, whose case
    no count takes (what "сколько" counts is in the genitive). The way it goes may stand
    between the subject and its verb ("сколько груз из Китая едет до Азербайджана"). Not
    after "до": "до скольки дойдёт товарооборот" asks the level it reaches, no time."""
    if words[i] not in _COUNT_WORDS or (i and words[i - 1] == "до"):
        return False
    following = [w for w in words[i + 1 : i + 5 + _WAY_REACH] if w not in _ADVERBS]
    if tuple(following[:2]) == ("по", "времени"):  # "сколько по времени едет груз"
        following = following[2:]
    if following and _uncounted_subject(following[0]):
        following = _past_the_way(following[1:])
    following = following[:1]
    return any(
        p.tag.POS in {"VERB", "INFN"} and p.normal_form in _GOING_LEMMAS
        for word in following
        for p in parse(word)[:1]
    )


# Prepositional phrases of the way between a subject and its verb of going: "из Китая",
# "до Азербайджана", "через Каспий" — two at most, of a preposition and one word each.
_WAY_PHRASES = 2
_WAY_REACH = 2 * _WAY_PHRASES


def _past_the_way(words: list[str]) -> list[str]:
    """The words after the phrases of the way that lead them ("из Китая до Азербайджана
    едет" → "едет"): where a thing goes from and to stands between the one going and its
    verb, and is neither a count nor the verb."""
    for _ in range(_WAY_PHRASES):
        if len(words) < 2 or not any(p.tag.POS == "PREP" for p in parse(words[0])[:1]):
            break
        words = words[2:]
    return words


def _uncounted_subject(word: str) -> bool:
    """Is ``word`` a Russian noun with no reading in the genitive, the case of a thing
    counted ("паром", "груз" — a subject; not "паромов", "нефти")?"""
    if not is_cyrillic(word):
        return False
    readings = [p for p in parse(word) if p.is_known]
    return (
        bool(readings)
        and readings[0].tag.POS == "NOUN"
        and readings[0].tag.case == "nomn"
        and not any(p.tag.case in ("gent", "gen2") for p in readings)
    )


# "стоят" is both "cost" (стоить) and "stand" (стоять). Standing where vehicles wait — "на
# границе", "в очереди", "в пробке" — is waiting: "сколько фуры стоят на границе" asks how
# long, not a price ("сколько стоит билет на паром" names no such place).
_STANDING = word_set("стоят стоит стоял стояла стояли стоять простаивают простаивает простоят")
_WAITING_PLACES = {
    "на": word_set("границе границах таможне кпп погранпереходе переходе пропускном"),
    "в": word_set("очереди очередях пробке пробках"),
}
_WAITING_REACH = 2  # words between the verb and the place ("стоят сейчас на границе")


_SHOULD = word_set("стоит стоило")
_SHOULD_PARTICLES = word_set("ли бы же ещё еще")


# "сколько" as typed and clipped ("сколко", "скока"): Russian's how much, before a price.
_HOW_MUCH_RU = COUNT_WORDS - {"how", "many", "much", "многих"}


def _should(words: tuple[str, ...], i: int) -> bool:
    """Is the word at ``i`` "стоит" of what one should do — an infinitive after it ("почему
    стоит добавить Турцию", "стоило бы расширить") — or of what stands behind a thing ("что
    стоит за сближением")? Neither asks a price."""
    if words[i] not in _SHOULD or any(w in _HOW_MUCH_RU for w in words[:i]):
        # "сколько стоит перевезти тонну": the price of doing it — "сколко", "скока" as
        # typed ("skolko stoit postroit": translit drops the ь of both)
        return False
    ahead = [w for w in words[i + 1 : i + 3] if w not in _SHOULD_PARTICLES][:1]
    if not ahead:
        return False
    if ahead[0] == "за":
        return words[i - 1 : i] == ("что",)  # "что стоит за": not "сколько стоит за тонну"
    return is_cyrillic(ahead[0]) and ahead[0].endswith(("ть", "ти", "ться", "чь"))


def modal_positions(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of "стоит" of what one should do ("почему стоит добавить Турцию"): a
    modal, as "надо" is, naming no subject."""
    words = tuple(words)
    return frozenset(i for i in range(len(words)) if _should(words, i))


def _money_for(words: tuple[str, ...], i: int) -> bool:
    """Is the money at ``i`` asked what it is for ("на что нужны серьёзные деньги", "на
    что пойдут деньги"): a purpose, which a passage names in words, not a sum?"""
    before = words[max(0, i - _MONEY_FOR_REACH) : i]
    return words[i] in MONEY_NOUNS and ("на", "что") in set(itertools.pairwise(before))


_MONEY_FOR_REACH = 4  # words from "на что" to the money: "на что нужны серьёзные деньги"


def _money_in_condition(words: tuple[str, ...], i: int) -> bool:
    """Is the money at ``i`` in the condition of the question ("как быстро дойдут грузы,
    если вложить деньги", "how fast … if they pour money in"): what is done with it, no sum
    asked? Not when a question word stands between ("если вложат, сколько денег нужно")."""
    before = words[max(0, i - _CONDITION_REACH) : i]
    opened = [at for at, w in enumerate(before) if w in _CONDITIONS]
    if not opened:
        return False
    return not any(
        w in _ASKING or w in _COUNT_WORDS or w in _WHICH for w in before[opened[-1] + 1 :]
    )


_SPEED_PAIRS = frozenset({("how", "fast"), ("how", "quickly"), ("как", "быстро")})
# Verbs of getting somewhere (stems): "reach", "get to", "дойдут", "доставят", "довезут".
_GOING_STEMS = ("reach", "arriv", "get", "deliver", "ship", "travel", "дой", "дост", "довез")
_GOING_STEMS += ("дойд", "прибуд", "доеха", "добер", "идут", "пойдут")


def _goes(word: str) -> bool:
    """Is the word one of getting somewhere ("reach", "дойдут", "доставят")?"""
    return word.startswith(_GOING_STEMS)


_CONDITIONS = word_set("если if")
_CONDITION_REACH = 5  # words from "если" to the money: "если они туда вложат деньги"


def _stands_waiting(words: tuple[str, ...], i: int) -> bool:
    """Is the word at ``i`` "стоят" of standing and waiting — a place of waiting right after
    it ("стоят на границе", "стоят в очереди"), a word or two on at most?"""
    if words[i] not in _STANDING:
        return False
    ahead = words[i + 1 : i + 2 + _WAITING_REACH]
    return any(
        a in _WAITING_PLACES and b in _WAITING_PLACES[a] for a, b in itertools.pairwise(ahead)
    )


_LINKING_ARTICLES = word_set("the is are was were s")
_AUXILIARY_VERBS = word_set("do does did will would can could has have had should")


def _asks_sum(words: tuple[str, ...], *, counting: bool) -> bool:
    """ "какой товарооборот", "сколько составляет товарооборот", "сколько Казахстан
    зарабатывает", "how much does it earn": an amount of a sum of money. Not when "сколько"
    counts something else ("сколько тонн …", a genitive noun after it)."""
    for at, word in enumerate(words):
        if _lemma(word) not in _MONEY_LEMMAS:
            continue
        if counting and not _counts_other(words):
            return True
        # "какой (годовой) товарооборот": the sum right after its question word; "what are
        # the tariffs", "what's the fee": the English linking verb and article skipped
        before = tuple(w for w in words[max(0, at - 4) : at] if w not in _LINKING_ARTICLES)[-2:]
        if any(w in _WHICH or w in WHAT_IS for w in before[-1:]) or (
            len(before) == 2
            and (before[0] in _WHICH or before[0] in WHAT_IS)
            and any(p.tag.POS == "ADJF" for p in parse(before[1])[:1])
        ):
            return True
        if (
            len(before) == 2
            and before[0] in _WHICH
            and is_latin(before[1])
            and before[1] not in _AUXILIARY_VERBS
        ):
            return True  # "what are the transit fees": one English modifier before the sum
    return False


# English verbs of doing, and the verb of trading after them: "how much do they trade".
_DOING_EN = word_set("do does did")
_TRADING_EN = word_set("trade trades traded")


def _trading_asked(words: tuple[str, ...]) -> bool:
    """Does a "how much" question ask how much someone trades — "trade" the verb after
    "do/does/did" ("how much do the two countries trade a year")? The sum traded, a sum of
    money, as "сколько наторговывают" asks it; not "how much trade", the noun."""
    doing = next((at for at, w in enumerate(words) if w in _DOING_EN), None)
    return doing is not None and any(w in _TRADING_EN for w in words[doing + 2 :])


def _counts_other(words: tuple[str, ...]) -> bool:
    """ "сколько тонн", "сколько стран": "сколько" followed by a genitive noun that is no sum of
    money — the thing counted."""
    for before, word in itertools.pairwise(words):
        if before in _COUNT_WORDS and is_cyrillic(word) and _lemma(word) not in _MONEY_LEMMAS:
            first = parse(word)[:1]
            if first and first[0].tag.POS == "NOUN" and "gent" in first[0].tag:
                return True
    return False


# "каково место проведения встречи", "место подписания соглашений": the place of an event,
# asked by the formal register's noun of holding it — where it was held. Not "каково место
# отношений на постсоветском пространстве", a standing.
_VENUE = word_set("место места")
_HELD_EVENT = word_set("проведения подписания выступления встречи переговоров пребывания прибытия")
VENUE_WORDS = _VENUE | _HELD_EVENT  # for the repairs to mend a slip in one ("место порведения")


def _venue_asked(words: tuple[str, ...]) -> bool:
    """Is the place of an event asked by "(каково) место проведения/подписания …"?"""
    return any(
        a in _VENUE and b in _HELD_EVENT and _asked_before(words, at)
        for at, (a, b) in enumerate(itertools.pairwise(words))
    )


def _names_place(words: tuple[str, ...]) -> bool:
    """ "which Caspian ports", "какой аэропорт", "на какой верфи", "через какое море", "which
    region": a place asked for by its noun, right after the question word or one word later."""
    places = _PLACE_LEMMAS | _PLACE_KIND_LEMMAS
    for at, word in enumerate(words):
        if word in _WHICH and any(
            _lemma(w) in places or w in _PLACE_NOUNS_AS_TYPED for w in words[at + 1 : at + 3]
        ):
            return True
    return _names_place_elided(words, places) or _country_not_subject(words)


# English "do"-support: after "which country" it shows the country is not the one acting.
_DO_SUPPORT = word_set("did does do")
_COUNTRY_NOUNS = word_set("country countries")


# Verbs of going to a country, each form whole: "which country did he visit / travel to" —
# not a word merely starting like one ("government", "goal", "headline").
_VISITING = word_set(
    "visit visits visited visiting travel travels traveled travelled traveling travelling "
    "go goes going gone went arrive arrives arrived arriving come comes coming came "
    "fly flies flying flew flown head heads heading headed"
)
# Prepositions a "which country" question may leave at its end: "… give his comments in".
_STRANDED = word_set("in from to at")


def _country_not_subject(words: tuple[str, ...]) -> bool:
    """ "which country did Aliyev visit", "what country did he give his comments in": a
    country asked with "do"-support and a verb of going to it, or a preposition left at the
    end, is where a thing happens — a place. Not the actor a bare "which country will join"
    asks for, nor the thing of "which country did he propose adding" (why a country is no
    place noun of its own)."""
    for at in range(len(words) - 2):
        if not (
            words[at] in _WHICH and words[at + 1] in _COUNTRY_NOUNS and words[at + 2] in _DO_SUPPORT
        ):
            continue
        rest = words[at + 3 :]
        if (rest and rest[-1] in _STRANDED) or any(w in _VISITING for w in rest):
            return True
    return False


# Prepositions whose noun a question may leave out when it repeats them: "через море? Через
# какое именно?"
_ELIDING = word_set("через по в на across through via")


def _names_place_elided(words: tuple[str, ...], places: frozenset[str]) -> bool:
    """ "…, чтобы возить грузы через море? Через какое именно?": the question ends on a
    preposition and a question word with the noun left out — the one the same preposition
    took before it, a place's ("через море"). Not "через какое время", whose noun is there."""
    return any(_lemma(words[at]) in places for at in _elided_at(words))


def elided_place_at(words: tuple[str, ...] | list[str], at: int) -> bool:
    """Is ``words[at]`` the noun of a kind of place ("море") that the question's closing
    "через какое (именно)?" leaves out, naming it once before ("через море")? It says what
    kind of name answers, as after the question word ("через какое море")."""
    return names_kind_of_place(words[at]) and any(noun == at for noun in _elided_at(tuple(words)))


def _elided_at(words: tuple[str, ...]) -> Iterator[int]:
    """Where the noun a closing "<preposition> <which>" leaves out may stand: right after an
    earlier use of that preposition (the word after it too, for "через Каспийское море")."""
    while words and words[-1] in _FILLERS:
        words = words[:-1]
    if len(words) < 4 or words[-1] not in _WHICH or words[-2] not in _ELIDING:
        return
    for at in range(len(words) - 3):
        if words[at] == words[-2]:
            yield at + 1
            if at + 2 < len(words) - 2:
                yield at + 2


def _spread_over_which(words: tuple[str, ...]) -> bool:
    """ "по какому пространству проявили интерес", "по каким регионам": a place asked for as
    the one a thing spreads over, as the article says it ("по всему тюркскому и евразийскому
    пространству") — not "по какому маршруту", "по какой причине", no places."""
    return any(
        a in _SPREAD_PREPOSITIONS and b in _WHICH and c.startswith(_PLACE_STEMS)
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


# English places whose stem is a verb's too ("cross"): as typed, "which border crossings" is
# the Russian "какие погранпереходы".
_PLACE_NOUNS_AS_TYPED = word_set("crossing crossings checkpoint checkpoints")


def names_kind_of_place(word: str) -> bool:
    """ "море", "региона", "sea", "парламента": a noun naming a kind of place (or a body) that
    the article names by its name — after a question word, what kind of name answers."""
    if not word.isalpha():
        return False
    lemma = _lemma(word)
    return lemma in _PLACE_KIND_LEMMAS or lemma in _BODY_KIND_LEMMAS


def _next_event(words: tuple[str, ...]) -> bool:
    """ "следующая встреча", "the next summit": an event yet to come — not "в следующем году",
    "next year", a time."""
    for word, after in itertools.pairwise(words):
        if word in _NEXT_WORDS and after not in _TIME_NOUNS and _lemma(after) not in _TIME_LEMMAS:
            return True
    return False


_TIME_LEMMAS = word_set("год месяц неделя день раз week month year day time")


def _verb_of_future(words: tuple[str, ...]) -> bool:
    """Does a verb put the question in the future ("будет", "состоится", "пройдёт", "will")?
    Not "следующий", "next" themselves: "когда следующий визит", "when is the next meeting"
    have no verb of the future — a present, or none, which asks the date a thing is set for,
    as "when is the next train" does."""
    return any(speaks_of_future(w) for w in words if w not in _NEXT_WORDS)


@lru_cache(maxsize=WORDS_REMEMBERED)
def speaks_of_future(word: str) -> bool:
    """A verb that can only be read as future ("построят", "продлится"), or "будет"/"next" —
    not a two-aspect verb that may be present ("экспортируют"), nor a word read first as
    another part of speech: "объем" is the noun "объём", not "we shall eat up". Remembered:
    each reading of a question asks it of every word of its clause."""
    finite = finite_of_slip(word)  # "ожидаеться": "ожидается", a "-ться" slip
    if word in FUTURE_WORDS or finite in FUTURE_WORDS:
        return True
    parses = parse(vowel_slip_of(finite))  # "подпешут": "подпишут", a vowel mistaken
    if not parses or parses[0].tag.POS != "VERB":
        return False
    return all("futr" in p.tag for p in parses if p.tag.POS == "VERB")


_SHORTEST_SLIPPED_CUE = 2  # "гд": "где" with a letter left out


def _short_slips(word: str) -> set[str]:
    """The words a short word no dictionary knows may have been meant as, each one slip a
    hand makes on the ЙЦУКЕН board away (see ``keyboard``): two neighbouring letters
    swapped ("гед": "где"), a letter typed on a key touching the one meant ("гдк", "нде",
    "кть"), or, for a word of two letters, a letter left out ("гд", "ге": "где"). A far key
    ("гме") is no slip; so short a word is read only this way, its likeness alone being
    as close to many other words."""
    found = {word[:at] + word[at + 1] + word[at] + word[at + 2 :] for at in range(len(word) - 1)}
    found |= {
        word[:at] + near + word[at + 1 :]
        for at in range(len(word))
        for near in NEIGHBOURS.get(word[at], ())
    }
    if len(word) == _SHORTEST_SLIPPED_CUE:
        found |= {
            word[:at] + letter + word[at:] for at in range(len(word) + 1) for letter in _CUE_LETTERS
        }
    return found


def mistyped_cue(word: str) -> bool:
    """Is the word a mistyped question word ("гед", "кгда")? It asks the kind of fact, as
    the word meant would, and is no word of the subject to match — unless the word meant is
    one of a subject ("обьем": "объём" of something, which a passage may name). A noun of
    a length asked ("prodolzhitelnost" read back without its ь) asks as the noun does, and
    a word asking who or how many ("кть": "кто", "сколькт": "сколько") as that word does,
    though no stop word: left a word of the subject, it matched a name ("кть": "Катя")."""
    meant = _as_cue(word)
    return meant != word and (
        is_stop(meant) or meant in _DURATION_NOUNS or meant in WHO_WORDS or meant in COUNT_WORDS
    )


def keyed_cue(word: str) -> bool:
    """Is the word a question word with one letter typed on a key touching the one meant
    ("почемв": "почему", В beside У)? Read whole, it is that word — not a shorter word and a
    preposition run together ("почем в"), whose last letter no finger would add."""
    meant = _as_cue(word)
    return meant != word and mistyped_key(word, meant)


@lru_cache(maxsize=WORDS_REMEMBERED)
def kind_word_meant(word: str) -> str | None:
    """The word deciding the kind asked that a word no dictionary knows was typed for, one
    keystroke away ("стот": "стоит", "стоти", "причмне": "причине", "суммв": "сумма";
    ``_KIND_DECIDING``), or None — None too when it may be words of two kinds. Mended before the
    question is read, it asks a sum or a reason as typed right, and is no word of the
    subject that sinks the passage answering it. Remembered: every reading asks it."""
    if len(word) < _SHORTEST_FUZZY_CUE or not is_cyrillic(word) or is_known_russian(word):
        return None
    found = [meant for meant in _KIND_DECIDING_LIST if one_keystroke_apart(word, meant)]
    # forms of one kind ("стот": "стоит" or "стоят") ask it alike; a sum or a reason, neither
    kinds = {at for meant in found for at, kind in enumerate(_KINDS_OF_WORDS) if meant in kind}
    return found[0] if found and len(kinds) == 1 else None


def opening_short_of_cue(words: tuple[str, ...] | list[str]) -> str | None:
    """The question word that a dictionary word opening the question is, one letter left out
    ("кода прибыл": "когда"; "почем токаев ездил": "почему"; "де подписали": "где"), or
    None. Only where the question has no other word asking and the word asks nothing as
    itself there: "почём билет на паром" asks a price (``colloquial_price_at``), "кода" and
    "де" open no question. A stop word ("то", "ко") is itself, and a word a letter short of
    two question words ("че": "чей" or "чьё") of neither; a word alone opens no question."""
    if len(words) < 2:
        return None  # "кода" alone opens nothing: the word as typed
    word = words[0]
    if (
        not is_cyrillic(word)
        or word in _CUES
        or is_stop(word)
        or not is_known_russian(word)
        or any(w in _CUES or w in _ASKING or w in _WHICH for w in words[1:])
        or asks_colloquial_price(words)
    ):
        return None
    found = [
        cue
        for cue in _CUE_LIST
        if len(cue) == len(word) + 1
        and any(cue[:at] + cue[at + 1 :] == word for at in range(len(cue)))
    ]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=WORDS_REMEMBERED)
def translit_slip_meant(word: str) -> str | None:
    """The question word or word deciding the kind that a transliterated word no dictionary
    knows was typed for, one letter away ("gdr": "гдр", "где"; "ktk": "кто"; "stoot":
    "стоит"), or None — None too when it may be words of two kinds. Typed on a Latin
    board, a slip's keys touch there, not on the Russian one (``keyboard``), so any letter
    typed for another is one; a slip of two letters is too loose."""
    if (
        len(word) < _SHORTEST_TRANSLIT_SLIP
        or not is_cyrillic(word)
        or is_stop(word)
        or word in _CUES
        or is_known_russian(word)
    ):
        return None
    found = [meant for meant in _TRANSLIT_TARGETS if _one_edit_apart(word, meant)]
    kinds = {at for meant in found for at, kind in enumerate(_KINDS_OF_WORDS) if meant in kind}
    return found[0] if found and len(kinds) == 1 else None


def _one_edit_apart(typed: str, meant: str) -> bool:
    """One letter typed for another, left out, added, or two neighbours swapped."""
    if len(typed) == len(meant):
        differing = [at for at in range(len(typed)) if typed[at] != meant[at]]
        return len(differing) == 1 or (
            len(differing) == 2
            and differing[1] == differing[0] + 1
            and typed[differing[0]] == meant[differing[1]]
            and typed[differing[1]] == meant[differing[0]]
        )
    shorter, longer = sorted((typed, meant), key=len)
    return len(longer) == len(shorter) + 1 and any(
        longer[:at] + longer[at + 1 :] == shorter for at in range(len(longer))
    )


def one_keystroke_apart(typed: str, meant: str) -> bool:
    """Is ``typed`` one slip of a hand away from ``meant``: a letter left out or added, two
    neighbours swapped, or a key touching the one meant (``keyboard``)? A likeness looser
    than that ("стороить" for "стоить", "габлу" for "баблу": Г and Б far apart) is as
    likely another word: "стороить" is "строить"."""
    if len(typed) == len(meant):
        differing = [at for at in range(len(typed)) if typed[at] != meant[at]]
        if len(differing) == 2 and differing[1] == differing[0] + 1:
            first, second = differing
            return typed[first] == meant[second] and typed[second] == meant[first]
        return mistyped_key(typed, meant)
    shorter, longer = sorted((typed, meant), key=len)
    return len(longer) == len(shorter) + 1 and any(
        longer[:at] + longer[at + 1 :] == shorter for at in range(len(longer))
    )


def cues_mended(words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The words with each mistyped question word read as the word meant (``_as_cue``), one
    for one: "naskolko vyros" comes back from transliteration as "насколко вырос", its ь
    dropped, and asks by how much it grew as "насколько вырос" does."""
    return tuple(_as_cue(word) for word in words)


@lru_cache(maxsize=WORDS_REMEMBERED)
def _as_cue(word: str) -> str:
    """A mistyped question word ("кгда", "почму") read as the word meant; real words stay.
    A word of two or three letters is one only by a slip a hand makes on the keyboard
    (``_short_slips``: "гед", "гдк", "гд" for "где"), and only when it leads to one question
    word, as a looser likeness of so short a word is as likely another word. Remembered: the
    rules read every word of a question as a cue, several of them each reading."""
    if (
        word in _CUES
        or len(word) < _SHORTEST_SLIPPED_CUE
        or not is_cyrillic(word)
        or is_known_russian(word)
    ):
        return word
    if len(word) < _SHORTEST_FUZZY_CUE:
        found = sorted(_short_slips(word) & _CUES)
        return found[0] if len(found) == 1 else word
    # Imported by the first slip to mend: rapidfuzz costs ~40 M instructions to import.
    from rapidfuzz import fuzz, process

    hit = process.extractOne(word, _SLIP_TARGETS, scorer=fuzz.ratio, score_cutoff=80)
    return hit[0] if hit is not None else word


# "I would like the figure", "we would appreciate the source": the asker's wish, no future.
_WISHING = word_set("like love appreciate prefer welcome")
_WISHERS = word_set("i we")


def _wish_at(words: tuple[str, ...], at: int) -> bool:
    """Is the "would" at ``at`` a request ("I would like …"), not a thing to come?"""
    return words[at] == "would" and (
        words[at - 1] in _WISHERS or words[at + 1 : at + 2] in {(w,) for w in _WISHING}
    )


def _asks_will(words: tuple[str, ...], pairs: set[tuple[str, str]]) -> bool:
    """ "будет ли …", "вступит ли Турция …", "will Turkey join …"; and a yes-or-no question
    about what will be ("do the experts think Turkey will join …", "is it expected that
    trade will grow", "мир будет прочным или нет"): whether it will happen is asked,
    whoever is asked to judge it."""
    requested = _past_polite_request(words)
    if requested is not words:
        # "would you tell me whether Turkey will join": the "will" of what is asked
        return any(
            w in _WHETHER and any(v in _WILL_WORDS for v in requested[at + 1 :])
            for at, w in enumerate(requested)
        )
    if (words and words[0] in _WILL_WORDS) or _opens_with_will(words):
        return True
    if (
        words
        and words[0] in _YES_NO
        and any(
            w in _WILL_WORDS and not _wish_at(words, at)
            for at, w in enumerate(_yes_no_clause(words)[1:], start=1)
        )
    ):
        return True
    if words and words[0] in _YES_NO and ("going", "to") in pairs:
        return True  # "is the peace going to last"
    if pairs & _OR_NOT and any(speaks_of_future(w) for w in words):
        return True  # the closing "или нет" makes the statement before it a "будет ли"
    return any(b == "ли" and is_future_verb(a) for a, b in pairs)


# Words opening a second question asked of a person or a member after a yes-or-no one: "Is
# Turkey part of any format? Who would make up the seven?" (the "?" gone from the words).
_SECOND_QUESTION = word_set("who whom whose")


def _yes_no_clause(words: tuple[str, ...]) -> tuple[str, ...]:
    """The yes-or-no question's own words, up to a "who" opening a second question, or a
    question word after "of"/"about" opening an indirect one ("is there any indication of
    how much investment would be required"): its "would" asks nothing of whether the first
    will be — the sum is asked, not whether anything will happen."""
    at = next(
        (
            i
            for i, w in enumerate(words)
            if i and (w in _SECOND_QUESTION or (w in _INDIRECT and words[i - 1] in _OF_ABOUT))
        ),
        len(words),
    )
    return words[:at]


_INDIRECT = word_set("how what which when where")
_OF_ABOUT = word_set("of about")


# "Would you be so kind as to indicate …", "will you please tell me …", "would you mind
# saying …": the asker's request, opening with "would/will you" and a word of asking.
_POLITE_OPENERS = word_set("would will")
_WHETHER = word_set("whether if")
_POLITE_REQUESTS = word_set(
    "please kindly be mind tell indicate let name specify explain clarify confirm remind share"
)


def _past_polite_request(words: tuple[str, ...]) -> tuple[str, ...]:
    """The question after an English polite request's "would you": "would you be so kind as to
    indicate in which city …" asks where, not whether a thing will be; "would you tell me
    whether Turkey will join" still asks whether (its "will" is read after the request)."""
    if (
        len(words) > 2
        and words[0] in _POLITE_OPENERS
        and words[1] == "you"
        and words[2] in _POLITE_REQUESTS
    ):
        return words[2:]
    return words


# Openers an English yes-or-no question may stand after: "going forward, will …", "in the
# coming years, will …", "realistically, would …".
_WHETHER_REACH = 4
_WHETHER_OPENERS = word_set(
    "going forward in the coming next few years future long term longer run realistically "
    "ultimately eventually overall so and but then now honestly"
)


def asks_whether_future(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask whether a thing will happen — "вырастет ли экспорт", "будет ли
    ответный визит", "will Kazakhstan increase exports", "going forward, will …"? Not what
    will be ("что будет с …", "what will the results do"): whether is asked, of one thing to
    come, which a passage foreseeing it answers, and one stating today's effect does not."""
    words = tuple(words)
    if any(b == "ли" and is_future_verb(a) for a, b in itertools.pairwise(words)):
        return True
    return _opens_with_will(words)


def _opens_with_will(words: tuple[str, ...]) -> bool:
    """ "will …", "going forward, will …", "in the coming years would …": an English
    question opening with "will" or "would", after an opener of time or manner at most."""
    for word in words[: _WHETHER_REACH + 1]:
        if word in _WILL_WORDS - {"likely"}:
            return True
        if word not in _WHETHER_OPENERS:
            return False
    return False


# The stems of verbs changing an amount: "вырастет", "увеличится", "подешевеет", "will
# exports increase", "grow", "drop". Whether such a change will come is foreseen or not said:
# today's effect of the thing ("укрепляет взаимозависимость") tells no growth.
_CHANGE_STEMS = (
    "вырас",
    "раст",
    "увелич",
    "сократ",
    "сокращ",
    "сниз",
    "сниж",
    "упад",
    "упас",
    "пада",
    "подешев",
    "подорож",
    "удво",
    "утро",
    "нараст",
    "повыс",
    "повыш",
    "пониз",
    "уменьш",
    "increas",
    "grow",
    "grew",
    "rise",
    "rising",
    "boost",
    "drop",
    "fall",
    "declin",
    "doubl",
    "reduc",
    "shrink",
    "expand",
)


def changes_amount(lemma: str) -> bool:
    """Is the word a verb (or its stem) changing an amount — "вырасти", "increas", "drop"?"""
    return lemma.startswith(_CHANGE_STEMS)


# A change of price asked: "станет ли доставка дешевле", "подорожает ли перевозка", "will
# shipping get cheaper". What is asked of the thing is its price, which a passage on its time
# or its volume does not tell (folded words; English by a pair too: "more expensive").
_PRICE_CHANGES = word_set(
    "дешевле подешевле дороже подороже подешевеет подешевеют подешевела подешевели подорожает "
    "подорожают подорожала подорожали удешевит удешевят удешевится удешевление удешевления "
    "удорожание удорожания cheaper costlier pricier cheapen"
)
_PRICE_CHANGE_PAIRS = frozenset(
    (degree, dear)
    for degree in ("more", "less")
    for dear in ("expensive", "costly", "pricey", "affordable")
)
# What a span says of a price: its nouns and the words of cheap and dear (stems; "дорож" alone
# would be "дорожная карта").
_PRICE_STEMS = (
    "цен",
    "стоимост",
    "тариф",
    "дешев",
    "дешёв",
    "удешев",
    "дороже",
    "удорож",
    "подорож",
    "price",
    "cost",
    "cheap",
    "tariff",
    "expensive",
)


def asks_price_change(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask whether a thing gets cheaper or dearer?"""
    return any(w in _PRICE_CHANGES for w in words) or any(
        pair in _PRICE_CHANGE_PAIRS for pair in itertools.pairwise(words)
    )


def states_price(text: str) -> bool:
    """Does a span speak of a price ("стоимость перевозки", "тарифы", "дешевле")?"""
    return any(token.startswith(_PRICE_STEMS) for token in tokens(text))


# "каковы шансы, что Турция войдёт", "what are the chances Turkey joins": whether it will
# happen, asked by the odds of it — a forecast.
_CHANCE_NOUNS = word_set(
    "шансы шансов шанс шансах вероятность вероятности chances chance odds likelihood probability"
)
CHANCE_NOUNS = _CHANCE_NOUNS
# "what's next for …", "what lies ahead", "что дальше с …", "что впереди": what is to come,
# asked without a verb in the future.
_WHAT_NEXT = word_set("what что чо")
_NEXT_AHEAD = word_set("next ahead дальше впереди")
_NEXT_REACH = 2  # "what is next", "what lies ahead", "что же дальше"


def asks_whats_next(words: tuple[str, ...] | list[str]) -> bool:
    """ "what's next for relations", "what lies ahead for the corridor", "что дальше с
    отношениями": a forecast asked, of the thing named after."""
    return any(
        word in _WHAT_NEXT and any(w in _NEXT_AHEAD for w in words[at + 1 : at + 1 + _NEXT_REACH])
        for at, word in enumerate(words)
    )


# A yes-or-no question asked by its closing alternative: "мир будет прочным или нет", "will
# it hold or not" — whether, as "ли" asks it.
_OR_NOT = frozenset({("или", "нет"), ("или", "не"), ("or", "not")})


# ---------------------------------------------------------------------------- texts
_DATE_RE = lazy(
    rf"\b\d{{1,2}}\s+(?:{'|'.join(_MONTHS_RU)})\b|\b(?:1[89]|20)\d\d\s*(?:год|г\.)|"
    rf"\b(?:в|к|до|с)\s+(?:{'|'.join(m[:-1] for m in _MONTHS_RU)})[еяю]\b"
)
_NUMBER = r"(?:\d+(?:[.,]\d+)?(?:\s*-\s*\d+(?:[.,]\d+)?)?|" + "|".join(NUMBER_WORDS) + ")"
_DURATION_RE = lazy(
    rf"(?<![\d.,-]){_NUMBER}\s+(?:дн(?:я|ей|и)|день|суток|сутки|недел[ьияюе]\w*|месяц\w*|"
    r"лет|года?|час(?:а|ов)?|минут\w*)\b"
)
_CURRENCY = ("доллар", "рубл", "тенге", "манат", "евро", "$", "€", "usd", "долл.")
_REASONS = lazy(
    r"\b(?:потому что|так как|поскольку|благодаря|из-за|ввиду|вследствие|в связи с|"
    r"в силу|по причине|с целью|в целях|чтобы|для того|"
    r"для этого|с учетом|поэтому|ведь|ради|обеспечива\w*|обеспечит|обеспечат|позволя\w*|"
    r"позволит\w*|"
    r"способств\w*|способн\w*|усилива\w*|укрепля\w*|углубля\w*|свидетельств\w*|"
    r"подтвержда\w*|подтверди\w*|отража\w*|служ\w+ (?:ярким )?пример\w*|сдержива\w*|"
    r"необходимост\w*|требу\w*|основ\w* на|основан\w*)\b"
)
# What is to come, as such: a horizon, a possibility, a plan, an expectation.
_PROSPECTS = lazy(
    r"\b(?:в перспективе|в ближайшие годы|в будущем|можно сократить|можно увеличить|"
    r"планиру\w*|намерен\w*|намерева\w*|ожида\w*|прогноз\w*|способн\w*|определ[ия]т|"
    # what may become: "может стать ключевым узлом" (not "могла бы": a hypothesis)
    r"(?:может|могут) стать)\b"
)
# Effects and needs stated now answer "что это даст" as well: "усиливает роль", "позволяет
# кратно увеличить", "нужны вложения", a ground laid now ("создаёт прочную основу для
# дальнейшей интеграции") — but they foresee nothing (``forecasts``).
_EFFECTS = lazy(
    r"\b(?:необходимост\w*|нужн[аоы]?|"
    r"усилива\w*|укрепля\w*|углубля\w*|способству\w*|позволя\w*|"
    r"созда[её]т|создают|создаст|создадут)\b"
)
_PLACE_PREPOSITIONS = word_set("в во на из через под")
# The nouns of compound prepositions ("в рамках", "в ходе", "в качестве", "в пользу"): with
# them "в" places nothing, and the capitalised word after ("в рамках Организации тюркских
# государств") is what the frame is of, no place.
_COMPOUND_PREPOSITION_NOUNS = word_set(
    "рамках ходе течение течении целях качестве результате пользу адрес отношении счет счёт "
    "лице интересах преддверии"
)
# The nouns of compound prepositions a question says how it compares or what it is about
# with ("по сравнению с другими", "в отличие от", "по поводу"): no word of its subject.
_FRAMING_PREPOSITIONS = {
    "по": word_set("сравнению поводу отношению мере"),
    # "в плане торговли", "в сфере энергетики", "в области логистики": what follows is asked
    # about, the noun only says "as for"
    "в": word_set("отличие сравнении рамках ходе течение отношении части плане сфере области"),
    # "во время визита": during it, as "в ходе визита" ("в какое время" asks a time)
    "во": word_set("время"),
}
# "по железнодорожной части", "по энергетической линии": what the adjective names is asked
# about; the noun after it only says "in the matter of".
_MATTER_NOUNS = word_set("части линии")
# English nouns of compound prepositions, between their own preposition and the one after:
# "in terms of documents", "with regard to trade", "in respect of energy" — the noun after
# them is what is asked about.
_FRAMING_EN = {
    ("in", "terms", "of"),
    ("with", "regard", "to"),
    ("in", "regard", "to"),
    ("with", "respect", "to"),
    ("in", "respect", "of"),
    ("in", "connection", "with"),
    ("in", "relation", "to"),
}
# "с точки зрения объёмов торговли": a viewpoint, as "в плане торговли" — both its nouns
# frame what follows, no words of the subject a passage must say ("точки", "зрения" are
# the rarest words of such a question, and sink the passage that answers)
_VIEWPOINT = ("с", "точки", "зрения")
# "в связи с визитом": a compound preposition only with its "с" after — "связи" alone is
# the briefing's ties ("гуманитарных связях")
_WITH_FRAMES = {("в", "связи"): word_set("с со")}


# The Russian "which" a kind noun is asked with: "каков формат визита", "какой характер".
KIND_ASKING = word_set("каков какова каково каковы какой какая какое какого какую")


def kind_frame(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The position of a kind noun (``KIND_NOUNS``) asked right after "каков/какой" of the
    thing in the genitive after it ("каков ФОРМАТ визита", "какой ХАРАКТЕР переговоров"):
    the kind is asked of that thing, and the word qualifying it answers ("государственным
    визитом") — no word of the subject, which would draw a passage on another "формат" ("5+1")."""
    found: set[int] = set()
    for at in range(1, len(words) - 1):
        if words[at] not in KIND_NOUNS or words[at - 1] not in KIND_ASKING:
            continue
        following = parse(words[at + 1]) if is_cyrillic(words[at + 1]) else []
        if following and following[0].tag.POS == "NOUN" and following[0].tag.case == "gent":
            found.add(at)
    return frozenset(found)


def compound_prepositions(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of the nouns of compound prepositions in a question ("по СРАВНЕНИЮ с
    другими", "в ОТЛИЧИЕ от", "в РАМКАХ визита", "по железнодорожной ЧАСТИ", "in TERMS of
    documents"): they frame what follows, and an entry need not say them."""
    return frozenset(
        at
        for at in range(1, len(words))
        if words[at] in _FRAMING_PREPOSITIONS.get(words[at - 1], frozenset())
        or (at > 1 and words[at] in _MATTER_NOUNS and words[at - 2] == "по")
        or tuple(words[at - 1 : at + 2]) in _FRAMING_EN
        or _framing_with(words, at)
        or _in_viewpoint(words, at)
    )


def _in_viewpoint(words: tuple[str, ...] | list[str], at: int) -> bool:
    """Is the word at ``at`` a noun of "с точки зрения" (``_VIEWPOINT``)?"""
    return any(
        tuple(words[at - k : at - k + len(_VIEWPOINT)]) == _VIEWPOINT for k in (1, 2) if at - k >= 0
    )


def _framing_with(words: tuple[str, ...] | list[str], at: int) -> bool:
    """Is the word at ``at`` the noun of "в связи с" — its "с" after it?"""
    after = _WITH_FRAMES.get((words[at - 1], words[at]))
    return after is not None and at + 1 < len(words) and words[at + 1] in after


_PLACE_STEMS = ("пространств", "регион", "территори", "столиц", "город", "побережь")
# "по всему пространству", "по регионам": a stem of place after "по" spreads over a place
# too (a capitalised word after it need not be one: "по словам Гусейнова"); the stem may
# stand after its adjectives ("по всему тюркскому и евразийскому пространству").
_SPREAD_PREPOSITIONS = word_set("по")
_SPREAD_REACH = 5
_SURNAME = lazy(r"(?:ов|ев|ин|ын)(?:а|у|ым|ой|ом|е)?$")
_CAPITALISED = lazy(r"(?<=[\w,;:»)] )([A-ZА-ЯЁ][\w-]+)")


def stated_dates(text: str) -> tuple[str, ...]:
    """The dates a text states, as folded ("20 октября", "2024 год")."""
    return tuple(match.group(0) for match in _DATE_RE.finditer(fold(text)))


def stated_types(text: str) -> frozenset[AnswerType]:
    """The kinds of facts a span of the article states (besides FACT, which every one does)."""
    folded = fold(text)
    found = {AnswerType.FACT}
    if _DATE_RE.search(folded):
        found.add(AnswerType.DATE)
    if _DURATION_RE.search(folded):
        found.add(AnswerType.DURATION)
    if any(mark in folded for mark in _CURRENCY):
        found.add(AnswerType.MONEY)
    if states_multiple(text) or any(
        token[0].isdigit() or any(stem in token for stem in QUANTITY_STEMS)
        for token in tokens(text)
    ):
        found.add(AnswerType.QUANTITY)
    if _REASONS.search(fold(text[leading_connector(text) :])):
        found.add(AnswerType.REASON)
    if _EFFECTS.search(folded) or forecasts(text):
        found.add(AnswerType.FORECAST)
    person, place = _names_and_places(text)
    if place:
        found.add(AnswerType.PLACE)
    if person:
        found.add(AnswerType.PERSON)
    return frozenset(found)


# What could be, were something done: "могла бы представлять собой единый регион". No
# forecast (``_PROSPECTS``): the speaker does not say it will be — only what it would be.
_HYPOTHESIS = lazy(r"\b(?:мог|могла|могло|могли)\s+бы\b|\bбы\s+(?:мог|могла|могло|могли)\b")
_COULD = word_set("мог могла могло могли")
_HYPOTHETICAL_EN = word_set("would could")


# A stretch of time yet to come that a span names: "в ближайшие годы", "на долгие годы", "в
# обозримом будущем", "in the coming years", "in the long run" — a time all the same, though
# no date: what "когда" and "на какой срок" of the thing to come are told. Not a bare "в
# перспективе" ("увеличить торговлю, а в перспективе — всей Евразией"): "eventually", which
# tells what a thing may lead to, no stretch of time it holds for.
_HORIZON_TEXT = lazy(
    r"\b(?:в|на) ближайшие (?:годы|десятилетия)\b|\bна (?:долгие|многие) годы\b|"
    r"\bв (?:долгосрочной|среднесрочной) перспективе\b|\bна десятилетия\b|"
    r"\bв обозримом будущем\b|"
    r"\b(?:in|over|for) the (?:coming|next(?: few)?) (?:years|decades?)\b|"
    r"\bin the years (?:ahead|to come)\b|\bfor years to come\b|"
    r"\bin the (?:long|medium) (?:run|term)\b"
)


def states_horizon(text: str) -> bool:
    """Does a span say for what stretch of time to come something holds ("определит
    региональные реалии в ближайшие годы")? That answers "for how long will it …"."""
    return bool(_HORIZON_TEXT.search(fold(text)))


# What closes the clause before a horizon: "…к стратегическому союзу, | который определит
# региональные реалии в ближайшие годы".
_CLAUSE_BREAK = lazy(r"[,;:.!?—–(]")


def horizon_clauses(text: str) -> tuple[str, ...]:
    """The clauses of a span that a stretch of time to come is told in, each up to its
    horizon ("который определит региональные реалии в ближайшие годы"): what holds for that
    stretch — not the rest of the sentence ("отношения перешли к союзу" is no thing to come)."""
    folded = fold(text)
    found: list[str] = []
    for hit in _HORIZON_TEXT.finditer(folded):
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(folded, 0, hit.start())]
        found.append(folded[breaks[-1] if breaks else 0 : hit.end()])
    return tuple(found)


def states_hypothesis(text: str) -> bool:
    """Does a span say what could be ("могла бы стать")?"""
    return bool(_HYPOTHESIS.search(fold(text)))


# "чем станет семёрка", "каким будет союз", "what will the seven become": what a thing is to be.
_WHAT_AS = word_set("чем каким какой какою какими what")
_BECOMING = word_set(
    "стать станет станут становится становятся будет будут быть оказаться окажется "
    "превратиться превратится become becomes be"
)


# "что из этого выйдет", "что получится из семёрки", "во что это выльется", "what will come of
# it": what a thing will turn out to be, asked by a verb of coming out (with "что", "what").
_COMING_OF = word_set(
    "выйдет выйдут выйти получится получатся получиться выльется выльются вылиться come"
)
_WHAT = word_set("что what")


# "что будет, если добавить Турцию", "what happens if they add Turkey": what comes of a step
# supposed — words of happening, after "что", with "если"/"if".
_HAPPENING = _BECOMING | word_set(
    "произойдет произойдёт случится happen happens happened would"
)
_IF = word_set("если if")


def asks_consequence(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask what would come of a step supposed ("что будет, если добавить
    Турцию", "what happens if Turkey joins")? A span saying what could then be ("такая
    семёрка могла бы представлять собой единый регион") answers it; "что будет с
    товарооборотом" supposes nothing, and stays a question of the thing's future."""
    return (
        any(w in _WHAT for w in words)
        and any(w in _HAPPENING for w in words)
        and any(w in _IF for w in words)
    )


def asks_becoming(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask what a thing will or could be ("чем могла бы стать тюркская
    семёрка", "во что может превратиться семёрка", "тюркская семёрка чем будет по мнению
    эксперта", "что из этого выйдет", "к чему приведёт семёрка", "чего ждать от семёрки")?
    A span saying what it could be ("могла бы представлять собой единый регион") answers
    that as a forecast would: it names what the thing is to be, though it does not say it
    will be (unlike "станет ли", whether it will: answered by it only when it names all the
    question names, ``Matcher._could_become_asked``)."""
    return (
        (any(w in _WHAT_AS for w in words) and any(w in _BECOMING for w in words))
        # "во что может превратиться семёрка": into what it turns
        or (
            any(pair == ("во", "что") for pair in itertools.pairwise(words))
            and any(w in _BECOMING for w in words)
        )
        or (any(w in _WHAT for w in words) and any(w in _COMING_OF for w in words))
        or bool(forecast_idioms(words))
        or asks_consequence(words)
        or asks_whats_next(words)  # "what's next for the Turkic seven"
        # "how will the Turkic seven turn out", "what will it turn into"
        or (
            any(w in _HOW or w in _WHAT for w in words)
            and any(a == "turn" and b in _TURN_PARTICLES for a, b in itertools.pairwise(words))
        )
    )


_TURN_PARTICLES = word_set("out into")
# The words that ask a becoming, no word of the thing that becomes (``becoming_words``).
_BECOMING_FRAME = _BECOMING | _COMING_OF | _TURN_PARTICLES | word_set("turn turned turns")


def becoming_words(words: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The words of a question asking what a thing becomes (``asks_becoming``) that frame the
    asking — "turn into", "стать", "выйдет" — so that what is left names the thing itself
    ("what could a Turkic seven turn into": the seven). Empty when no becoming is asked."""
    if not asks_becoming(words):
        return frozenset()
    return frozenset(w for w in words if w in _BECOMING_FRAME)


# "какой будет тюркская семёрка", "каким будет союз": the thing's character as it is to be.
_OF_WHAT_KIND = word_set("какой какая какое какие каким какою какими каков какова каково каковы")
_WILL_BE_FORMS = word_set("будет будут")
# Words opening a sentence that speaks on of the thing the one before named: "Это будет
# пространство, где …", "Такая семёрка могла бы …".
_POINTING_BACK = word_set("это этот эта эти такой такая такое такие он она оно они")


def asks_character(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask what a thing will be like, in the indicative ("какой будет
    тюркская семёрка", "каким будет союз")? Unlike "чем могла бы стать семёрка" (what it
    could become), a sentence saying what it will be ("это будет пространство, где … есть
    равноправные государства") answers it before one saying what it could be. The two
    words side by side: "какие страны будут в семёрке" asks its members."""
    return any(
        (a in _OF_WHAT_KIND and b in _WILL_BE_FORMS) or (a in _WILL_BE_FORMS and b in _OF_WHAT_KIND)
        for a, b in itertools.pairwise(words)
    )


def tells_what_it_will_be(text: str) -> bool:
    """Does a span, pointing back to the thing named before it, say what it will be ("Это
    будет пространство, где нет «старших» и «младших»")?"""
    words = tokens(fold(text))
    return (
        bool(words) and words[0] in _POINTING_BACK and any(w in _WILL_BE_FORMS for w in words[:4])
    )


# "к чему приведёт", "к чему может привести" (lemma "привести"), "чем обернётся", "чего
# ждать/ожидать от", "что ждёт союз": a forecast asked by the verb of an idiom, after its own
# oblique "что".
_IDIOM_VERBS = {
    "к": (frozenset({"чему"}), word_set("привести вести")),
    "": (frozenset({"чем", "чего", "что"}), word_set("обернуться ждать ожидать")),
}
_IDIOM_REACH = 3  # how far after its "что" the idiom's verb may stand ("может привести")
# "на какие цифры выйдет торговля", "выйдет ли на какой уровень": a level an amount reaches,
# asked by "выйти на" and a "which" — how it asks, as "достигнет" would be a word of the
# passage's; "выйти" there is no going out the passage must tell.
_REACHING_VERBS = word_set("выйти выходить")
_ONTO = "на"
# "какие последствия для региона", "implications for the region": what will come for the one
# named after "для", "for" — how the question asks ahead, as "к чему приведёт" does; no
# "последствия" a passage foreseeing it must say. Of a thing named ("последствия визита"),
# the noun stays its results (``lexicon.RUSSIAN_SYNONYMS``).
_CONSEQUENCES = word_set("последствие consequence consequences implication implications")
# The noun's Russian forms, to read a slip of one ("последстивя") the dictionary does not know
_CONSEQUENCE_FORMS = sorted(
    word_set("последствия последствий последствиям последствиями последствиях последствие")
)
_FOR_WHOM = word_set("для for")
_SLIP_SCORE = 85  # fuzz.ratio of a long word one slip (a swap, a letter) from the one meant
# "что даст семёрка", "что принесут проекты", "что может дать коридор": what a thing will give
# or bring, asked by a verb of giving after "что" — a forecast of what comes of it, as "к чему
# приведёт" is. Only in the future or after a modal: "что дал визит" asks a result already had.
_GIVING = word_set("дать принести")
_MODALS = word_set("может могут сможет смогут мог могла могло могли")


# Verbs of a thing's course (Russian lemmas, English stems): "как будет развиваться
# товарооборот", "как изменится срок доставки", "how will trade develop", "how is it likely
# to evolve".
_COURSE = word_set(
    "развиваться развиться измениться меняться изменяться develop evolv chang shift "
    # "как визит повлияет на товарооборот", "как скажется": the course a thing's effect sets
    # for another — the effect said in a passage's own verbs ("позволит довести …")
    "повлиять влиять сказаться сказываться отразиться отражаться"
)
# Of those, the verbs of a change, which "что" asks as well: "что изменится в торговле".
_CHANGING = word_set("измениться меняться изменяться поменяться")
_CHANGE_MODALS = word_set("должно должна должны может могут будет будут")
# "how does he characterise THE shift": after an article the word is the noun, what the
# question is about, not the verb of its course.
_ARTICLES = word_set("the a an this that")
_COURSE_REACH = 5  # how far after "как/how" its verb may stand ("how is trade likely to develop")
# "в какую сторону изменятся сроки", "in which direction will trade change": the direction of
# a change asked — "как изменятся" in other words; "сторону" is no side a passage must name.
_DIRECTION_ASKED = frozenset({("какую", "сторону"), ("which", "direction"), ("what", "direction")})


def course_cues(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of the verb of "как будет развиваться X", "как изменится X", "how will X
    develop": it asks the course X takes — how the question asks, no word of its subject: a
    passage telling that trade will grow to a billion says no "развиваться"."""
    found: set[int] = set()
    for at, word in enumerate(words):
        if word in _WHAT and is_cyrillic(word):
            # "что изменится в торговле", "что должно поменяться": what change comes (not
            # "что изменилось", a change had)
            for ahead in range(at + 1, min(at + 1 + _IDIOM_REACH, len(words))):
                verb = words[ahead]
                if _lemma(verb) in _CHANGING:
                    if is_future_verb(verb) or words[ahead - 1] in _CHANGE_MODALS:
                        found.add(ahead)
                    break
            continue
        if word not in _HOW:
            continue
        following = words[at + 1 : at + 1 + _COURSE_REACH]
        if following[:1] and following[0] in _HOW_MUCH:
            continue  # "как долго", "how much": another kind asked
        for ahead, later in enumerate(following, start=at + 1):
            if _lemma(later) in _COURSE and words[ahead - 1] not in _ARTICLES:
                found.add(ahead)
                break
    return frozenset(found | direction_cues(words))


def direction_cues(words: tuple[str, ...] | list[str]) -> set[int]:
    """The positions of "в какую сторону" (and "in which direction") and of the verb of
    change it asks the direction of, before or after it ("в какую сторону изменятся сроки",
    "сроки изменятся в какую сторону"): how the question asks, as "как изменятся" does.
    Empty when no verb of change goes with it ("в какую сторону поехал Алиев")."""
    asked = [at for at, pair in enumerate(itertools.pairwise(words)) if pair in _DIRECTION_ASKED]
    if not asked:
        return set()
    verbs = {at for at, word in enumerate(words) if _lemma(word) in _COURSE}
    if not verbs:
        return set()
    found = {at for first in asked for at in (first, first + 1)} | verbs
    found |= {at - 1 for at in asked if at > 0 and words[at - 1] in ("в", "in")}
    return found


def forecast_idioms(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of the verbs of idioms asking what is to come ("к чему ПРИВЕДЁТ союз",
    "чем ОБЕРНЁТСЯ", "чего ЖДАТЬ от коридора", "что ЖДЁТ товарооборот"): how the question
    asks, never what it is about — a passage foreseeing the turnover need not say "ждать"
    (which a curator's phrasing elsewhere may)."""
    found: set[int] = set(_giving_asked(words)) | set(_reaching_asked(words))
    found.update(
        at
        for at, (word, after) in enumerate(itertools.pairwise(words))
        if after in _FOR_WHOM and _consequence_noun(word)
    )
    for at, word in enumerate(words):
        for before, (whats, verbs) in _IDIOM_VERBS.items():
            if word not in whats or (before and (at == 0 or words[at - 1] != before)):
                continue
            for ahead in range(at + 1, min(at + 1 + _IDIOM_REACH, len(words))):
                if is_cyrillic(words[ahead]) and _lemma(words[ahead]) in verbs:
                    found.add(ahead)
                    break
    found.update(_outcome_expected(words))
    return frozenset(found)


# "каких результатов ожидать от проектов", "какой эффект ожидается от упрощения": the
# outcome asked by its noun after "which" and a verb of expecting — "чего ожидать" in other
# words; neither word is one a passage foreseeing it must hold.
_OUTCOME_LEMMAS = word_set("результат эффект итог последствие отдача")
_EXPECTING_LEMMAS = word_set("ждать ожидать ожидаться")


def _outcome_expected(words: tuple[str, ...] | list[str]) -> tuple[int, ...]:
    """The positions of the outcome's noun and the verb of expecting in "каких результатов
    (следует) ожидать", "какой эффект ожидается" — empty when the question asks no such."""
    for at, word in enumerate(words[:-1]):
        noun = words[at + 1]
        if word not in _WHICH or not is_cyrillic(noun) or _lemma(noun) not in _OUTCOME_LEMMAS:
            continue
        for ahead in range(at + 2, min(at + 2 + _IDIOM_REACH, len(words))):
            if is_cyrillic(words[ahead]) and _lemma(words[ahead]) in _EXPECTING_LEMMAS:
                return (at + 1, ahead)
    return ()


@lru_cache(maxsize=WORDS_REMEMBERED)
def _consequence_noun(word: str) -> bool:
    """Is the word "последствия", "implications" — in any form, or one slip from a Russian
    form the dictionary does not know ("последстивя")? Remembered, as ``_as_cue`` is."""
    if word in _CONSEQUENCES or _lemma(word) in _CONSEQUENCES:
        return True
    if not is_cyrillic(word) or is_known_russian(word):
        return False
    # Imported by the first slip to mend: rapidfuzz costs ~40 M instructions to import.
    from rapidfuzz import fuzz, process

    hit = process.extractOne(word, _CONSEQUENCE_FORMS, scorer=fuzz.ratio, score_cutoff=_SLIP_SCORE)
    return hit is not None


def reaching_asked(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of the verbs of "на какие цифры выйдут" (``_reaching_asked``): how the
    question asks, no relation a passage must hold."""
    return frozenset(_reaching_asked(words))


def _reaching_asked(words: tuple[str, ...] | list[str]) -> Iterator[int]:
    """The positions of the verbs of "на какие цифры ВЫЙДУТ", "ВЫЙДЕТ на какой уровень":
    "выйти на" with a "which" of the level within ``_IDIOM_REACH`` either side."""
    for at, word in enumerate(words):
        if not is_cyrillic(word) or _lemma(word) not in _REACHING_VERBS:
            continue
        near = range(max(0, at - _IDIOM_REACH - 1), min(len(words) - 1, at + _IDIOM_REACH))
        if any(words[i] == _ONTO and words[i + 1] in _WHICH for i in near):
            yield at


def _giving_asked(words: tuple[str, ...] | list[str]) -> Iterator[int]:
    """The positions of the verbs of "что ДАСТ семёрка", "что ПРИНЕСУТ проекты", "что может
    ДАТЬ коридор" that ask what comes of a thing at large, not what it gives one named
    (``_beneficiary_named``)."""
    for ahead in _future_giving(words):
        if not _beneficiary_named(words[ahead + 1 :]):
            yield ahead


def _future_giving(words: tuple[str, ...] | list[str]) -> Iterator[int]:
    """The position of a verb of giving after "что", in the future or after a modal (not "что
    ДАЛ визит", a result already had), at most one a "что"."""
    for at, word in enumerate(words):
        if word not in _WHAT or not is_cyrillic(word):
            continue
        for ahead in range(at + 1, min(at + 1 + _IDIOM_REACH, len(words))):
            verb = words[ahead]
            if not is_cyrillic(verb) or _lemma(verb) not in _GIVING:
                continue
            if (
                is_future_verb(verb)
                or words[ahead - 1] in _MODALS
                or (words[ahead - 1] == "бы" and ahead > 1 and words[ahead - 2] in _MODALS)
            ):
                yield ahead
            break


def giving_beneficiary(words: tuple[str, ...] | list[str]) -> str | None:
    """The place "что даст X Y" names as whom X gives to ("что даст визит КАЗАХСТАНУ": its
    lemma, "казахстан"), or None. A passage foreseeing X answers it only naming that one as
    who gains (``gains_named``) — not one naming it otherwise ("между Азербайджаном и
    Казахстаном")."""
    if words[:1] == ("what",) or words[:1] == ["what"]:
        return _english_beneficiary(words)
    for ahead in _future_giving(words):
        rest = words[ahead + 1 :]
        for place_at, place in enumerate(rest):
            if _beneficiary_named(rest[place_at:]) and _beneficiary_named((place,)):
                return _lemma(place)
    return None


_GIVING_EN = frozenset({"give", "bring", "offer"})
_WILL_EN = frozenset({"will", "would", "could", "can", "might"})


def _english_beneficiary(words: tuple[str, ...] | list[str]) -> str | None:
    """ "What will the Turkic seven give AZERBAIJAN", "what could the visit bring to
    Kazakhstan": the word closing the question after the verb of giving (the matcher takes
    it only when it names a country)."""
    for at, word in enumerate(words):
        if word not in _GIVING_EN or not any(w in _WILL_EN for w in words[:at]):
            continue
        rest = [w for w in words[at + 1 :] if w not in ("to", "the")]
        if len(rest) == 1 and rest[0].isalpha():
            return rest[0]
        return None
    return None


def gains_named(text: str, place: str) -> bool:
    """Does ``text`` name ``place`` (a lemma) as one who gains — in the dative ("Казахстану
    нужно", "даст Азербайджану") or after "для" ("выгодно для Казахстана")?"""
    words = [w for w in tokens(fold(text)) if w.isalpha()]
    for at, word in enumerate(words):
        if not is_cyrillic(word):
            continue
        readings = [p for p in parse(word) if str(p.normal_form).replace("ё", "е") == place]
        if not readings:
            continue
        if any("datv" in p.tag for p in readings):
            return True
        if at > 0 and words[at - 1] == "для":
            return True
    return False


def _beneficiary_named(rest: tuple[str, ...] | list[str]) -> bool:
    """Does "что даст X" name whom it gives to ("что даст семёрка ТУРЦИИ", "что даст визит
    КАЗАХСТАНУ")? Then it asks what that one gains, which a passage foreseeing X at large
    does not tell — a passage naming the beneficiary for another reason (Turkey as the
    seventh member) would pass for it. A place name only dative, or one that may be dative
    closing the question ("семёрка Турции", not "вступление Турции в ОТГ", a genitive inside
    the subject); people and regions ("казахам", "региону") may be what the passage foresees
    for its members, so they are left to it."""
    for at, word in enumerate(rest):
        if not is_cyrillic(word):
            continue
        parses = parse(word)
        if not parses or "Geox" not in parses[0].tag:
            continue  # "торговля вырастет или шире": read first as a comparative, no place
        places = [p for p in parses if "NOUN" in p.tag and "Geox" in p.tag]
        if not places or not any("datv" in p.tag for p in places):
            continue
        if at == len(rest) - 1 or all("datv" in p.tag for p in places):
            return True
    return False


def asks_hypothesis(words: tuple[str, ...]) -> bool:
    """Is a yes-or-no question asked of what could be ("would a Turkic seven form one
    region", "могла бы семёрка стать …")? A span saying what could be answers it as much as a
    forecast would: the question itself supposes, as the span does."""
    if words and words[0] in _HYPOTHETICAL_EN:
        return True
    return any(a in _COULD and b == "бы" for a, b in itertools.pairwise(words))


def forecasts(text: str) -> bool:
    """Does a span foresee something — a verb in the future, a horizon ("в перспективе"), a
    possibility, a plan or an expectation? An effect stated in the present ("укрепляет
    взаимозависимость") is the span's reading of today, which a forecast asked for by its
    name ("прогноз", "outlook", "over the next few years") is not answered by."""
    return bool(_PROSPECTS.search(fold(text))) or any(
        is_future_verb(t) for t in tokens(text) if t.isalpha()
    )


# What a thing will or can come to, in words of its own: a horizon ("в перспективе", "в
# будущем") or a possibility of an outcome ("можно сократить до …"). Not a capability
# ("способно дать импульс") nor an intention ("намерены играть"): ``forecasts`` takes those
# too, but a reader asking "какой прогноз по …" finds nothing foreseen in them.
_OUTCOME = lazy(r"\b(?:в перспективе|в будущем|можно сократить|можно увеличить)\b")


def foretells_outcome(sentence: str) -> bool:
    """Does a sentence say what something will or can come to — by a horizon or a
    possibility (``_OUTCOME``: "а в перспективе — всей Евразией", "этот срок можно
    сократить") or a verb in the future ("позволит увеличить", "станет узлом", "будет
    играть ключевую роль")? Such a sentence answers "какой прогноз по …" of what it speaks
    of, though it names no figure and no stretch of time."""
    if _OUTCOME.search(fold(sentence)):
        return True
    return any(is_future_verb(t) for t in tokens(sentence) if t.isalpha())


# Words saying what should be done: "логично добавить Турцию", "следует построить",
# "предлагает создать". What they tell is a plan for what is to come, of the thing proposed.
_ADVISING = word_set(
    "логично целесообразно следует стоит предлагает предлагают предложил предложила "
    "предложили предлагаем необходимо"
)
_ADVISED_REACH = 3  # how far after the word of advice its infinitive may stand ("нужно уже")
# "стоит отметить", "следует подчеркнуть, что …": the writer's aside, no proposal.
_NOTING = word_set(
    "отметить подчеркнуть сказать напомнить заметить упомянуть уточнить признать пояснить указать"
)


def proposes(text: str) -> bool:
    """Does a span propose what should be done — a word of advice and an infinitive right
    after it ("к шести странам логично добавить Турцию")? It tells what is to come of the
    thing it proposes (who would be added, how many there would be), as a plan does, though
    it foresees nothing of whether it will happen (``forecasts``). Not a writer's aside
    ("стоит отметить", "следует добавить, что …"): a verb of noting, or one telling a
    clause."""
    words = [t for t in tokens(fold(text)) if t.isalpha()]
    for at, word in enumerate(words):
        if word not in _ADVISING:
            continue
        for ahead in range(at + 1, min(at + 1 + _ADVISED_REACH, len(words))):
            if _is_infinitive(words[ahead]):
                told = words[ahead + 1 : ahead + 2] == ["что"]
                if words[ahead] not in _NOTING and not told:
                    return True
                break
    return False


# Nouns of an expert urging a thing ("подчеркнул важность упрощения перевозок", "говорит о
# необходимости регистрации"): the thing after them is what he puts forward.
_URGING_NOUNS = frozenset({"важность", "важности", "необходимость", "необходимости"})


def advocates(text: str) -> bool:
    """Does a span put something forward — a proposal (``proposes``: "логично добавить
    Турцию") or the stress on a thing's importance or need ("подчеркнул важность упрощения
    автомобильных перевозок")? "Что предлагали для упрощения перевозок" is answered by an
    expert urging it, though nobody says "предложить"; a span only telling what exists or
    was signed urges nothing."""
    words = [t for t in tokens(fold(text)) if t.isalpha()]
    return proposes(text) or any(word in _URGING_NOUNS for word in words)


def _is_infinitive(token: str) -> bool:
    parses = parse(token) if is_cyrillic(token) else []
    return bool(parses) and parses[0].tag.POS == "INFN"


def _names_and_places(text: str) -> tuple[bool, bool]:
    """Does the text name a person, a place? (``names_and_places``)"""
    people, places = names_and_places(text)
    return bool(people), bool(places)


def names_and_places(text: str) -> tuple[list[str], list[str]]:
    """The people and the places a text names, as written. A capitalised word inside a
    sentence shortly after a preposition of place ("в Габале", "через Каспий", "в социальной
    сети X") is a place; one that pymorphy3 knows as a name or that has a surname's ending
    ("Токаева", "Гусейнов") is a person. (A stem of place after a preposition, "в регионе",
    makes a place without a name: an empty string.)"""
    people: list[str] = []
    places: list[str] = []
    since_preposition = 99  # words since the last preposition of place
    since_spread = 99  # words since the last preposition a stem of place may follow
    previous = "."
    for word in text.split():
        clean = word.strip("«»\"'.,;:!?()“”„")
        sentence_start = previous.endswith((".", "!", "?", "—"))
        previous = word
        if clean.lower() in _PLACE_PREPOSITIONS:
            since_preposition = since_spread = 0
            continue
        if clean.lower() in _SPREAD_PREPOSITIONS:
            since_spread = 0
            continue
        if since_preposition == 0 and clean.lower() in _COMPOUND_PREPOSITION_NOUNS:
            since_preposition = since_spread = 99  # "в рамках Организации": a frame, no place
            continue
        since_preposition += 1
        since_spread += 1
        if since_spread <= _SPREAD_REACH and clean.lower().startswith(_PLACE_STEMS):
            # "на постсоветском пространстве", "в регионе", "по всему тюркскому и
            # евразийскому пространству"
            places.append("")
            since_spread = 99
        if clean[:1].isupper() and clean.isascii() and len(clean) > 1 and clean.isalpha():
            people.append(clean)  # "Minval Politika обратилась…": a named agent, even first
            continue
        if not clean[:1].isupper() or (clean.isupper() and len(clean) > 1) or sentence_start:
            continue
        if since_preposition <= 3:
            places.append(clean)
            continue
        lowered = clean.lower()
        tags = ",".join(str(p.tag) for p in parse(lowered)[:3])
        if "Geox" not in tags and (
            "Surn" in tags or "Name" in tags or "Patr" in tags or _SURNAME.search(lowered)
        ):
            people.append(clean)
    return people, places


def evidence_for(kind: AnswerType, text: str, *, has_speaker: bool) -> bool:
    """Looser evidence for a kind a curator declares with ``states:``: the span must at least
    hold the form such a fact takes (a number for a quantity, a capitalised word for a place)."""
    folded = fold(text)
    words = set(tokens(text))
    match kind:
        case AnswerType.FACT:
            return True
        case AnswerType.STATEMENT:
            return has_speaker
        case AnswerType.PERSON:
            return has_speaker or bool(_CAPITALISED.search(text))
        case AnswerType.PLACE:
            return bool(_CAPITALISED.search(text))
        case AnswerType.DATE:
            return bool(_DATE_RE.search(folded)) or any(m[:-1] in folded for m in _MONTHS_RU)
        case AnswerType.DURATION:
            return bool(words & _TIME_NOUNS) or bool(_DURATION_RE.search(folded))
        case AnswerType.MONEY | AnswerType.QUANTITY:
            return (
                any(t[0].isdigit() for t in words)
                or any(s in folded for s in QUANTITY_STEMS)
                or states_multiple(text)
            )
        case AnswerType.REASON:
            return bool(_REASONS.search(folded)) or bool(words & {"что", "как", "чтобы"})
        case AnswerType.FORECAST:
            return (
                bool(_PROSPECTS.search(folded) or _EFFECTS.search(folded))
                or bool(words & {"будет", "можно", "может", "могла", "могли", "мог", "бы"})
                or any(is_future_verb(t) for t in words if t.isalpha())
            )
    return False


# Picking one of a group: "кто из экспертов", "which of the experts".
_PICKING_ONE = word_set("кто кого кому which who")
_AMONG_GROUP = word_set("из of")


def asks_which_expert(words: tuple[str, ...]) -> bool:
    """ "кто из экспертов говорил про …", "какой эксперт упомянул …", "which of the analysts
    mentioned …": one of the article's experts is asked for by the noun of their kind, so
    only an expert's words name him — the article's own account of its agenda names none."""
    for at, word in enumerate(words):
        if at == 0 or _lemma(word) not in EXPERT_LEMMAS:
            continue
        # "which of the experts": the article before the noun
        lead = words[: at - 1] if words[at - 1] == "the" else words[:at]
        if lead[-1:] and lead[-1] in INTERROGATIVES:
            return True
        if len(lead) > 1 and lead[-1] in _AMONG_GROUP and lead[-2] in _PICKING_ONE:
            return True
    return False
