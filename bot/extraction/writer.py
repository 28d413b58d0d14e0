"""Write a draft briefing as the YAML a curator edits (the format of docs/knowledge-format.md)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.knowledge.model import Answer, Briefing, Figure, Quote

HEADER = """\
# Draft written by `briefbot extract` from {source} on {today}.
# Every item is marked `draft: true` and hidden from users until a curator reviews it:
# check each speaker, role and quote against the article, fix names and titles, rewrite
# the questions the way people ask, then delete the `draft: true` lines.
# `briefbot check` counts what is left; `briefbot check --strict` fails while any remain.
"""


def _quote(quote: Quote) -> dict[str, str]:
    return {quote.kind.value: quote.text}


def _entry(entry: Answer | Figure) -> dict[str, Any]:
    data: dict[str, Any] = {"id": entry.id, "draft": True, "title": entry.title}
    if isinstance(entry, Answer) and entry.list_kind is not None:
        data["title_en"] = entry.title_en
        data["list"] = entry.list_kind.value
        data["questions"] = list(entry.questions)
        return data
    if isinstance(entry, Figure):
        data["value"] = entry.value
        if entry.display:  # what a reader sees alone; check proves it against the span
            data["display"] = entry.display
        data["measures"] = entry.measures
    data["speaker"] = entry.speaker
    data["topics"] = list(entry.topics)
    if isinstance(entry, Answer):
        data["quotes"] = [_quote(q) for q in entry.quotes]
    else:
        data["span"] = _quote(entry.span)
    data["questions"] = list(entry.questions)
    data["related"] = list(entry.related)
    return data


# libyaml's emitter writes the same text five times faster (a 2 MB draft: 0.5 s vs 2.5 s).
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def to_yaml(briefing: Briefing, output: Path) -> str:
    source = Path(os.path.relpath(briefing.article.path, output.resolve().parent)).as_posix()
    document = {
        "briefing": {
            "id": briefing.id,
            "draft": True,
            "title": briefing.title,
            "publisher": briefing.publisher,
            "event_date": briefing.event_date,
            "url": None,
            "published": None,
            "headline": briefing.headline,
            "source": source,
            "language": briefing.language,
            "summary": briefing.summary,
        },
        "experts": [
            {
                "id": e.id,
                "draft": True,
                "name": e.name,
                "name_en": e.name_en,
                "name_genitive": e.name_genitive,
                "surname": e.surname,
                "role": e.role,
                "country": e.country or None,
                "aliases": list(e.aliases),
            }
            for e in briefing.experts
        ],
        "topics": [
            {
                "id": t.id,
                "draft": True,
                "title": t.title,
                "command": t.command,
                "aliases": list(t.aliases),
                **({"main": t.main} if t.main else {}),
            }
            for t in briefing.topics
        ],
        "answers": [_entry(a) for a in briefing.answers],
        "figures": [_entry(f) for f in briefing.figures],
    }
    body = yaml.dump(
        document,
        Dumper=DUMPER,
        allow_unicode=True,
        sort_keys=False,
        width=100,
        default_flow_style=False,
    )
    body = body.replace("\nexperts:", "\n\nexperts:").replace("\ntopics:", "\n\ntopics:")
    body = body.replace("\nanswers:", "\n\nanswers:").replace("\nfigures:", "\n\nfigures:")
    return HEADER.format(source=source, today=date.today().isoformat()) + "\n" + body
