"""Russian periphrasis: the briefing's states, capitals and leaders named in other words.

A reader who paraphrases never repeats the article's names: the visit was to "the Kazakh
capital" ("в казахской столице", "в столице Казахстана"), by "the Azerbaijani leader"
("азербайджанский руководитель", "глава Азербайджана", "глава азербайджанского государства"),
goods go "к азербайджанцам" (to Azerbaijan), and an expert proposes adding "Анкару" (Turkey,
named by its seat of government) to the six. Each of those words weighed as one no passage
explains, and a capital the article never writes as an unknown name, which closes the question.

Read by how the periphrasis is made, never a list of phrases — and only where the briefing
has the name it stands for:

* a capital named by its state: "столица" with a country's adjective before it or the
  country after it in the genitive is that country's capital (``CAPITALS``);
* a head of state named by his office's other words: "руководитель", "глава", "лидер" of a
  country — or by his office itself so, "поездка азербайджанского президента" — (its
  adjective before, the country after, or "X-ского государства") is the
  president of it the briefing names (``office_holders``: "Azerbaijani President Ilham
  Aliyev"), read as his surname — a country whose president it names nowhere stays as typed;
* a land by its landscape: "через казахские степи", "по азербайджанской земле" is the
  country (when the briefing never writes the landscape's word), and so is a side of
  talks, "азербайджанская сторона";
* a people for its land: "к азербайджанцам", "у казахов" — after a preposition, the people as
  a destination, a holder or a source — is the country (a people as the subject, "что думают
  турки", holds a view of its own, and stays as typed);
* a capital for its state: a capital the briefing never writes, whose state it names
  ("присоединить Анкару", "позиция Москвы"), is that state, as diplomacy speaks; not where it
  stands as a place ("в Анкаре", "из Пекина": things happening there) — unless a verb of view
  is said there ("как в Анкаре отреагировали": the seat of a government holding a view);
* a visit by the everyday nouns of travel: "поездка Алиева", "этот вояж" is the briefing's
  "визит" (not the trips of people counted, "поездки туристов");
* the initiative of a coming for its invitation: "кто был инициатором визита", "who
  initiated the visit" is the briefing's "по приглашению" when it never writes an
  initiative (an initiative of anything else, "инициатор семёрки", stays what it is);
* a coming's destination told by the traveller's relation to it ("отправился в поездку к
  соседям") names no place: it is left out, the trip asked about being the one told;
* a way across a thing by the adjective "транс-" makes of it: "путь через Каспий", "маршрут
  через Альпы" is the briefing's "Транскаспийский (маршрут)" — only after a noun of a way
  ("паромы через Каспий" carry goods across it, which the article may say in those words),
  or of a flow along it ("грузопоток через Каспий", "объём грузов через Каспий": the
  route's traffic, with the way the briefing names it by);
* equality as a comparison denied to all: "где никто не главнее другого", "ни одна страна
  не сильнее" — nobody is more X than another — is the briefing's "равноправный" (equal),
  when it uses that word.

Each word is put in the case the typed word stands in, so the rules reading the question's
words (a country holding a view, a place asked) see the same sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from bot.language.doers import person_stem
from bot.language.lexicon import is_stop, word_set
from bot.language.morphology import WORDS_REMEMBERED, english_stem, parse
from bot.language.parties import (
    CAPITALS,
    STATES_RU,
    adjective_country,
    is_view_word,
    people_country,
)
from bot.language.text import is_cyrillic, is_latin

# "столица" and the offices a reader names a head of state by, read as the briefing's.
_CAPITAL = "столица"
_HEADS = frozenset({"руководитель", "глава", "лидер", "президент"})
# Travel in everyday words: "поездка Алиева" is his visit.
_TRIPS = frozenset({"поездка", "вояж", "турне"})
_VISIT = "визит"
# The initiative of a visit is its host's invitation: "кто был инициатором визита", "по чьей
# инициативе поездка" — read as "приглашение" where the briefing writes that and never the
# initiative itself; of anything but a coming ("инициатор коридора") it stays what it is.
_INITIATIVE = frozenset({"инициатор", "инициатива", "инициативность"})
_INVITATION = "приглашение"
_COMINGS = frozenset(
    {
        *_TRIPS,
        *(_VISIT, "приезд", "прибытие", "посещение"),
        *("приехать", "приезжать", "прибыть", "прибывать", "посетить", "посещать"),
        *("съездить", "поехать", "отправиться", "визитировать"),
    }
)
# A land named by its landscape: "казахские степи", "на азербайджанской земле".
_LANDS = frozenset({"степь", "земля", "край"})
# A state as a party to talks: "азербайджанская сторона", "казахстанской стороне".
_SIDES = frozenset({"сторона"})
# "глава азербайджанского государства": the state itself, said after the head.
_STATE_NOUNS = frozenset({"государство", "страна"})
# "какая столица у Казахстана", "что за столица": the capital itself is asked.
_ASKING = word_set("какая какой какую каков какова что какие")
# Prepositions of a place: what happens "в Анкаре", "из Пекина" happens in the city.
_PLACE_PREPOSITIONS = word_set("в во из до через под около возле у близ над по на из-под вокруг")
# Prepositions after which a people is where something goes, comes from or belongs.
_PEOPLE_PREPOSITIONS = word_set("к ко у из от для между с со о об про")
# A way, which may be named by the "транс-" adjective of what it crosses: "путь через Каспий".
_WAYS = frozenset({"путь", "маршрут", "дорога", "коридор", "направление", "магистраль", "трасса"})
_ACROSS = "через"
# A flow along a way, which is the way's traffic: "грузопоток через Каспий", "объём грузов
# через Каспий", "транзит через Каспий" — the route's, as a way noun before it says. The
# goods alone ("перевозка грузов через Каспий", "паромы через Каспий") are carried across
# the sea in the article's own words, and stay as typed.
_FLOWS = frozenset({"грузопоток", "товаропоток", "поток", "транзит", "трафик", "грузооборот"})
# What flows, when a flow or an amount of it is named before it: "объём грузов", "поток
# контейнеров".
_GOODS = frozenset({"груз", "товар", "контейнер", "грузоперевозка"})
_AMOUNTS_OF = frozenset({*_FLOWS, "объем", "объём", "количество", "масштаб"})
_TRANS = "транс"
# How Russian makes an adjective of a place's name: (ending dropped, ending added) —
# "каспий": "каспийский", "сибирь": "сибирский", "альпы": "альпийский", "урал": "уральский",
# "атлантика": "атлантический".
_ADJECTIVE_MAKING = (
    ("", "ский"),
    ("ь", "ский"),
    ("ы", "ийский"),
    ("и", "ийский"),
    ("", "ьский"),
    ("ка", "ческий"),
    ("а", "ский"),
    ("я", "ский"),
)
# "никто не главнее", "ни одна не сильнее": nobody; what a denied comparison may be against.
_NOBODY = word_set("никто ни")
_NOBODY_OF = word_set("1 один одна одно одного одной")
_OTHERS = word_set("другого других другой остальных остальные друг друга")
_EQUAL = "равноправный"
_SHORTEST_CROSSED = 3  # the stem of a place's name an adjective is made of
_CAPITAL_OF = {
    country: capital
    for capital, country in CAPITALS.items()
    if is_cyrillic(capital) and is_cyrillic(country)
}


def plain_names(
    words: list[str],
    known: Callable[[str], bool],
    holder: Callable[[str], str | None] = lambda country: None,
    paired: Callable[[tuple[str, ...]], bool] = lambda words: False,
) -> list[str]:
    """The question's folded words with its periphrases read as the names the briefing
    writes (``known``: does the briefing use this lemma? ``holder``: the surname, a folded
    Russian lemma, of the president of a country — its folded Russian nominative — the
    briefing names, if any; ``paired``: does it write these words together?)."""
    if not is_cyrillic(" ".join(words)):  # one search, not one a word
        return _english_capitals(_english_initiative(words, known), known)
    result: list[str] = []
    at = 0
    while at < len(words):
        taken = _plain_at(words, at, known, holder, paired)
        if taken is None:
            result.append(words[at])
            at += 1
            continue
        said, length, back = taken
        if back:
            result.pop()
        result.extend(said)
        at += length
    return result


def _plain_at(
    words: list[str],
    at: int,
    known: Callable[[str], bool],
    holder: Callable[[str], str | None],
    paired: Callable[[tuple[str, ...]], bool],
) -> tuple[list[str], int, bool] | None:
    """(the words said plainly, words read from ``at``, whether the word before is part of
    it) of a periphrasis at ``at``, else None."""
    word = words[at]
    if word in _NOBODY:
        return _equality_named(words, at, known)
    if word == _ACROSS:
        return _crossing_named(words, at, known, paired)
    initiated = _initiated_coming(words, at, known)
    if initiated is not None:
        return [initiated], 1, False
    if _to_neighbours(words, at, known):
        return [], 1, True
    read = _opening_noun(word)
    if read is None:
        return None
    noun, lemma = read
    before = words[at - 1] if at else ""
    if lemma == _CAPITAL:
        return _capital_named(words, at, noun, known)
    if lemma in _HEADS:
        return _head_named(words, at, noun, holder)
    if lemma in _TRIPS and known(_VISIT) and not _of_people(words[at + 1 : at + 2]):
        return [_inflected(_VISIT, noun)], 1, False
    if (
        lemma in _INITIATIVE
        and not known(lemma)
        and known(_INVITATION)
        and _initiative_of_coming(words, at)
    ):
        return [_inflected(_INVITATION, noun, singular=True)], 1, False
    if (lemma in _LANDS and not known(lemma)) or lemma in _SIDES:
        # "азербайджанская сторона готова обеспечить": the country, as diplomacy speaks
        country = adjective_country(before)
        if country is not None and known(country):
            return [_inflected(country, noun, singular=True)], 1, True
    country = people_country(lemma)
    if country is not None and before in _PEOPLE_PREPOSITIONS and known(country):
        return [_inflected(country, noun, singular=True)], 1, False
    country = CAPITALS.get(lemma)
    if (
        country is not None
        and not known(lemma)
        and known(country)
        and (before not in _PLACE_PREPOSITIONS or _seat_voicing(words, at))
    ):
        return [_inflected(country, noun)], 1, False
    return None


@lru_cache(maxsize=WORDS_REMEMBERED)
def _opening_noun(word: str) -> tuple[Any, str] | None:
    """The word's first reading as a noun and its lemma, when that lemma may open a
    periphrasis (``_plain_at``: a capital, a head, a trip, a land or side, a people, a
    capital's name); None for any other word, whatever the briefing — remembered per word."""
    if not is_cyrillic(word) or is_stop(word):
        return None
    noun = _noun(word)
    if noun is None:
        return None
    lemma = noun.normal_form.replace("ё", "е")
    if (
        lemma == _CAPITAL
        or lemma in _HEADS
        or lemma in _TRIPS
        or lemma in _INITIATIVE
        or lemma in _LANDS
        or lemma in _SIDES
        or people_country(lemma) is not None
        or lemma in CAPITALS
    ):
        return noun, lemma
    return None


def _capital_named(
    words: list[str], at: int, noun: Any, known: Callable[[str], bool]
) -> tuple[list[str], int, bool] | None:
    """ "в казахской столице", "столица Казахстана": the capital of that country."""
    before = words[at - 1] if at else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    country = adjective_country(before)
    back = country is not None
    start = at - 1 if back else at
    if country is None:
        country = _country_in_genitive(after)
    if country is None:
        return None
    capital = _CAPITAL_OF.get(country)
    if capital is None or not known(capital):
        return None
    if start and words[start - 1] in _ASKING:
        return None  # "какая столица Казахстана": the capital is what is asked
    rest = [w for n, w in enumerate(words) if not start <= n <= at + (not back) and not is_stop(w)]
    if not rest:
        return None  # "столица Азербайджана": what the capital is, no subject of the article
    return [_inflected(capital, noun, singular=True)], 1 + (not back), back


def _head_named(
    words: list[str], at: int, noun: Any, holder: Callable[[str], str | None]
) -> tuple[list[str], int, bool] | None:
    """ "азербайджанский руководитель", "глава Азербайджана", "глава азербайджанского
    государства", "лидер Азербайджана": the president of that country, by the surname of the
    one the briefing names so — none where it names no president of the country ("глава
    Казахстана" is nobody the article calls so, and read as "президент" it would be asked
    of whoever the opening sentence calls president)."""
    before = words[at - 1] if at else ""
    after = words[at + 1 : at + 3]
    country = adjective_country(before)
    if country is not None:
        surname = holder(country)
        return None if surname is None else ([_inflected(surname, noun, singular=True)], 1, True)
    country = _country_in_genitive(after[0]) if after else None
    if country is not None:
        surname = holder(country)
        return None if surname is None else ([_inflected(surname, noun, singular=True)], 2, False)
    country = adjective_country(after[0]) if len(after) == 2 else None
    if country is not None and _lemma(after[1]) in _STATE_NOUNS:
        surname = holder(country)
        return None if surname is None else ([_inflected(surname, noun, singular=True)], 3, False)
    return None


def _crossing_named(
    words: list[str],
    at: int,
    known: Callable[[str], bool],
    paired: Callable[[tuple[str, ...]], bool],
) -> tuple[list[str], int, bool] | None:
    """ "путь через Каспий": the way's adjective of "транс-" and what it crosses
    ("транскаспийский"), when the briefing uses it and a noun of a way stands before."""
    if at == 0 or at + 1 >= len(words):
        return None
    way_before = _lemma(words[at - 1]) in _WAYS
    if not way_before and not _flow_before(words, at):
        return None
    crossed = _noun(words[at + 1])
    if crossed is None:
        return None
    name = crossed.normal_form.replace("ё", "е")
    for dropped, added in _ADJECTIVE_MAKING:
        if name.endswith(dropped) and len(name) - len(dropped) >= _SHORTEST_CROSSED:
            adjective = (
                _TRANS + name.removesuffix(dropped) + added if dropped else _TRANS + name + added
            )
            if known(adjective):
                # "путь через Каспий": the way the briefing names with it, when it is another
                typed_way = _lemma(words[at - 1]) if way_before else None
                way = next((w for w in sorted(_WAYS) if paired((adjective, w))), typed_way)
                if way is None:
                    return None  # a flow along a way the briefing never names with it
                # a flow keeps its words: "объём грузов" is what is asked of the route
                return [adjective, way], 2, way_before
    return None


def _flow_before(words: list[str], at: int) -> bool:
    """Is a flow what goes "через" at ``at`` ("грузопоток через", "объём грузов через",
    "поток контейнеров через") — the traffic of a way, not goods carried across?"""
    before = _lemma(words[at - 1])
    if before in _FLOWS:
        return True
    return before in _GOODS and at >= 2 and _lemma(words[at - 2]) in _AMOUNTS_OF


def _equality_named(
    words: list[str], at: int, known: Callable[[str], bool]
) -> tuple[list[str], int, bool] | None:
    """ "никто не главнее другого", "ни одна страна не сильнее остальных": the comparative of
    any quality denied to every one of them says they are equal."""
    if not known(_EQUAL):
        return None
    end = at + 1
    if words[at] == "ни":
        if end >= len(words) or words[end] not in _NOBODY_OF:
            return None
        end += 1
        if end < len(words) and _noun(words[end]) is not None:
            end += 1  # "ни одна страна"
    if words[end : end + 1] != ["не"] or end + 1 >= len(words):
        return None
    compared = parse(words[end + 1])[:1]
    if not compared or "COMP" not in compared[0].tag:
        return None
    # "никто не старше": the quality compared stays where the briefing says it ("нет
    # старших и младших"); one it never uses ("главнее") is no word of the subject
    quality = [words[end + 1]] if known(compared[0].normal_form.replace("ё", "е")) else []
    end += 2
    while end < len(words) and words[end] in _OTHERS:
        end += 1
    return [_EQUAL, *quality], end - at, False


# The same in English: "who initiated the visit", "whose initiative was the trip".
_INITIATIVE_EN = "initi"  # the stem of "initiate", "initiated", "initiative", "initiator"
_INVITATION_EN = "invitation"
_COMINGS_EN = word_set(
    "visit visits visited visiting trip trips came come comes arrived arrival travelled traveled"
)


# English prepositions after which a capital is the city, a place things happen in or go to.
_PLACE_PREPOSITIONS_EN = word_set("in at from to into via through near outside inside around")


# Words of a government's voice ("how has Yerevan responded", "what does Beijing think"): the
# capital then stands for those who speak there, whom no passage quotes — left as it is.
_VOICING_EN = word_set(
    """respond responds responded response responses react reacts reacted reaction reactions
    think thinks thought view views position stance say says said comment comments commented
    official officially"""
)


def _english_capitals(words: list[str], known: Callable[[str], bool]) -> list[str]:
    """An English capital the briefing never writes, read as its state where the briefing
    writes that ("the rationale for adding Ankara": Turkey), as diplomacy speaks and
    ``_plain_at`` reads the Russian; the city it stays after a preposition of place ("talks
    in Ankara"), and the words as they are otherwise."""
    if any(w in _VOICING_EN for w in words):
        return words  # "how has Yerevan responded": a government's voice, no state talked of
    read: list[str] = []
    for at, word in enumerate(words):
        country = CAPITALS.get(word) if is_latin(word) else None
        if (
            country is not None
            and not known(english_stem(word))
            and known(english_stem(country))
            and (at == 0 or words[at - 1] not in _PLACE_PREPOSITIONS_EN)
        ):
            read.append(country)
        else:
            read.append(word)
    return read


def _english_initiative(words: list[str], known: Callable[[str], bool]) -> list[str]:
    """An English initiative of a coming read as the invitation the briefing writes of, as
    ``_plain_at`` reads the Russian; the words as they are otherwise."""
    found = [
        at
        for at, word in enumerate(words)
        if english_stem(word) == _INITIATIVE_EN and _english_of_coming(words, at)
    ]
    if not found or known(_INITIATIVE_EN) or not known(english_stem(_INVITATION_EN)):
        return words
    return [_INVITATION_EN if at in found else word for at, word in enumerate(words)]


# Words read past between an English initiative and its coming: "whose initiative WAS
# (Aliyev's) trip", "who initiated THE visit", "the initiator OF the visit".
_PASSED_EN = word_set("was were is are of the a an this that his her s for behind")


def _english_of_coming(words: list[str], at: int) -> bool:
    """``_initiative_of_coming`` in English: "who initiated the visit", "whose initiative was
    Aliyev's trip" (a name read past), not "whose initiative was the 5+1 format mentioned
    during the visit"."""
    for word in words[at + 1 :]:
        if word in _COMINGS_EN:
            return True
        if word in _PASSED_EN or (word.isalpha() and _looks_like_name(word)):
            continue
        return False
    return any(word in _COMINGS_EN for word in words[:at])


def _looks_like_name(word: str) -> bool:
    """A Latin surname by its ending ("aliyev", "tokayev", "tokaev")."""
    return word.endswith(("ov", "ev", "in", "yan"))


# "как в Анкаре отреагировали": the words either side of the capital a verb of view is read in.
_VOICING_REACH = 3
_IN = word_set("в во")


def _seat_voicing(words: list[str], at: int) -> bool:
    """Is the capital at ``at`` (after "в") the seat of a government holding a view — "как в
    Анкаре отреагировали", "что в Пекине думают о коридоре" — not a place where things
    happen ("что подписали в Анкаре")?"""
    if not at or words[at - 1] not in _IN:
        return False
    near = [
        *words[max(0, at - 1 - _VOICING_REACH) : at - 1],
        *words[at + 1 : at + 1 + _VOICING_REACH],
    ]
    return any(is_view_word(word) for word in near)


_INITIATE = "инициировать"
_INVITE = "пригласить"


def _initiated_coming(words: list[str], at: int, known: Callable[[str], bool]) -> str | None:
    """ "Кто инициировал визит": the verb of an initiative, of a coming, read as the
    briefing's "пригласить" in the typed word's form; None for any other word."""
    word = words[at]
    if not is_cyrillic(word) or known(_INITIATE) or not known(_INVITE):
        return None
    first = parse(word)[:1]
    if not first or first[0].normal_form.replace("ё", "е") != _INITIATE:
        return None
    if not _initiative_of_coming(words, at):
        return None
    grammemes = {g for g in (first[0].tag.tense, first[0].tag.number, first[0].tag.gender) if g}
    for reading in parse(_INVITE):
        if reading.tag.POS == "INFN":
            form = reading.inflect({"VERB", *grammemes}) if grammemes else None
            return str(form.word) if form is not None else _INVITE
    return _INVITE


_NEIGHBOUR = "сосед"
_TO = word_set("к ко")


def _to_neighbours(words: list[str], at: int, known: Callable[[str], bool]) -> bool:
    """ "Отправился в поездку к соседям": a coming's destination told by its relation to the
    traveller, no place — the visit asked about, whatever country it went to; weighed as a
    word the briefing never uses, it sank the passage on the visit."""
    word = words[at]
    if not at or words[at - 1] not in _TO or not is_cyrillic(word) or known(_NEIGHBOUR):
        return False
    return _lemma(word) == _NEIGHBOUR and _names_coming(words)


def _initiative_of_coming(words: list[str], at: int) -> bool:
    """Is the initiative at ``at`` one of a coming the question names: the first word of
    substance after it a coming ("инициатором визита", "по чьей инициативе Токаев приезжал",
    "по чьей инициативе состоялась поездка": names, verbs and adjectives read past), or, with
    none after it, a coming before it ("… отправился в эту поездку? Кто был инициатором")?
    Not "по чьей инициативе формат обсуждали во время визита": the format's initiative."""
    for word in words[at + 1 :]:
        if not is_cyrillic(word) or is_stop(word):
            continue
        if _lemma(word) in _COMINGS:
            return True
        first = parse(word)[:1]
        if person_stem(word) is not None or (
            first
            and (
                first[0].tag.POS in _PASSED_BY or {"Name", "Surn", "Patr"} & first[0].tag.grammemes
            )
        ):
            continue  # "Токаев" (read as a plural of "токай" by the dictionary), "состоялась"
        return False
    return _names_coming(words[:at])


# Parts of speech read past between an initiative and its coming: "состоялась", "проходил".
_PASSED_BY = frozenset({"VERB", "INFN", "ADJF", "PRTF", "ADVB", "NPRO", "PRCL"})


def _names_coming(words: list[str]) -> bool:
    """Does the question name a coming — a visit, a trip, an arrival, by its noun or verb
    ("визита", "поездки", "приехал", "посетил")?"""
    return any(is_cyrillic(word) and _lemma(word) in _COMINGS for word in words)


def _of_people(after: list[str]) -> bool:
    """ "поездки туристов", "поездок граждан": trips of people counted, no one visit."""
    return bool(after) and any(
        {"NOUN", "anim", "plur", "gent"} <= set(p.tag.grammemes) for p in parse(after[0])[:2]
    )


@lru_cache(maxsize=WORDS_REMEMBERED)
def _noun(word: str) -> Any | None:
    """The word's first reading as a noun, if its first reading is one."""
    parses = parse(word)
    return parses[0] if parses and parses[0].tag.POS == "NOUN" else None


def _lemma(word: str) -> str:
    parses = parse(word)
    return parses[0].normal_form.replace("ё", "е") if parses else word


def _is_genitive(word: str) -> bool:
    return any(p.tag.case == "gent" for p in parse(word)[:2])


def inflected_like(lemma: str, word: str) -> str:
    """``lemma`` (a noun) in the case and number of the Russian ``word`` as first read."""
    readings = parse(word)
    return _inflected(lemma, readings[0]) if readings else lemma


def _country_in_genitive(word: str) -> str | None:
    """The country a word names in the genitive ("Казахстана"), else None."""
    if not word or not is_cyrillic(word):
        return None
    for reading in parse(word)[:2]:
        lemma = reading.normal_form.replace("ё", "е")
        if lemma in STATES_RU and reading.tag.case == "gent":
            return lemma
    return None


def _inflected(lemma: str, like: Any, *, singular: bool = False) -> str:
    """``lemma`` in the case (and number, unless ``singular``) of the parse ``like``."""
    grammemes = {g for g in (like.tag.case, None if singular else like.tag.number) if g}
    for reading in parse(lemma):
        if reading.normal_form.replace("ё", "е") != lemma or reading.tag.POS != "NOUN":
            continue
        form = reading.inflect(grammemes) if grammemes else None
        if form is not None:
            return str(form.word).replace("ё", "е")
        return lemma
    return lemma


# English nouns of travel: "Aliyev's trip", "the president's journey" is his visit.
_TRIPS_EN = frozenset({"trip", "trips", "journey", "voyage", "tour"})
# Words before such a noun that make it a person's own travel: his pronoun or his office.
_TRAVELLER_WORDS = frozenset({"his", "her", "president", "presidential", "leader", "state"})


def visits_named(
    words: list[str], names_someone: Callable[[str], bool], known: Callable[[str], bool]
) -> list[str]:
    """English words with a person's trip read as the briefing's "visit" ("the aliyev trip
    to astana", "his journey", "the president's trip"), when it writes "visit" — as Russian
    "поездка Алиева" is (``plain_names``). A trip no person makes ("the trip from China",
    how long cargo travels) stays a trip."""
    if not known("visit") or not any(word in _TRIPS_EN for word in words):
        return words
    return [
        "visit"
        if word in _TRIPS_EN
        and at
        and (words[at - 1] in _TRAVELLER_WORDS or names_someone(words[at - 1]))
        else word
        for at, word in enumerate(words)
    ]
