"""Edits a curator makes to a knowledge folder, for the reload tests: a copy of the real
briefing laid out as in the project, the curator's fix (a new phrasing for an unanswered
question, a reworded measure) and a broken edit (a figure's value no longer in its sentence).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from bot.settings import PROJECT_ROOT

KNOWLEDGE = PROJECT_ROOT / "knowledge"
SEED = PROJECT_ROOT / "seeds" / "aliyev-state-visit-kazakhstan.ru.txt"
YAML_NAME = "aliyev-kazakhstan.yaml"
Q_NOT_GIVEN = "сколько контрактов подписали лидеры"  # not_given until version_b adds it
NEW_MEASURES = "сколько соглашений стороны подписали за время визита"


def knowledge_copy(folder: Path) -> Path:
    """The real briefing laid out as in the project (the YAML cites ../seeds/…)."""
    (folder / "knowledge").mkdir(parents=True)
    (folder / "seeds").mkdir()
    shutil.copy(KNOWLEDGE / YAML_NAME, folder / "knowledge" / YAML_NAME)
    shutil.copy(SEED, folder / "seeds" / SEED.name)
    return folder / "knowledge"


def edit(knowledge: Path, change: Callable[[str], str]) -> None:
    """Write an edit the way an editor saves: a new file renamed over the old one."""
    path = knowledge / YAML_NAME
    text = change(path.read_text(encoding="utf-8"))
    staging = path.with_name(".edit.tmp")
    staging.write_text(text, encoding="utf-8")
    staging.replace(path)


def version_b(text: str) -> str:
    """The curator's fix: a new phrasing (the unanswered question) and a reworded measure."""
    old = "    value: 15 важных соглашений\n    measures: сколько соглашений о сотрудничестве"
    assert old in text
    text = text.replace(
        "    measures: сколько соглашений о сотрудничестве подписали стороны в ходе визита\n",
        f"    measures: {NEW_MEASURES}\n",
        1,
    )
    anchor = "      - сколько соглашений подписали\n"
    assert anchor in text
    return text.replace(anchor, anchor + f"      - {Q_NOT_GIVEN}\n", 1)


def broken(text: str) -> str:
    """A typo in a figure: the value no longer occurs in its sentence of the article."""
    old = "    value: 15 важных соглашений\n"
    assert old in text
    return text.replace(old, "    value: 16 важных соглашений\n", 1)


def broken_line(text: str) -> int:
    """The line the loader names for ``broken``'s typo: the figure's own (its ``- id:``),
    found in the text, so a curator adding phrasings above it moves no test."""
    lines = text.splitlines()
    at = lines.index("    value: 15 важных соглашений")
    return next(n for n in range(at, -1, -1) if lines[n].startswith("  - id: ")) + 1
