"""`briefbot extract`: drafts measured against the curated knowledge base and expected files.

The seed article is compared with the hand-curated knowledge base; the interview and the
press release (tests/fixtures/extraction/, written for these tests) with their expected.yaml.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.evaluation import briefbot_system, load_items, run
from bot.extraction.draft import extract
from bot.extraction.people import find_people
from bot.extraction.scoring import reference_from_briefing, reference_from_expected, score
from bot.extraction.structure import Paragraph, Shape, quoted_ranges, split_sentences
from bot.extraction.writer import to_yaml
from bot.knowledge import Briefing, KnowledgeError, QuoteKind, load_knowledge
from bot.knowledge.drafts import count_drafts
from bot.knowledge.faithfulness import check_faithfulness
from bot.settings import Settings
from tests.test_cli import briefbot

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "aliyev-state-visit-kazakhstan.ru.txt"
FIXTURES = Path(__file__).parent / "fixtures" / "extraction"
SHAPES = sorted(p.name for p in FIXTURES.iterdir() if (p / "expected.yaml").is_file())


@pytest.fixture(scope="module")
def seed_draft():
    return extract(SEED)


def test_seed_draft_meets_the_issue_targets_against_the_curated_base(seed_draft):
    curated = load_knowledge(ROOT / "knowledge").briefings[0]
    scores = score(seed_draft.briefing, reference_from_briefing(curated))
    assert scores.quote_recall >= 0.90, scores.missed
    assert scores.figure_recall >= 0.90, scores.missed_figures
    assert scores.attribution_precision >= 0.95, scores.misattributed
    assert scores.experts_found == scores.experts == 4
    assert scores.extra_experts == []


def test_seed_experts_are_named_in_the_nominative_with_their_roles(seed_draft):
    experts = {e.name: e for e in seed_draft.briefing.experts}
    assert set(experts) == {
        "Айдын Гусейнов",
        "Шарип Ишмухамедов",
        "Руслан Тусупбеков",
        "Хикмет Гаджиев",
    }
    assert experts["Айдын Гусейнов"].role.startswith("депутат Милли Меджлиса, член ")
    assert experts["Айдын Гусейнов"].name_genitive == "Айдына Гусейнова"
    assert experts["Руслан Тусупбеков"].role == "казахстанский политолог"
    assert experts["Руслан Тусупбеков"].country == "Казахстан"
    assert experts["Хикмет Гаджиев"].role == "помощник президента Азербайджана"


def test_he_points_back_to_the_speaker_not_to_the_last_name(seed_draft):
    """«…», — подчеркнул он: the paragraph before names Гусейнов; "тот" is Гаджиев."""
    by_text = {q.text: a.speaker for a in seed_draft.briefing.answers for q in a.quotes}
    transcaspian = next(t for t in by_text if t.startswith("Особое значение имеет"))
    assert by_text[transcaspian] == "guseynov"
    post = next(t for t in by_text if t.startswith("значимость визитов"))
    assert by_text[post] == "gadzhiev"
    new_stage = next(t for t in by_text if t.startswith("визит Ильхама Алиева в Казахстан можно"))
    assert by_text[new_stage] == "guseynov"  # not Алиев, the last name before the words


@pytest.mark.parametrize("shape", SHAPES)
def test_other_shapes_against_their_expected_result(shape: str):
    folder = FIXTURES / shape
    draft = extract(folder / "article.txt")
    reference = reference_from_expected(folder / "expected.yaml")
    scores = score(draft.briefing, reference)
    assert scores.quote_recall >= 0.90, scores.missed
    assert scores.attribution_precision >= 0.95, scores.misattributed
    assert scores.figure_recall >= 0.90, scores.missed_figures
    assert scores.experts_found == scores.experts, scores.extra_experts
    assert scores.quoted_names == 0
    assert check_faithfulness(draft.briefing) == []


def test_interview_answers_are_the_interviewees_words_and_genders_hold():
    draft = extract(FIXTURES / "interview" / "article.txt").briefing
    people = {e.name: e for e in draft.experts}
    assert set(people) == {"Айгерим Тлеубек", "Данияр Ахметжанов"}
    tleubek = next(e.id for e in draft.experts if e.surname == "Тлеубек")
    answers = [a for a in draft.answers if a.speaker == tleubek]
    assert answers and all(q.kind is QuoteKind.DIRECT for a in answers for q in a.quotes)
    # The minister's words inside her answer stay his.
    inner = next(q for a in draft.answers for q in a.quotes if q.text.startswith("мы теряем"))
    owner = next(a.speaker for a in draft.answers if inner in a.quotes)
    assert owner == next(e.id for e in draft.experts if e.surname == "Ахметжанов")


def test_press_release_he_after_a_womans_name_is_the_man():
    draft = extract(FIXTURES / "press-release" / "article.txt").briefing
    names = {e.id: e.name for e in draft.experts}
    assert set(names.values()) == {"Тимур Абишев", "Елена Берёзкина"}
    tariffs = next(
        a for a in draft.answers for q in a.quotes if q.text.startswith("Повышать ставки")
    )
    assert names[tariffs.speaker] == "Тимур Абишев"
    table = [f for f in draft.figures if f.span.text.startswith("Перевалка грузов, млн тонн |")]
    assert [f.value for f in table] == ["6,1", "7,4"]
    assert table[0].measures == "Перевалка грузов, млн тонн, 2024"


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("По словам политолога Айдына Гусейнова, это важно.", "Айдын Гусейнов", "m"),
        ("По словам экономиста Лейлы Гусейновой, это важно.", "Лейла Гусейнова", "f"),
        ("Мы поговорили с аналитиком Мариной Ковалёвой о ценах.", "Марина Ковалёва", "f"),
        (
            "Интервью дала директор института Айгерим Сатпаева. Она отметила рост.",
            "Айгерим Сатпаева",
            "f",
        ),
        ("По мнению эксперта Руслана Тусупбекова, визит важен.", "Руслан Тусупбеков", "m"),
        ("Как заявил аналитик Андрей Шевченко, рынок растёт.", "Андрей Шевченко", "m"),
        ("С мнением депутата Ольги Петровской согласны не все.", "Ольга Петровская", "f"),
        ("По словам аналитика Клауса Мюллера, рост будет.", "Клаус Мюллер", "m"),
        ("Слово дали директору Марине Андреевне Литвиненко.", "Марина Андреевна Литвиненко", "f"),
    ],
)
def test_names_come_out_in_the_nominative(text: str, name: str, gender: str):
    (person,) = find_people([text])
    assert (person.name, person.gender) == (name, gender)


def test_extract_check_ask_path_end_to_end(tmp_path: Path):
    output = tmp_path / "knowledge" / "aliyev.yaml"
    made = briefbot("extract", str(SEED), "-o", str(output), "--publisher", "Minval Politika")
    assert made.returncode == 0, made.stderr
    assert "all marked draft: true" in made.stdout
    check = briefbot("check", "--kb", str(output.parent))
    assert check.returncode == 0, check.stderr
    assert "draft item(s) remain" in check.stdout
    assert briefbot("check", "--strict", "--kb", str(output.parent)).returncode == 1
    question = "сколько соглашений подписали"
    hidden = briefbot("ask", "--kb", str(output.parent), question)
    assert hidden.returncode == 1 and "no reviewed briefing to serve" in hidden.stderr
    served = briefbot("ask", "--kb", str(output.parent), "--allow-drafts", question)
    assert served.returncode == 0, served.stderr
    assert "15 важных соглашений" in served.stdout
    chat = briefbot(
        "run", "--kb", str(output.parent), stdin=f"{question}\n", env={"BRIEFBOT_ALLOW_DRAFTS": "1"}
    )
    assert chat.returncode == 0 and "15 важных соглашений" in chat.stdout
    kb = load_knowledge(output)
    assert count_drafts(kb.briefings[0]).briefing is True
    assert kb.briefings[0].publisher == "Minval Politika"


def test_the_unedited_draft_answers_most_in_scope_questions(seed_draft, tmp_path: Path):
    output = tmp_path / "draft.yaml"
    output.write_text(to_yaml(seed_draft.briefing, output), encoding="utf-8")
    kb = load_knowledge(output)
    items = load_items(ROOT / "tests" / "eval" / "questions.yaml")
    report = run(briefbot_system(kb, Settings()), items)
    # 69, not 70: four date questions ("когда приехал Алиев") used to "pass" with another
    # statement whose only date was the source line's; the draft now says the date is not in
    # that statement instead (its date figure has no phrasing like "приехал").
    assert report.in_scope_accuracy >= 69.0
    assert report.false_answers <= 2.0
    assert report.false_answers <= 3.0


def test_an_article_without_quotes_gives_a_draft_of_the_articles_own_words(tmp_path: Path):
    article = tmp_path / "note.txt"
    article.write_text(
        "Заметка без экспертов\n\nВ 2025 году порт перевалил 7,4 млн тонн грузов. "
        "Это на 21% больше, чем годом ранее.\n",
        encoding="utf-8",
    )
    draft = extract(article).briefing
    assert draft.experts == ()
    assert {f.value for f in draft.figures} >= {"7,4 млн тонн", "21%", "2025 году"}
    assert all(a.speaker is None for a in draft.answers)
    assert check_faithfulness(draft) == []


_PIECES = st.sampled_from(
    [
        "По словам эксперта Ивана Петрова, рост продолжится.",
        "«Мы ждём роста на 5–7% в год, и это реально», — отметил он.",
        "Петров добавил, что цены выросли до 20 миллионов тенге.",
        "Компания «Альфа Строй» построила мост.",
        "— Сколько это стоит?",
        "— Около 1,5 миллиарда долларов.",
        "Она сказала: «Всё идёт по плану, сроки не сорвём».",
        "• 15 новых вагонов;",
        "Показатель | 2024 | 2025",
        "Вагоны, штук | 10 | 15",
        "",
        "Текст без точки",
        "<b>HTML</b> и эмодзи 🚂 и «незакрытая кавычка",
    ]
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.lists(_PIECES, min_size=1, max_size=4), min_size=1, max_size=8))
def test_any_article_gives_a_draft_that_proves_itself(tmp_path: Path, paragraphs):
    text = "\n".join(" ".join(p) for p in paragraphs)
    if not text.strip():
        text = "Пусто."
    article = tmp_path / "random.txt"
    article.write_text(text, encoding="utf-8")
    draft = extract(article).briefing
    assert check_faithfulness(draft) == []


@given(st.text(alphabet="абв «»“”„.!? —АБВ", max_size=80))
def test_sentences_are_verbatim_and_never_cut_inside_quotes(text: str):
    paragraph = Paragraph(0, text, Shape.PROSE, 0)
    quotes = quoted_ranges(text)
    for sentence in split_sentences(paragraph):
        assert text[sentence.start : sentence.end] == sentence.text
        for start, end in quotes:
            assert not (start < sentence.end < end)


# Articles a reviewer wrote to make the extractor misattribute (each was a bug, now fixed).
TRAPS = {
    "he-after-a-new-subject": (
        "Спор о ставке\n\nЭкономист Иван Петров считает, что ставку пора снижать. «Экономика "
        "задыхается от дорогих кредитов, бизнес сворачивает инвестиции», — сказал Петров.\n"
        "Политолог Олег Сидоров с этим не согласен. «Снижение ставки сейчас только разгонит "
        "инфляцию и обесценит зарплаты», — считает он.\n"
    ),
    "she-by-the-verb": (
        "Спор о ценах\n\nЭкономист Иван Петров считает, что цены будут расти.\n«Инфляция в этом "
        "году превысит прогнозы центрального банка как минимум вдвое», — сказал Петров.\nС ним "
        "спорит политолог Анна Смирнова.\n«Рост цен остановится уже весной, когда закончится "
        "сезонный фактор», — отметила эксперт.\n"
    ),
    "labelled-round-table": (
        "Круглый стол\n\nКорреспондент «Энергии» поговорил с директором института Ильёй "
        "Морозовым и аналитиком банка Ольгой Беловой.\nКорр.: Что будет с ценами на газ?\n"
        "Морозов: Цены продолжат расти, потому что добыча падает уже третий год подряд.\n"
        "Белова: Я не согласна, рынок перенасыщен и цены скорее снизятся к концу года.\n"
        "Корр.: А что с углём?\nМорозов: Уголь останется основой энергетики региона ещё как "
        "минимум десять лет.\nБелова: Банки перестают кредитовать угольные проекты, так что "
        "уголь обречён.\n"
    ),
    "faq-in-a-news-story": (
        "Новые правила въезда\n\nМинистр внутренних дел Сергей Петров заявил, что правила въезда "
        "изменятся с 1 марта.\n«Мы упрощаем процедуру для граждан соседних стран и ожидаем роста "
        "турпотока», — сказал Петров.\nОппозиционный депутат Марина Сидорова раскритиковала "
        "решение министерства.\nНиже ответы на частые вопросы читателей.\n— Кому нужна виза?\n"
        "— Гражданам стран, не входящих в список, нужна виза, как и раньше.\n— Где подать "
        "документы?\n— Документы подаются в консульство по месту жительства заявителя.\n"
        "Сидорова также написала в соцсетях:\n— Это решение приведёт к хаосу на границе.\n"
    ),
    "two-people-introduced": (
        "Интервью о реформе\n\nНа прошлой неделе министр финансов Ержан Жумабаев объявил о "
        "реформе. Мы попросили прокомментировать её экономиста Ивана Петрова.\n— Что изменится "
        "для малого бизнеса?\n— Для малого бизнеса ставка вырастет вдвое, многие уйдут в тень.\n"
        "— Чего ждать бюджету?\n— Бюджет получит меньше, чем рассчитывает министерство.\n"
    ),
    "namesakes": (
        "Переговоры о тарифах\n\nМинистр энергетики Руслан Алиев заявил журналистам, что тарифы "
        "вырастут.\n«Мы не можем больше держать тарифы на прежнем уровне, это тормозит "
        "модернизацию сетей», — сказал Алиев.\nЕго оппонент, депутат парламента Эльдар Алиев, не "
        "согласен с министром.\n«Повышение тарифов ударит по бедным семьям и не решит проблему "
        "износа сетей», — отметил Алиев.\n"
    ),
}
# For each trap: the quotes that must never go to the given person.
NEVER = {
    "he-after-a-new-subject": ("Снижение ставки", "Иван Петров"),
    "she-by-the-verb": ("Рост цен остановится", "Иван Петров"),
    "labelled-round-table": ("Я не согласна", "Илья Морозов"),
    "faq-in-a-news-story": ("Гражданам стран", "Сергей Петров"),
    "two-people-introduced": ("Для малого бизнеса", "Ержан Жумабаев"),
    "namesakes": ("Повышение тарифов", "Руслан Алиев"),
}


def _statements(draft: Briefing) -> list[tuple[str | None, str]]:
    """Every drafted span with its speaker's name (None: the article's own words).

    Quotes and figure spans both carry a speaker, and a figure given to the wrong person is as
    much a lie as a quote, so the trap checks look at both.
    """
    names = {e.id: e.name for e in draft.experts}
    quotes = [
        (names.get(a.speaker) if a.speaker else None, q.text)
        for a in draft.answers
        for q in a.quotes
    ]
    figures = [(names.get(f.speaker) if f.speaker else None, f.span.text) for f in draft.figures]
    return quotes + figures


def _holding(said: list[tuple[str | None, str]], text: str) -> list[tuple[str | None, str]]:
    """The statements that hold `text` anywhere, not only at their start.

    A quote often comes out as its whole sentence («…», — сказал X.), so a `startswith` check
    silently skips it and the trap asserts nothing.
    """
    return [(speaker, span) for speaker, span in said if text in span]


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_traps_never_misattribute_and_the_draft_loads(name: str, tmp_path: Path):
    article = tmp_path / f"{name}.txt"
    article.write_text(TRAPS[name], encoding="utf-8")
    draft = extract(article).briefing
    text, wrong = NEVER[name]
    assert text in TRAPS[name]
    holding = _holding(_statements(draft), text)
    assert holding, f"{text!r} is in no drafted statement: the trap would prove nothing"
    for speaker, span in holding:
        assert speaker != wrong, (span, speaker)
    output = tmp_path / "out.yaml"
    output.write_text(to_yaml(draft, output), encoding="utf-8")
    load_knowledge(output)  # ids unique, every span proven, every entry askable


def test_the_checker_refuses_a_quote_when_another_expert_speaks_in_its_paragraph(
    tmp_path: Path,
):
    article = tmp_path / "on.txt"
    article.write_text(TRAPS["he-after-a-new-subject"], encoding="utf-8")
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text(
        "briefing: {id: w, title: T, publisher: P, event_date: D, summary: S, source: on.txt}\n"
        "experts:\n  - {id: petrov, name: Иван Петров, role: экономист}\n"
        "  - {id: sidorov, name: Олег Сидоров, role: политолог}\n"
        "answers:\n  - id: a1\n    title: T\n    speaker: petrov\n    questions: [q]\n"
        "    quotes:\n      - direct: Снижение ставки сейчас только разгонит инфляцию\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as error:
        load_knowledge(wrong)
    assert "Петров is not named" in str(error.value.problems[0])


def test_extract_refuses_what_it_cannot_do_safely(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    result = briefbot("extract", str(empty), "-o", str(tmp_path / "e.yaml"))
    assert result.returncode == 1 and "the article is empty" in result.stderr
    legacy = tmp_path / "cp1251.txt"
    legacy.write_bytes("Привет, мир.".encode("cp1251"))
    result = briefbot("extract", str(legacy), "-o", str(tmp_path / "c.yaml"))
    assert result.returncode == 1 and "not UTF-8" in result.stderr
    bad_id = briefbot("extract", str(SEED), "-o", str(tmp_path / "b.yaml"), "--id", "Bad Id")
    assert bad_id.returncode == 2
    assert not (tmp_path / "e.yaml").exists() and not (tmp_path / "b.yaml").exists()


def test_a_second_draft_beside_the_first_keeps_the_folder_loadable(tmp_path: Path):
    folder = tmp_path / "knowledge"
    first = briefbot("extract", str(SEED), "-o", str(folder / "one.yaml"))
    assert first.returncode == 0, first.stderr
    again = briefbot("extract", str(SEED), "-o", str(folder / "one.yaml"))
    assert again.returncode == 2 and "--force" in again.stderr  # never overwrites silently
    second = briefbot("extract", str(SEED), "-o", str(folder / "two.yaml"), "--id", "two")
    assert second.returncode == 0, second.stderr
    check = briefbot("check", "--kb", str(folder))
    assert check.returncode == 0, check.stderr  # commands stayed unique across both drafts
    assert sorted(p.name for p in folder.iterdir()) == ["one.yaml", "two.yaml"]


def test_unrelated_broken_files_in_the_folder_do_not_stop_a_draft(tmp_path: Path):
    folder = tmp_path / "knowledge"
    (folder / "notes").mkdir(parents=True)
    (folder / "topics-number.yaml").write_text("topics: 5\n", encoding="utf-8")
    (folder / "topics-text.yaml").write_text("topics: corridor\n", encoding="utf-8")
    (folder / "deep.yaml").write_text("[" * 20_000 + "]" * 20_000, encoding="utf-8")
    (folder / "latin1.yml").write_bytes(b"title: caf\xe9\n")
    (folder / "syntax.yaml").write_text("topics: [\n", encoding="utf-8")
    (folder / "folder.yaml").mkdir()
    (folder / "notes" / "list.yaml").write_text("- topics\n- 1\n", encoding="utf-8")
    made = briefbot("extract", str(SEED), "-o", str(folder / "new.yaml"))
    assert made.returncode == 0, made.stderr
    assert "Traceback" not in made.stderr and (folder / "new.yaml").is_file()


def test_the_checker_does_not_let_namesakes_prove_each_others_quotes(tmp_path: Path):
    article = tmp_path / "couple.txt"
    article.write_text(
        "Спор о реформе\n\nДиректор школы Анна Иванова считает, что реформа назрела.\n"
        "Чиновник министерства Пётр Иванов с ней не согласен.\n«Отчёты нужны, без них мы не "
        "видим реальной картины в регионах», — заявил Иванов.\n",
        encoding="utf-8",
    )
    experts = (
        "experts:\n  - {id: anna, name: Анна Иванова, surname: Иванова, role: директор}\n"
        "  - {id: petr, name: Пётр Иванов, surname: Иванов, role: чиновник}\n"
    )
    header = (
        "briefing: {id: c, title: T, publisher: P, event_date: D, summary: S, source: couple.txt}\n"
    )
    quote = "    quotes:\n      - direct: Отчёты нужны, без них мы не видим реальной картины\n"
    for speaker, proven in (("anna", False), ("petr", True)):
        path = tmp_path / f"{speaker}.yaml"
        path.write_text(
            header + experts + f"answers:\n  - id: a1\n    title: T\n    speaker: {speaker}\n"
            "    questions: [q]\n" + quote,
            encoding="utf-8",
        )
        if proven:
            load_knowledge(path)
        else:
            with pytest.raises(KnowledgeError):
                load_knowledge(path)


TRAP_FOLDER = Path(__file__).parent / "fixtures" / "traps"
TRAP_RULES = yaml.safe_load((TRAP_FOLDER / "rules.yaml").read_text(encoding="utf-8"))


_RULE_KEYS = {"article", "text", "speaker", "not", "absent", "reason"}


@pytest.mark.parametrize("article", sorted({r["article"] for r in TRAP_RULES}))
def test_adversarial_articles_never_get_a_wrong_speaker(article: str):
    source = (TRAP_FOLDER / f"{article}.txt").read_text(encoding="utf-8")
    said = _statements(extract(TRAP_FOLDER / f"{article}.txt").briefing)
    for rule in (r for r in TRAP_RULES if r["article"] == article):
        # A misspelt key or a rule with nothing to check would pass without asserting anything.
        assert set(rule) <= _RULE_KEYS, rule
        assert "speaker" in rule or rule.get("not"), rule
        assert rule["text"] in source, f"{rule['text']!r} is not in {article}.txt"
        holding = _holding(said, rule["text"])
        if rule.get("absent"):
            assert rule.get("reason"), rule  # a dropped statement is allowed only with a why
        else:
            assert holding, f"{rule['text']!r} is in no drafted statement of {article}"
        for speaker, span in holding:
            if "speaker" in rule:
                assert speaker == rule["speaker"], (span, speaker)
            assert speaker not in rule.get("not", []), (span, speaker)


@pytest.mark.parametrize("path", sorted(TRAP_FOLDER.glob("*.txt")), ids=lambda p: p.stem)
def test_every_adversarial_draft_loads(path: Path, tmp_path: Path):
    output = tmp_path / "draft.yaml"
    output.write_text(to_yaml(extract(path).briefing, output), encoding="utf-8")
    load_knowledge(output)
