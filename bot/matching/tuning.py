"""Every number that shapes a match, in one object that can be passed in.

The values were chosen on the dev part of ``tests/eval/questions.yaml`` (see README, "Tuning
thresholds"); ``bench/`` passes variants of this object to compare them in one process.
Thresholds are apart because they are settings an operator may change.
"""

from __future__ import annotations

from dataclasses import field

from bot.knowledge.entries import Field
from bot.matching.work import Budget
from bot.records import record


@record
class Thresholds:
    """Score (0–100) from which the bot answers, and from which it offers "did you mean"."""

    answer: float = 56.0
    suggest: float = 40.0


def _field_weights() -> dict[Field, float]:
    return {
        Field.PHRASING: 1.0,
        Field.TITLE: 0.9,
        Field.SPEAKER_NAME: 0.9,
        Field.SPEAKER_ROLE: 0.6,
        Field.CONTENT: 0.7,
        Field.CONTEXT: 0.35,  # the rest of the article paragraph around the entry's spans
        Field.TOPIC: 0.3,  # below CONTEXT: a topic label alone does not explain a named thing
    }


@record(slots=False)
class Tuning:
    """How strongly each piece of evidence counts."""

    # How strongly a word in each field says "this entry is what was asked".
    fields: dict[Field, float] = field(default_factory=_field_weights)

    # The score: coverage of the question, share explained, closeness to one phrasing.
    coverage: float = 0.5
    explained: float = 0.15
    closeness: float = 0.3
    unexplained: float = 35.0  # named things the entry does not explain
    bigrams: float = 12.0

    # What the question asks for, against what the entry gives.
    price_without_money: float = -25.0  # a price, and the entry gives no amount of money
    forecast_without_number: float = -15.0  # the article reports; it does not forecast
    count_on_figure: float = 10.0  # "сколько" leans to figures
    count_without_number: float = -15.0  # "how many" answered by words without a number
    counted_not_given: float = -15.0  # what "сколько" counts is not what the entry gives
    who_on_expert: float = 6.0  # "кто" leans to experts
    who_introduced: float = 12.0  # "кто такой Токаев" leans to the text naming his office
    other_speaker: float = -25.0  # a named expert, and somebody else's words

    # Understanding the words of a question.
    budget: Budget = field(default_factory=Budget)  # what one question may cost
    english_unknown: float = 0.7  # an unseen English word is often a paraphrase
    preamble: float = 0.5  # a word of the statements setting the scene before a question
    focus_from: float = 0.9  # informativeness from which a word is what the question is about
    named_from: float = 0.8  # similarity from which a word names an expert
    soft_sign_repair: float = 0.95  # "статя" → "статья"
    spelling_repair: float = 0.95  # э written as е, a dropped ь
    slip_repair: float = 0.85  # "цль" → "цель": a slip too short for the fuzzy search
    translit_repair: float = 0.95  # a Latin word read as its transliteration
    english_synonym: float = 0.9  # an English word read as its plainer synonym
    english_slip: float = 0.9  # an English word with a letter left out or two swapped
    kin_share: float = 0.7  # "экономики" explained by "экономическими": in part
    clipped: float = (
        0.9  # "оборот" read as the briefing's "товарооборот", "инфра" as "инфраструктура"
    )
    capital_for_country: float = 0.8  # "Баку и Астана" found in a text naming the two states
    frame_collocate: float = 0.6  # "качества" read as "проявить", the word traits go with
    translit_trusted_from: float = 0.9  # ... only when that is (nearly) a briefing word
    fuzzy_short_cutoff: float = 80.0  # rapidfuzz ratio for words under 7 letters
    fuzzy_long_cutoff: float = 74.0
    fuzzy_long_from: int = 7
    repair_known_from: int = 7  # a dictionary word shorter than this is never repaired
    fuzzy_min_length: int = 4
    fuzzy_english_from: float = 0.92  # English paraphrases are not typos of our words
    fuzzy_dictionary_from: float = 0.9  # a real word is repaired only when nearly identical
    split_below: float = 0.85  # a run-together word is split when no repair is this close

    def weight(self, source: Field) -> float:
        return self.fields[source]


DEFAULT_TUNING = Tuning()
