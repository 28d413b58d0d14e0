"""Is the thing a question asks about, as the question qualifies it, what the entry states?

"Сколько соглашений по энергетике подписали?" and the entry "стороны подписали 15 важных
соглашений о сотрудничестве в ключевых сферах: энергетике, транспорте, …" share every word,
yet the entry counts all the agreements, and names energy only as one of their areas: the
number of energy agreements is not given. A question's words qualifying what it counts
("по энергетике", "Центральной Азии") must stand in the clause whose number counts it
(``bot.language.clauses``), and that number must count the very thing asked ("«5+1»" in a
sentence about visits to the countries of Central Asia counts no countries). "Какие
соглашения по энергетике подписали" is read the same way, without the number: the entry names
the agreements in one clause and lists the areas after a colon, so it does not say which
agreements are energy ones.

Only Russian words are read: an English question's words are the article's paraphrases as
often as not, and its counted noun is checked as before (``Matcher._states_kind``).
"""

from __future__ import annotations

from collections.abc import Collection

from bot.knowledge.entries import Entry, EntryKind, FigureEntry
from bot.language.answer_types import DOCUMENT_LEMMAS
from bot.language.clauses import Clause, clauses, enumerates_items, is_number, measured
from bot.language.contents import HOLDING_LEMMAS
from bot.language.morphology import Morphology, parse
from bot.language.predicates import kin
from bot.language.text import is_cyrillic
from bot.matching.query import Query

# Parts of speech that qualify a noun: nouns ("стран Центральной Азии", "по энергетике") and
# adjectives. Verbs and participles carry the relation (``support``), adverbs the manner.
_QUALIFYING = frozenset({"NOUN", "ADJF", "ADJS"})


# the nouns of a count, as typed too ("количесто"): ``amounts.COUNT_NOUNS``
_COUNT_NOUN_LEMMAS = frozenset(
    {"количество", "число", "кол-во", "колво", "количесво", "количесто", "колличество"}
    | {"количство", "каличество", "количетсво"}
)


def qualifiers(query: Query, head: str) -> frozenset[str]:
    """The lemmas of the question's Russian nouns, adjectives and names besides ``head``
    (what is counted or asked about) and numbers: what the answer must say of ``head``."""
    heads = _family(head)
    found: set[str] = set()
    for term in query.terms:
        lemma = term.lemma
        if term.similarity <= 0 or not is_cyrillic(lemma) or lemma in heads or is_number(lemma):
            continue
        if term.frame and lemma in _COUNT_NOUN_LEMMAS:
            continue  # "количество локомотивов": how many is asked, no qualifier of them
        if term.entity or _pos(lemma) in _QUALIFYING:
            found.add(lemma)
    return frozenset(found)


def is_noun(lemma: str) -> bool:
    """A Russian noun (the thing a "сколько" question counts), not a verb or an adverb read
    after the counting word ("сколько составляет", "сколько сейчас"). Read by its lemma: a
    guess at a mistyped word's part of speech ("сократтиь") is no reading of it."""
    return is_cyrillic(lemma) and _pos(lemma) == "NOUN"


def is_verb(lemma: str) -> bool:
    """A Russian verb read after the counting word ("сколько вырастет", "сколько составляет"):
    it asks for an amount, not for a count of a thing an entry must name."""
    return is_cyrillic(lemma) and _pos(lemma) == "INFN"


def states_qualified(
    read: tuple[Clause, ...],
    head: str,
    wanted: Collection[str],
    *,
    counting: bool,
    areas_asked: bool = False,
) -> bool:
    """Do an entry's clauses (``entry_clauses``) state ``head`` as qualified by ``wanted``?
    Counting: some clause's number counts ``head``, and every word of ``wanted`` the entry
    says at all stands in such a clause. Not counting: no word of ``wanted`` is said only in
    an enumeration (after a colon) while ``head`` is named in a clause without it."""
    heads = _family(head)
    if counting:
        holding = [c for c in read if not heads.isdisjoint(c.counted)]
        if not holding:
            return False
        return all(
            any(_holds(c, word) for c in holding) or not any(_holds(c, word) for c in read)
            for word in wanted
        )
    naming = [c for c in read if not heads.isdisjoint(c.lemmas)]
    openings = _openings(read)
    for word in wanted:
        saying = [at for at, c in enumerate(read) if _holds(c, word)]
        listed = bool(saying) and all(read[at].listing for at in saying)
        if listed and areas_asked and all(openings[at] in AREA_LEMMAS for at in saying):
            continue  # "в каких сферах? здравоохранение тоже?": one of the areas asked for
        if listed and naming and not any(_holds(c, word) for c in naming):
            return False
    return True


def _openings(read: tuple[Clause, ...]) -> list[str]:
    """For each clause, the last word of the clause its enumeration follows ("сферах" for
    "энергетике, транспорте, …"); empty for a clause that is no enumeration."""
    found: list[str] = []
    opening = ""
    for clause in read:
        if not clause.listing:
            opening = clause.last
            found.append("")
        else:
            found.append(opening)
    return found


