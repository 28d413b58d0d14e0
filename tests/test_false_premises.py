"""False premises of place, and numerals whose soft sign a Latin spelling drops.

The 15 agreements were signed on the visit to Astana ("в рамках визита … в Астану стороны
подписали 15 важных соглашений"). A count asked of agreements signed in Baku or Gabala is not
confirmed by that passage: the article does not give it, and the passage offered shows the
real place. Astana, Kazakhstan (whose capital it is) and "во время визита" stay answered.

"sem", "shest", "pyat" are "семь", "шесть", "пять" typed without the soft sign: read as the
numerals, "ishmuhamedov pochemu imenno sem stran" asks of the Turkic seven, as the Cyrillic does.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.matching.repair import transliterate
from tests.support.asking import answered_entry, not_given

ELSEWHERE = [
    "сколько соглашений подписали в Баку",  # the failing question
    "how many agreements were signed in Baku",
    "How many deals did they sign in Baku?",
    "скока саглашений подписали в баку",
    "сколько соглашений было подписано в Азербайджане",
    "how many agreements were signed in Gabala",
]


@pytest.mark.parametrize("question", ELSEWHERE)
def test_count_placed_elsewhere_is_not_given(session: Session, question: str) -> None:
    reply = not_given(session, question, "quantity")
    assert "Астан" in reply  # the passage offered shows where they were signed


@pytest.mark.parametrize(
    "question",
    [
        "сколько соглашений подписали в Астане",  # near-miss: the passage's own place
        "сколько соглашений подписали в Казахстане",  # near-miss: the capital's country
        "сколько соглашений подписали во время визита",
        "how many agreements were signed in Astana",
    ],
)
def test_count_placed_where_told_is_answered(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "agreements-count"


def test_signed_in_a_year_is_no_place(session: Session) -> None:
    """Near-miss: "в 2024 году" places the deed in time, not in a place (kept a suggestion)."""
    reply = session.ask("сколько соглашений подписали в 2024 году")
    assert not reply.answered and reply.kind == "suggest"


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("sem", "семь"),
        ("shest", "шесть"),
        ("pyat", "пять"),
        ("vosem", "восемь"),
        ("dvadtsat", "двадцать"),
        ("semi", "семи"),  # near-miss: an ending of its own
        ("pyatnitsa", "пятница"),  # near-miss: a longer word
        ("seminar", "семинар"),
    ],
)
def test_soft_numerals_transliterated(latin: str, cyrillic: str) -> None:
    assert transliterate(latin) == cyrillic


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("ishmuhamedov pochemu imenno sem stran", "sacred-number-seven"),  # the failing one
        ("pochemu imenno sem stran", "sacred-number-seven"),
        ("pochemu shest stran a ne sem", "sacred-number-seven"),
        ("pyat plyus odin chto eto", "format-6"),
    ],
)
def test_soft_numeral_in_latin_is_read(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # near-misses answered before: a seven read from the rest, a count with no numeral
        ("ishmukhamedov zachem predlagaet sem stran", "sacred-number-seven"),
        ("skolko soglasheniy podpisali", "agreements-count"),
    ],
)
def test_latin_questions_kept(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry
