"""User and chat ids as keyed hashes (HMAC-SHA256), so the store holds no id at all.

Why a keyed hash and not a plain one: Telegram ids are small integers; anyone holding a
database dump could hash every id there is in minutes and read the plain hash back. Without
the key the pseudonyms say nothing; with it, the same user is still recognisable across
questions (one vote per user per reply, questions per chat), which is all the bot needs.

The key is never written to the database. It comes from ``BRIEFBOT_HASH_KEY``, or, for a
single SQLite deployment, from a file generated on first start beside the SQLite file,
readable by its owner only (0600). With PostgreSQL it must be set: replicas on several
machines must hash alike, and a file generated per machine would not.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import stat
from collections.abc import Hashable
from pathlib import Path

from bot.settings import Settings

# 128 bits of the HMAC: collisions are out of reach, and a row stays short.
PSEUDONYM_HEX = 32
KEY_FILE_SUFFIX = ".hash-key"


class HashKeyError(ValueError):
    """The key cannot be had: a message for the operator, one line."""


def key_file(sqlite_path: Path) -> Path:
    """``var/briefbot.sqlite3`` → ``var/briefbot.hash-key``: beside the file it protects."""
    return sqlite_path.with_name(sqlite_path.stem + KEY_FILE_SUFFIX)


def load_key(settings: Settings) -> bytes:
    """The HMAC key from the settings, else from (or into) the key file beside SQLite."""
    if settings.briefbot_hash_key:
        return settings.briefbot_hash_key.encode("utf-8")
    if settings.database_url:
        raise HashKeyError(
            "BRIEFBOT_HASH_KEY: required when DATABASE_URL is set (every replica must hash "
            "user and chat ids with the same key)"
        )
    return key_from_file(key_file(settings.briefbot_sqlite_path))


def key_from_file(path: Path) -> bytes:
    """Read the key file, creating it (0600, 256 random bits) if it does not exist yet.

    Created with O_EXCL: two processes starting at once on one SQLite file get one key. A
    file others may read is refused rather than used: the key is what keeps the pseudonyms
    from being reversed.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(descriptor, "w", encoding="ascii") as file:
            file.write(secrets.token_hex(32) + "\n")
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise HashKeyError(f"{path}: readable by others (mode {oct(mode & 0o777)}); chmod 600 it")
    key = path.read_text(encoding="ascii").strip()
    if len(key) < 32 or any(ch.isspace() for ch in key):
        raise HashKeyError(f"{path}: not a key (32 or more characters without spaces)")
    return key.encode("ascii")


class Pseudonyms:
    """Keyed hashes of user and chat ids. A user id and the equal id of their private chat
    get different pseudonyms (each kind hashes with its own prefix)."""

    __slots__ = ("_key",)

    def __init__(self, key: bytes) -> None:
        if len(key) < 32:
            raise ValueError("the key must be at least 32 bytes")
        self._key = key

    def __repr__(self) -> str:  # never the key
        return "Pseudonyms(<key hidden>)"

    def _hash(self, kind: str, value: Hashable) -> str:
        digest = hmac.new(self._key, f"{kind}:{value}".encode(), hashlib.sha256)
        return digest.hexdigest()[:PSEUDONYM_HEX]

    def user(self, user_id: int) -> str:
        return self._hash("user", int(user_id))

    def chat(self, chat_id: Hashable) -> str:
        return self._hash("chat", chat_id)
