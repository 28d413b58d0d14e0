"""The code reads the way data flows: language → knowledge → matching → answering → rendering →
transport, with imports pointing only down and no cycle between files.

Imports inside functions count too: hiding a cycle in a function does not remove it.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from bot.settings import PROJECT_ROOT

BOT = PROJECT_ROOT / "bot"

# Lower rank first; a package may import only packages of a lower rank (or itself).
RANKS = {
    # ``record``, the frozen dataclass every layer's domain objects are made with.
    "records": -1,
    # ``lazy``, the regular expression compiled on first use every layer's modules define.
    "patterns": -1,
    "settings": 0,
    "language": 0,
    "knowledge": 1,
    "matching": 2,
    "extraction": 2,
    "answering": 3,
    "rendering": 4,
    # Shared state (context, update journal): stores answering's Context, serves the transport.
    "storage": 4,
    # The curator's loop (query log, votes, reports, exports, reloading): over storage and
    # answering, used by the transport and the CLI.
    "curation": 5,
    "transport": 6,
    "evaluation": 7,
    "transcript": 8,
    "cli": 8,
}
FREE_OF_TELEGRAM = (
    "language",
    "knowledge",
    "matching",
    "extraction",
    "answering",
    "rendering",
    "storage",
    "curation",
)


def module_name(path: Path) -> str:
    parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every module of ``bot`` and every top-level library this file imports, anywhere in it."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            if node.module == "bot" or node.module.startswith("bot."):
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def graph() -> dict[str, set[str]]:
    modules = {module_name(path): path for path in BOT.rglob("*.py")}
    edges: dict[str, set[str]] = defaultdict(set)
    for name, path in modules.items():
        for imported in imports_of(path):
            if imported in modules and imported != name:
                edges[name].add(imported)
    return {name: edges[name] for name in modules}


def package(module: str) -> str:
    return module.split(".")[1] if module.count(".") else module


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_between_modules():
    assert cycles(graph()) == []


def test_imports_point_only_down_the_layers():
    wrong = []
    for module, targets in graph().items():
        source = package(module)
        if source == "bot":
            continue
        for target in targets:
            destination = package(target)
            if destination in ("bot", source):
                continue
            if RANKS[destination] >= RANKS[source]:
                wrong.append(f"{module} → {target}")
    assert wrong == []


def test_every_package_has_a_rank():
    packages = {package(m) for m in graph()} - {"bot"}
    assert packages <= RANKS.keys()


def test_only_the_transport_knows_telegram():
    leaking = [
        f"{module_name(path)} imports {name}"
        for layer in FREE_OF_TELEGRAM
        for path in (BOT / layer).rglob("*.py")
        for name in imports_of(path)
        if name == "telegram" or name.startswith("telegram.")
    ]
    assert leaking == []


def test_the_checks_see_a_planted_cycle(tmp_path: Path):
    """The checks would catch what they look for: a cycle hidden in a function body."""
    edges = {"bot.a.x": {"bot.b.y"}, "bot.b.y": {"bot.a.x"}, "bot.c.z": set()}
    assert cycles(edges) == [["bot.a.x", "bot.b.y"]]
    hidden = tmp_path / "hidden.py"
    hidden.write_text("def f():\n    from bot.rendering.plain import render_plain\n")
    assert "bot.rendering.plain" in imports_of(hidden)
