"""What was discussed or planned, asked the way people talk.

- "какие темы обсуждали на переговорах аграрку тоже?": a noun of speech clipped from the
  briefing's adjective ("аграрка" for "аграрная сфера", as "нефтянка", "оборонка" clip
  theirs) is read as that adjective; a known word ("редко", "железка") keeps its own reading,
  and a sector the briefing never names stays unknown.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from tests.support.asking import answered, answered_entry, not_given


# ------------------------------------------------------ a sector clipped from its adjective
@pytest.mark.parametrize(
    "question",
    [
        "какие темы обсуждали на переговорах аграрку тоже?",
        "обсуждали ли аграрку на переговорах",
        "kakie temy obsuzhdali, agrarku tozhe?",
        "про аграрку что-нибудь говорили?",
    ],
)
def test_a_clipped_sector_is_the_briefing_adjective(session, question):
    assert "аграрная" in answered(session, question)


def test_a_clipped_sector_the_briefing_lacks_stays_unknown(session):
    text = not_given(session, "обсуждали ли нефтянку на переговорах", "fact")
    assert "«нефтянка»" in text


def test_a_known_clipped_noun_keeps_its_reading(session):
    # "железка" is the railway (the synonym table), not an adjective "железный"
    assert answered_entry(session, "что по железке") == "ishmukhamedov-rail-volumes"
