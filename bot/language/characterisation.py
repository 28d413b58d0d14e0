"""Words that ask for a characterisation of what a question names, not for another subject.

"Какие качества Алиева отметил Гусейнов", "какую роль отводит Ишмухамедов Турции", "на каких
принципах строятся отношения", "как депутат описал отношения", "what role does Turkey play":
the subject is Aliyev, Turkey, the relations; "качества", "роль", "принципы", "описал" only
say that a description of it is wanted. A text answering such a question says what the thing
is like in its own words ("взаимное уважение, искренность", "стратегического союзника") and
seldom uses the frame word itself. Weighed as a word of the subject, a frame word the article
never uses sinks every entry — the question reads as one about something the article lacks —
and one it does use but the answering entry does not makes a named expert look silent on the
subject. So a frame word is no word of the subject (``Term.focus``): an entry holding it
ranks higher, one lacking it is not faulted, and one the article never uses is read as the
words a text fills the frame with (``collocates``) when the article has them, else dropped.

Only nouns and verbs whose sole job in a question is to ask for a description are here; a
noun that may itself be the subject ("качество дорог", "the level of trade") stays a frame
word only because the question's other words name what is described — the scoring still
needs those to be the entry's.
"""

from __future__ import annotations

from bot.language.lexicon import word_set
from bot.language.morphology import parse, russian_lemma
from bot.language.text import fold, is_cyrillic, tokens

# Frame nouns (Russian lemmas; English as written and as the index stems them): the traits,
# role, principles or standing of what the question names.
FRAME_NOUNS = word_set(
    "качество черта достоинство особенность роль принцип уровень "
    "quality qualities qualiti trait traits role roles principle principles principl level "
    # the link between the things named: "how does he frame the link", "the link between
    # energy and the corridor" asks how they bear on each other, which a text tells in its
    # own words
    "link links"
)
# Frame verbs (lemmas, the English stemmed): describing, characterising, assigning a role.
FRAME_VERBS = word_set(
    "описать описывать охарактеризовать характеризовать отводить отвести приписывать "
    "describ characteris characteriz portray frame "  # "how does he frame the link"
    # a comparison of two things the question names ("how does today's trade compare with
    # what the projects could deliver", "current volume versus what is needed"): the text
    # answering gives both, seldom the word
    "compar comparison versus vs "
    # what holds a thing back ("что мешает росту торговли", "what hampers trade"): a text
    # names the obstacle ("барьеры … сдерживают рост"), seldom the asker's verb
    "мешать препятствовать тормозить hinder hamper imped prevent"
)
FRAME_WORDS = FRAME_NOUNS | FRAME_VERBS
# The words a text names an obstacle with: it holds a thing back, stands in its way, limits it.
_OBSTACLES = word_set(
    "сдерживать препятствовать препятствие барьер ограничение ограничивать лимит тормозить "
    "помеха мешать barrier obstacl hinder hamper limit constraint bottleneck"
)
# The words a text fills a frame with: traits are shown ("проявленные … уважение"), a role is
# played, principles are what relations are founded on. Only what the frame itself says.
_COLLOCATES: dict[str, frozenset[str]] = {
    "качество": word_set("проявить проявлять проявиться продемонстрировать демонстрировать"),
    "черта": word_set("проявить проявлять проявиться продемонстрировать демонстрировать"),
    "достоинство": word_set("проявить проявлять проявиться продемонстрировать"),
    "роль": word_set("играть сыграть"),
    # English, as the index stems it: qualities "shown", "demonstrated", "displayed"
    "qualiti": word_set("shown demonstr display"),
    "trait": word_set("shown demonstr display"),
    # principles are what a thing is founded on, what unites its members and on what
    # terms: "государства, объединённые общей целью",
    # "равноправные государства"
    "принцип": word_set(
        "основать основанный основываться основа строиться выстраиваться строить построить "
        "объединить объединённый объединять равноправный равноправие"
    ),
    **dict.fromkeys(
        word_set("мешать препятствовать тормозить hinder hamper imped prevent"), _OBSTACLES
    ),
}


def is_frame(lemma: str) -> bool:
    """Does the word (its lemma) only ask for a description of what the question names?"""
    return lemma in FRAME_WORDS


def names_filler(lemma: str) -> bool:
    """Must the answer say a word the frame ``lemma`` is filled with, whether or not the
    briefing uses the frame word itself? So it is of an obstacle: "что мешает строительству
    паромов" is not answered by a passage on the ferries naming nothing that holds them back,
    though another passage says "мешает"."""
    return _COLLOCATES.get(lemma) is _OBSTACLES


# The verb whose frame an obstacle asked by its noun fills: "какие барьеры в автоперевозках"
# asks what "что мешает автоперевозкам" asks.
OBSTACLE_FRAME = "мешать"
# Asking which ones: "какие барьеры", "what obstacles".
_WHICH_ONES = word_set("какие каких какой какая какое")


def obstacle_asked_at(words: tuple[str, ...] | list[str], at: int, lemma: str) -> bool:
    """Is ``words[at]`` (its lemma ``lemma``) an obstacle asked for by its noun right after
    "какие", "what" ("какие барьеры в автоперевозках", "what obstacles to road transport")?
    It asks what holds the thing after it back, as "что мешает" does: a passage answers by
    naming an obstacle of that thing, not by being on the thing alone. Russian only: an
    English question's subject is read against the passages' translations, where the
    trade barriers' passage would stand in for the road's."""
    if at == 0 or not is_cyrillic(words[at]):
        return False
    return words[at - 1] in _WHICH_ONES and lemma in _OBSTACLES


