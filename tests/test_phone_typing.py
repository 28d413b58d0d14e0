"""Questions typed on a phone in a hurry get the reply they get typed with care: the final
"?" left off a question after a scene, a name one keystroke off, a short word a letter short
before its noun, a number word with a slip, chat's "чё" and "скока".

On the real knowledge base, through the same Session every transport uses; each case beside
the same question typed right, and the near misses that must keep their own reply.
"""

from __future__ import annotations

import pytest

from bot.language.preambles import closed_question
from tests.support.asking import answered_entry


def reply_of(session, question: str) -> tuple[str, str | None, str | None]:
    got = session.ask(question)
    return got.kind.value, got.entry, got.missing


# ------------------------------------------------------------------ the "?" left off
@pytest.mark.parametrize(
    "question",
    [
        "Депутат из Баку говорил про маршрут через Каспий. Как он его назвал",
        "Я пишу материал о формате «5+1». Как казахстанский эксперт прокомментировал пост Гаджиева",
        "Когда речь зашла о перевозках, казахстанский аналитик упомянул грузы по рельсам. "
        "Сколько тонн ежегодно готова обеспечить азербайджанская сторона, по его данным",
        "Готовлю справку для пресс-службы по итогам визита Алиева: какие направления, по "
        "словам Ишмухамедова, обсуждали стороны",
        "а тарифы на перевозку по среднему коридору подешевеют? кто-то прогнозирует",
    ],
)
def test_a_question_after_a_scene_needs_no_question_mark(session, question: str) -> None:
    assert reply_of(session, question) == reply_of(session, question + "?")


def test_only_a_later_sentence_or_one_after_a_colon_is_closed() -> None:
    # one sentence: as typed; a last sentence asking nothing: a remark, as typed
    assert closed_question("сколько соглашений подписали") == "сколько соглашений подписали"
    remark = "Кто именно это сказал? Хотел бы знать фамилию и откуда он"
    assert closed_question(remark) == remark
    assert closed_question("Визит был. Когда") == "Визит был. Когда?"
    assert closed_question("Справка: когда был визит") == "Справка: когда был визит?"
    assert closed_question("Когда был визит?") == "Когда был визит?"
    # after a question asking for something, the unclosed words are a remark on it
    asked = "сколько стран в «тюркской семёрке» у Ишмухамедова? кто там седьмой"
    assert closed_question(asked) == asked


# ------------------------------------------------------------------ names a keystroke off
@pytest.mark.parametrize(
    "typed",
    [
        "когда аилев приехал в казахстан с госвизитом",  # two letters swapped
        "когда алмев приехал в казахстан с госвизитом",  # a key beside
        "когда алеив приехал в казахстан с госвизитом",
    ],
)
def test_a_name_one_keystroke_off_is_the_articles(session, typed: str) -> None:
    assert reply_of(session, typed) == reply_of(
        session, "когда алиев приехал в казахстан с госвизитом"
    )


def test_a_surname_the_dictionary_holds_a_keystroke_off_is_the_articles(session) -> None:
    # "адиев", "гадиев" are surnames of the dictionary, not the article's people
    assert answered_entry(session, "дата визита адиева") == "visit-date"
    words = session.matcher.analyse("что сказал гадиев про формат 5+1").words
    assert "гаджиев" in words


def test_a_name_typed_right_stays(session) -> None:
    assert "эрдоган" in session.matcher.analyse("что сказал эрдоган").words
    assert "алиев" in session.matcher.analyse("когда алиев приехал").words


# ------------------------------------------------------------------ short words
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("в како городе алиева встречали со всеми почестями", "каком"),
        ("до како суммы ишмухамедов предлагает довести товарооборот", "какой"),
        ("како будущее гусейнов предсказывает союзу баку и астаны", "какое"),
        ("почему именно семь стран, а не шестть", "6"),  # a number word with a slip
        ("какие сфкры перечислил тусупбеков", "сферы"),  # a key off in five letters
        ("куда алиев поехал из китяа", "китая"),  # two letters swapped in five
    ],
)
def test_a_short_word_with_a_slip_is_the_word_its_place_wants(
    session, typed: str, meant: str
) -> None:
    assert meant in session.matcher.analyse(typed).words


def test_a_short_word_typed_right_stays(session) -> None:
    # a dictionary word agreeing with its noun itself, or before none, is what was meant
    # ("наши страны" is the article's pair since stop 34, read away as "двух стран" is)
    assert "наши" in session.matcher.analyse("наши компании подписали соглашения").words
    assert "кода" in session.matcher.analyse("кода").words


def test_the_short_words_answer_as_typed_right(session) -> None:
    assert answered_entry(session, "до како суммы может вырасти товарооборот") == (
        answered_entry(session, "до какой суммы может вырасти товарооборот")
    )


# ------------------------------------------------------------------ chat's words
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("чё там с товарооборотом", "что там с товарооборотом"),
        ("че там с товарооборотом", "что там с товарооборотом"),
        ("шо там по паромам", "что там по паромам"),
        ("скока соглашений подписали", "сколько соглашений подписали"),
    ],
)
def test_chat_spellings_ask_what_the_words_ask(session, typed: str, meant: str) -> None:
    assert reply_of(session, typed) == reply_of(session, meant)
