"""English questions read as their Russian twins are: the subject of a question naming an
expert, the nationality that only says who he is, and English words the briefing's English
says otherwise ("long-term", "hierarchy", "one single", "the seventh member").

Each test fails without the mechanism it names; the guards check it answers nothing else.
"""

from __future__ import annotations

from bot.answering.session import Session
from bot.language.text import tokens
from tests.support.asking import answered, declined, not_given


def test_an_expert_and_an_english_subject_he_never_spoke_on(session: Session) -> None:
    """ "Tusupbekov tourism" as "Тусупбеков туризм": he does not speak on it, and whoever
    does is named (English words are no nouns here: ``Matcher._english_subject``)."""
    for question in ("Tusupbekov tourism", "What did Huseynov say about tourism?"):
        text = not_given(session, question, "statement")
        assert "does not speak about this" in text
        assert "Ishmukhamedov" in text
    text = not_given(session, "what does Ishmukhamedov think about agriculture", "statement")
    assert "Tusupbekov" in text


def test_a_profile_scored_on_the_name_alone_does_not_answer_an_english_subject(
    session: Session,
) -> None:
    """ "What did Hajiyev say about ferries?": his profile reached the answer threshold on
    his name, and the English subject ("ferries") was no noun it had to explain, so the
    profile answered; as "Что Гаджиев сказал о паромах", he does not speak on it and the
    passage on the ferries is offered (``Matcher._named_speaker``)."""
    for question in (
        "What did Hajiyev say about ferries?",
        "What did Hajiyev say about locomotives?",
        "what did hajiyev say about the ferries across the caspian",
    ):
        text = not_given(session, question, "statement")
        assert "does not speak about this" in text
        assert "паром" in text
    # his own subject is still his
    assert "5+1" in answered(session, "What did Hajiyev say about the 5+1 format?")


def test_an_expert_speaking_on_the_english_subject_is_not_denied(session: Session) -> None:
    """His own words on it answer; words of asking ("comment") are no subject a rival's
    passage must hold."""
    assert "энергет" in answered(session, "What did Huseynov say about energy cooperation?")
    text = not_given(session, "Did Ishmukhamedov comment on the Zangezur corridor?", "statement")
    assert "Tusupbekov" in text


def test_asking_an_experts_figures_is_no_statement_missing(session: Session) -> None:
    """ "Did Tusupbekov give any trade turnover figures?" asks for his figures, as a Russian
    "цифры" does: not read as a statement he never made."""
    declined(session, "Did Tusupbekov give any trade turnover figures?")
    assert session.ask("Did Tusupbekov give any trade turnover figures?").kind != "not_given"


def test_a_nationality_before_the_experts_title_says_who_he_is(session: Session) -> None:
    """ "the Azerbaijani MP" is Huseynov: "Azerbaijani" no word of the subject, or his
    passage phrased "азербайджанский депутат" wins over his words on energy."""
    text = answered(session, "What did the Azerbaijani MP say about energy cooperation?")
    assert "энергетической безопасности" in text
    # "which Azerbaijani MP": the adjective picks the one asked for
    assert session.ask("Which Azerbaijani MP was quoted in the piece?").entry == ("expert:huseynov")


def test_long_term_is_the_future_the_article_speaks_of(session: Session) -> None:
    """ "в перспективе" is "in the future" in the briefing's English."""
    for question in (
        "Middle Corridor long-term trade potential?",
        "middle corridor long term impact on trade",
    ):
        assert "Евразией" in answered(session, question)


def test_a_hierarchy_is_the_elder_and_younger_the_expert_denies(session: Session) -> None:
    text = answered(
        session,
        "How did Ishmukhamedov picture the Turkic seven - would there be a hierarchy?",
    )
    assert "старших" in text


def test_one_single_region_counts_nothing(session: Session) -> None:
    """ "one single" is emphasis ("a truly unified region"), no number 1 to match."""
    text = answered(session, "could a turkic seven become one single geopolitical region")
    assert "геополитический регион" in text


def test_an_ordinal_is_read_as_its_number(session: Session) -> None:
    """ "the seventh member" of the seven: the Turkic seven is found, no longer nothing."""
    reply = session.ask("Why Turkey as the seventh member?")
    assert reply.kind != "none"
    assert tokens("the seventh") == ["the", "seventh"]  # the text keeps the word as typed


def test_long_before_asks_how_recently(session: Session) -> None:
    """ "was that long before the trip" is answered by "совсем недавно"."""
    text = answered(session, "Tokaev in Gabala - was that long before Aliyev's trip?")
    assert "совсем недавно" in text


def test_where_things_start_from_is_their_origin(session: Session) -> None:
    """ "where do the cargoes start from": where they come from, not the visit's start."""
    text = answered(session, "where do the cargoes in the 15-18 days figure start from?")
    assert "Китая" in text
    assert session.ask("where do the cargoes start from?").entry != "visit-date"


def test_how_a_country_sees_a_thing_asks_its_view(session: Session) -> None:
    """ "how does Russia see the corridor" asks Russia's position, as "как Россия видит"."""
    text = not_given(session, "how does russia see the zangezur corridor", "statement")
    assert "Russia's position" in text
    # an expert's way of seeing is his words
    assert "старших" in answered(session, "how does Ishmukhamedov see the Turkic space")


def test_one_as_a_pronoun_is_no_number(session: Session) -> None:
    """ "which one of the experts" asks what "which of the experts" does: no "1" to match."""
    matcher = session.matcher

    def terms(text: str) -> list[str]:
        return [t.lemma for t in matcher.analyse(text).terms]

    assert "1" not in terms("which one of the experts spoke about ferries")
    assert "1" in terms("Could bilateral trade reach one billion dollars a year?")


def test_what_number_of_things_per_an_expert_is_a_count_not_his_figures(
    session: Session,
) -> None:
    """ "what number of countries, according to Ishmukhamedov" counts countries, as "how
    many" does: his list of figures is no answer; "what figures did he give" still is."""
    text = answered(session, "per Ishmukhamedov, what number of countries already cooperate")
    assert "шести" in text
    assert "Key figures" not in text
    assert "Key figures" in answered(session, "what figures did Ishmukhamedov give")


def test_a_written_formula_is_the_subject_of_an_english_question(session: Session) -> None:
    """ "What did Tusupbekov say about 5+1?": a format written as the sum of its parties is
    its name, a word of the subject in no script — once his profile answered, scored on his
    name alone; now he does not speak of it, and Hajiyev and Ishmukhamedov do."""
    for question in (
        "What did Tusupbekov say about 5+1?",
        "What did Tusupbekov say about the 5+1 format?",
    ):
        text = not_given(session, question, "statement")
        assert "does not speak about this" in text
        assert "Hajiyev" in text or "Ishmukhamedov" in text
    assert "«6»" in answered(session, "What did Hajiyev say about 5+1?")
