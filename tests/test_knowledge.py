"""The shipped knowledge base loads, is complete, and every quote is verbatim in the article;
a broken file is refused with file:line and nothing half-loaded."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.cli import main
from bot.knowledge import KnowledgeError, QuoteKind, load_knowledge
from bot.settings import DEFAULT_KNOWLEDGE, PROJECT_ROOT

ARTICLE = PROJECT_ROOT / "seeds" / "aliyev-state-visit-kazakhstan.ru.txt"
FIXTURE = Path(__file__).parent / "fixtures" / "mini-briefing.yaml"


@pytest.fixture(scope="module")
def kb():
    return load_knowledge(DEFAULT_KNOWLEDGE)


def _loose(text: str) -> str:
    """Only whitespace, quote marks and dashes may differ between a span and the article."""
    text = re.sub(r"[«»“”„\"]", '"', text)
    text = re.sub(r"[‐‑‒–—―−-]", "-", text)
    return " ".join(text.split())


def test_seed_is_the_shared_article_byte_for_byte():
    shared = PROJECT_ROOT.parent / "shared" / "seeds" / "000_950893789275b63c.txt"
    if not shared.exists():
        pytest.skip("shared/ is not beside this checkout")
    assert ARTICLE.read_bytes() == shared.read_bytes()


def test_every_quote_and_figure_is_verbatim_in_the_article(kb):
    article = _loose(ARTICLE.read_text(encoding="utf-8"))
    briefing = kb.briefing("aliyev-kazakhstan")
    spans = [q for a in briefing.answers for q in a.quotes] + [f.span for f in briefing.figures]
    assert len(spans) > 50
    for span in spans:
        assert _loose(span.text) in article, span.text
    for figure in briefing.figures:
        assert _loose(figure.value) in _loose(figure.span.text)


def test_direct_quotes_sit_inside_guillemets(kb):
    text = ARTICLE.read_text(encoding="utf-8")
    inside = " ".join(re.findall(r"«([^»]*)»", text))
    briefing = kb.briefings[0]
    direct = [q for a in briefing.answers for q in a.quotes if q.kind is QuoteKind.DIRECT]
    assert len(direct) >= 12
    for quote in direct:
        assert _loose(quote.text) in _loose(inside), quote.text


def test_knowledge_base_is_complete(kb):
    briefing = kb.briefings[0]
    assert briefing.publisher == "Minval Politika"
    assert briefing.event_date == "20 октября"
    assert briefing.url is None and briefing.published is None
    assert {e.surname for e in briefing.experts} == {
        "Гусейнов",
        "Ишмухамедов",
        "Тусупбеков",
        "Гаджиев",
    }
    commands = {t.command for t in briefing.topics}
    assert {
        "corridor",
        "energy",
        "rail",
        "road",
        "trade",
        "tourism",
        "turkic",
        "zangezur",
        "peace",
        "agreements",
        "relations",
        "visit",
    } <= commands
    values = " ".join(f.value for f in briefing.figures)
    for number in [
        "20 октября",
        "15–18",
        "7–8",
        "400–500",
        "миллиарда",
        "1,5–2",
        "20 миллионов",
        "5–7",
        "15",
        "«6»",
        "семь",
    ]:
        assert number in values, number
    lists = {a.list_kind for a in briefing.answers if a.list_kind}
    assert {"experts", "figures"} <= set(lists)
    for expert in briefing.experts:
        assert any(a.speaker == expert.id for a in briefing.answers), expert.id


def test_check_command_prints_counts_and_passes(capsys):
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "experts 4" in out and "direct" in out and "reported" in out and "OK" in out


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = FIXTURE.read_text(encoding="utf-8")
    assert old in text, old
    shutil.copy(ARTICLE, tmp_path / "article.txt")
    target = tmp_path / "broken.yaml"
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def test_the_fixture_itself_is_valid(tmp_path):
    path = _broken(tmp_path, "mini", "mini")
    kb = load_knowledge(path)
    assert kb.briefings[0].answers[0].speaker == "tusupbekov"


BROKEN = [
    # (what, old, new, line, message fragment)
    ("yaml syntax", "  title: Мини-брифинг", "  title: [Мини-брифинг", 4, "YAML syntax error"),
    ("missing field", "  publisher: Minval Politika\n", "", 2, "missing field 'publisher'"),
    (
        "unknown speaker",
        "    speaker: tusupbekov",
        "    speaker: erdogan",
        27,
        "unknown speaker 'erdogan'",
    ),
    ("unknown topic", "    topics: [zangezur]", "    topics: [ferries]", 27, "unknown topic"),
    ("duplicate id", "  - id: agreements-count", "  - id: tusupbekov-agenda", 36, "duplicate id"),
    (
        "quote not in source",
        "обсуждению Зангезурского коридора.",
        "обсуждению Зангезурского тоннеля.",
        32,
        "quote not in source",
    ),
    (
        "direct outside guillemets",
        "      - reported: Особое",
        "      - direct: Особое",
        32,
        "not inside «…»",
    ),
    (
        "speaker not named",
        "    speaker: tusupbekov",
        "    speaker: huseynov",
        32,
        "speaker not named near the quote",
    ),
    ("bad command", "    command: zangezur", "    command: Zangezur-Corridor", 23, "bad command"),
    ("builtin command", "    command: zangezur", "    command: experts", 23, "is built in"),
    ("admin command", "    command: zangezur", "    command: stats", 23, "is built in"),
    (
        "value not in span",
        "    value: 15 важных соглашений",
        "    value: 16 соглашений",
        36,
        "does not occur inside its span",
    ),
    ("unknown field", "    aliases: [Зангезур]", "    aliasses: [Зангезур]", 24, "unknown field"),
]


@pytest.mark.parametrize(
    ("what", "old", "new", "line", "message"), BROKEN, ids=[b[0] for b in BROKEN]
)
def test_broken_file_is_reported_with_file_and_line(
    tmp_path, capsys, what, old, new, line, message
):
    path = _broken(tmp_path, old, new)
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(path)
    assert any(p.line == line and message in p.message for p in caught.value.problems), (
        what,
        [str(p) for p in caught.value.problems],
    )
    assert main(["check", "--kb", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:{line}: " in err and message in err


def test_missing_source_and_empty_folder(tmp_path, capsys):
    path = _broken(tmp_path, "source: article.txt", "source: nowhere.txt")
    assert main(["check", "--kb", str(path)]) == 1
    assert "source article not found" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["check", "--kb", str(empty)]) == 1
    assert "no briefing" in capsys.readouterr().err


def _two_briefings(tmp_path: Path, second: str) -> Path:
    folder = tmp_path / "kb"
    folder.mkdir()
    shutil.copy(ARTICLE, folder / "article.txt")
    text = FIXTURE.read_text(encoding="utf-8")
    (folder / "a.yaml").write_text(text, encoding="utf-8")
    (folder / "b.yaml").write_text(second.replace("id: mini", "id: mini-two"), encoding="utf-8")
    return folder


def test_the_same_command_in_two_briefings_is_allowed(tmp_path, capsys):
    """A chat types a topic command in its current briefing: unique within a briefing is enough."""
    folder = _two_briefings(tmp_path, FIXTURE.read_text(encoding="utf-8"))
    kb = load_knowledge(folder)
    assert [t.command for b in kb.briefings for t in b.topics].count("zangezur") == 2
    assert main(["check", "--kb", str(folder)]) == 0


def test_duplicate_command_within_a_briefing(tmp_path):
    text = FIXTURE.read_text(encoding="utf-8")
    topic = text[text.index("  - id: zangezur") : text.index("\nanswers:")]
    doubled = text.replace(topic, topic + topic.replace("id: zangezur", "id: zangezur-two"), 1)
    path = tmp_path / "one.yaml"
    shutil.copy(ARTICLE, tmp_path / "article.txt")
    path.write_text(doubled, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(path)
    assert any("command '/zangezur' is already used" in p.message for p in caught.value.problems)


def test_a_briefing_over_the_menu_limit_is_refused_alone(tmp_path):
    """A menu shows the built-ins and one briefing's topics: that must fit Telegram's 100."""
    text = FIXTURE.read_text(encoding="utf-8")
    topic = text[text.index("  - id: zangezur") : text.index("\nanswers:")]
    many = "".join(
        topic.replace("id: zangezur", f"id: t{n}").replace("command: zangezur", f"command: t{n}")
        for n in range(95)
    )
    folder = _two_briefings(tmp_path, text.replace(topic, topic + many, 1))
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    assert any("Telegram allows at most 100" in p.message for p in caught.value.problems)
    kb = load_knowledge(folder, leave_out_broken=True)
    assert [b.id for b in kb.briefings] == ["mini"]


def test_one_broken_briefing_among_many_is_left_out_and_reported(tmp_path, capsys):
    text = FIXTURE.read_text(encoding="utf-8")
    folder = _two_briefings(tmp_path, text.replace("    speaker: tusupbekov", "    speaker: x", 1))
    kb = load_knowledge(folder, leave_out_broken=True)
    assert [b.id for b in kb.briefings] == ["mini"]
    assert [(p.file.name, p.line) for p in kb.left_out] == [("b.yaml", 27)]
    # briefbot check names the file and line and still fails.
    assert main(["check", "--kb", str(folder)]) == 1
    assert f"{folder / 'b.yaml'}:27: " in capsys.readouterr().err
    # Nothing sound at all: refused as before.
    (folder / "a.yaml").unlink()
    with pytest.raises(KnowledgeError):
        load_knowledge(folder, leave_out_broken=True)


def test_kb_defaults_to_environment(monkeypatch, tmp_path, capsys):
    path = _broken(tmp_path, "mini", "mini")
    monkeypatch.setenv("BRIEFBOT_KNOWLEDGE", str(path))
    assert main(["check"]) == 0
    assert "mini:" in capsys.readouterr().out


def _mutated_kb(tmp_path: Path, old: str, new: str, *, after: str = "") -> Path:
    """A copy of the shipped briefing with one change (the first ``old`` after ``after``)."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(ARTICLE, tmp_path / "seeds" / ARTICLE.name)
    (tmp_path / "knowledge").mkdir()
    text = (DEFAULT_KNOWLEDGE / "aliyev-kazakhstan.yaml").read_text(encoding="utf-8")
    start = text.index(after) if after else 0
    at = text.index(old, start)
    target = tmp_path / "knowledge" / "aliyev-kazakhstan.yaml"
    target.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return target


