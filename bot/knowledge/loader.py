"""Load briefings from YAML into immutable domain objects.

A path is either one briefing file or a folder: each YAML file directly inside is a
briefing, each sub-folder is one briefing split over several YAML files. Structure and
references are validated here; the faithfulness proof lives in ``faithfulness`` and runs on
every load, so the bot can never serve a quote that is not in the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from bot.knowledge.commands import COMMAND_RE, MAX_COMMANDS, RESERVED_COMMANDS
from bot.knowledge.faithfulness import (
    article_index,
    check_faithfulness,
    display_problems,
    surname_pattern,
)
from bot.knowledge.model import (
    MAX_ARTICLE_BYTES,
    Answer,
    Article,
    Briefing,
    Expert,
    Figure,
    KnowledgeBase,
    ListKind,
    Quote,
    QuoteKind,
    SourceRef,
    Topic,
)
from bot.knowledge.problems import KnowledgeError, Problem
from bot.knowledge.yamlnodes import Reader, is_null, line_of
from bot.language.answer_types import AnswerType, evidence_for
from bot.patterns import lazy

YAML_SUFFIXES = (".yaml", ".yml")
# A direct quote is someone's words: one or two words («5+1», «Да») prove nothing about
# whose words they are, and shown as a quotation they would mislead.
MIN_DIRECT_QUOTE_WORDS = 3
ID_RE = lazy(r"[a-z0-9][a-z0-9_-]{0,47}")

SECTIONS = {"briefing", "experts", "topics", "answers", "figures"}
BRIEFING_FIELDS = {
    "id",
    "title",
    "title_en",
    "publisher",
    "event_date",
    "event_date_en",
    "url",
    "published",
    "headline",
    "source",
    "language",
    "summary",
    "summary_en",
    "draft",
}
EXPERT_FIELDS = {
    "id",
    "name",
    "name_en",
    "name_genitive",
    "surname",
    "role",
    "role_en",
    "country",
    "country_en",
    "aliases",
    "draft",
}
TOPIC_FIELDS = {"id", "title", "title_en", "command", "aliases", "draft", "main"}
ANSWER_FIELDS = {
    "id",
    "title",
    "title_en",
    "speaker",
    "topics",
    "lead",
    "lead_en",
    "summary_en",
    "quotes",
    "questions",
    "related",
    "list",
    "draft",
    "states",
}
FIGURE_FIELDS = {
    "id",
    "title",
    "title_en",
    "value",
    "measures",
    "measures_en",
    "speaker",
    "span",
    "topics",
    "questions",
    "related",
    "draft",
    "states",
    "display",
}


def load_knowledge(
    path: Path, *, leave_out_broken: bool = False, max_article_bytes: int = MAX_ARTICLE_BYTES
) -> KnowledgeBase:
    """Load and validate every briefing under ``path``; raise ``KnowledgeError`` on any problem.

    ``max_article_bytes``: a source article larger than this is a problem, not read.

    ``leave_out_broken``: a newsroom folder holds hundreds of briefings and one bad edit must
    not take the others off the air, so a briefing with problems is left out and its problems
    kept in ``KnowledgeBase.left_out`` (the caller logs them). Problems that belong to no one
    briefing (no such folder, nothing loadable at all) still raise.
    """
    path = Path(path)
    problems: list[Problem] = []
    groups = _briefing_groups(path, problems)
    if not groups and not problems:
        problems.append(Problem(path, 1, "no briefing (*.yaml) found here"))
    loaded: list[tuple[Briefing | None, list[Problem]]] = []
    first: dict[str, Briefing] = {}
    for files in groups:
        own: list[Problem] = []
        briefing = _load_briefing(files, own, max_article_bytes)
        if briefing is not None:
            own.extend(check_faithfulness(briefing))
            own.extend(_check_commands(briefing))
            if briefing.id in first:
                own.append(
                    Problem(
                        briefing.ref.file,
                        briefing.ref.line,
                        f"briefing id '{briefing.id}' is already used by {first[briefing.id].ref}",
                    )
                )
            first.setdefault(briefing.id, briefing)
        loaded.append((briefing, own))
    broken = [p for _, own in loaded for p in own]
    sound = tuple(b for b, own in loaded if b is not None and not own)
    if problems or (broken and (not leave_out_broken or not sound)):
        raise KnowledgeError([*problems, *broken])
    return KnowledgeBase(sound, left_out=tuple(broken))


def _briefing_groups(path: Path, problems: list[Problem]) -> list[list[Path]]:
    if path.is_file():
        return [[path]]
    if not path.is_dir():
        problems.append(Problem(path, 1, "no such file or folder"))
        return []
    groups: list[list[Path]] = []
    for child in sorted(path.iterdir()):
        if child.name.startswith("."):
            continue
        if child.is_file() and child.suffix in YAML_SUFFIXES:
            groups.append([child])
        elif child.is_dir():
            files = sorted(p for p in child.rglob("*") if p.suffix in YAML_SUFFIXES)
            if files:
                groups.append(files)
    return groups


@dataclass
class _Parts:
    """The sections of one briefing, gathered from one or more files."""

    header: tuple[Reader, yaml.Node, dict[str, yaml.Node]] | None = None
    items: dict[str, list[tuple[Reader, yaml.Node]]] = field(
        default_factory=lambda: {"experts": [], "topics": [], "answers": [], "figures": []}
    )


def _load_briefing(
    files: list[Path], problems: list[Problem], max_article_bytes: int
) -> Briefing | None:
    parts = _Parts()
    readers: list[Reader] = []
    for file in files:
        reader = Reader(file)
        readers.append(reader)
        _read_file(reader, parts)
    if parts.header is None:
        first = files[0]
        problems.extend(p for r in readers for p in r.problems)
        if not any(r.problems for r in readers):
            problems.append(Problem(first, 1, "missing section 'briefing'"))
        return None
    briefing = _build(parts, max_article_bytes)
    problems.extend(p for r in readers for p in r.problems)
    return briefing


def _read_file(reader: Reader, parts: _Parts) -> None:
    try:
        text = reader.file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        reader.problem(1, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
        return
    except OSError as exc:
        reader.problem(1, f"cannot read: {exc.strerror}")
        return
    root = reader.compose(text)
    if root is None:
        if not reader.problems:
            reader.problem(1, "the file is empty")
        return
    sections = reader.mapping(root, "the file")
    if sections is None:
        return
    reader.unknown_keys(sections, SECTIONS, "the file")
    if "briefing" in sections:
        header = reader.mapping(sections["briefing"], "briefing")
        if header is not None:
            if parts.header is not None:
                reader.problem(sections["briefing"], "a second 'briefing' section")
            else:
                parts.header = (reader, sections["briefing"], header)
    for name, bucket in parts.items.items():
        bucket.extend((reader, node) for node in reader.sequence(sections.get(name), name))


def _build(parts: _Parts, max_article_bytes: int) -> Briefing | None:
    assert parts.header is not None
    reader, node, fields = parts.header
    reader.unknown_keys(fields, BRIEFING_FIELDS, "briefing")
    what = "briefing"
    text = reader.text
    briefing_id = _id(reader, fields, node, what)
    source = text(fields, "source", node, what)
    where = fields.get("source", node)
    article = _article(reader, where, source, max_article_bytes) if source else None

    experts = [e for r, n in parts.items["experts"] if (e := _expert(r, n))]
    if article is not None:
        experts = [replace(e, in_article=_as_written(e, article.text)) for e in experts]
    topics = [t for r, n in parts.items["topics"] if (t := _topic(r, n))]
    answers = [a for r, n in parts.items["answers"] if (a := _answer(r, n))]
    figures = [f for r, n in parts.items["figures"] if (f := _figure(r, n))]

    header = dict(
        title=text(fields, "title", node, what),
        title_en=text(fields, "title_en", node, what, required=False),
        publisher=text(fields, "publisher", node, what),
        event_date=text(fields, "event_date", node, what),
        event_date_en=text(fields, "event_date_en", node, what, required=False),
        url=text(fields, "url", node, what, required=False),
        published=text(fields, "published", node, what, required=False),
        headline=text(fields, "headline", node, what, required=False),
        language=text(fields, "language", node, what, required=False) or "ru",
        summary=text(fields, "summary", node, what),
        summary_en=text(fields, "summary_en", node, what, required=False),
    )
    if (
        briefing_id is None
        or article is None
        or any(header[k] is None for k in ("title", "publisher", "event_date", "summary"))
    ):
        return None
    briefing = Briefing(
        id=briefing_id,
        title=header["title"] or "",
        title_en=header["title_en"] or header["title"] or "",
        publisher=header["publisher"] or "",
        event_date=header["event_date"] or "",
        event_date_en=header["event_date_en"] or header["event_date"] or "",
        url=header["url"],
        published=header["published"],
        headline=header["headline"],
        language=header["language"] or "ru",
        summary=header["summary"] or "",
        summary_en=header["summary_en"] or "",
        article=article,
        experts=tuple(experts),
        topics=tuple(topics),
        answers=tuple(answers),
        figures=tuple(figures),
        ref=SourceRef(reader.file, line_of(node)),
        draft=reader.flag(fields, "draft", what),
    )
    _check_references(briefing, reader)
    if briefing.headline and not any(article_index(article).occurrences(briefing.headline)):
        reader.problem(
            fields["headline"], f"briefing: headline not in the article: «{briefing.headline}»"
        )
    return briefing


def _as_written(expert: Expert, text: str) -> str | None:
    """The expert's name as the article writes it: the full name in the nominative if it is
    there, else the surname in the nominative, else the surname's first form in the text."""
    if expert.name in text:
        return expert.name
    if re.search(rf"(?<!\w){re.escape(expert.surname)}(?!\w)", text):
        return expert.surname
    hit = surname_pattern(expert.surname).search(text)
    return hit.group(0) if hit else None


