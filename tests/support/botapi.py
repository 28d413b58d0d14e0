"""A local, strict fake of the Telegram Bot API HTTP server for the test-suite.

Why a fake server rather than mocks: the bot talks to it through PTB's real HTTP stack
(httpx, form encoding, JSON decoding, error mapping), so the tests exercise exactly what
runs in production, and the fake rejects what Telegram rejects, with Telegram's wording,
so a formatting bug fails in CI instead of in a user's chat.

It is *stricter* than Telegram in a few places, on purpose (each catches a real bug that
Telegram would paper over or that would break on other input):

* HTML: a bare ``&`` or ``>``, an unknown named entity (``&nbsp;``), an entity without its
  ``;``, an unknown attribute on a supported tag, ``<a>`` without ``href`` and
  ``class="language-…"`` on a ``<code>`` that is not directly inside ``<pre>`` are errors
  (Telegram tolerates them). Nested ``<blockquote>`` is an error.
* ``parse_mode`` other than HTML (Markdown, MarkdownV2) is refused: the fake cannot
  validate them, and silently accepting would hide bugs.
* Inline buttons need an ``http``/``https``/``tg`` URL with a scheme.
* A callback query can be answered once; a second answer is "query is too old".

Message length is counted in Unicode code points (Python ``len`` of the parsed, stripped
text), as Telegram (tdlib's ``utf8_length``) does; entity offsets are in UTF-16 code units.

Everything runs on the test's event loop: ``push_update`` and friends are synchronous and
must be called from that loop's thread. The token never appears in logs (aiohttp's access
log is off) nor in :class:`Call` records.
"""

from __future__ import annotations

import asyncio
import copy
import json
import re
import socket
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from aiohttp import ClientError, ClientSession, ClientTimeout, web

__all__ = [
    "ApiError",
    "Call",
    "FakeBotApi",
    "HtmlParseError",
    "ParsedText",
    "parse_html",
    "utf16_len",
]


def _words(text: str) -> frozenset[str]:
    """A frozenset from whitespace-separated names: keeps the long name lists compact."""
    return frozenset(text.split())


MAX_MESSAGE_LENGTH = 4096
MAX_CALLBACK_DATA_BYTES = 64
MAX_CALLBACK_ANSWER_LENGTH = 200
MAX_INLINE_RESULTS = 50
MAX_INLINE_QUERY_LENGTH = 256
MAX_BUTTONS = 100
MAX_COMMANDS = 100
MAX_DESCRIPTION = 512
MAX_SHORT_DESCRIPTION = 120
MAX_CAPTION_LENGTH = 1024
MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # Telegram's limit for a bot's upload

QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid"
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)

# Parameters whose values PTB sends as JSON text inside a form (and raw clients may too).
_JSON_PARAMS = _words(
    "reply_markup results commands allowed_updates reply_parameters link_preview_options "
    "entities caption_entities scope menu_button button media permissions options "
    "reaction"
)
_INT_PARAMS = _words(
    "chat_id message_id offset limit timeout cache_time reply_to_message_id "
    "message_thread_id user_id from_chat_id max_connections"
)
_BOOL_PARAMS = _words(
    "disable_notification protect_content is_personal show_alert drop_pending_updates "
    "disable_web_page_preview allow_sending_without_reply allow_paid_broadcast "
    "has_spoiler"
)

_DEFAULT_ALLOWED_UPDATES = _words(
    "message edited_message channel_post edited_channel_post business_connection "
    "business_message edited_business_message deleted_business_messages inline_query "
    "chosen_inline_result callback_query shipping_query pre_checkout_query "
    "purchased_paid_media poll poll_answer my_chat_member chat_join_request chat_boost "
    "removed_chat_boost"
)  # Telegram's default: everything except chat_member, message_reaction(_count).

_INLINE_RESULT_TYPES = _words(
    "article photo gif mpeg4_gif video audio voice document location venue contact game sticker"
)
_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_CHAT_ACTIONS = _words(
    "typing upload_photo record_video upload_video record_voice upload_voice "
    "upload_document choose_sticker find_location record_video_note upload_video_note"
)
_COMMAND_SCOPES = _words(
    "default all_private_chats all_group_chats all_chat_administrators chat "
    "chat_administrators chat_member"
)
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_LANGUAGE_RE = re.compile(r"[a-z]{2}")


# --------------------------------------------------------------------------------------
# Text helpers: UTF-16 lengths, HTML parsing, automatic entities
# --------------------------------------------------------------------------------------


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units: the unit of Telegram's entity offsets and lengths."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _byte_offset(text: str, index: int) -> int:
    """UTF-8 byte offset of ``text[index]``: Telegram reports parse errors in bytes."""
    return len(text[:index].encode("utf-8", "surrogatepass"))


class HtmlParseError(ValueError):
    """The HTML is not what Telegram accepts; ``reason`` is the text after "can't parse
    entities: "."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class ParsedText:
    """Text as Telegram stores it: markup removed, stripped, with UTF-16 entities."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


_HTML_TAGS = _words(
    "b strong i em u ins s strike del span tg-spoiler a code pre blockquote tg-emoji"
)
_SIMPLE_ENTITY = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "code": "code",
}
_NAMED_REFS = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SPACES = frozenset(" \t\n\r\f\v")


@dataclass
class _OpenTag:
    name: str
    begin: int  # index of "<" in the source, for error messages
    start: int  # index in the output text where the entity starts
    attrs: dict[str, str | None]
    language: str | None = None  # set by a <code class="language-x"> child of <pre>


