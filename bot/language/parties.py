"""Third parties: countries and blocs whose own view a question may ask for.

"Как Турция относится к идее тюркской семёрки?" is about a subject the article covers, but it
asks for Turkey's position — and the article quotes only its experts. The nearest entry (an
expert proposing to add Turkey) would be a confident answer putting an idea in Turkey's mouth.
So a question is read for a country that holds a view ("Турция относится", "позиция России",
"How does Armenia view", "Turkey's position"), as opposed to one that is only talked about
("о Турции", "about Turkey", "грузы из Китая"). The matcher then says the article does not give
that party's position unless an entry states it.

Names are matched as written after folding (ё → е, lower case), so the forms are listed here
rather than inflected: only the nominative (the party as subject) and the genitive after a
noun of view ("позиция Китая") count.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from bot.language.lexicon import word_set
from bot.language.morphology import WORDS_REMEMBERED, is_future_verb, parse
from bot.language.occupations import person_noun
from bot.language.professions import russian_country_adjective
from bot.language.text import is_cyrillic
from bot.records import record


@record
class Party:
    """A country or side whose view a question may ask for, in the forms it is asked and shown."""

    nominative: str  # folded, as a Russian question writes it when the party is the subject
    genitive: str  # folded: "позиция китая"
    shown_ru: str  # in a reply: "В статье нет позиции Китая"
    shown_en: str  # "China's position"
    english: tuple[str, ...]  # folded English names

    @property
    def forms(self) -> frozenset[str]:
        """Every folded form a question may name it by."""
        return frozenset((self.nominative, self.genitive, *self.english))


def _party(nominative: str, genitive: str, shown_ru: str, *english: str) -> Party:
    shown_en = english[0].upper() if len(english[0]) <= 3 else english[0].title()
    return Party(nominative, genitive, shown_ru, shown_en, english)


PARTIES: tuple[Party, ...] = (
    _party("турция", "турции", "Турции", "turkey", "turkiye", "ankara"),
    _party("армения", "армении", "Армении", "armenia", "yerevan"),
    _party("россия", "россии", "России", "russia", "moscow", "kremlin"),
    _party("китай", "китая", "Китая", "china", "beijing"),
    _party("иран", "ирана", "Ирана", "iran", "tehran"),
    _party("грузия", "грузии", "Грузии", "georgia", "tbilisi"),
    _party("узбекистан", "узбекистана", "Узбекистана", "uzbekistan", "tashkent"),
    _party("туркменистан", "туркменистана", "Туркменистана", "turkmenistan", "ashgabat"),
    _party("туркмения", "туркмении", "Туркмении", "turkmenia"),
    _party("кыргызстан", "кыргызстана", "Кыргызстана", "kyrgyzstan"),
    _party("киргизия", "киргизии", "Киргизии", "kirghizia"),
    _party("таджикистан", "таджикистана", "Таджикистана", "tajikistan"),
    _party("азербайджан", "азербайджана", "Азербайджана", "azerbaijan", "baku"),
    _party("казахстан", "казахстана", "Казахстана", "kazakhstan", "astana"),
    _party("сша", "сша", "США", "usa", "america", "washington"),
    _party("америка", "америки", "Америки", "america"),
    _party("европа", "европы", "Европы", "europe"),
    _party("евросоюз", "евросоюза", "Евросоюза", "eu", "brussels"),
    _party("ес", "ес", "ЕС", "eu"),
    _party("индия", "индии", "Индии", "india"),
    _party("пакистан", "пакистана", "Пакистана", "pakistan"),
    _party("украина", "украины", "Украины", "ukraine"),
    _party("беларусь", "беларуси", "Беларуси", "belarus"),
    _party("белоруссия", "белоруссии", "Белоруссии", "belarus"),
    _party("монголия", "монголии", "Монголии", "mongolia"),
    _party("афганистан", "афганистана", "Афганистана", "afghanistan"),
    _party("япония", "японии", "Японии", "japan"),
    _party("германия", "германии", "Германии", "germany"),
    _party("франция", "франции", "Франции", "france"),
    _party("великобритания", "великобритании", "Великобритании", "britain", "uk"),
    _party("израиль", "израиля", "Израиля", "israel"),
    _party("венгрия", "венгрии", "Венгрии", "hungary"),
    _party("египет", "египта", "Египта", "egypt"),
    _party("ирак", "ирака", "Ирака", "iraq"),
    _party("сирия", "сирии", "Сирии", "syria"),
    _party("нато", "нато", "НАТО", "nato"),
    _party("оон", "оон", "ООН", "un"),
)

# Verbs of holding or voicing a view, by stem, so that a transliterated or mistyped verb
# ("otnositsya" read back as "относиця") still counts. Nouns of view are not among them: in
# "декларация Армения мнение" (keywords) Armenia holds nothing; "мнение Армении" does.
_VIEW_STEMS_RU = (
    "относит",
    "относиц",
    "относя",
    "отнесл",  # "как Иран отнёсся", "как в Иране отнеслись"
    "отнесся",
    "реагир",
    "отреагир",
    "оцени",
    "дума",
    "счита",
    "поддерж",
    "высказ",
    "заяв",
    "говор",
    "сказал",
    "комментир",
    # a verb of view with a prefix: "Китай прокомментировал визит?", "как отозвался
    # Пекин", "Армения раскритиковала", "осудил ли Иран"
    "прокомментир",
    "отозвал",
    "критик",
    "раскритик",
    # praise is a judging as much as blame: "Эрдоган похвалил идею?", "хвалил ли Пекин"
    "похвал",
    "хвал",
    "осуд",
    "осужд",
    "смотрит",
    "видит",
    # the plural a people's verb takes: "как европейцы смотрят", "что видят турки"
    "смотря",
    "смотрел",
    "видя",
    # content or worried is a stance too: "Китайцы довольны?", "обеспокоена ли Москва"
    "довол",
    "недовол",
    "обеспоко",
    "против",
    # a wish, an intention or a readiness is a stance too: "хочет ли Турция войти", "намерен
    # ли Китай", "готова ли Турция"
    "хоч",
    "хотел",
    "жела",
    "стремит",
    "стремя",
    "намер",
    "заинтересова",
    "планир",
    "готов",
    # a reaction to a proposal is a stance as much: "что Турция ответила на идею", "поддержала
    # ли Армения", "как восприняла Анкара", "одобрил ли Китай", "Россия возразила"
    "ответил",
    "ответит",
    "отвеча",
    "откликн",
    "отклика",
    "одобр",
    "возраз",
    "восприня",
    "воспринима",
    "приветств",
    "отвер",
    "соглас",
    "отказ",
    "выступ",
    # a view voiced by a light verb and its noun: "выразила ли Турция своё отношение",
    # "Китай выражает обеспокоенность"
    "выраз",
    "выраж",
    # a remark is a view voiced: "что отметила Армения", "что было отмечено армянской стороной"
    "отмет",
    "отмеч",
)
_VIEW_EN = word_set(
    "view views viewed position positions stance react reacted reacts reaction think thinks "
    "thought say says said opinion support supports supported attitude feel feels oppose "
    "opposes objected comment commented respond responded response "
    # "how does Russia see the corridor", "how is it regarded in Iran": as Russian "видит"
    "see sees regard regards perceive perceives "
    # "does Turkey want to join", "is China interested", "is Turkey ready": its wish or intent
    "want wants wanted wish wishes wished intend intends intended keen eager willing "
    "interested seek seeks sought plan plans planning ready prepared "
    # a reaction to a proposal: "did Turkey welcome the idea", "has Ankara replied"
    "reply replies replied answer answers answered welcome welcomes welcomed endorse "
    "endorses endorsed back backs backed approve approves approved reject rejects rejected "
    "accept accepts accepted agree agrees agreed object objects receive received "
    # content or worried is a stance too: "is Russia happy about the corridor"
    "happy unhappy pleased displeased concerned worried "
    # praise or blame: "did Erdogan praise the idea", "has Moscow criticised it"
    "praise praises praised hail hails hailed criticise criticises criticised criticize "
    "criticizes criticized condemn condemns condemned "
    # "is Turkey in favour of", "is Iran against", "has Moscow weighed in", "where does
    # Russia stand on", "what's Ankara saying about"
    "favour favor favours favors against weigh weighs weighed stand stands saying"
)
# "what's Moscow's take on it": a noun of view after the holder — not "take part", a part
_TAKE_EN = "take"
_PART_EN = word_set("part parts")
# A noun of view followed by its holder in the genitive: "позиция Китая", "мнение Армении".
_VIEW_NOUN_STEMS_RU = ("позици", "мнени", "реакци", "оценк", "отношени", "точк", "ответ", "отклик")
_VIEW_NOUNS_EN = word_set("position stance view views reaction attitude opinion response")
# A party after one of these is talked about, not holding a view: "о Турции", "about Turkey".
_PREPOSITIONS = word_set(
    "о об обо про в во на к ко с со из от для до по при через между за над под "
    "about on of for to with in from into through between by at over toward towards"
)
_WINDOW = 3  # words between the party and its verb of view, either side
# "как оценивают эксперты декларацию с Арменией": the experts hold the view asked for.
_EXPERT_STEMS = ("эксперт", "политолог", "аналитик", "специалист", "expert", "analyst")


def _plural_verb(word: str) -> bool:
    """Every reading of a known Russian word is a plural verb ("оценивают", "думают"): its
    subject is not one country. An unknown (mistyped, transliterated) word is not ruled out."""
    known = [r for r in parse(word) if r.is_known] if is_cyrillic(word) else []
    return bool(known) and all({"VERB", "plur"} <= r.tag.grammemes for r in known)


def _is_view_ru(word: str) -> bool:
    return word.startswith(_VIEW_STEMS_RU)


def _is_view_noun(word: str) -> bool:
    return word.startswith(_VIEW_NOUN_STEMS_RU) or word in _VIEW_NOUNS_EN


# Abbreviations that are English words too ("us"): a country only after the article ("was the
# US involved"), which the pronoun never takes — folded, so the capitals cannot tell.
_ARTICLED_ABBREVIATIONS = {"us": "usa"}


def _spelt_out(words: Sequence[str]) -> list[str]:
    """The words with an abbreviation after "the" (``_ARTICLED_ABBREVIATIONS``) as the
    country's plain name: "what is the US position" reads as "the usa position" — and before
    a noun of view, which the pronoun never stands before ("US reaction to the declaration")."""
    return [
        _ARTICLED_ABBREVIATIONS.get(word, word)
        if (at and words[at - 1] == "the")
        or (at + 1 < len(words) and words[at + 1] in _VIEW_NOUNS_EN)
        else word
        for at, word in enumerate(words)
    ]


def articled_parties(words: Sequence[str]) -> tuple[frozenset[str], ...]:
    """The forms of each party a folded English question names by an abbreviation that is
    also a word ("the US", ``_ARTICLED_ABBREVIATIONS``): no term carries such a word (it is
    a stop word), so the question's words are read for it."""
    found = (
        _ARTICLED_ABBREVIATIONS.get(word)
        for before, word in itertools.pairwise(words)
        if before == "the"
    )
    return tuple(dict.fromkeys(party_names(name) for name in found if name is not None))


