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
# Tags closing a statement to seek the listener's nod ("…, right?", "…, you know?").
_TAGS = tuple(tuple(tag.split()) for tag in ("right", "yeah", "you know", "you see"))
# The asker speaking of himself at a statement's start ("So I'm …", "We are …", "My …"); the
# apostrophe splits "I'm" into "i" and "m".
_ASKER = word_set("i we my our me us")
_SHORTEST_PREAMBLE = 3  # words: "Hi." or "Ok." sets no scene


def question_start(text: str) -> int:
    """The offset where the question of ``text`` begins after a preamble of statements: the
    start of its first sentence closed by "?", when sentences closed by "." or "!" holding
    at least ``_SHORTEST_PREAMBLE`` words come before it; else 0 (all of it is the question).
    A message with no question mark is all question: "I need the date. Tell me." sets no
    scene apart from what it asks."""
    start = 0
    ends = list(_SENTENCE_END.finditer(text))
    for at, end in enumerate(ends):
        later = any("?" in e.group() for e in ends[at + 1 :])
        if "?" in end.group() and not (later and _tagged_statement(text[start : end.start()])):
            return _scene_set(text, start, end.start())
        start = end.end()
    embedded = _embedded(text, start, len(text))
    return _scene_set(text, start, len(text)) if embedded > start else 0


def _tagged_statement(sentence: str) -> bool:
    """Is ``sentence`` the asker's statement about himself closed by a tag ("So I'm building
    the timeline for the episode, right?", "We're doing a piece on the corridor, you know?")?
    Its question mark seeks the listener's nod, not a fact: when a question follows it, it
    sets the scene as a statement would. A statement about anyone else closed by a tag is
    put up for checking ("Aliyev arrived on the 20th, right?") and stays a question."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    tagged = any(tuple(words[-len(tag) :]) == tag for tag in _TAGS)
    return tagged and bool(set(words[:3]) & _ASKER) and words[0] not in _ASKING


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
