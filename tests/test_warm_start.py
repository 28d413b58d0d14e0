"""A warm ``briefbot ask`` does only what its answer needs (``bench.startup``: warm ≤ 4×
``python -c "import yaml"``): it imports no library and no layer the answer does not use,
compiles a module's regular expressions when they are first used, builds the parser of its
own command only, and keeps the collector off what it loads.
"""

from __future__ import annotations

import ast
import gc
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import _COMMANDS, _parser
from bot.curation.startup import kept_for_good
from bot.patterns import LazyPattern, lazy
from bot.settings import PROJECT_ROOT

QUESTION = "сколько соглашений подписали"
# Libraries and layers another command needs, never a plain answer from the start-up cache:
# the knowledge's YAML (read only to rebuild the cache), Telegram and its HTTP, the stores,
# the extraction, and rapidfuzz (a question with no slip to mend).
NOT_FOR_A_WARM_ANSWER = (
    "yaml",
    "telegram",
    "httpx",
    "aiohttp",
    "sqlite3",
    "rapidfuzz",
    "bot.storage",
    "bot.extraction",
    "bot.transport",
    "bot.evaluation",
)
_MODULES_AFTER_ASK = f"""
import json, sys
from bot.cli import main
main(["ask", {QUESTION!r}])
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def _ask_in_a_process(cache: Path) -> tuple[str, list[str]]:
    """The printed answer, and every module imported by the end of the run."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    environment["BRIEFBOT_CACHE_DIR"] = str(cache)
    result = subprocess.run(
        [sys.executable, "-c", _MODULES_AFTER_ASK],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        env=environment,
        timeout=120,
        check=True,
    )
    return result.stdout, json.loads(result.stderr.strip().splitlines()[-1])


def test_a_warm_ask_imports_only_what_answering_needs(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cold_answer, _ = _ask_in_a_process(cache)  # writes the start-up cache
    warm_answer, modules = _ask_in_a_process(cache)
    assert warm_answer == cold_answer
    assert "15 важных соглашений" in warm_answer
    loaded = [
        name
        for name in modules
        for unwanted in NOT_FOR_A_WARM_ANSWER
        if name == unwanted or name.startswith(unwanted + ".")
    ]
    assert loaded == []


# ---------------------------------------------------------------------------- patterns

ASK_LAYERS = ("language", "knowledge", "matching", "answering", "rendering")


def _compiled_at_import(tree: ast.Module) -> list[int]:
    """Lines of ``re.compile`` calls that run when the module is imported (outside any
    function or lambda)."""
    found: list[int] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            return
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "compile"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
        ):
            found.append(node.lineno)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def test_no_module_of_the_ask_layers_compiles_a_pattern_at_import() -> None:
    paths = [PROJECT_ROOT / "bot" / "settings.py"] + [
        path
        for layer in ASK_LAYERS
        for path in sorted((PROJECT_ROOT / "bot" / layer).rglob("*.py"))
    ]
    compiled = [
        f"{path.relative_to(PROJECT_ROOT)}:{line}"
        for path in paths
        for line in _compiled_at_import(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert compiled == [], "use bot.patterns.lazy for a module-level pattern"


def test_the_check_sees_a_pattern_compiled_at_import() -> None:
    tree = ast.parse(
        "import re\nA = re.compile('a')\nB = (re.compile(x) for x in 'ab')\n"
        "def f():\n    return re.compile('c')\n"
    )
    assert _compiled_at_import(tree) == [2, 3]


CASES = [
    (r"(\d)\s*[-–]\s*(\d)", 0, "от 5 – 7 до 10-12 дней"),
    (r"\bпо (?:словам|мнению)\b", re.IGNORECASE, "По словам Гусейнова, по мнению экспертов"),
    (r"(?P<stem>[А-ЯЁ][а-яё]+?(?:ов|ев))(?P<ending>а|у)?", 0, "Гусейнова и Алиеву, Гаджиев"),
    (r",\s*", 0, "энергетике, транспорте,цифровизации"),
]


@pytest.mark.parametrize(("source", "flags", "text"), CASES)
def test_a_lazy_pattern_matches_as_the_compiled_one(source: str, flags: int, text: str) -> None:
    pattern, compiled = lazy(source, flags), re.compile(source, flags)
    assert "search" not in vars(pattern)  # nothing compiled yet
    assert pattern.pattern == source
    for method in ("search", "match", "fullmatch"):
        for at in (0, 3):
            found = getattr(pattern, method)(text, at)
            expected = getattr(compiled, method)(text, at)
            assert (found and found.span()) == (expected and expected.span())
    assert [m.groups() for m in pattern.finditer(text)] == [
        m.groups() for m in compiled.finditer(text)
    ]
    assert pattern.findall(text) == compiled.findall(text)
    assert pattern.sub("_", text) == compiled.sub("_", text)
    assert pattern.subn("_", text, count=1) == compiled.subn("_", text, count=1)
    assert pattern.split(text) == compiled.split(text)
    assert pattern.groups == compiled.groups
    assert pattern.groupindex == compiled.groupindex


def test_a_lazy_pattern_compiles_once(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    plain = re.compile

    def counted(source: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(source)
        return plain(source, flags)

    monkeypatch.setattr(re, "compile", counted)
    pattern = LazyPattern(r"\d+")
    assert compiled == []
    assert pattern.findall("1 22 333") == ["1", "22", "333"]
    assert pattern.search("x 4").group() == "4"  # type: ignore[union-attr]
    assert pattern.sub("#", "a1b22") == "a#b#"
    assert compiled == [r"\d+"]


# ---------------------------------------------------------------------------- the parser


def _commands(parser: object) -> set[str]:
    (subcommands,) = [
        action
        for action in parser._actions  # type: ignore[attr-defined]
        if action.dest == "command"
    ]
    return set(subcommands.choices)


def test_only_the_command_given_gets_its_parser() -> None:
    assert _commands(_parser("ask")) == {"ask"}
    assert _commands(_parser("log")) == {"log"}
    assert _commands(_parser(None)) == set(_COMMANDS)
    assert _commands(_parser("--help")) == set(_COMMANDS)
    assert _commands(_parser("asc")) == set(_COMMANDS)  # a typo lists every command


@pytest.mark.parametrize(
    "arguments",
    [
        ["ask", "--json", "--lang", "en", "how", "many"],
        ["ask", "--conversation", "--allow-drafts", "--kb", "knowledge"],
        ["eval", "--split", "dev", "--quiet", "a.yaml", "b.yaml"],
        ["log", "stats", "--days", "3"],
        ["extract", "article.txt", "-o", "out.yaml", "--force"],
    ],
)
def test_one_command_parses_as_all_of_them(arguments: list[str]) -> None:
    assert vars(_parser(arguments[0]).parse_args(arguments)) == vars(
        _parser(None).parse_args(arguments)
    )


# ---------------------------------------------------------------------------- the collector


def test_what_is_kept_for_good_is_made_without_the_collector_then_frozen() -> None:
    assert gc.isenabled()
    try:
        with kept_for_good():
            assert not gc.isenabled()
            kept = [[] for _ in range(10)]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(kept)
    finally:
        gc.unfreeze()
