"""What a person does for a living: "кем работает Гусейнов", "где работает Ишмухамедов",
"чем занимается Гаджиев", "what is Huseynov's job", "where does he work".

Such a question names a person and asks for his occupation, which a briefing gives in one
place: the person's role ("депутат Милли Меджлиса", "казахстанский политолог"). Its words
("работает", "занимается") are in no passage, so the search finds nothing it is about but
the name, and every passage of the person ties. What he is (his job) any role tells; where he
works only a role naming the body he works for ("депутат Милли Меджлиса", "помощник
президента Азербайджана") — "казахстанский политолог" names a trade, no workplace, and the
article does not give one.
"""

from __future__ import annotations

import itertools
from enum import StrEnum

from bot.language.answer_types import asks_origin
from bot.language.lexicon import word_set
from bot.language.morphology import is_known_russian, parse
from bot.language.text import is_cyrillic


class Occupation(StrEnum):
    JOB = "job"  # what he is: any role tells
    WORKPLACE = "workplace"  # where he works: a role naming a body tells
    COUNTRY = "country"  # where he is from: the profile's country tells


# Verbs of working, as typed: "где работает", "кем служит", "where does he work".
WORKING = word_set(
    "работает работал работала работают работали работать трудится трудился служит служил "
    "служила work works worked working employed"
)
_WHERE = word_set("где where")
_AS_WHAT = word_set("кем")
# A job asked for by a word of its own: "по профессии", "what is his job", "его должность".
_JOB_WORDS = word_set(
    "профессия профессии профессию профессией job jobs occupation profession employment "
    "title"  # "Aydin Guseinov - title and affiliation": his job title
)
_BUSY = word_set("занимается занимался занималась занимаются")  # "чем занимается Гусейнов"
_WHAT = word_set("чем")
# A workplace asked for by its noun: "место работы", "workplace".
_PLACE_OF_WORK = frozenset({("место", "работы"), ("места", "работы")})
_WORKPLACE_WORDS = word_set("workplace employer affiliation affiliations")


# A person's country asked for: "ИЗ КАКОЙ СТРАНЫ Тусупбеков", "ОТКУДА РОДОМ", "what COUNTRY
# is he FROM", "his NATIONALITY". (Where he travelled from is no such question: "откуда
# приехал" has a verb; "откуда политолог Тусупбеков" has none.)
_FROM_WHICH = word_set("какой какого которой which what")
_COUNTRY_NOUNS = word_set("страны государства country")
_NATIONALITY = word_set(
    "родом национальность национальности гражданство гражданин nationality citizenship"
)
_WHENCE = word_set("откуда")
_ENGLISH_BE = word_set("is are was were")


def _asks_country(words: tuple[str, ...]) -> bool:
    """ "из какой страны политолог", "откуда родом", "откуда Тусупбеков" (no verb),
    "what country is he from", "where is Tusupbekov from", "his nationality". Not an
    "откуда" of a thing's origin: "откуда у Ишмухамедова цифра семь" (what he has, after
    "у"), "откуда, почему именно семь" (``asks_origin``)."""
    if any(w in _NATIONALITY for w in words):
        return True
    triples = zip(words, words[1:], words[2:], strict=False)
    if any(a == "из" and b in _FROM_WHICH and c in _COUNTRY_NOUNS for a, b, c in triples):
        return True
    if any(_country_from(words, at) for at in range(len(words) - 1)):
        return True
    if words[:1] == ("where",) and words[-1:] == ("from",):
        return len(words) > 1 and words[1] in _ENGLISH_BE
    if any(w in _WHENCE for w in words):
        return not any(_is_verb(w) for w in words if w not in _WHENCE) and not any(
            asks_origin(words, at) or words[at + 1 : at + 2] == ("у",)
            for at, w in enumerate(words)
            if w in _WHENCE
        )
    return False


def _country_from(words: tuple[str, ...], at: int) -> bool:
    """ "FROM which country is he", "which country is he FROM": "from" right before the
    "which country" at ``at`` or after it. Not "from where, through which country, to
    where": there the country is one a route runs through, the "from" another question's."""
    if words[at] not in _FROM_WHICH or words[at + 1] not in _COUNTRY_NOUNS:
        return False
    return (at > 0 and words[at - 1] == "from") or "from" in words[at + 2 :]


