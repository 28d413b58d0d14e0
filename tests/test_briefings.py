"""Many briefings in one bot, below the transport: generated briefings load and are told
apart, the default briefing is chosen as documented, and the terminal chat and
``briefbot ask`` offer the same choices as Telegram's buttons, in text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.briefings import SEED_ID, Generated, generate, with_seed
from bot import cli
from bot.answering.briefings import default_briefing
from bot.answering.reply import ReplyKind
from bot.answering.session import Session
from bot.knowledge import KnowledgeBase, load_knowledge
from bot.knowledge.entries import briefing_ref
from bot.matching.matcher import Matcher
from bot.matching.query import Query
from bot.rendering.plain import render_plain
from bot.settings import Settings
from bot.transport.console import Chat


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Generated]]:
    """The seed and ten briefings generated from it."""
    out = tmp_path_factory.mktemp("many")
    made = generate(out, 10)
    with_seed(out)
    return out, made


@pytest.fixture(scope="module")
def kb(folder: tuple[Path, list[Generated]]) -> KnowledgeBase:
    return load_knowledge(folder[0])  # strict: every generated briefing is proven faithful


@pytest.fixture(scope="module")
def session(kb: KnowledgeBase) -> Session:
    return Session.create(kb, Settings(briefbot_default_briefing=SEED_ID))


def test_ten_generated_briefings_load_with_their_own_names(kb: KnowledgeBase):
    assert len(kb.briefings) == 11
    assert len({b.title for b in kb.briefings}) == 11
    surnames = [e.surname for b in kb.briefings for e in b.experts]
    assert len(surnames) == len(set(surnames))  # nobody shared between briefings
    commands = {t.command for b in kb.briefings for t in b.topics}
    assert "corridor" in commands  # the same command in every briefing: allowed


def test_a_question_naming_a_generated_expert_is_answered_from_that_briefing(
    session: Session, folder: tuple[Path, list[Generated]]
):
    for generated in folder[1]:
        briefing = session.kb.briefing(generated.id)
        assert briefing is not None
        surname = generated.surnames["Гусейнов"]
        reply = session.ask(f"что сказал {surname} про энергетику")
        assert reply.kind is ReplyKind.ANSWER, (generated.id, render_plain(reply))
        assert reply.briefing_id == generated.id
        assert render_plain(reply).startswith(f"📰 {briefing.title}\n\n")
        english = session.ask(f"what did {generated.surnames_en['Huseynov']} say about energy")
        assert english.briefing_id == generated.id
        assert render_plain(english).startswith(f"📰 {briefing.title_en}")


def test_the_current_briefing_wins_ties_and_others_are_offered(session: Session):
    # No choice made: the default briefing (the seed) answers what every briefing has.
    reply = session.ask("сколько соглашений подписали?", chat="a")
    assert reply.briefing_id == SEED_ID and reply.entry == "agreements-count"
    # A chat that chose a generated briefing gets its answer.
    listing = session.ask("/briefings", chat="a")
    button = next(b for row in listing.buttons for b in row if b.key.startswith("gen004"))
    chosen = session.press(button.action, button.briefing, button.key, chat="a", lang="ru")
    assert chosen is not None and chosen.menu == button.key
    assert session.current("a") == button.key
    again = session.ask("сколько соглашений подписали?", chat="a")
    assert again.briefing_id == button.key
    # Its topic commands are now that briefing's.
    topic = session.ask("/corridor", chat="a")
    assert topic.briefing_id == button.key and topic.topic == "corridor"


def test_a_topic_only_other_briefings_have_is_offered_from_them(session: Session):
    seed = session.kb.briefing(SEED_ID)
    other = session.kb.briefings[1]  # gen000 (after the seed): its corridor's own command
    assert seed is not None and other.id.startswith("gen000")
    mine = {t.command for t in seed.topics}
    topic = next(t for t in other.topics if t.command not in mine)
    offer = session.ask(f"/{topic.command}", chat="b")
    assert "нет темы" in render_plain(offer)
    buttons = [b for row in offer.buttons for b in row]
    assert [(b.briefing, b.key) for b in buttons] == [(briefing_ref(other.id), f"t:{topic.id}")]
    chosen = session.press(
        buttons[0].action, briefing_ref(other.id), buttons[0].key, chat="b", lang="ru"
    )
    assert chosen is not None and chosen.topic == topic.id and chosen.menu == other.id
    assert session.current("b") == other.id


def test_default_briefing_setting_newest_and_last(kb: KnowledgeBase):
    assert default_briefing(kb, kb.briefings[4].id) == kb.briefings[4].id
    assert default_briefing(kb, SEED_ID) == SEED_ID
    assert default_briefing(kb, "no-such") == kb.briefings[-1].id  # undated: the last loaded
    from dataclasses import replace

    dated = (replace(kb.briefings[2], published="2026-11-30"), *kb.briefings[3:])
    assert default_briefing(KnowledgeBase(dated)) == kb.briefings[2].id


def test_the_terminal_chat_chooses_a_briefing_by_number(session: Session):
    chat = Chat(Session(session.matcher, default_briefing=SEED_ID))
    shown = chat.show(chat.reply_to("/briefings"))
    assert "Брифинги (11)" in shown and "✅ Государственный визит Ильхама Алиева" in shown
    chosen = chat.show(chat.reply_to("1"))  # the newest first: the last loaded
    assert chosen.startswith("Брифинг: ")
    title = chosen.removeprefix("Брифинг: ").split(" (")[0]
    answer = chat.show(chat.reply_to("сколько соглашений подписали"))
    assert answer.startswith(f"📰 {title}")


def test_briefbot_ask_labels_the_answer_and_offers_a_choice(
    folder: tuple[Path, list[Generated]], capsys: pytest.CaptureFixture[str]
):
    path = str(folder[0])
    assert cli.main(["ask", "--kb", path, "/briefings"]) == 0
    assert "Брифинги (11)" in capsys.readouterr().out
    surname = folder[1][3].surnames["Ишмухамедов"]
    assert cli.main(["ask", "--kb", path, f"что сказал {surname} о среднем коридоре"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("📰 Государственный визит") and surname in out


def test_briefbot_ask_prints_the_choice_and_follows_the_default_briefing(
    folder: tuple[Path, list[Generated]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
):
    """``briefbot ask`` answers a question every briefing answers alike from the default
    briefing the setting names (it ignored the setting), and prints the choices of a reply
    that is a choice (``/briefings``, "from which briefing?"): Telegram shows them as
    buttons, and without them the reply says nothing."""
    path = str(folder[0])
    monkeypatch.setenv("BRIEFBOT_STARTUP_CACHE", "false")
    chosen = folder[1][7]
    monkeypatch.setenv("BRIEFBOT_DEFAULT_BRIEFING", chosen.id)
    assert cli.main(["ask", "--kb", path, "сколько соглашений подписали?"]) == 0
    out = capsys.readouterr().out
    title = load_knowledge(folder[0]).briefing(chosen.id).title
    assert out.startswith(f"📰 {title}\n"), out[:200]
    assert cli.main(["ask", "--kb", path, "/briefings"]) == 0
    listed = [line for line in capsys.readouterr().out.splitlines() if line.startswith("• ")]
    assert len(listed) == 11 and f"• ✅ {title}" in listed


def test_a_reload_leaves_out_the_broken_briefing_and_serves_the_others(tmp_path: Path):
    """Hot reload follows the start-up rule: one broken briefing among others is reported
    (``file:line``, as the curator knows the file) and left out; the rest is served."""
    from bot.curation.knowledge import KnowledgeSource, ReloadFailed
    from tests.support.knowledge_edits import broken

    knowledge = tmp_path / "knowledge"
    made = generate(knowledge, 2)
    with_seed(knowledge)
    source = KnowledgeSource(knowledge)
    assert len(source.load().kb.briefings) == 3
    made[0].yaml.write_text(broken(made[0].yaml.read_text(encoding="utf-8")), encoding="utf-8")
    loaded = source.load()
    assert [b.id for b in loaded.kb.briefings] == [SEED_ID, made[1].id]
    assert loaded.left_out and all(
        line.startswith(f"knowledge/{made[0].yaml.name}:") for line in loaded.left_out
    )
    assert "16 важных соглашений" in " ".join(loaded.left_out)
    # Every briefing broken: nothing to serve, the last good knowledge stays (ReloadFailed).
    for other in (made[1].yaml, knowledge / "aliyev-kazakhstan.yaml"):
        other.write_text(broken(other.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(ReloadFailed):
        source.load()


def _every_entry_scored(
    matcher: Matcher, query: Query, current: str
) -> tuple[str, float, float | None]:
    """The briefing ``focus`` must choose, found the slow way: every entry of every
    briefing scored in full."""
    scoring = matcher._contenders(query)
    assert scoring is not None
    contenders, ctx = scoring
    items = [(matcher._full(query, c, ctx)[1], c.number) for c in contenders]
    top = max(item for item, _ in items)
    owns = [
        item[0]
        for item, number in items
        if matcher.index.entries[number].entry.briefing.id == current
    ]
    own = max(owns) if owns else None
    return matcher._focus(top, own, current), top[0], own


@pytest.mark.parametrize("which", [0, 3])
def test_choosing_the_briefing_by_bounds_is_exactly_scoring_every_entry(
    session: Session, folder: tuple[Path, list[Generated]], which: int
):
    """Finding the briefing a question is about reads whole briefings only when their bound
    can change the choice (``Matcher._tops``): on every question of the project's sets, in
    the seed's chat and in a generated briefing's, it chooses what scoring everything would."""
    from dataclasses import replace

    from bot.evaluation import load_items
    from bot.settings import PROJECT_ROOT

    current = SEED_ID if which == 0 else folder[1][which].id
    matcher = session.matcher
    questions = [
        item.question
        for path in sorted((PROJECT_ROOT / "tests/eval").glob("*.yaml"))
        for item in load_items(path)
    ]
    for generated in folder[1][:4]:  # questions about the other briefings, and mixed ones
        for russian, name in generated.surnames.items():
            questions += [f"что сказал {name} про энергетику", f"{name} и {russian} о коридоре"]
        for name in generated.surnames_en.values():
            questions.append(f"what did {name} say about the ferries")
    compared = 0
    for question in questions:
        query = replace(matcher.analyse(question), briefing=None)
        tops = matcher._tops(query, current)
        if tops is None:
            scoring = matcher._contenders(query)
            assert scoring is None or not scoring[0], question
            continue
        chosen = matcher._focus(*tops, current)
        expected, top, own = _every_entry_scored(matcher, query, current)
        assert chosen == expected, question
        assert tops[1] == own, question  # the chat's own best is always exact
        if chosen != current:
            assert tops[0][0] == top, question  # the winner's score, when it wins, too
        compared += 1
    assert compared > 1000


@given(
    own=st.floats(min_value=-30, max_value=130, allow_nan=False),
    best=st.floats(min_value=-30, max_value=130, allow_nan=False),
)
@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_the_score_that_takes_a_question_from_the_chat_is_where_focus_turns(
    session: Session, folder: tuple[Path, list[Generated]], own: float, best: float
):
    """``_takes_from`` is the converse of ``_focus``: an entry of another briefing below it
    leaves the question in the chat's briefing, one above it takes it."""
    matcher = session.matcher
    other = folder[1][0].id
    number = next(
        n for n, indexed in enumerate(matcher.index.entries) if indexed.entry.briefing.id == other
    )
    top = (max(best, own), 0, number)  # the other briefing's entry holds the top
    cutoff = matcher._takes_from(own)
    if best < cutoff:
        assert matcher._focus(top, own, SEED_ID) == SEED_ID
    elif best > cutoff and best > own:
        assert matcher._focus(top, own, SEED_ID) == other


