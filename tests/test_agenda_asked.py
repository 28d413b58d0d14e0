"""What was discussed or planned, asked the way people talk.

- "какие темы обсуждали на переговорах аграрку тоже?": a noun of speech clipped from the
  briefing's adjective ("аграрка" for "аграрная сфера", as "нефтянка", "оборонка" clip
  theirs) is read as that adjective; a known word ("редко", "железка") keeps its own reading,
  and a sector the briefing never names stays unknown.
- "какие планы обсуждали по железным дорогам": plans, measures, steps asked of a discussion
  are the kind of items asked, as "какие темы обсуждали" — the passage listing them answers;
- "вокруг чего крутилось обсуждение визита у аналитиков, какие темы были главными?": "вокруг
  чего" asks what "о чём" asks, and the noun "обсуждение" frames the topics asked, no subject
  a passage listing them in other words must hold;
- "тусупбеков список тем переговоров": a list word before a kind of items ("список тем")
  asks the items one by one — the passage listing them — and "тем" is "тема", no conjunction;
- "кроме денег: локомотивы, вагоны, что ещё": items named and the rest of their list asked —
  the passage naming them all holds the rest, though they are most of what it shares;
- "во что надо вбухать дополнительные деньги, чтобы коридор реально заработал": a purpose
  clause saying only that a thing should work frames the need asked — the passage on the
  investment never names the corridor.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from tests.support.asking import answered, answered_entry, not_given


# ------------------------------------------------------ a sector clipped from its adjective
@pytest.mark.parametrize(
    "question",
    [
        "какие темы обсуждали на переговорах аграрку тоже?",
        "обсуждали ли аграрку на переговорах",
        "kakie temy obsuzhdali, agrarku tozhe?",
        "про аграрку что-нибудь говорили?",
    ],
)
def test_a_clipped_sector_is_the_briefing_adjective(session, question):
    assert "аграрная" in answered(session, question)


def test_a_clipped_sector_the_briefing_lacks_stays_unknown(session):
    text = not_given(session, "обсуждали ли нефтянку на переговорах", "fact")
    assert "«нефтянка»" in text


def test_an_adverb_keeps_its_adjective(session):
    # the reverted rule redefined the adverbs' adjective endings and lost "редко": "редкий"
    text = answered(session, "кто сказал, что такие отношения складываются редко?")
    assert "редк" in text


def test_a_known_clipped_noun_keeps_its_reading(session):
    # "железка" is the railway (the synonym table), not an adjective "железный"
    assert answered_entry(session, "что по железке") == "ishmukhamedov-rail-volumes"


# ------------------------------------------------------ plans and measures asked of a discussion
@pytest.mark.parametrize(
    "question",
    [
        "Что конкретно собираются делать с железными дорогами и пармоами, какие планы обсуждали?",
        "какие планы обсуждали по железным дорогам и паромам?",
        "kakie plany obsuzhdali po zheleznym dorogam i paromam",
        "какие планы насчет локомотивов и вагонов обсуждали",
    ],
)
def test_plans_discussed_are_the_steps_listed(session, question):
    # "какие планы обсуждали" asks what "какие темы обсуждали" asks: the passage listing
    # the modernisation, the locomotives and wagons, the new ferries
    assert answered_entry(session, question) == "ishmukhamedov-rail-investment"


@pytest.mark.parametrize(
    ("question", "kind", "entry"),
    [
        # no discussion asked: plans of a turnover are no list of what was discussed
        ("какие планы у Азербайджана и Казахстана по товарообороту?", "suggest", None),
        # one plan asked, no discussion: read as before
        ("какой план по товарообороту?", "answer", "tusupbekov-negotiations"),
    ],
)
def test_plans_not_discussed_keep_their_reading(session, question, kind, entry):
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == (kind, entry)


# ------------------------------------------------------ the main topics of a discussion
@pytest.mark.parametrize(
    "question",
    [
        "Мне нужно для подводки: вокруг чего крутилось обсуждение визита у аналитиков, "
        "какие темы были главными?",
        "какие темы были главными в обсуждении визита?",
        "vokrug chego krutilos obsuzhdenie vizita u analitikov, kakie temy byli glavnymi",
        "вокруг чего шли обсуждения среди экспертов, какие темы главные",
    ],
)
def test_main_topics_of_the_discussion_are_the_agenda(session, question):
    assert answered_entry(session, question) == "article-agenda"


@pytest.mark.parametrize(
    "question",
    [
        # the discussion of one thing named: its own passage, as before
        "обсуждение Зангезурского коридора",
        "какие темы обсуждения Зангезурского коридора?",
    ],
)
def test_a_discussion_of_a_named_thing_keeps_its_passage(session, question):
    assert answered_entry(session, question) == "tusupbekov-agenda"


# ------------------------------------------------------ a list of topics asked by its noun
@pytest.mark.parametrize(
    "question",
    [
        "neceg,trjd cgbcjr ntv gthtujdjhjd",  # "тусупбеков список тем переговоров", layout
        "тусупбеков список тем переговоров",
        "список тем переговоров",
        "spisok tem peregovorov",
        "перечень тем переговоров",
    ],
)
def test_a_list_of_topics_is_the_passage_listing_them(session, question):
    assert "аграрная сфера, инвестиции" in answered(session, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("список тем", "topics"),  # the briefing's own topics, as before
        ("список экспертов", "experts"),  # no kind of items: the experts' list
    ],
)
def test_other_lists_keep_their_reading(session, question, entry):
    assert answered_entry(session, question) == entry


# ------------------------------------------------------ the rest of a list begun by the question
@pytest.mark.parametrize(
    "question",
    [
        "chto nado dlya srednego koridora krome deneg: lokomotivy, vagony, chto eshe",
        "что надо для среднего коридора: локомотивы, вагоны, что ещё",
        "для среднего коридора надо: локомотивы, вагоны, а что еще?",
        "lokomotivy, vagony, chto eshe nado dlya srednego koridora",
    ],
)
def test_the_rest_of_a_list_is_the_passage_naming_it(session, question):
    assert "паромов" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "локомотивы, самолеты, что еще?",  # no passage names both: nothing to finish
        "китай, турция, кто еще?",  # a passage near them, naming not both, stays an offer
    ],
)
def test_a_list_no_passage_holds_is_not_answered(session, question):
    assert not session.ask(question).answered


# ------------------------------------------------------ a need asked for a thing to work at all
@pytest.mark.parametrize(
    "question",
    [
        "Во что, по мнению экспертов, надо вбухать дополнительные деньги, чтобы коридор "
        "реально заработал?",
        "vo chto nado vbuhat dopolnitelnye dengi chtoby koridor zarabotal",
        "во что нужно вложить дополнительные деньги, чтобы средний коридор по-настоящему "
        "заработал?",
        "Во что надо вложить дополнительные деньги, чтобы коридор заработал?",
    ],
)
def test_a_need_for_the_corridor_to_work_is_the_investment(session, question):
    assert "инфраструктур" in answered(session, question)


@pytest.mark.parametrize(
    ("question", "kind", "entry"),
    [
        # nothing asked before the clause: the corridor is what it asks of, as before
        ("что нужно, чтобы коридор заработал", "suggest", None),
        ("что нужно, чтобы Зангезурский коридор заработал", "answer", "tusupbekov-agenda"),
    ],
)
def test_a_goal_with_nothing_asked_before_keeps_its_reading(session, question, kind, entry):
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == (kind, entry)
