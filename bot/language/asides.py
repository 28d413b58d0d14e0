"""Words about the request, not its subject: who the answer is for, what shape it should
take, how the asker feels about asking.

"товарооборот РК-АР текущий, цифра для министра" asks what "товарооборот РК-АР текущий,
цифра" asks: "для министра" says who will read the answer, and "министр" — a word no passage
holds — weighed as the rarest word of the subject sinks the right passage to nothing. So do
the parts of a message set off by punctuation that hold nothing but such words:

* a purpose or an addressee — "для министра", "нужно для статьи", "Для отчёта: …", "для
  моей заметки", "for my boss", "asking for my editor" (the noun one of a reader or a piece
  of writing, ``_PURPOSES``; "для бизнеса", "для Казахстана" are content and stay);
* a reference to the text itself — "по тексту", "судя по статье", "according to the
  article", "сказано ли в тексте";
* a wish or a request of the asker's own — "хочу понять", "хотел бы знать точно", "нужна
  атрибуция", "можете привести слова дословно?", "I need attribution", "pls confirm";
* a parenthetical word or the asker's attitude — "короче", "выходит", "слушай", "знаете",
  "честно", "заранее спасибо", "да или нет", "yes or no" (a word the dictionary tags as
  parenthetical, ``Prnt``, counts as one);
* a first-person statement of what the asker is doing or is — "Пишу заметку", "готовлю
  справку", "Я журналист"; a greeting, an apology, a question announced — "Добрый день!",
  "Извините за беспокойство", "Быстрый вопрос —";
* the shape of the answer — "в двух словах", "одной строкой", "in one line".

Such a part is blanked out of the text the matcher reads (its words still count as
understood). A word in it naming the kind of fact wanted goes with it, and the question
word of that kind is asked instead (``Aside.kinds``): "нужна сумма" asks a sum, "можно
фамилию" a person, "цифра для министра" an amount; a word asking details ("Нужны
подробности") still asks the specifics (``Aside.specifics``). A part holding any other word
is left whole: "для туристов", "на авто", "Эрдоган", "паром стоит" name what is asked, and
an answer must still hold them (or say the article does not).

A request opening a clause before its subject goes too ("назовите фамилию эксперта, …",
"нужна точная цитата Гусейнова …"), a kind's noun the briefing may hold staying in place
("нужна дата визита"); so does a particle of the asker's doubt before a verb ("Тусупбеков
правда назвал …" asks what "Тусупбеков назвал …" asks).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from bot.language.checks import asks_by_itself, framed, opening_frame
from bot.language.courtesy import courtesy_spans
from bot.language.lexicon import ASKER_DOING, QUESTION_NOUNS, WHEN_DUE, word_set
from bot.language.morphology import WORDS_REMEMBERED, parse
from bot.language.preambles import QUESTION_WORDS
from bot.language.specifics import SPECIFICS_CUES
from bot.language.text import fold, fold_word, is_cyrillic
from bot.patterns import lazy
from bot.records import record

# A part of a message: what lies between two marks of punctuation (a dash set off by spaces
# is one — "rail upgrades discussed - specifics?" is two parts, as with "—"; a hyphen inside
# a word is not).
_PART = lazy(r"(?:(?!\s-\s)[^,;:?!.…()\[\]—–])+|\s-\s")
_SPACES = lazy(r"\s+")
_SPACE_BEFORE_MARK = lazy(r"\s+([,;:?!.…])")
_MARKS_RUN = lazy(r"[,;:—–-](?:\s*[,;:?!.…—–-])+")
_LEADING_MARKS = lazy(r"^[\s,;:?!.…—–-]+")
_TRAILING_MARKS = lazy(r"[\s,;:—–-]+$")
_WORD = lazy(r"[\w'’]+(?:-[\w'’]+)*")

# Nouns (lemmas) of who reads the answer or the piece it goes into: "для министра", "для
# отчёта", "for my boss". A reader's, never the subject's: none names a thing the
# article's passages tell of.
_PURPOSES = word_set(
    """министр министерство начальство начальник начальница шеф руководство руководитель
    босс директор редакция редактор коллега отчёт отчет справка доклад
    статья заметка материал пост эфир сюжет репортаж презентация записка дайджест обзор
    брифинг пресс-конференция пресс-подход интервью рассылка протокол ясность понимание себя
    диплом курсовая реферат лекция семинар
    блог канал газета выпуск колонка подкаст публикация лента сайт сводка читатель
    аудитория зритель слушатель подписчик шпаргалка памятка конспект пресс-релиз релиз
    пресс-служба пресс-секретарь вебинар курсовой курсовик курсач строка титр плашка глава
    дипломка вкр инфа инфы инфо
    chapter
    подводка анонс шоу ток-шоу передача телепередача сценарий продюсер
    essay conclusion introduction coursework assignment homework dissertation draft
    minister boss editor editors report briefing note notes article story piece newsletter
    memo team colleagues record column blog post broadcast segment desk
    readers audience presentation slides thesis paper digest summary manager chief office
    press release
    standfirst headline caption lede intro strapline subhead subheading sidebar copy
    sub-editor subeditor subs factbox infobox chyron лид врезка заголовок подпись
    timeline timelines chronology backgrounder explainer write-up writeup factsheet
    fact-sheet dossier tracker хронология хронологии хронологию бэкграунд досье"""
)
# Words a purpose names its reader or piece with: "для моей заметки", "for our weekly
# newsletter", "для пресс-службы МИД" (a capitalised initialism: an office's).
_OWNERS = word_set(
    """мой моя моё мое мою моей моего моему моим моих наш наша наше нашу нашей нашего
    нашему нашим наших свой своя своё свое свою своей своего своему своим своих ваш вашей
    вашего этой этого одной одного my our your the a an this his her their"""
)
_FOR = word_set("для for")
# "мне в главу надо": the piece the answer is put into (``_is_piece_note``).
_INTO_PIECE = word_set("в во")
# What introduces the topic of the asker's piece: "для главы про Карабах", "for my paper on".
# "for my timeline of Aliyev's engagements": English "of" after the piece's noun too.
_TOPIC = word_set("про о об about on of")
# "quote it in my essay", "use it in the conclusion": the piece the answer goes into, after
# a request of the asker's own only (``_part_spans``) — "what is in the report" asks it.
_IN_PIECE = word_set("in into")
# What a purpose may say of the piece after naming it: "for a story I'm writing", "для
# статьи, которую пишу".
_WRITING = word_set(
    """i i'm im am writing preparing doing working on я пишу готовлю делаю которую который
    которое которой that which подготовки подготовке написания к над tonight's today's"""
)
# A need closing a purpose that opens a part: "Для бегущей строки необходим …", "для эфира
# нужна …" — the words of the request before what is needed.
_NEEDED = word_set(
    """необходим необходима необходимо необходимы нужен нужна нужно нужны надо требуется
    требуются понадобится понадобятся"""
)
# A purpose clause of the asker's use of the answer: "чтобы корректно указать дату в
# подводке", "чтобы не ошибиться в эфире", "чтобы корректно представить его в эфире". Its
# verbs say what the asker does with the answer, never what the article tells: "чтобы
# подписать соглашение" stays read.
_SO_THAT = word_set("чтобы чтоб дабы")
_USING = word_set(
    """указать написать поставить вставить дать использовать процитировать сослаться
    привести упомянуть ошибиться озвучить подать представить представлять назвать
    называть"""
)
_USE_MANNER = word_set(
    """не корректно некорректно правильно верно точно грамотно аккуратно ошибок без в во
    на для при его её ее их это эту этот"""
)
# "Вопрос от редакции", "from our desk": whose question it is — only where nothing but
# words about the request stands before it.
_FROM = word_set("от from")
# What may stand before a purpose in its part: "это для отчёта", "нужно для статьи",
# "вопрос для министра", "asking for my editor", "need it for a briefing note".
_BEFORE_PURPOSE = word_set(
    """это мне нам нужно нужна нужен нужны надо вопрос спрашиваю интересуюсь уточняю ответ
    чисто просто
    question asking ask need needed it i we this is just answer it's its"""
)