def _article(reader: Reader, node: yaml.Node, source: str, max_bytes: int) -> Article | None:
    path = (reader.file.parent / source).resolve()
    try:
        # A regular file of bounded size only: /dev/zero would read until memory runs out,
        # a FIFO would block the bot's start for ever.
        if not path.exists():
            reader.problem(node, f"source article not found: {source} (resolved to {path})")
            return None
        if not path.is_file():
            reader.problem(node, f"source article is not a regular file: {source}")
            return None
        size = path.stat().st_size
        if size > max_bytes:
            reader.problem(
                node,
                f"source article is {size} bytes, over the limit of {max_bytes}"
                f" (BRIEFBOT_MAX_ARTICLE_BYTES): {source}",
            )
            return None
        with path.open("rb") as stream:
            text = stream.read(max_bytes + 1).decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reader.problem(node, f"source article unreadable: {source}: {exc}")
        return None
    paragraphs = tuple(line.strip() for line in text.splitlines() if line.strip())
    if not paragraphs:
        reader.problem(node, f"source article is empty: {source}")
        return None
    return Article(path=path, text=text, paragraphs=paragraphs)


def _id(reader: Reader, fields: dict[str, yaml.Node], node: yaml.Node, what: str) -> str | None:
    value = reader.text(fields, "id", node, what)
    if value is not None and not ID_RE.fullmatch(value):
        reader.problem(fields["id"], f"{what}: id '{value}' must match {ID_RE.pattern}")
        return None
    return value


