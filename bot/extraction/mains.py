"""Each drafted topic's main entry: the statement or figure its command opens with.

A reader who taps /energy wants first the words that are *about* energy, the rest offered as
buttons. Which entry that is shows in how the text names the topic, the way an editor skims,
without understanding it, so the rule stays the same for any article:

- A passing mention is never the centre. A topic that is one item of an enumeration
  ("инвестиции, энергетику, транспорт и логистику") is only being listed, however early.
- What the news sentence announces comes first. A report opens with its news ("Правительство
  утвердило программу модернизации тепловых сетей …"); a topic that sentence names is the
  one the article introduces there. Only the lead's opening sentence announces: the rest of
  the lead paragraph is background that mentions much in passing, so it yields to any
  statement that opens with the topic, though not to one that touches it later on.
- A quantity is best told by its number. When a figure's sentence opens with the topic, as
  its subject or as what its subject quantifies, and the value follows in the same clause
  ("перевалка грузов составила 7,4 млн тонн", "Сегодня объём товарооборота … составляет
  400–500 миллионов долларов"), the figure measures the topic. Dates only date things. A
  figure whose value counts the topic ("15 важных соглашений") is about it too, but competes
  with statements on how early it names it.
- Otherwise a statement that names the topic in its opening sentence, as its subject and as
  early as possible, is about it; one that names it later, or only in the article's sentence
  that introduces the speaker ("Руководитель … маркетплейса «Полка» Дмитрий Савельев
  оценивает …"), merely touches it. A sentence of a few words ("Причин две.", a dateline)
  opens nothing. Statements before figures, then the article's order, break ties.

Expert statements and the article's own are ranked alike: what decides is how the topic is
named, not who names it. The draft only proposes; the curator moves ``main`` when it is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction.figures import is_date
from bot.extraction.structure import WORD, Paragraph, Shape, split_sentences
from bot.knowledge.model import Answer, Figure
from bot.language.lexicon import word_set
from bot.language.morphology import parse
from bot.records import record

# Words that can stand between a preposition and its noun: "по единому сквозному тарифу".
_MODIFIERS = {"ADJF", "PRTF", "NUMR", "ADJS"}
# "…, транспорт и логистику": the last item of an enumeration, after "и" / "или".
_LAST_ITEM = re.compile(r",\s*[\w-]+(?:\s+[\w-]+)?\s+(?:и|или)$")
_CLAUSE_BREAK = re.compile(r"[,;:]")
# What a figure's subject can quantify: "объём товарооборота" measures the turnover, whereas
# "перевалка грузов" measures the handling, not the cargo.
_QUANTITY = word_set("объём доля число количество стоимость сумма размер уровень цена рост")
_SHORT = 4  # a sentence of fewer words opens nothing: "Причин две.", "Актау, 16 января 2026 года."

Key = tuple[bool, bool, bool, bool, bool, bool, int]


@record
class Naming:
    """How one sentence names a topic."""

    start: int  # index of the word the phrase starts with ("объём" in "объём товарооборота")
    offset: int  # character offset of that word
    listed: bool  # an item of an enumeration: "инвестиции, энергетику, транспорт"
    subject: bool  # nominative and not after a preposition: what the sentence is about
    quantified: bool  # the genitive after a quantity noun: "объём товарооборота"


def _lemmas(word: str) -> set[str]:
    return {p.normal_form for p in parse(word.lower())}


def _is(word: str, kinds: set[str]) -> bool:
    return any(p.tag.POS in kinds for p in parse(word.lower()))


def _likely(word: str, kinds: set[str]) -> bool:
    """The word's most likely reading is one of ``kinds`` ("в" could be a noun, but is not)."""
    parses = parse(word.lower())
    return bool(parses) and parses[0].tag.POS in kinds