# Words naming a party as its state rather than its people or land: "реакция официального
# Еревана", "официальная Анкара ответила", "the official Yerevan position". They qualify the
# party, so the word that tells whether it holds a view or is talked about stands before them.
_STATE_QUALIFIERS = ("официальн", "official")


def _word_before(words: Sequence[str], number: int) -> str:
    """The word before the party at ``number``, past a qualifier naming it as its state
    ("реакция официального Еревана": "реакция")."""
    at = number - 1
    while at >= 0 and words[at].startswith(_STATE_QUALIFIERS):
        at -= 1
    return words[at] if at >= 0 else ""


def _last_of(words: Sequence[str], number: int) -> int:
    """The position of the last "of" before ``number`` ("the position of official China")."""
    return max(at for at in range(number) if words[at] == "of")


def _parties_in(words: Sequence[str], excluded: frozenset[str]) -> Iterator[tuple[int, Party, str]]:
    """(position, party, the word before it) for each party a folded question names, but the
    ``excluded`` ones (the countries the briefing's experts speak from)."""
    for number, word in enumerate(words):
        party = _BY_FORM.get(_as_name(word))
        if party is not None and not party.forms & excluded:
            yield number, party, _word_before(words, number)


@lru_cache(maxsize=WORDS_REMEMBERED)
def _as_name(word: str) -> str:
    """An English adjective of a country read as its name ("the Turkish stance" is Turkey's);
    a Russian capital as its state, in the same case ("что думает Анкара", "позиция
    Пекина": Turkey's, China's — a government named by its seat); any other word as it is."""
    if word.isascii():
        return country_of_adjective(word) or word
    if word in _BY_FORM:
        return word
    return _capital_as_state(word) or _located_as_name(word) or word


