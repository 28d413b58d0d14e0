"""English requests read for what they ask, on the real knowledge base.

A reader writes "give me the quote on the Trans-Caspian route" (the route is what the quote is
about, not its speaker), "Chinese cargo" (cargo from China), "summarise what Tusupbekov said",
"anything about…", "per the piece", "on the table", "senior and junior", "land in". And names
typed in lower case or first in the question are still names when the article writes them.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types
from bot.language.parties import country_of_adjective
from bot.language.romanise import name_key, romanise
from bot.rendering.plain import render_plain
from tests.support.asking import declined


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # a preposition of topic after a word of quoting: what the quote is about
        ("give me the quote on the Trans-Caspian route", "huseynov-transcaspian"),
        ("цитата о Транскаспийском маршруте", "huseynov-transcaspian"),
        # a country's adjective is the country
        (
            "According to Ishmuhamedov, what's the current transit time for Chinese cargo "
            "headed to Azerbaijan?",
            "delivery-time-now",
        ),
        # request words weigh nothing
        ("summarise what Tusupbekov said", "expert:tusupbekov"),
        (
            "What is the Middle Corridor, per the piece? same thing as TITR?",
            "ishmukhamedov-corridor",
        ),
        ("Why seven rather than six, per Ishmukhamedov?", "ishmukhamedov-sacred-seven"),
        # the briefing's words in other words
        (
            "anything about there being no 'senior' and 'junior' states?",
            "ishmukhamedov-equal-states",
        ),
        ("When exactly did Aliev land in Kazakhstan for the state visit?", "visit-date"),
        (
            "What rail investments did Ishmukhamedov say were on the table?",
            "ishmukhamedov-rail-investment",
        ),
        # where a thing is heading in a time to come: a forecast
        ("where does Huseynov see relations heading in the coming years", "huseynov-alliance"),
        ("куда будут двигаться отношения в ближайшие годы", "huseynov-alliance"),
        (
            "Huseynov's prediction about where the Azerbaijan-Kazakhstan relationship is heading",
            "huseynov-alliance",
        ),
        # a sea is crossed: "через Каспий" names the ferries' sea
        ("new ferries - for which sea?", "ishmukhamedov-rail-investment"),
        # specifics of what the article does list
        ("What exactly are the areas of the agreements?", "article-agreements"),
        # a year that qualifies asks none
        ("rail freight a year", "ishmukhamedov-rail-volumes"),
        # a name spelt by another hand is the article's name (``romanise.name_key``)
        ("What did Husseinov say about the Trans-Caspian route?", "huseynov-transcaspian"),
        ("What did Hüseynov say about the Trans-Caspian route?", "huseynov-transcaspian"),
        ("what did Gajiyev write on X?", "hajiyev-five-plus-one"),
        # where a person spoke is no quote of his
        ("where did tokayev give a speech in azerbaijan recently", "tusupbekov-gabala"),
    ],
)
def test_english_request_is_answered(session: Session, question: str, entry: str) -> None:
    reply = session.ask(question)
    assert reply.answered and reply.entry == entry, (question, reply.entry, reply.score)


@pytest.mark.parametrize(
    "question",
    [
        # the article never quotes Aliyev, however his name is typed
        "Aliyev quotes?",
        "any quote from aliyev",
        "quotes from Aliyev",
        # Tokayev spelt otherwise is still not quoted
        "What did Tokaiev say about the visit?",
        # the barriers are named, never listed: which ones is not given
        "What exactly are the 'barriers and limits' holding back trade?",
        "What specific barriers and limits was Ishmukhamedov talking about?",
        # a year asked as a keyword: the article gives the day, not the year
        "aliyev kazakhstan visit year",
        "визит Алиева год",
        # a border crossing is a place, which the article does not name
        "Which border crossings would get the e-registration system?",
        # the sea is named in the question: where they are built is not given
        "Where will the new Caspian ferries be built?",
        "On which sea will the ferries be built?",
        # "actually" still asks for what the passage does not give
        "What does the AI agreement actually involve?",
    ],
)
def test_what_the_article_does_not_give_is_declined(session: Session, question: str) -> None:
    declined(session, question)


@pytest.mark.parametrize(
    "question",
    ["What is the Chinese position on the Middle Corridor?", "Turkish stance on the Turkic seven"],
)
def test_a_country_named_by_its_adjective_holds_no_view_the_article_gives(
    session: Session, question: str
) -> None:
    reply = session.ask(question)
    assert not reply.answered and reply.missing == "statement", (question, reply.entry)


@pytest.mark.parametrize(
    ("adjective", "country"),
    [
        ("chinese", "china"),
        ("turkish", "turkey"),
        ("russian", "russia"),
        ("iranian", "iran"),
        ("armenian", "armenia"),
        ("azerbaijani", "azerbaijan"),
        ("european", "europe"),
        ("polish", None),
        ("publish", None),
        ("establish", None),
        ("christian", None),
    ],
)
def test_country_of_adjective(adjective: str, country: str | None) -> None:
    assert country_of_adjective(adjective) == country


def test_where_heading_ahead_asks_a_forecast_not_a_place() -> None:
    ahead = tuple(["where", "are", "relations", "heading", "in", "the", "coming", "years"])
    assert asked_types(ahead)[0] is AnswerType.FORECAST
    # no time to come: the cargo's destination is a place
    assert AnswerType.PLACE in asked_types(tuple(["where", "is", "the", "cargo", "heading"]))


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("any numbers on rail freight", "1,5–2 миллиона тонн"),
        ("give me the numbers on trade", "400–500 миллионов долларов"),
    ],
)
def test_english_figures_on_a_subject_are_listed(
    session: Session, question: str, first: str
) -> None:
    """The figures the article gives on that subject, as "цифры товарооборот" lists them."""
    reply = session.ask(question)
    assert reply.answered and reply.entry == "figures", (question, reply.entry)
    listed = render_plain(reply).split("\n\n")[1]
    assert first in listed.split("\n")[0], listed


def test_one_english_figure_asked_is_that_figure(session: Session) -> None:
    reply = session.ask("What dollar figure did the analyst give as the target for yearly trade?")
    assert reply.entry == "trade-turnover-target"


@pytest.mark.parametrize(
    ("spelt", "name"),
    [
        ("Husseinov", "Гусейнов"),
        ("Hüseynov", "Гусейнов"),
        ("Hadjiyev", "Гаджиев"),
        ("Gajiyev", "Гаджиев"),
        ("Tokaiev", "Токаев"),
        ("Qabala", "Габала"),
    ],
)
def test_latin_spellings_of_a_name_share_its_key(spelt: str, name: str) -> None:
    assert name_key(spelt) == name_key(romanise(name))


def test_other_names_keep_their_own_keys() -> None:
    assert name_key("Hikmet") != name_key(romanise("Гусейнов"))
    assert name_key("Tusupbekov") != name_key(romanise("Ишмухамедов"))
