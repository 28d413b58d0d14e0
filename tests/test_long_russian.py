"""Long Russian questions of people who explain themselves (ru5/ru6): a scene, the question,
a remark. Three of their habits, each read by how it is made:

* a verdict asked with a verb of judging ("как политолог отнёсся … — одобрил или
  раскритиковал?"): the expert's statement is asked, in his own words; the verbs are no word
  of the subject, and the verdicts offered are no alternatives the passage must repeat — a
  third party's verdict ("как Армения отнеслась") stays not given;
* two figures asked together ("дайте обе цифры", "назовите обе суммы"): the passage quoting
  both figures' sentences answers, not one of the figures; one figure twice is no pair;
* a person named in the scene and asked of by a pronoun ("Депутат из Баку говорил … Как он
  назвал …?"), and a guess set against an open other ("рядовым событием или чем-то
  большим"): the pronoun is the expert the scene names, the guess's unknown words how it
  is asked.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.language.specifics import asks_both_figures
from tests.support.asking import answered, declined, question_words

# -- verbs of judging ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Как Ишмухамедов отнёсся к заявлению Гаджиева про шестёрку — поддержал или нет?",
        "Одобрил Тусупбеков декларацию о мире с Арменией или раскритиковал её?",
        "Как Тусупбеков отнёсся к тому, что Азербайджан пошёл на мир, будучи в сильной позиции?",
    ],
)
def test_a_verb_of_judging_asks_the_experts_statement(session, question):
    query = session.matcher.analyse(question)
    assert "statement" in {kind.value for kind in query.asks}
    read = {t.lemma for t in query.terms}
    assert not read & {"отнестись", "одобрить", "поддержать", "раскритиковать"}


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "Как Тусупбеков отнёсся к тому, что Азербайджан пошёл на мир с Арменией, будучи в "
            "сильной позиции? Одобрил или раскритиковал, и как это объяснил?",
            "сильной позиции",
        ),
        (
            "Как Ишмухамедов отнёсся к заявлению Гаджиева про шестёрку — поддержал или нет, "
            "и какими словами?",
            "долгожданный",
        ),
    ],
)
def test_the_verdicts_offered_are_answered_by_his_words(session, question, said):
    assert said in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "Как Армения отнеслась к декларации о мире — одобрила её или раскритиковала?",
        "Поддержал ли Токаев идею тюркской семёрки или нет?",
    ],
)
def test_a_third_partys_verdict_is_not_given(session, question):
    declined(session, question)


# -- two figures asked together -----------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "какой сейчас оборот и до какой суммы его поднимут? дайте обе суммы",
        "назовите обе цифры",
        "оба числа, пожалуйста",
        "give me both figures",
    ],
)
def test_both_figures_are_asked(question):
    assert asks_both_figures(question_words(question))


@pytest.mark.parametrize("question", ["обе страны подписали", "сколько дней занимает доставка"])
def test_no_pair_of_figures_is_asked(question):
    assert not asks_both_figures(question_words(question))


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        (
            "Сколько сейчас составляет товарооборот и до какой суммы его хотят довести? "
            "Дайте обе цифры",
            ("400–500", "миллиард"),
        ),
        (
            "Какой объём грузов по железной дороге между странами сейчас и сколько нужно "
            "Казахстану? Назовите обе цифры, пожалуйста",
            ("1,5–2", "20 миллионов"),
        ),
        (
            "Когда у нас в редакции обсуждали торговлю, все спорили о цифрах. Какой сейчас "
            "годовой оборот между странами и до какой суммы его рассчитывают поднять? Дайте обе "
            "суммы",
            ("400–500", "миллиард"),
        ),
    ],
)
def test_two_figures_asked_are_answered_by_the_passage_giving_both(session, question, figures):
    reply = answered(session, question)
    for figure in figures:
        assert figure in reply


def test_one_figure_twice_is_no_pair(session):
    """The 15 agreements stand in two entries: "по энергетике и по транспорту" is not given."""
    declined(
        session,
        "Сколько соглашений подписали по энергетике и сколько по транспорту? Дайте обе цифры",
    )


# -- the scene's person, and a guess against an open other --------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "В статье есть депутат из Баку. Как он оценил визит — рядовым событием или чем-то большим?",
        "Депутат из Баку говорил про энергетику. Что, по его словам, даёт экспорт энергоресурсов?",
    ],
)
def test_a_pronoun_asks_of_the_expert_the_scene_names(session, question):
    assert ("aliyev-kazakhstan", "huseynov") in session.matcher.analyse(question).named


def test_no_pronoun_names_nobody_from_the_scene(session):
    question = "В статье есть депутат из Баку. Когда Алиев прибыл в Казахстан?"
    assert not session.matcher.analyse(question).named


def test_a_guess_against_an_open_other_is_how_it_is_asked(session):
    question = "Как Гусейнов назвал визит — рядовым событием или чем-то большим?"
    read = {t.lemma for t in session.matcher.analyse(question).terms}
    assert "рядовой" not in read
    assert "новым этапом" in answered(
        session,
        "В статье есть депутат из Баку, который входит в межпарламентскую группу. Как он оценил "
        "визит — назвал его рядовым событием или чем-то большим?",
    )


# -- a pronoun after a scene is the scene's person, not the chat's ------------------------------


def test_a_pronoun_after_a_scene_means_the_person_it_describes(session):
    reply = answered(
        session,
        "Есть такой азербайджанский чиновник, помощник президента, который писал в X про "
        "формулу «5+1». Как его зовут? Я забыл фамилию, а нужно для подписи",
    )
    assert "Гаджиев" in reply


@pytest.mark.parametrize("question", ["а он?", "Я читаю статью. А он что сказал?"])
def test_a_pronoun_with_no_scene_still_leans_on_the_chat(session, question):
    assert session.ask(question).kind.value == "info"


# -- attributions and purposes asked in passing -------------------------------------------------


def test_by_his_data_is_an_attribution_and_a_side_is_its_country(session):
    """ "по его данным" says whose the figure is, as "по его словам" does; "азербайджанская
    сторона" is Azerbaijan."""
    query = session.matcher.analyse(
        "Сколько тонн ежегодно готова обеспечить азербайджанская сторона, по его данным?"
    )
    read = {t.lemma for t in query.terms}
    assert "данные" not in read
    assert "сторона" not in read
    assert "азербайджан" in read
    assert "5–7" in answered(
        session,
        "Когда речь зашла о перевозках, казахстанский аналитик упомянул грузы по рельсам. "
        "Сколько тонн ежегодно готова обеспечить азербайджанская сторона, по его данным?",
    )


