"""Who a text introduces: the people it names together with their office.

"Кто такой Токаев?" is answered by the sentence that says what he is — "по приглашению
президента Касым-Жомарта Токаева" — not by an expert who merely mentions him ("когда президент
Токаев выступал в Габале" says where he spoke). Both name him; only the first is an
introduction, and the difference is plain in the text: an office noun right before the name.
"""

from __future__ import annotations

import itertools

from bot.language.lexicon import word_set
from bot.patterns import lazy

# Offices and roles a news text puts before a name, in the forms it uses.
_ROLE_STEMS = (
    "президент",
    "помощник",
    "депутат",
    "министр",
    "председател",
    "премьер",
    "политолог",
    "эксперт",
    "директор",
    "руководител",
    "посол",
    "лидер",
    "глав",
    "член",
    "аналитик",
    "спикер",
    "генсек",
    "секретар",
)
_IDENTITY_PAIRS = frozenset(
    (who, such)
    for who, such in itertools.product(
        ("кто", "who"), ("такой", "такая", "такие", "такое", "is", "are", "was")
    )
)
_WHO_IS = word_set("who's whos")
_NAME_RUN = 4  # "президента Азербайджана Ильхама Алиева": the office, a country, two names


_SURNAME_CASE = lazy(r"(?<=(?:ов|ев|ёв|ин|ын))(?:а|у|ым|ом|е|ой|ы|ых|ыми)$")


def name_key(word: str) -> str:
    """A name without its case ending, so that "Токаева" and "Токаев" meet (pymorphy3 reads
    the nominative of some surnames as another word's form: "токаев" → "токай")."""
    return _SURNAME_CASE.sub("", word.lower().replace("ё", "е"))


def asks_identity(words: tuple[str, ...] | list[str]) -> bool:
    """ "кто такой X", "who is X": a question asking what a person is (folded words)."""
    return any(w in _WHO_IS for w in words) or any(
        pair in _IDENTITY_PAIRS for pair in itertools.pairwise(words)
    )


def introduced(text: str) -> frozenset[str]:
    """The names (``name_key``) a text introduces in full: two or more capitalised words right
    after an office noun ("президента Касым-Жомарта Токаева", "помощника президента
    Азербайджана Хикмета Гаджиева"). "президент Токаев" mentions him by office; it is no
    introduction."""
    found: set[str] = set()
    words = [w.strip("«»\"'.,;:!?()“”„—") for w in text.split()]
    for at, word in enumerate(words):
        if not word.lower().startswith(_ROLE_STEMS) or word[:1].isupper():
            continue
        run: list[str] = []
        for name in words[at + 1 : at + 1 + _NAME_RUN]:
            if not name[:1].isupper():
                break
            run.extend(part for part in name.split("-") if part)
        if len(run) >= 2:
            found.update(name_key(part) for part in run)
    return frozenset(found)
