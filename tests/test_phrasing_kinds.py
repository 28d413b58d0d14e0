"""The kinds of fact a curator's phrasing asks for are read when a question first needs them
(``IndexedEntry.asking``), not for all 1,000+ phrasings at every start without the start-up
cache: the same answers, read later."""

from __future__ import annotations

from bot.answering.session import Session
from bot.knowledge import load_knowledge
from bot.language.answer_types import AnswerType
from bot.matching.index import IndexedEntry
from bot.rendering.plain import render_plain as plain
from bot.settings import DEFAULT_KNOWLEDGE


def _indexed(session: Session, key: str) -> IndexedEntry:
    return next(i for i in session.matcher.index.entries if i.entry.key == key)


def test_a_built_index_has_read_no_phrasing_yet():
    session = Session.create(load_knowledge(DEFAULT_KNOWLEDGE))
    entries = session.matcher.index.entries
    assert sum(len(indexed.phrased) for indexed in entries) > 500
    assert all(not indexed._asks for indexed in entries)


def test_a_phrasing_asks_what_its_words_ask_once_read():
    session = Session.create(load_knowledge(DEFAULT_KNOWLEDGE))
    visit = _indexed(session, "visit-date")
    kinds = {kind for _, asked in visit.askings() for kind in asked}
    assert AnswerType.DATE in kinds  # "когда Алиев прибыл в Казахстан"
    turkic = _indexed(session, "ishmukhamedov-turkic-seven")
    reasons = [key for key, asked in turkic.askings() if AnswerType.REASON in asked]
    assert reasons  # "зачем добавить Турцию", "почему включить Турцию"
    assert turkic.asking(frozenset({"no-such-lemma"})) == frozenset()


def test_answers_read_only_the_phrasings_they_need():
    session = Session.create(load_knowledge(DEFAULT_KNOWLEDGE))
    for question, evidence in (
        ("когда Алиев прибыл в Казахстан", "20 октября"),
        # (a "why" of the figure "семь" asks its cause, which the passage states outright,
        # reading no phrasing: the seven asked by its noun goes by the phrasings)
        ("почему именно семёрка стран", "священным числом"),
        ("зачем добавить Турцию", "Турци"),
    ):
        reply = session.ask(question)
        assert reply.answered and evidence in plain(reply), question
    entries = session.matcher.index.entries
    read = sum(len(indexed._asks) for indexed in entries)
    assert 0 < read < sum(len(indexed.phrased) for indexed in entries) // 10
