"""Who recalled a thing is who tells of it: "кто из казахских политологов вспоминал
выступление Токаева в Габале".

"Кто упоминал …" was answered by Tusupbekov's words on Tokayev's speech in Gabala, but
"вспоминал", a verb the briefing never uses, was read as a relation the passage must tell:
"not given who". Recalling says no more of the relation than mentioning does
(``predicates.GENERIC_PREDICATES``). A thing nobody in the article tells of is still not
answered.
"""

from __future__ import annotations

import pytest

from tests.support.asking import answered, declined


@pytest.mark.parametrize(
    "question",
    [
        "кто из казахских политлогов вспоминал выступление токаева в габале",
        "кто вспоминал выступление Токаева в Габале",
        "кто вспомнил про Габалу",
        "кто из экспертов вспоминал о выступлении Токаева в Азербайджане",
    ],
)
def test_who_recalled_it_is_who_tells_of_it(session, question):
    assert "Тусупбеков" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "кто вспоминал о визите Эрдогана",  # nobody in the article
        "кто вспоминал о строительстве моста",  # no bridge in the article
    ],
)
def test_recalling_what_the_article_lacks_is_not_answered(session, question):
    declined(session, question)