MUTATIONS = [
    # A quote handed to another expert named in the same paragraph ("озвученный Гаджиевым").
    (
        "speaker: ishmukhamedov",
        "speaker: hajiyev",
        "- id: ishmukhamedov-sacred-seven",
        "speaker not named near the quote",
    ),
    # A span cut mid-word: "достаточно" inside "недостаточно".
    (
        'direct: "Реализация новых проектов',
        'direct: "достаточно. Реализация новых проектов',
        "",
        "quote not in source",
    ),
    # A value that is only part of a bigger number: "5 важных" inside "15 важных".
    ("value: 15 важных соглашений", "value: 5 важных соглашений", "", "does not occur inside"),
]


@pytest.mark.parametrize(("old", "new", "after", "message"), MUTATIONS)
def test_misattribution_and_partial_spans_are_refused(tmp_path, old, new, after, message):
    path = _mutated_kb(tmp_path, old, new, after=after)
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(path)
    assert any(message in p.message for p in caught.value.problems), [
        str(p) for p in caught.value.problems
    ]


def test_a_short_surname_does_not_match_an_ordinary_word(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(
        "«Рост торговли неизбежен», — сказал Иванов. Вряд ли это изменится.\n\nКонец.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.yaml").write_text(
        """briefing:
  id: li
  title: T
  publisher: P
  event_date: 1 мая
  source: article.txt
  summary: S
experts:
  - id: li
    name: Ким Ли
    role: аналитик
answers:
  - id: a
    title: A
    speaker: li
    quotes:
      - direct: Рост торговли неизбежен
    questions: [рост торговли]
""",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(tmp_path / "b.yaml")
    assert any("speaker not named" in p.message for p in caught.value.problems)
