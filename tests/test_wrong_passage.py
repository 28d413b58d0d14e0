"""Confident answers from the wrong passage of the right speaker or topic, by class.

- "Что оказалось в центре внимания экспертов и аналитиков": the experts, in the genitive, are
  whose attention is meant — the article's own sentence about them answers
  (``dialogue._tells_of_experts``), not every expert's words on "в центре внимания"; experts
  named as the ones who speak ("что пишут аналитики", "мнение аналитиков") still get each
  expert's words.
- "Ишмухамедов про тюркскую семёрку, кто главный будет": the word the best passage is asked
  by ("главный") is not outweighed by the expert's name in another passage of his
  (``Matcher._closest_own``).
- "Какой будет тюркская семёрка": its character as it will be — "Это будет пространство, где
  … равноправные государства", the linked passage going on from "могла бы представлять
  собой" (``Matcher._what_it_will_be_first``); "чем могла бы стать" keeps the latter.
- "Guseinov's take on the significance of the visit": the passage whose lead is about the
  significance in general before the one found by "political significance"
  (``Matcher._general_first``); "political significance" keeps the latter.
- "Which agreements were signed and who signed them": the "who" of a second request asks the
  doer, whom "the sides signed" does not name (``matcher._english_deed``); "give names of all
  15 agreements (and who signed each one)", "названия соглашений" ask the items listed, which
  the article does not name one by one (``predicates.listed``).

Each case asks the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import asks_character, tells_what_it_will_be
from tests.support.asking import answered, answered_entry, not_given, question_words


@pytest.mark.parametrize(
    "question",
    [
        "что оказалось в центре внимания экспертов и аналитиков",
        "xnj jrfpfkjcm d wtynht dybvfybz 'rcgthnjd b fyfkbnbrjd",  # on Latin keys
        "что было в центре внимания экспертов",
    ],
)
def test_experts_whose_attention_is_asked_get_the_article_sentence(
    session: Session, question: str
) -> None:
    assert answered_entry(session, question) == "article-agenda"
    assert "развитие Среднего коридора" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "что пишут аналитики о визите",  # the experts speak: their words
        "мнение аналитиков о визите",  # their view asked, in the genitive
        "какие казахстанские эксперты коментировали визит",
    ],
)
def test_experts_who_speak_still_get_their_words(session: Session, question: str) -> None:
    assert answered_entry(session, question) != "article-agenda"


@pytest.mark.parametrize(
    "question",
    [
        "какой будет тюркская семерка поишмухамедову",
        "какой будет тюркская семерка",
        "bive[fvtljd ghj n.hrcre. ctvthre nfv rnj ukfdysq ,eltn",  # "… кто главный будет"
        "ишмухамедов про тюркскую семерку там кто главный будет",
    ],
)
def test_what_the_seven_will_be_like_is_the_equal_states(session: Session, question: str) -> None:
    assert "равноправные" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "чем могла бы стать тюркская семерка",  # what it could become: the region
        "кто предложил тюркскую семерку",
    ],
)
def test_what_the_seven_could_become_stays(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "ishmukhamedov-turkic-seven"


def test_character_asked_only_beside_the_verb() -> None:
    assert asks_character(question_words("какой будет тюркская семерка"))
    assert asks_character(question_words("тюркская семерка будет какой"))
    assert not asks_character(question_words("какие страны будут в тюркской семерке"))
    assert tells_what_it_will_be("Это будет пространство, где нет «старших»")
    assert not tells_what_it_will_be("Такая семёрка могла бы представлять собой регион")


@pytest.mark.parametrize(
    "question",
    [
        "Guseinov's one-line take on the significance of the visit",
        "Guseinov on the significance of the visit",
        "значение визита по мнению Гусейнова",
    ],
)
def test_significance_in_general_is_the_general_passage(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "huseynov-new-stage"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("political significance of the visit per Huseynov", "huseynov-ots"),
        ("политическое значение визита по Гусейнову", "huseynov-ots"),
        # "общий" asks what they share, not the thing in general
        ("что общго у азербайджана и казахстана по мнению гусейнова", "huseynov-projects"),
    ],
)
def test_an_aspect_or_a_share_keeps_its_passage(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


def test_who_signed_as_a_second_request_is_not_given(session: Session) -> None:
    not_given(session, "which agreements were signed and who signed them", "person")


@pytest.mark.parametrize(
    "question",
    [
        # the names of the items are asked first: neither is given, the names are missing
        "give names of all 15 agreements and who signed each one",
        "give names of all 15 agreements",
        "названия всех 15 соглашений",
    ],
)
def test_names_of_all_the_items_are_not_given(session: Session, question: str) -> None:
    text = not_given(session, question, "fact")
    assert "15" in text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # "the names of the two presidents": who they are, which one sentence tells
        ("what are the names of the two presidents", "article-visit"),
        ("names of all the experts", "experts"),
    ],
)
def test_names_of_people_are_answered(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


def test_a_list_without_a_doer_asked_is_answered(session: Session) -> None:
    assert answered_entry(session, "what agreements were signed") == "article-agreements"


def test_a_second_who_with_no_request_before_asks_no_deed(session: Session) -> None:
    # no request opens it: "who junior" is no deed whose doer the passage must name
    question = "In the proposed Turkic bloc, who would be senior and who junior?"
    assert answered_entry(session, question) == "ishmukhamedov-equal-states"
