"""A module-level name bound twice is a silent bug: every function reads the last binding, so
the one written for the first (a word list, a pattern, a helper) quietly gets another's value.
Two engineers adding "_GIVING" to one large module at different ends is how it happens; ruff
flags a function defined twice but not a constant. Extending a name from itself
(``REASON_NOUNS = REASON_NOUNS | …``) is deliberate and allowed."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT

MODULES = sorted((PROJECT_ROOT / "bot").rglob("*.py"))


def _bound(node: ast.stmt) -> list[str]:
    """The names a top-level statement binds afresh (not from their own old value)."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, ast.Assign):
        targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
    elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        targets = [node.target.id]
    else:
        return []
    value = node.value
    read = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value else set()
    return [name for name in targets if name not in read]


def twice_bound(source: str) -> list[str]:
    counts = Counter(name for node in ast.parse(source).body for name in _bound(node))
    return sorted(name for name, count in counts.items() if count > 1 and name != "__all__")


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PROJECT_ROOT)))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    assert twice_bound(path.read_text(encoding="utf-8")) == []


def test_the_check_sees_a_constant_rebound_and_allows_an_extension() -> None:
    assert twice_bound('_WORDS = {"a"}\n\ndef f():\n    return _WORDS\n\n_WORDS = {"b"}\n') == [
        "_WORDS"
    ]
    assert twice_bound("def g():\n    pass\n\ndef g():\n    pass\n") == ["g"]
    assert twice_bound('NOUNS = {"a"}\nNOUNS = NOUNS | {"b"}\n') == []
