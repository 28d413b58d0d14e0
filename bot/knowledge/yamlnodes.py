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


@dataclass
class Reader:
    """Reads one YAML file's nodes, collecting problems with their line numbers."""

    file: Path
    problems: list[Problem] = field(default_factory=list)

    def problem(self, node_or_line: yaml.Node | int, message: str) -> None:
        line = node_or_line if isinstance(node_or_line, int) else line_of(node_or_line)
        self.problems.append(Problem(self.file, line, message))

    def compose(self, text: str) -> yaml.Node | None:
        try:
            return yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark is not None else 1
            what = " ".join(str(part) for part in (exc.context, exc.problem) if part)
            self.problem(line, f"YAML syntax error: {what or exc}")
        except yaml.YAMLError as exc:
            self.problem(1, f"YAML error: {exc}")
        return None

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
        """A yes/no field; absent means no. Only true/false are accepted, not "yes" or 1."""
        node = fields.get(key)
        if node is None or is_null(node):
            return False
        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:bool":
            return str(node.value).lower() == "true"
        self.problem(node, f"{what}: '{key}' must be true or false")
        return False

    def unknown_keys(self, fields: dict[str, yaml.Node], allowed: set[str], what: str) -> None:
        for key in sorted(set(fields) - allowed):
            self.problem(fields[key], f"{what}: unknown field '{key}'")


def line_of(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"
