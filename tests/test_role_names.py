"""An expert named by what he is ("тот депутат из Баку", "казахский политолог", "the
Azerbaijani MP", "деупатт") is read as that expert — or, when the role fits several, as the
one of them whose words answer — and the usual person+subject rules apply: his words on the
subject, or "he did not speak on it" and who did. Never another expert's words as his.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.professions import mistyped_role, profession_of, russian_country_adjective
from bot.matching.query import Query
from bot.rendering.plain import render_plain
from tests.support.asking import answered, declined, not_given

HUSEYNOV = ("aliyev-kazakhstan", "huseynov")
ISHMUKHAMEDOV = ("aliyev-kazakhstan", "ishmukhamedov")
TUSUPBEKOV = ("aliyev-kazakhstan", "tusupbekov")
HAJIYEV = ("aliyev-kazakhstan", "hajiyev")
POLITICAL_SCIENTISTS = frozenset({ISHMUKHAMEDOV, TUSUPBEKOV})


def analysed(session, question: str) -> Query:
    return session.matcher.analyse(question)


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("деупатт", "депутат"),  # letters typed out of order in two places
        ("политолга", "политолог"),
        ("дептуат", "депутат"),
        ("политлог", "политолог"),
        ("экспертв", "эксперт"),
    ],
)
def test_a_slip_of_a_role_word_is_read_as_it(word, role):
    assert mistyped_role(word) == role


@pytest.mark.parametrize("word", ["депо", "деталь", "политика", "экспорт", "эксперты"])
def test_other_words_are_no_role(word):
    assert mistyped_role(word) is None


def test_trades_are_one_across_languages():
    assert profession_of("mp") == profession_of("депутат") == profession_of("lawmakers")
    assert profession_of("political scientist") == profession_of("политолог")
    assert profession_of("визит") is None


@pytest.mark.parametrize(
    ("adjective", "country", "expected"),
    [
        ("казахский", "казахстан", True),
        ("казахстанский", "казахстан", True),
        ("азербайджанский", "азербайджан", True),
        ("российский", "россия", True),
        ("казахский", "азербайджан", False),
        ("тюркский", "турция", False),
    ],
)
def test_a_russian_adjective_names_its_country(adjective, country, expected):
    assert russian_country_adjective(adjective, country) is expected


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("что тот депутат из Баку думает про Зангезурский коридор?", {HUSEYNOV}),
        ("почему деупатт считает что экспорт энергии через АР важен", {HUSEYNOV}),
        ("what does the lawmaker from Baku think about the route?", {HUSEYNOV}),
        ("почему казахский политолог хочет позвать Турцию?", POLITICAL_SCIENTISTS),
        ("как зовут политолга который придумал тюрксую семерку", POLITICAL_SCIENTISTS),
        ("chto kazahskiy politolog dumaet pro tovarooborot", POLITICAL_SCIENTISTS),
        ("что казахстанский эксперт думает о коридоре?", POLITICAL_SCIENTISTS),
        ("что азербайджанский эксперт сказал про энергетику?", {HUSEYNOV, HAJIYEV}),
    ],
)
def test_a_role_names_the_experts_who_hold_it(session, question, named):
    assert analysed(session, question).named == frozenset(named)


@pytest.mark.parametrize(
    "question",
    [
        "кто из политологов говорил про Турцию?",  # asks which of them
        "какие казахстанские эксперты коментировали визит",
        "сколько депутатов в межпарламентской группе?",  # counted, not speaking
        "что эксперт сказал о декларации?",  # anyone the article quotes
        "На чём сосредоточено внимание экспертов и аналитиков?",  # people of a trade at large
        "мнение казахстанских политологов о визите",  # each of them: a list
        "что экономист сказал про товарооборот?",  # a trade nobody quoted holds
        "что сказал депутат о депутатах?",  # one speaker, the same
    ],
)
def test_a_role_word_elsewhere_names_nobody(session, question):
    query = analysed(session, question)
    assert not query.role_readings
    assert query.named in (frozenset(), frozenset({HUSEYNOV})), query.named
    if "депутат" not in question:
        assert not query.named


@pytest.mark.parametrize(
    ("question", "speaker", "says"),
    [
        (
            "почему казахский политолог хочет позвать Турцию, при чём тут семёрка?",
            "ishmukhamedov",
            "священным числом",
        ),
        ("что азербайджанский депутат говорил про энергетику?", "huseynov", "взаимозависимость"),
        ("как политолог из Астаны оценил товарооборот?", "ishmukhamedov", "недостаточно"),
        ("chto kazahskiy politolog dumaet pro tovarooborot", "ishmukhamedov", "недостаточно"),
        ("что азербайджанский эксперт сказал про энергетику?", "huseynov", "взаимозависимость"),
        (
            "what does the lawmaker from Baku think about the Trans-Caspian route?",
            "huseynov",
            "Eurasian",
        ),
    ],
)
def test_the_expert_named_by_role_answers_with_his_words(session, question, speaker, says):
    reply = session.ask(question)
    assert reply.answered and reply.speaker == speaker, (question, reply.entry, reply.speaker)
    assert says in render_plain(reply)


@pytest.mark.parametrize(
    ("question", "who", "did"),
    [
        ("что тот депутат из Баку думает про Зангезурский коридор?", "Гусейнов", "Тусупбеков"),
        ("что депутат из Баку сказал о Среднем коридоре?", "Гусейнов", "Ишмухамедов"),
        ("что депутат сказал про тюркскую семёрку?", "Гусейнов", "Ишмухамедов"),
        ("что дептуат говорил о декларации с Арменией?", "Гусейнов", "Тусупбеков"),
        ("что парламентарий думает о декларации о мире?", "Гусейнов", "Тусупбеков"),
        ("chto deputat iz Baku dumaet pro Zangezurskiy koridor", "Гусейнов", "Тусупбеков"),
        (
            "What did the Azerbaijani deputy say about the Zangezur corridor?",
            "Huseynov",
            "Tusupbekov",
        ),
    ],
)
def test_the_expert_named_by_role_did_not_speak_on_it(session, question, who, did):
    text = not_given(session, question, "statement")
    assert who in text.split("\n")[0]
    assert did in text


@pytest.mark.parametrize(
    "question",
    [
        "что российский политолог думает о Среднем коридоре?",
        "что казахстанский депутат сказал о визите?",
        "What did the Kazakh political scientist say about energy exports?",
    ],
)
def test_a_role_of_nobody_quoted_is_not_answered_with_someone_elses_words(session, question):
    declined(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "кто из армянских экспертов комментировал декларацию",
        "kto iz armyanskih ekspertov kommentiroval deklaraciyu",
        "какие турецкие политологи высказались о семёрке",
        "что думает турецкий политолог о семёрке",
    ],
)
def test_people_asked_for_of_a_country_none_is_from_are_nobody_quoted(session, question):
    # "армянский", "турецкий" are no regular adjectives of "Армения", "Турция": read as
    # their country, the experts asked for are nobody's — not the Kazakh analyst's words
    declined(session, question)


def test_the_expert_command_finds_experts_by_role(session):
    listed = render_plain(session.ask("/expert казахский политолог"))
    assert "Ишмухамедов" in listed and "Тусупбеков" in listed and "Гусейнов" not in listed
    assert session.ask("/expert депутат из Баку").speaker == "huseynov"


@pytest.mark.parametrize(
    "question",
    [
        "какие казахстанские политологи давали комментарии",
        "list the Kazakh political scientists quoted in the article",
        "Kazakh experts",
    ],
)
def test_a_role_in_the_plural_lists_everyone_who_holds_it(session, question):
    # every expert of the role, as "/expert казахский политолог" lists them — not the
    # profile of whichever of the two scored first
    listed = answered(session, question)
    assert "Ишмухамедов" in listed and "Тусупбеков" in listed and "Гусейнов" not in listed


def test_a_role_in_the_plural_on_a_subject_is_answered_by_the_passage(session):
    said = answered(session, "какие казахстанские политологи говорили о Турции")
    assert "Турцию" in said and "Тусупбеков" not in said


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("как зовут политолга который придумал тюрксую семерку", "Ишмухамедов"),
        ("как зовут депутата", "Гусейнов"),
        ("как зовут Ишмухамедова", "Ишмухамедов"),
    ],
)
def test_how_one_is_called_asks_his_name(session, question, name):
    reply = session.ask(question)
    assert reply.answered, (question, reply.kind, reply.entry)
    assert name in render_plain(reply)


def test_a_state_by_its_initials_is_the_state(session):
    reply = session.ask("почему деупатт считает что экспорт энергии через АР важен")
    assert reply.answered and reply.speaker == "huseynov", (reply.entry, reply.speaker)
    assert "взаимозависимость" in render_plain(reply)


@pytest.mark.parametrize(
    "question",
    [
        "tyurkskaya semerka — chto iz etogo vyjdet po mneniyu politologa",
        "что получится из тюркской семерки по мнению Ишмухамедова",
    ],
)
def test_what_comes_of_a_thing_is_what_it_could_become(session, question):
    reply = session.ask(question)
    assert reply.answered, (question, reply.kind, reply.missing)
    assert "единый геополитический регион" in render_plain(reply)


def test_over_the_next_few_years_is_when_not_what(session):
    question = (
        "What does the Azerbaijani MP expect the new alliance to shape over the next few years?"
    )
    reply = session.ask(question)
    assert reply.answered and reply.speaker == "huseynov", (reply.entry, reply.speaker)
    assert "региональные реалии" in render_plain(reply)


@pytest.mark.parametrize(
    "question",
    [
        "что казахский эксперт написал о публикации Гаджиева в соцсети?",
        "как казахстанский специалист оценил заявление Гаджиева?",
    ],
)
def test_a_speaker_by_role_beside_a_name_he_spoke_of_speaks(session, question):
    """The one named by name in another case ("пост Гаджиева") is what was spoken of; the
    speaker is the one named by trade and country, though no alias of his says "эксперт"."""
    query = session.matcher.one_of_role(analysed(session, question))
    assert query.named == frozenset({ISHMUKHAMEDOV}), query.named
    reply = session.ask(question)
    assert reply.speaker != "hajiyev", (reply.kind, reply.entry)


def test_another_expert_named_by_role_is_whom_the_speaker_spoke_of(session):
    """ "к словам помощника азербайджанского президента": the aide is read as his name, and
    his role's words are no words of the subject."""
    question = "как казахский политолог отреагировал на слова помощника азербайджанского лидера?"
    query = analysed(session, question)
    assert query.named == POLITICAL_SCIENTISTS
    lemmas = {t.lemma for t in query.terms}
    assert "гаджиев" in lemmas
    assert not lemmas & {"помощник", "президент", "азербайджанский"}, lemmas


