"""A short word the dictionary knows only as a person's name ("регине": Регина, Регин) is
read as the briefing's word a letter away ("регионе") when there is one that close: typed in
a question on an article that never names such a person, it is a slip. A name with no
briefing word that close stays a name the article does not cover
(``query._only_a_personal_name``).

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

from bot.matching.query import _only_a_personal_name
from tests.support.asking import declined


def test_a_word_known_only_as_a_name():
    assert _only_a_personal_name("регине")
    assert not _only_a_personal_name("регионе")
    assert not _only_a_personal_name("горд")


def test_a_name_a_letter_from_a_briefing_word_is_that_word(session):
    term = next(
        t
        for t in session.matcher.analyse("какую роль играет Баку в регине").terms
        if t.typed == "регине"
    )
    assert (term.lemma, term.entity) == ("регион", False)
    assert term.similarity > 0


def test_a_name_far_from_every_briefing_word_stays_a_name(session):
    term = next(t for t in session.matcher.analyse("что сказала марина").terms)
    assert term.entity and term.similarity == 0
    declined(session, "что сказала марина о визите")
