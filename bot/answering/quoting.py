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
from bot.knowledge.faithfulness import surname_pattern
from bot.knowledge.model import Briefing, Expert, Quote, QuoteKind
from bot.language.grammar import capitalise_start, finish_sentence, lower_start, past_verb_suffix
from bot.language.speech import ATTRIBUTED


def source_line(briefing: Briefing, lang: str) -> Source:
    return Source(
        t(
            "source",
            lang,
            publisher=briefing.publisher,
            title=briefing.local("title", lang),
            date=briefing.local("event_date", lang),
        )
    )


def names_itself(expert: Expert, quote: Quote) -> bool:
    """The span carries its own attribution ("Гусейнов отметил, что…", "по словам эксперта")."""
    return bool(surname_pattern(expert.surname).search(quote.text) or ATTRIBUTED.search(quote.text))


def quote_blocks(
    briefing: Briefing, quotes: tuple[Quote, ...], expert: Expert | None, lang: str
) -> list[Block]:
    """Faithful blocks for spans: only ``direct`` ones become quotations."""
    blocks: list[Block] = []
    pending_direct: list[str] = []

    def flush() -> None:
        if expert is not None:
            for number, text in enumerate(pending_direct, start=1):
                last = number == len(pending_direct)
                blocks.append(DirectQuote(text, expert.attribution(lang) if last else ""))
        pending_direct.clear()

    for quote in quotes:
        if quote.kind is QuoteKind.DIRECT:
            pending_direct.append(quote.text)
            continue
        flush()
        if quote.kind is QuoteKind.ARTICLE or expert is None:
            intro = t("in_article", lang, publisher=briefing.publisher)
            blocks.append(ArticleStatement(intro, finish_sentence(capitalise_start(quote.text))))
        elif names_itself(expert, quote):
            # Adding "По словам …" would say it twice.
            blocks.append(Reported("", finish_sentence(capitalise_start(quote.text))))
        else:
            if any(isinstance(b, Reported) and b.intro for b in blocks):
                feminine = bool(past_verb_suffix(expert.name))
                pronoun = t("pronoun_her" if feminine else "pronoun_him", lang)
                intro = t("according_to_again", lang, pronoun=pronoun)
            else:
                name = expert.name_en if lang == "en" else expert.name_genitive
                intro = t("according_to", lang, name=name)
            blocks.append(Reported(intro, finish_sentence(lower_start(quote.text))))
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
                    publisher=briefing.publisher,
                )
            )
        )
    return blocks
