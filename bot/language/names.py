"""Russian personal names in any case: what a surname, first name or patronymic looks like
as written, and its nominative, genitive and gender.

An article names people in whatever case its sentence needs ("По словам Айдына Гусейнова",
"с Мариной Андреевной", "Ковалёвой"), while a briefing shows them in the nominative and the
bot's replies need the genitive ("По словам Айдына Гусейнова, …"). This is knowledge of the
language, not of any article, so it lives below the layers that read names: the extractor
today, and whatever else needs a name's forms. Surnames are read by their Slavic/Turkic
suffixes (more reliable than a dictionary for rare surnames); first names by pymorphy3.
"""

from __future__ import annotations

from bot.language.morphology import parse
from bot.patterns import lazy

# Surname stem + case ending. The ending says something about gender: "-ой" is a woman's,
# "-ым"/"-ом" and a bare stem a man's; "-а" is a man's genitive or a woman's nominative.
_OV_SURNAME = lazy(r"(?P<stem>[А-ЯЁ][а-яё]+?(?:ов|ев|ёв|ин|ын))(?P<ending>а|у|ым|ом|е|ой)?")
_SKY_SURNAME = lazy(r"(?P<stem>[А-ЯЁ][а-яё]+?[сц]к)(?P<ending>ий|ого|ому|им|ом|ая|ой|ую)")
# Surnames that do not decline (or decline little): Georgian, Armenian, Ukrainian, Turkic.
_FOREIGN_SURNAME = lazy(
    r"[А-ЯЁ][а-яё]+(?:дзе|швили|ани|ян|янц|енко|ко|ук|юк|ич|ли|заде|зода|оглы|оглу|улы|уулу|кызы)"
)
_PATRONYMIC = lazy(r"[А-ЯЁ][а-яё]+(?P<stem>ович|евич|ич|овн|евн|ичн)(?P<ending>а|у|ем|е|ы|ой)?")
# Final letters after which a man's name takes no genitive "-а" (Гела, Шевченко, Алекперли).
_VOWEL_ENDINGS = "аяоеиыуюьй"
# Case endings of a declining surname that tell a man's or a woman's form.
MALE_ENDINGS = frozenset({"", "ым", "ом", "ий", "ого", "ому", "им"})
FEMALE_ENDINGS = frozenset({"ой", "ая", "ую"})


def surname_parts(word: str) -> tuple[str, str] | None:
    """(stem, case ending) of a word shaped like a declining surname, else None."""
    for pattern in (_SKY_SURNAME, _OV_SURNAME):
        match = pattern.fullmatch(word)
        if match:
            return match.group("stem"), match.group("ending") or ""
    return None


def is_undeclined_surname(word: str) -> bool:
    """Shaped like a surname that does not decline: Ломидзе, Пашинян, Шевченко, Алекперли."""
    return _FOREIGN_SURNAME.fullmatch(word) is not None


def patronymic_parts(word: str) -> tuple[str, str] | None:
    """("Андреевн", "e") for "Андреевне"; ("Иванович", "а") for "Ивановича"; else None."""
    match = _PATRONYMIC.fullmatch(word)
    if match is None:
        return None
    base = word[: match.end("stem")]
    return base, match.group("ending") or ""


def nominative_patronymic(word: str) -> str:
    parts = patronymic_parts(word)
    if parts is None:
        return word
    base, _ = parts
    return base + "а" if base.endswith(("овн", "евн", "ичн")) else base


def genitive_patronymic(word: str) -> str:
    return word[:-1] + "ы" if word.endswith("на") else word + "а"


def nominative_surname(form: str, gender: str) -> str:
    parts = surname_parts(form)
    if parts is None:
        return form  # undeclined (Тлеубек, Пашинян when a woman, Шевченко)
    stem, _ = parts
    if stem.endswith(("ск", "цк")):
        return stem + ("ий" if gender == "m" else "ая")
    return stem if gender == "m" else stem + "а"


def genitive_surname(surname: str, gender: str) -> str:
    parts = surname_parts(surname)
    if parts is None:
        if gender == "m" and surname[-1:] not in _VOWEL_ENDINGS and not surname.endswith("ко"):
            return surname + "а"
        return surname
    stem, _ = parts
    if stem.endswith(("ск", "цк")):
        return stem + ("ого" if gender == "m" else "ой")
    return stem + ("а" if gender == "m" else "ой")


