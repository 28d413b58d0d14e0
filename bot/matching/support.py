"""Does an entry support the relation a question asks about (``bot.language.predicates``)?

An entry may state the kind of fact asked for — a date, a place, a count — of another
relation than the one asked: the visit's entry gives the arrival date, not the departure;
the agreements' entry names areas, not an agreement's name. The question's predicate verb
and its detail noun must each be the entry's own words (at least of the paragraph its spans
stand in), a word of their family, or a known paraphrase; otherwise the entry is offered, not
given as the answer.
"""

from __future__ import annotations

from collections.abc import Collection

from bot.knowledge.entries import EntryKind
from bot.language.answer_types import (
    CONDITION_NOUNS,
    GENERIC_DETAILS,
    KIND_NOUNS,
    PLACE_KINDS,
    AnswerType,
    asks_condition,
    asks_precisely,
)
from bot.language.characterisation import FRAME_NOUNS
from bot.language.goals import aim_words
from bot.language.lexicon import EXPERT_LEMMAS, SAY_WORDS, VIEW_WORDS, word_set
from bot.language.morphology import Morphology
from bot.language.predicates import (
    ENDORSING,
    ENDORSING_EN,
    MEMBERSHIP,
    NAME_WORDS,
    deed_qualifier,
    kin,
    needs_support,
    related,
)
from bot.language.text import is_latin, tokens
from bot.matching.index import IndexedEntry
from bot.matching.query import Query
from bot.records import record

# Kinds of facts that belong to one relation: "когда уехал" is not answered by when he came,
# and "в каком здании" asks for a place of its own. A statement or a forecast is the
# speaker's own reading, told in his words, not ours.
RELATIONAL = frozenset(
    {
        AnswerType.DATE,
        AnswerType.PLACE,
        AnswerType.PERSON,
        AnswerType.DURATION,
        AnswerType.MONEY,
        AnswerType.QUANTITY,
        AnswerType.REASON,
    }
)
# The kinds whose question verb must be the entry's: "кто …" is left out, for what people do
# is told in more words than a table of paraphrases holds (measured: a held-out "кто"
# question lost, none gained).
VERB_BOUND = RELATIONAL - {AnswerType.PERSON}
# Words of an event's end (lemmas): "когда завершился / закончился визит", "дата окончания",
# "в конце какого дня". Their date is a fact of its own, not the start's.
ENDING_LEMMAS = word_set(
    "закончиться заканчиваться кончиться кончаться окончиться оканчиваться завершиться "
    "завершаться завершить завершать закончить заканчивать окончание завершение конец "
    "финал"
)
# The same in English, as typed (its stems are read in English, not as lemmas above).
ENDING_EN = word_set(
    "end ends ended ending finish finishes finished finishing conclude concludes concluded "
    "concluding wrap wraps wrapped"
)
# Verbs of welcoming or seeing off a guest (lemmas; transitive only — "встретиться" is a
# meeting of two sides, "проводить" also "to hold" talks): "кто встретил / провожал Алиева".
GREETING_LEMMAS = word_set("встретить встречать провожать приветствовать поприветствовать")
# The same in English, as typed.
GREETING_EN = word_set("greet greets greeted greeting welcomed")
# Detail nouns that ask no one thing of their kind: the kind of answer ("город", "страна"),
# a reading of a thing ("роль", "будущее").
_READING_NOUNS = word_set("будущее перспектива перспективы значение смысл future prospects")
_NOT_INSTANCES = GENERIC_DETAILS | KIND_NOUNS | PLACE_KINDS | FRAME_NOUNS | _READING_NOUNS

# The name asked for by "как называется", "название": its lemma in the paraphrase table.
_NAME = "название"


