"""`main:` drafted for each topic: valid everywhere, and measured against reference mains.

The references are the `topics:` of tests/fixtures/extraction/*/expected.yaml (chosen from
the articles before the rule was written) and, once it has them, the curated seed briefing.
Measured when the rule was written: of 30 reference topics in the eight fixtures the topic
finder drafts 14, and 12 of those 14 drafted mains are the reference's statement. The two
misses: "Паромы" opens with Рудницкая's idle ferries rather than Алекперли's shortage, and
"Реконструкция" can only choose among entries naming the word, which the reference's
"В этом году на программу модернизации …" does not.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from bot.extraction.draft import extract
from bot.extraction.mains import choose_main, naming
from bot.extraction.scoring import (
    RefTopic,
    pair_topics,
    reference_from_briefing,
    reference_from_expected,
    score,
)
from bot.extraction.writer import to_yaml
from bot.knowledge import load_knowledge
from bot.knowledge.model import Answer, Briefing, Figure, Quote, QuoteKind, SourceRef

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "aliyev-state-visit-kazakhstan.ru.txt"
FIXTURES = Path(__file__).parent / "fixtures" / "extraction"
SHAPES = sorted(p.name for p in FIXTURES.iterdir() if (p / "expected.yaml").is_file())
ARTICLES = {"seed": SEED} | {shape: FIXTURES / shape / "article.txt" for shape in SHAPES}


@cache
def _draft(name: str) -> Briefing:
    return extract(ARTICLES[name]).briefing


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_every_topic_with_an_entry_gets_a_main_and_the_draft_still_checks(
    name: str, tmp_path: Path
):
    draft = _draft(name)
    output = tmp_path / "draft.yaml"
    output.write_text(to_yaml(draft, output), encoding="utf-8")
    loaded = load_knowledge(output).briefings[0]  # _check_references validates every main
    on_a_topic = {t for entry in loaded.items for t in entry.topics}
    for topic in loaded.topics:
        if topic.id in on_a_topic:
            assert topic.main is not None, topic.title
        if topic.main is not None:
            main = loaded.item(topic.main)
            assert main is not None and topic.id in main.topics
    assert [t.main for t in loaded.topics] == [t.main for t in draft.topics]


def test_fixture_mains_match_the_references_at_the_measured_rate():
    drafted = right = total = 0
    for shape in SHAPES:
        reference = reference_from_expected(FIXTURES / shape / "expected.yaml")
        scores = score(_draft(shape), reference)
        total += scores.topics
        drafted += scores.topics_drafted
        right += scores.topic_mains_right
    assert total == 30
    assert drafted >= 14  # the topic finder's share, measured 14
    assert right >= 12 and right / drafted >= 0.85  # measured 12 of 14


def test_the_seed_mains_against_the_curated_briefing():
    curated = load_knowledge(ROOT / "knowledge").briefings[0]
    reference = reference_from_briefing(curated)
    if not reference.topics:
        pytest.skip("the curated briefing has no main: yet")
    scores = score(_draft("seed"), reference)
    # Measured against the curated mains in progress: 4 of 12 curated topics drafted, 3 of the
    # 4 drafted mains on the curated span (Средний коридор opens with Ишмухамедов's "В центре
    # внимания оказался именно Средний коридор", the curator chose Гусейнов's Транскаспийский
    # маршрут, which does not name it).
    assert scores.topics_drafted >= 3
    assert scores.topic_mains_right * 2 >= scores.topics_drafted, scores.wrong_mains


def test_titles_pair_by_head_noun_and_the_closer_title_wins():
    middle, zangezur = RefTopic("Средний коридор", ()), RefTopic("Зангезурский коридор", ())
    drafted = [RefTopic("Коридор", ()), RefTopic("Средний коридор", ())]
    pairs = pair_topics([zangezur, middle], drafted)
    assert pairs == {middle: drafted[1], zangezur: drafted[0]}
    freight = RefTopic("Перевалка грузов", ())
    assert pair_topics([freight], [RefTopic("Груз", ()), RefTopic("Перевалка", ())]) == {
        freight: RefTopic("Перевалка", ())
    }


@pytest.mark.parametrize(
    ("sentence", "lemmas", "listed", "subject"),
    [
        ("стороны обсуждали инвестиции, энергетику, транспорт", ("энергетика",), True, False),
        ("стороны обсуждали инвестиции, транспорт и энергетику", ("энергетика",), True, False),
        (
            "Институт, в котором работают 340 сотрудников, готовит расчёты",
            ("институт",),
            False,
            True,
        ),
        ("Основной прирост дали транзитные грузы из Китая", ("груз",), False, True),
        (
            "пошли на подписание такого крайне важного соглашения",
            ("важный", "соглашение"),
            False,
            False,
        ),
        ("контракты по единому сквозному тарифу", ("единый", "тариф"), False, False),
    ],
)
def test_how_a_sentence_names_a_topic(sentence: str, lemmas: tuple[str, ...], listed, subject):
    found = naming(sentence, lemmas)
    assert found is not None and (found.listed, found.subject) == (listed, subject)


REF = SourceRef(Path("t.yaml"), 1)


def _answer(entry_id: str, *texts: str, lead: str | None = None) -> Answer:
    quotes = tuple(Quote(QuoteKind.REPORTED, t, REF) for t in texts)
    return Answer(
        entry_id, "t", "t", "x", quotes, ("q",), ("topic",), (), lead, None, None, None, REF
    )


def _figure(entry_id: str, value: str, span: str) -> Figure:
    return Figure(
        entry_id,
        "t",
        "t",
        value,
        "m",
        "m",
        None,
        Quote(QuoteKind.ARTICLE, span, REF),
        ("q",),
        (),
        (),
        REF,
    )


def _main(lemmas: tuple[str, ...], entries: list[Answer | Figure], lead: str = "") -> str | None:
    answers = [e for e in entries if isinstance(e, Answer)]
    figures = [e for e in entries if isinstance(e, Figure)]
    chosen = choose_main("topic", lemmas, answers, figures, lead)
    return chosen.id if chosen is not None else None


def test_a_statement_about_the_topic_beats_a_list_and_a_passing_mention():
    listed = _answer("listed", "Обсуждались энергетика, транспорт и логистика.")
    later = _answer("later", "Отношения двух стран крепнут год от года. Энергетика тоже важна.")
    about = _answer("about", "Энергетика остаётся основой сотрудничества двух стран.")
    assert _main(("энергетика",), [listed, later, about]) == "about"
    assert _main(("энергетика",), [listed, later]) == "later"


def test_the_speakers_introduction_is_not_his_statement_about_the_topic():
    introduced = _answer(
        "introduced",
        "Рынок вырастет ещё на пятую часть.",
        lead="Руководитель российского маркетплейса Иван Петров смотрит на рынок оптимистичнее.",
    )
    about = _answer("about", "Основной прирост пришёлся на маркетплейсы за этот год.")
    assert _main(("маркетплейс",), [introduced, about]) == "about"


def test_the_news_sentence_announces_and_a_figure_measures_a_quantity():
    lead = "Алматы, 3 марта 2026 года. Правительство утвердило программу модернизации сетей."
    news = _answer("news", "Правительство утвердило программу модернизации сетей.")
    expert = _answer("expert", "Программа почти не учитывает различия между регионами.")
    assert _main(("программа",), [expert, news], lead) == "news"
    turnover = _figure(
        "turnover",
        "400 миллионов долларов",
        "Сегодня объём товарооборота составляет 400 миллионов долларов",
    )
    statement = _answer("statement", "Товарооборот между странами пока недостаточен для них.")
    assert _main(("товарооборот",), [statement, turnover]) == "turnover"
    dated = _figure("dated", "2025 год", "Товарооборот подвели за 2025 год")
    assert _main(("товарооборот",), [statement, dated]) == "statement"
