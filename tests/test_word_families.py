"""A word of the question the answering passage says only in another form of its family
("экономики" where it says "экономическими интересами", "экономик" for "экономическую
взаимозависимость") explains that word in part (``Term.kin``, ``Matcher._postings_of``);
without that, the word counted as a subject the passage lacks and sank the answer.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

from tests.support.asking import answered


def _kin(session, question: str, lemma: str) -> tuple[str, ...]:
    return next(t.kin for t in session.matcher.analyse(question).terms if t.lemma == lemma)


def test_a_word_carries_its_family_in_the_briefing(session):
    assert "экономический" in _kin(session, "что кроме экономики", "экономика")


def test_a_shared_beginning_is_no_family(session):
    # "миллион" and "миллиард" share five letters: other numbers, not one word's forms
    assert "миллион" not in _kin(session, "миллиард долларов", "миллиард")


def test_the_noun_is_explained_by_its_adjective(session):
    # "связанный не только экономическими интересами, но и … языковым родством"
    text = answered(session, "что связывает тюркскую семёрку, кроме экономики")
    assert "языковым родством" in text
