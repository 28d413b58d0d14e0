"""Replies a journalist can paste, checked over every reply of every briefing we have: the
shipped one, the test briefings and the drafts of the extraction fixtures.

- reported speech is the article's whole sentence (its own verb and frame);
- anything in «…» is the article's words;
- a figure's shown value reads alone: nominative, with its unit;
- English replies have no Russian outside quote blocks and «…».
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.answering.entries import entry_reply
from bot.answering.library import Library
from bot.answering.lists import listing
from bot.answering.refusals import nothing
from bot.answering.reply import DirectQuote, Reply, Reported
from bot.answering.tools import citation_reply, context_reply
from bot.answering.topics import topic_experts, topic_reply
from bot.answering.values import value_for
from bot.extraction.draft import extract
from bot.extraction.writer import to_yaml
from bot.knowledge import KnowledgeBase, ListKind, load_knowledge
from bot.knowledge.drafts import servable
from bot.knowledge.entries import EntryKind
from bot.knowledge.faithfulness import article_index, normalise_for_proof
from bot.language.morphology import parse
from bot.language.text import tokens
from bot.rendering.plain import render_plain
from bot.settings import PROJECT_ROOT

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
SCALES = {"тысяча", "миллион", "миллиард", "триллион", "тыс", "млн", "млрд"}
QUALIFIERS = {"от", "до", "около", "более", "свыше", "менее", "почти", "порядка", "с"}


def _drafts(folder: Path) -> Iterator[KnowledgeBase]:
    for article in sorted((FIXTURES / "extraction").glob("*/article.txt")):
        output = folder / f"{article.parent.name}.yaml"
        output.write_text(to_yaml(extract(article).briefing, output), encoding="utf-8")
        yield servable(load_knowledge(output), allow_drafts=True)


@pytest.fixture(scope="module")
def knowledge_bases(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, KnowledgeBase]]:
    bases = [("shipped", load_knowledge(PROJECT_ROOT / "knowledge"))]
    bases.append(("second-briefing", load_knowledge(FIXTURES / "second-briefing")))
    folder = tmp_path_factory.mktemp("drafts")
    seed = PROJECT_ROOT / "seeds" / "aliyev-state-visit-kazakhstan.ru.txt"
    (folder / "article.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    mini = folder / "mini.yaml"
    mini.write_text((FIXTURES / "mini-briefing.yaml").read_text(encoding="utf-8"), "utf-8")
    bases.append(("mini-briefing", load_knowledge(mini)))
    bases += [(f"draft-{n}", kb) for n, kb in enumerate(_drafts(folder))]
    return bases


def every_reply(kb: KnowledgeBase, lang: str) -> Iterator[Reply]:
    library = Library.of(kb)
    for entry in library.catalogue.entries:
        yield entry_reply(library, entry, lang)
        if entry.kind is not EntryKind.EXPERT and entry.spans:
            yield context_reply(library, entry, lang)
            yield citation_reply(library, entry, lang)
    for briefing in kb.briefings:
        for topic in briefing.topics:
            yield topic_reply(library, briefing, topic, lang)
            yield topic_experts(library, briefing, topic, lang, None)
    for kind in ListKind:
        yield listing(library, kind, lang)
    yield nothing(library, lang)


def test_reported_speech_is_the_articles_whole_sentence(knowledge_bases):
    checked = 0
    for _, kb in knowledge_bases:
        for briefing in kb.briefings:
            index = article_index(briefing.article)
            library = Library(Library.of(kb).catalogue)
            for entry in library.catalogue.entries:
                if entry.briefing is not briefing:
                    continue
                for lang in ("ru", "en"):
                    for block in entry_reply(library, entry, lang).blocks:
                        if isinstance(block, Reported):
                            assert index.sentence_around(block.text) == block.text, block.text
                            checked += 1
    assert checked > 50


_GUILLEMETS = re.compile(r"«([^«»]*(?:«[^«»]*»[^«»]*)*)»")


def test_anything_in_guillemets_is_the_articles_words(knowledge_bases):
    checked = 0
    for name, kb in knowledge_bases:
        articles = [normalise_for_proof(b.article.text)[0] for b in kb.briefings]
        for lang in ("ru", "en"):
            for reply in every_reply(kb, lang):
                for inner in _GUILLEMETS.findall(render_plain(reply)):
                    needle = normalise_for_proof(inner)[0].rstrip(".")
                    found = any(
                        needle in a or needle[:1].swapcase() + needle[1:] in a for a in articles
                    )
                    assert found, (name, lang, inner[:80])
                    checked += 1
    assert checked > 200


def _nominative(value: str) -> bool:
    words = [w for w in value.split() if w.lower() not in QUALIFIERS]
    first = words[0].lstrip("$€₽₸£¥") if words else ""  # "$150 млн" begins with its number
    if not first or first[0].isdigit() or first.strip("«»")[:1].isdigit():
        return True
    return any(
        "nomn" in p.tag or (p.tag.POS in ("NUMR",) and "nomn" in p.tag)
        for p in parse(first.lower())[:2]
    )


def test_every_figure_reads_alone(knowledge_bases):
    checked = 0
    for name, kb in knowledge_bases:
        for briefing in kb.briefings:
            for figure in briefing.figures:
                shown, _ = value_for(figure, "ru")
                assert _nominative(shown), (name, figure.id, shown)
                last = [t for t in tokens(shown) if not t[0].isdigit()][-1:]
                signed = re.search(r"[$€₽₸£¥]\d", shown)  # "$150 млн": the sign is its unit
                assert signed or not (last and any(last[0].startswith(s) for s in SCALES)), (
                    name,
                    figure.id,
                    shown,  # "до 20 миллионов" without its unit
                )
                checked += 1
    assert checked >= 200  # the extraction drafts count too


def _russian_outside_quotes(reply: Reply) -> list[str]:
    loose = []
    for block in reply.blocks:
        if isinstance(block, DirectQuote):
            text = block.attribution
        else:
            text = render_plain(Reply(reply.kind, (block,)))
        outside = _GUILLEMETS.sub("", text)
        if re.search(r"[А-Яа-яЁё]", outside):
            loose.append(outside[:100])
    for row in reply.buttons:
        for button in row:
            if re.search(r"[А-Яа-яЁё]", _GUILLEMETS.sub("", button.label)):
                loose.append(f"button: {button.label}")
    return loose


def test_english_replies_keep_russian_inside_quotes(knowledge_bases):
    checked = 0
    for name, kb in knowledge_bases:
        for reply in every_reply(kb, "en"):
            assert _russian_outside_quotes(reply) == [], (name, reply.entry)
            checked += 1
    assert checked > 300
