"""A foreign reporter's English about a Russian article, bridged by class, not by sentence.

A reporter asks "on what grounds" or "what is the rationale" where a reader asks "why";
says "at present", "right now", "these days" for now and "adequate" for enough; writes
"Türkiye", "Hüseynov", "Əliyev" with their marks; counts "MoUs"; asks a party's "stance";
and speaks in phrasal verbs ("brought up", "weigh in on", "push for"). Each test fails
without its bridge; the guards check that the article's gaps stay gaps.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types, reason_idioms
from bot.language.lexicon import plain_english
from bot.language.text import fold
from tests.support.asking import answered, declined, not_given, question_words

# --- reason nouns: how a reason is asked, as "why" asks it ------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "On what grounds does Ishmukhamedov propose adding Turkey?",
        "On which ground does Ishmukhamedov propose to add Türkiye — only political reasons?",
        "What justification does Ishmukhamedov offer for including Turkey?",
        "What motive does Ishmukhamedov give for adding Turkey?",
        "On what basis does Ishmukhamedov propose to add Turkey?",
    ],
)
def test_a_reason_asked_by_its_noun_answers_as_why_does(session: Session, question: str) -> None:
    """The passage giving the grounds (the sacred number seven, or Turkey as a strategic
    ally) answers; the noun, unknown to the briefing, no longer outweighs the subject."""
    text = answered(session, question)
    assert "семь" in text or "стратегического союзника" in text


def test_the_reason_noun_is_no_word_of_the_subject() -> None:
    words = question_words("On what grounds does he propose adding Turkey?")
    assert words.index("grounds") in reason_idioms(words)
    words = question_words("What is the rationale for a Turkic seven?")
    assert words.index("rationale") in reason_idioms(words)
    # "the reasons he gave" with no question word before: no frame
    assert not reason_idioms(question_words("the grounds he gave for Turkey"))


def test_basis_is_a_reason_only_on_what_basis() -> None:
    """ "the basis of a new Eurasian architecture" is a foundation the article names."""
    framed = question_words("On what basis does he propose it?")
    assert framed.index("basis") in reason_idioms(framed)
    assert AnswerType.REASON in asked_types(framed) or AnswerType.STATEMENT in asked_types(framed)
    plain = question_words("What is the basis of the new Eurasian architecture?")
    assert not reason_idioms(plain)


def test_the_foundation_named_basis_still_answers(session: Session) -> None:
    text = answered(session, "What is the basis of the new Eurasian architecture?")
    assert "евразийской архитектуры" in text


def test_which_grounds_asks_no_detail_a_passage_must_name(session: Session) -> None:
    """ "on which grounds": a reason is the kind asked, not a "ground" the article names."""
    text = answered(session, "On which grounds does Ishmukhamedov propose to add Turkey?")
    assert "семь" in text or "стратегического союзника" in text


def test_on_what_grounds_is_read_as_why_is(session: Session) -> None:
    """The same reply to "…, and on what grounds?" as to "…, and why?"; with the idea named,
    the reason (the sacred number) is shown with what follows from it — Turkey's addition."""
    short = "Which country does Ishmukhamedov want added to the six, and {}?"
    why, grounds = (session.ask(short.format(end)) for end in ("why", "on what grounds"))
    assert (why.kind, why.entry, why.missing) == (grounds.kind, grounds.entry, grounds.missing)
    text = answered(
        session,
        'I am writing a piece on the "Turkic seven" idea floated after the visit. Which '
        "country does Ishmukhamedov want added to the six, and on what grounds?",
    )
    assert "Турцию" in text and "семь" in text


def test_grounds_the_article_never_gives_stay_not_given(session: Session) -> None:
    not_given(session, "On what grounds was Astana chosen for the talks?", "reason")
    declined(session, "What was the rationale for holding the visit in October?")


# --- now, and enough -----------------------------------------------------------------------


