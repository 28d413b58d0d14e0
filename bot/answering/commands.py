"""What the bot's commands say, free of Telegram, so the terminal chat offers the same commands.

The Telegram handlers and the terminal both ask this module for ``/start``, ``/help``,
``/experts``, ``/expert <name>``, ``/figures``, ``/topics``, ``/source`` and topic commands;
only the transport differs. Small talk ("привет", "спасибо", "что ты умеешь?") is answered
here too, instead of "the article does not say".
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.answering.compose import Composer
from bot.answering.reply import Action, Button, Heading, Lead, Reply, ReplyKind
from bot.knowledge.model import Briefing, ListKind, Topic
from bot.matching.index import content_lemmas
from bot.matching.matcher import Matcher
from bot.rendering.texts import t

BUILTIN = ("start", "help", "experts", "expert", "figures", "topics", "source", "ask")

GREETINGS = frozenset(
    {"привет", "здравствуйте", "здравствуй", "добрый", "доброе", "hello", "hi", "hey", "салем"}
)
THANKS = frozenset(["спасибо", "благодарю", "спс", "thanks", "thank", "thx", "рахмет"])
HELP_WORDS = frozenset(["помощь", "help", "умеешь", "можешь", "помоги", "инструкция"])


@dataclass(frozen=True)
class Commands:
    composer: Composer
    matcher: Matcher
    suggest_threshold: float = 40.0

    @property
    def kb(self):
        return self.composer.kb

    # ------------------------------------------------------------------ routing
    def route(self, text: str, lang: str, *, username: str = "") -> Reply | None:
        """``/command args`` (also ``/command@bot``) → its reply; None if it is no command."""
        if not text.startswith("/"):
            return None
        head, _, args = text[1:].partition(" ")
        name = head.partition("@")[0].lower()
        args = args.strip()
        if name == "start":
            return self.start(lang, args)
        if name == "help":
            return self.help(lang, username)
        if name in ("experts", "figures", "topics"):
            return self.composer.listing(ListKind(name), lang)
        if name == "expert":
            return self.expert(args, lang)
        if name == "source":
            return self.source(lang)
        found = self.find_topic(name)
        if found is not None:
            return self.composer.topic(*found, lang)
        return None

    def small_talk(self, words: tuple[str, ...], lang: str, *, username: str = "") -> Reply | None:
        """Greetings, thanks and "what can you do" — when that is all the message says."""
        if not words or len(words) > 4:
            return None
        meaningful = set(words) - {"тебе", "вам", "ты", "вы", "you", "что", "what", "can", "do"}
        if meaningful and meaningful <= GREETINGS | {"день", "вечер", "утро"}:
            return self.start(lang)
        if meaningful and meaningful <= THANKS | {"большое", "much", "you"}:
            return _info(t("you_are_welcome", lang), lang)
        if meaningful & HELP_WORDS:
            return self.help(lang, username)
        return None

    # ----------------------------------------------------------------- commands
    def start(self, lang: str, payload: str = "") -> Reply:
        found = self.find_topic(payload.lower()) if payload else None
        if found is not None:
            return self.composer.topic(*found, lang)
        described = [
            t(
                "briefing_line",
                lang,
                title=b.title_en if lang == "en" else b.title,
                publisher=b.publisher,
                date=b.event_date_en if lang == "en" else b.event_date,
            )
            for b in self.kb.briefings
        ]
        blocks = [
            Lead(
                t(
                    "greeting",
                    lang,
                    briefings="; ".join(described),
                    **self.composer.examples(lang),
                )
            )
        ]
        buttons: list[tuple[Button, ...]] = []
        for briefing in self.kb.briefings:
            buttons.extend(self.composer.topic_buttons(briefing, lang))
        buttons.append(
            (
                Button(t("cmd_experts", lang).capitalize(), Action.LIST, 0, ListKind.EXPERTS.value),
                Button(t("cmd_figures", lang).capitalize(), Action.LIST, 0, ListKind.FIGURES.value),
            )
        )
        return Reply(ReplyKind.INFO, tuple(blocks), tuple(buttons), language=lang)

    def ask_usage(self, lang: str) -> Reply:
        return _info(t("ask_usage", lang, **self.composer.examples(lang)), lang)

    def help(self, lang: str, username: str = "") -> Reply:
        examples = self.composer.examples(lang)
        lines = [f"/{name} — {t(f'cmd_{name}', lang, **examples)}" for name in BUILTIN]
        for briefing in self.kb.briefings:
            for topic in briefing.topics:
                title = topic.title_en if lang == "en" else topic.title
                lines.append(f"/{topic.command} — {title}")
        text = t("help", lang, commands="\n".join(lines), username=username or "bot")
        return _info(text, lang)

    def expert(self, name: str, lang: str) -> Reply:
        names = ", ".join(e.name for b in self.kb.briefings for e in b.experts)
        if not name:
            return _info(t("expert_usage", lang, names=names, **self.composer.examples(lang)), lang)
        found = self.find_expert(name)
        if found is None:
            return _info(t("expert_unknown", lang, names=names), lang)
        briefing, expert_id = found
        expert = briefing.expert(expert_id)
        assert expert is not None
        return self.composer.expert_profile(briefing, expert, lang)

    def find_expert(self, name: str) -> tuple[Briefing, str] | None:
        """An expert by name (any case form, Latin spelling) or by a role that fits only one.

        Nothing fuzzier: "/expert Алиев" must not return the aide whose alias mentions Aliyev.
        """
        query = self.matcher.analyse(name)
        if len(query.named) == 1:
            briefing_id, expert_id = next(iter(query.named))
            briefing = self.kb.briefing(briefing_id)
            if briefing is not None:
                return briefing, expert_id
        wanted = {t.lemma for t in query.terms if t.similarity > 0}
        if not wanted or query.named:
            return None
        fits = [
            (briefing, expert.id)
            for briefing in self.kb.briefings
            for expert in briefing.experts
            if any(
                set(content_lemmas(label)) == wanted
                for label in (expert.role, expert.role_en, *expert.aliases)
            )
        ]
        return fits[0] if len(fits) == 1 else None

    def find_topic(self, name: str) -> tuple[Briefing, Topic] | None:
        for briefing in self.kb.briefings:
            for topic in briefing.topics:
                if name in (topic.id, topic.command):
                    return briefing, topic
        return None

    def source(self, lang: str) -> Reply:
        blocks: list[Heading | Lead] = []
        for briefing in self.kb.briefings:
            link = t("link", lang, url=briefing.url) if briefing.url else t("no_link", lang)
            summary = (
                briefing.summary_en if lang == "en" and briefing.summary_en else briefing.summary
            )
            blocks.append(
                Lead(
                    t(
                        "source_info",
                        lang,
                        title=briefing.title_en if lang == "en" else briefing.title,
                        publisher=briefing.publisher,
                        date=briefing.event_date_en if lang == "en" else briefing.event_date,
                        summary=summary,
                        link=link,
                    )
                )
            )
        return Reply(ReplyKind.INFO, tuple(blocks), language=lang)


def _info(text: str, lang: str) -> Reply:
    return Reply(ReplyKind.INFO, (Lead(text),), language=lang)