def test_what_the_money_is_for_is_no_sum(session):
    reply = answered(
        session,
        "Чего, по словам казахстанского политолога, не хватает, чтобы доставку из Китая "
        "сократить вдвое? На что нужны серьёзные деньги?",
    )
    assert "подвижной состав" in reply
    assert "money" in {k.value for k in session.matcher.analyse("Сколько денег нужно?").asks}


@pytest.mark.parametrize(
    "question",
    [
        "Как Армения отнеслась к декларации о мире, которую хвалил Тусупбеков? Одобрила её или "
        "раскритиковала, и какими словами?",
        "Как Турция отнеслась к идее, которую предложил Ишмухамедов?",
    ],
)
def test_an_expert_in_a_relative_clause_leaves_the_countrys_view_not_given(session, question):
    reply = session.ask(question)
    assert (reply.kind.value, reply.missing) == ("not_given", "statement"), reply.entry


def test_the_expert_judging_a_countrys_step_is_answered(session):
    assert "мудр" in answered(
        session, "Как Тусупбеков оценил то, что Армения согласилась на декларацию?"
    )


def test_a_quote_wanted_whole_is_a_request(session):
    read = {
        t.typed
        for t in session.matcher.analyse("Как Гусейнов назвал визит? Нужна цитата целиком").terms
    }
    assert "целиком" not in read


