"""Does an entry give a place the question does not already name?

"Где именно в Габале выступал Токаев?" asks for a place within Gabala; the entry "когда
президент Токаев выступал в Габале" gives Gabala — the question's own word — and nothing more
precise. "В какие страны пойдут энергоресурсы через Азербайджан?" and an entry naming only
Azerbaijan ("через территорию Азербайджана на мировой рынок") give no country beyond the one
asked about. Such an entry states a place, yet answers no "где": what it gives is what the
reader wrote.

The place an entry gives for the relation asked about is the one in the stretch of text
(between commas) holding the question's verb: "в Азербайджане, когда президент Токаев
выступал в Габале" gives Gabala as where he spoke; Azerbaijan, a stretch away, is the wider
place of the contacts. Without that verb in the entry, every place its spans name counts.
An entry naming no place by name ("на постсоветском пространстве") is not judged here.

A way is no place: "паромов для перевозки грузов через Каспий" tells the route the ferries
will take, and answers "через какое море", not "где будут строить паромы". An entry whose
places all come after "через" gives no "где" — whether or not the question names a place.
The water vessels or cargo are asked on ("на каком водоёме не хватает судов, чтобы перевозить
грузы", "по какому морю пойдут паромы") is the water they cross: a way too, unless the question
asks where the vessels are made ("на каком море построят паромы").

A region is named by a capitalised adjective before a geographic noun as well as after a
preposition ("роль Баку в обеспечении энергетической безопасности Южного Кавказа"): it answers
"безопасность какого региона" beyond the "через Азербайджан" the question names — but no
question asking for a country or a city ("в какие страны пойдут энергоресурсы").
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Iterable

from bot.knowledge.entries import Entry, EntryKind
from bot.language.answer_types import names_and_places
from bot.language.gazetteer import REGION, SHARPENING, WHICH_PLACE, WIDER_KINDS, place_fits
from bot.language.lexicon import word_set
from bot.language.morphology import english_stem, russian_lemma
from bot.language.parties import CAPITALS, PARTIES
from bot.language.placenames import compound_place_names
from bot.language.predicates import kin, needs_support, related
from bot.language.text import fold, is_cyrillic, is_latin, tokens
from bot.matching.repair import transliterate
from bot.patterns import lazy

# Prepositions that fix where something is: "где именно в Габале" asks within Gabala. ("Через
# Азербайджан" fixes a way, not the place asked for: "куда … через Азербайджан" is answered by
# "на мировой рынок".)
_AT = word_set("в во на in at")
# How many words after such a preposition may name the place ("в азербайджанской Габале").
_AT_WITHIN = 2
# Prepositions of a way: "через Каспий" is the route things take, not where they are or
# are made — no answer to "где", only to a question that asks for the way itself ("через
# какое море").
_VIA = word_set("через сквозь via through across")
# What ends a route ("через Казахстан и Азербайджан в Европу": Europe is where they go).
_ROUTE_ENDS = word_set("в во на из до к под для по")


# Verbs of crossing (lemmas, English stems): "which sea would the ferries have to cross",
# "какое море пересекут паромы" ask for the way as "через какое море" does (in a question
# only: an entry's way is its "через").
_CROSSING = word_set("пересечь пересекать переплыть переплывать переправить переправлять cross")


# A sea a vessel is "for" is the sea it crosses: "ferries for which sea" is answered by
# "паромы … через Каспий" (not "на каком море построят": the sea they are built on).
_SEAS = word_set("море sea")
_FOR = word_set("for для")
_WHICH = word_set("which what какое какого какой")


# Verbs of appearing in public (lemmas): a deed done in a place, though a verb of speaking —
# "где выступал Токаев" asks where he appeared, not his words (``doers``).
_APPEARING = word_set("выступать выступить")


# "Откуда" asks where a thing or a person set out from: only a place after a preposition of a
# source answers it ("доставка грузов из Китая"), not the destination the same passage names
# ("Алиев прибыл … в Казахстан" tells where he came, never whence); so does "из какого
# города (порта, аэропорта)". Not "из какой страны прибыл Алиев": the country a person comes
# from is his own, which "президент Азербайджана" tells.
_WHENCE = word_set("откуда whence")
_FROM = word_set("из изо от from")
_WHICH_FROM = word_set("какого какой каких которого")
_STATE_FORMS = word_set("страны стран государства государств")
# How many words after the preposition of a source may name the place ("из самого Китая").
_FROM_WITHIN = 2


def asks_source(words: tuple[str, ...]) -> bool:
    """Does the question ask where something comes from: "откуда везут грузы", "откуда
    прилетел Алиев", "из какого города прилетел Алиев"? Read only with a relation asked (the
    caller's verb): "откуда Гусейнов" asks who he is, which his profile tells without any
    "из"."""
    return any(word in _WHENCE for word in words) or any(
        a in _FROM and b in _WHICH_FROM and c not in _STATE_FORMS
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


def source_places(stretch: str) -> list[str]:
    """The places a stretch names as a source: capitalised words shortly after "из", "от"
    ("доставка грузов из Китая через Казахстан": Китая)."""
    found: list[str] = []
    since = _FROM_WITHIN + 1
    for word in stretch.split():
        bare = word.strip("«»\"'.,;:!?()“”„")
        if fold(bare) in _FROM:
            since = 0
            continue
        since += 1
        if fold(bare) in _VIA or fold(bare) in _ROUTE_ENDS:
            since = _FROM_WITHIN + 1  # "из … через Казахстан в Азербайджан": the way, the end
        elif since <= _FROM_WITHIN and bare[:1].isupper():
            found.append(bare)
    return found


# Cities asked for by their noun: "в каком городе", "which city". A country is no answer.
_CITIES = word_set("город city cities town towns")
# Countries by their lemmas: those whose capitals stand for them, and the third parties.
_COUNTRIES = frozenset(CAPITALS.values()) | frozenset(p.nominative for p in PARTIES)


def asks_city(words: tuple[str, ...]) -> bool:
    """ "в каком городе подписали", "which city hosted": a place asked for as a city, which
    an entry naming only a country ("прибыл … в Казахстан") does not give."""
    return any(
        a in WHICH_PLACE and (b in _CITIES or (is_cyrillic(b) and russian_lemma(b) in _CITIES))
        for a, b in itertools.pairwise(words)
    )


# States asked for by their noun: "в какие страны", "which countries". A region is no answer.
_STATES = word_set("страна государство country countries state states nation nations")


def asks_state(words: tuple[str, ...]) -> bool:
    """ "в какие именно страны пойдут энергоресурсы", "which countries": a place asked for as
    a state, which a region ("Южного Кавказа") is not."""
    return _asks_by_noun(words, _STATES)


def _asks_by_noun(words: tuple[str, ...], nouns: frozenset[str]) -> bool:
    """A question word followed by one of ``nouns`` (as typed or by its lemma), past any
    word sharpening it ("в какие именно страны")."""
    kept = [word for word in words if word not in SHARPENING]
    return any(
        a in WHICH_PLACE and (b in nouns or (is_cyrillic(b) and russian_lemma(b) in nouns))
        for a, b in itertools.pairwise(kept)
    )


def _a_country(place: str, lemma: Callable[[str], str]) -> bool:
    folded = fold(place)
    return folded in _COUNTRIES or lemma(folded) in _COUNTRIES


def asks_water(words: tuple[str, ...]) -> bool:
    """ "через какое море пойдёт нефть", "по какому морю идёт экспорт", "which sea": a place
    asked for as a body of water, which a country or a city on the way is not."""
    return _asks_by_noun(words, _WATERS)


def _a_state_or_capital(place: str, lemma: Callable[[str], str]) -> bool:
    folded = fold(place)
    forms = {folded, lemma(folded)}
    return bool(forms & _COUNTRIES) or bool(forms & CAPITALS.keys())


def asks_way(words: tuple[str, ...]) -> bool:
    """ "через какое море", "through which country", "which sea will they cross", "ferries
    for which sea", "на каком водоёме не хватает судов": the question asks for a way."""
    return (
        any(word in _VIA or _crossing(word) for word in words)
        or any(
            a in _FOR and b in _WHICH and _sea(c)
            for a, b, c in zip(words, words[1:], words[2:], strict=False)
        )
        or _asks_water_sailed(words)
    )


