"""The reply for one entry: a statement, a figure, an expert's profile or a list.

``entry_reply`` hands the entry a visitor; each kind of entry calls the method that renders
it, so there is no ``isinstance`` chain and no parsing of keys.
"""

from __future__ import annotations

from bot.answering import lists
from bot.answering.keyboards import entry_buttons
from bot.answering.library import Library
from bot.answering.quoting import quote_blocks, source_line
from bot.answering.reply import (
    Action,
    Block,
    Bullets,
    Button,
    Heading,
    Lead,
    Reply,
    ReplyKind,
    Translation,
)
from bot.answering.texts import t
from bot.answering.values import figure_line, shown_value
from bot.knowledge.entries import AnswerEntry, Entry, ExpertEntry, FigureEntry, ListEntry
from bot.knowledge.model import Answer, Briefing, Figure
from bot.records import record

MAX_PROFILE_BUTTONS = 8


def entry_reply(
    library: Library,
    entry: Entry,
    lang: str,
    *,
    score: float = 100.0,
    follows: tuple[Entry, ...] = (),
    dated_by: tuple[Entry, ...] = (),
    occasion: str = "",
    introduce: bool = False,
    also: tuple[Entry, ...] = (),
) -> Reply:
    """The reply showing ``entry``; then, for a reason answered across passages, the words
    the article says follow from it (``follows``: "С учётом этого … добавить Турцию" after the
    sacred seven), so the reply says what the reason is the reason of; for a date the entry
    gives only as an occasion's (``occasion``: "в рамках визита"), the words dating that
    occasion (``dated_by``), said to be its date, not one of the entry's own; when the
    question also asks who the speaker is (``introduce``: "which expert addressed the
    declaration, and what is his nationality?"), the article's words introducing him; for a
    second question asked of another expert (``also``: "…, and how did Ishmukhamedov read
    it?"), his words on it."""
    return entry.accept(
        _EntryReplies(library, lang, score, follows, dated_by, occasion, introduce, also)
    )


@record(slots=False)
class _EntryReplies:
    """The reply to each kind of entry (the entries' visitor), in one language."""

    library: Library
    lang: str
    score: float
    follows: tuple[Entry, ...] = ()
    dated_by: tuple[Entry, ...] = ()
    occasion: str = ""
    introduce: bool = False
    also: tuple[Entry, ...] = ()

    def answer(self, entry: AnswerEntry) -> Reply:
        briefing, answer, lang = entry.briefing, entry.answer, self.lang
        expert = briefing.expert(answer.speaker)
        blocks: list[Block] = []
        lead = answer.local("lead", lang)
        if lead:
            blocks.append(Lead(lead))
        if lang == "en" and answer.summary_en:
            blocks.append(Translation(t("translation", lang), answer.summary_en))
        blocks.extend(quote_blocks(briefing, answer.quotes, expert, lang))
        return self._item_reply(briefing, answer, blocks)

    def figure(self, entry: FigureEntry) -> Reply:
        briefing, figure, lang = entry.briefing, entry.figure, self.lang
        expert = briefing.expert(figure.speaker)
        blocks: list[Block] = [figure_line(figure, lang)]
        blocks.extend(quote_blocks(briefing, (figure.span,), expert, lang))
        others = [item for key in figure.related if isinstance(item := briefing.item(key), Figure)]
        if others:
            blocks.append(Lead(t("also_figures", lang)))
            blocks.append(
                Bullets(
                    tuple(f"{shown_value(o, lang)} — {o.local('measures', lang)}" for o in others)
                )
            )
        return self._item_reply(briefing, figure, blocks)

    def _item_reply(self, briefing: Briefing, item: Answer | Figure, blocks: list[Block]) -> Reply:
        """A statement's or a figure's reply: its blocks, what follows from it (a reason
        answered across passages), the source, the tools under it."""
        for entry in self.follows:
            blocks.append(Lead(t("follows", self.lang)))
            blocks.extend(
                quote_blocks(briefing, entry.spans, briefing.expert(entry.speaker), self.lang)
            )
        for entry in self.dated_by:
            blocks.append(Lead(t("dated_by", self.lang, occasion=self.occasion)))
            blocks.extend(
                quote_blocks(briefing, entry.spans, briefing.expert(entry.speaker), self.lang)
            )
        for entry in self.also:
            blocks.append(Lead(t("also_asked", self.lang)))
            blocks.extend(
                quote_blocks(briefing, entry.spans, briefing.expert(entry.speaker), self.lang)
            )
        if self.introduce:
            blocks.extend(self._introduction(briefing, item))
        blocks.append(source_line(briefing, self.lang))
        return Reply(
            kind=ReplyKind.ANSWER,
            blocks=tuple(blocks),
            buttons=entry_buttons(self.library, briefing, item, self.lang),
            briefing_id=briefing.id,
            entry=item.id,
            speaker=item.speaker,
            score=self.score,
            language=self.lang,
            topic=item.topics[0] if item.topics else None,
        )

    def _introduction(self, briefing: Briefing, item: Answer | Figure) -> list[Block]:
        """The article's first words of the item's speaker, where it says who he is ("По
        словам казахстанского политолога Руслана Тусупбекова…"), as his profile opens with
        them — for a question asking his nationality or trade beside what he said. None when
        the item has no speaker or is that first statement itself."""
        expert = briefing.expert(item.speaker) if item.speaker else None
        if expert is None:
            return []
        first = next(
            (a for a in briefing.answers if a.speaker == expert.id and a.list_kind is None), None
        )
        if first is None or first.id == item.id:
            return []
        return [
            Lead(t("introduced", self.lang)),
            *quote_blocks(briefing, first.quotes[:1], expert, self.lang),
        ]

    def expert(self, entry: ExpertEntry) -> Reply:
        briefing, expert, lang = entry.briefing, entry.expert, self.lang
        role = expert.with_original("role", lang)
        country = expert.local("country", lang)
        headline = f"{expert.display_name(lang)} — {role}"
        if country:
            headline += f" ({country})"
        blocks: list[Block] = [Heading(headline)]
        statements = [a for a in briefing.answers if a.speaker == expert.id and a.list_kind is None]
        if statements:
            first = statements[0]
            blocks.extend(quote_blocks(briefing, first.quotes[:2], expert, lang))
            blocks.append(Lead(t("expert_statements", lang)))
            blocks.append(Bullets(tuple(a.local("title", lang) for a in statements)))
        blocks.append(source_line(briefing, lang))
        position = self.library.position(briefing)
        buttons = tuple(
            (Button(a.local("title", lang), Action.ENTRY, position, a.id),)
            for a in statements[:MAX_PROFILE_BUTTONS]
        )
        return Reply(
            kind=ReplyKind.ANSWER,
            blocks=tuple(blocks),
            buttons=buttons,
            briefing_id=briefing.id,
            entry=entry.key,
            speaker=expert.id,
            score=self.score,
            language=lang,
        )

    def listing(self, entry: ListEntry) -> Reply:
        kind = entry.answer.list_kind
        assert kind is not None
        return lists.listing(
            self.library,
            kind,
            self.lang,
            answer=entry.answer,
            briefing=self.library.scope(entry.briefing),
            score=self.score,
        )