def may_be_nominative(surname: str, ending: str, gender: str) -> bool:
    """Can this surname, as written, be in the nominative (so its bearer can be a verb's
    subject)? Undeclined surnames (Ломидзе, Алекперли) cannot tell, so they may."""
    if not surname_parts(surname):
        return True
    return ending in ({"", "ий"} if gender == "m" else {"а", "ая"})


def may_be_genitive(surname: str, ending: str, gender: str) -> bool:
    """ "по словам Гусейнова" names him in the genitive; "к Савельеву" is a dative."""
    if not surname_parts(surname):
        return True
    return ending in ({"а", "ого"} if gender == "m" else {"ой"})


def declined_like_first_name(
    first: str, first_nominative: str, surname: str, gender: str
) -> str | None:
    """A foreign man's surname declines like his first name: "Клауса Мюллера" → Мюллер.

    Only when the first name visibly lost a case ending and the surname ends the same way;
    None when the surname, as written, is to be kept.
    """
    if (
        gender != "m"
        or surname_parts(surname)
        or is_undeclined_surname(surname)
        or first == first_nominative
        or not first.startswith(first_nominative)
    ):
        return None
    ending = first[len(first_nominative) :]
    if ending in {"а", "у", "ом", "е"} and surname.endswith(ending) and len(surname) > 4:
        return surname[: -len(ending)]
    return None


def first_name_gender(word: str) -> float:
    """From -1 (a woman's first name) to 1 (a man's); 0 when pymorphy3 cannot tell."""
    male = female = 0.0
    for p in parse(word.lower()):
        if "Name" in p.tag:
            if p.tag.gender == "masc":
                male += p.score
            elif p.tag.gender == "femn":
                female += p.score
    total = male + female
    return (male - female) / total if total else 0.0


def nominative_first_name(form: str, gender: str, surname_ending: str | None) -> str:
    """``surname_ending`` None: the surname does not decline, so it cannot tell the case."""
    tag_gender = "masc" if gender == "m" else "femn"
    cases = cases_of_ending(surname_ending, gender) if surname_ending is not None else set()
    for p in parse(form.lower()):
        if "Name" not in p.tag or p.tag.gender != tag_gender:
            continue
        if "Fixd" in p.tag:
            return form
        if cases and p.tag.case not in cases:
            continue
        inflected = p.inflect({"nomn", "sing"})
        if inflected is not None:
            return capitalise_like(inflected.word)
    if gender == "m" and "nomn" not in cases:
        for ending, nominative in (("ы", "а"), ("и", "я"), ("ой", "а")):  # Гелы → Гела
            if form.endswith(ending) and len(form) > 3:
                return form[: -len(ending)] + nominative
        if surname_ending is None:
            return form  # the case is unknown: a nominative "Гела" must not lose its "а"
        for ending in ("ом", "ым", "ем", "а", "у", "е", "я", "ю"):
            if form.endswith(ending) and len(form) > len(ending) + 2:
                return form[: -len(ending)] + ("ь" if ending in {"я", "ю", "ем"} else "")
    if gender == "f" and "nomn" not in cases:
        for ending, nominative in (("ой", "а"), ("ы", "а"), ("у", "а"), ("е", "а"), ("и", "я")):
            if form.endswith(ending) and len(form) > len(ending) + 2:
                return form[: -len(ending)] + nominative
    return form


def genitive_first_name(first: str, gender: str) -> str:
    tag_gender = "masc" if gender == "m" else "femn"
    for p in parse(first.lower()):
        if "Name" in p.tag and p.tag.gender == tag_gender and p.tag.case == "nomn":
            if "Fixd" in p.tag:
                return first
            inflected = p.inflect({"gent", "sing"})
            if inflected is not None:
                return capitalise_like(inflected.word)
    if gender == "m" and first[-1:] not in _VOWEL_ENDINGS:
        return first + "а"
    return first


def cases_of_ending(ending: str, gender: str) -> set[str]:
    """The grammatical cases a declining surname's ending allows ("ым" → instrumental)."""
    if gender == "m":
        return {
            "": {"nomn"},
            "а": {"gent", "accs"},
            "у": {"datv"},
            "ым": {"ablt"},
            "ом": {"loct", "ablt"},
            "е": {"loct"},
        }.get(ending, set())
    return {
        "а": {"nomn"},
        "ой": {"gent", "datv", "ablt", "loct"},
        "у": {"accs"},
    }.get(ending, set())


def capitalise_like(word: str) -> str:
    """ "айдын" → "Айдын", "анна-мария" → "Анна-Мария": each part of a name capitalised."""
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