# Bodies of water (lemmas, English stems): what vessels cross.
_WATERS = word_set(
    "море водоем водоём океан озеро залив пролив акватория sea ocean lake gulf strait"
)
# Vessels and carriage (lemmas, English stems): "на каком водоёме не хватает судов, чтобы
# перевозить грузы", "on which sea will the cargo go": the water is the one they cross.
_CARRIAGE = word_set(
    "паром судно корабль груз перевозить перевезти перевозка возить везти доставлять "
    "доставить доставка ferri ship vessel boat cargo carri transport"
)
# Making a vessel (lemmas, English stems): "на каком море построят паромы" asks where they are
# made, which "через Каспий" does not say.
_MAKING = word_set("строить построить строительство спустить build construct")


def _asks_water_sailed(words: tuple[str, ...]) -> bool:
    """ "На каком водоёме не хватает судов, чтобы перевозить грузовики", "what sea will the
    ferries sail": a body of water asked for by its noun, of vessels or carriage, is the
    water they cross — a way, as "через какое море" asks — unless the question asks where
    they are made ("на каком море построят паромы"); after "по" it is always the way."""
    lemmas = [english_stem(word) if is_latin(word) else russian_lemma(word) for word in words]
    if any(
        words[at] in _ALONG and words[at + 1] in WHICH_PLACE and lemmas[at + 2] in _WATERS
        for at in range(len(words) - 2)
    ):
        return True  # "по какому морю (гонять паромы)": the water sailed, built on or not
    return (
        any(words[at] in WHICH_PLACE and lemmas[at + 1] in _WATERS for at in range(len(words) - 1))
        and any(lemma in _CARRIAGE for lemma in lemmas)
        and not any(lemma in _MAKING for lemma in lemmas)
    )


