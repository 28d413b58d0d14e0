"""Questions asking how a speaker characterised a thing: the state relations reached, the
visit as a whole — answered by the passage that says it, and declined of people the article
does not quote.

"до какого уровня дошли отношения", "как депутат описал нынешний уровень отношений", "what
has the relationship become": the state a standing arrived at (``characterisation``), no
amount to reach (``changes``), named by the passage saying relations moved to it ("перешли …
к стратегическому союзу") before one telling a course under way. "after this visit" frames
an occasion as "после визита" does (``occasions``). A role asked ("казахстанская
экспертиза"), its expert named only in a remark, reads as him; a scene's own dictionary
word ("интервью") is no typo of the briefing's. Closeness is a bond ("исторически близкими":
"исторически связаны", ``predicates.BOND_WORDS``). "Как Токаев охарактеризовал визит": a person
characterising or judging a thing speaks — of one the article never quotes it has no words.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.changes import target_frame
from bot.language.characterisation import (
    arrival_asking,
    aspect_forms,
    standing_reached,
    tells_arrival,
)
from tests.support.asking import answered, declined, question_words

ALLIANCE = "стратегическому союзу"


@pytest.mark.parametrize(
    "question",
    [
        # the level reached, asked with "до какого уровня" (no amount)
        "как Гусейнов описал, до какого уровня дошли отношения Баку и Астаны?",
        "до какого уровня дошли отношения по мнению Гусейнова",
        "до какого уровня дошли отношения Баку и Астаны?",
        # the present level described
        "Как азербайджанский депутат описал нынешний уровень отношений?",
        "как Гусейнов охарактеризовал уровень отношений",
        "rfr ltgenfn jgbcfk ehjdtym jnyjitybq",  # wrong layout
        "kak Gusejnov opisal uroven otnoshenij",  # transliterated
        # what the relationship became, in English
        "How does Huseynov sum up what the relationship has become after this visit?",
        "What did relations become after the visit, according to Huseynov?",
        "How did Huseynov describe the current level of relations?",
        "What have relations turned into, according to Huseynov?",
        "what level have relations reached",
    ],
)
def test_the_state_relations_reached_is_the_alliance(session, question):
    assert ALLIANCE in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        # the course itself asked, in the passage's own verb
        "на какой уровень, по словам депутата, поднимаются отношения",
        "guseinov pro otnosheniya azerbaidzhana i kazakhstana na kakoi uroven vyshli",
    ],
)
def test_the_course_asked_stays_the_rising_level(session, question):
    assert "конкретных проектов" in answered(session, question), question


def test_a_level_an_amount_reaches_stays_the_amount(session):
    assert "миллиарда" in answered(session, "what level will trade reach")
    assert "миллиарда" in answered(session, "до какого уровня вырастет товарооборот")


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        (
            "Для подводки к интервью: как казахстанская экспертиза в целом охарактеризовала "
            "визит? Желательно дословную формулировку Ишмухамедова.",
            "вовремя состоявшееся",
        ),
        (
            "как казахстанская экспертиза охарактеризовала визит? Желательно дословную "
            "формулировку Ишмухамедова.",
            "вовремя состоявшееся",
        ),
        (
            "Пишу заметку: как казахстанские эксперты охарактеризовали визит? Интересует "
            "именно Тусупбеков",
            "наивысшего уровня",
        ),
        (
            "How did the Kazakh analysts describe the visit? I need Ishmukhamedov's wording",
            "timely",
        ),
    ],
)
def test_a_role_asked_with_its_expert_named_in_a_remark_is_his(session, question, evidence):
    assert evidence in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        "Почему Гусейнов называет страны исторически близкими, что их обьединяет?",  # typo
        "Почему Гусейнов считает страны исторически близкими?",
        "pochemu Gusejnov nazyvaet strany istoricheski blizkimi",  # transliterated
        "gjxtve uectqyjd yfpsdftn cnhfys bcnjhbxtcrb ,kbprbvb",  # wrong layout
        "что делает Азербайджан и Казахстан близкими странами",
        # why they are close: what links them is the reason
        "почему Азербайджан и Казахстан исторически близки по мнению Гусейнова",
    ],
)
def test_closeness_is_the_bond_the_article_names(session, question):
    assert "общей культурой" in answered(session, question), question


@pytest.mark.parametrize(
    "question",
    [
        # Tokayev is named, never quoted characterising anything
        "как Токаев охарактеризовал визит",
        "how did Tokayev describe the visit",
        "как Токаев оценил визит",
        "Как Токаев характеризует отношения с Азербайджаном?",
        # not in the article at all
        "how did Putin describe the relations",
        "Как Пашинян оценил визит?",
        # a state of relations, a closeness the article does not give
        "до какого уровня дошли отношения Азербайджана и Турции по мнению Гусейнова",
        "почему Тусупбеков называет страны исторически близкими",
        "Почему Гусейнов называет страны близкими партнёрами по торговле?",
    ],
)
def test_a_characterisation_the_article_does_not_give_is_declined(session, question):
    declined(session, question)


def test_a_standing_reached_is_asked_of_relations_not_of_an_amount():
    assert standing_reached(question_words("до какого уровня дошли отношения")) == {"отношение"}
    assert standing_reached(question_words("what has the relationship become")) == {"отношение"}
    assert not standing_reached(question_words("до какого уровня вырастет товарооборот"))
    assert target_frame(question_words("до какого уровня дошли отношения")) is None
    assert target_frame(question_words("до какого уровня вырастет товарооборот")) is not None


def test_an_arrival_is_told_done_not_under_way():
    relations = frozenset({"отношение"})
    assert tells_arrival("отношения между странами перешли к стратегическому союзу", relations)
    assert not tells_arrival("уровень отношений поднимается на иной уровень", relations)
    assert not tells_arrival("визит стал не просто протокольным мероприятием", relations)
    assert arrival_asking(question_words("what have relations turned into")) == {"turned"}
    assert not arrival_asking(question_words("how many tonnes will freight reach"))
    assert aspect_forms("выйти") == {"выйти", "выходить"}
    assert aspect_forms("доходить") == {"доходить", "дойти"}
