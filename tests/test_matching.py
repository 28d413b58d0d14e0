"""The matcher on the real knowledge base: every input style, name + topic, lists, traps."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.answering.reply import (
    ArticleStatement,
    DirectQuote,
    FigureLine,
    Reply,
    ReplyKind,
    Reported,
)
from bot.answering.session import Session
from bot.knowledge import QuoteKind
from bot.knowledge.faithfulness import normalise_for_proof
from bot.language.morphology import lemma
from bot.language.speech import without_own_saying
from bot.language.text import fold, tokens
from bot.matching.repair import (
    to_latin_layout,
    to_russian_layout,
    transliterate,
    transliterate_keeping,
)
from bot.rendering.plain import render_plain as plain

EVAL = Path(__file__).parent / "eval"


def ask(session: Session, question: str):
    return session.ask(question)


# ------------------------------------------------------------------ normalisation
def test_word_forms_meet():
    assert {lemma(w) for w in ("коридор", "коридоре", "коридора", "коридором")} == {"коридор"}
    forms = {lemma(w) for w in ("ишмухамедов", "ишмухамедова", "ишмухамедову")}
    assert len(forms) == 1


def test_fold_handles_case_yo_dashes_and_numbers():
    assert fold("Семёрка 15 – 18 дней, 1.5 млн") == "семерка 15-18 дней, 1,5 млн"
    assert tokens("15—18") == ["15-18"]
    assert tokens("полтора миллиона") == ["1,5", "миллиона"]
    assert tokens("формат «5+1»") == ["формат", "5+1"]


def test_layout_and_translit_repairs():
    assert to_russian_layout("rjhbljh") == "коридор"
    assert to_russian_layout("'ythutnbrf rfpf[cnfyf") == "энергетика казахстана"
    assert to_latin_layout("ьшввду") == "middle"
    # ЙЦУКЕН's punctuation sits on other keys: "?" typed is its comma, "&" its question mark
    assert to_russian_layout("Xtv? gj ghjuyjpe 'rcgthnf? vjukf ,s cnfnm&") == (
        "Чем, по прогнозу эксперта, могла бы стать?"
    )
    assert to_latin_layout("црфе шы ершы,") == "what is this?"
    assert transliterate("skolko soglasheniy") == "сколко соглашений"
    assert transliterate("tyurkskaya semerka turciya") == "тюркская семерка турция"


# ----------------------------------------------------------------- input styles
STYLE_CASES = [
    # (question, expected entry, evidence in the text)
    ("товарооборот", None, "400–500"),
    ("что сказал ишмухамедова про коридор", None, "Средн"),
    ("каридор", None, "коридор"),
    ("rjhbljh", None, "коридор"),
    ("skolko soglasheniy", "agreements-count", "15 важных соглашений"),
    ("how many agreements were signed", "agreements-count", "15 важных соглашений"),
    ("лакамотивы и вагоны", None, "локомотивов"),
    ("ктотакой гусеинов", "expert:huseynov", "Милли Меджлиса"),
    ("zangezurskiy koridor", None, "Зангезурского"),
    ("rnj nfrjq neceg,trjd", "expert:tusupbekov", "политолог"),
    # й typed as i ("dnei" is "дней", not a name), сч typed as sch ("schitaet" is "считает")
    ("za skolko dnei sejchas dohodyat gruzy iz Kitaya", "delivery-time-now", "15–18 дней"),
    ("chto schitaet Tusupbekov o vizite", "tusupbekov-highest-level", "наивысшего уровня"),
    # an English word the briefing lacks, read as its plainer synonym the briefing has
    ("What did Huseynov say about the strategic union?", "huseynov-alliance", "союзу"),
    ("which accords were signed", "article-agreements", "15 важных соглашений"),
    ("Which body is Huseynov a member of?", "expert:huseynov", "межпарламентской"),  # group
    ("Was Tokayev in Azerbaijan lately?", "tusupbekov-gabala", "Габале"),  # recently
    # "по оценке X" says whose words, as "по мнению X" does: not what the question is about
    ("каков объём торговли по оценке Ишмухамедова", "ishmukhamedov-trade", "400–500"),
    # "byt" is "быть" (transliteration drops ь), a question word, not "быт"
    ("mozhet byt tovarooborot vyrastet?", "ishmukhamedov-trade", "миллиарда"),
    # "кто назвал цифры по …": the figures on the subject, each with who gave it
    ("kto nazval tsifry po perevozkam", None, "Шарип Ишмухамедов"),
    # "через какое море": a kind of name, answered by "Каспий" — not a subject word
    ("через какое море пойдут новые паромы", "ishmukhamedov-rail-investment", "Каспий"),
]


@pytest.mark.parametrize(("question", "entry", "evidence"), STYLE_CASES)
def test_styles_are_understood(session, question, entry, evidence):
    reply = ask(session, question)
    assert reply.answered, (question, plain(reply)[:200])
    if entry:
        assert reply.entry == entry
    assert evidence.lower() in plain(reply).lower()


def test_english_stays_english(session):
    reply = ask(session, "What did Ruslan Tusupbekov say about the Zangezur corridor?")
    assert reply.answered and reply.language == "en"
    assert reply.speaker == "tusupbekov"
    assert "Зангезурск" in plain(reply)  # the original quote, not a translation


def test_name_plus_topic_finds_that_experts_statement(session):
    reply = ask(session, "что Тусупбеков сказал о Зангезуре")
    assert reply.answered and reply.speaker == "tusupbekov"
    assert "Зангезур" in plain(reply)
    energy = ask(session, "что Гусейнов говорил про энергетику")
    assert energy.speaker == "huseynov" and "энергоресурсов" in plain(energy)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("эксперты", "experts"),
        ("who are the experts", "experts"),
        ("цифры", "figures"),
        ("key figures", "figures"),
        ("темы", "topics"),
        ("topics", "topics"),
    ],
)
def test_list_questions(session, question, entry):
    reply = ask(session, question)
    assert reply.answered and reply.entry == entry


def test_how_many_leans_to_figures(session):
    reply = ask(session, "сколько дней идут грузы из Китая")
    assert reply.entry == "delivery-time-now"
    assert "15–18" in plain(reply)


@pytest.mark.parametrize(
    "question",
    [
        "сколько стоит билет на паром через каспий",
        "сколько человек было в делегации?",
        "что сказал Эрдоган?",
        "а Эрдоган что сказал",
        "какая погода в астане",
        "What is the population of Kazakhstan?",
        "в каком году был визит",
        "ссылка на статью",
        "что сказал Путин о визите",
        # somebody named by an office the article never mentions
        "что сказал генсек Организации тюркских государств о визите",
        "что говорит губернатор о Среднем коридоре",
    ],
)
def test_out_of_scope_traps_are_not_answered(session, question):
    reply = ask(session, question)
    assert not reply.answered, (question, reply.entry, reply.score)


@pytest.mark.parametrize(
    "question",
    [
        "что сказал депутат о визите",  # Гусейнов is one: the article's own word
        "что сказали аналитики о Среднем коридоре",  # what the experts are, in other words
    ],
)
def test_people_named_by_the_articles_words_are_not_strangers(session, question):
    assert session.matcher.analyse(question).other_speaker is None


@pytest.mark.parametrize(
    ("question", "kind", "entry", "evidence"),
    [
        ("коридор", ReplyKind.ANSWER, "ishmukhamedov-corridor", "Средний коридор"),
        ("отношения", ReplyKind.ANSWER, "tusupbekov-unique-relations", "отношений"),
        # two subjects typed as keywords, neither asked about ("где будут строить паромы", the
        # example before, is now a place not given)
        ("коридор шестерка", ReplyKind.SUGGEST, "format-6", "имели в виду"),
        ("xyz", ReplyKind.NONE, None, "В статье нет ответа"),
    ],
)
def test_each_band_gives_its_reply(session, question, kind, entry, evidence):
    """A word the article covers is answered, a near miss is offered, a stranger refused:
    the band, the entry it names (the first suggestion for "did you mean") and the words."""
    reply = ask(session, question)
    thresholds = session.matcher.thresholds
    assert reply.kind is kind, (question, reply.kind, reply.entry, reply.score)
    assert evidence in plain(reply)
    assert len(reply.suggestions) <= 3
    if kind is ReplyKind.ANSWER:
        assert reply.entry == entry and reply.score >= thresholds.answer
    elif kind is ReplyKind.SUGGEST:
        assert reply.entry is None and reply.suggestions[0][0] == entry
        assert thresholds.suggest <= reply.score < thresholds.answer
    else:
        assert reply.entry is None and reply.suggestions == ()


# ---------------------------------------------------------------- faithful look
def test_direct_quote_in_guillemets_with_attribution(session):
    reply = ask(session, "что Гусейнов сказал в заключение")
    assert reply.entry == "huseynov-alliance"
    assert "«Этот визит ещё раз подтвердил" in plain(reply)
    assert "— Айдын Гусейнов, депутат Милли Меджлиса" in plain(reply)


def test_reported_statement_is_never_in_quotation_marks(session):
    reply = ask(session, "что Гусейнов сказал про энергетику")
    span = "экспорт казахстанских энергоресурсов через территорию Азербайджана"
    # The article's whole sentence, with its own frame, and who is paraphrased under it.
    assert f"По его словам, {span}" in plain(reply)
    assert f"«{span}" not in plain(reply) and "«По его словам" not in plain(reply)
    assert "— Айдын Гусейнов, депутат Милли Меджлиса" in plain(reply)
    assert "(в пересказе Minval Politika)" in plain(reply)


# -------------------------------------------------------------- follow-ups
def test_follow_ups_use_the_conversation(session):
    chat = Session.create(session.kb)
    first = chat.ask("что сказал Гусейнов про энергетику?", chat=1)
    assert first.speaker == "huseynov"
    pronoun = chat.ask("а что он сказал про Транскаспийский маршрут?", chat=1)
    assert pronoun.speaker == "huseynov" and pronoun.entry == "huseynov-transcaspian"
    other = chat.ask("а Тусупбеков?", chat=1)
    assert other.speaker == "tusupbekov"
    figures = chat.ask("а цифры?", chat=1)
    assert figures.entry == "figures"
    more = chat.ask("ещё", chat=1)
    assert more.answered and more.entry not in {first.entry, pronoun.entry}


def test_a_complete_question_ignores_the_context(session):
    chat = Session.create(session.kb)
    chat.ask("что сказал Гусейнов про энергетику?", chat=1)
    reply = chat.ask("сколько соглашений подписали", chat=1)
    assert reply.entry == "agreements-count"


def test_without_a_chat_every_line_stands_alone(session):
    """The same follow-ups that continue a chat's thread start from nothing without a chat."""
    stateless = Session.create(session.kb)
    stateless.ask("что сказал Ишмухамедов про коридор?")
    figures = plain(stateless.ask("а цифры?"))
    assert "по данным статьи" in figures  # every figure of the article, not just his
    assert not stateless.ask("ещё").answered  # "more" of nothing
    chat = Session.create(session.kb)
    chat.ask("что сказал Ишмухамедов про коридор?", chat=1)
    his = plain(chat.ask("а цифры?", chat=1))
    assert "15–18" in his and "по данным статьи" not in his  # the thread: his figures only
    more = chat.ask("ещё", chat=1)
    assert more.answered and more.speaker == "ishmukhamedov"


