"""Paraphrased questions whose answer is in the article, and the cues that say which passage
they mean: a phrase quoted from it (``Matcher._quoted_phrase_first``), the expert named with
words that only say how a thing is put (``Matcher._paraphrased``), a layout asked for
("списком", ``fillers.LAYOUT_WORDS``), a thing left out ("кроме денег",
``exclusions.left_out_positions``), a transliterated щ ("eshe"), "надо" as the modal it is,
the expert's role by his name ("помощник Алиева Гаджиев") and the newsroom's word for the
piece ("материал"). And the other side: options listed after a dash ("— oil, gas?",
``alternatives.listed_options``) that the passage does not name are a detail it lacks, never
answered with it; nor is a quoted phrase no passage says, nor an unknown noun beside the
expert's name.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.alternatives import listed_options
from bot.language.answer_types import AnswerType
from bot.language.exclusions import left_out_positions
from bot.language.text import quoted_texts
from tests.support.asking import answered, declined, question_words

# --- a phrase quoted from the article -------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            'Which expert called the warmth of Baku–Astana bilateral ties a "unique case"?',
            "Tusupbekov",
        ),
        ('Who described the coziness of the two states\' bond as a "unique case"?', "Tusupbekov"),
        (
            "кто из экспертов назвал теплоту связей Баку и Астаны «уникальным случаем»?",
            "Тусупбеков",
        ),
    ],
)
def test_a_quoted_phrase_names_the_passage_saying_it(session, question, expected):
    assert expected in answered(session, question)


def test_a_quoted_phrase_no_passage_says_lifts_nothing(session):
    declined(session, 'Which expert called the cordiality of the ties a "golden bridge"?')


def test_quotation_marks_of_every_kind_are_read():
    assert quoted_texts('a "unique case", «большая редкость» и „ещё“') == [
        "unique case",
        "большая редкость",
        "ещё",
    ]


# --- the expert named, the rest said in other words -----------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Что Тусупбеков говорил о том, насколько редко бывают такие тёплые отношения между "
        "странами?",
        "Тусупбеков: насколько редко бывают столь тёплые отношения между странами?",
    ],
)
def test_the_named_experts_passage_answers_words_of_manner(session, question):
    assert "уникальный случай" in answered(session, question)


def test_an_unknown_noun_beside_the_expert_is_a_thing_he_does_not_name(session):
    declined(session, "Что Тусупбеков говорил о тарифах на тёплые отношения между странами?")


# --- a layout asked for ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "по каким темам подписали документы в Астане, списком",
        "по каким темам подписали документы в Астане, по пунктам",
        "по каким темам подписали документы в Астане — коротко",
    ],
)
def test_a_layout_asked_for_is_no_word_of_the_subject(session, question):
    text = answered(session, question)
    assert "искусственном интеллекте" in text and "здравоохранении" in text


# --- what is left out, a transliterated щ, the newsroom's word ------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "что нужно для Среднего коридора кроме денег: локомотивы, вагоны, что ещё",
        "chto nuzhno krome deneg dlya zheleznyh dorog: lokomotivy, vagony, chto eshe",
        "что нужно кроме денег для развития железных дорог",
    ],
)
def test_what_is_left_out_is_neither_asked_nor_needed(session, question):
    assert "паромов" in answered(session, question)


def test_a_thing_left_out_sets_no_kind_asked(session):
    query = session.matcher.analyse("что нужно для Среднего коридора кроме денег")
    assert AnswerType.MONEY not in query.asks
    assert "деньга" not in {t.lemma for t in query.terms}


def test_a_transliterated_shcha_is_read(session):
    assert "еще" in session.matcher.analyse("chto eshe obsuzhdali na peregovorah").words
    reply = session.ask("budet li sleduyushiy vizit tokaeva v baku")
    assert (reply.kind, reply.missing) == ("not_given", "forecast")


def test_a_modal_of_need_is_no_word_of_the_subject(session):
    query = session.matcher.analyse("что надо для Среднего коридора")
    assert "надо" not in {t.typed for t in query.terms}


# --- the role by the expert's name ----------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "что помощник Алиева Гаджиев писал про Средний коридор",
        "chto pomoshnik Alieva Gadzhiev pisal pro Srednii koridor",
        "что казахский политолог тусупбеков сказал про паромы",
    ],
)
def test_his_role_by_his_name_is_not_what_he_spoke_about(session, question):
    reply = session.ask(question)
    assert (reply.kind, reply.missing) == ("not_given", "statement"), (question, reply.entry)


def test_his_role_by_his_name_still_finds_his_words(session):
    assert "5+1" in answered(session, "что помощник Алиева Гаджиев писал про формулу 5+1")


def test_a_pronoun_after_krome_leaves_nothing_out():
    assert left_out_positions(question_words("кроме того, сколько стоит паром")) == frozenset()
    assert left_out_positions(question_words("что нужно кроме денег")) == frozenset({3})


@pytest.mark.parametrize(
    "question",
    [
        "Какое издание собирало комментарии экспертов для этого материала?",
        "какое издание обращалось к экспертам для этой заметки",
    ],
)
def test_the_newsrooms_word_for_the_piece_is_the_article(session, question):
    assert "Minval Politika обратилась" in answered(session, question)


# --- options listed after a dash ------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which Kazakh energy resources go through Azerbaijan — oil, gas?",
        "Which Kazakh energy resources go through Azerbaijan: oil, gas, or coal?",
        "какие энергоресурсы Казахстана идут через Азербайджан — нефть, газ?",
        "что именно экспортирует Казахстан через Азербайджан: нефть, газ, уран?",
    ],
)
def test_options_the_passage_does_not_name_are_a_detail_it_lacks(session, question):
    reply = session.ask(question)
    assert not reply.answered, (question, reply.entry)
    assert reply.kind == "not_given", (question, reply.kind)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("что было в центре внимания визита — энергетика, логистика?", "логистики"),
        ("what did the sides discuss — investment, energy?", "инвестиции"),
        ("в каких сферах подписали соглашения — энергетике, транспорте?", "транспорте"),
    ],
)
def test_options_the_passage_names_are_answered(session, question, expected):
    assert expected in answered(session, question)


def test_examples_before_chto_eshe_are_no_options():
    assert listed_options("что нужно: локомотивы, вагоны, что ещё?") == ()
    assert listed_options("Baku–Astana ties: warm, stable?") == ("warm", "stable")
    assert listed_options("what goes via Baku–Astana") == ()
    assert listed_options("что везут — нефть?") == ()


# --- an expert named by what he is ----------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "что депутат думает про Зангезурский коридор?",
        "What does the Azerbaijani MP think about the Zangezur corridor?",
    ],
)
def test_the_one_expert_a_role_fits_is_named_by_it(session, question):
    reply = session.ask(question)
    assert (reply.kind, reply.missing) == ("not_given", "statement"), (question, reply.entry)


def test_another_mans_words_never_answer_for_the_role(session):
    declined(session, "что тот депутат из Баку думает про Зангезурский коридор?")


def test_the_role_finds_his_own_words(session):
    assert "Гусейнов" in answered(session, "что говорит депутат об ОТГ")


def test_a_role_fitting_two_names_nobody(session):
    assert "паромов" in answered(session, "что политолог сказал про паромы")