def _expert(reader: Reader, node: yaml.Node) -> Expert | None:
    fields = reader.mapping(node, "expert")
    if fields is None:
        return None
    what = "expert"
    reader.unknown_keys(fields, EXPERT_FIELDS, what)
    expert_id = _id(reader, fields, node, what)
    what = f"expert '{expert_id}'"
    name = reader.text(fields, "name", node, what)
    role = reader.text(fields, "role", node, what)
    values = {
        key: reader.text(fields, key, node, what, required=False)
        for key in ("name_en", "name_genitive", "surname", "role_en", "country", "country_en")
    }
    aliases = reader.texts(fields, "aliases", what)
    if expert_id is None or name is None or role is None:
        return None
    return Expert(
        id=expert_id,
        name=name,
        name_en=values["name_en"] or name,
        name_genitive=values["name_genitive"] or name,
        role=role,
        role_en=values["role_en"] or role,
        country=values["country"] or "",
        country_en=values["country_en"] or values["country"] or "",
        aliases=aliases,
        surname=values["surname"] or name.split()[-1],
        ref=SourceRef(reader.file, line_of(node)),
        draft=reader.flag(fields, "draft", what),
    )


def _topic(reader: Reader, node: yaml.Node) -> Topic | None:
    fields = reader.mapping(node, "topic")
    if fields is None:
        return None
    reader.unknown_keys(fields, TOPIC_FIELDS, "topic")
    topic_id = _id(reader, fields, node, "topic")
    what = f"topic '{topic_id}'"
    title = reader.text(fields, "title", node, what)
    title_en = reader.text(fields, "title_en", node, what, required=False)
    command = reader.text(fields, "command", node, what)
    if command is not None:
        command = command.removeprefix("/")
        if not COMMAND_RE.fullmatch(command):
            reader.problem(
                fields["command"],
                f"{what}: bad command '/{command}': Telegram allows 1-32 of a-z, 0-9 and _",
            )
        elif command in RESERVED_COMMANDS:
            reader.problem(fields["command"], f"{what}: command '/{command}' is built in")
    aliases = reader.texts(fields, "aliases", what)
    if topic_id is None or title is None or command is None:
        return None
    return Topic(
        id=topic_id,
        title=title,
        title_en=title_en or title,
        command=command,
        aliases=aliases,
        ref=SourceRef(reader.file, line_of(node)),
        draft=reader.flag(fields, "draft", what),
        main=reader.text(fields, "main", node, what, required=False),
    )