# -- how the scene is told ----------------------------------------------------------------------


def _lemmas(session, question: str) -> set[str]:
    return {t.lemma for t in session.matcher.analyse(question).terms if t.similarity > 0}


def test_an_unnamed_source_in_the_scene_is_no_word_of_the_subject(session):
    """ "Один из экспертов говорил …": some expert said it, as in a question itself."""
    read = _lemmas(session, "Один из экспертов говорил про священное число. Кто это был?")
    assert not read & {"эксперт", "1"}, read
    assert "священный" in read


def test_if_i_understood_is_the_askers_own_state(session):
    read = _lemmas(session, "Если я правильно понял, паромы строят на Каспии. Сколько их нужно?")
    assert not read & {"понять", "правильно", "если"}, read


def test_an_adverb_is_read_as_its_adjective_the_briefing_uses(session):
    """ "складываются редко" where the expert says relations are "редки", a "редкость"."""
    assert "редкий" in _lemmas(session, "кто сказал, что такие отношения складываются редко?")


def test_a_noun_pointing_back_to_the_scene_is_what_it_told(session):
    """ "Политолог говорил про декларацию … Что этот поступок показывает?": the deed is the
    declaration, no thing the article lacks."""
    question = (
        "Политолог из Казахстана говорил про декларацию о мире с Арменией. "
        "Что, по его словам, этот поступок показывает о руководстве Азербайджана?"
    )
    assert "поступок" not in {t.typed for t in session.matcher.analyse(question).terms}
    assert "декларац" in answered(session, question)


def test_without_a_scene_an_unknown_noun_stays(session):
    terms = {t.typed for t in session.matcher.analyse("что показывает этот поступок?").terms}
    assert "поступок" in terms


def test_should_in_the_scene_asks_no_price(session):
    """ "… стоит добавить ещё одну страну": should, as "надо" — no price asked."""
    question = "Читал, что к шестёрке стоит добавить ещё одну страну. Кто это предложил?"
    assert not session.matcher.analyse(question).asks_price


def test_to_join_one_to_a_group_is_to_add_him(session):
    assert "Турци" in answered(session, "Кого Ишмухамедов предлагает присоединить?")


def test_to_set_the_tone_is_to_define(session):
    """ "будет задавать тон в регионе": what "определит региональные реалии" says."""
    question = "На какой промежуток времени, по словам Гусейнова, союз задаст тон в регионе?"
    assert "ближайшие годы" in answered(session, question)


def test_a_noun_of_action_is_read_as_the_verb_the_briefing_uses(session):
    """ "объединение" where the expert says states are "объединённые" общей целью."""
    assert "объединить" in _lemmas(session, "что эксперт говорил об объединении государств?")


def test_things_at_large_ask_what(session):
    """ "какие вещи": what, as "что" asks — no thing of a name the article lacks."""
    question = "Какие вещи, по словам Ишмухамедова, нужно модернизировать на железной дороге?"
    assert "локомотив" in answered(session, question)


def test_a_guess_of_what_the_scene_told_is_the_readers(session):
    """ "Депутат говорил про маршрут … Как он его назвал — дорогой для грузов или чем-то
    большим?": the route is the scene's; the guess's words are no subject of their own."""
    question = (
        "Азербайджанский депутат рассуждал про маршрут через Каспий. "
        "Как он его назвал — просто дорогой для грузов или чем-то большим?"
    )
    assert "евразийской архитектуры" in answered(session, question)


def test_met_with_rarely_is_a_rarity(session):
    """ "такие связи встречаются редко": "большая редкость", the expert's words."""
    question = "Кто из экспертов говорил, что настолько тёплые отношения бывают редко?"
    assert "Тусупбеков" in answered(session, question)
