"""What every reply family reads: the catalogue of entries and a few facts derived from it.

Replies are built by small modules, one per family (entries, lists, topics, tools, refusals);
they share this read-only view instead of one large composer object.
"""

from __future__ import annotations

from bot.knowledge.entries import Catalogue
from bot.knowledge.model import Briefing, KnowledgeBase
from bot.records import record


@record(slots=False)
class Library:
    """The knowledge base as replies see it; holds no per-chat state."""

    catalogue: Catalogue
    # The briefing a chat is in until it chooses one (BRIEFBOT_DEFAULT_BRIEFING, else newest).
    default: str | None = None

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Library:
        return cls(Catalogue(kb))

    def home(self, current: str | None = None) -> Briefing:
        """The chat's current briefing: the one it chose, else the default, else the last
        loaded. Topic commands, topic buttons and the menu are this briefing's."""
        kb = self.catalogue.kb
        for wanted in (current, self.default):
            briefing = kb.briefing(wanted) if wanted else None
            if briefing is not None:
                return briefing
        return kb.briefings[-1]

    @property
    def several(self) -> bool:
        """More than one briefing: answers say which one they come from."""
        return len(self.catalogue.kb.briefings) > 1

    @property
    def kb(self) -> KnowledgeBase:
        return self.catalogue.kb

    @property
    def briefings(self) -> tuple[Briefing, ...]:
        return self.catalogue.kb.briefings

    def position(self, briefing: Briefing) -> int:
        return self.catalogue.position(briefing)

    def scope(self, briefing: Briefing) -> Briefing | None:
        """What a generated list covers: the briefing the question was scored in (the chat's,
        or the one it was clearly about) — a list of every briefing's experts would run to
        hundreds of lines."""
        return briefing

    def examples(self, lang: str) -> dict[str, str]:
        """Examples for interface texts, taken from the knowledge base, never hard-coded: the
        default briefing's first, and the search stops once both are found (hundreds of
        briefings hold hundreds of thousands of phrasings)."""
        latin = lang == "en"
        example, surname = "", ""
        home = self.home()
        for briefing in (home, *(b for b in self.briefings if b is not home)):
            for item in (*briefing.figures, *briefing.answers):
                for question in item.questions:
                    if any("a" <= ch.lower() <= "z" for ch in question) == latin:
                        example = example or question
                        break
            for expert in briefing.experts:
                surname = surname or (expert.name_en.split()[-1] if latin else expert.surname)
            if example and surname:
                break
        fallback = "…"
        return {"example": example or fallback, "surname": surname or fallback}