class _HtmlParser:
    """A small hand-written parser following tdlib's ``parse_html`` (same error wording),
    made stricter where noted in the module docstring. Works on ``str`` indices and converts
    to UTF-8 byte offsets only for messages."""

    def __init__(self, source: str) -> None:
        self.src = source
        self.n = len(source)
        self.out: list[str] = []
        self.out_len = 0
        self.stack: list[_OpenTag] = []
        self.raw_entities: list[tuple[int, int, dict[str, Any]]] = []

    def fail(self, message: str) -> HtmlParseError:
        return HtmlParseError(message)

    def at(self, index: int) -> str:
        return self.src[index] if index < self.n else ""

    def boff(self, index: int) -> int:
        return _byte_offset(self.src, index)

    def emit(self, chars: str) -> None:
        self.out.append(chars)
        self.out_len += len(chars)

    def run(self) -> tuple[str, list[tuple[int, int, dict[str, Any]]]]:
        i = 0
        while i < self.n:
            c = self.src[i]
            if c == "&":
                ch, i = self.reference(i)
                self.emit(ch)
            elif c == ">":
                raise self.fail(
                    f'Character ">" must be escaped as "&gt;" at byte offset {self.boff(i)}'
                )
            elif c == "<":
                i = self.end_tag(i) if self.at(i + 1) == "/" else self.start_tag(i)
            else:
                self.emit(c)
                i += 1
        if self.stack:
            raise self.fail(
                f'Can\'t find end tag corresponding to start tag "{self.stack[-1].name}"'
            )
        return "".join(self.out), self.raw_entities

    def reference(self, i: int) -> tuple[str, int]:
        """Decode ``&...;`` at ``i``; anything but the four named and numeric refs fails."""
        begin = i
        j = i + 1
        if self.at(j) == "#":
            j += 1
            hexadecimal = self.at(j) in ("x", "X")
            if hexadecimal:
                j += 1
            digits_begin = j
            allowed = "0123456789abcdefABCDEF" if hexadecimal else "0123456789"
            while j < self.n and self.src[j] in allowed and j - digits_begin < 8:
                j += 1
            digits = self.src[digits_begin:j]
            value = int(digits, 16 if hexadecimal else 10) if digits else 0
            if (
                not digits
                or value == 0
                or value >= 0x10FFFF
                or 0xD800 <= value <= 0xDFFF
                or self.at(j) != ";"
            ):
                raise self.fail(
                    f'Invalid numeric character reference "{self.src[begin : j + 1]}" '
                    f"at byte offset {self.boff(begin)}"
                )
            return chr(value), j + 1
        while j < self.n and self.src[j].isascii() and self.src[j].isalpha():
            j += 1
        name = self.src[i + 1 : j]
        if not name:
            raise self.fail(
                f'Character "&" must be escaped as "&amp;" at byte offset {self.boff(begin)}'
            )
        if name not in _NAMED_REFS and self.at(j) != ";":
            raise self.fail(
                f'Character "&" must be escaped as "&amp;" at byte offset {self.boff(begin)}'
            )
        if name not in _NAMED_REFS:
            raise self.fail(
                f'Unsupported HTML entity "&{name};" at byte offset {self.boff(begin)}; '
                "only &lt; &gt; &amp; &quot; and numeric references are allowed"
            )
        if self.at(j) != ";":
            raise self.fail(
                f'HTML entity "&{name}" must end with ";" at byte offset {self.boff(begin)}'
            )
        return _NAMED_REFS[name], j + 1

    def skip_spaces(self, i: int) -> int:
        while i < self.n and self.src[i] in _SPACES:
            i += 1
        return i

    def start_tag(self, begin: int) -> int:
        i = begin + 1
        while i < self.n and self.src[i] not in _SPACES and self.src[i] != ">":
            i += 1
        if i >= self.n:
            raise self.fail(f"Unclosed start tag at byte offset {self.boff(begin)}")
        name = self.src[begin + 1 : i].lower()
        if name not in _HTML_TAGS:
            raise self.fail(f'Unsupported start tag "{name}" at byte offset {self.boff(begin)}')
        attrs: dict[str, str | None] = {}
        while True:
            i = self.skip_spaces(i)
            if i >= self.n:
                raise self.fail(f"Unclosed start tag at byte offset {self.boff(begin)}")
            if self.src[i] == ">":
                i += 1
                break
            attr_begin = i
            while i < self.n and self.src[i] not in _SPACES and self.src[i] not in "=>":
                i += 1
            attr = self.src[attr_begin:i].lower()
            if not attr:
                raise self.fail(
                    f'Empty attribute name in the tag "{name}" at byte offset {self.boff(begin)}'
                )
            i = self.skip_spaces(i)
            if self.at(i) != "=":
                if name == "blockquote" and attr == "expandable":
                    attrs[attr] = None
                    continue
                raise self.fail(
                    "Expected equal sign in declaration of an attribute of the tag "
                    f'"{name}" at byte offset {self.boff(begin)}'
                )
            i = self.skip_spaces(i + 1)
            if i >= self.n:
                raise self.fail(f"Unclosed start tag at byte offset {self.boff(begin)}")
            value, i = self.attribute_value(i, begin)
            attrs[attr] = value
        self.open_tag(name, attrs, begin)
        return i

    def attribute_value(self, i: int, begin: int) -> tuple[str, int]:
        quote = self.src[i]
        if quote in ("'", '"'):
            i += 1
            chars: list[str] = []
            while i < self.n and self.src[i] != quote:
                if self.src[i] == "&":
                    ch, i = self.reference(i)
                    chars.append(ch)
                else:
                    chars.append(self.src[i])
                    i += 1
            if i >= self.n:
                raise self.fail(f"Unclosed start tag at byte offset {self.boff(begin)}")
            return "".join(chars), i + 1
        token_begin = i
        while i < self.n and (
            (self.src[i].isascii() and self.src[i].isalnum()) or self.src[i] in ".-"
        ):
            i += 1
        if i >= self.n or (self.src[i] not in _SPACES and self.src[i] != ">"):
            raise self.fail(f"Unexpected end of name token at byte offset {self.boff(token_begin)}")
        return self.src[token_begin:i].lower(), i

    def open_tag(self, name: str, attrs: dict[str, str | None], begin: int) -> None:
        where = f"at byte offset {self.boff(begin)}"
        allowed = {
            "a": {"href"},
            "span": {"class"},
            "code": {"class"},
            "tg-emoji": {"emoji-id"},
            "blockquote": {"expandable"},
        }.get(name, set())
        for attr in attrs:
            if attr not in allowed:
                raise self.fail(f'Unsupported attribute "{attr}" in the tag "{name}" {where}')
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise self.fail(f'Tag "span" must have class "tg-spoiler" {where}')
        if name == "a" and not attrs.get("href"):
            raise self.fail(f'Tag "a" must have a non-empty attribute "href" {where}')
        if name == "tg-emoji":
            emoji_id = attrs.get("emoji-id") or ""
            if not emoji_id.isascii() or not emoji_id.isdigit() or int(emoji_id) <= 0:
                raise self.fail(f"Invalid custom emoji identifier specified {where}")
        if name == "code" and "class" in attrs:
            css = attrs["class"] or ""
            parent_is_pre = bool(self.stack) and self.stack[-1].name == "pre"
            if not (css.startswith("language-") and len(css) > 9 and parent_is_pre):
                raise self.fail(
                    f'Tag "code" may only have class "language-…" directly inside "pre" {where}'
                )
        if name == "blockquote" and any(tag.name == "blockquote" for tag in self.stack):
            raise self.fail(f"Blockquote entities can't be nested {where}")
        self.stack.append(_OpenTag(name=name, begin=begin, start=self.out_len, attrs=attrs))

    def end_tag(self, begin: int) -> int:
        i = begin + 2
        while i < self.n and self.src[i] not in _SPACES and self.src[i] != ">":
            i += 1
        end_name = self.src[begin + 2 : i].lower()
        i = self.skip_spaces(i)
        if self.at(i) != ">":
            raise self.fail(f"Unclosed end tag at byte offset {self.boff(begin)}")
        if not self.stack:
            raise self.fail(f"Unexpected end tag at byte offset {self.boff(begin)}")
        tag = self.stack[-1]
        if end_name != tag.name:
            raise self.fail(
                f"Unmatched end tag at byte offset {self.boff(begin)}, "
                f'expected "</{tag.name}>", found "</{end_name}>"'
            )
        self.stack.pop()
        self.close_entity(tag)
        return i + 1

    def close_entity(self, tag: _OpenTag) -> None:
        start, end = tag.start, self.out_len
        parent = self.stack[-1] if self.stack else None
        if tag.name == "code" and parent is not None and parent.name == "pre":
            css = tag.attrs.get("class")
            if css:
                parent.language = css[len("language-") :]
            return  # Telegram folds <pre><code> into a single pre entity.
        if end <= start:
            return
        entity: dict[str, Any]
        if tag.name in _SIMPLE_ENTITY:
            entity = {"type": _SIMPLE_ENTITY[tag.name]}
        elif tag.name == "a":
            entity = {"type": "text_link", "url": tag.attrs["href"]}
        elif tag.name == "pre":
            entity = {"type": "pre"}
            if tag.language:
                entity["language"] = tag.language
        elif tag.name == "blockquote":
            expandable = "expandable" in tag.attrs
            entity = {"type": "expandable_blockquote" if expandable else "blockquote"}
        else:  # tg-emoji
            entity = {"type": "custom_emoji", "custom_emoji_id": tag.attrs["emoji-id"]}
        self.raw_entities.append((start, end, entity))


_AUTO_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "bot_command",
        re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z][A-Za-z0-9_]{2,31})?(?![\w@/])"),
    ),
    ("mention", re.compile(r"(?<![\w@/])@[A-Za-z][A-Za-z0-9_]{2,31}(?![\w@])")),
    ("url", re.compile(r"(?<![\w/])https?://[^\s<>\"]+", re.IGNORECASE)),
    ("hashtag", re.compile(r"(?<![\w#])#\w+")),
)
_URL_TRAILING = ".,;:!?)]}'\""


