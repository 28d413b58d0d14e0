"""Every dataclass (``dataclass`` or ``record``) of the layers ``briefbot ask`` imports says
what it is for.

Besides the reader's sake, a dataclass without a docstring gets one made at import time from
``inspect.signature`` (~80 µs each): 19 of them cost ~1.5 ms of every ``briefbot ask``.
"""

from __future__ import annotations

import ast

from bot.settings import PROJECT_ROOT

ASK_LAYERS = ("language", "knowledge", "matching", "answering", "rendering")


def _is_dataclass(node: ast.ClassDef) -> bool:
    for decorator in node.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(target, ast.Name) and target.id in ("dataclass", "record"):
            return True
    return False


def test_every_dataclass_has_a_docstring() -> None:
    missing = [
        f"{path.relative_to(PROJECT_ROOT)}:{node.lineno} {node.name}"
        for layer in ASK_LAYERS
        for path in sorted((PROJECT_ROOT / "bot" / layer).rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef) and _is_dataclass(node) and not ast.get_docstring(node)
    ]
    assert not missing, missing
