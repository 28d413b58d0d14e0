"""The ``briefbot`` command: check, ask, eval, run, extract, extract-eval, config and log.

Every subcommand that reads knowledge takes ``--kb PATH``, defaulting to
``$BRIEFBOT_KNOWLEDGE`` or the project's ``knowledge/``. Every subcommand loads the settings
first, so a wrong value stops each of them the same way: every problem on stderr, one line
each, and exit code 78 (EX_CONFIG), before any work is done.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.knowledge import KnowledgeBase, KnowledgeError, Problem
from bot.knowledge.drafts import count_drafts, servable
from bot.knowledge.model import Answer, QuoteKind
from bot.settings import Settings, SettingsError

if TYPE_CHECKING:
    from bot.answering.session import Session
    from bot.curation.startup import Prepared
    from bot.storage import Store

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
# sysexits.h EX_CONFIG: a supervisor can tell "fix the configuration" from a crash.
EXIT_CONFIG = 78


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = _parser(arguments[0] if arguments else None)
    args = parser.parse_args(arguments)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    _utf8_streams()
    try:
        settings = Settings.load()
    except SettingsError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(
            f"{len(exc.problems)} problem(s) in the settings (environment or .env; "
            "see .env.example): nothing was done",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    return int(args.handler(args, settings))


def _utf8_streams() -> None:
    """UTF-8 everywhere, and a broken byte becomes U+FFFD instead of an exception: under
    strict decoding one bad byte on stdin killed `ask`/`run` and lost the good lines read
    with it."""
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


Subcommands = argparse._SubParsersAction  # what ``add_subparsers`` returns (for the hints)


def _parser(first: str | None = None) -> argparse.ArgumentParser:
    """The command line. When ``first`` (the first argument) names a command, only that
    command's parser is built: each ``ArgumentParser`` looks on disk for translations of
    argparse's own words (``gettext``), and a one-shot ``briefbot ask`` needs two of the
    twelve (building all took 5.3 ms of its start, these two 1.0 ms). Anything else
    (``--help``, a typo, nothing) builds them all, so help and errors list every command."""
    parser = argparse.ArgumentParser(
        prog="briefbot",
        description="Answers briefing questions with the experts' exact words and key figures.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, build in _COMMANDS.items():
        if first not in _COMMANDS or first == name:
            build(sub)
    return parser


def _command(
    sub: Subcommands, name: str, handler: Callable[..., int], help_text: str
) -> argparse.ArgumentParser:
    """A command that reads knowledge: ``--kb PATH`` and its handler."""
    command = sub.add_parser(name, help=help_text, description=help_text)
    command.add_argument(
        "--kb",
        type=Path,
        default=None,
        metavar="PATH",
        help="a briefing YAML file or a folder of briefings "
        "(default: $BRIEFBOT_KNOWLEDGE or the project's knowledge/)",
    )
    command.set_defaults(handler=handler)
    return command


def _allow_drafts(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--allow-drafts",
        action="store_true",
        default=None,
        help="also serve entries marked draft: true (default: $BRIEFBOT_ALLOW_DRAFTS or no)",
    )


def _check_command(sub: Subcommands) -> None:
    check = _command(
        sub, "check", _check, "validate every briefing and prove every quote and figure faithful"
    )
    check.add_argument(
        "--strict", action="store_true", help="fail while any entry is still marked draft"
    )


def _ask_command(sub: Subcommands) -> None:
    ask = _command(sub, "ask", _ask, "answer questions (from arguments, or stdin one per line)")
    ask.add_argument("--lang", choices=("ru", "en"), default=None, help="interface language")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument(
        "--conversation",
        action="store_true",
        help="keep follow-up context across stdin lines (off: every line stands alone)",
    )
    ask.add_argument("question", nargs="*", help="the question (words are joined)")
    _allow_drafts(ask)


def _eval_command(sub: Subcommands) -> None:
    evaluate = _command(sub, "eval", _eval, "measure accuracy on an evaluation file")
    evaluate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    evaluate.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    evaluate.add_argument("--quiet", action="store_true", help="no list of failures")
    _allow_drafts(evaluate)


def _extract_command(sub: Subcommands) -> None:
    extract = sub.add_parser(
        "extract",
        help="draft a briefing from an article (every entry marked draft: true)",
        description="Draft a briefing's knowledge base from a new article: experts, their "
        "quotes and reported statements, figures, topics and draft questions. Every span is "
        "proven against the article; what cannot be proven is dropped and listed.",
    )
    extract.add_argument("article", type=Path, metavar="ARTICLE.txt")
    extract.add_argument("-o", "--output", type=Path, default=None, metavar="FILE.yaml")
    extract.add_argument("--id", default=None, help="briefing id (default: from the file name)")
    extract.add_argument("--publisher", default=None, help="who published the article")
    extract.add_argument("--force", action="store_true", help="replace an existing output file")
    extract.set_defaults(handler=_extract)


def _extract_eval_command(sub: Subcommands) -> None:
    measure = sub.add_parser(
        "extract-eval",
        help="measure a draft against a curated briefing or an expected.yaml",
        description="Extract a draft from ARTICLE and compare it with a curated briefing "
        "(YAML with a 'briefing' section) or an expected.yaml (experts, statements, figures, "
        "topics with their main); with --questions, also answer an evaluation file from the "
        "unedited draft.",
    )
    measure.add_argument("article", type=Path, metavar="ARTICLE.txt")
    measure.add_argument("--against", type=Path, required=True, metavar="REFERENCE.yaml")
    measure.add_argument("--questions", type=Path, nargs="*", default=[], metavar="FILE")
    measure.add_argument("--quiet", action="store_true", help="no list of misses")
    measure.set_defaults(handler=_extract_eval)


def _run_command(sub: Subcommands) -> None:
    run = _command(
        sub, "run", _run, "run the bot: Telegram with a token, else a local chat in the terminal"
    )
    _allow_drafts(run)


def _config_command(sub: Subcommands) -> None:
    config = sub.add_parser(
        "config",
        help="print the effective settings and where each came from (secrets masked)",
        description="Print every setting as NAME=value with its source (default, .env or "
        "environment); the token, the webhook secret and the database password show as ***. "
        "Wrong values are listed instead, with a non-zero exit code.",
    )
    config.set_defaults(handler=_config)


def _log_command(sub: Subcommands) -> None:
    curator = sub.add_parser(
        "log",
        help="the query log: unanswered questions, statistics, purge (SQLite or PostgreSQL)",
        description="Read the query log in the store the bot writes (DATABASE_URL, else "
        "BRIEFBOT_SQLITE_PATH): what readers asked that the bot could not answer, statistics, "
        "and purging what is older than the retention.",
    )
    actions = curator.add_subparsers(dest="action", metavar="ACTION", required=True)
    unanswered = actions.add_parser(
        "unanswered",
        help="unanswered and disputed questions, as CSV or as YAML phrasings to paste",
        description="Questions the bot did not answer (not_given, suggest, none), grouped by "
        "wording, and answers readers voted down. CSV for a spreadsheet; YAML grouped by the "
        "nearest entry, each question ready to paste under an entry's questions:.",
    )
    unanswered.add_argument(
        "--since", default="7d", help="7d, 12h, 30m, a date or an ISO time (default: 7d)"
    )
    unanswered.add_argument("--format", choices=("csv", "yaml"), default="csv")
    unanswered.set_defaults(handler=_log_unanswered)
    stats = actions.add_parser("stats", help="questions today and over N days, answer rate, tops")
    stats.add_argument("--days", type=int, default=7, help="the window, in days (default: 7)")
    stats.set_defaults(handler=_log_stats)
    purge = actions.add_parser(
        "purge",
        help="delete questions and votes older than the retention (BRIEFBOT_LOG_RETENTION_DAYS)",
    )
    purge.add_argument(
        "--older-than",
        default=None,
        metavar="AGE",
        help="7d, 12h, a date…  (default: BRIEFBOT_LOG_RETENTION_DAYS days)",
    )
    purge.set_defaults(handler=_log_purge)


def kb_path(args: argparse.Namespace, settings: Settings) -> Path:
    return args.kb if args.kb is not None else settings.briefbot_knowledge


def load_or_report(
    path: Path, settings: Settings, *, leave_out_broken: bool = False
) -> KnowledgeBase | None:
    """The knowledge under ``path``, or None after printing every problem (file:line).

    ``leave_out_broken`` (serving): a broken briefing among others is reported and left out,
    so one bad file does not take the rest off the air; ``briefbot check`` stays strict."""
    from bot.knowledge import load_knowledge

    try:
        kb = load_knowledge(
            path,
            leave_out_broken=leave_out_broken,
            max_article_bytes=settings.briefbot_max_article_bytes,
        )
    except KnowledgeError as exc:
        _report(exc)
        return None
    _report_left_out(kb.left_out, len(kb.briefings))
    return kb


def _report_left_out(left_out: Sequence[Problem], serving: int) -> None:
    if not left_out:
        return
    for problem in left_out:
        print(problem, file=sys.stderr)
    files = len({p.file for p in left_out})
    print(
        f"{len(left_out)} problem(s) in {files} file(s): those briefings are left out, "
        f"{serving} briefing(s) serve",
        file=sys.stderr,
    )


def _report(exc: KnowledgeError) -> None:
    for problem in exc.problems:
        print(problem, file=sys.stderr)
    print(f"{len(exc.problems)} problem(s): knowledge not loaded", file=sys.stderr)


def load_servable(args: argparse.Namespace, settings: Settings) -> KnowledgeBase | None:
    """The knowledge users may see: drafts hidden unless allowed, and said so on stderr."""
    kb = load_or_report(kb_path(args, settings), settings, leave_out_broken=True)
    if kb is None:
        return None
    allow = settings.briefbot_allow_drafts if args.allow_drafts is None else args.allow_drafts
    shown = servable(kb, allow)
    hidden = sum(count_drafts(b).total for b in kb.briefings) if not allow else 0
    drafts = [b.id for b in kb.briefings if b.draft]
    return shown if _servable_said(shown, hidden, drafts) else None


def load_prepared(
    args: argparse.Namespace,
    settings: Settings,
    later: list[Callable[[], None]] | None = None,
) -> Prepared | None:
    """As ``load_servable``, with the matcher built, through the start-up cache when it is on
    (``BRIEFBOT_STARTUP_CACHE``): a hit skips loading, proving and indexing. With ``later``,
    writing the cache after a miss is left there for the caller to run (see
    ``StartupCache.load``)."""
    from bot.curation.startup import StartupCache, prepare

    allow = settings.briefbot_allow_drafts if args.allow_drafts is None else args.allow_drafts
    path = kb_path(args, settings)
    cache = StartupCache.from_settings(settings)
    try:
        if cache is None:
            prepared = prepare(path, settings, allow)[0]
        else:
            prepared = cache.load(path, settings, allow, later)[0]
    except KnowledgeError as exc:
        _report(exc)
        return None
    _report_left_out(prepared.left_out, len(prepared.kb.briefings))
    if not _servable_said(prepared.kb, prepared.hidden_drafts, prepared.draft_briefings):
        return None
    return prepared


def _servable_said(shown: KnowledgeBase, hidden: int, drafts: Sequence[str]) -> bool:
    """Say on stderr what drafts were hidden; False when nothing is left to serve."""
    if hidden:
        whole = f" (whole briefing(s): {', '.join(drafts)})" if drafts else ""
        print(
            f"{hidden} draft item(s) hidden{whole}: review them and remove 'draft: true', "
            "or pass --allow-drafts (BRIEFBOT_ALLOW_DRAFTS=1) to serve them unreviewed",
            file=sys.stderr,
        )
    if not shown.briefings:
        print("no reviewed briefing to serve", file=sys.stderr)
        return False
    return True


def _check(args: argparse.Namespace, settings: Settings) -> int:
    kb = load_or_report(kb_path(args, settings), settings)
    if kb is None:
        return EXIT_PROBLEMS
    for briefing in kb.briefings:
        quotes = [q for a in briefing.answers for q in a.quotes]
        spans = [f.span for f in briefing.figures]
        count = {kind: sum(1 for q in (*quotes, *spans) if q.kind is kind) for kind in QuoteKind}
        phrasings = sum(len(e.questions) for e in briefing.items)
        statements = [a for a in briefing.answers if isinstance(a, Answer) and a.list_kind is None]
        print(f"{briefing.id}: {briefing.title} ({briefing.publisher}, {briefing.event_date})")
        print(
            f"  experts {len(briefing.experts)}, topics {len(briefing.topics)}, "
            f"answers {len(briefing.answers)} ({len(statements)} statements), "
            f"figures {len(briefing.figures)}, phrasings {phrasings}"
        )
        print(
            f"  spans: direct {count[QuoteKind.DIRECT]}, reported {count[QuoteKind.REPORTED]}, "
            f"article {count[QuoteKind.ARTICLE]} — all verbatim in {briefing.article.path.name}"
        )
        drafts = count_drafts(briefing)
        if drafts.total:
            print(
                f"  drafts to review: {drafts.total} ("
                + ("the briefing, " if drafts.briefing else "")
                + f"experts {drafts.experts}, topics {drafts.topics}, entries {drafts.entries})"
                " — hidden from users until 'draft: true' is removed"
            )
    total = sum(count_drafts(b).total for b in kb.briefings)
    print(f"OK: {len(kb.briefings)} briefing(s), every quote and figure found in its source")
    # English readers see a marked translation above the Russian words: a reviewed statement
    # without one leaves them with Russian only.
    untranslated = [
        a
        for b in kb.briefings
        for a in b.answers
        if a.quotes and not a.draft and not b.draft and not a.summary_en
    ]
    for answer in untranslated:
        print(f"{answer.ref}: answer '{answer.id}' has no summary_en (English translation)")
    if total:
        print(f"{total} draft item(s) remain")
    if args.strict and (total or untranslated):
        reason = "drafts remain" if total else "statements lack an English summary"
        print(f"--strict: {reason}, so the knowledge is not ready", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot.curation.startup import kept_for_good

    later: list[Callable[[], None]] = []  # the start-up cache is written after the answer
    with kept_for_good():  # the answering modules and the matcher live until the process ends
        from bot.answering.session import Session

        prepared = load_prepared(args, settings, later)
    if prepared is None:
        return EXIT_PROBLEMS
    session = Session(prepared.matcher, default_briefing=settings.briefbot_default_briefing)
    try:
        return _answer_all(args, session, later)
    finally:
        _run_jobs(later)


def _run_jobs(jobs: list[Callable[[], None]]) -> None:
    while jobs:
        jobs.pop(0)()


def _answer_all(
    args: argparse.Namespace, session: Session, after_first: list[Callable[[], None]]
) -> int:
    from bot.answering.reply import Action
    from bot.rendering.payload import answer_payload
    from bot.rendering.plain import render_plain

    def answer(question: str, conversation: bool) -> None:
        reply = session.ask(question, lang=args.lang, chat="stdin" if conversation else None)
        if args.json:
            print(json.dumps(answer_payload(question, reply), ensure_ascii=False), flush=True)
        else:
            print(render_plain(reply), flush=True)
            # Where the reply is a choice (which briefing, /briefings), the choices are the
            # answer: Telegram shows them as buttons, a one-shot command prints them.
            choices = [
                button.label
                for row in reply.buttons
                for button in row
                if button.action in (Action.CHOOSE, Action.BRIEFING)
            ]
            for label in choices:
                print(f"• {label}", flush=True)
            print(flush=True)
        _run_jobs(after_first)  # an answer is out: now the work it need not wait for

    if args.question:
        answer(" ".join(args.question), conversation=False)
        return EXIT_OK
    for line in sys.stdin:
        answer(line.rstrip("\r\n"), conversation=args.conversation)
    return EXIT_OK


def _eval(args: argparse.Namespace, settings: Settings) -> int:
    from bot.evaluation import evaluate_files

    kb = load_servable(args, settings)
    if kb is None:
        return EXIT_PROBLEMS
    return evaluate_files(kb, settings, args.files, split=args.split, quiet=args.quiet)


def _extract(args: argparse.Namespace, settings: Settings) -> int:
    import os

    from bot.extraction.draft import ExtractionError, extract, taken_commands
    from bot.extraction.writer import to_yaml
    from bot.knowledge.loader import ID_RE

    if not args.article.is_file():
        print(f"{args.article}: no such file", file=sys.stderr)
        return EXIT_USAGE
    if args.id is not None and not ID_RE.fullmatch(args.id):
        print(f"--id '{args.id}' must match {ID_RE.pattern}", file=sys.stderr)
        return EXIT_USAGE
    output = args.output or Path("knowledge") / f"{args.article.stem}.yaml"
    if output.exists() and not args.force:
        print(f"{output} exists: choose another -o, or pass --force to replace it", file=sys.stderr)
        return EXIT_USAGE
    # Commands must be unique across the briefings the bot will serve together.
    taken = taken_commands(output.parent, besides=output)
    try:
        draft = extract(
            args.article, briefing_id=args.id, publisher=args.publisher, output=output, taken=taken
        )
    except ExtractionError as exc:
        print(f"{args.article}: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    output.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the target and proven before it replaces anything: a draft that does
    # not load must never stop the bot from loading the other briefings.
    staging = output.with_name(f".{output.name}.tmp")
    staging.write_text(to_yaml(draft.briefing, output), encoding="utf-8")
    try:
        kb = load_or_report(staging, settings)
        if kb is None:
            return EXIT_PROBLEMS
        os.replace(staging, output)
    finally:
        staging.unlink(missing_ok=True)
    briefing = draft.briefing
    statements = sum(1 for a in briefing.answers if a.list_kind is None)
    print(
        f"{output}: draft of {briefing.id}: experts {len(briefing.experts)}, "
        f"topics {len(briefing.topics)}, statements {statements}, "
        f"figures {len(briefing.figures)} — all marked draft: true"
    )
    for line in draft.dropped:
        print(f"  dropped (not provable): {line}", file=sys.stderr)
    print("review it, remove 'draft: true', then: briefbot check --strict")
    return EXIT_OK


def _extract_eval(args: argparse.Namespace, settings: Settings) -> int:
    import tempfile

    import yaml

    from bot.evaluation import briefbot_system, format_report, load_items, run
    from bot.extraction.draft import extract
    from bot.extraction.scoring import (
        reference_from_briefing,
        reference_from_expected,
        report,
        score,
    )
    from bot.extraction.writer import to_yaml

    draft = extract(args.article)
    raw = yaml.safe_load(args.against.read_text(encoding="utf-8")) or {}
    curated = None
    if "briefing" in raw:
        curated = load_or_report(args.against, settings)
        if curated is None:
            return EXIT_PROBLEMS
        reference = reference_from_briefing(curated.briefings[0])
    else:
        reference = reference_from_expected(args.against)
    print(
        report(
            f"{args.article} vs {args.against}",
            score(draft.briefing, reference),
            details=not args.quiet,
        )
    )
    for line in draft.dropped:
        print(f"  dropped (not provable): {line}")
    if args.questions:
        with tempfile.TemporaryDirectory() as folder:
            output = Path(folder) / "draft.yaml"
            output.write_text(to_yaml(draft.briefing, output), encoding="utf-8")
            drafted = load_or_report(output, settings)
            if drafted is None:
                return EXIT_PROBLEMS
            systems = [("unedited draft", drafted)] + ([("curated", curated)] if curated else [])
            for questions in args.questions:
                items = load_items(questions)
                for name, kb in systems:
                    result = run(briefbot_system(kb, settings), items)
                    title = f"{questions} — {name}"
                    print(format_report(title, result, failures=False))
    return EXIT_OK


def _config(args: argparse.Namespace, settings: Settings) -> int:
    """What the bot would run with and why ("is my .env read? does the environment override
    it?"), safe to paste into an issue: secrets are masked."""
    for name, value, source in settings.effective():
        print(f"{name}={value}  # {source}")
    return EXIT_OK


def _run(args: argparse.Namespace, settings: Settings) -> int:
    problems = settings.service_problems() if settings.telegram_bot_token else []
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(
            f"{len(problems)} problem(s) in the settings (environment or .env; "
            "see .env.example): nothing was done",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    matcher = None
    if settings.briefbot_startup_cache:  # the proven knowledge and its index, as they were
        prepared = load_prepared(args, settings)
        kb = None if prepared is None else prepared.kb
        matcher = None if prepared is None else prepared.matcher
    else:
        kb = load_servable(args, settings)
    if kb is None:
        return EXIT_PROBLEMS
    if settings.telegram_bot_token:
        from bot.curation.knowledge import KnowledgeSource
        from bot.transport.logs import configure_logging
        from bot.transport.service import run_service

        # Only a served bot logs; the terminal chat keeps stderr for its own hints.
        configure_logging(settings)
        allow = settings.briefbot_allow_drafts if args.allow_drafts is None else args.allow_drafts
        source = KnowledgeSource(
            kb_path(args, settings),
            allow_drafts=allow,
            max_article_bytes=settings.briefbot_max_article_bytes,
        )
        return run_service(kb, settings, source, matcher)
    from bot.transport.console import run_console

    return run_console(kb, settings, matcher=matcher)


def _open_log(settings: Settings) -> Store | None:
    """The store the bot writes, or None after saying why it cannot be opened."""
    from bot.storage import open_store
    from bot.transport.logs import SecretFilter

    try:
        return open_store(settings.database_url, settings.briefbot_sqlite_path)
    except Exception as exc:  # an unreachable server, a folder without write access
        mask = SecretFilter(settings.secret_values()).mask
        print(f"Cannot open the store: {mask(str(exc)).strip()}", file=sys.stderr)
        return None


def _log_unanswered(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import UTC, datetime

    from bot.curation.exports import parse_since, unanswered_csv, unanswered_yaml

    try:
        since = parse_since(args.since, datetime.now(UTC))
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    store = _open_log(settings)
    if store is None:
        return EXIT_PROBLEMS
    with store:
        asked = store.unanswered(since, limit=100_000)
        disputed = store.disputed(since, limit=100_000)
    if args.format == "yaml":
        sys.stdout.write(unanswered_yaml(asked, disputed, since=since))
    else:
        sys.stdout.write(unanswered_csv(asked, disputed).replace("\r\n", "\n"))
    return EXIT_OK


def _log_stats(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import UTC, datetime

    from bot.curation.reports import overview, stats_reply
    from bot.rendering.plain import render_plain

    if args.days < 1:
        print("--days must be 1 or more", file=sys.stderr)
        return EXIT_USAGE
    store = _open_log(settings)
    if store is None:
        return EXIT_PROBLEMS
    with store:
        figures = overview(store, datetime.now(UTC), days=args.days)
    print(render_plain(stats_reply(figures, "ru")))
    return EXIT_OK


def _log_purge(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import UTC, datetime, timedelta

    from bot.curation.exports import parse_since

    now = datetime.now(UTC)
    if args.older_than is None:
        before = now - timedelta(days=settings.briefbot_log_retention_days)
    else:
        try:
            before = parse_since(args.older_than, now)
        except ValueError as exc:
            print(str(exc).replace("--since", "--older-than"), file=sys.stderr)
            return EXIT_USAGE
    store = _open_log(settings)
    if store is None:
        return EXIT_PROBLEMS
    with store:
        purged = store.purge(before)
    print(
        f"purged what is older than {before:%Y-%m-%d %H:%M} UTC: {purged.queries} question(s), "
        f"{purged.votes} vote(s), {purged.updates} handled update(s)"
    )
    return EXIT_OK


# In the order ``briefbot --help`` lists them.
_COMMANDS: dict[str, Callable[[Subcommands], None]] = {
    "check": _check_command,
    "ask": _ask_command,
    "eval": _eval_command,
    "extract": _extract_command,
    "extract-eval": _extract_eval_command,
    "run": _run_command,
    "config": _config_command,
    "log": _log_command,
}


if __name__ == "__main__":
    sys.exit(main())
