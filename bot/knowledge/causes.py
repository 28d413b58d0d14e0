"""Which items of a briefing state the reason of another, across passages.

The article links two passages by a backward-referring connector ("… цифра семь». С учётом
этого … логично добавить Турцию", ``bot.language.consequences``): an item whose span lies in
the first passage states the reason of an item whose span lies in the second. The reason is
then a kind of fact the first item states (``Entry.states``), as a "потому что" in its own
words would make it — read at load time, like every other kind an entry states.

An item with spans in both passages states the reason and its consequence itself; it is
neither side of a link (its own words are read as they stand).
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.knowledge.faithfulness import ArticleIndex, article_index
from bot.knowledge.model import Briefing, Figure, Item, Quote
from bot.language.consequences import Consequence


def item_spans(item: Item) -> tuple[Quote, ...]:
    """The article's spans an answer or a figure shows."""
    return (item.span,) if isinstance(item, Figure) else item.quotes


def _ranges(index: ArticleIndex, spans: tuple[Quote, ...]) -> Iterator[tuple[int, int]]:
    """Where each span first stands in the article."""
    for quote in spans:
        for found in index.occurrences(quote.text):
            yield found
            break


def _touches(ranges: list[tuple[int, int]], passage: tuple[int, int]) -> bool:
    start, end = passage
    return any(s < end and e > start for s, e in ranges)


def _sides(ranges: list[tuple[int, int]], link: Consequence) -> tuple[bool, bool]:
    """Does an item with these spans stand only on the cause's side, only on the effect's?"""
    cause, effect = _touches(ranges, link.cause), _touches(ranges, link.effect)
    return cause and not effect, effect and not cause


def linked(briefing: Briefing, spans: tuple[Quote, ...], *, effects: bool) -> tuple[str, ...]:
    """The ids of the briefing's items on the other side of a link from these spans: the
    items stating what follows from them (``effects``), or the items stating their reason."""
    index = article_index(briefing.article)
    links = index.consequences
    if not links or not spans:
        return ()
    own = list(_ranges(index, spans))
    mine = [link for link in links if _sides(own, link)[0 if effects else 1]]
    if not mine:
        return ()
    found: list[str] = []
    for item in briefing.items:
        other = list(_ranges(index, item_spans(item)))
        if other == own:
            continue
        if any(_sides(other, link)[1 if effects else 0] for link in mine):
            found.append(item.id)
    return tuple(found)


def beside_effects(briefing: Briefing, spans: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """The spans that stand outside every passage the article says follows from another:
    what an entry says besides the consequence (the "Такая «тюркская семёрка» … единый
    регион" after "С учётом этого … добавить Турцию"), which the reason does not explain."""
    index = article_index(briefing.article)
    effects = [link.effect for link in index.consequences]
    return tuple(
        quote
        for quote in spans
        if not any(_touches(list(_ranges(index, (quote,))), e) for e in effects)
    )