# ------------------------------------------------------------- any input at all
def _in_article(span: str, article: str) -> bool:
    """``span`` is verbatim in the (proof-normalised) article; a reply may capitalise or
    lower-case a span's first letter where it starts or continues a sentence."""
    needle = normalise_for_proof(span)[0]
    return bool(needle) and (needle in article or needle[:1].swapcase() + needle[1:] in article)


def assert_faithful(session: Session, reply: Reply) -> None:
    """What a broken bot would violate on any input: an answer names a real entry and
    clears the suggest threshold — the answer threshold, or below it the one clear offer of
    a "did you mean" that answers a place or a forecast asked (``Matcher._lone_place``,
    ``_lone_forecast``, which take an offer on the subject only); only a direct quote of the
    base is shown as one; every quoted, reported or article span and every figure is
    verbatim in the article."""
    thresholds = session.matcher.thresholds
    if reply.answered:
        assert reply.entry is not None and reply.score >= thresholds.suggest, reply
    elif reply.kind is not ReplyKind.INFO:
        assert reply.entry is None, reply
    for key, _, _ in reply.suggestions:
        assert session.matcher.catalogue.entry(session.kb.briefings[0].id, key), key
    briefing = session.kb.briefings[0]
    article = normalise_for_proof(briefing.article.text)[0]
    direct = {q.text for a in briefing.answers for q in a.quotes if q.kind is QuoteKind.DIRECT}
    direct |= {f.span.text for f in briefing.figures if f.span.kind is QuoteKind.DIRECT}
    for block in reply.blocks:
        match block:
            case DirectQuote(text=text):
                assert text in direct, text
                assert _in_article(text, article), text
            case Reported(text=text) | ArticleStatement(text=text):
                assert _in_article(text, article), text
            case FigureLine(value=value):
                # verbatim, or the curated display value `briefbot check` proved against it
                displays = {f.display for f in briefing.figures if f.display}
                assert _in_article(value, article) or value in displays, value


