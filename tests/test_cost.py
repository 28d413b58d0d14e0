"""No message costs more than five ordinary questions: counted work, never time.

The bound of issue 14: fuzzy look-ups plus candidates scored for any input stay within 5 times
the median over the evaluation questions (tests/eval/*.yaml) on the real knowledge base, memos
cold. Hostile text is generated (mixed scripts, hyphen chains of Latin gibberish, keyboard
garbage, near-names of the experts, 512+ characters, repeated words); each must still get a
reply. ``test_the_bound_catches_a_matcher_without_budget`` shows the bound can fail.
"""

from __future__ import annotations

import random
import statistics
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from bot.answering.reply import Reply
from bot.answering.session import Session
from bot.evaluation import load_items
from bot.knowledge import KnowledgeBase, load_knowledge
from bot.matching.matcher import Band, Matcher
from bot.matching.tuning import DEFAULT_TUNING
from bot.matching.vocabulary import FuzzyVocabulary
from bot.matching.work import Budget, Work, counting
from bot.settings import DEFAULT_KNOWLEDGE

EVAL = Path(__file__).parent / "eval"
BOUND = 5  # times the median question

UNBOUNDED = Budget(
    max_chars=10**6,
    max_words=10**6,
    max_word_chars=10**6,
    max_parts=10**6,
    lookups_per_word=10**6,
    lookups_per_question=10**6,
    candidates=10**6,
)


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge(DEFAULT_KNOWLEDGE)


@pytest.fixture(scope="session")
def session(kb: KnowledgeBase) -> Session:
    return Session.create(kb)


def cold_work(session: Session, text: str) -> tuple[Reply, Work]:
    """The reply and the work it took with nothing remembered from earlier questions."""
    session.matcher.analyser.clear_caches()
    with counting() as work:
        reply = session.ask(text)
    return reply, work


@pytest.fixture(scope="session")
def median_work(session: Session) -> float:
    questions = [item.question for path in sorted(EVAL.glob("*.yaml")) for item in load_items(path)]
    assert len(questions) > 500
    median = statistics.median(cold_work(session, q)[1].total for q in questions)
    assert median > 0
    return median


# ------------------------------------------------------------------ hostile text
LATIN = "abcdefghijklmnopqrstuvwxyz"
CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~"
NEAR_NAMES = [
    "Гусеинов",
    "Гусейнофф",
    "Гусейнова",
    "Ишмухамедоф",
    "Ишмухаммедов",
    "Тусупбеком",
    "Huseinov",
    "Guseynov",
    "Ishmukhamedof",
    "Tusupbekof",
    "Алиефф",
    "Токаеф",
]


def _words(alphabet: str, min_size: int = 1, max_size: int = 12) -> st.SearchStrategy[str]:
    return st.text(alphabet=alphabet, min_size=min_size, max_size=max_size)


def _sentence(word: st.SearchStrategy[str], sep: str = " ", max_size: int = 120):
    return st.lists(word, min_size=1, max_size=max_size).map(sep.join)


def _typo(word: str, seed: int) -> str:
    rng = random.Random(seed)
    position = rng.randrange(len(word))
    return word[:position] + rng.choice(CYRILLIC) + word[position + 1 :]


hyphen_chains = _sentence(_words(LATIN, 2, 9), "-", 150)
mixed_scripts = st.text(
    alphabet=LATIN + CYRILLIC + KEYS + "0123456789 -–—«»?!.,ёЁ\u200b", min_size=1, max_size=700
)
layout_garbage = _sentence(_words(KEYS, 3, 14), " ", 90)
cyrillic_gibberish = _sentence(_words(CYRILLIC, 6, 16), " ", 60)
near_names = _sentence(st.sampled_from(NEAR_NAMES), " ", 60)
repeated = st.tuples(_words(LATIN + CYRILLIC, 4, 12), st.integers(2, 150)).map(
    lambda pair: " ".join([pair[0]] * pair[1])
)
hostile = st.one_of(
    hyphen_chains,
    mixed_scripts,
    layout_garbage,
    cyrillic_gibberish,
    near_names,
    repeated,
    # longer than the 512 characters read: the tail must cost nothing
    st.tuples(hyphen_chains, layout_garbage).map(lambda p: (p[0] + " " + p[1]) * 4),
)


