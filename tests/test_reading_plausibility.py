"""A stray full stop must not hand a Russian question to a keyboard-layout reading: the words
before the cut count towards how plausible the typed reading is."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["15 соглашений б. ?", "товарооборот в год ж. ?", "паромы к. ?"])
def test_a_stray_stop_keeps_the_typed_reading(session, text):
    query = session.matcher.analyse(text)
    assert query.language == "ru"
    assert all(not t.typed.isascii() or t.typed.isdigit() for t in query.terms)


def test_scene_before_an_english_question_still_reads_english(session):
    query = session.matcher.analyse("I am writing a note. When did Aliyev arrive?")
    assert query.language == "en" and "aliyev" in query.words
