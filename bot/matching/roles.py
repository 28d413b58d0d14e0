"""Experts a question names by what they are: "тот депутат из Баку", "казахский политолог",
"the Azerbaijani MP", "деупатт" — read as the expert the knowledge base says is that, or as
every expert it fits ("политолог": both political scientists).

Such a question wants that person's words on its subject, exactly as one naming him by name
does ("что Гусейнов думает про Зангезурский коридор"): his words, or "he did not speak on it"
and who did. Weighed as words of the subject instead, "депутат" and "Баку" picked another
expert's passage on the corridor and answered with it as if it were the MP's.

What each expert is comes from his profile — role, its English, aliases, country — read with
the trades of ``bot.language.professions``; nothing here lists the experts of a briefing. A
role word is read as a person only where a speaker stands: the subject ("депутат считает"),
the source ("по мнению политолога", "мнение депутата"), not what is talked about ("о
депутатах", "сколько депутатов") nor who is asked for ("кто из экспертов", "which MP").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from bot.knowledge.model import Expert, KnowledgeBase
from bot.language.morphology import Morphology, parse
from bot.language.parties import (
    CAPITALS,
    PARTIES,
    adjective_country,
    country_of_adjective,
    party_names,
)
from bot.language.professions import (
    ends_profession,
    mistyped_role,
    names_any_expert,
    profession_of,
    russian_country_adjective,
)
from bot.language.saying import VIEW_DETAIL_NOUNS
from bot.language.text import is_cyrillic, tokens
from bot.records import record

Who = tuple[str, str]  # (briefing id, expert id)

# Words that may stand between a role word and what comes before it: "тот депутат", "the MP".
_DETERMINERS = frozenset({"тот", "этот", "та", "эта", "the", "that", "this", "a", "an"})
# A role word after these is the one asked for, not the one speaking: "какой политолог",
# "which MP", "who is the aide".
_CHOOSING = frozenset(
    {
        "какой",
        "какая",
        "какие",
        "какого",
        "каких",
        "каким",
        "который",
        "которые",
        "кто",
        "чей",
        "which",
        "what",
        "whose",
        "who",
        "whos",
        "s",  # "who's the aide"
    }
)
# "кто из экспертов", "which of the MPs", "one of the analysts": one is asked for among them.
_AMONG = frozenset({"из", "of"})
_PICKING = frozenset({"кто", "which", "one", "никто", "none", "any", "каждый", "each"})
# "по словам одного из казахстанских аналитиков", "one of the Kazakh analysts said": one of
# them speaks, whichever of them the question's subject is of.
_ONE = frozenset(
    {"один", "одного", "одному", "одним", "одном", "одна", "одной", "одну", "one", "1"}
)
# A role word after these is what is counted or talked about: "сколько депутатов", "о
# политологе", "about the analyst", "how many MPs".
_OBJECT_MARKS = frozenset(
    {
        "о",
        "об",
        "обо",
        "про",
        "с",
        "со",
        "к",
        "ко",
        "для",
        "без",
        "при",
        "над",
        "под",
        "между",
        "кроме",
        "насчет",
        "сколько",
        "скольких",
        "несколько",
        "много",
        "about",
        "on",
        "with",
        "to",
        "for",
        "than",
        "many",
        "much",
        "several",
        "regarding",
    }
)
# Cases a Russian role word names a speaker in: "депутат считает", "по мнению политолога",
# "как зовут политолога". Dative, instrumental and prepositional ones are talked about.
_SPEAKING_CASES = frozenset({"nomn", "gent", "accs"})
_FROM = frozenset({"из", "from"})
# "согласно депутату": the preposition of a source, whose noun stands in the dative.
_ACCORDING = frozenset({"согласно"})
_AND = frozenset({"и", "или", "and", "or"})
# English names of a trade of two or three words ("political scientist", "member of
# parliament"), read at their last word.
_LONGEST_NAME = 3


@record
class RoleNaming:
    """Who a question names by his role, and the words it does so with."""

    experts: frozenset[Who]  # none: the role is of nobody the article quotes
    role: str  # the role word as typed
    # the words saying his country, as typed ("казахский", "баку"), and the "one" of "one of"
    qualifiers: frozenset[str]
    # "как аналитик отнёсся к мысли помощника президента": another role word, of one expert
    # and not the speaker — whom the speaker's words are about (``Roles.resolve``)
    mentioned: tuple[RoleNaming, ...] = ()


class Roles:
    """The knowledge base's experts by trade and by country (built once per index)."""

    def __init__(self, kb: KnowledgeBase, morphology: Morphology) -> None:
        self._morphology = morphology
        trades: dict[frozenset[str], set[Who]] = defaultdict(set)
        countries: dict[Who, frozenset[str]] = {}
        everyone: set[Who] = set()
        described: dict[Who, frozenset[str]] = {}
        for briefing in kb.briefings:
            for expert in briefing.experts:
                who = (briefing.id, expert.id)
                everyone.add(who)
                for trade in self._trades_of(expert):
                    trades[trade].add(who)
                countries[who] = _country_forms(expert, morphology)
                described[who] = frozenset(
                    self._lemma(w)
                    for text in (expert.role, expert.role_en, *expert.aliases)
                    for w in tokens(text)
                )
        self._described = described
        self._trades = {trade: frozenset(who) for trade, who in trades.items()}
        self._countries = countries
        self._everyone = frozenset(everyone)

    def _trades_of(self, expert: Expert) -> set[frozenset[str]]:
        """The trades the expert's role, its English and his aliases name ("депутат Милли
        Меджлиса", "MP", "парламентарий"); a Russian role's head noun no trade lists is a
        trade of its own ("историк")."""
        found: set[frozenset[str]] = set()
        texts = [expert.role, expert.role_en]
        texts += [a for a in expert.aliases if not a[:1].isupper() or len(a.split()) > 1]
        for text in texts:
            words = [self._lemma(w) for w in tokens(text)]
            for at in range(len(words)):
                named = self._trade_at(words, at)
                if named is not None:
                    found.add(named[0])
        for part in expert.role.split(","):
            head = _head_noun(part)
            if head is not None and profession_of(self._morphology.lemma(head)) is None:
                found.add(frozenset({self._morphology.lemma(head)}))
        return found

    def _lemma(self, word: str) -> str:
        """A Russian word's lemma; an English word as it stands (``profession_of`` reads its
        plural)."""
        return self._morphology.lemma(word) if is_cyrillic(word) else word

    @staticmethod
    def _trade_at(lemmas: Sequence[str], at: int) -> tuple[frozenset[str], int] | None:
        """The trade named by the words ending at ``at`` ("political scientist" at its
        last word, the longer name first) and the number of its words, or None."""
        if not ends_profession(lemmas[at]):
            return None
        for size in range(min(_LONGEST_NAME, at + 1), 0, -1):
            trade = profession_of(" ".join(lemmas[at - size + 1 : at + 1]))
            if trade is not None:
                return trade, size
        return None

    def resolve(
        self, words: Sequence[str], lemma_of: Callable[[str], str | None]
    ) -> RoleNaming | None:
        """The experts the question names by role where a speaker stands, or None: no role
        word there, a role no quoted person holds (or not of the country said), or two role
        words naming different people — unless one alone is the subject (``_is_subject``).
        ``lemma_of``: the lemma the question's word was read
        as (repaired from a slip), None when it was not read."""
        found: RoleNaming | None = None
        found_subject = False  # the role found names the sentence's subject (nominative)
        others: list[RoleNaming] = []  # role words of one expert each, not the speaker
        lemmas = [self._read(w, lemma_of) for w in words]
        for at, word in enumerate(words):
            named = self._trade_at(lemmas, at)
            trade, first = (named[0], at - named[1] + 1) if named is not None else (None, at)
            anyone = trade is None and names_any_expert(lemmas[at])
            if (trade is None and not anyone) or not self._speaks_here(words, lemmas, first, at):
                continue
            if _joined(words, lemmas, first, at):
                continue  # "внимание экспертов и аналитиков": people of such trades at large
            qualifiers, country = self._country(words, lemmas, first, at)
            if anyone and country is None:
                continue  # "что сказал эксперт": anyone the article quotes
            held = self._everyone if trade is None else self._trades.get(trade, frozenset())
            if not held:
                continue  # "экономист": no trade of the article's people, the words it is
            experts = held
            if country is not None:
                experts = frozenset(w for w in held if self._countries[w] & country)
            if not experts:
                # "российский политолог": of a country none of them is from, nobody the
                # article quotes; "российские эксперты" is a country's view (``parties``)
                return None if trade is None else RoleNaming(frozenset(), word, qualifiers)
            if (
                len(experts) > 1
                and self._plural(word, lemmas[at])
                and self._one_of(words, lemmas, first) is None
            ):
                continue  # "мнение политологов": each of them, which a list of them gives
            one = self._one_of(words, lemmas, first)
            if one is not None:
                qualifiers |= {one}  # "одного из": which of them, no number of the subject
            subject = self._is_subject(word, lemmas[at])
            naming = RoleNaming(experts, word, qualifiers)
            if found is not None and found.experts != experts:
                if subject == found_subject:
                    return None
                if found_subject:
                    # "как аналитик отнёсся к мысли помощника президента": he speaks
                    others.append(self._mention(words, lemmas, at, naming))
                    continue
                others.append(self._mention(words, lemmas, words.index(found.role), found))
            found, found_subject = naming, subject
        if found is None:
            return None
        mentioned = tuple(
            o for o in others if len(o.experts) == 1 and not o.experts & found.experts
        )
        return replace(found, mentioned=mentioned) if mentioned else found

    def asked_of_nobody(
        self, words: Sequence[str], lemma_of: Callable[[str], str | None]
    ) -> str | None:
        """The role word, as typed, of people the question asks for by what they are and
        where they are from ("кто из армянских экспертов", "какие турецкие политологи",
        "which Chinese analysts") when none of the people the article quotes is of that
        country — or None. Who is asked for is nobody the article quotes, as "что думает
        российский политолог" names nobody (``resolve``); read otherwise, the trade alone
        chose the words of somebody from elsewhere."""
        for at, _, country, held in self._roles_of_country(words, lemma_of):
            if not any(self._countries[w] & country for w in held):
                return words[at]
        return None

    def asked_among(
        self, words: Sequence[str], lemma_of: Callable[[str], str | None]
    ) -> RoleNaming | None:
        """The expert of a role and a country the question asks for ("кто из
        азербайджанских депутатов говорил о паромах", "which Azerbaijani MPs talked about
        ferries") when that is one expert alone — or None: no such role where who is asked
        for stands, no country said ("кто из экспертов": anyone, ``Query`` reads it as the
        kind of answer), nobody of them quoted (``asked_of_nobody``), or several (their
        list, or the passage of whichever spoke, answers as it did). He is asked of as "что
        сказал азербайджанский депутат о паромах" asks his words: read as his profile, the
        role and country chose it though he never spoke on it."""
        for at, qualifiers, country, held in self._roles_of_country(words, lemma_of):
            experts = frozenset(w for w in held if self._countries[w] & country)
            return RoleNaming(experts, words[at], qualifiers) if len(experts) == 1 else None
        return None

    def _roles_of_country(
        self, words: Sequence[str], lemma_of: Callable[[str], str | None]
    ) -> Iterator[tuple[int, frozenset[str], frozenset[str], frozenset[Who]]]:
        """Each role asked for with a country ("кто из армянских экспертов", "which
        Azerbaijani MPs"), where who is asked for stands: the role word's position, the
        words qualifying it, the country's names, and the experts holding that role (every
        expert for a bare "эксперт")."""
        lemmas = [self._read(w, lemma_of) for w in words]
        for at in range(len(words)):
            named = self._trade_at(lemmas, at)
            trade, first = (named[0], at - named[1] + 1) if named is not None else (None, at)
            if trade is None and not names_any_expert(lemmas[at]):
                continue
            if not self._asked_for(words, lemmas, first):
                continue
            qualifiers, country = self._country(words, lemmas, first, at)
            if country is None:
                continue
            held = self._everyone if trade is None else self._trades.get(trade, frozenset())
            yield at, qualifiers, country, held

    def of_country(
        self, words: Sequence[str], lemma_of: Callable[[str], str | None]
    ) -> tuple[frozenset[Who], frozenset[str]] | None:
        """The experts a role in the plural with a country names ("казахстанские эксперты",
        "эксперты из Казахстана", "Azerbaijani experts"), however many, and the words naming
        them (role and country, as typed) — or None: no such role, or nobody of it quoted.
        ``resolve`` leaves a plural of several to a list of them; this is that list."""
        lemmas = [self._read(w, lemma_of) for w in words]
        for at, word in enumerate(words):
            named = self._trade_at(lemmas, at)
            trade, first = (named[0], at - named[1] + 1) if named is not None else (None, at)
            if trade is None and not names_any_expert(lemmas[at]):
                continue
            if not self._plural(word, lemmas[at]):
                continue
            qualifiers, country = self._country(words, lemmas, first, at)
            if country is None:
                continue
            held = self._everyone if trade is None else self._trades.get(trade, frozenset())
            experts = frozenset(w for w in held if self._countries[w] & country)
            if not experts:
                return None
            return experts, frozenset({*words[first : at + 1], *qualifiers})
        return None

    def _asked_for(self, words: Sequence[str], lemmas: Sequence[str], first: int) -> bool:
        """Does the role starting at ``first`` stand where who is asked for does ("какие
        политологи", "кто из экспертов", "which analysts")?"""
        start = first
        while start > 0 and self._describes(words[start - 1], lemmas[start - 1]):
            start -= 1
        before = words[start - 1] if start > 0 else ""
        if before in _CHOOSING:
            return True
        return before in _AMONG and start > 1 and words[start - 2] in _PICKING

    def told_of(
        self, words: Sequence[str], lemma_of: Callable[[str], str | None]
    ) -> tuple[RoleNaming, ...]:
        """The experts the statements before a question name by what they are, each one
        alone ("Помощник азербайджанского президента написал …"), as whom the question may
        ask the view of ("Как к этому отнёсся политолог?"), his role's words qualifying him."""
        found = self.resolve(words, lemma_of)
        if found is None or len(found.experts) != 1:
            return found.mentioned if found is not None else ()
        lemmas = [self._read(w, lemma_of) for w in words]
        told = self._mention(words, lemmas, list(words).index(found.role), found)
        return (replace(told, mentioned=()), *found.mentioned)

    def _mention(
        self, words: Sequence[str], lemmas: Sequence[str], at: int, naming: RoleNaming
    ) -> RoleNaming:
        """A role word naming whom the speaker spoke of, with the words after it that say
        more of what that one is ("помощника азербайджанского президента": his profile's
        role says "президента Азербайджана") among its qualifiers: they describe him, as
        his name would, nothing of the subject."""
        if len(naming.experts) != 1:
            return naming
        (who,) = naming.experts
        qualifiers = set(naming.qualifiers)
        for after in range(at + 1, len(words)):
            country = _country_of_word(words[after], lemmas[after])
            if lemmas[after] in self._described[who] or (
                country is not None and country & self._countries[who]
            ):
                qualifiers.add(words[after])
                continue
            break
        return replace(naming, qualifiers=frozenset(qualifiers))

    def anyone_speaking(
        self, words: Sequence[str], lemma_of: Callable[[str], str | None]
    ) -> frozenset[str]:
        """The words, as typed, naming one expert the article quotes, whoever he is, where
        a speaker stands ("какую сумму эксперт считает достижимой", "по словам специалиста"):
        how the question frames what is asked, no word of its subject — nor of any one
        expert's (no country said: "казахстанский эксперт" is ``resolve``'s). Several
        ("эксперты проявили интерес") may be what a passage tells of, and stay — unless one
        of them speaks ("по словам одного из экспертов": "one", too, is no word of the
        subject); so do English words, whose case does not tell the speaker."""
        lemmas = [self._read(w, lemma_of) for w in words]
        found: set[str] = set()
        for at, word in enumerate(words):
            if not is_cyrillic(word) or not names_any_expert(lemmas[at]):
                continue  # English has no case to tell the speaker ("the experts' attention")
            one = self._one_of(words, lemmas, at)
            if self._plural(word, lemmas[at]) and one is None:
                continue
            if not self._speaks_here(words, lemmas, at, at) or _joined(words, lemmas, at, at):
                continue
            if self._country(words, lemmas, at, at)[1] is None:
                found.add(word)
                if one is not None:
                    found.add(one)  # "что сказал один из экспертов": one of them, no number
        return frozenset(found)

    def _read(self, word: str, lemma_of: Callable[[str], str | None]) -> str:
        """The word's lemma as the question was read, or the role word a slip no reading
        repaired is of ("деупатт"), or its own lemma. A Latin word read as a Russian one
        ("the deputat from Baku", "politolog": a role typed in translit inside English) is
        that Russian word."""
        if not is_cyrillic(word):
            read = lemma_of(word)
            return read if read is not None and is_cyrillic(read) else word
        read = lemma_of(word)
        if read is not None:
            return read
        if not self._morphology.is_known_russian(word):
            slip = mistyped_role(word)
            if slip is not None:
                return slip
        return self._morphology.lemma(word)

    def _speaks_here(
        self, words: Sequence[str], lemmas: Sequence[str], first: int, at: int
    ) -> bool:
        """Does the role named by the words ``first`` to ``at`` stand where a speaker does
        (see the module)?"""
        start = first
        while start > 0 and self._describes(words[start - 1], lemmas[start - 1]):
            start -= 1
        before = words[start - 1] if start > 0 else ""
        if before in _ACCORDING:
            return True  # "согласно азербайджанскому депутату": the source, in the dative
        if before == "to" and start > 1 and words[start - 2] == "according":
            return True  # "according to the Kazakh expert": the source, not whom one speaks to
        if before in _CHOOSING or before in _OBJECT_MARKS:
            return False
        if self._one_of(words, lemmas, first) is not None:
            return True  # "по словам одного из аналитиков", "one of the analysts said"
        if before in _AMONG and start > 1 and words[start - 2] in _PICKING:
            return False
        word = words[at]
        if not is_cyrillic(word) or not self._morphology.is_known_russian(word):
            return True  # English has no cases; a slip's case is unknown
        cases = {p.tag.case for p in parse(word) if p.normal_form.replace("ё", "е") == lemmas[at]}
        if "ablt" in cases and start > 0 and lemmas[start - 1] in VIEW_DETAIL_NOUNS:
            return True  # "оценка экспертом объёма": who judges, in the instrumental
        return not cases or bool(cases & _SPEAKING_CASES)

    def _one_of(self, words: Sequence[str], lemmas: Sequence[str], first: int) -> str | None:
        """The word "one", as typed, where "one of" stands before the role starting at
        ``first`` as its speaker ("по словам одного из казахстанских аналитиков", "one of the
        Kazakh analysts said"; the reading has made "одного" a "1") — or None. One of
        several then speaks, as "казахстанский аналитик" does — not one asked for ("which
        one of the analysts") nor one talked about ("с одним из политологов", "about one of
        the MPs")."""
        start = first
        while start > 0 and self._describes(words[start - 1], lemmas[start - 1]):
            start -= 1
        if start < 2 or words[start - 1] not in _AMONG or words[start - 2] not in _ONE:
            return None
        before = words[start - 3] if start > 2 else ""
        if before in _CHOOSING or before in _OBJECT_MARKS or before in _PICKING:
            return None
        return words[start - 2]

    def _is_subject(self, word: str, lemma: str) -> bool:
        """Is the Russian role word only in the nominative ("аналитик отнёсся"), the one who
        acts — of two role words naming different people, the speaker asked about; the
        other ("к мысли помощника президента") is whose idea he spoke of."""
        if not is_cyrillic(word) or not self._morphology.is_known_russian(word):
            return False
        cases = {p.tag.case for p in parse(word) if p.normal_form.replace("ё", "е") == lemma}
        return cases == {"nomn"}

    def _plural(self, word: str, lemma: str) -> bool:
        """Is the role word plural ("политологов", "analysts")? A slip's number is unknown:
        singular."""
        if not is_cyrillic(word):
            return word != lemma and word.endswith("s") and profession_of(word[:-1]) is not None
        if not self._morphology.is_known_russian(word):
            return False
        numbers = {p.tag.number for p in parse(word) if p.normal_form.replace("ё", "е") == lemma}
        return numbers == {"plur"}

    def _describes(self, word: str, lemma: str) -> bool:
        """A word standing before a role word to say which one: "тот", "the", an adjective
        ("казахский", "Azerbaijani", "известный")."""
        if word in _CHOOSING:
            return False  # "какие" is an adjective too, but asks which one
        if word in _DETERMINERS or _country_of_word(word, lemma) is not None:
            return True
        return is_cyrillic(word) and any(p.tag.POS == "ADJF" for p in parse(word)[:1])

    def _country(
        self, words: Sequence[str], lemmas: Sequence[str], first: int, at: int
    ) -> tuple[frozenset[str], frozenset[str] | None]:
        """The words saying the role's country ("казахский политолог", "депутат из Баку",
        "the Azerbaijani MP", "analyst from Kazakhstan") and that country's forms."""
        qualifiers: set[str] = set()
        country: frozenset[str] | None = None
        before = first - 1
        while before >= 0 and self._describes(words[before], lemmas[before]):
            found = _country_of_word(words[before], lemmas[before])
            if found is not None:
                qualifiers.add(words[before])
                country = found if country is None else country & found
            before -= 1
        if at + 2 < len(words) and words[at + 1] in _FROM:
            place = lemmas[at + 2]
            found = party_names(CAPITALS.get(place, place))
            if found:
                qualifiers |= {words[at + 1], words[at + 2]}
                country = found if country is None else country & found
        return frozenset(qualifiers), country