def vocabulary_typos(session: Session) -> st.SearchStrategy[str]:
    """Sentences of the briefing's own words, each with one typo: every word asks a repair."""
    words = sorted(w for w in session.matcher.index.surface if len(w) >= 5)
    typo = st.tuples(st.sampled_from(words), st.integers(0, 10**6)).map(lambda p: _typo(*p))
    return _sentence(typo, " ", 60)


CUES = ["цифры", "цифр", "статистика", "эксперты", "экспертов", "политологов", "цитата", "цитаты"]


def cue_sentences(session: Session) -> st.SearchStrategy[str]:
    """Requests for figures, experts and quotes on a subject full of typos: the dialogue then
    scores the question and each subject (up to five calls), after a repair per word."""
    words = sorted(w for w in session.matcher.index.surface if len(w) >= 6)
    typo = st.tuples(st.sampled_from(words), st.integers(0, 10**6)).map(lambda p: _typo(*p))
    parts = st.tuples(
        st.lists(st.sampled_from(CUES), min_size=1, max_size=4),
        st.lists(st.sampled_from(words), min_size=2, max_size=12),
        st.lists(typo, max_size=14),
        st.randoms(use_true_random=False),
    )

    def sentence(drawn: tuple[list[str], list[str], list[str], random.Random]) -> str:
        cues, known, typos, rng = drawn
        every = cues + known + typos
        rng.shuffle(every)
        return " ".join(every)

    return parts.map(sentence)


SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def assert_replied_within_bound(session: Session, median_work: float, text: str) -> None:
    reply, work = cold_work(session, text)
    assert reply.blocks, f"no reply to {text[:80]!r}"
    assert work.total <= BOUND * median_work, (work, median_work, text[:200])


def latin_chain(seed: int, parts: int = 90) -> str:
    """A hyphen chain of Latin gibberish: issue 14's 250-400 ms message."""
    rng = random.Random(seed)
    return "-".join(
        "".join(rng.choice(LATIN) for _ in range(rng.randint(3, 8))) for _ in range(parts)
    )


@SETTINGS
@given(text=hostile)
def test_hostile_text_gets_a_reply_within_the_bound(session, median_work, text):
    assert_replied_within_bound(session, median_work, text)


@SETTINGS
@given(data=st.data())
def test_typos_in_every_word_stay_within_the_bound(session, median_work, data):
    assert_replied_within_bound(session, median_work, data.draw(vocabulary_typos(session)))


@SETTINGS
@given(data=st.data())
def test_requests_on_a_subject_full_of_typos_stay_within_the_bound(session, median_work, data):
    assert_replied_within_bound(session, median_work, data.draw(cue_sentences(session)))


def test_known_hostile_messages_stay_within_the_bound(session, median_work):
    chain = latin_chain(7)
    cues = "цифры эксперты цитата сколько кто Гусейнов Ишмухамедов коридор товарооборот паромы"
    for text in (
        chain[:512],
        chain,
        " ".join(NEAR_NAMES * 4),
        " ".join(["коридорр"] * 100),
        cues + " " + " ".join(sorted(session.matcher.index.surface)[:40]),
        # found by search: 115 counted (20 look-ups, 95 entries scored in five calls)
        # without the cap on entries scored per question
        "эксперты быгтрее цифр подписанные toиayev туризму enяrgy машины цитата месяце "
        "двусторонние выделил заявить глубита межгжсударственной токалва rгilway integration "
        "стазистика interdependence пересечения аecame significance предлагается "
        "железнодороцную цифры младших встрвчаются",
    ):
        assert_replied_within_bound(session, median_work, text)


def test_the_bound_catches_a_matcher_without_budget(kb, median_work):
    """The assertion above can fail: the same matcher with no budget breaks it."""
    unbounded = Session(Matcher(kb, tuning=replace(DEFAULT_TUNING, budget=UNBOUNDED)))
    chain = latin_chain(7)
    _, work = cold_work(unbounded, chain[:512])
    assert work.total > BOUND * median_work


# ------------------------------------------------------------------ budget spent
def test_a_question_past_its_budget_is_still_answered(kb):
    """Past the budget words are taken as typed: the typo repaired first counts, the words
    spelt right after it are still read, only the later typo is left unrepaired."""
    tight = Matcher(kb, tuning=replace(DEFAULT_TUNING, budget=Budget(lookups_per_question=2)))
    with counting() as work:
        match = tight.match("сколко соглашенй подписали в Астане")
    assert work.lookups <= 2
    assert match.band is Band.ANSWER
    assert match.best is not None and match.best.entry.key == "agreements-count"


