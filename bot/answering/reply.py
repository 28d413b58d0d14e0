"""What the bot says, as structure: blocks and buttons, before any markup.

One structure feeds every renderer (HTML for Telegram, plain text for the terminal and
JSON), so a quote cannot be shown as the expert's words in one place and as reported speech
in another. Blocks carry their role, not their look: only ``DirectQuote`` may ever be put in
quotation marks or a quote block.
"""

from __future__ import annotations

from enum import StrEnum

from bot.records import record


@record
class Lead:
    """The editor's short introduction, or any plain line of interface text."""

    text: str


@record
class Heading:
    """A title line above the reply's body."""

    text: str


@record
class DirectQuote:
    """The expert's own words, verbatim; rendered in «…» or a quote block."""

    text: str
    attribution: str  # "Шарип Ишмухамедов, казахстанский политолог"; "" inside a run of quotes


@record
class Reported:
    """The journalist's paraphrase: the article's whole sentence, verbatim, so it keeps the
    article's own verb and frame ("Также эксперт подчеркнул важность …"). Never shown as the
    expert's words; for English readers it is set apart in «…» as the article's sentence."""

    intro: str  # "" in Russian; "Minval Politika paraphrases (in Russian):" in English
    text: str  # the article's sentence
    quoted: bool = False  # shown in «…»: the article's words inside an English frame


@record
class ArticleStatement:
    """The article's own statement, introduced as such ("Как сообщает Minval Politika: …")."""

    intro: str
    text: str
    quoted: bool = False  # shown in «…»: the article's words inside an English frame


@record
class FigureLine:
    """A figure: the value (bold in Telegram) and what it measures."""

    value: str
    measures: str
    quoted: bool = False  # the article's Russian words in an English reply: shown in «…»


@record
class Translation:
    """An English summary of Russian words: marked as a translation wherever it is shown."""

    label: str
    text: str


@record
class Bullets:
    """A list of short lines (choices, figures, experts), one bullet each."""

    items: tuple[str, ...]


@record
class Attribution:
    """Who is speaking in the reported statements above: "— Имя Фамилия, роль"."""

    text: str


@record
class Source:
    """Where the words come from: the publication and date, last in a reply."""

    text: str


@record
class Dateline:
    """Which briefing a reply comes from ("📰 title"), shown first when the bot serves several,
    so a reader never takes one event's quote for another's."""

    text: str


Block = (
    Lead
    | Heading
    | DirectQuote
    | Reported
    | ArticleStatement
    | FigureLine
    | Translation
    | Bullets
    | Attribution
    | Source
    | Dateline
)


class Action(StrEnum):
    """What a button asks for; transports encode it compactly (Telegram: callback_data)."""

    ENTRY = "e"  # show an answer, figure or expert profile
    TOPIC = "t"  # open a topic
    CONTEXT = "c"  # the article paragraph(s) around the quote
    CITE = "q"  # a copy-ready citation line
    TOPIC_EXPERTS = "x"  # other experts on this topic
    LIST = "l"  # experts / figures / topics
    BRIEFING = "b"  # make this briefing the chat's current one (key: its id)
    CHOOSE = "k"  # answer from this briefing and make it current (key: "t:topic" or "e:entry")


@record
class Button:
    """One choice under a reply: what it says and what pressing it asks for."""

    label: str
    action: Action
    briefing: int  # the briefing's reference (``briefing_ref``): stable, short in callback data
    key: str
    copy: str | None = None  # text a client can copy at once (Telegram's CopyTextButton)


class ReplyKind(StrEnum):
    """The reply's band, as ``briefbot ask --json`` reports it."""

    ANSWER = "answer"  # the article answers the question
    NOT_GIVEN = "not_given"  # the article covers the subject but not the detail asked for
    SUGGEST = "suggest"  # no confident answer: "did you mean"
    NONE = "none"  # the article does not cover it
    INFO = "info"  # commands, greetings, help: not a matched answer


@record
class Reply:
    """What the bot says to one message, transport-neutral: blocks to render, buttons, and
    what the answer was (for ``--json``, the query log and the chat's context)."""

    kind: ReplyKind
    blocks: tuple[Block, ...]
    buttons: tuple[tuple[Button, ...], ...] = ()
    briefing_id: str | None = None
    entry: str | None = None
    speaker: str | None = None
    score: float = 0.0
    suggestions: tuple[tuple[str, str, float], ...] = ()  # (entry key, title, score)
    language: str = "ru"
    topic: str | None = None
    missing: str | None = None  # NOT_GIVEN: the kind of fact asked for that the article lacks
    # The chat's current briefing changed to this one: its topics go into the chat's menu.
    menu: str | None = None

    @property
    def answered(self) -> bool:
        return self.kind is ReplyKind.ANSWER