def _capital_as_state(word: str) -> str | None:
    """The folded name of the state whose capital ``word`` is, in its nominative or genitive
    as the capital stands ("анкары": "турции"), else None."""
    for reading in parse(word)[:2]:
        country = CAPITALS.get(reading.normal_form.replace("ё", "е"))
        party = _BY_FORM.get(country) if country is not None else None
        if party is None:
            continue
        if reading.tag.case == "nomn":
            return party.nominative
        if reading.tag.case in ("gent", "loct"):
            # "позиция Пекина"; "в Анкаре думают" read as the genitive too: after "в" it is
            # where a view is held (``_said_in``), after any other preposition talked about
            return party.genitive
    return None


def _located_as_name(word: str) -> str | None:
    """A Russian country's name in the locative ("в Китае", "в Иране") read as its genitive,
    the form the readings of a view know; None for any other word."""
    for reading in parse(word)[:2]:
        party = _BY_FORM.get(reading.normal_form.replace("ё", "е"))
        if party is not None and reading.tag.case == "loct":
            return party.genitive
    return None


# Peoples no rule of endings makes: "турки", "армяне", "американцы" (lemmas, ё written е).
_IRREGULAR_PEOPLES = {
    "турок": "турция",
    "турка": "турция",
    "армянин": "армения",
    "россиянин": "россия",
    "русский": "россия",
    "грузин": "грузия",
    "киргиз": "киргизия",
    "американец": "сша",
    "европеец": "европа",
    "японец": "япония",
    "немец": "германия",
    "француз": "франция",
    "британец": "великобритания",
    "англичанин": "великобритания",
    "белорус": "беларусь",
}
# Adjectives of a state not made from its name by the regular endings ("турецкий" of
# "Турция", "армянский" of "Армения"): the state each names (lemmas, ё written е).
_IRREGULAR_ADJECTIVES = {
    "турецкий": "турция",
    "армянский": "армения",
    "грузинский": "грузия",
    "белорусский": "беларусь",
    "монгольский": "монголия",
    "венгерский": "венгрия",
    "немецкий": "германия",
    "французский": "франция",
    "британский": "великобритания",
    "американский": "сша",
    "европейский": "европа",
}
# The parties' Russian names (folded nominatives): what an adjective or a people's noun
# may name, and a genitive "of" a state may be (``periphrasis``).
STATES_RU = tuple(p.nominative for p in PARTIES if is_cyrillic(p.nominative))


@lru_cache(maxsize=1024)
def people_country(lemma: str) -> str | None:
    """The country (folded Russian nominative) a people's name (a lemma) is of:
    "азербайджанец" (the land's name and "-ец"), "китаец", "казах" (the land is
    "Казах-стан"), "узбек" ("Узбек-истан"); a few by a table ("турок", "армянин")."""
    if lemma in _IRREGULAR_PEOPLES:
        return _IRREGULAR_PEOPLES[lemma]
    for country in STATES_RU:
        if lemma in (country + "ец", country.removesuffix("й") + "ец"):
            return country
        if country in (lemma + "стан", lemma + "истан"):
            return country
    return None


@lru_cache(maxsize=1024)
def adjective_country(word: str) -> str | None:
    """The country (folded Russian nominative) a Russian adjective names: "казахской" →
    "казахстан", "азербайджанского" → "азербайджан", "турецкой" → "турция"
    (``_IRREGULAR_ADJECTIVES``)."""
    if not word or not is_cyrillic(word):
        return None
    for reading in parse(word)[:2]:
        if reading.tag.POS not in ("ADJF", "ADJS"):
            continue
        lemma = reading.normal_form.replace("ё", "е")
        if lemma in _IRREGULAR_ADJECTIVES:
            return _IRREGULAR_ADJECTIVES[lemma]
        for country in STATES_RU:
            if russian_country_adjective(lemma, country):
                return country
    return None


# Who speaks for a state, named by the state's adjective: "российская сторона", "турецкие
# власти", "позиция туркменского руководства", "армянский МИД", "турецкий президент" — the
# state holding the view, as diplomacy speaks (lemmas).
_SPEAKING_FOR_STATE = frozenset(
    {
        *("сторона", "руководство", "власть", "правительство", "мид", "министерство"),
        *("дипломатия", "дипломат", "президент", "лидер", "руководитель", "чиновник"),
        *("парламент", "истеблишмент", "элита"),
    }
)


def _in_case(country: str, reading: object, agent: bool = False) -> str | None:
    """The party of ``country`` in the form the view readings know for the case of
    ``reading`` (a pymorphy parse): its nominative, or its genitive ("позиция армян": of
    Armenia's); None in any other case ("к армянам": a destination). With ``agent`` (one who
    speaks for a state) the instrumental is the doer of a passive, as the nominative: "что
    было отмечено армянской стороной" asks what Armenia noted."""
    party = _BY_FORM.get(country)
    case = getattr(getattr(reading, "tag", None), "case", None)
    if agent and case == "ablt":
        case = "nomn"
    if party is None or case not in ("nomn", "gent"):
        return None
    return party.nominative if case == "nomn" else party.genitive


def _states_for_speakers(words: Sequence[str]) -> tuple[list[str], frozenset[int]]:
    """The folded Russian words with a people ("турки", "американцы", "мнение армян") and a
    state's adjective before who speaks for it ("российская сторона", "турецкие власти") read
    as the state, in the case they stand in — and the positions of those read from a plural
    (a people, "власти"), whose own verb is a plural one ("турки поддержали")."""
    read: list[str] = []
    plural: set[int] = set()
    at = 0
    while at < len(words):
        word = words[at]
        if not is_cyrillic(word) or word in _BY_FORM:
            read.append(word)
            at += 1
            continue
        following = words[at + 1] if at + 1 < len(words) else ""
        country = adjective_country(word)
        if country is not None and following:
            speaker = _agreeing_speaker(word, following)
            form = _in_case(country, speaker, agent=True) if speaker is not None else None
            if form is not None:
                if getattr(speaker.tag, "number", None) == "plur":
                    plural.add(len(read))
                read.append(form)
                at += 2
                continue
        people = next((r for r in parse(word)[:2] if _names_people(r, following)), None)
        form = _in_case(people_country(_lemma_of(people)) or "", people) if people else None
        if form is not None:
            plural.add(len(read))
            read.append(form)
        else:
            read.append(word)
        at += 1
    return read, frozenset(plural)


