"""Copy-ready citations, faithful to each span's kind.

A direct quote is cited as the expert's words; reported speech and the article's own
statements as the article's whole sentence, credited to the publisher — never as the
expert's own words. The same lines fill the citation reply and, where they fit Telegram's
256 characters, the copy button under an answer.
"""

from __future__ import annotations

from bot.answering.texts import t
from bot.knowledge.entries import Entry
from bot.knowledge.faithfulness import article_index
from bot.knowledge.model import QuoteKind
from bot.language.grammar import past_verb_suffix

COPY_LIMIT = 256  # Telegram's CopyTextButton holds 1-256 characters


def citation_lines(entry: Entry, lang: str) -> list[str]:
    """One line per span of the entry (none for a profile or a list)."""
    briefing = entry.briefing
    index = article_index(briefing.article)
    expert = briefing.expert(entry.speaker)
    publisher = briefing.local("publisher", lang)
    lines: list[str] = []
    for quote in entry.spans:
        if quote.kind is QuoteKind.DIRECT and expert is not None:
            line = t(
                "cite_direct",
                lang,
                a=past_verb_suffix(expert.name),
                role=expert.local("role", lang),
                name=expert.local("name", lang),
                publisher=publisher,
                quote=quote.text.rstrip(),
            )
        else:
            sentence = index.sentence_around(quote.text) or quote.text
            if quote.kind is QuoteKind.REPORTED and expert is not None:
                line = t(
                    "cite_reported",
                    lang,
                    publisher=publisher,
                    name_gen=expert.name_genitive,
                    name=expert.local("name", lang),
                    role=expert.local("role", lang),
                    quote=sentence,
                )
            else:
                line = t("cite_article", lang, publisher=publisher, quote=sentence)
        if line not in lines:
            lines.append(line)
    return lines


def copy_text(entry: Entry, lang: str) -> str | None:
    """The whole citation when it fits a copy button, else None (the button asks the bot)."""
    text = "\n".join(citation_lines(entry, lang))
    return text if 0 < len(text) <= COPY_LIMIT else None
