"""Knowledge files that are wrong on purpose or by accident must fail fast with a named file
and line, never hang the bot's start, exhaust its memory, or slip a draft to users."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.knowledge import faithfulness, yamlnodes
from bot.knowledge.faithfulness import ArticleIndex
from bot.knowledge.loader import MAX_ARTICLE_BYTES, KnowledgeError, load_knowledge
from bot.knowledge.model import Article
from bot.settings import DEFAULT_KNOWLEDGE, Settings
from tests.test_cli import briefbot
from tests.test_knowledge import ARTICLE, FIXTURE, _broken


def _problems(path: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(path)
    return [str(problem) for problem in caught.value.problems]


def test_alias_bomb_is_refused_before_it_expands(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 9):
        previous = f"*a{level - 1}"
        lines.append(f"a{level}: &a{level} [{', '.join([previous] * 10)}]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = _problems(path)
    assert any("expands to more than" in p and str(path) in p for p in problems), problems


def test_deep_nesting_is_refused(tmp_path):
    depth = yamlnodes.MAX_DEPTH + 5
    text = "".join(f"{'  ' * level}k{level}:\n" for level in range(depth)) + "  " * depth + "x\n"
    path = tmp_path / "deep.yaml"
    path.write_text(text, encoding="utf-8")
    problems = _problems(path)
    assert any("nested deeper than" in p for p in problems), problems


def test_flow_nesting_beyond_the_stack_is_a_problem_not_a_crash(tmp_path):
    path = tmp_path / "flow.yaml"
    path.write_text("[" * 20_000 + "]" * 20_000, encoding="utf-8")
    problems = _problems(path)
    assert any(str(path) in p for p in problems), problems


@pytest.mark.parametrize("word", ["yes", "on", "y", "1"])
def test_draft_flag_only_accepts_true_or_false(tmp_path, word):
    path = _broken(
        tmp_path, "    aliases: [Зангезур]", f"    aliases: [Зангезур]\n    draft: {word}"
    )
    problems = _problems(path)
    assert any(f"'draft' must be true or false, not '{word}'" in p for p in problems), problems


def test_draft_flag_true_and_false_still_load(tmp_path):
    for word in ("true", "false", "True"):
        path = _broken(
            tmp_path, "    aliases: [Зангезур]", f"    aliases: [Зангезур]\n    draft: {word}"
        )
        topic = load_knowledge(path).briefings[0].topics[0]
        assert topic.draft is (word.lower() == "true")


def test_one_or_two_word_direct_quote_is_refused(tmp_path):
    # «Да, они уже…» opens a quote of Tusupbekov: a one-word piece of it proves nothing.
    path = _broken(
        tmp_path, "      - reported: Особое", "      - direct: Да\n      - reported: Особое"
    )
    problems = _problems(path)
    assert any("a direct quote needs at least" in p and "«Да»" in p for p in problems), problems


def test_source_that_is_not_a_regular_file_is_refused(tmp_path):
    path = _broken(tmp_path, "source: article.txt", "source: /dev/zero")
    assert any("not a regular file" in p for p in _problems(path))
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    path = _broken(tmp_path, "source: article.txt", "source: pipe.txt")
    assert any("not a regular file" in p for p in _problems(path))


def test_oversized_article_is_refused_without_reading_it(tmp_path):
    path = _broken(tmp_path, "mini", "mini")
    size = (tmp_path / "article.txt").stat().st_size
    load_knowledge(path, max_article_bytes=size)  # exactly at the limit: served
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(path, max_article_bytes=size - 1)
    problems = [str(problem) for problem in caught.value.problems]
    assert any(f"over the limit of {size - 1}" in p and "broken.yaml:" in p for p in problems)


def test_article_limit_is_a_setting_that_check_obeys(tmp_path):
    path = _broken(tmp_path, "mini", "mini")
    assert Settings().briefbot_max_article_bytes == MAX_ARTICLE_BYTES
    env = {"BRIEFBOT_MAX_ARTICLE_BYTES": "1000"}
    refused = briefbot("check", "--kb", str(path), env=env)
    assert refused.returncode == 1
    assert "over the limit of 1000 (BRIEFBOT_MAX_ARTICLE_BYTES)" in refused.stderr
    assert briefbot("check", "--kb", str(path)).returncode == 0


def test_two_briefings_with_one_id_are_refused(tmp_path):
    folder = tmp_path / "kb"
    folder.mkdir()
    shutil.copy(ARTICLE, folder / "article.txt")
    text = FIXTURE.read_text(encoding="utf-8")
    (folder / "a.yaml").write_text(text, encoding="utf-8")
    (folder / "b.yaml").write_text(
        text.replace("command: zangezur", "command: zangezur-two"), encoding="utf-8"
    )
    problems = _problems(folder)
    assert any("briefing id 'mini' is already used" in p and "b.yaml" in p for p in problems), (
        problems
    )


def test_libyaml_and_pure_python_parsers_read_the_same_knowledge(monkeypatch):
    """The fast C parser is used when PyYAML has it; a machine without it gets the same
    briefing, line numbers included."""
    fast = load_knowledge(DEFAULT_KNOWLEDGE)
    monkeypatch.setattr(yamlnodes, "LOADER", yamlnodes.yaml.SafeLoader)
    slow = load_knowledge(DEFAULT_KNOWLEDGE)
    assert fast.briefings == slow.briefings
    refs = [(e.id, e.ref) for b in fast.briefings for e in b.items]
    assert refs == [(e.id, e.ref) for b in slow.briefings for e in b.items]


# ---------------------------------------------------------------------- long articles
_WORDS = st.sampled_from(["коридор", "Баку", "15", "«Да»", "недостаточно", "достаточно", "—", "и"])


@given(
    st.lists(_WORDS, min_size=1, max_size=60),
    st.lists(_WORDS, min_size=1, max_size=4),
)
@settings(max_examples=300, deadline=None)
def test_a_long_article_locates_spans_exactly_as_a_short_one(words, span_words):
    """Past LONG_ARTICLE characters spans are found through an index of word starts; it must
    find exactly what a scan finds (whole words only, every occurrence, in order)."""
    text = " ".join(words)
    span = " ".join(span_words)
    article = Article(Path("a.txt"), text, (text,))
    scanned = list(ArticleIndex(article).occurrences(span))
    indexed = ArticleIndex(article)
    with patch.object(faithfulness, "LONG_ARTICLE", 0):
        assert list(indexed.occurrences(span)) == scanned
