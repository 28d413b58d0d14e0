"""Short forms of names and words, as chats write them: states by a code or a clipped name
("КЗ и АЗ", "аз-кз", "азеры", "KZ/AZ"), a briefing's names by their initials ("депутат ММ",
"ОТС", "ТМТМ", on either layout) and a briefing's long words by a part ("оборот" for
"товарооборот", "инфра" for "инфраструктура") — read from the briefing, not from a list of
its names, and never where the part is a word of its own the briefing does not support."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answering.session import Session
from bot.knowledge import load_knowledge
from bot.language.acronyms import acronyms, english_acronyms
from bot.settings import DEFAULT_KNOWLEDGE

# --- states by a chat code, a clipped name or a nickname -----------------------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("товарооборот аз-кз сейчас какой в деньгах", "ishmukhamedov-trade"),
        ("Тусупбеков правда назвал отношения КЗ и АЗ уникальными?", "tusupbekov-unique-relations"),
        ("отношения кз и аз уникальные?", "tusupbekov-unique-relations"),
        ("товарооборот кз/аз", "ishmukhamedov-trade"),
        ("кз аз товарооборот", "ishmukhamedov-trade"),
        ("каз азер товарооборот", "ishmukhamedov-trade"),
        ("товарооборот между азерами и казахами", "ishmukhamedov-trade"),
        ("азеров и казахов отношения уникальные?", "tusupbekov-unique-relations"),
        ("товарооборот РК/АР", "ishmukhamedov-trade"),
        ("KAZ-AZE trade turnover", "ishmukhamedov-trade"),
        ("товарооборот rp fp", "ishmukhamedov-trade"),  # "кз", "аз" on Latin keys
        ("Nencg,trjd ghfdlf yfpdfk jnyjitybz RP b FP eybrfkmysvb&", "tusupbekov-unique-relations"),
    ],
)
def test_a_state_by_its_chat_code_is_that_state(session, question, entry):
    reply = session.ask(question)
    assert reply.answered and reply.entry == entry, (question, reply.kind, reply.entry)


def test_a_code_of_a_state_the_briefing_does_not_name_answers_nothing_about_it(session):
    # "уз" is Uzbekistan: the article gives no trade with it
    reply = session.ask("товарооборот с уз")
    assert not reply.answered or reply.entry not in ("ishmukhamedov-trade", "trade-turnover-now")


def test_two_codes_typed_apart_are_not_run_together(session):
    # "кз аз" was read "к заз" (a car) once a letter moved across the space
    query = session.matcher.analyser.analyse("кз аз отношения")
    assert [t.lemma for t in query.terms][:2] == ["казахстан", "азербайджан"]


# --- a briefing's names by their initials ----------------------------------------------------


def test_names_after_a_dash_and_two_capitalised_words_give_acronyms():
    text = (
        "Внимание привлёк Средний коридор — Транскаспийский международный транспортный "
        "маршрут, который растёт. По мнению депутата Милли Меджлиса Айдына Гусейнова, "
        "президент Ильхам Алиев и лидеры Южного Кавказа согласны."
    )
    found = acronyms(text)
    assert found["тмтм"] == "Транскаспийский международный транспортный маршрут"
    assert found["мм"] == "Милли Меджлиса"
    # people and places are no names of two words to abbreviate
    assert "иа" not in found and "ая" not in found and "юк" not in found and "аг" not in found


def test_an_english_name_gives_its_acronym_in_both_alphabets():
    found = english_acronyms(
        "Unity within the Organization of Turkic States along the Trans-Caspian "
        "International Transport Route, not the Middle Corridor."
    )
    assert found["ots"] == found["отс"] == "Organization of Turkic States"
    assert found["titr"] == "Trans-Caspian International Transport Route"
    assert "mc" not in found  # two words: too short to abbreviate


@pytest.fixture(scope="module")
def unabbreviated(tmp_path_factory) -> Session:
    """The briefing with every acronym its curators wrote spelt out: a new briefing's
    curators may write none, and the short forms must come from its own names."""
    text = (DEFAULT_KNOWLEDGE / "aliyev-kazakhstan.yaml").read_text(encoding="utf-8")
    source = (DEFAULT_KNOWLEDGE.parent / "seeds/aliyev-state-visit-kazakhstan.ru.txt").resolve()
    text = text.replace(
        "source: ../seeds/aliyev-state-visit-kazakhstan.ru.txt", f"source: {source}"
    )
    for short, full in (
        ("ТМТМ", "Транскаспийский маршрут"),
        ("TITR", "Trans-Caspian route"),
        ("ОТС", "Организации тюркских государств"),
        ("OTS", "Organization of Turkic States"),
    ):
        text = text.replace(short, full)
    assert "ОТС" not in text and "ТМТМ" not in text and "OTS" not in text
    folder: Path = tmp_path_factory.mktemp("kb")
    (folder / "briefing.yaml").write_text(text, encoding="utf-8")
    return Session.create(load_knowledge(folder / "briefing.yaml"))


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        ("что сказали про ОТС", {"huseynov-ots"}),
        ("роль Казахстана в отс", {"huseynov-ots"}),
        ("what about the OTS", {"huseynov-ots"}),
        ("что про JNU", {"huseynov-ots"}),  # "ОТГ" on Latin keys
        ("что Гусейнов сказал про ОТГ", {"huseynov-ots"}),
        ("что такое ТМТМ", {"ishmukhamedov-corridor", "huseynov-transcaspian"}),
        ("тмтм и торговля", {"ishmukhamedov-corridor", "trade-turnover-target"}),
        ("депутат ММ", {"expert:huseynov"}),
        ("депутат VV", {"expert:huseynov"}),  # "ММ" on Latin keys
        ("кто из экспертов депутат ММ?", {"expert:huseynov", "huseynov-ots"}),
    ],
)
def test_an_acronym_of_the_briefings_own_name_finds_it(unabbreviated, question, entries):
    reply = unabbreviated.ask(question)
    assert reply.answered and reply.entry in entries, (question, reply.kind, reply.entry)


def test_millimetres_after_a_number_are_no_parliament(session):
    for question in ("ширина колеи 1520 мм", "какая толщина рельса в мм"):
        assert not session.ask(question).answered, question


# --- a briefing's long words by a part -------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lemma"),
    [
        ("до скольки может вырасти оборот по прогнозу эксперта?", "товарооборот"),
        ("какой оборот сейчас", "товарооборот"),
        ("oborot kakoi", "товарооборот"),
        ("торговый обортот хватает или нет", "товарооборот"),  # a slip in the part too
        ("ресурсы через азер", "энергоресурсы"),
        ("что по инфре", "инфраструктура"),
        ("инфру обсуждали?", "инфраструктура"),
        ("вложения в инфра", "инфраструктура"),
        ("что по энерго", "энергетика"),
        ("агро сфера", "аграрный"),
    ],
)
def test_a_part_of_a_briefing_word_reads_as_that_word(session, question, lemma):
    query = session.matcher.analyser.analyse(question)
    assert lemma in [t.lemma for t in query.terms], (question, query.terms)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("до скольки может вырасти оборот по прогнозу эксперта?", "trade-turnover-target"),
        ("какой оборот между странами сейчас", "trade-turnover-now"),
        ("что по инфре, сколько денег надо", None),
        ("что по инфра", "ishmukhamedov-rail-investment"),
        ("что по энерго", "huseynov-energy"),
    ],
)
def test_a_clipped_word_finds_the_passage_on_it(session, question, entry):
    reply = session.ask(question)
    if entry is None:  # the article names no sum for it: it says so
        assert not reply.answered and reply.missing is not None, (question, reply.kind)
    else:
        assert reply.answered and reply.entry == entry, (question, reply.kind, reply.entry)


@pytest.mark.parametrize(
    ("question", "not_read_as"),
    [
        ("логистика и транс", {"транспорт", "транскаспийский", "транспортный"}),  # two families
        ("политика и полит", {"политолог"}),
        ("срочные меры", {"долгосрочный"}),  # an adjective is no compound's tail
        ("дорожные перевозки", {"железнодорожный"}),
        ("отношения между странами", {"взаимоотношение"}),  # the briefing's own word stays
        ("перевозки грузов", {"грузоперевозка", "автоперевозка"}),
        ("безопасность региона", {"энергобезопасность"}),
    ],
)
def test_a_word_of_its_own_is_no_clipped_part(session, question, not_read_as):
    query = session.matcher.analyser.analyse(question)
    assert not not_read_as & {t.lemma for t in query.terms}, (question, query.terms)


@pytest.mark.parametrize("text", ["T-`", "е-ё", "ж-", "ъ-ь?"])
def test_a_word_too_short_to_be_clipped_gets_a_reply(session, text):
    """Found by hypothesis: a hyphenated scrap whose every stem is too short to be a clipped
    word crashed the clipped-word reading (nothing had been looked for)."""
    assert session.ask(text).kind.value in {"none", "info", "suggest"}
