"""Formal courtesy in English: the wrappers a polite request is put in, and the honorifics a
name or a trade is decorated with.

"Would you be so kind as to indicate in which city the ceremonial welcome took place?" asks
what "In which city did the ceremonial welcome take place?" asks. But read as the subject's,
"kind" and "indicate" are words no passage holds, and "would" reads as a forecast. So are the
other wrappers of an embassy's English: "might I enquire as to …", "could you kindly identify
…", "we should be most obliged to receive …", "I would be grateful if you could tell me …",
"we would appreciate knowing …", "kindly advise …", and the parentheses "…, if I may ask, …",
"…, may I ask?". Each says that the asker asks, and how politely; none says what about.

An honorific decorates the noun it stands before: "His Excellency President Aliyev" is
President Aliyev, "Mr. Tusupbekov" Tusupbekov, "the esteemed analyst" the analyst, "the
learned expert's estimation" the expert's, "the Republic of Kazakhstan" Kazakhstan. The
decoration is no word of the subject: weighed as its rarest word ("excellency", "esteemed")
it sinks the passage on the thing decorated.

Both are blanked from the text read as asides are (``bot.language.asides``), their words
counted as understood. Only where the form leaves no doubt: a wrapper opens a clause (the
message, a sentence or a part after a comma) and is made of nothing but the words of asking
politely, a verb of telling closing it; an epithet stands between an article or a
possessive and the noun it praises ("he learned the figure" keeps its verb); a title of
address ("Mr.") before a capitalised name; "Republic of" before a capitalised name.
"""

from __future__ import annotations

from bot.language.lexicon import word_set
from bot.patterns import lazy

_WORD = lazy(r"[\w'’]+(?:[-.][\w'’]+)*")
# Where a clause opens: the message's start, or after a mark of punctuation.
_CLAUSE_MARKS = frozenset(',;:.!?—–-(«"“')

_MODALS = word_set("would could can will might may")
_ADVERBS = word_set("kindly please possibly perhaps also just graciously")
# Verbs of telling a polite request closes on: what the asker asks the bot to do. Not the
# verbs of checking ("confirm", "verify"): a check's frame is read by ``checks``.
_TELL = word_set(
    """tell indicate identify advise inform specify state share name provide give clarify
    explain outline relate enlighten apprise elucidate furnish supply point recall remind
    telling indicating identifying advising informing specifying sharing naming providing
    giving clarifying explaining outlining"""
)
_OBJECTS = word_set("me us")
# Verbs of learning a polite request closes on from the asker's side: "might I enquire",
# "we would be grateful to learn", "we should be most obliged to receive".
_LEARN = word_set(
    "ask enquire inquire learn know hear receive have obtain request ascertain establish "
    "determine discover"
)
_LEARNING = word_set("asking enquiring inquiring learning knowing hearing receiving having")
_SELF = word_set("i we one")
_SELF_WOULD = word_set("i'd we'd")
_WOULD = word_set("would should")
_GRATEFUL = word_set("grateful obliged thankful appreciative indebted glad pleased delighted")
_INTENSIFIERS = word_set("most very much extremely deeply greatly truly so really highly")
_APPRECIATE = word_set("appreciate welcome value")
_WISH = word_set("like wish")
_KIND = word_set("kind good")
_WONDER = word_set("wonder wondered wondering")
_SELF_BEING = word_set("i'm im we're")
# Words opening a question embedded after the asker's curiosity ("I'm curious what …").
_EMBEDDED_QUESTION = word_set("what how who whom whose when where why which whether")
_PERMITTED = word_set("permitted allowed")
_LEADING = word_set("and so also then now")
_AS_TO = (("as", "to"), ("about",), ("regarding",), ("concerning",), ("of",))
_SHORTEST_REST = 2  # words: what the wrapper asks about must follow it