def _auto_entities(text: str, avoid: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """Entities Telegram finds on its own (commands, mentions, URLs, hashtags), as
    (start, end, type) in ``str`` indices, skipping spans inside code/pre/links."""
    blocked = list(avoid)
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _AUTO_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if kind == "url":
                while end > start and text[end - 1] in _URL_TRAILING:
                    end -= 1
                if end - start <= len("https://"):
                    continue
            if kind == "hashtag" and not any(ch.isalpha() for ch in text[start + 1 : end]):
                continue
            spans = blocked + taken
            if any(start < b_end and b_start < end for b_start, b_end in spans):
                continue
            found.append((start, end, kind))
            taken.append((start, end))
    return found


def _finish(text: str, raw: list[tuple[int, int, dict[str, Any]]]) -> ParsedText:
    """Strip like Telegram, clip entities to the stripped text, add automatic entities and
    convert everything to UTF-16 offsets, sorted by (offset, -length)."""
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    clipped: list[tuple[int, int, dict[str, Any]]] = []
    for start, end, entity in raw:
        s, e = max(start - lead, 0), min(end - lead, len(stripped))
        if e > s:
            clipped.append((s, e, entity))
    no_auto = [(s, e) for s, e, ent in clipped if ent["type"] in ("code", "pre", "text_link")]
    for s, e, kind in _auto_entities(stripped, no_auto):
        clipped.append((s, e, {"type": kind}))
    entities = []
    for s, e, entity in clipped:
        item = {"offset": utf16_len(stripped[:s]), "length": utf16_len(stripped[s:e])}
        item.update(entity)
        entities.append(item)
    entities.sort(key=lambda ent: (ent["offset"], -ent["length"]))
    return ParsedText(text=stripped, entities=entities)


def parse_html(source: str) -> ParsedText:
    """Parse Telegram-HTML into plain text and entities; raise :class:`HtmlParseError`
    (only that) for anything Telegram (or this strict fake) refuses."""
    text, raw = _HtmlParser(source).run()
    return _finish(text, raw)


def plain_text(source: str) -> ParsedText:
    """Text without parse mode: stripped, with the automatic entities only."""
    return _finish(source, [])


# --------------------------------------------------------------------------------------
# Records and errors
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """One request the fake answered (or refused), in arrival-of-answer order."""

    method: str
    params: dict[str, Any]
    ok: bool
    result: Any = None
    error: str | None = None
    status: int = 200
    at: float = field(default_factory=time.monotonic, compare=False)  # when (benchmarks)


class ApiError(Exception):
    """An error answer; raised inside method handlers and turned into Telegram's JSON."""

    def __init__(
        self, status: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


@dataclass(frozen=True, slots=True)
class Delivery:
    """One webhook delivery attempt: which update, where to, and the HTTP status answered."""

    update_id: int
    url: str
    status: int


def _bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


@dataclass
class _Fault:
    kind: str  # "error", "drop", "applied-drop", "garble" or "delay"
    status: int = 502
    description: str = "Bad Gateway"
    retry_after: int | None = None
    seconds: float = 0.0


class _Upload(dict[str, Any]):
    """A file part of a multipart request: recorded as its name, type and size (a plain
    dict to compare); its bytes ride along for methods that keep files (sendDocument)."""

    def __init__(self, info: dict[str, Any], content: bytes) -> None:
        super().__init__(info)
        self.content = content


@dataclass
class _StoredMessage:
    """A message the server knows: the Message dict plus bookkeeping the API never shows."""

    message: dict[str, Any]
    from_bot: bool
    parse_mode: str | None = None
    source_text: str | None = None
    deleted: bool = False
    edits: int = 0


_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


def _to_int(key: str, value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"-?\d+", text):
            return int(text)
        if key == "timeout" and re.fullmatch(r"\d+\.\d*", text):
            return float(text)
    return value


def _to_bool(value: Any) -> Any:
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ("true", "1"):
            return True
        if lowered in ("false", "0", ""):
            return False
    return value


def _normalize(raw: dict[str, Any]) -> dict[str, Any]:
    """Decode JSON-in-form values and coerce scalar strings, like Telegram's typed parser."""
    params: dict[str, Any] = {}
    for key, value in raw.items():
        if key in _JSON_PARAMS and isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                if key == "reply_markup":
                    raise _bad("can't parse reply keyboard markup JSON object") from None
                raise _bad(f"can't parse {key} JSON object") from None
        elif key in _INT_PARAMS:
            value = _to_int(key, value)
        elif key in _BOOL_PARAMS:
            value = _to_bool(value)
        params[key] = value
    return params


def _scope_key(scope: Any) -> tuple[Any, ...]:
    """A hashable key for a BotCommandScope (its type plus chat/user where it has them)."""
    if scope is None or scope == "":
        return ("default",)
    if isinstance(scope, str):
        scope = {"type": scope}
    if not isinstance(scope, dict) or scope.get("type") not in _COMMAND_SCOPES:
        raise _bad("can't parse BotCommandScope: unsupported scope type")
    kind = scope["type"]
    if kind in ("chat", "chat_administrators", "chat_member"):
        chat_id = _to_int("chat_id", scope.get("chat_id"))
        if chat_id is None or chat_id == "":
            raise _bad("chat_id is empty")
        if kind == "chat_member":
            user_id = _to_int("user_id", scope.get("user_id"))
            if not isinstance(user_id, int):
                raise _bad("user_id is empty")
            return (kind, chat_id, user_id)
        return (kind, chat_id)
    return (kind,)


def _check_language(code: Any) -> str:
    code = "" if code is None else code
    if not isinstance(code, str) or (code and not _LANGUAGE_RE.fullmatch(code)):
        raise _bad("invalid language code specified")
    return code


# --------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------

Handler = Callable[[dict[str, Any]], Awaitable[Any]]


class FakeBotApi:
    """An in-process Bot API server on 127.0.0.1 for PTB's real ``telegram.Bot``.

    Tests push updates (``user_message``, ``callback_press``, ...), let the bot poll them,
    then inspect ``calls`` / ``messages(chat_id)`` or ``await wait_for(...)``.
    """

    def __init__(
        self,
        token: str = "123456:TEST-token",
        bot_username: str = "briefbot_test_bot",
        bot_id: int = 123456,
        bot_first_name: str = "Briefbot",
        allow_http_webhooks: bool = False,
    ) -> None:
        self.token = token
        # Telegram insists on HTTPS; a test delivering to a bot on 127.0.0.1 may allow http.
        self.allow_http_webhooks = allow_http_webhooks
        self.webhook_secret: str | None = None
        self.deliveries: list[Delivery] = []
        self.bot_username = bot_username
        self.bot_id = bot_id
        self.bot_first_name = bot_first_name
        self.calls: list[Call] = []
        self.callback_answers: dict[str, dict[str, Any]] = {}
        self.inline_answers: dict[str, dict[str, Any]] = {}
        self.webhook_url: str = ""
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self._closing = False
        self._updates: list[dict[str, Any]] = []  # pushed, not yet confirmed by an offset
        self._pushed: dict[int, dict[str, Any]] = {}
        self._delivered: set[int] = set()
        self._next_update_id = 1
        self._next_message_id = 1
        self._next_query_id = 1
        self._next_file_id = 1
        self._allowed_updates: frozenset[str] = _DEFAULT_ALLOWED_UPDATES
        self._poll_generation = 0
        self._polls_waiting = 0
        self._waiters: set[asyncio.Future[None]] = set()
        self._chats: dict[int, dict[str, Any]] = {}
        self._blocked: set[int] = set()
        self._messages: dict[tuple[int, int], _StoredMessage] = {}
        self._bot_message_order: dict[int, list[int]] = {}
        self._callback_queries: dict[str, dict[str, Any]] = {}
        self._inline_queries: dict[str, dict[str, Any]] = {}
        self._files: dict[str, dict[str, Any]] = {}
        self._commands: dict[tuple[tuple[Any, ...], str], list[dict[str, str]]] = {}
        self._descriptions: dict[str, str] = {}
        self._short_descriptions: dict[str, str] = {}
        self._menu_buttons: dict[int | None, dict[str, Any]] = {}
        self._documents: dict[tuple[int, int], bytes] = {}
        self._faults: dict[str, deque[_Fault]] = {}
        self._held: dict[str, int] = {}  # requests a delay fault is holding right now
        self.pushed_at: dict[int, float] = {}  # update_id → when pushed (benchmarks only)
        self._methods: dict[str, tuple[str, Handler]] = {}
        for name, handler in self._method_table().items():
            self._methods[name.lower()] = (name, handler)

    # ----- lifecycle ---------------------------------------------------------------

    async def start(self) -> None:
        """Listen on a free port of 127.0.0.1 (the OS picks it, so tests can run in parallel)."""
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_route("GET", "/file/bot{token}/{path:.+}", self._handle_file)
        # access_log=None: the access log would print the token in every URL.
        self._runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=1.0
        )
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        self._port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()
        self._closing = False

    async def stop(self) -> None:
        """Answer pending long polls with [] and shut down, so pytest never hangs."""
        self._closing = True
        self._wake()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotApi:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("FakeBotApi is not started")
        return self._port

    @property
    def base_url(self) -> str:
        """PTB's ``base_url``: it appends ``token + "/" + method``."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # ----- inspection -------------------------------------------------------------

    def calls_to(self, method: str) -> list[Call]:
        """All calls (successful or not) of ``method``, case-insensitive."""
        wanted = method.lower()
        return [call for call in self.calls if call.method.lower() == wanted]

    async def wait_for(
        self,
        method: str,
        count: int = 1,
        timeout: float = 10.0,
        predicate: Callable[[Call], bool] | None = None,
    ) -> list[Call]:
        """Wait for ``count`` successful calls of ``method`` matching ``predicate``; return
        all such calls. Waits on a notification, not by sleeping in a loop."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            matching = [
                call
                for call in self.calls_to(method)
                if call.ok and (predicate is None or predicate(call))
            ]
            if len(matching) >= count:
                return matching
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(self._timeout_message(method, count, len(matching), timeout))
            await self._wait_for_event(remaining)

    async def wait_delivered(self, update_id: int, timeout: float = 10.0) -> None:
        """Wait until a getUpdates answer has carried ``update_id`` to the bot."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while update_id not in self._delivered:
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(
                    f"update {update_id} was not delivered within {timeout} s\n"
                    + self._recent_calls()
                )
            await self._wait_for_event(remaining)

    async def wait_held(self, method: str, timeout: float = 10.0) -> None:
        """Wait until a request of ``method`` is being held by a ``delay_next`` fault: the
        bot is waiting for Telegram's answer (the moment to kill it)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not self._held.get(method.lower()):
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"no {method} held within {timeout} s\n" + self._recent_calls())
            await self._wait_for_event(remaining)

    @property
    def long_polls_waiting(self) -> int:
        """How many getUpdates requests are parked waiting for an update right now."""
        return self._polls_waiting

    async def wait_polling(self, timeout: float = 10.0) -> None:
        """Wait until a getUpdates long poll is parked, i.e. the bot is idle and listening;
        pushing an update after this exercises the early-return path."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self._polls_waiting == 0:
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(
                    f"no getUpdates long poll within {timeout} s\n" + self._recent_calls()
                )
            await self._wait_for_event(remaining)

    def _timeout_message(self, method: str, count: int, found: int, timeout: float) -> str:
        return (
            f"timed out after {timeout} s waiting for {count} successful {method} call(s) "
            f"(found {found})\n" + self._recent_calls()
        )

    def _recent_calls(self, limit: int = 20) -> str:
        polls = sum(1 for call in self.calls if call.method == "getUpdates")
        others = [call for call in self.calls if call.method != "getUpdates"][-limit:]
        lines = [f"{polls} getUpdates call(s); last {len(others)} other call(s):"]
        for call in others:
            params = {
                key: (value[:80] + "…" if isinstance(value, str) and len(value) > 80 else value)
                for key, value in call.params.items()
            }
            status = "ok" if call.ok else f"{call.status} {call.error}"
            lines.append(f"  {call.method} {params} -> {status}")
        return "\n".join(lines)

    def messages(self, chat_id: int, include_deleted: bool = False) -> list[dict[str, Any]]:
        """The bot's messages in ``chat_id`` in sending order, in their current (edited)
        state, with ``parse_mode``, ``source_text`` and ``deleted`` added for tests."""
        result = []
        for message_id in self._bot_message_order.get(chat_id, []):
            stored = self._messages[(chat_id, message_id)]
            if stored.deleted and not include_deleted:
                continue
            item = copy.deepcopy(stored.message)
            item["parse_mode"] = stored.parse_mode
            item["source_text"] = stored.source_text
            item["deleted"] = stored.deleted
            result.append(item)
        return result

    def documents(self, chat_id: int) -> list[tuple[str, bytes]]:
        """The files the bot sent to ``chat_id`` (sendDocument), as (file name, content)."""
        return [
            (self._messages[key].message["document"]["file_name"], content)
            for key, content in self._documents.items()
            if key[0] == chat_id
        ]

    def message(self, chat_id: int, message_id: int) -> dict[str, Any]:
        """Any stored message (the user's or the bot's), current state."""
        return copy.deepcopy(self._messages[(chat_id, message_id)].message)

    def update(self, update_id: int) -> dict[str, Any]:
        """The update pushed with that id (e.g. to learn a user message's message_id)."""
        return copy.deepcopy(self._pushed[update_id])

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by a getUpdates offset."""
        return copy.deepcopy(self._updates)

    def commands(
        self, scope: str | dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, str]]:
        """Commands stored by setMyCommands for exactly that scope and language."""
        return copy.deepcopy(self._commands.get((_scope_key(scope), language_code), []))

    def description(self, language_code: str = "") -> str:
        return self._descriptions.get(language_code, "")

    def short_description(self, language_code: str = "") -> str:
        return self._short_descriptions.get(language_code, "")

    def menu_button(self, chat_id: int | None = None) -> dict[str, Any] | None:
        return copy.deepcopy(self._menu_buttons.get(chat_id))

    # ----- fault injection -------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        status: int = 502,
        description: str | None = None,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """The next ``times`` calls of ``method`` answer with this error and have no
        effect. 429 carries ``parameters.retry_after`` (default 1) as Telegram's does."""
        if status == 429:
            retry_after = 1 if retry_after is None else retry_after
            description = description or f"Too Many Requests: retry after {retry_after}"
        description = description or _DEFAULT_DESCRIPTIONS.get(status, f"Error {status}")
        for _ in range(times):
            self._faults.setdefault(method.lower(), deque()).append(
                _Fault("error", status, description, retry_after)
            )

    def drop_next(self, method: str, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` get their connection closed, no answer."""
        for _ in range(times):
            self._faults.setdefault(method.lower(), deque()).append(_Fault("drop"))

    def drop_after_next(self, method: str, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` take effect, then their connection is closed
        without an answer: the one failure a retry can turn into a duplicate."""
        for _ in range(times):
            self._faults.setdefault(method.lower(), deque()).append(_Fault("applied-drop"))

    def garble_next(self, method: str, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` get a 200 whose body is not valid JSON (and
        have no effect: an answer cut short by a broken proxy)."""
        for _ in range(times):
            self._faults.setdefault(method.lower(), deque()).append(_Fault("garble"))

    def delay_next(self, method: str, seconds: float, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` are answered normally after ``seconds``
        (to provoke PTB's ``TimedOut``)."""
        for _ in range(times):
            self._faults.setdefault(method.lower(), deque()).append(
                _Fault("delay", seconds=seconds)
            )

    def block(self, chat_id: int) -> None:
        """The user blocked the bot: sends to that chat answer 403 like Telegram."""
        self._blocked.add(chat_id)

    # ----- pushing updates -------------------------------------------------------------

    def push_update(self, update: dict[str, Any]) -> int:
        """Queue a raw update (``update_id`` is assigned) and wake waiting long polls."""
        update = copy.deepcopy(update)
        update_id = self._next_update_id
        self._next_update_id += 1
        update["update_id"] = update_id
        self._updates.append(update)
        self._pushed[update_id] = update
        self.pushed_at[update_id] = time.monotonic()
        self._wake()
        return update_id

    def add_chat(
        self,
        chat_id: int,
        chat_type: str = "private",
        first_name: str = "Anna",
        title: str | None = None,
        username: str | None = None,
    ) -> dict[str, Any]:
        """Make a chat known (as if the user had written first) and return its Chat dict."""
        if chat_type == "private":
            chat: dict[str, Any] = {"id": chat_id, "type": "private", "first_name": first_name}
            if username:
                chat["username"] = username
        else:
            chat = {"id": chat_id, "type": chat_type, "title": title or f"Chat {chat_id}"}
        self._chats[chat_id] = chat
        return copy.deepcopy(chat)

    def _user(
        self,
        user_id: int,
        first_name: str,
        language_code: str | None,
        username: str | None = None,
    ) -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        return user

    @staticmethod
    def _default_user(chat_id: int, user_id: int | None) -> int:
        """In a private chat the user's id is the chat's id; in a group it must be given."""
        if user_id is not None:
            return user_id
        if chat_id < 0:
            raise ValueError(f"chat {chat_id} is a group: pass user_id")
        return chat_id

    def _bot_user(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    def _new_message_id(self) -> int:
        message_id = self._next_message_id
        self._next_message_id += 1
        return message_id

    def _user_envelope(
        self,
        chat_id: int,
        user_id: int | None,
        first_name: str,
        language_code: str | None,
        chat_type: str,
        username: str | None,
        reply_to_message_id: int | None,
        message_id: int | None = None,
    ) -> dict[str, Any]:
        """The common part of a user's Message: ids, date, chat, from, reply."""
        chat = self._chats.get(chat_id)
        if chat is None or chat["type"] != chat_type:
            chat = self.add_chat(chat_id, chat_type, first_name=first_name, username=username)
        message: dict[str, Any] = {
            "message_id": message_id if message_id is not None else self._new_message_id(),
            "date": int(time.time()),
            "chat": copy.deepcopy(chat),
            "from": self._user(
                self._default_user(chat_id, user_id), first_name, language_code, username
            ),
        }
        if reply_to_message_id is not None:
            replied = self._messages.get((chat_id, reply_to_message_id))
            if replied is None:
                raise ValueError(f"no message {reply_to_message_id} in chat {chat_id} to reply to")
            message["reply_to_message"] = self._embeddable(replied.message)
        return message

    @staticmethod
    def _embeddable(message: dict[str, Any]) -> dict[str, Any]:
        """A message as Telegram embeds it in another one (no nested reply)."""
        embedded = copy.deepcopy(message)
        embedded.pop("reply_to_message", None)
        return embedded

    def _push_user_message(self, message: dict[str, Any], edited: bool = False) -> int:
        chat_id = message["chat"]["id"]
        key = (chat_id, message["message_id"])
        existing = self._messages.get(key)
        if existing is not None and existing.from_bot:
            raise ValueError(f"message {key} belongs to the bot; a user cannot edit it")
        self._messages[key] = _StoredMessage(message=copy.deepcopy(message), from_bot=False)
        return self.push_update({"edited_message" if edited else "message": message})

    def user_message(
        self,
        text: str,
        chat_id: int = 1001,
        user_id: int | None = None,
        first_name: str = "Anna",
        language_code: str | None = "ru",
        chat_type: str = "private",
        reply_to_message_id: int | None = None,
        edited: bool = False,
        username: str | None = None,
        message_id: int | None = None,
    ) -> int:
        """A user's text message (entities computed like Telegram); returns the update_id.

        ``user_id`` defaults to ``chat_id`` (a private chat). With ``edited=True`` the update
        is ``edited_message`` with ``edit_date``; pass ``message_id`` to edit an earlier one.
        """
        message = self._user_envelope(
            chat_id,
            user_id,
            first_name,
            language_code,
            chat_type,
            username,
            reply_to_message_id,
            message_id,
        )
        parsed = plain_text(text)
        # Telegram keeps a user's text as typed; only entity detection uses it.
        message["text"] = text
        lead = utf16_len(text) - utf16_len(text.lstrip())
        entities = [{**ent, "offset": ent["offset"] + lead} for ent in parsed.entities]
        if entities:
            message["entities"] = entities
        if edited:
            message["edit_date"] = int(time.time())
        return self._push_user_message(message, edited)

    def _register_file(
        self, kind: str, size: int, content: bytes | None, suffix: str
    ) -> dict[str, Any]:
        number = self._next_file_id
        self._next_file_id += 1
        data = content if content is not None else bytes(size)
        info = {
            "file_id": f"{kind}-file-{number:06d}-fake",
            "file_unique_id": f"{kind}U{number:06d}",
            "file_size": len(data),
            "file_path": f"{kind}s/file_{number}.{suffix}",
        }
        self._files[info["file_id"]] = {**info, "content": data}
        return {key: info[key] for key in ("file_id", "file_unique_id", "file_size")}

    def user_sticker(
        self,
        chat_id: int = 1001,
        user_id: int | None = None,
        emoji: str = "👍",
        set_name: str | None = "FakeStickers",
        first_name: str = "Anna",
        language_code: str | None = "ru",
        chat_type: str = "private",
    ) -> int:
        """A user's (regular, static) sticker message; returns the update_id."""
        message = self._user_envelope(
            chat_id, user_id, first_name, language_code, chat_type, None, None
        )
        sticker: dict[str, Any] = {
            **self._register_file("sticker", 2048, None, "webp"),
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        if set_name:
            sticker["set_name"] = set_name
        message["sticker"] = sticker
        return self._push_user_message(message)

    def user_photo(
        self,
        chat_id: int = 1001,
        user_id: int | None = None,
        caption: str | None = None,
        content: bytes | None = None,
        first_name: str = "Anna",
        language_code: str | None = "ru",
        chat_type: str = "private",
    ) -> int:
        """A user's photo (three sizes, like Telegram's thumbnails); returns the update_id."""
        message = self._user_envelope(
            chat_id, user_id, first_name, language_code, chat_type, None, None
        )
        sizes = []
        for width, height, size in ((90, 60, 1200), (320, 213, 9000), (1280, 853, 60000)):
            photo = self._register_file("photo", size, content, "jpg")
            sizes.append({**photo, "width": width, "height": height})
        message["photo"] = sizes
        if caption:
            message["caption"] = caption
            entities = plain_text(caption).entities
            if entities:
                message["caption_entities"] = entities
        return self._push_user_message(message)

    def user_voice(
        self,
        chat_id: int = 1001,
        user_id: int | None = None,
        duration: int = 3,
        content: bytes | None = None,
        first_name: str = "Anna",
        language_code: str | None = "ru",
        chat_type: str = "private",
    ) -> int:
        """A user's voice note (OGG/Opus); returns the update_id."""
        message = self._user_envelope(
            chat_id, user_id, first_name, language_code, chat_type, None, None
        )
        voice = self._register_file("voice", 4000, content, "oga")
        message["voice"] = {**voice, "duration": duration, "mime_type": "audio/ogg"}
        return self._push_user_message(message)

    def callback_press(
        self,
        chat_id: int,
        message_id: int,
        data: str,
        user_id: int | None = None,
        language_code: str | None = "ru",
        first_name: str = "Anna",
        check_button: bool = True,
    ) -> int:
        """A press on an inline button of a message the bot sent; returns the update_id.

        With ``check_button`` (default) the message's current keyboard must contain a button
        with that ``callback_data``, as only existing buttons can be pressed."""
        stored = self._messages.get((chat_id, message_id))
        if stored is None or not stored.from_bot:
            raise ValueError(f"the bot has no message {message_id} in chat {chat_id}")
        if check_button:
            rows = (stored.message.get("reply_markup") or {}).get("inline_keyboard", [])
            datas = [button.get("callback_data") for row in rows for button in row]
            if data not in datas:
                raise ValueError(f"message {message_id} has no button with data {data!r}: {datas}")
        query_id = str(4_000_000_000_000_000_000 + self._next_query_id)
        self._next_query_id += 1
        query = {
            "id": query_id,
            "from": self._user(self._default_user(chat_id, user_id), first_name, language_code),
            "message": self._embeddable(stored.message),
            "chat_instance": str(-8_000_000_000_000_000_000 + chat_id),
            "data": data,
        }
        self._callback_queries[query_id] = {"query": query, "answered": False}
        return self.push_update({"callback_query": query})

    def inline_query(
        self,
        query: str,
        user_id: int = 1001,
        language_code: str | None = "ru",
        chat_type: str = "sender",
        offset: str = "",
        first_name: str = "Anna",
    ) -> int:
        """An inline query (``@bot query`` typed by a user); returns the update_id."""
        if len(query) > MAX_INLINE_QUERY_LENGTH:
            raise ValueError("Telegram never sends inline queries longer than 256 characters")
        query_id = str(5_000_000_000_000_000_000 + self._next_query_id)
        self._next_query_id += 1
        inline = {
            "id": query_id,
            "from": self._user(user_id, first_name, language_code),
            "query": query,
            "offset": offset,
            "chat_type": chat_type,
        }
        self._inline_queries[query_id] = {"query": inline, "answered": False}
        return self.push_update({"inline_query": inline})

    def inline_query_id(self, update_id: int) -> str:
        """The inline query id carried by an update (for ``inline_answers`` look-ups)."""
        return str(self._pushed[update_id]["inline_query"]["id"])

    # ----- notification --------------------------------------------------------------

    def _wake(self) -> None:
        """Wake every waiter (long polls, wait_for); each re-checks its own condition."""
        waiters, self._waiters = self._waiters, set()
        for future in waiters:
            if not future.done():
                future.set_result(None)

    async def _wait_for_event(self, timeout: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.add(future)
        try:
            await asyncio.wait({future}, timeout=timeout)
        finally:
            self._waiters.discard(future)

    # ----- HTTP ---------------------------------------------------------------------

    async def _read_params(self, request: web.Request) -> dict[str, Any]:
        raw: dict[str, Any] = dict(request.query)
        if request.method != "POST" or not request.can_read_body:
            return raw
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise _bad("can't parse JSON encoded request body") from None
            if not isinstance(body, dict):
                raise _bad("JSON request body must be an object")
            raw.update(body)
            return raw
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, web.FileField):
                data = value.file.read()
                raw[key] = _Upload(
                    {
                        "filename": value.filename,
                        "content_type": value.content_type,
                        "size": len(data),
                    },
                    data,
                )
            else:
                raw[key] = value
        return raw

    def _record(
        self,
        method: str,
        params: dict[str, Any],
        ok: bool,
        result: Any = None,
        error: str | None = None,
        status: int = 200,
    ) -> None:
        self.calls.append(Call(method, params, ok, result, error, status))
        self._wake()

    @staticmethod
    def _error_response(error: ApiError) -> web.Response:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": error.status,
            "description": error.description,
        }
        if error.parameters:
            body["parameters"] = error.parameters
        return web.json_response(body, status=error.status, dumps=_dumps)

    async def _handle_method(self, request: web.Request) -> web.StreamResponse:
        requested = request.match_info["method"]
        method, handler = self._methods.get(requested.lower(), (requested, None))
        params: dict[str, Any] = {}
        try:
            if request.match_info["token"] != self.token:
                raise ApiError(401, "Unauthorized")
            params = _normalize(await self._read_params(request))
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            queue = self._faults.get(method.lower())
            fault = queue.popleft() if queue else None
            if fault is not None and fault.kind == "drop":
                self._record(method, params, False, error="connection dropped", status=0)
                return self._drop(request)
            if fault is not None and fault.kind == "garble":
                self._record(method, params, False, error="garbled answer", status=200)
                return web.Response(body=b'{"ok": tru', content_type="application/json")
            if fault is not None and fault.kind == "error":
                extra = {"retry_after": fault.retry_after} if fault.retry_after else None
                raise ApiError(fault.status, fault.description, extra)
            if fault is not None and fault.kind == "delay":
                self._held[method.lower()] = self._held.get(method.lower(), 0) + 1
                self._wake()
                try:
                    await asyncio.sleep(fault.seconds)
                finally:
                    self._held[method.lower()] -= 1
            result = await handler(params)
            if fault is not None and fault.kind == "applied-drop":
                # Done, but the answer is lost: the client cannot tell it from "never done".
                self._record(method, params, True, result=copy.deepcopy(result), status=0)
                return self._drop(request)
        except ApiError as error:
            self._record(method, params, False, error=error.description, status=error.status)
            return self._error_response(error)
        except asyncio.CancelledError:
            self._record(method, params, False, error="client closed the connection", status=0)
            raise
        self._record(method, params, True, result=copy.deepcopy(result))
        return web.json_response({"ok": True, "result": result}, dumps=_dumps)

    @staticmethod
    def _drop(request: web.Request) -> web.StreamResponse:
        """Close the socket without an answer (the client sees a protocol error); the
        response returned to aiohttp is never written."""
        transport = request.transport
        if transport is not None:
            transport.abort()
        return web.Response(status=204)

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        path = request.match_info["path"]
        for info in self._files.values():
            if info["file_path"] == path:
                return web.Response(body=info["content"])
        return web.json_response(
            {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
        )

    def _method_table(self) -> dict[str, Handler]:
        return {
            "getMe": self._get_me,
            "logOut": self._true,
            "close": self._true,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "sendMessage": self._send_message,
            "sendDocument": self._send_document,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "answerCallbackQuery": self._answer_callback_query,
            "answerInlineQuery": self._answer_inline_query,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "setMyDescription": self._set_my_description,
            "getMyDescription": self._get_my_description,
            "setMyShortDescription": self._set_my_short_description,
            "getMyShortDescription": self._get_my_short_description,
            "setChatMenuButton": self._set_chat_menu_button,
            "getChatMenuButton": self._get_chat_menu_button,
            "sendChatAction": self._send_chat_action,
            "getFile": self._get_file,
        }

    # ----- parameter helpers ------------------------------------------------------------

    @staticmethod
    def _int(params: dict[str, Any], key: str, required: bool = False) -> int | None:
        value = params.get(key)
        if value is None or value == "":
            if required:
                raise _bad(f"{key} is empty")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise _bad(f"invalid {key} specified")
        return value

    @staticmethod
    def _str(params: dict[str, Any], key: str) -> str | None:
        value = params.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise _bad(f'field "{key}" must be of type String')
        return value

    def _chat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _bad("chat_id is empty")
        if not isinstance(chat_id, int) or chat_id not in self._chats:
            raise _bad("chat not found")
        if chat_id in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return self._chats[chat_id]

    # ----- text, markup ---------------------------------------------------------------

    @staticmethod
    def _parse_text(text: Any, parse_mode: Any, entities: Any = None) -> ParsedText:
        """Validate a message text exactly as sendMessage does."""
        if text is None or text == "":
            raise _bad("message text is empty")
        if not isinstance(text, str):
            raise _bad('field "text" must be of type String')
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise _bad("text must be encoded in UTF-8") from None
        mode = (parse_mode or "").strip() if isinstance(parse_mode, str) else parse_mode
        if mode:
            if not isinstance(mode, str) or mode.lower() != "html":
                raise _bad(f"unsupported parse_mode {mode!r}: this fake server validates HTML only")
            if entities:
                raise _bad("can't use parse_mode together with entities")
            try:
                parsed = parse_html(text)
            except HtmlParseError as error:
                raise _bad(f"can't parse entities: {error.reason}") from None
        elif entities:
            parsed = FakeBotApi._explicit_entities(text, entities)
        else:
            parsed = plain_text(text)
        if not parsed.text:
            raise _bad("message text is empty")
        if len(parsed.text) > MAX_MESSAGE_LENGTH:
            raise _bad("message is too long")
        return parsed

    @staticmethod
    def _explicit_entities(text: str, entities: Any) -> ParsedText:
        """Text with caller-supplied entities: check they fit the text (UTF-16)."""
        if not isinstance(entities, list):
            raise _bad("can't parse entities JSON object")
        total = utf16_len(text)
        for entity in entities:
            if not isinstance(entity, dict) or not isinstance(entity.get("type"), str):
                raise _bad("can't parse MessageEntity JSON object")
            offset, length = entity.get("offset"), entity.get("length")
            if not isinstance(offset, int) or not isinstance(length, int):
                raise _bad("can't parse MessageEntity JSON object")
            if offset < 0 or length <= 0 or offset + length > total:
                raise _bad("can't parse entities: entity beyond the end of the text")
        stripped = text.strip()
        lead = utf16_len(text) - utf16_len(text.lstrip())
        shifted = [{**ent, "offset": ent["offset"] - lead} for ent in entities]
        return ParsedText(text=stripped, entities=shifted)

    @staticmethod
    def _check_reply_markup(markup: Any) -> dict[str, Any] | None:
        """Validate reply_markup like Telegram; return what a Message echoes (inline only)."""
        if markup is None or markup == "":
            return None
        if not isinstance(markup, dict):
            raise _bad("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" in markup:
            rows = markup["inline_keyboard"]
            if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
                raise _bad("can't parse inline keyboard markup JSON object")
            buttons = [button for row in rows for button in row]
            if len(buttons) > MAX_BUTTONS:
                raise _bad("reply markup is too long")
            for button in buttons:
                FakeBotApi._check_inline_button(button)
            return {"inline_keyboard": [row for row in rows if row]}
        if "keyboard" in markup:
            rows = markup["keyboard"]
            if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
                raise _bad("can't parse keyboard markup JSON object")
            for row in rows:
                for button in row:
                    text = button.get("text") if isinstance(button, dict) else button
                    if not isinstance(text, str) or not text:
                        raise _bad('can\'t parse keyboard button: Field "text" must be a String')
            return None
        if markup.get("remove_keyboard") is True or markup.get("force_reply") is True:
            return None
        raise _bad("can't parse reply keyboard markup JSON object")

    @staticmethod
    def _check_inline_button(button: Any) -> None:
        if not isinstance(button, dict):
            raise _bad("can't parse inline keyboard button: InlineKeyboardButton must be an Object")
        text = button.get("text")
        if not isinstance(text, str):
            raise _bad('can\'t parse inline keyboard button: Field "text" must be of type String')
        if not text.strip():
            raise _bad("BUTTON_TEXT_INVALID")
        actions = [key for key in _BUTTON_ACTIONS if key in button]
        if not actions:
            raise _bad(
                "can't parse inline keyboard button: Text buttons are unallowed in the "
                "inline keyboard"
            )
        if len(actions) > 1:
            raise _bad(
                "can't parse inline keyboard button: exactly one of the optional fields must "
                f"be used, found {actions}"
            )
        if "callback_data" in button:
            data = button["callback_data"]
            if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64:
                raise _bad("BUTTON_DATA_INVALID")
        if "copy_text" in button:  # CopyTextButton (Bot API 7.11): 1-256 characters to copy
            copy_text = button["copy_text"]
            text = copy_text.get("text") if isinstance(copy_text, dict) else None
            if not isinstance(text, str) or not 1 <= len(text) <= 256:
                raise _bad("BUTTON_COPY_TEXT_INVALID")
        if "url" in button:
            url = button["url"]
            parts = urlsplit(url) if isinstance(url, str) else None
            if (
                parts is None
                or parts.scheme.lower() not in ("http", "https", "tg")
                or (parts.scheme.lower() != "tg" and not parts.hostname)
                or any(ch in url for ch in " \n\t")
            ):
                raise _bad("BUTTON_URL_INVALID")

    def _store_bot_message(
        self,
        chat: dict[str, Any],
        parsed: ParsedText,
        params: dict[str, Any],
        markup: dict[str, Any] | None,
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": self._new_message_id(),
            "from": self._bot_user(),
            "chat": copy.deepcopy(chat),
            "date": int(time.time()),
            "text": parsed.text,
        }
        if parsed.entities:
            message["entities"] = parsed.entities
        if markup is not None:
            message["reply_markup"] = markup
        if isinstance(params.get("link_preview_options"), dict):
            message["link_preview_options"] = params["link_preview_options"]
        reply_to = self._reply_target(chat["id"], params)
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        self._messages[(chat["id"], message["message_id"])] = _StoredMessage(
            message=message,
            from_bot=True,
            parse_mode=params.get("parse_mode") or None,
            source_text=params.get("text"),
        )
        self._bot_message_order.setdefault(chat["id"], []).append(message["message_id"])
        return copy.deepcopy(message)

    def _reply_target(self, chat_id: int, params: dict[str, Any]) -> dict[str, Any] | None:
        reply = params.get("reply_parameters")
        allow_missing = bool(params.get("allow_sending_without_reply"))
        if isinstance(reply, dict):
            target = _to_int("message_id", reply.get("message_id"))
            allow_missing = bool(_to_bool(reply.get("allow_sending_without_reply", False)))
            reply_chat = _to_int("chat_id", reply.get("chat_id", chat_id))
        elif reply is not None:
            raise _bad("can't parse reply parameters JSON object")
        else:
            target = params.get("reply_to_message_id")
            reply_chat = chat_id
        if target is None:
            return None
        stored = self._messages.get((reply_chat, target)) if isinstance(target, int) else None
        if stored is None or stored.deleted:
            if allow_missing:
                return None
            raise _bad("message to be replied not found")
        return self._embeddable(stored.message)

    def _editable(self, params: dict[str, Any], what: str) -> _StoredMessage | None:
        """The bot message an edit targets, or None for inline messages."""
        if params.get("inline_message_id"):
            return None
        chat_id = self._int(params, "chat_id")
        message_id = self._int(params, "message_id")
        if chat_id is None:
            raise _bad("chat_id is empty")
        if message_id is None:
            raise _bad("message_id is empty")
        if chat_id not in self._chats:
            raise _bad("chat not found")
        stored = self._messages.get((chat_id, message_id))
        if stored is None or stored.deleted:
            raise _bad(f"message to {what} not found")
        if not stored.from_bot:
            raise _bad("message can't be edited")
        return stored

    # ----- methods --------------------------------------------------------------------

    async def _true(self, params: dict[str, Any]) -> bool:
        return True

    async def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            **self._bot_user(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _deliverable(self, offset: int, limit: int) -> list[dict[str, Any]]:
        updates = [
            update
            for update in self._updates
            if any(key in self._allowed_updates for key in update if key != "update_id")
        ]
        if offset < 0:
            updates = updates[offset:]
        return updates[:limit]

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = self._int(params, "offset") or 0
        limit = self._int(params, "limit")
        limit = 100 if limit is None else max(1, min(limit, 100))
        timeout = params.get("timeout") or 0
        if isinstance(timeout, bool) or not isinstance(timeout, int | float):
            raise _bad("invalid timeout specified")
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = (
                frozenset(str(kind) for kind in allowed) if allowed else _DEFAULT_ALLOWED_UPDATES
            )
        elif allowed not in (None, ""):
            raise _bad("can't parse allowed_updates JSON object")
        if offset > 0:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        # A newer getUpdates terminates an older one still waiting, as on Telegram.
        self._poll_generation += 1
        generation = self._poll_generation
        self._wake()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(0.0, float(timeout))
        while True:
            if generation != self._poll_generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; make sure that only "
                    "one bot instance is running",
                )
            batch = self._deliverable(offset, limit)
            remaining = deadline - loop.time()
            if batch or remaining <= 0 or self._closing:
                self._delivered.update(update["update_id"] for update in batch)
                return copy.deepcopy(batch)
            self._polls_waiting += 1
            self._wake()  # let wait_polling() see this poll
            try:
                await self._wait_for_event(remaining)
            finally:
                self._polls_waiting -= 1

    async def _set_webhook(self, params: dict[str, Any]) -> bool:
        url = self._str(params, "url") or ""
        scheme = urlsplit(url).scheme
        if url and scheme != "https" and not (self.allow_http_webhooks and scheme == "http"):
            raise _bad("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise _bad("bad webhook: secret token contains unallowed characters")
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self.webhook_url = url
        self.webhook_secret = str(secret) if secret is not None else None
        return True

    async def _delete_webhook(self, params: dict[str, Any]) -> bool:
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self.webhook_url = ""
        self.webhook_secret = None
        return True

    async def deliver(
        self,
        update_id: int,
        url: str | None = None,
        *,
        secret: str | None = None,
        timeout: float = 30.0,
    ) -> int:
        """POST one pushed update to a webhook as Telegram does: JSON body, the secret in
        ``X-Telegram-Bot-Api-Secret-Token``. ``url`` defaults to the registered webhook (a
        test may also play the load balancer and choose a replica, or deliver twice);
        ``secret`` overrides the registered one (a forged request). Returns the HTTP status
        (0 when the connection failed); every attempt is recorded in ``deliveries``."""
        target = url or self.webhook_url
        if not target:
            raise ValueError("no webhook to deliver to")
        headers = {"Content-Type": "application/json"}
        token = self.webhook_secret if secret is None else secret
        if token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = token
        body = _dumps(self._pushed[update_id])
        try:
            async with (
                ClientSession(timeout=ClientTimeout(total=timeout)) as client,
                client.post(target, data=body, headers=headers) as response,
            ):
                status = response.status
        except (TimeoutError, ClientError):
            status = 0
        self.deliveries.append(Delivery(update_id, target, status))
        if 200 <= status < 300:
            self._delivered.add(update_id)
            self._updates = [u for u in self._updates if u["update_id"] != update_id]
        self._wake()
        return status

    async def _get_webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    async def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        parsed = self._parse_text(
            params.get("text"), params.get("parse_mode"), params.get("entities")
        )
        markup = self._check_reply_markup(params.get("reply_markup"))
        return self._store_bot_message(chat, parsed, params, markup)

    async def _send_document(self, params: dict[str, Any]) -> dict[str, Any]:
        """A new file uploaded as multipart (``InputFile``); a file_id or URL is refused, as
        this server has no files of its own to resend."""
        chat = self._chat(params)
        upload = params.get("document")
        if not isinstance(upload, _Upload):
            raise _bad("there is no document in the request")
        content = upload.content
        if not content:
            raise _bad("file must be non-empty")
        if len(content) > MAX_UPLOAD_BYTES:
            raise ApiError(413, "Request Entity Too Large")
        caption = params.get("caption")
        markup = self._check_reply_markup(params.get("reply_markup"))
        message: dict[str, Any] = {
            "message_id": self._new_message_id(),
            "from": self._bot_user(),
            "chat": copy.deepcopy(chat),
            "date": int(time.time()),
            "document": {
                "file_id": f"document-{self._next_file_id}",
                "file_unique_id": f"u-document-{self._next_file_id}",
                "file_name": upload.get("filename") or "document",
                "mime_type": upload.get("content_type") or "application/octet-stream",
                "file_size": len(content),
            },
        }
        self._next_file_id += 1
        if caption:
            parsed = self._parse_text(caption, params.get("parse_mode"), None)
            if len(parsed.text) > MAX_CAPTION_LENGTH:
                raise _bad("message caption is too long")
            message["caption"] = parsed.text
        if markup is not None:
            message["reply_markup"] = markup
        key = (chat["id"], message["message_id"])
        self._messages[key] = _StoredMessage(message=message, from_bot=True)
        self._bot_message_order.setdefault(chat["id"], []).append(message["message_id"])
        self._documents[key] = content
        return copy.deepcopy(message)

    async def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        stored = self._editable(params, "edit")
        parsed = self._parse_text(
            params.get("text"), params.get("parse_mode"), params.get("entities")
        )
        markup = self._check_reply_markup(params.get("reply_markup"))
        if stored is None:
            return True
        message = stored.message
        if (
            message.get("text") == parsed.text
            and message.get("entities", []) == parsed.entities
            and message.get("reply_markup") == markup
        ):
            raise _bad(NOT_MODIFIED)
        message["text"] = parsed.text
        message.pop("entities", None)
        if parsed.entities:
            message["entities"] = parsed.entities
        message.pop("reply_markup", None)
        if markup is not None:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        stored.parse_mode = params.get("parse_mode") or None
        stored.source_text = params.get("text")
        stored.edits += 1
        return copy.deepcopy(message)

    async def _edit_message_reply_markup(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        stored = self._editable(params, "edit")
        markup = self._check_reply_markup(params.get("reply_markup"))
        if stored is None:
            return True
        message = stored.message
        if message.get("reply_markup") == markup:
            raise _bad(NOT_MODIFIED)
        message.pop("reply_markup", None)
        if markup is not None:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        stored.edits += 1
        return copy.deepcopy(message)

    async def _delete_message(self, params: dict[str, Any]) -> bool:
        chat_id = self._int(params, "chat_id", required=True)
        message_id = self._int(params, "message_id", required=True)
        if chat_id not in self._chats:
            raise _bad("chat not found")
        stored = self._messages.get((int(chat_id), int(message_id)))
        if stored is None or stored.deleted:
            raise _bad("message to delete not found")
        stored.deleted = True
        return True

    async def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        entry = self._callback_queries.get(query_id)
        if entry is None or entry["answered"]:
            raise _bad(QUERY_INVALID)
        text = self._str(params, "text") or ""
        if len(text) > MAX_CALLBACK_ANSWER_LENGTH:
            raise _bad("MESSAGE_TOO_LONG")
        entry["answered"] = True
        self.callback_answers[query_id] = {
            "text": text,
            "show_alert": bool(params.get("show_alert")),
            "url": params.get("url"),
            "cache_time": params.get("cache_time"),
        }
        return True

    async def _answer_inline_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("inline_query_id") or "")
        entry = self._inline_queries.get(query_id)
        if entry is None or entry["answered"]:
            raise _bad(QUERY_INVALID)
        results = params.get("results")
        if not isinstance(results, list):
            raise _bad("can't parse inline query results JSON object")
        if len(results) > MAX_INLINE_RESULTS:
            raise _bad("RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            self._check_inline_result(result, seen)
        cache_time = self._int(params, "cache_time")
        next_offset = self._str(params, "next_offset") or ""
        if len(next_offset.encode("utf-8")) > 64:
            raise _bad("NEXT_OFFSET_INVALID")
        entry["answered"] = True
        self.inline_answers[query_id] = {
            "results": copy.deepcopy(results),
            "cache_time": 300 if cache_time is None else cache_time,
            "is_personal": bool(params.get("is_personal")),
            "next_offset": next_offset,
            "button": params.get("button"),
        }
        return True

    def _check_inline_result(self, result: Any, seen: set[str]) -> None:
        if not isinstance(result, dict):
            raise _bad("can't parse inline query result: InlineQueryResult must be an Object")
        kind = result.get("type")
        if kind not in _INLINE_RESULT_TYPES:
            raise _bad(
                f'can\'t parse inline query result: Unsupported inline query result type "{kind}"'
            )
        result_id = result.get("id")
        if not isinstance(result_id, str) or not 1 <= len(result_id.encode("utf-8")) <= 64:
            raise _bad("RESULT_ID_INVALID")
        if result_id in seen:
            raise _bad("RESULT_ID_DUPLICATE")
        seen.add(result_id)
        if kind == "article":
            title = result.get("title")
            if not isinstance(title, str) or not title.strip():
                raise _bad('can\'t parse inline query result: Field "title" must be of type String')
            content = result.get("input_message_content")
            if not isinstance(content, dict) or "message_text" not in content:
                raise _bad(
                    'can\'t parse inline query result: Field "input_message_content" must be '
                    'of type Object with "message_text"'
                )
        content = result.get("input_message_content")
        if isinstance(content, dict) and "message_text" in content:
            self._parse_text(
                content.get("message_text"), content.get("parse_mode"), content.get("entities")
            )
        self._check_reply_markup(result.get("reply_markup"))

    async def _set_my_commands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad("can't parse commands JSON object")
        if len(commands) > MAX_COMMANDS:
            raise _bad("BOT_COMMANDS_TOO_MUCH")
        clean: list[dict[str, str]] = []
        for command in commands:
            if not isinstance(command, dict):
                raise _bad("can't parse BotCommand JSON object")
            name, description = command.get("command"), command.get("description")
            if not isinstance(name, str) or not _COMMAND_RE.fullmatch(name):
                raise _bad("BOT_COMMAND_INVALID")
            if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
                raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
            clean.append({"command": name, "description": description})
        key = (_scope_key(params.get("scope")), _check_language(params.get("language_code")))
        if clean:
            self._commands[key] = clean
        else:
            self._commands.pop(key, None)
        return True

    async def _get_my_commands(self, params: dict[str, Any]) -> list[dict[str, str]]:
        key = (_scope_key(params.get("scope")), _check_language(params.get("language_code")))
        return copy.deepcopy(self._commands.get(key, []))

    async def _delete_my_commands(self, params: dict[str, Any]) -> bool:
        key = (_scope_key(params.get("scope")), _check_language(params.get("language_code")))
        self._commands.pop(key, None)
        return True

    async def _set_my_description(self, params: dict[str, Any]) -> bool:
        return self._set_text(params, "description", MAX_DESCRIPTION, self._descriptions)

    async def _set_my_short_description(self, params: dict[str, Any]) -> bool:
        return self._set_text(
            params, "short_description", MAX_SHORT_DESCRIPTION, self._short_descriptions
        )

    def _set_text(
        self, params: dict[str, Any], key: str, limit: int, store: dict[str, str]
    ) -> bool:
        language = _check_language(params.get("language_code"))
        text = self._str(params, key) or ""
        if len(text) > limit:
            raise _bad(f"{key} is too long")
        if text:
            store[language] = text
        else:
            store.pop(language, None)
        return True

    async def _get_my_description(self, params: dict[str, Any]) -> dict[str, str]:
        language = _check_language(params.get("language_code"))
        return {"description": self._descriptions.get(language, "")}

    async def _get_my_short_description(self, params: dict[str, Any]) -> dict[str, str]:
        language = _check_language(params.get("language_code"))
        return {"short_description": self._short_descriptions.get(language, "")}

    async def _set_chat_menu_button(self, params: dict[str, Any]) -> bool:
        chat_id = self._int(params, "chat_id")
        if chat_id is not None and chat_id not in self._chats:
            raise _bad("chat not found")
        button = params.get("menu_button") or {"type": "default"}
        if not isinstance(button, dict) or button.get("type") not in (
            "commands",
            "web_app",
            "default",
        ):
            raise _bad("can't parse menu button JSON object")
        self._menu_buttons[chat_id] = button
        return True

    async def _get_chat_menu_button(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._int(params, "chat_id")
        return copy.deepcopy(
            self._menu_buttons.get(chat_id) or self._menu_buttons.get(None) or {"type": "commands"}
        )

    async def _send_chat_action(self, params: dict[str, Any]) -> bool:
        self._chat(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise _bad("wrong parameter action in request")
        return True

    async def _get_file(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = params.get("file_id")
        info = self._files.get(file_id) if isinstance(file_id, str) else None
        if info is None:
            raise _bad("invalid file_id")
        return {key: value for key, value in info.items() if key != "content"}


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)
