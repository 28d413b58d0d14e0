"""The relation a question asks about: the verb bound to its question word, and the noun that
names the detail wanted.

"Когда Алиев уехал из Казахстана?" and "Когда Алиев прибыл в Казахстан?" ask for a date on one
subject; an entry giving the arrival date answers only the second. Reading the kind of fact
asked for (``answer_types``) cannot tell them apart: both ask for a date, and the entry states
one. What tells them apart is the relation — "уехал" against "прибыл" — so a question's
predicate must be supported by the entry that answers it: the same lemma, a word of its family
("подписать" / "подписание"), or a known paraphrase ("посетил" / "визит"). Verbs that carry
no relation of their own ("был", "проходила", "считается") and verbs of saying (the speaker's
entries answer them) need no support.

Only Russian verbs are read as predicates: an English question's verbs are paraphrases of
the article's Russian as often as not ("held", "move", "propose"), and treating them as
relations the article lacks would refuse answers it gives. English questions are read for
their detail noun only ("which company will …").
"""

from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Any

from bot.language.answer_types import (
    CONDITION_NOUNS,
    DURATION_NOUNS,
    EXPECTATION_NOUNS,
    FORECAST_NOUNS,
    GENERIC_DETAILS,
    INTERROGATIVES,
    KIND_NOUNS,
    PLACE_KINDS,
    PURPOSE_NOUNS,
    REASON_NOUNS,
    asks_condition,
    spans_time,
)
from bot.language.characterisation import FRAME_NOUNS, FRAME_VERBS
from bot.language.lexicon import (
    JUDGEMENT_NOUNS,
    JUST_WORDS,
    OPINION_VERB_LEMMAS,
    SAY_WORDS,
    SPEAKING_VERB_LEMMAS,
    SPECIFYING_EN,
    SPECIFYING_RU,
    VIEW_WORDS,
    word_set,
)
from bot.language.morphology import WORDS_REMEMBERED, first_noun, is_known_russian, parse
from bot.language.professions import ends_profession, role_word
from bot.language.text import fold, is_cyrillic, is_latin, tokens
from bot.records import record

# Verbs (lemmas) that say nothing of the relation: "где проходила встреча", "кем работает",
# "какое число считается священным", modal and linking verbs.
GENERIC_PREDICATES = (
    word_set(
        "быть стать являться проходить пройти происходить произойти случиться случаться "
        "состояться считаться "
        "работать находиться иметь иметься делать сделать мочь хотеть должный получиться "
        "получаться "
        "оказаться выглядеть называть назвать сказать говорить заявить отметить считать думать "
        "оценить оценивать комментировать прокомментировать высказаться написать писать "
        "подчеркнуть подчёркивать привести приводить упомянуть упоминать "
        # "кто вспоминал выступление Токаева": who tells of it, as "упоминал" asks
        "вспомнить вспоминать "
        # "сколько денег крутится в торговле": what an amount is, said in slang
        "крутиться вращаться"
    )
    | FRAME_VERBS
)  # "как депутат описал отношения": a description of them, no relation
# Verbs of holding an event ("торжественную встречу устроили", "где организовали переговоры")
# and the events (lemmas) they hold: with such a noun, the verb says only that the event took
# place, as "проходила" does — no relation of its own (``Analyser._holds_event``). Who held
# it ("кто организовал встречу") is another fact, the organiser's, and keeps the verb.
EVENT_HOLDING_VERBS = word_set(
    "устроить устраивать организовать организовывать провести проводить"
)
HELD_EVENTS = word_set("встреча переговоры визит саммит приём прием церемония")
# How far apart the verb and its event may stand: "встречу Алиеву в каком городе устроили".
EVENT_HOLDING_REACH = 6
# A bond between things: "что их объединяет" asks what the article says links them
# ("исторически связаны общей культурой", "объединённые общей целью").
BOND_WORDS = word_set("объединять объединить объединённый объединенный связывать связать связанный")
# Closeness asked of things ("почему страны называют исторически близкими") is their bond,
# which a text says by a word of it ("связаны") — one way only: a text's "в ближайшие годы"
# (the lemma "близкий") says no bond that "что их объединяет" asks.
CLOSENESS_WORDS = word_set("близкий близость")
# Relations said in other words: a question's predicate is supported by an entry holding any
# lemma of its group. Only near-equivalents of the relation itself — "уехать" is not here
# with "прибыть": the departure is another fact than the arrival.
PARAPHRASE_GROUPS: tuple[frozenset[str], ...] = (
    word_set(
        "прибыть прибывать приехать приезжать прилететь прилетать посетить посещать побывать "
        "ездить съездить поехать визит приезд прибытие посещение поездка начаться начинаться"
    ),
    # the host of a visit: "кто принимал Алиева" is who invited him
    word_set("принимать принять пригласить приглашать приглашение визит"),
    word_set("подписать подписывать заключить заключать подписание заключение соглашение принять"),
    # what the sides agreed: "о чём договорились" is answered by the agreements they signed
    # and the arrangements reached ("конкретные договорённости")
    word_set("договориться договорить договорённость договоренность согласовать соглашение"),
    word_set("руководить возглавлять глава руководитель председатель возглавить"),
    word_set("встретиться встречаться встреча переговоры"),
    # membership: "кто входит в рабочую группу" is answered by "член рабочей группы"
    word_set("входить войти состоять член участник"),
    word_set("обсуждать обсудить обсуждение затрагивать затронуть повестка переговоры"),
    word_set("предложить предлагать предложение добавить идея"),
    word_set("построить строить строительство создать создавать создание"),
    word_set("купить покупать закупить закупать приобрести приобретать закупка покупка"),
    word_set(
        "доставлять доставить доставка идти перевозить перевозка везти довезти довозить "
        "привезти привозить транзит возить перевезти ехать ползти тащиться добираться "
        "добраться доходить дойти доехать доезжать"
        # chat's word for running vehicles to and fro: "гонять паромы, фуры"
        " гонять"
        # a ferry or a train runs its route: "через какое море будут ходить (курсировать)
        # паромы"
        " ходить курсировать"
        # where goods are headed: "куда направляется экспорт"
        " направляться направиться"
        # freight's officialese: "через какие страны следуют грузы"
        " следовать"
    ),
    word_set("сократить сокращать ужать ускорить ускорять сокращение"),
    word_set(
        "вложить вкладывать вложиться вкладываться инвестировать инвестиция вложение "
        "вбухать вбухивать"
    ),
    # a need and a lack are one relation: "нехватка вагонов" is a need of them ("нужны
    # вложения", "необходимость инвестиций"; "не хватает" is read so by ``goals``)
    word_set(
        "нужный нужно надо необходимый необходимо необходимость требоваться потребоваться "
        "недоставать нехватка"
    ),
    word_set(
        "вырасти расти увеличить увеличиться увеличивать рост поднять довести достичь "
        "достигнуть нарастить дорасти увеличение наращивание"
    ),
    word_set("название называться именоваться name call title"),
    BOND_WORDS,
)
# Verbs of membership (lemmas): "какие страны входят в X", "из кого состоит X" ask its
# members — a fact only a passage telling who belongs gives.
MEMBERSHIP = word_set("входить состоять")
# Verbs of putting a thing into a whole (lemmas): "какие темы включены в повестку" asks what
# is in it, which a passage telling what is there says without the verb ("в повестке
# переговоров не только …, но и …").
INCLUDING = word_set("включить включать")
# Verbs of endorsing (lemmas): "какие страны поддержали идею X", "who backed it" ask who
# holds that stance — which only a passage telling of support gives, not the idea's own.
ENDORSING = word_set("поддержать поддерживать одобрить одобрять support endorse approve")
# The same in English, as typed (``asked_relation`` reads no English verb): "which countries
# supported / backed / endorsed the idea".
ENDORSING_EN = word_set(
    "support supports supported endorse endorses endorsed approve approves approved "
    "back backs backed welcome welcomes welcomed"
)
_PARAPHRASES: dict[str, frozenset[str]] = {}
for _group in PARAPHRASE_GROUPS:
    for _lemma in _group:
        _PARAPHRASES[_lemma] = _PARAPHRASES.get(_lemma, frozenset()) | _group

