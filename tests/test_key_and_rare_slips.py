"""Two slips the other repairs missed, both common when a question is typed fast.

A letter typed on the key beside the one meant ("прогнрзу", "заклюсены") in a longer word no
dictionary knows: read, before the question is, as the one word it is a key away from
(``Analyser._respelt``, ``Analyser._key_slips``). A short word the dictionary knows only as
a rare kind of word — an indeclinable borrowing ("тако", "кака"), a first name ("алив"), an
abbreviation — a letter short of one word of the briefing or of a question's frame: read as
that word (``Analyser._rare_word_short``). Guards: a word typed right, or a common word a
letter short of another ("межу", "сумы", "кода"), stays as typed.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.language.keyboard import key_neighbours
from tests.support.asking import answered


def word_list(text: str) -> list[str]:
    return text.split()


def test_a_letters_key_neighbours_are_those_beside_it_on_its_row():
    assert key_neighbours("о") == "рл"
    assert key_neighbours("й") == "ц"  # the row's first key has one neighbour
    assert key_neighbours("ъ") == "х"
    assert key_neighbours("1") == ""


# ------------------------------------------------------------------ a key beside the one meant
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("заклюсены", "заключены"),
        ("паррмах", "паромах"),
        ("подришут", "подпишут"),
        ("прогнрзу", "прогнозу"),
        ("незадодго", "незадолго"),
        ("магическлй", "магической"),
        ("предскащывает", "предсказывает"),
    ],
)
def test_a_letter_typed_on_the_next_key_reads_as_the_word_meant(session, typed, meant):
    assert session.matcher.analyser._respelt(typed) == meant


def test_a_question_with_two_slips_gets_the_reply_typed_right_gets(session):
    question = "сколько всего соглашений заключены и в каких областях"
    right = session.ask(question)
    slipped = session.ask("сколько всего соглашений заклюсены и в каких областтях")
    assert (slipped.kind, slipped.entry) == (right.kind, right.entry)


# ------------------------------------------------------------------ a rare word a letter short
@pytest.mark.parametrize(
    ("typed", "meant"),
    [("тако", "такой"), ("кака", "какая"), ("алив", "алиев"), ("алие", "алиев")],
)
def test_a_rare_short_word_a_letter_short_of_a_familiar_one_is_that_word(session, typed, meant):
    assert session.matcher.analyser._respelt(typed) == meant


def test_a_rare_word_slip_keeps_the_answer(session):
    assert "Гусейнов" in answered(session, "кто тако гусейнов")


# Common words a letter short of a familiar word (honey, a boundary strip, a code, bags)
# and indeclinable ones typed right: each may be what was meant.
_MEANT_AS_TYPED = word_list(
    "межу меду кода сумы суму серы соки тоны мили кита каки како кофе метро евро такси "
    "радио кино кафе пальто шоссе"
)


@settings(deadline=None, max_examples=60)
@given(st.sampled_from(_MEANT_AS_TYPED))
def test_a_word_a_dictionary_reads_commonly_is_not_respelt(session, word):
    assert session.matcher.analyser._respelt(word) == word


_LONG_WORDS = word_list(
    "переговоры соглашения товарооборот коридор президент государственный инфраструктура "
    "строительство перевозки экспертов казахстанский азербайджанский железной дороге "
    "подписали обсуждали сотрудничество"
)


@settings(deadline=None, max_examples=80)
@given(st.sampled_from(_LONG_WORDS), st.integers(min_value=0), st.integers(min_value=0))
def test_a_key_slip_in_a_word_typed_right_never_reads_as_another_word(session, word, at, pick):
    """Whatever letter of these words is typed a key off, the reading is the word meant or
    no word at all: never a third word the question did not ask about."""
    analyser = session.matcher.analyser
    at %= len(word)
    neighbours = key_neighbours(word[at])
    if not neighbours:
        return
    slipped = word[:at] + neighbours[pick % len(neighbours)] + word[at + 1 :]
    if analyser.morphology.is_known_russian(slipped):
        return  # a real word: the key repair never touches it
    assert analyser._respelt(slipped) in {slipped, word}


# ------------------------------------------------------------------ "x" typed for х
@pytest.mark.parametrize(
    ("typed", "meant"), [("двукс", "двух"), ("казаксстан", "казахстан"), ("ексать", "ехать")]
)
def test_a_transliterated_x_that_makes_no_word_as_ks_is_kha(session, typed, meant):
    assert session.matcher.analyser._kha(typed) == meant


@pytest.mark.parametrize("word", ["экспорт", "таксист", "эксперт"])
def test_a_ks_in_a_real_word_stays(session, word):
    assert session.matcher.analyser._kha(word) == word


def test_a_transliterated_question_with_x_for_kha_reads_its_words(session):
    words = session.matcher.analyse("otnosheniya dvux stran i kazaxstana").words
    assert {"двух", "казахстана"} <= set(words)


# ------------------------------------------------------------------ a dictionary word's slip
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("втсупит", "вступит"),  # a verb of the future the frame reads
        ("турецакя", "турецкая"),
        ("парвильно", "правильно"),
        ("упоминаетяс", "упоминается"),
        ("акватори", "акватории"),  # a letter left out
        ("подешевет", "подешевеет"),
        ("обосновывется", "обосновывается"),
    ],
)
def test_a_longer_word_swapped_or_short_of_one_dictionary_word_is_that_word(session, typed, meant):
    assert session.matcher.analyser._respelt(typed) == meant


def test_a_swapped_future_verb_still_asks_a_forecast(session):
    typed_right = session.ask("Вступит ли Турция в формат «6» в ближайшее время?")
    slipped = session.ask("втсупит ли турция в формат «6» в ближайшее время")
    assert (slipped.kind, slipped.missing) == (typed_right.kind, typed_right.missing)
