"""Assemble a draft briefing from an article: people → statements → figures → topics.

The draft is built as the same domain objects the bot loads, every one marked ``draft``,
and each span is proven by the same faithfulness checker before it is kept: a span the
checker cannot prove is dropped and reported, never written. What is written therefore
passes ``briefbot check`` by construction.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.extraction.displays import draft_display
from bot.extraction.figures import DATE, FoundFigure, find_figures, sentence_around, table_figures
from bot.extraction.mains import choose_main
from bot.extraction.mentions import Person
from bot.extraction.people import find_people
from bot.extraction.phrasings import figure_questions, statement_questions
from bot.extraction.spans import Statement
from bot.extraction.statements import extract_statements
from bot.extraction.structure import WORD, Paragraph, Shape, read_paragraphs, split_sentences
from bot.extraction.topics import TopicCandidate, find_topics
from bot.knowledge.faithfulness import span_problem, value_in_span
from bot.knowledge.model import (
    Answer,
    Article,
    Briefing,
    Expert,
    Figure,
    ListKind,
    Quote,
    QuoteKind,
    SourceRef,
    Topic,
)
from bot.language.romanise import romanise, slug, spellings


class ExtractionError(Exception):
    """The article cannot be drafted (unreadable, empty); the message says why."""


MAX_NEIGHBOUR_BYTES = 5_000_000


def taken_commands(folder: Path, *, besides: Path) -> set[str]:
    """Commands other briefings in ``folder`` already use. Any other file there may be
    anything, broken or hostile: it contributes nothing and never stops the extraction."""
    import yaml

    taken: set[str] = set()
    if not folder.is_dir():
        return taken
    for file in sorted(folder.rglob("*.y*ml")):
        if file.resolve() == besides.resolve():
            continue
        try:
            if not file.is_file() or file.stat().st_size > MAX_NEIGHBOUR_BYTES:
                continue
            data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError, ValueError):
            continue
        topics = data.get("topics") if isinstance(data, dict) else None
        if not isinstance(topics, list):
            continue
        for topic in topics:
            if isinstance(topic, dict) and isinstance(topic.get("command"), str):
                taken.add(topic["command"].removeprefix("/"))
    return taken


@dataclass
class Draft:
    briefing: Briefing
    dropped: list[str] = field(default_factory=list)  # spans the checker could not prove


def extract(
    article_path: Path,
    *,
    briefing_id: str | None = None,
    publisher: str | None = None,
    output: Path | None = None,
    taken: set[str] | None = None,
) -> Draft:
    try:
        text = article_path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ExtractionError(
            f"not UTF-8 text (byte {exc.start}); convert it, e.g. iconv -f cp1251 -t utf-8"
        ) from exc
    paragraphs = read_paragraphs(text)
    if not paragraphs:
        raise ExtractionError("the article is empty")
    article = Article(
        path=article_path.resolve(),
        text=text,
        paragraphs=tuple(p.text for p in paragraphs),
    )
    ref = SourceRef(output or article_path.with_suffix(".yaml"), 1)
    people = find_people(article.paragraphs)
    statements = extract_statements(paragraphs, people)
    ids = _Ids({kind.value for kind in ListKind})
    # Everyone named is an expert while spans are proven, so the checker sees every person a
    # paragraph names (a minister who is only talked about still rules out a misattribution);
    # those with nothing attributed are dropped at the end.
    experts = _experts(people, ref, ids)
    expert_of = {p.key: e for p, e in zip(people, experts, strict=True)}
    names = {m.surname.lower() for p in people for m in p.mentions}
    candidates = find_topics(list(article.paragraphs), names, taken or set())
    topic_ids = {c.title: ids.take(slug(c.title)) for c in candidates}
    topics = [_topic(c, topic_ids[c.title], ref) for c in candidates]
    header = _header(paragraphs, briefing_id or slug(article_path.stem), publisher, article, ref)
    draft = Draft(header)
    briefing = _replace(header, experts=tuple(experts), topics=tuple(topics))
    asked = _questions_asked(paragraphs)
    build = _Build(briefing, expert_of, ref, draft, ids)
    answers = _answers(build, statements, candidates, topic_ids, asked)
    answers = [_with_questions(a) for a in answers]
    figures = _figures(build, paragraphs, statements, dict(asked))
    lead = next((p.text for p in paragraphs if p.shape is Shape.PROSE), "")
    topics, figures = _with_mains(candidates, topics, answers, figures, lead)
    answers += _lists(ref)
    speaking = {e.speaker for e in (*answers, *figures)}
    draft.briefing = _replace(
        briefing,
        experts=tuple(e for e in experts if e.id in speaking),
        topics=tuple(topics),
        answers=tuple(answers),
        figures=tuple(figures),
    )
    return draft


def _with_mains(
    candidates: list[TopicCandidate],
    topics: list[Topic],
    answers: list[Answer],
    figures: list[Figure],
    lead: str,
) -> tuple[list[Topic], list[Figure]]:
    """Each topic with its main entry (bot/extraction/mains.py); a figure chosen as a
    topic's main is put on that topic, as ``briefbot check`` requires."""
    result: list[Topic] = []
    for candidate, topic in zip(candidates, topics, strict=True):
        main = choose_main(topic.id, candidate.lemmas, answers, figures, lead)
        if isinstance(main, Figure):
            figures = [
                replace(f, topics=(*f.topics, topic.id))
                if f.id == main.id and topic.id not in f.topics
                else f
                for f in figures
            ]
        result.append(replace(topic, main=main.id) if main is not None else topic)
    return result, figures