# "по какому морю": a water gone along is the way, whatever else the question says of the
# vessels ("паромы строить собрались — по какому морю гонять"); things are built "на" one.
_ALONG = word_set("по")


def _sea(word: str) -> bool:
    return (english_stem(word) if is_latin(word) else russian_lemma(word)) in _SEAS


def _crossing(word: str) -> bool:
    lemma = english_stem(word) if is_latin(word) else russian_lemma(word)
    return lemma in _CROSSING


def fixed_places(words: tuple[str, ...], place_noun: bool) -> frozenset[str]:
    """The words of a place question that may name places it already knows: every word when
    it asks for a place by its noun ("в какие страны …": a named country), else those right
    after a preposition of location ("где именно в Габале"); empty when it fixes none."""
    if place_noun:
        return frozenset(words)
    found: set[str] = set()
    for at, word in enumerate(words):
        if word in _AT and not _guessed(words, at):
            found.update(words[at + 1 : at + 1 + _AT_WITHIN])
    return frozenset(found)


# "встречали его в Астане или где?": a place guessed, "or where" asked after it — the
# guess is the asker's, to be confirmed or told otherwise, not a place the question knows.
_OR = word_set("или or")
_WHERE_AFTER_OR = word_set("где куда откуда where")


def _guessed(words: tuple[str, ...], at: int) -> bool:
    """Is the place after the preposition at ``at`` a guess "or where" follows ("в Астане
    или где")? Only right after it: the place's words, then "или" and the question word."""
    rest = words[at + 1 : at + 2 + _AT_WITHIN]
    return any(
        a in _OR and b in _WHERE_AFTER_OR for a, b in itertools.pairwise(rest)
    )


