"""Interview turns: who gives each answer, and how an answer becomes the answerer's quote.

An interview's answers are the interviewee's own words although no quotation marks surround
them, so the sentences of an answer are merged into one direct quote — but only when the
answerer is proven: the label names them ("Асанкулов: …") or the nearest introduction names
exactly one person. Inside an answer, a frame quoting someone else directly ("Мурашко
заявил: «…»") is that person's, and the answerer's words resume after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.extraction.coreference import Floor, Scene
from bot.extraction.frames import attribute
from bot.extraction.mentions import Person
from bot.extraction.spans import Statement
from bot.extraction.structure import Paragraph, Sentence, Shape, sentences_of
from bot.knowledge.interview import names_the_answerer
from bot.knowledge.model import QuoteKind


def answerers(paragraphs: list[Paragraph], people: Sequence[Person]) -> dict[int, Person]:
    """The proven answerer of each answer paragraph, by its number; an answer nobody can be
    proven to give is left out (and read as prose)."""
    introduced = _interviewee(paragraphs, people)
    found: dict[int, Person] = {}
    for paragraph in paragraphs:
        answerer = _answerer(paragraph, introduced, people)
        if answerer is not None:
            found[paragraph.number] = answerer
    return found


def answer_statements(
    paragraph: Paragraph, answerer: Person, people: Sequence[Person], floor: Floor
) -> tuple[list[Statement], Floor]:
    """The statements of one answer paragraph, and the floor after it."""
    statements: list[Statement] = []
    own: list[Sentence] = []  # the answerer's own sentences, merged into one quote
    for sentence in sentences_of(paragraph):
        found = attribute(sentence, Scene(people, paragraph.text, floor))
        if found is None or found[0] is None:
            # No frame, or one nobody can be proven to own: still the answerer's sentence
            # ("как говорят в министерстве, …").
            own.append(sentence)
            continue
        who, spans = found
        if who is not answerer and not any(s.kind is QuoteKind.DIRECT for s in spans):
            own.append(sentence)  # "Мурашко заявил, что …, и я согласна": the answerer's words
            continue
        statements.extend(spans)
        if who is not answerer:
            statements.extend(_merged(own, paragraph, answerer))
            own = []
            continue
        floor = floor.taken(who, (paragraph.number, sentence.end))
        own.append(sentence)
    statements.extend(_merged(own, paragraph, answerer))
    return statements, floor


def _interviewee(paragraphs: list[Paragraph], people: Sequence[Person]) -> dict[int, Person]:
    """Who answers each answer paragraph: the one person named by the nearest earlier
    paragraph that is not a turn and names anyone ("Водитель такси Рустам Хайруллин:"), else
    by the introduction. Two people named there: nobody can be assumed."""
    first_turn = next((p.number for p in paragraphs if p.shape is Shape.QUESTION), None)
    if first_turn is None:
        return {}
    turns = {Shape.QUESTION, Shape.ANSWER}

    def named_in(numbers: set[int]) -> list[Person]:
        return [p for p in people if any(m.paragraph in numbers for m in p.mentions)]

    introduction = named_in(set(range(first_turn)))
    answerers: dict[int, Person] = {}
    current = introduction
    for paragraph in paragraphs[first_turn:]:
        if paragraph.shape not in turns:
            named = named_in({paragraph.number})
            if named:
                current = named
        elif paragraph.shape is Shape.ANSWER and len(current) == 1:
            answerers[paragraph.number] = current[0]
    return answerers


def _answerer(
    paragraph: Paragraph, introduced: dict[int, Person], people: Sequence[Person]
) -> Person | None:
    if paragraph.shape is not Shape.ANSWER:
        return None
    if names_the_answerer(paragraph.label):
        label = (paragraph.label or "").lower()
        owners = [p for p in people if label.startswith(p.stem)]
        return owners[0] if len(owners) == 1 else None
    return introduced.get(paragraph.number)


def _merged(own: list[Sentence], paragraph: Paragraph, who: Person) -> list[Statement]:
    """The answerer's sentences, from the first to the last, as one direct quote."""
    if not own:
        return []
    start, end = own[0].start, own[-1].end
    return [
        Statement(who, QuoteKind.DIRECT, paragraph.number, start, end, paragraph.text[start:end])
    ]