_QUESTIONS = [
    (item["lang"] if item["lang"] == "en" else "ru", item["q"])
    for name in ("questions.yaml", "unseen.yaml")
    for item in yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))
    if item["lang"] in {"ru", "typo", "en"}  # layout and translit may read either way
]
# Noise that cannot change what the question reads as: "Паромы x" may fairly read as
# English; a stray Latin letter after an English question is a defect of its own (below).
_NOISE_IN = {"ru": "абв ?!.", "en": " ?!.…"}


@settings(deadline=None, max_examples=150)
@given(
    st.one_of(
        st.tuples(st.none(), st.text(max_size=300)),
        st.sampled_from(_QUESTIONS).flatmap(
            lambda q: st.tuples(st.just(q), st.text(alphabet=_NOISE_IN[q[0]], max_size=8))
        ),
    )
)
@example(case=(("ru", "где встречали алиева"), "ааб"))
def test_any_input_gets_a_faithful_reply(session, case):
    """Arbitrary text, and real questions with noise: whatever comes back must be true to the
    article and say something; a real question keeps its language (noise does not flip it),
    and text without a letter keeps the Russian interface."""
    question, noise = case
    text = noise if question is None else f"{question[1]} {noise}"
    reply = session.ask(text)
    assert plain(reply).strip()
    assert_faithful(session, reply)
    if question is not None:
        assert reply.language == question[0], (text, reply.language)
    elif not any(ch.isalpha() for ch in text):
        assert reply.language == "ru", (text, reply.language)