# Parentheses of courtesy, as a part of their own: "…, if I may ask, …", "…, may I ask?".
_PARENTHESES = frozenset(
    tuple(phrase.split())
    for phrase in (
        "if i may ask",
        "if i might ask",
        "if i may",
        "if i might",
        "if i may enquire",
        "if i may inquire",
        "if i might enquire",
        "if i might inquire",
        "may i ask",
        "might i ask",
        "may i enquire",
        "might i enquire",
        "may i inquire",
        "might i inquire",
        "if you please",
        "if you would",
        "if you will",
        "if you would be so kind",
        "if you would be so good",
        "if you would kindly",
        "if you be so kind",
        "with respect",
        "with all due respect",
        "respectfully",
        "kindly",
        "pray",
        "pray tell",
        "i wonder",
        "i wondered",
        "i was wondering",
        "we wonder",
        "we were wondering",
        "if it is not too much trouble",
        "if it's not too much trouble",
        "if it is no trouble",
        "if it's no trouble",
        "if that is possible",
        "if that's possible",
        "if at all possible",
        "if you would be so kind as to tell me",
        "sir",
        "madam",
        "dear sir",
        "dear madam",
        "dear sir or madam",
        "excuse me",
        "pardon me",
        "good day",
        "greetings",
        "many thanks",
        "thank you kindly",
        "with thanks",
        "with gratitude",
        "i thank you",
        "we thank you",
    )
)

# Honorifics of address before a name ("His Excellency President Aliyev", "Mr. Tusupbekov").
_POSSESSIVES = word_set("his her their your")
_STYLES = word_set("excellency excellencies majesty highness")
_TITLES = word_set("mr mrs ms messrs dr h.e")
# Epithets of praise between an article or a possessive and the noun they praise.
_DETERMINERS = word_set("the a an our your this that these those his her their")
_EPITHETS = word_set(
    """esteemed learned distinguished respected eminent honourable honorable venerable
    illustrious renowned reputable well-respected highly-respected respectable
    well-known acclaimed celebrated highly-regarded well-regarded estimable worthy
    erudite knowledgeable"""
)
_EPITHET_INTENSIFIERS = word_set("most highly very much widely greatly")
# Words an epithet's noun may not be: "the learned of …" is no praise of a noun.
_NOT_NOUNS = word_set("of by from to in on at for with and or but that than as")
# Officialese pointing back at a thing named: "the aforementioned declaration", "the said
# agreement" — the thing, no word of it.
_AFOREMENTIONED = word_set("aforementioned aforesaid above-mentioned abovementioned said")
# Officialese calling a named thing a proposal or a name: "the proposed «Turkic seven»", "the
# so-called Middle Corridor" — before a name only (a capital or a quote mark): "the proposed
# ferries" may ask which were proposed.
_STYLED = word_set("proposed envisaged mooted so-called")
_QUOTES = frozenset("«\"“„'‘")
# States named by their style: "the Republic of Kazakhstan" is Kazakhstan.
_STATE_STYLES = word_set("republic kingdom")


