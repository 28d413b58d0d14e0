"""One test of a romanised surname (``romanise.same_name``), shared by the analyser reading a
question's alias as the briefing's spelling and by the doers of a deed: two hands'
romanisations of one Cyrillic name are one name; a first name, or a short name a letter
off, is not."""

from __future__ import annotations

import pytest

from bot.language.romanise import same_name


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Gadzhiev", "Hajiyev"),
        ("Gadziev", "Hajiyev"),  # "dz" for «дж»
        ("Gajiyev", "hajiyev"),
        ("Tokaev", "Tokayev"),
        ("Husseinov", "Huseynov"),
        ("Ishmuhamedov", "Ishmukhamedov"),
    ],
)
def test_two_romanisations_are_one_name(one: str, other: str) -> None:
    assert same_name(one, other)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Aliev", "Aziev"), ("Hikmet", "Hajiyev"), ("Aliev", "Hajiyev"), ("Tokaev", "Aliyev")],
)
def test_other_names_stay_other(one: str, other: str) -> None:
    assert not same_name(one, other)
