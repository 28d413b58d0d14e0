"""Turn knowledge into replies: answers, figures, profiles, lists, suggestions and refusals.

This is where faithfulness is kept at display time: a ``direct`` quote becomes a
``DirectQuote`` block; a ``reported`` one becomes reported speech, introduced by "По словам …"
unless the span already names its speaker ("Гусейнов отметил, что …"); an ``article`` span
is introduced as the publisher's statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answering.grammar import capitalise_start, finish_sentence, lower_start, past_verb_suffix
from bot.answering.reply import (
    Action,
    ArticleStatement,
    Attribution,
    Block,
    Bullets,
    Button,
    DirectQuote,
    FigureLine,
    Heading,
    Lead,
    Reply,
    ReplyKind,
    Reported,
    Source,
    Translation,
)
from bot.knowledge.faithfulness import article_index, surname_pattern
from bot.knowledge.model import (
    Answer,
    Briefing,
    Expert,
    Figure,
    KnowledgeBase,
    ListKind,
    Quote,
    QuoteKind,
    Topic,
)
from bot.rendering.texts import t

MAX_RELATED_BUTTONS = 3
_ATTRIBUTED = re.compile(r"\bпо (?:его |её |ее |их )?(?:словам|мнению)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Composer:
    """Builds replies for one knowledge base; holds no per-chat state."""

    kb: KnowledgeBase

    # ------------------------------------------------------------- helpers
    def examples(self, lang: str) -> dict[str, str]:
        """Examples for interface texts, taken from the knowledge base, never hard-coded."""
        latin = lang == "en"
        example, surname = "", ""
        for briefing in self.kb.briefings:
            for entry in (*briefing.figures, *briefing.answers):
                for question in entry.questions:
                    if any("a" <= ch.lower() <= "z" for ch in question) == latin:
                        example = example or question
            for expert in briefing.experts:
                surname = surname or (expert.name_en.split()[-1] if latin else expert.surname)
        fallback = "…"
        return {"example": example or fallback, "surname": surname or fallback}

    def scope(self, briefing: Briefing) -> Briefing | None:
        """What a generated list covers: the briefing, or all of them when there are several
        ("кто эксперты" is about everything the bot knows)."""
        return briefing if len(self.kb.briefings) == 1 else None

    def position(self, briefing: Briefing) -> int:
        return self.kb.briefings.index(briefing)

    def display_name(self, expert: Expert, lang: str) -> str:
        if lang == "en" and expert.name_en != expert.name:
            return f"{expert.name_en} ({expert.name})"
        return expert.name

    def attribution(self, expert: Expert, lang: str) -> str:
        role = expert.role_en if lang == "en" else expert.role
        return f"{self.display_name(expert, lang)}, {role}"

    def source_line(self, briefing: Briefing, lang: str) -> Source:
        title = briefing.title_en if lang == "en" else briefing.title
        date = briefing.event_date_en if lang == "en" else briefing.event_date
        return Source(t("source", lang, publisher=briefing.publisher, title=title, date=date))

    def quote_blocks(
        self, briefing: Briefing, quotes: tuple[Quote, ...], expert: Expert | None, lang: str
    ) -> list[Block]:
        """Faithful blocks for spans: only ``direct`` ones become quotations."""
        blocks: list[Block] = []
        pending_direct: list[str] = []

        def flush() -> None:
            if expert is not None:
                for number, text in enumerate(pending_direct, start=1):
                    last = number == len(pending_direct)
                    blocks.append(DirectQuote(text, self.attribution(expert, lang) if last else ""))
            pending_direct.clear()

        for quote in quotes:
            if quote.kind is QuoteKind.DIRECT:
                pending_direct.append(quote.text)
                continue
            flush()
            if quote.kind is QuoteKind.ARTICLE or expert is None:
                intro = t("in_article", lang, publisher=briefing.publisher)
                blocks.append(
                    ArticleStatement(intro, finish_sentence(capitalise_start(quote.text)))
                )
            elif surname_pattern(expert.surname).search(quote.text) or _ATTRIBUTED.search(
                quote.text
            ):
                # The span carries its own attribution ("Гусейнов отметил, что…", "по словам
                # эксперта"): adding "По словам …" would say it twice.
                blocks.append(Reported("", finish_sentence(capitalise_start(quote.text))))
            else:
                if any(isinstance(b, Reported) and b.intro for b in blocks):
                    pronoun = "her" if past_verb_suffix(expert.name) else "him"
                    if lang != "en":
                        pronoun = "её" if past_verb_suffix(expert.name) else "его"
                    intro = t("according_to_again", lang, pronoun=pronoun)
                else:
                    name = expert.name_en if lang == "en" else expert.name_genitive
                    intro = t("according_to", lang, name=name)
                blocks.append(Reported(intro, finish_sentence(lower_start(quote.text))))
        flush()
        reported = any(isinstance(b, Reported) for b in blocks)
        if expert is not None and reported and not any(isinstance(b, DirectQuote) for b in blocks):
            role = expert.role_en if lang == "en" else expert.role
            blocks.append(
                Attribution(
                    t(
                        "reported_by",
                        lang,
                        name=self.display_name(expert, lang),
                        role=role,
                        publisher=briefing.publisher,
                    )
                )
            )
        return blocks

    # ------------------------------------------------------------- entries
    def entry(self, briefing: Briefing, key: str, lang: str, *, score: float = 100.0) -> Reply:
        if key.startswith("expert:"):
            expert = briefing.expert(key.removeprefix("expert:"))
            if expert is not None:
                return self.expert_profile(briefing, expert, lang, score=score)
        item = briefing.entry(key)
        if isinstance(item, Figure):
            return self.figure(briefing, item, lang, score=score)
        if isinstance(item, Answer):
            if item.list_kind is not None:
                return self.listing(
                    item.list_kind, lang, answer=item, briefing=self.scope(briefing), score=score
                )
            return self.answer(briefing, item, lang, score=score)
        return self.nothing(lang)

    def answer(self, briefing: Briefing, answer: Answer, lang: str, *, score: float) -> Reply:
        expert = briefing.expert(answer.speaker)
        blocks: list[Block] = []
        lead = answer.lead_en if lang == "en" and answer.lead_en else answer.lead
        if lead:
            blocks.append(Lead(lead))
        if lang == "en" and answer.summary_en:
            blocks.append(Translation(t("translation", lang), answer.summary_en))
        blocks.extend(self.quote_blocks(briefing, answer.quotes, expert, lang))
        blocks.append(self.source_line(briefing, lang))
        return Reply(
            kind=ReplyKind.ANSWER,
            blocks=tuple(blocks),
            buttons=self.entry_buttons(briefing, answer, lang),
            briefing_id=briefing.id,
            entry=answer.id,
            speaker=answer.speaker,
            score=score,
            language=lang,
            topic=answer.topics[0] if answer.topics else None,
        )

    def figure(self, briefing: Briefing, figure: Figure, lang: str, *, score: float) -> Reply:
        expert = briefing.expert(figure.speaker)
        measures = figure.measures_en if lang == "en" else figure.measures
        blocks: list[Block] = [FigureLine(figure.value, measures)]
        blocks.extend(self.quote_blocks(briefing, (figure.span,), expert, lang))
        others = [item for key in figure.related if isinstance(item := briefing.entry(key), Figure)]
        if others:
            blocks.append(Lead(t("also_figures", lang)))
            blocks.append(
                Bullets(
                    tuple(
                        f"{o.value} — {o.measures_en if lang == 'en' else o.measures}"
                        for o in others
                    )
                )
            )
        blocks.append(self.source_line(briefing, lang))
        return Reply(
            kind=ReplyKind.ANSWER,
            blocks=tuple(blocks),
            buttons=self.entry_buttons(briefing, figure, lang),
            briefing_id=briefing.id,
            entry=figure.id,
            speaker=figure.speaker,
            score=score,
            language=lang,
            topic=figure.topics[0] if figure.topics else None,
        )

    def expert_profile(
        self, briefing: Briefing, expert: Expert, lang: str, *, score: float = 100.0
    ) -> Reply:
        role = expert.role_en if lang == "en" else expert.role
        if lang == "en" and expert.role_en != expert.role:
            role = f"{expert.role_en} ({expert.role})"
        country = expert.country_en if lang == "en" else expert.country
        headline = f"{self.display_name(expert, lang)} — {role}"
        if country:
            headline += f" ({country})"
        blocks: list[Block] = [Heading(headline)]
        statements = [a for a in briefing.answers if a.speaker == expert.id and a.list_kind is None]
        if statements:
            first = statements[0]
            blocks.extend(self.quote_blocks(briefing, first.quotes[:2], expert, lang))
            blocks.append(Lead(t("expert_statements", lang)))
            blocks.append(
                Bullets(tuple(a.title_en if lang == "en" else a.title for a in statements))
            )
        blocks.append(self.source_line(briefing, lang))
        position = self.position(briefing)
        buttons = tuple(
            (Button(a.title_en if lang == "en" else a.title, Action.ENTRY, position, a.id),)
            for a in statements[:8]
        )
        return Reply(
            kind=ReplyKind.ANSWER,
            blocks=tuple(blocks),
            buttons=buttons,
            briefing_id=briefing.id,
            entry=f"expert:{expert.id}",
            speaker=expert.id,
            score=score,
            language=lang,
        )

    # --------------------------------------------------------------- lists
    def listing(
        self,
        kind: ListKind,
        lang: str,
        *,
        answer: Answer | None = None,
        briefing: Briefing | None = None,
        score: float = 100.0,
        topic: str | None = None,
        speaker: str | None = None,
    ) -> Reply:
        """A generated list; figures can be narrowed to a topic or to who gave them."""
        briefings = (briefing,) if briefing is not None else self.kb.briefings
        blocks: list[Block] = []
        buttons: list[tuple[Button, ...]] = []
        heading = {
            ListKind.EXPERTS: "experts_heading",
            ListKind.FIGURES: "figures_heading",
            ListKind.TOPICS: "topics_heading",
        }[kind]
        blocks.append(Heading(t(heading, lang)))
        for b in briefings:
            position = self.position(b)
            if kind is ListKind.FIGURES and not any(
                (topic is None or topic in f.topics) and (speaker is None or f.speaker == speaker)
                for f in b.figures
            ):
                continue  # nothing of this briefing passes the filter: no empty section
            if len(briefings) > 1 or len(self.kb.briefings) > 1:
                blocks.append(Lead(b.title_en if lang == "en" else b.title))
            if kind is ListKind.EXPERTS:
                items = []
                for expert in b.experts:
                    role = expert.role_en if lang == "en" else expert.role
                    items.append(f"{self.display_name(expert, lang)} — {role}")
                    buttons.append(
                        (
                            Button(
                                self.display_name(expert, lang),
                                Action.ENTRY,
                                position,
                                f"expert:{expert.id}",
                            ),
                        )
                    )
                blocks.append(Bullets(tuple(items)))
            elif kind is ListKind.FIGURES:
                figures = [
                    f
                    for f in b.figures
                    if (topic is None or topic in f.topics)
                    and (speaker is None or f.speaker == speaker)
                ]
                blocks.append(Bullets(tuple(self.figure_item(b, f, lang) for f in figures)))
                row: list[Button] = []
                for f in figures:
                    row.append(
                        Button(
                            f.title_en if lang == "en" else f.title, Action.ENTRY, position, f.id
                        )
                    )
                    if len(row) == 2:
                        buttons.append(tuple(row))
                        row = []
                if row:
                    buttons.append(tuple(row))
            else:
                items = []
                for topic_item in b.topics:
                    title = topic_item.title
                    if lang == "en" and topic_item.title_en != topic_item.title:
                        title = f"{topic_item.title_en} ({topic_item.title})"
                    items.append(f"/{topic_item.command} — {title}")
                blocks.append(Bullets(tuple(items)))
                buttons.extend(self.topic_buttons(b, lang))
        if briefing is not None:
            blocks.append(self.source_line(briefing, lang))
        return Reply(
            kind=ReplyKind.ANSWER if answer is not None else ReplyKind.INFO,
            blocks=tuple(blocks),
            buttons=tuple(buttons),
            briefing_id=briefing.id if briefing is not None else None,
            entry=answer.id if answer is not None else None,
            score=score,
            language=lang,
            topic=topic,
        )

    def figure_item(self, briefing: Briefing, figure: Figure, lang: str) -> str:
        measures = figure.measures_en if lang == "en" else figure.measures
        expert = briefing.expert(figure.speaker)
        who = (
            t("said_by", lang, name=self.display_name(expert, lang))
            if expert is not None
            else t("article_itself", lang)
        )
        return f"{figure.value} — {measures} ({who})"

    def topic_buttons(self, briefing: Briefing, lang: str) -> list[tuple[Button, ...]]:
        position = self.position(briefing)
        rows: list[tuple[Button, ...]] = []
        row: list[Button] = []
        for topic in briefing.topics:
            row.append(
                Button(
                    topic.title_en if lang == "en" else topic.title,
                    Action.TOPIC,
                    position,
                    topic.id,
                )
            )
            if len(row) == 2:
                rows.append(tuple(row))
                row = []
        if row:
            rows.append(tuple(row))
        return rows

    def topic(self, briefing: Briefing, topic: Topic, lang: str) -> Reply:
        """A topic: its main statement in full, then the others as buttons."""
        entries = [e for e in briefing.entries if topic.id in e.topics]
        statements = [e for e in entries if isinstance(e, Answer) and e.list_kind is None]
        main = next((a for a in statements if a.speaker), statements[0] if statements else None)
        title = topic.title_en if lang == "en" else topic.title
        blocks: list[Block] = [Heading(t("topic_heading", lang, title=title))]
        if main is not None:
            reply = self.answer(briefing, main, lang, score=100.0)
            blocks.extend(reply.blocks)
        position = self.position(briefing)
        rest = [e for e in entries if e is not main][:8]
        buttons = tuple(
            (Button(e.title_en if lang == "en" else e.title, Action.ENTRY, position, e.id),)
            for e in rest
        )
        return Reply(
            kind=ReplyKind.INFO,
            blocks=tuple(blocks),
            buttons=buttons,
            briefing_id=briefing.id,
            entry=main.id if main else None,
            speaker=main.speaker if main else None,
            language=lang,
            topic=topic.id,
        )

    def topic_experts(
        self, briefing: Briefing, topic: Topic, lang: str, exclude: str | None
    ) -> Reply:
        title = topic.title_en if lang == "en" else topic.title
        position = self.position(briefing)
        statements = [
            a
            for a in briefing.answers
            if topic.id in a.topics and a.speaker and a.speaker != exclude and a.list_kind is None
        ]
        blocks: list[Block] = [Heading(t("topic_experts_heading", lang, title=title))]
        if not statements:
            blocks.append(Lead(t("no_other_experts", lang)))
        items = []
        buttons = []
        for answer in statements:
            expert = briefing.expert(answer.speaker)
            assert expert is not None
            answer_title = answer.title_en if lang == "en" else answer.title
            items.append(f"{self.display_name(expert, lang)}: {answer_title}")
            buttons.append(
                (Button(f"{expert.surname}: {answer_title}", Action.ENTRY, position, answer.id),)
            )
        if items:
            blocks.append(Bullets(tuple(items)))
        return Reply(
            ReplyKind.INFO,
            tuple(blocks),
            tuple(buttons),
            briefing.id,
            language=lang,
            topic=topic.id,
        )

    # ---------------------------------------------------- context, citation
    def context(self, briefing: Briefing, key: str, lang: str) -> Reply:
        """The whole article paragraph(s) holding the entry's spans, so it can be checked."""
        item = briefing.entry(key)
        spans = () if item is None else (item.quotes if isinstance(item, Answer) else (item.span,))
        if not spans:
            return self.nothing(lang)  # a generated list has no place in the article
        index = article_index(briefing.article)
        numbers: list[int] = []
        for quote in spans:
            for start, _ in index.occurrences(quote.text):
                number = index.paragraph_of(start)
                if number not in numbers:
                    numbers.append(number)
                break
        numbers.sort()
        blocks: list[Block] = [
            Heading(t("context_heading", lang, numbers=", ".join(str(n + 1) for n in numbers)))
        ]
        blocks.extend(Lead(briefing.article.paragraphs[n]) for n in numbers)
        blocks.append(self.source_line(briefing, lang))
        return Reply(ReplyKind.INFO, tuple(blocks), (), briefing.id, entry=key, language=lang)

    def citation(self, briefing: Briefing, key: str, lang: str) -> Reply:
        """A copy-ready line for a journalist's text, faithful to the quote's kind."""
        item = briefing.entry(key)
        if item is None:
            return self.nothing(lang)
        spans = item.quotes if isinstance(item, Answer) else (item.span,)
        if not spans:
            return self.nothing(lang)
        expert = briefing.expert(item.speaker)
        publisher = briefing.publisher
        lines = []
        for quote in spans:
            if quote.kind is QuoteKind.DIRECT and expert is not None:
                role = expert.role_en if lang == "en" else expert.role
                name = expert.name_en if lang == "en" else expert.name
                lines.append(
                    t(
                        "cite_direct",
                        lang,
                        a=past_verb_suffix(expert.name),
                        role=role,
                        name=name,
                        publisher=publisher,
                        quote=quote.text.rstrip(),
                    )
                )
            elif quote.kind is QuoteKind.REPORTED and expert is not None:
                if surname_pattern(expert.surname).search(quote.text):
                    lines.append(f"{finish_sentence(capitalise_start(quote.text))} ({publisher})")
                else:
                    role = expert.role_en if lang == "en" else expert.role
                    lines.append(
                        t(
                            "cite_reported",
                            lang,
                            role_gen="",
                            name_gen=expert.name_genitive,
                            name=expert.name_en if lang == "en" else expert.name,
                            role=role,
                            quote=lower_start(quote.text).rstrip("."),
                            publisher=publisher,
                        )
                    )
            else:
                lines.append(
                    t("cite_article", lang, publisher=publisher, quote=lower_start(quote.text))
                )
        return Reply(
            ReplyKind.INFO,
            tuple(Lead(line) for line in lines),
            (),
            briefing.id,
            entry=key,
            language=lang,
        )

    # ------------------------------------------------------------- buttons
    def entry_buttons(
        self, briefing: Briefing, item: Answer | Figure, lang: str
    ) -> tuple[tuple[Button, ...], ...]:
        position = self.position(briefing)
        rows: list[tuple[Button, ...]] = []
        for key in item.related[:MAX_RELATED_BUTTONS]:
            related = briefing.entry(key)
            if related is not None:
                rows.append(
                    (
                        Button(
                            related.title_en if lang == "en" else related.title,
                            Action.ENTRY,
                            position,
                            key,
                        ),
                    )
                )
        tools = [
            Button(t("button_context", lang), Action.CONTEXT, position, item.id),
            Button(t("button_cite", lang), Action.CITE, position, item.id),
        ]
        rows.append(tuple(tools))
        if item.topics and item.speaker:
            rows.append(
                (
                    Button(
                        t("button_topic_experts", lang),
                        Action.TOPIC_EXPERTS,
                        position,
                        item.id,
                    ),
                )
            )
        return tuple(rows)

    # -------------------------------------------------- suggest and none
    def suggest(self, options: list[tuple[Briefing, str, float]], lang: str, score: float) -> Reply:
        blocks: list[Block] = [Lead(t("did_you_mean", lang))]
        items = []
        buttons = []
        suggestions = []
        for briefing, key, option_score in options:
            title = self.title(briefing, key, lang)
            items.append(title)
            suggestions.append((key, title, option_score))
            buttons.append((Button(title, Action.ENTRY, self.position(briefing), key),))
        blocks.append(Bullets(tuple(items)))
        return Reply(
            kind=ReplyKind.SUGGEST,
            blocks=tuple(blocks),
            buttons=tuple(buttons),
            score=score,
            suggestions=tuple(suggestions),
            language=lang,
        )

    def title(self, briefing: Briefing, key: str, lang: str) -> str:
        if key.startswith("expert:"):
            expert = briefing.expert(key.removeprefix("expert:"))
            return self.display_name(expert, lang) if expert else key
        item = briefing.entry(key)
        if item is None:
            return key
        return item.title_en if lang == "en" else item.title

    def no_more(self, lang: str) -> Reply:
        """ "ещё" when every statement on the topic has been shown."""
        buttons = [row for b in self.kb.briefings for row in self.topic_buttons(b, lang)]
        return Reply(ReplyKind.NONE, (Lead(t("more_none", lang)),), tuple(buttons), language=lang)

    def nothing(
        self,
        lang: str,
        *,
        empty: bool = False,
        score: float = 0.0,
        near: list[tuple[Briefing, str, float]] | None = None,
    ) -> Reply:
        """No answer: say so, name what the briefing covers, offer the nearest entries."""
        blocks: list[Block] = []
        buttons: list[tuple[Button, ...]] = []
        suggestions = []
        for briefing, key, near_score in near or ():
            title = self.title(briefing, key, lang)
            suggestions.append((key, title, near_score))
            buttons.append((Button(title, Action.ENTRY, self.position(briefing), key),))
        if empty or not self.kb.briefings:
            blocks.append(Lead(t("nothing_empty", lang, **self.examples(lang))))
        elif len(self.kb.briefings) == 1:
            briefing = self.kb.briefings[0]
            date = briefing.event_date_en if lang == "en" else briefing.event_date
            blocks.append(Lead(t("nothing", lang, publisher=briefing.publisher, date=date)))
        else:
            blocks.append(Lead(t("nothing_many", lang)))
        for briefing in self.kb.briefings:
            if len(self.kb.briefings) > 1:
                blocks.append(Heading(briefing.title_en if lang == "en" else briefing.title))
            topics = ", ".join(tp.title_en if lang == "en" else tp.title for tp in briefing.topics)
            blocks.append(Lead(t("can_answer", lang, topics=topics)))
            buttons.extend(self.topic_buttons(briefing, lang))
        if suggestions:
            blocks.append(Lead(t("nearest", lang)))
            blocks.append(Bullets(tuple(title for _, title, _ in suggestions)))
        return Reply(
            ReplyKind.NONE,
            tuple(blocks),
            tuple(buttons),
            score=score,
            suggestions=tuple(suggestions),
            language=lang,
        )

    # ------------------------------------------------------------ buttons in
    def follow(self, action: Action, position: int, key: str, lang: str) -> Reply | None:
        """The reply a pressed button asks for; None when it points at nothing (stale button)."""
        if not 0 <= position < len(self.kb.briefings):
            return None
        briefing = self.kb.briefings[position]
        if action is Action.ENTRY:
            known = briefing.entry(key) is not None or (
                key.startswith("expert:") and briefing.expert(key.removeprefix("expert:"))
            )
            return self.entry(briefing, key, lang) if known else None
        if action is Action.TOPIC:
            topic = briefing.topic(key)
            return self.topic(briefing, topic, lang) if topic else None
        if action is Action.CONTEXT:
            return self.context(briefing, key, lang) if briefing.entry(key) else None
        if action is Action.CITE:
            return self.citation(briefing, key, lang) if briefing.entry(key) else None
        if action is Action.TOPIC_EXPERTS:
            item = briefing.entry(key)
            if item is None or not item.topics:
                return None
            topic = briefing.topic(item.topics[0])
            return self.topic_experts(briefing, topic, lang, item.speaker) if topic else None
        if action is Action.LIST:
            try:
                return self.listing(ListKind(key), lang)
            except ValueError:
                return None
        return None
