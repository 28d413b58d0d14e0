"""A relative clause that only points at the thing asked about ("визит, итоги которого
обсуждали эксперты") is read away when it pulled the question off the passage answering it;
one that holds what is asked, or the person asked of, stays."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.language.relatives import without_relative_clause
from tests.support.asking import answered, asked_payload


def test_the_pointing_clause_is_cut_with_its_closing_comma():
    assert (
        without_relative_clause("Какой маршрут, который связывает Китай и Европу, обсуждали?")
        == "Какой маршрут обсуждали?"
    )
    assert (
        without_relative_clause("Когда начался визит Алиева, итоги которого обсуждали эксперты?")
        == "Когда начался визит Алиева?"
    )


def test_a_clause_that_asks_or_stands_first_stays():
    assert without_relative_clause("соглашения, сколько которых подписали?") is None
    assert without_relative_clause("Который час?") is None
    assert without_relative_clause("When Tokayev was in Gabala, which date?") is None


@given(st.text(max_size=200))
def test_cutting_never_adds_and_needs_a_relative_word(text):
    cut = without_relative_clause(text)
    if cut is not None:
        assert len(cut) < len(text)
        assert "котор" in text.lower()


def test_the_visit_pointed_at_by_its_experts_is_answered_with_its_date(session):
    text = answered(
        session,
        "В какой день начался тот самый государственный визит Алиева, итоги которого "
        "обсуждали эксперты Minval Politika?",
    )
    assert "20 октября" in text


def test_a_clause_naming_the_one_asked_of_is_not_read_away(session):
    # without the clause the question would lose Huseynov: it is not read so
    payload = asked_payload(session, "Когда откроют коридор, о котором говорил Гусейнов?")
    assert payload["band"] != "answer"
