"""English wordings of reviewers who read only the article: a wire reporter's keywords, a
consultant's units, a student's remarks after the question, second-language word order.

Each is read for what it asks: a document put before "what's in it" asks its contents (which
the article does not give); a name only a remark after the question holds is no speaker
asked; "X's opinion on Y's remark" asks X's view; "tonnes/yr" is a rate, no year asked. A
detail the article lacks is still declined, and the neighbours of each wording keep their
answers.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types
from bot.language.contents import contents_holder
from bot.language.specifics import keyword_detail
from tests.support.asking import answered, answered_entry, declined, not_given, question_words

# --- a document before the question, asked by "it": its contents --------------------------


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("AI agreement, what's in it", "agreement"),
        ("the peace declaration - what does it say?", "declaration"),
        ("AI deal: what is in it exactly?", "deal"),
        ("AI agreement - what does it include?", "agreement"),
        # "inside" with no object of its own: "in it"
        (
            "The AI agreement, what exactly is inside? Some joint data center or only memorandum?",
            "agreement",
        ),
        ("AI deal - what is inside?", "deal"),
        ("соглашение по ИИ, что в нём?", "соглашение"),
        ("соглашение по ИИ — что там прописано?", "соглашение"),
        ("что в соглашении по ИИ?", "соглашении"),
    ],
)
def test_a_document_put_first_is_the_one_whose_contents_are_asked(
    question: str, holder: str
) -> None:
    assert contents_holder(question_words(question)) == holder


@pytest.mark.parametrize(
    "question",
    [
        # its benefit, not its contents
        "the deal, what's in it for Azerbaijan?",
        # no pronoun: the experts' words on it
        "AI agreement, what did the experts say about it",
        # the agreements together: the areas a passage lists
        "the agreements, what's in them",
        "что в Астане подписали?",
    ],
)
def test_no_document_contents_without_the_document_asked_by_it(question: str) -> None:
    assert contents_holder(question_words(question)) is None


@pytest.mark.parametrize(
    "question",
    [
        "AI agreement, what's in it",
        "AI agreement - what does it include?",
        "AI deal: what is in it exactly?",
        "peace declaration, what's in it",
        "соглашение по ИИ, что в нём?",
        "что в соглашении по ИИ?",
    ],
)
def test_contents_of_a_document_put_first_are_not_given(session: Session, question: str) -> None:
    not_given(session, question, "fact")


def test_what_the_agreements_hold_together_is_still_answered(session: Session) -> None:
    assert answered_entry(session, "что в Астане подписали?") == "agreements-count"


# --- a name only a remark after the question holds ------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what did Ishmukhamedov think about the peace declaration with Armenia? I want to "
        "contrast his take with Tusupbekov's in my essay",
        "What is Ishmukhamedov's view of the peace declaration? I'll set it against Tusupbekov's.",
        "How does Ishmukhamedov assess the peace declaration? I want to compare him with "
        "Tusupbekov.",
        "What did Huseynov say about the peace declaration? I will compare it with "
        "Tusupbekov's view.",
        "Ishmukhamedov on the peace declaration - what did he say? (Tusupbekov I already have)",
    ],
)
def test_a_name_in_the_remark_is_no_speaker_asked(session: Session, question: str) -> None:
    text = not_given(session, question, "statement")
    assert "Tusupbekov" in text  # who does speak on it is offered, as his


def test_another_speaker_named_in_the_scene_gives_no_words_as_his(session: Session) -> None:
    declined(session, "Tusupbekov spoke about the declaration. What did Huseynov say about it?")


# --- "X's opinion on Y's remark": X's view -------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What is Ishmukhamedov's take on Hajiyev's post?",
        "Ishmukhamedov's view of Hajiyev's post about 5+1?",
        "What is Mr Ishmukhamedov's opinion on Hikmet Hajiyev's post?",
    ],
)
def test_the_owner_of_the_view_is_the_speaker(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "ishmukhamedov-on-hajiyev"


def test_a_view_on_another_s_remark_is_never_the_remark_itself(session: Session) -> None:
    reply = session.ask(
        "What was Mr Ishmukhamedov's opinion on Hikmet Hajiyev's remark about 5+1 becoming 6?"
    )
    assert reply.entry != "hajiyev-five-plus-one", reply.kind


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What is Tusupbekov's opinion on the peace declaration?", "tusupbekov-peace"),
        ("What did Hajiyev write on X about 5+1?", "hajiyev-five-plus-one"),
        ("How did Ishmukhamedov react to Hajiyev's post?", "ishmukhamedov-on-hajiyev"),
    ],
)
def test_views_asked_as_before_keep_their_answers(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


def test_a_view_of_one_who_never_spoke_on_it_is_not_given(session: Session) -> None:
    not_given(session, "What is Huseynov's view on the peace declaration?", "statement")


# --- a unit per year: a rate, no year asked ------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Azerbaijan rail capacity on offer, tonnes/yr",
        "azerbaijan rail capacity tonnes year",
        "rail volume Azerbaijan ready to provide, tons per yr",
    ],
)
def test_an_amount_per_year_in_keywords_is_answered(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "rail-volume-azerbaijan"


@pytest.mark.parametrize("question", ["aliyev kazakhstan visit year", "agreements signed year"])
def test_a_year_asked_in_keywords_is_still_declined(session: Session, question: str) -> None:
    declined(session, question)


# --- how the asker found him: "quoted in this piece", "commented for Minval Politika" ------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Kindly share the name of the Azerbaijani parliamentarian quoted in this piece.", None),
        ("What is the name of the Azerbaijani MP quoted in the article?", None),
        ("name of the Kazakh political scientist cited in the piece pls", "expert:tusupbekov"),
    ],
)
def test_a_quoted_person_is_asked_by_what_he_is(
    session: Session, question: str, entry: str | None
) -> None:
    text = answered(session, question)
    if entry is None:
        assert "Гусейнов" in text
    else:
        assert answered_entry(session, question) == entry


@pytest.mark.parametrize("question", ["who is quoted", "Which experts are quoted in the article?"])
def test_who_is_quoted_still_asks_the_experts(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "experts"


@pytest.mark.parametrize(
    "question",
    [
        "the Russian analyst quoted in the piece - what did he say?",
        "The Turkish expert quoted here, what's his name?",
    ],
)
def test_a_quoted_person_the_article_lacks_is_still_declined(
    session: Session, question: str
) -> None:
    declined(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "who from Milli Majlis commented the visit for Minval Politika?",
        "кто из депутатов прокомментировал визит для Minval Politika?",
    ],
)
def test_the_outlet_spoken_to_names_no_subject(session: Session, question: str) -> None:
    assert "Гусейнов" in answered(session, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What did Minval Politika ask the experts?", "article-agenda"),
        ("Which outlet asked the experts for comment?", "article-agenda"),
    ],
)
def test_the_outlet_asked_about_is_still_the_subject(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


def test_an_interview_the_article_never_tells_is_not_confirmed(session: Session) -> None:
    declined(session, "Did Minval Politika interview Tokayev?")


# --- a definition asked in other words: "what is meant by", "what it is", "other name" ------


@pytest.mark.parametrize(
    "question",
    [
        "What exactly is meant by the 'Middle Corridor' in this article? Please clarify.",
        "Middle Corridor - what it is exactly, which other name article gives?",
        "What other name does the article give for the Middle Corridor?",
        "Middle Corridor, also known as?",
    ],
)
def test_a_definition_asked_in_other_words_is_answered(session: Session, question: str) -> None:
    assert "Транскаспийский" in answered(session, question)


def test_another_name_the_article_never_gives_is_not_given(session: Session) -> None:
    not_given(session, "What other name does the article give for the Zangezur corridor?", "fact")


# --- a currency by its code after "how much": a sum of money -------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "azerbaijan kazakhstan bilateral trade volume per year how much USD",
        "how much USD is the trade between them per year",
        "trade turnover, how many bucks?",
    ],
)
def test_how_much_in_a_currency_code_asks_money(session: Session, question: str) -> None:
    assert "400–500 миллионов долларов" in answered(session, question)


def test_a_sum_the_article_never_gives_in_a_currency_code_is_declined(session: Session) -> None:
    declined(session, "how much USD will the ferries cost?")


@pytest.mark.parametrize(
    "question",
    [
        "how much do ferries cost",
        "how much will the new ferries cost",
        "what is the cost of the new ferries",
        # a countable thing's price, and the price of one of them
        "what is the price of a new ferry",
        "how much does one new Caspian ferry cost",
        "сколько стоит один новый паром",
        "Какова цена одного парома?",
    ],
)
def test_what_a_thing_costs_is_money_not_given(session: Session, question: str) -> None:
    """ "cost", verb or noun, asks what the thing costs, as "сколько стоит" and "стоимость"
    do — no word of the subject the article lacks: weighed as one, it sank the passage on
    the ferries below any offer, and the reply said nothing of them."""
    assert "паромов" in not_given(session, question, "money")


def test_one_of_a_billion_keeps_its_number(session: Session) -> None:
    # "один миллиард" is the figure, not a unit the price is asked per
    assert "1 миллиард" in answered(session, "товарооборот дойдёт до одного миллиарда?")


# --- "where does he take this number from": its origin, no place ---------------------------


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Why exactly seven? Where does the expert take this number from?", AnswerType.REASON),
        ("Where does Ishmukhamedov get the number seven from?", AnswerType.REASON),
        ("where does the idea of a Turkic seven come from?", AnswerType.REASON),
        ("Where does the cargo come from?", AnswerType.PLACE),
        ("where does cargo from China go through?", AnswerType.PLACE),
    ],
)
def test_where_from_after_getting_asks_an_origin(question: str, kind: AnswerType) -> None:
    assert asked_types(question_words(question))[:1] == (kind,)


@pytest.mark.parametrize(
    "question",
    [
        "Where does Ishmukhamedov get the number seven from?",
        "where does the idea of a Turkic seven come from?",
        "Why the number seven, according to Ishmukhamedov?",
    ],
)
def test_the_origin_of_the_seven_is_the_sacred_number(session: Session, question: str) -> None:
    assert "священным числом" in answered(session, question)


@pytest.mark.parametrize(
    "question", ["what numbers does Ishmukhamedov give?", "какие цифры привёл Ишмухамедов"]
)
def test_an_expert_s_figures_asked_at_large_are_still_listed(
    session: Session, question: str
) -> None:
    assert answered_entry(session, question) == "figures"


# --- a reporter's words for barriers and targets -------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "What outcome does the expert anticipate from the visit with regard to the "
            "obstacles restraining mutual trade?",
            "ishmukhamedov-barriers",
        ),
        ("what obstacles hamper trade?", "ishmukhamedov-barriers"),
        ("which hurdles constrain mutual trade?", "ishmukhamedov-barriers"),
        (
            "Which figure for the annual trade turnover does the Kazakh political scientist "
            "see as reachable after the new projects are realised?",
            "trade-turnover-target",
        ),
    ],
)
def test_reporter_s_words_read_as_the_briefing_s(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


def test_obstacles_the_article_never_names_are_declined(session: Session) -> None:
    declined(session, "any obstacles at the border for trucks?")


# --- keywords closed by a request for specifics: the specifics of the last noun -------------


@pytest.mark.parametrize(
    ("question", "detail"),
    [
        ("rail upgrades discussed - specifics?", "upgrades"),
        ("AI agreement - specifics?", "agreement"),
        ("trade barriers - details pls", "barriers"),
        ("Zangezur corridor, specifics?", "corridor"),
        # a question word asks of its own: its words say which thing
        ("what exactly is in the deal?", None),
        ("specifics?", None),
        ("rail upgrades discussed", None),
    ],
)
def test_a_request_for_specifics_closing_keywords_names_its_thing(
    question: str, detail: str | None
) -> None:
    assert keyword_detail(question_words(question)) == detail


@pytest.mark.parametrize("question", ["AI agreement - specifics?", "trade barriers - specifics?"])
def test_specifics_the_article_never_spells_out_are_not_given(
    session: Session, question: str
) -> None:
    not_given(session, question, "fact")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("locomotives: details please", "ishmukhamedov-rail-investment"),
        ("Turkic seven - details?", "ishmukhamedov-turkic-seven"),
    ],
)
def test_details_of_a_thing_the_article_tells_are_still_answered(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


# --- hedges and requests of a reporter: "best-case", "supposed to be", "put a number on" ----


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("best-case transit after investment, china to baku", "delivery-time-target"),
        (
            "so the expert says delivery times could get way shorter if there's enough "
            "investment. shorter to how many days? trying to put a number on the Middle "
            "Corridor's potential",
            "delivery-time-target",
        ),
        ("how much shorter could delivery get?", "delivery-time-target"),
        (
            "apparently an aide to Aliyev posted that the 5+1 format has turned into a "
            "different number. what's the new number supposed to be?",
            "hajiyev-five-plus-one",
        ),
        # the figure's own words: "what the formula has turned into" stays the figure's
        ("The 5+1 format turned into what number, according to Hikmet Hajiyev?", "format-6"),
    ],
)
def test_a_reporter_s_hedges_weigh_nothing(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


def test_a_forecast_hedged_as_best_case_is_still_not_given(session: Session) -> None:
    not_given(session, "in the best case, when will Turkey join?", "forecast")


@pytest.mark.parametrize(
    "question", ["who writes for Minval Politika?", "who works for Minval Politika?"]
)
def test_the_outlet_s_staff_asked_is_no_expert(session: Session, question: str) -> None:
    declined(session, question)


@pytest.mark.parametrize(
    "question", ["rail upgrades discussed?", "were railway upgrades discussed?"]
)
def test_a_check_is_confirmed_by_the_passage_saying_it_in_other_words(
    session: Session, question: str
) -> None:
    # "modernising the railways": an upgrade in the briefing's own words
    assert answered_entry(session, question) == "ishmukhamedov-rail-investment"


@pytest.mark.parametrize(
    "question", ["were airport upgrades discussed?", "what road upgrades were discussed?"]
)
def test_upgrades_of_what_the_article_never_names_are_declined(
    session: Session, question: str
) -> None:
    declined(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "the part about the number seven confused me a bit. why does Ishmukhamedov think it "
        "should be seven countries and not six? is it like a symbolic thing?",
        "is seven a symbolic number for the Turkic peoples?",
        "why seven - is it symbolic?",
    ],
)
def test_a_symbolic_number_is_the_sacred_one(session: Session, question: str) -> None:
    assert "священным числом" in answered(session, question)


def test_a_symbolic_venue_the_article_never_tells_is_declined(session: Session) -> None:
    declined(session, "is there anything symbolic about Astana as the venue?")


def test_a_big_picture_asks_nothing_of_its_own(session: Session) -> None:
    assert (
        answered_entry(session, "what's his big-picture view on energy, the Azerbaijani MP?")
        == "huseynov-energy"
    )


# --- where the asker will use the answer: "I want to quote it in my conclusion" -----------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "what does the Azerbaijani MP predict about where the relationship is heading? "
            "like his big-picture prediction for the region, I want to quote it in my "
            "conclusion",
            "huseynov-alliance",
        ),
        (
            "What is Huseynov's forecast for the region? I need to use it in my essay.",
            "huseynov-alliance",
        ),
        (
            "how long does cargo take from China today? I'll put it into my draft",
            "delivery-time-now",
        ),
    ],
)
def test_the_piece_the_answer_goes_into_is_no_subject(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    "question", ["What is in the conclusion of Huseynov?", "what's Huseynov's conclusion?"]
)
def test_a_conclusion_asked_about_is_still_the_subject(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "huseynov-alliance"


# --- "why exactly", "where precisely": the question word insisted on ----------------------


@pytest.mark.parametrize(
    "question",
    [
        "Why exactly seven? Where does the expert take this number from?",
        "why exactly seven?",
        "why precisely seven countries?",
    ],
)
def test_an_insisting_question_word_asks_what_it_asks(session: Session, question: str) -> None:
    assert "священным числом" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "What exactly did they agree on the Zangezur corridor?",
        "what exactly is in the AI agreement?",
    ],
)
def test_specifics_insisted_on_are_still_not_given(session: Session, question: str) -> None:
    not_given(session, question, "fact")
