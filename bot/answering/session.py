"""The one entry point every transport uses: a question (and the chat's context) in, a reply out.

The terminal chat, ``briefbot ask`` and the Telegram handlers all call ``Session.ask``, so
they give the same answers with the same words; only the markup differs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.answering.commands import Commands
from bot.answering.compose import Composer
from bot.answering.reply import Reply, ReplyKind
from bot.knowledge.model import Answer, KnowledgeBase
from bot.matching.context import Context
from bot.matching.matcher import Band, Match, Matcher, Thresholds
from bot.settings import Settings


@dataclass(repr=False)
class Session:
    kb: KnowledgeBase
    matcher: Matcher
    composer: Composer
    commands: Commands
    context: Context = field(default_factory=Context)

    @classmethod
    def create(cls, kb: KnowledgeBase, settings: Settings | None = None) -> Session:
        settings = settings or Settings()
        thresholds = Thresholds(
            answer=settings.briefbot_answer_threshold, suggest=settings.briefbot_suggest_threshold
        )
        matcher = Matcher(kb, thresholds)
        composer = Composer(kb)
        commands = Commands(composer, matcher, settings.briefbot_suggest_threshold)
        return cls(kb, matcher, composer, commands)

    def ask(self, question: str, *, lang: str | None = None, remember: bool = False) -> Reply:
        """Answer one message; with ``remember`` the chat's context is used and updated."""
        context = self.context if remember else Context()
        text = question.strip()
        name, _, rest = text[1:].partition(" ") if text.startswith("/") else ("", "", "")
        if name.partition("@")[0].lower() == "ask":
            if not rest.strip():
                return self.commands.ask_usage(lang or "ru")
            question = rest
        elif name:
            command = self.commands.route(text, lang or "ru")
            if command is not None:
                if remember and (command.kind is ReplyKind.ANSWER or command.topic):
                    self.context = context.remember(
                        briefing=command.briefing_id,
                        entry=command.entry,
                        expert=command.speaker,
                        topic=command.topic,
                        language=lang,
                    )
                return command
        reply, new_context = respond(
            self.matcher, self.composer, question, context, lang, commands=self.commands
        )
        if remember:
            self.context = new_context
        return reply


def respond(
    matcher: Matcher,
    composer: Composer,
    question: str,
    context: Context,
    lang: str | None = None,
    *,
    commands: Commands | None = None,
    username: str = "",
) -> tuple[Reply, Context]:
    """Pure: the reply to ``question`` in ``context`` and the context after it."""
    if not question.strip():
        reply = composer.nothing(lang or context.language or "ru", empty=True)
        return reply, context
    match = matcher.match(question, context=context)
    language = lang or match.query.language
    if commands is not None and not match.answered:
        chat = commands.small_talk(match.query.words, language, username=username)
        if chat is not None:
            return chat, context
    reply = reply_for(composer, match, language)
    if reply.kind is not ReplyKind.ANSWER:
        return reply, context
    expert = reply.speaker
    if reply.entry and reply.entry.startswith("expert:"):
        expert = reply.entry.removeprefix("expert:")
    topic = reply.topic
    if match.followup_topic and match.followup_list is None:
        expert, topic = context.expert, match.followup_topic  # "ещё": the thread goes on
    return reply, context.remember(
        briefing=reply.briefing_id,
        entry=reply.entry,
        expert=expert,
        topic=topic,
        language=language,
    )


def reply_for(composer: Composer, match: Match, lang: str) -> Reply:
    if match.band is Band.ANSWER and match.best is not None:
        target = match.best.target
        if match.followup_list is not None:
            return composer.listing(
                match.followup_list,
                lang,
                answer=target.entry if isinstance(target.entry, Answer) else None,
                briefing=composer.scope(target.briefing),
                topic=match.followup_topic,
                speaker=match.followup_speaker,
                score=match.best.score,
            )
        return composer.entry(target.briefing, target.key, lang, score=round(match.best.score, 1))
    if match.band is Band.SUGGEST and match.suggestions:
        options = [(s.target.briefing, s.target.key, round(s.score, 1)) for s in match.suggestions]
        return composer.suggest(options, lang, round(match.best.score, 1) if match.best else 0.0)
    if match.exhausted:
        return composer.no_more(lang)
    score = round(match.best.score, 1) if match.best else 0.0
    near = [(s.target.briefing, s.target.key, round(s.score, 1)) for s in match.suggestions]
    return composer.nothing(lang, score=score, near=near)


def answer_payload(question: str, reply: Reply) -> dict[str, Any]:
    """The stable JSON shape of ``briefbot ask --json``."""
    answered = reply.kind is ReplyKind.ANSWER
    return {
        "question": question,
        "band": "answer"
        if answered
        else ("suggest" if reply.kind is ReplyKind.SUGGEST else "none"),
        "answered": answered,
        "briefing": reply.briefing_id,
        "entry": reply.entry if answered else None,
        "score": float(reply.score),
        "speaker": reply.speaker if answered else None,
        "text": reply.text,
        "suggestions": [
            {"entry": key, "title": title, "score": float(score)}
            for key, title, score in reply.suggestions
        ],
    }