def test_a_button_keeps_its_briefing_when_a_reload_adds_others(
    folder: tuple[Path, list[Generated]], tmp_path: Path
):
    """Buttons stay in chats for months. One pressed after a reload that added briefings
    (sorted before it, so every load-order position moved) still answers from the briefing
    it was made in — the generated briefings share entry keys, so a button found by
    position would quote another event's expert under the label the reader pressed."""
    import shutil

    before = Session.create(load_knowledge(folder[0]), Settings(briefbot_default_briefing=SEED_ID))
    target = folder[1][5]
    surname = target.surnames["Гусейнов"]
    reply = before.ask(f"что сказал {surname} про энергетику", chat="c")
    assert reply.briefing_id == target.id
    button = next(b for row in reply.buttons for b in row if b.action.value in "ec")
    grown = tmp_path / "grown"
    shutil.copytree(folder[0], grown)
    for made in generate(tmp_path / "more", 2, start=900):  # files that sort first
        shutil.copy(made.yaml, grown / f"0-{made.yaml.name}")
        shutil.copy(made.article, grown / made.article.name)
    after_kb = load_knowledge(grown)
    after = Session.create(after_kb, Settings(briefbot_default_briefing=SEED_ID))
    moved = [b.id for b in after_kb.briefings].index(target.id)
    assert moved != [b.id for b in before.kb.briefings].index(target.id)  # positions moved
    pressed = after.press(button.action, button.briefing, button.key, chat="c", lang="ru")
    assert pressed is not None and pressed.briefing_id == target.id
    # A button of a briefing the reload removed is out of date, never another's.
    gone = briefing_ref("no-such-briefing")
    assert after.press(button.action, gone, button.key, chat="c", lang="ru") is None


def test_a_briefing_s_bound_is_never_below_an_entry_s_ceiling(
    session: Session, folder: tuple[Path, list[Generated]]
):
    """``Matcher._bounds`` is what lets whole briefings go unread: for every question of the
    project's sets and every briefing, it is at least the ceiling of each of its entries
    (which is at least the entry's score) — so no briefing is skipped that could win."""
    from dataclasses import replace

    from bot.evaluation import load_items
    from bot.settings import PROJECT_ROOT

    matcher = session.matcher
    checked = 0
    for path in sorted((PROJECT_ROOT / "tests/eval").glob("*.yaml")):
        for item in load_items(path):
            query = replace(matcher.analyse(item.question), briefing=None)
            bounds = matcher._bounds(query)
            for briefing, bound in bounds.items():
                scoring = matcher._contenders(query, only=briefing)
                assert scoring is not None
                ceiling = max(c.ceiling for c in scoring[0])
                assert bound >= ceiling, (item.question, briefing, bound, ceiling)
                checked += 1
    assert checked > 10_000
