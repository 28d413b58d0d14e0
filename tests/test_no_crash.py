"""No question, however short or cut off, makes the reading of a question fail.

The rules of ``bot.language`` and ``bot.matching.query`` look at the words near a cue
("what" then "is" then "behind", "чем" after "с"), and a question may stop anywhere: a clause
cut after "what exactly is" once made the bot fail instead of replying. These tests feed the
readers short runs of the very words their rules look for — every word the language modules'
word sets hold, and the words that frame a question — and the beginnings and ends of real
questions (the dev evaluation sets), and ask only that a reply comes.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

import bot.language
from bot.evaluation import load_items
from bot.language.answer_types import asked_types, stated_types
from bot.language.lexicon import word_set
from bot.language.specifics import leading_part
from bot.language.text import tokens
from bot.settings import PROJECT_ROOT

# Words that frame a question around its subject, in both languages: what the rules look
# for first and then look past.
_FRAME = sorted(
    word_set(
        "what is are was behind for exactly which who whom why how when where whose it "
        "чем с со и или а что кто кого почему зачем как какой какая когда где сколько ли за "
        "and or but the of to in on"
    )
)
_LONGEST = 6  # the words in a run: the rules look a few words on from a cue
_EVAL = PROJECT_ROOT / "tests" / "eval"


def _strings(value: object, depth: int = 0) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, frozenset | set | tuple) and depth < 3:
        for member in value:
            yield from _strings(member, depth + 1)


@cache
def _language_words() -> tuple[str, ...]:
    """Every folded word of the strings the language modules' sets and tuples hold: the
    words some rule looks for."""
    found: set[str] = set()
    for module in pkgutil.iter_modules(bot.language.__path__):
        loaded = importlib.import_module(f"bot.language.{module.name}")
        for value in vars(loaded).values():
            if isinstance(value, frozenset | set | tuple):
                for text in _strings(value):
                    found.update(tokens(text[:80]))
    return tuple(sorted(found))


@cache
def _questions() -> tuple[str, ...]:
    """The questions of the dev evaluation sets (never a clean measuring set)."""
    paths = [
        *sorted(_EVAL.glob("english*.yaml")),
        *sorted(_EVAL.glob("ru*.yaml")),
        _EVAL / "questions.yaml",
    ]
    assert not any(path.name.startswith("blind") for path in paths)
    return tuple(item.question for path in paths for item in load_items(path))


_WORD = st.one_of(st.sampled_from(_FRAME), st.sampled_from(_language_words()))
_RUN = st.lists(_WORD, max_size=_LONGEST).map(tuple)


@st.composite
def _question_part(draw: st.DrawFn) -> str:
    """The beginning or the end of a real question, cut at a space."""
    words = draw(st.sampled_from(_questions())).split()
    cut = draw(st.integers(0, len(words)))
    return " ".join(words[:cut] if draw(st.booleans()) else words[cut:])


def _read(words: tuple[str, ...]) -> None:
    asked_types(words)
    asked_types(words, future=True)
    leading_part(words)
    stated_types(" ".join(words))


@settings(max_examples=400, deadline=None)
@given(_RUN)
def test_a_few_words_are_read_without_failing(words):
    _read(words)


@settings(max_examples=200, deadline=None)
@given(_question_part())
def test_a_question_cut_short_is_read_without_failing(text):
    _read(tuple(tokens(text)))
    stated_types(text)


@settings(max_examples=60, deadline=None)
@given(_RUN)
def test_a_few_words_get_a_reply(session, words):
    text = " ".join(words)
    session.matcher.analyse(text)
    assert session.ask(text) is not None


@settings(max_examples=60, deadline=None)
@given(_question_part())
def test_a_question_cut_short_gets_a_reply(session, text):
    session.matcher.analyse(text)
    assert session.ask(text) is not None