class _Ids:
    """One namespace for a briefing's ids: experts, topics, answers and figures share it."""

    def __init__(self, reserved: set[str]) -> None:
        self.used = set(reserved)
        self._next: dict[str, int] = {}  # base → the suffix to try first (no rescans)

    def take(self, base: str) -> str:
        base = (base or "x")[:40].strip("-") or "x"
        n = self._next.get(base, 2)
        candidate = base if base not in self.used else f"{base}-{n}"
        while candidate in self.used:
            n += 1
            candidate = f"{base}-{n}"
        self._next[base] = n + 1 if candidate != base else 2
        self.used.add(candidate)
        return candidate


def _with_questions(answer: Answer) -> Answer:
    """Every entry needs at least one way to be asked for; its title serves when nothing else."""
    return answer if answer.questions else replace(answer, questions=(answer.title,))


def _questions_asked(paragraphs: list[Paragraph]) -> dict[int, str]:
    """In an interview, the question each answer replies to: the best phrasing there is."""
    asked: dict[int, str] = {}
    question: str | None = None
    for paragraph in paragraphs:
        if paragraph.shape is Shape.QUESTION:
            question = paragraph.body
        elif paragraph.shape is Shape.ANSWER and question:
            asked[paragraph.number] = question
            sentences = [s.text for s in split_sentences(Paragraph(0, question, Shape.PROSE, 0))]
            # "Звучит как катастрофа. Почему этим не занимались раньше?": the asking sentence.
            asked[paragraph.number] = next(
                (s for s in reversed(sentences) if s.endswith("?")), question
            )
    return asked


def _replace(briefing: Briefing, **changes: object) -> Briefing:
    from dataclasses import replace

    return replace(briefing, **changes)  # type: ignore[arg-type]


def _header(
    paragraphs: list[Paragraph],
    briefing_id: str,
    publisher: str | None,
    article: Article,
    ref: SourceRef,
) -> Briefing:
    heading = next((p.text for p in paragraphs if p.shape is Shape.HEADING), None)
    lead = next((p for p in paragraphs if p.shape is Shape.PROSE), paragraphs[0])
    sentences = split_sentences(lead)
    first = sentences[0].text if sentences else lead.text
    title = heading or _shorten(first, 12)
    date = next(
        (m.group(0) for p in paragraphs[:3] if (m := DATE.search(p.text)) is not None), None
    )
    summary = " ".join(s.text for s in sentences[:2]) or lead.text
    return Briefing(
        id=briefing_id,
        title=title,
        title_en=title,
        publisher=publisher or _publisher(article.text) or "редакция",
        event_date=date or "дата не указана",
        event_date_en=date or "date not given",
        url=None,
        published=None,
        headline=heading,  # the article's own first line, when it is a headline
        language="ru",
        summary=summary,
        summary_en="",
        article=article,
        experts=(),
        topics=(),
        answers=(),
        figures=(),
        ref=ref,
        draft=True,
    )


