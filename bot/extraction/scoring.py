"""Measure a draft against what a curator wrote: quotes, speakers, figures and experts.

An extracted statement matches a reference one when, after normalisation (case, ё, dashes,
quote marks, punctuation), one contains the other or they share at least 80% of their
words. Recall counts reference statements found *with the right speaker*; attribution
precision counts, among extracted statements that match some reference statement, those
whose speaker is right — a misattributed quote is the error that matters most.

Topics are measured by their ``main`` (the entry a topic command opens with). A drafted topic
stands for a reference topic when both titles have the same head noun (the first noun, by
lemma: "Паромная линия" and "паромные линии", "Перевалка" and "Перевалка грузов"); when several
could pair up, those sharing more words pair first and each is used once, so "Средний коридор"
is not taken for "Зангезурский коридор" while both exist. Its main is right when the main
entry's span is the same statement as the reference's (for an expected.yaml, when it contains
the reference's first words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.extraction.structure import WORD
from bot.knowledge.model import Answer, Briefing, QuoteKind
from bot.language.morphology import parse
from bot.records import record

_PUNCTUATION = re.compile(r"[^\w%+]+")


@record
class RefStatement:
    speaker: str | None  # nominative full name, or None for the article's own words
    kind: str
    text: str


@record
class RefFigure:
    value: str
    speaker: str | None


@record
class RefTopic:
    title: str
    main: tuple[str, ...]  # the text(s) the topic's main entry should hold; () when none


@dataclass
class Reference:
    experts: list[tuple[str, str]] = field(default_factory=list)  # (name, role)
    statements: list[RefStatement] = field(default_factory=list)
    figures: list[RefFigure] = field(default_factory=list)
    not_statements: list[str] = field(default_factory=list)
    topics: list[RefTopic] = field(default_factory=list)  # only those with a main


def normalise(text: str) -> str:
    text = text.lower().replace("ё", "е")
    return " ".join(_PUNCTUATION.sub(" ", text).split())


def same_statement(a: str, b: str) -> bool:
    left, right = normalise(a), normalise(b)
    if not left or not right:
        return False
    if f" {left} " in f" {right} " or f" {right} " in f" {left} ":
        return True
    words_a, words_b = set(left.split()), set(right.split())
    return len(words_a & words_b) >= 0.8 * max(len(words_a), len(words_b))


def same_figure(a: str, b: str) -> bool:
    left, right = normalise(a), normalise(b)
    return bool(left and right) and (f" {left} " in f" {right} " or f" {right} " in f" {left} ")


def reference_from_briefing(briefing: Briefing) -> Reference:
    names = {e.id: e.name for e in briefing.experts}
    reference = Reference(experts=[(e.name, e.role) for e in briefing.experts])
    for answer in briefing.answers:
        for quote in answer.quotes:
            speaker = names.get(answer.speaker) if answer.speaker else None
            reference.statements.append(RefStatement(speaker, quote.kind.value, quote.text))
    for figure in briefing.figures:
        speaker = names.get(figure.speaker) if figure.speaker else None
        reference.figures.append(RefFigure(figure.value, speaker))
    reference.topics = [
        RefTopic(topic.title, main)
        for topic in briefing.topics
        if (main := _main_texts(briefing, topic.main))
    ]
    return reference


def _main_texts(briefing: Briefing, entry_id: str | None) -> tuple[str, ...]:
    entry = briefing.item(entry_id) if entry_id else None
    if entry is None:
        return ()
    return tuple(q.text for q in entry.quotes) if isinstance(entry, Answer) else (entry.span.text,)


def reference_from_expected(path: Path) -> Reference:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return Reference(
        experts=[(e["name"], e.get("role", "")) for e in data.get("experts") or []],
        statements=[
            RefStatement(s.get("speaker"), s.get("kind", "direct"), s["text"])
            for s in data.get("statements") or []
        ],
        figures=[RefFigure(str(f["value"]), f.get("speaker")) for f in data.get("figures") or []],
        not_statements=[str(n) for n in data.get("not_statements") or []],
        topics=[RefTopic(t["title"], (str(t["main"]),)) for t in data.get("topics") or []],
    )


@record
class Extracted:
    """What an extractor produced, in the terms it is scored in (names in the nominative)."""

    statements: list[RefStatement]
    figures: list[RefFigure]
    experts: dict[str, str]  # name → role
    topics: list[RefTopic] = field(default_factory=list)  # with their main's span(s), if any


def extracted_from_briefing(briefing: Briefing) -> Extracted:
    names = {e.id: e.name for e in briefing.experts}
    return Extracted(
        statements=[
            RefStatement(names.get(a.speaker) if a.speaker else None, q.kind.value, q.text)
            for a in briefing.answers
            for q in a.quotes
        ],
        figures=[
            RefFigure(f.value, names.get(f.speaker) if f.speaker else None)
            for f in briefing.figures
        ],
        experts={e.name: e.role for e in briefing.experts},
        topics=[RefTopic(t.title, _main_texts(briefing, t.main)) for t in briefing.topics],
    )


@record
class Scores:
    statements: int
    statements_found: int  # with the right speaker
    speaker_statements: int  # reference statements that have a speaker (not the article's)
    speaker_statements_found: int
    matched_extracted: int  # extracted statements matching some reference statement
    rightly_attributed: int
    figures: int
    figures_found: int
    figures_right_speaker: int
    experts: int
    experts_found: int
    extra_experts: list[str]
    roles_right: int
    quoted_names: int  # «…» names/slogans wrongly extracted as statements
    missed: list[RefStatement]
    misattributed: list[tuple[str, str | None, str | None]]
    missed_figures: list[str]
    topics: int = 0  # reference topics (with a main)
    topics_drafted: int = 0  # of them, paired with a drafted topic
    topic_mains_right: int = 0  # of those, whose drafted main is the reference's
    missed_topics: list[str] = field(default_factory=list)
    wrong_mains: list[tuple[str, str, str]] = field(default_factory=list)  # (ref, drafted, main)

    @property
    def quote_recall(self) -> float:
        return (
            self.speaker_statements_found / self.speaker_statements
            if self.speaker_statements
            else 1.0
        )

    @property
    def statement_recall(self) -> float:
        return self.statements_found / self.statements if self.statements else 1.0

    @property
    def attribution_precision(self) -> float:
        return self.rightly_attributed / self.matched_extracted if self.matched_extracted else 1.0

    @property
    def figure_recall(self) -> float:
        return self.figures_found / self.figures if self.figures else 1.0


def score(draft: Briefing | Extracted, reference: Reference) -> Scores:
    found_by = draft if isinstance(draft, Extracted) else extracted_from_briefing(draft)
    extracted = [(s.speaker, s.kind, s.text) for s in found_by.statements]
    found = [
        r
        for r in reference.statements
        if any(s == r.speaker and same_statement(t, r.text) for s, _, t in extracted)
    ]
    missed = [r for r in reference.statements if r not in found]
    matched = 0
    right = 0
    misattributed: list[tuple[str, str | None, str | None]] = []
    for speaker, _, text in extracted:
        partners = [r for r in reference.statements if same_statement(text, r.text)]
        if not partners:
            continue
        matched += 1
        if any(r.speaker == speaker for r in partners):
            right += 1
        else:
            misattributed.append((text, speaker, partners[0].speaker))
    figures_found = [
        r for r in reference.figures if any(same_figure(f.value, r.value) for f in found_by.figures)
    ]
    right_speaker = [
        r
        for r in figures_found
        if any(same_figure(f.value, r.value) and f.speaker == r.speaker for f in found_by.figures)
    ]
    expected_names = {name for name, _ in reference.experts}
    drafted = found_by.experts
    roles_right = sum(
        1
        for name, role in reference.experts
        if name in drafted and role and same_figure(drafted[name], role)
    )
    quoted_names = sum(
        1
        for n in reference.not_statements
        for _, kind, text in extracted
        if kind == QuoteKind.DIRECT.value and normalise(text) == normalise(n)
    )
    speaker_refs = [r for r in reference.statements if r.speaker is not None]
    pairs = pair_topics(reference.topics, found_by.topics)
    wrong_mains = [
        (r.title, d.title, d.main[0][:60] if d.main else "no main")
        for r, d in pairs.items()
        if not main_is_right(d, r)
    ]
    return Scores(
        statements=len(reference.statements),
        statements_found=len(found),
        speaker_statements=len(speaker_refs),
        speaker_statements_found=sum(1 for r in found if r.speaker is not None),
        matched_extracted=matched,
        rightly_attributed=right,
        figures=len(reference.figures),
        figures_found=len(figures_found),
        figures_right_speaker=len(right_speaker),
        experts=len(expected_names),
        experts_found=len(expected_names & set(drafted)),
        extra_experts=sorted(set(drafted) - expected_names),
        roles_right=roles_right,
        quoted_names=quoted_names,
        missed=missed,
        misattributed=misattributed,
        missed_figures=[r.value for r in reference.figures if r not in figures_found],
        topics=len(reference.topics),
        topics_drafted=len(pairs),
        topic_mains_right=len(pairs) - len(wrong_mains),
        missed_topics=[r.title for r in reference.topics if r not in pairs],
        wrong_mains=wrong_mains,
    )


def _title_words(title: str) -> tuple[str | None, set[str]]:
    """A title's head noun (its first noun) and all its words, as lemmas."""
    head: str | None = None
    lemmas: set[str] = set()
    for word in WORD.findall(title):
        parses = parse(word.lower())
        lemma = parses[0].normal_form if parses else word.lower()
        lemmas.add(lemma)
        if head is None and parses and parses[0].tag.POS == "NOUN":
            head = lemma
    return head, lemmas


