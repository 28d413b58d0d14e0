"""Answerable questions the bot used to decline: how a person talks, not what is asked.

A discourse filler ("в целом", "если верить Тусупбекову") is no word of the subject; a
scene set before a colon ("Готовлю справку…: какие направления…?") is a preamble as one set
before a full stop is; a relative time ("совсем недавно") answers how recent a thing was, or
when by the account of the person telling it — not a plain "когда", which asks for a date.
These run on the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.fillers import filler_positions, without_request
from bot.language.lexicon import plain_english
from bot.language.morphology import DEFAULT
from bot.language.preambles import question_start
from bot.language.recency import ahead_positions, answered_relatively, tells_relative_past
from bot.rendering.plain import render_plain


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Что казахстанский политолог Ишмухамедов сказал о визите в целом?",
            "ishmukhamedov-timely",
        ),
        ("Что в принципе Ишмухамедов сказал о визите?", "ishmukhamedov-timely"),
        (
            "Готовлю справку для пресс-службы по итогам визита Алиева: какие направления, "
            "по словам Ишмухамедова, обсуждали стороны?",
            "ishmukhamedov-corridor",
        ),
        ("Когда Токаев выступал в Габале, если верить Тусупбекову?", "tusupbekov-gabala"),
        # "со своей стороны", "в свою очередь": for its part, no "стороны" of the subject
        ("Баку со своей стороны сколько тонн в год готов потянуть?", "rail-volume-azerbaijan"),
        ("Азербайджан в свою очередь сколько тонн готов обеспечить?", "rail-volume-azerbaijan"),
        ("When was Tokayev last in Azerbaijan, according to Tusupbekov?", "tusupbekov-gabala"),
        ("давно ли Токаев был в Габале", "tusupbekov-gabala"),
        # "задолго до" asks how far back, as "давно ли" does
        ("а когда Токаев ездил в Габалу, задолго до этого?", "tusupbekov-gabala"),
        ("Токаев был в Габале задолго до визита Алиева?", "tusupbekov-gabala"),
        # "(в) последний раз" is Russian's "last": how recent, which "совсем недавно" tells
        ("когда Токаев в последний раз ездил в Азербайджан?", "tusupbekov-gabala"),
        ("когда Токаев крайний раз был в Азербайджане", "tusupbekov-gabala"),
        # "будущее" asks for what is to come by its name; "двух стран" is the pair itself
        ("Каким Гусейнов видит будущее отношений двух стран?", "huseynov-alliance"),
        # an ordinal meets its group's number; a word of the passage the consequence follows
        # from keeps a "why" on the link (the sacred seven answers why Turkey is seventh)
        ("почему именно Турцию предлагают сделать седьмой", "ishmukhamedov-sacred-seven"),
        ("Why Turkey as the seventh member?", "ishmukhamedov-sacred-seven"),
        # what a thing is to be is named by what it could be ("могла бы представлять собой")
        (
            "Чем, по прогнозу эксперта, могла бы стать «тюркская семёрка»?",
            "ishmukhamedov-turkic-seven",
        ),
        ("тюркская семерка чем будет по мнению эксперта", "ishmukhamedov-turkic-seven"),
        # "на какой срок" asks how long, which "в ближайшие годы" tells of what he predicts
        ("на какой срок гусейнов прогнозирует стратегический союз", "huseynov-alliance"),
        # everyday words for the briefing's own ("ужать" a time, "вложиться"); a hedged
        # epithet ("почти магической") is a manner of speaking
        ("До скольких дней можно ужать транзит из Китая, если вложиться?", "delivery-time-target"),
        (
            "Какая цифра у тюркских народов считается особой, почти магической?",
            "sacred-number-seven",
        ),
        ("тусупбеков рад ли он визиту алиева", "tusupbekov-gabala"),
        ("кто опрашивал экспертов", "article-agenda"),
        # transliteration dropped the ь of an infinitive after "готов": no future, no forecast
        ("skolko tonn gotov obespechit azerbaidzhan", "rail-volume-azerbaijan"),
        # "должна" is a modal, no "при должных инвестициях" of the delivery time
        ("pochemu turtsiya dolzhna byt sedmoi", "ishmukhamedov-sacred-seven"),
    ],
)
def test_answered(session: Session, question: str, entry: str) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == ("answer", entry), (question, reply.kind, reply.entry)


def test_on_average_is_how_an_amount_is_asked(session: Session) -> None:
    # "в среднем": on average — no "Средний коридор", and no count of the cargo going
    reply = session.ask("Сколько в среднем идёт груз из Китая?")
    assert reply.answered and "15–18" in render_plain(reply), reply.kind
    assert filler_positions(("сколько", "в", "среднем", "идет", "груз")) == {1, 2}
    assert not filler_positions(("роль", "в", "среднем", "коридоре"))


def test_whether_it_will_be_another_thing_is_no_what_it_could_be(session: Session) -> None:
    # "единым регионом" is what the span says it could be, answered
    # (test_answerable_forecasts); a military alliance it never says
    reply = session.ask("станет ли тюркская семёрка военным союзом")
    assert not reply.answered, (reply.kind, reply.entry)


@pytest.mark.parametrize(
    "question",
    [
        # a plain "когда" asks for a date, which "совсем недавно" is not
        "Когда Токаев выступал в Габале?",
        "When did Tokayev speak in Gabala?",
        # insisting on a date, by whoever's account
        "When exactly did Tokayev speak in Gabala, according to Tusupbekov?",
        "Какого числа Токаев выступал в Габале, по словам Тусупбекова?",
    ],
)
def test_a_date_asked_is_not_a_relative_time(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert reply.kind == "not_given", (question, reply.kind, reply.entry)


def test_fillers_are_told_from_phrases_of_content() -> None:
    assert filler_positions(["что", "он", "сказал", "о", "визите", "в", "целом"]) == {5, 6}
    assert filler_positions(["если", "верить", "тусупбекову", "когда"]) == {0, 1}
    # "в целом регионе" is the whole region, "в общем пространстве" a common space
    assert filler_positions(["что", "происходит", "в", "целом", "регионе"]) == frozenset()
    assert filler_positions(["в", "общем", "экономическом", "пространстве"]) == frozenset()
    # "в итоге" is "in the end", but "в итоге визита" the visit's outcome
    assert filler_positions(["что", "в", "итоге", "подписали"]) == {1, 2}
    assert filler_positions(["что", "в", "итоге", "визита", "подписали"]) == frozenset()


def test_a_colon_sets_a_scene_before_a_question_word() -> None:
    text = "Готовлю справку по итогам визита: какие направления обсуждали стороны?"
    assert text[question_start(text) :] == "какие направления обсуждали стороны?"
    # too short a scene, or no question word after the colon: all of it is the question
    assert question_start("Ишмухамедов: что он сказал?") == 0
    assert question_start("Эксперт сказал так: визит важен, верно?") == 0
    # a semicolon as a colon; a question embedded after a verb of knowing, "?" or not
    text = "Делаю обзор СМИ; что сказал Тусупбеков о декларации?"
    assert text[question_start(text) :] == "что сказал Тусупбеков о декларации?"
    text = "Читаю статью про визит Алиева и не понял, сколько соглашений подписали"
    assert text[question_start(text) :] == "сколько соглашений подписали"
    assert question_start("Гусейнов сказал, что визит важен") == 0


def test_relative_times_of_the_past() -> None:
    assert tells_relative_past("Тем более что совсем недавно мы наблюдали активные контакты")
    assert not tells_relative_past("сегодня доставка занимает 15–18 дней")
    assert answered_relatively(["давно", "ли", "он", "был"], own_account=False)
    assert not answered_relatively(["когда", "он", "был"], own_account=False)
    assert answered_relatively(["когда", "он", "был"], own_account=True)
    assert not answered_relatively(["когда", "именно", "он", "был"], own_account=True)
    assert answered_relatively(["когда", "он", "в", "последний", "раз", "был"], own_account=False)
    assert not answered_relatively(["когда", "был", "последний", "визит"], own_account=False)


def test_the_pair_the_article_is_about_names_nothing() -> None:
    assert plain_english(["отношений", "2", "стран"]) == ["отношений"]
    assert plain_english(["между", "двумя", "странами"]) == ["между"]
    assert plain_english(["2", "соглашения"]) == ["2", "соглашения"]


def test_ordinals_from_the_fifth_meet_their_number() -> None:
    assert DEFAULT.lemma("седьмой") == "7"
    assert DEFAULT.lemma("seventh") == "7"
    # "второй" is also "another", "третьи страны" third parties
    assert DEFAULT.lemma("второй") != "2"
    assert DEFAULT.lemma("третий") != "3"


def test_a_slip_of_a_degree_word_asks_no_count(session: Session) -> None:
    # "naskolko" read back loses its ь: "насколко" is "насколько" (a degree), no "сколько"
    reply = session.ask("tusupbekov pro to naskolko redki takie otnosheniya")
    assert (reply.kind, reply.entry) == ("answer", "tusupbekov-unique-relations")


def test_everyday_words_read_as_the_briefing_s(session: Session) -> None:
    query = session.matcher.analyse("сколько едет груз из Поднебесной")
    assert query.lemma_of("поднебесной") == "китай"
    assert not query.unknown_entity
    query = session.matcher.analyse("какой обмен товарами между странами")
    assert "товарооборот" in {t.lemma for t in query.terms}
    # a container counted is no cargo: "сколько контейнеров" stays unanswered
    reply = session.ask("skolko konteynerov iz kitaya poydet cherez kaspiy v 2026")
    assert reply.kind != "answer", (reply.kind, reply.entry)


def test_a_hedge_loosens_only_an_epithet() -> None:
    assert filler_positions(["особой", "почти", "магической"]) == {1, 2}
    assert filler_positions(["почти", "500", "миллионов"]) == frozenset()


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # a polite request's verb ("подскажете", a future) is no forecast asked
        ("Не подскажете, сколько соглашений подписали?", "agreements-count"),
        ("Хотелось бы узнать, сколько соглашений подписали", "agreements-count"),
        # nor is "подскажите" the verb of what is asked about
        ("Подскажите плиз, когда прибыл Алиев", "visit-date"),
        # "в итоге" is "in the end", no "итоги визита"
        ("Ну и что там в итоге с товарооборотом?", "ishmukhamedov-trade"),
    ],
)
def test_a_request_to_tell_is_no_part_of_the_question(
    session: Session, question: str, entry: str
) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == ("answer", entry), (question, reply.kind, reply.entry)


def test_request_openers_are_cut() -> None:
    assert without_request(["не", "подскажете", "когда", "прибыл"]) == ["когда", "прибыл"]
    assert without_request(["будьте", "добры", "сколько"]) == ["сколько"]
    # "не подписали ли …" opens with a negation, no request
    assert without_request(["не", "подписали", "ли"]) == ["не", "подписали", "ли"]
    assert without_request(["скажи"]) == ["скажи"]


def test_a_question_word_is_no_slip_after_another(session: Session) -> None:
    # "какие суда" asks which ships; "суда" is no slip of "куда" there
    query = session.matcher.analyse("Какие суда нужны на Каспии?")
    assert "куда" not in query.words
    assert session.matcher.analyse("конда прибыл алиев").words[0] == "когда"


def test_a_time_to_come_is_how_a_forecast_is_asked(session: Session) -> None:
    assert ahead_positions(["каким", "будет", "товарооборот", "через", "несколько", "лет"]) == {
        3,
        4,
        5,
    }
    assert ahead_positions(["через", "каспий"]) == frozenset()
    reply = session.ask("Каким будет товарооборот через несколько лет?")
    assert (reply.kind, reply.entry) == ("answer", "ishmukhamedov-trade")
