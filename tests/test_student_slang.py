"""A student's casual Russian on the real knowledge base (``fillers``, ``asides``, ``lexicon``).

"короче а чё по товарообороту прогноз, до скольки его типа можно разогнать если всё норм
пойдёт?" asks what "до скольки можно довести товарооборот" asks: "разогнать" is pushing a
figure up ("довести"), "типа" after the pronoun "его" is the chat's "like", and "если всё
норм пойдёт" hedges the forecast. "…, мне для главы про карабах" says which piece of the
asker's the answer goes into and what it is about, no word a passage must hold. "гуманитарный
трек" is the humanitarian line of the talks, the sphere the agreements name. Every paraphrase
here was written for these tests; the near-misses keep their own readings.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.fillers import filler_positions
from tests.support.asking import answered, answered_entry, declined, not_given, question_words

_TARGET = "одного миллиарда"


@pytest.mark.parametrize(
    "question",
    [
        "короче а чё по товарообороту прогноз, до скольки его типа можно разогнать если всё "
        "норм пойдёт?",
        "до скольки товарооборот можно разогнать, если всё пойдёт хорошо",
        "до скольки товарооборот типа разгонят?",
        "prognoz po tovarooborotu, do skolki ego mozhno razognat?",
    ],
)
def test_pushing_trade_up_is_the_forecast(session: Session, question: str) -> None:
    assert _TARGET in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "что тусупбеков сказал про мирную декларацию с арменией, мне для главы про карабах",
        "что тусупбеков сказал про мирную декларацию с арменией, это для курсача про кавказ",
        "what did Tusupbekov say about the peace declaration, for my paper on the Caucasus",
        "слова тусупбекова о декларации с арменией, нужно для диплома про регион",
    ],
)
def test_the_askers_paper_and_its_topic_are_an_aside(session: Session, question: str) -> None:
    assert "зрелость и дальновидность" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "был ли у визита гуманитарный трек, подписали что-то по гумантарке?",
        "а по гуманитарному треку что-то подписали?",
        "был ли у визита гуманитарный трек",
        "гуманитарный трек в соглашениях есть?",
    ],
)
def test_a_track_of_the_talks_is_a_sphere(session: Session, question: str) -> None:
    assert "гуманитарных связях" in answered(session, question)


def test_the_head_of_a_state_is_no_chapter(session: Session) -> None:
    """ "для главы Казахстана" names a person (Aliyev's words are no passage), not a piece."""
    declined(session, "что сказал Алиев для главы Казахстана")


@pytest.mark.parametrize(
    ("question", "filler"),
    [
        ("до скольки его типа можно разогнать", True),
        # "какого типа", "этого типа" keep the noun: the kind of a thing asked
        ("какого типа паромы построят", False),
        ("паромы этого типа построят", False),
    ],
)
def test_like_after_a_pronoun_only(question: str, filler: bool) -> None:
    words = question_words(question)
    assert (words.index("типа") in filler_positions(words)) is filler


@pytest.mark.parametrize(
    "question",
    [
        "в каких сфераx по гусейнову идут конкретые проекты",
        "в каких сферах идут конкретные проекты",
        "по гусейнову проекты в каких отраслях идут?",
        "в каких областях, по гусейнову, уже идут совместные проекты",
    ],
)
def test_projects_under_way_are_no_motion(session: Session, question: str) -> None:
    assert "цифровизации" in answered(session, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the talks "going" is what is asked: how they went
        ("как идут переговоры", "tusupbekov-negotiations"),
        # freight "going" is its motion: the delivery time
        ("сколько дней идут грузы из Китая", "delivery-time-now"),
    ],
)
def test_going_of_talks_and_freight_stays(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        "сколько щас грузов возят по жд между нами и азером, в тоннах",
        "skolko gruzov vozyat po zhd mezhdu stranami, v tonnah",
        "в тоннах сколько перевозят по железной дороге между странами",
        "сколько грузов перевозят по жд между странами в тоннах",
    ],
)
def test_a_unit_of_mass_asks_the_volume(session: Session, question: str) -> None:
    assert "1,5–2 миллиона тонн" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        # a number of cargoes, no unit named: the article gives none
        "сколько грузов перевозят по железной дороге",
        # oil in tonnes: the article has no such figure
        "сколько нефти в тоннах прокачивают через Азербайджан",
    ],
)
def test_a_volume_the_article_lacks_stays_declined(session: Session, question: str) -> None:
    declined(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "что конкретно нужно для жд по ишмухамедову? локомотивы? паромы и тд?",
        "что конкретно нужно для жд по ишмухамедову? локомотивы? паромы итп?",
        "что нужно железной дороге по ишмухамедову: вагоны, паромы итд",
        "what does the railway need per Ishmukhamedov, wagons, ferries etc",
    ],
)
def test_an_open_list_etc_is_no_subject_word(session: Session, question: str) -> None:
    assert "паромов" in answered(session, question)


def test_etc_after_a_price_still_declines(session: Session) -> None:
    """ "и тд" takes nothing from the sum asked: the article gives no ferry's price, and the
    reply says so (before, "тд" sank the question to a refusal of the whole)."""
    not_given(session, "сколько стоит паром и тд", "money")


def test_t_of_a_name_is_no_etc() -> None:
    """A lone "т" not after "и" (an initial, a unit) keeps its place."""
    words = question_words("сколько т грузов и д")
    assert not filler_positions(words)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("чёт не пойму кто пригласил алиева", "article-visit"),
        ("не врубаюсь сколько соглашений подписали", "agreements-count"),
        ("есть инфа, сколько соглашений подписали?", "agreements-count"),
        ("сколько соглашений подписали, чисто для инфы", "agreements-count"),
        ("инфа есть скока дней щас идут грузы из китая?", "delivery-time-now"),
    ],
)
def test_the_askers_puzzle_and_wish_for_info_are_asides(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


def test_not_understanding_of_the_sides_stays_declined(session: Session) -> None:
    """ "не понимают" of the two countries is the subject (which the article lacks), not the
    asker's puzzle: no question word follows it."""
    declined(session, "почему не понимают друг друга казахстан и азербайджан")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("who invited aliyev pls its for my essay on the caucasus", "article-visit"),
        ("who invited aliyev for my paper about central asia", "article-visit"),
        ("скажи плз когда алиев прилетел", "visit-date"),
        ("скажи пжлст когда алиев прилетел", "visit-date"),
    ],
)
def test_english_paper_topic_and_polite_clips(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry


def test_a_topic_asked_of_a_speaker_keeps_its_reading(session: Session) -> None:
    """ "for my report on energy" after Huseynov's name: read as before, his profile."""
    assert answered_entry(session, "what did huseynov say for my report on energy") == (
        "expert:huseynov"
    )


@pytest.mark.parametrize(
    "question",
    [
        "а вот чё ишмухамедов про турцию говорил, мне в главу надо",
        "что ишмухамедов говорил про турцию, это в курсач",
        "что ишмухамедов говорил про турцию, мне в диплом нужно",
    ],
)
def test_the_piece_the_answer_goes_into(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "ishmukhamedov-turkic-seven"


def test_a_head_of_state_is_no_piece(session: Session) -> None:
    """ "в главу государства" holds a word of its own: the part is no note of the asker's."""
    declined(session, "что входит в главу государства, в повестку")