# "Minval Politika обратилась за комментариями": a Latin name as the subject of an editorial verb.
_LATIN_NAME = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)+)\s+(?:обратил|сообща|пишет|передаёт|передает|выяснил|узнал)"
)
_MEDIA = re.compile(
    r"(?:[Кк]орреспондент(?:а|у)?|журнала|газеты|издания|агентства|портала|редакции)\s+«([^«»]+)»"
)


def _publisher(text: str) -> str | None:
    """Who published it, when the article says so: "Minval Politika обратилась …",
    "Корреспондент «Деловой степи» …". Left to the curator otherwise."""
    media = _MEDIA.search(text)
    if media:
        return f"«{media.group(1)}»"
    latin = _LATIN_NAME.search(text)
    return latin.group(1) if latin else None


def _shorten(text: str, words: int) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _experts(speakers: list[Person], ref: SourceRef, ids: _Ids) -> list[Expert]:
    experts: list[Expert] = []
    for person in speakers:
        expert_id = ids.take(slug(person.surname))
        aliases = [person.surname, *spellings(person.surname)]
        if person.first_name:
            aliases += [person.name, *spellings(person.name)]
        experts.append(
            Expert(
                id=expert_id,
                name=person.name,
                name_en=romanise(person.name),
                name_genitive=person.name_genitive,
                role=person.role or "роль не указана",
                role_en=person.role or "role not given",
                country=person.country,
                country_en=person.country,
                aliases=tuple(dict.fromkeys(aliases)),
                surname=person.surname,
                ref=ref,
                draft=True,
            )
        )
    return experts


def _topic(candidate: TopicCandidate, topic_id: str, ref: SourceRef) -> Topic:
    return Topic(
        id=topic_id,
        title=candidate.title,
        title_en=candidate.title,
        command=candidate.command,
        aliases=tuple(dict.fromkeys((candidate.title, *candidate.forms))),
        ref=ref,
        draft=True,
    )


def _topics_of(text: str, candidates: list[TopicCandidate]) -> list[TopicCandidate]:
    from bot.language.morphology import parse

    lemmas = {parse(w.lower())[0].normal_form for w in WORD.findall(text) if parse(w.lower())}
    return [c for c in candidates if set(c.lemmas) <= lemmas]


def _introductions_as_leads(statements: list[Statement]) -> list[Statement]:
    """ "Отвечая на вопрос о тарифах, Тимур Абишев сослался на …" then his quote: the
    article's sentence that names the next speaker introduces his words, so it becomes the
    lead of his answer (still the article's words, never shown as his)."""
    result = list(statements)
    for i, statement in enumerate(result[:-1]):
        following = result[i + 1]
        if (
            statement.speaker is None
            and statement.kind is QuoteKind.ARTICLE
            and following.speaker is not None
            and following.paragraph == statement.paragraph
            and any(
                m.paragraph == statement.paragraph and statement.start <= m.start < statement.end
                for m in following.speaker.mentions
            )
        ):
            result[i] = replace(statement, speaker=following.speaker)
    return result


def _proven(briefing: Briefing, quote: Quote, speaker: str | None, draft: Draft, what: str) -> bool:
    problem = span_problem(briefing, quote, speaker)
    if problem:
        draft.dropped.append(f"{what}: {problem}")
    return problem is None


@dataclass
class _Build:
    """What assembling one draft shares: the briefing so far, the ids, the proof log."""

    briefing: Briefing
    expert_of: dict[str, Expert]
    ref: SourceRef
    draft: Draft
    ids: _Ids


