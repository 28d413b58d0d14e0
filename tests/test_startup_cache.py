"""The start-up cache serves what a fresh load would serve, and nothing else.

A hit must answer exactly as loading and proving the files would; any change to what the
knowledge was built from (an article, a knowledge file, a setting, the code) must make it
load again; and a file it did not write itself — tampered, truncated, or from a folder
others can write to — must never be unpickled.
"""

from __future__ import annotations

import hashlib
import hmac
import multiprocessing
import os
import pickle
import time
from pathlib import Path

import pytest
import yaml

from bot.answering.session import Session
from bot.curation import startup
from bot.curation.startup import MAGIC, Prepared, StartupCache, UnsafeCacheDir
from bot.knowledge import KnowledgeError
from bot.rendering.plain import render_plain
from bot.settings import PROJECT_ROOT, Settings
from tests.support.knowledge_edits import SEED, YAML_NAME, knowledge_copy

# Every style of question (typed, layout, transliterated, English, out of scope), cut short.
QUESTIONS = [
    item["q"]
    for item in yaml.safe_load(
        (PROJECT_ROOT / "tests/eval/questions.yaml").read_text(encoding="utf-8")
    )[::6]
]


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    return knowledge_copy(tmp_path / "project")


@pytest.fixture
def cache(tmp_path: Path) -> StartupCache:
    return StartupCache(tmp_path / "cache")


def answers(prepared: Prepared) -> list[str]:
    session = Session(prepared.matcher)
    return [render_plain(session.ask(question)) for question in QUESTIONS]


def load(cache: StartupCache, knowledge: Path, settings: Settings | None = None) -> bool:
    settings = settings or Settings()
    return cache.load(knowledge, settings, settings.briefbot_allow_drafts)[1]


def the_cache_file(cache: StartupCache) -> Path:
    (file,) = cache.directory.glob("knowledge-*.cache")
    return file


def test_a_hit_serves_what_a_fresh_load_serves(cache: StartupCache, knowledge: Path) -> None:
    settings = Settings()
    built, hit = cache.load(knowledge, settings, False)
    assert not hit
    cached, hit = cache.load(knowledge, settings, False)
    assert hit
    fresh = startup.prepare(knowledge, settings, False)[0]
    assert cached.kb == fresh.kb
    assert cached.hidden_drafts == fresh.hidden_drafts
    assert answers(cached) == answers(fresh) == answers(built)
    # `briefbot ask` serves Session(matcher): it must answer as Session.create does.
    reference = Session.create(fresh.kb, settings)
    assert answers(cached) == [render_plain(reference.ask(question)) for question in QUESTIONS]
    assert len(QUESTIONS) > 10
    # `briefbot run` serves the cached matcher through Session.create (no second index).
    served = Session.create(cached.kb, settings, matcher=cached.matcher)
    assert served.matcher is cached.matcher
    assert [render_plain(served.ask(question)) for question in QUESTIONS] == answers(fresh)


def test_a_matcher_built_for_other_settings_is_refused(
    cache: StartupCache, knowledge: Path
) -> None:
    cached = cache.load(knowledge, Settings(), False)[0]
    with pytest.raises(ValueError, match="other knowledge or settings"):
        Session.create(cached.kb, Settings(briefbot_answer_threshold=70), matcher=cached.matcher)
    with pytest.raises(ValueError, match="other knowledge or settings"):
        Session.create(startup.prepare(knowledge, Settings(), False)[0].kb, matcher=cached.matcher)


def test_the_folder_and_key_are_private(cache: StartupCache, knowledge: Path) -> None:
    load(cache, knowledge)
    assert cache.directory.stat().st_mode & 0o777 == 0o700
    assert (cache.directory / startup.KEY_FILE).stat().st_mode & 0o777 == 0o600
    assert not list(cache.directory.glob(".*"))  # no temporary file left behind


def test_one_byte_of_the_article_invalidates(cache: StartupCache, knowledge: Path) -> None:
    load(cache, knowledge)
    assert load(cache, knowledge)
    article = knowledge.parent / "seeds" / SEED.name
    article.write_bytes(article.read_bytes() + b" ")
    assert not load(cache, knowledge)
    assert load(cache, knowledge)


