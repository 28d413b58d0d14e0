"""The command line as other tools use it: real processes, real stdin/stdout, real files."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.answering.session import Session
from bot.knowledge import load_knowledge
from bot.settings import PROJECT_ROOT, Settings
from bot.transport.console import Chat

KEYS = {
    "question",
    "band",
    "missing",
    "answered",
    "briefing",
    "entry",
    "score",
    "speaker",
    "text",
    "suggestions",
}


def briefbot(*args: str, stdin: str | None = None, env: dict[str, str] | None = None):
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BRIEFBOT_"))
    }
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        env=environment,
        timeout=120,
        check=False,
    )


def test_ask_json_one_object_per_question_in_order():
    lines = [
        "сколько соглашений подписали",
        "",
        "что сказал Эрдоган?",
        "how many agreements were signed",
    ]
    result = briefbot("ask", "--json", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout.splitlines()
    assert len(out) == len(lines)  # a blank line is answered too: lines pair one to one
    replies = [json.loads(line) for line in out]
    for question, reply in zip(lines, replies, strict=True):
        assert set(reply) == KEYS
        assert reply["question"] == question
        assert reply["answered"] is (reply["band"] == "answer")
        assert 0 <= reply["score"] <= 100
        assert isinstance(reply["suggestions"], list)
    agreements = replies[0]
    assert (
        agreements["entry"] == "agreements-count" and agreements["briefing"] == "aliyev-kazakhstan"
    )
    assert "15 важных соглашений" in agreements["text"]
    assert "<" not in agreements["text"]  # plain text, no markup
    assert replies[1]["band"] == "none" and replies[1]["entry"] is None
    assert replies[2]["answered"] is False and replies[2]["speaker"] is None
    assert replies[3]["answered"] and replies[3]["entry"] == "agreements-count"
    assert "Source" in replies[3]["text"]  # English question → English interface


def test_ask_joins_words_and_honours_lang():
    result = briefbot("ask", "--json", "--lang", "en", "сколько", "соглашений", "подписали")
    reply = json.loads(result.stdout)
    assert reply["question"] == "сколько соглашений подписали"
    assert reply["entry"] == "agreements-count"
    assert "Source:" in reply["text"] and "15 важных соглашений" in reply["text"]


def test_ask_reported_speaker_and_suggestions_shape():
    """An answer names its speaker; a near miss lists its offers (the loop must not be empty:
    an answered question has no suggestions to check)."""
    reply = json.loads(briefbot("ask", "--json", "что Тусупбеков сказал о Зангезуре").stdout)
    assert reply["speaker"] == "tusupbekov"
    # the article says ferries are to be built, never where: the place is what it lacks, and
    # the passage on the ferries is offered
    lacking = json.loads(briefbot("ask", "--json", "где будут строить паромы").stdout)
    assert (lacking["band"], lacking["missing"], lacking["entry"]) == ("not_given", "place", None)
    assert [s["entry"] for s in lacking["suggestions"]] == ["ishmukhamedov-rail-investment"]
    # two subjects typed as keywords, neither asked about: a "did you mean" list of titles
    near = json.loads(briefbot("ask", "--json", "коридор шестерка").stdout)
    assert near["band"] == "suggest" and near["entry"] is None and near["suggestions"]
    for suggestion in [*lacking["suggestions"], *near["suggestions"]]:
        assert set(suggestion) == {"entry", "title", "score"}
    for suggestion in near["suggestions"]:
        assert suggestion["title"] in near["text"]


def test_ask_conversation_flag_keeps_context():
    """Only in a conversation does "ещё" go on with the thread; alone it continues nothing."""
    lines = "что сказал Ишмухамедов про коридор?\nещё\n"
    alone = [json.loads(x) for x in briefbot("ask", "--json", stdin=lines).stdout.splitlines()]
    chat = [
        json.loads(x)
        for x in briefbot("ask", "--json", "--conversation", stdin=lines).stdout.splitlines()
    ]
    assert len(alone) == len(chat) == 2
    assert alone[1]["answered"] is False
    assert chat[1]["answered"] and chat[1]["speaker"] == "ishmukhamedov"
    assert chat[1]["entry"] != chat[0]["entry"]


def test_ask_exit_code_when_knowledge_cannot_load(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("briefing: [", encoding="utf-8")
    result = briefbot("ask", "--kb", str(broken), "--json", "коридор")
    assert result.returncode == 1
    assert result.stdout == ""
    assert f"{broken}:1:" in result.stderr


def test_run_without_token_answers_piped_stdin_and_exits():
    result = briefbot("run", stdin="сколько соглашений подписали\n")
    assert result.returncode == 0
    assert "15 важных соглашений" in result.stdout
    assert "TELEGRAM_BOT_TOKEN" in result.stderr  # one line on how to connect


def test_the_terminal_offers_every_telegram_action_by_number_or_word():
    lines = [
        "/start",  # its topics, numbered
        "3",  # → the energy topic
        "что сказал Гусейнов про энергетику",
        "контекст",  # the action by a word of its label
        "5",  # still the answer's actions: a context reply has none
        "ещё",
    ]
    chat = Chat(Session.create(load_knowledge(PROJECT_ROOT / "knowledge")))
    start, energy, answer, context, citation, more = (chat.show(chat.reply_to(x)) for x in lines)
    assert "Дальше — наберите номер или слово:" in start and "3 — Энергетика" in start
    assert energy.startswith("Тема: Энергетика")
    assert "4 — 📄 Контекст" in answer and "5 — ✍️ Цитата для текста" in answer
    assert context.startswith("Фрагмент статьи (абз. 7):")
    assert citation.startswith("По его словам, экспорт казахстанских энергоресурсов")
    assert "в пересказе Minval Politika" in citation
    assert "Отдельно" not in more  # "ещё": the next statement, not the same one


def test_the_terminal_hints_instead_of_no_answer():
    lines = ["ещё", "/foo", "а он?"]
    result = briefbot("run", stdin="\n".join(lines) + "\n")
    assert result.stdout.startswith("Продолжать пока нечего")
    assert "Команды /foo нет. /help — список команд" in result.stdout
    assert result.stdout.count("Продолжать пока нечего") == 2
    assert "В статье нет ответа" not in result.stdout


def test_eval_prints_the_measures():
    result = briefbot("eval", "tests/eval/sample_questions.yaml")
    assert result.returncode == 0
    for measure in (
        "in-scope top-1 accuracy",
        "out-of-scope abstention",
        "false-answer rate",
        "per style",
    ):
        assert measure in result.stdout


def test_env_example_lists_every_setting_with_a_comment():
    example = PROJECT_ROOT / ".env.example"
    text = example.read_text(encoding="utf-8").splitlines()
    names = [m.group(1) for line in text if (m := re.match(r"([A-Z_]+)=", line))]
    assert names == [name.upper() for name in Settings.model_fields]
    for number, line in enumerate(text):
        if re.match(r"[A-Z_]+=", line):
            assert text[number - 1].startswith("#"), line


def test_env_example_copied_as_it_is_gives_the_defaults():
    settings = Settings.load({}, env_file=PROJECT_ROOT / ".env.example")
    assert settings.model_dump() == Settings().model_dump()


def test_readme_settings_table_lists_every_setting():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Settings", 1)[1].split("\n## ", 1)[0]
    listed = re.findall(r"^\| `([A-Z_]+)` \|", table, flags=re.MULTILINE)
    assert listed == [name.upper() for name in Settings.model_fields]


@pytest.mark.parametrize("path", ["README.md", ".ci/run", "Makefile"])
def test_project_files_exist(path):
    assert (PROJECT_ROOT / path).is_file()


def test_readme_shows_the_two_commands():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme
    assert Path(PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8").count("make test") == 1


@pytest.mark.parametrize("command", ["ask", "run"])
def test_invalid_utf8_on_stdin_loses_no_line(command):
    """One broken byte between good lines: every line is still answered, nothing crashes."""
    raw = "сколько соглашений подписали\n".encode() + b"\xff\xfe\xc3(\n" + "коридор\n".encode()
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", command, *(["--json"] if command == "ask" else [])],
        input=raw,
        capture_output=True,
        cwd=PROJECT_ROOT,
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BRIEFBOT_"))},
            # A UTF-8 locale reads stdin strictly (the C locale would escape the bytes).
            "LC_ALL": "C.UTF-8",
            "PYTHONIOENCODING": "utf-8:strict",
        },
        timeout=120,
    )
    out, err = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    assert result.returncode == 0, err
    assert "Traceback" not in err and "UnicodeDecodeError" not in err
    assert "15" in out and "Зангезур" in out
    if command == "ask":
        assert len(out.splitlines()) == 3
