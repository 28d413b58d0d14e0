"""The curator's loop without a database or Telegram: pseudonyms and their key file, the
grouping key of a question, the CSV and YAML exports (property-based: any question a reader
can type comes back out as typed), the reports within Telegram's limits, the nearest entry
of a reply, and the journal's payload without profiles.
"""

from __future__ import annotations

import csv
import io
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answering.reply import ReplyKind
from bot.answering.session import Session
from bot.curation.exports import (
    CSV_COLUMNS,
    one_line,
    parse_since,
    unanswered_csv,
    unanswered_yaml,
)
from bot.curation.privacy import (
    HashKeyError,
    Pseudonyms,
    key_file,
    key_from_file,
    load_key,
)
from bot.curation.querylog import Asking, logged_query, nearest, normalize_question
from bot.curation.reports import Overview, reload_reply, stats_reply
from bot.knowledge import load_knowledge
from bot.rendering.html import render_html, visible_length
from bot.rendering.plain import render_plain
from bot.settings import PROJECT_ROOT, Settings
from bot.storage.records import Asked, Disputed, ReplicaState
from bot.transport.intake import without_profile

NOW = datetime(2025, 10, 27, 12, 0, tzinfo=UTC)
KEY = b"k" * 32

# Anything a Telegram message may hold: every plane, controls, line and paragraph separators.
any_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=300,
)


@pytest.fixture(scope="module")
def session() -> Session:
    return Session.create(load_knowledge(PROJECT_ROOT / "knowledge"))


# ---------------------------------------------------------------------- pseudonyms
def test_pseudonyms_are_keyed_stable_and_distinct():
    one, other = Pseudonyms(KEY), Pseudonyms(b"o" * 32)
    assert one.user(123456789) == one.user(123456789)
    assert one.user(123456789) != one.user(123456780)
    assert one.user(123456789) != other.user(123456789)  # without the key, nothing to compare
    assert one.user(42) != one.chat(42)  # a user and their private chat are not linked
    assert "123456789" not in one.user(123456789) and len(one.user(1)) == 32
    assert "k" * 32 not in repr(one)
    with pytest.raises(ValueError):
        Pseudonyms(b"short")


