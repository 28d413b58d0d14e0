"""Officialese and hedges: the bureaucrat's and the diplomat's ways of asking a plain question.

"Каков на сегодняшний день годовой объём товарооборота в долларовом выражении?" asks what
"Каков сегодня годовой объём товарооборота в долларах?" asks. A news anchor's formal Russian
and a diplomat's English wrap a question in set phrases no article sentence holds:

* hedges about what the asker knows — "насколько известно", "насколько я понимаю", "if I
  understand correctly", "as far as I know", "formally speaking": they say how sure the asker
  is, never what is asked, and their words ("известно", "formally"), weighed as the rarest of
  the subject, sink the passage that answers;
* bureaucratic set phrases with a plain equivalent the article does use — "на сегодняшний
  день" (сегодня, the word the article dates its figures with), "в долларовом выражении" (в
  долларах), "в обозримой перспективе" (в ближайшие годы), "в ходе" (во время),
  "пребывание" (визит), "казахстанская экспертиза" (эксперты: only after such an
  adjective), "в пути" (идёт), "merely" (nothing);
* officialese prepositions — "по линии X" (по X), "в рамках вопроса о X" (о X), "в части X",
  "на предмет X", "применительно к X" (dropped; "были предметом обсуждения" is ``nominal``'s,
  which reads the noun in all its frames);
* a state by its formal name — "Российская Федерация" (Россия), "Республика Казахстан"
  (Казахстан: the title only beside a place's name);
* a currency named with its country — "в долларах США", "в российских рублях", "in US
  dollars": a unit of money, not a country the article could fail to mention;
* "разместил публикацию/пост" — "опубликовал", before a piece of writing only;
* a light verb in the passive — "в каком объёме осуществляется товарооборот", "в каких
  отраслях реализуются проекты": the report's way of saying a thing goes on, whose noun
  carries all the meaning (dropped: "какой объём товарооборота", "в каких отраслях проекты").

Each phrase is read as its plain equivalent (or dropped) only as a whole run of words, so a
question about a "перспектива" or an "экспертиза" of its own keeps them when they stand
outside such a phrase — only the listed forms are rewritten. The table is kept apart from the
other formal tables (``deference``, ``courtesy``) so that each class reads on its own.
"""

from __future__ import annotations

from bot.language.lexicon import word_set
from bot.language.morphology import parse
from bot.language.parties import adjective_country
from bot.language.periphrasis import inflected_like
from bot.language.text import fold_word, is_cyrillic

