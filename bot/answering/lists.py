"""Generated lists: the experts, the key figures (optionally of one topic or one expert), the
topics — built from the knowledge base, never typed by a curator."""

from __future__ import annotations

from bot.answering.keyboards import topic_buttons
from bot.answering.library import Library
from bot.answering.quoting import source_line
from bot.answering.reply import Action, Block, Bullets, Button, Heading, Lead, Reply, ReplyKind
from bot.answering.texts import t
from bot.answering.values import shown_value
from bot.knowledge.entries import expert_key
from bot.knowledge.model import Answer, Briefing, Figure, ListKind, QuoteKind

_HEADINGS = {
    ListKind.EXPERTS: "experts_heading",
    ListKind.FIGURES: "figures_heading",
    ListKind.TOPICS: "topics_heading",
}


def listing(
    library: Library,
    kind: ListKind,
    lang: str,
    *,
    answer: Answer | None = None,
    briefing: Briefing | None = None,
    score: float = 100.0,
    topic: str | None = None,
    speaker: str | None = None,
    only: tuple[str, ...] | None = None,
    experts: list[tuple[Briefing, str]] | None = None,
    note: str | None = None,
) -> Reply:
    """A generated list; figures can be narrowed to a topic, to who gave them, or to the ones
    chosen for a subject (``only``: figure ids, in their order); experts to those found by
    role (``experts``)."""
    briefings = (briefing,) if briefing is not None else library.briefings
    blocks: list[Block] = [Lead(note)] if note else []
    blocks.append(Heading(t(_HEADINGS[kind], lang)))
    buttons: list[tuple[Button, ...]] = []
    for b in briefings:
        figures = [
            f
            for f in b.figures
            if (topic is None or topic in f.topics) and (speaker is None or f.speaker == speaker)
        ]
        if only is not None:
            figures = sorted((f for f in figures if f.id in only), key=lambda f: only.index(f.id))
        if kind is ListKind.FIGURES and not figures:
            continue  # nothing of this briefing passes the filter: no empty section
        if len(briefings) > 1 or len(library.briefings) > 1:
            blocks.append(Lead(b.local("title", lang)))
        position = library.position(b)
        if kind is ListKind.EXPERTS:
            shown = [
                e
                for e in b.experts
                if experts is None or any(x is b and y == e.id for x, y in experts)
            ]
            # Who the article quotes, apart from who it only paraphrases (an aide whose post is
            # retold is no "expert the article quotes").
            quoted = [e for e in shown if e.id in _quoted_speakers(b)]
            retold = [e for e in shown if e.id not in _quoted_speakers(b)]
            for group, heading in ((quoted, None), (retold, "paraphrased_heading")):
                if not group:
                    continue
                if heading:
                    blocks.append(Lead(t(heading, lang)))
                blocks.append(
                    Bullets(
                        tuple(
                            f"{expert.display_name(lang)} — {expert.local('role', lang)}"
                            for expert in group
                        )
                    )
                )
            shown = quoted + retold
            buttons.extend(
                (Button(expert.display_name(lang), Action.ENTRY, position, expert_key(expert.id)),)
                for expert in shown
            )
        elif kind is ListKind.FIGURES:
            blocks.append(Bullets(tuple(figure_item(b, f, lang) for f in figures)))
            row: list[Button] = []
            for f in figures:
                row.append(Button(f.local("title", lang), Action.ENTRY, position, f.id))
                if len(row) == 2:
                    buttons.append(tuple(row))
                    row = []
            if row:
                buttons.append(tuple(row))
        else:
            blocks.append(
                Bullets(
                    tuple(
                        f"/{topic.command} — {topic.with_original('title', lang)}"
                        for topic in b.topics
                    )
                )
            )
            buttons.extend(topic_buttons(library, b, lang))
    if briefing is not None:
        blocks.append(source_line(briefing, lang))
    return Reply(
        kind=ReplyKind.ANSWER if answer is not None else ReplyKind.INFO,
        blocks=tuple(blocks),
        buttons=tuple(buttons),
        briefing_id=briefing.id if briefing is not None else None,
        entry=answer.id if answer is not None else None,
        score=score,
        language=lang,
        topic=topic,
    )


def _quoted_speakers(briefing: Briefing) -> set[str]:
    """Experts with at least one ``direct`` quote in the briefing."""
    spans = [(a.speaker, q) for a in briefing.answers for q in a.quotes]
    spans += [(f.speaker, f.span) for f in briefing.figures]
    return {speaker for speaker, quote in spans if speaker and quote.kind is QuoteKind.DIRECT}


def figure_item(briefing: Briefing, figure: Figure, lang: str) -> str:
    """ "15–18 дней — what it measures (who gave it)": one line of the figures list."""
    expert = briefing.expert(figure.speaker)
    who = (
        t("said_by", lang, name=expert.display_name(lang))
        if expert is not None
        else t("article_itself", lang)
    )
    return f"{shown_value(figure, lang)} — {figure.local('measures', lang)} ({who})"
