"""Where a person spoke is told by a text naming him, not by his own words.

An expert's passage is what he said: "Проявленные президентом Ильхамом Алиевым в Астане …"
places Aliyev's deed, "когда президент Токаев выступал в Габале" Tokayev's — neither tells
where the expert himself spoke. A place question about nothing but his act of speaking up
(выступал, говорил, давал комментарий, заявил; spoke, commented) is "not given" (the place
missing), his passage offered — a yes/no check offering a place ("…, в Астане?") included,
which the passage only mentions. Another's act, or a place he speaks of, is still answered.

On the real knowledge base, through the same Session every transport uses, in several input
styles (Russian, keyboard layout, transliteration, typos, English).
"""

from __future__ import annotations

import pytest

from tests.support.asking import answered_entry, asked_payload, declined, offered_entries


def _speaker(session, key: str) -> str | None:
    """Whose passage (or profile, ``expert:<id>``) an offered entry is."""
    if key.startswith("expert:"):
        return key.removeprefix("expert:")
    entry = session.matcher.catalogue.entry("aliyev-kazakhstan", key)
    return None if entry is None else entry.speaker


@pytest.mark.parametrize(
    ("question", "who"),
    [
        # his OTS passage names Aliyev "в Астане": a check of Astana is no answer
        ("где выступал Гусейнов, в Астане?", "huseynov"),
        ("Где Гусейнов заявил это, в Астане?", "huseynov"),
        ("gde vystupal Guseynov, v Astane?", "huseynov"),
        ("where did Huseynov speak, in Astana?", "huseynov"),
        ("где выступал гусейнов", "huseynov"),
        ("ult dscnegfk uecttyjd", "huseynov"),
        ("where did Huseynov speak", "huseynov"),
        # his Gabala passage tells where Tokayev spoke, not where he did
        ("в каком городе говорил тусупбеков", "tusupbekov"),
        ("В каком городе выступал Тусупбеков?", "tusupbekov"),
        ("v kakom gorode govoril Tusupbekov", "tusupbekov"),
        ("which city did Tusupbekov speak in", "tusupbekov"),
        # a check offering Baku, which his passages never place him in
        ("где Тусупбеков давал комментарий, в Баку?", "tusupbekov"),
        ("где тусупбеков комментировал, в баку?", "tusupbekov"),
        ("where did Tusupbekov comment, in Baku?", "tusupbekov"),
        # what he spoke of ("о визите") is no place of another deed
        ("где Гусейнов говорил о визите", "huseynov"),
        ("where did Huseynov give his interview about the visit", "huseynov"),
        ("где находился Тусупбеков когда давал комментарий", "tusupbekov"),
        # a yes/no check with no "где": the passage only mentions Astana
        ("Гусейнов выступал в Астане?", "huseynov"),
        ("в каком городе выступал Ишмухамедов", "ishmukhamedov"),
        ("in which country did Huseynov comment", "huseynov"),
        ("in which country did Ishmukhamedov speak", "ishmukhamedov"),
        ("где давал интервью Ишмухамедов", "ishmukhamedov"),
        ("where did Ishmukhamedov comment", "ishmukhamedov"),
    ],
)
def test_where_he_spoke_is_not_given(session, question, who):
    payload = asked_payload(session, question)
    assert (payload["band"], payload["missing"]) == ("not_given", "place"), (question, payload)
    offered = offered_entries(payload)
    assert offered and _speaker(session, offered[0]) == who, (question, offered)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # another's act, placed by the passage that tells it
        ("где выступал Токаев", "tusupbekov-gabala"),
        ("в каком городе выступал Токаев", "tusupbekov-gabala"),
        ("where did Tokayev speak", "tusupbekov-gabala"),
        ("где Токаев выступал в Азербайджане, по словам Тусупбекова?", "tusupbekov-gabala"),
        # a named person's act a passage naming him places ("в социальной сети X")
        ("где Гаджиев написал пост", "hajiyev-five-plus-one"),
        # a place he speaks of, by a verb of saying that frames it
        (
            "Энергобезопасность какого региона, по словам Гусейнова, обеспечивает Баку?",
            "huseynov-energy",
        ),
        ("Which region's energy security does Huseynov say Baku helps ensure?", "huseynov-energy"),
        # deeds of the visit, placed in Astana
        ("где прошла торжественная встреча", "article-visit"),
        ("где подписали соглашения, в Астане?", "agreements-count"),
    ],
)
def test_another_act_is_still_answered(session, question, entry):
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        "в какой студии записывали интервью Гусейнова",
        "на каком телеканале выступал Тусупбеков",
    ],
)
def test_near_misses_stay_unanswered(session, question):
    declined(session, question)