def pair_topics(reference: list[RefTopic], drafted: list[RefTopic]) -> dict[RefTopic, RefTopic]:
    """Each reference topic's drafted counterpart: same head noun, most shared words first."""
    words = {id(t): _title_words(t.title) for t in (*reference, *drafted)}
    candidates = []
    for i, ref in enumerate(reference):
        head, lemmas = words[id(ref)]
        for j, draft in enumerate(drafted):
            other_head, other_lemmas = words[id(draft)]
            if head is not None and head == other_head:
                candidates.append((-len(lemmas & other_lemmas), i, j))
    pairs: dict[RefTopic, RefTopic] = {}
    used: set[int] = set()
    for _, i, j in sorted(candidates):
        if reference[i] not in pairs and j not in used:
            pairs[reference[i]] = drafted[j]
            used.add(j)
    return pairs


def main_is_right(drafted: RefTopic, reference: RefTopic) -> bool:
    return any(same_statement(d, r) for d in drafted.main for r in reference.main)


def report(name: str, scores: Scores, *, details: bool = True) -> str:
    def pct(value: float) -> str:
        return f"{100 * value:5.1f}%"

    lines = [
        f"{name}",
        f"  quotes with the right speaker (recall) : {pct(scores.quote_recall)} "
        f"({scores.speaker_statements_found}/{scores.speaker_statements})",
        f"  all statements incl. the article's     : {pct(scores.statement_recall)} "
        f"({scores.statements_found}/{scores.statements})",
        f"  speaker attribution precision          : {pct(scores.attribution_precision)} "
        f"({scores.rightly_attributed}/{scores.matched_extracted})",
        f"  figures (recall)                       : {pct(scores.figure_recall)} "
        f"({scores.figures_found}/{scores.figures}); right speaker "
        f"{scores.figures_right_speaker}/{scores.figures_found}",
        f"  experts found                          : {scores.experts_found}/{scores.experts}"
        f" (roles right {scores.roles_right}; extra: {', '.join(scores.extra_experts) or 'none'})",
        f"  names/slogans in «…» taken as quotes   : {scores.quoted_names}",
    ]
    if scores.topics:
        lines.append(
            f"  reference topics drafted; main right   : {scores.topics_drafted}/{scores.topics}; "
            f"{scores.topic_mains_right}/{scores.topics_drafted}"
        )
    if details:
        for r in scores.missed:
            lines.append(f"    missed [{r.speaker or 'article'}] {r.text[:90]}")
        for text, got, want in scores.misattributed:
            lines.append(
                f"    misattributed to {got or 'article'} (is {want or 'article'}): {text[:70]}"
            )
        for value in scores.missed_figures:
            lines.append(f"    missed figure {value}")
        for title in scores.missed_topics:
            lines.append(f"    missed topic {title}")
        for title, drafted, main in scores.wrong_mains:
            lines.append(f"    topic {title} (drafted {drafted}): main is {main}")
    return "\n".join(lines)