_NOISE = st.text(
    st.characters(categories=("P", "S", "Z", "Cc", "Lo", "Mn"), exclude_characters="/"),
    max_size=200,
)


@settings(deadline=None, max_examples=100)
@given(_NOISE)
def test_noise_without_words_is_never_answered(session, text):
    """Punctuation, symbols, emoji and scripts the article is not written in carry no
    question: the bot says the article has no answer instead of guessing one."""
    reply = session.ask(text)
    assert reply.kind is ReplyKind.NONE, (text, reply.kind, reply.entry, reply.score)
    assert reply.suggestions == () and reply.language == "ru"


def test_a_lone_letter_is_never_a_confident_answer(session):
    """A single letter is not a question; answering it with a quote is a confident guess."""
    letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя" + "abcdefghijklmnopqrstuvwxyz"
    replies = {letter: session.ask(letter) for letter in letters + letters.upper()}
    assert {letter: r.entry for letter, r in replies.items() if r.answered} == {}


def test_a_stray_letter_does_not_turn_an_english_question_russian(session):
    """Found by test_any_input_gets_a_faithful_reply with Latin noise: one typo must not
    switch the interface language of a whole English sentence."""
    assert session.ask("Can you recommend a good hotel in Astana?").language == "en"
    assert session.ask("Can you recommend a good hotel in Astana? y").language == "en"