# Where a stretch of text ends: sentence ends, colons, semicolons, commas (not in a number),
# a dash between words.
_STRETCH = lazy(r"[;:!?]|\.(?!\d)|,(?!\d)|\s[-–—]\s")


def places_beyond(
    entry: Entry,
    asked: Collection[str],
    verb: str | None,
    lemma: Callable[[str], str],
    *,
    way: bool = False,
    elsewhere: bool = False,
    city: bool = False,
    water: bool = False,
    regions: bool = True,
    kind: str | None = None,
    source: bool = False,
) -> bool | None:
    """Does ``entry`` name a place that none of the question's words (``asked``: folded
    forms and lemmas) names? None when the entry names no place by name at all; False also
    when it names places only as a way ("через Каспий") and the question asks for none
    (``way``: "через какое море" asks for one). ``verb``: the lemma of the question's
    predicate, whose stretch holds the place it asks for; ``elsewhere``: the article states
    that relation (or a paraphrase of it) somewhere — then an entry that does not state it
    names places of another deed, and gives none (False); ``city``: the question asks for a
    city by its noun, which a country named does not give (False when it names only
    countries); ``water``: the question asks for a sea, a river or a lake by its noun,
    which no country or capital named is ("через территорию Азербайджана" gives no sea:
    False when it names only those); ``regions``: a region named by its adjective ("Южного
    Кавказа") counts as a place — not when the question asks for a country, a city or a
    body of water, which a region is not; ``kind``: the kind of place the question asks for
    by its noun (``gazetteer``): "через какую реку" is not answered by "через Каспий", a sea
    (False when every place named is known to be of another kind); ``source``: the question
    asks where from ("откуда прилетел", ``asks_source``), which only a place after "из"/"от"
    gives (False when the entry names places, none of them so)."""
    if entry.kind is EntryKind.LIST:
        return None
    stretches = [part for quote in entry.spans for part in _STRETCH.split(quote.text)]
    every = stretches
    if verb is not None:
        wanted = related(verb)
        bound = [s for s in stretches if _holds_verb(s, wanted, lemma)]
        if any(_named_places(bound, regions)):
            stretches = bound
        elif not (way or bound) and elsewhere and (needs_support(verb) or verb in _APPEARING):
            # "где будут строить узлы": the places it names are of another deed; so are
            # those of a passage not telling the appearance asked ("в каком городе выступал
            # Гусейнов": "проявленные Алиевым в Астане")
            return None if not any(_named_places(stretches, regions)) else False
    places = [p for p in _named_places(stretches, regions) if p]
    if not places:
        return None
    if source:
        places = [p for stretch in stretches for p in source_places(stretch)]
        if not places:
            return False  # "откуда прилетел": "прибыл … в Казахстан" is where he came to
    if city and all(_a_country(p, lemma) for p in places):
        # "в какой город прибыл": "прибыл … в Казахстан" names the country; the city is
        # the one the entry names there ("Торжественная встреча в Астане"), if any
        places = [p for p in _named_places(every, regions) if p and not _a_country(p, lemma)]
        if not places:
            return False  # a country named, no city
    if water:
        places = [p for p in places if not _a_state_or_capital(p, lemma)]
        if not places:
            return False  # "через какое море": only countries on the way, no sea
    if kind is not None and not _of_kind(places, kind, lemma):
        # "в какой стране выступал Токаев": "в Азербайджане, когда … выступал в Габале" —
        # the city of the deed lies in the country the entry names a stretch away
        wider = kind in WIDER_KINDS and _of_kind(_named_places(every, regions), kind, lemma)
        if not wider:
            return False  # "через какую реку": the Caspian named is a sea
    if not way and _only_ways(stretches):
        return False  # "через Каспий" only: the way, not the place asked for
    words = {_cyrillic(word) for word in asked}
    return any(not _named_by(place, words, lemma) for place in places)


