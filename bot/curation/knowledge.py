"""The knowledge folder a replica serves from: its content hash, and a load that is proven
before anything may serve it.

Edits are noticed by polling the content hash of the files the loader reads (every YAML
file under the folder and the articles they cite): a few hundred kilobytes hashed every
couple of seconds costs nothing measurable, needs no file-watching dependency, and works on
every file system, network mounts and bind-mounted volumes included. The same hash names
the version each replica serves, so ``/reload`` can show whether replicas agree.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable
from pathlib import Path

from bot.knowledge import KnowledgeBase, KnowledgeError, Problem
from bot.knowledge.drafts import servable
from bot.knowledge.model import MAX_ARTICLE_BYTES
from bot.records import record

YAML_SUFFIXES = (".yaml", ".yml")
# An edit landing while the loader reads is caught by hashing before and after; a folder
# being rewritten continuously gives up after this many tries (the next poll tries again).
LOAD_ATTEMPTS = 3


class ReloadFailed(Exception):
    """The knowledge under the folder cannot be served; ``problems`` says why, one line each
    (``file:line: what is wrong``, as ``briefbot check`` prints them)."""

    def __init__(self, problems: list[str], digest: str) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems
        self.digest = digest  # of the broken files: the same breakage is reported once


@record
class Loaded:
    """A knowledge base loaded, proven faithful and cut to what may be served."""

    kb: KnowledgeBase
    digest: str
    articles: tuple[Path, ...]
    seconds: float
    # Briefings left out for their problems (``file:line: …``): the others serve.
    left_out: tuple[str, ...] = ()


def _yaml_files(path: Path) -> list[Path]:
    """The YAML files the loader reads (hidden files and folders are not briefings)."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        return []
    found = []
    for root, folders, files in os.walk(path):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.endswith(YAML_SUFFIXES):
                found.append(Path(root) / name)
    return found


def articles_of(kb: KnowledgeBase) -> tuple[Path, ...]:
    return tuple(sorted({briefing.article.path for briefing in kb.briefings}))


class KnowledgeSource:
    """One knowledge folder (or file), as ``--kb``/``BRIEFBOT_KNOWLEDGE`` names it."""

    def __init__(
        self,
        path: Path,
        *,
        allow_drafts: bool = False,
        max_article_bytes: int = MAX_ARTICLE_BYTES,
    ) -> None:
        self.path = Path(path)
        self.allow_drafts = allow_drafts
        self.max_article_bytes = max_article_bytes

    def digest(self, articles: Iterable[Path] = ()) -> str:
        """SHA-256 over every YAML file and these articles: name (relative to the folder, so
        replicas with the same files agree wherever the folder is) and bytes. A file that
        vanishes while being read counts as empty: the next poll sees the change."""
        base = self.path if self.path.is_dir() else self.path.parent
        files = sorted(
            {os.path.relpath(p, base): p for p in (*_yaml_files(self.path), *articles)}.items()
        )
        digest = hashlib.sha256()
        for name, file in files:
            try:
                content = file.read_bytes()
            except OSError:
                content = b""
            digest.update(f"{name}\0{len(content)}\0".encode())
            digest.update(content)
        return digest.hexdigest()

    def _where(self, problem: Problem) -> str:
        """``knowledge/x.yaml:12: …``: the file as the curator knows it (from the folder's
        parent), not the server's absolute path."""
        base = (self.path if self.path.is_dir() else self.path.parent).parent
        try:
            file = Path(problem.file).resolve().relative_to(base.resolve())
        except ValueError:
            file = Path(problem.file)
        return f"{file}:{problem.line}: {problem.message}"

    def load(self, previous: Iterable[Path] = ()) -> Loaded:
        """Load and prove the folder; raise ``ReloadFailed`` with every problem when nothing
        can serve. A broken briefing among sound ones is left out (``Loaded.left_out``).

        ``previous``: the articles of the knowledge served now, hashed before and after
        loading, so an article edited while the loader read it is not missed.
        """
        from bot.knowledge import load_knowledge

        previous = tuple(previous)
        for _ in range(LOAD_ATTEMPTS):
            started = time.perf_counter()
            before = self.digest(previous)
            try:
                kb = load_knowledge(
                    self.path,
                    leave_out_broken=True,
                    max_article_bytes=self.max_article_bytes,
                )
            except KnowledgeError as error:
                if self.digest(previous) != before:
                    continue  # edited while loading: look again
                raise ReloadFailed([self._where(p) for p in error.problems], before) from None
            if self.digest(previous) != before:
                continue
            shown = servable(kb, self.allow_drafts)
            articles = articles_of(kb)
            digest = self.digest(articles)
            if not shown.briefings:
                raise ReloadFailed(
                    [f"{self.path}: no reviewed briefing to serve (every one is a draft)"],
                    digest,
                )
            left_out = tuple(self._where(p) for p in kb.left_out)
            seconds = time.perf_counter() - started
            return Loaded(shown, digest, articles, seconds, left_out)
        raise ReloadFailed([f"{self.path}: kept changing while it was loaded"], before)