def test_the_key_file_is_created_once_readable_by_its_owner_only(tmp_path: Path):
    path = key_file(tmp_path / "var" / "briefbot.sqlite3")
    assert path == tmp_path / "var" / "briefbot.hash-key"
    first = key_from_file(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(first) == 64
    assert key_from_file(path) == first  # the second start reads it back
    path.chmod(0o640)
    with pytest.raises(HashKeyError, match="readable by others"):
        key_from_file(path)
    path.chmod(0o600)
    path.write_text("short\n")
    with pytest.raises(HashKeyError, match="not a key"):
        key_from_file(path)


def test_the_key_comes_from_the_setting_else_the_file_and_never_for_postgresql_alone(
    tmp_path: Path,
):
    sqlite_path = tmp_path / "bot.sqlite3"
    given_key = "s" * 40
    assert load_key(Settings(briefbot_hash_key=given_key, briefbot_sqlite_path=sqlite_path)) == (
        given_key.encode()
    )
    assert not key_file(sqlite_path).exists()  # a set key writes no file
    generated = load_key(Settings(briefbot_sqlite_path=sqlite_path))
    assert key_file(sqlite_path).read_text().strip().encode() == generated
    with pytest.raises(HashKeyError, match="required when DATABASE_URL is set"):
        load_key(Settings(database_url="postgresql://u@db/x", briefbot_sqlite_path=sqlite_path))


# ---------------------------------------------------------------------- the grouping key
@given(any_text)
def test_normalizing_twice_changes_nothing(text: str):
    once = normalize_question(text)
    assert normalize_question(once) == once


@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяabcxyz ", min_size=1, max_size=60))
def test_one_question_typed_several_ways_is_one_group(words: str):
    key = normalize_question(words)
    assert normalize_question(f"  {words.upper()}?!  ") == key
    assert normalize_question(words.replace("е", "ё").replace(" ", "  \t")) == key


def test_normalized_examples():
    assert normalize_question("  Сколько ЁМКОСТЬ  стоит паром?? ") == "сколько емкость стоит паром"
    assert normalize_question("«Средний коридор»") == "средний коридор"
    assert normalize_question("/help") == "/help"


# ---------------------------------------------------------------------- what is logged
def test_a_logged_question_carries_its_reply_and_only_pseudonyms(session: Session):
    pseudonyms = Pseudonyms(KEY)
    asking = Asking(ref=77, chat_type="group", user_id=555001, chat_id=-100555)
    reply = session.question("сколько соглашений подписали?")
    row = logged_query(
        asking,
        "сколько соглашений подписали?",
        reply,
        session.kb,
        pseudonyms,
        latency_seconds=0.0456,
        now=NOW,
    )
    assert (row.ref, row.asked_at, row.chat_type, row.language) == (77, NOW, "group", "ru")
    assert (row.band, row.briefing, row.entry) == (
        "answer",
        "aliyev-kazakhstan",
        "agreements-count",
    )
    assert row.score == reply.score == 100.0
    assert row.latency_ms == 46
    assert row.user == pseudonyms.user(555001) and row.chat == pseudonyms.chat(-100555)
    assert "555001" not in repr(row) and "100555" not in repr(row)
    nul = logged_query(asking, "a\x00b", reply, session.kb, pseudonyms, latency_seconds=0)
    assert nul.question == "a\ufffdb"  # PostgreSQL text refuses NUL


def test_the_nearest_entry_of_a_reply_that_did_not_answer(session: Session):
    suggest = session.question("коридор цифры")
    assert suggest.kind is ReplyKind.SUGGEST
    briefing, entry = nearest(suggest, session.kb)
    assert briefing == "aliyev-kazakhstan"
    assert entry == suggest.suggestions[0][0]
    not_given = session.question("сколько контрактов подписали лидеры")
    assert not_given.kind is ReplyKind.NOT_GIVEN
    assert nearest(not_given, session.kb)[0] == "aliyev-kazakhstan"
    nothing = session.question("что сказал Эрдоган")
    assert nearest(nothing, session.kb) == (None, None)


# ---------------------------------------------------------------------- exports
def asked(question: str, count: int = 1, band: str = "not_given", entry: str | None = "x") -> Asked:
    return Asked(question, count, band, "aliyev-kazakhstan" if entry else None, entry, 48.2, NOW)


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


@settings(max_examples=200)
@given(any_text)
def test_any_question_survives_the_csv(question: str):
    rows = read_csv(unanswered_csv([asked(question)], []))
    assert len(rows) == 1
    back = rows[0]["question"]
    if question.startswith(("=", "+", "-", "@", "\t", "\r")):
        assert back == "'" + question  # a spreadsheet must not run it as a formula
    else:
        assert back == question


@settings(max_examples=200)
@given(st.lists(any_text, min_size=1, max_size=5))
def test_any_question_survives_the_yaml_as_one_phrasing(questions: list[str]):
    items = [asked(q, entry="agreements-count") for q in questions]
    data = yaml.safe_load(unanswered_yaml(items, [], since=NOW))
    pasted = [q for group in (data or []) for q in group["questions"]]
    assert pasted == [one_line(q) for q in questions if one_line(q)]


def test_the_csv_lists_unanswered_and_disputed_with_every_column():
    disputed = Disputed(
        9, "какой товарооборот", "aliyev-kazakhstan", "trade-turnover-now", 71.5, 2, 1, NOW
    )
    text = unanswered_csv(
        [asked("сколько стоит паром", 3), asked('=HYPERLINK("http://x")', entry=None)],
        [disputed],
    )
    assert text.splitlines()[0] == ",".join(CSV_COLUMNS)
    rows = read_csv(text)
    assert rows[0] == {
        "kind": "unanswered",
        "last_asked_utc": "2025-10-27 12:00:00",
        "times": "3",
        "band": "not_given",
        "question": "сколько стоит паром",
        "briefing": "aliyev-kazakhstan",
        "entry": "x",
        "score": "48.2",
        "votes_down": "",
        "votes_up": "",
    }
    assert rows[1]["question"] == '\'=HYPERLINK("http://x")' and rows[1]["entry"] == ""
    assert rows[2]["kind"] == "disputed"
    assert (rows[2]["entry"], rows[2]["votes_down"], rows[2]["votes_up"]) == (
        "trade-turnover-now",
        "2",
        "1",
    )


def test_the_yaml_groups_by_nearest_entry_and_pastes_under_questions():
    disputed = Disputed(
        9, "какой товарооборот", "aliyev-kazakhstan", "trade-turnover-now", 71.5, 2, 1, NOW
    )
    text = unanswered_yaml(
        [
            asked("сколько договоров подписали лидеры", 3, entry="agreements-count"),
            asked("сколько бумаг подписали", 1, entry="agreements-count"),
            asked("что сказал Эрдоган", 1, band="none", entry=None),
        ],
        [disputed],
        since=NOW - timedelta(days=7),
    )
    assert text.startswith("# briefbot: 3 unanswered and 1 disputed question(s) since 2025-10-20")
    assert "  - сколько договоров подписали лидеры  # not_given, score 48.2, asked 3×" in text
    assert yaml.safe_load(text) == [
        {
            "briefing": "aliyev-kazakhstan",
            "nearest": "agreements-count",
            "questions": ["сколько договоров подписали лидеры", "сколько бумаг подписали"],
        },
        {"briefing": None, "nearest": None, "questions": ["что сказал Эрдоган"]},
        {
            "briefing": "aliyev-kazakhstan",
            "answered_with": "trade-turnover-now",
            "questions": ["какой товарооборот"],
        },
    ]
    assert yaml.safe_load(unanswered_yaml([], [], since=NOW)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7d", NOW - timedelta(days=7)),
        ("12h", NOW - timedelta(hours=12)),
        ("30m", NOW - timedelta(minutes=30)),
        (" 1D ", NOW - timedelta(days=1)),
        ("2025-10-20", datetime(2025, 10, 20, tzinfo=UTC)),
        ("2025-10-20T10:00:00+03:00", datetime(2025, 10, 20, 7, tzinfo=UTC)),
    ],
)
def test_since(text: str, expected: datetime):
    assert parse_since(text, NOW) == expected


