"""Problems found in a knowledge base, each pinned to a file and line.

Curators fix YAML by hand, so every complaint must say where to look. The loader and the
faithfulness checker collect all problems first and raise once, so one run shows everything
and nothing is half-loaded.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from bot.records import record


@record
class Problem:
    """One thing wrong in a knowledge file, where it is: printed as ``file:line: message``."""

    file: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class KnowledgeError(Exception):
    """The knowledge base cannot be served; ``problems`` says exactly why."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(
            sorted(problems, key=lambda p: (str(p.file), p.line, p.message))
        )
        super().__init__("\n".join(str(p) for p in self.problems))