def test_one_byte_of_a_knowledge_file_invalidates(cache: StartupCache, knowledge: Path) -> None:
    load(cache, knowledge)
    file = knowledge / YAML_NAME
    file.write_bytes(file.read_bytes() + b"#")
    assert not load(cache, knowledge)
    assert load(cache, knowledge)


def test_a_new_broken_knowledge_file_is_reported_not_hidden_by_the_cache(
    cache: StartupCache, knowledge: Path
) -> None:
    load(cache, knowledge)
    (knowledge / "notes.yml").write_text("# nothing yet\n", encoding="utf-8")
    # Served without the broken file, said at every start: such a start is never cached.
    for _ in range(2):
        prepared, hit = cache.load(knowledge, Settings(), False)
        assert not hit
        assert [p.file.name for p in prepared.left_out] == ["notes.yml"]
        assert [b.id for b in prepared.kb.briefings] == ["aliyev-kazakhstan"]


def test_a_setting_that_changes_what_is_served_invalidates(
    cache: StartupCache, knowledge: Path
) -> None:
    load(cache, knowledge)
    assert not load(cache, knowledge, Settings(briefbot_answer_threshold=60))
    assert not load(cache, knowledge, Settings(briefbot_allow_drafts=True))
    assert load(cache, knowledge, Settings(briefbot_allow_drafts=True))
    # A setting that changes nothing served (the log level) keeps it.
    assert load(cache, knowledge, Settings(briefbot_allow_drafts=True, briefbot_log_level="DEBUG"))
    # A smaller article limit must refuse what a cached start would have served.
    with pytest.raises(KnowledgeError, match="BRIEFBOT_MAX_ARTICLE_BYTES"):
        load(cache, knowledge, Settings(briefbot_max_article_bytes=1000))


