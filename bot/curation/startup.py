"""The start-up cache: the proven knowledge and its built matcher, kept between starts.

Loading, proving every quote against its article and building the index took ~0.45 s of
each ``briefbot ask`` — on every run, for knowledge that had not changed. Here that work is
kept in one file per knowledge path, and served again only when nothing it depends on has
changed: the bytes of every knowledge file and article it was built from, the ``bot/``
sources (the package version does not change between commits), the morphology dictionary,
the Python version and the settings that change what is served. Anything else, or any doubt,
and the knowledge is loaded and proven from the files as if there were no cache.

A pickle can run code when loaded, so a cache file from anywhere else must never be
unpickled: each file is signed with HMAC-SHA256 under a per-installation key (a 0600 file in
the cache folder), the signature is checked before anything is read, and the folder is used
only when no other user can write to it. ``briefbot check`` and hot reload never use it:
they exist to prove the files as they are.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import hmac
import json
import logging
import os
import pickle
import stat
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from bot.curation.knowledge import KnowledgeSource, articles_of
from bot.knowledge import KnowledgeBase, Problem
from bot.knowledge.drafts import count_drafts, servable
from bot.records import record

if TYPE_CHECKING:
    from bot.matching.matcher import Matcher
    from bot.settings import Settings

log = logging.getLogger(__name__)

MAGIC = b"BRIEFBOT-STARTUP-1\n"
SIGNATURE_BYTES = 32  # HMAC-SHA256
HEADER_LENGTH_BYTES = 4
KEY_FILE = "cache.key"
KEY_BYTES = 32
# One file per knowledge path: a folder of test runs' temporary paths would grow without end,
# so only the most recently written files are kept.
KEEP_FILES = 16
BOT_PACKAGE = Path(__file__).resolve().parent.parent


@record
class Prepared:
    """What a start needs before the first answer: the knowledge users may see (drafts hidden
    unless allowed), its matcher, and what was hidden, for the hint on stderr."""

    kb: KnowledgeBase
    # The session's matcher, not the session: a session holds locks (its chats' contexts),
    # which do not pickle. ``Session(matcher)`` answers as ``Session.create`` (tested).
    matcher: Matcher
    hidden_drafts: int
    draft_briefings: tuple[str, ...]
    # Broken briefings left out of the served ones (file:line problems), said at every start;
    # a start with any is never cached, so the next start says it again.
    left_out: tuple[Problem, ...] = ()


def prepare(path: Path, settings: Settings, allow_drafts: bool) -> tuple[Prepared, KnowledgeBase]:
    """Load and prove ``path``, hide drafts, build the matcher the session would build.

    Raises ``KnowledgeError`` with every problem. Returns the loaded knowledge too: its
    articles are part of the cache key."""
    from bot.answering.session import Session
    from bot.knowledge import load_knowledge

    with _collection_paused():
        kb = load_knowledge(
            path, leave_out_broken=True, max_article_bytes=settings.briefbot_max_article_bytes
        )
        shown = servable(kb, allow_drafts)
        hidden = 0 if allow_drafts else sum(count_drafts(b).total for b in kb.briefings)
        drafts = tuple(b.id for b in kb.briefings if b.draft)
        matcher = Session.create(shown, settings).matcher
    return Prepared(shown, matcher, hidden, drafts, kb.left_out), kb


@contextlib.contextmanager
def _collection_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while the knowledge is loaded and indexed: that
    allocates hundreds of thousands of objects and keeps ~20,000 containers for as long as
    the process runs, and the collections the allocations triggered walked them again and
    again (~1% of the instructions of a start without the start-up cache, callgrind).
    Reference counting still frees what is dropped; a collector that was off stays off."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def kept_for_good() -> Iterator[None]:
    """For what is made inside and kept until the process ends (``briefbot ask``'s modules and
    cached matcher): the collector is paused while it is made, then everything made so far is
    moved out of its reach (``gc.freeze``). Importing the modules that define the matcher and
    unpickling it leave ~25,000 containers, and the collections their allocations triggered
    kept walking them: ~5% of a warm start's instructions (callgrind); paused alone, the walk
    only moved to the first collection after. Not for a process that replaces what it loaded
    (``briefbot run``'s hot reload): a frozen object is never collected, so a replaced
    matcher's cycles would stay."""
    with _collection_paused():
        yield
    gc.freeze()


def _sources(package: Path) -> list[tuple[str, str]]:
    """(name relative to ``package``, path) of every ``*.py`` under it, in the order of
    ``sorted(package.rglob("*.py"))`` (by path parts; symlinked folders not entered). With
    ``os.scandir``: ``Path.rglob`` took 1.2 of the 4 ms the digest cost at each start."""
    found: list[tuple[str, str]] = []
    folders = [("", str(package))]
    while folders:
        prefix, folder = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.endswith(".py"):
                    found.append((prefix + entry.name, entry.path))
                if entry.is_dir(follow_symlinks=False):
                    folders.append((f"{prefix}{entry.name}/", entry.path))
    found.sort(key=lambda source: source[0].split("/"))
    return found


def code_digest(package: Path = BOT_PACKAGE) -> str:
    """SHA-256 over every ``*.py`` under ``bot/``, by relative name and bytes: the cached
    objects are instances of these classes, built by this code."""
    digest = hashlib.sha256()
    for name, path in _sources(package):
        with open(path, "rb") as file:
            content = file.read()
        digest.update(f"{name}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()


# A file changed within this many seconds may yet change again with the same times (a
# clock tick of the file system is coarse): its stats vouch for nothing.
SETTLED_SECONDS = 2.0


def code_fingerprint(package: Path = BOT_PACKAGE) -> str | None:
    """What ``os.stat`` says of every source file — name, size, inode, modification and change
    times in ns — as one SHA-256, or None while any file is younger than
    ``SETTLED_SECONDS``. Reading and hashing the sources (``code_digest``) took ~3 ms of each
    start; their stats take ~0.5 ms. A cache file keeps the fingerprint taken before its
    digest, and a start whose fingerprint is the same trusts that digest (``_same_code``).

    Safe because the change time (``st_ctime_ns``) cannot be set back: every write, rename
    or ``touch`` moves it to the present, so a file rewritten with the same size and a
    restored modification time still differs here. Only a change in the same clock tick as
    the file's previous one would keep it, and young files give no fingerprint at all."""
    settled = time.time_ns() - int(SETTLED_SECONDS * 1e9)
    digest = hashlib.sha256()
    for name, path in _sources(package):
        st = os.stat(path)
        if st.st_ctime_ns > settled or st.st_mtime_ns > settled:
            return None
        digest.update(
            f"{name}\0{st.st_size}\0{st.st_ino}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0".encode()
        )
    return digest.hexdigest()


def served_settings(settings: Settings, allow_drafts: bool) -> dict[str, object]:
    """The settings that change what a cached start serves."""
    return {
        "allow_drafts": allow_drafts,
        "answer_threshold": settings.briefbot_answer_threshold,
        "suggest_threshold": settings.briefbot_suggest_threshold,
        "max_article_bytes": settings.briefbot_max_article_bytes,
    }


def _articles_as_loaded(kb: KnowledgeBase) -> bool:
    """Every article's file still holds the text the knowledge was proven against."""
    for briefing in kb.briefings:
        try:
            if briefing.article.path.read_bytes() != briefing.article.text.encode("utf-8"):
                return False
        except OSError:
            return False
    return True


def _same_code(header: dict[str, object], fingerprint: str | None) -> bool:
    """The cache was built by the ``bot/`` sources of this start: their stats are those
    taken when its digest was (``code_fingerprint``), or else their digest is the same."""
    if fingerprint is not None and header.get("code_files") == fingerprint:
        return True
    return header.get("code") == code_digest()


class UnsafeCacheDir(Exception):
    """The cache folder could be written by someone else: its files cannot be trusted."""


def _check_private(path: Path, st: os.stat_result, *, secret: bool) -> None:
    """Ours, and writable (for a secret: readable too) by nobody else."""
    if st.st_uid != os.geteuid():
        raise UnsafeCacheDir(f"{path} is owned by uid {st.st_uid}, not by this user")
    forbidden = (stat.S_IRWXG | stat.S_IRWXO) if secret else (stat.S_IWGRP | stat.S_IWOTH)
    if st.st_mode & forbidden:
        what = "readable or writable" if secret else "writable"
        raise UnsafeCacheDir(f"{path} is {what} by other users (mode {stat.S_IMODE(st.st_mode):o})")


class StartupCache:
    """One folder of signed cache files, one file per knowledge path."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    @classmethod
    def from_settings(cls, settings: Settings) -> StartupCache | None:
        return cls(settings.briefbot_cache_dir) if settings.briefbot_startup_cache else None

    # ------------------------------------------------------------------ the folder and key
    def _open_dir(self) -> None:
        """Create the folder 0700 if missing; refuse one others may write to (they could
        replace a file and the key with their own)."""
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        _check_private(self.directory, os.lstat(self.directory), secret=False)
        if not self.directory.is_dir():
            raise UnsafeCacheDir(f"{self.directory} is not a folder")

    def _existing_key(self) -> bytes | None:
        """The installation's signing key, or None when none was made yet."""
        path = self.directory / KEY_FILE
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        except FileNotFoundError:
            return None
        with os.fdopen(fd, "rb") as file:
            _check_private(path, os.fstat(file.fileno()), secret=True)
            key = file.read()
        if len(key) == KEY_BYTES:
            return key
        raise UnsafeCacheDir(f"{path} is not a key ({len(key)} bytes)")

    def _key(self) -> bytes:
        """The installation's signing key, created once. Published with a hard link from a
        complete temporary file, so two processes starting together agree on one key and
        never read a half-written one."""
        path = self.directory / KEY_FILE
        for _ in range(2):
            key = self._existing_key()
            if key is not None:
                return key
            import secrets  # only to make a key: a start from the cache need not import them
            import tempfile  # (with shutil, random, base64: ~5 ms)

            fd, staging = tempfile.mkstemp(prefix=".key-", dir=self.directory)
            try:
                os.fchmod(fd, 0o600)
                os.write(fd, secrets.token_bytes(KEY_BYTES))
                os.close(fd)
                # Another process may have published its key first: then read that one.
                with contextlib.suppress(FileExistsError):
                    os.link(staging, path)
            finally:
                os.unlink(staging)
        raise UnsafeCacheDir(f"{path} could not be created")

    def file_for(self, path: Path) -> Path:
        name = hashlib.sha256(str(Path(path).resolve()).encode()).hexdigest()[:20]
        return self.directory / f"knowledge-{name}.cache"

    # ------------------------------------------------------------------ reading and writing
    def _static_key(self, path: Path, settings: Settings, allow_drafts: bool) -> dict[str, object]:
        from bot.language.morphology import dictionary_version

        return {
            "path": str(Path(path).resolve()),
            "python": sys.version,
            "dictionary": dictionary_version(),
            "settings": served_settings(settings, allow_drafts),
        }

    def load(
        self,
        path: Path,
        settings: Settings,
        allow_drafts: bool,
        later: list[Callable[[], None]] | None = None,
    ) -> tuple[Prepared, bool]:
        """The prepared knowledge of ``path``, from the cache when it is valid, else loaded
        and proven (and cached). Returns whether it was a hit. Raises ``KnowledgeError``
        exactly as a load without a cache would.

        With ``later``, a miss appends the cache write (~13 ms: pickling, signing, an atomic
        rename) there instead of doing it: ``briefbot ask`` prints its answer first."""
        try:
            self._open_dir()
            # No key yet (a first start): no file can be valid, and the key is made when the
            # cache is written — after the answer, with ``later`` (making it imports ~5 ms).
            key = self._existing_key()
        except (OSError, UnsafeCacheDir) as why:
            log.warning("start-up cache not used: %s", why)
            return prepare(path, settings, allow_drafts)[0], False
        expected = self._static_key(path, settings, allow_drafts)
        fingerprint = code_fingerprint()  # before the digest: a change after it shows
        file = self.file_for(path)
        found = (
            "no signing key yet"
            if key is None
            else self._read(file, key, expected, path, fingerprint)
        )
        if isinstance(found, Prepared):
            return found, True
        log.info("start-up cache: rebuilding (%s)", found)
        source = KnowledgeSource(path)
        before = source.digest()  # the YAML files: the articles are known only once loaded
        prepared, kb = prepare(path, settings, allow_drafts)
        if prepared.left_out:
            log.info("start-up cache not written: broken briefings were left out")
            return prepared, False

        def write() -> None:
            articles = articles_of(kb)
            digest = source.digest(articles)
            if before != source.digest() or not _articles_as_loaded(kb):
                # Written now, the cache would name these bytes but hold what was read before.
                log.info("start-up cache not written: the knowledge changed while it was loaded")
                return
            header = {
                **expected,
                "code": code_digest(),
                "code_files": fingerprint,
                "knowledge": digest,
                "articles": [str(a) for a in articles],
            }
            try:
                signing = key if key is not None else self._key()
            except (OSError, UnsafeCacheDir) as why:
                log.warning("start-up cache not written: %s", why)
                return
            self._write(file, signing, header, prepared)

        if later is None:
            write()
        else:
            later.append(write)
        return prepared, False

    def _split(self, data: bytes, key: bytes) -> tuple[dict[str, object], bytes] | str:
        """The verified header and payload of a cache file, or why it is not usable."""
        if not data.startswith(MAGIC):
            return "not a cache file of this format"
        body = data[len(MAGIC) :]
        if len(body) < SIGNATURE_BYTES + HEADER_LENGTH_BYTES:
            return "truncated"
        signature, signed = body[:SIGNATURE_BYTES], body[SIGNATURE_BYTES:]
        if not hmac.compare_digest(signature, hmac.new(key, signed, hashlib.sha256).digest()):
            return "bad signature (not written by this installation, or damaged)"
        length = int.from_bytes(signed[:HEADER_LENGTH_BYTES], "big")
        try:
            header = json.loads(signed[HEADER_LENGTH_BYTES : HEADER_LENGTH_BYTES + length])
        except ValueError:
            return "unreadable header"
        if not isinstance(header, dict):
            return "unreadable header"
        return header, signed[HEADER_LENGTH_BYTES + length :]

    def _read(
        self,
        file: Path,
        key: bytes,
        expected: dict[str, object],
        path: Path,
        fingerprint: str | None,
    ) -> Prepared | str:
        try:
            data = file.read_bytes()
        except FileNotFoundError:
            return "no cache file yet"
        except OSError as why:
            return f"cannot read {file}: {why}"
        split = self._split(data, key)
        if isinstance(split, str):
            return split
        header, payload = split
        for part, value in expected.items():
            if header.get(part) != value:
                return f"{part} changed"
        if not _same_code(header, fingerprint):
            return "code changed"
        articles = header.get("articles")
        if not isinstance(articles, list):
            return "unreadable header"
        if KnowledgeSource(path).digest(Path(a) for a in articles) != header.get("knowledge"):
            return "knowledge changed"
        try:
            prepared = pickle.loads(payload)
        except Exception as why:  # signed by us, yet unloadable: classes moved, say
            return f"cannot unpickle ({type(why).__name__}: {why})"
        if not isinstance(prepared, Prepared):
            return "unexpected content"
        return prepared

    def _write(self, file: Path, key: bytes, header: dict[str, object], prepared: Prepared) -> None:
        """Atomically: a complete file under a temporary name, then renamed over the old one,
        so a reader sees the old file or the new one, never half of one. Not fsynced: a file
        cut short by a crash fails its signature and is rebuilt."""
        try:
            payload = pickle.dumps(prepared, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as why:  # something unpicklable in the matcher: serve uncached
            log.warning("start-up cache not written: %s: %s", type(why).__name__, why)
            return
        head = json.dumps(header, sort_keys=True).encode()
        signed = len(head).to_bytes(HEADER_LENGTH_BYTES, "big") + head + payload
        signature = hmac.new(key, signed, hashlib.sha256).digest()
        try:
            import tempfile

            fd, staging = tempfile.mkstemp(prefix=".knowledge-", dir=self.directory)
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(MAGIC + signature + signed)
                os.replace(staging, file)
            except BaseException:
                os.unlink(staging)
                raise
        except OSError as why:
            log.warning("start-up cache not written to %s: %s", self.directory, why)
            return
        self._prune()

    def _prune(self) -> None:
        """Keep the ``KEEP_FILES`` newest cache files; a pruned one is only rebuilt."""
        files = []
        for file in self.directory.glob("knowledge-*.cache"):
            with contextlib.suppress(OSError):
                files.append((file.stat().st_mtime, file))
        for _, file in sorted(files, reverse=True)[KEEP_FILES:]:
            with contextlib.suppress(OSError):
                file.unlink()