def _quotes(reader: Reader, node: yaml.Node | None, what: str) -> tuple[Quote, ...]:
    quotes: list[Quote] = []
    items = [node] if isinstance(node, yaml.MappingNode) else reader.sequence(node, what)
    for item in items:
        fields = reader.mapping(item, what)
        if fields is None:
            continue
        if len(fields) != 1:
            reader.problem(item, f"{what}: each quote is one of direct:, reported:, article:")
            continue
        ((kind_name, text_node),) = fields.items()
        try:
            kind = QuoteKind(kind_name)
        except ValueError:
            reader.problem(
                item, f"{what}: unknown quote kind '{kind_name}' (direct, reported or article)"
            )
            continue
        text = reader.text(fields, kind_name, item, what)
        if (
            text is not None
            and kind is QuoteKind.DIRECT
            and len(text.split()) < MIN_DIRECT_QUOTE_WORDS
        ):
            reader.problem(
                text_node,
                f"{what}: a direct quote needs at least {MIN_DIRECT_QUOTE_WORDS} words: «{text}»",
            )
            continue
        if text is not None:
            quotes.append(
                Quote(kind, " ".join(text.split()), SourceRef(reader.file, line_of(text_node)))
            )
    return tuple(quotes)


def _speaker(reader: Reader, fields: dict[str, yaml.Node], what: str) -> str | None:
    node = fields.get("speaker")
    if node is None or is_null(node):
        return None
    return reader.text(fields, "speaker", node, what)