def test_a_change_to_the_code_invalidates(
    cache: StartupCache, knowledge: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(cache, knowledge)
    monkeypatch.setattr(startup, "code_digest", lambda: "another commit")
    monkeypatch.setattr(startup, "code_fingerprint", lambda: "other files")
    assert not load(cache, knowledge)
    assert load(cache, knowledge)


def test_unchanged_source_stats_vouch_for_the_digest(
    cache: StartupCache, knowledge: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(startup, "code_fingerprint", lambda: "these files")
    load(cache, knowledge)

    def unread() -> str:
        raise AssertionError("the sources were read although their stats had not changed")

    monkeypatch.setattr(startup, "code_digest", unread)
    assert load(cache, knowledge)


def test_changed_or_young_source_stats_fall_back_to_the_digest(
    cache: StartupCache, knowledge: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(startup, "code_fingerprint", lambda: "these files")
    load(cache, knowledge)
    for fingerprint in ("touched files", None):
        monkeypatch.setattr(startup, "code_fingerprint", lambda f=fingerprint: f)
        assert load(cache, knowledge)  # the same bytes: still a hit
    monkeypatch.setattr(startup, "code_digest", lambda: "another commit")
    assert not load(cache, knowledge)


def test_the_code_fingerprint_sees_a_rewrite_with_the_old_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "bot"
    (package / "sub").mkdir(parents=True)
    source = package / "sub" / "a.py"
    source.write_text("x = 1\n")
    assert startup.code_fingerprint(package) is None  # just written: may change in this tick
    monkeypatch.setattr(startup, "SETTLED_SECONDS", -60.0)
    before = startup.code_fingerprint(package)
    assert before is not None
    times = source.stat()
    time.sleep(0.05)  # past the file system's clock tick
    source.write_text("x = 2\n")  # same size, same inode
    os.utime(source, ns=(times.st_atime_ns, times.st_mtime_ns))  # and the old mtime
    assert startup.code_fingerprint(package) != before
    (package / "b.py").write_text("")
    assert startup.code_fingerprint(package) not in (before, None)


def test_the_sources_are_read_in_the_order_of_rglob(tmp_path: Path) -> None:
    package = tmp_path / "bot"
    for name in ("a.py", "a/b.py", "a-b.py", "a/c/d.py", "z.py", "a/__init__.py", "ab/x.py"):
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(name)
    expected = [file.relative_to(package).as_posix() for file in sorted(package.rglob("*.py"))]
    assert [name for name, _ in startup._sources(package)] == expected


def test_the_code_digest_covers_every_source_byte(tmp_path: Path) -> None:
    package = tmp_path / "bot"
    (package / "sub").mkdir(parents=True)
    (package / "sub" / "a.py").write_text("x = 1\n")
    before = startup.code_digest(package)
    (package / "sub" / "a.py").write_text("x = 2\n")
    assert startup.code_digest(package) != before


def test_a_tampered_file_is_rebuilt_not_loaded(cache: StartupCache, knowledge: Path) -> None:
    load(cache, knowledge)
    file = the_cache_file(cache)
    data = bytearray(file.read_bytes())
    data[-10] ^= 0x01
    file.write_bytes(bytes(data))
    assert not load(cache, knowledge)
    assert load(cache, knowledge)


def test_a_pickle_signed_elsewhere_never_runs(
    cache: StartupCache, knowledge: Path, tmp_path: Path
) -> None:
    """A payload that would run code when unpickled, signed with another key: not loaded."""
    load(cache, knowledge)
    file = the_cache_file(cache)
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (marker.write_text, ("ran",))

    payload = pickle.dumps(Evil())
    header = file.read_bytes()[len(MAGIC) + 32 :]
    length = int.from_bytes(header[:4], "big")
    signed = header[: 4 + length] + payload
    signature = hmac.new(b"k" * 32, signed, hashlib.sha256).digest()
    file.write_bytes(MAGIC + signature + signed)
    assert not load(cache, knowledge)
    assert not marker.exists()
    assert load(cache, knowledge)


def test_another_installations_key_means_rebuild(cache: StartupCache, knowledge: Path) -> None:
    load(cache, knowledge)
    key = cache.directory / startup.KEY_FILE
    key.unlink()
    assert not load(cache, knowledge)  # a new key: the old file's signature fails
    assert load(cache, knowledge)


@pytest.mark.parametrize("keep", [0, 10, len(MAGIC) + 20, 1000])
def test_a_truncated_or_garbled_file_is_rebuilt(
    cache: StartupCache, knowledge: Path, keep: int
) -> None:
    load(cache, knowledge)
    file = the_cache_file(cache)
    file.write_bytes(file.read_bytes()[:keep])
    assert not load(cache, knowledge)
    assert load(cache, knowledge)


def test_a_folder_others_may_write_is_refused(
    cache: StartupCache, knowledge: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache.directory.mkdir(mode=0o700)
    os.chmod(cache.directory, 0o777)
    prepared, hit = cache.load(knowledge, Settings(), False)
    assert not hit and prepared.kb.briefings
    assert not list(cache.directory.iterdir())  # neither a key nor a cache file written
    assert "writable by other users" in caplog.text
    assert not load(cache, knowledge)
    os.chmod(cache.directory, 0o770)
    with pytest.raises(UnsafeCacheDir):
        cache._open_dir()


def test_a_readable_key_is_refused(cache: StartupCache, knowledge: Path) -> None:
    load(cache, knowledge)
    os.chmod(cache.directory / startup.KEY_FILE, 0o644)
    assert not load(cache, knowledge)


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a folder to another user")
def test_a_folder_owned_by_another_user_is_refused(cache: StartupCache, knowledge: Path) -> None:
    cache.directory.mkdir(mode=0o700)
    os.chown(cache.directory, 4242, 4242)
    with pytest.raises(UnsafeCacheDir, match="owned by uid 4242"):
        cache._open_dir()
    assert not load(cache, knowledge)


def _write_in_another_process(directory: str, knowledge: str, start: object) -> None:
    start.wait()  # type: ignore[attr-defined]
    StartupCache(Path(directory)).load(Path(knowledge), Settings(), False)


def test_two_processes_writing_at_once_leave_a_valid_cache(
    cache: StartupCache, knowledge: Path
) -> None:
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    writers = [
        context.Process(
            target=_write_in_another_process, args=(str(cache.directory), str(knowledge), start)
        )
        for _ in range(2)
    ]
    for writer in writers:
        writer.start()
    start.set()
    for writer in writers:
        writer.join(timeout=120)
        assert writer.exitcode == 0
    cached, hit = cache.load(knowledge, Settings(), False)
    assert hit
    assert answers(cached) == answers(startup.prepare(knowledge, Settings(), False)[0])
    assert not list(cache.directory.glob(".*"))


def test_unpicklable_matchers_are_served_uncached(
    cache: StartupCache, knowledge: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A matcher that grows something unpicklable (a lambda) still starts, uncached."""
    original = startup.prepare

    def prepare(*args: object) -> tuple[Prepared, object]:
        prepared, kb = original(*args)  # type: ignore[arg-type]
        prepared.matcher.hook = lambda: None  # type: ignore[attr-defined]
        return prepared, kb

    monkeypatch.setattr(startup, "prepare", prepare)
    assert not load(cache, knowledge)
    assert not list(cache.directory.glob("knowledge-*"))


def test_briefbot_ask_answers_alike_from_the_files_and_from_the_cache(tmp_path: Path) -> None:
    from tests.test_cli import briefbot

    folder = tmp_path / "cache"
    env = {"BRIEFBOT_CACHE_DIR": str(folder)}
    question = "сколько соглашений подписали"
    uncached = briefbot("ask", question, env={**env, "BRIEFBOT_STARTUP_CACHE": "false"})
    assert uncached.returncode == 0 and not folder.exists()
    cold = briefbot("ask", question, env=env)
    assert list(folder.glob("knowledge-*.cache"))
    warm = briefbot("ask", question, env=env)
    assert uncached.stdout == cold.stdout == warm.stdout
    assert "15 важных соглашений" in warm.stdout


def test_briefbot_check_never_uses_the_cache(tmp_path: Path) -> None:
    from tests.test_cli import briefbot

    folder = tmp_path / "cache"
    checked = briefbot("check", env={"BRIEFBOT_CACHE_DIR": str(folder)})
    assert checked.returncode == 0, checked.stderr
    assert not folder.exists()


@pytest.mark.parametrize("edited", ["article", "knowledge file"])
def test_an_edit_while_loading_is_not_cached(
    cache: StartupCache, knowledge: Path, monkeypatch: pytest.MonkeyPatch, edited: str
) -> None:
    """The cache must never name the new bytes while holding what was read before them."""
    original = startup.prepare
    file = knowledge.parent / "seeds" / SEED.name if edited == "article" else knowledge / YAML_NAME

    def prepare_then_edit(*args: object) -> tuple[Prepared, object]:
        result = original(*args)  # type: ignore[arg-type]
        file.write_bytes(file.read_bytes() + b"\n")
        return result

    monkeypatch.setattr(startup, "prepare", prepare_then_edit)
    assert not load(cache, knowledge)
    assert not list(cache.directory.glob("knowledge-*"))
    monkeypatch.setattr(startup, "prepare", original)
    assert not load(cache, knowledge)
    assert load(cache, knowledge)


def test_a_deferred_write_happens_only_when_run_and_still_checks_the_files(
    cache: StartupCache, knowledge: Path
) -> None:
    """``briefbot ask`` answers before it writes the cache: the write waits in ``later``,
    and an edit made meanwhile (while the answer was printed) keeps it from being written."""
    settings = Settings()
    later: list = []
    prepared, hit = cache.load(knowledge, settings, False, later)
    assert not hit and len(later) == 1
    assert not list(cache.directory.glob("knowledge-*.cache"))  # nothing written yet
    later.pop()()
    assert cache.load(knowledge, settings, False)[1]  # now a hit
    assert answers(cache.load(knowledge, settings, False)[0]) == answers(prepared)

    the_cache_file(cache).unlink()
    prepared, hit = cache.load(knowledge, settings, False, later)
    (knowledge / YAML_NAME).write_bytes((knowledge / YAML_NAME).read_bytes() + b"\n")
    later.pop()()
    assert not list(cache.directory.glob("knowledge-*.cache"))  # the files changed: not cached
