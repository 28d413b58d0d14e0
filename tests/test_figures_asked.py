"""A figure the article gives, asked in words that hid it: the unit an amount is wanted in
("в тонах", a double letter typed once), the noun of the amount after a qualifier ("обьём
жд перевозок"), a figure reached or turned into ("на какие цифры выйдет", "в какую цифру
превратилось"), the outcome an expert counts on ("до какой суммы эксперт рассчитывает"), a
counting word whose ь a transliteration lost ("do skolki"). Each used to be told "not
given" (or met no passage) while the passage offered stated the very figure.

On the real knowledge base, through the same Session every transport uses; the neighbours
the article does not answer stay declined.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType, asked_types
from bot.language.changes import Change, asked_change
from tests.support.asking import answered, not_given, question_words


@pytest.mark.parametrize(
    "question",
    [
        "какой обьем жд перевозок между странами сейчас в тонах",
        "какой обьем жд перевозок между странами сейчас",
        "какой объём жд перевозок сейчас в тоннах",
    ],
)
def test_the_rail_freight_asked_by_its_volume_and_unit(session: Session, question: str) -> None:
    assert "1,5–2" in answered(session, question), question


def test_a_unit_is_read_only_where_an_amount_is_asked(session: Session) -> None:
    """ "в тонах" is "в тоннах" after "сколько" or "объём"; "в каких тонах говорил" asks no
    amount and stays a tone."""
    amount = session.matcher.analyse("сколько это в тонах")
    assert [t.lemma for t in amount.terms] == ["тонна"]
    tone = session.matcher.analyse("в каких тонах говорил эксперт о визите")
    assert "тонна" not in {t.lemma for t in tone.terms}


@pytest.mark.parametrize(
    "question",
    [
        "на какие цифры выйдет товарооборот",
        "в какую цифру превратилось 5+1",
        "на какую отметку выйдет торговля",
    ],
)
def test_a_figure_reached_asks_a_quantity_not_a_place(question: str) -> None:
    assert asked_types(question_words(question)) == (AnswerType.QUANTITY,)


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("какие цифры по товарообороту", ()),  # the figures on a subject: no kind of its own
        ("в каком городе проходила встреча", (AnswerType.PLACE,)),
    ],
)
def test_neighbours_of_a_figure_reached_keep_their_kind(question: str, kinds: tuple) -> None:
    assert asked_types(question_words(question)) == kinds


@pytest.mark.parametrize(
    "question",
    ["5+1 превратилось в какуб цифру", "5+1 превратилос в какую цыфру по гаджиеву"],
)
def test_what_5_plus_1_turned_into(session: Session, question: str) -> None:
    """The "6" Hajiyev wrote of — not the sacred seven, whose passage says "цифра" too."""
    reply = session.ask(question)
    assert (reply.answered, reply.entry) == (True, "format-6"), (reply.kind, reply.entry)


@pytest.mark.parametrize(
    "question",
    [
        "до какой суммы в год эксперт рассчитывает поднять товарооборот?",
        "tovarooborot mozhno dovesti do skolki v god i kto eto skazal konkretno",
    ],
)
def test_the_turnover_counted_on(session: Session, question: str) -> None:
    text = answered(session, question)
    assert "миллиард" in text and "Ишмухамедов" in text, text[:300]


def test_a_transliterated_counting_word_gets_its_soft_sign_back(session: Session) -> None:
    query = session.matcher.analyse("tovarooborot mozhno dovesti do skolki v god")
    assert "скольки" in query.words


def test_a_volume_the_article_never_gives_offers_the_passage_on_its_thing(
    session: Session,
) -> None:
    """No sum of investments is given: the reply offers the passage naming investments, not
    the turnover's that "объём" alone brought up."""
    text = not_given(
        session, "Каков объём казахстанских инвестиций в экономику Азербайджана?", "money"
    )
    assert "инвестиц" in text.split("\n\n", 2)[-1][:400]


@pytest.mark.parametrize(
    "question",
    ["сколько дней алиев пробыл в казахстане", "How many AI documents were signed?"],
)
def test_figures_the_article_never_gives_stay_declined(session: Session, question: str) -> None:
    assert not session.ask(question).answered


def test_a_formula_asked_by_its_noun_is_counted_by_its_sum(session: Session) -> None:
    """ "сколько стран в формуле": the formula the passage writes ("«5+1»", now "«6»") is
    the count; a count of countries with no formula asked stays not given."""
    reply = session.ask("сколько стран в итоге у Гаджиева выходит в формуле?")
    assert (reply.answered, reply.entry) == (True, "format-6"), (reply.kind, reply.entry)
    not_given(session, "сколько стран посетил Алиев", "quantity")


@pytest.mark.parametrize(
    ("words", "change"),
    [
        ("во сколько примерно раз ускорится доставка", Change.FACTOR),
        ("во сколько раз вырастет товарооборот", Change.FACTOR),
        ("сколько примерно раз Алиев бывал в Казахстане", None),  # occasions counted
    ],
)
def test_a_hedged_multiple_is_still_a_factor(words: str, change: Change | None) -> None:
    assert asked_change(question_words(words)) is change


def test_both_delivery_times_for_a_hedged_multiple(session: Session) -> None:
    text = answered(
        session,
        "Во сколько примерно раз, выходит, может ускориться доставка товаров, если сравнить "
        "нынешнее время в пути с тем, что обещают после модернизации? Дайте обе цифры",
    )
    assert "15–18" in text and "7–8" in text, text[:300]


