"""Old-fashioned deference in Russian: the words an elderly, formal reader wraps a plain
question in.

"Какого числа Президент изволил прибыть в Казахстан?" asks what "Какого числа Президент
прибыл в Казахстан?" asks. But "изволил" is a word no passage holds, and the infinitive
after it ("прибыть") reads as something still to happen — a date asked of a future arrival.
So "изволил"/"соизволил" + an infinitive is read as the infinitive's own finite form, in
the tense, gender and number of the deferential verb ("изволили обсудить" → "обсудили").

An honorific before a name decorates it: "господин Ишмухамедов" is Ишмухамедов, "г-н
Тусупбеков" Тусупбеков. The title is no word of the subject: weighed as its rarest word it
sinks the passage on the one named. Only a title followed by another word is dropped: a
"господин" alone ("какой господин это сказал") is who is asked about.

A formal request opening the question ("Не откажите в любезности пояснить, …", "Покорнейше
прошу сообщить, …", "Смею спросить, …", "Сделайте милость, расскажите, …", "Любезнейший, …")
says that the asker asks, and how politely; none of its words says what about. It is read
out when it opens the question and ends on a verb of telling or a word of address.

"Каким образом" is a bookish "как": "каким образом X отозвался о …" asks how X spoke of it,
as "как X отозвался о …" does; "образом" is no word of the subject.
"""

from __future__ import annotations

from bot.language.lexicon import word_set
from bot.language.morphology import is_known_russian, is_person_name, parse

# The deferential verb of an old courtesy: "изволил прибыть", "соизволила ответить".
_DEFERRING_STEMS = ("изволи", "соизволи")
_HONORIFICS = word_set(
    """господин господина господину господином господине госпожа госпожи госпоже госпожу
    госпожой г-н г-жа гн"""
)
# "каким образом", "каким манером": how, asked in a bookish or a folksy way.
# Whom a title may be given besides a name: "господин посол", "господин президент".
_TITLED = word_set("президент президента посол посла министр министра депутат депутата")
_HOW_PAIRS = frozenset({("каким", "образом"), ("каким", "манером"), ("каким", "макаром")})


# The words of a formal request opening a question.
_TELLING = word_set(
    """сообщите сообщить пояснить поясните расскажите рассказать спросить осведомиться узнать
    подсказать подскажите скажите сказать уточнить уточните объяснить объясните напомнить
    напомните разъяснить разъясните просветите просветить поведайте поведать указать
    укажите обозначить обозначьте привести приведите"""
)
_ADDRESS = word_set(
    "любезнейший уважаемый многоуважаемый дорогой милейший бот бота сударь сударыня"
)
_OPENING = (
    _TELLING
    | _ADDRESS
    | word_set(
        """не откажите откажи в любезности любезность окажите будьте будь так добры добр
        любезны любезен покорнейше нижайше прошу просим вас вы смею позвольте позволь
        разрешите разреши извольте соблаговолите соблаговолить ли сделайте милость
        пожалуйста мне нам хотел хотела бы желал желала необходимо нужно надо требуется
        просьба просим"""
    )
)
_SHORTEST_LEFT = 2  # words the question keeps after its opening


def _without_opening(words: list[str]) -> list[str]:
    """The words without a formal request opening them: the longest run of ``_OPENING``
    words from the start that ends on a verb of telling or a word of address."""
    end = 0
    for at, word in enumerate(words):
        if word not in _OPENING:
            break
        if word in _TELLING or word in _ADDRESS:
            end = at + 1
    return words[end:] if len(words) - end >= _SHORTEST_LEFT else words


def _finite_of(deferring: str, infinitive: str) -> str | None:
    """The finite form of ``infinitive`` in the tense, gender and number of ``deferring``
    ("изволила", "ответить" → "ответила"); None when either is no such verb."""
    deferring_parses = [
        p for p in parse(deferring) if p.tag.POS == "VERB" and p.normal_form.endswith("волить")
    ]
    infinitive_parses = [p for p in parse(infinitive) if p.tag.POS == "INFN"]
    if not deferring_parses or not infinitive_parses:
        return None
    tag = deferring_parses[0].tag
    wanted: set[str] = set()
    for grammeme in (tag.tense, tag.number, tag.gender, tag.person):
        if grammeme:
            wanted.add(grammeme)
    for candidate in infinitive_parses:
        form = candidate.inflect(wanted)
        if form is not None:
            return str(form.word)
    return None


def _titled(word: str) -> bool:
    """May ``word`` be what a title of address decorates: a name (one the dictionary reads
    as a name, or no word it knows: "Тусупбеков") or an office ("господин посол")? Not "о",
    "сказал": a title before them is who is asked about."""
    if not word.isalpha():
        return False
    return word in _TITLED or is_person_name(word) or not is_known_russian(word)


def without_deference(words: list[str]) -> list[str]:
    """The folded words of a question read without old-fashioned deference (see the module's
    docstring): "изволил прибыть" as "прибыл", "господин X" as "X", "каким образом" as
    "как", a formal request opening them read out; unchanged when nothing of the kind is in
    them."""
    words = _without_opening(words)
    out: list[str] = []
    at = 0
    while at < len(words):
        word = words[at]
        following = words[at + 1] if at + 1 < len(words) else None
        if following is not None and word.startswith(_DEFERRING_STEMS):
            finite = _finite_of(word, following)
            if finite is not None:
                out.append(finite)
                at += 2
                continue
        if following is not None and word in _HONORIFICS and _titled(following):
            at += 1  # the name it decorates follows
            continue
        if following is not None and (word, following) in _HOW_PAIRS:
            out.append("как")
            at += 2
            continue
        out.append(word)
        at += 1
    return out
