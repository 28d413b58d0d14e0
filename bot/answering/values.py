"""How a figure's value reads in a reply."""

from __future__ import annotations

from bot.answering.reply import FigureLine
from bot.knowledge.model import Figure


def value_for(figure: Figure, lang: str) -> tuple[str, bool]:
    """The value a reader sees, and whether it must be set apart in «…»: Russian readers get
    the curated display value (nominative, with its unit); English readers the article's own
    words, verbatim, in «…» (digits alone need no marks)."""
    if lang != "en":
        return figure.shown, False
    value = figure.value
    return value, any(ch.isalpha() and not ch.isascii() for ch in value)


def figure_line(figure: Figure, lang: str) -> FigureLine:
    value, quoted = value_for(figure, lang)
    return FigureLine(value, figure.local("measures", lang), quoted)


def shown_value(figure: Figure, lang: str) -> str:
    """The value as text inside a line of a list."""
    value, quoted = value_for(figure, lang)
    return f"«{value}»" if quoted else value
