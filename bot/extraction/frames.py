"""Speech frames: how a sentence says whose words it carries, and which of its words they are.

Attribution follows how Russian news is written. A quotation is attributed by the frame
after it ("», — подчеркнул он") or around it ("По словам X, … «…»"); reported speech by
"По словам/мнению X, …" or "X отметил, что …". A frame whose speaker cannot be proven
("— заявили в прокуратуре", "по данным Росстата", "якобы", "считают эксперты") makes the
sentence the article's: an institution or a rumour is nobody's words.
"""

from __future__ import annotations

import re

from bot.extraction.coreference import Scene
from bot.extraction.mentions import Person
from bot.extraction.spans import (
    Statement,
    clause_span,
    direct_span,
    reported_spans,
    sentence_span,
    trim,
)
from bot.extraction.speakers import (
    SpeechVerb,
    source_of,
    subject_after,
    subject_before,
    subject_in_phrase,
)
from bot.extraction.structure import WORD, Sentence, quoted_ranges
from bot.knowledge.model import QuoteKind
from bot.language.lexicon import word_set
from bot.language.morphology import parse
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
_TRAILING_FRAME = re.compile(r"[»”]\s*,?\s*[—–-]\s*(?P<verb>[а-яё]+)\s+(?P<subject>.+?)\s*[.!?…]*$")
MIN_QUOTE_WORDS = 5
MIN_FRAMED_QUOTE_WORDS = 3
_HEARSAY = re.compile(r"(?<!\w)(?:якобы|по слухам|утверждают источники|ходят слухи)(?!\w)", re.I)
# "напомнил слова Аймагамбетова: «…»": the verb's object is someone else's words.
_SOMEONE_ELSES_WORDS = re.compile(r"^\s*(?:слова|слов|фразу|цитату|высказывание|мнение)\b", re.I)


def is_statement_quote(text: str, *, framed: bool = False) -> bool:
    """«…» holding words someone said, not a company, ship, slogan or number («5+1»)."""
    words = WORD.findall(text)
    enough = MIN_FRAMED_QUOTE_WORDS if framed else MIN_QUOTE_WORDS
    return len(words) >= enough and any(w[:1].islower() for w in words)


def attribute(sentence: Sentence, scene: Scene) -> tuple[Person | None, list[Statement]] | None:
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
        who = subject_in_phrase(
            trailing.group("subject"), sentence, trailing.start("subject"), scene, _gender(verb)
        )
        if who is None:
            return _unknown(sentence)
        return who, [direct_span(who, sentence, s, e) for s, e in quotes]
    source = SOURCE_FRAME.search(text)
    verb = _speech_verb(sentence, scene)
    if source and source.start() > 0 and verb is not None and verb[0] is not None:
        source = None  # "где тот отметил …, по его словам, …": the named subject decides
    if source:
        who, after = source_of(source, sentence, scene)
        if who is None:
            return _unknown(sentence)
        spans = [direct_span(who, sentence, s, e) for s, e in quotes]
        if source.start() == 0 and after is not None:
            spans[:0] = reported_spans(who, sentence, after, quotes)
        else:
            spans.insert(0, sentence_span(who, QuoteKind.REPORTED, sentence))
        return who, [s for s in spans if s.text]
    if verb is not None:
        who, content_start, content_end = verb
        if who is None:
            return _unknown(sentence)
        spans = [direct_span(who, sentence, s, e) for s, e in quotes]
        if content_end is not None:
            # "В России выявили на 7% больше случаев, сообщил министр Мурашко."
            clause = trim(text[:content_end])
            if len(WORD.findall(clause)) >= 3 and not quotes:
                return who, [clause_span(who, sentence, clause)]
            return who, spans
        body = text[content_start:].strip() if content_start is not None else ""
        if content_start is not None and len(WORD.findall(body)) < 3 and not quotes:
            # "Отдельно депутат выделил тему энергетики.": the article's framing of what the
            # speaker says next, kept as the answer's lead rather than as his words.
            return who, [sentence_span(who, QuoteKind.ARTICLE, sentence)]
        if content_start is not None and not quotes and _names_a_topic(text, content_start):
            # "рассказал о ситуации на рынке", "ответил на вопросы": what he spoke about,
            # not what he said — the article's framing, kept as the answer's lead.
            return who, [sentence_span(who, QuoteKind.ARTICLE, sentence)]
        if len(WORD.findall(body)) >= 3 and content_start is not None:
            spans[:0] = reported_spans(who, sentence, content_start, quotes)
        return who, spans
    return None


def _unknown(sentence: Sentence) -> tuple[None, list[Statement]]:
    return None, [sentence_span(None, QuoteKind.ARTICLE, sentence)]


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


def _speech_verb(
    sentence: Sentence, scene: Scene
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
        if _SOMEONE_ELSES_WORDS.match(text[word.end() :]):
            return None, None, None
        verb = SpeechVerb(sentence, words, index, _gender(value))
        if text[: word.start()].rstrip().endswith(","):
            # "Валиева вернулась к тренировкам, сообщила её тренер Этери Тутберидзе": the
            # speaker follows the verb; what she said is the clause before the comma.
            who = subject_after(verb, scene.people)
            comma = text[: word.start()].rstrip()
            return who, 0, len(comma) - 1  # the clause before ", сообщил X"
        who = subject_before(verb, scene)
        if who is not None:
            return who, _content_start(text, word.end()), None
        who = subject_after(verb, scene.people)
        if who is not None:
            if index and words[index - 1].group(0).lower() == "как":
                # "Как отметил Савельев, российские продавцы …": the words follow the comma.
                comma = text.find(", ", _mention_end(sentence, who, word.end()))
                if comma >= 0 and not text[comma + 2 :].lstrip().startswith(("«", "“")):
                    return who, comma + 2, None
            return who, None, None  # what follows the verb is the attribution, not the words
        return None, None, None
    return None


def _mention_end(sentence: Sentence, who: Person, after: int) -> int:
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


def _content_start(text: str, after_verb: int) -> int:
    """Where the reported words begin: after ", что" or ":" close to the verb, else right away."""
    window = text[after_verb : after_verb + 60]
    for marker in (", что ", ": "):
        at = window.find(marker)
        if at >= 0 and len(WORD.findall(window[:at])) <= 4:
            return after_verb + at + len(marker)
    return after_verb


def _is_speech_verb(word: str, verbs: frozenset[str] = SPEECH_VERBS) -> bool:
    return any(p.normal_form in verbs for p in parse(word.lower())[:2])
