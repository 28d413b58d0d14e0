"""Reading YAML while keeping line numbers.

``yaml.safe_load`` forgets where a value came from; curators need ``file:line`` in every
message. So we compose the node graph and read typed fields from nodes, recording problems
instead of raising on the first one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.knowledge.problems import Problem

# libyaml's composer is four times faster than the pure-Python one (a large draft: 1.3 s vs
# 4.8 s) and refuses nesting deeper than 1000 levels itself; same nodes, same marks.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_DEPTH = 40  # levels of nesting a knowledge file may have
MAX_NODES = 200_000  # values a file may expand to by repeating aliases


@dataclass
class Reader:
    """Reads one YAML file's nodes, collecting problems with their line numbers."""

    file: Path
    problems: list[Problem] = field(default_factory=list)

    def problem(self, node_or_line: yaml.Node | int, message: str) -> None:
        line = node_or_line if isinstance(node_or_line, int) else line_of(node_or_line)
        self.problems.append(Problem(self.file, line, message))

    def compose(self, text: str) -> yaml.Node | None:
        if LOADER is not yaml.SafeLoader:
            try:
                node = yaml.compose(text, Loader=LOADER)
            except yaml.YAMLError:
                pass  # broken: the pure-Python parser below names the line where it starts
            else:  # (libyaml reports an unclosed "[" at the end of the file instead)
                return node if node is None or self._within_limits(node) else None
        return self._compose_slowly(text)

    def _compose_slowly(self, text: str) -> yaml.Node | None:
        try:
            node = yaml.compose(text, Loader=yaml.SafeLoader)
        except RecursionError:
            self.problem(1, f"YAML nested deeper than {MAX_DEPTH} levels")
            return None
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark is not None else 1
            what = " ".join(str(part) for part in (exc.context, exc.problem) if part)
            self.problem(line, f"YAML syntax error: {what or exc}")
            return None
        except yaml.YAMLError as exc:
            self.problem(1, f"YAML error: {exc}")
            return None
        return node if node is None or self._within_limits(node) else None

    def _within_limits(self, root: yaml.Node) -> bool:
        """A knowledge file is a few thousand nodes, a few levels deep. Aliases can make a tiny
        file expand into millions of nodes ("billion laughs"), and deep nesting exhausts the
        stack: refuse both before reading a single field, naming where it happens. A big file
        without repetition (a draft of a long article) is only big, and passes."""
        visited = 0
        distinct: set[int] = set()
        stack: list[tuple[yaml.Node, int]] = [(root, 1)]
        while stack:
            node, depth = stack.pop()
            visited += 1
            distinct.add(id(node))
            if depth > MAX_DEPTH:
                self.problem(node, f"YAML nested deeper than {MAX_DEPTH} levels")
                return False
            if visited > MAX_NODES and visited > 2 * len(distinct):
                self.problem(
                    node,
                    f"YAML expands to more than {MAX_NODES} values by repeating aliases",
                )
                return False
            if isinstance(node, yaml.SequenceNode):
                stack.extend((child, depth + 1) for child in node.value)
            elif isinstance(node, yaml.MappingNode):
                for key, value in node.value:
                    stack.append((key, depth + 1))
                    stack.append((value, depth + 1))
        return True

    def mapping(self, node: yaml.Node, what: str) -> dict[str, yaml.Node] | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} must be a mapping")
            return None
        result: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                self.problem(key_node, f"{what}: keys must be plain names")
                continue
            if key in result:
                self.problem(key_node, f"{what}: duplicate key '{key}'")
                continue
            result[key] = value_node
        return result

    def sequence(self, node: yaml.Node | None, what: str) -> list[yaml.Node]:
        if node is None or is_null(node):
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{what} must be a list")
            return []
        return list(node.value)

    def text(
        self,
        fields: dict[str, yaml.Node],
        key: str,
        owner: yaml.Node,
        what: str,
        *,
        required: bool = True,
    ) -> str | None:
        node = fields.get(key)
        if node is None or is_null(node):
            if required:
                self.problem(owner, f"{what}: missing field '{key}'")
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, f"{what}: '{key}' must be text")
            return None
        value = str(node.value).strip()
        if not value:
            if required:
                self.problem(node, f"{what}: '{key}' is empty")
            return None
        return value

    def texts(self, fields: dict[str, yaml.Node], key: str, what: str) -> tuple[str, ...]:
        values: list[str] = []
        for item in self.sequence(fields.get(key), f"{what}: '{key}'"):
            if not isinstance(item, yaml.ScalarNode) or is_null(item):
                self.problem(item, f"{what}: every item of '{key}' must be text")
                continue
            value = str(item.value).strip()
            if value:
                values.append(value)
        return tuple(values)

    def flag(self, fields: dict[str, yaml.Node], key: str, what: str) -> bool:
        """A yes/no field; absent means no. Only true/false are accepted: YAML 1.1 also reads
        "yes", "on" and "y" as booleans, and a `draft: yes` served as reviewed would be a
        draft reaching users."""
        node = fields.get(key)
        if node is None or is_null(node):
            return False
        if isinstance(node, yaml.ScalarNode) and str(node.value).lower() in ("true", "false"):
            return str(node.value).lower() == "true"
        self.problem(node, f"{what}: '{key}' must be true or false, not '{node.value}'")
        return False

    def unknown_keys(self, fields: dict[str, yaml.Node], allowed: set[str], what: str) -> None:
        for key in sorted(set(fields) - allowed):
            self.problem(fields[key], f"{what}: unknown field '{key}'")


def line_of(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"