@pytest.mark.parametrize("text", ["week", "7", "-7d", "7w", ""])
def test_a_wrong_since_is_one_clear_line(text: str):
    with pytest.raises(ValueError, match="expected 7d, 12h, 30m"):
        parse_since(text, NOW)


# ---------------------------------------------------------------------- reports
def test_statistics_fit_telegram_whatever_was_asked():
    long = [asked("вопрос " + "очень длинный " * 300, 5) for _ in range(10)]
    disputed = [Disputed(n, "x" * 4000, "b", "e", 60.0, 3, 0, NOW) for n in range(10)]
    stats = Overview(7, 12, 240, 200, 150, tuple(long), tuple(long), tuple(disputed))
    reply = stats_reply(stats, "ru")
    messages = render_html(reply)
    assert all(visible_length(m) <= 4096 for m in messages)
    text = render_plain(reply)
    assert "Вопросов сегодня: 12 · за 7 дн.: 240" in text
    assert "Отвечено за 7 дн.: 150 из 200 (75%)" in text
    assert "👎 3, 👍 0" in text
    empty = render_plain(stats_reply(Overview(7, 0, 0, 0, 0, (), (), ()), "en"))
    assert "No questions asked yet." in empty and "Most asked: none" in empty


def test_the_reload_report_flags_a_replica_that_differs_or_is_silent():
    states = [
        ReplicaState("web-a", "a" * 64, None, 5, NOW, 0.5),
        ReplicaState("web-b", "b" * 64, None, 5, NOW, 0.7),
        ReplicaState("web-c", "a" * 64, "k.yaml:3: broken", 5, NOW, 0.9),
        ReplicaState("web-d", "a" * 64, None, 4, NOW, 1.0),
    ]
    text = render_plain(reload_reply(states, 5, "a" * 64, "en"))
    assert "• web-a: aaaaaaaaaaaa\n" in text
    assert "• web-b: bbbbbbbbbbbb ⚠️ differs" in text
    assert "• web-c: failed, still serving aaaaaaaaaaaa: k.yaml:3: broken" in text
    assert "• web-d: did not answer, serving aaaaaaaaaaaa" in text
    assert "⚠️ Replicas serve different versions" in text
    same = render_plain(reload_reply(states[:1], 5, "a" * 64, "ru"))
    assert "Все реплики работают на одной версии." in same and "⚠️" not in same


# ---------------------------------------------------------------------- the journal's payload
def test_the_journal_keeps_no_profile():
    update = {
        "update_id": 1,
        "message": {
            "message_id": 5,
            "from": {
                "id": 9001,
                "is_bot": False,
                "first_name": "Zebulon",
                "last_name": "Quartz",
                "username": "zeb_secret",
                "language_code": "en",
                "is_premium": True,
            },
            "chat": {"id": -100777, "type": "supergroup", "title": "Press pool", "username": "pp"},
            "date": 1,
            "text": "сколько соглашений подписали?",
            "reply_to_message": {
                "message_id": 4,
                "date": 1,
                "chat": {"id": -100777, "type": "supergroup", "title": "Press pool"},
                "from": {"id": 123456, "is_bot": True, "first_name": "Bot", "username": "briefbot"},
                "text": "15 важных соглашений",
            },
        },
    }
    kept = without_profile(update)
    text = repr(kept)
    for gone in ("Zebulon", "Quartz", "zeb_secret", "Press pool", "'pp'", "briefbot"):
        assert gone not in text
    message = kept["message"]
    assert message["from"] == {"id": 9001, "is_bot": False, "first_name": "", "language_code": "en"}
    assert message["chat"] == {"id": -100777, "type": "supergroup", "title": ""}
    assert message["text"] == "сколько соглашений подписали?"

    from telegram import Bot, Update

    parsed = Update.de_json(kept, Bot("123:abc"))  # PTB still reads it
    assert parsed.effective_user is not None and parsed.effective_user.id == 9001
    assert parsed.effective_user.language_code == "en"


def test_key_file_mode_is_not_widened_by_a_umask(tmp_path: Path):
    previous = os.umask(0)
    try:
        path = key_file(tmp_path / "bot.sqlite3")
        key_from_file(path)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
