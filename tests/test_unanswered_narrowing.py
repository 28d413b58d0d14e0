"""Questions the article does not answer, close to a passage that seems to: three classes.

- A third party's reaction to what an expert proposed ("что Турция ответила на идею тюркской
  семёрки", "did Ankara welcome it", "поддержала ли Армения"): the proposal's passage is the
  expert's, not the party's answer — the article gives no party's reaction.
- A qualifier narrowing a figure to what the passage does not cover: a means of transport
  ("на авто", "фурами", "by truck" against the railway corridor's delivery time) or a route
  ("из Казахстана в Азербайджан", "from Azerbaijan to China" against "из Китая через
  Казахстан в Азербайджан").
- The time to come of a thing only proposed ("когда может появиться тюркская семёрка"), or a
  when-question whose closing remark names a forecast ("…? есть прогноз по срокам"): what the
  article lacks is a forecast, not a date.

On the real knowledge base, in several input styles; the answerable twins keep their answers.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.parties import view_holder
from bot.language.recency import past_time_named, past_time_positions
from bot.language.text import fold, tokens
from bot.language.transport import asked_means, crossed_route, means_of, route_roles
from tests.support.asking import answered, declined, not_given


@pytest.mark.parametrize(
    "question",
    [
        "что турция ответила на идею тюркской семерки",
        "xnj nehwbz jndtnbkf yf blt. n.hrcrjq ctvthrb",
        "chto turciya otvetila na ideyu tyurkskoi semerki",
        "поддержала ли турция идею тюркской семёрки",
        "согласилась ли турция войти в тюркскую семерку",
        "какой был ответ Турции на идею семерки",
        "Did Turkey welcome the Turkic seven idea?",
        "did ankara reply to the proposal of a turkic seven",
        "Has Turkey accepted the idea of a Turkic seven?",
        "Turkey agreed to join the Turkic seven?",
        "одобрила ли армения зангезурский коридор",
        "Did Armenia object to the Zangezur corridor being discussed?",
        "How did Yerevan respond to the Zangezur talk?",
        "Россия возражает против среднего коридора?",
        "отреагировал ли Тегеран на обсуждение Зангезура",
        "одобрил ли Узбекистан формулу 6?",
        "Did Beijing welcome the plan to cut delivery times?",
        "any word from Turkey on joining the turkic seven?",
        "Was there any reaction from Ankara to the Turkic seven idea?",
        "Any response from Beijing on the Middle Corridor plans?",
        "какая реакция от Армении на декларацию",
        "что в Турции думают про тюркскую семерку",
        "что в Китае думают о среднем коридоре",
        "что говорят в Армении о декларации",
    ],
)
def test_a_third_partys_reaction_is_not_given(session: Session, question: str) -> None:
    reply = not_given(session, question, "statement")
    assert "позиции" in reply.lower() or "position" in reply.lower()


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("кто предложил добавить Турцию в семёрку", "Ишмухамедов"),
        ("kto predlozhil dobavit turciyu", "Ишмухамедов"),
        ("что ответил ишмухамедов на пост гаджиева", "Ишмухамедов"),
        ("кого предлагают добавить в семерку", "Турци"),
    ],
)
def test_the_experts_own_words_are_still_answered(
    session: Session, question: str, evidence: str
) -> None:
    assert evidence in answered(session, question)


@pytest.mark.parametrize(
    ("words", "party"),
    [
        ("что турция ответила на идею", "турция"),
        ("поддержала ли армения декларацию", "армения"),
        ("did ankara reply to the proposal", "турция"),
        ("has moscow objected to the corridor", "россия"),
        ("какой ответ турции на идею", "турция"),
        ("реакция со стороны турции на идею", "турция"),
        ("reaction from ankara", "турция"),
        ("что в армении думают о декларации", "армения"),
        ("как в анкаре восприняли идею", "турция"),
        ("что в китае думают о коридоре", "китай"),
        ("в иране как отнеслись к коридору", "иран"),
    ],
)
def test_reaction_words_name_the_view_holder(words: str, party: str) -> None:
    holder = view_holder(tuple(tokens(fold(words))))
    assert holder is not None and holder.nominative == party


@pytest.mark.parametrize(
    "words",
    [
        "логично добавить турцию и ответить на вызовы",
        "сколько идут грузы из китая в азербайджан",
        "cargo from china how long",
        "какие грузы идут в турцию",
        "сколько грузов идет в китае по жд",
    ],
)
def test_a_party_only_talked_about_holds_no_view(words: str) -> None:
    assert view_holder(tuple(tokens(fold(words)))) is None


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("skolko idet gruz na avto iz KZ v AZ po vremeni?", "duration"),
        ("сколько идут грузы фурами из казахстана в азербайджан", "duration"),
        ("сколько стоит перевозка грузовиками", "money"),
        ("за сколько дней можно довезти груз на самолете из китая", "duration"),
    ],
)
def test_a_figure_of_another_means_is_not_given(
    session: Session, question: str, missing: str
) -> None:
    reply = not_given(session, question, missing)
    if means_of("авто") in asked_means(tokens(fold(question.replace("avto", "авто")))):
        # the road passage is offered first: what the article says of that means
        assert "автомобильных перевозок" in reply


@pytest.mark.parametrize(
    "question",
    [
        "сколько дней идут грузы из Азербайджана в Китай",
        "how long does cargo take from Azerbaijan to China",
        "сколько идут грузы из Казахстана в Азербайджан",
        "how many days from Kazakhstan to Azerbaijan",
    ],
)
def test_a_figure_of_another_route_is_not_given(session: Session, question: str) -> None:
    not_given(session, question, "duration")


@pytest.mark.parametrize(
    "question",
    [
        # the passage: "экспорт казахстанских энергоресурсов через территорию Азербайджана"
        "how much does Azerbaijan export to Kazakhstan",
        "сколько Азербайджан экспортирует в Казахстан",
    ],
)
def test_the_sender_reversed_is_another_route(session: Session, question: str) -> None:
    declined(session, question)


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("сколько идут грузы из Китая в Азербайджан", "15–18"),
        ("skolko dney idet gruz iz kitaya v azerbaijan", "15–18"),
        ("сколько идут грузы из Китая через Казахстан", "15–18"),
        ("how long from China to Azerbaijan via Kazakhstan", "15–18"),
        ("сколько дней идёт груз по железной дороге из Китая в Азербайджан", "15–18"),
        ("до скольких дней можно сократить доставку из китая в азербайджан", "7–8"),
        ("сколько тонн грузов идёт по железной дороге", "1,5–2"),
    ],
)
def test_the_same_way_is_still_answered(session: Session, question: str, evidence: str) -> None:
    assert evidence in answered(session, question)


@pytest.mark.parametrize(
    ("words", "means"),
    [
        ("сколько идёт груз на авто", {"road"}),
        ("грузовиками из казахстана", {"road"}),
        ("how long by truck", {"road"}),
        ("по железной дороге", {"rail"}),
        ("by rail or by ferry", {"rail", "sea"}),
        ("самолетом", {"air"}),
        ("фурнитура автор машиностроение", set()),
    ],
)
def test_means_of_transport(words: str, means: set[str]) -> None:
    assert asked_means(tokens(fold(words))) == means


def test_route_roles_and_crossing() -> None:
    def country(word: str) -> str | None:
        return {"китая": "китай", "китай": "китай", "казахстан": "казахстан"}.get(
            word, {"казахстана": "казахстан", "азербайджан": "азербайджан"}.get(word)
        )

    stated = route_roles(tokens(fold("из Китая через Казахстан в Азербайджан")), country)
    assert stated == {"китай": "from", "казахстан": "via", "азербайджан": "to"}
    asked = route_roles(tokens(fold("из Казахстана в Азербайджан")), country)
    assert crossed_route(asked, stated)
    assert not crossed_route(route_roles(tokens(fold("из Китая")), country), stated)
    land = route_roles(tokens(fold("через территорию Казахстана")), country)
    assert land == {"казахстан": "via"}
    sender = route_roles(tokens(fold("казахстан экспортирует")), country)
    assert sender == {"казахстан": "from"}


@pytest.mark.parametrize(
    "question",
    [
        "kogda mozhet poyavitsya eta tyurkskaya semerka? est prognoz po srokam",
        "когда может появиться тюркская семёрка",
        "когда Турция войдёт в тюркскую семёрку",
        "kogda turciya vstupit v tyurkskuyu semerku",
        "when might the turkic seven take shape",
        "when will Turkey join the Turkic seven?",
        "когда откроют зангезурский коридор? есть какой-нибудь прогноз",
        "When will the Zangezur corridor open? Any forecast from the experts",
        "когда сократят сроки доставки до 7-8 дней? прогноз кто-нибудь давал",
        "when is Turkey expected to join the Turkic seven",
        "when is the Zangezur corridor expected to open?",
        "когда ожидается открытие зангезурского коридора",
        "к какому году появится тюркская семерка",
        "when could the Turkic seven become reality",
    ],
)
def test_the_time_of_a_proposal_or_a_remarked_forecast_is_a_forecast(
    session: Session, question: str
) -> None:
    not_given(session, question, "forecast")


def test_a_remark_asking_a_date_stays_a_date(session: Session) -> None:
    not_given(session, "когда подписали соглашения? интересует точная дата", "date")


@pytest.mark.parametrize(
    "question",
    [
        "как в анкаре восприняли идею семерки",
        "турция что-нибудь ответила на предложение о семерке?",
    ],
)
def test_other_reactions_are_not_answered(session: Session, question: str) -> None:
    declined(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "сколько тонн перевозили по железной дороге в прошлом году",
        "сколько дней шли грузы из китая пять лет назад",
        "how long did delivery from China take in 2020",
        "skolko dney shli gruzy iz kitaya v 2019 godu",
        "what was trade turnover last year",
    ],
)
def test_a_figure_of_a_past_time_is_not_given(session: Session, question: str) -> None:
    declined(session, question)
    assert session.ask(question).kind == "not_given"


@pytest.mark.parametrize(
    "question",
    [
        "какой был товарооборот в прошлом году",
        "какой товарооборот был пять лет назад",
        "сколько наторговали страны в прошлом году",
        # no question word: the amount named for a past time is what is asked
        "товарооборот за прошлый год",
        "njdfhjj,jhjn pf ghjiksq ujl",  # the same in the Latin layout
    ],
)
def test_a_sum_of_a_past_time_is_money_not_given(session: Session, question: str) -> None:
    """The word marking the past ("прошлом", "назад", ``past_time_positions``) says for when
    the sum is asked, no word of its subject the briefing lacks: weighed as one, it sank the
    turnover's passages to a mere suggestion, never saying the sum is not given."""
    assert "400–500" in not_given(session, question, "money")


def test_the_words_marking_a_past_time() -> None:
    words = tuple(tokens(fold("какой был товарооборот в прошлом году пять лет назад")))
    assert sorted(words[at] for at in past_time_positions(words)) == ["назад", "прошлом"]


@pytest.mark.parametrize(
    ("words", "marks"),
    [
        ("в 2020 году", {"2020"}),
        ("в прошлом году", None),
        ("five years ago", None),
        ("сколько сейчас", None),
    ],
)
def test_past_time_named(words: str, marks: set[str] | None) -> None:
    found = past_time_named(tuple(tokens(fold(words))))
    if marks is None and words in {"в прошлом году", "five years ago"}:
        assert found is not None and "прошл" in found
    else:
        assert found == (frozenset(marks) if marks is not None else None)


@pytest.mark.parametrize(
    "question",
    [
        'How did Ankara respond to the "Turkic seven" proposal?',
        "что турция ответила на идею тюркской семерки",
        "Did Turkey welcome the Turkic seven idea?",
    ],
)
def test_the_proposal_a_reaction_would_answer_is_offered(session: Session, question: str) -> None:
    # the passage proposing to add Turkey, not only the reason given for it (the sacred seven)
    assert "добавить Турцию" in not_given(session, question, "statement")
