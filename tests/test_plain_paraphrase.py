"""A plain reader's own words for what the article says (ru5): read as the article's.

- "казахские степи", "казахская нефть": Kazakhstan's adjective by its people's name, where the
  article writes "казахстанский" (``Analyser._country_adjective``);
- "приезжал" where the article says "приехал", "повезут" where it says "везти": a verb of the
  same relation and root (``Analyser._paraphrase``), read in part, and still the question's
  predicate — but "поехал" (set off) is not "приехал";
- "примерно", "где-то полмиллиарда", "… или я что-то путаю?", "…, я пропустил это в
  новостях": hedges and the asker's asides, no words of the subject ("примерно" was repaired to
  the article's "пример");
- "товары", "контейнер" on their way: the article's cargo ("груз");
- "безопасность какого региона …, когда через него идут …": "когда" opens a clause of time
  after "какого" as after "какой".
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import opens_time_clause
from bot.language.fillers import filler_positions
from tests.support.asking import answered, declined, question_words


def _lemmas(session: Session, question: str) -> dict[str, str]:
    return {t.typed: t.lemma for t in session.matcher.analyse(question).terms}


def test_a_country_adjective_by_its_people_is_the_articles(session: Session) -> None:
    assert _lemmas(session, "казахские грузы")["казахские"] == "казахстанский"
    assert _lemmas(session, "казахская делегация")["казахская"] == "казахстанский"
    # a state's "сторона" in talks is the state itself (``periphrasis``)
    assert _lemmas(session, "казахская сторона") == {"казахстан": "казахстан"}


def test_a_verb_of_the_same_root_and_relation_is_read_in_part(session: Session) -> None:
    query = session.matcher.analyse("приезжал ли Алиев в Астану в октябре")
    assert {t.typed: t.lemma for t in query.terms}["приезжал"] == "приехать"
    assert query.relation.verb == "приехать"  # the predicate, no slip of another word


def test_a_begun_verb_is_its_plain_verb(session: Session) -> None:
    assert _lemmas(session, "повезут ли грузы через Каспий")["повезут"] == "везти"


def test_a_verb_of_another_prefix_is_not_the_articles(session: Session) -> None:
    assert _lemmas(session, "поехал ли Алиев дальше")["поехал"] != "приехать"


def test_a_checked_statement_is_answered(session: Session) -> None:
    reply = answered(session, "Алиев приезжал в Астану в октябре, или я ошибаюсь?")
    assert "20 октября" in reply


def test_a_place_after_the_visit_stays_unanswered(session: Session) -> None:
    declined(session, "куда Алиев поехал после Казахстана?")
    declined(session, "куда потом поехал Алиев?")


@pytest.mark.parametrize(
    ("question", "hedged"),
    [
        ("за сколько примерно дней идёт груз", {2}),
        ("товарооборот где-то 500 миллионов", {1}),
        ("товарооборот где-то полмиллиарда", {1}),
        ("Алиев приезжал в октябре или я что-то путаю", {4, 5, 6, 7}),
        ("где-то говорилось о паромах", set()),
        ("когда подписали соглашения я уже забыла", {3, 4, 5}),
        ("когда был визит я как-то пропустил это в новостях", {3, 4, 5, 6, 7, 8}),
        ("что я могу узнать о визите", set()),
    ],
)
def test_hedges_are_fillers(question: str, hedged: set[int]) -> None:
    assert filler_positions(question_words(question)) == hedged


def test_when_after_a_genitive_which_opens_a_clause() -> None:
    words = question_words("безопасность какого региона обеспечивает Баку, когда идут нефть и газ")
    assert opens_time_clause(words, words.index("когда"))


def test_a_region_asked_with_a_clause_of_time_is_answered(session: Session) -> None:
    reply = answered(
        session,
        "Безопасность какого региона обеспечивает Баку, когда через него идут казахские "
        "нефть и газ?",
    )
    assert "Южного Кавказа" in reply


def test_a_way_asked_by_a_mistyped_preposition(session: Session) -> None:
    reply = answered(session, "черз какое море паромы будут возить грузы")
    assert "Каспи" in reply


def test_a_date_asked_with_the_askers_aside(session: Session) -> None:
    reply = answered(session, "какого числа начался визит Алиева, я пропустил это в новостях")
    assert "20 октября" in reply


def test_goods_on_their_way_are_cargo(session: Session) -> None:
    assert _lemmas(session, "сколько дней идут товары")["товары"] == "груз"
    assert _lemmas(session, "когда пойдут контейнеры")["контейнеры"] == "груз"


def test_the_price_of_moving_goods_stays_not_given(session: Session) -> None:
    declined(session, "сколько стоит перевезти один контейнер из Китая?")
    declined(session, "сколько стоит доставка товаров паромом через Каспий?")


def test_a_count_of_cargo_is_not_a_number_of_days(session: Session) -> None:
    # the delivery entries say "грузы … 7–8 дней": how long, not how much cargo
    declined(session, "сколько грузов пойдёт из Китая через Каспий?")
    declined(session, "сколько контейнеров пройдёт по Среднему коридору через Каспий?")
    assert "15–18" in answered(session, "сколько дней сейчас идут грузы из Китая?")


def test_a_reflexive_verb_slip_is_that_verb(session: Session) -> None:
    # "-тся" typed "-ться": the verb itself, not the briefing's verb some letters away (the
    # slip is mended before the question is read, so the word read is the verb as spelt)
    expecting = _lemmas(session, "что ожидаеться по экспорту")
    assert expecting.get("ожидаеться", expecting.get("ожидается")) == "ожидаться"
    # "собираются" frames the question as its right spelling does: no term of its own
    assert _lemmas(session, "что собираються подписать") == _lemmas(
        session, "что собираются подписать"
    )
