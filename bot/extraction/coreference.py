"""Coreference: the person a pronoun or role noun stands for ("он", "эксперт", "политолога").

The last name mentioned is often the person being talked about ("публикацию … Гаджиева"),
not the one speaking. So a pronoun or role noun resolves to whoever holds the floor when
gender and role fit — unless someone of the right gender has since been introduced as a
subject — and "эксперты" or "их" resolve to nobody. What the walk over paragraphs remembers
for this is one small ``Floor``, passed to each sentence explicitly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.extraction.mentions import Person, in_nominative, mentioned_before
from bot.extraction.structure import Sentence, quoted_ranges
from bot.language.lexicon import FEMALE_PRONOUNS, MALE_PRONOUNS, word_set
from bot.language.morphology import parse
from bot.records import record

GENERIC_ROLES = word_set("эксперт аналитик спикер специалист")
# "тот"/"та" ("где тот отметил") stand for someone other than the sentence's subject.
_OTHER_PRONOUNS = frozenset({"тот", "та"})
_MALE_PRONOUNS = MALE_PRONOUNS | {"тот"}
_FEMALE_PRONOUNS = FEMALE_PRONOUNS | {"та"}


@record
class Floor:
    """Who holds the floor when a sentence is read: all the walk over paragraphs remembers.

    ``speaker`` took the floor at ``since`` (paragraph, offset). ``unknown``: someone the
    article does not let us name spoke last, so "он" proves nobody. ``answerer``: inside an
    interview answer, whose answer it is ("он" there is never the answerer).
    """

    speaker: Person | None = None
    since: tuple[int, int] = (-1, -1)
    unknown: bool = False
    answerer: Person | None = None

    def taken(self, speaker: Person | None, at: tuple[int, int]) -> Floor:
        """The floor after a frame: its speaker holds it from ``at``; None, an unnamed one."""
        return replace(self, speaker=speaker, since=at, unknown=speaker is None)


@record
class Scene:
    """What one sentence is read against: everyone the article names, the text of the
    sentence's paragraph, and who holds the floor."""

    people: Sequence[Person]
    paragraph: str
    floor: Floor


def resolve_word(
    word: str, sentence: Sentence, offset: int, scene: Scene, gender: str | None = None
) -> Person | None:
    """A pronoun or role noun → the person meant.

    Who is speaking wins (the focus), unless a person of the right gender has since been
    introduced as a subject in this paragraph ("Политолог Олег Сидоров с этим не согласен.
    «…», — считает он."). ``gender`` comes from the verb ("отметила эксперт").
    """
    lower = word.lower()
    recent = [
        p
        for p in mentioned_before(scene.people, sentence.paragraph, offset)
        if p is not scene.floor.answerer
    ]
    if lower in _MALE_PRONOUNS or lower in _FEMALE_PRONOUNS:
        gender = "m" if lower in _MALE_PRONOUNS else "f"
    if gender is not None:
        recent = [p for p in recent if p.gender == gender]
    if lower in _OTHER_PRONOUNS:
        others = [p for p in recent if p is not scene.floor.speaker]
        return others[0] if others else None
    introduced = _introduced_since_focus(sentence, offset, scene, recent)
    if lower in _MALE_PRONOUNS or lower in _FEMALE_PRONOUNS:
        if introduced is not None:
            return introduced
        if scene.floor.speaker is not None and scene.floor.speaker in recent:
            return scene.floor.speaker
        if scene.floor.unknown:
            return None  # "— заявил аким. … — добавил он": the unnamed one, not the last name
        return recent[0] if recent else None
    if lower in {"их", "они"}:
        return None
    nouns = [p for p in parse(lower)[:2] if p.tag.POS == "NOUN"]
    if not nouns or all("plur" in p.tag for p in nouns):
        return None  # "эксперты", "аналитики": a group is nobody in particular
    lemmas = {p.normal_form for p in nouns}
    if lemmas & GENERIC_ROLES:
        if introduced is not None:
            return introduced
        if scene.floor.speaker is not None and scene.floor.speaker in recent:
            return scene.floor.speaker
        return next((p for p in recent if p.role), None)
    for candidate in ([scene.floor.speaker] if scene.floor.speaker in recent else []) + recent:
        if (
            candidate is not None
            and candidate.role
            and any(lemma[:5] in candidate.role.lower() for lemma in lemmas)
        ):
            return candidate
    # "Остапенко также отметил … По мнению экономиста, …": a role word nobody's role holds,
    # right after this paragraph's own speaker took the floor, is that speaker.
    if (
        scene.floor.speaker is not None
        and scene.floor.speaker in recent
        and scene.floor.since[0] == sentence.paragraph
        and is_person_noun(word)
    ):
        return scene.floor.speaker
    return None


def resolve_nominative(
    word: str, sentence: Sentence, offset: int, scene: Scene, gender: str | None = None
) -> Person | None:
    """A pronoun or noun standing as the subject of a verb ("он", "эксперт") → the person."""
    lower = word.lower()
    if lower in _MALE_PRONOUNS | _FEMALE_PRONOUNS:
        if lower not in {"он", "она", "тот", "та"}:
            return None
        return resolve_word(lower, sentence, offset, scene, gender)
    if not any(p.tag.case == "nomn" for p in parse(lower)[:2]):
        return None
    return resolve_word(word, sentence, offset, scene, gender)


def _introduced_since_focus(
    sentence: Sentence, offset: int, scene: Scene, fitting: list[Person]
) -> Person | None:
    """The latest person named as a subject (nominative, outside quotes) in this paragraph,
    before ``offset`` and after the current speaker took the floor."""
    quotes = quoted_ranges(scene.paragraph)
    best: tuple[int, Person] | None = None
    for person in fitting:
        for mention in person.mentions:
            if mention.paragraph != sentence.paragraph or mention.start >= offset:
                continue
            if (mention.paragraph, mention.start) < scene.floor.since:
                continue
            if any(s <= mention.start < e for s, e in quotes):
                continue
            if in_nominative(person, mention) and (best is None or mention.start > best[0]):
                best = (mention.start, person)
    return best[1] if best and best[1] is not scene.floor.speaker else None


def is_person_noun(word: str) -> bool:
    """An animate noun in the singular, written in lower case: "политолога", "эксперта".

    Capitalised words are names of people or bodies ("Росстата"), never a role word.
    """
    return word[:1].islower() and any(
        p.tag.POS == "NOUN" and p.tag.animacy == "anim" and "sing" in p.tag
        for p in parse(word.lower())[:2]
    )
