"""A formal register's grammar around a plain question: a TV anchor's or a report's Russian.

"Для бегущей строки необходим исчерпывающий перечень отраслей, которые охватывают
подписанные документы" asks what "список сфер подписанных документов" asks; "До какой
отметки способна вырасти торговля" what "до скольки может вырасти торговля" asks; "Каким
образом он квалифицировал данный визит" what "как он назвал этот визит" asks. None of
these words names the subject, and each — no word of any passage — weighed as its rarest
word sank the passage answering. Read here:

* "перечень" is the plain "список" (in the same case), and a completeness adjective right
  before a list noun ("полный", "исчерпывающий", "подробный" список) says how much of it is
  wanted — every list the bot gives is whole;
* "данный" is the bookish "этот" ("данный визит");
* "в чём состоит / заключается X" asks what X is: the linking verb is dropped;
* "способен/способна/способно/способны" before an infinitive is the modal "может" ("способна
  вырасти" — may grow): a stop word, so dropped. The full adjective ("способный
  политик") and a short form before no infinitive stay.

Word phrases of the same register ("глава государства", "оформлено документально", "в случае,
если") are ``lexicon._OFFICIALESE_RU``; single words read as the briefing's plainer one
("отрасль", "надлежащий") ``lexicon._OFFICIALESE_WORDS_RU``.
"""

from __future__ import annotations

from bot.language.lexicon import word_set
from bot.language.morphology import parse

# "перечень" in each case, as the same case of "список"
_LIST_AS_PLAIN = {
    "перечень": "список",
    "перечня": "списка",
    "перечню": "списку",
    "перечнем": "списком",
    "перечне": "списке",
    "перечни": "списки",
    "перечней": "списков",
    "перечням": "спискам",
    "перечнями": "списками",
    "перечнях": "списках",
}
_LIST_NOUNS = frozenset(_LIST_AS_PLAIN.values()) | word_set("список")
# How whole a list is asked to be: "полный / исчерпывающий / подробный перечень"
_WHOLE_STEMS = ("полн", "исчерпывающ", "подробн", "развернут", "детальн", "всеобъемлющ")
_THIS_BOOKISH = word_set(
    # not the plural: "данные статистики" are data
    "данный данная данное данного данному данную данной данном"
)
_THIS_PLAIN = "этот"
_ABLE_SHORT = word_set("способен способна способно способны")


def _is_infinitive(word: str) -> bool:
    return any(p.tag.POS == "INFN" for p in parse(word)[:2])


def _whole(word: str) -> bool:
    """A completeness adjective ("полный", "исчерпывающего"): its stem, any ending."""
    return any(word.startswith(stem) and len(word) > len(stem) for stem in _WHOLE_STEMS)


def plain_bookish(words: list[str]) -> list[str]:
    """The folded words of a question with a formal register's grammar read plainly (see
    the module's docstring); unchanged when none of it is in them."""
    listed = [_LIST_AS_PLAIN.get(word, word) for word in words]
    out: list[str] = []
    for at, word in enumerate(listed):
        following = listed[at + 1] if at + 1 < len(listed) else None
        if word in _CONSISTS and _in_what_before(listed, at):
            continue  # "в чём состоит смысл": what the sense is
        if following in _LIST_NOUNS and _whole(word):
            continue  # "исчерпывающий перечень": the list, which is always whole
        if word in _ABLE_SHORT and following is not None and _is_infinitive(following):
            continue  # "способна вырасти": may grow
        if word in _THIS_BOOKISH and following is not None and _is_noun_like(following):
            out.append(_THIS_PLAIN)
            continue
        out.append(word)
    return out


def _is_noun_like(word: str) -> bool:
    """Is ``word`` what "данный" may point at — a noun or an adjective before one ("данный
    визит", "данное историческое событие"), not "данные" as the noun "data" ends?"""
    return any(p.tag.POS in {"NOUN", "ADJF"} for p in parse(word)[:2])


# "в чём состоит / заключается / кроется X": what X is — the verb only links the question word
# to its subject ("в чём, по мнению эксперта, состоит смысл формулы"). Weighed as a word, it
# was read as another verb of the briefing ("заключить" соглашения, "состояться").
_CONSISTS = word_set(
    "состоит состоят состояла состояло состояли заключается заключаются заключалась "
    "заключалось заключались кроется кроются сводится сводятся"
)
_IN = word_set("в во")
_WHAT = word_set("чем чём")
_CONSISTS_REACH = 6  # "в чём, по мнению Ишмухамедова, состоит": the aside between


def _in_what_before(words: list[str], at: int) -> bool:
    """Is "в чём" a few words before ``at``?"""
    start = max(0, at - _CONSISTS_REACH)
    return any(words[i] in _IN and words[i + 1] in _WHAT for i in range(start, at - 1))
