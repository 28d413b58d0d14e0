"""A verb of speaking up ("выступали", "прокомментировал") said of the experts, or of one
named, frames the question as a verb of judging does: any of their passages is what they
said, and the verb is no word of the subject (``lexicon.SPEAKING_VERB_LEMMAS``). As a word of
the subject it sank the list of experts, which never says "выступать".

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

from tests.support.asking import answered


def test_speaking_up_frames_a_question_on_the_experts(session):
    lemmas = {t.lemma for t in session.matcher.analyse("какие эксперты выступили").terms}
    assert lemmas == {"эксперт"}


def test_speaking_up_is_a_word_of_the_subject_without_an_expert(session):
    # "где выступал Токаев": where Tokayev spoke is what is asked about
    lemmas = {t.lemma for t in session.matcher.analyse("где выступал Токаев").terms}
    assert "выступать" in lemmas


def test_the_experts_who_spoke_are_listed(session):
    text = answered(session, "какие эксперты выступили")
    assert "Гусейнов" in text and "Тусупбеков" in text
