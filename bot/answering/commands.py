"""What the bot's commands say, free of Telegram, so the terminal chat offers the same commands.

``/start``, ``/help``, ``/experts``, ``/expert <name>``, ``/figures``, ``/topics``, ``/source``
and topic commands are answered here for every transport. Small talk ("привет", "спасибо",
"что ты умеешь?") is answered here too, instead of "the article does not say".
"""

from __future__ import annotations

from bot.answering import briefings
from bot.answering.entries import entry_reply
from bot.answering.keyboards import topic_buttons
from bot.answering.library import Library
from bot.answering.lists import listing
from bot.answering.refusals import info
from bot.answering.reply import Action, Button, Heading, Lead, Reply, ReplyKind
from bot.answering.texts import t
from bot.answering.topics import topic_reply
from bot.knowledge.commands import BUILTIN_COMMANDS
from bot.knowledge.entries import expert_key
from bot.knowledge.model import Briefing, ListKind, Topic
from bot.language.morphology import parse
from bot.matching.index import content_lemmas
from bot.matching.matcher import Matcher
from bot.records import record

GREETINGS = frozenset(
    {"привет", "здравствуйте", "здравствуй", "добрый", "доброе", "hello", "hi", "hey", "салем"}
)
THANKS = frozenset(["спасибо", "благодарю", "спс", "thanks", "thank", "thx", "рахмет"])
HELP_WORDS = frozenset(["помощь", "help", "умеешь", "можешь", "помоги", "инструкция"])


