"""People an English question names by their office ("the Azerbaijani president").

The offices come from the briefing's own English ("Azerbaijani President Ilham Aliyev"); an
office it never fills stays the words it is. Each test fails without the reading.
"""

from __future__ import annotations

from bot.answering.session import Session
from bot.language.office_holders import named_holders, office_holders
from bot.language.text import tokens
from tests.support.asking import answered

_TEXTS = ("On 20 October Azerbaijani President Ilham Aliyev arrived in Kazakhstan.",)


def test_an_office_the_briefing_fills_is_learnt_from_its_english() -> None:
    assert office_holders(_TEXTS) == {("azerbaijan", "president"): "aliyev"}


def test_an_office_filled_by_two_people_is_left_out() -> None:
    texts = (*_TEXTS, "President of Azerbaijan Heydar Aliyev", "Azerbaijani President Ilham X")
    assert ("azerbaijan", "president") not in office_holders(texts)


def test_each_english_way_of_naming_the_office_reads_as_the_name() -> None:
    holders = office_holders(_TEXTS)
    for question in (
        "when did the Azerbaijani president arrive",
        "when did Azerbaijan's president arrive",
        "when did the president of Azerbaijan arrive",
    ):
        assert "aliyev" in named_holders(tokens(question), holders)


def test_an_office_the_briefing_never_fills_stays_as_typed() -> None:
    holders = office_holders(_TEXTS)
    words = tokens("when did the Kazakh president speak")
    assert named_holders(words, holders) == words


def test_the_office_finds_the_passage_naming_him_by_name(session: Session) -> None:
    text = answered(
        session,
        "I'm putting together a short note on the Baku–Astana summit for our weekly "
        "newsletter. Could you confirm the day the Azerbaijani president arrived?",
    )
    assert "20 октября" in text
    text = answered(
        session, "what day did the Azerbaijani president's state visit to Nur-Sultan begin"
    )
    assert "20 октября" in text