def test_now_in_several_words_is_now() -> None:
    for phrase in ("at present", "right now", "at the moment", "these days", "as of now"):
        assert plain_english(phrase.split()) == ["now"], phrase


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("How much do the two countries trade at present?", "400"),
        ("How long does cargo from China take these days?", "дней"),
        ("How much freight goes by rail at the moment?", "1,5"),
    ],
)
def test_the_figure_of_now_answers_a_now_in_several_words(
    session: Session, question: str, evidence: str
) -> None:
    assert evidence in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "Do the experts consider the present trade level sufficient?",
        "Is the present level of trade adequate?",
        "Is bilateral trade adequate, in Ishmukhamedov's view?",
    ],
)
def test_whether_trade_is_enough_in_a_reporters_words(session: Session, question: str) -> None:
    assert "недостаточно" in answered(session, question)


def test_an_adequacy_the_article_never_judges_stays_unanswered(session: Session) -> None:
    declined(session, "Is the present ferry fleet adequate?")


# --- names with marks, documents, stances ----------------------------------------------------


def test_marked_letters_fold_to_the_plain_ones() -> None:
    assert fold("Türkiye Hüseynov Əliyev Erdoğan") == "turkiye huseynov aliyev erdogan"


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("Why should Türkiye be added, per Ishmukhamedov?", "семь"),
        ("When did İlham Əliyev arrive in Astana?", "20 октября"),
        ("What did Hüseynov say about energy?", "энерг"),
    ],
)
def test_a_romanised_name_with_marks_is_the_name(
    session: Session, question: str, evidence: str
) -> None:
    assert evidence in answered(session, question)


def test_a_party_under_its_marked_name_is_still_a_party(session: Session) -> None:
    """Türkiye's own stance is not in the article: only what an expert proposes for it."""
    not_given(session, "What is Türkiye's position on the Turkic seven?", "statement")
    not_given(session, "What is Türkiye's stance on the Turkic seven?", "statement")
    not_given(session, "What is China's stance on the Middle Corridor?", "statement")


def test_a_person_under_a_marked_name_is_still_unknown(session: Session) -> None:
    declined(session, "What is Erdoğan's position on the Turkic seven?")
    declined(session, "What did Erdoğan say about the visit?")


@pytest.mark.parametrize(
    "question", ["How many MoUs were signed?", "How many memoranda did the sides sign?"]
)
def test_memoranda_are_the_agreements_counted(session: Session, question: str) -> None:
    assert "15" in answered(session, question)


# --- phrasal verbs ---------------------------------------------------------------------------


def test_phrasal_verbs_of_saying_ask_nothing_of_their_own() -> None:
    for phrase in ("brought up", "pointed to", "weigh in", "touched on", "points out"):
        assert plain_english(phrase.split()) == [], phrase
    assert plain_english(["push", "for"]) == ["propose"]
    # "the plan calls for" is a need, no proposal: left as it is
    assert plain_english(["plan", "calls", "for"]) == ["plan", "calls", "for"]


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("Which expert brought up the sacred number?", "семь"),
        ("Did Tusupbekov weigh in on the peace declaration?", "деклара"),
        ("Why does Ishmukhamedov push for electronic pre-registration?", "регистрац"),
    ],
)
def test_a_phrasal_verb_finds_what_was_said(session: Session, question: str, evidence: str) -> None:
    assert evidence in answered(session, question)


def test_verbs_of_advocating_with_their_object_propose() -> None:
    # "why does the expert push e-registration": the object straight after the verb
    assert plain_english(["why", "does", "the", "expert", "push", "e-registration"])[-2:] == [
        "propose",
        "e-registration",
    ]
    assert "propose" in plain_english(["who", "advocated", "adding", "turkey"])
    # a drive, no doer asked with "do": left as it is
    assert plain_english(["what", "will", "push", "trade", "up"]) == [
        "what",
        "will",
        "push",
        "trade",
        "up",
    ]


@pytest.mark.parametrize(
    "question",
    [
        "Why does the expert push e-registration of trucks at the border?",
        "Why does the expert advocate e-registration of trucks at the border?",
    ],
)
def test_an_advocated_measure_finds_its_reason(session: Session, question: str) -> None:
    # once only "did you mean": "push", a word the briefing never uses, sank the passage
    assert "облегчить товарооборот" in answered(session, question)