@pytest.mark.parametrize(
    ("text", "entry", "evidence"),
    [
        ("", None, "Напишите вопрос"),
        ("   \n\t ", None, "Напишите вопрос"),
        ("😀😀😀", None, "В статье нет ответа"),
        ("\u202eкоридор\u202c", "ishmukhamedov-corridor", "Средний коридор"),
        ("\x00\x01\x02 коридор", "ishmukhamedov-corridor", "Средний коридор"),
        ("1234567890", None, "В статье нет ответа"),
        ("коридор " * 1300, "ishmukhamedov-corridor", "Средний коридор"),
        ("א ב ג", None, "В статье нет ответа"),
        ("<b>что</b> & коридор", "ishmukhamedov-corridor", "Средний коридор"),
        ("'; DROP TABLE --", None, "В статье нет ответа"),
    ],
    ids=repr,
)
def test_strange_inputs(session, text, entry, evidence):
    """Control characters, markup and huge input neither crash nor hide the question in it;
    empty input gets the prompt, not "no answer"."""
    reply = session.ask(text)
    assert reply.answered is (entry is not None)
    assert reply.entry == entry
    assert evidence in plain(reply)
    assert_faithful(session, reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сколько стоит строительство новых паромов для Каспия?",
        "сколько паромов построят",
        "Когда Турция официально войдёт в тюркскую семёрку?",
        "что сказал Токаев в Габале",
        "What did Tokayev say in his speech in Gabala?",
        "кто автор статьи",
        "How many barrels of oil does Kazakhstan ship via Azerbaijan?",
    ],
)
def test_questions_for_what_the_article_never_gives(session, question):
    reply = session.ask(question)
    assert not reply.answered, (question, reply.entry, reply.score)


def test_an_experts_figures(session):
    reply = session.ask("Какие цифры привёл Ишмухамедов?")
    assert reply.entry == "figures"
    assert "15–18" in plain(reply) and "400–500" in plain(reply)
    assert "по данным статьи" not in plain(reply)  # the article's own figures are not his


def test_a_quoted_expert_about_a_named_person_is_still_answered(session):
    reply = session.ask("что сказал Тусупбеков о визите Алиева")
    assert reply.answered and reply.speaker == "tusupbekov"


def test_latin_gibberish_keeps_the_russian_interface(session):
    assert session.ask("xqzv").language == "ru"
    assert session.ask("what about the weather").language == "en"


def test_small_talk_and_commands_in_the_terminal_session(session):
    chat = Session.create(session.kb)
    assert "Здравствуйте" in plain(chat.ask("привет"))
    assert "Пожалуйста" in plain(chat.ask("спасибо"))
    assert "/experts" in plain(chat.ask("что ты умеешь?"))
    assert "Здравствуйте" in plain(chat.ask("ghbdtn"))  # "привет" on the wrong layout
    assert "Гусейнов" in plain(chat.ask("/experts"))
    assert chat.ask("/expert Ишмухамедова").entry == "expert:ishmukhamedov"
    assert "Средний коридор" in plain(chat.ask("/corridor"))
    assert "Minval Politika" in plain(chat.ask("/source"))


