"""Letters a transliteration reads wrong, put right before the question is read.

People type ж as "j" ("mojno", "ojidaet", "jelezka" — its "je" read as е), х as "x" after a
consonant too ("ilxam"), и and а as "ia" ("spetsialist", read as я) and a plural's "ые" as
"ye" ("novye", read as е). The transliteration guesses one letter for each; a word that is
no word as read is tried with the other (``Analyser._translit_respelt``) — "x" after a
consonant only into the briefing's own word, since "talks" is no "талх" — and "sch" (read
as щ) for сч ("naschet").

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from tests.support.asking import answered, not_given


def words_of(session, question: str) -> tuple[str, ...]:
    return tuple(session.matcher.analyse(question).words)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("kogda ilxam aliev priletel v astanu", "когда ильхам алиев прилетел в астану"),
        (
            "chto ojidaet ishmuhamedov ot novyh proektov",
            "что ожидает ишмухамедов от новых проектов",
        ),
        ("chto tam po jelezke obsuzhdali", "что там по железке обсуждали"),
        ("kakie spetsialisty kommentirovali vizit", "какие специалисты комментировали визит"),
        ("kakie novye paromy nujny", "какие новые паромы нужны"),
    ],
)
def test_a_transliterated_word_is_read_with_the_letter_meant(session, typed, meant):
    assert words_of(session, typed) == words_of(session, meant)


def test_a_rare_dictionary_word_with_j_for_zh_is_the_frame_word(session):
    # "мойно" is in the dictionary; "можно" frames the question
    assert session.matcher.analyser._zhe("мойно") == "можно"
    assert session.matcher.analyser._zhe("мой") == "мой"


def test_x_after_a_consonant_is_kha_only_in_the_briefings_word(session):
    analyser = session.matcher.analyser
    assert analyser._kha("илксам") == "ильхам"
    assert analyser._kha("талкс") == "талкс"  # "talks": no word of the briefing


def test_a_closing_ye_read_as_ye_is_a_plural_not_a_name(session):
    # "pryamye" is "прямые", not the dictionary's Priam ("приаме")
    assert session.matcher.analyser._vowels_read("пряме") == "прямые"


def test_sch_for_sch_and_j_for_zh_read_the_question_as_meant(session):
    # "naschet" read as "нащет" was taken for "написать", "mojno" for "мойно": a forecast
    question = "chto predlojil ishmuhamedov naschet turtsii? mojno kratko"
    assert "Турци" in answered(session, question)


# ------------------------------------------------------------------ a Latin key off in the cue
@pytest.mark.parametrize(
    ("typed", "missing"),
    [
        # "gde" with T for G (side by side on the Latin board, far apart on the Russian one)
        ("tde budut stroit novye paromy", "place"),
        # "stoit" with O for I, U for I: a sum asked, not the count "skolko" asks alone
        ("skolko stoot novyi parom", "money"),
        ("skolko stout modernizaciya zheleznyh dorog", "money"),
        # "pochemu" with its last letter left out, before a deed told in the past: no price
        ("pochem tokaev ezdil v gabalu", "reason"),
        ("koda postroyat novye paromy", "date"),
    ],
)
def test_a_transliterated_question_word_a_key_off_asks_as_meant(session, typed, missing):
    not_given(session, typed, missing)


def test_a_transliterated_who_a_key_off_asks_who(session):
    # "mto", "ktp": "kto" with M for K, P for O — read as words of the subject, no expert
    for typed in ("mto takoi tusupbekov", "ktp takoi tusupbekov"):
        assert "Тусупбеков" in answered(session, typed)