def _agreeing_speaker(adjective: str, noun: str) -> Any:
    """The reading of ``noun`` as one who speaks for a state (``_SPEAKING_FOR_STATE``) in the
    case and number the ``adjective`` before it stands in ("турецкие власти": the plural
    nominative, not the genitive "власти" is first read as), else None."""
    # every reading, first ones first: "армянской" is read as the genitive before the
    # instrumental "армянской стороной" needs
    agreeing = [(r.tag.case, r.tag.number) for r in parse(adjective)]
    speakers = [r for r in parse(noun) if _lemma_of(r) in _SPEAKING_FOR_STATE]
    for case, number in agreeing:
        for reading in speakers:
            if reading.tag.case == case and (number is None or reading.tag.number == number):
                return reading
    return None


def _names_people(reading: Any, following: str) -> bool:
    """Is the parse a people's name — a noun ("турки", "армян"), or the adjective a people
    is called by standing alone ("русские что думают"; not "русские эксперты")?

    Not ``names_a_people``, which judges a word already resolved, with no parse chosen: this
    judges one parse in its place (its part of speech, the word after it) so as to pick the
    reading whose case ``_states_for_speakers`` rewrites. Both rest on ``people_country``."""
    country = people_country(_lemma_of(reading))
    if country is None:
        return False
    if reading.tag.POS == "NOUN":
        return True
    return reading.tag.POS == "ADJF" and not any(r.tag.POS == "NOUN" for r in parse(following)[:1])


def names_a_people(word: str, lemma: str | None) -> bool:
    """Does the Russian ``word``, resolved to ``lemma``, name a people ("Армяне", "узбеки")
    — no person whose words are missing, but a country whose view is (``view_holder``)? The
    lemma may be only the relative of the word a vocabulary knows ("казахи": "казахский"):
    the word's own noun (``occupations.person_noun``: "казах") tells the people then.

    For a word read without its parse (the query's check of who speaks); ``_names_people``
    judges one parse in its place instead."""
    if not is_cyrillic(word):
        return False
    return any(
        own is not None and people_country(own) is not None for own in (lemma, person_noun(word))
    )


def _lemma_of(reading: object) -> str:
    """A pymorphy parse's lemma, folded (ё written е)."""
    return str(getattr(reading, "normal_form", "")).replace("ё", "е")


# "а что Китай?", "а Турция что?": the country alone beside "что" asks what it makes of it.
_BARE_OPENERS = word_set("а и ну")
_BARE_WHAT = "что"


_BARE_SELF = word_set("сама сам само сами")  # "а сама Турция что?"


def _bare_party(words: Sequence[str]) -> str | None:
    """The word naming a party in a bare "а что Китай?" / "а Китай что?" (a conjunction, the
    party's nominative and "что" only) — the whole question, or its closing clause after
    "а": "Ишмухамедов предложил добавить Турцию, а сама Турция что?" — else None."""
    rest = [w for w in words if w not in _BARE_OPENERS]
    if len(rest) != 2:
        opened = [at for at, w in enumerate(words) if w == "а"]
        if not opened:
            return None
        rest = [w for w in words[opened[-1] + 1 :] if w not in _BARE_SELF]
    if len(rest) != 2 or _BARE_WHAT not in rest:
        return None
    other = rest[0] if rest[1] == _BARE_WHAT else rest[1]
    party = _BY_FORM.get(_as_name(other))
    return other if party is not None and _as_name(other) == party.nominative else None


def bare_party(words: Sequence[str], excluded: frozenset[str] = frozenset()) -> Party | None:
    """The third party a bare "а что Китай?" (``_bare_party``) asks of — its view, whoever
    else the question names ("Ишмухамедов предложил добавить Турцию, а сама Турция что?":
    his proposal is what the view is of) — not a country the experts speak from."""
    bare = _bare_party(words)
    if bare is None:
        return None
    party = _BY_FORM[_as_name(bare)]
    return None if party.forms & excluded else party


def view_holder(words: Sequence[str], excluded: frozenset[str] = frozenset()) -> Party | None:
    """The third party whose view ``words`` (a folded question) ask for, if any.

    ``excluded``: folded names of parties the briefing's own experts speak from (their
    countries) — their experts' words are the article's answer, not a missing position."""
    if any(w.startswith(_EXPERT_STEMS) for w in words):
        return None
    words = _spelt_out(words)
    bare = _bare_party(words)
    if bare is not None:
        return bare_party(words, excluded)
    words, plural = _states_for_speakers(_agents_named(words))
    for number, party, before in _parties_in(words, excluded):
        word = _as_name(words[number])
        if word == party.genitive and _is_view_noun(before):
            return party  # "позиция Китая"
        if before == "of" and _is_view_noun(_word_before(words, _last_of(words, number))):
            return party  # "the position of China"
        if _voiced_from(words, number) or _said_in(words, number, party):
            return party  # "reaction from Ankara", "со стороны Турции", "в Турции думают"
        if before in _PREPOSITIONS:
            continue
        after = words[number + 1 : number + 1 + _WINDOW]
        if word in party.english and _view_after_en(after):
            return party  # "How does Armenia view", "Turkey's position": the holder comes first
        if word == party.nominative:
            near = [*words[max(0, number - _WINDOW) : number], *after]
            if any(_is_view_ru(w) and (number in plural or not _plural_verb(w)) for w in near):
                return party  # "как Турция относится", "что думает Армения"
            if _stance_taken(words, near):
                return party  # "какую позицию по декларации занимает Армения"
    return None


# Verbs of holding a stance, said with a noun of view as their object: "какую позицию
# занимает Армения", "какой точки зрения придерживается Китай". Alone they hold anything
# ("какое место занимает Казахстан"), so a noun of view must be asked too.
_HOLDING_STEMS = ("занима", "занял", "займ", "придержива", "держит")
# The stems of "занимать" whose reflexive forms ("чем занимается Армения") busy one with a
# thing, holding none ("придерживаться" holds in its reflexive form only).
_TAKING_STEMS = ("занима", "занял", "займ")
_REFLEXIVE_ENDINGS = ("ся", "сь")


