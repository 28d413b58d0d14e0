"""Is the fact asked for stated of what the question binds it to, in the same span?

An entry states a set of kinds — a place, a duration, a forecast — each somewhere in its
spans; a question binds the kind it asks to something more. "Where will the new logistics
hubs be built?" asks for the place of something to come: the entry "сегодня доставка грузов
из Китая через Казахстан в Азербайджан занимает 15–18 дней. При должных инвестициях этот
срок можно сократить … нужны вложения в … логистические узлы" names places of today's
route, and its forecast is another span's: it gives no place of anything to come. So a
question about the future is answered with a date, a place, a number only when one span (a
quote, as the curator cut it) holds both that fact and a forecast: "…необходимость
дополнительных инвестиций… В частности, речь шла о … строительстве новых паромов для перевозки
грузов через Каспий" gives where the ferries to be built will go. (A kind the curator
declares with ``states:`` is taken as declared: it is not read from a span.)

"Кто подписал соглашения со стороны Казахстана?" asks for the person who signed; the entry
"в рамках визита президента Ильхама Алиева в Астану стороны подписали 15 важных соглашений"
names a person, but as the visitor: who signed it tells by a common noun, "стороны". A "кто"
question is answered by the article's own words only when they do not give the doer of its
verb as such a noun (``names_doer``); "who signed the deals" reads the entry's English the
same way ("the sides signed 15 important agreements": ``names_english_doer``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from bot.knowledge.entries import Entry, EntryKind
from bot.language.answer_types import (
    AnswerType,
    asks_horizon,
    forecasts,
    foretells_outcome,
    proposes,
    stated_types,
    states_horizon,
)
from bot.language.lexicon import ENGLISH_EQUIVALENTS
from bot.language.morphology import english_stem, parse
from bot.language.numbers import NUMBER_WORDS
from bot.language.predicates import kin
from bot.language.text import fold, is_cyrillic, tokens
from bot.patterns import lazy

# Kinds read from a span's own forms (a speaker states who said it wherever he speaks).
_IN_SPAN = frozenset(
    {
        AnswerType.DATE,
        AnswerType.PLACE,
        AnswerType.DURATION,
        AnswerType.QUANTITY,
        AnswerType.MONEY,
    }
)


@lru_cache(maxsize=4096)
def span_proposes(text: str) -> bool:
    """Does one span propose what should be done (``proposes``, remembered)?"""
    return proposes(text)


@lru_cache(maxsize=4096)
def span_kinds(text: str) -> frozenset[AnswerType]:
    """The kinds one span states (``stated_types``, remembered: entries are few)."""
    return stated_types(text)


def forecast_with(entry: Entry, wanted: AnswerType) -> bool:
    """Does one span of the entry state ``wanted`` together with a forecast (an entry
    forecasting nothing does not)? True as well when no span states ``wanted`` at all (it
    is declared, or given by a figure's value) or its forecast is declared: nothing to bind
    then."""
    # a proposal tells what is to come of the thing proposed ("сколько стран будет в
    # семёрке": "к шести странам логично добавить Турцию")
    proposing = [span_proposes(span.text) for span in entry.spans]
    if AnswerType.FORECAST not in entry.states and not any(proposing):
        return False
    if wanted not in _IN_SPAN or entry.kind is EntryKind.LIST:
        return True
    declared = {AnswerType(kind) for kind in entry.declared}
    if wanted in declared or AnswerType.FORECAST in declared:
        return True
    kinds = [span_kinds(span.text) for span in entry.spans]
    if not any(wanted in k for k in kinds):
        return True
    return any(
        wanted in k and (AnswerType.FORECAST in k or proposal)
        for k, proposal in zip(kinds, proposing, strict=True)
    )


def foresees(entry: Entry) -> bool:
    """Does the entry make a forecast proper — one span foreseeing something (``forecasts``),
    or a forecast its curator declares? "Прогноз экспорта энергоресурсов" is not answered by
    "экспорт … укрепляет экономическую взаимозависимость", today's effect. A generated list
    is taken as it stands."""
    if AnswerType.FORECAST not in entry.states:
        return False
    if entry.kind is EntryKind.LIST or AnswerType.FORECAST.value in entry.declared:
        return True
    return any(forecasts(span.text) for span in entry.spans)


# Kinds that make a forecast a figure: "позволит довести … до одного миллиарда долларов",
# "можно сократить до 7–8 дней".
_FIGURE_KINDS = frozenset({AnswerType.QUANTITY, AnswerType.MONEY, AnswerType.DURATION})
_SCALES = ("миллиард", "миллион", "тысяч", "billion", "million", "thousand")
_SENTENCE = lazy(r"(?<=[.!?…])\s+")


def foresees_figure(
    entry: Entry, about: Callable[[str], bool] = lambda _: True, *, by_outcome: bool = False
) -> bool:
    """Does the entry make a forecast as "какой прогноз по …" asks one — a sentence
    foreseeing a figure ("позволит довести этот показатель до одного миллиарда долларов") or
    what holds for a stretch of time to come ("определит региональные реалии в ближайшие
    годы")? A capability or an impulse ("способно … дать импульс развитию туризма") or an
    intention ("намерены играть ключевую роль") is no forecast of the thing, as readers
    asking for a forecast by its name judge — nor a trend its curator declares a forecast
    ("уже сегодня становится драйвером"). ``about``: does a text speak of what the forecast
    is asked of — the forecasting sentence or the one before it, which "этот показатель"
    points back to ("Сегодня объём товарооборота … Реализация новых проектов позволит
    довести этот показатель …"); the delivery time forecast is no forecast for the logistics
    hubs named after it. A list is taken as it stands. ``by_outcome``: a sentence saying what
    something will or can come to ("а в перспективе — всей Евразией") foresees it too — when
    the question's subject is read (``about``), which ties the outcome to what is asked."""
    if not foresees(entry):
        return False
    if entry.kind is EntryKind.LIST:
        return True
    before = ""  # the last sentence of the quote before
    for span in entry.spans:
        sentences = [s for s in _SENTENCE.split(span.text) if s.strip()]
        for at, sentence in enumerate(sentences):
            pointed = sentences[at - 1] if at > 0 else _pointed_back(sentence, before)
            if _foresees_about(sentence, pointed, about, by_outcome):
                return True
        before = sentences[-1] if sentences else before
    return False


def _foresees_about(
    sentence: str, pointed: str, about: Callable[[str], bool], by_outcome: bool
) -> bool:
    """Does one sentence foresee a figure, a stretch of time or (``by_outcome``) what
    something will or can come to (``foretells_outcome``), of what ``about`` reads — in
    its own words (its conditions aside) or in those of the sentence it points back to?"""
    if not forecasts(sentence):
        return False
    outcome = by_outcome and foretells_outcome(sentence)
    if not (_names_figure(sentence) or states_horizon(sentence) or outcome):
        return False
    return about(without_conditions(sentence)) or bool(pointed and about(pointed))


# Words opening a sentence that point back to what the one before named: "Он позволяет
# кратно увеличить объёмы торговли" (the corridor of the quote before).
_POINTING_BACK = frozenset(
    {"он", "она", "оно", "они", "это", "этот", "эта", "эти", "it", "this", "they"}
)


def _pointed_back(sentence: str, before: str) -> str:
    """The sentence of the quote before (``before``) when a quote opens by pointing back to
    it ("Он позволяет …" after "В центре внимания оказался именно Средний коридор"): what
    it speaks of is named there. Empty otherwise: a quote standing on its own ("При должных
    инвестициях этот срок можно сократить") is not about the quote before it."""
    first = next((t for t in tokens(fold(sentence)) if t.isalpha()), "")
    return before if first in _POINTING_BACK else ""


# Words opening a condition of what is foreseen: "при должных инвестициях этот срок можно
# сократить", "если вложиться …, можно …".
_CONDITIONS = frozenset({"при", "если"})


def without_conditions(sentence: str) -> str:
    """The sentence without the conditions it foresees under: "при должных инвестициях"
    up to its noun (its adjectives before), "если …" up to the comma. The forecast is of
    what is left ("этот срок можно сократить до 7–8 дней"): a forecast of the delivery time,
    not of the investments."""
    kept: list[str] = []
    skipping: str | None = None  # the condition word being skipped
    for word in sentence.split():
        bare = fold(word.strip("«»\"'.,;:!?()“”„"))
        if skipping is None and bare in _CONDITIONS:
            skipping = bare
            continue
        if skipping == "если":
            if word.endswith(","):
                skipping = None
            continue
        if skipping == "при":
            parsed = parse(bare) if is_cyrillic(bare) else []
            if not parsed or parsed[0].tag.POS not in ("ADJF", "PRTF"):
                skipping = None  # its noun: the last word of the condition
            continue
        kept.append(word)
    return " ".join(kept)


def foresees_when(entry: Entry) -> bool:
    """Does one sentence of the entry foresee something for a time — a date, a stretch of
    time to come ("в ближайшие годы"), a time of the calendar ("через пять лет")? A list is
    taken as it stands."""
    if entry.kind is EntryKind.LIST:
        return True
    sentences = (s for span in entry.spans for s in _SENTENCE.split(span.text) if s.strip())
    return any(
        forecasts(s)
        and (AnswerType.DATE in span_kinds(s) or states_horizon(s) or asks_horizon(tokens(s)))
        for s in sentences
    )


def _names_figure(sentence: str) -> bool:
    """Does a sentence give a figure — an amount with its number ("до одного миллиарда
    долларов", "до 7–8 дней") — not only a multiple ("кратно увеличить")?"""
    if not _FIGURE_KINDS & span_kinds(sentence):
        return False
    return any(
        word[:1].isdigit() or word in NUMBER_WORDS or word.startswith(_SCALES)
        for word in tokens(sentence)
    )


# Parts of speech a verb's own form takes ("подписали", "подписаны"): a noun of its family
# ("по приглашению Токаева") names its doer in the genitive, which this reading leaves alone.
_VERB_FORMS = frozenset({"VERB", "PRTS", "PRTF", "INFN", "GRND"})
# Words that may stand between a subject and its verb ("стороны уже подписали").
_BETWEEN = frozenset({"ADVB", "PRCL"})


def names_doer(entry: Entry, verb: str) -> bool:
    """Does the entry name who did what ``verb`` (a lemma) says, as "кто подписал …" asks?
    False only when the article's own words (no speaker: an expert's words name him) hold
    that verb right after a common noun as its subject — "стороны подписали 15 важных
    соглашений": the doers are "the sides", no person, though the span names Aliyev (whose
    visit it was). A verb after a name ("Ильхам Алиев прибыл"), a pronoun or nothing, and a
    noun of the verb's family ("по приглашению Токаева"), are not read."""
    if entry.speaker is not None or entry.kind in (EntryKind.LIST, EntryKind.EXPERT):
        return True
    for span in entry.spans:
        words = span.text.split()
        for at, word in enumerate(words):
            if at == 0 or not _is_verb_of(word, verb):
                continue
            subject = _before(words, at)
            if subject is not None and _common_subject(subject):
                return False
    return True


# Whom an expert addresses ("Вы … пошли на подписание", "you went on to sign"): somebody the
# article never names there — the deed told of him tells nobody who did it.
_ADDRESSED = frozenset({"вы", "ты", "you"})
_ADDRESS_REACH = 12  # words back from the deed its addressed subject may stand
_DEED_NOUN_ENDINGS = ("ние", "тие", "ство", "ция")
_SENTENCE_END = lazy(r"[.!?;]+(?:\s|$)|[«»\"“”]")


def addressed_doer_only(entry: Entry, verb: str | None, stem: str | None) -> bool:
    """Does an expert's passage tell the deed asked ("кто подписал": ``verb``, a Russian
    lemma; "who signed": ``stem``, an English one) only as done by whom he addresses — "Вы,
    находясь в очень сильной позиции, пошли на подписание такого соглашения", "you went on
    to sign such an agreement" — with no name between? Then it does not say who did: the
    person asked for is not given. False when it tells the deed of anyone named, or not."""
    if entry.speaker is None:
        return False
    if verb is not None:
        texts = [span.text for span in entry.spans]
        read = [
            _addressed_at(sentence, lambda w: _of_deed(w, verb)) for sentence in _sentences(texts)
        ]
    elif stem is not None:
        stems = _english_kin(stem)
        item = getattr(entry, "item", None)
        texts = [str(getattr(item, "summary_en", "") or "")]
        read = [
            _addressed_at(sentence, lambda w: w.isalpha() and english_stem(w.lower()) in stems)
            for sentence in _sentences(texts)
        ]
    else:
        return False
    told = [found for found in read if found is not None]
    return bool(told) and all(told)


def _sentences(texts: list[str]) -> list[list[str]]:
    return [part.split() for text in texts for part in _SENTENCE_END.split(text) if part.strip()]


def _addressed_at(words: list[str], is_deed: Callable[[str], bool]) -> bool | None:
    """None when the words tell no deed; else is the first deed's subject one addressed —
    "вы"/"you" within reach before it, and no capitalised name after that?"""
    for at, word in enumerate(words):
        if not is_deed(_clean(word)):
            continue
        before = words[max(0, at - _ADDRESS_REACH) : at]
        cleaned = [_clean(w) for w in before]
        you = max((i for i, w in enumerate(cleaned) if w.lower() in _ADDRESSED), default=None)
        if you is None:
            return False
        return not any(w[:1].isupper() for w in cleaned[you + 1 :])
    return None


def _of_deed(word: str, verb: str) -> bool:
    """A form of the Russian verb or a noun of its family ("подписание" of "подписать")."""
    if _is_verb_of(word, verb):
        return True
    clean = fold(word)
    if not clean.endswith(_DEED_NOUN_ENDINGS) or not is_cyrillic(clean):
        return False
    first = parse(clean)[:1]
    if not first or first[0].tag.POS != "NOUN":
        return False
    lemma = str(first[0].normal_form).replace("ё", "е")
    return kin(lemma, verb) or kin(lemma, verb.removeprefix("по"))


# English words before a verb that are not its subject named as a common noun: pronouns
# (read as nothing, as in Russian), auxiliaries and the words of a relative clause.
_ENGLISH_NOT_SUBJECTS = frozenset(
    {
        *("i", "we", "you", "he", "she", "it", "they", "who", "which", "that", "what"),
        *("is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would"),
        *("and", "or", "also", "then", "not", "to"),
        # a noun of the verb's family after its determiner: "at the invitation of"
        *("the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"),
        *("of", "at", "in", "on", "by", "for", "with", "from", "after", "before"),
    }
)


# Stems of English verbs of being ("who was the host", "who is behind"), no deed of a doer.
_ENGLISH_BEING = frozenset({"be", "is", "was", "are", "were", "been", "being"})


def names_english_doer(entry: Entry, stem: str) -> bool:
    """``names_doer`` for an English "who …" (``stem``: its verb's Porter2 stem): False only
    when the entry's own English (the article's words: no speaker) holds that verb right
    after a lower-case word as its subject — "the sides signed 15 important cooperation
    agreements", "how many agreements the sides signed": the doers are the sides, no person.
    A verb after a name ("Aliyev signed"), a pronoun, an auxiliary ("were signed") or a
    participle as an epithet ("the signed documents") is not read."""
    if (
        entry.speaker is not None
        or entry.kind in (EntryKind.LIST, EntryKind.EXPERT)
        or stem in _ENGLISH_BEING
    ):
        return True  # "who was the initiator": a verb of being tells no deed
    stems = _english_kin(stem)
    item = getattr(entry, "item", None)
    texts = [str(getattr(item, name, "") or "") for name in ("summary_en", "measures_en")]
    for text in texts:
        words = text.split()
        for at, word in enumerate(words[1:], start=1):
            clean = _clean(word)
            if not clean.isalpha() or english_stem(clean.lower()) not in stems:
                continue
            before = words[at - 1]
            subject = _clean(before)
            if (
                subject.isalpha()
                and subject.islower()
                and subject not in _ENGLISH_NOT_SUBJECTS
                and not before.endswith((",", ";", ":"))
                and not subject.endswith("ly")
            ):
                return False
    return True


@lru_cache(maxsize=256)
def _english_kin(stem: str) -> frozenset[str]:
    """The stems of the words the lexicon holds equivalent to one of ``stem``'s ("inked",
    "signed": ``ENGLISH_EQUIVALENTS``), ``stem`` among them."""
    found = {stem}
    for group in ENGLISH_EQUIVALENTS:
        stems = {english_stem(word) for word in group}
        if stem in stems:
            found |= stems
    return frozenset(found)


def _clean(word: str) -> str:
    return word.strip("«»\"'.,;:!?()“”„—–-")


def _is_verb_of(word: str, verb: str) -> bool:
    clean = fold(_clean(word))
    if not clean or not is_cyrillic(clean):
        return False
    first = parse(clean)[:1]
    return bool(first) and first[0].tag.POS in _VERB_FORMS and _verb_lemma(first[0]) == verb


def _verb_lemma(parsed: Any) -> str:
    """The infinitive a verb form comes from ("подписаны" → "подписать")."""
    verb = parsed.inflect({"INFN"}) if parsed.tag.POS in ("PRTS", "PRTF") else None
    word = verb.word if verb is not None else parsed.normal_form
    return str(word).replace("ё", "е")


def _before(words: list[str], at: int) -> str | None:
    """The word a verb follows, adverbs and particles skipped, within its stretch."""
    for word in reversed(words[max(0, at - 3) : at]):
        if word.endswith((",", ";", ":", "—")) or word in ("—", "–"):
            return None
        clean = _clean(word)
        first = parse(fold(clean))[:1] if clean and is_cyrillic(clean) else []
        if first and first[0].tag.POS in _BETWEEN:
            continue
        return clean
    return None


def _common_subject(word: str) -> bool:
    """A lower-case common noun that may be a nominative ("стороны", "лидеры"): no name."""
    if not word or not word[0].islower() or not is_cyrillic(word):
        return False
    return any(
        p.tag.POS == "NOUN"
        and "nomn" in p.tag
        and not {"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(","))
        for p in parse(fold(word))[:3]
    )


# Kinds a figure gives: a question quoting one of its own asks about something else.
_FIGURES = frozenset({AnswerType.DATE, AnswerType.DURATION, AnswerType.QUANTITY, AnswerType.MONEY})


def beyond_quoted(
    entry: Entry, wanted: AnswerType | None, words: tuple[str, ...], typed: str
) -> bool:
    """Does the entry give a figure the question does not quote itself? "Сколько времени
    займёт сократить доставку до 7–8 дней?" quotes the target to ask how long reaching it
    takes; the span "этот срок можно сократить до 7–8 дней" holds that figure and no other, so
    it answers nothing — what it gives is what the reader wrote. The span holding a quoted
    number is the fact the question is about (another span's "15–18 дней" is today's time, of
    another fact); an entry holding none of the quoted numbers is not judged here. Only
    numbers typed in digits (``typed``: the message) are quoted: "священное число семь"
    names the number it asks about."""
    if wanted not in _FIGURES or entry.kind is EntryKind.LIST:
        return True
    written = fold(typed)
    quoted = {word for word in words if word[:1].isdigit() and word in written}
    if not quoted:
        return True
    holding = [numbers for span in entry.spans if quoted & (numbers := _numbers(span.text))]
    return not holding or any(numbers - quoted for numbers in holding)


def only_quoted(entry: Entry, words: tuple[str, ...], typed: str) -> bool:
    """Is ``entry`` a figure whose every number the question quotes in digits ("что нужно,
    чтобы сократить доставку до 7–8 дней" and the figure "7–8 дней")? What it gives is what
    the reader wrote: the question asks about it, not for it."""
    if entry.kind is not EntryKind.FIGURE:
        return False
    written = fold(typed)
    quoted = {word for word in words if word[:1].isdigit() and word in written}
    held = set().union(*(_numbers(span.text) for span in entry.spans))
    return bool(quoted) and bool(held) and held <= quoted


def _numbers(text: str) -> set[str]:
    return {token for token in tokens(text) if token[:1].isdigit()}
