"""How a plain-spoken asker names whose words and which thing, read as he means them.

- "чем X это объясняет", "чем он обосновывает": his own explanation, which a statement of his
  giving no reason does not answer — the reason is not given (once answered with Hajiyev's
  bare statement that the formula became «6»);
- "что за семёрка тюркская": a spoken adjective after its noun is the briefing's "тюркская
  семёрка" (once answered with the sacred number seven, whose phrase lacks the pair);
- "по словам одного из аналитиков": one unnamed expert, neither a roundup of every expert
  nor "аналитик" as a word of the subject (once answered with the agenda passage only, the
  corridors left out);
- "… ? Можно фамилию этого человека": a remark after the question weighs as a preamble and
  asks nothing of its own;
- "кто …, и из какой он страны": where the person is from, which his attribution gives — no
  place of a thing (once "not given: place");
- "что думает Анкара": a capital asked for a view is its state's view, which the article
  does not give (once answered with nothing at all, the subject unoffered).

On the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types
from bot.language.checks import unframed
from bot.language.fillers import filler_positions
from bot.language.lexicon import is_stop, plain_english
from bot.language.morphology import postposed_adjective
from bot.language.preambles import question_end
from bot.language.specifics import meant_as_exactly
from bot.language.text import tokens
from bot.rendering.plain import render_plain
from tests.support.asking import answered, not_given, question_words


@pytest.mark.parametrize(
    "question",
    [
        "чем Гаджиев объясняет, что формула 5+1 стала шестёркой?",
        "а почему Гаджиев так решил про 5+1, чем он это обосновывает?",
    ],
)
def test_an_explanation_needs_a_reason_in_his_words(session: Session, question: str) -> None:
    text = not_given(session, question, "reason")
    assert "5+1" in text  # what the article does give on it is offered


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Чем Ишмухамедов обосновывает идею тюркской семёрки?", "священным числом"),
        ("Чем Тусупбеков объясняет значение декларации с Арменией?", "зрелость"),
    ],
)
def test_an_explanation_he_gives_still_answers(
    session: Session, question: str, expected: str
) -> None:
    assert expected in answered(session, question)


@pytest.mark.parametrize(
    ("noun", "adjective", "after", "inverted"),
    [
        ("семерка", "тюркская", None, True),
        ("коридора", "среднего", None, True),
        ("семерку", "тюркскую", None, True),
        ("страны", "тюркской", "семерки", False),  # "тюркской" qualifies the next noun
        ("развитие", "туризма", None, False),  # a genitive noun, no adjective
        ("ишмухамедов", "нынешние", None, False),  # a name, not a thing qualified
        ("семерка", "ишмухамедова", None, False),  # whose, not which
    ],
)
def test_postposed_adjective(noun: str, adjective: str, after: str | None, inverted: bool) -> None:
    assert postposed_adjective(noun, adjective, after) is inverted


def test_a_spoken_word_order_finds_the_phrase(session: Session) -> None:
    reply = session.ask("семёрка тюркская — это что вообще?")
    assert reply.entry == "ishmukhamedov-turkic-seven", reply.entry


def test_one_of_the_experts_is_a_source_not_a_subject() -> None:
    words = question_words("что, по словам одного из аналитиков, обсуждали")
    assert {words.index("по"), words.index("аналитиков")} <= filler_positions(words)
    assert not filler_positions(question_words("кто из экспертов это предложил"))


@pytest.mark.parametrize(
    "question",
    [
        "а какие коридоры, кроме Среднего, по словам одного из аналитиков, были в повестке"
        " переговоров президентов?",
        "что кроме Среднего коридора, по словам одного из аналитиков, было в повестке переговоров?",
    ],
)
def test_one_of_the_experts_answers_with_his_words(session: Session, question: str) -> None:
    assert "Зангезурского" in answered(session, question)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Кто предложил добавить Турцию? Можно фамилию этого человека", "Кто предложил"),
        ("Сколько стоит? Интересует порядок величин", "Сколько стоит?"),
        ("Кто предложил добавить Турцию?", "Кто предложил добавить Турцию?"),
        ("Кто предложил? Спасибо", "Кто предложил? Спасибо"),  # too short to be a remark
    ],
)
def test_a_closing_remark_is_no_part_of_the_question(text: str, question: str) -> None:
    assert text[: question_end(text)].startswith(question)
    assert (question_end(text) == len(text)) is (question == text)


def test_a_closing_remark_asks_no_kind_of_its_own(session: Session) -> None:
    reply = session.ask(
        "Когда Азербайджан и Армения подписали декларацию о мире, которую хвалил политолог?"
        " Мне бы уточнить дату для титра"
    )
    assert (reply.kind, reply.missing) == ("not_given", "date"), (reply.kind, reply.entry)


@pytest.mark.parametrize(
    "question",
    [
        "Кто из экспертов говорил о мирной декларации с Арменией, и из какой он страны?",
        "кто высказывался про декларацию с Арменией и откуда он?",
    ],
)
def test_where_the_person_is_from_is_his_attribution(session: Session, question: str) -> None:
    assert not {AnswerType.PLACE} & set(asked_types(question_words(question)))
    text = answered(session, question)
    assert "Тусупбеков" in text
    assert "казахстанский" in text


def test_where_a_thing_is_still_a_place() -> None:
    words = question_words("кто подписал декларацию и где её подписали?")
    assert AnswerType.PLACE in asked_types(words)


@pytest.mark.parametrize(
    "question",
    ["а Анкара что думает про тюркскую семёрку?", "как Анкара относится к идее тюркской семёрки?"],
)
def test_a_capital_asked_for_its_view_is_its_state(session: Session, question: str) -> None:
    text = not_given(session, question, "statement")
    assert text.startswith("Позиции Турции в статье нет"), text


@pytest.mark.parametrize(
    "question",
    [
        "что он имел в виду, говоря про союз, где никто не главнее?",
        "что Ишмухамедов говорил про объединение, где все равны?",
    ],
)
def test_a_relative_where_asks_no_place(question: str) -> None:
    assert AnswerType.PLACE not in asked_types(question_words(question))


@pytest.mark.parametrize(
    "question", ["где выступал Токаев?", "что подписали и где?", "в Габале где выступал Токаев?"]
)
def test_a_where_of_its_own_still_asks_a_place(question: str) -> None:
    assert AnswerType.PLACE in asked_types(question_words(question))


def test_what_he_meant_asks_what_exactly() -> None:
    words = list(question_words("какие ограничения он имел в виду"))
    assert meant_as_exactly(words) == ["какие", "именно", "ограничения", "он"]
    words = list(question_words("он имел в виду барьеры"))  # no question: as it is
    assert meant_as_exactly(words) == words


def test_what_he_meant_run_together_asks_what_exactly() -> None:
    words = list(question_words("какие проекты он имел ввиду"))  # "в виду" typed as one word
    assert meant_as_exactly(words) == ["какие", "именно", "проекты", "он"]
    words = list(question_words("ввиду чего он имел успех"))  # the preposition: as it is
    assert meant_as_exactly(words) == words


def test_in_two_words_is_no_word_of_the_subject() -> None:
    words = question_words("в двух словах, что с коридором")
    assert {0, 1, 2} <= filler_positions(words)


@pytest.mark.parametrize(
    "question",
    [
        "Что тормозит торговлю — какие ограничения имел в виду политолог?",
        "какие лимиты имел в виду эксперт, когда говорил о торговле?",
    ],
)
def test_which_limits_he_meant_are_not_given(session: Session, question: str) -> None:
    not_given(session, question, "fact")


def test_what_he_meant_by_his_words_is_answered(session: Session) -> None:
    assert "равноправные" in answered(session, "что Ишмухамедов имел в виду под равноправием?")


@pytest.mark.parametrize(
    "question",
    [
        "что, по его ожиданиям, изменится в торговле?",
        "на что рассчитывает Ишмухамедов по итогам визита?",
    ],
)
def test_what_he_counts_on_is_a_forecast(question: str) -> None:
    assert asked_types(question_words(question))[:1] == (AnswerType.FORECAST,)


def test_the_role_acting_is_the_speaker_asked(session: Session) -> None:
    query = session.matcher.analyse(
        "как казахстанский аналитик отнёсся к заявлению помощника азербайджанского президента?"
    )
    assert query.named and all(who[1] != "hajiyev" for who in query.named), query.named


@pytest.mark.parametrize(
    "question",
    [
        "что, согласно азербайджанскому депутату, обсуждали о Зангезурском коридоре?",
        "согласно депутату из Баку, что с Зангезурским коридором?",
    ],
)
def test_according_to_names_the_source(session: Session, question: str) -> None:
    text = not_given(session, question, "statement")
    assert text.startswith("Айдын Гусейнов в статье об этом не говорит"), text


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("а правда что Турцию предлагали добавить?", ["турцию", "предлагали", "добавить"]),
        ("визит был 20 октября или я что-то путаю?", ["визит", "был", "20", "октября"]),
        ("визит был в октябре, или я ошибаюсь?", ["визит", "был", "в", "октябре"]),
    ],
)
def test_a_spoken_check_frame_is_cut(question: str, left: list[str]) -> None:
    assert unframed(list(question_words(question))) == left


def test_half_a_scale_is_its_amount() -> None:
    assert tokens("полмиллиарда долларов") == ["500", "миллионов", "долларов"]


def test_somewhere_about_an_amount_is_a_hedge() -> None:
    words = question_words("товарооборот где-то 500 миллионов?")
    assert words.index("где-то") in filler_positions(words)
    assert not filler_positions(question_words("где-то на границе стоят фуры"))


@pytest.mark.parametrize(
    "question",
    [
        "а правда что товарооборот сейчас где-то полмиллиарда долларов?",
        "торговля между странами полмиллиарда долларов в год или я что-то путаю?",
    ],
)
def test_a_spoken_check_of_an_amount_finds_it(session: Session, question: str) -> None:
    assert "400–500" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "кто назвал отношения Баку и Астаны уникальными?",
        "кто назвал отношения Баку и Астаны единственными в своём роде?",
    ],
)
def test_who_called_it_so_says_that_word(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert reply.entry == "tusupbekov-unique-relations", reply.entry  # not another's praise


def test_nobody_calling_it_so_is_not_given(session: Session) -> None:
    not_given(session, "кто назвал визит историческим?", "person")


@pytest.mark.parametrize(
    ("words", "read"),
    [
        (["единственным", "в", "своем", "роде"], ["уникальный"]),
        (["занять", "2", "столицы"], ["занять"]),
        (["обе", "стороны", "выиграют"], ["выиграют"]),
    ],
)
def test_spoken_phrases_read_as_the_briefings_words(words: list[str], read: list[str]) -> None:
    assert plain_english(words) == read


@pytest.mark.parametrize(
    ("word", "stop"),
    [("что-то", True), ("кто-нибудь", True), ("какой-либо", True), ("северо-запад", False)],
)
def test_an_indefinite_pronoun_names_nothing(word: str, stop: bool) -> None:
    assert is_stop(word) is stop


@pytest.mark.parametrize(
    "question",
    [
        # the idea is named, not its author: Hajiyev's post is the passage about it, and the
        # named expert's reaction to Hajiyev is his view of it
        "а что Ишмухамедов думает про эту формулу 5+1?",
        "Ишмухамедов что думает насчёт того, что 5+1 стала 6",
    ],
)
def test_a_view_of_an_idea_another_voiced_is_the_reaction_to_him(
    session: Session, question: str
) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == ("answer", "ishmukhamedov-on-hajiyev"), (
        reply.kind,
        reply.entry,
    )


def test_a_view_of_an_idea_by_one_who_never_reacted_stays_unanswered(session: Session) -> None:
    reply = session.ask("а что Гусейнов думает про формулу 5+1?")
    assert not reply.answered, (reply.kind, reply.entry)


@pytest.mark.parametrize(
    "question",
    [
        # English reads no verb of a question: a word of judging, or "X's take on", asks it
        "What was Ishmukhamedov's take on the '5+1 turns into 6' post?",
        "Ishmukhamedov's take on the 5+1 formula",
        # the expert by his role, whose words ("Kazakh") are no word of the idea
        "How did the Kazakh political scientist respond to Hajiyev's post on the 6 formula?",
    ],
)
def test_an_english_view_of_another_experts_idea_is_the_reaction_to_him(
    session: Session, question: str
) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == ("answer", "ishmukhamedov-on-hajiyev"), (
        reply.kind,
        reply.entry,
    )


@pytest.mark.parametrize(
    "question",
    [
        "Huseynov's take on the 5+1 formula",
        "Tusupbekov's take on the '5+1 becomes 6' post",
        "Ishmukhamedov's take on tariffs",
    ],
)
def test_an_english_view_of_an_idea_by_one_who_never_reacted_stays_unanswered(
    session: Session, question: str
) -> None:
    reply = session.ask(question)
    assert not reply.answered, (reply.kind, reply.entry)


@pytest.mark.parametrize(
    "question",
    [
        # his post names the other only as the one who commented on it: that passage is the
        # other's reaction to him, not his to the other's idea (it came before it)
        "Hajiyev's take on Ishmukhamedov's proposal",
        "Hajiyev's view on Ishmukhamedov's proposal",
        "what was Hajiyev's reaction to the Turkic seven idea",
        "как Гаджиев отреагировал на предложение Ишмухамедова",
        "как Гаджиев отнёсся к идее тюркской семёрки",
    ],
)
def test_a_passage_telling_the_other_judging_him_is_no_reaction_of_his(
    session: Session, question: str
) -> None:
    text = not_given(session, question, "statement")
    assert "Ишмухамедов" in text or "Ishmukhamedov" in text


@pytest.mark.parametrize(
    "question",
    [
        # the other way round the passage naming the other is the reaction, and stays so
        "как Ишмухамедов отреагировал на пост Гаджиева",
        "Ishmukhamedov's view on Hajiyev's post",
        "как Ишмухамедов отнёсся к мысли Гаджиева про шестёрку",
    ],
)
def test_the_judging_experts_own_passage_is_still_his_reaction(
    session: Session, question: str
) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == ("answer", "ishmukhamedov-on-hajiyev"), (
        reply.kind,
        reply.entry,
    )


@pytest.mark.parametrize(
    "question",
    [
        # "G7" is the Group of Seven, a body the article never names: not its Turkic seven
        "what does the G7 think about the Middle Corridor",
        "what does the G7 think",
        "что думает G7 о Среднем коридоре",
        # an English number standing as a noun is what is asked of: Hajiyev wrote of «6»
        "what is the seven according to Hajiyev",
    ],
)
def test_a_seven_the_expert_or_article_never_speaks_of_is_not_answered(
    session: Session, question: str
) -> None:
    reply = session.ask(question)
    assert not reply.answered, (reply.kind, reply.entry)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what is the six according to Hajiyev", "hajiyev-five-plus-one"),
        ("what is the seven according to Ishmukhamedov", "ishmukhamedov-sacred-seven"),
        ("what is the Turkic seven", "ishmukhamedov-turkic-seven"),
        ("what does Ishmukhamedov think about the Middle Corridor", "ishmukhamedov-corridor"),
        # asked of nobody, the number as a noun weighs as before: the space's common goal
        ("what is the goal of the seven", "ishmukhamedov-equal-states"),
    ],
)
def test_a_seven_or_six_the_expert_speaks_of_is_still_answered(
    session: Session, question: str, entry: str
) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == ("answer", entry), (reply.kind, reply.entry)


@pytest.mark.parametrize(
    "question",
    [
        "What did Huseynov say about the Turkic seven?",
        "What did Tusupbekov say about the so called Turkic seven?",
    ],
)
def test_a_qualified_seven_the_expert_never_speaks_of_names_who_does(
    session: Session, question: str
) -> None:
    # "the Turkic seven": a number standing as a noun after "the" and its qualifier is the
    # subject, as "the seven" is — once answered with Huseynov's passage on Turkic unity
    reply = session.ask(question)
    assert (reply.kind, reply.missing) == ("not_given", "statement"), (reply.kind, reply.entry)
    assert "Ishmukhamedov" in render_plain(reply)


def test_a_qualified_seven_the_expert_speaks_of_is_answered(session: Session) -> None:
    reply = session.ask("What did Ishmukhamedov say about the Turkic seven?")
    assert reply.answered and reply.entry == "ishmukhamedov-turkic-seven", reply.entry