# Nouns after "какой/which" that ask for a person or only say which kind of answer: they name
# no relation of their own.
_GENERIC_NOUNS = (
    GENERIC_DETAILS
    | KIND_NOUNS
    | PLACE_KINDS  # "через какое море", "which region": a name answers
    | FORECAST_NOUNS  # "какой прогноз по товарообороту": a forecast is the kind of fact asked
    | EXPECTATION_NOUNS  # "какие ожидания по товарообороту": as much
    | REASON_NOUNS  # "on which grounds", "what reasons": a reason is the kind asked
    # "каково назначение регистрации": an aim is the kind asked (not "цель": "какая цель по
    # товарообороту" is the figure aimed at, a detail its passage names)
    | (PURPOSE_NOUNS - word_set("цель цели"))
    | DURATION_NOUNS  # "продолжительность визита", "какой горизонт": a length of time asked
    | word_set(
        "эксперт политолог человек люди страна срок должность профессия роль объем объём размер "
        "количество сумма уровень доля масштаб итог результат последствие эффект значение "
        "сфера область отрасль "
        "направление тема вопрос мера шаг цифра число "
        "measure kind sort type expert experts person people country city thing things sector "
        "sectors area areas field fields sphere spheres topic topics issue issues role position "
        "job amount volume level size share value result outcome step steps"
    )
    # "и какими словами", "в каких выражениях": the words said, which his statement gives
    | word_set("слово выражение формулировка word words wording")
    # "какую оценку дал": a judgement, which his statement gives in its own words; so is
    # "какую характеристику дал" (how he characterised it)
    | JUDGEMENT_NOUNS
    | FRAME_NOUNS  # "какие качества", "на каких принципах": a description is asked for
    # "до какой отметки", "до какой величины": a formal register's level an amount reaches
    # (``changes._LEVEL_STEMS``), asked as "до какого уровня" is
    | word_set("отметка величина")
    # "каков перечень сфер", "какова потребность в инвестициях", "каковы основы связи",
    # "каковы возможности сокращения сроков": the list, the need, the ground, the room for a
    # thing are what its passage says of it — the list's items ("сфер", ``asked_items``),
    # what is needed, what binds, what can be done — no noun of their own that passage must
    # repeat
    | word_set("список перечень потребность основа возможность")
)
# What ends the noun after an English "which/what": an auxiliary or a preposition
# ("which company will", "in which building were", "what measure for …").
_EN_ENDS = word_set(
    "do does did is are was were will would could can should has have had for of in on at "
    "with between to from"
)
# Pronouns opening a clause after the noun asked for, in the word order of a question with
# no auxiliary ("which day it started", "which city he arrived in" — Russian's "в какой день
# он начался" carried into English): the subject, no word of the noun.
_EN_SUBJECT_PRONOUNS = word_set("it he she they we i you this that these those there")
# Adverbs standing before the verb after the noun asked for ("which outlet ACTUALLY
# collected the comments", "which country FINALLY signed"): the noun ends before them. Not
# "exactly", "precisely": "which route exactly" insists on specifics (``specifics``).
_EN_ADVERBS = word_set(
    "actually really truly finally ultimately eventually originally initially recently "
    "already also even first then"
)
# What governs an infinitive, or makes it a clause's own ("если вложиться"): a question
# holding one keeps its "-ться" verbs as written.
_GOVERNING = frozenset({"VERB", "INFN", "PRED", "ADJS", "PRTS", "CONJ"})
_MODALS = word_set("мочь хотеть планировать собираться собраться стоить")
# Verbs of setting two things side by side ("как соотносятся нынешний объём перевозок и
# потребности Казахстана", "как сопоставляются эти цифры"): the asker compares what a passage
# gives of each, a relation no passage needs to name — as "сравнить" asks it.
_COMPARING = word_set(
    "соотноситься соотносить соотнести сопоставляться сопоставлять сопоставить "
    "сравниваться сравнивать сравнить"
)
# Verbs that put another verb in the future or in intent: "будут строить", "планируют
# строить", "может продлиться" ask about the infinitive, not about being or planning.
_AUXILIARIES = word_set(
    "быть стать начать начинать планировать собираться собраться намереваться мочь хотеть "
    "предполагаться предстоять"
    # "Турцию следует включить": what ought to be done is the infinitive's relation
    " следовать"
)
# Verbs of helping, which take the deed helped as their infinitive: "помогает обеспечивать
# безопасность" asks about the securing, which a passage tells by its own verb ("усиливает
# роль Баку в обеспечении безопасности") and hardly ever as help.
_HELPING = word_set("помогать помочь")
# How many words after an auxiliary may hold its infinitive ("будут в Баку строить").
_AUXILIARY_REACH = 3
# "как называется X", "название X", "what is X called": the name of a thing is asked.
# English "title(s)" is always a name asked for; "name" alone is not (the imperative "name
# the experts"): only its question, "what is the name of X" (``_english_name_at``).
NAME_WORDS = word_set(
    "называется называются называлось назывался называлась название названия title titles"
)


# English asking a thing's name, as "как называется" does: "what is the name of X", "what's
# X called", "how is X called". Read as the Russian noun, which every rule reading a name
# asked (``NAME_WORDS``) knows. A person's name ("the name of the Azerbaijani MP") is his
# profile's to give, and is left alone.
_NAME_ASKED = "название"
_ASKING_WHAT = word_set("what how")
_HOW_NAMED = word_set("как")  # "как называется": the question opens at "как"
_NAME_NOUNS_ASKED = word_set("название названия title titles")
# Any word opening a question: one before the name asked opens an earlier part.
_QUESTION_WORDS = INTERROGATIVES | word_set(
    "кто кого кому кем где когда куда откуда сколько почему зачем отчего чей чья чье чьи что "
    "как who whom whose where when why how"
)
_CALLED_EN = "called"
# What may follow "called" when it closes a question asking a name ("what is it called,
# and who runs it", "what is it called officially"): not "called for", "called by", "called
# the visit" — a demand, a caller, a verb with its objects.
_CALLED_CLOSERS = word_set(
    "and or in officially exactly precisely then now today actually anyway please pls"
)
# "what is X otherwise / also called": another name of a thing the article names, which a
# passage defining it gives (``definitions.asks_name``).
_ANOTHER_NAME = word_set("otherwise also alternatively sometimes commonly usually often")
_CALLED_REACH = 10  # words from "what is" to "called": "what is the … system … called"
# Words of a person, besides trades (``role_word``): "the name of the man who …".
_PERSON_NOUNS = word_set(
    "person man woman guy lady official aide author speaker people someone politician "
    "minister president leader head diplomat envoy ambassador deputy"
)
_NAMED_REACH = 4  # words after "of" naming whose name is asked: "of the Azerbaijani MP"


