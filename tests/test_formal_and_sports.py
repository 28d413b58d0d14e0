"""Wordings of an elderly formal reader and of a sports journalist, and the slips of a reader
who writes "и" for "ы": each asks what a plain question asks.

- deference (``bot.language.deference``): "изволил прибыть" is "прибыл", "господин X" is X,
  "каким образом" is "как";
- "отчего X полагает, что …" asks the grounds of X's view, as "почему X считает" does — not
  a cause only a causal connective gives (``answer_types.asks_cause``);
- "где — в Алматы или в столице?": places offered for the place asked, which the passage
  naming the place answers (``query._unknown_places_offered``);
- "какой счёт по соглашениям": a score, the count asked (``bot.language.sports``);
- "називается": "называется", a vowel written as heard (``query._vowel_slips``);
- "когда будет ответный визит": an event yet to come, a forecast (``answer_types``);
- "дай summary визита": English loanwords read as Russian (``bot.language.loanwords``).

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.answer_types import asks_cause
from bot.language.deference import without_deference
from bot.language.sports import plain_score


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("какого числа алиев изволил прибыть", "какого числа алиев прибыл"),
        ("куда изволила отправиться делегация", "куда отправилась делегация"),
        ("что изволили обсудить президенты", "что обсудили президенты"),
        ("что соизволил заявить депутат", "что заявил депутат"),
        ("каким образом господин ишмухамедов отозвался", "как ишмухамедов отозвался"),
        ("что сказал г-н тусупбеков", "что сказал тусупбеков"),
        ("господин посол сказал", "посол сказал"),
        ("не откажите в любезности пояснить кто пригласил алиева", "кто пригласил алиева"),
        ("покорнейше прошу сообщить какова цель", "какова цель"),
        ("смею спросить когда прибыл алиев", "когда прибыл алиев"),
        ("любезнейший когда прибыл алиев", "когда прибыл алиев"),
        # an opening with nothing left after it, or no verb of telling closing it, stays
        ("скажите сколько", "скажите сколько"),
        ("прошу вас", "прошу вас"),
        # a title before no name is who is asked about
        ("какой господин это сказал", "какой господин это сказал"),
        (
            "какого мнения придерживается госпожа о визите",
            "какого мнения придерживается госпожа о визите",
        ),
    ],
)
def test_deference_is_read_as_the_plain_words(typed, plain):
    assert " ".join(without_deference(typed.split())) == plain


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("какой счет по соглашениям", "сколько соглашениям"),
        ("каков итоговый счет по документам", "сколько документам"),
        (
            "какой счет по соглашениям в астане сколько подписали",
            "соглашениям в астане сколько подписали",
        ),
        # no score: "за счёт чего" is how a reason is asked
        ("за счет чего вырастет товарооборот", "за счет чего вырастет товарооборот"),
        ("какой счет", "какой счет"),
    ],
)
def test_a_score_is_read_as_a_count(typed, plain):
    assert " ".join(plain_score(typed.split())) == plain


@pytest.mark.parametrize(
    ("question", "cause"),
    [
        ("отчего тусупбеков полагает что визит важен", False),
        ("отчего эксперт считает что нужно добавить турцию", False),
        ("отчего выросла торговля", True),
    ],
)
def test_whence_of_a_view_asks_its_grounds_not_a_cause(question, cause):
    assert asks_cause(tuple(question.split())) is cause


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Уважаемый бот, подскажите, пожалуйста, какого числа Президент Азербайджана "
            "Ильхам Алиев изволил прибыть в Казахстан с государственным визитом?",
            "visit-date",
        ),
        ("Сколько соглашений изволили подписать президенты?", "agreements-count"),
        ("Смею спросить, когда изволил прибыть господин Алиев?", "visit-date"),
        ("Покорнейше прошу сообщить, какова цель по товарообороту.", "trade-turnover-target"),
        ("Что изволил заявить господин Тусупбеков о визите?", "tusupbekov-highest-level"),
        (
            "Поясните, отчего Руслан Тусупбеков полагает, что визит подчёркивает "
            "исключительную важность отношений?",
            "tusupbekov-highest-level",
        ),
        ("Отчего Тусупбеков считает визит важным?", "tusupbekov-highest-level"),
        # what the statement reacted to was about frames the question (``_statement_described``)
        (
            "Каким образом господин Ишмухамедов отозвался о заявлении Хикмета Гаджиева "
            "про формулу «6»?",
            "ishmukhamedov-on-hajiyev",
        ),
        (
            "Как Ишмухамедов отозвался о заявлении Гаджиева про формулу 6?",
            "ishmukhamedov-on-hajiyev",
        ),
        # with no reaction asked, the formula is the subject
        ("Что сказал Гаджиев про формулу 6?", "format-6"),
        ("где именно Алиева встречали торжественно — в Алматы или в столице?", "article-visit"),
        ("в каком городе прошла церемония встречи — в Астане или в Алматы?", "article-visit"),
        ("какой счёт по соглашениям в Астане — сколько подписали?", "agreements-count"),
        ("какой итоговый счёт визита по документам?", "agreements-count"),
        ("какой счёт на табло по соглашениям?", "agreements-count"),
        ("сколько документов — какой счёт?", "agreements-count"),
        ("Баку и Астана в одной команде?", "huseynov-alliance"),
        # English loanwords in a Russian question (``bot.language.loanwords``)
        ("дай summary визита", "article-agenda"),
        ("дай короткое summary", "article-agenda"),
        ("какие key takeaways визита?", "article-agreements"),
        ("Азербайджан и Казахстан играют за одну команду?", "huseynov-alliance"),
        ("каков итоговый счёт по подписанным документам?", "agreements-count"),
    ],
)
def test_formal_and_sports_wordings_are_answered(session: Session, question, entry):
    reply = session.ask(question)
    assert reply.answered and reply.entry == entry, (reply.kind, reply.entry)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # a cause of a state of things stays a cause the article does not give
        ("Отчего выросла торговля?", "reason"),
        # an event yet to come: when it will be is a forecast
        ("когда будет ответный визит токаева в баку", "forecast"),
        ("когда состоится ответный визит?", "forecast"),
        # a named person's step stays a date (as "когда начнут строить паромы")
        ("Когда Токаев нанесёт ответный визит в Баку?", "date"),
        # a name the article never uses, mistyped "называется": not the road passage
        ("как називается система электронной регистрации машин на границе", "fact"),
    ],
)
def test_neighbours_stay_not_given(session: Session, question, missing):
    reply = session.ask(question)
    assert (reply.kind.value, reply.missing) == ("not_given", missing), reply.entry


@pytest.mark.parametrize(
    "question",
    [
        # kinds of place offered are what is asked: the city alone does not tell the hall
        "В каком зале или резиденции в Астане проходили переговоры президентов?",
        # the one the question names is unknown: no place offered lifts that
        "где Алиев встречался с Путиным — в Москве или в Сочи?",
        # metaphors with no clear plain reading stay unanswered
        "кто забил гол в ворота торговли?",
        "в какой команде играет Турция?",
    ],
)
def test_what_the_article_lacks_stays_unanswered(session: Session, question):
    reply = session.ask(question)
    assert not reply.answered, reply.entry


def test_a_statement_by_a_noun_the_briefing_never_writes_keeps_its_description(
    session: Session,
) -> None:
    """ "слова Гаджиева про формулу 5+1": "слова" is no noun the briefing writes, so the
    description is what finds the statement reacted to and stays a word of the subject (the
    full run caught it turned into a frame, which sank the reaction to a suggestion)."""
    reply = session.ask("Как Ишмухамедов оценил слова Гаджиева про формулу 5+1?")
    assert (reply.kind, reply.entry) == ("answer", "ishmukhamedov-on-hajiyev")