def test_a_transliterated_reflexive_ending_is_read(session: Session) -> None:
    """ "esli vlozhatsa": "вложатся", the investment the 7–8 days depend on."""
    question = "za skolko dnei mozhno budet dovozit gruz iz kitaya esli vlozhatsa"
    assert "вложатся" in session.matcher.analyse(question).words
    assert "7–8" in answered(session, question)


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("how much a year do they want in trade", "trade"),
        ("сколько тонн в год готов обеспечить Азербайджан", "тонна"),
        ("за сколько дней идут грузы", "день"),  # the days counted, no rate
    ],
)
def test_a_rate_s_unit_of_time_is_not_what_is_counted(
    session: Session, question: str, counted: str
) -> None:
    assert session.matcher.analyse(question).counted == counted


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("как быстро дойдут грузы из китая, если вложить деньги", (AnswerType.DURATION,)),
        ("how fast could cargo reach azerbaijan if they pour money in", (AnswerType.DURATION,)),
        ("как быстро развиваются отношения", ()),  # no going: a manner, no length of time
        ("сколько денег нужно, если строить паромы", (AnswerType.MONEY,)),  # asked before "если"
    ],
)
def test_money_in_a_condition_asks_no_sum(question: str, kinds: tuple) -> None:
    """ "…, если вложить деньги": the money is what is done, the time of getting there is
    what is asked."""
    assert asked_types(question_words(question)) == kinds


@pytest.mark.parametrize(
    "question",
    [
        "за сколько дней дойдут грузы из китая",
        "как быстро дойдут грузы из китая, если вложить деньги",
    ],
)
def test_cargo_getting_there_is_its_delivery(session: Session, question: str) -> None:
    """ "дойдут" says what "доставка занимает" does: the delivery time is given."""
    assert "7–8" in answered(session, question)


def test_a_price_of_delivery_stays_not_given(session: Session) -> None:
    assert not session.ask("сколько стоит доставка грузов из Китая").answered


@pytest.mark.parametrize(
    "question",
    ["на какую сумму выйдет товарооборот", "в какую сумму выльется товарооборот"],
)
def test_an_amount_coming_to_a_level(session: Session, question: str) -> None:
    """ "выйдет на", "выльется в" a sum: the level it reaches, as "до какой суммы" asks."""
    assert "миллиард" in answered(session, question)


def test_a_sum_of_agreements_stays_not_given(session: Session) -> None:
    not_given(session, "на какую сумму подписали соглашения", "money")


def test_one_figure_asked_by_its_noun(session: Session) -> None:
    """ "какую цифру называет": a number, not the passage calling seven a sacred "цифра"."""
    assert "400–500" in answered(session, "какую цифру называет ишмухамедов по товарообороту")
    assert "400–500" in answered(session, "какую цифру дал ишмухамедов по товарообороту")
    assert "семь" in answered(session, "какая цифра считается священной у тюрков")


def test_a_request_closing_the_question_asks_nothing_to_come(session: Session) -> None:
    """ "…, не подскажете?": a request to tell it — its future tense is no forecast."""
    question = (
        "Политолог в статье писал про какое-то священное число у тюркских народов. "
        "Какое это число, не подскажете?"
    )
    assert "семь" in answered(session, question)


def test_how_much_time_with_an_adverb_between(session: Session) -> None:
    question = "сколько сейчас по времени едет груз из китая через казахстан до азербайджана"
    assert asked_types(question_words(question))[:1] == (AnswerType.DURATION,)
    assert "15–18" in answered(session, question)


def test_a_figure_of_a_subject_the_article_gives_none_for_is_not_given(session: Session) -> None:
    """ "какая цифра по туризму, не подскажете?": one figure asked; tourism has none."""
    not_given(session, "какая цифра по туризму, не подскажете?", "quantity")


@pytest.mark.parametrize(
    "question", ["какую цифру назвал Токаев", "какую цифру приводит Ишмухамедов по жд"]
)
def test_a_figure_someone_gives_is_still_his_statement(session: Session, question: str) -> None:
    """A figure a person names is asked as his words: Tokayev is not quoted, and the rail
    passage with no number is no answer to which figure the expert gives — his passage
    giving the tonnes carried is (``figure_noun_framed``: "цифру" frames the question, a
    passage need not say it, but must give a figure)."""
    reply = session.ask(question)
    assert reply.entry != "ishmukhamedov-rail-investment", reply.entry
    if "Токаев" in question:
        assert not reply.answered, (reply.kind, reply.entry)
    else:
        assert "1,5–2 миллиона тонн" in answered(session, question)
    assert asked_types(question_words(question))[:1] == (AnswerType.STATEMENT,)


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("Какую цифру назвал Гаджиев, говоря о формуле сотрудничества?", "5+1"),
        ("Какую цифру назвал Гаджиев?", "5+1"),
    ],
)
def test_the_figure_someone_named_is_his_passage_giving_it(session, question, evidence):
    """ "какую цифру назвал Гаджиев": his words giving a figure, though none says "цифра"
    (once only a suggestion, the noun weighed as the subject)."""
    assert evidence in answered(session, question), question


@pytest.mark.parametrize(
    "question", ["до какой суммы вырастут инвестиции", "на какую сумму выйдут инвестиции"]
)
def test_a_level_of_another_thing_is_no_answer(session: Session, question: str) -> None:
    """The billion is the turnover's: no sum of investments is given, whatever "сумма" the
    turnover's phrasings share."""
    not_given(session, question, "money")


def test_the_turnover_level_asked_as_trade(session: Session) -> None:
    assert "миллиард" in answered(session, "До какой суммы реально поднять взаимную торговлю?")
