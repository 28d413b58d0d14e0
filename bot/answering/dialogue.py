"""What a message means in its conversation: the matcher's match, and how to present it.

The matcher scores a question as it stands; the dialogue decides whether it is a follow-up
("а Гусейнов?", "ещё", "а цифры?") leaning on the chat's context, or a request for a list
narrowed to one expert ("какие цифры привёл Ишмухамедов").
"""

from __future__ import annotations

from bot.answering.context import Context
from bot.answering.followup import resolve_followup
from bot.answering.understanding import Understanding
from bot.knowledge.model import ListKind
from bot.language.lexicon import FIGURE_LEMMAS
from bot.matching.matcher import Band, Match, Matcher, Scored
from bot.matching.query import Query


def understand(matcher: Matcher, text: str, context: Context) -> Understanding:
    query = matcher.analyse(text)
    scored = matcher.score(query)
    if not context.empty:
        followed = resolve_followup(matcher, query, context, scored)
        if followed is not None:
            return followed
    figures = experts_figures(matcher, query)
    if figures is not None:
        return figures
    return Understanding(matcher.band(query, scored))


def experts_figures(matcher: Matcher, query: Query) -> Understanding | None:
    """ "какие цифры привёл Ишмухамедов": the figures list, narrowed to that expert."""
    if len(query.named) != 1 or not any(t.lemma in FIGURE_LEMMAS for t in query.terms):
        return None
    briefing_id, expert_id = next(iter(query.named))
    names = {k for k, v in matcher.index.names.items() if (briefing_id, expert_id) in v}
    other = [t for t in query.terms if t.focus and t.lemma not in FIGURE_LEMMAS | names]
    briefing = matcher.kb.briefing(briefing_id)
    if other or briefing is None:
        return None  # "цифры Ишмухамедова о товарообороте": a particular figure
    if not any(f.speaker == expert_id for f in briefing.figures):
        return None
    lists = [
        entry
        for entry in sorted(matcher.catalogue.entries, key=lambda e: e.briefing.id != briefing_id)
        if entry.list_kind is ListKind.FIGURES
    ]
    if not lists:
        return None
    match = Match(query, Band.ANSWER, Scored(lists[0], 100.0), ())
    return Understanding(match, ListKind.FIGURES, None, expert_id)