# A formal phrase (its folded words) and the plain words it is read as (none: dropped).
_PHRASES: tuple[tuple[str, str], ...] = (
    # hedges about the asker's knowledge: Russian
    ("насколько известно", ""),
    ("насколько мне известно", ""),
    ("насколько нам известно", ""),
    ("насколько я знаю", ""),
    ("насколько я понимаю", ""),
    ("насколько можно судить", ""),
    ("если я не ошибаюсь", ""),
    ("если не ошибаюсь", ""),
    ("в целом", ""),
    ("формально говоря", ""),
    ("строго говоря", ""),
    # significance "given" to a thing, in the passive or by a light verb: "какое значение
    # придаётся визиту", "какое значение имеет визит" ask what "каково значение визита" asks —
    # no giver named, no verb a passage must hold
    ("какое значение придается", "каково значение"),
    ("какое значение придавалось", "каково значение"),
    ("какое значение придают", "каково значение"),
    ("какое значение имеет", "каково значение"),
    # hedges: English
    ("formally speaking", ""),
    ("strictly speaking", ""),
    ("technically speaking", ""),
    ("officially speaking", ""),
    ("if i understand correctly", ""),
    ("if i understand rightly", ""),
    ("if i understood correctly", ""),
    ("if i m not mistaken", ""),
    ("if i am not mistaken", ""),
    ("as far as is known", ""),
    ("as far as i know", ""),
    ("as far as we know", ""),
    ("as far as i understand", ""),
    # "as far as the experts quoted are aware": what the text tells, asked of those it quotes
    *(
        (f"as far as {who} {know}", "")
        for who in (
            "anyone",
            "i",
            "we",
            "the experts",
            "the experts quoted",
            "the commentators",
            "the analysts",
        )
        for know in ("know", "knows", "are aware", "is aware", "am aware", "m aware")
    ),
    ("as i understand it", ""),
    ("as i understand", ""),
    ("to the best of my knowledge", ""),
    ("merely", ""),
    # times said in officialese: the plain "сегодня" ("сейчас" would not do: a price asked
    # "сейчас" is read as a change over time) and, in English, the plain "now" (the article's
    # English summaries say "today" of the delivery time, so "today" would pull a turnover
    # asked "at present" to it); "in the coming years"
    ("на сегодняшний день", "сегодня"),
    ("на текущий момент", "сегодня"),
    ("на данный момент", "сегодня"),
    ("на настоящий момент", "сегодня"),
    ("в настоящее время", "сегодня"),
    ("по состоянию на сегодня", "сегодня"),
    ("as of today", "now"),
    ("at present", "now"),
    ("at this point in time", "now"),
    ("at the present time", "now"),
    ("в обозримой перспективе", "в ближайшие годы"),
    ("в обозримом будущем", "в ближайшие годы"),
    ("в среднесрочной перспективе", "в ближайшие годы"),
    ("in the foreseeable future", "in the coming years"),
    # the analyst's long run is the article's "в перспективе", "in the future"
    *(
        (f"{over} the {long} {run}", "in the future")
        for over in ("in", "over")
        for long in ("long", "longer")
        for run in ("run", "term")
    ),
    # an analyst's Latin for a year's figure: "tonnes per annum" is "tonnes a year"
    ("per annum", "a year"),
    # projects that "come online" are implemented, as the article's English says
    ("come online", "are implemented"),
    ("comes online", "is implemented"),
    ("came online", "were implemented"),
    # "as opposed to what Astana needs": the contrast is the asker's framing
    ("as opposed to", "and"),
    # amounts in officialese: "в долларовом выражении" is "в долларах"
    ("в долларовом выражении", "в долларах"),
    ("в долларовом эквиваленте", "в долларах"),
    # "вклад в денежном выражении": the money of it, which a passage must give as a sum
    ("в денежном выражении", "в деньгах"),
    ("в стоимостном выражении", ""),
    # ... and by the other nouns of the same turn: "в денежном эквиваленте", "в долларовом
    # исчислении"
    ("в денежном эквиваленте", "в деньгах"),
    ("в стоимостном эквиваленте", ""),
    ("в денежном исчислении", "в деньгах"),
    ("в долларовом исчислении", "в долларах"),
    ("в стоимостном исчислении", ""),
    ("in dollar terms", "in dollars"),
    ("in monetary terms", ""),
    ("in value terms", ""),
    # "в ходе визита", "в ходе переговоров": during
    ("в ходе", "во время"),
    # a stay: a visit
    ("пребывание", "визит"),
    ("пребывания", "визита"),
    ("пребыванию", "визиту"),
    ("пребыванием", "визитом"),
    ("пребывании", "визите"),
    # "экспертное сообщество": the experts
    ("экспертное сообщество", "эксперты"),
    ("экспертного сообщества", "экспертов"),
    ("экспертному сообществу", "экспертам"),
    ("экспертным сообществом", "экспертами"),
    ("экспертном сообществе", "экспертах"),
    # "сколько в пути груз": how long it goes
    ("в пути", "идет"),
    # a state by its formal name: "Российская Федерация" is Russia (``_STATE_TITLES`` for
    # "Республика Казахстан")
    ("российская федерация", "россия"),
    ("российской федерации", "россии"),
    ("российскую федерацию", "россию"),
    ("российской федерацией", "россией"),
    # "по линии МИД", "по линии железнодорожной инфраструктуры": concerning, through
    ("по линии", "по"),
    # "в части сроков", "в части финансирования": as to
    ("в части", ""),
    # "на предмет соответствия": for, as to ("были предметом обсуждения": ``nominal``)
    ("на предмет", ""),
    # "применительно к значимости отношений": as to — the academic's preposition, whose
    # adverb no passage holds (unknown to the briefing, it weighed as the subject's rarest)
    ("применительно к", ""),
    ("применительно ко", ""),
    # "обсуждались в рамках вопроса о дополнительных инвестициях": about — the question is
    # the asker's scaffolding, the thing after "о" its subject
    ("в рамках вопроса о", "о"),
    ("в рамках вопроса об", "об"),
)


