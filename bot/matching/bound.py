"""Is the fact asked for stated of what the question binds it to, in the same span?

An entry states a set of kinds — a place, a duration, a forecast — each somewhere in its
spans; a question binds the kind it asks to something more. "Where will the new logistics
hubs be built?" asks for the place of something to come: the entry "сегодня доставка грузов
из Китая через Казахстан в Азербайджан занимает 15–18 дней. При должных инвестициях этот
срок можно сократить … нужны вложения в … логистические узлы" names places of today's
route, and its forecast is another span's: it gives no place of anything to come. So a
question about the future is answered with a date, a place, a number only when one span (a
quote, as the curator cut it) holds both that fact and a forecast: "…необходимость
дополнительных инвестиций… В частности, речь шла о … строительстве новых паромов для перевозки
грузов через Каспий" gives where the ferries to be built will go. (A kind the curator
declares with ``states:`` is taken as declared: it is not read from a span.)
"""

from __future__ import annotations

from functools import lru_cache

from bot.knowledge.entries import Entry, EntryKind
from bot.language.answer_types import AnswerType, stated_types

# Kinds read from a span's own forms (a speaker states who said it wherever he speaks).
_IN_SPAN = frozenset(
    {
        AnswerType.DATE,
        AnswerType.PLACE,
        AnswerType.DURATION,
        AnswerType.QUANTITY,
        AnswerType.MONEY,
    }
)


@lru_cache(maxsize=4096)
def span_kinds(text: str) -> frozenset[AnswerType]:
    """The kinds one span states (``stated_types``, remembered: entries are few)."""
    return stated_types(text)


def forecast_with(entry: Entry, wanted: AnswerType) -> bool:
    """Does one span of the entry state ``wanted`` together with a forecast (an entry
    forecasting nothing does not)? True as well when no span states ``wanted`` at all (it
    is declared, or given by a figure's value) or its forecast is declared: nothing to bind
    then."""
    if AnswerType.FORECAST not in entry.states:
        return False
    if wanted not in _IN_SPAN or entry.kind is EntryKind.LIST:
        return True
    declared = {AnswerType(kind) for kind in entry.declared}
    if wanted in declared or AnswerType.FORECAST in declared:
        return True
    kinds = [span_kinds(span.text) for span in entry.spans]
    if not any(wanted in k for k in kinds):
        return True
    return any(wanted in k and AnswerType.FORECAST in k for k in kinds)