def _answer(reader: Reader, node: yaml.Node) -> Answer | None:
    fields = reader.mapping(node, "answer")
    if fields is None:
        return None
    reader.unknown_keys(fields, ANSWER_FIELDS, "answer")
    answer_id = _id(reader, fields, node, "answer")
    what = f"answer '{answer_id}'"
    title = reader.text(fields, "title", node, what)
    list_name = reader.text(fields, "list", node, what, required=False)
    list_kind = None
    if list_name is not None:
        try:
            list_kind = ListKind(list_name)
        except ValueError:
            reader.problem(fields["list"], f"{what}: unknown list '{list_name}'")
            return None
    quotes = _quotes(reader, fields.get("quotes"), what)
    if list_kind is None and not quotes:
        reader.problem(node, f"{what}: missing field 'quotes' (or 'list')")
    if list_kind is not None and quotes:
        reader.problem(fields["quotes"], f"{what}: a generated list cannot also have quotes")
    questions = reader.texts(fields, "questions", what)
    if not questions:
        reader.problem(node, f"{what}: missing field 'questions' (how people ask for it)")
    if answer_id is None or title is None:
        return None
    return Answer(
        id=answer_id,
        title=title,
        title_en=reader.text(fields, "title_en", node, what, required=False) or title,
        speaker=_speaker(reader, fields, what),
        quotes=quotes,
        questions=questions,
        topics=reader.texts(fields, "topics", what),
        related=reader.texts(fields, "related", what),
        lead=reader.text(fields, "lead", node, what, required=False),
        lead_en=reader.text(fields, "lead_en", node, what, required=False),
        summary_en=reader.text(fields, "summary_en", node, what, required=False),
        list_kind=list_kind,
        ref=SourceRef(reader.file, line_of(node)),
        draft=reader.flag(fields, "draft", what),
        states=_states(reader, fields, what),
    )


def _figure(reader: Reader, node: yaml.Node) -> Figure | None:
    fields = reader.mapping(node, "figure")
    if fields is None:
        return None
    reader.unknown_keys(fields, FIGURE_FIELDS, "figure")
    figure_id = _id(reader, fields, node, "figure")
    what = f"figure '{figure_id}'"
    title = reader.text(fields, "title", node, what)
    value = reader.text(fields, "value", node, what)
    measures = reader.text(fields, "measures", node, what)
    span_node = fields.get("span")
    spans = _quotes(reader, span_node, what) if span_node is not None else ()
    if span_node is None:
        reader.problem(node, f"{what}: missing field 'span'")
    elif len(spans) > 1:
        reader.problem(span_node, f"{what}: a figure has exactly one span")
    questions = reader.texts(fields, "questions", what)
    if not questions:
        reader.problem(node, f"{what}: missing field 'questions' (how people ask for it)")
    if None in (figure_id, title, value, measures) or len(spans) != 1:
        return None
    assert figure_id and title and value and measures
    return Figure(
        id=figure_id,
        title=title,
        title_en=reader.text(fields, "title_en", node, what, required=False) or title,
        value=value,
        measures=measures,
        measures_en=reader.text(fields, "measures_en", node, what, required=False) or measures,
        speaker=_speaker(reader, fields, what),
        span=spans[0],
        questions=questions,
        topics=reader.texts(fields, "topics", what),
        related=reader.texts(fields, "related", what),
        ref=SourceRef(reader.file, line_of(node)),
        draft=reader.flag(fields, "draft", what),
        states=_states(reader, fields, what),
        display=_display(reader, fields, what, value, spans[0].text),
    )


def _display(
    reader: Reader, fields: dict[str, yaml.Node], what: str, value: str, span: str
) -> str | None:
    """The value as a reader sees it alone ("1 миллиард долларов ежегодно" for "одного
    миллиарда долларов"): the same numbers as the value, and no word the span and the value
    do not have — a display may change a word's form, never the fact."""
    display = reader.text(fields, "display", fields.get("display"), what, required=False)
    if display is None:
        return None
    for problem in display_problems(display, value, span):
        reader.problem(fields["display"], f"{what}: {problem}")
    return display


