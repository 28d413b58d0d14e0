"""A yes/no question setting the scene of the question after it (``language.preambles``).

"Я правильно понимаю, что визит был осенью? В каком месяце именно?" puts up what the asker
believes, then asks the month: the second question leads, the first sets its scene as a
statement would. What the second leaves to the scene is read from it:

* an elliptic "какой" ("Через какое именно?") asks of the scene's noun agreeing with it;
* a pronoun ("Что он сказал?") is the one person the scene names — one the article never
  quotes stays someone whose words it lacks;
* a pronoun standing for a thing the scene names ("товарооборот … Какой он сейчас?") is no
  follow-up of a chat that has none.

A statement before a dash sets the scene of the question after it as one before a colon does.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.preambles import filled_ellipsis, named_back, question_start
from bot.rendering.plain import render_plain
from tests.support.asking import answered, declined

# -- where the question starts --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Я правильно понимаю, что визит был осенью? В каком месяце именно?", "В каком"),
        ("Визит был осенью? А в каком месяце?", "А в каком"),
        ("Am I right that the visit was in autumn? Which month exactly?", "Which"),
        ("Верно ли я понял, что товарооборот небольшой? Какой он сейчас?", "Какой"),
    ],
)
def test_a_question_after_a_check_is_the_question(text, question):
    assert text[question_start(text) :].lstrip().startswith(question)


@pytest.mark.parametrize(
    "text",
    [
        "Кто пригласил Алиева? И когда он прибыл?",  # both ask for something
        "Визит был осенью? Или летом?",  # the second asks no question word
        "Алиев прибыл? Когда?",  # too short a scene
    ],
)
def test_two_questions_without_a_check_stay_whole(text):
    assert question_start(text) == 0


def test_an_elliptic_which_takes_the_scenes_agreeing_noun():
    scene = ["новые", "паромы", "нужны", "чтобы", "возить", "грузы", "через", "море"]
    assert filled_ellipsis(["через", "какое", "именно"], scene) == [
        "через",
        "какое",
        "море",
        "именно",
    ]
    # its own noun: nothing to fill
    assert filled_ellipsis(["в", "каком", "месяце"], ["визит", "был", "осенью"]) == [
        "в",
        "каком",
        "месяце",
    ]
    # in its case first, not the last noun ("доставки")
    assert filled_ellipsis(["какую", "именно"], ["назвали", "цифру", "доставки"])[1] == "цифру"


def test_a_pronoun_is_the_one_person_of_the_scene():
    scene = ["эрдоган", "тоже", "прокомментировал", "идею"]
    assert named_back(["что", "он", "сказал"], scene) == ["что", "эрдоган", "сказал"]
    assert named_back(["что", "она", "сказала"], scene) == ["что", "она", "сказала"]
    two = ["эрдоган", "спорил", "с", "путиным"]
    assert named_back(["что", "он", "сказал"], two) == ["что", "он", "сказал"]


# -- replies ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("Я правильно понимаю, что визит был осеью? В каком месяце именно?", "октября"),
        ("Am I right that the visit was in autumn? Which month exactly?", "октября"),
        ("Визит был осенью? А в каком месяце?", "октября"),
        (
            "Я правильно понимаю, что новые паромы нужны, чтобы возить грузы через море? "
            "Через какое именно?",
            "Каспий",
        ),
        ("Верно ли я понял, что товарооборот пока небольшой? Какой он сейчас?", "400"),
    ],
)
def test_the_question_after_a_check_is_answered(session, question, evidence):
    assert evidence in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        # a man the article never quotes: not the passage on the idea he commented on
        "Я правильно понимаю, что Эрдоган тоже как-то прокомментировал идею тюркской семёрки? "
        "Что он сказал?",
        "Эрдоган тоже как-то прокомментировал идею тюркской семёрки. Что он сказал?",
        "Я правильно понимаю, что Лукашенко тоже высказался о визите? Что именно он сказал?",
    ],
)
def test_a_person_the_article_lacks_stays_unanswered(session, question):
    declined(session, question)
    assert "Слов этого человека в статье нет" in _plain(session, question)


def test_a_check_alone_is_still_a_check(session):
    # one question, no second one: the statement put up is what is asked
    query = session.matcher.analyse("Я правильно понимаю, что визит был в октябре?")
    assert query.check


def _plain(session, question: str) -> str:
    return render_plain(session.ask(question))


def test_a_slip_is_no_person_of_the_question():
    # "предсказвает" is guessed a surname: the question still names nobody of its own
    scene = ["гусейнов", "считает", "что", "этот", "союз", "будет", "определять"]
    assert named_back(["что", "именно", "он", "предсказвает"], scene)[2] == "гусейнов"


# -- a statement before a dash ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "Гусейнов рассуждал об экспорте энергоресурсов — безопасность какого региона он "
            "упомянул?",
            "безопасность",
        ),
        ("Ишмухамедов говорил про доставку из Китая - сколько дней она займёт?", "сколько"),
    ],
)
def test_a_statement_before_a_dash_sets_the_scene(text, question):
    assert text[question_start(text) :].lstrip().startswith(question)


@pytest.mark.parametrize(
    "text",
    [
        # one question, restated after the dash
        "На что именно он надеется — что должно измениться в торговле после переговоров?",
        # a subject, no statement: it is what is asked about
        "Trade between Baku and Astana — how many dollars a year is it now?",
        "Товарооборот между странами за прошлый год — сколько он составил?",
    ],
)
def test_a_dash_after_no_statement_sets_no_scene(text):
    assert question_start(text) == 0


@pytest.mark.parametrize(
    "question",
    [
        "Гусейнов рассуждал об экспорте энергоресурсов через Азербайджан — безопасность какого "
        "региона он упомянул?",
        "Пишу про энергетику. Депутат из Баку рассуждал об энергоресурсах — безопасность какого "
        "региона он упомянул?",
    ],
)
def test_the_question_after_a_dash_is_answered(session, question):
    assert "Южного Кавказа" in answered(session, question)


# -- a scene naming what the article never does ---------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        # the check names a man the article never does: no passage answers what he did
        "Я правильно понимаю, что Путин звонил Алиеву? Когда это было?",
        "Я правильно понимаю, что Макрон тоже высказался о визите? Что он сказал?",
        # a question of too few words of its own asks of its scene, names and all
        "Путин звонил Алиеву на днях. Когда это было?",
        "Пашинян тоже высказался о визите. Что он сказал?",
    ],
)
def test_a_scene_naming_one_the_article_lacks_is_not_answered(session, question):
    declined(session, question)


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        # a name in a scene of its own: who the answer is for, not what is asked
        ("Пишу для РИА Новости. Когда прибыл Алиев?", "20 октября"),
        ("Тусупбеков говорил про визит. Что он сказал?", "Тусупбеков"),
    ],
)
def test_a_question_naming_its_own_subject_keeps_its_answer(session, question, evidence):
    assert evidence in answered(session, question)


# -- a question asked before the question mark ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "Мне очень интересно, во сколько обойдутся новые паромы. Об этом в статье пишут?",
            "во сколько",
        ),
        ("Мне вот интересно, кто пригласил Алиева в Казахстан. Это есть в тексте?", "кто"),
    ],
)
def test_a_question_after_a_verb_of_knowing_leads_the_check_after_it(text, question):
    assert text[question_start(text) :].startswith(question)


def test_a_question_mark_asking_for_something_still_leads():
    text = "Мне очень интересно, во сколько обойдутся паромы. А кто их будет строить?"
    assert text[question_start(text) :].lstrip().startswith("А кто")


def test_the_cost_asked_before_whether_the_article_says_it_is_not_given(session):
    # the cost is asked, not whether the passage on ferries exists
    reply = session.ask(
        "Мне очень интересно, во сколько обойдутся новые паромы для Каспия. Об этом в статье пишут?"
    )
    assert (reply.kind, reply.missing) == ("not_given", "money")


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("Какое священное число у тюркских народов, не подскажете?", "семь"),
        ("Тюрки считают какое-то число священным. Какое это число, не подскажете?", "семь"),
        ("Сколько дней сейчас идут грузы из Китая, подскажите?", "15–18"),
    ],
)
def test_a_request_closing_the_question_is_no_word_of_it(session, question, evidence):
    assert evidence in answered(session, question)