@record
class Support:
    """Reads entries against one question; ``floor`` is the weight from which an entry's word
    is its own (the paragraph around its spans counts, a topic label does not)."""

    query: Query
    morphology: Morphology
    floor: float
    known: Collection[str]  # the lemmas of the briefing(s): what the article ever says

    def missing_word(self, indexed: IndexedEntry) -> str | None:
        """The question's verb or detail noun the entry does not support, or None."""
        if indexed.entry.kind is EntryKind.LIST:
            return None  # a generated list is what was asked for as it stands
        if not self.query.asks and asks_precisely(self.query.words):
            unsaid = self._unsaid(indexed)
            if unsaid is not None:
                return unsaid
        relation = self.query.relation
        verb = relation.verb
        asks = self.query.asks
        relational = bool(asks) and asks[0] in VERB_BOUND
        if verb and relational and needs_support(verb) and self._lacks(indexed, {verb}):
            return verb
        if verb and self._profile_lacks(indexed, verb):
            return verb
        if verb in MEMBERSHIP and not asks and not self._holds(indexed, {verb}):
            # "какие страны входят в формат 5+1": a passage naming the format, and no one as
            # its member, does not say who belongs — though the article says "член" elsewhere
            return verb
        if (
            verb in ENDORSING
            and not self.query.named
            and asks[:1] in ((AnswerType.STATEMENT,), (AnswerType.PERSON,))
            and not self._holds(indexed, {verb})
        ):
            # "какие страны поддержали идею тюркской семёрки", "кто её одобрил": who took that
            # stance, which the idea's passage does not tell; "одобрил ли Ишмухамедов идею"
            # names the expert, whose view any of his passages gives
            return verb
        endorsing = next((t.lemma for t in self.query.terms if t.typed in ENDORSING_EN), None)
        if (
            verb is None
            and endorsing is not None
            and not self.query.named
            and asks[:1] in ((AnswerType.STATEMENT,), (AnswerType.PERSON,))
            and not self._holds(indexed, {endorsing})
        ):
            # the same in English, which has no relation verb: "which countries supported
            # the Turkic seven idea", "who backed it"
            return endorsing
        unsaid = self.deed_unsaid(indexed)
        if unsaid is not None:
            return unsaid
        detail = relation.detail
        if (
            verb
            and detail
            and detail not in NAME_WORDS
            and not relational
            and asks[:1] != (AnswerType.PERSON,)
            and needs_support(verb)
            and any(lemma in self.known for lemma in related(verb))
            and not self._holds(indexed, {verb})
        ):
            # "какие узлы будут строить": which of them the relation takes; an entry naming
            # the nodes but not their building does not tell
            return verb
        if detail in NAME_WORDS:
            quoted = any("«" in text for text in indexed.entry.shown_words)
            return None if quoted or self._holds(indexed, {_NAME}) else detail
        if asks[:1] == (AnswerType.PERSON,):
            return None  # "which official …" names the people asked for (``asked_office``)
        if detail in _PUBLISHER_NOUNS and _names_publisher(indexed):
            return None  # "which media asked experts for comments": the publisher did
        if (
            detail
            and self._lacks(indexed, self._detail_lemmas(detail))
            and not self._deed_by_qualifier(indexed, detail)
        ):
            return detail
        if (
            detail
            and self._instance_asked(detail)
            and not self._holds(indexed, self._detail_lemmas(detail))
        ):
            # "which route would the Zangezur corridor take": the article tells of a route,
            # the Trans-Caspian; the corridor's passage names none, and gives no route
            return detail
        if (
            detail
            and _verbal_noun(detail)
            and not self._holds(indexed, self._detail_lemmas(detail))
        ):
            # "in which building": the stem is "build", a verb the article uses ("building new
            # ferries") — which says nothing of a building: only the entry's own word counts.
            return detail
        return None

    def deed_unsaid(self, indexed: IndexedEntry) -> str | None:
        """The question's word of a deed the article tells of no one and dates nowhere — an
        event's end, a guest's welcome — which the entry does not say: it gives no answer,
        however near its score."""
        return self._ending_lacked(indexed) or self._greeter_lacked(indexed)

    def _ending_lacked(self, indexed: IndexedEntry) -> str | None:
        """ "В какой день завершился визит", "дата окончания визита", "when did the visit
        finish": the date of an event's end, which a passage dating its start (the arrival)
        does not give. The article's own words of ending ("чем завершил Гусейнов" among the
        questions) make the general check (``_lacks``) leave it to the ranking: here only
        the entry's own saying of an end counts. Dates only — "чем закончил Гусейнов" asks
        his words, which his last passage gives."""
        if self.query.asks[:1] != (AnswerType.DATE,):
            return None
        for word in self.query.words:
            lemma = self.morphology.lemma(word)
            if (lemma in ENDING_LEMMAS or word in ENDING_EN) and not self._holds(indexed, {lemma}):
                return word
        return None

    def _greeter_lacked(self, indexed: IndexedEntry) -> str | None:
        """ "Кто встретил Алиева в аэропорту", "кто его провожал", "who greeted him": the one
        who welcomed or saw off a guest — a doer only a passage saying the verb of him names.
        "Торжественная встреча в Астане" tells a welcome took place, by no one: the noun
        (kin of "встретить", and a paraphrase of meeting for talks) is not the deed's doer.
        Not "с кем встретился Алиев" (the reflexive: whom he met, ``PARAPHRASE_GROUPS``)."""
        if self.query.asks[:1] != (AnswerType.PERSON,):
            return None
        for word in self.query.words:
            lemma = self.morphology.lemma(word)
            greets = lemma in GREETING_LEMMAS or word in GREETING_EN
            if greets and not self._says_any(indexed, GREETING_LEMMAS):
                return word
        return None

    def _says_any(self, indexed: IndexedEntry, lemmas: frozenset[str]) -> bool:
        """Does the entry's shown text (its quote or passage, not the questions it is filed
        under: "где встречали Алиева" asks where, and names no one) say one of the lemmas?"""
        return any(
            self.morphology.lemma(word) in lemmas
            for text in indexed.entry.shown_words
            for word in tokens(text)
        )

    def _instance_asked(self, detail: str) -> bool:
        """ "Which route", "какой маршрут", "что конкретно в соглашении": one thing of the
        kind the noun names is asked — a fact of its own, which only a passage saying the
        noun gives (the word used of another thing elsewhere does not). Not a noun naming
        the kind of answer ("в каком городе": a name answers it) or a reading ("какую роль",
        "какое будущее"), nor an expert's view of it (his words give it as they stand)."""
        query = self.query
        if query.asks[:1] not in ((), (AnswerType.FACT,)):
            return False
        if query.named or any(t.lemma in EXPERT_LEMMAS for t in query.terms):
            return False
        forms = self._detail_lemmas(detail) | {detail}
        if not forms.isdisjoint(CONDITION_NOUNS):
            # "каковы условия торговли": the terms asked, a thing of its own; "при каком
            # условии сократятся сроки": the kind of answer, what the goal takes
            return not asks_condition(query.words)
        return forms.isdisjoint(_NOT_INSTANCES)

    def _unsaid(self, indexed: IndexedEntry) -> str | None:
        """ "What was actually agreed on the Zangezur corridor?": a question insisting on what
        it names (``asks_precisely``) is answered only by an entry saying every word of it
        the article knows — the corridor's entry tells it was discussed, not agreed on.
        Names and words of saying are the question's frame, not its relation; nor is the aim
        the means asked for serve ("что конкретно предлагается сделать, чтобы грузы шли
        быстрее": the passage tells what, not "быстрее", ``goals.aim_words``)."""
        aim = aim_words(self.query.reading.text)
        for term in self.query.terms:
            if (
                term.similarity > 0
                and not term.entity
                and term.typed not in aim
                and term.typed not in SAY_WORDS
                and term.typed not in VIEW_WORDS
                and not asks_precisely((term.typed,))  # "конкретные": the insisting itself
                and not self._holds(indexed, {term.lemma})
            ):
                return term.typed
        return None

    def _profile_lacks(self, indexed: IndexedEntry, verb: str) -> bool:
        """ "Кто руководит рабочей группой?" and a profile naming a member of it: a profile
        tells what its expert is, so it answers "кто" only through its own words — unlike a
        statement, whose deeds are told in more words than paraphrases hold (``VERB_BOUND``).
        Verbs of saying and of being ("кто сказал", "кто такой") need no support."""
        return (
            indexed.entry.kind is EntryKind.EXPERT
            and self.query.asks[:1] == (AnswerType.PERSON,)
            and needs_support(verb)
            and not self._holds(indexed, {verb})
        )

    def _lacks(self, indexed: IndexedEntry, lemmas: set[str]) -> bool:
        """Neither the entry nor the article says it: a word the article uses elsewhere is
        the ranking's business (the entry holding it scores higher), and one it never uses
        — nor any paraphrase of it — is a relation the article does not give."""
        return not self._holds(indexed, lemmas) and not any(lemma in self.known for lemma in lemmas)

    def _deed_by_qualifier(self, indexed: IndexedEntry, detail: str) -> bool:
        """ "Какие конкретные меры по железнодорожной инфраструктуре": measures named by the
        thing they are in (``deed_qualifier``) — an entry saying every word of that thing
        gives them, though the article never says "меры"."""
        qualifier = deed_qualifier(self.query.words, detail)
        return bool(qualifier) and all(
            self._holds(indexed, {self.morphology.lemma(w)}) for w in qualifier
        )

    def _detail_lemmas(self, word: str) -> set[str]:
        return {self.query.lemma_of(word), self.morphology.lemma(word)}

    def _holds(self, indexed: IndexedEntry, lemmas: set[str]) -> bool:
        floor = self.floor
        wanted = {r for lemma in lemmas for r in related(lemma)}
        if any(indexed.terms.get(r, 0.0) >= floor for r in wanted):
            return True
        own = [lemma for lemma, weight in indexed.terms.items() if weight >= floor]
        return any(kin(r, lemma) for r in wanted for lemma in own)


# Nouns of one who publishes ("which media asked experts", "what outlet", "какое издание
# обратилось к экспертам"): the briefing's publisher is one, so a passage naming it in its
# own words holds the noun, though it never says the word.
_PUBLISHER_NOUNS = word_set(
    """media outlet outlets publication newspaper paper website site agency portal
    издание издания сми редакция газета портал сайт агентство"""
)


def _names_publisher(indexed: IndexedEntry) -> bool:
    """Does the entry's own text name its briefing's publisher ("Minval Politika обратилась
    за комментариями …")?"""
    publisher = indexed.entry.briefing.publisher.casefold()
    return bool(publisher) and any(
        publisher in text.casefold() for text in indexed.entry.shown_words
    )


def _verbal_noun(word: str) -> bool:
    """An English noun the stemmer reads as a verb: "building", "meeting", "crossings"."""
    return is_latin(word) and word.endswith(("ing", "ings")) and len(word) > 5
