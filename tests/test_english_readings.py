"""English readings a fresh English-speaking reporter types, which the article answers.

- A request for specifics set off by a spaced hyphen ("rail upgrades discussed - specifics?")
  is a part of its own, as after "—", a comma or a colon: the cue word ("specifics") was read
  as the rarest word of the subject and sank the passage. Set off any of those ways, it still
  asks the specifics of the last keyword, which only a passage spelling the thing out gives.
- "unusual", "exceptional", "rare" ask what the article's English calls "unique", "a great
  rarity" (``ENGLISH_EQUIVALENTS``); "shipments" by rail are its freight.
- "who is the man that wrote on X about 5+1": who wrote it — "the man that" only frames the
  person asked, no word a passage must hold.
- "Ishmukhamedov's opinion on Hajiyev's remark about 5+1 becoming 6": what the remark was
  about says which remark; his reaction need not restate it (English word order of
  ``Analyser._statement_described``).
- An outlet that "interviewed", "polled" or "reached out to" the experts asked them for
  comments, as the article says.
- "apart from the Middle one, which other corridor …": the prop-word "one" before the next
  clause's question word (the comma gone from the words) stands for a noun, no number 1.
- "who would make up / join the Turkic seven", "кто вошёл бы в семёрку": the members of a
  group, states as often as people — no person's name is wanted (``asks_members``); after a
  yes-or-no question, its "would" asks nothing of whether the first will be.
- "how many experts did Minval Politika quote": the outlet quoting is the article quoting
  (``Analyser._without_outlet_addressed``); "what did Minval Politika ask" keeps it.
- Formal English of the visit: an invitation "extended" or "issued" is an invitation made,
  a visit "undertaken" one made, "the invitation under which he came" the one he came by.
- "the deliverables / outcome of the visit", "what did the visit produce": the agreements it
  produced (two English phrasings of that passage, as its Russian lead says "Итог визита");
  the "outcome" an expert hopes for is what he calls its "results" (``ENGLISH_EQUIVALENTS``).
- "which expert gave the figure of 15-18 days": whose figure is asked; "figure" names the
  number given, and giving or citing one is done by words (no deed a passage must tell).

Each group has the question that failed, paraphrases and near-misses that keep their reply.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered, answered_entry, not_given

# --- a request for specifics after a spaced hyphen ------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "rail upgrades discussed - specifics?",
        "new locomotives discussed - specifics pls",
        "ferries for the Caspian - details?",
    ],
)
def test_specifics_after_a_spaced_hyphen_are_those_of_the_keywords(
    session: Session, question: str
) -> None:
    text = answered(session, question)
    assert "модернизации железных дорог" in text


@pytest.mark.parametrize("question", ["trade barriers, specifics?", "AI agreement: details?"])
def test_specifics_set_off_by_a_comma_or_colon_are_still_asked(
    session: Session, question: str
) -> None:
    """As "trade barriers - specifics?" always was: the article names them, spells none out."""
    not_given(session, question, "fact")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Turkic seven - details?", "ishmukhamedov-turkic-seven"),
        ("locomotives: details please", "ishmukhamedov-rail-investment"),
    ],
)
def test_details_of_a_thing_the_article_spells_out_stay_answered(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


def test_names_joined_by_a_spaced_hyphen_stay_read(session: Session) -> None:
    assert "15" in answered(session, "Aliyev - Tokayev talks: what was signed?")


# --- "unusual" is the article's "unique" ----------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "How did political scientist Tusupbekov characterise Kazakh-Azerbaijani relations? "
        "Any quote on how unusual they are?",
        "Tusupbekov on the relations - how unusual are they?",
        "is the Kazakh-Azerbaijani relationship exceptional, according to Tusupbekov?",
        "how exceptional are Kazakh-Azerbaijani ties, per Tusupbekov?",
    ],
)
def test_unusual_relations_are_the_unique_ones(session: Session, question: str) -> None:
    assert "уникальный случай" in answered(session, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What did Ishmukhamedov find unusual in Hajiyev's post?", "ishmukhamedov-on-hajiyev"),
        ("Why are the relations unique?", "tusupbekov-unique-relations"),
    ],
)
def test_the_passage_saying_unusual_or_unique_keeps_its_question(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


# --- rail "shipments" are freight -------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("How many tonnes of rail shipments run between the countries today?", "1,5–2"),
        ("What volume of shipments can Azerbaijan provide by rail?", "5–7"),
        ("rail shipments kz needs - how many tonnes?", "20"),
    ],
)
def test_rail_shipments_are_the_freight(session: Session, question: str, said: str) -> None:
    assert said in answered(session, question)


def test_ships_are_no_shipments(session: Session) -> None:
    not_given(session, "How many ships will be built?", "quantity")


# --- whose figure ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "which expert gave the figure of 15-18 days?",
        "who gave the 15-18 days figure?",
        "Which analyst gave the 15-18 days figure? Need the name",
    ],
)
def test_the_expert_who_gave_a_figure_is_named(session: Session, question: str) -> None:
    text = answered(session, question)
    assert "15–18" in text and "Ишмухамедов" in text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "where do the cargoes in the 15-18 days figure start from?",
            "ishmukhamedov-delivery-time",
        ),
        ("Why exactly seven? Where does the expert take this number from?", "sacred-number-seven"),
        ("who will provide 5-7 million tonnes?", "ishmukhamedov-rail-volumes"),
    ],
)
def test_a_figure_asked_of_no_person_keeps_its_reading(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


# --- "who is the man that …" -----------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Who is the man that write in social network X about 5+1 formula, and what is his "
        "position?",
        "Who is the man that wrote about the 5+1 formula?",
        "who was the official who posted about 5+1 becoming 6?",
    ],
)
def test_the_man_that_did_it_is_who_did_it(session: Session, question: str) -> None:
    assert "Гаджиев" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "who is the man in charge of the Turkic seven?",
        "who's the guy from Baku that talked about energy",
    ],
)
def test_a_man_framed_otherwise_keeps_its_reading(session: Session, question: str) -> None:
    """No relative clause right after the noun: nobody named answers (as before)."""
    assert not session.ask(question).answered


# --- formal English of the visit: "extended the invitation", "undertook the visit" -------------


@pytest.mark.parametrize(
    "question",
    [
        "Who extended the invitation under which President Aliyev undertook the state visit?",
        "Which president extended the invitation under which Aliyev came to Astana?",
        "Kazakhstan extended the invitation - who exactly?",
        "When did Aliyev undertake the visit?",
    ],
)
def test_formal_words_of_the_invitation_and_the_visit(session: Session, question: str) -> None:
    text = answered(session, question)
    assert "Tokayev" in text and "20 October" in text


def test_the_date_of_the_visit_undertaken_stays_the_date(session: Session) -> None:
    assert "20 октября" in answered(session, "On what date did Aliyev undertake his state visit?")


@pytest.mark.parametrize("question", ["Who extended the railway?", "who built the railway?"])
def test_extending_anything_else_is_no_invitation(session: Session, question: str) -> None:
    assert not session.ask(question).answered


# --- what the visit produced --------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What were the deliverables of the state visit?",
        "visit outcomes?",
        "What did the state visit produce?",
        "What were the deliverables of Aliyev's trip to Astana?",
    ],
)
def test_what_the_visit_produced_is_the_agreements(session: Session, question: str) -> None:
    assert "15 важных соглашений" in answered(session, question)


def test_the_hope_for_the_visit_s_results_stays_the_expert_s(session: Session) -> None:
    question = "What does Ishmukhamedov hope the results of the visit will make possible?"
    assert answered_entry(session, question) == "ishmukhamedov-barriers"


@pytest.mark.parametrize(
    "question",
    [
        "What does the expert hope the outcome of the visit will allow the sides to get rid of?",
        "What does the expert hope the outcome of the visit will allow?",
    ],
)
def test_the_outcome_hoped_for_is_the_results_he_names(session: Session, question: str) -> None:
    assert "барьеры и лимиты" in answered(session, question)


# --- one expert's view of another's remark "about …" -------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What was Mr Ishmukhamedov's opinion on Hikmet Hajiyev's remark about 5+1 becoming 6?",
        "Ishmukhamedov's view on Hajiyev's post about 5+1 becoming 6?",
        "what did Ishmukhamedov think of Hajiyev's post about 5+1 becoming 6",
        "Ishmukhamedov assessment of Hikmet Hajiyev's statement about 5+1 turning into 6?",
    ],
)
def test_a_view_of_a_remark_described_is_the_view(session: Session, question: str) -> None:
    assert "долгожданный" in answered(session, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What did Hajiyev's post about 5+1 say?", "hajiyev-five-plus-one"),
        ("Hajiyev's remark about 5+1 becoming 6 - where was it posted?", "hajiyev-five-plus-one"),
    ],
)
def test_the_remark_itself_asked_stays_the_remark(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


# --- the outlet that interviewed the experts ---------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "so who actually interviewed all these experts? the piece says some outlet reached out "
        "to them and I need to name the source properly",
        "which outlet reached out to the experts?",
        "which publication polled the experts on the visit?",
        "the experts were interviewed by which outlet?",
    ],
)
def test_the_outlet_that_interviewed_the_experts(session: Session, question: str) -> None:
    assert "Minval Politika" in answered(session, question)


def test_an_interview_as_a_noun_stays_the_expert_s_words(session: Session) -> None:
    question = "what did Huseynov say in the interview about energy?"
    assert answered_entry(session, question) == "huseynov-energy"


# --- the prop-word "one" before a question word ------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "apart from the Middle one, which other corridor was discussed?",
        "besides the Middle one, which other corridor was discussed?",
        "aside from the Middle one, what other corridor did they discuss?",
    ],
)
def test_the_middle_one_is_no_number(session: Session, question: str) -> None:
    assert "Зангезур" in answered(session, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("was it a state visit or a working one?", "visit-date"),
        ("is the Turkic seven the one that Ishmukhamedov proposed?", "ishmukhamedov-sacred-seven"),
    ],
)
def test_other_props_keep_their_reading(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


# --- "who would make up" a group: its members ----------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Who would make up the 'Turkic seven'?",
        "who would join the Turkic seven?",
        "кто вошёл бы в тюркскую семёрку?",
    ],
)
def test_who_would_make_up_a_group_asks_its_members(session: Session, question: str) -> None:
    assert "Турци" in answered(session, question)


def test_who_would_lead_it_still_asks_a_person(session: Session) -> None:
    not_given(session, "who would lead the Turkic seven?", "person")


def test_who_made_the_proposal_is_still_its_author(session: Session) -> None:
    assert "Ишмухамедов" in answered(session, "who made the proposal of a Turkic seven?")


@pytest.mark.parametrize(
    "question",
    [
        "Is Turkey part of any of the proposed formats? Who would make up the 'Turkic seven'?",
        "Is Turkey in the Turkic seven proposal? Who would join it?",
        "Was Turkey named in any format? who would make up the Turkic seven then?",
    ],
)
def test_a_yes_no_question_then_who_would_make_up_asks_no_forecast(
    session: Session, question: str
) -> None:
    assert "Турци" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "will Turkey join the Turkic seven? who would lead it?",
        "do the experts think Turkey will join?",
    ],
)
def test_whether_turkey_will_join_stays_a_forecast(session: Session, question: str) -> None:
    not_given(session, question, "forecast")


# --- the outlet quoting is the article quoting ------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "how many experts did Minval Politika quote on the visit",
        "which experts does Minval Politika quote?",
        "which experts did Minval Politika quote about the visit?",
    ],
)
def test_the_experts_the_outlet_quotes(session: Session, question: str) -> None:
    text = answered(session, question)
    assert all(name in text for name in ("Гусейнов", "Ишмухамедов", "Тусупбеков"))


def test_what_the_outlet_asked_keeps_the_outlet(session: Session) -> None:
    question = "what did Minval Politika ask the experts?"
    assert answered_entry(session, question) == "article-agenda"
