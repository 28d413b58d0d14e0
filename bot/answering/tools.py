"""The tools under an answer: the article's paragraphs around it, and a copy-ready citation."""

from __future__ import annotations

from bot.answering.citing import citation_lines
from bot.answering.library import Library
from bot.answering.quoting import source_line
from bot.answering.refusals import nothing
from bot.answering.reply import ArticleStatement, Block, Heading, Lead, Reply, ReplyKind
from bot.answering.texts import t
from bot.knowledge.entries import Entry
from bot.knowledge.faithfulness import article_index


def context_reply(library: Library, entry: Entry, lang: str) -> Reply:
    """The whole article paragraph(s) holding the entry's spans, so it can be checked."""
    if not entry.spans:
        return nothing(library, lang)  # a generated list has no place in the article
    briefing = entry.briefing
    index = article_index(briefing.article)
    numbers: list[int] = []
    for quote in entry.spans:
        for start, _ in index.occurrences(quote.text):
            number = index.paragraph_of(start)
            if number not in numbers:
                numbers.append(number)
            break
    numbers.sort()
    blocks: list[Block] = [
        Heading(t("context_heading", lang, numbers=", ".join(str(n + 1) for n in numbers)))
    ]
    # The article's own paragraphs: for English readers set apart in «…».
    blocks.extend(
        ArticleStatement("", briefing.article.paragraphs[n], quoted=lang == "en") for n in numbers
    )
    blocks.append(source_line(briefing, lang))
    return Reply(ReplyKind.INFO, tuple(blocks), (), briefing.id, entry=entry.key, language=lang)


def citation_reply(library: Library, entry: Entry, lang: str) -> Reply:
    """A copy-ready line for a journalist's text (see ``citing``)."""
    lines = citation_lines(entry, lang)
    if not lines:
        return nothing(library, lang)
    return Reply(
        ReplyKind.INFO,
        tuple(Lead(line) for line in lines),
        (),
        entry.briefing.id,
        entry=entry.key,
        language=lang,
    )
