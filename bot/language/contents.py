"""Questions asking what a document holds: "What exactly does the AI agreement say?", "что
говорится в декларации", "what was in the programme of the ceremony".

A document says things as a person does, but what it says is its contents — a fact of its
own, not anybody's statement: "Nobody in the article says that" would answer another
question. An article may name an agreement (one of fifteen, in the area of AI) and never say
what is in it; the passage naming it is then no answer. So the noun of the document is read
here as the detail the question asks about, and its specifics as what is asked
(``Query.contents``): only a passage listing what the document holds, or telling what it
provides for, gives it (``Matcher._specifies``).

A question naming an expert ("what does the declaration say about Azerbaijan, according to
Tusupbekov") asks his reading of the document, which his words give as they stand: it is
left alone.
"""

from __future__ import annotations

import itertools

from bot.language.lexicon import JUST_WORDS, SPECIFYING_EN, SPECIFYING_RU, word_set
from bot.language.morphology import first_noun
from bot.language.text import is_latin

# Nouns of documents and programmes: things that hold contents. Russian lemmas, English forms.
_DOCUMENTS_RU = word_set(
    "соглашение договор меморандум декларация документ программа коммюнике протокол "
    "контракт договоренность хартия план"
)
_DOCUMENTS_EN = word_set(
    "agreement agreements deal deals treaty treaties memorandum memoranda declaration "
    "declarations document documents programme programmes program programs communique "
    "protocol protocols contract contracts charter accord accords roadmap plan"
)
_ONE_DOCUMENT_EN = word_set(
    "agreement deal treaty memorandum declaration document programme program communique "
    "protocol contract charter accord roadmap plan"
)
_CUES = SPECIFYING_RU | SPECIFYING_EN | JUST_WORDS
# English: "what does the agreement SAY", "what did the deal INCLUDE", "provide for".
_AUXILIARIES_EN = word_set("does did do will would could")
_HOLDING_EN = word_set(
    "say says said include includes contain contains stipulate stipulates "
    "involve involves entail entails provide envisage envisages specify specifies"
)
# "what is IN the agreement", "what was WRITTEN in the programme", "ON the programme".
_LINKING_EN = word_set("is was are were s")
_WRITTEN_EN = word_set("written said stated included contained set laid provided")
_IN_EN = word_set("in inside on")  # "what was on the programme"
# Russian: "что ГОВОРИТСЯ в декларации", "что ПРЕДУСМАТРИВАЕТ соглашение", "что ВХОДИЛО в
# программу", "что БЫЛО в программе".
_IMPERSONAL_RU = word_set(
    "говорится говорилось сказано написано предусмотрено прописано закреплено указано "
    "изложено содержится содержалось"
)
_HOLDING_RU = word_set(
    "предусматривает предусматривают предусматривало содержит содержат содержало включает "
    "включают включало гласит подразумевает"
)
_INSIDE_RU = word_set("было были входит входят входило входили включено включены")
_IN_RU = word_set("в во")
# What tells a document's contents in a passage: a verb of holding, as lemmas (Russian) and
# stems (English) — "соглашение предусматривает …", "the deal provides for …".
HOLDING_LEMMAS = word_set(
    "предусматривать предусмотреть содержать включать включить гласить закреплять закрепить "
    "provid includ contain stipul envisag"
)
# Whose reading of a document may be asked: "according to the analyst", "по мнению эксперта".
# "what, in the commentator's estimation, the declaration reflects": his reading too.
_READER_STEMS = (
    *("эксперт", "политолог", "аналитик", "депутат", "expert", "analyst", "according"),
    *("commentator", "specialist", "pundit", "observer", "estimation", "opinion"),
)
_REACH = 6  # how many words the document's noun phrase may take


def contents_holder(words: tuple[str, ...]) -> str | None:
    """The noun (as typed) of the document whose contents a question (folded words) asks:
    "what exactly does the AI agreement say" → "agreement", "what was in the programme of
    the ceremony" → "programme", "что говорится в декларации" → "декларации", "что
    предусматривает соглашение" → "соглашение". None for anything else, and when the
    question asks an expert's reading of it."""
    if len(words) < 3 or any(w.startswith(_READER_STEMS) for w in words):
        return None
    words = _referred_back(words)
    rest = [w for w in words[1:] if w not in _CUES]
    parts = _parts_holder(words[0], rest)
    if parts is not None:
        return parts
    if words[0] == "what":
        return _english_holder(rest)
    if words[0] == "что":
        return _russian_holder(rest)
    return None


