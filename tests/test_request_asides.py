"""Words about the request, not its subject, on the real knowledge base (``asides``).

"…, цифра для министра", "нужна атрибуция", "Слушай, …", "…, судя по тексту?", "yes or no",
"pls confirm", "Пишу заметку", "Просто уточняю": who the answer is for, what shape it should
take, how the asker feels — a question carrying them is answered as the one without them
(every pair here was written for these tests, none is an evaluation item). A word in them
naming the kind of fact wanted ("нужна сумма", "можно фамилию", "цифра") still says what is
asked; a word naming a detail the article lacks ("Эрдоган", "паром стоит") still declines.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.asides import aside_spans, without_asides
from bot.rendering.plain import render_plain

# Questions answered (or told "not given") as they stand, each of another entry.
_BASES_RU = (
    "какой товарооборот между Казахстаном и Азербайджаном",
    "сколько соглашений подписали",
    "когда Алиев прилетел в Астану",
    "кто пригласил Алиева",
    "что сказал Гусейнов о стратегическом союзе",
    "кто предложил тюркскую семерку",
    "зачем электронная регистрация на границе",
    "сколько стоит паром",  # not given: the sum
    "сколько локомотивов купят",  # not given: the number
)
_BASES_EN = (
    "how many agreements were signed",
    "who invited Aliyev",
    "what did Huseynov say about the strategic alliance",
    "who proposed adding Turkey",
)
# Q: the base question, without its question mark.
_NOISE_RU = (
    "Q, для министра",
    "Q? это для отчёта",
    "Q, нужно для статьи",
    "Q — для справки",
    "Q, для моей заметки",
    "Q, спрашиваю для редактора",
    "Для нашей рассылки: Q?",
    "Вопрос для министра: Q?",
    "Q? Ответ нужен для доклада руководству",
    "Q? нужна атрибуция",
    "Q? хочу понять",
    "Q? Хотелось бы точную формулировку",
    "Q? Назовите, пожалуйста, источник",
    "Q? можете привести слова дословно?",
    "Q? Прошу дать ответ",
    "Q? Проверьте, пожалуйста",
    "Q? короче",
    "Q, выходит?",
    "Q, получается?",
    "Слушай, Q?",
    "Знаете, Q?",
    "Короче Q",
    "Q, по тексту",
    "Q, судя по тексту?",
    "Q, если верить статье?",
    "Q пожалуйста",
    "Q? да или нет",
    "Q? заранее спасибо",
    "Q? Был бы признателен",
    "Q, а то я запутался",
    "Q? Спрашиваю для шефа, он просил",
    "Q — в двух словах",
    "Q? Без воды",
    "Q? Готовлю справку для шефа",
    "Q? Просто уточняю",
    "Q? Проверяю факты",
    "Q? Вопрос от редакции",
    "Добрый день! Q?",
    "Коллеги, Q?",
    "Извините, Q?",
    "Быстрый вопрос — Q?",
    "Уточняющий вопрос: Q?",
    "Q? Хочу перепроверить",
    "Q — хочу сверить с текстом",
    "Q? Если не сложно",
    "Q? Сорян за вопрос",
    "Q? Это для статьи, которую я пишу",
    "Q, в смысле?",
    "Q, пжлст",
    "Ребята, Q?",
    "Q? Я журналист",
    "Q? Работаю над статьей",
    "Q, для подготовки к эфиру",
    "Мне нужно для подводки: Q?",
    "Q? Это для анонса передачи",
    "Для ток-шоу: Q?",
    "Q? Только факты",
    "Q? Желательно цитатой",
    "Q? Нужна конкретика",
    "Q, как там написано?",
    "Q? Не тяните",
)
_NOISE_EN = (
    "Q, yes or no?",
    "Q? pls confirm",
    "Q - for my boss",
    "Q? asking for the minister",
    "Q? Need it for a memo",
    "Q, according to the article?",
    "Q? I need attribution",
    "Q? Can you give me the exact wording?",
    "Q? quick answer please",
    "Q? No details needed",
    "Q? I'm writing a piece",
    "Q? Thank you so much",
    "Sorry to bother you, Q?",
    "Q? It's for a story I'm writing",
    "Q? One sentence please",
    "Q, to be honest?",
    "Q? I'm a journalist",
    "Q? Need this for tonight's broadcast",
    "Q, as the piece says?",
)


def _shape(session: Session, question: str) -> tuple[object, ...]:
    reply = session.ask(question)
    return reply.kind, reply.entry if reply.kind in {"answer", "not_given"} else None, reply.missing


def _pairs(bases: tuple[str, ...], noise: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(base, template.replace("Q", base)) for template in noise for base in bases]


@pytest.mark.parametrize(
    ("base", "noisy"), [*_pairs(_BASES_RU, _NOISE_RU), *_pairs(_BASES_EN, _NOISE_EN)]
)
def test_words_about_the_request_change_no_reply(session: Session, base: str, noisy: str) -> None:
    assert _shape(session, noisy) == _shape(session, base), noisy


@pytest.mark.parametrize(
    ("noisy", "kind", "entry", "missing"),
    [
        # a kind of fact named in the aside still says what is asked
        (
            "текущий товарооборот двух стран, цифра для министра",
            "answer",
            "trade-turnover-now",
            None,
        ),
        (
            "что сказал Гусейнов о стратегическом союзе? Мне нужна точная цифра",
            "not_given",
            "huseynov-alliance",
            "quantity",
        ),
        (
            "что Тусупбеков сказал про Габалу? Пишу заметку, нужна цифра",
            "not_given",
            "tusupbekov-gabala",
            "quantity",
        ),
        (
            "чьи слова про «стратегический союз»? нужна атрибуция",
            "answer",
            "huseynov-alliance",
            None,
        ),
    ],
)
def test_a_kind_named_in_an_aside_is_asked(
    session: Session, noisy: str, kind: str, entry: str, missing: str | None
) -> None:
    reply = session.ask(noisy)
    assert (reply.kind, reply.missing) == (kind, missing), noisy
    assert reply.entry == entry or reply.kind == "not_given", noisy


@pytest.mark.parametrize(
    "question",
    [
        # the detail asked stays, and the article still lacks it
        "что сказал Эрдоган о визите? для отчёта",
        "what did Erdogan say about the visit? for my boss",
        "сколько стоит строительство парома, судя по тексту?",
        "сколько стоит паром? Пишу заметку, нужна сумма",
        "какая зарплата у Гусейнова? короче",
        "сколько локомотивов купят? Готовлю справку для шефа",
    ],
)
def test_a_missing_detail_is_still_declined(session: Session, question: str) -> None:
    assert not session.ask(question).answered, question


@pytest.mark.parametrize(
    "text",
    [
        # content after "для": who or what it is for is the subject
        "что даст коридор для бизнеса",
        "что даст коридор для Казахстана",
        "что нужно для работы коридора",
        "что нужно для статьи",
        # a comparative, a verb, a frame: no aside without a comma
        "какой маршрут короче",
        "сколько выходит в деньгах",
        "в итоге визита что подписали",
        # the article asked about, not cited
        "Who wrote this article?",
        "кто автор статьи",
        "Дайте ссылку на статью",
        "What does the article say about ferries",
        # a question that is nothing but a request keeps its words
        "Назовите дату",
        "можно подробнее?",
        # details named
        "сколько идут грузы на авто?",
        "что сказал Эрдоган, для отчёта",
        # a detail the text is said to name, not a kind of fact: the question's
        "в каком городе он выступал, в тексте названо место встречи?",
    ],
)
def test_words_of_the_subject_are_no_aside(text: str) -> None:
    blanked = without_asides(text).text.split()
    kept = {"что сказал Эрдоган, для отчёта": ["что", "сказал", "Эрдоган,"]}
    assert blanked == kept.get(text, text.split()), text


@pytest.mark.parametrize(
    ("text", "left", "kinds"),
    [
        ("товарооборот сейчас, цифра для министра", "товарооборот сейчас,", ("сколько",)),
        ("кто предложил? Можно фамилию этого человека", "кто предложил?", ("кто",)),
        ("какой товарооборот? нужна сумма", "какой товарооборот?", ("сумма",)),
        ("когда подписали? Назовите, пожалуйста, дату", "когда подписали? , ,", ("когда",)),
        (
            "Тусупбеков правда назвал отношения уникальными?",
            "Тусупбеков назвал отношения уникальными?",
            (),
        ),
        ("короче сколько стоит паром", "сколько стоит паром", ()),
        ("Was AI among the sectors, yes or no?", "Was AI among the sectors, ?", ()),
        ("сколько соглашений по тексту", "сколько соглашений", ()),
        # the text said to tell the kind of fact asked
        (
            "в каком городе он выступал, там в тексте названо место?",
            "в каком городе он выступал, ?",
            ("где",),
        ),
        ("когда прибыл Алиев, в статье указана дата?", "когда прибыл Алиев, ?", ("когда",)),
    ],
)
def test_asides_blanked(text: str, left: str, kinds: tuple[str, ...]) -> None:
    aside = without_asides(text)
    assert (" ".join(aside.text.split()), aside.kinds) == (left, kinds)
    assert len(aside.text) == len(text)  # offsets stay


def test_nothing_is_blanked_to_leave_no_question() -> None:
    assert aside_spans("короче, спасибо") == []


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("сколько стоит паром? Готовлю справку для шефа", "сколько стоит паром"),
        ("Слушай, сколько локомотивов купят, короче?", "сколько локомотивов купят"),
        # ("сколько стран … в формуле" is answered now: the "6" of the formula)
        ("сколько стоят новые вагоны, для отчёта", "сколько стоят новые вагоны"),
    ],
)
def test_not_given_repeats_the_question_without_its_asides(
    session: Session, question: str, said: str
) -> None:
    reply = session.ask(question)
    assert reply.kind == "not_given", question
    assert render_plain(reply).startswith(f"В статье не сказано, {said}."), render_plain(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # a request opening the message, naming what it wants before the subject
        (
            "назовите фамилию эксперта, который предложил добавить Турцию",
            "ishmukhamedov-turkic-seven",
        ),
        ("можно фамилию того, кто предложил тюркскую семерку", "ishmukhamedov-turkic-seven"),
        ("нужна точная цитата Гусейнова про союз", "huseynov-alliance"),
        ("приведите дословно слова Гусейнова про союз", "huseynov-alliance"),
        ("хотелось бы понять, зачем электронная регистрация", "ishmukhamedov-road"),
        ("нужна дата визита Алиева", "visit-date"),
        ("need the date of Aliyev's arrival", "visit-date"),
    ],
)
def test_a_request_opening_the_question_is_no_subject(
    session: Session, question: str, entry: str
) -> None:
    reply = session.ask(question)
    assert reply.answered and reply.entry == entry, (question, reply.kind, reply.entry)


@pytest.mark.parametrize(
    ("question", "specifics"),
    [
        # details asked in an aside are asked: the barriers are named, never listed
        ("какие барьеры в торговле надо устранить? Нужны подробности", True),
        ("какие барьеры в торговле надо устранить? Можно подробнее", True),
        ("кто пригласил Алиева? Можно без подробностей", False),
    ],
)
def test_specifics_asked_in_an_aside(session: Session, question: str, specifics: bool) -> None:
    assert without_asides(question).specifics is specifics
    assert session.ask(question).answered is not specifics, question


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the asker's understanding put up for checking: the statement after it is asked
        ("Я правильно понял, что Турция войдёт в тюркскую семерку?", "ishmukhamedov-turkic-seven"),
        ("Я правильно понимаю, что соглашений подписали 15?", "agreements-count"),
        ("Поправьте, если ошибаюсь: соглашений подписали 15?", "agreements-count"),
        ("Quick q: who invited Aliyev?", "article-visit"),
    ],
)
def test_an_understanding_checked_asks_its_statement(
    session: Session, question: str, entry: str
) -> None:
    reply = session.ask(question)
    assert reply.answered and reply.entry == entry, (question, reply.kind, reply.entry)


@pytest.mark.parametrize(
    "remark", ["интересует точная дата", "нужна точная дата", "exact date needed"]
)
def test_an_exact_date_asked_in_a_remark_stays_read(remark):
    """The visit's date answers "когда подписали" as the date of the visit it happened in; a
    remark asking the exact date asks what the article does not give, so it is not blanked."""
    assert without_asides(f"когда подписали соглашения? {remark}").words == 0


@pytest.mark.parametrize("text", ["rfhbljh ,d", "товарооборот, d", "коридор, бв"])
def test_a_lone_letter_after_a_comma_is_no_request(text):
    """'d' of "I'd" is a request word only with its "I": alone it is a keyboard-layout reading's
    stray letter, and counting it understood made gibberish the likeliest reading."""
    assert without_asides(text).words == 0


# A question and the same question typed on the Latin keys or in translit: the remark after
# the question ("Назовите обе суммы", "Хочу точную формулировку") and the statement before it
# ("союз … будет определять") are read from the Russian the typed text was read as, not from
# the Latin letters typed, so the reply is the one the Russian gets.
_TYPED_OTHERWISE = (
    (
        "Какой сейчас оборот торговли и до какой суммы его хотят поднять? Назовите обе суммы",
        "Rfrjq ctqxfc j,jhjn njhujdkb b lj rfrjq cevvs tuj [jnzn gjlyznm& Yfpjdbnt j,t cevvs",
    ),
    (
        "Какой сейчас оборот торговли и до какой суммы его хотят поднять? Назовите обе суммы",
        "kakoy seychas oborot torgovli i do kakoy summy ego khotyat podnyat? nazovite obe summy",
    ),
    (
        "Депутат из Баку сказал, что союз двух стран будет определять обстановку в регионе. "
        "На какой срок? Хочу точную формулировку",
        "Ltgenfn bp <fre crfpfk? xnj cj.p lde[ cnhfy ,eltn jghtltkznm j,cnfyjdre d htubjyt/ "
        "Yf rfrjq chjr& {jxe njxye. ajhvekbhjdre",
    ),
    (
        "Депутат из Баку сказал, что союз двух стран будет определять обстановку в регионе. "
        "На какой срок? Хочу точную формулировку",
        "deputat iz baku skazal, chto soyuz dvukh stran budet opredelyat obstanovku v regione. "
        "na kakoy srok? khochu tochnuyu formulirovku",
    ),
)


@pytest.mark.parametrize(("russian", "typed"), _TYPED_OTHERWISE)
def test_a_question_typed_in_layout_or_translit_gets_the_reply_of_its_russian(
    session: Session, russian: str, typed: str
) -> None:
    written, read = session.ask(russian), session.ask(typed)
    assert written.answered, (russian, written.kind)
    assert (read.kind, read.entry, read.missing) == (written.kind, written.entry, written.missing)


@pytest.mark.parametrize(
    ("base", "noisy"),
    [
        (
            "Токаев бывал в Азербайджане давно или недавно?",
            "Мне нужно для подводки: Токаев бывал в Азербайджане давно или недавно?",
        ),
        (
            "сколько тонн реально возят по железной дороге между странами?",
            "Это для ток-шоу: сколько тонн реально возят по железной дороге между странами?",
        ),
    ],
)
def test_a_broadcast_piece_named_is_no_subject(session: Session, base: str, noisy: str) -> None:
    """A television piece the answer goes into ("для подводки", "для анонса", "для ток-шоу")
    names the asker's work, as "для статьи" does, not a thing the article tells of."""
    assert _shape(session, noisy) == _shape(session, base), noisy


