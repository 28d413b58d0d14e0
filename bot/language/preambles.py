"""Where the question begins in a message that first sets the scene.

"I'm putting together a note on the Baku–Astana summit for our newsletter. Could you confirm
the day the Azerbaijani president arrived?" asks one thing, the date; the sentence before it
says why it is asked. Weighed as words of the subject, "note", "newsletter" and "weekly" — none
of them the briefing's — sink every entry below a suggestion. A message of statements closed
by a question is read as a preamble and its question: the question's words say what is asked,
the preamble's count a little (they may name the subject: "trade is about half a billion.
What currency?").

A colon sets a scene as a full stop does when a question opens right after it: "Готовлю
справку для пресс-службы по итогам визита: какие направления обсуждали стороны?" asks what
its second half asks; so does a semicolon ("Делаю обзор СМИ; что сказал Тусупбеков …?").
After either a question must open with a question word ("Эксперт сказал: «…», верно?" quotes
what is checked, and is all question). A dash after a Russian statement does too
("Гусейнов говорил об экспорте энергоресурсов — безопасность какого региона он упомянул?"),
not after a subject with no verb ("Trade between Baku and Astana — how many dollars …?" asks
of that trade) nor after a question restated ("На что он надеется — что должно измениться?").

A question embedded after a verb of knowing is one too, question mark or not: "Читаю статью
про визит и не понял, сколько соглашений подписали" asks how many; "не понял", "не знаю",
"интересно" only say that the reader wants to know.

A yes/no question may set the scene too, when a question asking for something follows it:
"Я правильно понимаю, что визит был осенью? В каком месяце именно?" puts up what the asker
believes, then asks the month; "Was it a state visit? Who invited him?" asks who. The first
is read as a statement before the question, as a full stop would have closed it.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from bot.language.frame_words import WHICH_FORMS
from bot.language.lexicon import word_set
from bot.language.morphology import is_known_russian, is_person_name, lemma, parse
from bot.language.parties import party_of
from bot.language.text import is_cyrillic
from bot.patterns import lazy

# A sentence ends at . ! ? … followed by a space or the end ("15.5" and "U.S." do not end one).
_SENTENCE_END = lazy(r"[.!?…]+(?=\s|$)")
_WORD = lazy(r"\w+")
# A colon and the word after it (a quote's opening marks may stand between), and the word
# after that (a preposition may open the question: "…: from where, through which country?").
# A dash between words sets a scene as a colon does ("Гусейнов говорил об экспорте — безопасность
# какого региона он упомянул?"), when what comes before it is no question of its own.
_COLON = lazy(r"(?:[:;]|\s[—–-])\s+[«\"„“']?(\w+)(?:\s+(\w+))?")
# Prepositions a question may open with before its question word ("from where", "in which
# city", "с какой целью", "через какое море").
_OPENING_PREPOSITIONS = word_set(
    """from to in at by for with through via about on into between among of after before
    с со в во на из до через по за о об обо про вокруг у от к под над при между среди ради насчет
    насчёт против перед после около кроме"""
)
# Words that may open a question before its question word or preposition ("А в каком
# месяце?", "И кто его пригласил?", "And who invited him?").
_OPENING_CONJUNCTIONS = word_set("а и но так ну тогда and so but then")
# A particle pointing back that may stand before the question word in speech ("Это сколько
# будет потом?", "А это когда было?"): it names what the scene told, the question still opens.
_OPENING_PARTICLES = word_set("это")
# A comma and the word after it: where an embedded question may open.
_COMMA = lazy(r",\s+(\w+)(?:\s+(\w+))?")
# Words saying the reader wants to know, before an embedded question ("не понял, сколько …").
_KNOWING = word_set(
    """понял поняла поняли понимаю понятно ясно знаю знаем знал знала помню нашел нашла
    нашёл нашли уверен уверена интересно wonder know understand sure remember"""
)
# Words opening a question after a colon ("…: какие направления …?", "…: when did …?").
_ASKING = word_set(
    """что кто где когда куда откуда почему зачем сколько как каков какова каковы какой
    какая какое какие каком какую каких какого какому какими каким какой-то чем чему кого
    кому чей чья чьи ли разве неужели what who where when why how which whose whom is are
    was were do does did can could will would"""
)
_THAT = word_set("что that")
QUESTION_WORDS = _ASKING  # the words a question opens with
# Tags closing a statement to seek the listener's nod ("…, right?", "…, you know?").
_TAGS = tuple(tuple(tag.split()) for tag in ("right", "yeah", "you know", "you see"))
# The asker speaking of himself at a statement's start ("So I'm …", "We are …", "My …"); the
# apostrophe splits "I'm" into "i" and "m".
_ASKER = word_set("i we my our me us")
_SHORTEST_PREAMBLE = 3  # words: "Hi." or "Ok." sets no scene
# Words of somebody asking, before a colon passing a question on ("Коллега спрашивает:").
_ASKING_VERBS = word_set(
    """спрашивает спрашивают спросил спросила спросили интересуется интересуются уточняет
    уточняют просит просят вопрос вопросы asks asked ask wonders wants question questions"""
)
# The words offering a choice ("культура или политика", "cultural or geopolitical"), and the
# words opening a yes/no question, which ask for no kind of fact of their own.
_CHOICE = word_set("или либо or")
_NOT = word_set("нет not")  # "… или нет?", "… or not?": whether, no choice of answers
# Words of being, which tell no deed: "Is there a cultural argument behind it", "есть ли".
_BEING = word_set("is are was were ли есть является являются было это")
_WHY = word_set("почему зачем отчего why")
_WH = word_set(
    """что кто где когда куда откуда сколько какой какая какое какие каком какую каких
    какого каким which what where when who whom whose"""
)
# The open side of a choice ("or somewhere narrower", "или где-то ещё", "или какой-то
# другой"): the guess before it may be wrong, and the question stays what it was.
_OPEN_SIDE = lazy(
    r"\b(?:или|or)\b[^?]*\b(?:(?:где|что|кто|когда|куда|как\w*)-(?:то|нибудь)|"
    r"друг(?:ой|ая|ое|ие|ого|ом)|somewhere|something|someone|somebody|elsewhere|else)\b",
    re.IGNORECASE,
)


def question_start(text: str) -> int:
    """The offset where the question of ``text`` begins after a preamble of statements: the
    start of its first sentence closed by "?", when sentences closed by "." or "!" holding
    at least ``_SHORTEST_PREAMBLE`` words come before it; else 0 (all of it is the question).
    A message with no question mark is all question: "I need the date. Tell me." sets no
    scene apart from what it asks."""
    start = 0
    ends = list(_SENTENCE_END.finditer(text))
    before: list[tuple[int, int]] = []  # the sentences closed by "." or "!"
    for at, end in enumerate(ends):
        later = any("?" in e.group() for e in ends[at + 1 :])
        if "?" in end.group() and not (later and _tagged_statement(text[start : end.start()])):
            following = ends[at + 1] if at + 1 < len(ends) else None
            if following is not None and _asks_after_check(text, start, end, following):
                return _scene_set(text, end.end(), following.start())
            asked = _asked_before(text, before, start, end.start())
            if asked is not None:
                return asked
            if start and _asks_if_told(text[start : end.start()]):
                return 0  # "Во сколько обойдутся паромы. В статье об этом говорится?"
            return _scene_set(text, start, end.start())
        before.append((start, end.start()))
        start = end.end()
    embedded = _embedded(text, start, len(text))
    return _scene_set(text, start, len(text)) if embedded > start else 0


def closed_question(text: str) -> str:
    """``text`` with the "?" a phone typist left off put after its last sentence, when that
    sentence opens with a question word and a sentence closed by ".", "!" or "?" comes before
    it, or a question word opens it after a colon: "Депутат из Баку говорил про маршрут через
    Каспий. Как он его назвал" asks what its last sentence asks, as it would with its question
    mark, "… через море? Через какое именно" asks which sea, and "Готовлю справку по итогам
    визита: какие направления обсуждали" what follows the colon — read unclosed, the first
    and the last would be all question (the scene weighed as the subject) and the second's
    question a remark after it. A message of one sentence, or one whose last sentence asks
    nothing ("… Кто это сказал? Хотел бы знать фамилию"), is left as typed."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] in ".!?…":
        return text
    ends = list(_SENTENCE_END.finditer(stripped))
    start = ends[-1].end() if ends else 0
    # after a question asking for something ("сколько стран в семёрке? кто там седьмой")
    # the unclosed words are a remark on it, as they were read before
    before = ends[-2].end() if len(ends) > 1 else 0
    asked = bool(ends) and "?" in ends[-1].group()
    asked = asked and _opens_question(_WORD.findall(stripped, before, ends[-1].start()))
    if ends and not asked and _opens_question(_WORD.findall(stripped, start)):
        return stripped + "?"
    if _after_colon(stripped, start, len(stripped)) > start:
        return stripped + "?"
    return text


