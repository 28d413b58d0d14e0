"""Regular expressions compiled when first used, not when their module is imported.

``re.compile`` runs Python code (the parser and compiler of ``re``). The ~90 module-level
patterns of the modules ``briefbot ask`` imports cost ~100 M instructions to compile — 13% of a
warm start (callgrind) — while one question uses a handful of them: the rest waited for
questions of other shapes, articles to prove, settings to check. ``lazy`` keeps a pattern's
source and flags and compiles it on the first call of any of its methods; the compiled
pattern's bound methods are then kept on the instance, so every later call costs what a
call on the compiled pattern costs (no wrapper in between).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

# The methods of ``re.Pattern`` that match: the first use of any of them compiles.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A ``re.Pattern[str]`` in all but its type, compiled on first use (see the module)."""

    pattern: str
    flags: int
    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., str]
    subn: Callable[..., tuple[str, int]]
    split: Callable[..., list[str | Any]]

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        self.pattern = pattern
        self.flags = int(flags)

    def __getattr__(self, name: str) -> Any:
        """Called only for what the instance does not hold yet: the first use of a method
        compiles the pattern and keeps its methods here; other attributes (``groups``,
        ``groupindex``) are read from the compiled pattern (``re`` caches it)."""
        if name.startswith("__") or name in ("pattern", "flags"):
            raise AttributeError(name)  # copy and pickle probe an instance not yet set up
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self.flags})"


def lazy(pattern: str, flags: int | re.RegexFlag = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, compiled when first used."""
    return LazyPattern(pattern, flags)
