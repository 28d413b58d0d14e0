"""The benchmark's baselines are real competitors: they find a curated phrasing, answer with
the bot's own text, and stay silent on gibberish once tuned; the report command runs."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from rapidfuzz.utils import default_process

from bench.accuracy import main
from bench.baselines import (
    Baseline,
    BM25Baseline,
    Phrasing,
    Renderer,
    WRatioBaseline,
    bm25_tokens,
    phrasings,
    tune,
)
from bot.evaluation import load_items, run
from bot.knowledge import KnowledgeBase, load_knowledge
from bot.settings import DEFAULT_KNOWLEDGE, PROJECT_ROOT

EVAL = PROJECT_ROOT / "tests" / "eval"
GIBBERISH = ("zxqv jkwp", "фывапролдж", "qwrtpsdf gklm")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge(DEFAULT_KNOWLEDGE)


@pytest.fixture(scope="module", params=[WRatioBaseline, BM25Baseline], ids=lambda c: c.name)
def baseline(request: pytest.FixtureRequest, kb: KnowledgeBase) -> Baseline:
    return request.param(kb)


def unambiguous(kb: KnowledgeBase) -> list[Phrasing]:
    """Phrasings that lead to exactly one entry (a few aliases are shared by two experts)."""
    keys: dict[str, set[str]] = {}
    for p in phrasings(kb):
        keys.setdefault(default_process(p.text), set()).add(p.key)
    return [p for p in phrasings(kb) if len(keys[default_process(p.text)]) == 1]


def test_phrasings_cover_every_entry_and_expert(kb: KnowledgeBase) -> None:
    briefing = kb.briefings[0]
    keys = Counter(p.key for p in phrasings(kb))
    assert {e.id for e in briefing.items} <= keys.keys()
    assert {f"expert:{x.id}" for x in briefing.experts} <= keys.keys()


def test_exact_kb_phrasing_gets_its_entry_with_the_bots_text(
    kb: KnowledgeBase, baseline: Baseline
) -> None:
    briefing = kb.briefings[0]
    answer = briefing.answers[0]
    question = answer.questions[1]
    answered, text, entry = baseline(question)
    assert (answered, entry) == (True, answer.id)
    assert text == Renderer(kb).text(briefing, answer.id, "ru")


def test_every_unambiguous_phrasing_finds_its_own_entry(
    kb: KnowledgeBase, baseline: Baseline
) -> None:
    wrong = [(p.text, p.key) for p in unambiguous(kb) if baseline(p.text)[2] != p.key]
    assert wrong == []


def test_english_question_gets_the_english_rendering(kb: KnowledgeBase) -> None:
    briefing = kb.briefings[0]
    answer = briefing.answers[0]
    question = next(q for q in answer.questions if q.isascii())
    answered, text, _ = WRatioBaseline(kb)(question)
    assert answered
    assert text == Renderer(kb).text(briefing, answer.id, "en")


def test_tuned_baselines_abstain_on_gibberish(kb: KnowledgeBase, baseline: Baseline) -> None:
    dev = [i for i in load_items(EVAL / "questions.yaml") if i.split == "dev"]
    tuned = tune(baseline.with_cutoff, dev)
    assert tuned.system.cutoff == tuned.cutoff
    assert tuned.report.accuracy > 0
    for gibberish in GIBBERISH:
        assert tuned.system(gibberish) == (False, "", None)


def test_tune_agrees_with_the_evaluation_run(kb: KnowledgeBase) -> None:
    items = load_items(EVAL / "sample_questions.yaml")
    base = WRatioBaseline(kb)
    grid = [0.0, 50.0, 80.0, 95.0, 101.0]
    tuned = tune(base.with_cutoff, items, grid=grid)
    accuracy = {c: run(base.with_cutoff(c), items).accuracy for c in grid}
    assert accuracy[tuned.cutoff] == max(accuracy.values())
    assert tuned.report.accuracy == accuracy[tuned.cutoff]


def test_bm25_tokens_fold_and_stem_both_scripts() -> None:
    assert bm25_tokens("Ёлки, ПАРОМЫ и ferries!") == bm25_tokens("елка паромов и ferry")


def test_report_command_prints_three_columns(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EVAL / "sample_questions.yaml")]) == 0
    out = capsys.readouterr().out
    for column in ("briefbot", "WRatio baseline (cut-off", "BM25 baseline (cut-off"):
        assert column in out
    assert "whole file" in out
    assert "briefbot error / best baseline error" in out


def test_report_command_fails_cleanly_on_a_missing_file(tmp_path: Path) -> None:
    assert main([str(tmp_path / "absent.yaml")]) == 1