def naming(sentence: str, lemmas: Sequence[str]) -> Naming | None:
    """How ``sentence`` names the topic whose lemmas are ``lemmas`` (its noun last), if it does."""
    words = list(WORD.finditer(sentence))
    forms = [_lemmas(w.group(0)) for w in words]
    if not all(any(lemma in f for f in forms) for lemma in lemmas):
        return None
    head = next(i for i, f in enumerate(forms) if lemmas[-1] in f)
    start = head
    while start > 0 and _is(words[start - 1].group(0), _MODIFIERS):
        start -= 1
    governed = start > 0 and _is(words[start - 1].group(0), {"PREP"})
    quantified = start > 0 and bool(_QUANTITY & forms[start - 1])
    if quantified:
        start -= 1
    before = sentence[: words[start].start()].rstrip()
    after = sentence[words[head].end() :].lstrip()
    # A comma parts items of a list only when a noun stands across it: "Институт, в котором"
    # opens a clause, "инвестиции, промышленность, энергетику" lists.
    previous = words[start - 1].group(0) if start > 0 else ""
    following = words[head + 1].group(0) if head + 1 < len(words) else ""
    listed = (
        (before.endswith(",") and _likely(previous, {"NOUN"}))
        or (after.startswith(",") and _likely(following, {"NOUN", "ADJF"}))
        or bool(_LAST_ITEM.search(before))
    )
    # Every word of the phrase can be nominative: "транзитные грузы", not "важного соглашения"
    # (whose noun alone could be a nominative plural).
    phrase = words[start + quantified : head + 1]
    subject = not governed and all(
        any(p.tag.case == "nomn" for p in parse(w.group(0).lower())) for w in phrase
    )
    return Naming(start, words[start].start(), listed, subject, quantified)


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(Paragraph(0, text, Shape.PROSE, 0))] or [text]


def _short(sentence: str) -> bool:
    return len(WORD.findall(sentence)) < _SHORT


def news_sentence(lead: str) -> str:
    """The lead paragraph's opening sentence, past a dateline: what the article announces."""
    return next((s for s in _sentences(lead) if not _short(s)), "")


@record
class Standing:
    """An entry's claim to open a topic; the smallest ``key`` wins."""

    listed: bool
    announced: bool  # named in the article's news sentence
    in_lead: bool  # the entry stands in the lead paragraph (background to the news)
    measures: bool  # a figure whose sentence opens with the topic and gives its value
    counts: bool  # a figure whose value counts the topic: "15 важных соглашений"
    opening: bool  # named in the entry's own opening sentence
    subject: bool
    start: int

    @property
    def key(self) -> Key:
        return (
            self.listed,
            not self.announced,
            not self.measures,
            not self.opening,
            not self.in_lead,
            not self.subject,
            self.start,
        )


def standing(
    entry: Answer | Figure, lemmas: Sequence[str], lead: str, news: str
) -> Standing | None:
    """How prominently ``entry`` names the topic, or None when it does not name it.

    ``lead`` is the article's lead paragraph, ``news`` its opening sentence.
    """
    if isinstance(entry, Figure):
        first = entry.span.text
        sentences = [first]
    else:
        first = entry.quotes[0].text if entry.quotes else ""
        sentences = [s for q in entry.quotes for s in _sentences(q.text)]
        # The article's sentence that introduces the speaker comes after his own words.
        sentences += _sentences(entry.lead) if entry.lead else []
    opening = next((i for i, s in enumerate(sentences) if not _short(s)), 0)
    for number, sentence in enumerate(sentences):
        found = naming(sentence, lemmas)
        if found is None:
            continue
        measures = False
        counts = isinstance(entry, Figure) and naming(entry.value, lemmas) is not None
        if isinstance(entry, Figure) and not is_date(entry.value):
            value = sentence.find(entry.value)
            measures = (
                found.start <= 1
                and (found.subject or found.quantified)
                and value > found.offset
                and not _CLAUSE_BREAK.search(sentence[found.offset : value])
            )
        bare = sentence.strip().rstrip(".!?…;")
        return Standing(
            listed=found.listed,
            announced=bool(news and bare) and bare in news,
            in_lead=bool(lead and first) and first in lead,
            measures=measures,
            counts=counts,
            opening=number == opening,
            # "15 важных соглашений": a value that counts the topic is about it, like a subject.
            subject=found.subject or counts,
            start=found.start,
        )
    return None


def choose_main(
    topic_id: str,
    lemmas: Sequence[str],
    answers: Sequence[Answer],
    figures: Sequence[Figure],
    lead: str,
) -> Answer | Figure | None:
    """The entry topic ``topic_id`` should open with, given the article's lead paragraph.

    Candidates are the statements on the topic and the figures that measure it (see the
    module's docstring for the order); None when nothing names the topic.
    """
    news = news_sentence(lead)
    ranked: list[tuple[Key, int, Answer | Figure]] = []
    for order, entry in enumerate((*answers, *figures)):
        if isinstance(entry, Answer) and topic_id not in entry.topics:
            continue
        found = standing(entry, lemmas, lead, news)
        if found is None or (isinstance(entry, Figure) and not (found.measures or found.counts)):
            continue
        ranked.append((found.key, order, entry))
    return min(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None