def _is_verb(word: str) -> bool:
    """A Russian verb or participle, by its likeliest reading."""
    if not is_cyrillic(word):
        return False
    parses = parse(word)
    return bool(parses) and parses[0].tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND")


def asked_occupation(words: tuple[str, ...]) -> Occupation | None:
    """The occupation a question asks for (folded words, stop words included), or None."""
    if _asks_country(words):
        return Occupation.COUNTRY
    pairs = set(itertools.pairwise(words))
    working = any(w in WORKING for w in words)
    if (working and any(w in _WHERE for w in words)) or pairs & _PLACE_OF_WORK:
        return Occupation.WORKPLACE
    if any(w in _WORKPLACE_WORDS for w in words):
        return Occupation.WORKPLACE
    if working and any(w in _AS_WHAT for w in words):
        return Occupation.JOB
    if any(w in _JOB_WORDS for w in words) or any(
        a in _WHAT and b in _BUSY for a, b in itertools.pairwise(words)
    ):
        return Occupation.JOB
    if (
        any(w in _HELD_POSTS for w in words)
        and any(w in _HOLDING for w in words)
        and not any(w in _STANCE_ON for w in words)
    ):
        return Occupation.JOB  # "what position does Huseynov hold", "Huseynov: post held?"
    return None


# A post asked for as one held: "what position does he hold", "office held". Alone these
# nouns name a stance ("Azerbaijan's position") or a social-media post (Hajiyev's in X).
_HELD_POSTS = word_set("position positions post posts office offices")
_HOLDING = word_set("hold holds held holding occupy occupies occupied")
# A position held ON a thing is a stance: "what position did he hold on the declaration".
_STANCE_ON = word_set("on about regarding towards toward concerning")


def names_workplace(role: str) -> bool:
    """Does a role name the body its holder works for: a name after its first word ("депутат
    Милли Меджлиса") or a noun in the genitive ("помощник президента Азербайджана")? A trade
    with its qualifiers ("казахстанский политолог") names none."""
    words = [w.strip(",.;:()«»") for w in role.split()]
    for word in words[1:]:
        if not word or not is_cyrillic(word):
            continue
        if word[:1].isupper():
            return True
        parses = parse(word.lower())
        if parses and parses[0].tag.POS == "NOUN" and "gent" in parses[0].tag:
            return True
    return False


# Combining forms a compound noun of a trade opens with ("грузоперевозчик", "авиаперевозчик",
# "агроэксперт"): the compound names whom its head names, a dictionary that lists it as a
# thing notwithstanding.
_COMBINING_FORMS = ("грузо", "авиа", "авто", "агро", "энерго", "нефте", "газо", "электро")
_SHORTEST_HEAD = 4  # "грузо|вик" is no compound of a trade


def person_noun(word: str) -> str | None:
    """The lemma of a Russian noun naming a person by office or trade ("министры",
    "перевозчики", "грузоперевозчики") — animate, not a name — or None. A compound is read
    by its head ("грузо|перевозчики": "перевозчики") when the whole is not animate."""
    if not is_cyrillic(word) or not is_known_russian(word):
        return None
    lemma = _animate_lemma(word)
    if lemma is not None:
        return lemma
    for form in _COMBINING_FORMS:
        head = word.removeprefix(form)
        if head != word and len(head) >= _SHORTEST_HEAD and is_known_russian(head):
            lemma = _animate_lemma(head)
            if lemma is not None:
                return form + lemma
    return None


def _animate_lemma(word: str) -> str | None:
    """The normal form of ``word`` when its likeliest reading is an animate common noun."""
    parses = parse(word)
    if not parses:
        return None
    tag = parses[0].tag
    if tag.POS != "NOUN" or "anim" not in tag or {"Name", "Surn", "Patr"} & tag.grammemes:
        return None
    return str(parses[0].normal_form).replace("ё", "е")


def names_many(word: str) -> bool:
    """Is ``word`` a noun of people by trade in the plural ("перевозчики", "министры")? A
    reply then says the article has no words of these people, not of "this person"."""
    if person_noun(word) is None:
        return False
    parses = parse(word)
    return bool(parses) and parses[0].tag.number == "plur"
