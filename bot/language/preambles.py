"""Where the question begins in a message that first sets the scene.

"I'm putting together a note on the Baku–Astana summit for our newsletter. Could you confirm
the day the Azerbaijani president arrived?" asks one thing, the date; the sentence before it
says why it is asked. Weighed as words of the subject, "note", "newsletter" and "weekly" — none
of them the briefing's — sink every entry below a suggestion. A message of statements closed
by a question is read as a preamble and its question: the question's words say what is asked,
the preamble's count a little (they may name the subject: "trade is about half a billion.
What currency?").

A colon sets a scene as a full stop does when a question opens right after it: "Готовлю
справку для пресс-службы по итогам визита: какие направления обсуждали стороны?" asks what
its second half asks; so does a semicolon ("Делаю обзор СМИ; что сказал Тусупбеков …?").
After either a question must open with a question word ("Эксперт сказал: «…», верно?" quotes
what is checked, and is all question).

A question embedded after a verb of knowing is one too, question mark or not: "Читаю статью
про визит и не понял, сколько соглашений подписали" asks how many; "не понял", "не знаю",
"интересно" only say that the reader wants to know.
"""

from __future__ import annotations

import itertools

from bot.language.lexicon import word_set
from bot.patterns import lazy

# A sentence ends at . ! ? … followed by a space or the end ("15.5" and "U.S." do not end one).
_SENTENCE_END = lazy(r"[.!?…]+(?=\s|$)")
_WORD = lazy(r"\w+")
# A colon and the word after it (a quote's opening marks may stand between), and the word
# after that (a preposition may open the question: "…: from where, through which country?").
_COLON = lazy(r"[:;]\s+[«\"„“']?(\w+)(?:\s+(\w+))?")
# Prepositions a question may open with before its question word ("from where", "in which
# city", "с какой целью", "через какое море").
_OPENING_PREPOSITIONS = word_set("from to in at by for with through via с в на из до через по за о")
# A comma and the word after it: where an embedded question may open.
_COMMA = lazy(r",\s+(\w+)")
# Words saying the reader wants to know, before an embedded question ("не понял, сколько …").
_KNOWING = word_set(
    """понял поняла поняли понимаю понятно ясно знаю знаем знал знала помню нашел нашла
    нашёл нашли уверен уверена интересно wonder know understand sure remember"""
)
# Words opening a question after a colon ("…: какие направления …?", "…: when did …?").
_ASKING = word_set(
    """что кто где когда куда откуда почему зачем сколько как каков какова каковы какой
    какая какое какие каком какую каких какого какому какими каким какой-то чем чему кого
    кому чей чья чьи ли разве неужели what who where when why how which whose whom is are
    was were do does did can could will would"""
)
QUESTION_WORDS = _ASKING  # the words a question opens with
_SHORTEST_PREAMBLE = 3  # words: "Hi." or "Ok." sets no scene


def question_start(text: str) -> int:
    """The offset where the question of ``text`` begins after a preamble of statements: the
    start of its first sentence closed by "?", when sentences closed by "." or "!" holding
    at least ``_SHORTEST_PREAMBLE`` words come before it; else 0 (all of it is the question).
    A message with no question mark is all question: "I need the date. Tell me." sets no
    scene apart from what it asks."""
    start = 0
    for end in _SENTENCE_END.finditer(text):
        if "?" in end.group():
            if start and _asks_if_told(text[start : end.start()]):
                return 0  # "Во сколько обойдутся паромы. В статье об этом говорится?"
            return _scene_set(text, start, end.start())
        start = end.end()
    embedded = _embedded(text, start, len(text))
    return _scene_set(text, start, len(text)) if embedded > start else 0


def question_end(text: str) -> int:
    """The offset where the question of ``text`` ends when a remark follows its last "?":
    "Кто предложил добавить Турцию? Можно фамилию этого человека", "… сколько хотелось бы?
    Интересует порядок величин" — the remark says why or in what shape the answer is wanted,
    as a preamble says why it is asked, and weighs as one; it asks nothing of its own (the
    kinds asked are the question's). ``len(text)`` when nothing of ``_SHORTEST_PREAMBLE``
    words or more follows the last question mark, or there is none."""
    end = text.rfind("?") + 1
    if end and len(_WORD.findall(text[end:])) >= _SHORTEST_PREAMBLE:
        return end
    return len(text)


# A question asking only whether the text tells what the sentences before it ask: "В статье
# об этом что-нибудь говорится?", "Об этом что-то сказано?", "Is there anything about it in
# the article?". It is no question of its own: the message before it is what is asked.
_ABOUT_IT = frozenset(
    {("об", "этом"), ("про", "это"), ("о", "том"), ("about", "it"), ("about", "this")}
    | {("about", "that")}
)
_TOLD_WORDS = word_set(
    """в статье тексте материале заметке об этом про это о том что-нибудь что-то хоть что
    есть ли там тут а и же вообще говорится сказано написано упоминается пишут говорят
    сказали написали пишется известно информация данные
    is there anything something about it this that in the article text piece does say
    mention mentioned said written any info information the нибудь то либо"""
)


def _asks_if_told(sentence: str) -> bool:
    """Does the sentence only ask whether the text tells "it" (``_ABOUT_IT``)?"""
    words = [w.lower() for w in _WORD.findall(sentence)]
    pairs = set(itertools.pairwise(words))
    return bool(pairs & _ABOUT_IT) and all(w in _TOLD_WORDS for w in words)


def _scene_set(text: str, start: int, end: int) -> int:
    """Where the question of the sentence ``text[start:end]`` begins (after a colon or a
    verb of knowing, when one opens it there), if what comes before it is long enough to set
    a scene; else 0."""
    start = max(start, _after_colon(text, start, end), _embedded(text, start, end))
    if start and len(_WORD.findall(text[:start])) >= _SHORTEST_PREAMBLE:
        return start
    return 0


def _embedded(text: str, start: int, end: int) -> int:
    """Where a question embedded after a verb of knowing opens in ``text[start:end]`` ("…
    и не понял, сколько соглашений подписали"); ``start`` when there is none."""
    for comma in _COMMA.finditer(text, start, end):
        before = {w.lower() for w in _WORD.findall(text[start : comma.start()])}
        if comma.group(1).lower() in _ASKING and before & _KNOWING:
            return comma.start(1)
    return start


def _after_colon(text: str, start: int, end: int) -> int:
    """Where a question opened by a question word after the last colon of the sentence
    ``text[start:end]`` begins (``start`` when there is none)."""
    found = start
    for colon in _COLON.finditer(text, start, end):
        first, second = colon.group(1).lower(), (colon.group(2) or "").lower()
        if first in _ASKING or (first in _OPENING_PREPOSITIONS and second in _ASKING):
            found = colon.start(1) - (1 if text[colon.start(1) - 1] in "«\"„“'" else 0)
    return found