def _of_kind(places: Iterable[str], kind: str, lemma: Callable[[str], str]) -> bool:
    """Does one of the places named fit the kind asked, or is one of a kind unknown?"""
    for place in places:
        folded = fold(place)
        if place_fits({folded, lemma(folded)}, kind, lemma) is not False:
            return True
    return False


def _named_places(stretches: Iterable[str], regions: bool = True) -> list[str]:
    """The places the stretches name: after a preposition of place ("в Габале"), and a region
    by its capitalised adjective wherever it stands ("безопасности Южного Кавказа") unless
    ``regions`` is off (a question asking for a country or a city, which a region is not)."""
    found: list[str] = []
    for stretch in stretches:
        after = names_and_places(stretch.strip())[1]
        found += after
        if regions:
            found += [p for p in compound_place_names(stretch) if p not in after]
    return found


def _only_ways(stretches: Iterable[str]) -> bool:
    """Do the stretches name places only after "через", up to the next preposition? Any
    other capitalised word inside a stretch ("роль Баку в … Южного Кавказа") may be the place
    asked for: then they are not judged."""
    via = False
    for stretch in stretches:
        route = False
        for at, word in enumerate(stretch.split()):
            bare = word.strip("«»\"'.,;:!?()“”„")
            folded = fold(bare)
            if folded in _VIA:
                route = via = True
            elif folded in _ROUTE_ENDS:
                route = False
            elif at and bare[:1].isupper() and not route:
                return False
    return via


def _holds_verb(stretch: str, wanted: frozenset[str], lemma: Callable[[str], str]) -> bool:
    return any(
        lemma(word) in wanted or any(kin(lemma(word), w) for w in wanted)
        for word in tokens(stretch)
    )


def _named_by(place: str, words: set[str], lemma: Callable[[str], str]) -> bool:
    folded = fold(place)
    forms = {folded, lemma(folded)}
    return any(form == word or kin(form, word) for form in forms for word in words)


def _cyrillic(word: str) -> str:
    """An English question names "Gabala" as the article's "Габала" would be spelt."""
    return transliterate(word) if is_latin(word) else word


# Where a sentence ends (not inside a number: "15.5"): a place and the thing asked of it must
# stand in one.
_SENTENCE = lazy(r"(?<=[.!?…])\s+")
# English prepositions before a place's name ("in Astana", "from China", "to Azerbaijan"):
# ``names_and_places`` reads the article's Russian, so an English text is read here.
_AT_EN = word_set("in at to from into via through across near")


def places_of_thing(
    entry: Entry,
    things: Collection[str],
    lemma: Callable[[str], str],
    *,
    english: bool,
    kind: str | None = None,
) -> bool:
    """Does the entry state a place of the thing asked about (``things``: the lemmas of the
    question's own words, not the kind of place it asks for)? "Где проходил визит" is not
    answered by "мы наблюдали активные контакты и в Азербайджане, когда президент Токаев
    выступал в Габале. Визиты происходят динамично": the sentence naming the visits names
    no place, and the place named is of another deed; "where would the logistics hubs be
    located" not by "cargo from China via Kazakhstan … needs … logistics hubs". So at least
    one sentence holding a word of the question must name a place. Not judged (True) when
    no sentence names a place or none holds a word of the question: the entry is about the
    thing as a whole ("Алиев прибыл … в Казахстан" for "куда прибыл президент"). ``english``:
    read the entry's own English texts (its lead and summary), as an English question's words
    are English. ``kind``: the lemma of the noun the question asks the place by ("в каком
    пространстве"): a sentence saying it ("по всему тюркскому и евразийскому пространству")
    gives the place as its qualifier does, with no name."""
    if entry.kind is EntryKind.LIST or not things:
        return True
    if english:
        texts = [t.text for t in entry.search_texts() if t.stated and is_latin(t.text)]
    else:
        texts = [quote.text for quote in entry.spans]
    sentences = [s for text in texts for s in _SENTENCE.split(text) if s.strip()]
    placed = [
        s
        for s in sentences
        if _names_a_place(s, english) or (kind is not None and _holds_thing(s, {kind}, lemma))
    ]
    if not placed:
        return True
    holding = [s for s in sentences if _holds_thing(s, things, lemma)]
    if not holding and not english and not any(any(_named_places([s])) for s in placed):
        # a place with no name ("по всему … пространству") is where the thing of its own
        # sentence is: "где проходили переговоры" is not answered by where the visit drew
        # the experts' interest
        return False
    return not holding or any(s in placed for s in holding)


