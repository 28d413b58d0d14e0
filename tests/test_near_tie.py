"""The one near-tie rule by which an entry stating the kind of fact asked answers instead of
a best entry that does not (``Matcher._stands_in_for_best``), on the real knowledge base.

It must be about the question's subject nearly as much as the best (``MARGIN``); then it
answers when sure by itself, or when the best is sure and leads it by a tie only
(``TIE_MARGIN``), or by a near lead (``MARGIN``) while it holds every subject word the best
holds. Scores are set by hand to pin each edge of the rule.
"""

from __future__ import annotations

from bot.answering.session import Session
from bot.knowledge.entries import Entry
from bot.matching.evidence import MARGIN
from bot.matching.matcher import TIE_MARGIN, Scored

BRIEFING = "aliyev-kazakhstan"


def _entry(session: Session, key: str) -> Entry:
    entry = session.matcher.catalogue.entry(BRIEFING, key)
    assert entry is not None, key
    return entry


def test_a_tie_is_decided_by_the_kind_asked_whatever_the_entries_are_about(
    session: Session,
) -> None:
    """Tokayev's trip to Gabala gives no date and holds words the visit's date does not: the
    date answers "which month" from a tie below it, not from further."""
    matcher = session.matcher
    query = matcher.analyse("in which month did aliyev and tokaev meet")
    gabala, date = _entry(session, "tusupbekov-gabala"), _entry(session, "visit-date")
    assert not matcher._holds_what_best_does(query, gabala, date)
    best = Scored(gabala, 60.0, 60.0)
    assert matcher._stands_in_for_best(query, best, Scored(date, 60.0 - TIE_MARGIN, 55.0))
    assert not matcher._stands_in_for_best(query, best, Scored(date, 60.0 - TIE_MARGIN - 1, 55.0))


def test_a_near_lead_is_decided_when_the_entry_holds_the_subject_of_the_best(
    session: Session,
) -> None:
    """Today's rail volume leads the passage giving it with the 20 million needed only by
    "сколько" leaning to figures; the passage holds every subject word it holds: it answers
    from up to ``MARGIN`` below, when its own words reach the suggest threshold."""
    matcher = session.matcher
    query = matcher.analyse(
        "во сколько раз должны вырасти жд перевозки, если Казахстану надо 20 млн"
    )
    now, both = _entry(session, "rail-volume-now"), _entry(session, "ishmukhamedov-rail-volumes")
    assert matcher._holds_what_best_does(query, now, both)
    best = Scored(now, 62.0, 52.0)
    assert matcher._stands_in_for_best(query, best, Scored(both, 62.0 - MARGIN, 50.0))
    assert not matcher._stands_in_for_best(query, best, Scored(both, 62.0 - MARGIN - 1, 50.0))
    suggest = matcher.thresholds.suggest
    assert not matcher._stands_in_for_best(query, best, Scored(both, 50.0, suggest - 1))
    # a best short of an answer has no tie to decide
    assert not matcher._stands_in_for_best(query, Scored(now, 55.0, 52.0), Scored(both, 54.0, 50.0))


def test_an_entry_far_below_the_subject_never_stands_in(session: Session) -> None:
    """ "Почему визит был государственным": Huseynov's reasons for other things are sure
    answers by score, but far less about the visit than the article's own account."""
    matcher = session.matcher
    query = matcher.analyse("Почему визит Алиева был государственным, а не рабочим?")
    visit, huseynov = _entry(session, "article-visit"), _entry(session, "huseynov-ots")
    best = Scored(visit, 100.0, 100.0)
    assert not matcher._stands_in_for_best(query, best, Scored(huseynov, 90.0, 100.0 - MARGIN - 1))
    assert matcher._stands_in_for_best(query, best, Scored(huseynov, 90.0, 100.0 - MARGIN))
    reply = session.ask("Почему визит Алиева был государственным, а не рабочим?")
    assert reply.kind == "not_given", (reply.kind, reply.entry)
