"""Interface texts: every text in every language, every key the code asks for present, and the
same placeholders in each translation (but grammatical forms) — a missing translation fails
here, not in a chat."""

from __future__ import annotations

import ast
import string

import pytest

from bot.answering.texts import LANGUAGES, TEXTS, t
from bot.knowledge.commands import BUILTIN_COMMANDS
from bot.language.answer_types import AnswerType
from bot.settings import PROJECT_ROOT


def asked_keys() -> dict[str, str]:
    """Every literal key passed to ``t(...)`` in bot/, with where it is asked."""
    found: dict[str, str] = {}
    for path in (PROJECT_ROOT / "bot").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "t"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found[node.args[0].value] = f"{path.name}:{node.lineno}"
    return found


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_text_exists_in_every_language():
    missing = [
        (key, lang) for key, table in TEXTS.items() for lang in LANGUAGES if lang not in table
    ]
    assert missing == []


def test_every_key_the_code_asks_for_exists():
    asked = asked_keys()
    assert len(asked) > 40  # the scan really finds the calls
    assert {key: where for key, where in asked.items() if key not in TEXTS} == {}


def test_every_builtin_command_has_a_description():
    assert [name for name in BUILTIN_COMMANDS if f"cmd_{name}" not in TEXTS] == []


def test_every_kind_of_fact_can_be_said_missing():
    assert [kind for kind in AnswerType if f"not_given_{kind.value}" not in TEXTS] == []


# Russian needs grammatical forms English does not ("в комментарии … отметил{a}", genitives).
GRAMMATICAL = {"a", "name_gen", "role_gen", "name", "role"}


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_translations_fill_the_same_placeholders(key):
    ru, en = (placeholders(TEXTS[key][lang]) for lang in ("ru", "en"))
    assert ru ^ en <= GRAMMATICAL, ru ^ en


def test_a_missing_translation_is_an_error(monkeypatch):
    monkeypatch.setitem(TEXTS, "probe", {"ru": "только по-русски"})
    assert t("probe", "ru") == "только по-русски"
    with pytest.raises(KeyError):
        t("probe", "en")
    with pytest.raises(KeyError):
        t("no-such-text", "ru")
