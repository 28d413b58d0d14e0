"""Words of a Russian question that frame it, and words typed a slip or a family away.

"Что конкретно обсуждали по железнодорожной части?" got no answer: "конкретно" (asking for
specifics, as "именно" does) and "части" (of "по железнодорожной части", "in the matter of
the railways") weighed as words of the subject no passage says. "По сравнению с другими"
frames a comparison, as "в рамках" frames an event. "Старн" is a dictionary word, but the
briefing's "стран" with two letters swapped; "равноправие" is not in the briefing, its
family's "равноправные" is.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import compound_prepositions
from tests.support.asking import answered, question_words


@pytest.mark.parametrize(
    ("question", "framing"),
    [
        ("по сравнению с другими странами", {"сравнению"}),
        ("что обсуждали по железнодорожной части", {"части"}),
        ("в отличие от прошлых визитов", {"отличие"}),
        ("какая часть грузов идёт по железной дороге", set()),
        ("what did the talks give in terms of trade", {"terms"}),
        ("anything new with regard to energy", {"regard"}),
        ("what are the terms of the deal", set()),
        ("что изменилось в связи с визитом", {"связи"}),
        ("какие связи в гуманитарной сфере", set()),
        ("в связи", set()),
        ("what was said in connection with the visit", {"connection"}),
    ],
)
def test_compound_prepositions(question: str, framing: set[str]) -> None:
    words = question_words(question)
    assert {words[at] for at in compound_prepositions(words)} == framing


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("Что конкретно обсуждали по железнодорожной части?", "локомотивов"),
        (
            "Как казахстанский политолог оценил нынешние отношения Астаны и Баку по сравнению "
            "с другими на постсоветском пространстве?",
            "уникальный случай",
        ),
        # "in terms of": the papers are asked about, no "terms" the article names
        ("What came out of Aliyev's trip in terms of agreements?", "15 важных соглашений"),
        ("ишмухамедов про равноправие старн что говорил", "равноправные"),
        # "в связи с": a frame, no word of the subject ("связи" are the briefing's ties)
        ("какие темы затронули в связи с визитом", "Среднего коридора"),
        ("ишмухамедов про равноправие стран что говорил", "равноправные"),
    ],
)
def test_answered_as_asked(session: Session, question: str, quoted: str) -> None:
    assert quoted in answered(session, question)


def test_a_swap_in_a_short_dictionary_word(session: Session) -> None:
    """ "старн" is "стран" with two letters swapped; "кто" and "кот" are both words."""
    lemmas = {t.lemma for t in session.matcher.analyse("равноправие старн").terms}
    assert "страна" in lemmas


def test_a_family_word_for_an_unused_one(session: Session) -> None:
    """ "равноправие" is read as the briefing's "равноправный" — in part."""
    (term,) = session.matcher.analyse("равноправие").terms
    assert term.lemma == "равноправный"
    assert 0 < term.similarity < 1
