"""The passage of the right expert that answers what is asked, not its neighbour on the topic.

- "что нужно, по мнению политолога, чтобы грузы шли быстрее", "чего не хватает …, по мнению
  X": a need asked in an expert's view asks his statement, and his passage telling the need
  ("нужны серьёзные вложения в подвижной состав") answers it, as it does without the view —
  not the figure of the aim ("можно сократить до 7–8 дней", ``Matcher._need_told_first``).
- "в какой из сфер подписали больше всего соглашений": a ranking by amount asked of a list
  the article gives with one total and no amount per member is not given (a quantity); the
  passage listing them is offered (``superlatives``, ``Matcher._unranked_amounts``). "Что
  больше всего интересует" ranks no amount of a thing and is answered as before.
- "почему Гаджиев написал этот пост", "why did Hajiyev write this post": the reason of the
  act of writing, which the passage reporting what he wrote does not give — not given, as
  "зачем он написал" is (``answer_types.asks_why_published``).
- "роль Баку в энергетической сфере, по мнению депутата": the area noun after the adjective
  is the adjective's area; his passage on Baku's energy role answers, not the one listing
  energy among the spheres of his projects (``Matcher._area_of_held_word``).
- "в какую сторону изменятся сроки доставки", "in which direction will it change": the
  direction of a change, asked as "как изменятся" asks it — no side, no place
  (``answer_types.direction_cues``).
- "регистрация ТС": consonant letters in capitals are an abbreviation of common words, as
  in lower case, not an unknown name (``acronyms.is_letter_abbreviation``).

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from tests.support.asking import answered, declined, not_given


@pytest.mark.parametrize(
    "question",
    [
        "Что нужно, по мнению политолога, чтобы грузы из Китая шли быстрее?",
        "чего не хватает чтобы возить грузы быстрее по мнению политолога",
        "Чего, по словам Ишмухамедова, не хватает, чтобы ускорить доставку из Китая?",
    ],
)
def test_need_in_an_experts_view_is_his_passage_telling_it(session: Session, question: str) -> None:
    assert "вложения" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "В какой из сфер подписали больше всего соглашений?",
        "По какому из направлений было подписано меньше всего соглашений?",
        "Which sector got the most agreements signed during the visit?",
    ],
)
def test_ranking_by_amount_of_a_list_without_amounts_is_not_given(
    session: Session, question: str
) -> None:
    text = not_given(session, question, "quantity")
    assert "15 важных соглашений" in text


def test_ranking_of_no_amount_is_no_count_asked(session: Session) -> None:
    """ "Больше всего интересует" ranks no amount of a thing: the passage on it answers."""
    assert "интерес" in answered(session, "что больше всего интересует аналитиков в визите")


@pytest.mark.parametrize(
    "question",
    [
        "Why Hajiyev wrote this post in X?",
        "Почему Гаджиев написал этот пост в X?",
    ],
)
def test_why_somebody_wrote_is_not_what_he_wrote(session: Session, question: str) -> None:
    """The passage reporting what Hajiyev wrote gives no reason for writing it, as it gives
    no aim ("зачем он написал", ``answer_types.asks_why_published``)."""
    not_given(session, question, "reason")


def test_why_somebody_proposed_is_still_his_ground(session: Session) -> None:
    assert "Турци" in answered(session, "Почему Ишмухамедов предложил добавить Турцию?")


@pytest.mark.parametrize(
    "question",
    [
        "В чём состоит, по мнению депутата, роль Баку в энергетической сфере?",
        "Какова, по словам Гусейнова, роль Баку в энергетической области?",
    ],
)
def test_area_named_by_its_adjective_is_the_experts_passage_on_it(
    session: Session, question: str
) -> None:
    """ "В энергетической сфере" is about energy: the MP's passage on Baku's energy role
    answers, not his passage listing energy among the spheres of projects, which names no
    Baku and no role (``Matcher._area_of_held_word``, ``Matcher._explaining_first``)."""
    assert "Южного Кавказа" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "в какую сторону изменятся сроки доставки из китая при инвестицях",
        "сроки доставки из Китая изменятся в какую сторону при инвестициях?",
        "In which direction will delivery times from China change with investment?",
    ],
)
def test_direction_of_a_change_is_the_change_told(session: Session, question: str) -> None:
    """ "В какую сторону изменятся сроки" asks how they change, as "как изменятся" does: no
    side or place a passage must name (``answer_types.direction_cues``)."""
    text = answered(session, question)
    assert "7–8 дней" in text or "15–18" in text


def test_direction_cues_need_a_verb_of_change() -> None:
    from bot.language.answer_types import direction_cues  # new at this branch

    assert direction_cues(("в", "какую", "сторону", "изменятся", "сроки")) == {0, 1, 2, 3}
    assert direction_cues(("в", "какую", "сторону", "поехал", "алиев")) == set()


@pytest.mark.parametrize(
    "question",
    [
        "Электронная регистрация ТС — кроме товарооборота, чему еще даст импульс?",
        "Регистрация ТС на границе чему поможет?",
    ],
)
def test_letters_in_capitals_are_an_abbreviation_not_a_name(
    session: Session, question: str
) -> None:
    """ "ТС" in capitals is "транспортные средства" as "тс" is: letters standing for common
    words, which the passage spells out — no unknown name that sinks the question
    (``acronyms.is_letter_abbreviation`` in ``Analyser._analyse_reading``)."""
    assert "туризма" in answered(session, question)


@pytest.mark.parametrize("question", ["какова позиция РФ по Среднему коридору"])
def test_an_unknown_country_in_capitals_is_still_not_answered(
    session: Session, question: str
) -> None:
    declined(session, question)
