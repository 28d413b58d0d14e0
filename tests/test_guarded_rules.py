"""Today's rules kept from answering what they were never written for.

A word a rule reads more loosely must not erase what the question asks of: "symbolic" is the
article's "sacred" only of seven; "put a number on" asks a figure; "best case" asks the best
figure; "вспоминал" asks the one recalling, who must be the passage's speaker. Each test asks
through the real knowledge base, with the neighbours the rules were written for.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered, answered_entry, declined

# --- A. "symbolic": the sacred number seven, of seven only ----------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Is the number six symbolic?",
        "Is the number 15 symbolic?",
        "Is the number five symbolic?",
        "Is 5+1 symbolic?",
        "Is 15 a symbolic number?",
        "Is it a symbolic visit?",
        "Was the visit symbolic?",
        "Is it symbolic that Aliyev came on 20 October?",
        # variants of our own
        "Is it like a symbolic thing?",
        "Is Astana symbolic as a venue?",
        "Is the number nine symbolic for Turks?",
        "Is the number three symbolic?",
    ],
)
def test_symbolic_of_anything_but_seven_is_not_the_sacred_seven(
    session: Session, question: str
) -> None:
    reply = session.ask(question)
    assert reply.entry not in {"sacred-number-seven", "ishmukhamedov-sacred-seven"}, question
    declined(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "Is seven a symbolic number?",
        "Is the number seven symbolic?",
        "why seven - is it symbolic?",
        "What is the symbolism of seven?",
        "Is 7 symbolic for the Turkic peoples?",
        "Is the Turkic seven symbolic?",
    ],
)
def test_symbolic_seven_is_the_sacred_number(session: Session, question: str) -> None:
    assert "священным числом" in answered(session, question)


# --- B. "put a number on": a figure asked, as "how much" asks it ----------------------------


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("Can you put a number on the investment needed?", "money"),
        ("Can you put a number on the ferries?", "quantity"),
        ("Can you put a number on the wagons?", "quantity"),
        ("Can you put a number on tourism?", "quantity"),
        # variants of our own
        ("Put a number on the investment in ferries.", "money"),
        ("Could you put a figure on the ferries needed?", "quantity"),
        ("Can anyone put numbers on tourism growth?", "quantity"),
        ("Can you put a number on the locomotives?", "quantity"),
    ],
)
def test_a_number_put_on_what_has_none_is_not_given(
    session: Session, question: str, missing: str
) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.missing) == ("not_given", missing), (question, reply.entry)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Can you put a number on trade?", "trade-turnover-now"),
        ("Can you put a figure on current trade?", "trade-turnover-now"),
        ("Can you put a number on the agreements?", "agreements-count"),
        ("Can you put a number on rail freight?", "rail-volume-now"),
        ("Can you put a number on the trade target?", "trade-turnover-target"),
        ("Put a number on the delivery time with investment.", "delivery-time-target"),
    ],
)
def test_a_number_put_on_what_has_one_is_its_figure(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


# --- C. "best case": the target figure, where the article gives one ------------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Best case, how long does delivery take?", "delivery-time-target"),
        ("В лучшем случае сколько дней доставка?", "delivery-time-target"),
        ("At best, how many days will delivery from China take?", "delivery-time-target"),
        ("In the best case, how long will cargo from China travel?", "delivery-time-target"),
        ("Best case, what will trade turnover be?", "trade-turnover-target"),
        ("В лучшем случае какой будет товарооборот?", "trade-turnover-target"),
        ("в лучшем случае за сколько дней дойдут грузы из Китая", "delivery-time-target"),
    ],
)
def test_the_best_case_is_the_target_figure(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        "В лучшем случае сколько тонн перевезут?",
        "В лучшем случае сколько тонн будет возить Азербайджан?",
        "Best case, how many tonnes will be carried?",
        "Best case, how many wagons?",
        "Best case, how many ferries?",
        "Best case, how much money is needed?",
        # a sum spent: its best case is the least, no target (the trade target's dollars)
        "Best case, how much investment?",
        "В лучшем случае сколько инвестиций?",
    ],
)
def test_a_best_case_no_passage_gives_is_not_answered(session: Session, question: str) -> None:
    declined(session, question)


# --- E. "вспоминал": the one recalling is the passage's speaker -----------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Что вспоминал Алиев?",
        "Что вспоминал Токаев?",
        "Что Токаев вспоминал?",
        # variants of our own
        "Что вспомнил Алиев?",
        "Алиев вспоминал что-нибудь о Габале?",
        "Что вспоминала Алиева?",
        "Что упоминал Токаев?",
        "What did Aliyev recall?",
        "What did Tokayev remember about Gabala?",
    ],
)
def test_one_the_article_never_quotes_recalled_nothing(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert not reply.answered, (question, reply.entry)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("Кто вспоминал выступление Токаева в Габале", "Тусупбеков"),
        ("Кто вспоминал Габалу?", "Тусупбеков"),
        ("Кто вспоминал Токаева?", "Тусупбеков"),
        ("Что вспоминал Тусупбеков о Габале?", "Тусупбеков"),
        ("Who mentioned Tokayev?", "Tusupbekov"),
        ("What did Tusupbekov recall about Gabala?", "Tusupbekov"),
    ],
)
def test_who_recalled_it_is_still_answered(session: Session, question: str, speaker: str) -> None:
    assert speaker in answered(session, question)