# "разместил публикацию", "разместила пост": to place a piece of writing is to publish it,
# the word news uses ("опубликовал в соцсети"); only before such a piece ("разместить заказ",
# "разместить производство" place other things).
_PLACED = {
    "разместил": "опубликовал",
    "разместила": "опубликовала",
    "разместили": "опубликовали",
    "размещал": "публиковал",
    "размещала": "публиковала",
    "размещали": "публиковали",
    "разместить": "опубликовать",
    "размещает": "публикует",
    "размещают": "публикуют",
}
_PLACED_OWNERS = ("", "свою", "свой", "свои", "эту", "этот", "эти", "данную", "данный")
_PLACED_PIECES = (
    "публикацию",
    "публикации",
    "пост",
    "посты",
    "запись",
    "записи",
    "сообщение",
    "сообщения",
    "материал",
    "материалы",
    "заявление",
    "заявления",
    "обращение",
    "текст",
)
_PLACED_PHRASES: tuple[tuple[str, str], ...] = tuple(
    (" ".join(w for w in (placed, owner, piece) if w), " ".join((published, piece)))
    for placed, published in _PLACED.items()
    for owner in _PLACED_OWNERS
    for piece in _PLACED_PIECES
)


# Light verbs of a report in the passive (``plain_officialese``): "осуществляется
# товарооборот", "реализуются проекты" say only that the thing named goes on — no relation a
# passage must hold. Only the reflexive passive forms: the active "кто осуществляет перевозки",
# "если реализуют проекты" name a doer, and the nouns ("реализация проектов") stay.
_LIGHT_PASSIVES = frozenset(
    {
        "осуществляется",
        "осуществляются",
        "осуществлялся",
        "осуществлялась",
        "осуществлялось",
        "осуществлялись",
        "осуществляться",
        "реализуется",
        "реализуются",
        "реализовываться",
        "реализовывается",
        "реализовываются",
        # "какие меры предусматриваются", "до какого уровня предусматривается сокращение":
        # a report's plan, which the noun says
        "предусматривается",
        "предусматриваются",
        "предусматривалось",
        "предусматривались",
    }
)


# "как осуществляется регистрация", "каким образом реализуются проекты": after a "how" the
# light passive is what is asked — how the thing works (``answer_types.asks_workings``) —
# so it stays.
_HOW_WORDS = frozenset({"как", "how"})


def _asks_how(before: list[str]) -> bool:
    """Whether "как" or "каким образом" stands before a light passive, which then asks how
    the thing named goes on rather than only saying that it does."""
    return any(
        word in _HOW_WORDS or (word == "каким" and before[at + 1 : at + 2] == ["образом"])
        for at, word in enumerate(before)
    )


def _folded(phrase: str) -> tuple[str, ...]:
    return tuple(fold_word(w) for w in phrase.split())


# "казахстанская экспертиза", "местная экспертиза": the experts of a country or a kind — only
# after an adjective qualifying them; "какая экспертиза проводилась" asks of an examination.
_EXPERTISE = {
    "экспертиза": "эксперты",
    "экспертизы": "экспертов",
    "экспертизе": "экспертам",
    "экспертизу": "экспертов",
    "экспертизой": "экспертами",
}


def _qualifies(word: str) -> bool:
    """Is ``word`` an adjective that may qualify experts ("казахстанская", "независимой"),
    not a question's pronoun ("какая", "which")?"""
    parses = parse(word)
    return bool(parses) and parses[0].tag.POS == "ADJF" and "Apro" not in parses[0].tag


# "Республика Казахстан", "Азербайджанская Республика": a state's formal title beside its
# name says nothing the name does not; the article writes "Казахстан". Only beside a place
# name ("в какой республике" keeps its noun).
_STATE_TITLES = frozenset(
    {"республика", "республики", "республике", "республику", "республикой", "республикою"}
)


def _names_a_place(word: str) -> bool:
    """Is ``word`` read first as a place's name ("казахстан", "корея")?"""
    parses = parse(word)
    return bool(parses) and "Geox" in parses[0].tag


def _of_a_place(word: str) -> bool:
    """Is ``word`` an adjective of a place ("азербайджанская", "кыргызской")?"""
    parses = parse(word)
    return (
        bool(parses)
        and parses[0].tag.POS == "ADJF"
        and parses[0].normal_form.endswith(("ский", "цкий"))
    )


def _state_title_at(words: list[str], at: int, out: list[str]) -> bool:
    """Is the word at ``at`` a state's formal title beside its name (``_STATE_TITLES``)?"""
    if words[at] not in _STATE_TITLES:
        return False
    after = words[at + 1] if at + 1 < len(words) else ""
    return bool(after and _names_a_place(after)) or bool(out and _of_a_place(out[-1]))


def _state_named(adjective: str, title: str) -> str:
    """The state an adjective before its formal title names, in the title's case:
    "Турецкой Республикой" → "турцией" — the article names the state, never its adjective
    ("с Турцией", "добавить Турцию"); the adjective as it stands when it names no state the
    reading knows ("Республика Казахстан" has its name after the title)."""
    country = adjective_country(adjective)
    return adjective if country is None else fold_word(inflected_like(country, title))


