"""Which words of a formal English question are courtesy (``bot.language.courtesy``): the
wrapper of a polite request and the honorifics of a name or a trade — and which look like
them but say what is asked, and stay.
"""

from __future__ import annotations

import pytest

from bot.language.asides import tidied, without_asides
from bot.language.courtesy import as_asked, courtesy_spans


def _blanked(text: str) -> list[str]:
    return [text[start:end] for start, end in courtesy_spans(text)]


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        (
            "Would you be so kind as to indicate in which city the welcome took place?",
            ["Would you be so kind as to indicate"],
        ),
        ("Could you kindly identify the expert who spoke?", ["Could you kindly identify"]),
        ("Might I enquire as to the present duration of delivery?", ["Might I enquire as to"]),
        ("Might one learn why Azerbaijan supplies so little?", ["Might one learn"]),
        (
            "We should be most obliged to receive his assessment.",
            ["We should be most obliged to receive"],
        ),
        (
            "We would be grateful to learn the annual value of trade.",
            ["We would be grateful to learn"],
        ),
        (
            "I would be grateful if you could tell me who invited him.",
            ["I would be grateful if you could tell me"],
        ),
        ("We would appreciate knowing over what period it runs.", ["We would appreciate knowing"]),
        ("I'd be grateful for the date of the visit.", ["I'd be grateful for"]),
        ("Kindly advise the date of the visit.", ["Kindly advise"]),
        ("Would you mind telling me how much they trade?", ["Would you mind telling me"]),
        (
            "I was wondering if you might tell me who Hajiyev is.",
            ["I was wondering if you might tell me"],
        ),
        ("Permit me to ask who invited him.", ["Permit me to ask"]),
        ("Kindly let us know what the deputy said.", ["Kindly let us know"]),
        # parentheses of their own
        ("On which date, if I may ask, did he arrive?", ["if I may ask"]),
        ("Where was the declaration signed, may I ask?", ["may I ask"]),
        ("Dear Sir or Madam, when did the visit begin?", ["Dear Sir or Madam"]),
        ("Excuse me, sir, who invited Aliyev?", ["Excuse me", "sir"]),
        # honorifics
        ("When did His Excellency President Aliyev arrive?", ["His Excellency"]),
        ("What did Mr. Tusupbekov say?", ["Mr."]),
        ("What does the esteemed analyst say?", ["esteemed"]),
        ("What, in the learned expert's view, could it become?", ["learned"]),
        ("What did the most distinguished commentator say?", ["most distinguished"]),
        ("Trade with the Republic of Kazakhstan?", ["the Republic of"]),
        ("What does the aforementioned declaration reflect?", ["aforementioned"]),
        ("Who proposed the so-called Turkic seven?", ["so-called"]),
    ],
)
def test_courtesy_blanked(text: str, blanked: list[str]) -> None:
    assert _blanked(text) == blanked


@pytest.mark.parametrize(
    "text",
    [
        "what he learned from the visit",  # a verb, not an epithet
        "Was it the expert that said Kazakhstan needs more?",  # "that said": a verb
        "Which of the proposed ferries will be built?",  # no name: which were proposed
        "Would you say the visit was a success?",  # his opinion asked: no verb of telling
        "Could you confirm that Aliyev arrived on 20 October?",  # a check: ``checks`` reads it
        "the republic of letters",  # no state's name
        "Mr president, what did you sign?",  # no capitalised name after the title
        "Когда, если можно, прибыл Алиев?",  # Russian: ``asides`` and ``fillers`` read it
    ],
)
def test_look_alikes_left(text: str) -> None:
    assert _blanked(text) == []


def test_title_stop_blanked_with_it() -> None:
    """ "Mr." loses its full stop with it: left, a preamble's reader would end a sentence at
    it and read "Tusupbekov said?" as the whole question."""
    text = "Could you tell me what Mr. Tusupbekov said?"
    assert tidied(without_asides(text).text) == "what Tusupbekov said?"


@pytest.mark.parametrize(
    ("words", "asked"),
    [
        ("whether turkey will join the turkic 7", "will turkey join the turkic 7"),
        ("whether the turkic 7 will become a reality", "will the turkic 7 become a reality"),
        # no auxiliary after the subject: a check all the same, left as it is
        (
            "whether kazakhstan needs 20 million tonnes",
            "whether kazakhstan needs 20 million tonnes",
        ),
        # "if" opens a condition as often as a question
        (
            "if turkey joins how many members will it have",
            "if turkey joins how many members will it have",
        ),
        ("will turkey join", "will turkey join"),
    ],
)
def test_embedded_yes_no_question_as_asked(words: str, asked: str) -> None:
    assert as_asked(words.split()) == asked.split()