# Nouns of a document's parts: "какие пункты в декларации", "каковы условия соглашения",
# "what are the provisions of the deal" ask what it holds, as "что говорится в" does.
_PARTS_RU = word_set(
    "пункт пункты пунктов положение положения положений статья статьи статей условие условия "
    "условий"
)
_PARTS_EN = word_set("point points provision provisions clause clauses term terms")
_WHICH_RU = word_set("какие каковы какой каких")
_OF_EN = word_set("of in")


def _parts_holder(first: str, rest: list[str]) -> str | None:
    """The document whose parts a question asks by their noun: "какие пункты в декларации"
    (or "пункты декларации", the genitive), "what are the terms of the agreement" → the
    document's noun; None when no part noun follows the question word."""
    if first in _WHICH_RU and rest[:1] and rest[0] in _PARTS_RU:
        after = rest[1:]
        after = after[1:] if after[:1] and after[0] in _IN_RU else after
        return _russian_document(after[:_REACH])
    if first in ("what", "which"):
        after = rest[1:] if rest[:1] and rest[0] in _LINKING_EN else rest
        after = after[1:] if after[:1] and after[0] == "the" else after
        if after[:1] and after[0] in _PARTS_EN and after[1:2] and after[1] in _OF_EN:
            return _english_document(after[2 : 2 + _REACH])
    return None


# Pronouns standing for a document named before the question: "AI agreement, what's in IT",
# "соглашение по ИИ — что в НЁМ".
_BACK_PRONOUNS = word_set("it them нем нём ним него ней них")
_PLURAL_PRONOUNS = word_set("them них")
# "какие документы по ИИ подписали, что в них", "which AI agreements were signed, what is in
# them": the question word before the document, left out when reading its noun phrase
_WHICH_LEAD = word_set("какие какое какой which")
_WHAT = word_set("what что")
_THERE_RU = word_set("там")


def _referred_back(words: tuple[str, ...]) -> tuple[str, ...]:
    """A question naming its document first and asking of it by a pronoun, keywords first
    as notes and headlines ask ("AI agreement, what's in it", "the AI deal: what does it
    say?", "соглашение по ИИ — что в нём?", "декларация — что там написано?"), as if it named
    the document in the pronoun's place ("what's in agreement"), so the readers of a
    question naming its document read it too. The words as they stand otherwise: no
    document before "what", or no pronoun after it — "AI agreement, what did the experts
    say" asks the experts' words, not what it holds."""
    at = next((i for i, w in enumerate(words) if w in _WHAT), 0)
    if at == 0:
        return words
    lead, tail = list(words[:at]), _there_as_in_it(_inside_as_in_it(list(words[at:])))
    lead = lead[1:] if lead[:1] and lead[0] in _WHICH_LEAD else lead  # "какие документы …"
    document = _english_document(lead) or _russian_document(lead)
    if document is None or not any(w in _BACK_PRONOUNS for w in tail):
        return words
    if any(w in _BACK_PRONOUNS and nxt == "for" for w, nxt in itertools.pairwise(tail)):
        return words  # "the deal, what's in it for Azerbaijan": its benefit, not its contents
    if any(w in _PLURAL_PRONOUNS for w in tail) and not _area_named(lead, document):
        return words  # "какие соглашения подписали, что в них": the areas listed tell it
    # the pronoun stands for the document with its area ("документы по ИИ … что в них")
    named = [document, *lead[lead.index(document) + 1 :][:2]]
    return tuple(x for w in tail for x in (named if w in _BACK_PRONOUNS else [w]))


# "what is inside?" after a document put first: "inside" with no object of its own stands
# for "in it"; "what is inside the corridor plan" names its own container.
_LINKING_INSIDE = word_set("is are s")
_DETERMINERS_EN = word_set("the a an this that these those its their")


def _inside_as_in_it(rest: list[str]) -> list[str]:
    """The words after "what" with an object-less "inside" ("The AI agreement, what exactly
    is inside?") read as "in it", the way "what's in it" asks what the document holds."""
    for at, word in enumerate(rest):
        before = [w for w in rest[:at] if w not in _CUES]  # "what is exactly inside"
        if word != "inside" or not before or before[-1] not in _LINKING_INSIDE:
            continue
        if at + 1 < len(rest) and rest[at + 1] in _DETERMINERS_EN:
            return rest
        return [*rest[:at], "in", "it", *rest[at + 1 :]]
    return rest