def _states(reader: Reader, fields: dict[str, yaml.Node], what: str) -> tuple[str, ...]:
    """Declared kinds of facts; each must be one the bot knows (date, place, …)."""
    declared = reader.texts(fields, "states", what)
    known = {kind.value for kind in AnswerType}
    for value in declared:
        if value not in known:
            reader.problem(
                fields["states"],
                f"{what}: unknown kind '{value}' in 'states' (one of {', '.join(sorted(known))})",
            )
    return tuple(value for value in declared if value in known)


def _check_references(briefing: Briefing, reader: Reader) -> None:
    """Ids are unique in one namespace per briefing; every reference points at something."""
    seen: dict[str, SourceRef] = {}
    things: Iterable[Expert | Topic | Answer | Figure] = (
        *briefing.experts,
        *briefing.topics,
        *briefing.answers,
        *briefing.figures,
    )
    for thing in things:
        if thing.id in seen:
            _at(
                reader,
                thing.ref,
                f"duplicate id '{thing.id}' (first at line {seen[thing.id].line})",
            )
        else:
            seen[thing.id] = thing.ref
    experts = {e.id for e in briefing.experts}
    topics = {t.id for t in briefing.topics}
    entries = {e.id for e in briefing.items}
    for entry in briefing.items:
        what = f"{type(entry).__name__.lower()} '{entry.id}'"
        if entry.speaker is not None and entry.speaker not in experts:
            _at(reader, entry.ref, f"{what}: unknown speaker '{entry.speaker}'")
        for topic in entry.topics:
            if topic not in topics:
                _at(reader, entry.ref, f"{what}: unknown topic '{topic}'")
        for related in entry.related:
            if related not in entries:
                _at(reader, entry.ref, f"{what}: unknown related entry '{related}'")
            elif related == entry.id:
                _at(reader, entry.ref, f"{what}: related to itself")
        quotes = entry.quotes if isinstance(entry, Answer) else (entry.span,)
        for quote in quotes:
            if quote.kind is QuoteKind.ARTICLE and entry.speaker is not None:
                _at(reader, quote.ref, f"{what}: an 'article' span cannot have a speaker")
            if quote.kind is not QuoteKind.ARTICLE and entry.speaker is None:
                _at(reader, quote.ref, f"{what}: a '{quote.kind}' quote needs a speaker")
        text = " ".join(q.text for q in quotes)
        for kind in entry.states:
            if not evidence_for(AnswerType(kind), text, has_speaker=entry.speaker is not None):
                _at(reader, entry.ref, f"{what}: states '{kind}', but its span shows no {kind}")
    for topic in briefing.topics:
        if topic.main is None:
            continue
        main = briefing.item(topic.main)
        if main is None:
            _at(reader, topic.ref, f"topic '{topic.id}': unknown main entry '{topic.main}'")
        elif topic.id not in main.topics:
            _at(reader, topic.ref, f"topic '{topic.id}': main entry '{topic.main}' is not on it")


def _at(reader: Reader, ref: SourceRef, message: str) -> None:
    reader.problems.append(Problem(ref.file, ref.line, message))


def _check_commands(briefing: Briefing) -> list[Problem]:
    """A topic command needs to be unique only within its briefing: a chat types it in its
    current briefing, and a menu shows one briefing's topics at a time. That menu (the
    admins' holds the admin commands too) must fit Telegram's 100."""
    problems: list[Problem] = []
    owners: dict[str, Topic] = {}
    for topic in briefing.topics:
        first = owners.get(topic.command)
        if first is not None:
            problems.append(
                Problem(
                    topic.ref.file,
                    topic.ref.line,
                    f"command '/{topic.command}' is already used at {first.ref}",
                )
            )
        else:
            owners[topic.command] = topic
    total = len(owners) + len(RESERVED_COMMANDS)
    if total > MAX_COMMANDS:
        ref = briefing.ref
        problems.append(
            Problem(
                ref.file,
                ref.line,
                f"briefing '{briefing.id}': {len(owners)} topic commands and "
                f"{len(RESERVED_COMMANDS)} built-in ones make {total}: Telegram allows at most "
                f"{MAX_COMMANDS} in a menu",
            )
        )
    return problems
