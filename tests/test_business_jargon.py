"""Business and logistics jargon read as the plain words the article uses.

Analysts, consultants and students ask in professional slang: "какой лид-тайм из Китая" (the
delivery time), "логистические хабы" (the logistics nodes), "грузопоток по жд" and "пропускная
способность" (the volume carried), "трейд" (the trade turnover), "таргет" / "KPI" (its goal),
"боттлнеки" / "узкие места" (the barriers), "фрахт" (carriage), "капекс" (a sum invested),
"меморандумы" (agreements), "драйверы роста" (the drivers); in Russian, in a Russian
question typed with English words, in English, transliterated, on the wrong layout and with
typos (``lexicon._JARGON_RU``, ``loanwords._LOANWORDS``, ``lexicon.ENGLISH_PHRASES``).

Near-misses keep their refusal: jargon asking what the article never gives — the capex of
the ferries, freight rates ("shipping rates" is a price, not the delivery time), multimodal
terminals in Aktau, another route's lead time.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from tests.support.asking import answered, asked_payload, declined, not_given, offered_entries


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("какой сейчас лид-тайм из Китая", "15–18"),
        ("какой лидтайм из Китая", "15–18"),
        ("kakoy seychas lid-taym iz kitaya", "15–18"),
        ("какой lead time из Китая", "15–18"),
        ("до скольки дней можно срезать лид тайм из китая", "7–8"),
        ("что нужно для логистических хабов", "логистические узлы"),
        ("какой грузопоток по жд между странами", "1,5–2 миллиона тонн"),
        ("rfrjq uhepjgjnjr gj ;l vt;le cnhfyfvb", "1,5–2 миллиона тонн"),
        ("какой товаропоток по жд", "1,5–2 миллиона тонн"),
        ("какой объём фрахта по железке", "1,5–2 миллиона тонн"),
        ("какая пропускная способность нужна Казахстану", "20 миллионов"),
        ("какая прапускная спасобность нужна казахстану", "20 миллионов"),
        ("какой throughput нужен Казахстану", "20 миллионов"),
        ("какой сейчас трейд между странами", "400–500"),
        ("какой таргет по товарообороту", "миллиард"),
        ("kakoy target po tovarooborotu", "миллиард"),
        ("какой KPI по товарообороту", "миллиард"),
        ("What is the KPI for trade turnover?", "миллиард"),
        ("какие боттлнеки сдерживают торговлю", "барьеры и лимиты"),
        ("какие узкие места в торговле", "барьеры и лимиты"),
        ("что тормозит торговлю", "барьеры и лимиты"),
        ("какие драйверы роста торговли", "драйвером"),
        ("What are the growth drivers of bilateral trade?", "драйвером"),
        ("что нужно для мультимодала через Каспий", "паромов"),
        ("какой апгрейд жд обсуждали", "модернизации железных дорог"),
        ("сколько меморандумов подписали", "15"),
        ("What are the chokepoints for trade?", "барьеры и лимиты"),
        ("What are the choke points?", "барьеры и лимиты"),
        # a goal for a time is the time aimed at
        ("какой таргет по срокам доставки", "7–8"),
        ("какая цель по срокам доставки", "7–8"),
        # capex in a condition is the investment, no sum asked: the time is
        ("при должном капексе за сколько дней дойдёт груз из Китая", "7–8"),
        ("с капексом в жд сколько дней будет идти груз", "7–8"),
    ],
)
def test_jargon_reads_as_the_articles_words(session, question, expected):
    assert expected in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "какой капекс на паромы",
        "сколько нужно капекса в жд",
        "kakoy kapeks na paromy",
        "капекс на паромы какой",
        "каков капекс по локомотивам",
        "какие фрахтовые ставки через Каспий",
        "какая ставка фрахта из Китая",
        "сколько инвеста нужно в жд",
        "how much capex is needed for the railways",
    ],
)
def test_a_sum_the_article_never_gives_stays_not_given(session, question):
    not_given(session, question, "money")


@pytest.mark.parametrize(
    "question",
    [
        "сколько мультимодальных терминалов в Актау",
        "какой лид-тайм из Турции в Китай",
        "какой трейд с Турцией",
        "сколько хабов построят",
        "What's the KPI for tourism?",
        "какая цель по срокам строительства паромов",
        "какая цель по срокам доставки из Турции",
        # a rate of carriage is its price, not the delivery time
        "What are the shipping rates from China?",
        "What are the freight rates from China?",
    ],
)
def test_jargon_on_what_the_article_lacks_stays_unanswered(session, question):
    declined(session, question)


def test_what_brakes_road_haulage_is_asked_as_what_hinders_it(session):
    """ "тормозит" asks the obstacle, as "мешает" does (``characterisation``): the road
    passage names none, so it is offered, not given as the answer — and the Trans-Caspian
    route, of which no obstacle is named, is not answered by its passage."""
    payload = asked_payload(session, "что тормозит автоперевозки на границе")
    assert payload["band"] != "answer"
    assert "ishmukhamedov-road" in offered_entries(payload)
    declined(session, "что тормозит Транскаспийский маршрут")
