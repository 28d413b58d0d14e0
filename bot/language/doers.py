"""Who did a deed: the people a passage names as its doers, and those a question names.

"В какой соцсети Ишмухамедов опубликовал пост?" names Ishmukhamedov as the one who posted;
the passage "Ишмухамедов также прокомментировал публикацию … Хикмета Гаджиева в социальной
сети X" tells a post in X — Hajiyev's, which Ishmukhamedov only commented on. Its words
match the question nearly all, yet it answers nothing about a post of his: the deed asked
is another man's there. So a passage answers a question naming the doer of a deed only
when, where it tells that deed, he is the one doing it:

- a verb of the deed ("опубликовал", "выступал", "подписали") done by the people named in
  the nominative in its stretch of the sentence ("президент Токаев выступал в Габале"), or,
  when that stretch names nobody and opens no clause of its own ("где тот отметил"), in the
  stretches before it ("Ильхам Алиев, президент Азербайджана, прибыл");
- a noun of the deed ("публикация", "подписание") done by the person named in the genitive
  right after it ("публикацию помощника президента … Гаджиева"), else as a verb's deed.

A sentence telling the deed with nobody named ("стороны подписали", "я предложил") says
nothing of who did it: such a passage is never judged another's. Names are read by their
surname shape (``names.surname_parts``: "Токаев", "Токаева", "Токаевым" share one stem),
the dictionary being unreliable for rare surnames ("Токаев" as a plural of "токай").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from bot.language.lexicon import word_set
from bot.language.morphology import parse
from bot.language.names import surname_parts
from bot.language.predicates import kin, related
from bot.language.romanise import same_name
from bot.language.sentences import sentence_spans
from bot.language.text import fold, is_cyrillic
from bot.patterns import lazy

# Parts of speech that tell a deed done ("опубликовал", "подписано", "подписав").
_VERB_POS = frozenset({"VERB", "INFN", "PRTS", "GRND"})
# Endings of a noun naming the deed itself ("публикация", "подписание", "строительство").
_DEED_NOUN_ENDINGS = ("ние", "тие", "ство", "ция")
# Prefixes a perfective verb adds to the stem its noun keeps ("о-публиковать": "публикация").
_PREFIXES = ("о", "об", "по", "вы", "при", "под", "с", "за", "на", "у", "про", "пере", "раз", "от")
# Case endings of a surname in the nominative (a man's bare stem, "-ий"; a woman's "-ая").
_NOMINATIVE = frozenset({"", "ий", "ая"})
# ... and in the genitive, naming whose a deed noun's deed is ("публикация Гаджиева").
_GENITIVE = frozenset({"а", "ого", "ой"})
# Words opening a clause with a subject of its own ("где тот отметил", "который подписал").
_CLAUSE_OPENERS = frozenset({"где", "который", "которая", "которые", "которого", "что", "тот"})
# How far after a deed noun its doer's genitive may stand ("публикацию помощника президента
# Азербайджана Хикмета Гаджиева": five words).
_OWNER_REACH = 6
# A stretch of a sentence: between commas, dashes, colons and semicolons.
_STRETCH_BREAK = lazy(r",(?!\d)|\s[-–—]\s|[;:]")

Lemma = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class Told:
    """One sentence telling the deed: the surname stems of those it says did it (empty when
    it names nobody doing it)."""

    doers: frozenset[str]


def person_stem(word: str) -> tuple[str, str] | None:
    """(stem, case ending) of a word shaped like a declining surname, any case, as typed or
    folded ("токаев", "Токаевым"); None for any other word."""
    clean = word.strip("«»\"'.,;:!?()“”„—–-")
    if not clean or not is_cyrillic(clean):
        return None
    parts = surname_parts(clean[:1].upper() + clean[1:].lower())
    if parts is None:
        return None
    stem, ending = parts
    return fold(stem), ending


def nominative_person(word: str) -> str | None:
    """The stem of a surname written in the nominative ("Алиев", "Токаев"), else None."""
    parts = person_stem(word)
    return parts[0] if parts is not None and parts[1] in _NOMINATIVE else None


def _genitive_person(word: str) -> str | None:
    parts = person_stem(word)
    return parts[0] if parts is not None and parts[1] in _GENITIVE else None


def _deed_noun(lemma: str, verb: str) -> bool:
    """A noun naming the verb's deed: "подписание" of "подписать", "публикация" of
    "опубликовать" (its perfective prefix dropped)."""
    if not lemma.endswith(_DEED_NOUN_ENDINGS):
        return False
    stems = {verb, *(verb[len(p) :] for p in _PREFIXES if verb.startswith(p))}
    return any(len(stem) >= 5 and kin(lemma, stem) for stem in stems)


def _deed_at(word: str, verb: str, wanted: frozenset[str]) -> tuple[str, str] | None:
    """("verb", its lemma) when the word is a form of the deed's verb or a paraphrase of it,
    ("noun", its lemma) when it names the deed, else None."""
    clean = fold(word.strip("«»\"'.,;:!?()“”„—–-"))
    if not clean or not is_cyrillic(clean):
        return None
    first = parse(clean)[:1]
    if not first:
        return None
    reading = first[0]
    if reading.tag.POS in _VERB_POS:
        if reading.tag.POS == "PRTS":
            infinitive = reading.inflect({"INFN"})
            lemma = str(infinitive.word if infinitive is not None else reading.normal_form)
        else:
            lemma = str(reading.normal_form)
        lemma = lemma.replace("ё", "е")
        return ("verb", lemma) if lemma in wanted else None
    if reading.tag.POS == "NOUN":
        lemma = str(reading.normal_form).replace("ё", "е")
        if lemma in wanted or _deed_noun(lemma, verb):
            return "noun", lemma
    return None


def _subjects(stretch: list[str]) -> frozenset[str]:
    return frozenset(stem for w in stretch if w[:1].isupper() and (stem := nominative_person(w)))


def _stretches(sentence: str) -> list[list[str]]:
    return [part.split() for part in _STRETCH_BREAK.split(sentence)]


def _doers_of_verb(stretches: list[list[str]], at: int) -> frozenset[str]:
    """The nominative people of the verb's stretch; if none and it opens no clause of its
    own, those of the stretches before it, nearest first."""
    own = _subjects(stretches[at])
    if own:
        return own
    if stretches[at][:1] and fold(stretches[at][0]) in _CLAUSE_OPENERS:
        return frozenset()
    for before in reversed(stretches[:at]):
        found = _subjects(before)
        if found:
            return found
        if before[:1] and fold(before[0]) in _CLAUSE_OPENERS:
            break
    return frozenset()


def _owner(stretch: list[str], at: int) -> str | None:
    """The person named in the genitive right after a deed noun, capitalised."""
    for word in stretch[at + 1 : at + 1 + _OWNER_REACH]:
        if word[:1].isupper():
            stem = _genitive_person(word)
            if stem is not None:
                return stem
    return None


@lru_cache(maxsize=2048)
def deeds_told(text: str, verb: str) -> tuple[Told, ...]:
    """Each sentence of ``text`` telling the deed of the Russian ``verb`` (a lemma, any
    voice or paraphrase: ``related``), with who it says did it."""
    wanted = related(verb)
    found: list[Told] = []
    for start, end in sentence_spans(text):
        stretches = _stretches(text[start:end])
        at_deed = [
            (at, place, kind, lemma)
            for at, stretch in enumerate(stretches)
            for place, word in enumerate(stretch)
            if (read := _deed_at(word, verb, wanted)) is not None
            for kind, lemma in (read,)
        ]
        if not at_deed:
            continue
        # the deed's own verb or noun, when the sentence holds it, tells whose it is, not a
        # paraphrase beside it ("по приглашению Токаева … Алиев прибыл с визитом")
        own = [d for d in at_deed if kin(d[3], verb) or _deed_noun(d[3], verb)]
        doers: set[str] = set()
        for at, place, kind, _lemma in own or at_deed:
            stretch = stretches[at]
            owner = _owner(stretch, place) if kind == "noun" else None
            if owner is not None:
                doers.add(owner)
            else:
                doers |= _doers_of_verb(stretches, at)
        found.append(Told(frozenset(doers)))
    return tuple(found)


# A place a stretch puts its deed in: a preposition, then a capitalised name ("в Габале").
_PLACED = lazy(r"(?:^|\s)(?:в|во|на)\s+[А-ЯЁ]")


def tells(texts: tuple[str, ...], verb: str, doers: frozenset[str]) -> bool:
    """Do the ``texts`` tell the deed, done by one of ``doers`` or by nobody named?"""
    told = [t for text in texts for t in deeds_told(text, verb)]
    return any(not t.doers or t.doers & doers for t in told)


def placed_at_another_deed(texts: tuple[str, ...], doers: frozenset[str] | None) -> bool:
    """Does a stretch of the ``texts`` put one of ``doers`` (None: anyone named) in a place
    doing something — he its nominative subject, with a verb and a place in it ("когда
    президент Токаев выступал в Габале")? Of a passage not telling the deed asked, that
    place is another deed's: "где встречались Алиев и Токаев" is not answered by where
    Tokayev spoke."""
    for text in texts:
        for start, end in sentence_spans(text):
            for stretch in _stretches(text[start:end]):
                subjects = _subjects(stretch)
                if doers is not None:
                    subjects &= doers
                if not subjects or not _PLACED.search(" ".join(stretch)):
                    continue
                if any(
                    (first := parse(fold(w.strip("«»\"'.,;:!?()“”„—–-")))[:1])
                    and first[0].tag.POS == "VERB"
                    for w in stretch
                    if is_cyrillic(w)
                ):
                    return True
    return False


def done_by_others(texts: tuple[str, ...], verb: str, doers: frozenset[str]) -> bool:
    """Do the ``texts`` tell the deed only as done by people other than ``doers`` (surname
    stems)? False when they do not tell it, when one of them does it, and when a sentence
    telling it names nobody doing it (who did is not said, so not denied)."""
    told = [t for text in texts for t in deeds_told(text, verb)]
    if not told or any(not t.doers for t in told):
        return False
    return all(not (t.doers & doers) for t in told)


# Deeds of judging another's words: "Ишмухамедов прокомментировал публикацию Гаджиева" tells
# Ishmukhamedov's view of Hajiyev's post (``judging_told``).
_JUDGING_DEEDS = (
    "прокомментировать",
    "комментировать",
    "оценить",
    "оценивать",
    "отреагировать",
    "реагировать",
    "отозваться",
)


def judging_told(texts: tuple[str, ...]) -> frozenset[str]:
    """The surname stems of those the ``texts`` tell judging somebody's words — commenting,
    assessing, reacting: "Ишмухамедов также прокомментировал публикацию … Гаджиева" is
    Ishmukhamedov's deed. A passage of Hajiyev's post telling that is Ishmukhamedov's
    reaction to Hajiyev, never Hajiyev's to Ishmukhamedov."""
    return frozenset(
        doer
        for text in texts
        for verb in _JUDGING_DEEDS
        for told in deeds_told(text, verb)
        for doer in told.doers
    )


# English deeds, each by the forms of its verb and noun (the stemmer does not join "spoke"
# and "speak", "wrote" and "post"): a question's deed word, and a passage's, in one group.
_EN_DEEDS = (
    word_set("post posted posts posting publish published publication write wrote written tweet"),
    word_set("speak spoke spoken speaks speaking speech address addressed"),
    word_set("meet met meets meeting talks"),
    word_set("sign signed signs signing"),
    word_set("propose proposed proposes proposal suggest suggested"),
    word_set("invite invited invites invitation"),
    word_set("comment commented comments"),
)
# Words before a noun ("the post", "his speech"): the deed word is no verb there.
_EN_DETERMINERS = word_set("the a an his her its their this that these those whose")
# Deed words that are only nouns: a question's deed is asked by its verb.
_EN_NOUNS = word_set("publication speech meeting talks proposal invitation")
# Words that may stand between an English subject and its verb ("Tokayev also spoke").
_EN_BETWEEN = word_set("also then recently later had has have was were did will would just")
_EN_CLAUSE = lazy(r"[.;!?](?:\s|$)")

Person = Callable[[str], bool]


def english_deed(
    words: tuple[str, ...], subject: Callable[[int], bool]
) -> tuple[int, range] | None:
    """(group of ``_EN_DEEDS``, the positions of its subject) of an English question naming the
    doer of a deed: a name (``subject``: at a position, a person named as no owner nor
    object) right before the verb — "where did ALIYEV POST", "where did Aliyev and Tokayev
    MEET" — not a noun ("Hajiyev's post", "the meeting") nor a deed after something else
    ("Aliyev aide who posted": the aide posted); None otherwise."""
    for at in range(len(words)):
        if not subject(at):
            continue
        after = at + 1
        while after < len(words) and (
            words[after] in _EN_BETWEEN or words[after] == "and" or subject(after)
        ):
            after += 1
        if after < len(words) and words[after] not in _EN_NOUNS:
            for group, forms in enumerate(_EN_DEEDS):
                if words[after] in forms:
                    return group, range(at, after)
    return None


def english_deed_verb(words: tuple[str, ...]) -> int | None:
    """The group of the deed an English question asks by its verb, whoever did it ("where
    did the two presidents MEET"): a deed word after no determiner nor owner ("the
    meeting", "Hajiyev's post"), no noun only; None otherwise."""
    for at, word in enumerate(words):
        before = words[at - 1] if at else ""
        if before in _EN_DETERMINERS or before in ("s", "of") or word in _EN_NOUNS:
            continue
        for group, forms in enumerate(_EN_DEEDS):
            if word in forms:
                return group
    return None


def _en_word(raw: str) -> str:
    return raw.strip("«»\"'.,;:!?()“”„—–-").removesuffix("'s").removesuffix("’s")


def _en_subject(words: list[str], at: int, person: Person) -> str | None:
    """The person's name before an English verb: right before it ("Tokayev spoke"), or
    before an apposition set off by commas ("Hikmet Hajiyev, aide to …, wrote")."""
    back = at - 1
    while back >= 0 and _en_word(words[back]).lower() in _EN_BETWEEN:
        back -= 1
    if back < 0:
        return None
    if words[back].endswith(","):
        opened = [i for i in range(back) if words[i].endswith(",")]
        if not opened:
            return None
        back = opened[0]
    name = _en_word(words[back])
    return name.lower() if name[:1].isupper() and person(name.lower()) else None


def _en_owner(words: list[str], at: int, person: Person) -> str | None:
    """Whose an English deed noun is: "Hajiyev's post", "the post of Hikmet Hajiyev"."""
    if at and words[at - 1].endswith(("'s", "’s")):
        name = _en_word(words[at - 1])
        return name.lower() if person(name.lower()) else None
    if at + 1 < len(words) and words[at + 1] == "of":
        for raw in words[at + 2 : at + 6]:
            name = _en_word(raw)
            if name[:1].isupper() and person(name.lower()):
                return name.lower()
            if raw.endswith(","):
                break
    return None


def english_deeds_told(text: str, group: int, person: Person) -> tuple[Told, ...]:
    """Each clause of an English ``text`` telling the deed of ``group``, with who did it:
    the subject of its verb, or the owner of its noun. A noun with no owner ("commented on
    the post") tells nothing of whose the deed is, and is passed over."""
    forms = _EN_DEEDS[group]
    found: list[Told] = []
    for clause in _EN_CLAUSE.split(text):
        words = clause.split()
        for at, raw in enumerate(words):
            word = _en_word(raw).lower()
            if word not in forms:
                continue
            before = _en_word(words[at - 1]).lower() if at else ""
            noun = (
                before in _EN_DETERMINERS or words[at - 1].endswith(("'s", "’s")) if at else False
            )
            if noun or (at + 1 < len(words) and words[at + 1] == "of"):
                owner = _en_owner(words, at, person)
                if owner is not None:
                    found.append(Told(frozenset({owner})))
                continue
            subject = _en_subject(words, at, person)
            found.append(Told(frozenset({subject}) if subject else frozenset()))
    return tuple(found)


def spelling(name: str) -> str:
    """A Latin name as any transliteration spells it: "Tokaev", "Tokayev"; "Hadzhiev",
    "Gadziev" («дж» as "dzh", "dz" or "j")."""
    for written, said in (
        ("kh", "h"),
        ("dzh", "j"),
        ("dz", "j"),
        ("dj", "j"),
        ("y", ""),
        ("ie", "e"),
    ):
        name = name.replace(written, said)
    return name


def _one_of(name: str, doers: frozenset[str]) -> bool:
    """Is ``name`` one of ``doers`` however either is romanised (``romanise.same_name``:
    "Tokaev" is "Tokayev", "Gajiyev" and "Hajiyev" one Гаджиев): a reader's romanisation is
    no other doer."""
    return any(same_name(name, doer) for doer in doers)


def english_done_by_others(
    texts: tuple[str, ...], group: int, doers: frozenset[str], person: Person
) -> bool:
    """``done_by_others`` for an English passage's texts and a question's English names,
    however transliterated ("Tokaev" is "Tokayev")."""
    told = [t for text in texts for t in english_deeds_told(text, group, person)]
    if not told or any(not t.doers for t in told):
        return False
    return not any(_one_of(name, doers) for t in told for name in t.doers)


def english_placed_at_another_deed(
    texts: tuple[str, ...], doers: frozenset[str] | None, person: Person
) -> bool:
    """``placed_at_another_deed`` in English: one of ``doers`` right before a verb put in a
    place ("President Tokayev spoke in Gabala")."""
    for text in texts:
        for clause in _EN_CLAUSE.split(text):
            words = [_en_word(w) for w in clause.split()]
            for at in range(len(words) - 3):
                name = words[at].lower()
                if not (words[at][:1].isupper() and person(name)):
                    continue
                if doers is not None and not _one_of(name, doers):
                    continue
                verb, where, place = words[at + 1], words[at + 2], words[at + 3]
                if verb.islower() and where in ("in", "at") and place[:1].isupper():
                    return True
    return False
