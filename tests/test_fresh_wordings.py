"""Wordings of a TV anchor, an akimat employee, a retired diplomat, a logistics consultant, a
British sub-editor and a formal lecturer (the ru9 and english8 dev sets), by class.

- "Реакция официального Еревана", "official Yerevan": the state named by its seat with a
  qualifier naming it as the state — a third party's view, which the article does not give;
  the commentator on the declaration is offered, never answered with.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import AnswerType
from tests.support.asking import answered, not_given


@pytest.mark.parametrize(
    ("question", "party"),
    [
        (
            "Какова была реакция официального Еревана на упомянутую декларацию о мирном "
            "урегулировании?",
            "Позиции Армении",
        ),
        ("как отреагировал официальный Ереван на декларацию?", "Позиции Армении"),
        ("что ответила официальная Анкара на идею тюркской семёрки?", "Позиции Турции"),
        ("What was the reaction of official Yerevan to the declaration?", "Armenia's position"),
        ("How did official Yerevan react to the peace declaration?", "Armenia's position"),
    ],
)
def test_an_official_capital_reacting_is_its_state_view(
    session: Session, question: str, party: str
) -> None:
    assert party in not_given(session, question, "statement")


def test_the_commentator_on_the_declaration_is_still_answered(session: Session) -> None:
    # a neighbour: no third party, the expert's own words on the declaration
    assert "Тусупбеков" in answered(
        session, "Как Тусупбеков оценил декларацию о мирном урегулировании?"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Capex figure for the railway modernisation — how much is needed?",
        "what capex is needed for the railway?",
        "What outlay does the railway modernisation need?",
        "какие капзатраты нужны на модернизацию железной дороги?",
        "сколько затрат потребует модернизация железной дороги",
    ],
)
def test_capital_spending_asks_a_sum(session: Session, question: str) -> None:
    # the article gives no sum for the railway: the not-given reply names money
    not_given(session, question, "money")


def test_a_count_of_things_needed_stays_a_quantity(session: Session) -> None:
    not_given(session, "сколько локомотивов нужно для модернизации железной дороги?", "quantity")


@pytest.mark.parametrize(
    "question",
    [
        "Каков, по оценке Ишмухамедова, ежегодный ориентир взаимного товарооборота, достижимый "
        "при реализации проектов Среднего коридора?",
        "какой ориентир по товарообороту называет эксперт?",
        "каков ориентир товарооборота при реализации проектов Среднего коридора?",
    ],
)
def test_a_benchmark_of_trade_is_its_target(session: Session, question: str) -> None:
    assert "миллиард" in answered(session, question)


def test_a_benchmark_of_nothing_the_article_has_is_not_answered(session: Session) -> None:
    assert not session.ask("какие ориентиры задал Токаев для сотрудничества?").answered


@pytest.mark.parametrize(
    "question",
    [
        "chem mogla by stat tyurkskaya semerka po mneniyu eksperta",
        "chem mogla by stat tyurkskaya semerka",
        "chem by mogla stat tyurkskaya semerka",
    ],
)
def test_a_translit_infinitive_after_the_conditional_keeps_its_soft_sign(
    session: Session, question: str
) -> None:
    # "mogla by stat": "стать", not a clipped "стат(истика)"
    assert "геополитический регион" in answered(session, question)


def test_a_translit_verb_with_no_governor_stays_as_typed() -> None:
    from bot.matching.query import _lost_infinitive

    assert _lost_infinitive(["семерка", "бы", "стат"], 2) == "стат"
    assert _lost_infinitive(["могла", "бы", "стат"], 2) == "стать"


@pytest.mark.parametrize(
    "question",
    [
        "Is it right that the Aliev state visit to Kazakhstan began on 20 October? Need to "
        "confirm the date for the standfirst.",
        "Did Aliyev arrive on 20 October? Have to check the date for the caption.",
        "When did Aliyev arrive? Need to confirm the date for the standfirst.",
        "Правда ли, что Алиев прибыл 20 октября? Нужно проверить дату для врезки.",
    ],
)
def test_a_note_asking_to_check_a_figure_for_a_piece_is_an_aside(
    session: Session, question: str
) -> None:
    # the note says what the asker will do with the answer: no words of the subject, and the
    # date it names is the one put up for checking, not a new "when" asked of a quoted date
    assert "20 октября" in answered(session, question) or "20 October" in answered(
        session, question
    )


def test_a_kind_asked_for_a_piece_still_asks_it(session: Session) -> None:
    # a neighbour: "нужна дата" with no verb of checking asks the date
    from bot.language.asides import without_asides

    assert without_asides("Когда прибыл Алиев? Нужна дата для врезки.").kinds == ("когда",)
    assert (
        without_asides(
            "Is it right that the visit began on 20 October? Need to confirm the date for the "
            "standfirst."
        ).kinds
        == ()
    )


@pytest.mark.parametrize(
    "question",
    [
        "I would be grateful if you could indicate the date on which the President of "
        "Azerbaijan, having accepted the invitation extended by his Kazakh counterpart, "
        "arrived in the country on a state visit.",
        "On what date did the President of Azerbaijan, having accepted the invitation of his "
        "Kazakh counterpart, arrive in Kazakhstan?",
    ],
)
def test_an_invitation_accepted_and_extended_is_at_the_invitation(
    session: Session, question: str
) -> None:
    # "having" is an auxiliary (no slip of "halving"), and the verbs of an invitation given
    # and taken up are the invitation's frame, as "at the invitation of" is
    assert "20 октября" in answered(session, question)


def test_verbs_of_invitation_only_beside_the_invitation() -> None:
    from bot.language.fillers import filler_positions

    words = ["did", "aliyev", "accept", "the", "invitation"]
    assert 2 in filler_positions(words)
    words = ["did", "aliyev", "accept", "the", "proposal"]
    assert 2 not in filler_positions(words)
    words = ["the", "invitation", "extended", "by", "tokayev"]
    assert 2 in filler_positions(words)


@pytest.mark.parametrize(
    "question",
    [
        "I should like to ascertain which of the commentators addressed the historical "
        "significance of the declaration on peaceful settlement between Azerbaijan and Armenia.",
        "I wish to establish which expert spoke about the peace declaration.",
        "We would like to determine which commentator spoke about the peace declaration.",
    ],
)
def test_a_formal_wish_to_ascertain_is_a_courtesy(session: Session, question: str) -> None:
    assert "Tusupbekov" in answered(session, question)


def test_establish_as_the_subject_s_verb_stays(session: Session) -> None:
    from bot.language.courtesy import courtesy_spans

    assert courtesy_spans("Did the visit establish a strategic alliance?") == []


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        (
            "Who exactly said that relations between Azerbaijan and Kazakhstan have moved from "
            "a formal diplomatic level to a real strategic alliance?",
            "Huseynov",
        ),
        ("Who exactly proposed the Turkic seven?", "Ishmukhamedov"),
        ("who specifically said that relations moved to a strategic alliance?", "Huseynov"),
    ],
)
def test_who_exactly_said_is_who_said(session: Session, question: str, speaker: str) -> None:
    # "exactly" insists; it is no deed whose doer the article must name
    assert speaker in answered(session, question)


@pytest.mark.parametrize(
    "question", ["Who actually signed the agreements?", "Who exactly built the ferries?"]
)
def test_who_exactly_did_a_deed_still_needs_its_doer(session: Session, question: str) -> None:
    not_given(session, question, "person")


@pytest.mark.parametrize(
    "question",
    [
        "How does Ishmukhamedov assess Gadzhiev's statement on the 6 format?",
        "How does Ishmukhamedov assess Gadzhiev's post?",
        "How did Ishmukhamedov react to Hajiev's statement on the 5+1 format?",
    ],
)
def test_a_name_by_another_latin_spelling_reads_as_the_briefing_s(
    session: Session, question: str
) -> None:
    # "Gadzhiev" is the "Hajiyev" the passages write: the expert named's view of his post
    assert "unusual and long-awaited" in answered(session, question)


def test_the_post_itself_by_another_spelling_is_still_the_post(session: Session) -> None:
    assert "wrote this on X" in answered(session, "What did Gadzhiev write?")


@pytest.mark.parametrize(
    "question",
    [
        "What does Ishmukhamedov want to do away with?",
        "What does Ishmukhamedov hope to get rid of?",
    ],
)
def test_getting_rid_of_is_removing(session: Session, question: str) -> None:
    assert "barriers and limits" in answered(session, question)


def test_getting_to_a_place_is_still_arriving() -> None:
    from bot.language.lexicon import plain_english

    assert plain_english(["when", "did", "he", "get", "to", "astana"])[3] == "arrive"
    assert plain_english(["what", "will", "they", "get", "rid", "of"])[3] == "remove"


@pytest.mark.parametrize(
    "question",
    [
        "Ferries for freight — which sea crossing are the new vessels meant for, per the Kazakh "
        "analyst?",
        "Which sea are the new vessels meant for?",
    ],
)
def test_vessels_carrying_freight_are_the_ferries(session: Session, question: str) -> None:
    assert "Caspian" in answered(session, question)


def test_a_count_of_ships_is_still_not_given(session: Session) -> None:
    not_given(session, "How many new ships are needed?", "quantity")


@pytest.mark.parametrize(
    "question",
    [
        "что конкретно обсуждали по железной дороге и паромам, если по-простому?",
        "простыми словами, что конкретно обсуждали по железной дороге и паромам?",
        "In plain English, what exactly was discussed on the railway and ferries?",
    ],
)
def test_asking_in_plain_words_is_the_shape_of_the_answer(session: Session, question: str) -> None:
    text = answered(session, question)
    assert "локомотивов" in text or "locomotives" in text


def test_plain_words_of_the_subject_stay() -> None:
    from bot.language.asides import without_asides

    assert without_asides("что обсуждали, если по-простому?").words == 2
    assert without_asides("что обсуждали по простым товарам?").words == 0


def test_shipping_is_no_ship(session: Session) -> None:
    # "shipping" (its stem "ship") is any carriage of goods: no word of the ferries
    reply = session.ask("how much cheaper will shipping become when the new ferries run?")
    assert not reply.answered and reply.missing is not AnswerType.QUANTITY