# A reference to the text asked about: "по тексту", "судя по статье", "according to the
# article", "сказано ли в тексте". The noun says where the answer is, not what it is about.
_TEXTS = word_set(
    """тексту тексте текста текстом статье статьи статьей статьёй материалу материале
    материала материалом публикации
    публикацию источнику источнике text article piece story report source material"""
)
# "as" opens a reference only in a part made of nothing else ("as far as the article
# indicates", "as the piece suggests"): the all-words test below keeps "as" in a subject out.
_TEXT_PREPOSITIONS = word_set("по в из согласно судя верить according in per from on as")
# Verbs saying the text tells a thing: with one, a part may name the kind of fact it tells
# ("там в тексте названо место"); without, "все цифры из статьи" asks the figures.
_TEXT_STATING = word_set(
    """сказано указано написано говорится назван названо названа названы упомянут упомянуто
    упомянута упомянуты указан указана указаны есть"""
)
_TEXT_FRAME = (
    word_set(
        """по в из судя если верить согласно ли так как там
        according to in the per from based on by as said stated
        far indicates indicated suggests suggested shows showed tells told reports
        reported puts states says notes mentions it"""
    )
    | _TEXT_STATING
)

# A request or a wish of the asker's own: "хочу понять", "нужна атрибуция", "можете привести
# слова дословно", "I need the exact quote". The words opening it:
_REQUESTS = word_set(
    """хочу хочется хотел хотела хотели хотелось хотим бы нужно нужна нужен нужны надо
    можно можете можешь могли могу нельзя дайте дай приведите приведи назовите назови
    процитируйте процитируй подтвердите подтверди уточните уточни поясните поясни
    ответьте ответь скажите скажи подскажите подскажи прошу интересует важно жду ждем
    ждём отвечайте отвечай поправьте поправь проверьте проверь сверьте сверь посмотрите
    посмотри гляньте глянь
    need needs want wanted would like 'd d can could give tell confirm verify check
    double-check fact-check quote cite please pls plz"""
)
# What a request asks for besides a kind of fact: to know, the exact words, their source.
_REQUESTED = word_set(
    """знать понять уточнить узнать услышать увидеть получить проверить разобраться
    прояснить прикинуть привести процитировать подтвердить ответить сказать дать
    назвать указать убедиться удостовериться перепроверить сверить свериться с
    конкретика конкретику конкретики факты фактов цитатой словами существу делу по
    facts fact specifics details quotes
    атрибуция атрибуцию атрибуции источник источника формулировка
    формулировку формулировки целиком полностью подробности подробнее детали деталей
    дословно точно точные
    точная точный точную точнее слова слов цитата цитату цитаты цитатой ответ ответа
    короткий краткий коротко кратко конкретно конкретнее сам сама сами обе оба обоих
    этого этой этих человека его её ее их подтверждение подтверждения на мне нам я мы вы
    to know get have the a an it exact exactly precise precisely quote quotes quoted words
    wording attribution source sourcing confirmation verbatim answer short brief briefly
    me us i we you just quick quickly full
    confirm verify check double-check fact-check"""
)
# The asker in a request opening a message: "мне нужна цифра", "I need the name".
_ASKER = word_set("мне нам я мы i we")
# What a request opening a message may want before the subject's words: no preposition, no
# pronoun of a person (they belong to the subject: "приведите его слова" stops at "его").
_OPENING_OBJECTS = _REQUESTED - word_set(
    """на с по к его её ее их этого этой этих человека сам сама сами обе оба обоих мне
    нам я мы вы i we you to it of"""
)
_LIGHT_OBJECTS = word_set("the a an me us to get have")  # "I need the …" names nothing yet
# Nouns naming the kind of fact asked, each with the question word asking it: "нужна сумма"
# asks a sum, "можно фамилию этого человека" a person, "цифра для министра" an amount. The
# noun is blanked with its part (a passage need not say "цифра"), and its question word
# says what is asked (``Aside.kinds``).
_KIND_WORDS = (
    ("фамилия фамилию фамилии имя имени surname", "кто"),
    ("сумма сумму суммы sum", "сумма"),
    ("цифра цифру цифры цифрой число числа figure figures number numbers amount", "сколько"),
    ("дата дату даты date dates", "когда"),
    ("место места place", "где"),
    ("причина причину причины reason", "почему"),
)
_WITHOUT = word_set("без no without")
# "интересует точная дата", "exact date please": an exact date is a detail the passage must
# give (an event dated only by the visit it happened in does not), so such a part stays read.
_EXACT = word_set(
    "точная точную точной точный точное точного точно exact precise конкретная конкретную"
)  # "без подробностей": no specifics asked
_PERSON_KINDS = frozenset(_KIND_WORDS[0][0].split())
_KIND_ASKED = {word: asked for words, asked in _KIND_WORDS for word in words.split()}
_KINDS = frozenset(_KIND_ASKED)
# What a statement of the asker's doing may name besides a reader or a piece: "проверяю
# факты", "уточняю данные", "fact-checking a story".
_MATERIAL = word_set(
    """факты факт информацию информация данные детали сведения цифры этот это
    facts fact figures data details info information this
    вопрос вопросы questions"""
)
# "готовлю вопросы к брифингу", "questions for the presser": the piece the asker's work is for.
_TOWARDS = word_set("к ко to")
# "Завтра брифинг": when the asker's piece is due (``WHEN_DUE``); "Пишу заметку": what he is
# doing (``ASKER_DOING``) — the lexicon's, which the repairs mend slips into too.
# Words of the asker's attitude and of talk, never of a subject: a part of nothing else is
# the asker's aside ("короче", "слушай", "заранее спасибо", "yes or no").
_ATTITUDE = word_set(
    """короче выходит получается значит слушай слушайте знаешь знаете понимаешь
    понимаете смотри смотрите кстати вообще собственно наверное пожалуй видимо честно
    правда действительно реально серьезно серьёзно срочно очень просто интересно спасибо
    заранее пожалуйста плиз пжл пж да или нет ок окей ладно хорошо ну так а вот же ли
    благодарю благодарна благодарен признателен признательна был была бы буду
    типа блин кажется по-моему мол дескать наверно вроде похоже
    только итак впрочем говоря грубо если коротко кратко вкратце вопрос пару слов
    yes or no ok okay so well honestly actually really seriously thanks thank you in
    advance please pls plz urgent urgently asap just curious quick question briefly
    short hey hi appreciate appreciated would it much a lot many one cheers рад рада
    ответу
    привет здравствуйте здравствуй добрый доброе доброго день утро вечер коллеги друзья
    извините простите сорян сорри hello there good morning afternoon evening dear
    colleagues folks team sorry пжлст плз спс спасибки благодарствую thx ty tnx желательно
    ребята народ бот уважаемый уважаемая уважаемые дорогой дорогая дорогие guys bot
    everyone only btw tbh fyi imo imho lol кст имхо лол пасиб спасиб
    kinda sorta kind sort of curious wondering lowkey ngl idk lmao haha hmm yeah yep nah"""
)
# Who the asker is: "Я журналист", "I'm a reporter".
_ASKERS = word_set(
    """журналист журналистка корреспондент корреспондентка редактор редакторша студент
    студентка преподаватель исследователь исследовательница блогер блогерша продюсер
    стажер стажёр фактчекер фрилансер журфака
    journalist reporter editor student teacher researcher blogger producer intern
    fact-checker freelancer correspondent"""
)
# A question announced (``QUESTION_NOUNS``): "Быстрый вопрос — …", "у меня вопрос".
# "Два вопроса", "пара вопросов", "a couple of questions": how many the message asks.
_ANNOUNCING = word_set(
    """у меня есть такой один еще ещё два две три несколько пара пару парочка
    i have a one another small follow-up two three few several couple of"""
)
# An apology for asking: "Извините за беспокойство", "Сорян за глупый вопрос", "sorry to
# bother you".
_SORRY = word_set("извините простите сорян сорри sorry pardon excuse")
_SORRY_FOR = word_set(
    """за беспокойство вопрос глупый наивный мой что опять еще ещё раз снова
    to for bother bothering you the my question asking again me"""
)
# Parenthetical phrases of talk, as a part of their own: "…, в смысле, …", "to be honest, …".
_PARENTHESES = frozenset(
    tuple(phrase.split())
    for phrase in (
        "в смысле",
        "это самое",
        "то есть",
        "может быть",
        "как бы",
        "так сказать",
        "по идее",
        "в общем",
        "в целом",
        "в принципе",
        "по сути",
        "на самом деле",
        "если честно",
        "честно говоря",
        "между прочим",
        "к слову",
        "кстати говоря",
        "как говорится",
        "i mean",
        "you know",
        "by the way",
        "to be honest",
        "in general",
        "in fact",
        "at the end of the day",
        "for what it's worth",
        "out of curiosity",
        "из любопытства",
        "чисто из любопытства",
        "just out of curiosity",
        "если не сложно",
        "если не ошибаюсь",
        "если я не ошибаюсь",
        "если ошибаюсь",
        "если я ошибаюсь",
        "correct me if i'm wrong",
        "correct me if im wrong",
        "if i'm not mistaken",
        "if i remember correctly",
        "если можно",
        "если возможно",
        "если не трудно",
        "if possible",
        "if you can",
        "if you don't mind",
        "if you could",
        "keep it short",
        "one sentence",
        "one line",
        "short one",
        "just to be sure",
        "just to check",
        "just double-checking",
        "just checking",
        "не тяните",
        "не тяни",
        "не спешите",
        "не торопитесь",
        "no rush",
        "как там написано",
        "как написано",
        "как сказано",
        "как там сказано",
        "как говорится в статье",
        "as written",
        "as it says",
        "as the piece says",
        "as the article says",
        "as the text says",
    )
)
# The shape the answer is wanted in: "— в двух словах", "одной строкой", "in one line".
_SHAPES = frozenset(
    tuple(phrase.split())
    for phrase in (
        "в двух словах",
        "в 2 словах",
        "в паре слов",
        "парой слов",
        "одной строкой",
        "в одну строку",
        "одним словом",
        "одной фразой",
        "одним предложением",
        "в одном предложении",
        "по пунктам",
        "списком",
        "in one line",
        "in a line",
        "in a word",
        "in one word",
        "in one sentence",
        "in a sentence",
        "in a few words",
        "in brief",
        "in short",
        "as a list",
        "tl dr",
        "tldr",
        "без воды",
        "без подробностей",
        "без деталей",
        "без лишних слов",
        "без лишнего",
        "без комментариев",
        "no details",
        "no details needed",
        "no fluff",
        "short version",
        "the short version",
        # in plain words: "…, если по-простому", "простыми словами", "in layman's terms"
        "по-простому",
        "если по-простому",
        "попроще",
        "если попроще",
        "по простому",
        "если по простому",
        "простыми словами",
        "простым языком",
        "человеческим языком",
        "на пальцах",
        "in simple terms",
        "in plain terms",
        "in plain english",
        "in plain words",
        "in layman's terms",
        "in laymans terms",
        "plainly",
        "simply put",
    )
)
_SHAPE_WORDS = frozenset(word for shape in _SHAPES for word in shape)  # none is empty
# The asker's own state closing a message: "а то я запутался", "я уже забыла", "I forgot":
# "я" and a verb of his (past, or present in the first person), little else.
_OWN_OPENERS = word_set("а то ведь просто потому что так как если and because since if")
_OWN_LIGHT = word_set(
    "как-то что-то уже совсем немного окончательно тут вот не совсем правильно верно right"
)
_LONGEST_OWN = 6  # words of the part
# The asker's understanding put up for checking: "Я правильно понял, что …", "I understand
# that …" — the statement after it is what is asked.
_UNDERSTOOD = word_set(
    """понял поняла понимаю слышал слышала читал читала помню думаю считаю правильно верно
    understand understood heard read think"""
)
_RIGHTLY = word_set("правильно верно так")
_THAT = word_set("что that")
_OWN_SUBJECTS = word_set("я i он она они шеф начальник редактор he she they boss editor")
# What the one the asker asks for did: "он просил", "шеф попросил уточнить".
_ASKED_FOR = word_set(
    """просил просила просили попросил попросила попросили интересуется интересовался
    спрашивает спрашивал хочет хотел ждет ждёт уточнить узнать знать
    asked wants wanted needs"""
)

