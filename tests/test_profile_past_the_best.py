""" "Ишмухамедов казахстанский или азербайджанский эксперт?" is told by his profile even when
the profile is not among the best scored entries: its score is then the answer threshold
(``Matcher._described_by_profile``), where ``max`` of nothing used to fail.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations


def test_the_profile_answers_from_past_the_best(session):
    matcher = session.matcher
    query = matcher.analyse("Ишмухамедов казахстанский или азербайджанский эксперт")
    described = matcher._described_by_profile(query, [])
    assert described is not None
    assert described.entry.key == "expert:ishmukhamedov"
    assert described.score == matcher.thresholds.answer