def names_obstacle(lemmas: frozenset[str]) -> bool:
    """Do a text's ``lemmas`` name something holding a thing back ("барьеры … сдерживают")?"""
    return not lemmas.isdisjoint(_OBSTACLES)


# "почему торговля не растёт", "why isn't trade growing": a thing not happening, whose cause
# is what holds it back.
_WHY = word_set("почему отчего зачем why")
_NOT = word_set("не not cannot isn aren doesn don didn wasn weren hasn haven")
_WHY_REACH = 5  # how many words after the "why" the "не" may stand


def asks_prevented(words: tuple[str, ...] | list[str]) -> bool:
    """Does the question ask why a thing does not happen ("почему торговля не растёт",
    "отчего грузы не доходят быстрее", "why isn't trade growing")? What holds it back is its
    cause."""
    for at, word in enumerate(words):
        if word in _WHY and any(w in _NOT for w in words[at + 1 : at + 1 + _WHY_REACH]):
            return True
    return False


def collocates(lemma: str) -> frozenset[str]:
    """The lemmas a text answering the frame ``lemma`` says it with (none: nothing known)."""
    return _COLLOCATES.get(lemma, frozenset())


# ------------------------------------------------------------- a standing reached
# "до какого уровня дошли отношения", "каким стал уровень отношений", "во что переросли
# отношения", "what level have relations reached", "what the relationship has become": what a
# standing (relations, ties, partnership) came to is asked — the state it is in now. A text
# saying it moved to a state ("отношения … перешли … к настоящему стратегическому союзу")
# names that state; one saying it is still rising ("уровень отношений поднимается") tells a
# course, not where it arrived.
_STANDING = word_set(
    "отношение взаимоотношение связь сотрудничество партнерство relations relationship "
    "relationships ties cooperation partnership"
)
# The question's English word for a standing, read as the Russian lemma a text says it with.
_STANDING_RU = {
    "relations": "отношение",
    "relationship": "отношение",
    "relationships": "отношение",
    "ties": "связь",
    "cooperation": "сотрудничество",
    "partnership": "партнерство",
}
# What asks the state a standing came to: a level of it, or a verb of arriving at one
# (Russian lemmas; English as typed).
_REACHING_ASKED = word_set(
    "уровень стать становиться дойти доходить дорасти перерасти превратиться достичь "
    "достигнуть перейти выйти level become became turned reached"
)
# Verbs of a standing arriving at a state, as a text says it done (the perfective past).
_ARRIVED = word_set(
    "перейти стать превратиться перерасти выйти дойти дорасти достичь достигнуть подняться"
)
_ARRIVED_REACH = 6  # how many words before the verb the standing's noun may stand


def standing_reached(words: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The Russian lemmas of the standing whose state reached a question asks ("до какого
    уровня дошли отношения": "отношение"); empty when it asks no such thing. "До какого
    уровня вырастет товарооборот" asks an amount: no standing is named."""
    lemmas = [_lemma_of(word) for word in words]
    if not any(lemma in _REACHING_ASKED for lemma in lemmas):
        return frozenset()
    return frozenset(_STANDING_RU.get(lemma, lemma) for lemma in lemmas if lemma in _STANDING)


def tells_arrival(text: str, standing: frozenset[str]) -> bool:
    """Does ``text`` say the ``standing`` (Russian lemmas) arrived at a state, as done
    ("отношения между Азербайджаном и Казахстаном перешли … к … союзу")? A course still under
    way ("уровень отношений поднимается") is no arrival."""
    words = [word for word in tokens(fold(text)) if is_cyrillic(word)]
    for at, word in enumerate(words):
        if _arrived(word) and any(
            _lemma_of(near) in standing for near in words[max(0, at - _ARRIVED_REACH) : at]
        ):
            return True
    return False


def _arrived(word: str) -> bool:
    """Is the word a verb of arriving at a state, in the perfective past ("перешли")?"""
    return any(
        p.normal_form.replace("ё", "е") in _ARRIVED
        and {"VERB", "perf", "past"} <= p.tag.grammemes
        for p in parse(word)
    )


def _lemma_of(word: str) -> str:
    """A Russian word's lemma (ё as е); an English word as typed."""
    return russian_lemma(word).replace("ё", "е") if is_cyrillic(word) else word


def aspect_forms(lemma: str) -> frozenset[str]:
    """A Russian verb's lemma with its partner of the other aspect where the pair is a
    suppletive one of motion ("выйти" / "выходить", "дойти" / "доходить"): one relation, which
    a stem shared by letters does not show."""
    if lemma.endswith("йти") and len(lemma) > len("йти"):
        return frozenset({lemma, lemma[: -len("йти")] + "ходить"})
    if lemma.endswith("ходить") and len(lemma) > len("ходить"):
        return frozenset({lemma, lemma[: -len("ходить")] + "йти"})
    return frozenset({lemma})


# The English verbs asking what a standing arrived at, as typed: "what has the relationship
# become", "what have relations turned into", "what level have relations reached".
_ARRIVAL_VERBS_EN = word_set("become becomes became turn turns turned reach reaches reached")


def arrival_asking(words: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The English words of a question asking the state a standing reached that only ask it
    ("turned", "reached", "become"): a frame, as "описал" is — a text names the state in its
    own verb ("have moved … to a genuine strategic alliance"). Empty when no standing's state
    is asked ("how many tonnes will freight reach": an amount)."""
    if not standing_reached(words):
        return frozenset()
    return frozenset(word for word in words if word in _ARRIVAL_VERBS_EN)