def _answers(
    build: _Build,
    statements: list[Statement],
    candidates: list[TopicCandidate],
    topic_ids: dict[str, str],
    asked: dict[int, str],
) -> list[Answer]:
    statements = _introductions_as_leads(statements)
    groups: list[list[Statement]] = []
    for statement in statements:
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and last.paragraph == statement.paragraph
            and last.speaker is statement.speaker
        ):
            groups[-1].append(statement)
        else:
            groups.append([statement])
    answers: list[Answer] = []
    counters: dict[str, int] = {}
    for group in groups:
        speaker = group[0].speaker
        expert = build.expert_of.get(speaker.key) if speaker is not None else None
        expert_id = expert.id if expert else None
        quotes = []
        leads = [s.text for s in group if s.kind is QuoteKind.ARTICLE and s.speaker is not None]
        for statement in group:
            if statement.kind is QuoteKind.ARTICLE and statement.speaker is not None:
                continue
            quote = Quote(statement.kind, statement.text, build.ref)
            if _proven(
                build.briefing, quote, expert_id, build.draft, f"абз.{statement.paragraph + 1}"
            ):
                quotes.append(quote)
        if not quotes:
            continue
        prefix = expert_id or "article"
        counters[prefix] = counters.get(prefix, 0) + 1
        answer_id = build.ids.take(f"{prefix}-{counters[prefix]}")
        text = " ".join([*leads, *(q.text for q in quotes)])
        topics = _topics_of(text, candidates)
        lead_words = _shorten(quotes[0].text, 9)
        title = f"{expert.surname}: {lead_words}" if expert else lead_words
        answers.append(
            Answer(
                id=answer_id,
                title=title,
                title_en=title,
                speaker=expert_id,
                quotes=tuple(quotes),
                questions=_with_asked(
                    asked.get(group[0].paragraph) if group[0].speaker is not None else None,
                    statement_questions(speaker, text, [t.title for t in topics]),
                ),
                topics=tuple(topic_ids[t.title] for t in topics),
                related=(),
                lead=" ".join(leads) or None,
                lead_en=None,
                summary_en=None,
                list_kind=None,
                ref=build.ref,
                draft=True,
            )
        )
    return answers


class _Owners:
    """Which statement holds a figure: the first (in statement order) whose span contains it.
    Indexed per paragraph and sorted, so that a paragraph with thousands of statements and
    figures is not read statements × figures times."""

    def __init__(self, statements: list[Statement]) -> None:
        rows: dict[int, list[tuple[int, int, Statement]]] = {}
        for order, statement in enumerate(statements):
            rows.setdefault(statement.paragraph, []).append((statement.start, order, statement))
        self._starts: dict[int, list[int]] = {}
        self._rows: dict[int, list[tuple[int, int, Statement]]] = {}
        self._longest: dict[int, int] = {}
        for paragraph, found in rows.items():
            found.sort(key=lambda row: (row[0], row[1]))
            self._starts[paragraph] = [row[0] for row in found]
            self._rows[paragraph] = found
            self._longest[paragraph] = max(s.end - s.start for _, _, s in found)

    def around(self, paragraph: int, start: int, end: int) -> Statement | None:
        starts, rows = self._starts.get(paragraph, []), self._rows.get(paragraph, [])
        best: tuple[int, Statement] | None = None
        i = bisect_right(starts, start) - 1
        while i >= 0 and starts[i] >= start - self._longest[paragraph]:
            _, order, statement = rows[i]
            if end <= statement.end and (best is None or order < best[0]):
                best = (order, statement)
            i -= 1
        return best[1] if best is not None else None


def _figures(
    build: _Build,
    paragraphs: list[Paragraph],
    statements: list[Statement],
    asked: dict[int, str],
) -> list[Figure]:
    found = [f for p in paragraphs for f in find_figures(p)] + table_figures(paragraphs)
    figures: list[Figure] = []
    owners = _Owners(statements)
    for figure in found:
        paragraph = paragraphs[figure.paragraph]
        owner = owners.around(figure.paragraph, figure.start, figure.end)
        if owner is not None:
            span_text = _sentence_in(owner, figure)
            kind = owner.kind
            # A lead ("Министр … назвал 5 приоритетов") is the article's sentence, not his.
            speaker = owner.speaker if kind is not QuoteKind.ARTICLE else None
        else:
            start, end = (
                (paragraph.body_start, len(paragraph.text))
                if paragraph.shape is Shape.TABLE
                else sentence_around(paragraph, figure.start, figure.end)
            )
            span_text, kind, speaker = paragraph.text[start:end], QuoteKind.ARTICLE, None
        expert = build.expert_of.get(speaker.key) if speaker is not None else None
        if speaker is not None and expert is None:
            kind, speaker = QuoteKind.ARTICLE, None
        quote = Quote(kind, span_text, build.ref)
        if not value_in_span(figure.value, span_text):
            continue
        if not _proven(
            build.briefing, quote, expert.id if expert else None, build.draft, f"«{figure.value}»"
        ):
            continue
        measures = figure.measures or _measures(span_text, figure.value)
        figure_id = build.ids.take(slug(measures[:30]) or "figure")
        title = measures[:1].upper() + measures[1:]
        figures.append(
            Figure(
                id=figure_id,
                title=title,
                title_en=title,
                value=figure.value,
                display=draft_display(figure.value, span_text),
                measures=measures,
                measures_en=measures,
                speaker=expert.id if expert else None,
                span=quote,
                questions=_with_asked(
                    asked.pop(figure.paragraph, None),  # the answer's first figure only
                    figure_questions(figure.value, measures, speaker),
                ),
                topics=(),
                related=(),
                ref=build.ref,
                draft=True,
            )
        )
    return figures


