"""Work a question need not do again: what depends only on a span, a topic, a word or a
reading is worked out once, and what cannot matter is not worked out at all.

That replies stay the same is checked by asking every evaluation question before and after;
these tests pin the savings themselves, on the real knowledge base.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import rapidfuzz.process

import bot.answering.session as session_module
import bot.knowledge.faithfulness as faithfulness
import bot.language.answer_types as answer_types
import bot.language.asides as asides
import bot.language.checks as checks
import bot.language.fillers as fillers
import bot.language.frame_words as frame_words
import bot.language.morphology as morphology
import bot.language.office_holders as office_holders
import bot.language.parties as parties
import bot.language.periphrasis as periphrasis
import bot.language.predicates as predicates
import bot.language.text as text
import bot.language.transport as transport
import bot.language.trips as trips
import bot.matching.matcher as matcher_module
import bot.matching.query as query_module
import bot.matching.roles as roles
from bot.answering.session import Session
from bot.knowledge import load_knowledge
from bot.knowledge.faithfulness import ArticleIndex
from bot.knowledge.model import QuoteKind
from bot.language.answer_types import lasting_cues
from bot.language.lexicon import ENGLISH_PHRASES, plain_english
from bot.language.office_holders import named_holders
from bot.language.parties import country_of_adjective
from bot.matching.query import Term
from bot.settings import DEFAULT_KNOWLEDGE


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """Replace ``module.name`` by a wrapper counting its calls (one element per call)."""
    calls: list[int] = []
    real: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_reported_span_is_found_in_the_article_once(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    briefing = session.kb.briefings[0]
    span = next(
        quote.text
        for answer in briefing.answers
        for quote in answer.quotes
        if quote.kind is not QuoteKind.DIRECT
    )
    index = ArticleIndex(briefing.article)
    cuts = _counting(monkeypatch, faithfulness, "sentence_spans")
    first = index.sentence_around(span)
    assert first is not None and span.strip()[:20] in first
    assert index.sentence_around(span) == first
    assert len(cuts) == 1  # the paragraph was cut into sentences for the first reply only


def test_a_topics_words_are_read_once(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    # The agreements passage has two topics: the one asked about is chosen by their words.
    question = "что Гусейнов сказал о Транскаспийском маршруте"
    assert session.ask(question).topic == "corridor"
    reads = _counting(monkeypatch, session_module, "content_lemmas")
    assert session.ask(question).topic == "corridor"
    assert not reads


def test_kinds_are_read_only_for_a_verb_of_lasting(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _counting(monkeypatch, answer_types, "asked_types")
    assert lasting_cues(("когда", "прилетел", "алиев")) == frozenset()
    assert not asked  # no verb of lasting: what the question asks cannot matter
    assert lasting_cues(("how", "long", "did", "the", "visit", "last")) == frozenset({5})
    assert lasting_cues(("what", "happened", "last", "year")) == frozenset()
    assert lasting_cues(("кто", "занял", "пост")) == frozenset()  # "занял" asks no duration


def test_a_frame_word_is_mended_once(monkeypatch: pytest.MonkeyPatch) -> None:
    frame_words.mend.cache_clear()
    searches = _counting(monkeypatch, rapidfuzz.process, "extract")
    assert frame_words.mend("циата") == "цитата"
    assert frame_words.mend("циата") == "цитата"
    assert len(searches) == 1


def _plain_by_definition(words: list[str]) -> list[str]:
    """``plain_english`` trying every phrase at every word, as it was written first."""
    result: list[str] = []
    at = 0
    while at < len(words):
        for phrase, plain in ENGLISH_PHRASES.items():
            end = at + len(phrase)
            if tuple(words[at:end]) == phrase and not (
                phrase[-1] == "to" and words[end : end + 1] and words[end] in {"know", "see"}
            ):
                result.extend(plain)
                at = end
                break
        else:
            result.append(words[at])
            at += 1
    return result


@pytest.mark.parametrize(
    "question",
    [
        "when did he get to astana",
        "did they get to know each other",
        "what was on the table and in which part of the world",
        "what is the trade volume if the projects go ahead",
        "where did the plane land in kazakhstan",
        "what corner of the globe",
    ],
)
def test_english_phrases_by_first_word_read_as_all_phrases(question: str) -> None:
    words = question.split()
    assert plain_english(words) == _plain_by_definition(words)


def test_a_words_future_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    answer_types.speaks_of_future.cache_clear()
    parses = _counting(monkeypatch, answer_types, "parse")
    assert answer_types.speaks_of_future("построят")
    assert answer_types.speaks_of_future("построят")  # each reading of a question asks again
    assert not answer_types.speaks_of_future("объем")
    assert len(parses) == 2


def test_a_words_lemma_for_the_rules_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    answer_types._lemma.cache_clear()
    lemmas = _counting(monkeypatch, answer_types, "russian_lemma")
    assert answer_types._lemma("товарооборота") == "товарооборот"
    assert answer_types._lemma("товарооборота") == "товарооборот"
    assert len(lemmas) == 1


def test_only_english_words_are_read_as_a_country_before_an_office(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    holders = {("azerbaijan", "president"): "aliyev"}
    countries = _counting(monkeypatch, office_holders, "_country")
    words = ["что", "сказал", "the", "azerbaijani", "president", "о", "визите"]
    assert named_holders(words, holders) == ["что", "сказал", "the", "aliyev", "о", "визите"]
    assert len(countries) == 2  # "the" and "azerbaijani": no Russian word is looked up


def _fillers_by_definition(words: list[str]) -> frozenset[int]:
    """``filler_positions`` trying every filler and hedge at every word, as it was written
    first (the tables in their order)."""
    found: set[int] = set()
    at = 0
    while at < len(words):
        size = 0
        for filler in fillers._FILLERS:
            end = at + len(filler)
            after = words[end] if end < len(words) else ""
            if tuple(words[at:end]) != filler:
                continue
            if after and filler[-1] in fillers._ADJECTIVAL and fillers._prepositional(after):
                continue
            if after and filler[-1] in fillers._GOVERNING and fillers._genitive_noun(after):
                continue
            size = len(filler)
            break
        for hedge in fillers._HEDGES if not size else ():
            end = at + len(hedge)
            after = words[end] if end < len(words) else ""
            if tuple(words[at:end]) == hedge and after and fillers._adjective(after):
                size = len(hedge) + 1
                break
        size = size or fillers._need_at(words, at) or fillers._purpose_at(words, at)
        found.update(range(at, at + size))
        at += size or 1
    return frozenset(found)


@pytest.mark.parametrize(
    "question",
    [
        "что в общем и целом сказал гусейнов в общем",
        "что сказано в целом регионе в итоге визита",
        "в итоге что подписали по сути дела",
        "почему отношения почти магической чуть ли не священной",
        "what did he say in general by the way in a list for our review",
        "i need the date of the visit basically",
        "что он сказал в самом конце",
    ],
)
def test_fillers_by_first_word_read_as_all_fillers(question: str) -> None:
    words = question.split()
    assert fillers.filler_positions(words) == _fillers_by_definition(words)


def test_a_words_cue_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    answer_types._as_cue.cache_clear()
    checks = _counting(monkeypatch, answer_types, "is_known_russian")
    assert answer_types._as_cue("товарооборот") == "товарооборот"
    assert answer_types._as_cue("товарооборот") == "товарооборот"
    assert len(checks) == 1


def test_trades_are_looked_up_only_at_a_word_ending_one(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    trades = _counting(monkeypatch, roles, "profession_of")
    session.matcher.analyse("сколько соглашений подписали стороны в Астане")
    assert not trades  # no word of it can end a trade's name
    assert session.matcher.analyse("что сказал казахский политолог о коридоре").named
    assert trades


def test_a_text_is_folded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text.fold.cache_clear()
    cleaned = _counting(monkeypatch, text, "clean")
    asked = "Сколько соглашений подписали — 15 или 20?"
    assert text.fold(asked) == "сколько соглашений подписали - 15 или 20?"
    assert text.fold(asked) == text.fold(asked)  # each reading's tokens, its parts, its topic
    assert len(cleaned) == 1


def test_a_words_country_is_worked_out_once() -> None:
    country_of_adjective.cache_clear()
    assert country_of_adjective("turkish") == "turkey"
    assert country_of_adjective("turkish") == "turkey"  # parties, offices, roles: each asks
    assert country_of_adjective.cache_info().hits == 1


@pytest.mark.parametrize(
    "words",
    [
        "а правда ли что паром построят к осени",
        "это правда интересно про паромы",
        "паромы строят в актау или я путаю",
        "the ferries are built in aktau is that right",
        "правда",
        "",
        "is it true that tourism grew",
        "так ли много подписали, да",
    ],
)
def test_check_frames_by_their_edge_word_read_as_all_frames(words: str) -> None:
    folded = words.split()

    def by_definition(words: list[str]) -> list[str]:
        """``unframed`` trying every frame of both tables, as it was written first."""
        for frame in checks._OPENING:
            if tuple(words[: len(frame)]) == frame:
                rest = words[len(frame) :]
                if not checks.asks_by_itself(frame) and rest[:1] and rest[0] not in checks._THAT:
                    continue
                if rest[:1] and rest[0] in checks._THAT:
                    rest = rest[1:]
                return rest if len(rest) >= checks._MIN_LEFT else words
        for frame in checks._CLOSING:
            if len(words) > len(frame) and tuple(words[-len(frame) :]) == frame:
                rest = words[: -len(frame)]
                if len(rest) >= checks._MIN_LEFT:
                    return checks._without_inner_check(rest)
        return checks._without_inner_check(words)

    assert checks.unframed(folded) == by_definition(folded)


def test_a_word_is_folded_once_whatever_texts_come_between(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text.fold_word.cache_clear()
    cleaned = _counting(monkeypatch, text, "clean")
    assert text.fold_word("Ёмкость") == text.fold("Ёмкость") == "емкость"
    text.fold.cache_clear()  # every text of a question since: the word is still remembered
    assert text.fold_word("Ёмкость") == "емкость"
    assert len(cleaned) == 2  # the word once, the text once


def test_an_entrys_route_is_read_once(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    question = "за сколько дней доходит контейнер из Китая в Азербайджан по железной дороге"
    reads = _counting(monkeypatch, matcher_module, "route_roles")
    first = session.matcher.match(question)
    spans = len(reads)
    assert first.best is not None
    assert session.matcher.match(question).best == first.best
    assert len(reads) - spans < spans  # the question's route again, no passage's


def test_an_entrys_english_clauses_are_read_once(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "how many agreements covering tourism did the two leaders sign"
    reads = _counting(monkeypatch, matcher_module, "stated_clauses")
    first = session.matcher.match(question)
    assert reads
    before = len(reads)
    assert session.matcher.match(question).best == first.best
    assert len(reads) == before


def test_an_experts_own_names_are_read_once(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "как по имени-отчеству того Алиева, что приезжал в Астану"
    reads = _counting(monkeypatch, matcher_module, "_own_names")
    first = session.matcher.match(question)
    assert reads
    before = len(reads)
    assert session.matcher.match(question).best == first.best
    assert len(reads) == before


def test_two_figures_are_looked_for_only_among_figures(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _counting(monkeypatch, matcher_module, "asks_both_figures")
    assert session.matcher.match("кто пригласил азербайджанского лидера в Казахстан").answered
    assert not asked  # no two figures among the best: the question's words need no reading


def test_a_words_parenthetical_reading_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asides._parenthetical.cache_clear()
    parses = _counting(monkeypatch, asides, "parse")
    assert asides._parenthetical("впрочем")
    assert asides._parenthetical("впрочем")  # each part of each reading of a message asks
    assert not asides._parenthetical("паром")
    assert len(parses) == 2


def test_a_words_noun_for_periphrasis_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    periphrasis._noun.cache_clear()
    parses = _counting(monkeypatch, periphrasis, "parse")
    assert periphrasis._noun("столице") is not None
    assert periphrasis._noun("столице") is not None  # the question's words, then the scene's
    assert len(parses) == 1


def test_a_words_means_of_transport_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    transport.means_of.cache_clear()
    stems = _counting(monkeypatch, transport, "_means_ru")
    assert transport.means_of("фурами") == transport.means_of("фурами") == "road"
    assert len(stems) == 1  # a passage's words are read for every question asking a means


@pytest.mark.parametrize(
    "words",
    [
        ["как", "быстро", "одной", "строкой"],
        ["in", "one", "line", "please"],
        ["просто", "в", "двух", "словах"],
        ["сколько", "стоит", "паром"],
        ["без", "подробностей"],
        [],
    ],
)
def test_shapes_found_by_their_words_as_by_definition(words: list[str]) -> None:
    core = tuple(w for w in words if w not in asides._ATTITUDE or w in {"в", "in", "a"})
    assert asides._is_shape(words) == (core in asides._SHAPES or tuple(words) in asides._SHAPES)


@pytest.mark.parametrize(
    "question",
    [
        "what is driving the growth",
        "what prompted the visit",
        "how come they met",
        "what are the ferries for",
        "what was the trade turnover",
    ],
)
def test_english_reason_cues_read_as_by_definition(question: str) -> None:
    words = question.split()
    found = set(answer_types._english_reason_cues(words))
    by_definition = {
        at
        for at, word in enumerate(words)
        if (
            word in answer_types._DRIVING
            and words[max(0, at - 2) : at] in (["what", "is"], ["what", "was"])
        )
        or (word in answer_types._PROMPTS and words[at - 1 : at] == ["what"])
        or (word == "come" and words[at - 1 : at] == ["how"])
    }
    assert by_definition <= found
    assert found - by_definition <= {len(words) - 1}


def test_a_words_country_for_a_view_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    parties._as_name.cache_clear()
    parses = _counting(monkeypatch, parties, "parse")
    assert parties._as_name("анкары") == parties._as_name("анкары") == "турции"
    assert len(parses) == 1  # the view's holder, then the motive's: each reads every word


def test_a_surname_shape_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    query_module.looks_like_person.cache_clear()
    spelt = _counting(monkeypatch, query_module, "transliterate")
    assert query_module.looks_like_person("tokayev")
    assert query_module.looks_like_person("tokayev")  # each term, each rule that asks
    assert len(spelt) == 1


def test_a_check_is_looked_for_only_where_something_named_could_be_held(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks_read = _counting(monkeypatch, matcher_module, "asks_yes_or_no")
    assert session.matcher.match("что обсуждали лидеры на переговорах").answered
    assert not checks_read  # no name or number asked to be held: no check to read


def test_an_entrys_trip_places_are_read_once(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "а когда Токаев сам ездил в Баку"
    reads = _counting(monkeypatch, matcher_module, "trip_places")
    first = session.matcher.match(question)
    assert reads
    before = len(reads)
    assert session.matcher.match(question).best == first.best
    assert len(reads) == before  # the question's destination again, no passage's places


def test_a_word_that_opens_no_periphrasis_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    periphrasis._opening_noun.cache_clear()
    nouns = _counting(monkeypatch, periphrasis, "_noun")
    assert periphrasis._opening_noun("паромов") is None  # a noun, but no periphrasis's
    assert periphrasis._opening_noun("паромов") is None  # the words, then the scene's
    assert periphrasis._opening_noun("столицу") is not None
    assert len(nouns) == 2


def test_a_words_verb_of_travel_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    trips._travels.cache_clear()
    found = _counting(monkeypatch, trips, "is_cyrillic")
    assert trips._travels("ездил")
    assert trips._travels("ездил")  # the question's words, for every passage weighed
    assert len(found) == 1


def test_a_surname_shaped_name_is_not_spelt_out_for_the_dictionary(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spelt = _counting(monkeypatch, matcher_module, "transliterate")
    term = Term("ismukhamedov", "ismukhamedov", 1.0, 1.0, entity=True)
    assert matcher_module._names_person(term)
    assert not spelt  # surname-shaped as it stands: the dictionary need not be asked


def test_a_text_is_tokenised_once_and_each_caller_gets_its_own_list(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text._tokens.cache_clear()
    folded = _counting(monkeypatch, text, "fold")
    asked = "Сколько соглашений подписали — 15 или 20?"
    first = text.tokens(asked)
    assert first == ["сколько", "соглашений", "подписали", "15", "или", "20"]
    first.append("паромов")  # a rule extending its own copy
    assert text.tokens(asked) == ["сколько", "соглашений", "подписали", "15", "или", "20"]
    assert len(folded) == 1  # a dozen rules read each reading: tokenised once


def test_a_words_alphabet_is_looked_at_once() -> None:
    text.is_cyrillic.cache_clear()
    text.is_latin.cache_clear()
    assert text.is_cyrillic("паром") and not text.is_latin("паром")
    assert text.is_cyrillic("паром") and not text.is_latin("паром")  # each rule, each word
    assert text.is_cyrillic.cache_info().hits == 1
    assert text.is_latin.cache_info().hits == 1
    assert text.is_cyrillic("Гусeйнов") and text.is_latin("Гусeйнов")  # a Latin "e" typed


@pytest.mark.parametrize(
    ("word", "other", "mistyped"),
    [("гажиев", True, False), ("межжу", True, True), ("щаашсшф", False, False)],
)
def test_a_slip_is_judged_once_per_word(
    session: Session, monkeypatch: pytest.MonkeyPatch, word: str, other: bool, mistyped: bool
) -> None:
    analyser = session.matcher.analyser
    analyser.clear_caches()
    looks = _counting(monkeypatch, analyser, "_familiar")
    assert analyser._other_slip(word) is other
    assert analyser._mistyped_familiar(word) is mistyped
    assert looks  # hundreds of variants looked up
    before = len(looks)
    assert analyser._other_slip(word) is other  # the next reading, the next question
    assert analyser._mistyped_familiar(word) is mistyped
    assert len(looks) == before
    analyser.clear_caches()  # a benchmark of cold cost forgets them
    assert analyser._other_slip(word) is other
    assert len(looks) > before


def test_familiar_words_are_the_briefings_stop_and_frame_words(session: Session) -> None:
    analyser = session.matcher.analyser
    for word in ("между", "когда", "кто-то", "what", "соглашений", "паромов"):
        by_definition = (
            word in analyser.index.surface
            or query_module.is_stop(word)
            or query_module.is_frame_word(word)
        )
        assert analyser._familiar(word) is by_definition, word
    assert analyser._familiar("кто-нибудь") and not analyser._familiar("паром-то")
    assert not analyser._familiar("межжу")


def test_an_entrys_general_lead_is_read_once(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    matcher = session.matcher
    general = next(
        indexed.entry
        for indexed in matcher.index.entries
        if "overall significance"
        in (getattr(getattr(indexed.entry, "item", None), "lead_en", "") or "")
    )
    lead = matcher._lead_in_general(general)
    assert lead is not None and "значение" in lead
    read = _counting(monkeypatch, matcher_module, "tokens")
    assert matcher._lead_in_general(general) == lead  # the best and its runners-up, each question
    assert not read


# Questions whose words the remembered slips, alphabets, tokens and leads are asked of: typos
# a letter off, a keyboard-layout message, English, a general lead's subject.
_REMEMBERED = (
    "гажиев что сказал о коридоре",
    "сколко соглашений подписали межжу странами",
    "Гусейнов о значении визита",
    "what did Huseynov say about the overall significance of the visit",
    "црфе фпкууьуте",
    "ишмухамедо впро товарооборот",
)


def test_what_is_remembered_changes_no_reply_whatever_came_before() -> None:
    kb = load_knowledge(DEFAULT_KNOWLEDGE)
    fresh = [Session.create(kb).ask(question) for question in _REMEMBERED]
    shared = Session.create(kb)
    for _ in range(2):  # A, B, …, then A, B, … again: each remembered from the other questions
        for question, alone in zip(_REMEMBERED, fresh, strict=True):
            assert shared.ask(question) == alone, question
    for question, alone in zip(reversed(_REMEMBERED), reversed(fresh), strict=True):
        assert shared.ask(question) == alone, question


@pytest.mark.parametrize(
    "question",
    [
        "что думает один из экспертов о коридоре",
        "по словам экспертов сколько стоит паром",
        "по мнению одного из политологов",
        "according to the experts what will trade reach",
        "according to one of the analysts",
        "по итогам визита",
    ],
)
def test_expert_sources_found_by_their_first_word_as_by_definition(question: str) -> None:
    words = question.split()

    def by_definition(at: int) -> int:
        """``_one_of_experts_at`` trying every frame at every word, as it was written first."""
        for frame in fillers._SOURCE_FRAMES:
            end = at + len(frame)
            if tuple(words[at:end]) != frame:
                continue
            if frame and end < len(words):
                plural = end + (words[end] == "the" and end + 1 < len(words))
                if words[plural] in fillers._EXPERTS_AT_LARGE:
                    return plural + 1 - at
            one, among = end, end + 1
            noun = among + 1 + (among + 1 < len(words) and words[among + 1] == "the")
            if (
                noun < len(words)
                and words[one] in fillers._ONE
                and words[among] in fillers._AMONG
                and words[noun].startswith(fillers._EXPERT_STEMS)
            ):
                return noun + 1 - at
        return 0

    found = [fillers._one_of_experts_at(words, at) for at in range(len(words))]
    assert found == [by_definition(at) for at in range(len(words))]


def test_a_verb_said_to_the_bot_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    predicates._addressed.cache_clear()
    parses = _counting(monkeypatch, predicates, "parse")
    assert predicates._addressed("перечислите") and predicates._addressed("перечислите")
    assert not predicates._addressed("подписали")
    assert len(parses) == 2  # each reading of each question with the verb asks


@pytest.mark.parametrize(
    ("words", "plain"),
    [
        (["was", "it", "a", "state", "visit", "or", "a", "working", "1"], 8),
        (["how", "many", "agreements", "were", "signed"], 5),
        (["where", "was", "the", "ceremony", "held"], 4),
        (["who", "held", "talks", "in", "astana"], 5),
    ],
)
def test_english_read_plainly_without_one_or_held_alike(words: list[str], plain: int) -> None:
    read = plain_english(list(words))
    assert len(read) == plain
    assert read is not words  # a list of its own, whether or not a word went


def test_a_words_russian_lemma_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    morphology.russian_lemma.cache_clear()
    parses = _counting(monkeypatch, morphology, "parse")
    assert morphology.russian_lemma("отношения") == "отношение"
    assert morphology.russian_lemma("отношения") == "отношение"  # each rule, each reading
    assert len(parses) == 1


def test_an_english_words_stem_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    morphology.english_stem.cache_clear()
    stemmers = _counting(monkeypatch, morphology, "_english")
    assert morphology.english_stem("modernised") == morphology.english_stem("modernized")
    assert morphology.english_stem("modernised") == "modern"  # each rule, each reading
    assert len(stemmers) == 2