def test_a_remark_that_the_text_names_the_kind_asked_changes_no_reply(session: Session) -> None:
    plain = "Токаев недавно был в Азербайджане. В каком городе он тогда выступал?"
    noisy = plain.replace("?", ", там в тексте названо место?")
    assert session.ask(noisy).entry == session.ask(plain).entry == "tusupbekov-gabala"


# The piece the answer goes into, said inside a request for the kind of fact ("мне для
# курсача точная дата нужна", "for my thesis I need the exact date"): the piece is blanked,
# the kind asked ("точная дата") stays read as it does alone. Left in, the coursework's
# slang noun was mended to another word ("курсача": "кусачий") and sank the date's passage.
@pytest.mark.parametrize(
    "question",
    [
        "слушай а когда именно алиев прилетел в казахстан, мне для курсача точная дата нужна",
        "когда алиев прилетел в казахстан, мне для доклада точная дата нужна",
        "когда алиев прилетел в казахстан, мне для курсовой нужна точная дата",
        "когда алиев прилетел в казахстан, нужна точная дата для реферата",
        "when did Aliyev arrive in Kazakhstan, for my thesis I need the exact date",
    ],
)
def test_a_piece_named_inside_a_request_for_the_date(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert reply.kind == "answer", (question, reply.kind)
    assert "20 октября" in render_plain(reply)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            "когда прибыл Алиев, мне для курсача точная дата нужна",
            "когда прибыл Алиев, мне точная дата нужна",
        ),
        (
            "когда прибыл Алиев, нужна точная дата для реферата",
            "когда прибыл Алиев, нужна точная дата",
        ),
        # no piece named: the request stays as it is
        ("когда прибыл Алиев, мне точная дата нужна", "когда прибыл Алиев, мне точная дата нужна"),
        # "для" of the subject ("для Казахстана") is no piece
        (
            "когда прибыл Алиев, для Казахстана точная дата важна",
            "когда прибыл Алиев, для Казахстана точная дата важна",
        ),
    ],
)
def test_a_piece_inside_a_request_is_blanked(text: str, left: str) -> None:
    assert " ".join(without_asides(text).text.split()) == left


def test_a_date_the_article_lacks_is_still_not_answered(session: Session) -> None:
    # Aliyev's trip to Baku is none the article tells: the piece changes nothing of that
    reply = session.ask("когда Алиев прилетел в Баку, мне для курсача точная дата нужна")
    assert not reply.answered, (reply.kind, reply.entry)