# A name asked in the future or as a plan: "как будет называться система", "как она может
# называться", "как назовут систему". The infinitive or the impersonal future, reached from
# "как" over auxiliaries and pronouns only: "как можно назвать визит" asks a characterisation
# (the article's "визит можно назвать историческим"), "как эксперты назвали визит" a
# statement, and neither is read so.
_CALLED_AHEAD = word_set("называться именоваться назовут назовем")
_CALLED_BRIDGE = word_set(
    "будет будут может могут должна должен должно должны станет станут она он оно они его "
    "ее их это эта этот эти теперь официально"
)
_CALLED_AHEAD_REACH = 3  # words between "как" and the verb: "как она теперь будет называться"


def _future_name_at(words: tuple[str, ...]) -> int | None:
    """Where a Russian question asks what a thing will be called ("как будет называться
    система", "как её назовут"): its "как"; None if it does not."""
    for at, word in enumerate(words):
        if word not in _HOW_NAMED:
            continue
        for ahead in words[at + 1 : at + 2 + _CALLED_AHEAD_REACH]:
            if ahead in _CALLED_AHEAD:
                return at
            if ahead not in _CALLED_BRIDGE:
                break
    return None


def name_asked_first(words: tuple[str, ...]) -> bool:
    """Does the question ask a thing's name before any other question word ("как называется
    система и кто будет ей управлять", "what is the name of the system, and who would run
    it")? The name is then its main question, whatever kind the later part asks."""
    at = _name_at(words)
    return at is not None and not any(w in _QUESTION_WORDS for w in words[:at])


# How far a "which" may stand before the noun it asks ("какие именно документы", "which
# two documents"), and a question word after the "и/and" that joins a second question.
_WHICH_REACH = 2
_JOINED_REACH = 2
_JOINING = word_set("и а and")


def detail_asked_first(words: tuple[str, ...], detail: str) -> bool:
    """Does the question insist on which ``detail`` first, then ask a second question joined
    by "и/and" ("какие именно документы по ИИ подписали и кто их подписал", "which exactly
    documents were signed and who signed them", "названия документов и кто подписал")? The
    very items asked for (their titles) are then the main question, whatever kind the later
    part asks — as with a name asked first (``name_asked_first``). Plain "which agreements
    were signed and who signed them" is not: the article's list of the agreements answers its
    first part, and who signed is what it lacks. Not when a question word comes before it
    ("кто подписал и какие документы")."""
    at = next((i for i, w in enumerate(words) if w == detail), None)
    if at is None:
        return False
    reach = range(max(0, at - _WHICH_REACH), at)
    which = next((i for i in reach if words[i] in INTERROGATIVES), None)
    if which is None or any(w in _QUESTION_WORDS for w in words[:which]):
        return False
    later = joined_question_words(words[at:])
    if not later:
        return False
    first = words[which : len(words) - len(later)]
    return any(w in _ITEMS_INSISTED for w in first)


# "какие именно документы", "which exactly", "названия документов": the very items asked for.
_ITEMS_INSISTED = word_set(
    "именно конкретно exactly specifically precisely названия название titles"
)