def _tagged_statement(sentence: str) -> bool:
    """Is ``sentence`` the asker's statement about himself closed by a tag ("So I'm building
    the timeline for the episode, right?", "We're doing a piece on the corridor, you know?")?
    Its question mark seeks the listener's nod, not a fact: when a question follows it, it
    sets the scene as a statement would. A statement about anyone else closed by a tag is
    put up for checking ("Aliyev arrived on the 20th, right?") and stays a question."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    tagged = any(tuple(words[-len(tag) :]) == tag for tag in _TAGS)
    return tagged and bool(set(words[:3]) & _ASKER) and words[0] not in _ASKING


def question_end(text: str) -> int:
    """The offset where the question of ``text`` ends when a remark follows its last "?":
    "Кто предложил добавить Турцию? Можно фамилию этого человека", "… сколько хотелось бы?
    Интересует порядок величин" — the remark says why or in what shape the answer is wanted,
    as a preamble says why it is asked, and weighs as one; it asks nothing of its own (the
    kinds asked are the question's). ``len(text)`` when nothing of ``_SHORTEST_PREAMBLE``
    words or more follows the last question mark, or there is none."""
    end = text.rfind("?") + 1
    if end and len(_WORD.findall(text[end:])) >= _SHORTEST_PREAMBLE:
        return end
    return _before_choice_offered(text)


def _before_choice_offered(text: str) -> int:
    """The end of a why-question a last one offering a choice of reasons follows ("Why does
    Ishmukhamedov think Turkey should be added? Is there a cultural argument behind it, or
    purely geopolitical?", "Почему он предложил Турцию? Культурные причины или политика?"),
    or of any question a guess left open follows ("… for which region exactly? Central Asia,
    or somewhere narrower?"): the choice only guesses at the answer asked before it — a
    remark on the answer wanted, which weighs as one, not a second subject whose words the
    article may not use.
    ``len(text)`` for anything else: a last question with a question word of its own, one
    asking whether ("… или нет?"), one telling of a deed of its own ("Did Turkey agree to it,
    or refuse?", "Турция согласилась или отказалась?": a second question the article may not
    answer), or one after no why-question."""
    ends = [found.end() for found in _SENTENCE_END.finditer(text) if "?" in found.group()]
    if len(ends) < 2 or ends[-1] < len(text.rstrip()):
        return len(text)
    last = [w.lower() for w in _WORD.findall(text, ends[-2], ends[-1])]
    if len(last) < _SHORTEST_PREAMBLE or _CHOICE.isdisjoint(last) or last[-1] in _NOT:
        return len(text)
    opening = next((w for w in last if w not in _OPENING_CONJUNCTIONS), "")
    if opening in _ASKING and opening not in _BEING:
        return len(text)  # "… ? Which one, oil or gas?", "… ? Did Turkey agree, or refuse?"
    if any(_is_deed(word) for word in last):
        return len(text)
    before = {w.lower() for w in _WORD.findall(text, ends[-3] if len(ends) > 2 else 0, ends[-2])}
    if before & _WHY:
        return ends[-2]
    # "… for which region exactly? Central Asia, or somewhere narrower?": one guess, the
    # rest left open — the question before it, asked again
    open_side = _OPEN_SIDE.search(text, ends[-2], ends[-1])
    return ends[-2] if before & _WH and open_side else len(text)


def _is_deed(word: str) -> bool:
    """Is the Russian word a finite verb or an infinitive other than one of being ("есть",
    "является")? The choice of reasons names things, not deeds."""
    if not is_cyrillic(word) or word in _BEING:
        return False
    found = parse(word)
    return bool(found) and found[0].tag.POS in ("VERB", "INFN")


def _asked_before(text: str, before: list[tuple[int, int]], start: int, end: int) -> int | None:
    """Where the question begins when a sentence before the yes/no one at ``text[start:end]``
    asks it after a verb of knowing ("Мне интересно, во сколько обойдётся строительство
    паромов. В статье об этом что-нибудь говорится?" asks the cost; the question mark only
    asks whether the article tells it): the embedded question's start, or 0 when the words
    before it are too few to set a scene — all of it is the question. None when no sentence
    before asks anything, or the one closed by "?" asks for something itself."""
    words = _WORD.findall(text, start, end)
    if _opens_question(words) or _after_colon(text, start, end) > start:
        return None
    for sentence_start, sentence_end in before:
        embedded = _embedded(text, sentence_start, sentence_end)
        if embedded > sentence_start and _WORD.match(text, embedded).group().lower() not in _THAT:
            return _scene_set(text, sentence_start, sentence_end)
    return None


def _asks_after_check(text: str, start: int, end: re.Match[str], following: re.Match[str]) -> bool:
    """Is the question closed at ``end`` (begun at ``start``) a yes/no one — no question word
    opens it, none after a colon or a verb of knowing — and the sentence after it, closed by
    "?" at ``following``, one asking for something ("В каком месяце именно?")? Then the first
    only sets the scene of the second."""
    if "?" not in following.group():
        return False
    if _after_colon(text, start, end.start()) > start:
        return False
    embedded = _embedded(text, start, end.start())
    # "Я правильно понимаю, что …?": the "что" of the statement put up, no question word
    if embedded > start and _WORD.match(text, embedded).group().lower() not in _THAT:
        return False
    return not _opens_question(_WORD.findall(text, start, end.start())) and _opens_question(
        _WORD.findall(text, end.end(), following.start())
    )


def _opens_question(words: list[str]) -> bool:
    """Do ``words`` open with a question word, a preposition may come before it, "это" before
    that and "а", "и" before any ("А через какое именно?", "Это сколько будет потом?")?"""
    folded = [w.lower() for w in words]
    while folded and folded[0] in _OPENING_CONJUNCTIONS:
        folded = folded[1:]
    if len(folded) > 1 and folded[0] in _OPENING_PARTICLES:
        folded = folded[1:]
    if not folded:
        return False
    return folded[0] in _ASKING or (
        len(folded) > 1 and folded[0] in _OPENING_PREPOSITIONS and folded[1] in _ASKING
    )


# A question asking only whether the text tells what the sentences before it ask: "В статье
# об этом что-нибудь говорится?", "Об этом что-то сказано?", "Is there anything about it in
# the article?". It is no question of its own: the message before it is what is asked.
_ABOUT_IT = frozenset(
    {("об", "этом"), ("про", "это"), ("о", "том"), ("about", "it"), ("about", "this")}
    | {("about", "that")}
)
_TOLD_WORDS = word_set(
    """в статье тексте материале заметке об этом про это о том что-нибудь что-то хоть что
    есть ли там тут а и же вообще говорится сказано написано упоминается пишут говорят
    сказали написали пишется известно информация данные
    is there anything something about it this that in the article text piece does say
    mention mentioned said written any info information the нибудь то либо"""
)


def _asks_if_told(sentence: str) -> bool:
    """Does the sentence only ask whether the text tells "it" (``_ABOUT_IT``)?"""
    words = [w.lower() for w in _WORD.findall(sentence)]
    pairs = set(itertools.pairwise(words))
    return bool(pairs & _ABOUT_IT) and all(w in _TOLD_WORDS for w in words)


def _scene_set(text: str, start: int, end: int) -> int:
    """Where the question of the sentence ``text[start:end]`` begins (after a colon or a
    verb of knowing, when one opens it there), if what comes before it is long enough to set
    a scene; else 0."""
    colon = _after_colon(text, start, end)
    start = max(start, colon, _embedded(text, start, end))
    if start and len(_WORD.findall(text[:start])) >= _SHORTEST_PREAMBLE:
        return start
    if start and start == colon and _reports_asking(_WORD.findall(text[:start])):
        return start  # "Коллега спрашивает: где …?", "Editor asks: when …?": short, a scene
    return 0


def _reports_asking(words: list[str]) -> bool:
    """Do the words before a colon say who asks ("Коллега спрашивает", "Редактор уточняет",
    "Вопрос продюсера", "My editor asks")? However short, they only pass the question on:
    their words are no subject ("коллега" is nobody the article names), and weighed as one
    they sink the answer to a suggestion."""
    return any(word.lower() in _ASKING_VERBS for word in words)


def _embedded(text: str, start: int, end: int) -> int:
    """Where a question embedded after a verb of knowing opens in ``text[start:end]`` ("…
    и не понял, сколько соглашений подписали"); ``start`` when there is none."""
    for comma in _COMMA.finditer(text, start, end):
        before = {w.lower() for w in _WORD.findall(text[start : comma.start()])}
        opening = [comma.group(1), comma.group(2) or ""]
        # "интересно, во сколько обойдётся": a preposition may open it before its word
        if before & _KNOWING and (
            opening[0].lower() in _ASKING
            or (opening[0].lower() in _OPENING_PREPOSITIONS and opening[1].lower() in _ASKING)
        ):
            return comma.start(1)
    return start


def _after_colon(text: str, start: int, end: int) -> int:
    """Where a question opened by a question word after the last colon or dash of the sentence
    ``text[start:end]`` begins (``start`` when there is none); a noun may stand before its
    "какой" ("…: безопасность какого региона …?")."""
    found = start
    for colon in _COLON.finditer(text, start, end):
        first, second = colon.group(1).lower(), (colon.group(2) or "").lower()
        dash = text[colon.start()] not in ":;"
        before = _WORD.findall(text, start, colon.start())
        if dash and (_opens_question(before) or not _states(before)):
            # "На что он надеется — что должно измениться?": one question, restated; "Trade
            # between Baku and Astana — how many dollars …?": a subject, no scene
            continue
        if (
            first in _ASKING
            or (first in _OPENING_PREPOSITIONS and second in _ASKING)
            or (
                first not in _OPENING_PREPOSITIONS and second in WHICH_FORMS
            )  # "безопасность какого"
        ):
            found = colon.start(1) - (1 if text[colon.start(1) - 1] in "«\"„“'" else 0)
    return found


def _states(words: list[str]) -> bool:
    """Is there a Russian verb to make a statement of ``words`` ("Гусейнов говорил об
    экспорте")? A noun phrase before a dash is the subject asked about, not a scene."""
    return any(
        is_cyrillic(w) and any(p.tag.POS == "VERB" for p in parse(w.lower())[:1]) for w in words
    )


# Words that may follow an elliptic "какой" before the question ends ("Какие именно?").
_EMPHASIS = word_set("именно же конкретно точно конкретнее точнее")


def filled_ellipsis(words: list[str], scene: list[str]) -> list[str]:
    """The question's words with the noun it leaves to the scene put after its "какой":
    "… паромы нужны, чтобы возить грузы через море? Через какое именно?" asks which sea, as
    "Через какое море?" would. The noun is the scene's last one agreeing with the "какой" in
    number and, in the singular, gender ("какое": "море", not "грузы"); ``words`` unchanged
    when no "какой" closes the question or no noun of the scene agrees."""
    at = next((i for i, w in enumerate(words) if w in WHICH_FORMS), None)
    if at is None or not all(w in _EMPHASIS for w in words[at + 1 :]):
        return words
    forms = _which_forms(words[at])
    # in its case first ("назвал цифру доставки? Какую именно?": "цифру"), in any after
    # ("подписали документы? О каких именно?")
    for cased in (True, False):
        for word in reversed(scene):
            if len(word) > 2 and any(
                _agrees(p.tag, forms, cased)
                for p in parse(word)
                if p.tag.POS == "NOUN" and "Abbr" not in p.tag
            ):
                return [*words[: at + 1], word, *words[at + 1 :]]
    return words


_Form = tuple[str | None, str | None, str | None]


def _which_forms(word: str) -> set[_Form]:
    """The (number, gender, case) a form of "какой" may stand in ("какое": singular neuter,
    nominative or accusative)."""
    return {(p.tag.number, p.tag.gender, p.tag.case) for p in parse(word) if p.tag.POS == "ADJF"}


def _agrees(tag: Any, forms: set[_Form], cased: bool) -> bool:
    """Does a noun's reading agree with one of the forms of "какой" (in its case too, when
    ``cased``)? Plurals need no gender."""
    return any(
        tag.number == number
        and (number == "plur" or tag.gender in {gender, "ms-f"})
        and (not cased or tag.case == case)
        for number, gender, case in forms
    )


# A person the question speaks of by a pronoun, as its subject ("Что он сказал?").
_HE = {"он": "masc", "he": "masc", "она": "femn", "she": "femn"}


def named_back(words: list[str], scene: list[str]) -> list[str]:
    """The question's words with the pronoun of a person put as the one person its scene
    names: "Я правильно понимаю, что Эрдоган прокомментировал идею тюркской семёрки? Что он
    сказал?" asks what Erdogan said — of a man the article may never quote — not what the
    idea is. ``words`` unchanged when the question names a person itself, when the scene
    names none or several, or when the pronoun's gender is not the name's."""
    if not scene or any(_person(w) for w in words):
        return words
    people = {lemma(w): w for w in scene if _person(w)}
    if len(people) != 1:
        return words
    (name,) = people.values()
    tag = parse(name)[0].tag
    # "Лукашенко" is of either gender (pymorphy's ``gender`` is None for it)
    genders = {"masc", "femn"} if "ms-f" in tag else {tag.gender}
    return [name if w in _HE and _HE[w] in genders else w for w in words]


# Pronouns a question may name a country of its scene by ("какова её роль", "what is its
# role"), with the gender (or number) a Russian one agrees with; English ones agree with any.
# Not English "it": "Does the article mention China? What does it say …" is the article.
_COUNTRY_PRONOUNS: dict[str, str | None] = {
    "она": "femn",
    "ее": "femn",
    "её": "femn",
    "он": "masc",
    "его": "masc",
    "они": "plur",
    "их": "plur",
    "its": None,
    "their": None,
}

_POSSESSIVE = frozenset({"ее", "её", "его", "их"})
_FROM = frozenset({"из", "from"})


def country_back(words: list[str], scene: list[str]) -> list[str]:
    """The question's words with a pronoun standing for the one country named before it (in
    the scene, or earlier in the question) put as that country: "Грузия упоминалась на
    переговорах? Какова её роль в Среднем коридоре?", "Армения упоминается? Как она
    отреагировала на декларацию?" ask Georgia's role, Armenia's reaction — which the article
    does not give — not the corridor's or the declaration's. The country's word then reads
    as if typed where the pronoun stands (its party, its view, its absence from the article).
    ``words`` unchanged when a person is named too (whom the pronoun may stand for), when
    none or several countries come before the pronoun, or when a Russian pronoun's gender is
    not the country's ("Китай упоминается? Какова её роль": not China)."""
    if any(_person(w) for w in (*scene, *words)):
        return words
    for at, word in enumerate(words):
        if word not in _COUNTRY_PRONOUNS:
            continue
        before = [*scene, *words[:at]]
        named = {
            party: w
            for k, w in enumerate(before)
            if (party := party_of(w, lemma(w))) is not None
            # by its name, not its capital ("депутат из Баку": the city, his origin) nor as
            # where somebody is from ("депутат из Азербайджана. Как он оценил …": the MP)
            and {w, lemma(w)} & party.forms
            and not (k and before[k - 1] in _FROM)
        }
        if len(named) != 1:
            return words
        (country,) = named.values()
        tag = parse(country)[0].tag
        agrees = {"plur"} if tag.number == "plur" else {tag.gender}
        wanted = _COUNTRY_PRONOUNS[word]
        if wanted is not None and wanted not in agrees:
            return words
        if word in _POSSESSIVE:
            # "какова её роль": the country's genitive ("роль Грузии"), as a question naming
            # it would put it
            genitive = parse(country)[0].inflect({"gent"})
            country = genitive.word if genitive is not None else country
        return [*words[:at], country, *words[at + 1 :]]
    return words


def _person(word: str) -> bool:
    """A word of the dictionary read as a person's name ("эрдоган"), not a slip its guesses
    read as one ("предсказвает")."""
    return is_person_name(word) and is_known_russian(word)


# Units a figure is counted in ("15–18 дней", "20 миллионов тонн", "400–500 миллионов
# долларов"): lemmas of the noun after a number, which say what kind of amount it is.
_UNITS = word_set(
    """день сутки неделя месяц час минута тонна километр доллар тенге манат рубль евро
    day week month hour tonne ton kilometre kilometer dollar"""
)
_HOW_MANY = word_set("сколько скольких стольких столько how")
_SCALES = word_set("тысяча миллион миллиард thousand million billion")
_NUMBER = lazy(r"^\d[\d.,–-]*$")


def quoted_figure(word: str) -> bool:
    """Is ``word`` a figure's own ("15–18", "миллионов")? Once its unit is carried to the
    question's bare "сколько", the figure the scene quotes is the one the asker already has
    ("Тут пишут про 400–500 миллионов долларов. А сколько планируют довести?"): weighed as
    the subject it would answer with itself."""
    return bool(_NUMBER.match(word)) or lemma(word) in _SCALES


def names_own_deed(words: list[str]) -> bool:
    """Does the question tell a deed of its own ("А сколько планируют довести?"), not only be
    ("Сколько будет потом?")? With a deed it names its own subject, and the figure its scene
    quotes is only the one the asker has; without one, that figure is all it is asked of."""
    return any(_is_deed(w) and lemma(w) not in {"быть", "стать"} for w in words)


def unit_back(words: list[str], scene: list[str]) -> list[str]:
    """The question's words with the unit of the figure its scene quotes put after its bare
    "сколько": "Тут написано 15–18 дней. Это сколько будет потом?" asks how many days, as
    "сколько дней будет потом?" would — read bare, the question names no kind of amount and
    no figure of days answers it. The unit is the noun after the scene's last number (a
    scale word, "миллионов", may stand between), in the genitive plural "сколько" governs.
    ``words`` unchanged when the question names a unit or a number itself, has no bare
    "сколько", or the scene quotes no figure with a unit."""
    at = next((i for i, w in enumerate(words) if w in _HOW_MANY), None)
    if at is None or (at and words[at - 1] in {"во", "в"}):  # "во сколько": a time or a price
        return words
    if any(_NUMBER.match(w) or lemma(w) in _UNITS for w in words):
        return words
    unit = None
    for k, word in enumerate(scene):
        if not _NUMBER.match(word):
            continue
        after = scene[k + 1 : k + 3]
        if after and lemma(after[0]) in _SCALES:
            after = after[1:]
        if after and lemma(after[0]) in _UNITS:
            unit = after[0]
    if unit is None:
        return words
    found = parse(unit)
    plural = found[0].inflect({"gent", "plur"}) if found and is_cyrillic(unit) else None
    return [*words[: at + 1], plural.word if plural is not None else unit, *words[at + 1 :]]
