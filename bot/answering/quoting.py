"""Spans of the article as reply blocks, faithful to their kind.

This is where faithfulness is kept at display time: a ``direct`` quote becomes a
``DirectQuote`` block; a ``reported`` one becomes reported speech, introduced by "По словам …"
unless the span already names its speaker ("Гусейнов отметил, что …"); an ``article`` span
is introduced as the publisher's statement.
"""

from __future__ import annotations

from bot.answering.reply import (
    ArticleStatement,
    Attribution,
    Block,
    DirectQuote,
    Reported,
    Source,
)
from bot.answering.texts import t
from bot.knowledge.faithfulness import article_index, surname_pattern
from bot.knowledge.model import Briefing, Expert, Quote, QuoteKind
from bot.language.speech import ATTRIBUTED


def source_line(briefing: Briefing, lang: str) -> Source:
    """Publisher and date, plus the article's headline and link only when the knowledge base
    has them: never the curator's briefing title dressed as a headline."""
    parts = [briefing.local("publisher", lang), briefing.local("event_date", lang)]
    if briefing.headline:
        parts.insert(1, f"«{briefing.headline}»")
    if briefing.url:
        parts.append(briefing.url)
    return Source(t("source", lang, cited=", ".join(parts)))


def names_itself(expert: Expert, quote: Quote) -> bool:
    """The span carries its own attribution ("Гусейнов отметил, что…", "по словам эксперта")."""
    return bool(surname_pattern(expert.surname).search(quote.text) or ATTRIBUTED.search(quote.text))


def quote_blocks(
    briefing: Briefing, quotes: tuple[Quote, ...], expert: Expert | None, lang: str
) -> list[Block]:
    """Faithful blocks for spans: only ``direct`` ones become quotations; reported speech and
    the article's own statements are shown as the article's whole sentences, verbatim, so they
    read as the article wrote them (its verb, its frame) and never as the expert's words."""
    index = article_index(briefing.article)
    english = lang == "en"
    sentences = {
        quote.text: index.sentence_around(quote.text) or quote.text
        for quote in quotes
        if quote.kind is not QuoteKind.DIRECT
    }
    blocks: list[Block] = []
    pending_direct: list[str] = []
    shown: set[str] = set()

    def flush() -> None:
        if expert is not None:
            for number, text in enumerate(pending_direct, start=1):
                last = number == len(pending_direct)
                blocks.append(DirectQuote(text, expert.attribution(lang) if last else ""))
        pending_direct.clear()

    for quote in quotes:
        if quote.kind is QuoteKind.DIRECT:
            # A quote inside a reported sentence shown here is already seen, in its «…».
            if not any(quote.text in sentence for sentence in sentences.values()):
                pending_direct.append(quote.text)
            continue
        flush()
        sentence = sentences[quote.text]
        if sentence in shown:
            continue  # two spans of one sentence: the sentence once
        shown.add(sentence)
        if quote.kind is QuoteKind.ARTICLE or expert is None:
            intro = t("in_article", lang, publisher=briefing.local("publisher", lang))
            blocks.append(ArticleStatement(intro, sentence, quoted=english))
        else:
            intro = (
                t("paraphrase", lang, publisher=briefing.local("publisher", lang))
                if english
                else ""
            )
            blocks.append(Reported(intro, sentence, quoted=english))
    flush()
    reported = any(isinstance(b, Reported) for b in blocks)
    if expert is not None and reported and not any(isinstance(b, DirectQuote) for b in blocks):
        blocks.append(
            Attribution(
                t(
                    "reported_by",
                    lang,
                    name=expert.display_name(lang),
                    role=expert.local("role", lang),
                    publisher=briefing.local("publisher", lang),
                )
            )
        )
    return blocks