def test_how_many_without_a_number_is_offered_not_claimed(session):
    reply = session.ask("сколько вагонов нужно")
    assert not reply.answered
    assert "Локомотивы" in plain(reply) or "локомотив" in plain(reply).lower()


@pytest.mark.parametrize(
    "question",
    [
        "мнение Ишмухамедова о декларации мира с Арменией",
        "Гаджиев о тюркской семёрке",
        "what did the Kazakh president say about the visit",
        "что сказал азербайджанский президент о Транскаспийском маршруте",
    ],
)
def test_never_another_persons_words(session, question):
    reply = session.ask(question)
    assert not reply.answered, (question, reply.entry)


def test_a_pronoun_follow_up_stays_with_its_expert(session):
    chat = Session.create(session.kb)
    chat.ask("кто такой Гаджиев", chat=1)
    reply = chat.ask("а что он думает о товарообороте?", chat=1)
    # Never somebody else's words as his: he did not speak on trade, so say so and say who did.
    assert not reply.answered
    assert (reply.kind, reply.missing) == ("not_given", "statement")
    text = plain(reply)
    assert text.startswith("Хикмет Гаджиев в статье об этом не говорит.")
    assert "Об этом говорит Шарип Ишмухамедов" in text
    briefing = session.kb.briefings[0]
    offered = {briefing.item(key).speaker for key, _, _ in reply.suggestions}
    assert offered == {"ishmukhamedov"}


def test_english_words_are_not_turned_into_russian_ones(session):
    assert not session.ask("what about gold").answered
    assert not session.ask("what about the river").answered


def test_look_alike_latin_letters_inside_a_russian_word(session):
    assert session.ask("Гусeйнов об энергетике").entry == "huseynov-energy"  # Latin "e"


def test_expert_command_accepts_names_and_roles(session):
    chat = Session.create(session.kb)
    assert chat.ask("/expert Ishmuhamedov").entry == "expert:ishmukhamedov"
    assert chat.ask("/expert депутат").entry == "expert:huseynov"
    assert chat.ask("/expert Алиев").entry is None
    assert chat.ask("/expert президент").entry is None  # "помощник президента" is an aide
    # A role that fits several lists them all.
    both = plain(chat.ask("/expert политолог"))
    assert "Шарип Ишмухамедов" in both and "Руслан Тусупбеков" in both
    assert "Гусейнов" not in both and "Гаджиев" not in both


def test_more_walks_the_thread_and_says_when_it_ends(session):
    chat = Session.create(session.kb)
    chat.ask("/zangezur", chat=1)
    shown = []
    for _ in range(12):
        reply = chat.ask("ещё", chat=1)
        if not reply.answered:
            break
        shown.append(reply.entry)
    assert shown and len(set(shown)) == len(shown)  # never the same statement twice
    assert all(entry.startswith("tusupbekov") for entry in shown)  # the same expert's thread
    assert "ничего нет" in plain(reply)


@pytest.mark.parametrize(
    "question",
    [
        "How many countries already cooperate closely, according to Ishmukhamedov?",
        "How many countries cooperate closely?",
    ],
)
def test_a_count_is_answered_by_a_number_in_words(session, question):
    """ "к шести … странам": a number written in words is a number; "how many" does not
    push such an entry away as it does one without any."""
    reply = ask(session, question)
    assert reply.answered, (reply.entry, reply.score)
    assert reply.entry == "ishmukhamedov-turkic-seven"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What will the Baku-Astana strategic union determine, per Huseynov?", "huseynov-alliance"),
        ("Why did Minval Politika reach out to experts?", "article-agenda"),
    ],
)
def test_english_frame_words_weigh_nothing(session, question, entry):
    """ "per X" frames whose words these are, "out" completes a verb: neither is what the
    question is about, so neither counts against the entry that answers it."""
    reply = ask(session, question)
    assert reply.answered and reply.entry == entry, (reply.entry, reply.score)


