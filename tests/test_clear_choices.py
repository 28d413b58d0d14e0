"""Questions one entry clearly answers that ended in "did you mean" or a refusal.

- The publisher asked as chats and readers say it: "коменты"/"комменты" (and the verb
  "комментить") are the briefing's "комментарий"/"комментировать"; "газета", "СМИ",
  "редакция", "publication", "newspaper" name the outlet the briefing calls "издание"/"outlet".
  Unread, "коменты" was repaired to "документ" and the passage saying "Minval Politika
  обратилась за комментариями к … экспертам" only suggested; "комментили" must stay one word
  ("коммент или" is no reading of it).

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from tests.support.asking import answered, answered_entry


@pytest.mark.parametrize(
    "question",
    [
        "какое изданеи собирало коменты экспертов",
        "какое издание брало коменты у экспертов",
        "какая газета брала комменты у экспертов",
        "кто собирал каменты экспертов",
        "какое СМИ опросило экспертов",
        "which newspaper interviewed the experts",
    ],
)
def test_the_outlet_that_asked_the_experts_is_named(session, question):
    assert "Minval" in answered(session, question)


def test_a_clipped_verb_of_commenting_stays_one_word(session):
    # "комментили" is "комментировали", not "коммент или": the experts are asked for
    assert answered_entry(session, "kakie eksperty kommentili vizit") == "experts"
    assert answered_entry(session, "какие эксперты комментили визит") == "experts"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # "social media" is no outlet: Hajiyev's post on X answers
        (
            "On which social media platform did Mr Hajiyev publish his remarks?",
            "hajiyev-five-plus-one",
        ),
    ],
)
def test_near_misses_keep_their_answer(session, question, entry):
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    "question", ["в каком СМИ выступил Гаджиев", "в какой газете вышло интервью Гусейнова"]
)
def test_an_outlet_the_article_never_names_is_not_answered(session, question):
    assert not session.ask(question).answered
