"""Over-formal English read as the plain question it wraps, on the real knowledge base.

An embassy's press attaché asks "Might I enquire as to the current volume of trade turnover
between the Republic of Azerbaijan and the Republic of Kazakhstan?" and means "What is the
current volume of trade turnover between Azerbaijan and Kazakhstan?". The wrapper of a
polite request ("would you be so kind as to indicate", "we should be most obliged to
receive", "…, if I may ask, …") and the honorifics of a name or a trade ("His Excellency",
"Mr.", "the esteemed analyst", "the Republic of") are read out of the question
(``bot.language.courtesy``): each formal wording gets the reply its plain version gets.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered, declined, not_given

# A formal wording and its plain version: the same reply (kind, entry, missing kind) for both.
FORMAL_AND_PLAIN = [
    # date
    (
        "Might I ask on what date His Excellency Ilham Aliyev arrived in Astana?",
        "On what date did Ilham Aliyev arrive in Astana?",
    ),
    (
        "Would you be so kind as to tell me when President Aliyev arrived in Kazakhstan?",
        "When did President Aliyev arrive in Kazakhstan?",
    ),
    # place
    (
        "Could you kindly advise us as to where the talks between the two presidents were held?",
        "Where were the talks between the two presidents held?",
    ),
    # money
    (
        "Might I enquire as to the current volume of trade turnover between the Republic of "
        "Azerbaijan and the Republic of Kazakhstan?",
        "What is the current volume of trade turnover between Azerbaijan and Kazakhstan?",
    ),
    # quantity
    (
        "We should be most grateful to learn how many agreements were signed during the "
        "state visit.",
        "How many agreements were signed during the state visit?",
    ),
    (
        "Would you kindly indicate how many documents His Excellency President Aliyev and "
        "President Tokayev signed?",
        "How many documents did President Aliyev and President Tokayev sign?",
    ),
    # person
    (
        "Could you kindly identify the esteemed expert who proposed adding Turkey to the "
        "Turkic states?",
        "Which expert proposed adding Turkey to the Turkic states?",
    ),
    # statement
    (
        "We should be much obliged to receive the esteemed political scientist's comments on "
        "the visit.",
        "What did the political scientist say about the visit?",
    ),
    (
        "I should like to know, if I may, what Mr. Hajiyev wrote in his post.",
        "What did Hajiyev write in his post?",
    ),
    (
        "Would you kindly identify which countries His Excellency's aide referred to in his post?",
        "Which countries did the aide refer to in his post?",
    ),
    # reason
    (
        "Might I enquire as to the reason the esteemed expert calls seven a sacred number?",
        "Why does the expert call seven a sacred number?",
    ),
    # forecast
    (
        "We would be grateful to learn what the honourable deputy Mr. Huseynov expects for "
        "relations in the coming years.",
        "What does Huseynov expect for relations in the coming years?",
    ),
    # an embedded yes/no question: "whether … will" asks "will …", a forecast not given
    (
        "Could you kindly advise whether the Turkic seven will become a reality, according to "
        "the esteemed expert?",
        "Will the Turkic seven become a reality, according to the expert?",
    ),
    # not given: the plain version's kind of reply, never an answer
    (
        "Might I enquire how the Republic of Armenia responded to the peace declaration?",
        "How did Armenia respond to the peace declaration?",
    ),
    (
        "Could you kindly advise how many ferries are to be built, according to the esteemed "
        "expert?",
        "How many ferries are to be built, according to the expert?",
    ),
    # a state's style with its article: the state holds the view asked ("of the Republic of
    # Turkey" is "of Turkey"), and the view is not given — no expert's words about Turkey
    (
        "What is the position of the Republic of Turkey?",
        "What is the position of Turkey?",
    ),
    (
        "What is the position of the Republic of Kazakhstan?",
        "What is the position of Kazakhstan?",
    ),
    # the expert's reading of a document asked, not its contents
    (
        "Might I ask what, in the distinguished commentator's estimation, the peace "
        "declaration reflects?",
        "What does the peace declaration reflect, in the commentator's view?",
    ),
]


@pytest.mark.parametrize(("formal", "plain"), FORMAL_AND_PLAIN)
def test_formal_wording_replied_as_plain(session: Session, formal: str, plain: str) -> None:
    got, wanted = session.ask(formal), session.ask(plain)
    assert (got.kind, got.entry, got.missing) == (wanted.kind, wanted.entry, wanted.missing)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "On which date, if I may ask, did His Excellency President Aliyev arrive in the "
            "Republic of Kazakhstan?",
            "visit-date",
        ),
        (
            "Would you be so kind as to indicate in which city the ceremonial welcome of the "
            "Azerbaijani head of state took place?",
            "article-visit",
        ),
        (
            "I would be grateful if you could kindly tell me what the learned Mr. "
            "Ishmukhamedov said about the Middle Corridor.",
            "ishmukhamedov-corridor",
        ),
        # "the commentator who …" asks which one, as "which commentator" does
        (
            "Could you kindly identify the distinguished commentator who spoke on the "
            "declaration on peaceful settlement between Azerbaijan and Armenia?",
            "tusupbekov-peace",
        ),
        (
            "Which commentator addressed the declaration on peaceful settlement with Armenia?",
            "tusupbekov-peace",
        ),
        # "the proposed «…»" names the thing; "proposed" is no word of it (the passage on
        # who proposed widening Hajiyev's approach is another)
        (
            'What, in the learned expert\'s estimation, could the proposed "Turkic seven" '
            "ultimately become?",
            "ishmukhamedov-turkic-seven",
        ),
        ("Pray tell, which sea will the new ferries cross?", "ishmukhamedov-rail-investment"),
        (
            "May I be permitted to ask how long goods now take to reach Azerbaijan from China?",
            "ishmukhamedov-delivery-time",
        ),
    ],
)
def test_formal_wording_answered(session: Session, question: str, entry: str) -> None:
    reply = session.ask(question)
    assert (reply.answered, reply.entry) == (True, entry), (reply.kind, reply.entry)


@pytest.mark.parametrize(
    "question",
    [
        # what the article does not give stays unanswered, however politely asked
        "Could you kindly indicate on what date President Aliyev departed from the Republic "
        "of Kazakhstan?",
        "We would be grateful to learn what His Excellency President Erdogan said about the "
        "Turkic seven.",
        "Might I enquire whether the Kingdom of Saudi Arabia was mentioned?",
    ],
)
def test_formal_wording_of_what_the_article_lacks(session: Session, question: str) -> None:
    declined(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "Would you be so kind as to advise the aggregate value of the agreements signed in Astana?",
        "What is the cumulative monetary value of the agreements signed in Astana?",
    ],
)
def test_formal_sum_asked_is_money(session: Session, question: str) -> None:
    """ "The aggregate value", "the monetary value": a sum of money, which the article does
    not give for the agreements (not the forecast "would" once made of the wrapper)."""
    not_given(session, question, "money")


def test_value_of_a_thing_is_no_sum(session: Session) -> None:
    """A bare "value" stays a significance: the visit's value for relations is answered."""
    answered(session, "What is the value of the visit for relations?")