def test_a_saying_noun_owned_by_a_pronoun_is_a_frame():
    words = ["where", "did", "hajiyev", "publish", "his", "statement"]
    assert without_own_saying(words) == ["where", "did", "hajiyev", "publish"]
    owned = ["what", "does", "hajiyev's", "statement", "reflect"]
    assert without_own_saying(owned) == owned  # the owner named: what was assessed


@pytest.mark.parametrize(
    "question",
    ["Where did Hajiyev publish his statement?", "Где Гаджиев опубликовал своё заявление?"],
)
def test_where_he_published_his_statement(session, question):
    reply = ask(session, question)
    assert reply.answered and reply.entry == "hajiyev-five-plus-one", (reply.entry, reply.score)
    assert "сети X" in plain(reply)


def test_a_latin_name_of_the_article_stays_latin_in_a_transliteration():
    keep = frozenset({"minval", "politika"})
    assert transliterate_keeping("chto za Minval Politika", keep) == "что за minval politika"
    assert transliterate_keeping("chto za politiku", keep) == transliterate("chto za politiku")
    assert transliterate_keeping("4to takoe koridor", frozenset()) == "что такое коридор"


@pytest.mark.parametrize("question", ["chto za minval politika", "chto takoe Minval Politika"])
def test_a_transliterated_question_about_the_outlet(session, question):
    """ "politika" is the outlet's name as the article writes it, not "политика"."""
    reply = ask(session, question)
    assert reply.answered and reply.entry == "article-agenda", (reply.entry, reply.score)


# ------------------------------------------------------------------ not-given offers
@pytest.mark.parametrize(
    ("question", "missing", "offered"),
    [
        # the figure "6" shares the number and its curated "формат 6", never names Turkey
        ("Станет ли Турция членом формата «6»?", "forecast", "ishmukhamedov-turkic-seven"),
        # the two presidents' names lift the agreements; the talks are what is asked about
        (
            "How many hours did the Aliyev–Tokayev talks take?",
            "duration",
            "tusupbekov-negotiations",
        ),
        # "added" meets "добавить Турцию"; a verb's past form is not what is counted
        (
            "How many locomotives are going to be added?",
            "quantity",
            "ishmukhamedov-rail-investment",
        ),
        # the hall is never named; the offer must say something of the talks
        ("в каком зале шли переговоры в Астане", "place", "tusupbekov-negotiations"),
    ],
)
def test_not_given_offers_first_what_states_the_questions_subject(
    session, question, missing, offered
):
    reply = ask(session, question)
    assert (reply.kind, reply.missing) == ("not_given", missing)
    assert reply.suggestions[0][0] == offered


def test_topic_terms_leave_out_people_numbers_kind_nouns_and_english_past_forms(session):
    matcher = session.matcher

    def topic(question: str) -> set[str]:
        return {t.lemma for t in matcher._topic_terms(matcher.analyse(question))}

    assert topic("Пригласят ли Турцию в формат «6»?") == {"турция"}  # no "6", no kind noun
    assert topic("на какой срок Алиев подписал соглашения") == {"соглашение"}
    assert "negoti" in topic("How long did the Aliyev–Tokayev talks go on?")
    assert not {"aliyev", "tokayev"} & topic("How long did the Aliyev–Tokayev talks go on?")
    assert topic("How many locomotives will be added?") == {"locomot"}


def test_a_word_final_i_after_a_vowel_is_transliterated_as_short_i():
    """ "chei", "kakoi", "Kitai": й ends the word; a double "ii" stays (стратегии)."""
    assert transliterate("chei post") == "чей пост"
    assert transliterate("kakoi podvizhnoi sostav") == "какой подвижной состав"
    assert transliterate("iz kitai") == "из китай"
    assert transliterate("strategii") == "стратегии"
    assert transliterate("aeroport") == "аеропорт"  # not at the end: left as it was


