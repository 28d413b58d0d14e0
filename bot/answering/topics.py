"""Topics: a topic's reply (its main statement in full, the rest as buttons), the experts who
spoke on it, and the rows of topic buttons other replies offer."""

from __future__ import annotations

from bot.answering.entries import entry_reply
from bot.answering.library import Library
from bot.answering.quoting import quote_blocks, source_line
from bot.answering.reply import Action, Block, Bullets, Button, Heading, Lead, Reply, ReplyKind
from bot.answering.texts import t
from bot.knowledge.entries import Entry
from bot.knowledge.model import Briefing, Expert, Topic
from bot.language.answer_types import AnswerType
from bot.matching.bound import span_kinds
from bot.matching.index import content_lemmas

MAX_TOPIC_BUTTONS = 8


def topic_reply(library: Library, briefing: Briefing, topic: Topic, lang: str) -> Reply:
    """A topic: its central statement (the curator's ``main:``) in full, the others as buttons."""
    items = [e for e in briefing.items if topic.id in e.topics]
    main = briefing.item(topic.main) if topic.main else None
    if main is None:  # no main declared: the first expert's statement on it
        statements = [a for a in briefing.answers if topic.id in a.topics and a.list_kind is None]
        main = next((a for a in statements if a.speaker), statements[0] if statements else None)
    blocks: list[Block] = [Heading(t("topic_heading", lang, title=topic.local("title", lang)))]
    if main is not None:
        entry = library.catalogue.entry_in(briefing, main.id)
        assert entry is not None
        blocks.extend(entry_reply(library, entry, lang).blocks)
    position = library.position(briefing)
    rest = [e for e in items if e is not main][:MAX_TOPIC_BUTTONS]
    buttons = tuple((Button(e.local("title", lang), Action.ENTRY, position, e.id),) for e in rest)
    return Reply(
        kind=ReplyKind.INFO,
        blocks=tuple(blocks),
        buttons=buttons,
        briefing_id=briefing.id,
        entry=main.id if main else None,
        speaker=main.speaker if main else None,
        language=lang,
        topic=topic.id,
    )


def topic_experts(
    library: Library, briefing: Briefing, topic: Topic, lang: str, exclude: str | None
) -> Reply:
    """Everyone else who spoke on the topic, one button per statement."""
    position = library.position(briefing)
    statements = [
        a
        for a in briefing.answers
        if topic.id in a.topics and a.speaker and a.speaker != exclude and a.list_kind is None
    ]
    blocks: list[Block] = [
        Heading(t("topic_experts_heading", lang, title=topic.local("title", lang)))
    ]
    if not statements:
        blocks.append(Lead(t("no_other_experts", lang)))
    items = []
    buttons = []
    for answer in statements:
        expert = briefing.expert(answer.speaker)
        assert expert is not None
        answer_title = answer.local("title", lang)
        items.append(f"{expert.display_name(lang)}: {answer_title}")
        buttons.append(
            (
                Button(
                    f"{_surname(expert, lang)}: {answer_title}", Action.ENTRY, position, answer.id
                ),
            )
        )
    if items:
        blocks.append(Bullets(tuple(items)))
    return Reply(
        ReplyKind.INFO,
        tuple(blocks),
        tuple(buttons),
        briefing.id,
        language=lang,
        topic=topic.id,
    )


def experts_on_subject(
    library: Library,
    entries: tuple[Entry, ...],
    lang: str,
    subject: frozenset[str] = frozenset(),
    wanted: AnswerType | None = None,
) -> Reply:
    """ "Что говорят эксперты о коридоре": each expert who spoke on it, with his words (the
    span of his best statement that says most about the subject), and a button to each
    statement in full. ``wanted``: the kind of fact the question asks ("во сколько раз
    вырастет торговля, по прогнозам экспертов" asks a forecast), which a span on the subject
    stating it gives before one that only names the subject more fully: the statement was
    chosen for saying it, so its span saying it is the answer."""
    blocks: list[Block] = [Heading(t("experts_on_subject", lang))]
    buttons = []
    for entry in entries:
        expert = entry.briefing.expert(entry.speaker)
        if expert is None:
            continue
        stems = {lemma[:6] for lemma in subject}
        span = max(entry.spans, key=lambda q: _span_rank(q.text, stems, wanted))
        blocks.extend(quote_blocks(entry.briefing, (span,), expert, lang))
        position = library.position(entry.briefing)
        label = f"{_surname(expert, lang)}: {entry.title(lang)}"
        buttons.append((Button(label, Action.ENTRY, position, entry.key),))
    first = entries[0]
    blocks.append(source_line(first.briefing, lang))
    return Reply(
        ReplyKind.ANSWER,
        tuple(blocks),
        tuple(buttons),
        first.briefing.id,
        entry=first.key,
        score=100.0,
        language=lang,
    )


def _span_rank(text: str, stems: set[str], wanted: AnswerType | None) -> tuple[bool, int]:
    """How well a span answers: on the subject and stating the kind asked first (a fact, which
    nearly every span states, tells nothing), then by how much of the subject it names."""
    shared = len(stems & {lemma[:6] for lemma in content_lemmas(text)})
    states = wanted not in (None, AnswerType.FACT) and wanted in span_kinds(text)
    return (shared > 0 and states, shared)


def _surname(expert: Expert, lang: str) -> str:
    """The surname for a button label, in the reader's alphabet."""
    return expert.surname if lang != "en" else expert.local("name", lang).split()[-1]