# Words about the request that close a clause unmarked by a comma ("сколько соглашений
# подписали пожалуйста", "who invited him pls"): never a word of a subject, wherever they stand.
_CLOSERS = word_set(
    "пожалуйста плиз пжл пж пжлст плз спасибо спс срочно please pls plz thanks thx asap urgently"
)
# Words of talk opening a question unmarked by a comma ("короче сколько стоит паром",
# "слушай кто пригласил"): before a question word, they are the asker's, not its subject's.
_OPENERS = word_set(
    """короче слушай слушайте знаешь знаете кстати значит итак выходит получается
    так ну а вот honestly so well okay ok hey"""
)

# The asker owning he has not got it, before the question it opens: "чёт не пойму кто
# пригласил Алиева", "не врубаюсь, сколько …" — how he feels, no word of the subject (left
# in, its "не" read the question as one about who did not invite him).
_PUZZLE_LEADS = word_set("чет чето че-то что-то никак ваще вообще я")
_NOT_GOT = word_set(
    "пойму понимаю понял поняла врубаюсь врубился догоняю догнал въезжаю вкурил допер допираю"
)

# The asker's doubt before a verb: "Тусупбеков правда назвал …", "он действительно сказал".
_DOUBTING = word_set("правда действительно реально вправду впрямь всерьез всерьёз")
_SHORTEST_REST = 1  # words: what is left of the message must still ask something
_LONGEST_CLOSING = 4  # words: "судя по тексту статьи", "according to the article"