def _with_asked(question: str | None, questions: tuple[str, ...]) -> tuple[str, ...]:
    return (question.rstrip("?").strip(), *questions) if question else questions


def _sentence_in(statement: Statement, figure: FoundFigure) -> str:
    """The sentence of a statement that holds the figure (a quote can run for a paragraph)."""
    pseudo = Paragraph(0, statement.text, Shape.PROSE, 0)
    local = figure.start - statement.start
    for sentence in split_sentences(pseudo):
        if sentence.start <= local and local + len(figure.value) <= sentence.end:
            return sentence.text.rstrip(".")
    return statement.text


_TOKEN = re.compile(r"[\w%+.,–-]*\w%?|[—–:;,]")


def _measures(span: str, value: str) -> str:
    """What the number measures: the words around it in its sentence, the number left out.

    Up to eight words before it and six after, stopping at a sentence's other clauses only
    when enough words are left: "среднее время обработки вагона сократилось", "в 2026 году
    мы планируем выйти на". Other numbers in the window stay: they say which year or part.
    """
    at = span.find(value)
    before = [t for t in _TOKEN.findall(span[:at]) if t not in {",", ";", ":"}]
    after = _TOKEN.findall(span[at + len(value) :])
    for stop, token in enumerate(after):
        if token in {",", ";", ":", "—", "–"} and stop >= 1:
            after = after[:stop]
            break
    words_before = [t for t in before if t not in {"—", "–"}][-8:]
    if len(words_before) >= 2 and before and before[-1] in {"—", "–"}:
        words_before = words_before[-3:]  # "… тонн — на 21% больше": the clause after the dash
    words = [*words_before, *[t for t in after if t not in {"—", "–"}][:6]]
    text = " ".join(words).strip() or value
    if text[:1].isupper() and text[1:2].islower():
        text = text[:1].lower() + text[1:]
    return text


# Generic ways to ask for the generated lists: the same for any briefing.
_LIST_QUESTIONS = {
    ListKind.EXPERTS: (
        "Эксперты",
        "Experts",
        "какие эксперты, эксперты, кто эксперты, список экспертов, кто комментировал, "
        "чьё мнение приводится в статье, кого цитируют, кто высказался, кто выступал, "
        "who are the experts, experts, who is quoted, which experts commented",
    ),
    ListKind.FIGURES: (
        "Ключевые цифры",
        "Key figures",
        "ключевые цифры, цифры, все цифры, какие цифры приводятся, какие цифры в статье, "
        "главные цифры, цифры и факты, статистика, key figures, numbers, figures, "
        "what are the numbers",
    ),
    ListKind.TOPICS: (
        "Темы",
        "Topics",
        "темы, какие темы, о чём статья, о чем говорили, что обсуждали, список тем, "
        "topics, what topics, what is the article about",
    ),
}


def _lists(ref: SourceRef) -> list[Answer]:
    return [
        Answer(
            id=kind.value,
            title=title,
            title_en=title_en,
            speaker=None,
            quotes=(),
            questions=tuple(q.strip() for q in questions.split(",")),
            topics=(),
            related=(),
            lead=None,
            lead_en=None,
            summary_en=None,
            list_kind=kind,
            ref=ref,
            draft=True,
        )
        for kind, (title, title_en, questions) in _LIST_QUESTIONS.items()
    ]
