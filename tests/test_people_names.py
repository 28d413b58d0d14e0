"""A people's name ("армяне", "казахи") as one test in ``language.parties``.

The query's check of who speaks (``query._other_speaker``) kept its own copy of the test:
now ``parties.names_a_people`` is the one both the language layer and the matcher use. A
word read without its parse: its resolved lemma, or — when the vocabulary resolved it only
to a relative ("казахи" as the briefing's "казахский") — its own noun ("казах").
"""

from __future__ import annotations

import pytest

from bot.language.parties import names_a_people


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("армяне", "армянин"),
        ("узбеки", "узбек"),
        ("турки", "турок"),
        # resolved only to the briefing's adjective: its own noun tells the people
        ("казахи", "казахский"),
        ("казахи", None),
    ],
)
def test_a_peoples_name_is_read_as_one(word: str, lemma: str | None) -> None:
    assert names_a_people(word, lemma)


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("эксперты", "эксперт"),  # people, but no people
        ("министры", "министр"),
        ("казахстан", "казахстан"),  # the country itself
        ("armenians", "armenian"),  # Russian only: English is read by the question frames
    ],
)
def test_other_words_are_no_peoples_name(word: str, lemma: str | None) -> None:
    assert not names_a_people(word, lemma)
