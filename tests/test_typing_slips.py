"""The slips of a hurried hand in fresh questions, mended before the question is read: a space
typed one letter early or late ("скольк осоглашений"), a letter doubled ("коггда"), a letter
left out of a short word ("кгда", "черз"), two words run together around a question word
("какназывается") — and the guards that keep a word typed right as it is.

On the real knowledge base, through the same Session every transport uses; the typing styles
of ``bench.robustness`` are checked as generators (seeded, one slip each).
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.robustness import (
    CLEAN,
    letter_doubled,
    run_together,
    short_word_dropped,
    space_shifted,
    two_slips,
)
from bot.language.answer_types import mistyped_cue
from bot.language.predicates import listed
from tests.support.asking import answered, not_given


def word_list(text: str) -> list[str]:
    return text.split()


def words_of(session, question: str) -> tuple[str, ...]:
    return tuple(session.matcher.analyse(question).words)


# ------------------------------------------------------------------ a shifted space
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("скольк осоглашений подписали", "сколько соглашений подписали"),
        ("ишмухамедо впро сроки доставки", "ишмухамедов про сроки доставки"),
        ("в какомг ороде прошли переговоры", "в каком городе прошли переговоры"),
        ("ктот акой тусупбеков", "кто такой тусупбеков"),
    ],
)
def test_a_space_typed_a_letter_off_is_put_back(session, typed, meant):
    assert words_of(session, typed) == words_of(session, meant)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("что пос ловам тусупбекова обсуждали", "что по словам тусупбекова обсуждали"),
        ("док акой даты продлится визит", "до какой даты продлится визит"),
    ],
)
def test_two_rare_words_a_shift_makes_a_stop_and_a_familiar_word_are_put_back(
    session, typed, meant
):
    # "пос" and "ловам", "док" and "акой" are all in the dictionary, none a word of the
    # briefing or the frame
    assert words_of(session, typed) == words_of(session, meant)


def test_the_shift_making_the_briefings_words_wins(session):
    # "ва" mends with either neighbour: "алиев ава" are words too, "в астану" the briefing's
    assert words_of(session, "дата визита алиева ва стану")[-2:] == ("в", "астану")


@pytest.mark.parametrize(
    "question",
    [
        "почему, по тусупбекову, сам визит важен",  # a form of a name: no "тусупбеков усам"
        "за месяк или за год",  # a stop word typed right: no "меся кили"
        "как долго ткаев пробыл в габале",  # no "долгот каев": neither the briefing's
        "поддерживают ли сша коридор",  # two words typed right
    ],
)
def test_words_typed_right_keep_their_space(session, question):
    typed = words_of(session, question)
    assert not {"усам", "кили", "долгот", "ютли"} & set(typed), typed


# ------------------------------------------------------------------ doubled and left-out letters
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("коггда алиев прилетел в астану", "когда алиев прилетел в астану"),
        ("черезз какое море повезут грузы", "через какое море повезут грузы"),
        ("до какой сумммы вырастет товарооборот", "до какой суммы вырастет товарооборот"),
        ("кгда алиев прилетел в астану", "когда алиев прилетел в астану"),
        ("черз какое море повезут грузы", "через какое море повезут грузы"),
        ("ккие соглашения подписали", "какие соглашения подписали"),
    ],
)
def test_a_doubled_or_left_out_letter_is_mended_before_the_question_is_read(session, typed, meant):
    assert words_of(session, typed) == words_of(session, meant)


def test_a_doubled_letter_may_be_a_neighbour_mistyped(session):
    # "межжу" is "между" with д mistyped, not "межу" (a boundary strip) with ж doubled
    assert words_of(session, "межжу кем шли переговоры")[0] != "межу"


def test_a_doubled_letter_in_the_route_asked_answers_as_typed_right(session):
    assert "Каспи" in answered(session, "черезз какое море нужны новые паромы")


def test_a_left_out_letter_in_a_question_word_asks_as_it(session):
    # read as an unknown word, "кгда" left "где" to ask a place the article does not name
    assert "Габал" in answered(session, "где выступал токаев, кгда был в азербайджане")
    assert "Каспи" in answered(session, "черз какое море пойдут новые паромы")


# ------------------------------------------------------------------ a key off in a question word
@pytest.mark.parametrize(
    ("typed", "missing"),
    [
        # "где" a key off, or a letter short: the place asked, which the article does not
        # give — read as a word of the subject, the passage on the ferries was answered
        ("гдк будут строить новые паромы", "place"),
        ("шде будут строить новые паромы", "place"),
        ("гюе подписали декларацию с арменией", "place"),
        ("гд подписали декларацию азербайджана и армении", "place"),
        # "почему" a key off: no "почём" (a price) and a glued "в", no "но чему"
        ("почемв визит состоялся именно в октябре", "reason"),
        ("ночему токаев ездил в габалу", "reason"),
        # "сколько" a key off, a count still
        ("сколькт вагонов нужно добавить", "quantity"),
    ],
)
def test_a_question_word_a_key_off_asks_as_typed_right(session, typed, missing):
    not_given(session, typed, missing)


def test_a_question_word_a_key_off_opening_the_question_is_no_other_word(session):
    # "гда" is "где" with А for Е (touching keys), and "года" a letter short: opening the
    # question, before a verb, it asks where — respelt "года", it asked nothing
    assert "Габал" in answered(session, "гда выступал токаев в азербайджане")
    not_given(session, "гда будут строить новые паромы", "place")
    # anywhere else it is the word a letter short, as before
    assert words_of(session, "когда вырастет товарооборот до 2030 гда")[-1] == "года"


@pytest.mark.parametrize(
    ("typed", "missing"),
    [
        # a question word a letter short that the dictionary knows: "кода" (a coda),
        # "де" (a particle), "почем" before a deed told in the past — opening a question
        # no other word asks, the question word; read as typed, the passage was answered
        # or a price asked
        ("кода построят новые паромы для каспия", "date"),
        ("де подписали декларацию с арменией", "place"),
        ("почем токаев ездил в габалу", "reason"),
        ("почем визит состоялся именно в октябре", "reason"),
        # "почём" asking a price stays one
        ("почем билет на паром", "money"),
    ],
)
def test_a_question_word_a_letter_short_in_the_dictionary_opens_the_question(
    session, typed, missing
):
    not_given(session, typed, missing)


def test_a_who_a_key_off_is_no_word_of_the_subject(session):
    # "кть" left a word of the subject matched "Катя", and the expert went unanswered
    assert words_of(session, "кть такой айдын гусейнов")[1:] == ("такой", "айдын", "гусейнов")
    assert "Гусейнов" in answered(session, "кть такой айдын гусейнов")


def test_only_a_key_touching_the_one_meant_makes_a_short_question_word():
    # Г and М lie far apart: "гме" is no "где"; "де" is a word of the dictionary
    assert mistyped_cue("гдк") and mistyped_cue("гд") and mistyped_cue("кть")
    assert not mistyped_cue("гме") and not mistyped_cue("де")


# ------------------------------------------------------------------ a slip in the word of the kind
@pytest.mark.parametrize(
    ("typed", "missing"),
    [
        # "стоит" a key off or a letter short: a sum asked, not the count "сколько" asks alone
        ("сколько стот строительство новых паромов", "money"),
        ("сколько стлит модернизация железных дорог", "money"),
        # "сумма" a key off: a sum, not a passage on the investments answered
        ("какая суммв инвестиций нужна в железные дороги", "money"),
        # its last letter dropped or mistyped into another case: a sum all the same, no
        # passage on the investments answered
        ("какя сумм инвестиций нужна", "money"),
        ("какая сумме инвестиций нужна в железные дороги", "money"),
        # "причине" a letter short: a reason, no "почин" (a bare fact)
        ("по какой прчине токаев ездил в габалу", "reason"),
        # "количество" a key off: a count, not "количеству" (to the number) the subject
        ("какое количествш паромов построят", "quantity"),
        # typed on the English layout, on the same keys: "причне", "стот"
        ("gj rfrjq ghbxyt njrftd tplbk d uf,fke", "reason"),
        ("crjkmrj cnjn cnhjbntkmcndj yjds[ gfhjvjd", "money"),
        # two letters off "стоить" is no slip of it: "стороить" is "строить", a place asked
        ("где будут стороить новые паромы", "place"),
    ],
)
def test_a_slip_in_the_word_deciding_the_kind_asks_as_typed_right(session, typed, missing):
    not_given(session, typed, missing)


def test_a_reason_noun_mistyped_is_no_word_of_the_subject(session):
    # "причмне" left a word of the subject, and the reason the article gives went unanswered
    typed = "по какой причмне ишмухамедов предлагает добавить турцию"
    assert words_of(session, typed)[2] == "причине"
    assert "семь" in answered(session, typed)


# ------------------------------------------------------------------ rules of spelling broken
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        # "-тся" written "-ться": the verb framing the question, not a word of its subject
        ("когда собираються строить новые паромы", "когда собираются строить новые паромы"),
        ("что планируеться построить на каспии", "что планируется построить на каспии"),
        # ы after ц where the root writes и
        ("какую цыфру приводит гусейнов", "какую цифру приводит гусейнов"),
        # typed on the wrong layout as well: the rule is broken all the same
        ("rjulf cj,bhf.nmcz cnhjbnm yjdst gfhjvs", "когда собираются строить новые паромы"),
        ("rfre. wsahe ghbdjlbn uectqyjd", "какую цифру приводит гусейнов"),
    ],
)
def test_a_broken_rule_of_spelling_is_mended_before_the_question_is_read(session, typed, meant):
    assert words_of(session, typed) == words_of(session, meant)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("когда подпешут новые соглашения", "когда подпишут новые соглашения"),
        ("что обсуждолись на переговорах в астане", "что обсуждались на переговорах в астане"),
    ],
)
def test_an_unstressed_vowel_written_as_it_sounds_is_mended(session, typed, meant):
    assert words_of(session, typed) == words_of(session, meant)


def test_a_vowel_slip_in_a_yes_no_forecast_still_asks_the_forecast(session):
    # unread, "подпешут" was a word of the subject, and the peace passage answered it
    not_given(session, "подпешут ли армения и азербайджан мирный договор", "forecast")


def test_words_run_together_are_no_vowel_slip(session):
    # "промир" is "про мир", not the dictionary's "промер" a vowel away
    assert words_of(session, "гусейнов промир с арменией что сказал")[1:3] == ("про", "мир")


def test_a_doubled_letter_in_a_five_letter_word_is_mended(session):
    # "мооре" is "море", the noun "через какое" asks a name for, no subject word
    assert words_of(session, "через какое мооре пойдут новые паромы")[2] == "море"
    assert "Каспи" in answered(session, "через какое мооре пойдут новые паромы")


def test_two_letters_swapped_come_before_a_doubled_one(session):
    # "чреез" is "через" with р and е swapped, not the old "чрез" with е doubled
    assert words_of(session, "чреез какие страны идёт коридор")[0] == "через"


# ------------------------------------------------------------------ longer words
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("какие направления обсуждлаи стороны", "какие направления обсуждали стороны"),
        ("какая длина зангезурскго коридора", "какая длина зангезурского коридора"),
    ],
)
def test_a_longer_word_a_letter_short_or_two_swapped_is_mended(session, typed, meant):
    assert words_of(session, typed) == words_of(session, meant)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("что именно гусейнов предсказвает", "что именно гусейнов предсказывает"),
        (
            "что прогнозирут ишмухамедов по товарообороту",
            "что прогнозирует ишмухамедов по товарообороту",
        ),
    ],
)
def test_a_forecast_verb_a_letter_short_is_mended(session, typed, meant):
    # unread, "предсказвает" was a name the article never gives: no answer at all
    assert words_of(session, typed) == words_of(session, meant)


def test_a_mended_forecast_verb_asks_the_experts_forecast(session):
    assert "региональные реалии" in answered(session, "что гусейнов предсказвает союзу")


def test_a_mended_forecast_verb_of_what_the_article_lacks_stays_unanswered(session):
    reply = session.ask("что Гусейнов прогнозирут по тарифам на паром")
    assert not reply.answered, (reply.kind, reply.entry)


def test_a_third_country_typed_with_a_slip_is_still_that_country(session):
    # unread, "амрения" left the peace declaration's passage to answer Armenia's own view
    not_given(session, "что амрения сказала о декларации", "statement")


# ------------------------------------------------------------------ the text the rules read
@pytest.mark.parametrize(
    "question",
    [
        "где выступил токаев, кгда приезжал в азербайджан",
        "какой регион обеспечивает баку, кодга через него идет казахская нефть",
        "где выступил токаев, когд априезжал в азербайджан",  # a space typed a letter early
    ],
)
def test_a_clause_opened_by_a_mended_word_is_no_offered_answer(session, question):
    # read as typed, the tail after the comma was an answer offered for checking
    assert "когда" in session.matcher.analyse(question).reading.text
    answered(session, question)


def test_a_mended_word_keeps_its_capital_in_the_text_read(session):
    assert "Когда" in session.matcher.analyse("Кгда прилетел Алиев?").reading.text


# ------------------------------------------------------------------ run-together words
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("какназывается группа гусейнова", "как называется группа гусейнова"),
        ("что ишмухамедов сказал о визитев целом", "что ишмухамедов сказал о визите в целом"),
        ("как ишмухамедов одной фразой охарактеризовалвизит", None),
    ],
)
def test_words_run_together_around_a_known_word_are_separated(session, typed, meant):
    typed_words = words_of(session, typed)
    if meant is None:
        assert "визит" in typed_words, typed_words
    else:
        assert typed_words == words_of(session, meant)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("что пословам гусейнова даст союз", "что по словам гусейнова даст союз"),
        ("что поожиданиям экспертов даст коридор", "что по ожиданиям экспертов даст коридор"),
        ("что пожелезке обсуждали стороны", "что по железке обсуждали стороны"),
    ],
)
def test_a_two_letter_preposition_run_into_its_word_is_separated(session, typed, meant):
    # the briefing's own word ("словам") after it, or a longer word of the dictionary
    assert words_of(session, typed) == words_of(session, meant)


@pytest.mark.parametrize(
    ("typed", "not_split"),
    [("почесу теперь", "чесу"), ("о декларации по кторому", "рому"), ("astani", "астан")],
)
def test_a_slip_is_not_split_into_a_short_word_and_a_fragment(session, typed, not_split):
    assert not_split not in words_of(session, typed)


# ------------------------------------------------------------------ guards, as a property
_TYPED_RIGHT = word_list(
    "когда сколько какие через между алиев токаев визит переговоры соглашения коридор паромы "
    "каспий товарооборот астану баку казахстан сказал говорил будет может сам ли или и в "
    "по о за год месяц долго грузы доставки сроки подписали страны"
)


@settings(deadline=None, max_examples=120)
@given(st.lists(st.sampled_from(_TYPED_RIGHT), min_size=2, max_size=7))
def test_a_question_typed_right_is_read_word_for_word(session, words):
    """No repair of this module touches a question of words typed right: a space stays where
    it is, and a real word is never respelt into another."""
    analyser = session.matcher.analyser
    assert analyser._respaced(words) == words
    assert [analyser._respelt(word) for word in words] == words


# ------------------------------------------------------------------ "подвижной состав"
def test_a_member_noun_after_its_adjective_names_a_thing():
    # "подвижной состав" is rolling stock: nothing asks its members listed
    assert listed(("подвижной", "состав", "вложения")) is None
    assert listed(("состав", "группы", "тюркских", "государств")) == "группы"


# ------------------------------------------------------------------ the bench's typing styles
_QUESTION = st.lists(
    st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюя", min_size=1, max_size=9),
    min_size=1,
    max_size=8,
).map(" ".join)


@settings(deadline=None, max_examples=150)
@given(_QUESTION, st.integers(0, 50))
def test_typing_styles_make_one_slip_of_their_kind(question, seed):
    letters = question.replace(" ", "")
    shifted = space_shifted(question, random.Random(seed))
    assert shifted.replace(" ", "") == letters
    assert len(shifted.split()) == len(question.split())
    joined = run_together(question, random.Random(seed))
    assert joined.replace(" ", "") == letters
    assert len(joined.split()) >= len(question.split()) - 1
    assert len(letter_doubled(question, random.Random(seed)).replace(" ", "")) in {
        len(letters),
        len(letters) + 1,
    }
    assert len(short_word_dropped(question, random.Random(seed)).replace(" ", "")) in {
        len(letters),
        len(letters) - 1,
    }
    assert len(two_slips(question, random.Random(seed)).split()) == len(question.split())
    assert space_shifted(question, random.Random(seed)) == shifted  # seeded


def test_the_bench_leaves_the_clean_sets_alone():
    assert {
        "blind-heldout.yaml",
        "blind-u.yaml",
        "blind-x.yaml",
        "blind-y.yaml",
        "blind-aa.yaml",
    } <= CLEAN
    retired = {"blind-p.yaml", "blind-q.yaml", "blind-r.yaml", "blind-w.yaml", "blind-z.yaml"}
    assert not retired & CLEAN