@record(slots=False)
class Commands:
    """The bot's slash commands (/start, /help, /briefings, topic commands), answered from the
    library and the matcher."""

    library: Library
    matcher: Matcher

    # ------------------------------------------------------------------ routing
    def route(
        self, text: str, lang: str, *, username: str = "", current: str | None = None
    ) -> Reply | None:
        """``/command args`` (also ``/command@bot``) → its reply; None if it is no command
        of ours (``/ask`` is the session's: it asks a question). A topic command is looked
        up in ``current``, the chat's briefing; one that only other briefings have is
        offered from them."""
        if not text.startswith("/"):
            return None
        head, _, args = text[1:].partition(" ")
        name = head.partition("@")[0].lower()
        args = args.strip()
        if name == "start":  # a deep link's payload
            return self.start(lang, args.split()[0] if args else "", current)
        if name == "help":
            return self.help(lang, username, current)
        if name == "briefings":
            return briefings.listing(self.library, lang, current, args)
        if name in ("experts", "figures", "topics"):
            return listing(self.library, ListKind(name), lang, briefing=self._shown(current))
        if name == "expert":
            return self.expert(args, lang, current)
        if name == "source":
            return self.source(lang, current)
        found = self.find_topic(name, current)
        if found is not None:
            return topic_reply(self.library, *found, lang)
        elsewhere = briefings.topics_named(self.library, name)
        if elsewhere:
            home = self.library.home(current).id
            return briefings.topic_elsewhere(self.library, name, elsewhere, lang, home)
        return None

    def small_talk(self, words: tuple[str, ...], lang: str, *, username: str = "") -> Reply | None:
        """Greetings, thanks and "what can you do" — when that is all the message says."""
        if not words or len(words) > 4:
            return None
        meaningful = set(words) - {"тебе", "вам", "ты", "вы", "you", "что", "what", "can", "do"}
        if meaningful and meaningful <= GREETINGS | {"день", "вечер", "утро"}:
            return self.start(lang)
        if meaningful and meaningful <= THANKS | {"большое", "much", "you"}:
            return info(t("you_are_welcome", lang), lang)
        if meaningful & HELP_WORDS:
            return self.help(lang, username)
        return None

    # ----------------------------------------------------------------- commands
    def start(self, lang: str, payload: str = "", current: str | None = None) -> Reply:
        """The greeting: the chat's briefing (and how many others there are), its topics."""
        found = self.find_topic(payload.lower(), current) if payload else None
        if found is not None:
            return topic_reply(self.library, *found, lang)
        home = self.library.home(current)
        described = [
            t(
                "briefing_line",
                lang,
                title=b.local("title", lang),
                publisher=b.local("publisher", lang),
                date=b.local("event_date", lang),
            )
            for b in (home,)
        ]
        if self.library.several:
            described.append(t("more_briefings", lang, count=str(len(self.library.briefings) - 1)))
        examples = self.library.examples(lang)
        blocks = [Lead(t("greeting", lang, briefings="; ".join(described), **examples))]
        # The topics of the chat's briefing: hundreds of briefings' would not fit a keyboard.
        buttons: list[tuple[Button, ...]] = list(topic_buttons(self.library, home, lang))
        ref = self.library.position(home)
        buttons.append(
            tuple(
                Button(t(f"cmd_{kind.value}", lang).capitalize(), Action.LIST, ref, kind.value)
                for kind in (ListKind.EXPERTS, ListKind.FIGURES)
            )
        )
        return Reply(ReplyKind.INFO, tuple(blocks), tuple(buttons), language=lang)

    def ask_usage(self, lang: str) -> Reply:
        return info(t("ask_usage", lang, **self.library.examples(lang)), lang)

    def help(self, lang: str, username: str = "", current: str | None = None) -> Reply:
        """The commands: the built-ins and the topics of the chat's current briefing."""
        examples = self.library.examples(lang)
        lines = [f"/{name} — {t(f'cmd_{name}', lang, **examples)}" for name in BUILTIN_COMMANDS]
        for topic in self.library.home(current).topics:
            lines.append(f"/{topic.command} — {topic.local('title', lang)}")
        text = t("help", lang, commands="\n".join(lines), username=username or "bot")
        return info(text, lang)

    def _shown(self, current: str | None) -> Briefing | None:
        """What a list or the source covers: the chat's briefing when there are several
        (hundreds would not fit a message), else None (the one there is)."""
        return self.library.home(current) if self.library.several else None

    def expert(self, name: str, lang: str, current: str | None = None) -> Reply:
        home = self.library.home(current)
        names = ", ".join(e.name for e in home.experts)
        if not name:
            return info(t("expert_usage", lang, names=names, **self.library.examples(lang)), lang)
        found = self.find_experts(name, current)
        if not found:
            return info(t("expert_unknown", lang, names=names), lang)
        if len(found) > 1:  # "/expert политолог": everyone who fits
            return listing(self.library, ListKind.EXPERTS, lang, experts=found)
        briefing, expert_id = found[0]
        entry = self.library.catalogue.entry_in(briefing, expert_key(expert_id))
        assert entry is not None
        return entry_reply(self.library, entry, lang)

    def find_experts(self, name: str, current: str | None = None) -> list[tuple[Briefing, str]]:
        """Experts by name (any case form, Latin spelling; in any briefing) or by role
        ("политолог", "казахский политолог", "депутат из Баку", "деупатт": as a question
        names them, ``bot.matching.roles``), else every expert of the chat's briefing whose
        role has all the words.

        Nothing fuzzier: "/expert Алиев" must not return the aide whose alias mentions Aliyev.
        """
        query = self.matcher.analyse(name)
        if len(query.named) == 1:
            briefing_id, expert_id = next(iter(query.named))
            briefing = self.library.kb.briefing(briefing_id)
            return [(briefing, expert_id)] if briefing is not None else []
        if query.role_readings:  # "казахский политолог", "деупатт": whoever the role fits
            return [
                (briefing, expert.id)
                for briefing in self.library.briefings
                for expert in briefing.experts
                if (briefing.id, expert.id) in query.named
            ]
        wanted = {t.lemma for t in query.terms if t.similarity > 0}
        if not wanted or query.named:
            return []
        briefing = self.library.home(current)
        return [
            (briefing, expert.id)
            for expert in briefing.experts
            if any(self._fits_role(wanted, role) for role in (expert.role, expert.role_en))
            or any(
                wanted == set(content_lemmas(alias, self.matcher.morphology))
                for alias in expert.aliases
            )
        ]

    def _fits_role(self, wanted: set[str], role: str) -> bool:
        """ "политолог", "казахстанский политолог" fit "казахстанский политолог"; "президент"
        does not fit "помощник президента": the role's head noun must be among the words."""
        lemmas = content_lemmas(role, self.matcher.morphology)
        head = next(
            (lemma for word, lemma in zip(role.split(), lemmas, strict=False) if _is_noun(word)),
            None,
        )
        return head is not None and head in wanted and wanted <= set(lemmas)

    def find_topic(self, name: str, current: str | None = None) -> tuple[Briefing, Topic] | None:
        """The topic ``name`` of the chat's current briefing (commands are unique only within
        a briefing); with one briefing loaded, that one's."""
        briefing = self.library.home(current)
        for topic in briefing.topics:
            if name in (topic.id, topic.command):
                return briefing, topic
        return None

    def source(self, lang: str, current: str | None = None) -> Reply:
        blocks: list[Heading | Lead] = []
        shown = self._shown(current)
        for briefing in (shown,) if shown is not None else self.library.briefings:
            link = t("link", lang, url=briefing.url) if briefing.url else t("no_link", lang)
            blocks.append(
                Lead(
                    t(
                        "source_info",
                        lang,
                        title=briefing.local("title", lang),
                        publisher=briefing.local("publisher", lang),
                        date=briefing.local("event_date", lang),
                        summary=briefing.local("summary", lang),
                        link=link,
                    )
                )
            )
        return Reply(ReplyKind.INFO, tuple(blocks), language=lang)


def _is_noun(word: str) -> bool:
    parses = parse(word.strip(",.").lower())
    return bool(parses) and parses[0].tag.POS == "NOUN"
