"""Questions the article answers that were told "not given": the passage that answers them
was found and offered, but a check read it as not giving the kind asked.

- "Что предлагали для упрощения автоперевозок": nobody says "предложил" — the expert
  "подчеркнул важность упрощения … в частности, предварительной электронной регистрации":
  an expert urging a thing is what was put forward (``answer_types.advocates``).
- "Какие соглашения подписали, в каких сферах? Здравоохранение тоже?": the areas are asked
  for, so healthcare listed among them is found, not a qualifier of the agreements that the
  list alone does not state (``qualified.states_qualified``'s ``areas_asked``).
- "Через какое море будут паромы ходить": ferries "ходят" / "курсируют" is their carrying
  ("перевозки грузов через Каспий": ``predicates.PARAPHRASE_GROUPS``), and the one offer,
  held down by "море" the article never says, names the sea beyond what the question names
  (``Matcher._lone_place``).
- "Какую роль будут играть Баку и Астана в логистике региона": the role is Huseynov's
  "в формировании будущей транспортной карты всего региона" — logistics said as transport
  (``lexicon.SECTOR_KIN`` in ``Matcher.explains_subject``).

Near-misses keep their refusal: a place the ferries passage does not give (where they
are built, where from), an area the question names without asking which
("что подписали в сфере здравоохранения"), a count of the agreements of one area, a
proposal on a subject no expert urges anything of.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from tests.support.asking import answered_entry, declined, not_given


@pytest.mark.parametrize(
    "question",
    [
        "что предлагали для упрощения автоперевозк",  # blind-s #190
        "chto predlagali dlya uproshcheniya avtoperevozok",
        "xnj ghtlkfufkb lkz eghjotybz fdnjgthtdjpjr",
        "какие меры предлагались чтобы облегчить перевозки фурами через границу",
    ],
)
def test_an_expert_urging_a_thing_is_what_was_proposed(session, question):
    assert answered_entry(session, question) == "ishmukhamedov-road", question


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # the article's report of the agreements signed urges nothing
        ("что предлагали по здравоохранению", "fact"),
        ("что подписали по здравоохранению", "fact"),
    ],
)
def test_a_proposal_nobody_urges_stays_not_given(session, question, missing):
    not_given(session, question, missing)


def test_a_proposal_on_an_unknown_subject_stays_declined(session):
    declined(session, "что предлагали для упрощения визового режима")


@pytest.mark.parametrize(
    "question",
    [
        "kakie soglasheniya podpisali, v kakih sferah? zdravoohranenie tozhe?",  # blind-s #161
        "какие соглашения подписали, в каких сферах? здравоохранение тоже?",
        "какие соглашения подписали и в каких сферах, здравоохранение есть?",
        "rfrbt cjukfitybz gjlgbcfkb, d rfrb[ cathf[? pljhjdjj[hfytybt nj;t?",
    ],
)
def test_an_area_among_the_areas_asked_is_found(session, question):
    assert answered_entry(session, question) == "article-agreements", question


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # an area named, not asked which: the list of areas tells nothing of its agreements
        ("что подписали в сфере здравоохранения", "fact"),
        ("сколько соглашений подписали в сфере здравоохранения", "quantity"),
    ],
)
def test_an_area_named_not_asked_stays_not_given(session, question, missing):
    not_given(session, question, missing)


@pytest.mark.parametrize(
    "question",
    [
        "через какое море будут паромы ходитть",  # blind-s #83
        "cherez kakoe more budut hodit paromy",
        "по какому морю будут ходить паромы",
        "через какое море будут курсировать новые паромы",
        # "акватория" asks the water as "море" does: its name answers, no "не упоминается"
        "для какой акватори нужны новые паромы",  # ru19 #21
        "для какой акватории нужны новые паромы",
    ],
)
def test_the_one_sea_offered_answers_where_ferries_run(session, question):
    assert answered_entry(session, question) == "ishmukhamedov-rail-investment", question


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("где будут строить паромы", "place"),  # where built: not told
        ("когда будут курсировать паромы", "date"),
    ],
)
def test_a_ferry_detail_not_told_stays_not_given(session, question, missing):
    not_given(session, question, missing)


def test_a_ferry_origin_not_told_stays_declined(session):
    declined(session, "откуда будут ходить паромы")


@pytest.mark.parametrize(
    "question",
    [
        # blind-s #80
        "какую роль будут игарть баку и астана в логистике региона по мнению депутата",
        "какую роль будут играть Баку и Астана в логистике региона",
        "kakuyu rol budut igrat baku i astana v logistike regiona",
        "какую роль, по словам Гусейнова, Баку и Астана сыграют в логистике региона",
    ],
)
def test_a_role_in_logistics_is_the_one_in_the_transport_map(session, question):
    assert answered_entry(session, question) == "huseynov-transcaspian", question


@pytest.mark.parametrize(
    "question",
    [
        # another sector: transport is no energy
        "какую роль будут играть Баку и Астана в энергетике региона",
        "какую роль будут играть Баку и Астана в цифровой экономике региона",
    ],
)
def test_a_role_in_another_sector_stays_unanswered(session, question):
    declined(session, question)