def _stance_taken(words: Sequence[str], near: Sequence[str]) -> bool:
    """Does the party named near a verb of holding take the stance the question asks of —
    a noun of view being what is held ("какую позицию занимает Армения")? Not a view the
    question attributes to another after a preposition ("по мнению Гусейнова", "на взгляд
    экспертов"), nor a party busy with something ("чем занимается Армения")."""
    return any(_holds(w) for w in near) and any(
        _is_view_noun(w) and not (at and words[at - 1] in _PREPOSITIONS)
        for at, w in enumerate(words)
    )


def _holds(word: str) -> bool:
    """Is the word a verb of holding a stance ("занимает", "придерживается")?"""
    if not word.startswith(_HOLDING_STEMS):
        return False
    return not (word.startswith(_TAKING_STEMS) and word.endswith(_REFLEXIVE_ENDINGS))


def _agents_named(words: Sequence[str]) -> list[str]:
    """The folded words with a state named in the instrumental, no preposition before it and
    a passive participle of view near it, read as its nominative: the doer of the passive
    ("что было отмечено Арменией", "что заявлено армянской стороной", which the periphrases
    read as "Арменией") holds the view as "что отметила Армения" does."""
    read = list(words)
    for number, word in enumerate(words):
        party = _instrumental_party(word)
        if party is None or (number and words[number - 1] in _PREPOSITIONS):
            continue
        start = max(0, number - _WINDOW)
        near = [*words[start:number], *words[number + 1 : number + 1 + _WINDOW]]
        if any(_passive_view(w) for w in near):
            read[number] = party.nominative
    return read


def _instrumental_party(word: str) -> Party | None:
    """The party whose name the Russian ``word`` is in the instrumental ("Арменией"), else
    None."""
    if not is_cyrillic(word) or word in _BY_FORM:
        return None
    for reading in parse(word)[:3]:
        party = _BY_FORM.get(_lemma_of(reading))
        if reading.tag.case == "ablt" and party is not None:
            return party
    return None


def _passive_view(word: str) -> bool:
    """Is the word a passive participle of a verb of view ("отмечено", "заявлено",
    "высказана"): what a party in the instrumental said or held?"""
    if not _is_view_ru(word):
        return False
    return any(
        {"pssv"} <= r.tag.grammemes for r in parse(word)[:2] if r.tag.POS in ("PRTS", "PRTF")
    )


def _view_after_en(after: Sequence[str]) -> bool:
    """Do the English words after a party hold a word of view ("Armenia view", "Turkey's
    position", "Moscow's take on") — "take" not as "take part"?"""
    for at, word in enumerate(after):
        if word in _VIEW_EN:
            return True
        if word == _TAKE_EN and not (at + 1 < len(after) and after[at + 1] in _PART_EN):
            return True
    return False


# Where a view comes from: "reaction from Ankara", "any word from Turkey", "ответ от Армении",
# "реакция со стороны Турции" — the party after a noun of view (or of words said) and "from".
_FROM = word_set("from от in")  # "the reaction in Ankara": where the view is held
_SAID_NOUNS_EN = word_set("word words comment comments statement statements reply answer")
_SIDE = ("стороны", "сторон")
_FROM_REACH = 3  # words between the noun of view and "from" ("any official reaction from")


def _voiced_from(words: Sequence[str], number: int) -> bool:
    """Is the party at ``number`` where a view comes from — after "from"/"от" (or "in": "the
    reaction in Ankara") and a noun of view shortly before it ("reaction from Ankara", "any
    word from Turkey", "ответ от Армении"), or after "со стороны" ("реакция со стороны
    Турции", "со стороны Китая возражения")?"""
    before = words[number - 1] if number else ""
    if before in _SIDE and number >= 2 and words[number - 2] in ("со", "с"):
        return any(_is_view_noun(w) or _is_view_ru(w) for w in words)
    if before not in _FROM:
        return False
    opening = words[max(0, number - 1 - _FROM_REACH) : number - 1]
    return any(_is_view_noun(w) or w in _SAID_NOUNS_EN for w in opening)


_IN = word_set("в во")


def _said_in(words: Sequence[str], number: int, party: Party) -> bool:
    """ "Что в Турции думают о семёрке", "как в Анкаре восприняли идею": a view held in the
    country — "в" and its name (or its capital's) in the locative, a verb of view near it,
    plural as an impersonal one is ("думают", "восприняли")."""
    if not number or words[number - 1] not in _IN or not is_cyrillic(words[number]):
        return False
    if _as_name(words[number]) != party.genitive:
        return False
    near = [
        *words[max(0, number - 1 - _WINDOW) : number - 1],
        *words[number + 1 : number + 1 + _WINDOW],
    ]
    return any(_is_view_ru(w) for w in near)


# "почему Армения подписала декларацию": a country's own motive, asked of a country acting. The
# article gives its experts' readings of what their own countries did (those are excluded, as
# for views), never a third country's reasons.
_REASON_WORDS = word_set("почему зачем отчего why")
# English auxiliaries that put the country as the subject: "why did Armenia sign".
_AUXILIARIES_EN = word_set("did does do has have had would will is was")
# Modal and linking verbs: "почему Турция должна войти" asks the expert's reason for a proposal.
_NOT_ACTS = ("долж", "може", "мог", "нуж", "следу", "стал", "был", "являе", "важн")


def _singular_verb(word: str) -> bool:
    """A Russian word that can be a singular finite verb ("подписала", "подписывает"); an
    unknown (transliterated, mistyped) word ending like one counts too."""
    if not is_cyrillic(word) or word.startswith(_NOT_ACTS):
        return False
    known = [r for r in parse(word) if r.is_known]
    if not known:
        return word.endswith(("ла", "ло", "ил", "ал", "ет", "ит"))
    return any("VERB" in r.tag.grammemes and "plur" not in r.tag.grammemes for r in known)


def motive_holder(words: Sequence[str], excluded: frozenset[str] = frozenset()) -> Party | None:
    """The third party whose own reason for acting ``words`` (a folded question) ask for:
    "почему Армения подписала…", "why did Armenia sign…" — not "почему декларация с Арменией
    важна" (the country only talked about) nor a country the experts speak from."""
    if not any(w in _REASON_WORDS for w in words):
        return None
    words = _spelt_out(words)
    for number, party, before in _parties_in(words, excluded):
        word = words[number]
        if word in party.english and before in _AUXILIARIES_EN:
            return party
        near = words[number + 1 : number + 1 + _WINDOW]
        acting = word == party.nominative and before not in _PREPOSITIONS
        if acting and any(_singular_verb(w) for w in near):
            return party
    return None


