"""Replies that are not an answer: "did you mean", "the article does not say", "nothing more",
and plain interface text. Each says what the briefing does cover, so nobody is left stuck."""

from __future__ import annotations

from bot.answering.entries import entry_reply
from bot.answering.keyboards import topic_buttons
from bot.answering.library import Library
from bot.answering.reply import Action, Block, Bullets, Button, Heading, Lead, Reply, ReplyKind
from bot.answering.texts import t
from bot.knowledge.entries import Entry
from bot.knowledge.model import Expert
from bot.language.answer_types import AnswerType, asked_types
from bot.language.asides import tidied, without_asides
from bot.language.morphology import first_noun, is_known_russian
from bot.language.parties import Party
from bot.matching.query import Query


def info(text: str, lang: str) -> Reply:
    """Plain interface text: help, hints, usage."""
    return Reply(ReplyKind.INFO, (Lead(text),), language=lang)


def hint(library: Library, text: str, lang: str, current: str | None = None) -> Reply:
    """A pointer to what works (a mistyped command, a follow-up with nothing before it), with
    the topics of the chat's current briefing as buttons (hundreds of briefings would not fit
    one keyboard)."""
    buttons = topic_buttons(library, library.home(current), lang)
    return Reply(ReplyKind.INFO, (Lead(text),), tuple(buttons), language=lang)


def _offers(
    library: Library, options: list[tuple[Entry, float]], lang: str
) -> tuple[list[tuple[Button, ...]], list[tuple[str, str, float]]]:
    buttons: list[tuple[Button, ...]] = []
    suggestions: list[tuple[str, str, float]] = []
    for entry, score in options:
        title = entry.title(lang)
        suggestions.append((entry.key, title, score))
        buttons.append((Button(title, Action.ENTRY, library.position(entry.briefing), entry.key),))
    return buttons, suggestions


def suggest(library: Library, options: list[tuple[Entry, float]], lang: str, score: float) -> Reply:
    """No confident answer: the closest entries, as a list and as buttons."""
    buttons, suggestions = _offers(library, options, lang)
    blocks: list[Block] = [
        Lead(t("did_you_mean", lang)),
        Bullets(tuple(title for _, title, _ in suggestions)),
    ]
    return Reply(
        kind=ReplyKind.SUGGEST,
        blocks=tuple(blocks),
        buttons=tuple(buttons),
        score=score,
        suggestions=tuple(suggestions),
        language=lang,
    )


def no_more(library: Library, lang: str, current: str | None = None) -> Reply:
    """ "ещё" when every statement on the topic has been shown."""
    buttons = topic_buttons(library, library.home(current), lang)
    return Reply(ReplyKind.NONE, (Lead(t("more_none", lang)),), tuple(buttons), language=lang)


def nothing(
    library: Library,
    lang: str,
    *,
    empty: bool = False,
    score: float = 0.0,
    near: list[tuple[Entry, float]] | None = None,
    current: str | None = None,
    unquoted: bool = False,
    body: bool = False,
    group: bool = False,
    unmentioned: str | None = None,
) -> Reply:
    """No answer: say so, name what the briefing covers (the chat's, when there are several:
    hundreds would not fit), offer the nearest entries. ``unquoted``: the question asks what
    somebody the article does not quote said — say first that his words are not in it, so
    nobody takes the nearest expert's for his; ``body``: that somebody is an organisation;
    ``group``: many people ("перевозчики", "бизнес");
    ``unmentioned``: the thing asked about, a word the article never uses — said first."""
    buttons, suggestions = _offers(library, near or [], lang)
    briefings = (library.home(current),) if library.several else library.briefings
    missing = "not_quoted_body" if body else "not_quoted_group" if group else "not_quoted"
    blocks: list[Block] = [Lead(t(missing, lang))] if unquoted else []
    if unmentioned and not unquoted:
        # "сколько стоит мост через Каспий": the thing asked about, by name
        blocks.append(Lead(t("not_given_thing", lang, thing=unmentioned)))
    if empty or not briefings:
        blocks.append(Lead(t("nothing_empty", lang, **library.examples(lang))))
    elif len(briefings) == 1:
        briefing = briefings[0]
        date = briefing.local("event_date", lang)
        blocks.append(
            Lead(t("nothing", lang, publisher=briefing.local("publisher", lang), date=date))
        )
    else:
        blocks.append(Lead(t("nothing_many", lang)))
    for briefing in briefings:
        if library.several:
            blocks.append(Heading(briefing.local("title", lang)))
        topics = ", ".join(tp.local("title", lang) for tp in briefing.topics)
        blocks.append(Lead(t("can_answer", lang, topics=topics)))
        buttons.extend(topic_buttons(library, briefing, lang))
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