def _joined(words: Sequence[str], lemmas: Sequence[str], first: int, at: int) -> bool:
    """Is the role joined by "и"/"and"/"or" to another role word ("экспертов и аналитиков",
    "experts and analysts")?"""
    before = lemmas[first - 2] if first > 1 and words[first - 1] in _AND else ""
    after = lemmas[at + 2] if at + 2 < len(words) and words[at + 1] in _AND else ""
    return any(w and (profession_of(w) is not None or names_any_expert(w)) for w in (before, after))


def _country_of_word(word: str, lemma: str) -> frozenset[str] | None:
    """The forms of the country an adjective names ("казахский", "azerbaijani", "azeri"),
    or None."""
    if is_cyrillic(word):
        for party in PARTIES:
            if russian_country_adjective(lemma, party.nominative):
                return party.forms
        # "турецкий", "армянский": adjectives not made by the regular endings
        country = adjective_country(word)
        party = next((p for p in PARTIES if p.nominative == country), None)
        return party.forms if party is not None else None
    name = country_of_adjective(word)
    return party_names(name) or None if name is not None else None


def _country_forms(expert: Expert, morphology: Morphology) -> frozenset[str]:
    """The forms of the expert's country a question may say it by (``parties``), or its
    names as the profile writes them."""
    forms = party_names(expert.country) | party_names(expert.country_en)
    if forms:
        return forms
    names = (expert.country, expert.country_en)
    return frozenset(morphology.lemma(n.lower()) for n in names if n)


def _head_noun(part: str) -> str | None:
    """The first noun of a role's part in the nominative, if it names a living being
    ("депутат" of "депутат Милли Меджлиса", "политолог" of "казахстанский политолог")."""
    words = part.split()
    for at, word in enumerate(words):
        parses = parse(word.strip(",.").lower())
        if parses and parses[0].tag.POS == "NOUN":
            tag = parses[0].tag
            if tag.case != "nomn" or tag.animacy != "anim":
                return None
            # "член … группы", "помощник президента": a relation to someone, no trade
            # ("депутат Милли Меджлиса" names the body he sits in, with a capital)
            following = words[at + 1 : at + 2]
            return word.lower() if not following or following[0][:1].isupper() else None
    return None
