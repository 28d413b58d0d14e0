"""A long question naming one expert, put in the asker's own terms, was offered "did you mean"
with that expert's passage as the one offer: "Какие сферы, согласно комментарию Тусупбекова,
обсуждаются сторонами в ходе переговоров помимо инвестиционного взаимодействия?" The wrapping
("согласно комментарию", "в ходе", "помимо … взаимодействия") holds the passage's score under
an answer's, though it is the only passage near and the expert named is its speaker
(``Matcher._lone_named``).

It answers only when nothing else could be meant: one expert named, his own passage (not his
profile, not a list), the kind asked a statement, a reason or a fact he states — a fact only
taken from him ("согласно комментарию Тусупбекова", "по словам", "как оценил"), not one of a
thing of his ("что подписали по итогам переговоров Гусейнова": talks he never held) — every
name or place of the question in his words, no other offer within the lead. A subject he never spoke
on ("did Huseynov comment on the Zangezur corridor"), a name that is another's ("did Hajiyev
say anything about Turkey joining"), two passages of his close together, a date or a sum he
never gives — each keeps its offer or its refusal.

On the real knowledge base, through the same Session every transport uses.
"""

from __future__ import annotations

import pytest

from tests.support.asking import answered_entry, declined


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Какие сферы, согласно комментарию Тусупбекова, обсуждаются сторонами в ходе "
            "состоявшихся переговоров помимо инвестиционного взаимодействия?",
            "tusupbekov-negotiations",
        ),
        ("Каков итоговый вывод Гусейнова о характере отношений двух стран?", "huseynov-alliance"),
        ("kakov itogovyj vyvod Gusejnova o haraktere otnoshenij dvuh stran?", "huseynov-alliance"),
        ("Rfrjd bnjujdsq dsdjl Uectqyjdf j [fhfrntht jnyjitybq lde[ cnhfy&", "huseynov-alliance"),
        (
            "Каким образом казахстанский политолог Руслан Тусупбеков оценил уровень "
            "состоявшегося визита применительно к значимости отношений?",
            "tusupbekov-highest-level",
        ),
    ],
)
def test_the_one_offer_of_the_expert_named_answers(session, question, entry):
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        # his passage on the Trans-Caspian route names no Zangezur
        "Did Huseynov comment on the Zangezur corridor at all, and if so, how did he frame it "
        "relative to the Trans-Caspian route?",
        # Turkey is in Ishmukhamedov's words, not in Hajiyev's
        "Did Hajiyev say anything about Turkey joining Central Asia and Azerbaijan?",
        # a sum he never names
        "Какую сумму, по мнению Гусейнова, стоит вложить в развитие отношений двух стран?",
        # a country of which he says nothing
        "Каков итоговый вывод Гусейнова о характере отношений с Грузией?",
        # talks he never held: a deed asked of them, not his words
        "что подписали по итогам переговоров Гусейнова",
        # a proposal he never makes: his passage on the OTS proposes nothing
        "на каком основании Гусейнов предлагает расширить формат до семи государств",
    ],
)
def test_what_the_expert_named_never_says_stays_unanswered(session, question):
    declined(session, question)