# A state's own step, which only the state takes and the article would tell with the state
# as its subject: joining or becoming a member, signing, ratifying, a step taken ("Турция
# войдёт в семёрку?", "Армения ратифицировала декларацию?", "что предприняла Армения", "did
# Turkey join"). Stems, as a translit's or a slip's forms read.
_DEED_STEMS_RU = (
    *("вступ", "войд", "вошл", "присоедин", "примкн", "станет", "стала", "стал"),
    *("подпис", "подпиш", "ратифиц", "сделал", "предпри"),
)
_DEED_EN = word_set(
    "join joins joined joining accede acceded become becomes became sign signs signed "
    "ratify ratifies ratified"
)
_FUTURE_EN = word_set("will shall going")
# After the party, words putting its step ahead: "is Turkey likely to join", "is it expected
# to sign", "is going to join"
_AHEAD_EN = word_set("going likely unlikely expected set due about")
_CONDITIONS = word_set("если коли if suppose supposing")


@record
class Deed:
    """A third party's own step a question asks of, and whether it is yet to come."""

    party: Party
    ahead: bool


def deed_holder(words: Sequence[str], excluded: frozenset[str] = frozenset()) -> Deed | None:
    """The third party whose own step ``words`` (a folded question) ask of — the party as
    the subject of a verb of joining, signing, ratifying or taking a step ("Турция войдёт в
    тюркскую семёрку?", "Армения ратифицировала декларацию?", "did Turkey join the seven")
    — not one talked about ("добавить Турцию", "декларация с Арменией") nor a country the
    experts speak from. ``ahead``: the step is asked as one to come ("войдёт", "will join")."""
    words = _spelt_out(words)
    for number, party, before in _parties_in(words, excluded):
        if any(w in _CONDITIONS for w in words[:number]):
            return None  # "если Турция войдёт в семёрку, сколько будет стран": a supposition
        word = words[number]
        if word in party.english and before in _AUXILIARIES_EN:
            after = words[number + 1 : number + 1 + _WINDOW]
            if any(w in _DEED_EN for w in after):
                ahead = before in _FUTURE_EN or any(w in _AHEAD_EN for w in after)
                return Deed(party, ahead)
        if word != party.nominative or before in _PREPOSITIONS:
            continue
        start = max(0, number - _WINDOW)
        for verb in [*words[start:number], *words[number + 1 : number + 1 + _WINDOW]]:
            if verb.startswith(_DEED_STEMS_RU) and _singular_verb_or_future(verb):
                return Deed(party, is_future_verb(verb))
    return None


def _singular_verb_or_future(word: str) -> bool:
    """A singular finite verb ("вошла", "ратифицировала", "войдёт") — not an infinitive
    ("добавить"), a noun ("подписание") or a participle."""
    known = [r for r in parse(word) if r.is_known]
    if not known:
        return word.endswith(("ла", "ло", "ил", "ал", "ет", "ит", "ат", "ят"))
    return any(r.tag.POS == "VERB" and "plur" not in r.tag.grammemes for r in known[:2])


# What a view is of, told as a clause: "как Москва относится к тому, что грузы пойдут в
# обход", "смотрит на то, что …", "думает о том, что …".
_CLAUSE_OPENERS = word_set("тому то том тем")
_CLAUSE_WHAT = word_set("что чтобы")
_WILL_RU = word_set("будет будут станет станут")


def future_only_in_clause(words: Sequence[str]) -> bool:
    """Is every word of the future in a folded question of view inside the clause it is a
    view of ("как Москва относится к тому, что грузы пойдут через Каспий") — the view itself
    asked as it is now, so a not-given reply names a statement missing, not a forecast ("как
    Турция отреагирует на то, что …" asks one to come)?"""
    opening = next(
        (
            at
            for at, (word, then) in enumerate(itertools.pairwise(words))
            if word in _CLAUSE_OPENERS and then in _CLAUSE_WHAT
        ),
        None,
    )
    if opening is None:
        return False
    before = words[:opening]
    return not any(w in _WILL_RU or is_future_verb(w) for w in before)


_ATTRIBUTING = word_set("according по словам мнению")  # "according to the experts"


def experts_hold(words: Sequence[str]) -> bool:
    """Do the experts hold the view a folded question asks for — "какую роль эксперты
    отводят России", "what do the experts say about Georgia" — rather than vouch for a fact
    it asks ("what role does Georgia play, according to the experts")? Their words are then
    what is missing, not the fact."""
    for at, word in enumerate(words):
        if word.startswith(_EXPERT_STEMS):
            before = words[max(0, at - 3) : at]
            if any(w in _ATTRIBUTING for w in before):
                return False
            # English: the experts as the subject of a verb of view ("the experts say"), not
            # of any verb ("the route the experts describe")
            after = words[at + 1 : at + 2]
            return is_cyrillic(word) or any(w in _VIEW_EN for w in after)
    return False


# A country's part in something: "какую роль играет Россия", "участвует ли Иран", "what role
# does Russia play", "is Iran involved", "did Tbilisi take part". What it does there is a fact
# of the subject, whatever view words stand elsewhere in the question ("the Middle Corridor
# plans": the plans are the subject, nobody's stance).
# "рол": "rol" read back from Latin letters without its soft sign ("kakova rol Turkmenistana")
_PART_WORDS_RU = word_set("роль роли ролью ролей рол")
# "участок" (a stretch of road) is no part: only the stems of taking part, being a participant
_PART_STEMS_RU = ("участв", "участи", "участн", "причаст")
_PART_WORDS_EN = word_set(
    "role roles involved involvement participate participates participated participating "
    "participation participant participants"
)
_TAKING_EN = word_set("take takes took taking taken play plays played playing")


def asks_part(words: Sequence[str]) -> bool:
    """Does a folded question ask what part somebody has in something — a role, taking part,
    being involved ("какую роль играет Грузия", "a turkmenistan kak uchastvuet", "Did
    Tbilisi take part", "Russia's part in the corridor") — rather than "which part of the
    route" (a piece of a thing) or "участок дороги"?"""
    for at, word in enumerate(words):
        if word in _PART_WORDS_RU or word in _PART_WORDS_EN or word.startswith(_PART_STEMS_RU):
            return True
        if word in ("part", "parts"):
            # "its part in", "take part", "what part does it play"; not "part of the route"
            after = words[at + 1] if at + 1 < len(words) else ""
            if after == "in" or any(w in _TAKING_EN for w in words):
                return True
    return False


