"""Two capitals named together stand for their states ("союз Баку и Астаны" is the alliance of
Azerbaijan and Kazakhstan), so the passage naming the two countries answers; one capital alone
stays the city ("прибыл в Астану"), which a passage on the country does not name
(``bot.matching.index.state_key``).

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

from bot.matching.index import state_key
from tests.support.asking import answered


def test_two_capitals_are_read_as_their_states(session):
    lemmas = {t.lemma for t in session.matcher.analyse("союз Баку и Астаны").terms}
    assert {state_key("баку"), state_key("астана")} <= lemmas


def test_one_capital_stays_the_city(session):
    lemmas = {t.lemma for t in session.matcher.analyse("кто встречал Алиева в Астане").terms}
    assert "астана" in lemmas
    assert state_key("астана") not in lemmas


def test_the_passage_naming_the_two_states_answers(session):
    # Huseynov says "отношения между Азербайджаном и Казахстаном перешли … к стратегическому
    # союзу"; Ishmukhamedov's "отношения между Баку и Астаной являются стратегическими" names
    # the cities but no alliance
    text = answered(session, "кто говорил о стратегическом союзе Баку и Астаны")
    assert "стратегическому союзу" in text
    assert "Гусейнов" in text


def test_the_reason_given_of_the_two_states_answers(session):
    text = answered(session, "почему, по мнению Гусейнова, отношения Баку и Астаны так устойчивы")
    assert "взаимное уважение" in text