def courtesy_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of ``text`` holding English courtesy: the wrappers of a polite
    request and the honorifics of a name or a trade (see the module's docstring)."""
    words = [(m.start(), m.end(), _folded(m.group())) for m in _WORD.finditer(text)]
    if not words or not any(w.isascii() and w.isalpha() for _, _, w in words):
        return []
    folded = [w for _, _, w in words]
    spans: list[tuple[int, int]] = []
    at = 0
    while at < len(words):
        opens = at == 0 or _opens_clause(text, words[at - 1][1], words[at][0])
        length = _wrapper_at(folded, at) if opens else 0
        length = length or (_parenthesis_at(text, words, at) if opens else 0)
        length = length or _honorific_at(text, words, at)
        if length:
            spans.append((words[at][0], _end(text, words[at + length - 1])))
            at += length
        else:
            at += 1
    return spans


def _folded(word: str) -> str:
    """The word in lower case with a typographic apostrophe as a plain one."""
    return word.lower().replace("’", "'")


def _end(text: str, word: tuple[int, int, str]) -> int:
    """Where a blanked word ends: the full stop of a title goes with it ("Mr.", "H.E."), or a
    preamble's reader would take it for the end of a sentence."""
    _, end, folded = word
    return end + 1 if folded in _TITLES and text[end : end + 1] == "." else end


def _opens_clause(text: str, before: int, start: int) -> bool:
    """Does a word opening at ``start`` open a clause: only a mark of punctuation (and
    spaces) between it and the word before, which ends at ``before``?"""
    return any(mark in _CLAUSE_MARKS for mark in text[before:start])


def _wrapper_at(words: list[str], at: int) -> int:
    """The length of a polite request's wrapper opening a clause at ``at`` (0: none), with
    at least ``_SHORTEST_REST`` words of what it asks about after it."""
    start = at
    while at < len(words) and words[at] in _LEADING | _ADVERBS:
        at += 1
    end = (
        _asking_you(words, at)
        or _asking_leave(words, at)
        or _grateful(words, at)
        or _wondering(words, at)
        or _wishing(words, at)
        or _kindly(words, at)
        or _curious(words, at)
    )
    if not end or len(words) - end < _SHORTEST_REST:
        return 0
    return end - start


def _after_tell(words: list[str], at: int) -> int:
    """Past a verb of telling at ``at`` and what completes it: "tell me", "let us know",
    "advise us as to", "point out"; 0 when ``words[at]`` is none."""
    if at < len(words) and words[at] == "let":
        if at + 2 < len(words) and words[at + 1] in _OBJECTS and words[at + 2] == "know":
            return _as_to(words, at + 3)
        return 0
    if at >= len(words) or words[at] not in _TELL:
        return 0
    end = at + 1
    if end < len(words) and words[end] in _OBJECTS:
        end += 1
    if end < len(words) and words[end] == "out" and words[at] == "point":
        end += 1
    return _as_to(words, end)


def _as_to(words: list[str], at: int) -> int:
    """Past "as to", "about", "regarding" closing a request at ``at``."""
    for link in _AS_TO:
        if tuple(words[at : at + len(link)]) == link:
            return at + len(link)
    return at


def _skip(words: list[str], at: int, skipped: frozenset[str]) -> int:
    """Past the run of ``skipped`` words at ``at`` ("kindly", "most"): the polite words a
    wrapper may hold anywhere between its own."""
    while at < len(words) and words[at] in skipped:
        at += 1
    return at


def _asking_you(words: list[str], at: int) -> int:
    """ "would you be so kind as to indicate", "could you kindly identify", "would you mind
    telling me", "can you possibly advise us as to"."""
    if at + 1 >= len(words) or words[at] not in _MODALS or words[at + 1] != "you":
        return 0
    at = _skip(words, at + 2, _ADVERBS)
    at = _kind_enough(words, at)
    if at < len(words) and words[at] == "mind":
        at += 1
    return _after_tell(words, _skip(words, at, _ADVERBS))


def _kind_enough(words: list[str], at: int) -> int:
    """Past "be so kind as to", "be good enough to", "be kind enough to" at ``at``."""
    if at < len(words) and words[at] == "be":
        rest = words[at + 1 : at + 5]
        if rest[:1] == ["so"] and rest[1:2] and rest[1] in _KIND and rest[2:4] == ["as", "to"]:
            return at + 5
        if rest[:1] and rest[0] in _KIND and rest[1:3] == ["enough", "to"]:
            return at + 4
    return at


def _asking_leave(words: list[str], at: int) -> int:
    """ "might I enquire as to", "may I ask", "might one learn", "may I be permitted to
    ask", "permit me to ask"."""
    if at + 1 < len(words) and words[at] in {"permit", "allow"} and words[at + 1] in _OBJECTS:
        at += 2
        return _learning(words, at + 1) if at < len(words) and words[at] == "to" else 0
    if at + 1 >= len(words) or words[at] not in _MODALS or words[at + 1] not in _SELF:
        return 0
    at = _skip(words, at + 2, _ADVERBS | word_set("respectfully humbly"))
    if words[at : at + 1] == ["be"] and words[at + 1 : at + 2] and words[at + 1] in _PERMITTED:
        if words[at + 2 : at + 3] != ["to"]:
            return 0
        at += 3
    return _learning(words, at)


def _learning(words: list[str], at: int) -> int:
    """Past a verb of learning at ``at`` ("ask", "enquire as to", "ask of you"); 0 if none."""
    if at >= len(words) or words[at] not in _LEARN:
        return 0
    at += 1
    if words[at : at + 2] == ["of", "you"]:
        at += 2
    return _as_to(words, at)


def _grateful(words: list[str], at: int) -> int:
    """ "we should be most obliged to receive", "I would be grateful if you could tell me",
    "I'd be grateful for", "we would appreciate knowing", "I would appreciate it if you
    could indicate"."""
    if at < len(words) and words[at] in _SELF_WOULD:
        at += 1
    elif at + 1 < len(words) and words[at] in _SELF and words[at + 1] in _WOULD:
        at += 2
    else:
        return 0
    if at < len(words) and words[at] in _APPRECIATE:
        at += 1
        if at < len(words) and words[at] in _LEARNING:
            return _as_to(words, at + 1)
        if words[at : at + 2] == ["it", "if"]:
            return _you_could_tell(words, at + 2)
        return 0
    if words[at : at + 1] != ["be"]:
        return 0
    at = _skip(words, at + 1, _INTENSIFIERS)
    if at >= len(words) or words[at] not in _GRATEFUL:
        return 0
    at += 1
    if words[at : at + 1] == ["for"]:
        return at + 1
    if words[at : at + 1] == ["to"]:
        return _learning(words, at + 1)
    if words[at : at + 1] == ["if"]:
        return _you_could_tell(words, at + 1)
    return 0


def _you_could_tell(words: list[str], at: int) -> int:
    """Past "you could (kindly) tell me" at ``at``; 0 if it is not that."""
    if words[at : at + 1] != ["you"] or not words[at + 1 : at + 2]:
        return 0
    if words[at + 1] not in _MODALS:
        return 0
    return _after_tell(words, _skip(words, at + 2, _ADVERBS))


def _wondering(words: list[str], at: int) -> int:
    """ "I wonder whether you could tell me", "I was wondering if you might advise"."""
    if at >= len(words) or words[at] not in _SELF:
        return 0
    at = _skip(words, at + 1, word_set("was were am are"))
    if at >= len(words) or words[at] not in _WONDER:
        return 0
    if words[at + 1 : at + 2] not in (["if"], ["whether"]):
        return 0
    return _you_could_tell(words, at + 2)


def _curious(words: list[str], at: int) -> int:
    """ "I'm curious what …", "I am curious to know how …", "I wonder what …", "we were
    wondering when …": the asker's curiosity stated, the question embedded after it (a
    podcast host's "I'm curious what Ishmukhamedov expects for trade." asks what "What does
    Ishmukhamedov expect for trade?" asks). Up to the question word, which stays: it says
    what is asked."""
    if at < len(words) and words[at] in _SELF_BEING:
        at += 1
    elif at < len(words) and words[at] in _SELF:
        at = _skip(words, at + 1, word_set("am are was were"))
    else:
        return 0
    at = _skip(words, at, _INTENSIFIERS)
    if at >= len(words) or not (words[at] in _WONDER or words[at] == "curious"):
        return 0
    at += 1
    if words[at : at + 2] == ["to", "know"] or words[at : at + 2] == ["to", "hear"]:
        at += 2
    # not "I'm curious about the ferries": a noun phrase says what it is about
    return at if at < len(words) and words[at] in _EMBEDDED_QUESTION else 0


def _wishing(words: list[str], at: int) -> int:
    """ "I would like to know", "we should like to enquire as to", "I wish to ask"."""
    if at < len(words) and words[at] in _SELF_WOULD:
        at += 1
    elif at + 1 < len(words) and words[at] in _SELF and words[at + 1] in _WOULD:
        at += 2
    elif at < len(words) and words[at] in _SELF:
        at += 1
    else:
        return 0
    if at + 1 >= len(words) or words[at] not in _WISH or words[at + 1] != "to":
        return 0
    return _learning(words, at + 2)


def _kindly(words: list[str], at: int) -> int:
    """ "kindly advise", "please indicate", "be so kind as to tell us", "pray tell": a
    request in the imperative (its opening "kindly", "please" skipped already)."""
    if at > 0 and words[at - 1] in {"kindly", "please"}:
        return _after_tell(words, at)
    if words[at : at + 1] == ["pray"] and words[at + 1 : at + 2] == ["tell"]:
        return _after_tell(words, at + 1)
    kind = _kind_enough(words, at)
    return _after_tell(words, kind) if kind > at else 0


def _parenthesis_at(text: str, words: list[tuple[int, int, str]], at: int) -> int:
    """The length of a parenthesis of courtesy at ``at`` making a part of its own ("…, if I
    may ask, …"): punctuation or the message's end closes it."""
    folded = [w for _, _, w in words]
    for phrase in sorted(_PARENTHESES, key=len, reverse=True):
        end = at + len(phrase)
        if tuple(folded[at:end]) != phrase:
            continue
        closes = end == len(words) or _opens_clause(text, words[end - 1][1], words[end][0])
        if closes and len(words) - len(phrase) >= _SHORTEST_REST:
            return len(phrase)
    return 0


def _honorific_at(text: str, words: list[tuple[int, int, str]], at: int) -> int:
    """The length of an honorific at ``at``: "His Excellency", "Mr." before a capitalised
    name, an epithet of praise after an article ("the esteemed analyst": "esteemed"),
    officialese before a thing named ("the aforementioned", "the proposed «…»"), a state's
    style before its name ("the Republic of")."""
    word = words[at][2]
    following = words[at + 1] if at + 1 < len(words) else None
    if (
        word in _POSSESSIVES
        and following is not None
        and following[2].removesuffix("'s") in _STYLES  # "His Excellency's aide": the aide
    ):
        return 2
    if word in _TITLES and following is not None and _capitalised(text, following):
        return 1
    if word in _EPITHET_INTENSIFIERS | _EPITHETS and at > 0 and words[at - 1][2] in _DETERMINERS:
        end = _skip([w for _, _, w in words], at, _EPITHET_INTENSIFIERS)
        if end < len(words) and words[end][2] in _EPITHETS:
            noun = words[end + 1][2] if end + 1 < len(words) else ""
            if noun and noun not in _NOT_NOUNS:
                return end + 1 - at
    if at > 0 and words[at - 1][2] == "the" and following is not None:
        if word in _AFOREMENTIONED and following[2] not in _NOT_NOUNS:
            return 1
        named = _capitalised(text, following) or any(
            mark in _QUOTES for mark in text[words[at][1] : following[0]]
        )
        if word in _STYLED and named:
            return 1
    if word == "the" and _state_style_at(text, words, at + 1):
        return 3  # "the position of the Republic of Turkey": "of Turkey", Turkey's position
    if _state_style_at(text, words, at):
        return 2
    return 0


def _state_style_at(text: str, words: list[tuple[int, int, str]], at: int) -> bool:
    """Does a state's style open at ``at`` ("Republic of" before a capitalised name)? Its
    article goes with it: "the position of the Turkey" reads no state holding a view."""
    return (
        at + 2 < len(words)
        and words[at][2] in _STATE_STYLES
        and _capitalised(text, words[at])
        and words[at + 1][2] == "of"
        and _capitalised(text, words[at + 2])
    )


def _capitalised(text: str, word: tuple[int, int, str]) -> bool:
    """Is the word typed with a capital: a name, after a title or a state's style?"""
    return text[word[0]].isupper()


# An embedded yes/no question a wrapper leaves behind: "(could you advise) whether the seven
# will become a reality" asks "will the seven become a reality" — a forecast asked, which the
# question's readers tell by the auxiliary opening it.
_WHETHER = word_set("whether")  # not "if": "if Turkey joins, how many …" is a condition
_WH_WORDS = word_set("what who whom whose which when where why how")
_AUXILIARIES = word_set("will would could can shall should might may is are was were has have had")
_SUBJECT_REACH = 6  # words of the subject before its auxiliary: "whether the Turkic seven will"


def as_asked(words: list[str]) -> list[str]:
    """The folded words of a question opening with an embedded yes/no question ("whether
    Turkey will join …") in the order of a direct one ("will Turkey join …"); unchanged when
    it opens otherwise, or no auxiliary follows its subject ("whether Kazakhstan needs …"
    keeps its "whether", a check all the same)."""
    if len(words) < 3 or words[0] not in _WHETHER:
        return words
    for at in range(2, min(len(words) - 1, _SUBJECT_REACH + 2)):
        if words[at] in _AUXILIARIES:
            return [words[at], *words[1:at], *words[at + 1 :]]
        if words[at] in _WHETHER or words[at] in _WH_WORDS:
            break
    return words