def test_one_expert_whoever_he_is_frames_the_question(session):
    """ "какую сумму специалист считает достижимой": whoever says it — "эксперт" is
    no word of the subject the passage must hold."""
    question = "Какую сумму товарооборота в год специалист считает достижимой?"
    assert "специалист" not in {t.typed for t in analysed(session, question).terms}
    reply = session.ask(question)
    assert reply.answered and reply.entry == "trade-turnover-target", (reply.kind, reply.entry)


def test_experts_told_of_stay_words_of_the_subject(session):
    terms = {t.lemma for t in analysed(session, "чем эксперты объясняли интерес к визиту").terms}
    assert "эксперт" in terms


@pytest.mark.parametrize(
    "question",
    [
        "Как Ишмухамедов оценил слова Гаджиева про формулу 5+1?",
        "Как политолог из Астаны отреагировал на мысль помощника Алиева про шестёрку?",
        # told in the scene, the view asked of it
        "Помощник президента Азербайджана писал в соцсети про формулу 5+1. "
        "Как это оценил политолог из Казахстана?",
    ],
)
def test_a_view_of_another_experts_idea_is_the_passage_naming_him(session, question):
    reply = session.ask(question)
    assert reply.answered and reply.entry == "ishmukhamedov-on-hajiyev", (reply.kind, reply.entry)


