"""Questions that paraphrase with words the article does not use, answered all the same.

"какие качества Алиева отметил Гусейнов", "какую роль отводит Ишмухамедов Турции", "на каких
принципах строятся отношения": words asking for a description (``characterisation``) are no
words of the subject. "где работает Гусейнов": his profile's role (``occupations``). "о каком
коридоре кроме Среднего": another thing of that noun (``exclusions``). Each also declines
what the article does not address.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.characterisation import collocates, is_frame
from bot.language.exclusions import exclusion
from bot.language.occupations import Occupation, asked_occupation, names_workplace
from bot.rendering.plain import render_plain as plain
from tests.support.asking import answered, declined, question_words


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        # traits the article calls "shown" (ru, wrong layout)
        ("какие качества Алиева отметил Гусейнов", "искренность"),
        ("rfrbt rfxtcndf fkbtdf jnvtnbk uectqyjd", "искренность"),
        # a role the passage gives without the word "роль" (ru, transliterated)
        ("какую роль отводит Ишмухамедов Турции", "стратегического союзника"),
        ("kakuju rol otvodit Ishmukhamedov Turcii", "стратегического союзника"),
        # principles the article calls what relations are founded on
        (
            "На каких принципах, по мнению эксперта, строятся отношения между государствами "
            "региона?",
            "взаимном уважении",
        ),
        # principles of a group told by the passage saying on what terms its members unite,
        # not by the one naming the group best
        ("На каких принципах должна строиться тюркская семёрка?", "равноправные государства"),
        ("на каких принципах будет построена тюркская семерка", "равноправные государства"),
    ],
)
def test_a_description_asked_for_is_answered(session, question, evidence):
    assert evidence in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        "Какую роль в Среднем коридоре играет Грузия?",  # Georgia is not in the article
        "какую роль играет Россия в ОТС",
        "какие качества Пашиняна отметил Гусейнов",
        "какие качества Токаева отметил Гусейнов",  # he says nothing of Tokayev
        "какие качества нужны локомотивам",  # the locomotives' passage lists no qualities
    ],
)
def test_a_description_of_what_the_article_does_not_describe_is_declined(session, question):
    declined(session, question)


def test_frame_words_and_what_fills_them():
    assert is_frame("качество") and is_frame("роль") and is_frame("описать")
    assert not is_frame("коридор")
    assert "проявить" in collocates("качество")
    assert {"равноправный", "объединённый"} <= collocates("принцип")
    assert collocates("коридор") == frozenset()


@pytest.mark.parametrize(
    "question",
    ["Гусейнов где работает", "Gusejnov gde rabotaet", "uectqyjd ult hf,jnftn"],
)
def test_where_he_works_is_his_role_naming_the_body(session, question):
    reply = session.ask(question)
    assert reply.answered and reply.entry == "expert:huseynov", question
    assert "депутат Милли Меджлиса" in plain(reply)


def test_a_trade_is_his_job_but_no_workplace(session):
    job = session.ask("кем работает Ишмухамедов")
    assert job.answered and "политолог" in plain(job)
    where = session.ask("где работает Ишмухамедов")
    assert (where.kind, where.missing) == ("not_given", "fact")
    assert "Ишмухамедов" in plain(where)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("где работает Гусейнов", Occupation.WORKPLACE),
        ("where does Huseynov work", Occupation.WORKPLACE),
        ("кем работает Гусейнов", Occupation.JOB),
        ("чем занимается Гаджиев", Occupation.JOB),
        ("what is his job", Occupation.JOB),
        ("где работает Алиев над соглашениями", Occupation.WORKPLACE),
        ("где прошла встреча", None),
        ("чем закончился визит", None),
    ],
)
def test_the_occupation_asked_for(question, asked):
    assert asked_occupation(question_words(question)) == asked


def test_a_role_naming_the_body_its_holder_works_for():
    assert names_workplace("депутат Милли Меджлиса, член рабочей группы")
    assert names_workplace("помощник президента Азербайджана")
    assert not names_workplace("казахстанский политолог")


@pytest.mark.parametrize(
    "question",
    [
        "о каком коридоре кроме среднего говорили",
        "j rfrjv rjhbljht rhjvt chtlytuj ujdjhbkb",
        "o kakom koridore krome srednego govorili",
        "Which corridor besides the Middle Corridor was discussed?",
    ],
)
def test_another_thing_of_the_noun_asked_for(session, question):
    assert "Зангезур" in answered(session, question), question


def test_no_other_thing_of_the_noun_is_not_given(session):
    reply = session.ask("о каком коридоре кроме среднего и зангезурского говорили")
    assert not reply.answered


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("о каком коридоре кроме среднего говорили", "коридоре"),
        ("what other corridors besides the Middle Corridor", "corridors"),
        ("Что ещё обсуждали, кроме Среднего коридора?", None),  # a verb, no kind of name
        ("какие ещё темы обсуждали кроме коридора", None),  # generic: words are asked for
        ("What would unite the 'Turkic seven' besides economic interests?", None),
    ],
)
def test_the_noun_naming_the_kind_left_out(question, noun):
    found = exclusion(question_words(question))
    assert (found.noun if found is not None else None) == noun
