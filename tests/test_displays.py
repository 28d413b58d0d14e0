"""A drafted figure's ``display:``: the value as a reader sees it alone in a list of key
figures (nominative, digits, with its unit), built only from the value and its sentence and
always accepted by the loader's own proof.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.extraction.displays import draft_display, reads_alone
from bot.extraction.draft import extract
from bot.extraction.writer import to_yaml
from bot.knowledge import load_knowledge
from bot.knowledge.faithfulness import display_problems
from tests.test_extraction import FIXTURES, SEED, TRAP_FOLDER, TRAPS

# Values and spans as the extractor cuts them from the seed and the fixture articles.
DRAFTED = [
    (  # a number word in the genitive: digits, and the scale in the form "1" asks for
        "одного миллиарда долларов ежегодно",
        "Реализация новых проектов, особенно в рамках Среднего коридора, позволит довести этот "
        "показатель до одного миллиарда долларов ежегодно",
        "1 миллиард долларов ежегодно",
    ),
    (  # the unit of the nearest number on the same scale
        "20 миллионов",
        "Текущий объём железнодорожных перевозок между странами составляет всего 1,5–2 миллиона "
        "тонн, тогда как Казахстану нужно до 20 миллионов, а Азербайджан готов обеспечить 5–7 "
        "миллионов тонн в год",
        "20 миллионов тонн",
    ),
    (  # the noun the sentence counts, not the unit of "96 млрд рублей" beside it
        "с 4 200 до 11 тысяч",
        "российские продавцы за прошлый год поставили казахстанским покупателям товаров на 96 "
        "млрд рублей, а число продавцов из Казахстана на площадке выросло с 4 200 до 11 тысяч",
        "с 4 200 до 11 тысяч продавцов",
    ),
    (  # the currency sign before the number
        "150 млн",
        "В этом году мы вложим в логистику здесь $150 млн — больше, чем за три предыдущих года "
        "вместе",
        "$150 млн",
    ),
    (  # the word right after it, which the value left out (an adjective used as a noun)
        "от 25 до 30 тысяч",
        "Чтобы выйти на нужный темп, отрасли потребуется дополнительно от 25 до 30 тысяч рабочих",
        "от 25 до 30 тысяч рабочих",
    ),
    ("48 тыс.", "контейнерный оборот вырос до 48 тыс. TEU;", "48 тыс. TEU"),
    (  # a qualifier wants the genitive: only the digits change
        "до одного миллиарда долларов",
        "Товарооборот вырастет до одного миллиарда долларов",
        "до 1 миллиарда долларов",
    ),
    ("двух миллионов тонн", "Порт принял более двух миллионов тонн грузов", "2 миллиона тонн"),
]


@pytest.mark.parametrize(("value", "span", "display"), DRAFTED)
def test_a_value_that_does_not_read_alone_gets_a_display(value: str, span: str, display: str):
    assert not reads_alone(value)
    assert draft_display(value, span) == display
    assert reads_alone(display)
    assert display_problems(display, value, span) == []


@pytest.mark.parametrize(
    ("value", "span"),
    [
        ("15–18 дней", "Сейчас груз идёт 15–18 дней"),  # reads alone already
        ("семь", "Казахстан и Азербайджан подписали семь документов"),
        ("5–7 миллионов тонн в год", "Азербайджан готов обеспечить 5–7 миллионов тонн в год"),
        # no unit anywhere in the sentence: none is invented
        ("пяти миллионов", "Речь идёт о пяти миллионов"),
        # the only other amount is on another scale and may count something else
        ("11 тысяч", "Выдано кредитов на 96 млрд рублей, а получателей стало 11 тысяч"),
        ("800 тысяч", "Нужно 800 тысяч, а есть 2 миллиона тонн"),
    ],
)
def test_no_display_when_the_value_reads_alone_or_the_sentence_gives_no_unit(value: str, span: str):
    assert draft_display(value, span) is None


def test_the_proof_refuses_other_numbers_and_words_the_span_lacks():
    span = "позволит довести этот показатель до одного миллиарда долларов ежегодно"
    value = "одного миллиарда долларов ежегодно"
    assert display_problems("1 миллиард долларов ежегодно", value, span) == []
    assert display_problems("до 1 миллиарда долларов", value, span) == []  # a qualifier
    assert "other numbers" in display_problems("2 миллиарда долларов", value, span)[0]
    assert "рублей" in display_problems("1 миллиард рублей", value, span)[0]


# The seed, every fixture article and every trap article.
ARTICLES = [SEED, *sorted(FIXTURES.glob("*/article.txt")), *sorted(TRAP_FOLDER.glob("*.txt"))]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_drafted_display_passes_the_loaders_proof(article: Path, tmp_path: Path):
    draft = extract(article).briefing
    for figure in draft.figures:
        if figure.display is not None:
            assert reads_alone(figure.display), figure.display
            assert display_problems(figure.display, figure.value, figure.span.text) == []
    output = tmp_path / "draft.yaml"
    text = to_yaml(draft, output)
    output.write_text(text, encoding="utf-8")
    loaded = load_knowledge(output).briefings[0]  # the loader proves every display again
    assert [f.display for f in loaded.figures] == [f.display for f in draft.figures]
    for figure in draft.figures:
        if figure.display is not None:  # written right after the value it shows
            assert f"value: {figure.value}\n  display: {figure.display}\n" in text


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_every_drafted_display_of_a_trap_passes_the_loaders_proof(name: str, tmp_path: Path):
    article = tmp_path / f"{name}.txt"
    article.write_text(TRAPS[name], encoding="utf-8")
    draft = extract(article).briefing
    output = tmp_path / "draft.yaml"
    output.write_text(to_yaml(draft, output), encoding="utf-8")
    loaded = load_knowledge(output).briefings[0]
    assert [f.display for f in loaded.figures] == [f.display for f in draft.figures]