@pytest.mark.parametrize(
    "question",
    [
        "Как Ишмухамедов отнёсся к идее Гаджиева о тарифах?",
        "Помощник президента писал про тарифы. Как казахстанский политолог это оценил?",
    ],
)
def test_a_view_of_an_idea_the_article_lacks_is_not_answered(session, question):
    declined(session, question)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("Какова оценка экспертом текущего объёма товарооборота?", "400–500"),
        ("какова оценка экспертом перспектив Среднего коридора", "Средн"),
    ],
)
def test_who_judges_in_the_instrumental_frames_the_question(session, question, says):
    # "оценка экспертом X" says whose estimate, as "по оценке эксперта" does: neither the
    # noun of judging nor the expert is a word the passage on X must hold
    query = session.matcher.analyse(question)
    assert not {"оценка", "эксперт"} & {t.lemma for t in query.terms}
    assert says in answered(session, question)


@pytest.mark.parametrize(
    ("question", "listed", "left"),
    [
        ("казахстанские эксперты", ("Ишмухамедов", "Тусупбеков"), "Гусейнов"),
        ("эксперты из Казахстана", ("Ишмухамедов", "Тусупбеков"), "Гусейнов"),
        ("какие эксперты из Казахстана комментировали визит", ("Тусупбеков",), "Гусейнов"),
        ("азербайджанские эксперты", ("Гусейнов",), "Тусупбеков"),
    ],
)
def test_experts_of_a_country_in_the_plural_are_listed(session, question, listed, left):
    # every expert of that country, not one passage of whoever scored first, nor everyone
    text = answered(session, question)
    assert all(name in text for name in listed) and left not in text


def test_an_assessment_of_an_amount_is_the_passage_judging_it(session):
    # "оценка … объёма": the estimate and the judgement of it, which the passage giving the
    # figure gives both of ("…в год, что, безусловно, недостаточно"), not the bare figure
    said = answered(session, "Какова оценка экспертом текущего объёма товарооборота?")
    assert "400–500" in said and "недостаточно" in said