# Joining a group: "вступит ли Турция", "войдёт ли", "присоединится", "примкнёт", "will Turkey
# join", "become a member". Stems, as a translit's "vstupat" and a slip's "вступть" read.
_JOINING_STEMS_RU = ("вступ", "войд", "войт", "вошл", "присоедин", "примкн", "примык")
_JOINING_EN = word_set("join joins joining joined accede accedes member membership")


def asks_joining(words: Sequence[str]) -> bool:
    """Does a folded question ask of somebody joining a group ("вступит ли Турция в формат",
    "will Turkey join the format")? The party joining is then the subject itself: the passage
    proposing to add it is what the article has of that step, however few of the
    question's other words (the group's name, the verb) it shares."""
    return any(w.startswith(_JOINING_STEMS_RU) or w in _JOINING_EN for w in words)


# What a group of states is called when only its make-up is meant: "формат", "формула"
# ("5+1"), "format", "framework". Stems, as the noun's cases and a slip's forms read.
_ARRANGEMENT_STEMS_RU = ("формат", "формул", "конфигурац")
_ARRANGEMENT_EN = word_set("format formats formula framework configuration grouping")
# Changing who is in a group, as somebody does it: adding one, including, widening it,
# uniting them in it ("добавить Турцию к формуле", "расширить формат до семи", "bring Turkey
# into the format"). Not a party joining of itself ("когда Турция присоединится к формату":
# ``asks_joining``), which asks of the group by its name.
_MEMBERSHIP_STEMS_RU = ("добав", "включ", "расшир", "объедин", "присоедин", "приня", "дополн")
_MORE_STEM = "дополнительн"  # "дополнительные инвестиции": more of them
_MEMBERSHIP_EN = word_set(
    "add adding added include including included bring bringing brought expand expanding "
    "expanded extend extending extended widen widening widened enlarge enlarging admit unite"
)


def regrouped_arrangements(words: Sequence[str]) -> frozenset[int]:
    """The positions of the nouns naming a group only by its make-up ("формат", "формула")
    in a question of changing who is in it ("что предложил Ишмухамедов добавить к формуле
    Гаджиева", "расширить формат до семи стран", "bringing Turkey into some format"). The
    passage telling of the change says whom it adds to which states ("к шести странам
    добавить Турцию") and need not call their group a format: the noun is how the asker
    frames the group, no subject the passage must name. Empty without such a verb ("какие
    страны входят в формат 5+1" asks of the format itself)."""
    if not any(_changes_membership(w) for w in words):
        return frozenset()
    return frozenset(at for at, w in enumerate(words) if _names_arrangement(w))


def _changes_membership(word: str) -> bool:
    """A verb (or its noun) of somebody changing who is in a group: "добавить", "расширение",
    "дополнить", "bring" — not "присоединится", a party joining of itself, nor
    "дополнительный" (more of a thing, no member added)."""
    if word.startswith(_MEMBERSHIP_STEMS_RU):
        return not word.endswith(_REFLEXIVE_ENDINGS) and not word.startswith(_MORE_STEM)
    return word in _MEMBERSHIP_EN


def _names_arrangement(word: str) -> bool:
    """A noun naming a group by its make-up: "формате", "формулы", "format"."""
    return word.startswith(_ARRANGEMENT_STEMS_RU) or word in _ARRANGEMENT_EN


def is_expert_word(word: str) -> bool:
    """ "эксперты", "analysts": who speaks in the article, no subject of what is asked."""
    return word.startswith(_EXPERT_STEMS)


# The article itself as the one saying: "article says", "в статье говорится" — no view of a
# party's.
_SOURCE_WORDS = word_set("article piece text report статья статье статьи материал издание")


def views_held(words: Sequence[str]) -> bool:
    """Does a folded text hold a word of view ("поддерживают", "говорит", "stance") that is
    not the article's own saying ("article says something about …")?"""
    return any(
        is_view_word(word) and not any(w in _SOURCE_WORDS for w in words[max(0, at - 2) : at])
        for at, word in enumerate(words)
    )


def is_view_word(word: str) -> bool:
    """A word of holding or voicing a view ("позиция", "относится", "stance"): part of how a
    question asks for a view, not of what it is about."""
    return _is_view_ru(word) or _is_view_noun(word) or word in _VIEW_EN


_BY_FORM: dict[str, Party] = {}
for _entry in PARTIES:
    for _form in _entry.forms:
        _BY_FORM.setdefault(_form, _entry)


def party_names(name: str) -> frozenset[str]:
    """Every form of the party a country's name (Russian or English, as the knowledge base
    writes an expert's country) stands for; empty if it is not a known party."""
    party = _BY_FORM.get(name.strip().lower().replace("ё", "е"))
    return party.forms if party is not None else frozenset()


# Heads of state and government of third countries, as news names a country by its leader:
# "Эрдоган поддерживает семёрку?" asks Turkey's stance, "Пашинян подписал декларацию?"
# Armenia's part. Each is a party of its own, not his country: the article never names him,
# and a reply says so by the name asked ("В статье нет упоминаний Пашиняна") — his country
# it may well name. Russian names by stem (every case: "Пашиняна", "Эрдоганом"), Latin ones
# as written. What a leader *said* stays the unquoted person's reply (``other_speaker``).
def _leader(stem: str, shown_ru: str, shown_en: str, *english: str) -> Party:
    """A leader as a party: his stem as both Russian forms, his name in the genitive (for
    "нет упоминаний …") and in English, and his Latin spellings."""
    return Party(stem, stem, shown_ru, shown_en, english)


LEADERS: tuple[Party, ...] = (
    _leader("путин", "Путина", "Putin", "putin"),
    _leader("эрдоган", "Эрдогана", "Erdogan", "erdogan"),
    _leader("пашинян", "Пашиняна", "Pashinyan", "pashinyan", "pashinian"),
    _leader("цзиньпин", "Си Цзиньпина", "Xi Jinping", "xi", "jinping"),
    _leader("мирзиеев", "Мирзиёева", "Mirziyoyev", "mirziyoyev", "mirziyaev", "mirzieev"),
    _leader("лукашенк", "Лукашенко", "Lukashenko", "lukashenko"),
    _leader("пезешкиан", "Пезешкиана", "Pezeshkian", "pezeshkian"),
    _leader("байден", "Байдена", "Biden", "biden"),
)


