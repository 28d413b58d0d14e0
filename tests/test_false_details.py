"""Answers a journalist can trust: a question whose subject the article covers, but not the
detail it asks, is told "not given" with what the article does say — never answered with a
passage that only shares its words.

- a generated list states only what a list gives: "сколько длился визит" is not answered by
  the experts who commented on the visit;
- a list asked for ("список всех 15 соглашений") is given only by a passage listing those
  things, not by one naming their number and listing their areas;
- alternatives offered ("нефть или газ") need a passage naming one of them;
- "как будет работать X" asks how X works, which a passage saying X is needed does not tell;
- a third country named ("trade turnover with China") must be named by the passage.

On the real knowledge base, through the same Session every transport uses, in several input
styles (Russian, keyboard layout, transliteration, English).
"""

from __future__ import annotations

import pytest

from bot.language.answer_types import AnswerType, asked_types, asks_workings, lasting_cues
from bot.language.clauses import clauses
from bot.language.morphology import lemma
from bot.language.predicates import listed
from bot.matching.qualified import enumerates
from tests.support.asking import answered, not_given, question_words


@pytest.mark.parametrize(
    ("question", "missing", "offered"),
    [
        # a duration: the visit's passage offered, not the experts' list
        ("сколько длился визит", "duration", "20 октября"),
        ("crjkmrj lkbkcz dbpbn", "duration", "20 октября"),
        ("skolko dlilsya vizit", "duration", "20 октября"),
        ("how long did the visit last", "duration", "20 октября"),
        # a list of the agreements: the article gives their number and areas only
        ("список всех 15 соглашений", "fact", "15 важных соглашений"),
        ("spisok vseh 15 soglashenij", "fact", "15 важных соглашений"),
        ("cgbcjr dct[ 15 cjukfitybq", "fact", "15 важных соглашений"),
        ("перечисли соглашения", "fact", "15 важных соглашений"),
        ("list all 15 agreements", "fact", "15 важных соглашений"),
        # which of two alternatives: the passage names neither oil nor gas
        (
            "какие энергоресурсы казахстан экспортирует через азербайджан нефть или газ",
            "fact",
            "энергоресурсов",
        ),
        ("does Kazakhstan export oil or gas via Azerbaijan", "fact", "energy resources"),
        # how a thing will work: the passage says only that it is needed
        (
            "как будет работать предварительная электронная регистрация машин на границе",
            "fact",
            "электронной регистрации",
        ),
        (
            "kak budet rabotat predvaritelnaya elektronnaya registraciya mashin na granice",
            "fact",
            "электронной регистрации",
        ),
        (
            "how will electronic pre-registration of vehicles at the border work",
            "fact",
            "registration",
        ),
        # a third country: the turnover given is between Azerbaijan and Kazakhstan
        ("Kazakhstan's trade turnover with China", "fact", "400–500"),
        ("what is Kazakhstan's trade turnover with Turkey", "fact", "400–500"),
    ],
)
def test_a_detail_the_article_lacks_is_not_given(session, question, missing, offered):
    assert offered.lower() in not_given(session, question, missing).lower(), question


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("сколько соглашений подписали", "15 важных соглашений"),
        ("crjkmrj cjukfitybq gjlgbcfkb", "15 важных соглашений"),
        ("какие соглашения подписали", "15 важных соглашений"),
        ("перечисли сферы соглашений", "здравоохранении"),
        ("список экспертов", "Тусупбеков"),
        ("List all the experts quoted in the article", "Tusupbekov"),
        ("перечисли все цифры", "15"),
        ("сколько экспертов", "Гусейнов"),
        ("какие энергоресурсы экспортирует Казахстан через Азербайджан", "энергоресурсов"),
        ("визит государственный или рабочий?", "государственным визитом"),
        ("визит был официальным или государственным?", "государственным визитом"),
        ("зачем нужна предварительная электронная регистрация машин", "электронной регистрации"),
        ("Kazakhstan's trade turnover with Azerbaijan", "400–500"),
        ("Какой сейчас товарооборот между Азербайджаном и Казахстаном?", "400–500"),
        ("сколько дней идут грузы из китая в азербайджан", "15–18"),
        ("Почему Ишмухамедов хочет добавить к шестёрке именно Турцию?", "Турцию"),
        ("how long will delivery take", "7–8"),
    ],
)
def test_what_the_article_gives_is_still_answered(session, question, evidence):
    assert evidence in answered(session, question), question


def test_a_list_states_what_a_list_gives(session):
    experts = session.matcher.catalogue.entry("aliyev-kazakhstan", "experts")
    assert experts is not None
    assert {AnswerType.PERSON, AnswerType.QUANTITY} <= experts.states
    assert AnswerType.DURATION not in experts.states
    assert AnswerType.DATE not in experts.states


def test_the_noun_a_list_asks_for():
    assert listed(question_words("список всех 15 соглашений")) == "соглашений"
    assert listed(question_words("перечисли подписанные документы")) == "документы"
    assert listed(question_words("list all 15 agreements")) == "agreements"
    assert listed(question_words("list of the experts quoted in the article")) == "experts"
    assert listed(question_words("какие соглашения подписали")) is None


def test_an_enumeration_lists_what_ends_the_clause_before_it():
    areas = clauses(
        "стороны подписали 15 важных соглашений о сотрудничестве в ключевых сферах: "
        "энергетике, транспорте, цифровизации.",
        lemma,
    )
    assert enumerates(areas, "сфера")
    assert not enumerates(areas, "соглашение")
    documents = clauses(
        "подписаны документы: соглашение об энергетике, меморандум о туризме", lemma
    )
    assert enumerates(documents, "соглашение")


def test_how_a_thing_works_is_asked():
    assert asks_workings(question_words("как будет работать регистрация на границе"))
    assert asks_workings(question_words("как устроена регистрация"))
    assert asks_workings(question_words("how does the pre-registration at the border work"))
    assert not asks_workings(question_words("как долго работает регистрация"))
    assert not asks_workings(question_words("зачем нужна регистрация"))
    assert asked_types(question_words("как будет работать регистрация"))[:1] == (AnswerType.FACT,)


def test_how_someone_describes_a_thing_asks_his_words_not_its_workings(session):
    # "how" goes with "describe": the manner of his describing, whatever noun of working follows
    words = question_words("How did Huseynov describe the route beyond its transport function?")
    assert not asks_workings(words)
    text = answered(
        session, "How did Huseynov describe the Trans-Caspian route beyond its transport function?"
    )
    assert "евразийской архитектуры" in text


def test_a_verb_of_lasting_is_how_a_duration_is_asked():
    assert lasting_cues(question_words("how long did the visit last")) == frozenset({5})
    assert lasting_cues(question_words("what happened last year")) == frozenset()
