"""English questions as a wire editor and a lecturer type them, on the real knowledge base.

A fact-checker opens with "confirm …" and closes with "source pls"; a note-taker clips units
("mln t per yr"); a sum is asked by its currency ("the value in dollars"), a time back by
"how long ago", a newcomer's nationality beside what he said ("which expert …, and what is
his nationality?"); a lecturer sets the scene before a colon ("…for my students: from where,
through which country, to where?"). Each is read for what it asks — and a detail the
article lacks is still declined.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types, course_cues
from bot.language.characterisation import collocates
from bot.language.fillers import filler_positions
from bot.language.lexicon import plain_english
from bot.language.occupations import Occupation, asked_occupation
from bot.language.preambles import question_start
from bot.language.specifics import joined_kinds, parted
from bot.language.text import tokens
from tests.support.asking import answered, not_given, question_words


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # request words weigh nothing: "source pls", "confirm …", "the figures he gave"
        ("In which Azerbaijani city did Tokayev speak recently? source pls", "tusupbekov-gabala"),
        ("confirm delivery time halved - the day figures and who gave them", None),
        # clipped units: "mln t", "per yr"
        ("how many mln t per yr can Azerbaijan move by rail", "rail-volume-azerbaijan"),
        # a time "brought down", "halved": cut
        ("what is required to bring transit down to 7-8 days", None),
        # how long ago: a time back, which "совсем недавно" answers
        ("how long ago did Tokayev speak in Gabala?", "tusupbekov-gabala"),
        # a question after a colon opening with a preposition; the scene before it
        (
            "Ishmukhamedov quotes a delivery time for cargo. I want to draw it for a class: "
            "from where and through which country does the cargo go?",
            None,
        ),
        # a person's affiliation is his profile's body
        ("what is Aydin Huseynov's affiliation?", "expert:huseynov"),
        # "bringing Turkey in - why seven?": one reason, asked twice
        ("What is Ishmukhamedov's reasoning for bringing Turkey in - why seven?", None),
    ],
)
def test_english_wire_question_is_answered(
    session: Session, question: str, entry: str | None
) -> None:
    reply = session.ask(question)
    assert reply.answered, (question, reply.kind, reply.entry, reply.score)
    if entry is not None:
        assert reply.entry == entry, (question, reply.entry)


def test_a_route_asked_after_a_scene_gives_its_places(session: Session) -> None:
    text = answered(
        session,
        "Ishmukhamedov quotes a delivery time for cargo. I want to draw it for a class: "
        "from where and through which country does the cargo go?",
    )
    assert all(place in text for place in ("Китая", "Казахстан", "Азербайджан"))


def test_a_halved_time_is_answered_by_both_figures(session: Session) -> None:
    text = answered(session, "confirm delivery time halved - the day figures and who gave them")
    assert "7–8" in text and "15–18" in text


def test_a_sum_asked_by_its_currency_the_article_lacks_is_not_given(session: Session) -> None:
    """The energy exports are named, never valued: "in dollars" asks a sum of money."""
    not_given(
        session,
        "What is the value in dollars of the Kazakh energy exports via Azerbaijan?",
        "money",
    )


def test_a_currency_as_the_unit_asks_money() -> None:
    assert AnswerType.MONEY in asked_types(question_words("value in dollars of energy exports"))
    assert AnswerType.MONEY in asked_types(question_words("экспорт энергоресурсов в долларах"))
    assert AnswerType.MONEY not in asked_types(question_words("what did he say about energy"))


def test_who_said_it_and_his_nationality_shows_who_he_is(session: Session) -> None:
    """The answer names the expert; the article's words introducing him give his nationality."""
    text = answered(
        session, "Which expert spoke about the peace declaration, and what nationality is he?"
    )
    assert "Тусупбеков" in text and "казахстанского политолога" in text
    # his words alone when his nationality is not asked
    plain = answered(session, "Which expert spoke about the peace declaration?")
    assert "казахстанского политолога" not in plain


@pytest.mark.parametrize(
    ("words", "occupation"),
    [
        ("what country is he from", Occupation.COUNTRY),
        ("from which country is tusupbekov", Occupation.COUNTRY),
        ("from where through which country to where", None),
        ("his affiliation", Occupation.WORKPLACE),
        ("aydin huseynov title", Occupation.JOB),
    ],
)
def test_occupation_asked(words: str, occupation: Occupation | None) -> None:
    assert asked_occupation(tuple(words.split())) == occupation