def aside_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of ``text`` holding words about the request, not its subject
    (see the module's docstring), in order; empty when blanking them would leave fewer than
    ``_SHORTEST_REST`` words."""
    return _scanned(text)[0]


def _scanned(text: str) -> tuple[list[tuple[int, int]], bool]:
    """``aside_spans``, and whether an aside blanked puts the statement after it up for
    checking ("Правда ли, что …", "Я правильно понял, что …": ``Aside.check``)."""
    spans: list[tuple[int, int]] = []
    # the part before was a request ("Назовите, пожалуйста, источник"), or a question: a
    # part of nothing but what is requested follows it ("… ? Только факты", "Желательно
    # цитатой")
    requested = False
    understood = False  # the part before was "Я правильно понял": its "что" opens no question
    opening: tuple[str, ...] | None = None  # the part before was "Правда ли", "Правда"
    check = False
    for part in _PART.finditer(text):
        offset = part.start()
        words = [
            (m.start() + offset, m.end() + offset, fold_word(m.group()))
            for m in _WORD.finditer(part.group())
        ]
        if not words:
            continue
        folded = [w for _, _, w in words]
        stated = folded[0] in _THAT and len(folded) > 1  # "…, что Турция войдёт": the statement
        if (understood or opening) and stated:
            spans.append((words[0][0], words[0][1]))
        if (understood or opening) and (stated or (opening and asks_by_itself(opening))):
            check = True  # "Правда ли, Турция войдёт?" too; not "Правда, сколько …"
        understood = (
            _is_own_state(folded) and any(w in _UNDERSTOOD for w in folded)
        ) or _is_understanding_asked(folded)
        opening = None
        if requested and _is_requested(folded):
            spans.append((words[0][0], words[-1][1]))
            continue
        found = _part_spans(words)
        spans.extend(found)
        if found == [(words[0][0], words[-1][1])]:
            opening = opening_frame(folded)  # the whole part a check's opening frame
        requested = (bool(found) and _is_request(folded)) or not found
    spans.extend(_doubt_spans(text))
    spans.extend(courtesy_spans(text))  # "Would you be so kind as to …", "Mr.", "esteemed"
    spans.sort()
    left = len(_WORD.findall(_blanked(text, spans)))
    if not (spans and left >= _SHORTEST_REST):
        return [], False
    # a frame the matcher's reading would have cut ("…, верно?", "верно ли я понимаю, что
    # …"), its words blanked here: the check is read on the text as typed
    return spans, check or framed(text)


def _asks_specifics(text: str, spans: list[tuple[int, int]]) -> bool:
    """Does a word blanked ask for specifics ("Можно подробнее", "Нужна конкретика",
    "details"; not "без подробностей")? Those ask something of the answer
    (``specifics``), as a kind of fact named does."""
    for start, end in spans:
        before = ""  # the word before: "без подробностей" asks none
        for word in _WORD.finditer(text, start, end):
            folded = fold_word(word.group())
            if folded in SPECIFICS_CUES and before not in _WITHOUT:
                return True
            before = folded
    return False


# Verbs of checking in a request: "Is it right that … ? Need to confirm the date": the kind it
# names is the one the question before puts up for checking, no other question asked of it.
_CHECKING = word_set(
    """confirm verify check double-check fact-check проверить подтвердить сверить
    перепроверить"""
)


@record
class Aside:
    """A message with its asides blanked: the text left (spaces in their place, so that
    every offset stays), how many words went, and the question words of the kinds of fact
    the asides named ("нужна сумма": "сумма"; "можно фамилию": "кто")."""

    text: str
    words: int = 0
    kinds: tuple[str, ...] = ()
    specifics: bool = False  # "Нужны подробности": the specifics of what is named asked
    # "Правда ли, что …", "Я правильно понял, что …", "…, верно?": the statement left is put
    # up for checking, its frame blanked (``bot.language.checks``)
    check: bool = False


def without_asides(text: str) -> Aside:
    """``text`` with its asides blanked (see ``Aside``)."""
    spans, check = _scanned(text)
    if not spans:
        return Aside(text)
    blanked = _blanked(text, spans)
    kinds = tuple(
        dict.fromkeys(
            _KIND_ASKED[w]
            for start, end in spans
            if not _CHECKING.intersection(map(fold, _WORD.findall(text[start:end])))
            for w in map(fold, _WORD.findall(text[start:end]))
            if w in _KIND_ASKED
        )
    )
    count = len(_WORD.findall(text)) - len(_WORD.findall(blanked))
    return Aside(blanked, count, kinds, _asks_specifics(text, spans), check)


def tidied(text: str) -> str:
    """A text with blanked asides read as written: spaces run together, none before a mark
    of punctuation, a mark left alone by its words gone ("сколько стоит паром,   ?" ->
    "сколько стоит паром?", "       , кто пригласил" -> "кто пригласил")."""
    text = _SPACES.sub(" ", text).strip()
    text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    text = _MARKS_RUN.sub(lambda run: run.group()[-1], text)
    return _TRAILING_MARKS.sub("", _LEADING_MARKS.sub("", text))


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


Word = tuple[int, int, str]


def _part_spans(words: list[Word]) -> list[tuple[int, int]]:
    """The spans to blank in one part of the message (its words with their offsets)."""
    folded = [w for _, _, w in words]
    whole = [(words[0][0], words[-1][1])]
    opening = _purpose_opening(folded)
    if opening is not None:  # "Для бегущей строки необходим …": the request before its object
        return [(words[0][0], words[opening - 1][1])]
    inner = _purpose_before_request(folded)
    if inner is not None:
        # "мне для курсача точная дата нужна": the piece the answer goes into is blanked;
        # the kind asked ("точная дата") stays read, as it does alone
        start, end = inner
        return [(words[start][0], words[end - 1][1])]
    if not _EXACT.isdisjoint(folded) and any(
        a in _EXACT and _KIND_ASKED.get(b) == "когда" for a, b in pairwise(folded)
    ):
        purpose = _purpose_from(folded)  # "нужна точная дата для реферата": the piece only
        return [] if purpose is None else [(words[purpose][0], words[-1][1])]
    if len(folded) == 1 and len(folded[0]) < 3:
        return []  # a lone letter or two ("d" of "I'd", "бв") is no request of its own
    if (
        _is_doing(folded)
        or _is_use_clause(folded)
        or _is_text_reference(folded)
        or _is_attitude(folded)
        or _is_shape(folded)
        or _is_own_state(folded)
        or _is_understanding_asked(folded)
        or _is_request(folded)
        or _is_announcement(folded)
        or _is_self(folded)
        or _is_apology(folded)
        or _is_occasion(folded)
    ):
        return whole
    if _is_piece_note(folded):
        return whole  # "мне в главу надо", "это в курсач": where the answer goes
    sender = _purpose_from(folded, _FROM)  # "Вопрос от редакции": whose question
    if sender is not None and all(w in _BEFORE_PURPOSE for w in folded[:sender]):
        return whole
    placed = _purpose_from(folded, _IN_PIECE)
    if placed is not None and _is_request(folded[:placed]):
        return whole  # "I want to quote it in my conclusion": where the asker will use it
    purpose = _purpose_from(folded)
    if purpose is not None:
        head = folded[:purpose]
        if all(w in _BEFORE_PURPOSE or w in _KINDS or w in _ATTITUDE for w in head):
            return whole
        if _is_request(head):
            return whole  # "Need to confirm the date for the standfirst": a request for a piece
        return [(words[purpose][0], words[-1][1])] if _free(head) else []
    opener = _opener(folded)
    if opener:  # "дайте цифру товарооборота", "можно фамилию того, кто …"
        # a kind's noun stays where the subject goes on after it ("нужна дата визита": a
        # passage giving the date may say "дата"); a person's is no word of a passage
        rest = folded[opener:]
        if _is_shape(rest) or _is_attitude(rest) or _is_text_reference(rest):
            return whole  # "Дайте ответ одним предложением"
        return [(s, e) for s, e, w in words[:opener] if w not in _KINDS or w in _PERSON_KINDS]
    first, last = _edges(folded)
    if (first, last) == (0, len(folded)) or first >= last:
        return []
    inner = _part_spans(words[first:last])
    if inner == [(words[first][0], words[last - 1][1])]:
        return whole
    return [
        *([(words[0][0], words[first - 1][1])] if first else []),
        *inner,
        *([(words[last][0], words[-1][1])] if last < len(words) else []),
    ]


def _edges(words: list[str]) -> tuple[int, int]:
    """Where a part's own words begin and end inside words about the request at its edges:
    openers of talk before a question word ("короче сколько"), and closing words, a
    reference to the text or a shape after its last word of content ("… по тексту", "…
    пожалуйста", "… да или нет", "… in one line")."""
    first = 0
    while first < len(words) - 1 and (words[first] in _OPENERS or _parenthetical(words[first])):
        first += 1
    first += _puzzled(words, first)
    if first and words[first] not in QUESTION_WORDS:
        first = 0
    last = len(words)
    while last > first:
        if words[last - 1] in _CLOSERS:
            last -= 1
            continue
        start = _closing_piece(words, first + 1, last)
        if start is None:
            break
        last = start
    return first, last


def _puzzled(words: list[str], at: int) -> int:
    """The length of "(чёт) не пойму" at ``at`` with words after it (0: none); ``_edges``
    keeps it only before a question word."""
    start = at + 1 if at < len(words) and words[at] in _PUZZLE_LEADS else at
    end = start + 2
    if end < len(words) and words[start] == "не" and words[start + 1] in _NOT_GOT:
        return end - at
    return 0


def _closing_piece(words: list[str], earliest: int, last: int) -> int | None:
    """Where a reference to the text, a shape or a "yes or no" ending at ``last`` begins
    (no earlier than ``earliest``: a word of content stays before it); None if none does."""
    for start in range(max(earliest, last - _LONGEST_CLOSING), last):
        piece = words[start:last]
        if _is_text_reference(piece) or _is_shape(piece) or _is_yes_no(piece):
            return start
    return None


def _is_yes_no(words: list[str]) -> bool:
    return tuple(words) in {("да", "или", "нет"), ("yes", "or", "no"), ("yes", "no")}


def _free(head: list[str]) -> bool:
    """Does the part's head before a purpose leave a clause of its own ("сколько стоит",
    "цифра"), not a word the purpose completes ("что нужно" of "что нужно для статьи")?"""
    return bool(head) and head[-1] not in _REQUESTS and head[-1] not in _BEFORE_PURPOSE


def _purpose_from(words: list[str], prepositions: frozenset[str] = _FOR) -> int | None:
    """Where a purpose closing the part begins: "для" or "for" (or ``prepositions``), then
    only owners, adjectives and nouns of readers or pieces (one at least) to the part's
    end."""
    for at in range(len(words) - 1, -1, -1):
        if words[at] not in prepositions:
            continue
        rest = _without_topic(words[at + 1 :])
        if (
            rest
            and any(_is_purpose(w) for w in rest)
            and all(w in _OWNERS or w in _WRITING or _is_purpose(w) or _describes(w) for w in rest)
        ):
            return at
        return None
    return None


def _is_piece_note(words: list[str]) -> bool:
    """A part naming only the piece the answer goes into ("мне в главу надо", "это в
    курсач", "нужно в диплом"): "в"/"во" and a noun of a piece, with nothing but words of
    the request about them. "в главу государства" holds a word of its own and stays."""
    return (
        any(a in _INTO_PIECE and _is_purpose(b) for a, b in pairwise(words))
        and all(
            w in _INTO_PIECE or w in _BEFORE_PURPOSE or w in _OWNERS or _is_purpose(w)
            for w in words
        )
    )


def _without_topic(words: list[str]) -> list[str]:
    """A purpose's words without the topic of the piece closing it ("для главы про
    Карабах", "for my paper on the corridor"): what the asker writes about is no word a
    passage must hold, the question before it says what is asked. Only after a noun of a
    piece: "для бизнеса про …" keeps all its words."""
    for at, word in enumerate(words):
        if word in _TOPIC and at and _is_purpose(words[at - 1]) and at + 1 < len(words):
            return words[:at]
    return words


def _purpose_before_request(words: list[str]) -> tuple[int, int] | None:
    """Where a purpose inside a part of the request begins and ends ("мне для курсача
    точная дата нужна", "for my thesis I need the exact date"): "для"/"for", owners and
    nouns of readers or pieces (one at least), then only words of the request — a kind of
    fact asked, its precision, a need — to the part's end. None if there is no such
    purpose (one closing the part is ``_purpose_from``'s)."""
    for at, word in enumerate(words):
        if word not in _FOR:
            continue
        end = at + 1
        while (
            end < len(words)
            and words[end] not in _EXACT  # "точная дата": the kind asked, not the piece
            and (words[end] in _OWNERS or _is_purpose(words[end]) or _describes(words[end]))
        ):
            end += 1
        rest = words[end:]
        if (
            rest
            and any(_is_purpose(w) for w in words[at + 1 : end])
            and any(w in _KINDS for w in rest)
            and all(
                w in _KINDS or w in _EXACT or w in _REQUESTS or w in _BEFORE_PURPOSE or w in _OWNERS
                for w in rest
            )
        ):
            return at, end
    return None


def _purpose_opening(words: list[str]) -> int | None:
    """Where the request ends in a part opening with a purpose and a need ("Для бегущей
    строки необходим исчерпывающий перечень …": after "необходим"); None unless "для",
    then only owners, adjectives and nouns of readers or pieces (one at least), then a
    need, with the words of what is needed after it."""
    if len(words) < 4 or words[0] not in _FOR:
        return None
    for at in range(1, len(words) - 1):
        if words[at] in _NEEDED:
            piece = words[1:at]
            return at + 1 if piece and any(_is_purpose(w) for w in piece) else None
        if not (words[at] in _OWNERS or _is_purpose(words[at]) or _describes(words[at])):
            return None
    return None


def _is_use_clause(words: list[str]) -> bool:
    """ "чтобы корректно указать дату в подводке", "чтобы не ошибиться в эфире": what the
    asker will do with the answer — "чтобы", a verb of using it, then only its manner, the
    kind of fact used and the piece it goes into."""
    return (
        len(words) > 1
        and words[0] in _SO_THAT
        and any(w in _USING for w in words)
        and all(
            w in _SO_THAT
            or w in _USING
            or w in _USE_MANNER
            or w in _KINDS
            or w in _OWNERS
            or _is_purpose(w)
            for w in words
        )
    )


def _is_purpose(word: str) -> bool:
    if word in _PURPOSES:
        return True
    if not is_cyrillic(word):
        return word.rstrip("s") in _PURPOSES
    return any(p.normal_form in _PURPOSES for p in parse(word)[:2])


def _describes(word: str) -> bool:
    """An adjective or an initialism describing a reader or a piece ("еженедельной",
    "weekly", "МИД")."""
    if not is_cyrillic(word):
        return word.endswith(("ly", "al", "ive", "ic", "'s")) or word in {"press", "news", "short"}
    parses = parse(word)
    return bool(parses) and parses[0].tag.POS in {"ADJF", "PRTF"}


def _is_text_reference(words: list[str]) -> bool:
    """ "по тексту", "судя по статье", "according to the article", "сказано ли в тексте";
    "там в тексте названо место" names the kind of fact asked too (``Aside.kinds``)."""
    return (
        not _TEXTS.isdisjoint(words)
        and not _TEXT_PREPOSITIONS.isdisjoint(words)  # "this article" asks of it
        and all(
            w in _TEXTS
            or w in _TEXT_FRAME
            or w in _ATTITUDE
            or (w in _KINDS and not _TEXT_STATING.isdisjoint(words))
            for w in words
        )
    )


def _is_attitude(words: list[str]) -> bool:
    """A part of nothing but words of attitude and of talk, or parenthetical words, or a
    parenthetical phrase ("в смысле", "если честно", "to be honest")."""
    return tuple(words) in _PARENTHESES or all(w in _ATTITUDE or _parenthetical(w) for w in words)


@lru_cache(maxsize=WORDS_REMEMBERED)
def _parenthetical(word: str) -> bool:
    """Is the word one the dictionary reads first as parenthetical ("впрочем", "например")?"""
    parses = parse(word) if is_cyrillic(word) else ()
    return bool(parses) and "Prnt" in parses[0].tag


def _is_shape(words: list[str]) -> bool:
    """ "в двух словах", "одной строкой", "in one line", with words of attitude around."""
    if _SHAPE_WORDS.isdisjoint(words):
        return False  # no word of any shape: neither the words nor their core is one
    core = tuple(w for w in words if w not in _ATTITUDE or w in {"в", "in", "a"})
    return core in _SHAPES or tuple(words) in _SHAPES


def _is_own_state(words: list[str]) -> bool:
    """ "а то я запутался", "я уже забыла", "I forgot": the asker's state, no subject."""
    at = 0
    while at < len(words) and words[at] in _OWN_OPENERS:
        at += 1
    if len(words) > _LONGEST_OWN or at >= len(words) or words[at] not in _OWN_SUBJECTS:
        return False
    if words[at] not in {"я", "i"}:  # "он просил": the one the asker asks for
        return all(w in _ASKED_FOR or w in _OWN_LIGHT for w in words[at + 1 :])
    rest = [w for w in words[at + 1 :] if w not in _OWN_LIGHT]
    if len(rest) != 1:
        return False
    if not is_cyrillic(rest[0]):
        return rest[0] in {"forgot", "missed", "lost", "confused", "wonder", "guess"}
    parses = parse(rest[0])
    tag = parses[0].tag if parses else None
    return tag is not None and tag.POS == "VERB" and (tag.tense == "past" or tag.person == "1per")


def _is_understanding_asked(words: list[str]) -> bool:
    """ "Правильно ли я понимаю", "верно ли я понял", "так ли я поняла": whether the asker
    understood is asked, the statement after it checked."""
    return (
        len(words) in {3, 4}
        and words[0] in _RIGHTLY
        and words[1] == "ли"
        and words[2:-1] in ([], ["я"])
        and words[-1] in _UNDERSTOOD
        and words[-1] not in _RIGHTLY
    )


def _is_doing(words: list[str]) -> bool:
    """ "Пишу заметку", "готовлю справку для пресс-службы": what the asker is doing."""
    own = [w for w in words if w not in _ATTITUDE]  # "просто уточняю"
    return (
        bool(own)
        and (
            own[0] in ASKER_DOING
            or (len(own) > 1 and own[0] in {"я", "i"} and own[1] in ASKER_DOING)
        )
        and all(
            w in ASKER_DOING
            or w in _OWNERS
            or w in _FOR
            or w in _MATERIAL
            or w in _TOWARDS
            or w in _ATTITUDE
            or _is_purpose(w)
            or _describes(w)
            or w in {"я", "i"}
            for w in words
        )
    )


def _is_request(words: list[str]) -> bool:
    """A wish or request of the asker's: a request word, then only what is requested,
    kinds of fact and words of attitude ("хочу понять", "нужна атрибуция", "можно фамилию
    этого человека", "I need the exact quote")."""
    return any(w in _REQUESTS for w in words) and all(
        w in _REQUESTS
        or w in _REQUESTED
        or w in _KINDS
        or w in _ATTITUDE
        or w in _TEXTS  # "хочу сверить с текстом"
        for w in words
    )


def _is_self(words: list[str]) -> bool:
    """ "Я журналист", "I'm a journalist", "я студентка журфака": who the asker is."""
    at = 1 if words[0] in {"я", "i'm", "im"} else 2 if words[:2] == ["i", "am"] else 0
    rest = [w for w in words[at:] if w not in {"a", "an"}]
    return (
        bool(at and rest)
        and any(w in _ASKERS for w in rest)
        and all(w in _ASKERS or _describes(w) or w in _ATTITUDE for w in rest)
    )


def _is_occasion(words: list[str]) -> bool:
    """ "Завтра брифинг", "Скоро эфир", "Сегодня пресс-конференция": when the asker's piece is
    due. Its nouns are the asker's, never the briefing's, and weighed as the subject sink it."""
    return (
        not WHEN_DUE.isdisjoint(words)
        and any(_is_purpose(w) for w in words)
        and all(w in WHEN_DUE or w in _ATTITUDE or _is_purpose(w) or _describes(w) for w in words)
    )


def _is_announcement(words: list[str]) -> bool:
    """ "Быстрый вопрос", "Уточняющий вопрос", "у меня вопрос", "quick question"."""
    return not QUESTION_NOUNS.isdisjoint(words) and all(
        w in QUESTION_NOUNS or w in _ANNOUNCING or w in _ATTITUDE or _describes(w) for w in words
    )


def _is_apology(words: list[str]) -> bool:
    """ "Извините за беспокойство", "sorry to bother you"."""
    return words[0] in _SORRY and all(
        w in _SORRY or w in _SORRY_FOR or w in _ATTITUDE for w in words
    )


def _opener(words: list[str]) -> int:
    """The length of a request opening a part and naming what it wants before the
    subject: "дайте цифру товарооборота", "назовите фамилию эксперта, который …", "нужна
    точная цитата Гусейнова", "give me the exact figure of …" (0: none; at least
    ``_SHORTEST_REST`` words of the subject must follow)."""
    at = 0
    while at < len(words) and (words[at] in _ATTITUDE or words[at] in _ASKER):
        at += 1
    if at >= len(words) or words[at] not in _REQUESTS:
        return 0
    end = at + 1
    while end < len(words) and (
        words[end] in _REQUESTS or words[end] in _KINDS or words[end] in _OPENING_OBJECTS
    ):
        end += 1
    named = any(
        w in _KINDS or (w in _OPENING_OBJECTS and w not in _LIGHT_OBJECTS)
        for w in words[at + 1 : end]
    )
    return end if named and len(words) - end >= _SHORTEST_REST else 0


def _is_requested(words: list[str]) -> bool:
    """What a request just made asks for, as a part of its own: "источник", "пожалуйста",
    "дословно", "фамилию" (of "Назовите, пожалуйста, источник")."""
    return all(w in _REQUESTED or w in _KINDS or w in _ATTITUDE for w in words)


def _doubt_spans(text: str) -> list[tuple[int, int]]:
    """The particles of doubt before a verb ("Тусупбеков правда назвал")."""
    found = []
    words = list(_WORD.finditer(text))
    for at, match in enumerate(words[1:-1], 1):
        if fold_word(match.group()) not in _DOUBTING:
            continue
        parses = parse(fold_word(words[at + 1].group()))
        if parses and parses[0].tag.POS in {"VERB", "PRTS"} and _same_clause(text, match):
            found.append((match.start(), match.end()))
    return found


def _same_clause(text: str, match: object) -> bool:
    """Is the word inside a clause, no punctuation right around it ("правда, что …" is
    the statement frame ``unframed`` reads)?"""
    start, end = match.start(), match.end()  # type: ignore[attr-defined]
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    return bool(before) and before[-1].isalnum() and bool(after) and after[0].isalnum()