def leader_of(word: str) -> Party | None:
    """The leader a folded word names ("пашиняна", "erdogan"), else None."""
    for leader in LEADERS:
        if word in leader.english or (is_cyrillic(word) and word.startswith(leader.nominative)):
            return leader
    return None


def party_of(word: str, lemma: str) -> Party | None:
    """The party a folded word names — by its name in any case, its capital ("москва",
    "пекина") or its English name, adjective or short form (``country_key``) — else None.
    A capital counts as its state here as in a question of view: "участвует ли Москва" asks
    Russia's part as much as "участвует ли Россия"."""
    key = country_key(word, lemma)
    return _BY_FORM.get(key) if key is not None else None


def states_view_of(text_words: Sequence[str], party: Party) -> bool:
    """An entry states the party's view only if it names the party as a subject (nominative):
    "Турция поддержала…" may; "добавить Турцию" does not."""
    return party.nominative in text_words


# Capitals standing for their countries, as news writes them ("отношения Баку и Астаны" are
# those of Azerbaijan and Kazakhstan): lemma of the capital → lemma of the country.
CAPITALS: dict[str, str] = {
    "баку": "азербайджан",
    "астана": "казахстан",
    "анкара": "турция",
    "москва": "россия",
    "ереван": "армения",
    "тбилиси": "грузия",
    "ташкент": "узбекистан",
    "бишкек": "кыргызстан",
    "душанбе": "таджикистан",
    "ашхабад": "туркменистан",
    "пекин": "китай",
    # seats of power named for the state as its capital is: "реакция Кремля", "Брюссель
    # поддерживает"
    "кремль": "россия",
    "брюссель": "евросоюз",
    "тегеран": "иран",
    "вашингтон": "сша",
    "минск": "беларусь",
    "киев": "украина",
    "baku": "azerbaijan",
    "astana": "kazakhstan",
    "ankara": "turkey",
    "moscow": "russia",
    "yerevan": "armenia",
    "tbilisi": "georgia",
    "tashkent": "uzbekistan",
    "beijing": "china",
    "tehran": "iran",
}


# English adjectives of a country are its name with the end changed: China → Chinese, Turkey
# → Turkish, Russia → Russian, Iran → Iranian, Azerbaijan → Azerbaijani, Europe → European.
_DEMONYM_ENDINGS = ("ese", "ish", "ian", "an", "i")
_SHORTEST_DEMONYM_STEM = 4  # "polish" is no "Poland"'s and "fin-" too short to tell
_LONGEST_NAME_ENDING = 2  # what the name adds after the stem: "-a", "-ey", "-e"


# The Central Asian "-stan" names are their people's name with "stan": "kazakh" → "kazakhstan",
# "uzbek" → "uzbekistan" (with the linking "i").
_STAN_ENDINGS = ("stan", "istan")
# How people shorten a country in writing ("trade kz az", "RF") and the adjectives no rule
# makes ("Azeri"): only forms that are no English word ("am", "in", "be" are).
SHORT_NAMES: dict[str, str] = {
    "azeri": "azerbaijan",
    "azeris": "azerbaijan",
    "turk": "turkey",
    "az": "azerbaijan",
    "aze": "azerbaijan",
    "azer": "azerbaijan",
    "kz": "kazakhstan",
    "kaz": "kazakhstan",
    "rk": "kazakhstan",
    "ru": "russia",
    "rf": "russia",
    "cn": "china",
    "prc": "china",
    "tr": "turkey",
    "uz": "uzbekistan",
    "uzb": "uzbekistan",
    "kg": "kyrgyzstan",
    "tj": "tajikistan",
    "tm": "turkmenistan",
    "ir": "iran",
    "ua": "ukraine",
}


@lru_cache(maxsize=4096)
def country_of_adjective(word: str) -> str | None:
    """The folded English name of the country ``word`` (folded) is the adjective of — by the
    rule the adjectives are made, not a list of them: "chinese" → "china", "turkish" →
    "turkey", "azerbaijani" → "azerbaijan", "uzbek" → "uzbekistan"; or the country a short
    form stands for ("kz", "azeri": ``SHORT_NAMES``). None for any other word. Remembered:
    the rule tries every country's names, and the readers of parties, offices and roles ask
    it of every English word of every reading."""
    if word in SHORT_NAMES:
        return SHORT_NAMES[word]
    if word.endswith("s") and len(word) > _SHORTEST_DEMONYM_STEM:
        # a people in the plural: "the Russians", "Armenians", "the Turks", "Uzbeks"
        return country_of_adjective(word[:-1])
    for ending in _STAN_ENDINGS:
        name = word + ending
        if len(word) >= _SHORTEST_DEMONYM_STEM and any(name in p.english for p in PARTIES):
            return name
    for ending in _DEMONYM_ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < _SHORTEST_DEMONYM_STEM:
            continue
        for party in PARTIES:
            for name in party.english:
                if name.startswith(stem) and len(name) - len(stem) <= _LONGEST_NAME_ENDING:
                    return name
    return None


def country_key(word: str, lemma: str) -> str | None:
    """The folded Russian name of the country a folded word names — by its name in any case
    (``lemma``: "китая" → "китай"), its capital ("баку"), its English name, adjective or
    short form ("azerbaijani", "az") — or None for any other word."""
    # a people stands for its country as its capital does: "турки" (Turkey), "армян"
    people = people_country(lemma) if is_cyrillic(word) else None
    for form in (word, lemma, CAPITALS.get(lemma, ""), CAPITALS.get(word, ""), people or ""):
        party = _BY_FORM.get(form)
        if party is not None:
            return party.nominative
    if word.isascii():
        name = country_of_adjective(word)
        party = _BY_FORM.get(name) if name is not None else None
        if party is not None:
            return party.nominative
    return None


# The words the readings of a party's view key on, in the forms a question writes them, for
# the repairs to mend a slip in one to it ("что было отмечено армянской сотроной", "что было
# отмечнео"): the readings look for a passive participle of view and a noun of who speaks for
# a state as written, forms the briefing seldom holds, so its fuzzy search mends them into
# another form or none.
CUE_WORDS = word_set(
    "отмечено отмечена отмечены заявлено заявлена заявлены высказано высказана высказаны "
    "выражено выражена выражены одобрено одобрена одобрены "
    "сторона стороны стороне сторону стороной руководство руководства руководством "
    "власти властей властями правительство правительства правительством"
)
