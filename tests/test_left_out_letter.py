"""A letter left out of a short word ("цль" for "цель", "Каспя" for "Каспия", "трактуе" for
"трактует") is repaired like the other slips of a hurried hand: a word too short for the
fuzzy search, or one whose repair the dictionary knows, is read as the word it misses a
letter of — the briefing's word when it is one (``query._typo_variants``).

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

from bot.matching.query import _typo_variants
from tests.support.asking import answered, not_given


def test_a_left_out_letter_is_among_the_slips():
    assert "цель" in _typo_variants("цль")
    assert "трактует" in _typo_variants("трактуе")
    assert "каспия" in _typo_variants("каспя")


def test_a_three_letter_slip_reads_as_the_briefing_word(session):
    terms = session.matcher.analyse("какова цль по товарообороту").terms
    # mended as a word before the question is read (``Analyser._respelt``), or as a term
    term = next(t for t in terms if t.typed in {"цль", "цель"})
    assert (term.lemma, term.similarity > 0) == ("цель", True)
    assert "миллиарда долларов" in answered(session, "какова цль по товарообороту")


def test_a_verb_missing_its_last_letter_is_that_verb(session):
    # "трактует", said of a named expert, only frames the question (what he said of the
    # post); read as the noun "тракт" a letter away, it was a subject the article lacks
    terms = session.matcher.analyse("как Ишмухамедов трактуе пост Гаджиева").terms
    assert "трактуе" not in {t.typed for t in terms}


def test_a_place_missing_a_letter_is_the_place(session):
    # the article names the Caspian ferries, not when they are built
    not_given(session, "когда достроят паромы для Каспя", "date")
