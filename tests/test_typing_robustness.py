"""Questions typed the way people type them: transliterated with the letters people use, not
the ones a transliteration table reads. Each must get the reply its Cyrillic form gets, and
a question asking a detail the article does not give must stay refused however it is typed.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session


def _reply(session: Session, text: str) -> tuple[str, str | None, str | None]:
    got = session.ask(text)
    return got.kind.value, got.entry, got.missing


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        # ы typed "i" after a consonant ("viskazivalsya", "novie", "bistree", "chtobi")
        (
            "kto iz ekspertov viskazivalsya pro novie paromi",
            "кто из экспертов высказывался про новые паромы",
        ),
        ("chto nujno, chtobi gruzi shli bistree", "что нужно, чтобы грузы шли быстрее"),
        # й typed "i" after a vowel, before a consonant ("seichas", "azerbaidzhan")
        (
            "skolko seichas idut gruzi iz kitaja v azerbaidzhan",
            "сколько сейчас идут грузы из Китая в Азербайджан",
        ),
        # ъ left out after a prefix ("obem")
        (
            "kakoi obem perevozok po jeleznoi doroge seichas",
            "какой объём перевозок по железной дороге сейчас",
        ),
        # я, ю typed "ja", "ju" after a vowel ("mneniju", "ideju"); "bi" for "бы"
        (
            "po mneniju eksperta, mogla bi tjurkskaja semerka stat edinim regionom",
            "по мнению эксперта, могла бы тюркская семёрка стать единым регионом",
        ),
        # э typed "e" at the start ("eto", "ekspert"); an infinitive after "предлагал"
        (
            "eto pravda 4to ekspert predlagal dobavit turciju",
            "это правда что эксперт предлагал добавить Турцию",
        ),
    ],
)
def test_letters_typed_as_people_type_them(session: Session, typed: str, meant: str) -> None:
    assert _reply(session, typed) == _reply(session, meant)
    assert session.ask(typed).kind.value == "answer"


@pytest.mark.parametrize(
    ("typed", "missing"),
    [
        # ц typed "tc": the name of the system, which the article does not give
        ("kak nazivaetsya sistema elektronnoi registratcii mashin", "fact"),
        ("kakaja dlina zangezurskogo koridora", "quantity"),
        ("skolko stoit stroitelstvo novih paromov", "money"),
    ],
)
def test_a_detail_not_given_stays_refused_however_typed(
    session: Session, typed: str, missing: str
) -> None:
    assert _reply(session, typed) == ("not_given", None, missing)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("po mneniju", ["по", "мнению"]),
        ("ideja", ["идея"]),
        ("seichas", ["сейчас"]),
        ("obem", ["объем"]),
        ("registratcii", ["регистрации"]),
        ("viskazival", ["высказывал"]),
        ("ekspert", ["эксперт"]),
        ("mogla bi stat", ["могла", "бы", "стать"]),
        ("idee dobavit", ["идее", "добавить"]),
        ("chtoby sokratit", ["чтобы", "сократить"]),
        ("etom", ["этом"]),
        ("eto bilo", ["это", "было"]),
        ("gruzy kotorye dostavlyayutsia", ["грузы", "которые", "доставляются"]),
        ("budet vkladyvatsia", ["будет", "вкладываться"]),
    ],
)
def test_transliterated_words_respelt(session: Session, typed: str, meant: list[str]) -> None:
    assert list(session.matcher.analyse(typed).words) == meant


@pytest.mark.parametrize(
    "typed",
    [
        # a word as typed stays: "Kitai", "Azerbaijan", "eshche", a future after its subject
        "Azerbaidzhan sokratit srok dostavki",
    ],
)
def test_a_future_after_its_subject_stays_a_future(session: Session, typed: str) -> None:
    assert "сократит" in session.matcher.analyse(typed).words


@pytest.mark.parametrize(
    "question",
    [
        "какие страны поддержали идею тюркской семёрки",
        "кто одобрил идею тюркской семёрки",
        "kakie strany OTG podderzhali ideju tyurkskoi semerki",
    ],
)
def test_who_endorsed_an_idea_is_not_given(session: Session, question: str) -> None:
    """The article tells whose idea the Turkic seven is, never who supported it: the idea's
    own passage does not say who took that stance."""
    assert _reply(session, question) in {("not_given", None, "fact"), ("not_given", None, "person")}


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("кто предложил добавить Турцию в тюркскую семёрку", "ishmukhamedov-turkic-seven"),
        ("поддержал ли Ишмухамедов формат 5+1", "ishmukhamedov-on-hajiyev"),
    ],
)
def test_whose_idea_and_a_named_experts_stance_are_answered(
    session: Session, question: str, entry: str
) -> None:
    assert _reply(session, question) == ("answer", entry, None)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("ili net", ["или", "нет"]),  # a stop word as typed stays
        ("gde more", ["где", "море"]),  # a word's own е stays ("море" is no "моры")
        ("kakie paromy", ["какие", "паромы"]),
    ],
)
def test_words_typed_right_stay(session: Session, typed: str, kept: list[str]) -> None:
    assert list(session.matcher.analyse(typed).words) == kept
