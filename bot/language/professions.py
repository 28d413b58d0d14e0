"""Words naming what a person is: "депутат", "политолог", "the MP", "analyst".

A reader who does not remember a name asks about "тот депутат из Баку", "казахский политолог"
or "the Azerbaijani MP". The knowledge base says what each expert is (his role, its English,
his aliases); this module holds the language facts needed to read a question's word as one of
those roles: which words name the same trade in Russian and English (``PROFESSIONS``: "MP",
"deputy" and "депутат" are one), which words name any quoted person (``ANY_EXPERT``: an
"эксперт" is whoever the article quotes), and how a Russian adjective names a country
("казахский" and "казахстанский" both Kazakhstan). Which expert holds which role is the
knowledge base's (``bot.matching.roles``); nothing here names a person.
"""

from __future__ import annotations

from functools import lru_cache

from bot.language.lexicon import word_set
from bot.language.morphology import is_known_russian

# Trades, each as the words naming it in Russian (lemmas) and English (folded, singular; a
# two-word name joined by a space). A question's word and an expert's role meet in a set.
PROFESSIONS: tuple[frozenset[str], ...] = (
    frozenset(
        {
            *word_set("депутат парламентарий законодатель сенатор"),
            *word_set("deputy mp lawmaker legislator parliamentarian senator"),
            "member of parliament",
        }
    ),
    frozenset({*word_set("политолог politologist"), "political scientist"}),
    frozenset({*word_set("аналитик analyst"), "political analyst"}),
    word_set("экономист economist"),
    word_set("помощник советник aide assistant adviser advisor"),
    word_set("дипломат посол diplomat ambassador envoy"),
    word_set("журналист корреспондент обозреватель journalist correspondent reporter columnist"),
    word_set("историк historian"),
    word_set("социолог sociologist"),
    word_set("юрист lawyer"),
    word_set("министр minister"),
)
# Words naming anyone the article quotes for his view: "казахстанский эксперт" is whichever
# Kazakh the article quotes. Alone ("что сказал эксперт") they pick nobody out.
ANY_EXPERT = word_set("эксперт специалист комментатор expert specialist commentator pundit")
# English plurals of the words above ("MPs", "analysts"), read back to the singular.
_PLURAL_ENDINGS = ("s",)

# Russian adjectives of a country: its name's stem and "-ский" ("казахстанский"), or the
# people's name's ("казахский": Казах-стан, "узбекский": Узбек-истан).
_ADJECTIVE_ENDINGS = ("ский", "цкий")
_SHORTEST_STEM = 4
_STAN = ("стан", "истан")
_LONGEST_NAME_ENDING = 2  # "россий|ский" → "росси|я": what the name adds after the stem

# A role word is read from a slip only in a word this long: shorter ones are a keystroke from
# too many others.
_SHORTEST_SLIP = 5
# Letters typed out of order ("деупатт": "депутат" with two pairs swapped) keep every letter:
# a word this long may have two such slips.
_SHORTEST_SCRAMBLE = 7
_SCRAMBLED = 2  # slips: two pairs of letters out of order


def profession_of(word: str) -> frozenset[str] | None:
    """The trade a word names (a Russian lemma, an English word or two-word name, singular
    or plural), or None."""
    for words in (word, *(word.removesuffix(e) for e in _PLURAL_ENDINGS if word.endswith(e))):
        found = _BY_WORD.get(words)
        if found is not None:
            return found
    return None


def ends_profession(word: str) -> bool:
    """Can a trade's name end with the word ("scientist" of "political scientist", "аналитик";
    singular or plural)? A reader looking for names ending at each word of a question joins
    the words before it only where one can."""
    return word in _LAST_WORDS or any(
        word.removesuffix(e) in _LAST_WORDS for e in _PLURAL_ENDINGS if word.endswith(e)
    )


def names_any_expert(word: str) -> bool:
    """ "эксперт", "experts": a word naming whoever the article quotes."""
    return word in ANY_EXPERT or (word.endswith("s") and word[:-1] in ANY_EXPERT)


def role_word(word: str) -> bool:
    """Does the word (a lemma or English word) name a trade or any expert?"""
    return profession_of(word) is not None or names_any_expert(word)


@lru_cache(maxsize=4096)
def mistyped_role(word: str) -> str | None:
    """The Russian role word (a lemma of ``PROFESSIONS`` or ``ANY_EXPERT``) a word the
    dictionary does not know is a slip of, in the lemma's form or with a case ending: one letter
    dropped, added, changed or two neighbours swapped ("политолга"), or, in a long word, its
    letters typed out of order in two places ("деупатт"). None when none or several fit.

    Remembered per word: each reading of a question asks again."""
    if len(word) < _SHORTEST_SLIP or is_known_russian(word):
        return None  # "экспорт" is a word of its own, one letter from "эксперт"
    # Imported by the first unknown word: rapidfuzz costs a warm start ~40 M instructions.
    from rapidfuzz.distance import DamerauLevenshtein

    found = set()
    for lemma in _RUSSIAN_ROLES:
        for form in (lemma, lemma + "а", lemma + "ы", lemma + "у", lemma + "ом", lemma + "ов"):
            distance = DamerauLevenshtein.distance(word, form, score_cutoff=2)
            if distance <= 1 or (
                distance == _SCRAMBLED
                and len(word) >= _SHORTEST_SCRAMBLE
                and word[0] == form[0]
                and sorted(word) == sorted(form)
            ):
                found.add(lemma)
    return found.pop() if len(found) == 1 else None


def russian_country_adjective(lemma: str, country: str) -> bool:
    """Is the Russian adjective ``lemma`` one of the country ``country`` (a folded Russian
    nominative): "казахстанский" and "казахский" of "казахстан", "российский" of "россия"?"""
    ending = next((e for e in _ADJECTIVE_ENDINGS if lemma.endswith(e)), None)
    if ending is None:
        return False
    stem = lemma[: -len(ending)]
    if len(stem) < _SHORTEST_STEM:
        return False
    if stem.endswith("й"):
        stem = stem[:-1]  # "россий": "росси|я"
    if any(country == stem + stan for stan in _STAN):
        return True
    return country.startswith(stem) and len(country) - len(stem) <= _LONGEST_NAME_ENDING


_BY_WORD: dict[str, frozenset[str]] = {word: trade for trade in PROFESSIONS for word in trade}
_LAST_WORDS = frozenset(name.split()[-1] for name in _BY_WORD)
_RUSSIAN_ROLES = tuple(
    sorted(w for w in (*_BY_WORD, *ANY_EXPERT) if w[:1].isalpha() and not w.isascii())
)