def not_given(
    library: Library,
    offered: list[tuple[Entry, float]],
    missing: AnswerType,
    lang: str,
    *,
    echo: str | None = None,
    named: Expert | None = None,
    party: Party | None = None,
    score: float = 0.0,
    unmentioned: str | None = None,
    unnamed: Party | None = None,
    beside: Entry | None = None,
) -> Reply:
    """The subject is covered, the detail asked for is not: say precisely what is missing,
    then give what the article does say on the subject (its best entry in full).

    ``party``: the country whose own view was asked for ("как Турция относится…");
    ``unmentioned``: the thing asked about, a word the article never uses ("что Ишмухамедов
    говорил о мосте": his passage on rail investment is offered, but it says nothing of a
    bridge — not "no direct quote", which would pass it off as his words on it);
    ``unnamed``: a country asked about that the article never names ("какую роль играет
    Грузия в коридоре") — said first, so nobody reads the offer as its part in the subject;
    ``beside``: the passage on the subject itself, shown in full after a first offer that is
    there for naming the country asked about (China → the cargo from China, then the
    Middle Corridor's passage), so the reply has both what the article says of the country
    and of the subject."""
    own_words = bool(offered) and named is not None and offered[0][0].speaker == named.id
    if missing is AnswerType.STATEMENT and named is not None and unmentioned:
        said = t("not_given_unmentioned", lang, name=named.display_name(lang), thing=unmentioned)
        own_words = False
    elif missing is AnswerType.STATEMENT and party is not None:
        # "как Турция отреагировала на предложение Ишмухамедова": the country's view is
        # missing, whoever's words it would be of
        said = t("not_given_party", lang, party=party.shown_en if lang == "en" else party.shown_ru)
        own_words = False
    elif missing is AnswerType.STATEMENT and named is not None and own_words:
        name = named.display_name(lang) if lang == "en" else named.name_genitive
        said = t("not_given_no_quote", lang, name=name)
    elif missing is AnswerType.STATEMENT and named is not None:
        said = t("not_given_said_by", lang, name=named.display_name(lang))
    elif unnamed is not None:
        said = t(
            "not_given_unnamed", lang, party=unnamed.shown_en if lang == "en" else unnamed.shown_ru
        )
    elif echo:
        said = t("not_given_echo", lang, question=echo)
    else:
        said = t(f"not_given_{missing.value}", lang)
    blocks: list[Block] = [Lead(said)]
    if unmentioned and not (missing is AnswerType.STATEMENT and named is not None):
        # "кто из политологов говорил о мосте": what is missing, by name
        blocks.append(Lead(t("not_given_thing", lang, thing=unmentioned)))
    buttons: list[tuple[Button, ...]] = []
    if offered:
        first = offered[0][0]
        speaker = first.briefing.expert(first.speaker)
        if unmentioned and named is not None:
            # nobody speaks of a thing the article never names: his passage or another's
            # on the rest of the question is only what it has on the subject
            blocks.append(Lead(t("not_given_offer", lang)))
        elif missing is AnswerType.STATEMENT and speaker is not None and not own_words:
            blocks.append(Lead(t("not_given_who_did", lang, name=speaker.display_name(lang))))
        elif not own_words:
            blocks.append(Lead(t("not_given_offer", lang)))
        shown = entry_reply(library, first, lang)
        blocks.extend(shown.blocks)
        buttons.extend(shown.buttons)
        if beside is not None and beside is not first:
            second = entry_reply(library, beside, lang)
            blocks.append(Lead(t("not_given_beside", lang)))
            blocks.extend(second.blocks)
        present = {(b.action, b.key) for row in shown.buttons for b in row}
        rest, _ = _offers(library, offered[1:], lang)
        buttons.extend(row for row in rest if (row[0].action, row[0].key) not in present)
    _, suggestions = _offers(library, offered, lang)
    return Reply(
        ReplyKind.NOT_GIVEN,
        tuple(blocks),
        tuple(buttons),
        briefing_id=offered[0][0].briefing.id if offered else None,
        score=score,
        suggestions=tuple(suggestions),
        language=lang,
        missing=missing.value,
    )


def echo(query: Query) -> str | None:
    """The question as the user wrote it, to say "В статье не сказано, когда …" — only for a
    Russian question typed cleanly (no layout or typo repairs) that starts with its question
    word; anything else gets the plain per-kind sentence."""
    if query.reading.how != "as typed" or query.language != "ru" or not query.words:
        return None
    if any(0 < term.similarity < 1 for term in query.terms):
        return None
    if any(t.similarity == 0 and not is_known_russian(t.typed) for t in query.terms):
        return None
    # "сколько стоит паром? Пишу заметку": the question, without words about the request
    text = tidied(without_asides(query.text).text).rstrip("?!.…,;:—– ").strip()
    first = text.split()[0].lower() if text else ""
    if not first or asked_types((first,)) == () or len(text) > 200:
        return None
    if first_noun((first,), frozenset()) is not None:
        # "прогноз товарооборота на 2030 год", "дата визита": a noun that names the kind
        # asked opens no clause — "В статье не сказано, прогноз …" is no sentence
        return None
    return text[0].lower() + text[1:]
