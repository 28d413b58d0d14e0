"""English question frames whose words say how a question asks, not what it is about, on the
real knowledge base.

"How does X compare with Y" asks both things named; "the link between X and Y", "how does he
frame the link" ask how they bear on each other; "was that before the visit, and how long
before?" asks how recent a thing was, which "совсем недавно" answers; "certain" and "tho"
say nothing of the subject. Each such word weighed as one the answering passage must hold
sank the passage below the answer band. And "link" is the article's address only when the
question asks for it ("link to the article", "link pls"), not when it speaks of a rail link.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.lexicon import asks_address, plain_english
from bot.language.recency import recency_positions
from bot.language.specifics import asks_both_figures, without_contrast
from tests.support.asking import answered, question_words


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # a comparison: "compare" is how it asks, the two amounts are what about
        (
            "In dollar terms, how does the present turnover compare with the target "
            "for the Middle Corridor?",
            None,
        ),
        # the link between two things: how they bear on each other
        ("What's the link between the Middle Corridor and regional cooperation?", None),
        (
            "how does Huseynov frame the link between Aliyev's sincerity and the stability "
            "of relations?",
            "huseynov-ots",
        ),
        # how long before: "совсем недавно" answers it, "before" is no word of the subject
        (
            "Tusupbekov recalls Tokayev's Gabala speech; was that before the visit, and how "
            "long before?",
            "tusupbekov-gabala",
        ),
        # a verb of occurring: "be held", "take place" ask where or when it was, as
        # Russian "проходить" does
        ("Where was the ceremony for Aliyev held?", "article-visit"),
        ("In which city did the solemn welcome take place?", "article-visit"),
        # "tho": a softener, no subject
        ("what does Ishmukhamedov say about Turkey tho", "ishmukhamedov-turkic-seven"),
    ],
)
def test_a_frame_word_is_no_word_of_the_subject(
    session: Session, question: str, entry: str | None
) -> None:
    answered(session, question)
    if entry is not None:
        assert session.ask(question).entry == entry


def test_the_placing_words_of_a_recency_question_are_how_it_asks() -> None:
    words = question_words("was that before this visit, and how long before?")
    placed = {words[at] for at in recency_positions(words)}
    assert "before" in placed
    # a plain "before" asks no recency: it stays the question's word
    assert not recency_positions(question_words("what was signed before the talks?"))


@pytest.mark.parametrize(
    ("question", "address"),
    [
        ("link to the article", True),
        ("link?", True),
        ("source link pls", True),
        ("ссылка на статью", True),
        ("the rail link needs upgrading: what was discussed?", False),
        ("how does he frame the link?", False),
        ("Georgia is a key link of the route", False),
    ],
)
def test_a_link_is_the_address_only_when_the_article_is_asked(question: str, address: bool) -> None:
    assert asks_address(question_words(question)) is address


def test_the_real_side_of_a_comparison_insists_on_nothing(session: Session) -> None:
    words = list(question_words("how does the need compare with what actually moves?"))
    assert "actually" not in without_contrast(words)
    # no comparison: "actually" insists on the relation asked, and stays
    kept = list(question_words("what was actually agreed?"))
    assert without_contrast(kept) == kept
    question = "How does the tonnage Kazakhstan needs compare with what actually goes by rail now?"
    answered(session, question)
    # the passage giving both amounts compared, not the figure of one of them
    assert session.ask(question).entry == "ishmukhamedov-rail-volumes"


def test_a_comparison_asks_both_figures() -> None:
    assert asks_both_figures(question_words("how does today's trade compare with the target?"))
    assert asks_both_figures(question_words("needed volume vs current volume"))
    assert not asks_both_figures(question_words("what is the current volume?"))


@pytest.mark.parametrize(
    "question",
    [
        "was agriculture on Tusupbekov's agenda?",
        "was energy among the topics Tusupbekov listed?",
    ],
)
def test_a_check_of_an_item_on_the_agenda_is_answered_by_the_passage_naming_it(
    session: Session, question: str
) -> None:
    # "agenda", "topics" frame the item checked: the passage listing what the talks
    # covered answers, not the one on the agenda that never names it
    answered(session, question)
    assert session.ask(question).entry == "tusupbekov-negotiations"


def test_held_closing_a_passive_clause_is_how_it_asks() -> None:
    assert "held" not in plain_english(["where", "was", "the", "ceremony", "held"])
    assert "held" in plain_english(["the", "talks", "held", "in", "astana"])
    assert plain_english(["did", "it", "take", "place", "in", "astana"])[2:] == ["in", "astana"]