# A currency named with its country: "в долларах США", "в российских рублях", "in US
# dollars" name a unit of money, not the country — read as the currency alone, so no reply
# says the article never mentions the United States. The country's word is dropped only
# beside a currency's noun (its lemma, or an English form).
_CURRENCIES = frozenset(
    {"доллар", "рубль", "юань", "тенге", "манат", "евро", "фунт", "лира", "сом", "сум", "иена"}
    | {"dollar", "dollars", "rouble", "roubles", "ruble", "rubles", "yuan", "pound", "pounds"}
    | {"euro", "euros", "manat", "manats", "tenge", "lira", "yen"}
)
# Countries written after the currency ("долларов США", "рублей РФ") or, in English, before
# it ("US dollars", "American dollars").
_CURRENCY_COUNTRIES_AFTER = frozenset({"сша", "рф", "кнр", "ссср", "us", "usa"})
_CURRENCY_COUNTRIES_BEFORE_EN = frozenset(
    {"us", "u.s.", "american", "russian", "chinese", "kazakh", "azerbaijani", "turkish"}
)


def _currency(word: str) -> bool:
    """Is ``word`` a currency's noun in any form ("долларах", "рублей", "dollars")?"""
    if not is_cyrillic(word):
        return word in _CURRENCIES
    return any(p.normal_form in _CURRENCIES for p in parse(word)[:2])


def _currency_country_at(words: list[str], at: int, out: list[str]) -> bool:
    """Is the word at ``at`` the country of a currency named beside it ("США" after
    "долларах", "российских" or "US" before "рублях", "dollars")?"""
    word = words[at]
    after = words[at + 1] if at + 1 < len(words) else ""
    if word in _CURRENCY_COUNTRIES_AFTER and out and _currency(out[-1]):
        return True
    if not after or not _currency(after):
        return False
    if is_cyrillic(word):
        return _of_a_place(word)
    return word in _CURRENCY_COUNTRIES_BEFORE_EN


_TABLE: dict[tuple[str, ...], tuple[str, ...]] = {
    _folded(formal): _folded(plain) for formal, plain in (*_PHRASES, *_PLACED_PHRASES)
}
_LONGEST = max(len(formal) for formal in _TABLE)
_SHORTEST_LEFT = 2  # words the question keeps: a phrase that is the whole question stays


# Hearsay in the passive: "the sectors the agreements are SAID TO cover", "what Baku is
# REPORTED TO provide", "which areas are the deals said to cover" ask what "the sectors the
# agreements cover" asks — the attribution is the asker's caution, no "what did X say" (whose
# "said" would ask a statement). The participle, then "to" and a verb: after a form of "be"
# within a few words; not "said to the press", "reported to Minval Politika" (a hearer).
_HEARD = frozenset({"said", "reported", "understood", "believed", "thought", "rumoured"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "s", "re"})
_BE_REACH = 5  # "are the fifteen deals signed in Astana said to": words from "be" to the verb
_HEARERS = word_set(
    """the a an his her their them him me us you our my this that these those reporters
    journalists press media minval"""
)


def _hearsay_at(words: list[str], at: int) -> bool:
    """Does a passive of hearsay ("said to", "reported to") start at ``at``?"""
    return (
        words[at] in _HEARD
        and words[at + 1 : at + 2] == ["to"]
        and at + 2 < len(words)
        and words[at + 2] not in _HEARERS
        and any(w in _BE for w in words[max(0, at - _BE_REACH) : at])
    )


def plain_officialese(words: list[str]) -> list[str]:
    """The folded words of a question with each officialese phrase or hedge read as its
    plain equivalent (see the module's docstring), the longest phrase first at each place;
    unchanged when nothing of the kind is in them or too little would be left."""
    out: list[str] = []
    at = 0
    while at < len(words):
        for size in range(min(_LONGEST, len(words) - at), 0, -1):
            plain = _TABLE.get(tuple(words[at : at + size]))
            if plain is not None:
                out.extend(plain)
                at += size
                break
        else:
            word = words[at]
            if _state_title_at(words, at, out) or _currency_country_at(words, at, out):
                if word in _STATE_TITLES and out:
                    out[-1] = _state_named(out[-1], word)
                at += 1
                continue
            if _hearsay_at(words, at):
                at += 2
                continue
            if word in _LIGHT_PASSIVES and not _asks_how(words[:at]):
                at += 1
                continue
            if word in _EXPERTISE and out and _qualifies(out[-1]):
                word = _EXPERTISE[word]
            out.append(word)
            at += 1
    return out if len(out) >= _SHORTEST_LEFT else words
