"""Draft marks: counted by `check`, refused by `check --strict`, hidden from users by default."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.knowledge import KnowledgeError, load_knowledge
from bot.knowledge.drafts import count_drafts, without_drafts
from tests.test_cli import briefbot

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = Path(__file__).parent.parent / "seeds" / "aliyev-state-visit-kazakhstan.ru.txt"


def _briefing(tmp_path: Path, *marks: tuple[str, str]) -> Path:
    """The mini fixture with ``draft: true`` added after the given lines."""
    text = (FIXTURES / "mini-briefing.yaml").read_text(encoding="utf-8")
    for anchor, mark in marks:
        assert anchor in text
        text = text.replace(anchor, anchor + mark, 1)
    path = tmp_path / "mini.yaml"
    path.write_text(text, encoding="utf-8")
    shutil.copy(ARTICLE, tmp_path / "article.txt")
    return path


EXPERT = ("  - id: tusupbekov\n", "    draft: true\n")
FIGURE = ("  - id: agreements-count\n", "    draft: true\n")
HEADER = ("  id: mini\n", "  draft: true\n")


def test_drafts_are_counted_and_hidden_with_what_depends_on_them(tmp_path):
    kb = load_knowledge(_briefing(tmp_path, EXPERT, FIGURE))
    (briefing,) = kb.briefings
    count = count_drafts(briefing)
    assert (count.briefing, count.experts, count.topics, count.entries) == (False, 1, 0, 1)
    shown = without_drafts(kb).briefings[0]
    assert [e.id for e in shown.experts] == ["huseynov"]
    # The answer itself is not marked, but its speaker's attribution is unreviewed.
    assert shown.answers == ()
    assert shown.figures == ()
    assert [t.id for t in shown.topics] == ["zangezur"]


def test_a_draft_briefing_is_hidden_whole(tmp_path):
    kb = load_knowledge(_briefing(tmp_path, HEADER))
    assert count_drafts(kb.briefings[0]).total == 1
    assert without_drafts(kb).briefings == ()


def test_a_draft_mark_must_be_true_or_false(tmp_path):
    path = _briefing(tmp_path, ("  - id: agreements-count\n", "    draft: yes please\n"))
    with pytest.raises(KnowledgeError) as error:
        load_knowledge(path)
    (problem,) = error.value.problems
    assert problem.line == 37 and "'draft' must be true or false" in problem.message


def test_check_reports_drafts_and_strict_fails(tmp_path):
    path = _briefing(tmp_path, EXPERT, FIGURE)
    result = briefbot("check", "--kb", str(path))
    assert result.returncode == 0, result.stderr
    assert "drafts to review: 2 (experts 1, topics 0, entries 1)" in result.stdout
    assert "2 draft item(s) remain" in result.stdout
    strict = briefbot("check", "--strict", "--kb", str(path))
    assert strict.returncode == 1
    assert "drafts remain" in strict.stderr
    clean = briefbot("check", "--strict", "--kb", str(FIXTURES / "second-briefing"))
    assert clean.returncode == 0, clean.stderr


def test_ask_serves_drafts_only_when_allowed(tmp_path):
    path = _briefing(tmp_path, FIGURE)
    question = "сколько соглашений подписали"
    hidden = briefbot("ask", "--kb", str(path), question)
    assert hidden.returncode == 0, hidden.stderr
    assert "15 важных соглашений" not in hidden.stdout
    assert "1 draft item(s) hidden" in hidden.stderr
    for allowed in (
        briefbot("ask", "--kb", str(path), "--allow-drafts", question),
        briefbot("ask", "--kb", str(path), question, env={"BRIEFBOT_ALLOW_DRAFTS": "1"}),
    ):
        assert allowed.returncode == 0, allowed.stderr
        assert "15 важных соглашений" in allowed.stdout
        assert "hidden" not in allowed.stderr


def test_run_refuses_a_knowledge_base_of_drafts_only(tmp_path):
    path = _briefing(tmp_path, HEADER)
    result = briefbot("run", "--kb", str(path), stdin="привет\n")
    assert result.returncode == 1
    assert "whole briefing(s): mini" in result.stderr
    assert "no reviewed briefing to serve" in result.stderr