def _there_as_in_it(tail: list[str]) -> list[str]:
    """The words from "что" with "там" read as "в нём" ("декларация — что там написано": what
    is written in it); "в … там" keeps its own "в"."""
    out: list[str] = []
    for word in tail:
        if word in _THERE_RU:
            out.extend(["нём"] if out[-1:] == ["в"] else ["в", "нём"])
        else:
            out.append(word)
    return out


def _english_holder(rest: list[str]) -> str | None:
    """After "what": an auxiliary, the document's phrase and a verb of holding ("does the
    agreement say"); or a linking verb (a participle) and "in" before it ("was in the
    programme", "is written in the deal")."""
    if not rest:
        return None
    if rest[0] in _AUXILIARIES_EN:
        phrase = rest[1 : 1 + _REACH]
        end = next((at for at, w in enumerate(phrase) if w in _HOLDING_EN), None)
        return _english_document(phrase[:end]) if end else None
    if rest[0] in _LINKING_EN or rest[0] in _IN_EN:  # "what's in": the "'s" may be gone
        after = rest[1:] if rest[0] in _LINKING_EN else rest
        after = after[1:] if after[:1] and after[0] in _WRITTEN_EN else after
        if after[:1] and after[0] in _IN_EN:
            return _english_document(after[1 : 1 + _REACH])
    return None


def _english_document(phrase: list[str]) -> str | None:
    """The first document noun of an English noun phrase (Latin words only), when it names
    one document: what "the agreements" hold together is the areas a passage may list, unless
    the phrase names their area ("the agreements on AI")."""
    found = next((w for w in phrase if is_latin(w) and w in _DOCUMENTS_EN), None)
    if found is None:
        return None
    return found if found in _ONE_DOCUMENT_EN or _area_named(phrase, found) else None


def _russian_holder(rest: list[str]) -> str | None:
    """After "что": an impersonal verb of saying and "в" before the document ("говорится в
    декларации"), a verb of holding before it ("предусматривает соглашение"), or a verb of
    being in before "в" ("входило в программу", "было в программе")."""
    if not rest:
        return None
    verb, after = rest[0], rest[1:]
    if verb in _IN_RU:
        # "что в соглашении по ИИ": what is in it, the verb of being left out (not "что в
        # плане логистики", "as for logistics": ``_russian_document`` leaves "план" out here)
        document = _russian_document(after[:_REACH])
        return document if document is not None and not document.startswith("план") else None
    if verb in _IMPERSONAL_RU or verb in _INSIDE_RU:
        inside = after[:1] and after[0] in _IN_RU
        return _russian_document(after[1 : 1 + _REACH]) if inside else None
    if verb in _HOLDING_RU:
        return _russian_document(after[:_REACH])
    return None


def _russian_document(phrase: list[str]) -> str | None:
    """The first noun of a Russian phrase, when it names a document; adjectives skipped."""
    noun = first_noun(phrase, frozenset({"ADJF", "PRTF"}))
    if noun is None:
        return None
    # one document: what "соглашения" hold together is the areas a passage may list — unless
    # the phrase names their area itself ("документы по ИИ"), which leaves only what they hold
    lemma = str(noun.normal_form).replace("ё", "е")
    one = noun.tag.number == "sing" or _area_named(phrase, noun.word)
    return noun.word if lemma in _DOCUMENTS_RU and one else None


# A document's area named after its noun: "документы ПО ИИ", "agreements ON AI". What follows
# "по" may be no area at all: "по итогам визита", "по словам эксперта", "по его мнению".
_AREA_PREPOSITIONS = word_set("по on about regarding concerning covering")
_NO_AREA = word_set(
    "итогам итогу результатам словам мнению оценке данным его ее их случаю поводу время "
    "the a an this that its their monday tuesday wednesday thursday friday sunday saturday "
    "behalf"
)


def _area_named(phrase: list[str], noun: str) -> bool:
    """Does a preposition of area and a word that names one follow the noun of ``phrase``
    ("документы по ИИ", "agreements on AI")? Several documents of a named area ask what they
    hold, as one document does: the list of areas the passage gives names that one already."""
    at = phrase.index(noun)
    after = phrase[at + 1 : at + 3]
    return len(after) == 2 and after[0] in _AREA_PREPOSITIONS and after[1] not in _NO_AREA
