"""Questions asking what was discussed, and passages that list it.

"что обсуждали Алиев и Токаев", "какие вопросы обсуждают стороны, по словам Тусупбекова",
"what topics did Aliyev and Tokayev discuss": the answer is a passage listing the things
discussed ("стороны обсуждали широкий спектр направлений: инвестиции, промышленность, …",
"Обсуждаются аграрная сфера, инвестиции, …"). A passage listing other things — the areas of
the agreements signed — is no answer, though it names the same people and lists as much:
its verb is another. English verbs are not read against the article's Russian ones, so the
verb of discussing is checked here, in both languages, on the passage's own words.
"""

from __future__ import annotations

import itertools

from bot.language.clauses import enumerates_items, particularises
from bot.language.lexicon import word_set
from bot.language.morphology import parse
from bot.language.predicates import ITEM_FRAMES
from bot.language.text import fold, is_cyrillic, is_latin, tokens

# Question words asking what: a list of things is asked, not whether one was discussed.
_WHAT = word_set("что чем чём какие каких какой какая какую какого каким какими what which")
# English forms of the verb and its noun (Russian ones are read by their stem below).
_DISCUSSING_EN = word_set("discuss discussed discusses discussing discussion discussions")
_DISCUSSING_RU = ("обсужд", "обсуд")
# Words after the question word that name no kind of thing ("что ещё", "what else").
_SKIPPED = word_set("ещё еще же именно конкретно вообще else other exactly then")
ASKING_FILLERS = _SKIPPED  # no subject of what was discussed, though no stop words
_AUXILIARIES = word_set("did do does was were is are has have had will would could they we")


def discussing(word: str) -> bool:
    """Is the folded word a form of "обсуждать / обсуждение / discuss"?"""
    return word in _DISCUSSING_EN or word.startswith(_DISCUSSING_RU)


# Verbs of several people talking together ("о чём говорили Алиев и Токаев"), in the plural
# or English: with two people named, what they talked about is what they discussed.
_TALKING = word_set(
    "говорили беседовали разговаривали поговорили побеседовали говорил беседовал "
    "разговаривал поговорил побеседовал talk talked talking spoke"
)


def asks_about_talk(words: tuple[str, ...]) -> bool:
    """Does the question ask what people talked about: "о чём говорили …", "what did …
    talk about"? (Whether two people talked together is for the caller to see.)"""
    about = any(a == "о" and b in ("чем", "чём") for a, b in itertools.pairwise(words))
    about = about or ("what" in words and "about" in words)
    return about and any(w in _TALKING for w in words)


def asks_discussed(words: tuple[str, ...]) -> bool:
    """Does the question ask what was discussed: a word asking what ("что", "какие", "what",
    "which") before a verb or noun of discussing ("обсуждали", "discuss")? Not when it asks
    things of a kind of their own ("какие коридоры обсуждали", "what projects were
    discussed"): only those, not a list of topics at large, answer it; the kind of items
    ("какие темы", "which issues") asks the list itself."""
    for at, word in enumerate(words):
        if discussing(word):
            asking = [i for i, w in enumerate(words[:at]) if w in _WHAT]
            return bool(asking) and _asks_topics(words[asking[-1] + 1 : at])
    return False


def _asks_topics(between: tuple[str, ...]) -> bool:
    """Do the words between the question word and the discussing name no kind of thing but
    topics? The first word saying something must be an auxiliary, a name or a verb — or
    a noun of the kind of items ("темы", "topics")."""
    for word in between:
        if word in _SKIPPED:
            continue
        if is_latin(word):
            return word in _AUXILIARIES or word in ITEM_FRAMES
        parses = parse(word) if is_cyrillic(word) else []
        if not parses:
            return True
        tag = parses[0].tag
        if tag.POS in ("ADJF", "PRTF"):
            continue  # "какие основные темы"
        if tag.POS != "NOUN" or {"Name", "Surn", "Patr"} & set(
            str(tag).replace(" ", ",").split(",")
        ):
            return True
        return str(parses[0].normal_form).replace("ё", "е") in ITEM_FRAMES
    return True


def lists_discussed(text: str) -> bool:
    """Does the text say things were discussed and list them ("стороны обсуждали …:
    инвестиции, промышленность, энергетику", "Обсуждаются аграрная сфера, инвестиции, …")?"""
    if not any(discussing(word) for word in tokens(fold(text))):
        return False
    # "Очевидно, что обсуждался вклад … В частности, речь шла о модернизации …, увеличении
    # числа локомотивов и вагонов": the discussion's particulars list its things
    return enumerates_items(text) or particularises(text, _as_discussing, _DISCUSSING_HEAD)


_DISCUSSING_HEAD = frozenset({"обсуждать"})


def _as_discussing(word: str) -> str:
    """Every form of discussing read as one lemma, any other word as itself."""
    return "обсуждать" if discussing(word) else word