def joined_question_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a second question following "и/and" with a question word of its own
    ("what did Hajiyev post, and HOW DID ISHMUKHAMEDOV READ IT", "что написал Гаджиев и КАК
    ЭТО ОЦЕНИЛ ИШМУХАМЕДОВ"); empty when there is none — not "и/and" joining two things
    asked of ("Baku and Astana")."""
    for join, word in enumerate(words):
        if (
            join
            and word in _JOINING
            and any(w in _QUESTION_WORDS for w in words[join + 1 : join + 1 + _JOINED_REACH])
        ):
            return words[join + 1 :]
    return ()


def _name_at(words: tuple[str, ...]) -> int | None:
    """Where the question asks a thing's name: "как" of "как называется", a word naming
    a name ("название"), the "what"/"how" of its English question; None if it does not."""
    for at, word in enumerate(words):
        if word in _NAME_NOUNS_ASKED:
            return at
        if word in NAME_WORDS:
            # "как (она) называется"; "называется ли сумма" checks a sum is named, no name
            how = [i for i in range(max(0, at - 2), at) if words[i] in _HOW_NAMED]
            if how:
                return how[0]
    future = _future_name_at(words)
    return future if future is not None else _english_name_at(words)


def _english_name_at(words: tuple[str, ...]) -> int | None:
    """Where an English question asks what a thing is called ("what is the name of the
    registration system", "what are the names of the documents", "what is the new system
    called", "how is it called"): its "what"/"how". Not a person's name, nor "called
    for/by"; None when it asks no name."""
    if not words or not is_latin(words[0]):
        return None
    for at, word in enumerate(words):
        if word in _NAMES_EN and words[at + 1 : at + 2] == ("of",) and at >= 2:
            opening = [i for i in range(max(0, at - 4), at - 1) if words[i] in _ASKING_WHAT]
            if words[at - 1] == "the" and opening:
                person = _of_a_person(words[at + 2 : at + 2 + _NAMED_REACH])
                return None if person else opening[0]
        linked = words[at + 1 : at + 2] and words[at + 1] in _LINKING_ALL
        # "what's the system called" is read without its "'s": "what the system called"
        clipped = word == "what" and words[at + 1 : at + 2] == ("the",)
        if word in _ASKING_WHAT and (linked or clipped):
            start = at + 2 if linked else at + 1
            ahead = words[start : start + _CALLED_REACH]
            if _CALLED_EN in ahead:
                end = start + ahead.index(_CALLED_EN)
                after = words[end + 1 : end + 2]
                if words[end - 1] in _ANOTHER_NAME:
                    return None  # "otherwise called": another name, ``definitions``' rule
                if after and after[0] not in _CALLED_CLOSERS:
                    return None  # "what the experts called the visit": a verb with objects
                return None if _of_a_person(words[start:end]) else at
    return None


def _of_a_person(named: tuple[str, ...]) -> bool:
    """Do the words naming what is called name a person ("the Azerbaijani MP", "the Kazakh
    political scientist", "the man who …")?"""
    return any(
        w in _PERSON_NOUNS
        or w.removesuffix("s") in _PERSON_NOUNS  # "the two presidents"
        or w in ("men", "women", "who", "whom")
        or role_word(w)
        or ends_profession(w)
        for w in named
    )


# "what is the … of", "каковы …": a linking verb or its Russian question word before the
# noun naming the detail asked.
_LINKING = word_set("is are was were")
# "what's X called" is read as "what s X called"; "what would it be called".
_LINKING_ALL = _LINKING | word_set("s re would will might could")
_WHAT_IS_RU = word_set("каков какова каково каковы")
_NAMES_EN = word_set("name names")
# Nouns asking for a reading of a thing, which the words on the thing give as they stand.
_READINGS = word_set(
    "implications consequences effects impacts benefits advantages goals aims purposes "
    "reasons ideas prospects hopes expectations lessons messages results outcomes"
)


@record
class Asked:
    """What a question asks about beyond its subject: the verb bound to its question word
    (lemma), and the noun naming the detail wanted ("какая компания" → "компания")."""

    verb: str | None = None  # its lemma
    detail: str | None = None  # as typed: the matcher reads it as the question's word
    # "список всех 15 соглашений", "list all the agreements": the noun (as typed) whose
    # members the question asks listed one by one (``listed``).
    listed: str | None = None
    # "какие темы обсуждали", "which areas were covered": the plural noun (as typed) of the
    # kind of items asked for — the items themselves, one by one (``asked_items``).
    items: str | None = None


NO_RELATION = Asked()
_HOW_MANY = frozenset({"сколько", "скольких", "скольким", "сколькими"})


def asked_relation(words: tuple[str, ...], repaired: frozenset[str] = frozenset()) -> Asked:
    """The question's predicate verb (Russian only) and detail noun, from its folded words;
    ``repaired``: words read as another word than typed ("обем" → "объём" is no verb)."""
    words = tuple(_respelt(word) for word in words)
    verb = _verb(words, repaired)
    counted_at = next((at for at, w in enumerate(words) if w in _HOW_MANY), None)
    if verb is not None and counted_at:
        # "какие сферы затронули соглашения и сколько документов подписали": the count asked
        # is of its own clause's relation
        verb = _verb(words[counted_at:], repaired) or verb
    asked_at = next((at for at, w in enumerate(words) if w in _ASKING), None)
    if asked_at and verb is not None:
        # "паромы строить собрались — это по какому морю гонять?": the place asked is of its
        # own clause's bare infinitive, not of the verb before it, as a count is of its own
        # clause's verb
        verb = _bare_infinitive(words[asked_at + 1 : asked_at + 1 + _AUXILIARY_REACH]) or verb
    detail = _detail(words) or (None if verb else _contents_of(words))
    if detail in CONDITION_NOUNS and asks_condition(words):
        detail = None  # "при каком условии сократятся сроки": what the goal takes answers
    return Asked(verb, detail, listed(words), asked_items(words))


# Question words a clause of its own may open after a first one ("…, куда их гонять"):
# where, whither, when, and "which" in its forms.
_ASKING = word_set(
    "где куда откуда когда какой какая какое какие каком какую каких какого какому каким какими"
)


def _bare_infinitive(after: tuple[str, ...]) -> str | None:
    """The lemma of an infinitive asked as the clause's predicate ("по какому морю гонять",
    "куда вкладывать"): the first verb after the question word, when it is an infinitive
    no other verb governs; else None."""
    for word in after:
        if not is_cyrillic(word) or not is_known_russian(word):
            continue
        best = _as_infinitive(parse(word))
        if best.tag.POS == "INFN":
            return str(best.normal_form).replace("ё", "е")
        if best.tag.POS in ("VERB", "PRTS", "CONJ", "PRED", "ADJS"):
            return None  # "должны ходить", "нужно строить": governed, no bare infinitive
    return None


def _respelt(word: str) -> str:
    """Transliteration writes "-тся" as "-ця"/"-ца" ("nazyvaetsya" → "называеця"), and a
    hurried hand as "-ться" ("называеться"): the verb it was, when only that is a dictionary
    word."""
    if not is_cyrillic(word) or is_known_russian(word):
        return word
    for ending in ("ця", "ца", "ться"):
        if word.endswith(ending):
            verb = word[: -len(ending)] + "тся"
            if is_known_russian(verb):
                return verb
    return word


def _finite_twin(word: str, others: tuple[str, ...]) -> str | None:
    """ "до какого числа продлиться визит": an infinitive in "-ться" in a question with no
    other verb, modal or conjunction to govern it is the finite "-тся" verb mistyped (the
    most common slip of Russian spelling); its lemma, or None. "может продлиться", "если
    вложиться …, можно сократить" keep their infinitive."""
    if not word.endswith("ться") or not is_cyrillic(word):
        return None
    for other in others:
        parses = parse(other) if is_cyrillic(other) else []
        if parses and parses[0].tag.POS in _GOVERNING:
            return None
    twin = parse(word[:-4] + "тся")
    if not twin or twin[0].tag.POS != "VERB" or not is_known_russian(word[:-4] + "тся"):
        return None
    return str(twin[0].normal_form).replace("ё", "е")


def related(lemma: str) -> frozenset[str]:
    """The lemma and every lemma that says the same relation in other words — a verb's
    reflexive and plain forms alike: "что предлагается" is what is proposed, "обсуждался" is
    what was discussed ("обсуждаться" and "обсуждать" are one relation, the passive voice
    of it; ``_voices``)."""
    found = {lemma}
    for voice in _voices(lemma):
        found |= _PARAPHRASES.get(voice, frozenset()) | {voice}
    return frozenset(found)


def _voices(lemma: str) -> tuple[str, ...]:
    """A Russian verb's lemma with its reflexive partner: "обсуждать" and "обсуждаться"."""
    if not is_cyrillic(lemma):
        return (lemma,)
    if lemma.endswith(("ться", "тись", "чься")):
        return (lemma, lemma[:-2])
    if lemma.endswith(("ть", "ти", "чь")):
        return (lemma, lemma + ("сь" if lemma.endswith("ти") else "ся"))
    return (lemma,)


# Verbs of putting forward an idea ("кто предложил регистрацию", "кто выдвинул идею"): an
# expert's words advocating the thing are his proposing it, though he never says the verb.
PROPOSING_VERBS = frozenset(
    {"предложить", "предлагать", "предлагаться", "выдвинуть", "выдвигать", "выдвигаться"}
)
# "кто придумал семёрку": an idea's author, whose words propose it ("логично добавить
# Турцию") — not an expert speaking of what exists ("кто придумал Средний коридор").
INVENTING_VERBS = frozenset({"придумать", "придумывать", "изобрести", "изобретать"})


def needs_support(lemma: str) -> bool:
    """A predicate that names a relation of its own (not "быть", not a verb of saying, not one
    of judging or expecting: "какой товарооборот ожидает Ишмухамедов" asks his figure)."""
    return (
        lemma not in GENERIC_PREDICATES
        and lemma not in SAY_WORDS
        and lemma not in VIEW_WORDS
        and lemma not in OPINION_VERB_LEMMAS
        and lemma not in SPEAKING_VERB_LEMMAS
    )


# Consonants a verb's stem turns into in its noun of action: "сократить" / "сокращение",
# "повысить" / "повышение", "упростить" / "упрощение", "обсудить" / "обсуждение". Either
# way round.
_ALTERNATING = frozenset({("т", "щ"), ("з", "ж"), ("с", "ш"), ("д", "ж"), ("ст", "щ")})


def kin_alternating(a: str, b: str) -> bool:
    """Two Cyrillic lemmas of one word family (``kin``), or a verb and its noun of action
    whose stems part by the consonant the noun turns it into ("сократить" / "сокращение",
    "снизить" / "снижение"): "прогноз по сокращению сроков" speaks of what "этот срок можно
    сократить" says — the letters shared before the change are too few for ``kin``."""
    if kin(a, b):
        return True
    if not (is_cyrillic(a) and is_cyrillic(b)):
        return False
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    rest_a, rest_b = a[shared:], b[shared:]
    changed = max(
        (
            len(x)
            for x, y in _ALTERNATING
            if (rest_a.startswith(x) and rest_b.startswith(y))
            or (rest_a.startswith(y) and rest_b.startswith(x))
        ),
        default=0,
    )
    stem = shared + changed  # the stem's letters, the changed consonant counted as shared
    return bool(changed) and stem >= 5 and stem >= 0.6 * min(len(a), len(b))


def kin(a: str, b: str) -> bool:
    """Two Cyrillic lemmas of one word family: a shared beginning of at least five letters
    and three fifths of the shorter ("подписать" / "подписание", "руководить" /
    "руководитель")."""
    if a[:5] != b[:5]:
        return False  # no five letters shared (so not equal either): the common case, cheaply
    if not (is_cyrillic(a) and is_cyrillic(b)):
        return a == b
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= 5 and shared >= 0.6 * min(len(a), len(b))


@lru_cache(maxsize=WORDS_REMEMBERED)
def _addressed(word: str) -> bool:
    """Is the verb said to the one asked ("перечислите", "назови": an imperative, or the
    second person the dictionary reads "перечислите" as first)? A request to the bot, no
    relation of what it is asked about. Remembered per word (its parses' tags are slow to
    look into, and every reading of every question with the verb asks)."""
    parses = parse(word)
    first = parses[0]
    return any(
        p.normal_form == first.normal_form and ("impr" in p.tag or p.tag.person == "2per")
        for p in parses[:2]
    )


def _verb(words: tuple[str, ...], repaired: frozenset[str]) -> str | None:
    """The first finite verb or short participle of a Russian question that asks something
    ("когда Алиев уехал", "на какой срок заключены"), modal verbs skipped; a word repaired
    to another is not read as a verb."""
    if not any(is_cyrillic(w) for w in words):
        return None
    for at, word in enumerate(words):
        if not is_cyrillic(word) or len(word) < 3 or not is_known_russian(word):
            continue
        parses = parse(word)
        if not parses:
            continue
        best = _as_infinitive(parses)
        if word in repaired:
            # "планируют" read as "планироваться" is still the auxiliary it was typed as
            auxiliary = best.tag.POS == "VERB" and str(best.normal_form) in _AUXILIARIES
            infinitive = _governed(words[at + 1 : at + 1 + _AUXILIARY_REACH], repaired)
            if auxiliary and infinitive is not None:
                return infinitive
            continue
        if best.tag.POS not in ("VERB", "PRTS"):
            continue
        if _addressed(word):
            continue  # "перечислите, в каких областях подписали": a request to the bot
        if _in_condition(words, at):
            continue  # "…, если заработают новые проекты": the condition, not what is asked
        lemma = str(best.normal_form)
        if best.tag.POS == "PRTS":  # "заключены" → "заключить": the verb it comes from
            verb = best.inflect({"INFN"})
            lemma = str(verb.word) if verb is not None else lemma
        lemma = lemma.replace("ё", "е")
        if lemma in _AUXILIARIES or lemma in _HELPING:
            infinitive = _governed(words[at + 1 : at + 1 + _AUXILIARY_REACH], repaired)
            if infinitive is None:
                # "паромы строить собрались", "подписать хотят": spoken word order, and a
                # second language's, puts the infinitive first
                before = words[max(at - _AUXILIARY_REACH, 0) : at]
                infinitive = _governed(tuple(reversed(before)), repaired)
            if infinitive is not None:
                return infinitive
        if lemma in _MODALS or lemma in _COMPARING:
            continue
        return lemma
    for at, word in enumerate(words):
        if word in repaired:
            continue
        twin = _finite_twin(word, words[:at] + words[at + 1 :])
        if twin is not None and twin not in _MODALS:
            return twin
    return None


# Conjunctions opening a condition: "до какой суммы вырастет торговля, если заработают
# проекты" asks how far trade grows; what the projects do is the condition of it.
_IF = frozenset({"если", "ежели"})
_CONDITION_REACH = 2  # words between the conjunction and its verb ("если новые проекты …")


# Conjunctions of an aim ("во что вложить деньги, чтобы коридор заработал"): its verb, as a
# condition's, is what the aim does to its noun, which a passage tells in words of its own.
_AIM = frozenset({"чтобы", "чтоб", "дабы"})


def _in_condition(words: tuple[str, ...], at: int) -> bool:
    """Is the verb at ``at`` the predicate of a condition or an aim ("если заработают", "если
    проекты заработают", "чтобы коридор заработал"): a conjunction of condition or aim at
    most ``_CONDITION_REACH`` words before it?"""
    before = words[max(at - 1 - _CONDITION_REACH, 0) : at]
    return any(word in _IF or word in _AIM for word in before)


def condition_verbs(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of the verbs of a condition ("что будет с торговлей, если ЗАПУСТЯТ
    проекты"): what the condition does to its noun, which a passage may tell in words of its
    own ("реализация новых проектов позволит …")."""
    words = tuple(words)
    found: set[int] = set()
    for at, word in enumerate(words):
        if not is_cyrillic(word) or not is_known_russian(word) or not _in_condition(words, at):
            continue  # a word no dictionary knows may be a slip of the briefing's own
        parses = parse(word)
        if parses and parses[0].tag.POS in ("VERB", "INFN"):
            found.add(at)
    return frozenset(found)


# What closes a condition opening the question ("если запустят проекты, что будет с
# торговлей"): the question word of the main clause.
_MAIN_OPENERS = word_set(
    "что как какой какая какое какие каким какую сколько когда где почему зачем кто чем "
    "насколько во"
)


def condition_words(words: tuple[str, ...] | list[str]) -> frozenset[int]:
    """The positions of the words of a condition ("что будет с торговлей, если запустят
    ПРОЕКТЫ ПО СРЕДНЕМУ КОРИДОРУ"): from its conjunction to the end of the question, or to
    the question word of the main clause when the condition comes first."""
    found: set[int] = set()
    for at, word in enumerate(words):
        if word not in _IF:
            continue
        for ahead in range(at + 1, len(words)):
            if words[ahead] in _MAIN_OPENERS or words[ahead] in _IF:
                break
            found.add(ahead)
    return frozenset(found)


def _as_infinitive(parses: tuple[Any, ...]) -> Any:
    """The reading of a word to take: an infinitive as likely as the first reading is the
    one — "может дорасти" grows, it is no imperative of "дорастить" (the dictionary ranks
    the two alike)."""
    best = parses[0]
    infinitive = next((p for p in parses if p.tag.POS == "INFN"), None)
    if infinitive is not None and infinitive.score >= best.score:
        return infinitive
    return best


def auxiliary_at(words: tuple[str, ...], at: int) -> bool:
    """Is ``words[at]`` an auxiliary putting the infinitive after it in the future or in
    intent ("собираются возить", "планируют строить")? The question then asks about the
    infinitive, and the auxiliary is how it asks — as "будут" is."""
    word = words[at]
    if not is_cyrillic(word) or not is_known_russian(word):
        return False
    best = parse(word)[0]
    if best.tag.POS != "VERB" or str(best.normal_form).replace("ё", "е") not in _AUXILIARIES:
        return False
    return _governed(words[at + 1 : at + 1 + _AUXILIARY_REACH], frozenset()) is not None


def _governed(after: tuple[str, ...], repaired: frozenset[str]) -> str | None:
    """The lemma of the infinitive an auxiliary governs: the first in the words after it,
    before any other verb ("будут строить" → "строить"); a repaired word is no verb. Given
    the words before it, nearest first, the one spoken order puts there ("строить собрались")."""
    for word in after:
        if not is_cyrillic(word) or word in repaired:
            return None
        parses = parse(word) if is_known_russian(word) else []
        if not parses:
            continue
        best = _as_infinitive(parses)
        pos = best.tag.POS
        if pos == "INFN":
            return str(best.normal_form).replace("ё", "е")
        if pos in ("VERB", "PRTS", "CONJ"):
            return None
    return None


def _detail(words: tuple[str, ...]) -> str | None:
    """The noun (as typed) a "какой/which" question asks about, unless generic; a word
    asking for a name ("как называется", "название") anywhere, or its English question
    ("what is the name of the system", "what is it called")."""
    for word in words:
        if word in NAME_WORDS:
            return word
    if _future_name_at(words) is not None or _english_name_at(words) is not None:
        return _NAME_ASKED
    for at, word in enumerate(words):
        if word in _WHAT_IS_RU:  # "каковы условия декларации": as "какие условия"
            found = _russian_detail(words[at + 1 : at + 4])
            if found is not None:
                return found
        if word == "что" and words[at + 1 : at + 2] == ("за",):
            # "что за соглашение": which agreement, as "какое соглашение" asks
            found = _russian_detail(words[at + 2 : at + 5])
            if found is not None:
                return found
        if word not in INTERROGATIVES:
            continue
        rest = words[at + 1 : at + 4]
        if word == "what" and (found := _english_of_detail(rest + words[at + 4 : at + 6])):
            return found
        if is_latin(word) and (found := _english_specific_detail(words[at + 1 :])):
            return found
        if is_latin(word):  # "what" asks about anything; "which company" about a company
            found = _english_detail(rest, ends=_appended(words, at)) if word == "which" else None
        else:
            found = _russian_detail(rest) or _specified_deed(words[at + 1 : at + 5])
        if found is not None:
            return found
    return None


# Nouns naming only a kind of thing done: "какие проекты", "какие меры". Generic when asked
# alone — the areas a passage names answer "какие проекты" — but not when asked for
# specifically within a thing the question names itself ("какие именно проекты в
# цифровизации"): the area is then the question's own, and the things done in it are asked.
_DEED_NOUNS = word_set("проект мера шаг идея пункт инициатива")
_SPECIFYING = SPECIFYING_RU | JUST_WORDS
# What opens the question's own qualifier of such a noun: "проекты В цифровизации", "меры ПО
# туризму".
_QUALIFIER_OPENERS = word_set("в во по на для о об")


def _specified_deed(rest: tuple[str, ...]) -> str | None:
    """ "[какие] именно проекты в цифровизации" → "проекты": after the interrogative, a word
    asking for specifics, a noun of a kind of thing done (``_DEED_NOUNS``) and a phrase of
    the question's own qualifying it — the things themselves are asked, which a passage
    naming them only by that area (or by a list of areas holding it) does not give."""
    if len(rest) < 4 or rest[0] not in _SPECIFYING or rest[2] not in _QUALIFIER_OPENERS:
        return None
    noun, qualifier = rest[1], rest[3]
    if not (is_cyrillic(noun) and is_cyrillic(qualifier)):
        return None
    parses, following = parse(noun), parse(qualifier)
    if not parses or parses[0].tag.POS != "NOUN" or not following:
        return None
    if str(parses[0].normal_form).replace("ё", "е") not in _DEED_NOUNS:
        return None
    return noun if following[0].tag.POS in ("NOUN", "ADJF") else None


def deed_qualifier(words: tuple[str, ...], detail: str) -> tuple[str, ...]:
    """The question's own qualifier of a deed noun asked specifically (``_specified_deed``):
    "какие конкретные меры ПО ЖЕЛЕЗНОДОРОЖНОЙ ИНФРАСТРУКТУРЕ" → its two words. The measures
    are named by that thing, so a passage naming the thing and giving its particulars ("…
    инвестиций в железнодорожную инфраструктуру. В частности, речь шла о модернизации …")
    lists them, though it never says "меры". Empty for any other detail."""
    if detail not in words:
        return ()
    at = words.index(detail)
    parses = parse(detail) if is_cyrillic(detail) else []
    if not parses or str(parses[0].normal_form).replace("ё", "е") not in _DEED_NOUNS:
        return ()
    if words[at + 1 : at + 2] and words[at + 1] not in _QUALIFIER_OPENERS:
        return ()
    taken: list[str] = []
    for word in words[at + 2 : at + 5]:
        found = parse(word) if is_cyrillic(word) else []
        if not found or found[0].tag.POS not in ("NOUN", "ADJF"):
            break
        taken.append(word)
    return tuple(taken)


# Words asking for things listed one by one: "список соглашений", "перечисли проекты", "list
# all the agreements", "enumerate the projects", "названия соглашений", "give the names of
# all 15 agreements" (each one's name). ("какие соглашения подписали" asks which, and the
# areas they cover may answer it; a list asks for the agreements themselves.)
_LIST_WORDS = word_set(
    "список списка списку списком списке перечень перечня перечнем перечисли перечислите "
    "перечислить перечислим перечисление названия названий list enumerate names"
)
# "names" asks a list only of all the items ("the names of ALL 15 agreements"): "the names of
# the two presidents" asks who they are, which a sentence naming both answers.
_ALL_OF = word_set("all every each")
# Words between a list word and the noun listed: "список ВСЕХ 15 подписанных соглашений",
# "list ALL THE agreements", "a list OF the 15 agreements".
_LIST_FILLERS = word_set("все всех всё весь всем этих эти the all of every each these those")
_LIST_REACH = 4  # how many words after the list word may hold the noun listed


def listed(words: tuple[str, ...]) -> str | None:
    """The noun (as typed) whose members a question asks listed: "список всех 15 соглашений"
    → "соглашений", "перечисли подписанные документы" → "документы", "list all 15
    agreements" → "agreements". Numbers, "все/all/the" and adjectives or participles
    ("подписанных") may stand between; None when no list is asked for."""
    if listed_kind_at(words) is not None:
        return None  # "список тем", "list of topics": a kind of items, ``asked_items`` reads
    for at, word in enumerate(words):
        if word not in _LIST_WORDS and not _asks_members(words, at):
            continue
        if word == "names" and not any(w in _ALL_OF for w in words[at + 1 : at + 1 + _LIST_REACH]):
            continue
        rest = _list_rest(words[at + 1 : at + 1 + _LIST_REACH], english=is_latin(word))
        while word not in _LIST_WORDS and rest[:1] and rest[0] in _MEMBER_LINKS:
            rest = rest[1:]
        rest = tuple(w for w in rest if not w[:1].isdigit())
        found = _english_listed(rest) if is_latin(word) else _russian_listed(rest)
        if found is not None:
            return found
    return None


def _list_rest(after: tuple[str, ...], *, english: bool) -> tuple[str, ...]:
    """The words after a list word that may hold the noun listed, "все/all/the" left out.
    In English a determiner after the first word of substance opens a clause of its own
    ("list the sectors THE agreements cover": what they cover, a contact clause), whose
    words are no part of the noun listed."""
    rest: list[str] = []
    for word in after:
        if word in _LIST_FILLERS:
            if english and rest:
                break
            continue
        rest.append(word)
    return tuple(rest)


# Nouns naming only the kind of items a question asks for: "какие ТЕМЫ обсуждали", "в каких
# СФЕРАХ", "which AREAS were covered". Asked in the plural, the items themselves answer — a
# passage listing several ("аграрная сфера, инвестиции, энергетика"), not one naming the kind
# ("обсуждение ключевых тем"). Lemmas (Russian) and plural forms (English).
_ITEM_NOUNS = word_set(
    "тема сфера вопрос направление область отрасль аспект "
    "topics themes areas issues sectors fields spheres subjects"
    # what is to be done, asked of a discussion the same way: "какие планы обсуждали по
    # железным дорогам", "what measures were discussed" — the steps it lists answer
    " план мера шаг инициатива plans measures steps initiatives"
)
# What frames such items without being one: the kind ("темы") and the agenda holding them
# ("какие сферы в повестке переговоров"). A passage naming only these lists nothing.
ITEM_FRAMES = _ITEM_NOUNS | word_set("повестка agenda topic theme area issue sector field")
_PLURAL_WHICH = word_set("какие каких каким какими which what")
_ITEM_REACH = 2  # how many words after "какие/which" may hold the noun ("какие основные темы")


def asked_items(words: tuple[str, ...]) -> str | None:
    """The plural noun (as typed) of the kind of items a question asks for one by one:
    "какие темы обсуждали" → "темы", "о каких сферах говорил" → "сферах", "which areas were
    covered" → "areas". Only after an interrogative, adjectives between, or right after a
    word asking a list ("список тем переговоров", "перечень вопросов"); None otherwise."""
    listed_kind = _listed_kind(words)
    if listed_kind is not None:
        return listed_kind
    headline = _headline_items(words)
    if headline is not None:
        return headline
    for at, word in enumerate(words):
        if word not in _PLURAL_WHICH:
            continue
        for noun in words[at + 1 : at + 1 + _ITEM_REACH]:
            if is_latin(noun):
                if noun in _ITEM_NOUNS:
                    return noun
                continue
            parses = parse(noun) if is_cyrillic(noun) else []
            if not parses:
                break
            pos = parses[0].tag.POS
            if pos == "NOUN":
                # "темы": the genitive singular as likely a reading as the plural
                plural = any(
                    p.tag.POS == "NOUN"
                    and p.tag.number == "plur"
                    and str(p.normal_form).replace("ё", "е") in _ITEM_NOUNS
                    for p in parses
                )
                return noun if plural else None
            if pos not in ("ADJF", "PRTF"):
                break
    return None


def _headline_items(words: tuple[str, ...]) -> str | None:
    """A headline's kind of items with its participle and nothing after ("Agreements:
    sectors covered?", "talks — topics discussed?"): the items of that kind are asked one
    by one, as "which sectors were covered" asks them; None otherwise. Only an English
    plural kind noun closing the question with the participle."""
    if len(words) < 2 or not is_latin(words[-1]) or not words[-1].endswith("ed"):
        return None
    return words[-2] if words[-2] in _ITEM_NOUNS and is_latin(words[-2]) else None


def _listed_kind(words: tuple[str, ...]) -> str | None:
    """The kind of items right after a word asking a list ("список тем переговоров" →
    "тем"); None otherwise (``listed_kind_at``)."""
    at = listed_kind_at(words)
    return None if at is None else words[at + 1]


def listed_kind_at(words: tuple[str, ...] | list[str]) -> int | None:
    """The position of a word asking a list followed by a kind of items in the genitive
    plural: "список тем переговоров" (the dictionary reads "тем" as a conjunction first, so
    every reading is looked at), "перечень вопросов"; None otherwise. Both words say how the
    question asks — the items one by one — not what about. In English the kind follows "of"
    ("list of topics at the talks"): the position is then that of "of", right before it."""
    for at, (word, noun) in enumerate(itertools.pairwise(words)):
        if word in _LIST_WORDS and is_cyrillic(noun) and item_noun_lemma(noun) is not None:
            return at
        if word == _OF and at > 0 and words[at - 1] == _LIST and noun in _ITEM_NOUNS:
            return at
        # "list the sectors the agreements cover", "list the topics discussed": the kind
        # right after the verb, as after "list of" — not "agreements", a later noun
        if noun in _ITEM_NOUNS and (
            word == _LIST or (word in _THE and at > 0 and words[at - 1] == _LIST)
        ):
            return at
    return None


_LIST = "list"
_OF = "of"
_THE = word_set("the all")


def item_noun_lemma(noun: str) -> str | None:
    """The lemma of a Russian kind of items in the genitive plural ("тем" → "тема"), else
    None."""
    return next(
        (
            lemma
            for p in parse(noun)
            if p.tag.POS == "NOUN"
            and p.tag.number == "plur"
            and p.tag.case == "gent"
            and (lemma := str(p.normal_form).replace("ё", "е")) in _ITEM_NOUNS
        ),
        None,
    )


# Words asking who or what a body is made of: "кто ВХОДИТ в группу", "из кого СОСТОИТ",
# "СОСТАВ группы", "ЧЛЕНЫ группы", "the MEMBERS of the group": its members, one by one.
_MEMBER_WORDS = word_set(
    "входит входят входил входили состоит состоят состав состава составе члены членов members "
    "membership"
)
# What may stand between such a word and the body: "входит В группу", "состоит ИЗ", "in the
# group", "members OF the group", "входит в СОСТАВ группы".
_MEMBER_LINKS = word_set("в во из состав состава of in on")


def _asks_members(words: tuple[str, ...], at: int) -> bool:
    """ "кто входит в группу", "из кого состоит группа", "состав группы", "члены группы",
    "who are the members of the group": a word asking the members of what follows it (a
    verb of belonging only after "кто/who/из кого")."""
    word = words[at]
    if word not in _MEMBER_WORDS:
        return False
    if word.startswith(("вход", "состо")):
        return any(w in ("кто", "кого") for w in words[:at])
    # "в состав какой группы входит Гусейнов" asks which body, not its members
    before = words[at - 1] if at > 0 else ""
    if word.startswith("состав") and _qualifies(before):
        return False  # "подвижной состав", "личный состав": a thing of its own, no members
    return before not in ("в", "во") and not any(
        w in INTERROGATIVES for w in words[at + 1 : at + 1 + _LIST_REACH]
    )


def _qualifies(word: str) -> bool:
    """Is ``word`` a Russian adjective (its likeliest reading), one that may make a noun
    after it a term of its own?"""
    parses = parse(word) if is_cyrillic(word) else []
    return bool(parses) and parses[0].tag.POS == "ADJF"


def _russian_listed(rest: tuple[str, ...]) -> str | None:
    """The first noun of ``rest``, adjectives and participles skipped."""
    for word in rest:
        parses = parse(word) if is_cyrillic(word) else []
        if not parses:
            return None
        pos = parses[0].tag.POS
        if pos == "NOUN":
            return word
        if pos not in ("ADJF", "PRTF"):
            return None
    return None


def _english_listed(rest: tuple[str, ...]) -> str | None:
    """ "list all 15 agreements", "list the cooperation agreements signed": the last of one or
    two words before an auxiliary, a preposition, a participle or the end."""
    taken: list[str] = []
    for word in rest:
        if word in _EN_ENDS or (taken and word.endswith(("ed", "ing"))) or len(taken) == 2:
            break
        if not is_latin(word):
            break
        taken.append(word)
    return taken[-1] if taken else None


# "что конкретно в соглашении": the words asking what something holds, before its noun.
_INSIDE = word_set("в во")
_CONTENT_CUES = SPECIFYING_RU | JUST_WORDS


def _contents_of(words: tuple[str, ...]) -> str | None:
    """ "что конкретно в соглашении по ИИ", "что именно в декларации": a question of no verb
    asking what a thing holds names it as "что за соглашение" does — the agreement is the
    detail asked, which a passage only naming it among others does not give. With a verb
    ("что в Астане подписали") the noun is where it was done, and is left alone."""
    for at, word in enumerate(words):
        if word != "что":
            continue
        rest = [w for w in words[at + 1 : at + 3] if w not in _CONTENT_CUES]
        if rest[:1] and rest[0] in _INSIDE:
            after = words[at + 1 :]
            inside = next(i for i, w in enumerate(after) if w in _INSIDE)
            return _russian_detail(after[inside + 1 : inside + 4])
    return None


def _russian_detail(rest: tuple[str, ...]) -> str | None:
    """The first noun within the next three words, adjectives and fillers skipped."""
    noun = first_noun(rest, frozenset({"ADJF", "ADVB", "PRCL"}))
    if noun is None:
        return None
    lemma = str(noun.normal_form).replace("ё", "е")
    if noun.word in rest and spans_time(rest, rest.index(noun.word)):
        return None  # "на какой отрезок времени": a length of time asked, no detail
    return None if noun.word in _GENERIC_NOUNS or lemma in _GENERIC_NOUNS else noun.word


def _english_of_detail(rest: tuple[str, ...]) -> str | None:
    """ "what are the terms of the declaration" → "terms": after "what", a linking verb,
    "the", one or two words and "of" — a plural noun naming the details of the thing asked
    about. Not a generic noun, a name asked for ("the name of the system": read as "как
    называется", ``_english_name_at``), nor a reading of the thing ("the implications of
    the visit", "the meaning of the number": an expert's words give it as they stand); a
    singular noun is as often such a reading, and is left alone."""
    if len(rest) < 4 or rest[0] not in _LINKING or rest[1] != "the":
        return None
    taken = rest[2:]
    noun_at = 1 if taken[1:2] == ("of",) else 2 if taken[2:3] == ("of",) else 0
    if not noun_at:
        return None
    noun = taken[noun_at - 1]
    return noun if _names_details(noun) else None


def _names_details(noun: str) -> bool:
    """An English plural naming the details asked of a thing ("terms", "barriers"): not a
    generic noun, a name asked for, nor a reading of the thing (``_READINGS``)."""
    return (
        is_latin(noun)
        and noun.endswith("s")
        and noun not in _GENERIC_NOUNS
        and noun not in _NAMES_EN
        and noun not in _READINGS
    )


# English words asking for the specifics of a thing: "what exactly are the barriers", "which
# barriers exactly", "what specific barriers" (``specifics.asks_specifics`` reads them too).
_SPECIFIC_EN = SPECIFYING_EN | word_set("specific")
_SPECIFIC_REACH = 2  # "which barriers exactly", "which trade barriers exactly"


def _english_specific_detail(rest: tuple[str, ...]) -> str | None:
    """After "what/which", with a word asking for specifics: "what exactly are the barriers"
    → "barriers", "what specific barriers" → "barriers", "which barriers exactly" →
    "barriers" — a plural noun, not a generic one; the things whose members are asked."""
    cued = [at for at, word in enumerate(rest[: _SPECIFIC_REACH + 1]) if word in _SPECIFIC_EN]
    if not cued:
        return None
    after = [w for w in rest if w not in _SPECIFIC_EN]
    if len(after) > 1 and after[0] in _LINKING and after[1] == "the":
        after = after[2:]
    elif cued[0] == 0 and after[:1] and after[0] in _LINKING:
        return None  # "what exactly is happening": no thing named
    noun = after[0] if after else ""
    return noun if _names_details(noun) and noun not in _EN_ENDS else None


# English question words an appended "which X" may follow: "where were they signed, in which
# hall" (not "Middle Corridor = which route exactly?", "Which town?": the one question).
_EN_OPENERS = word_set("where when what who how why")


def _appended(words: tuple[str, ...], at: int) -> bool:
    """Does the "which" at ``at`` open a phrase closing the question and sharpening a
    question asked before it ("where did they sign the agreements, in which hall", "where
    exactly were they signed, which building")? Its noun is then the detail asked, though
    nothing follows it."""
    tail = [w for w in words[at + 1 :] if w not in SPECIFYING_EN]
    return 0 < len(tail) <= 2 and any(w in _EN_OPENERS for w in words[:at])


def _english_detail(rest: tuple[str, ...], *, ends: bool = False) -> str | None:
    """ "which railway company will …" → "company": one or two words, then an auxiliary or
    a preposition (or a subject pronoun: "which day it started"); the last of them is the
    noun. ``ends``: the question ends after ``rest`` — "where were they signed, in which
    hall": the noun closes it, with nothing after."""
    taken: list[str] = []
    for word in rest:
        if word in _EN_ENDS or (taken and word.endswith(("ed", "ing"))):
            break
        if taken and (word in _EN_SUBJECT_PRONOUNS or word in _EN_ADVERBS):
            break
        if not is_latin(word) or len(taken) == 2:
            return None
        taken.append(word)
    else:
        if not ends:
            return None
    if not taken or taken[-1] in _GENERIC_NOUNS:
        return None
    return taken[-1]


# The forms that tell a deed done ("стороны ПОДПИСАЛИ 15 соглашений", "было подписано",
# "подписав"), not one presupposed as a quality of a thing ("ПОДПИСАННЫЕ документы … дают
# понять"): the verb, its infinitive, short participle and gerund — not its full participle.
_TELLING_POS = frozenset({"VERB", "INFN", "PRTS", "GRND"})


@lru_cache(maxsize=4096)
def tells_deed(text: str, verb: str) -> bool:
    """Does ``text`` tell that the deed of the Russian ``verb`` (a lemma) was done — as a
    predicate, in any voice ("подписали", "подписано", "обсуждались")? "Что подписали" asks
    what the signing gave, which a passage telling of it gives and one only naming "the signed
    documents" as a ground of something else does not."""
    wanted = related(verb)
    for word in tokens(fold(text)):
        if not is_cyrillic(word):
            continue
        for reading in parse(word)[:1]:
            if reading.tag.POS in _TELLING_POS and reading.normal_form in wanted:
                return True
    return False
