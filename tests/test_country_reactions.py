"""Another country's part in a subject the article covers, where it gives none.

"What role does Russia play in the Middle Corridor plans?" asks a fact — Russia's part —
which the article, never naming Russia, does not give: "plans" is the subject's word, no
stance of anybody's, so the reply must not turn into "nobody says that". "What role does
China play in financing the corridor?" asks the part of a country the article names only as
the origin of cargo: the fact is not given, and the passage naming China is what the article
has of it — not the corridor's passage, which never names China, nor a "did you mean".

A country's view, position or reaction ("how did Turkey react to the Turkic seven") stays
its statement, missing, as the evaluation sets label nearly all of them.

All on the real knowledge base through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from tests.support.asking import asked_payload, offered_entries

_asked = asked_payload
_offered = offered_entries


# ------------------------------------------------ a country the article never names
@pytest.mark.parametrize(
    "question",
    [
        "What role does Russia play in the Middle Corridor plans?",
        "Is Russia involved in the Middle Corridor plans?",
        "Does Russia take part in the Middle Corridor plans?",
        "what part does russia play in these middle corridor plans",
    ],
)
def test_an_unnamed_country_s_part_in_plans_is_a_fact(session, question):
    payload = _asked(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "fact")
    assert "Russia" in payload["text"].split("\n")[0]
    assert "Средн" in payload["text"] or "Транскаспийск" in payload["text"]


@pytest.mark.parametrize(
    "question",
    [
        # the experts' reading of its part: their words are what is missing
        "Какую роль эксперты отводят России в развитии Среднего коридора?",
        "What do the experts say about Russia's plans for the Middle Corridor?",
        # a stance of the country itself, beside the plans
        "what are the plans for the middle corridor, does russia support them?",
    ],
)
def test_a_view_of_an_unnamed_country_stays_a_statement(session, question):
    payload = _asked(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "statement")


# ------------------------------------------------ a country the article names elsewhere
@pytest.mark.parametrize(
    "question",
    [
        "What role does China play in financing the Middle Corridor according to the experts?",
        "What role does China play in the Middle Corridor?",
        "Is China involved in the Trans-Caspian route?",
        "какую роль играет китай в среднем коридоре",
        "kakova rol kitaya v srednem koridore",
        "rfre. hjkm buhftn rbnfq d chtlytv rjhbljht",
    ],
)
def test_a_named_country_s_part_offers_the_passage_naming_it(session, question):
    payload = _asked(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "fact")
    assert _offered(payload)[0] == "ishmukhamedov-delivery-time"
    assert "Китая" in payload["text"]


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the passage nearest names the country: it may tell its part, and does
        ("какую роль играет турция в тюркской семерке", "ishmukhamedov-turkic-seven"),
        ("kakuju rol otvodit Ishmukhamedov Turcii", "ishmukhamedov-turkic-seven"),
        # the experts' own countries: their part is what the article is about
        ("Какую роль Азербайджан и Казахстан играют в ОТГ?", "huseynov-ots"),
        # what the article does say of China
        ("сколько дней идут грузы из Китая через Казахстан", "delivery-time-now"),
    ],
)
def test_a_part_the_article_gives_is_still_answered(session, question, entry):
    payload = _asked(session, question)
    assert (payload["band"], payload["entry"]) == ("answer", entry)


# ------------------------------------------------ a country's view or reaction
@pytest.mark.parametrize(
    ("question", "party"),
    [
        ("What is China's position on the Trans-Caspian route?", "China"),
        ("как турция отреагировала на идею тюркской семерки", "Турции"),
        ("How did Armenia react to the peace declaration?", "Armenia"),
    ],
)
def test_a_country_s_view_or_reaction_stays_a_statement(session, question, party):
    payload = _asked(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "statement")
    assert party in payload["text"].split("\n")[0]