def test_a_one_letter_name_of_the_article_stays_latin_in_a_transliteration(session):
    """The article writes "в X": a transliterated "post v X" keeps X, not "кс", and "chei"
    is "чей", so the question reads as Russian and asks whose post it was."""
    query = session.matcher.analyse("chei post v X kommentiroval Ishmuhamedov")
    assert query.reading.how == "translit"
    assert "кс" not in query.words
    reply = ask(session, "chei post v X kommentiroval Ishmuhamedov")
    assert reply.answered and reply.entry == "hajiyev-five-plus-one", (reply.entry, reply.score)


def test_verbs_of_an_experts_judging_frame_the_question_and_need_no_support(session):
    """ "какие перспективы видит Гусейнов", "что прогнозирует Ишмухамедов": with the expert
    named (or "по мнению эксперта") his judging or expecting is how the question is asked,
    not a word of its subject, and not a relation his entry must hold: his figure answers."""
    from bot.language.predicates import needs_support

    def lemmas(question: str) -> set[str]:
        return {t.lemma for t in session.matcher.analyse(question).terms}

    assert "видеть" not in lemmas("Какие перспективы видит Гусейнов?")
    assert "прогнозировать" not in lemmas("что прогнозирует Ишмухамедов по товарообороту")
    assert "оценивать" not in lemmas("как оценивает визит эксперт")
    assert "predict" not in lemmas("What does Guseinov predict for the relations?")
    assert "перспектива" in lemmas("Какие перспективы видит Гусейнов?")
    # nobody's view named: the verb stays a word of the subject
    assert "видеть" in lemmas("Какие перспективы видит Казахстан?")
    assert not needs_support("ожидать") and not needs_support("прогнозировать")
    assert needs_support("подписать")
    reply = ask(session, "Какой объём торговли ожидает Ишмухамедов?")
    assert reply.answered and reply.entry == "trade-turnover-target", (reply.entry, reply.score)
    reply = ask(session, "Как Ишмухамедов в двух словах охарактеризовал визит?")
    assert reply.answered and reply.entry == "ishmukhamedov-timely", (reply.entry, reply.score)


@pytest.mark.parametrize(
    "question",
    [
        "Чем, по прогнозу эксперта, могла бы стать «тюркская семёрка»?",
        "что за семёрка тюркская, о чём речь?",
    ],
)
def test_commas_typed_in_the_wrong_layout_are_commas(session, question):
    """In the English layout a Russian comma is typed as "?": read as a question mark, the
    words after it weighed as a closing remark and the reply changed."""
    typed = question.translate(str.maketrans(_TYPED_RU, _TYPED_EN))
    assert "?" in typed and "&" in typed
    as_written, in_layout = session.ask(question), session.ask(typed)
    assert (in_layout.kind, in_layout.entry) == (as_written.kind, as_written.entry)


_TYPED_RU = "йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ,?"
_TYPED_EN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~?&"


@pytest.mark.parametrize(
    "question",
    [
        "Какие темы Minval Politika выносит в центр внимания?",
        "О чём писала Minval Politika, когда рассказывала про визит?",
    ],
)
def test_a_latin_name_in_a_question_typed_in_the_wrong_layout_stays_that_name(session, question):
    """Typed on the English layout, a Russian question still holds the name the article
    writes in Latin letters as the article writes it (its keys were right for it): the
    layout reading keeps it, not "Ьштмфд Зщдшешлф"."""
    typed = "".join(
        ch if ch.isascii() and ch.isalpha() else ch.translate(str.maketrans(_TYPED_RU, _TYPED_EN))
        for ch in question
    )
    assert "Minval Politika" in typed
    assert "Minval Politika" in session.matcher.analyse(typed).reading.text
    as_written, in_layout = session.ask(question), session.ask(typed)
    assert (in_layout.kind, in_layout.entry) == (as_written.kind, as_written.entry)