def test_a_route_through_which_country_asks_no_nationality() -> None:
    """A question naming Ishmukhamedov and asking the route's places is no question of where
    he is from: his profile would answer it."""
    words = question_words("Ishmukhamedov: from where, through which country, to where?")
    assert asked_occupation(words) is None


def test_the_noun_after_an_article_is_no_verb_of_a_course() -> None:
    assert not course_cues(question_words("how does he characterise the shift in relations"))
    assert course_cues(question_words("how will trade shift"))


def test_what_kind_of_thing_asks_no_place() -> None:
    words = question_words("from what kind of relationship to what")
    assert AnswerType.PLACE not in asked_types(words)
    assert AnswerType.PLACE in asked_types(question_words("from which city"))


def test_how_long_ago_asks_a_time_back_not_a_length() -> None:
    kinds = asked_types(question_words("how long ago did Tokayev speak in Gabala"))
    assert AnswerType.DATE in kinds and AnswerType.DURATION not in kinds
    assert AnswerType.DURATION in asked_types(question_words("how long did the visit last"))


def test_a_checking_request_opening_the_message_is_a_filler() -> None:
    assert filler_positions(question_words("confirm the date Aliyev arrived")) == {0}
    assert filler_positions(question_words("please verify the transit time")) == {1}
    # not a verb of checking inside the question
    assert not filler_positions(question_words("what did the visit confirm about ties"))


def test_clipped_units_read_as_their_words() -> None:
    assert tokens("5-7 mln t per yr") == ["5-7", "million", "tonnes", "per", "year"]
    assert tokens("a t-shirt") == ["a", "t-shirt"]


def test_bringing_a_country_in_is_adding_it() -> None:
    assert plain_english(["bringing", "turkey", "in", "why"])[0] == "add"
    assert plain_english(["bring", "goods", "in", "containers"])[0] == "bring"


def test_a_question_after_a_colon_may_open_with_a_preposition() -> None:
    text = "I want it for a class: from where does the cargo go?"
    assert text[question_start(text) :] == "from where does the cargo go?"
    # a preposition alone opens no question: all of it is asked
    assert question_start("One thing for my class: from China to Europe?") == 0


def test_a_second_why_asks_the_same_reason() -> None:
    text = "Why does he propose adding Turkey, why seven?"
    words = parted(list(question_words(text)), text)
    assert AnswerType.REASON not in joined_kinds(words)


def test_a_wish_is_no_thing_to_come() -> None:
    words = question_words("Do the experts consider trade sufficient? I would like the figure.")
    assert AnswerType.FORECAST not in asked_types(words)
    assert AnswerType.FORECAST in asked_types(question_words("do experts think Turkey would join"))


def test_how_he_frames_a_thing_asks_his_description_of_it(session: Session) -> None:
    reply = session.ask("How does Huseynov frame the relations?")
    assert reply.answered and reply.speaker == "huseynov", (reply.kind, reply.entry)


def test_english_qualities_are_those_shown() -> None:
    """The English summary says the qualities "shown": the frame's words in English."""
    assert "shown" in collocates("qualiti")


def test_a_pair_of_country_adjectives_names_both_countries(session: Session) -> None:
    """ "Azerbaijani–Kazakh relations" are those of Azerbaijan and Kazakhstan: "Kazakh" alone
    is the briefing's word for an expert's nationality."""
    lemmas = {t.lemma for t in session.matcher.analyse("Azerbaijani–Kazakh relations").terms}
    assert {"azerbaijan", "kazakhstan"} <= lemmas
    # one adjective stays itself
    assert "kazakh" in {t.lemma for t in session.matcher.analyse("Kazakh energy exports").terms}


def test_a_figure_asked_with_its_verdict_is_the_judging_passage(session: Session) -> None:
    text = answered(
        session,
        "Do analysts find Azerbaijani–Kazakh trade sufficient? I'd like the figure and "
        "their verdict.",
    )
    assert "400–500" in text and "недостаточно" in text


def test_in_dollar_terms_is_in_dollars() -> None:
    assert plain_english(["in", "dollar", "terms", "how", "big"]) == ["in", "dollar", "how", "big"]
    assert AnswerType.MONEY in asked_types(question_words("in dollar terms, how big is trade"))
