"""The one entry point of every transport: a message, a button or an inline query in, replies out.

The terminal chat, ``briefbot ask`` and the Telegram handlers all call a ``Session``, so they
give the same answers with the same words; only the markup differs. A session serves many
chats: each chat's conversation context (for follow-ups) lives in its ``ContextStore``.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import replace
from functools import lru_cache
from itertools import zip_longest
from typing import Any

from bot.answering import briefings, buttons, refusals, topics
from bot.answering.commands import Commands
from bot.answering.context import Context
from bot.answering.contexts import ContextStore, MemoryContextStore
from bot.answering.dialogue import understand
from bot.answering.entries import entry_reply
from bot.answering.library import Library
from bot.answering.lists import listing
from bot.answering.reply import Action, Bullets, Heading, Reply, ReplyKind
from bot.answering.texts import t
from bot.answering.topics import topic_reply
from bot.answering.understanding import Understanding
from bot.knowledge.entries import Entry, EntryKind, ListEntry
from bot.knowledge.model import Briefing, KnowledgeBase, Topic
from bot.language.answer_types import AnswerType
from bot.language.lexicon import BODY_NOUNS, GROUP_NOUNS
from bot.language.morphology import DEFAULT, Morphology
from bot.language.occupations import names_many
from bot.language.text import is_cyrillic
from bot.matching.index import content_lemmas
from bot.matching.matcher import TIE_MARGIN, Band, Matcher
from bot.matching.query import Query
from bot.matching.tuning import DEFAULT_TUNING, Thresholds, Tuning
from bot.records import record
from bot.settings import Settings

MAX_INLINE_RESULTS = 10
# Other briefings' entries looked at for a tie: alike briefings fill a list with one entry each.
MAX_RIVALS = 50


@record
class InlineCard:
    """One inline result: a title for the list, and the reply it sends when chosen."""

    title: str
    reply: Reply


class Session:
    def __init__(
        self,
        matcher: Matcher,
        *,
        contexts: ContextStore | None = None,
        default_briefing: str | None = None,
        remember: int = 0,
    ) -> None:
        """``remember``: how many replies to keep for questions asked again (``_answered``);
        0, the default, answers every question afresh, as the benchmarks of a question's
        cost need."""
        self.matcher = matcher
        default = briefings.default_briefing(matcher.kb, default_briefing)
        self.library = Library(matcher.catalogue, default)
        self.commands = Commands(self.library, matcher)
        self.contexts = contexts or MemoryContextStore()
        # Replies to questions already answered (see ``_answered``), least recently used
        # forgotten first; locked, as the Telegram transport answers from worker threads.
        self._keep = remember
        self._memo: OrderedDict[tuple[str, Context, str | None, str], tuple[Reply, Context]]
        self._memo = OrderedDict()
        self._memo_lock = threading.Lock()

    @classmethod
    def create(
        cls,
        kb: KnowledgeBase,
        settings: Settings | None = None,
        *,
        contexts: ContextStore | None = None,
        tuning: Tuning = DEFAULT_TUNING,
        morphology: Morphology = DEFAULT,
        matcher: Matcher | None = None,
        remember: int = 0,
    ) -> Session:
        """A session over ``kb`` with these settings. ``matcher``: one already built for ``kb``
        with the same thresholds, tuning and morphology (the start-up cache's), served as it
        is — building the index again cost 100-250 ms of each start and ~6 MB."""
        settings = settings or Settings()
        thresholds = Thresholds(
            answer=settings.briefbot_answer_threshold, suggest=settings.briefbot_suggest_threshold
        )
        if matcher is None:
            matcher = Matcher(kb, thresholds, tuning=tuning, morphology=morphology)
        elif (
            matcher.kb is not kb
            or matcher.morphology is not morphology
            or (matcher.thresholds, matcher.tuning) != (thresholds, tuning)
        ):
            raise ValueError("the matcher was built for other knowledge or settings")
        return cls(
            matcher,
            contexts=contexts,
            default_briefing=settings.briefbot_default_briefing,
            remember=remember,
        )

    @property
    def kb(self) -> KnowledgeBase:
        return self.matcher.kb

    def context_of(self, chat: Hashable) -> Context:
        return self.contexts.get(chat)

    def current(self, chat: Hashable | None) -> str:
        """The id of the chat's current briefing (its choice, else the default)."""
        chosen = self.contexts.get(chat).current if chat is not None else None
        return self.library.home(chosen).id

    # ------------------------------------------------------------------ messages
    def ask(
        self,
        text: str,
        *,
        chat: Hashable | None = None,
        lang: str | None = None,
        username: str = "",
    ) -> Reply:
        """Answer one message as typed: a command, ``/ask question``, or a question.

        With ``chat`` the chat's context is used for follow-ups and updated; without, every
        message stands alone. ``lang`` forces the interface language; by default replies
        follow the language the question is written in (commands: Russian).
        """
        stripped = text.strip()
        name, _, rest = stripped[1:].partition(" ") if stripped.startswith("/") else ("", "", "")
        if name.partition("@")[0].lower() == "ask":
            if not rest.strip():
                return self.commands.ask_usage(lang or "ru")
            return self.question(rest, chat=chat, lang=lang, username=username)
        if name:
            current = self.current(chat)
            command = self.commands.route(
                stripped, lang or "ru", username=username, current=current
            )
            if command is not None:
                if chat is not None and (command.kind is ReplyKind.ANSWER or command.topic):
                    self._remember(chat, command, lang)
                return briefings.labelled(self.library, command)
            return self.unknown_command(stripped, chat=chat, lang=lang)
        return self.question(text, chat=chat, lang=lang, username=username)

    def question(
        self,
        text: str,
        *,
        chat: Hashable | None = None,
        lang: str | None = None,
        username: str = "",
    ) -> Reply:
        """Answer words as a question (never as a command)."""
        context = self.contexts.get(chat) if chat is not None else Context()
        reply, after = self._answered(text, context, lang, username)
        if chat is not None and after != context:  # an unchanged context is not written again
            self.contexts.put(chat, after)
        return reply

    def _answered(
        self, text: str, context: Context, lang: str | None, username: str
    ) -> tuple[Reply, Context]:
        """The labelled reply and the context after it, remembered for the same words in the
        same context: a reply depends on nothing else in one session (a reload makes a new
        session), and readers of one event ask the same questions — at a press briefing many
        times a second."""
        if not self._keep:
            reply, after = self._respond(text, context, lang, username)
            return briefings.labelled(self.library, reply), after
        key = (text, context, lang, username)
        with self._memo_lock:
            known = self._memo.get(key)
            if known is not None:
                self._memo.move_to_end(key)
                return known
        reply, after = self._respond(text, context, lang, username)
        answered = briefings.labelled(self.library, reply), after
        with self._memo_lock:
            self._memo[key] = answered
            while len(self._memo) > self._keep:
                self._memo.popitem(last=False)
        return answered

    def unknown_command(
        self, text: str, *, chat: Hashable | None = None, lang: str | None = None
    ) -> Reply:
        """``/something`` we do not know: its words (``/trade_figures x`` → "trade figures x")
        are answered as a question when they make one; otherwise a hint at the commands
        rather than "the article does not say"."""
        words = text.split(maxsplit=1)
        command = words[0].partition("@")[0]
        question = command.lstrip("/").replace("_", " ")
        if len(words) > 1:
            question += " " + words[1]
        reply = self.question(question, chat=chat, lang=lang)
        if reply.kind in (ReplyKind.ANSWER, ReplyKind.SUGGEST, ReplyKind.NOT_GIVEN):
            return reply
        language = lang or reply.language
        hint = t("unknown_command", language, command=command)
        return refusals.hint(self.library, hint, language, self.current(chat))

    def non_text(self, lang: str) -> Reply:
        """A sticker, photo or voice message: a hint that only text is read."""
        return refusals.info(t("non_text", lang, **self.library.examples(lang)), lang)

    # ------------------------------------------------------------------- buttons
    def press(
        self, action: Action, position: int, key: str, *, chat: Hashable | None, lang: str
    ) -> Reply | None:
        """The reply a pressed button asks for; None for a button that points at nothing."""
        if action in (Action.BRIEFING, Action.CHOOSE):
            return self._choose(action, position, key, chat=chat, lang=lang)
        reply = buttons.follow(self.library, action, position, key, lang)
        if reply is not None and chat is not None and reply.kind is ReplyKind.ANSWER:
            self._remember(chat, reply, lang)
        return briefings.labelled(self.library, reply) if reply is not None else None

    def _choose(
        self, action: Action, position: int, key: str, *, chat: Hashable | None, lang: str
    ) -> Reply | None:
        """A briefing chosen (``/briefings``), or an answer or topic chosen from one briefing
        among several: that briefing becomes the chat's current one, and the reply says so
        (``menu``) so the transport can show its topics in the chat's menu."""
        briefing = self.library.catalogue.at(position)
        if action is Action.BRIEFING:
            if briefing is None or briefing.id != key:
                briefing = self.kb.briefing(key)  # a reload moved it: the id still finds it
            if briefing is None:
                return None
            reply = briefings.chosen(self.library, briefing, lang)
        else:
            if briefing is None:
                return None
            kind, _, rest = key.partition(":")
            follow = Action.TOPIC if f"{kind}:" == briefings.CHOOSE_TOPIC else Action.ENTRY
            followed = buttons.follow(self.library, follow, position, rest, lang)
            if followed is None:
                return None
            reply = replace(briefings.labelled(self.library, followed), menu=briefing.id)
        if chat is not None:
            state = self.contexts.get(chat)
            if state.current != briefing.id:
                # Another briefing: what the chat was talking about belongs to the old one.
                state = Context(language=state.language, current=briefing.id)
            if reply.kind is ReplyKind.ANSWER or reply.topic:
                state = state.remember(
                    briefing=reply.briefing_id,
                    entry=reply.entry,
                    expert=reply.speaker,
                    topic=reply.topic,
                    language=lang,
                )
            self.contexts.put(chat, state)
        return reply

    def briefings(self, words: str, *, chat: Hashable | None, lang: str) -> Reply:
        """``/briefings [words]``: the list to choose the chat's current briefing from."""
        return briefings.listing(self.library, lang, self.current(chat), words)

    # -------------------------------------------------------------------- inline
    def inline(self, text: str, lang: str) -> list[InlineCard]:
        """Cards for ``@bot text``: the best entries, or topics and figures for an empty query."""
        text = text.strip()
        replies: list[Reply] = []
        if not text:
            # Topics and figures alternate, so the ten cards show both kinds; of the default
            # briefing only (an inline query has no chat, and hundreds would cost for nothing).
            home = self.library.home()
            topics = [topic_reply(self.library, home, topic, lang) for topic in home.topics]
            figures = [
                entry_reply(self.library, entry, lang)
                for entry in self.matcher.catalogue.entries
                if entry.kind is EntryKind.FIGURE and entry.briefing is home
            ]
            for pair in zip_longest(topics, figures):
                replies.extend(r for r in pair if r is not None)
        else:
            query = self.matcher.analyse(text)
            lang = "en" if query.language == "en" else lang
            query = self.matcher.focus(query, self.library.home().id)
            scored = self.matcher.score(query, limit=MAX_INLINE_RESULTS)
            if self.matcher.band(query, scored).band is not Band.NONE:
                # Every briefing is searched; each card says which briefing it comes from.
                replies.extend(
                    briefings.labelled(self.library, entry_reply(self.library, s.entry, lang))
                    for s in scored
                    if s.score >= self.matcher.thresholds.suggest
                )
        cards: list[InlineCard] = []
        seen: set[str] = set()
        for reply in replies:
            is_topic = reply.kind is ReplyKind.INFO and reply.topic is not None
            key = f"{reply.briefing_id}:{'topic:' + str(reply.topic) if is_topic else reply.entry}"
            if key in seen or (reply.entry is None and reply.topic is None):
                continue
            seen.add(key)
            cards.append(InlineCard(self._card_title(reply, lang, is_topic), reply))
            if len(cards) == MAX_INLINE_RESULTS:
                break
        return cards

    def _card_title(self, reply: Reply, lang: str, is_topic: bool) -> str:
        title = ""
        briefing = self.kb.briefing(reply.briefing_id or "")
        if briefing is not None and reply.entry and not is_topic:
            entry = self.matcher.catalogue.entry(briefing.id, reply.entry)
            title = entry.title(lang) if entry is not None else reply.entry
        return title or _first_line(reply) or t("inline_more", lang)

    # ------------------------------------------------------------------ dialogue
    def _respond(
        self, question: str, context: Context, lang: str | None, username: str
    ) -> tuple[Reply, Context]:
        """The reply to ``question`` in ``context`` and the context after it."""
        if not question.strip():
            language = lang or context.language or "ru"
            empty = refusals.nothing(self.library, language, empty=True, current=context.current)
            return empty, context
        current = self.library.home(context.current).id
        understood = understand(self.matcher, question, context, current=current)
        language = lang or understood.match.query.language
        if understood.needs_context:
            # "ещё", "а он?" with nothing before them: say how to start, not "no answer".
            hint = t("no_context", language, **self.library.examples(language))
            return refusals.hint(self.library, hint, language, current), context
        tied = self._tied(understood, current, question)
        if tied:
            return briefings.which_briefing(self.library, tied, language), context
        if not understood.answered:
            chat = self.commands.small_talk(
                understood.match.query.words, language, username=username
            )
            if chat is not None:
                return chat, context
        reply = self._reply_for(understood, language, current)
        if reply.kind is ReplyKind.NOT_GIVEN and understood.match.suggestions:
            # The reply showed the article's words on the subject in full: "ещё" and "а
            # цифры?" go on from them, as after an answer.
            shown = understood.match.suggestions[0].entry
            return reply, context.remember(
                briefing=shown.briefing.id,
                entry=shown.key,
                expert=shown.speaker,
                topic=shown.topics[0] if shown.topics else None,
                language=language,
            )
        if reply.kind is not ReplyKind.ANSWER:
            return reply, context
        expert = reply.speaker
        topic = understood.topic or _topic_for(self.matcher, understood, reply)
        if understood.thread:
            expert = context.expert  # "ещё": the thread goes on
        return reply, context.remember(
            briefing=reply.briefing_id,
            entry=reply.entry,
            expert=expert,
            topic=topic,
            language=language,
        )

    def _tied(self, understood: Understanding, current: str, question: str) -> list[Entry]:
        """The answer's entry and the best of each other briefing scoring about as well, when
        the answer is not from the chat's current briefing (which wins ties) — the reader
        chooses; empty when one briefing clearly fits best."""
        match = understood.match
        best = match.best
        if (
            not self.library.several
            or match.band is not Band.ANSWER
            or best is None
            or best.entry.briefing.id == current
            or best.entry.kind is EntryKind.LIST
        ):
            return []
        everywhere = self.matcher.analyse(question)  # as typed, in every briefing
        rivals = self.matcher.score(everywhere, limit=MAX_RIVALS)
        # Compared as scored everywhere: in its own briefing a question may read differently.
        base = next((r.score for r in rivals if r.entry is best.entry), best.score)
        floor = max(base - TIE_MARGIN, self.matcher.thresholds.answer)
        tied: dict[str, Entry] = {best.entry.briefing.id: best.entry}
        for rival in rivals:
            briefing = rival.entry.briefing.id
            alike = rival.entry.kind is best.entry.kind
            if rival.score >= floor and briefing not in tied and alike:
                tied[briefing] = rival.entry
        return list(tied.values()) if len(tied) > 1 else []

    def _reply_for(self, understood: Understanding, lang: str, current: str) -> Reply:
        match = understood.match
        if match.band is Band.ANSWER and match.best is not None:
            entry = match.best.entry
            if understood.experts:
                asked = match.query.asks
                return topics.experts_on_subject(
                    self.library,
                    understood.experts,
                    lang,
                    understood.subject,
                    asked[0] if asked else None,
                )
            if understood.listing is not None:
                assert isinstance(entry, ListEntry)  # the dialogue lists only with a list entry
                return listing(
                    self.library,
                    understood.listing,
                    lang,
                    answer=entry.answer,
                    briefing=self.library.scope(entry.briefing),
                    topic=understood.topic,
                    speaker=understood.speaker,
                    score=match.best.score,
                    only=tuple(f.key for f in understood.figures) if understood.figures else None,
                    experts=_members(self.kb, understood),
                    note=_figureless_note(self.library.scope(entry.briefing), understood, lang),
                )
            return entry_reply(
                self.library,
                entry,
                lang,
                score=round(match.best.score, 1),
                follows=match.best.follows,
                dated_by=match.best.dated_by,
                also=match.best.also,
                occasion=match.best.occasion,
                introduce=_asks_who_he_is(match.query),
            )
        if match.band is Band.NOT_GIVEN and match.missing is not None:
            offered = [(s.entry, round(s.score, 1)) for s in match.suggestions]
            # of two experts named, the one asked to have spoken ("what did Tusupbekov say
            # about the Hajiyev post": Tusupbekov), never the owner of the post spoken of
            named = [
                expert
                for briefing_id, expert_id in sorted(self.matcher.sayers(match.query))
                if (b := self.kb.briefing(briefing_id)) and (expert := b.expert(expert_id))
            ]
            return refusals.not_given(
                self.library,
                offered,
                match.missing,
                lang,
                echo=refusals.echo(match.query) if lang == "ru" else None,
                named=named[0] if named else None,
                party=match.query.other_party,
                unnamed=match.unnamed,
                beside=match.beside,
                score=round(match.best.subject, 1) if match.best else 0.0,
                unmentioned=_unmentioned(match.query),
            )
        if match.band is Band.SUGGEST and match.suggestions:
            options = [(s.entry, round(s.score, 1)) for s in match.suggestions]
            best = round(match.best.score, 1) if match.best else 0.0
            return refusals.suggest(self.library, options, lang, best)
        if understood.exhausted:
            return refusals.no_more(self.library, lang, current)
        score = round(match.best.score, 1) if match.best else 0.0
        near = [(s.entry, round(s.score, 1)) for s in match.suggestions]
        # "что сказал пашинян": whose words are missing, not only that something is
        unquoted = match.query.other_speaker is not None
        body = match.query.other_speaker in BODY_NOUNS  # "что сказали в министерстве"
        group = _many_speakers(match.query)  # "что говорят перевозчики"
        return refusals.nothing(
            self.library,
            lang,
            score=score,
            near=near,
            current=current,
            unquoted=unquoted,
            body=body,
            group=group,
            unmentioned=_unmentioned(match.query) if match.query.unknown_thing else None,
        )

    def _remember(self, chat: Hashable, reply: Reply, lang: str | None) -> None:
        """What a command or a button showed becomes the chat's context for follow-ups."""
        state = self.contexts.get(chat)
        self.contexts.put(
            chat,
            state.remember(
                briefing=reply.briefing_id,
                entry=reply.entry,
                expert=reply.speaker,
                topic=reply.topic,
                language=lang,
            ),
        )


def _topic_for(matcher: Matcher, understood: Understanding, reply: Reply) -> str | None:
    """Of the answer's topics, the one the question was about ("что сказал Тусупбеков про
    энергетику" → energy, not the statement's first topic), so "а Гусейнов?" stays on it."""
    entry = understood.match.best.entry if understood.match.best else None
    if entry is None or len(entry.topics) < 2:
        return reply.topic
    asked = {t.lemma for t in understood.match.query.terms}
    best, overlap = reply.topic, 0
    for topic_id in entry.topics:
        topic = entry.briefing.topic(topic_id)
        if topic is None:
            continue
        words = _topic_words(topic, matcher.morphology)
        if len(words & asked) > overlap:
            best, overlap = topic_id, len(words & asked)
    return best


@lru_cache(maxsize=512)
def _topic_words(topic: Topic, morphology: Morphology) -> frozenset[str]:
    """The lemmas of a topic's titles and aliases, read once per topic: an answer with several
    topics read them all again for every question it answered."""
    return frozenset(
        lemma
        for text in (topic.title, topic.title_en, *topic.aliases)
        for lemma in content_lemmas(text, morphology)
    )


def _first_line(reply: Reply) -> str:
    for block in reply.blocks:
        if isinstance(block, Heading):
            return block.text
        if isinstance(block, Bullets):
            return block.items[0] if block.items else ""
    first: Any = reply.blocks[0] if reply.blocks else None
    return getattr(first, "value", None) or getattr(first, "text", "") or ""


def _members(kb: KnowledgeBase, understood: Understanding) -> list[tuple[Briefing, str]] | None:
    """The experts a list is narrowed to ("какие казахстанские политологи"), or None: all."""
    if not understood.members:
        return None
    return [
        (briefing, expert_id)
        for briefing_id, expert_id in understood.members
        if (briefing := kb.briefing(briefing_id)) is not None
    ]


def _figureless_note(briefing: Briefing | None, understood: Understanding, lang: str) -> str | None:
    """Why "а цифры?" lists every figure: the chat's expert and topic have none of their own."""
    expert_id, topic_id = understood.figureless
    if briefing is None or (expert_id is None and topic_id is None):
        return None
    parts = []
    expert = briefing.expert(expert_id) if expert_id else None
    if expert is not None:
        parts.append(t("figures_none_expert", lang, name=expert.display_name(lang)))
    topic = briefing.topic(topic_id) if topic_id else None
    if topic is not None:
        parts.append(t("figures_none_topic", lang, topic=topic.local("title", lang)))
    if not parts:
        return None
    return " ".join((*parts, t("figures_all_instead", lang)))


def _asks_who_he_is(query: Query) -> bool:
    """Does the question ask who spoke and, beside it, what he is — his nationality or
    trade ("which expert addressed the declaration, and what is his nationality?")? A
    question naming him is answered by his profile instead; "почему семь, откуда семёрка"
    asks where a thing comes from, no person."""
    return (
        query.occupation is not None
        and not query.named
        and (query.who_intent or AnswerType.PERSON in query.asks)
    )


def _unmentioned(query: Query) -> str | None:
    """The thing asked about that the article never names ("о строительстве моста": "мост"),
    in its dictionary form — as the reader would name it, not in the case the question put
    it; an English word as typed (its stem is no word)."""
    word = query.unknown_detail
    if word is None:
        return None
    if not is_cyrillic(word):
        return word
    lemma = next((t.lemma for t in query.terms if t.typed == word), word)
    return lemma


def _many_speakers(query: Query) -> bool:
    """Is the unquoted speaker asked about many people — a group named as one ("бизнес") or
    a trade in the plural ("перевозчики")? The reply then speaks of "these people"."""
    speaker = query.other_speaker
    if speaker is None:
        return False
    return speaker in GROUP_NOUNS or any(
        term.lemma == speaker and names_many(term.typed) for term in query.terms
    )
