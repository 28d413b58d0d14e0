"""English questions about a Russian article, bridged to the entries that answer them.

An English reader names a Russian passage's subject in English ("Middle Corridor"), asks an
expert's words in his own paraphrase ("once the projects are realised"), names the speaker
by what he is ("the political scientist") beside another expert he spoke about, asks what
could be ("would … form one region") or counts under a synonym ("how many states"). Each
test fails without the bridge it names; the guards check that it answers nothing else.
"""

from __future__ import annotations

from bot.answering.session import Session
from bot.knowledge.entries import Field
from bot.language.answer_types import asks_hypothesis, states_horizon, states_hypothesis
from bot.matching.tuning import DEFAULT_TUNING
from tests.support.asking import answered, declined, not_given, question_words


def _terms(session: Session, key: str) -> dict[str, float]:
    matcher = session.matcher
    return next(e.terms for e in matcher.index.entries if e.entry.key == key)


def test_a_topic_title_in_a_russian_quote_finds_the_entry_by_its_english_title(
    session: Session,
) -> None:
    """The trade target's span says "в рамках Среднего коридора" (pymorphy reads "Среднего"
    as "среднее"); its topic tag alone weighs only ``Field.TOPIC``."""
    terms = _terms(session, "trade-turnover-target")
    content = DEFAULT_TUNING.weight(Field.CONTENT)
    assert terms["middl"] >= content and terms["corridor"] >= content
    text = answered(
        session, "Which yearly trade level could projects of the Middle Corridor bring?"
    )
    assert "миллиарда" in text


def test_a_title_is_not_bridged_from_the_paragraph_around_a_span(session: Session) -> None:
    """Only an entry's own words name its subject: the rail-volume passage's paragraph
    mentions the Middle Corridor, its quote does not."""
    terms = _terms(session, "ishmukhamedov-rail-volumes")
    assert terms.get("middl", 0.0) < DEFAULT_TUNING.weight(Field.CONTEXT)


def test_an_expert_asked_in_paraphrase_answers_by_his_passage(session: Session) -> None:
    text = answered(
        session, "What does Ishmukhamedov foresee for trade after the new projects are realised?"
    )
    assert "миллиарда" in text


def test_a_paraphrase_does_not_make_an_expert_answer_on_what_he_never_spoke_of(
    session: Session,
) -> None:
    declined(session, "What does Ishmukhamedov think about wheat exports?")
    declined(session, "What did the Kazakh analyst say about Iran's position?")


def test_the_speaker_named_by_his_role_beside_an_expert_spoken_about(session: Session) -> None:
    """ "Hajiyev's tweet" is what was commented on; "the political scientist" comments."""
    for question in (
        "What did the political scientist make of Hajiyev's tweet?",
        "What did the analyst think of Hajiyev's post?",
    ):
        reply = session.ask(question)
        assert reply.answered and reply.entry == "ishmukhamedov-on-hajiyev", (question, reply)


def test_a_role_word_beside_the_name_says_what_the_one_named_is(session: Session) -> None:
    """ "по мнению политолога Тусупбекова": Tusupbekov speaks, not every political
    scientist but him."""
    query = session.matcher.analyse("Что думает о визите политолога Тусупбекова коллега?")
    assert ("aliyev-kazakhstan", "ishmukhamedov") not in query.named


def test_english_synonyms_and_phrases_of_description(session: Session) -> None:
    assert "модернизац" in answered(session, "Which railway upgrades did the sides discuss?")
    assert "равноправные" in answered(
        session, "What would the Turkic space look like in Ishmukhamedov's words?"
    )


def test_what_could_be_is_answered_by_a_passage_saying_what_could_be(session: Session) -> None:
    text = answered(session, "Would the Turkic seven make up a single geopolitical region?")
    assert "единый геополитический регион" in text
    # a forecast asked of a passage that supposes nothing stays not given
    not_given(session, "Would the Zangezur corridor open soon?", "forecast")


def test_hypothesis_readers() -> None:
    assert asks_hypothesis(question_words("Would a Turkic seven form one region?"))
    assert asks_hypothesis(question_words("могла бы семёрка стать единым регионом"))
    assert not asks_hypothesis(question_words("Will Turkey join?"))
    assert states_hypothesis("семёрка могла бы представлять собой единый регион")
    assert not states_hypothesis("это может стать ключевым узлом")


def test_how_many_counts_under_the_plainer_synonym(session: Session) -> None:
    """ "states" is a word of the briefing ("state visit"), "countries" the one it counts."""
    text = answered(
        session, "How many states already cooperate closely, according to Ishmukhamedov?"
    )
    assert "шести" in text


def test_words_the_briefing_hyphenates_and_an_mp_under_his_english_titles(
    session: Session,
) -> None:
    """ "trans caspian" is the briefing's "Trans-Caspian"; "Azeri lawmaker", "deputy" are
    the Azerbaijani MP."""
    for question in (
        "What did the Azeri lawmaker say about the Trans Caspian route?",
        "What did the deputy say about the trans caspian route?",
    ):
        reply = session.ask(question)
        assert reply.answered and reply.entry == "huseynov-transcaspian", (question, reply)


def test_for_how_long_to_come_is_answered_by_a_horizon(session: Session) -> None:
    text = answered(
        session,
        "For how long will the strategic alliance shape the region, according to Huseynov?",
    )
    assert "в ближайшие годы" in text
    # a length the article never gives stays not given
    not_given(session, "How long will the visit last?", "duration")
    assert states_horizon("определит региональные реалии в ближайшие годы")
    assert not states_horizon("в ближайшее время")
