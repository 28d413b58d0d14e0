"""Russian as chat, transliteration and a newspaper's prose write it, read as asked.

- "када прилетел": chat clips "когда" as spoken ("када", "тада", "щас", "пчм"); read as the
  word it stands for (``text._CHAT_CONTRACTIONS``), not as "куда", one letter away — a date
  is asked, not a place.
- "uje", "pojaluysta", "jurnalisty": a transliteration reads "je", "ja", "ju" as one iotated
  letter ("уе", "поялуйста"); where the "j" was ж the word is read with ж and the vowel
  (``Analyser._zhe_before_vowel``), when exactly one spot makes a word.
- "почему (до сих пор) нет электронной регистрации", "why is there no …": the cause of an
  absence, which a passage proposing the thing does not give — not given, as "почему не
  ввели" is (``negation.asks_why_not``). "Зачем нужна регистрация" still takes the passage.
- "Какую роль, по прогнозу Гусейнова, будут играть …": "по прогнозу X" says whose forecast,
  as "по словам X" says whose words; the question word asks the role, so no forecast of a
  figure is required (``answer_types.asks_forecast_by_noun``). "Каков прогноз Гусейнова по
  …" still asks one. "Ожидания от визита", "ожидания, которые он связывает с итогами визита"
  ask what the visit is to bring; "ожидания от визита по туризму" still asks a forecast of
  tourism.

Each case asks the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asks_forecast_by_noun
from bot.language.negation import asks_why_not
from bot.language.text import fold, tokens
from tests.support.asking import answered_entry, declined, not_given


def _words(question: str) -> tuple[str, ...]:
    return tuple(tokens(fold(question)))


# --- chat's clipped question words -------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("када алиев прилител в казахстан", "visit-date"),
        ("kada priehal aliev", "article-visit"),
        ("када был визит алиева", "article-visit"),
    ],
)
def test_a_clipped_when_asks_a_date(session: Session, question: str, entry: str) -> None:
    assert answered_entry(session, question) == entry
    assert session.matcher.analyse(question).asks[:1] == (AnswerType.DATE,)


@pytest.mark.parametrize(
    "question", ["када будет ответный визит", "када откроют мост через каспий"]
)
def test_a_clipped_when_of_what_the_article_lacks_is_not_answered(
    session: Session, question: str
) -> None:
    declined(session, question)


def test_clipped_words_read_as_the_words_they_stand_for():
    assert tokens("када щас пчм") == ["когда", "сейчас", "почему"]
    assert tokens("куда кода") == ["куда", "кода"]  # words of their own stay


# --- translit "j" for ж before a vowel ---------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("pochemu nelzya uje seychas", "почему нельзя уже сейчас"),
        ("perechislite pojaluysta strany", "перечислите пожалуйста страны"),
        ("a uje izvestno kogda jurnalisty uznali", "а уже известно когда журналисты узнали"),
    ],
)
def test_j_before_a_vowel_is_zh(session: Session, typed: str, meant: str) -> None:
    matcher = session.matcher
    assert matcher.analyse(typed).words == matcher.analyse(meant).words


def test_j_before_a_vowel_is_zh_only_where_one_word_comes_of_it(session: Session) -> None:
    analyser = session.matcher.analyser
    assert analyser._zhe("уе") == "уже"
    assert analyser._zhe("юрнал") == "журнал"
    assert analyser._zhe("ее") == "ее"  # a word as it stands, never respelt
    assert analyser._zhe("поясните") == "поясните"


def test_translit_with_zh_still_answers_and_declines(session: Session) -> None:
    assert answered_entry(session, "skajite pojaluysta skolko soglasheniy podpisali") == (
        "agreements-count"
    )
    declined(session, "pojaluysta, skolko stoil vizit?")


# --- the cause of an absence ---------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "почему до сих пор нет электронной регистрации на границе",
        "gjxtve lj cb[ gjh ytn 'ktrnhjyyjq htubcnhfwbb yf uhfybwt",  # the same, wrong layout
        "почему у стран до сих пор нет общей электронной регистрации?",
        "why is there no electronic registration at the border yet?",
    ],
)
def test_why_a_thing_is_absent_is_not_given_by_its_proposal(
    session: Session, question: str
) -> None:
    not_given(session, question, "reason")


@pytest.mark.parametrize(
    "question",
    ["зачем нужна электронная регистрация на границе", "почему важна электронная регистрация"],
)
def test_why_a_thing_matters_is_still_answered(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "ishmukhamedov-road"


def test_an_absence_is_read_of_net_and_no_before_a_word():
    assert asks_why_not(_words("почему нет электронной регистрации"))
    assert asks_why_not(_words("why is there no registration"))
    assert asks_why_not(_words("why no registration"))
    assert not asks_why_not(_words("почему визит важен, да или нет"))
    assert not asks_why_not(_words("почему нет?"))
    assert not asks_why_not(_words("нет электронной регистрации"))  # no "why"


# --- whose forecast, and expectations of an occasion ---------------------------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Какую роль, по прогнозу Гусейнова, Баку и Астана будут играть в формировании "
            "транспортной карты региона?",
            "huseynov-transcaspian",
        ),
        ("Какую роль, по прогнозу Гусейнова, будут играть Баку и Астана?", "huseynov-transcaspian"),
        ("Каковы ожидания Ишмухамедова от итогов визита?", "ishmukhamedov-barriers"),
        (
            "Какие ожидания в отношении взаимной торговли Ишмухамедов связывает с итогами визита?",
            "ishmukhamedov-barriers",
        ),
    ],
)
def test_whose_forecast_or_hopes_of_the_visit_are_answered(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        "Каков прогноз Гусейнова по транспортной карте региона?",
        "Какие у экспертов ожидания от визита по туризму?",
    ],
)
def test_a_forecast_asked_by_its_noun_still_needs_one(session: Session, question: str) -> None:
    not_given(session, question, "forecast")


def test_a_forecast_noun_of_attribution_or_of_an_occasion_is_not_asked_by_its_noun():
    assert not asks_forecast_by_noun(_words("какую роль, по прогнозу Гусейнова, будут играть"))
    assert not asks_forecast_by_noun(_words("каковы ожидания от визита"))
    assert asks_forecast_by_noun(_words("какой прогноз по товарообороту"))
    assert asks_forecast_by_noun(_words("каковы ожидания по товарообороту"))
    assert asks_forecast_by_noun(_words("какие ожидания от визита по туризму"))


# --- a request to the bot is no future; the members of a format --------------------------


def test_a_request_in_the_vy_form_is_no_future_verb() -> None:
    from bot.language.morphology import is_future_verb

    assert not is_future_verb("перечислите")  # also "вы перечислите", but said to the bot
    assert not is_future_verb("уточните")
    assert is_future_verb("построят")
    assert is_future_verb("скажете")  # no imperative of its own ("скажите")


@pytest.mark.parametrize(
    "question",
    [
        "5+1 formatda kakiye strany vhodyat, perechislite pojaluysta",
        "какие страны входят в формат 5+1, перечислите",
        "в формате 5+1 какие страны входят",
    ],
)
def test_the_members_of_a_format_no_passage_lists_are_not_given(
    session: Session, question: str
) -> None:
    not_given(session, question, "fact")


def test_members_and_requests_a_passage_gives_are_still_answered(session: Session) -> None:
    assert answered_entry(session, "какие страны входят в тюркскую семёрку") == (
        "ishmukhamedov-turkic-seven"
    )
    assert session.matcher.analyse("уточните, какие страны войдут в семёрку").asks[:1] == (
        AnswerType.FORECAST,
    )


# --- a deed denied: "почему нельзя уже сейчас возить за 7–8 дней" ---------------------------


@pytest.mark.parametrize(
    "question",
    [
        "почему нельзя уже сейчас возить за 7-8 дней",
        "почему сейчас не возят грузы за 7-8 дней?",
        "pochemu nelzya uje seychas vozit za 7-8 dney",
    ],
)
def test_a_deed_denied_with_the_aims_figure_takes_what_the_aim_needs(
    session: Session, question: str
) -> None:
    assert answered_entry(session, question) == "ishmukhamedov-delivery-time"


@pytest.mark.parametrize(
    "question",
    [
        "почему нельзя построить мост через Каспий",
        "почему не хватает паромов",
        "почему товарооборот не достигает миллиарда",
    ],
)
def test_a_deed_denied_that_no_aim_tells_is_not_given(session: Session, question: str) -> None:
    not_given(session, question, "reason")


def test_cannot_before_an_infinitive_is_a_deed_not_done() -> None:
    assert asks_why_not(_words("почему нельзя уже сейчас возить грузы"))
    assert not asks_why_not(_words("почему нельзя так"))  # no deed
    assert not asks_why_not(_words("нельзя ли уточнить дату"))  # no "why"


def test_a_lost_soft_sign_after_adverbs_is_the_infinitive(session: Session) -> None:
    assert "возить" in session.matcher.analyse("pochemu nelzya uje seychas vozit").words
    assert "обеспечит" in session.matcher.analyse("kogda azerbaidjan obespechit tranzit").words