def test_a_hyphen_chain_after_a_question_leaves_the_question_readable(session):
    """The chain is cut (40 characters, 4 parts repaired), the question's words are read."""
    rng = random.Random(3)
    chain = "-".join("".join(rng.choice(LATIN) for _ in range(6)) for _ in range(80))
    text = "сколько соглашений подписали " + chain
    reply, work = cold_work(session, text)
    assert reply.blocks
    assert work.lookups <= session.matcher.tuning.budget.lookups_per_question
    query = session.matcher.analyse(text)
    assert query.count_intent
    assert ("соглашений", "соглашение", 1.0) in [
        (t.typed, t.lemma, t.similarity) for t in query.terms
    ]
    assert len(query.terms) <= 3 + 40 // 2


def test_words_past_the_limit_are_not_read(session):
    padding = " ".join(["визит"] * session.matcher.tuning.budget.max_words)
    query = session.matcher.analyse(padding + " сколько соглашений")
    assert "соглашений" not in query.words


# ------------------------------------------------------------------ memos
def test_a_remembered_repair_costs_no_look_up_and_changes_no_answer(session):
    text = "что сказал гусеинов о транскаспийском маршрутте"
    first, cold = cold_work(session, text)
    with counting() as warm:
        second = session.ask(text)
    assert cold.lookups > 0 and warm.lookups == 0 and warm.cached > 0
    assert (second.entry, second.score, second.kind) == (first.entry, first.score, first.kind)


def test_answers_do_not_depend_on_what_was_asked_before(session):
    """The budget is charged for remembered repairs too, so a warm memo changes nothing."""
    rng = random.Random(11)
    words = sorted(w for w in session.matcher.index.surface if len(w) >= 6)
    text = " ".join(_typo(rng.choice(words), n) for n in range(30))
    session.matcher.analyser.clear_caches()
    cold = session.matcher.match(text)
    for n in range(30):  # fill the memo with some of the same words
        session.matcher.match(" ".join(text.split()[n : n + 3]))
    warm = session.matcher.match(text)
    assert [(t.typed, t.lemma, t.similarity) for t in warm.query.terms] == [
        (t.typed, t.lemma, t.similarity) for t in cold.query.terms
    ]


def test_memos_belong_to_one_matcher(kb):
    """A reloaded knowledge base gets a new matcher, whose memo starts empty."""
    one, two = Matcher(kb), Matcher(kb)
    one.match("сколко соглашенй")
    assert len(one.analyser._repairs) > 0
    assert len(two.analyser._repairs) == 0


# ------------------------------------------------------------------ candidate pre-selection
@pytest.fixture(scope="session")
def vocabularies(session: Session) -> list[tuple[list[str], FuzzyVocabulary]]:
    lists = [list(session.matcher.index.surface), list(session.matcher.index.idf)]
    return [(words, FuzzyVocabulary(words)) for words in lists]


@settings(max_examples=300, deadline=None)
@given(
    data=st.data(),
    edits=st.lists(
        st.tuples(st.integers(0, 2), st.integers(0, 30), st.sampled_from(LATIN + CYRILLIC)),
        max_size=4,
    ),
    cutoff=st.sampled_from([74.0, 80.0, 90.0]),
)
def test_letter_pair_candidates_find_what_extract_one_finds(vocabularies, data, edits, cutoff):
    words, vocabulary = vocabularies[data.draw(st.integers(0, 1))]
    word = data.draw(st.sampled_from(words))
    for kind, position, letter in edits:
        position %= len(word) + 1
        if kind == 0:
            word = word[:position] + letter + word[position:]
        elif kind == 1:
            word = word[:position] + word[position + 1 :]
        else:
            word = word[:position] + letter + word[position + 1 :]
    expected = process.extractOne(word, words, scorer=fuzz.ratio, score_cutoff=cutoff)
    found = vocabulary.best(word, cutoff)
    assert found == (None if expected is None else (expected[0], expected[1]))


@settings(max_examples=200, deadline=None)
@given(word=st.text(alphabet=LATIN + CYRILLIC + "-", min_size=1, max_size=20))
def test_letter_pair_candidates_on_any_string(vocabularies, word):
    words, vocabulary = vocabularies[0]
    expected = process.extractOne(word, words, scorer=fuzz.ratio, score_cutoff=74.0)
    found = vocabulary.best(word, 74.0)
    assert found == (None if expected is None else (expected[0], expected[1]))