def _names_a_place(sentence: str, english: bool) -> bool:
    if not english:
        return bool(_named_places([sentence]))  # "" too: "по всему … пространству"
    words = sentence.split()
    for at, word in enumerate(words):
        bare = word.strip("«»\"'.,;:!?()“”„")
        if (
            at
            and bare[:1].isupper()
            and any(w.lower() in _AT_EN for w in words[max(0, at - 2) : at])
        ):
            return True
    return False


def _holds_thing(sentence: str, things: Collection[str], lemma: Callable[[str], str]) -> bool:
    return any(
        lemma(word) in things or any(kin(lemma(word), thing) for thing in things)
        for word in tokens(sentence)
    )


# Words of a question that are no thing of its own: prepositions of place and way.
_NO_THING = _AT | _VIA | _ROUTE_ENDS


def names_wider_place(
    entry: Entry,
    things: Collection[str],
    kinds: Collection[str],
    lemma: Callable[[str], str],
    asked: Collection[str] = (),
) -> bool:
    """Does the entry name a place of one of ``kinds`` (known to the gazetteer, not merely
    unknown) and hold a word of the question (``things``: lemmas)? "Через какой порт пойдут
    грузы": no port is named, but "паромов для перевозки грузов через Каспий" names the sea
    the cargo crosses — what the article has of the place asked. A place the question names
    itself (``asked``: its words, folded, and lemmas: "через какие порты на Каспии") tells the
    asker nothing new: not counted."""
    if entry.kind is EntryKind.LIST:
        return False
    texts = [quote.text for quote in entry.spans]
    # an English question's words are held by the entry's own English (its lead, summary)
    english = [t.text for t in entry.search_texts() if t.stated and is_latin(t.text)]
    kept = [thing for thing in things if thing not in _NO_THING]
    if not kept or not any(_holds_thing(text, kept, lemma) for text in (*texts, *english)):
        return False
    stretches = [part for text in texts for part in _STRETCH.split(text)]
    words = {_cyrillic(word) for word in asked}
    return any(
        place_fits({fold(place), lemma(fold(place))}, kind, lemma)
        for place in _named_places(stretches, regions=False)
        if place and not _named_by(place, words, lemma)
        for kind in kinds
    )


# The whole of an area a thing reaches: "всей Евразией", "всего региона", "по всему миру".
_WHOLE = word_set("весь all entire whole")
_AREA_NOUNS = word_set("регион мир континент пространство region world continent")


def names_whole_area(entry: Entry, lemma: Callable[[str], str]) -> bool:
    """Does a span of the entry name the whole of a region as a thing's reach ("кратно
    увеличить объёмы торговли между странами, а в перспективе — всей Евразией", "транспортной
    карты всего региона") — a form of "весь" before a region the gazetteer knows or an
    area's noun? That is the wider scope "or beyond" asks of (``ahead.asks_beyond``)."""
    for span in entry.spans:
        words = tokens(fold(span.text))
        for word, after in itertools.pairwise(words):
            if lemma(word) not in _WHOLE:
                continue
            area = lemma(after)
            if area in _AREA_NOUNS or place_fits({after, area}, REGION, lemma):
                return True
    return False
