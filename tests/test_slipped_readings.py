"""A slip in a word the readings of a party's view or of an author key on, or in a surname's
form the article never writes: the question gets the reply of the question as written.

"что было отмечено армянской стороной" is read as Armenia's view, "кто является автором
текста декларации" as who drafted it, by rules looking for those forms as written; the
briefing holds few of them, so its fuzzy search did not mend a slip into them, and the
question typed with one got another reply. They are mend targets now (``frame_words``), as
the formal register's cues are; and a surname typed with a slip in a case the article never
writes ("тусупбеуовым") is mended into that case.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from tests.support.asking import verdict


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        # the passive participle of view, a letter on the key beside or one left out
        (
            "что было отмеченр армянской стороной в связи с декларацией",
            "Что было отмечено армянской стороной в связи с декларацией?",
        ),
        (
            "что было отмчено армянской стороной в связи с декларацией",
            "Что было отмечено армянской стороной в связи с декларацией?",
        ),
        # who speaks for the state, two letters swapped
        (
            "что было отмечено армянской сотроной в связи с декларацией",
            "Что было отмечено армянской стороной в связи с декларацией?",
        ),
    ],
)
def test_a_partys_view_with_a_slip(session, typed: str, written: str) -> None:
    assert verdict(session, typed) == verdict(session, written)


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        (
            "кто является автроом текста декларации о мирном урегулировании",
            "Кто является автором текста декларации о мирном урегулировании?",
        ),
        (
            "кто явлется автором текста декларации о мирном урегулировании",
            "Кто является автором текста декларации о мирном урегулировании?",
        ),
        (
            "кто является автором текмта декларации о мирном урегулировании",
            "Кто является автором текста декларации о мирном урегулировании?",
        ),
        (
            "кто является автором текста деклараци о мирном урегулировании",
            "Кто является автором текста декларации о мирном урегулировании?",
        ),
    ],
)
def test_an_author_asked_with_a_slip(session, typed: str, written: str) -> None:
    assert verdict(session, typed) == verdict(session, written)


def test_a_surname_in_an_unwritten_case_with_a_slip(session) -> None:
    """The article writes "Тусупбеков", "Тусупбекова", never "Тусупбековым"."""
    assert verdict(session, "что предложено тусупбеуовым") == verdict(
        session, "Что предложено Тусупбековым?"
    )
