"""A tiny helper for the word lists extraction reads Russian text with."""

from __future__ import annotations


def word_set(words: str) -> frozenset[str]:
    """A set from space-separated words: long Russian word lists stay readable."""
    return frozenset(words.split())