# --- where relations are heading -------------------------------------------------------------


def test_where_relations_are_heading_asks_a_forecast_not_a_place(session: Session) -> None:
    assert AnswerType.PLACE not in asked_types(
        question_words("Where are Baku-Astana relations heading?")
    )
    reply = session.ask("Where are Baku-Astana relations heading?")
    assert reply.missing != "place"
    # cargo heading somewhere travels: no forecast read into it
    declined(session, "Where is the cargo heading?")


# --- a horizon of years asked of a named expert ----------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What does MP Huseynov foresee for Baku–Astana relations in coming years?",
        "What does Huseynov foresee for Baku-Astana ties in the coming years?",
    ],
)
def test_his_passage_on_the_coming_years_answers_the_coming_years(
    session: Session, question: str
) -> None:
    """Of Huseynov's passages, the one saying "в ближайшие годы", not the one his name and
    the capitals ("Баку и Астана намерены играть ключевую роль") bring closer."""
    assert "региональные реалии" in answered(session, question)


def test_without_a_horizon_his_closest_passage_still_answers(session: Session) -> None:
    text = answered(session, "What role will Baku and Astana play, per Huseynov?")
    assert "транспортной карты" in text


# --- the trade press's words for sectors, rolling stock, farming ------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Was artificial intelligence among sectors of signed agreements, yes or no?",
        "Which sectors do the 15 agreements cover?",
        "In which spheres were agreements signed?",
        "What fields do the agreements cover?",
    ],
)
def test_sectors_and_spheres_are_the_areas_of_the_agreements(
    session: Session, question: str
) -> None:
    assert "искусственном интеллекте" in answered(session, question)


def test_a_sector_the_agreements_never_name_is_not_answered(session: Session) -> None:
    declined(session, "Was tourism among the sectors of the agreements?")


def test_railcars_are_wagons_whose_number_the_article_never_gives(session: Session) -> None:
    not_given(session, "How many railcars are needed?", "quantity")
    not_given(session, "How many locomotives and railcars are to be bought?", "quantity")


def test_farming_is_the_agrarian_sector_on_the_agenda(session: Session) -> None:
    assert "аграрная сфера" in answered(session, "Was farming discussed?")


# --- a plan's dates asked by their noun: timeline, deadline, schedule -------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What is the timeline for cutting delivery to 7-8 days?",
        "What is the timeframe for cutting delivery to 7-8 days?",
        "What is the deadline for reaching one billion dollars of trade?",
        "What's the time frame for reaching $1bn in trade?",
        "Is there a timeline for the railway modernisation?",
        "What's the schedule for the new ferries?",
    ],
)
def test_a_timeline_the_article_never_gives_is_not_given(session: Session, question: str) -> None:
    """The targets ("можно сократить до 7–8 дней", "до одного миллиарда долларов") name no
    date: answering them would be a confident answer to a question the article leaves open."""
    not_given(session, question, "date")


def test_a_schedule_noun_asks_a_date_unless_a_length_is_asked_first() -> None:
    assert asked_types(question_words("What is the timeline for the ferries?")) == (
        AnswerType.DATE,
    )
    lasting = asked_types(
        question_words("How long will the railway modernisation take, any timeframe?")
    )
    assert lasting[:1] == (AnswerType.DURATION,)


# --- the level of relations is a standing, not an amount -------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What level of relations did the visit show, per Tusupbekov?",
        "What level was the visit held at?",
        "At what level was the visit held?",
    ],
)
def test_the_level_of_a_visit_or_relations_is_how_high_they_stand(
    session: Session, question: str
) -> None:
    assert AnswerType.QUANTITY not in asked_types(question_words(question))
    assert "высш" in answered(session, question)


def test_the_level_of_an_amount_still_asks_a_figure() -> None:
    assert asked_types(question_words("To what level could trade grow?"))[:1] == (
        AnswerType.QUANTITY,
    )
    assert asked_types(question_words("What level of trade do they have?"))[:1] == (
        AnswerType.QUANTITY,
    )
