"""An expert named with what he proposed, how he judged a statement, his figures on a subject.

"Какую оценку дал Ишмухамедов заявлению Гаджиева о …?" asks his judgement by its noun (a
view, as "как оценил" asks it), the words after "о" describing the statement his passage need
not restate — in a noun of its own ("о преобразовании") of the family the post writes
("преобразовавшейся"). "Что предложил X по поводу Y" is X's proposing passage on Y, in its
own words or those of the passage it answers. "Цифры по товарообороту — что X сказал" is his
passage measuring the subject in a unit, not one calling seven a sacred "цифра".
"Дополнить формат Турецкой Республикой" is adding Turkey to it. An expert who said none of
it, or figures the article never gives, stays refused. These run on the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.money import figures_subject
from bot.language.officialese import plain_officialese
from bot.rendering.plain import render_plain


@pytest.mark.parametrize(
    ("question", "entry", "quoted"),
    [
        # a judgement asked by its noun, the statement described after "о"
        (
            "Какую оценку дал Ишмухамедов заявлению Гаджиева о преобразовании формулы «5+1» "
            "в «6»?",
            "ishmukhamedov-on-hajiyev",
            "необычный и долгожданный",
        ),
        (
            "Какую оценку Ишмухамедов дал публикации Гаджиева?",
            "ishmukhamedov-on-hajiyev",
            "необычный и долгожданный",
        ),
        (
            "какую оценку дал ишмухамедов посту гаджиева про формулу 5+1",
            "ishmukhamedov-on-hajiyev",
            "необычный и долгожданный",
        ),
        (
            "kakuyu ocenku dal ishmuhamedov zayavleniyu gadzhieva",
            "ishmukhamedov-on-hajiyev",
            "необычный и долгожданный",
        ),
        # a membership verb of its own and a state by its formal title
        (
            "По какой причине Ишмухамедов предлагает дополнить формат «6» Турецкой "
            "Республикой?",
            "ishmukhamedov-sacred-seven",
            "цифра семь",
        ),
        (
            "почему Ишмухамедов хочет дополнить шестерку Турцией",
            "ishmukhamedov-sacred-seven",
            "цифра семь",
        ),
        (
            "зачем дополнять формат 6 Турецкой Республикой по мнению Ишмухамедова",
            "ishmukhamedov-sacred-seven",
            "цифра семь",
        ),
        (
            "почему Ишмухамедов предлагает включить в формат 6 Турецкую Республику",
            "ishmukhamedov-sacred-seven",
            "цифра семь",
        ),
        # figures asked of him on a subject: his passage measuring it
        (
            "цифры по товарообороту дай дословно что ишмухамедов сказал",
            "ishmukhamedov-trade",
            "миллиард",
        ),
        (
            "что ишмухамедов сказал про цифры по товарообороту",
            "ishmukhamedov-trade",
            "400",
        ),
        ("ishmuhamedov cifry po tovarooborotu", "ishmukhamedov-trade", "400"),
        (
            "какие цифры по жд перевозкам называл Ишмухамедов",
            "ishmukhamedov-rail-volumes",
            "миллиона тонн",
        ),
        # what he proposed on a thing: his proposal, the deed following it shown after it
        (
            "что предложил Ишмухамедов по поводу формулы 5+1",
            "ishmukhamedov-sacred-seven",
            "Турци",
        ),
        (
            "xnj ghtlkj;bk Bive[fvtljd gj gjdjle ajhveks 5+1",
            "ishmukhamedov-sacred-seven",
            "Турци",
        ),
        (
            "Ишмухамедов что предлагает насчет формата 5+1?",
            "ishmukhamedov-sacred-seven",
            "Турци",
        ),
        (
            "chto predlozhil ishmuhamedov po povodu formuly 5+1",
            "ishmukhamedov-sacred-seven",
            "Турци",
        ),
    ],
)
def test_answered(session: Session, question: str, entry: str, quoted: str) -> None:
    reply = session.ask(question)
    assert (reply.kind, reply.entry) == ("answer", entry), (question, reply.kind, reply.entry)
    assert quoted in render_plain(reply), question


@pytest.mark.parametrize(
    "question",
    [
        # another expert, or somebody the article never quotes, judged nothing
        "Какую оценку дал Гусейнов заявлению Гаджиева?",
        "какую оценку дал Эрдоган заявлению Гаджиева",
        "Какую оценку Гусейнов дал посту Гаджиева про формулу 5+1?",
        # nothing of his proposes on it
        "что предложил Тусупбеков по поводу формулы 5+1",
        "что предложил Гусейнов по поводу формулы 5+1",
        "почему Тусупбеков предлагает дополнить формат 6 Турцией",
        # figures the article never gives: his tourism passage names no amount, and
        # Tusupbekov gives no trade figures
        "цифры по туризму что ишмухамедов сказал",
        "Тусупбеков цифры по товарообороту",
        "что сказал Тусупбеков про цифры по товарообороту",
    ],
)
def test_not_answered(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert not reply.answered, (question, reply.kind, reply.entry)


def test_a_state_by_its_formal_title_is_its_name() -> None:
    assert plain_officialese(["дополнить", "формат", "турецкой", "республикой"]) == [
        "дополнить",
        "формат",
        "турцией",
    ]
    assert plain_officialese(["визит", "в", "азербайджанскую", "республику"]) == [
        "визит",
        "в",
        "азербайджан",
    ]
    # the title before the name: dropped, as before
    assert plain_officialese(["республика", "казахстан", "сегодня"]) == ["казахстан", "сегодня"]


def test_figures_name_their_subject() -> None:
    assert figures_subject(("цифры", "по", "товарообороту")) == ("товарообороту",)
    assert figures_subject(("данные", "по", "двусторонней", "торговле")) == (
        "двусторонней",
        "торговле",
    )
    assert figures_subject(("товарооборот", "цифры")) == ("товарооборот",)
    # a count asked, no figures requested
    assert figures_subject(("число", "соглашений")) == ()
