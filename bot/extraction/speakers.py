"""Who a speech frame names as its speaker: the subject of its verb ("Гусейнов отметил",
"— отметила эксперт", "сообщил министр Мурашко") or the person after "по словам".

A name proves a speaker only in the case and gender the frame demands: "к Савельеву" or
"публикацию … Гаджиева" is someone talked about, and a name nobody knows ("Эрдоган",
"пресс-службе Клычкова") proves nobody rather than falling back on the last speaker.
Pronouns and role nouns ("он", "эксперт") are resolved by ``coreference``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction.coreference import Scene, is_person_noun, resolve_nominative, resolve_word
from bot.extraction.mentions import Mention, Person, in_genitive, in_nominative, mention_at
from bot.extraction.roles import is_adjective
from bot.extraction.structure import WORD, Sentence, quoted_ranges
from bot.language.lexicon import word_set
from bot.language.morphology import parse
from bot.records import record

_SKIPPABLE = word_set("также отдельно ещё еще уже вновь тоже лишь затем же")
_PLAIN_ADJECTIVES = word_set("наш этот тот этот же другой сам весь")


@record
class SpeechVerb:
    """A verb of saying in its sentence: the sentence's words, which of them is the verb, and
    the gender its ending tells ("отметила" → f; None for the present tense)."""

    sentence: Sentence
    words: list[re.Match[str]]
    index: int
    gender: str | None


def subject_before(verb: SpeechVerb, scene: Scene) -> Person | None:
    """The verb's subject before it: the word right before (past adverbs), else a person
    named in the nominative earlier in the sentence whose gender fits ("Кравченко с ним
    согласилась, но добавила, что …")."""
    words, sentence, gender = verb.words, verb.sentence, verb.gender
    j = verb.index - 1
    while j >= 0 and (words[j].group(0).lower() in _SKIPPABLE or _is_adverb(words[j].group(0))):
        j -= 1
    if j < 0:
        return None
    word = words[j]
    person, mention = mention_at(scene.people, sentence.paragraph, sentence.start + word.start())
    if person is not None:
        return _as_subject(person, mention, gender)
    found = resolve_nominative(
        word.group(0), sentence, sentence.start + word.start(), scene, gender
    )
    if found is not None:
        return found
    quotes = quoted_ranges(sentence.text)
    for earlier in reversed(words[:j]):
        if any(s <= earlier.start() < e for s, e in quotes):
            continue
        person, mention = mention_at(
            scene.people, sentence.paragraph, sentence.start + earlier.start()
        )
        if person is not None:
            return _as_subject(person, mention, gender)
    return None


def subject_after(verb: SpeechVerb, people: Sequence[Person]) -> Person | None:
    """ "Как сказал … председатель Комитета Данияр Ахметжанов, «…»": the name after the verb.

    Only a name in the nominative can be the subject ("Напомним, что … Ильхама Алиева" is not).
    """
    words, index, sentence = verb.words, verb.index, verb.sentence
    if not any(
        "past" in p.tag or ("sing" in p.tag and "3per" in p.tag)
        for p in parse(words[index].group(0).lower())[:1]
    ):
        return None
    for word in words[index + 1 : index + 12]:
        person, mention = mention_at(people, sentence.paragraph, sentence.start + word.start())
        if person is not None:
            return _as_subject(person, mention, verb.gender)
        if "«" in sentence.text[words[index].end() : word.start()]:
            return None
    return None


def _as_subject(person: Person, mention: Mention, gender: str | None) -> Person | None:
    """The person, if this mention can be the verb's subject: nominative, gender agreeing."""
    fits = in_nominative(person, mention) and gender in (None, person.gender)
    return person if fits else None


def _is_adverb(word: str) -> bool:
    parses = parse(word.lower())
    return bool(parses) and parses[0].tag.POS in {"ADVB", "PRCL"} and word[:1].islower()


def subject_in_phrase(
    phrase: str, sentence: Sentence, offset_in_sentence: int, scene: Scene, gender: str | None
) -> Person | None:
    """Who "— отметил <phrase>" names: a person in the nominative whose gender fits the verb,
    else a pronoun or role noun; a name nobody knows ("Эрдоган", "пресс-службе Клычкова")
    proves nobody — it must not fall back on the last speaker."""
    words = list(WORD.finditer(phrase))
    base = sentence.start + offset_in_sentence
    named = False
    for word in words:
        person, mention = mention_at(scene.people, sentence.paragraph, base + word.start())
        if person is None:
            named = named or word.group(0)[:1].isupper()
            continue
        named = True
        if in_nominative(person, mention) and gender in (None, person.gender):
            return person
    if named:
        return None
    qualifiers: list[str] = []
    for word in words[:3]:
        if _is_adjective(word.group(0)):
            qualifiers.append(word.group(0).lower())  # "турецкий министр", "российский …"
            continue
        found = resolve_word(word.group(0), sentence, base, scene, gender)
        if found is not None and _fits(found, qualifiers):
            return found
        if found is not None:
            return None
    return None


def _fits(person: Person, qualifiers: list[str]) -> bool:
    """ "турецкий министр" is not Лавров: each adjective must agree with the role or country."""
    known = f"{person.role} {person.country}".lower()
    return all(q[:5] in known for q in qualifiers if q not in _PLAIN_ADJECTIVES)


def source_of(
    frame: re.Match[str], sentence: Sentence, scene: Scene
) -> tuple[Person | None, int | None]:
    """Who "по словам …" names, and where the reported words start (after its comma).

    Only a person the frame itself names: "по словам политолога Руслана Тусупбекова",
    "по его словам", "по словам эксперта". Not "по словам источника, близкого к Савельеву",
    not "по данным Росстата", not two people at once ("Петрова и его заместителя …").
    """
    text = sentence.text
    pronoun = frame.group("pronoun")
    if pronoun:
        if pronoun == "их":
            return None, None
        who = resolve_word(pronoun, sentence, sentence.start + frame.start(), scene)
        comma = text.find(",", frame.end())
        return who, (comma + 1 if comma >= 0 and comma - frame.end() < 3 else None)
    rest_start = frame.end()
    words = list(WORD.finditer(text, rest_start))
    if not words:
        return None, None
    head = next((w for w in words if not _is_adjective(w.group(0))), words[0])
    person, mention = mention_at(scene.people, sentence.paragraph, sentence.start + head.start())
    if person is None and not is_person_noun(head.group(0)):
        return None, None  # "источника", "данным Росстата", "экспертов"
    if person is not None and head is not words[0]:
        return None, None  # "по словам знакомых Савельева": the words are not his
    candidates = sorted(
        (mention.start - sentence.start, mention.end - sentence.start, person, mention)
        for person in scene.people
        for mention in person.mentions
        if mention.paragraph == sentence.paragraph
        and rest_start <= mention.start - sentence.start < rest_start + 160
    )
    for local, local_end, person, mention in candidates[:1]:
        between = text[rest_start:local]
        if ("," in between and not _apposition(between)) or " и " in between:
            break
        if not in_genitive(person, mention):
            break
        comma = text.find(",", local_end)
        if " и " in text[local_end : comma if comma >= 0 else len(text)][:40]:
            return None, None  # "по словам Петрова и Смирновой": two people, neither alone
        return person, (comma + 1 if comma >= 0 else None)
    word = words[0]
    who = resolve_word(word.group(0), sentence, sentence.start + word.start(), scene)
    comma = text.find(",", word.end())
    return who, (comma + 1 if comma >= 0 and comma - word.end() < 2 else None)


def _apposition(between: str) -> bool:
    """ "депутата Милли Меджлиса, члена … группы": commas between role phrases, no verb —
    each part after a comma opens with a word for a person ("члена"), so "тренера, на
    финале Гран-при Петросян …" is a role and then the reported clause, not one phrase."""
    if any(
        p.tag.POS in {"VERB", "GRND", "CONJ"}
        for w in WORD.findall(between)
        for p in parse(w.lower())[:1]
    ):
        return False
    parts = between.split(",")[1:]
    for part in parts:
        words = [w for w in WORD.findall(part) if not _is_adjective(w)]
        if not words or not is_person_noun(words[0]):
            return False  # "министра, Хинштейн проверит": a new clause, not an apposition
    return True


def _is_adjective(word: str) -> bool:
    """A lower-case adjective or participle ("казахстанского", "турецкий")."""
    return word[:1].islower() and is_adjective(word.lower())
