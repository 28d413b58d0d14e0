"""Questions asking for a speaker's closing words: "что Гусейнов сказал в конце", "what did
Huseynov say at the end", "чем Тусупбеков закончил" — the last passage of his the article
gives, whatever it is about.

The words placing the passage ("в конце", "напоследок", "at the end") are no words of its
subject: no passage holds "конец". They place it only when nothing but the piece itself
follows them: "в конце октября", "at the end of the year" give a time, which a passage may
well state.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.language.lexicon import by_first_word, word_set

# Folded word sequences placing what is asked at the end, longest first.
_CLOSING: tuple[tuple[str, ...], ...] = (
    ("в", "самом", "конце"),
    ("в", "конце"),
    ("под", "конец"),
    ("в", "завершение"),
    ("в", "заключение"),
    ("напоследок",),
    ("at", "the", "very", "end"),
    ("at", "the", "end"),
    ("in", "closing"),
    ("in", "conclusion"),
)
_CLOSING_BY_FIRST = by_first_word(_CLOSING)
# What may follow them and still name only the piece: "в конце статьи", "в конце своего
# комментария", "at the end of the article", "at the end of his comments".
_PIECE = word_set(
    "статьи статье материала текста публикации своего своих его комментария комментариев "
    "выступления интервью речи of the his her their article piece text story comment "
    # after a verb of ending, the piece ended: "закончил свой комментарий", "свою речь"
    "свой свое свою свои комментарий выступление речь статью публикацию "
    "comments interview remarks"
)


# "чем Гусейнов закончил свой комментарий", "как завершил Тусупбеков": what a speaker ended
# with, asked by a verb of ending his own (not "чем закончился визит", the event's end).
_ENDING = word_set(
    "закончил закончила закончили завершил завершила завершили заключил заключила "
    "подытожил подытожила кончил кончила"
)
_ENDED_WITH = word_set("чем как")
_ENDING_REACH = 3  # words from "чем" to its verb ("чем же Гусейнов закончил")


# "Huseynov's closing assessment", "заключительные слова Гусейнова", "his final remarks": an
# adjective of the end before a noun of what a speaker says names his closing passage as
# plainly as "в конце" does. Only nouns of saying: "final agreement", "последний визит",
# "итоговая оценка визита" (an overall verdict, not the last words) name no passage. Nor
# "conclusion", "вывод": "his final conclusion" is his conclusion, a word the passage's
# curated phrasings hold ("what was Huseynov's conclusion") — no place to read apart.
_CLOSING_ADJECTIVES = word_set(
    """closing final concluding last parting
    заключительный заключительная заключительное заключительные заключительного
    заключительной заключительную заключительным заключительными заключительных
    последние последних последними последнее последнего последней последнюю"""
)
_SAYING_NOUNS = word_set(
    """assessment assessments remark remarks word words statement statements verdict
    thought thoughts comment comments take point note observation
    слова слов словах словами слово фраза фразу фразы фразе мысль мысли оценка оценку
    оценки оценке реплика реплику реплики замечание замечания"""
)


def closing_positions(
    words: tuple[str, ...] | list[str], named: Callable[[str], bool] = lambda word: False
) -> frozenset[int]:
    """The positions of the words asking for the closing passage ("в конце", "at the end of
    the article", "чем он закончил свой комментарий"), the piece named after them included;
    empty when they ask none. After a verb of ending the speaker may come last, as spoken
    Russian puts him ("чем закончил свой комментарий Гусейнов", "как подытожил Тусупбеков"):
    a word ``named`` (a name the briefing knows) is passed over, and stays the question's.
    An adjective of the end before a noun of saying ("closing assessment", "заключительные
    слова") asks it too, wherever it stands; the rest of the question stays its subject."""
    for at, word in enumerate(words):
        if word not in _ENDED_WITH:
            continue
        for ahead in range(at + 1, min(at + 1 + _ENDING_REACH, len(words))):
            rest = range(ahead + 1, len(words))
            if words[ahead] in _ENDING and all(words[i] in _PIECE or named(words[i]) for i in rest):
                return frozenset({at, ahead, *(i for i in rest if not named(words[i]))})
    for at, word in enumerate(words[:-1]):
        if word in _CLOSING_ADJECTIVES and words[at + 1] in _SAYING_NOUNS:
            return frozenset({at, at + 1})
    for at, word in enumerate(words):
        for phrase in _CLOSING_BY_FIRST.get(word, ()):
            end = at + len(phrase)
            if tuple(words[at:end]) != phrase:
                continue
            if all(w in _PIECE for w in words[end:]):
                return frozenset(range(at, len(words)))
    return frozenset()
