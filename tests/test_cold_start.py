"""A start without the start-up cache does each piece of work once, and no differently.

A cold ``briefbot ask`` loads and proves the knowledge and builds the index before its first
answer (``bench.startup``: cold ≤ 8× ``python -c "import yaml"``). The faster ways of doing
that work must give exactly what the plain ways gave: the proof's normalised text and its
offsets, and an index that reads each distinct text once.
"""

from __future__ import annotations

import random
import re
import sys
from array import array
from pathlib import Path

import pytest

from bot.knowledge import load_knowledge
from bot.knowledge.entries import Catalogue
from bot.knowledge.faithfulness import (
    DASHES,
    QUOTE_MARKS,
    ArticleIndex,
    article_index,
    normalise_for_proof,
)
from bot.knowledge.model import Article
from bot.language.text import clean, fold
from bot.matching import index as index_module
from bot.matching.index import Index
from bot.settings import DEFAULT_KNOWLEDGE

# Every character str.isspace() holds, and some that look like space but are not.
SPACES = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
NOT_SPACES = "\u200b\u2060\ufeff"


def plain_normalise(text: str) -> tuple[str, array[int]]:
    """``normalise_for_proof`` as it was written first: one character at a time."""
    out: list[str] = []
    index = array("L")
    pending_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            pending_space = bool(out)
            continue
        if pending_space:
            out.append(" ")
            index.append(i - 1)
            pending_space = False
        if ch in QUOTE_MARKS:
            ch = '"'
        elif ch in DASHES:
            ch = "-"
        out.append(ch)
        index.append(i)
    return "".join(out), index


def plain_guillemets(text: str) -> list[tuple[int, int]]:
    """``ArticleIndex.guillemets`` as it was written first: every character, each pair."""
    ranges: list[tuple[int, int]] = []
    for opening, closing in (("«", "»"), ("“", "”"), ("„", "“")):
        depth, start = 0, 0
        for i, ch in enumerate(text):
            if ch == opening and (depth == 0 or opening != closing):
                if depth == 0:
                    start = i + 1
                depth += 1
            elif ch == closing and depth:
                depth -= 1
                if depth == 0:
                    ranges.append((start, i))
    straight = [i for i, ch in enumerate(text) if ch == '"']
    ranges += [(a + 1, b) for a, b in zip(straight[::2], straight[1::2], strict=False)]
    return ranges


def guillemets(text: str) -> list[tuple[int, int]]:
    article = Article(path=Path("article.txt"), text=text, paragraphs=(text,))
    return ArticleIndex(article).guillemets


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_knowledge(DEFAULT_KNOWLEDGE)


def test_proof_normalises_the_article_and_every_span_as_before(kb) -> None:  # type: ignore[no-untyped-def]
    texts = [b.article.text for b in kb.briefings]
    for briefing in kb.briefings:
        texts += [q.text for a in briefing.answers for q in a.quotes]
        texts += [f.span.text for f in briefing.figures]
        texts += [f.value for f in briefing.figures]
    assert len(texts) > 50
    for text in texts:
        assert normalise_for_proof(text) == plain_normalise(text)


@pytest.mark.parametrize("seed", range(40))
def test_proof_normalises_any_spacing_as_before(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = "аб Z9.," + SPACES + NOT_SPACES + QUOTE_MARKS + DASHES + "\n\t"
    for _ in range(50):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        assert normalise_for_proof(text) == plain_normalise(text), repr(text)
        assert guillemets(text) == plain_guillemets(text), repr(text)


def test_quotations_of_the_article_as_before(kb) -> None:  # type: ignore[no-untyped-def]
    for briefing in kb.briefings:
        found = article_index(briefing.article).guillemets
        assert found == plain_guillemets(briefing.article.text)
        assert found


def test_index_build_tokenises_each_distinct_text_once(kb, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The vocabulary typos are repaired against is the entries' search texts: tokenised for
    their lemmas already, they are not tokenised again (~10 ms of a cold start)."""
    catalogue = Catalogue(kb)
    read: list[str] = []
    plain = index_module.tokens

    def counted(text: str) -> list[str]:
        read.append(text)
        return plain(text)

    monkeypatch.setattr(index_module, "tokens", counted)
    Index.build(catalogue)
    again = [text for text in set(read) if read.count(text) > 1]
    assert again == []


def plain_fold(text: str) -> str:
    """``fold`` as it was written first: ``str.translate`` of ё and the dashes."""
    text = clean(text).lower().translate(str.maketrans({"ё": "е", **dict.fromkeys(DASHES, "-")}))
    if re.search(r"\d", text):
        text = re.sub(r"(\d)\s*[-‐‑‒–—―−]\s*(\d)", r"\1-\2", text)
        text = re.sub(r"(\d)[.,](\d)", r"\1,\2", text)
    return text


def test_fold_as_before(kb) -> None:  # type: ignore[no-untyped-def]
    texts = [text.text for entry in Catalogue(kb).entries for text in entry.search_texts()]
    rng = random.Random(7)
    texts += ["".join(rng.choice("ёЁеa-1 2" + DASHES) for _ in range(12)) for _ in range(500)]
    for text in texts:
        assert fold(text) == plain_fold(text), repr(text)


def test_the_collector_is_paused_while_preparing_and_resumed_after(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import gc

    from bot.curation import startup
    from bot.settings import Settings

    seen: list[bool] = []
    plain = startup.servable

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return plain(*args, **kwargs)

    monkeypatch.setattr(startup, "servable", watched)
    assert gc.isenabled()
    startup.prepare(DEFAULT_KNOWLEDGE, Settings(), False)
    assert seen == [False]
    assert gc.isenabled()
    gc.disable()
    try:
        startup.prepare(DEFAULT_KNOWLEDGE, Settings(), False)
        assert not gc.isenabled()  # off before, off after
    finally:
        gc.enable()
