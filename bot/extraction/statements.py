"""Who said what: direct quotes, reported speech and the article's own statements.

Attribution follows how Russian news is written. A quotation is attributed by the frame
after it ("», — подчеркнул он") or around it ("По словам X, … «…»"); reported speech by
"По словам/мнению X, …" or "X отметил, что …"; sentences after a frame continue the same
speaker until the paragraph ends. Pronouns and role nouns ("он", "эксперт") resolve to the
person currently speaking when gender and role fit — not merely to the last name mentioned,
which is often the person being talked about ("публикацию … Гаджиева").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extraction.mentions import Mention, Person
from bot.extraction.roles import is_adjective
from bot.extraction.structure import (
    WORD,
    Paragraph,
    Sentence,
    Shape,
    quoted_ranges,
    sentences_of,
)
from bot.knowledge.interview import names_the_answerer
from bot.knowledge.model import QuoteKind
from bot.language.lexicon import FEMALE_PRONOUNS, MALE_PRONOUNS, word_set
from bot.language.morphology import parse
from bot.language.names import may_be_genitive, may_be_nominative
from bot.language.speech import SOURCE_FRAME

SPEECH_VERBS = word_set(
    "отметить подчеркнуть заявить сказать добавить заключить резюмировать пояснить уточнить "
    "сообщить считать полагать выразить выделить указать признать охарактеризовать привести "
    "предложить рассказать говорить констатировать акцентировать оценить назвать напомнить "
    "уверить убедить признаться обратить предупредить допустить убеждённый уверенный "
    "убежденный возразить ответить объяснить заметить отмечать подчёркивать подчеркивать "
    "согласиться посетовать пожаловаться спрогнозировать прогнозировать указывать настаивать "
    "заверить пообещать призвать подытожить высказаться добавлять написать сообщать "
    "утверждать уверять считающий возмутиться возмущаться уточнять пояснять объяснять"
)
# Verbs that attribute only right after a quotation ("«…», — парировал депутат"): elsewhere
# they mean something else ("бросил работу", "прокомментировал публикацию", "продолжат расти").
TRAILING_VERBS = SPEECH_VERBS | word_set(
    "парировать бросить отрезать пошутить вздохнуть продолжить спросить прокомментировать "
    "комментировать удивиться"
)
GENERIC_ROLES = word_set("эксперт аналитик спикер специалист")
_SKIPPABLE = word_set("также отдельно ещё еще уже вновь тоже лишь затем же")
# "тот"/"та" ("где тот отметил") stand for someone other than the sentence's subject.
_OTHER_PRONOUNS = frozenset({"тот", "та"})
_MALE_PRONOUNS = MALE_PRONOUNS | {"тот"}
_FEMALE_PRONOUNS = FEMALE_PRONOUNS | {"та"}
_TRAILING_FRAME = re.compile(r"[»”]\s*,?\s*[—–-]\s*(?P<verb>[а-яё]+)\s+(?P<subject>.+?)\s*[.!?…]*$")
MIN_QUOTE_WORDS = 5
MIN_FRAMED_QUOTE_WORDS = 3
_HEARSAY = re.compile(r"(?<!\w)(?:якобы|по слухам|утверждают источники|ходят слухи)(?!\w)", re.I)
# "напомнил слова Аймагамбетова: «…»": the verb's object is someone else's words.
_SOMEONE_ELSES_WORDS = re.compile(r"^\s*(?:слова|слов|фразу|цитату|высказывание|мнение)\b", re.I)


@dataclass(frozen=True, slots=True)
class Statement:
    speaker: Person | None
    kind: QuoteKind
    paragraph: int
    start: int  # offsets inside the paragraph
    end: int
    text: str


@dataclass
class _State:
    people: list[Person]
    focus: Person | None = None
    paragraph: int = 0
    answerer: Person | None = None  # inside an interview answer: "он" is never the answerer
    focus_at: tuple[int, int] = (-1, -1)  # (paragraph, offset) where the focus took the floor
    floor_unknown: bool = False  # someone we cannot name spoke last: "он" proves nobody
    texts: list[str] | None = None

    def mentioned_before(self, paragraph: int, offset: int) -> list[Person]:
        """People mentioned up to this point in the last three paragraphs, latest first."""
        seen: list[tuple[tuple[int, int], Person]] = []
        for person in self.people:
            last = None
            for mention in person.mentions:
                if paragraph - 3 <= mention.paragraph < paragraph or (
                    mention.paragraph == paragraph and mention.start < offset
                ):
                    last = (mention.paragraph, mention.start)
            if last is not None:
                seen.append((last, person))
        return [person for _, person in sorted(seen, key=lambda item: item[0], reverse=True)]


def is_statement_quote(text: str, *, framed: bool = False) -> bool:
    """«…» holding words someone said, not a company, ship, slogan or number («5+1»)."""
    words = WORD.findall(text)
    enough = MIN_FRAMED_QUOTE_WORDS if framed else MIN_QUOTE_WORDS
    return len(words) >= enough and any(w[:1].islower() for w in words)


def extract_statements(paragraphs: list[Paragraph], people: list[Person]) -> list[Statement]:
    state = _State(people, texts=[p.text for p in paragraphs])
    introduced = _interviewee(paragraphs, people)
    statements: list[Statement] = []
    for paragraph in paragraphs:
        state.paragraph = paragraph.number
        if paragraph.shape in {Shape.HEADING, Shape.TABLE, Shape.QUESTION}:
            continue
        answerer = _answerer(paragraph, introduced, people)
        answer = answerer is not None  # an answer nobody can be proven to give is prose
        state.answerer = answerer
        speaker: Person | None = answerer
        own: list[Sentence] = []  # the answerer's own sentences, merged into one quote
        for sentence in sentences_of(paragraph):
            found = _attribute(sentence, paragraph, state)
            if found is not None and found[0] is None:
                # A frame nobody can be proven to own. In an answer it is still the
                # answerer's sentence ("как говорят в министерстве, …"); elsewhere it is the
                # article's, and whoever was speaking has stopped.
                if not answer:
                    statements.extend(found[1])
                    speaker = None
                    state.focus, state.floor_unknown = None, True
                    state.focus_at = (paragraph.number, sentence.start)
                    continue
                found = None
            if (
                found is not None
                and answer
                and found[0] is not answerer
                and not any(s.kind is QuoteKind.DIRECT for s in found[1])
            ):
                found = None  # "Мурашко заявил, что …, и я согласна": the answerer's words
            if found is not None:
                who, spans = found
                statements.extend(spans)
                if answer and who is not answerer:
                    statements.extend(_merged(own, paragraph, answerer))
                    own = []
                    continue
                speaker = who
                state.focus, state.floor_unknown = who, False
                state.focus_at = (paragraph.number, sentence.end)
                if not answer:
                    continue
            if answer:
                own.append(sentence)
            elif speaker is not None and not _someone_else_speaks(sentence, speaker, state):
                statements.append(_span(speaker, QuoteKind.REPORTED, sentence))
            else:
                speaker = None
                statements.append(_span(None, QuoteKind.ARTICLE, sentence))
        statements.extend(_merged(own, paragraph, answerer))
    state.answerer = None
    return [s for s in statements if len(WORD.findall(s.text)) >= 3 or s.kind is QuoteKind.ARTICLE]


_JOURNALIST_OPENINGS = ("между тем", "тем временем", "напомним", "справочно", "однако")


def _someone_else_speaks(sentence: Sentence, speaker: Person, state: _State) -> bool:
    """A sentence without a frame continues the speaker — unless the journalist has taken
    over ("Между тем …", "Напомним …") or another person is its subject ("Во время интервью
    заходил финансовый директор Андрей Белов")."""
    if sentence.text.lower().startswith(_JOURNALIST_OPENINGS):
        return True
    quotes = quoted_ranges(sentence.text)
    for person in state.people:
        if person is speaker:
            continue
        for mention in person.mentions:
            local = mention.start - sentence.start
            if (
                mention.paragraph == sentence.paragraph
                and 0 <= local < len(sentence.text)
                and not any(s <= local < e for s, e in quotes)
                and _nominative_mention(person, mention)
            ):
                return True
    return False


def _interviewee(paragraphs: list[Paragraph], people: list[Person]) -> dict[int, Person]:
    """Who answers each answer paragraph: the one person named by the nearest earlier
    paragraph that is not a turn and names anyone ("Водитель такси Рустам Хайруллин:"), else
    by the introduction. Two people named there: nobody can be assumed."""
    first_turn = next((p.number for p in paragraphs if p.shape is Shape.QUESTION), None)
    if first_turn is None:
        return {}
    turns = {Shape.QUESTION, Shape.ANSWER}

    def named_in(numbers: set[int]) -> list[Person]:
        return [p for p in people if any(m.paragraph in numbers for m in p.mentions)]

    introduction = named_in(set(range(first_turn)))
    answerers: dict[int, Person] = {}
    current = introduction
    for paragraph in paragraphs[first_turn:]:
        if paragraph.shape not in turns:
            named = named_in({paragraph.number})
            if named:
                current = named
        elif paragraph.shape is Shape.ANSWER and len(current) == 1:
            answerers[paragraph.number] = current[0]
    return answerers


def _answerer(
    paragraph: Paragraph, introduced: dict[int, Person], people: list[Person]
) -> Person | None:
    if paragraph.shape is not Shape.ANSWER:
        return None
    if names_the_answerer(paragraph.label):
        label = (paragraph.label or "").lower()
        owners = [p for p in people if label.startswith(p.stem)]
        return owners[0] if len(owners) == 1 else None
    return introduced.get(paragraph.number)


def _merged(own: list[Sentence], paragraph: Paragraph, who: Person | None) -> list[Statement]:
    if not own or who is None:
        return []
    start, end = own[0].start, own[-1].end
    return [
        Statement(who, QuoteKind.DIRECT, paragraph.number, start, end, paragraph.text[start:end])
    ]


def _span(who: Person | None, kind: QuoteKind, sentence: Sentence) -> Statement:
    return Statement(who, kind, sentence.paragraph, sentence.start, sentence.end, sentence.text)


def _attribute(
    sentence: Sentence, paragraph: Paragraph, state: _State
) -> tuple[Person | None, list[Statement]] | None:
    """The sentence's speaker and its spans, when the sentence carries its own frame.

    None: no frame, the sentence may continue the paragraph's speaker. ``(None, spans)``: a
    frame whose speaker cannot be proven ("— заявили в прокуратуре", "по данным Росстата",
    "считают эксперты"): the sentence is the article's and the speaker's turn ends here.
    """
    text = sentence.text
    trailing = _TRAILING_FRAME.search(text)
    framed = trailing is not None and _is_speech_verb(trailing.group("verb"), TRAILING_VERBS)
    # A short quotation closed by "— сказала она" is a statement all the same.
    quotes = [
        (s, e) for s, e in quoted_ranges(text) if is_statement_quote(text[s:e], framed=framed)
    ]
    if quotes and trailing and not _is_speech_verb(trailing.group("verb"), TRAILING_VERBS):
        return _unknown(sentence)  # "«…», — <a verb we do not know> …": someone, not the last one
    if _HEARSAY.search(text):
        return _unknown(sentence)  # "якобы заявила", "по слухам": a rumour is nobody's words
    if quotes and trailing:
        verb = trailing.group("verb")
        if _plural_verb(verb):
            return _unknown(sentence)
        who = _subject_in_phrase(
            trailing.group("subject"), sentence, trailing.start("subject"), state, _gender(verb)
        )
        if who is None:
            return _unknown(sentence)
        return who, [_direct(who, sentence, s, e) for s, e in quotes]
    source = SOURCE_FRAME.search(text)
    verb = _speech_verb(sentence, state)
    if source and source.start() > 0 and verb is not None and verb[0] is not None:
        source = None  # "где тот отметил …, по его словам, …": the named subject decides
    if source:
        who, after = _source_of(source, sentence, state)
        if who is None:
            return _unknown(sentence)
        spans = [_direct(who, sentence, s, e) for s, e in quotes]
        if source.start() == 0 and after is not None:
            spans[:0] = _reported(who, sentence, after, quotes)
        else:
            spans.insert(0, _span(who, QuoteKind.REPORTED, sentence))
        return who, [s for s in spans if s.text]
    if verb is not None:
        who, content_start, content_end = verb
        if who is None:
            return _unknown(sentence)
        spans = [_direct(who, sentence, s, e) for s, e in quotes]
        if content_end is not None:
            # "В России выявили на 7% больше случаев, сообщил министр Мурашко."
            clause = _trim(text[:content_end])
            if len(WORD.findall(clause)) >= 3 and not quotes:
                return who, [_part(who, sentence, clause)]
            return who, spans
        body = text[content_start:].strip() if content_start is not None else ""
        if content_start is not None and len(WORD.findall(body)) < 3 and not quotes:
            # "Отдельно депутат выделил тему энергетики.": the article's framing of what the
            # speaker says next, kept as the answer's lead rather than as his words.
            return who, [Statement(who, QuoteKind.ARTICLE, *_where(sentence), sentence.text)]
        if content_start is not None and not quotes and _names_a_topic(text, content_start):
            # "рассказал о ситуации на рынке", "ответил на вопросы": what he spoke about,
            # not what he said — the article's framing, kept as the answer's lead.
            return who, [Statement(who, QuoteKind.ARTICLE, *_where(sentence), sentence.text)]
        if len(WORD.findall(body)) >= 3 and content_start is not None:
            spans[:0] = _reported(who, sentence, content_start, quotes)
        return who, spans
    return None


def _names_a_topic(text: str, content_start: int) -> bool:
    """The verb's object is a topic, not a statement: it opens with a preposition or a
    possessive ("о ситуации", "на вопросы", "нашему изданию")."""
    if text[:content_start].rstrip().endswith(("что", ":")):
        return False  # "отметил, что в марте …": a clause, whatever its first word
    first = WORD.search(text, content_start)
    if first is None or text[content_start : first.start()].strip():
        return False
    parses = parse(first.group(0).lower())
    return bool(parses) and (
        parses[0].tag.POS == "PREP"
        or ("Apro" in parses[0].tag and "datv" in parses[0].tag)
        or (parses[0].tag.POS == "NOUN" and parses[0].tag.case == "datv")  # "журналистам о …"
    )


def _part(who: Person, sentence: Sentence, text: str) -> Statement:
    offset = sentence.start + sentence.text.index(text)
    return Statement(who, QuoteKind.REPORTED, sentence.paragraph, offset, offset + len(text), text)


def _unknown(sentence: Sentence) -> tuple[None, list[Statement]]:
    return None, [_span(None, QuoteKind.ARTICLE, sentence)]


def _gender(verb: str) -> str | None:
    """ "отметила" → f, "отметил" → m; present tense says nothing."""
    lower = verb.lower()
    if lower.endswith(("ла", "лась")):
        return "f"
    if lower.endswith(("л", "лся")):
        return "m"
    return None


def _plural_verb(verb: str) -> bool:
    """ "заявили", "считают": a group or an institution, never one person."""
    lower = verb.lower()
    if lower.endswith(("ли", "лись")):
        return True
    parses = [p for p in parse(lower)[:2] if p.tag.POS == "VERB"]
    return bool(parses) and all("plur" in p.tag for p in parses)


def _subject_in_phrase(
    phrase: str, sentence: Sentence, offset_in_sentence: int, state: _State, gender: str | None
) -> Person | None:
    """Who "— отметил <phrase>" names: a person in the nominative whose gender fits the verb,
    else a pronoun or role noun; a name nobody knows ("Эрдоган", "пресс-службе Клычкова")
    proves nobody — it must not fall back on the last speaker."""
    words = list(WORD.finditer(phrase))
    base = sentence.start + offset_in_sentence
    named = False
    for word in words:
        person, mention = _mention_at(state, sentence.paragraph, base + word.start())
        if person is None:
            named = named or word.group(0)[:1].isupper()
            continue
        named = True
        if _nominative_mention(person, mention) and gender in (None, person.gender):
            return person
    if named:
        return None
    qualifiers: list[str] = []
    for word in words[:3]:
        if _is_adjective(word.group(0)):
            qualifiers.append(word.group(0).lower())  # "турецкий министр", "российский …"
            continue
        found = _resolve_word(word.group(0), sentence, base, state, gender)
        if found is not None and _fits(found, qualifiers):
            return found
        if found is not None:
            return None
    return None


def _fits(person: Person, qualifiers: list[str]) -> bool:
    """ "турецкий министр" is not Лавров: each adjective must agree with the role or country."""
    known = f"{person.role} {person.country}".lower()
    return all(q[:5] in known for q in qualifiers if q not in _PLAIN_ADJECTIVES)


_PLAIN_ADJECTIVES = word_set("наш этот тот этот же другой сам весь")


def _reported(
    who: Person, sentence: Sentence, start: int, quotes: list[tuple[int, int]]
) -> list[Statement]:
    """The reported words from ``start`` (an offset in the sentence) to its end, trimmed —
    none when they are only a quotation ("заявил: «…»" is his direct speech already)."""
    body = _trim(sentence.text[start:])
    if not body:
        return []
    quoted = sum(e - s for s, e in quotes if s >= start)
    if quoted and quoted >= 0.8 * len(body):
        return []
    offset = sentence.start + sentence.text.index(body, start)
    return [
        Statement(who, QuoteKind.REPORTED, sentence.paragraph, offset, offset + len(body), body)
    ]


def _where(sentence: Sentence) -> tuple[int, int, int]:
    return sentence.paragraph, sentence.start, sentence.end


def _trim(text: str) -> str:
    return text.strip().lstrip(",;:—– ").rstrip(".;:,").rstrip()


def _direct(who: Person, sentence: Sentence, start: int, end: int) -> Statement:
    text = sentence.text[start:end]
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    offset = sentence.start + start + lead
    return Statement(
        who, QuoteKind.DIRECT, sentence.paragraph, offset, offset + len(stripped), stripped
    )


def _is_speech_verb(word: str, verbs: frozenset[str] = SPEECH_VERBS) -> bool:
    return any(p.normal_form in verbs for p in parse(word.lower())[:2])


def _resolve_word(
    word: str, sentence: Sentence, offset: int, state: _State, gender: str | None = None
) -> Person | None:
    """A pronoun or role noun → the person meant.

    Who is speaking wins (the focus), unless a person of the right gender has since been
    introduced as a subject in this paragraph ("Политолог Олег Сидоров с этим не согласен.
    «…», — считает он."). ``gender`` comes from the verb ("отметила эксперт").
    """
    lower = word.lower()
    recent = [
        p for p in state.mentioned_before(sentence.paragraph, offset) if p is not state.answerer
    ]
    if lower in _MALE_PRONOUNS or lower in _FEMALE_PRONOUNS:
        gender = "m" if lower in _MALE_PRONOUNS else "f"
    if gender is not None:
        recent = [p for p in recent if p.gender == gender]
    if lower in _OTHER_PRONOUNS:
        others = [p for p in recent if p is not state.focus]
        return others[0] if others else None
    introduced = _introduced_since_focus(sentence, offset, state, recent)
    if lower in _MALE_PRONOUNS or lower in _FEMALE_PRONOUNS:
        if introduced is not None:
            return introduced
        if state.focus is not None and state.focus in recent:
            return state.focus
        if state.floor_unknown:
            return None  # "— заявил аким. … — добавил он": the unnamed one, not the last name
        return recent[0] if recent else None
    if lower in {"их", "они"}:
        return None
    nouns = [p for p in parse(lower)[:2] if p.tag.POS == "NOUN"]
    if not nouns or all("plur" in p.tag for p in nouns):
        return None  # "эксперты", "аналитики": a group is nobody in particular
    lemmas = {p.normal_form for p in nouns}
    if lemmas & GENERIC_ROLES:
        if introduced is not None:
            return introduced
        if state.focus is not None and state.focus in recent:
            return state.focus
        return next((p for p in recent if p.role), None)
    for candidate in ([state.focus] if state.focus in recent else []) + recent:
        if (
            candidate is not None
            and candidate.role
            and any(lemma[:5] in candidate.role.lower() for lemma in lemmas)
        ):
            return candidate
    # "Остапенко также отметил … По мнению экономиста, …": a role word nobody's role holds,
    # right after this paragraph's own speaker took the floor, is that speaker.
    if (
        state.focus is not None
        and state.focus in recent
        and state.focus_at[0] == sentence.paragraph
        and _is_person_noun(word)
    ):
        return state.focus
    return None


def _introduced_since_focus(
    sentence: Sentence, offset: int, state: _State, fitting: list[Person]
) -> Person | None:
    """The latest person named as a subject (nominative, outside quotes) in this paragraph,
    before ``offset`` and after the current speaker took the floor."""
    paragraph_text = state.texts[sentence.paragraph] if state.texts else ""
    quotes = quoted_ranges(paragraph_text)
    best: tuple[int, Person] | None = None
    for person in fitting:
        for mention in person.mentions:
            if mention.paragraph != sentence.paragraph or mention.start >= offset:
                continue
            if (mention.paragraph, mention.start) < state.focus_at:
                continue
            if any(s <= mention.start < e for s, e in quotes):
                continue
            if _nominative_mention(person, mention) and (best is None or mention.start > best[0]):
                best = (mention.start, person)
    return best[1] if best and best[1] is not state.focus else None


def _source_of(
    frame: re.Match[str], sentence: Sentence, state: _State
) -> tuple[Person | None, int | None]:
    """Who "по словам …" names, and where the reported words start (after its comma).

    Only a person the frame itself names: "по словам политолога Руслана Тусупбекова",
    "по его словам", "по словам эксперта". Not "по словам источника, близкого к Савельеву",
    not "по данным Росстата", not two people at once ("Петрова и его заместителя …").
    """
    text = sentence.text
    pronoun = frame.group("pronoun")
    if pronoun:
        if pronoun == "их":
            return None, None
        who = _resolve_word(pronoun, sentence, sentence.start + frame.start(), state)
        comma = text.find(",", frame.end())
        return who, (comma + 1 if comma >= 0 and comma - frame.end() < 3 else None)
    rest_start = frame.end()
    words = list(WORD.finditer(text, rest_start))
    if not words:
        return None, None
    head = next((w for w in words if not _is_adjective(w.group(0))), words[0])
    person, mention = _mention_at(state, sentence.paragraph, sentence.start + head.start())
    if person is None and not _is_person_noun(head.group(0)):
        return None, None  # "источника", "данным Росстата", "экспертов"
    if person is not None and head is not words[0]:
        return None, None  # "по словам знакомых Савельева": the words are not his
    candidates = sorted(
        (mention.start - sentence.start, mention.end - sentence.start, person, mention)
        for person in state.people
        for mention in person.mentions
        if mention.paragraph == sentence.paragraph
        and rest_start <= mention.start - sentence.start < rest_start + 160
    )
    for local, local_end, person, mention in candidates[:1]:
        between = text[rest_start:local]
        if ("," in between and not _apposition(between)) or " и " in between:
            break
        if not _genitive_mention(person, mention):
            break
        comma = text.find(",", local_end)
        if " и " in text[local_end : comma if comma >= 0 else len(text)][:40]:
            return None, None  # "по словам Петрова и Смирновой": two people, neither alone
        return person, (comma + 1 if comma >= 0 else None)
    word = words[0]
    who = _resolve_word(word.group(0), sentence, sentence.start + word.start(), state)
    comma = text.find(",", word.end())
    return who, (comma + 1 if comma >= 0 and comma - word.end() < 2 else None)


def _is_adjective(word: str) -> bool:
    """A lower-case adjective or participle ("казахстанского", "турецкий")."""
    return word[:1].islower() and is_adjective(word.lower())


def _is_person_noun(word: str) -> bool:
    """An animate noun in the singular, written in lower case: "политолога", "эксперта".

    Capitalised words are names of people or bodies ("Росстата"), never a role word.
    """
    return word[:1].islower() and any(
        p.tag.POS == "NOUN" and p.tag.animacy == "anim" and "sing" in p.tag
        for p in parse(word.lower())[:2]
    )


def _genitive_mention(person: Person, mention: Mention) -> bool:
    """ "по словам Гусейнова" names him in the genitive; "к Савельеву" is someone else's."""
    return may_be_genitive(mention.surname, mention.surname_ending, person.gender)


def _apposition(between: str) -> bool:
    """ "депутата Милли Меджлиса, члена … группы": commas between role phrases, no verb —
    each part after a comma opens with a word for a person ("члена"), so "тренера, на
    финале Гран-при Петросян …" is a role and then the reported clause, not one phrase."""
    if any(
        p.tag.POS in {"VERB", "GRND", "CONJ"}
        for w in WORD.findall(between)
        for p in parse(w.lower())[:1]
    ):
        return False
    parts = between.split(",")[1:]
    for part in parts:
        words = [w for w in WORD.findall(part) if not _is_adjective(w)]
        if not words or not _is_person_noun(words[0]):
            return False  # "министра, Хинштейн проверит": a new clause, not an apposition
    return True


def _speech_verb(
    sentence: Sentence, state: _State
) -> tuple[Person | None, int | None, int | None] | None:
    """ "Гусейнов отметил, что …", "Эксперт выразил надежду, что …", "где тот отметил …".

    The first verb of saying outside quotation marks decides, and gives (speaker, start, end)
    of the reported words in the sentence (start None: none; end None: to the end). None:
    there is no such verb. ``(None, …)``: its subject is nobody this article lets us prove
    ("мэрия обещала", "сообщила прокуратура", "Решетников не считает, что …", "считают
    эксперты").
    """
    text = sentence.text
    quotes = quoted_ranges(text)
    words = list(WORD.finditer(text))
    for index, word in enumerate(words):
        value = word.group(0)
        if not value[:1].islower() and index:
            continue
        if any(s <= word.start() < e for s, e in quotes):
            continue
        if not _is_speech_verb(value) or not _is_finite(value):
            continue
        if index and words[index - 1].group(0).lower() == "не":
            if _content_start(text, word.end()) != word.end():
                return None, None, None  # "не считает, что …": what follows is not his view
            continue  # "не согласился": disagreeing, not saying
        if _plural_verb(value):
            return None, None, None
        gender = _gender(value)
        if _SOMEONE_ELSES_WORDS.match(text[word.end() :]):
            return None, None, None
        if text[: word.start()].rstrip().endswith(","):
            # "Валиева вернулась к тренировкам, сообщила её тренер Этери Тутберидзе": the
            # speaker follows the verb; what she said is the clause before the comma.
            who = _subject_after(words, index, sentence, state, gender)
            comma = text[: word.start()].rstrip()
            return who, 0, len(comma) - 1  # the clause before ", сообщил X"
        who = _subject_before(words, index, sentence, state, gender)
        if who is not None:
            return who, _content_start(text, word.end()), None
        who = _subject_after(words, index, sentence, state, gender)
        if who is not None:
            if index and words[index - 1].group(0).lower() == "как":
                # "Как отметил Савельев, российские продавцы …": the words follow the comma.
                comma = text.find(", ", _mention_end(state, sentence, who, word.end()))
                if comma >= 0 and not text[comma + 2 :].lstrip().startswith(("«", "“")):
                    return who, comma + 2, None
            return who, None, None  # what follows the verb is the attribution, not the words
        return None, None, None
    return None


def _mention_end(state: _State, sentence: Sentence, who: Person, after: int) -> int:
    """Where the first mention of ``who`` after offset ``after`` ends, inside the sentence."""
    for mention in who.mentions:
        local = mention.start - sentence.start
        if mention.paragraph == sentence.paragraph and local >= after:
            return mention.end - sentence.start
    return after


def _is_finite(word: str) -> bool:
    return any(
        p.tag.POS in {"VERB", "ADJS", "PRTS"} and p.normal_form in SPEECH_VERBS
        for p in parse(word.lower())[:2]
    )


def _mention_at(state: _State, paragraph: int, offset: int):
    for person in state.people:
        for mention in person.mentions:
            if mention.paragraph == paragraph and mention.start <= offset < mention.end:
                return person, mention
    return None, None


def _nominative_mention(person: Person, mention: Mention) -> bool:
    """Is this mention of the person in the nominative (so it can be a verb's subject)?"""
    return may_be_nominative(mention.surname, mention.surname_ending, person.gender)


def _as_subject(person: Person, mention: Mention, gender: str | None) -> Person | None:
    """The person, if this mention can be the verb's subject: nominative, gender agreeing."""
    fits = _nominative_mention(person, mention) and gender in (None, person.gender)
    return person if fits else None


def _subject_before(
    words: list[re.Match[str]],
    index: int,
    sentence: Sentence,
    state: _State,
    gender: str | None = None,
) -> Person | None:
    """The verb's subject before it: the word right before (past adverbs), else a person
    named in the nominative earlier in the sentence whose gender fits ("Кравченко с ним
    согласилась, но добавила, что …")."""
    j = index - 1
    while j >= 0 and (words[j].group(0).lower() in _SKIPPABLE or _is_adverb(words[j].group(0))):
        j -= 1
    if j < 0:
        return None
    word = words[j]
    person, mention = _mention_at(state, sentence.paragraph, sentence.start + word.start())
    if person is not None:
        return _as_subject(person, mention, gender)
    found = _resolve_nominative(
        word.group(0), sentence, sentence.start + word.start(), state, gender
    )
    if found is not None:
        return found
    quotes = quoted_ranges(sentence.text)
    for earlier in reversed(words[:j]):
        if any(s <= earlier.start() < e for s, e in quotes):
            continue
        person, mention = _mention_at(state, sentence.paragraph, sentence.start + earlier.start())
        if person is not None:
            return _as_subject(person, mention, gender)
    return None


def _is_adverb(word: str) -> bool:
    parses = parse(word.lower())
    return bool(parses) and parses[0].tag.POS in {"ADVB", "PRCL"} and word[:1].islower()


def _subject_after(
    words: list[re.Match[str]],
    index: int,
    sentence: Sentence,
    state: _State,
    gender: str | None = None,
) -> Person | None:
    """ "Как сказал … председатель Комитета Данияр Ахметжанов, «…»": the name after the verb.

    Only a name in the nominative can be the subject ("Напомним, что … Ильхама Алиева" is not).
    """
    if not any(
        "past" in p.tag or ("sing" in p.tag and "3per" in p.tag)
        for p in parse(words[index].group(0).lower())[:1]
    ):
        return None
    for word in words[index + 1 : index + 12]:
        person, mention = _mention_at(state, sentence.paragraph, sentence.start + word.start())
        if person is not None:
            return _as_subject(person, mention, gender)
        if "«" in sentence.text[words[index].end() : word.start()]:
            return None
    return None


def _resolve_nominative(
    word: str, sentence: Sentence, offset: int, state: _State, gender: str | None = None
) -> Person | None:
    lower = word.lower()
    if lower in _MALE_PRONOUNS | _FEMALE_PRONOUNS:
        if lower not in {"он", "она", "тот", "та"}:
            return None
        return _resolve_word(lower, sentence, offset, state, gender)
    if not any(p.tag.case == "nomn" for p in parse(lower)[:2]):
        return None
    return _resolve_word(word, sentence, offset, state, gender)


def _content_start(text: str, after_verb: int) -> int:
    """Where the reported words begin: after ", что" or ":" close to the verb, else right away."""
    window = text[after_verb : after_verb + 60]
    for marker in (", что ", ": "):
        at = window.find(marker)
        if at >= 0 and len(WORD.findall(window[:at])) <= 4:
            return after_verb + at + len(marker)
    return after_verb