def enumerates(read: tuple[Clause, ...], head: str) -> bool:
    """Do an entry's clauses list ``head``'s members one by one — an enumeration after a
    colon that ends a clause naming them ("подписаны документы: …"), or whose items name
    them ("…: соглашение об энергетике, соглашение о транспорте")? "Стороны подписали 15
    соглашений … в ключевых сферах: энергетике, транспорте, …" lists the areas, not the
    agreements: it answers "в каких сферах", not "список всех соглашений"."""
    heads = _family(head)
    opening = ""  # the last word of the clause the current enumeration follows
    for clause in read:
        if not clause.listing:
            opening = clause.last
            continue
        if any(_named(h, opening) or _holds(clause, h) for h in heads):
            return True
    return False


def enumerates_areas(read: tuple[Clause, ...], head: str, wanted: Collection[str]) -> bool:
    """Do an entry's clauses list the areas of ``head``'s members after a colon that ends
    a clause naming them ("подписали 15 соглашений … в ключевых сферах: энергетике,
    транспорте, …"), that clause saying every word ``wanted`` of them? Which agreements
    were signed, asked of them all, is told so — an agreement by its area; which of them
    are of an area the question names ("по энергетике", "по ИИ") is not, that area being
    at most one listed."""
    if head in AREA_LEMMAS:
        return False
    heads = _family(head)
    opening: Clause | None = None  # the clause the current enumeration follows
    for clause in read:
        if not clause.listing:
            opening = clause
            continue
        if (
            opening is not None
            and opening.last in AREA_LEMMAS
            # the things the areas are of: those its number counts, or papers signed ("Министры
            # заключили четыре договора в разных отраслях": the treaties', not the ministers')
            and (not heads.isdisjoint(opening.counted) or head in DOCUMENT_LEMMAS)
            and any(_holds(opening, h) for h in heads)
            and all(_holds(opening, word) for word in wanted)
        ):
            return True
    return False


def tells_contents(read: tuple[Clause, ...], head: str) -> bool:
    """Does a clause name the document ``head`` with a verb of holding
    (``HOLDING_LEMMAS``): "соглашение предусматривает создание фонда", "the deal provides
    for …" — what it holds, though listed by no colon?"""
    heads = _family(head) | {head}
    return any(
        not clause.lemmas.isdisjoint(HOLDING_LEMMAS) and any(_holds(clause, h) for h in heads)
        for clause in read
    )


def lists_items(entry: Entry) -> bool:
    """Does one of the entry's spans list several items one by one (``enumerates_items``)?
    "Обсуждаются аграрная сфера, инвестиции, …, энергетика" answers "какие темы обсуждали";
    "обсуждение ключевых региональных и глобальных тем" names the kind, and lists none."""
    return entry.kind not in (EntryKind.LIST, EntryKind.EXPERT) and any(
        enumerates_items(quote.text) for quote in entry.spans
    )


def stated_clauses(entry: Entry, morphology: Morphology, *, english: bool) -> tuple[Clause, ...]:
    """The clauses of what an entry itself says: its spans (the article's Russian), or its
    own English texts (summary, lead) for a question in English."""
    if not english:
        return entry_clauses(entry, morphology)
    lemma = morphology.lemma
    return tuple(
        clause
        for text in entry.search_texts()
        if text.stated and not is_cyrillic(text.text)
        for clause in clauses(text.text, lemma)
    )


def entry_clauses(entry: Entry, morphology: Morphology) -> tuple[Clause, ...]:
    """The clauses of an entry's spans; a figure's value and measure with the span's clauses
    holding a number make one more, counting what the measure names (the figure's number is
    its value, and its measure says what that counts) and what the span's numbers count."""
    if entry.kind in (EntryKind.LIST, EntryKind.EXPERT):
        return ()
    lemma = morphology.lemma
    read = [c for quote in entry.spans for c in clauses(quote.text, lemma)]
    if isinstance(entry, FigureEntry):
        figure = entry.figure
        described = measured(" ".join((figure.value, figure.display or "", figure.measures)), lemma)
        numbered = [c for c in read if any(is_number(w) for w in c.lemmas)]
        lemmas = described.lemmas.union(*(c.lemmas for c in numbered))
        read.append(Clause(lemmas, described.counted.union(*(c.counted for c in numbered))))
    return tuple(read)


# Fields of cooperation go by several names: "в каких областях / сферах / отраслях",
# "по каким направлениям" ask for the same areas, which a list after "в ключевых сферах:"
# gives.
AREA_LEMMAS = frozenset({"сфера", "область", "отрасль", "направление", "area", "sector", "field"})


def _family(head: str) -> frozenset[str]:
    """Signed papers are counted under any of their names (``DOCUMENT_LEMMAS``), fields of
    cooperation under theirs (``AREA_LEMMAS``)."""
    if head in DOCUMENT_LEMMAS:
        return DOCUMENT_LEMMAS
    return AREA_LEMMAS if head in AREA_LEMMAS else frozenset({head})


def family(head: str) -> frozenset[str]:
    """The names ``head`` goes by (``_family``), itself among them."""
    return _family(head) | {head}


def _named(head: str, word: str) -> bool:
    return bool(word) and (word == head or kin(head, word))


def _holds(clause: Clause, word: str) -> bool:
    return word in clause.lemmas or any(kin(word, lemma) for lemma in clause.lemmas)


def _pos(word: str) -> str | None:
    parses = parse(word)
    return str(parses[0].tag.POS) if parses else None
