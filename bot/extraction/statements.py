"""Who said what: the article's statements, paragraph by paragraph, with their speakers.

A sentence with its own speech frame (``frames``) is attributed by it; a sentence without one
continues whoever spoke before it in the paragraph — until the journalist takes over
("Между тем …") or another person becomes the subject — and is otherwise the article's own.
An interview answer is its answerer's (``turns``). Pronouns and role nouns resolve against
the ``Floor`` (``coreference``), the one thing carried from sentence to sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.extraction.coreference import Floor, Scene
from bot.extraction.frames import attribute
from bot.extraction.mentions import Person, in_nominative
from bot.extraction.spans import Statement, sentence_span
from bot.extraction.structure import WORD, Paragraph, Sentence, Shape, quoted_ranges, sentences_of
from bot.extraction.turns import answer_statements, answerers
from bot.knowledge.model import QuoteKind


def extract_statements(paragraphs: list[Paragraph], people: list[Person]) -> list[Statement]:
    """Every statement of the article in reading order: quotes, reported speech and the
    article's own sentences (headings, tables and interview questions say nothing)."""
    answerer_of = answerers(paragraphs, people)
    statements: list[Statement] = []
    floor = Floor()
    for paragraph in paragraphs:
        if paragraph.shape in {Shape.HEADING, Shape.TABLE, Shape.QUESTION}:
            continue
        answerer = answerer_of.get(paragraph.number)
        floor = replace(floor, answerer=answerer)
        if answerer is None:
            found, floor = _prose_statements(paragraph, people, floor)
        else:
            found, floor = answer_statements(paragraph, answerer, people, floor)
        statements.extend(found)
    return [s for s in statements if len(WORD.findall(s.text)) >= 3 or s.kind is QuoteKind.ARTICLE]


def _prose_statements(
    paragraph: Paragraph, people: Sequence[Person], floor: Floor
) -> tuple[list[Statement], Floor]:
    """The statements of one paragraph that is not an interview answer, and the floor after it."""
    statements: list[Statement] = []
    speaker: Person | None = None
    for sentence in sentences_of(paragraph):
        found = attribute(sentence, Scene(people, paragraph.text, floor))
        if found is not None:
            # A frame: its speaker takes the floor — or, when nobody can be proven to own it,
            # the sentence is the article's and whoever was speaking has stopped.
            who, spans = found
            statements.extend(spans)
            speaker = who
            at = sentence.end if who is not None else sentence.start
            floor = floor.taken(who, (paragraph.number, at))
        elif speaker is not None and not _someone_else_speaks(sentence, speaker, people):
            statements.append(sentence_span(speaker, QuoteKind.REPORTED, sentence))
        else:
            speaker = None
            statements.append(sentence_span(None, QuoteKind.ARTICLE, sentence))
    return statements, floor


_JOURNALIST_OPENINGS = ("между тем", "тем временем", "напомним", "справочно", "однако")


def _someone_else_speaks(sentence: Sentence, speaker: Person, people: Sequence[Person]) -> bool:
    """A sentence without a frame continues the speaker — unless the journalist has taken
    over ("Между тем …", "Напомним …") or another person is its subject ("Во время интервью
    заходил финансовый директор Андрей Белов")."""
    if sentence.text.lower().startswith(_JOURNALIST_OPENINGS):
        return True
    quotes = quoted_ranges(sentence.text)
    for person in people:
        if person is speaker:
            continue
        for mention in person.mentions:
            local = mention.start - sentence.start
            if (
                mention.paragraph == sentence.paragraph
                and 0 <= local < len(sentence.text)
                and not any(s <= local < e for s, e in quotes)
                and in_nominative(person, mention)
            ):
                return True
    return False
