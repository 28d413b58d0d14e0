"""Questions asking what is needed, proposed or invested in to reach an aim, or what was
discussed of a kind, and the passage that tells it.

- "что конкретно предлагается сделать, чтобы грузы шли быстрее": "конкретно" insists on the
  means asked for, not on the aim's words ("быстрее") — the passage telling the means need
  not repeat the asker's aim (``goals.aim_words`` in ``Support._unsaid``).
- "what kind of railway investments were discussed? rolling stock?": things asked as
  discussed go to the passage telling the discussion ("обсуждался … речь шла о …"), not
  to one naming the same things as needed (``Matcher._discussion_told_first``).
- "which specific investments …", "what concrete … measures …": an English adjective
  insisting on the particulars is no word of the subject, a generic noun heading the
  phrase a question word opens says the kind of answer, and an English summary giving the
  particulars ("In particular: …") specifies them (``clauses.particularises``).
- "во что надо вбухать деньги, чтобы коридор заработал": money put into something asks its
  target, a fact, not a sum; the aim's verb the briefing never says is no relation asked;
  a slip of an everyday word ("вкладывть") and a reflexive ending written as heard
  ("vlozhatsa") read as the briefing's word for them; "по мнению экспертов" names nobody, no
  word of the subject.
- "чего не хватает, чтобы …": a lack is a need, answered by the passage telling the need
  (``goals.lack_as_need``, ``Matcher._need_told_first``); "каспийской переправе": a place's
  adjective is the place, a crossing by water a ferry.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types
from bot.language.fillers import filler_positions
from bot.language.goals import aim_words, asks_need, lack_as_need
from tests.support.asking import answered, declined, question_words


def test_the_aim_clause_is_read_to_its_end() -> None:
    assert aim_words("Что конкретно предлагается сделать, чтобы грузы шли быстрее?") == {
        "чтобы",
        "грузы",
        "шли",
        "быстрее",
    }
    assert aim_words("что нужно, чтобы ускорить доставку, и кто за это платит") == {
        "чтобы",
        "ускорить",
        "доставку",
    }
    assert aim_words("what is needed so that cargo moves faster") == {
        "so",
        "that",
        "cargo",
        "moves",
        "faster",
    }
    assert aim_words("что конкретно подписали по энергетике") == frozenset()


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Что конкретно предлагается сделать с железной дорогой, чтобы грузы шли быстрее?",
            "ishmukhamedov-rail-investment",
        ),
        (
            "Что конкретно предлагается сделать, чтобы грузовикам и легковым машинам было "
            "проще ездить через границу между двумя странами?",
            "ishmukhamedov-road",
        ),
    ],
)
def test_the_means_asked_for_an_aim_is_answered(
    session: Session, question: str, entry: str
) -> None:
    reply = session.ask(question)
    assert reply.answered and reply.entry == entry, (reply.kind, reply.entry)


def test_what_was_discussed_of_a_kind_is_the_discussion(session: Session) -> None:
    reply = session.ask("what kind of railway investments were discussed? rolling stock?")
    assert reply.answered and reply.entry == "ishmukhamedov-rail-investment", reply.entry


def test_the_investment_asked_without_a_discussion_stays(session: Session) -> None:
    # no discussion asked: the passage naming the investment in rolling stock answers
    text = answered(session, "what investment in rolling stock is needed to cut delivery time?")
    assert "rolling stock" in text or "подвижной состав" in text, text[:200]


def test_specific_investments_are_the_particulars_given(session: Session) -> None:
    reply = session.ask(
        "Which specific investments in rail and Caspian shipping did the Kazakh analyst say "
        "were discussed?"
    )
    assert reply.answered and reply.entry == "ishmukhamedov-rail-investment", reply.entry


def test_specific_barriers_are_still_not_listed(session: Session) -> None:
    # the article names the barriers, never which: the insisting adjective still insists
    declined(session, "what specific barriers and limits was Ishmukhamedov talking about?")


@pytest.mark.parametrize(
    "question",
    [
        "Во что, по мнению экспертов, надо вбухать дополнительные деньги?",
        "во что вложить деньги, чтобы грузы шли быстрее",
    ],
)
def test_money_put_into_something_asks_what(question: str) -> None:
    assert asked_types(question_words(question))[:1] == (AnswerType.FACT,)


def test_money_asked_by_amount_stays_a_sum() -> None:
    assert AnswerType.MONEY in asked_types(question_words("сколько денег надо вложить в паромы"))


def test_a_slipped_everyday_verb_is_the_briefings_word(session: Session) -> None:
    text = answered(
        session,
        "Мне нужно для подводки: куда эксперт предлагает вкладывть деньги, чтобы грузы "
        "шли быстрее?",
    )
    assert "подвижной состав" in text, text[:200]


def test_a_reflexive_ending_written_as_heard(session: Session) -> None:
    text = answered(session, "za skolko dnei mozhno budet dovozit gruz iz kitaya esli vlozhatsa")
    assert "7–8" in text, text[:200]


def test_a_lack_is_read_as_a_need() -> None:
    assert lack_as_need(["чего", "не", "хватает", "чтобы", "грузы"]) == [
        "чего",
        "нужно",
        "чтобы",
        "грузы",
    ]
    assert lack_as_need(["чего", "недостает", "коридору"]) == ["чего", "нужно", "коридору"]
    # "is it enough": a judgement of an amount, no lack asked
    assert lack_as_need(["хватает", "ли", "объемов"]) == ["хватает", "ли", "объемов"]
    # a lack asked why asks its cause, no need
    assert lack_as_need(["почему", "не", "хватает", "паромов"]) == [
        "почему",
        "не",
        "хватает",
        "паромов",
    ]


def test_a_need_is_asked_what_not_what_for() -> None:
    assert asks_need(question_words("что нужно, чтобы грузы шли быстрее"))
    assert asks_need(question_words("what is needed to speed up delivery"))
    assert not asks_need(question_words("зачем нужны инвестиции в железные дороги"))


@pytest.mark.parametrize(
    "question",
    [
        "чего не хватает, чтобы грузы быстрее доходили? короче",
        "чего недостаёт, чтобы грузы из Китая доходили быстрее",
    ],
)
def test_what_is_lacking_is_the_need_told(session: Session, question: str) -> None:
    # the passage telling the need, not the figure of the aim ("7–8 дней") alone
    text = answered(session, question)
    assert "подвижной состав" in text, text[:200]


def test_whether_there_is_enough_stays_a_judgement(session: Session) -> None:
    reply = session.ask("хватает ли объёмов железнодорожных перевозок")
    assert reply.answered and reply.entry == "ishmukhamedov-rail-volumes", reply.entry


def test_the_experts_at_large_are_no_word_of_the_subject() -> None:
    assert filler_positions(("во", "что", "по", "мнению", "экспертов", "надо")) == {2, 3, 4}
    assert filler_positions(("according", "to", "the", "experts", "what")) == {0, 1, 2, 3}
    # one expert named, or one expert meant: whose words are asked
    assert filler_positions(("что", "по", "мнению", "ишмухамедова", "нужно")) == frozenset()
    assert filler_positions(("по", "словам", "эксперта", "что", "нужно")) == frozenset()


@pytest.mark.parametrize(
    "question",
    [
        # typed on the Latin layout: "что нужно железной дороге и каспийской переправе по
        # словам ишмухамедова"
        "xnj ye;yj ;tktpyjq ljhjut b rfcgbqcrjq gthtghfdt gj ckjdfv bive[fvtljdf",
        "что нужно железной дороге и каспийской переправе по словам ишмухамедова",
    ],
)
def test_a_places_adjective_and_a_crossing_by_water(session: Session, question: str) -> None:
    # "каспийская": the Caspian the briefing names; a crossing by water is by ferry
    reply = session.ask(question)
    assert reply.answered and reply.entry == "ishmukhamedov-rail-investment", reply.entry
