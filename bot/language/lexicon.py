"""Words that carry no meaning for matching, and words that say what kind of answer is wanted.

Stop words are dropped before scoring; intent words are read first ("сколько" asks for a
figure, "кто" for a person) and then dropped too. Both lists hold lemmas and folded words,
since they are consulted after lemmatisation.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable


def word_set(text: str) -> frozenset[str]:
    """A set from space-separated words: long Russian word lists stay readable."""
    return frozenset(text.split())


def by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases (word sequences) grouped by their first word, in their order: a reader
    looking for one at each word of a question tries only those starting with that word, not
    the whole table at every word (a question's per-word cost, not the table's)."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        grouped.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(group) for first, group in grouped.items()}


RUSSIAN_STOP = word_set(
    """
    а и в во на о об обо про с со к ко у из от до по за над под при для без же ли бы вот
    то это этот эта эти тот та те что чем чего чему как так такой такая такое такие
    какой какая какое какие каков какова каково каковы который которая которые ли или либо
    но да нет не ни
    уже еще ещё тоже также там тут здесь он она оно они его ее её их ему ей им мне меня
    мы нас вы вас ты тебя я мой твой наш ваш свой себя весь все всё всех был была было
    были быть есть будет будут мочь можно надо ну вообще просто пожалуйста скажи скажите
    расскажи расскажите подскажи подскажите объясни объясните интересно хочу хотеть
    знать узнать мне говорить сказать сказал сказала сказали говорил говорит
    говорят думать думает считать считает считают мнение мнению мнения оценке оценкам
    данным подсчетам подсчётам расчетам расчётам
    отметить отметил
    заявить заявил подробнее кратко коротко насчет насчёт касательно именно ли ах ой эй
    а-то бот где когда почему зачем кроме кроме того разве неужели
    ведь лишь только пусть давай давайте сам сама сами перечисли перечислите назови назовите покажи
    покажите фраза фразой вкратце словах словам двух коротко кратко больше меньше много мало
    должен должна должно должны
    оба обе обоих обеих обоим обеим обоими обеими
    все-таки всё-таки опять-таки так-таки
    чтоб
    """
)

# "per Huseynov" is "according to Huseynov"; "out" only completes a verb ("reach out",
# "carry out"); "otherwise" says "another way" ("what is it otherwise called"). Unknown to
# most entries, each weighed as much as the rarest content word.
# So are the words of an English request ("summarise what…", "anything about…", "per the
# piece", "the same thing as…", "source pls", "source for the line that…" — every answer
# names its source —, "the figures he gives") and its conjunctions ("projected if …",
# "whether"). Not "exactly", "actually": a precision the passage must give, so a passage
# only naming the thing asked about should not answer as surely. But "roughly",
# "approximately", "around", chat's "ballpark": a hedge on the amount asked, which loosens,
# never narrows, what answers; and "whose", a question word (``answer_types`` reads it as
# asking for a person before stop words go). "Certain" only makes its noun indefinite ("certain
# qualities"), and "though", "tho" join or soften ("why Turkey tho"). "Stuff" is chat's
# "things" ("all this corridor stuff"), naming nothing of its own. "Him" stands for a
# person named before, as "his" does; "wasn", "didn" are what the tokenizer leaves of
# "wasn't", "didn't" (the negation is read by ``negation.asks_why_not``).
ENGLISH_STOP = word_set(
    """
    a an the of to in on at for by with about from into is are was were be been being having do
    does did done what which that this these those it its it's he she they them his her
    their there here and or but not no yes please tell me us you your i my we our say
    said says think thinks thought opinion view views estimation can could would should will shall
    may might must any some all according article bot just also really so very much more
    about regarding give show explain know want let's lets as see get got make made go
    went come came take took talk talked mention mentioned describe described list name
    briefly short summary sum up overall does doing has have had how's what's who's
    where when why kind sort type way
    per out otherwise
    rather than anything something anyone anybody summarise summarize summarised summarized
    recap outline piece same thing things if whether
    roughly approximately approx around ballpark whose
    likely unlikely probably happen happens happened happening
    gives gave given giving pls plz source sources ago
    consider considers considered like among amongst
    certain though tho although anyway
    stuff
    cite cites cited citing once
    besides except excluding apart aside
    him himself herself themselves
    isn aren wasn weren didn doesn hasn haven hadn couldn wouldn shouldn
    """
)

# Intent markers, matched on folded tokens before stop words are removed.
COUNT_WORDS = frozenset(
    {
        "сколько",
        "скольки",  # "до скольки", colloquial
        "скольких",
        "скольким",
        "многих",
        "how",
        "many",
        "much",
        "сколко",
        "скока",
        "скоко",
        "сколька",
        "скольк",
        "скольго",
    }
)
# Nouns naming the size of a thing ("объём перевозок", "amount of oil"): the thing after them
# is measured — in tonnes, in dollars — not counted by the number (``Matcher._counts_noun``).
VOLUME_WORDS = frozenset({"объем", "объема", "объемы", "amount", "volume"})
# "number of wagons", "amount of oil": the noun after "of" is counted, as after "how many".
COUNT_PHRASES = (
    *(("how", "many"), ("how", "much"), ("how", "long"), ("какой", "объем")),
    *(("number", "of"), ("amount", "of"), ("volume", "of")),
    # "the count of member states", "what's the tally of deals": how many, as "number of"
    *(("count", "of"), ("tally", "of")),
)
# With the nouns asking what a person is ("его должность", "Tusupbekov's background"),
# "whos", "who's" typed without its apostrophe, and the verb asking a name ("как ЗОВУТ
# политолога").
WHO_WORDS = frozenset(
    {"кто", "кого", "кем", "who", "whom", "whos", "должность", "должности", "профессия"}
    | {"position", "job", "background", "biography", "bio"}
    | {"зовут", "звали"}
)

# Words in English that the English reading of a message may contain even when the knowledge
# base never uses them: they make a genuine English question look like English.
ENGLISH_COMMON = word_set(
    """
    how many much long who what when where why which did does do is are was were the a
    an of to in on at for and or with about between say said says tell told expert
    experts figure figures number numbers key topic topics main list all visit agreement
    agreements sign signed trade turnover country countries year years people person
    population weather capital city price cost costs ticket president minister football
    today tomorrow news will would could should can next last first new old big small
    good bad time day days hello hi hey thanks thank please help
    """
)


def is_stop(word: str) -> bool:
    # the dash looked for first: asked of every word of every reading, most have none
    return word in RUSSIAN_STOP or word in ENGLISH_STOP or ("-" in word and _indefinite(word))


# "что-то", "кто-нибудь", "какой-либо": a pronoun made indefinite names nothing, as the
# pronoun itself (a stop word) names nothing — "или что-то большее", "кто-то из экспертов".
_INDEFINITE_TAILS = frozenset({"то", "нибудь", "либо"})
_INDEFINITE_BASES = word_set(
    "кто кого кому кем ком что чего чему чем где куда откуда когда как какой какая какое "
    "какие какого какую каким какими каких чей чья чье чьи сколько почему зачем"
)


def _indefinite(word: str) -> bool:
    """Is the word a Russian pronoun made indefinite by "-то", "-нибудь", "-либо"?"""
    base, dash, tail = word.rpartition("-")
    return bool(dash) and tail in _INDEFINITE_TAILS and base in _INDEFINITE_BASES


# "в каком году", "what year": the year of the event, which a briefing may not give.
YEAR_PHRASES = frozenset(
    {("каком", "году"), ("какой", "год"), ("какого", "года"), ("what", "year"), ("which", "year")}
)
# The article's address or author: never part of a briefing's knowledge.
META_WORDS = word_set("ссылка ссылку ссылки url урл линк")
# English "link" is as often a connection ("the rail link", "how does he frame the link",
# "a key link of the route") as the article's address: it asks for the address only beside
# a word of the article or its source ("link to the article", "source link") or with nothing
# else to be about ("link pls", "can I get the link?").
_ADDRESS_LINKS = word_set("link links")
_ADDRESS_OF = word_set("source original original's website site web page")


def asks_address(words: tuple[str, ...]) -> bool:
    """Does the question (its folded words) ask for the article's address ("ссылка на
    статью", "url", "link to the piece", "link?") rather than speak of a link between things
    ("the rail link", "frame the link")?"""
    if any(w in META_WORDS for w in words):
        return True
    if not any(w in _ADDRESS_LINKS for w in words):
        return False
    others = [w for w in words if w not in _ADDRESS_LINKS and not is_stop(w)]
    return not others or any(w in ARTICLE_WORDS or w in _ADDRESS_OF for w in others)


# "автор статьи", "who wrote the article": the article's making, which a briefing never gives.
AUTHOR_WORDS = word_set(
    "автор автора авторы написал написала написан написана опубликовал опубликована опубликован "
    "author authors wrote write written journalist журналист журналиста published publish"
)
ARTICLE_WORDS = word_set("статья статью статьи статье материал материала публикация article piece")
# Verbs and nouns of saying: "что сказал Токаев", "what did Erdogan say", "речь Токаева".
SAY_WORDS = word_set(
    "сказал сказала сказали говорил говорила говорили говорит заявил заявила заявляли "
    "думает считает думают считают мнение речь речи выступлении выступление ответил привел "
    "привела привели приводит назвал назвала назвали "
    # the plural and present forms of the same verbs: "что говорят министры", "что заявили
    # перевозчики" — many speakers asked at once, none of them quoted
    "говорят заявили заявляет заявляют "
    "say said says think thinks opinion speech words told"
)
# Verbs of calling a thing something ("визит назвали новой страницей", "called it a new
# page"): a characterisation, which the article may make in its own words.
CALLING_WORDS = word_set(
    "назвал назвала назвали назвало называет называют называл называла называли называется "
    "call calls called"
)
# Asking for someone's view: "позиция России", "как Пашинян отреагировал", "China's stance".
VIEW_WORDS = word_set(
    "мнению позиция позицию оценка оценку оценил оценила относится относятся отреагировал "
    "отреагировала высказался высказывался комментировал прокомментировал "
    "view views position react reacted comment commented stance "
    # judging a thing said or done: "как политолог отнёсся к идее — поддержал или нет"
    "отнесся отнеслась отнеслись одобрил одобрила одобрили поддержал поддержала поддержали "
    "раскритиковал раскритиковала раскритиковали похвалил похвалила хвалил хвалила "
    "критиковал критиковала приветствовал приветствовала "
    # the same in English, as done ("which countries supported the Turkic seven idea")
    "supported endorsed backed approved welcomed criticised criticized praised"
)
# Verbs of an expert's judging, expecting or interpreting (lemmas): "какие перспективы видит
# Гусейнов", "как Ишмухамедов оценивает визит", "what does Guseinov predict". With the expert
# named they frame the question (his view is what any of his entries gives), they are no word
# of its subject; what they ask (a forecast, a view) is read from the words, not the terms.
OPINION_VERB_LEMMAS = word_set(
    "видеть оценивать оценить ожидать прогнозировать спрогнозировать предсказывать обещать "
    "пообещать сулить "
    "предсказать предвидеть трактовать истолковывать толковать расценивать расценить "
    "характеризовать охарактеризовать воспринимать predict expect forese interpret assess estim "
    "pictur envisag envis imagin "
    # judging what another said or did: "как Ишмухамедов отнёсся к идее Гаджиева — одобрил?"
    "отнестись относиться одобрить одобрять поддержать поддерживать раскритиковать "
    "критиковать похвалить хвалить приветствовать "
    # counting on an outcome: "до какой суммы эксперт рассчитывает поднять товарооборот"
    "рассчитывать "
    # a formal register's judging: "как депутат квалифицировал визит", "чем он обосновывает"
    "квалифицировать обосновывать обосновать"
)
# Nouns of a judgement given (lemmas): "какую оценку дал", "какова характеристика визита" —
# a judge's words on a thing, which his statement gives (``predicates``, the matcher's
# framing of a one-judge question).
JUDGEMENT_NOUNS = word_set("оценка характеристика")
# "со стороны X": the one whose view or judgement a noun of it asks.
FROM_SIDE = ("со", "стороны")
# Verbs of speaking up (Russian lemmas: an English stem may be the noun, "the comments"):
# "какие эксперты выступали". With an expert
# named (or "эксперты") they frame the question as the verbs of judging do: any of his
# entries is what he said, and the verb is no word of its subject.
SPEAKING_VERB_LEMMAS = word_set(
    "выступать выступить высказываться высказаться комментировать прокомментировать "
    "рассказывать рассказать "
    # "зачем Ишмухамедов заговорил про семёрку": raising a subject is speaking up on it
    "заговорить заговаривать"
)
# A person's own act of speaking up, as a place question asks it ("где выступал Гусейнов",
# "в каком городе говорил", "где давал интервью", "where did he comment"): lemmas and English
# stems. His passage is his words; where he said them is told only by a text naming him.
SPEECH_ACT_LEMMAS = SPEAKING_VERB_LEMMAS | word_set(
    "говорить сказать заявить заявлять написать писать отметить отмечать подчеркнуть "
    "подчёркивать подчеркивать высказать высказывать давать дать интервью комментарий "
    "speak spoke said say comment interview talk talked wrote write give gave"
)
# A price is asked for: only a figure in money can answer it.
PRICE_LEMMAS = word_set("стоить стоимость цена тариф price cost fare")
CURRENCY_MARKS = ("доллар", "рубл", "тенге", "манат", "евро", "$", "€", "dollar")
# "когда", "when": with a verb in the future tense the question asks for a forecast.
WHEN_WORDS = word_set("когда when дата date")
# "цифры", "figures": with an expert's name, that expert's figures.
FIGURE_LEMMAS = word_set("цифра число figur number данные статистика stat")
# "эксперты", "политологи", "experts" (lemmas): a request about every expert, not one.
EXPERT_LEMMAS = word_set("эксперт политолог аналитик специалист expert analyst specialist")
# "цитата", "дословно", "quote": the person's own words are wanted, not a paraphrase.
QUOTE_WORDS = word_set(
    "цитата цитату цитаты цитатой цитат дословно дословный дословная дословные дословное "
    "дословный quote quotes quotation verbatim"
)
# Words insisting on the very thing a question names: "what exactly", "какие конкретно",
# "что именно". One list for every reader: ``answer_types.asks_precisely`` (the relation
# named must be said), ``specifics.asks_specifics`` (what the thing consists of, "именно"
# only after a question word: "почему именно семь" asks a reason), and the English noun
# asked with them (``predicates``).
SPECIFYING_EN = word_set("exactly specifically precisely")
SPECIFYING_RU = word_set("конкретно конкретный конкретная конкретное конкретные конкретных")
JUST_WORDS = word_set("именно")
# People named by office, in the nominative: "что сказал президент" asks for words the
# article may not quote ("помощник президента" is a role of its own and does not match).
ROLE_PEOPLE = word_set(
    "президент министр премьер премьер-министр лидер глава посол спикер "
    "president minister premier leader ambassador speaker"
)
# Bodies that speak as one ("что сказали в организации тюркских государств", "what did the
# ministry say"): Russian lemmas, English forms. The article quotes only its experts, so words
# put in a body's mouth are not in it, as a person's it never quotes are not.
BODY_NOUNS = word_set(
    "организация министерство мид правительство ведомство администрация секретариат комиссия "
    "кремль organization organisation ministry government secretariat commission kremlin"
)
# Many people named as one ("что говорит бизнес", "как отреагировала общественность"):
# Russian lemmas. The article quotes none of them, as it quotes no body.
GROUP_NOUNS = word_set("бизнес общественность население")
# Personal pronouns standing for a person named before ("а что он сказал…", "по её словам").
MALE_PRONOUNS = word_set("он его него ему нему им ним нём нем")
FEMALE_PRONOUNS = word_set("она её ее неё нее ей ней")
ENGLISH_PRONOUNS = word_set("he him his she her")

# English paraphrases of the words curators write in English summaries and phrasings of
# news about diplomacy, trade and transport: an English question's word the briefing lacks
# is read as its plainer synonym when the briefing has that ("ties" for "relations"). Only
# near-equivalents: a synonym that shifts the meaning would answer another question.
ENGLISH_SYNONYMS: dict[str, str] = {
    # "no older and younger": the elder of a pair, as the article's English writes it
    "older": "elder",
    "relationship": "relations",
    "relationships": "relations",
    "bond": "ties",
    "bonds": "ties",
    "union": "alliance",
    "coalition": "alliance",
    "publish": "wrote",
    "published": "wrote",
    # the publisher as a reader names it: "which publication / newspaper asked
    # experts" asks the outlet (``support._PUBLISHER_NOUNS``); not "media", which "social
    # media" is too
    "publication": "outlet",
    "newspaper": "outlet",
    "tweet": "post",
    "tweeted": "post",
    "determine": "define",
    "determines": "define",
    "talks": "negotiations",
    "accord": "agreement",
    "accords": "agreement",
    "pact": "agreement",
    "pacts": "agreement",
    "treaty": "agreement",
    "railroad": "railway",
    "railroads": "railway",
    "frontier": "border",
    "funding": "investment",
    "funds": "investment",
    # money "poured in" is invested, as "вбухать" is in Russian: "if they pour money in"
    "pour": "investment",
    "pours": "investment",
    "pouring": "investment",
    "accelerate": "speed",
    "remark": "comment",
    "remarks": "comment",
    "evaluate": "assess",
    "evaluated": "assess",
    # how one "reacted" to a statement is how he assessed it
    "react": "assess",
    "reacted": "assess",
    "reaction": "assess",
    "reactions": "assess",
    "judge": "assess",  # "how they judge it"
    "judged": "assess",
    "collaboration": "cooperation",
    "vessel": "ship",
    "vessels": "ships",
    "holy": "sacred",
    # "rail shipments": its freight
    "shipment": "freight",
    "shipments": "freight",
    "tons": "tonnes",
    "tonnage": "tonnes",
    # an analyst's "throughput" of a route is the volume carried on it
    "throughput": "volume",
    "throughputs": "volumes",
    # "Baku is prepared to provide": ready to
    "prepared": "ready",
    # a reporter's "streamlining road haulage" is the simplifying of road transport
    "streamline": "simplify",
    "streamlining": "simplifying",
    "streamlined": "simplified",
    "haulage": "transport",
    "usd": "dollars",
    "bucks": "dollars",
    "buck": "dollar",
    "goal": "aim",
    "goals": "aims",
    "objective": "aim",
    "objectives": "aims",
    "commerce": "trade",
    "business": "trade",  # "how much business do they do": their trade
    "nations": "countries",
    "nation": "country",
    "states": "countries",  # "how many states cooperate" (the singular is a "state visit")
    "chief": "head",
    "lawmaker": "deputy",
    "mp": "deputy",
    "parliamentarian": "deputy",
    "azeri": "azerbaijani",  # the colloquial adjective ("the Azeri MP")
    "analyst": "expert",
    "scholar": "expert",
    "body": "group",  # "an inter-parliamentary body"
    "bodies": "groups",
    "through": "via",  # "exports through Azerbaijan"
    "thru": "via",
    "highlight": "note",  # "which region did Hajiyev highlight": "he noted the significance"
    "highlighted": "noted",
    "highlights": "notes",
    "extra": "additional",  # "the extra railway investments": "дополнительных инвестиций"
    "lately": "recently",
    "online": "electronic",  # "online pre-registration": done electronically
    "received": "welcomed",  # "the capital where he was received": where he was welcomed
    "shortly": "recently",  # "shortly before"
    "senior": "elder",  # "no senior and junior states"
    "junior": "younger",
    "landed": "arrived",  # "when did Aliyev land"; "land" alone is also ground ("by land")
    # relations that "shifted" or made "a transition" from one level to another have moved
    "shift": "move",
    "shifts": "moves",
    "shifted": "moved",
    "transition": "move",
    "transitions": "moves",
    "transitioned": "moved",
    # a time "halved" is a time cut (to half: the figures tell by how much)
    "halved": "cut",
    "halve": "cut",
    "halving": "cut",
    "down": "cut",  # "get transit down to 7-8 days", "bring the time down": a time cut
    "climb": "grow",  # "could trade climb to a billion"
    "climbs": "grows",
    "hit": "reach",  # "could trade hit a billion dollars"
    # an amount made bigger: "raise turnover to a billion", "lift trade to $1bn"
    "raise": "increase",
    "raises": "increases",
    "raised": "increased",
    "raising": "increasing",
    "lift": "increase",
    "lifts": "increases",
    "lifted": "increased",
    "lifting": "increasing",
    "hits": "reaches",
    "hitting": "reaching",
    # an amount to grow so many times: the article's amounts tell ("could trade double"); not
    # "doubled", a change already made, which no target answers
    "double": "grow",
    "doubles": "grows",
    "triple": "grow",
    "triples": "grows",
    "bind": "unite",  # "what would bind the Turkic seven together"
    "binds": "unites",
    # railway "upgrades" and "improvements" are its modernisation
    "upgrade": "modernise",
    "upgrades": "modernise",
    "upgrading": "modernise",
    "improvement": "modernise",
    "improvements": "modernise",
    # "what is the KPI for trade turnover": the figure aimed at, its target
    "kpi": "target",
    "kpis": "targets",
    # an amount "achievable", "attainable" is the target set for it ("what trade volume does
    # the expert consider achievable": the goal he names, not today's figure)
    "achievable": "target",
    "attainable": "target",
    "reachable": "target",
    # a time "getting shorter" is a time cut: "delivery times could get way shorter"
    "shorter": "cut",
    "feasible": "target",
    # what stands in trade's way, in a reporter's word: "the obstacles restraining mutual
    # trade" are the "barriers … that hold back" its growth
    "obstacle": "barriers",
    "obstacles": "barriers",
    "impediment": "barriers",
    "impediments": "barriers",
    "hurdle": "barriers",
    "hurdles": "barriers",
    "chokepoint": "barriers",
    "chokepoints": "barriers",
    "bottleneck": "barriers",
    "bottlenecks": "barriers",
    "restrain": "hold",
    "restraining": "hold",
    "restrains": "hold",
    "constrain": "hold",
    "constraining": "hold",
    "constrains": "hold",
    "hamper": "hold",
    "hampering": "hold",
    "hampers": "hold",
    "began": "start",
    "begin": "start",
    "begins": "start",
    # Astana's name in 2019–2022, still in readers' use
    "nur-sultan": "astana",
    "nursultan": "astana",
    # a ranking of states is the "elder" and "younger" an article denies ("no hierarchy")
    "hierarchy": "elder",
    "hierarchies": "elder",
    "hierarchical": "elder",
    # the time a figure or a state of things is asked for, as a reporter writes it: "the
    # present level of trade", "presently", "nowadays" are the briefings' "current", "now"
    "present": "current",
    "presently": "currently",
    "nowadays": "now",
    # whether an amount is enough, in the reporter's word: "is the trade level adequate"
    # (the briefings' English says "sufficient", "not enough")
    "adequate": "sufficient",
    "adequately": "sufficient",
    "inadequate": "enough",
    "insufficient": "enough",
    "satisfactory": "sufficient",
    # Turkey under its official name since 2022, as the wires write it ("Türkiye", folded
    # "turkiye" by ``text.fold``)
    "turkiye": "turkey",
    # a memorandum of understanding is one of the documents an article counts as signed
    "mou": "agreement",
    "mous": "agreements",
    "memorandum": "agreement",
    "memoranda": "agreements",
    "memorandums": "agreements",
    # the trade press's words for rolling stock and farming: "railcars", "freight cars" are
    # wagons; "farming", "agribusiness", "agri-food" the agrarian sector
    "railcar": "wagon",
    "railcars": "wagons",
    "carriages": "wagons",
    "carriage": "wagon",
    "farming": "agriculture",
    "farm": "agriculture",
    "agri": "agriculture",
    "agro": "agriculture",
    "agribusiness": "agriculture",
    "agrifood": "agriculture",
    # "in which spheres", "what fields", "which domains": the areas (``ENGLISH_EQUIVALENTS``)
    "sphere": "area",
    "spheres": "areas",
    "field": "area",
    "fields": "areas",
    "domain": "area",
    "domains": "areas",
    # a party's view in a reporter's word: "China's stance" is its position
    "stance": "position",
    "stances": "positions",
    # an ordinal names the place its cardinal fills: "Turkey as the seventh member" of seven
    **{
        ordinal: number
        for ordinal, number in (
            ("third", "3"),
            ("fourth", "4"),
            ("fifth", "5"),
            ("sixth", "6"),
            ("seventh", "7"),
            ("eighth", "8"),
            ("ninth", "9"),
            ("tenth", "10"),
        )
    },
}

# Russian words of everyday speech for what news about diplomacy, trade and transport says in
# its own words (lemmas, ё written е): "Поднебесная" is China, "ужать" a time is to shorten
# it, a "контейнер" is cargo, "суда" on the Caspian are its ferries. A question's word the
# briefing never uses is read as the word here when the briefing has that one (as
# ``ENGLISH_SYNONYMS``); a briefing using the word itself is read by its own word. Only
# near-equivalents: a synonym that shifts the meaning would answer another question.
# Words of one sector said by another in the article's subject: "роль в логистике региона"
# is the part the expert gives "в формировании транспортной карты региона" — logistics is
# moving goods, which a passage on transport (routes, carriage) is about. Read only where a
# question's subject word must be the entry's (``Matcher.explains_subject``), never scored.
SECTOR_KIN: dict[str, frozenset[str]] = {
    "логистика": frozenset({"транспорт", "транспортный", "перевозка", "грузоперевозка"}),
    "логистический": frozenset({"транспорт", "транспортный", "перевозка", "грузоперевозка"}),
}
# A formal register's words for what news writes plainly (a TV anchor's, a report's): "перечень
# отраслей" is the list of spheres, "договорённости" are agreements, "надлежащее
# финансирование" due investment, "квалифицировал визит" what he called it. Weighed as words
# of the subject, each sank the passage saying the plain word (read only where the briefing
# has that word, ``Analyser._russian_synonym``).
_OFFICIALESE_WORDS_RU: dict[str, str] = {
    "отрасль": "сфера",
    "перечень": "список",
    "договоренность": "соглашение",
    "надлежащий": "должный",
    "финансирование": "инвестиция",
    "финансировать": "инвестиция",
    "профинансировать": "инвестиция",
    "прибавить": "добавить",
    "прибавлять": "добавить",
    # "дополнить формат Турцией": to add her to it
    "дополнить": "добавить",
    "дополнять": "добавить",
    # "направления двустороннего взаимодействия": the diplomat's word for the cooperation
    # the article names ("двустороннего сотрудничества")
    "взаимодействие": "сотрудничество",
}
RUSSIAN_SYNONYMS: dict[str, str] = {
    # "когда стартовал визит": a visit started is one begun
    "стартовать": "начаться",
    "стартануть": "начаться",
    "поднебесная": "китай",
    "поднебесный": "китай",
    "ужать": "сократить",
    "урезать": "сократить",
    "сжать": "сократить",
    "вложиться": "вложение",
    # "сколько денег вложить", "вложил в Казахстан": the investment the briefing names
    "вложить": "вложение",
    "вкладывать": "вложение",
    # money poured in, as speech says it: "во что надо вбухать деньги"
    "вбухать": "вложение",
    "вбухивать": "вложение",
    # "сколько Казахстан инвестировал в Азербайджан": the investment the briefing names
    "инвестировать": "инвестиция",
    "проинвестировать": "инвестиция",
    "товарообмен": "товарооборот",
    # a bar set for a figure is its goal: "какую планку по товарообороту ставят" asks the level
    # the turnover is to reach, as "цель" does
    "планка": "цель",
    # "сколько мы наторговываем с Баку за год": what two countries trade up to in a year is
    # their turnover (the prefix of amassing hides "торговать" from ``kin``)
    "наторговать": "товарооборот",
    "наторговывать": "товарооборот",
    # goods on their way are the article's cargo: "сколько дней едут товары из Китая", "когда
    # пойдут контейнеры" ("обмен товарами" is trade, which ``товарообмен`` above reads)
    "товар": "груз",
    "контейнер": "груз",
    "судно": "паром",
    # ships on the Caspian are the article's ferries: "корабли через Каспий", "флот для Каспия"
    "корабль": "паром",
    "флот": "паром",
    # engines as people name them: "паровозы и вагоны", "тепловозы" are the locomotives
    "паровоз": "локомотив",
    "тепловоз": "локомотив",
    "электровоз": "локомотив",
    # a crossing by water is made by ferry: "каспийская переправа"
    "переправа": "паром",
    "рад": "радовать",
    "радоваться": "радовать",
    # an outlet "обратилась за комментариями к экспертам": it asked them, it interviewed them
    "опрашивать": "обратиться",
    "опросить": "обратиться",
    "интервьюировать": "обратиться",
    # "брало коменты у экспертов": chat clips "комментарий" to "коммент", often with one "м"
    "коммент": "комментарий",
    "комент": "комментарий",
    "камент": "комментарий",
    "каммент": "комментарий",
    # ... and its verb: "какие эксперты комментили визит" ("комментировать" the briefing's)
    "комментить": "комментировать",
    "коментить": "комментировать",
    # the outlet as a reader names it: "какая газета / какое СМИ брало комментарии" asks the
    # publisher the briefing calls "издание" (``support._PUBLISHER_NOUNS``)
    "газета": "издание",
    "сми": "издание",
    "редакция": "издание",
    # newsroom words for the piece itself: "для этого материала", "в этой заметке"
    "материал": "статья",
    "заметка": "статья",
    "сакральный": "священный",
    "святой": "священный",
    # money and time as people say them: "в баксах" is in dollars ("долл." its written short
    # form), "за сколько суток" in how many days, "лярд" a billion
    "бакс": "доллар",
    "долл": "доллар",
    "сутки": "день",
    # scales clipped in speech: "лярд", "ярд" a billion, "лям" a million
    "лярд": "миллиард",
    "ярд": "миллиард",
    "лям": "миллион",
    # a project launched is one carried out: "если проекты запустят", "после запуска
    # проектов" is the briefing's "реализация проектов"
    "запустить": "реализация",
    "запускать": "реализация",
    "запуск": "реализация",
    # "до скольки могут дотянуть товарооборот": to bring it up to a level; "дорасти" to grow to
    "дотянуть": "довести",
    "дотягивать": "довести",
    # "был ли гуманитарный трек": a line of the talks, as a sphere of cooperation is named
    "трек": "сфера",
    # "до скольки его можно разогнать": a student's word for pushing a figure up to a level
    "разогнать": "довести",
    "разгонять": "довести",
    # "почему торговля не растёт": growing is the growth a briefing names by its noun
    "расти": "рост",
    "дорасти": "вырасти",
    "дорастить": "вырасти",  # the lemma a dictionary gives "дорасти" first
    "дорастать": "вырасти",
    "подрасти": "вырасти",  # "может подрасти до миллиарда": grow to it
    "подрастить": "вырасти",  # the lemma a dictionary gives "подрасти" first
    # "что по железке": the railway, as speech clips it
    "железка": "железнодорожный",
    # "кто позвал Алиева": who invited him
    "позвать": "пригласить",
    # a leader's going somewhere is his coming there: "куда направился (отправился, полетел)
    # Алиев" asks where he arrived, which the briefing writes "прибыл … в Казахстан" ("ездить"
    # is not here: "зачем Токаев ездил в Габалу" is another's trip, told by what he did there;
    # nor "поехать", read as the goods' "ехать" by ``Analyser._paraphrase``)
    "направиться": "прибыть",
    "отправиться": "прибыть",
    "съездить": "прибыть",
    "полететь": "прибыть",
    "слетать": "прибыть",
    # "экспорт казахстанского сырья": the raw materials a country of oil and gas sells are its
    # energy resources, the word news of this region writes
    "сырье": "энергоресурсы",
    # "во что переросли отношения": relations grown into a new level have moved to it, as
    # the briefing writes ("перешли … к настоящему стратегическому союзу")
    "перерасти": "перейти",
    "перерастать": "перейти",
    # "кого присоединить к шестёрке": to join one to a group is to add him to it
    "присоединить": "добавить",
    "присоединять": "добавить",
    # "сколько тонн Баку готов потянуть": what one can carry, as speech says it, is what he
    # is ready to provide ("готов обеспечить 5–7 миллионов тонн")
    "потянуть": "обеспечить",
    # "если Турцию подтянут / подключат к шестёрке": brought into the group, added to it
    "подтянуть": "добавить",
    "подтягивать": "добавить",
    "подключить": "добавить",
    "подключать": "добавить",
    # "выбор Азербайджаном мирного пути": the choice is what "Азербайджан выбрал путь мира"
    # says, the verb of its noun (too few letters shared for ``kin`` to see it)
    "выбор": "выбрать",
    # "включение Турции в семёрку", "включить Турцию в формат": taken into the group, added
    "включить": "добавить",
    "включать": "добавить",
    "включение": "добавить",
    # "подписали бумаги": papers signed are documents — agreements, a declaration
    "бумага": "документ",
    "бумажка": "документ",
    # "какие последствия визита", "каков эффект": what came or will come of a thing is its
    # results, the word news writes ("результаты визита позволят …")
    "последствие": "результат",
    "эффект": "результат",
    # "в какой соцсети Гаджиев выложил пост": to put a post up is to publish it
    "выложить": "опубликовать",
    "выкладывать": "опубликовать",
    "запостить": "опубликовать",
    "постить": "опубликовать",
    # "прокачка нефти через Азербайджан": oil or gas pumped through a country is its transit
    "прокачка": "транзит",
    "прокачивать": "транзит",
    # "как он отозвался о записи Гаджиева", "твит помощника": what one put up in a social
    # network is his post
    "запись": "пост",
    "твит": "пост",
    # "паромы хотят строить", "стройка паромов": the briefing's noun of building them
    "строить": "строительство",
    "построить": "строительство",
    "стройка": "строительство",
    # "ежегодный ориентир товарооборота", "целевой показатель": the figure aimed at, as a
    # formal register names a goal
    "ориентир": "цель",
    # "какие проблемы препятствуют росту товарооборота": what stands in trade's way, as a
    # formal register names it — the barriers and limits the briefing names
    "проблема": "барьер",
    "трудность": "барьер",
    # "какой апгрейд жд": business jargon for the modernisation (the rest in ``_JARGON_RU``)
    "апгрейд": "модернизация",
    "апгрейдить": "модернизация",
    "проапгрейдить": "модернизация",
    **_OFFICIALESE_WORDS_RU,
}

# States as Russian writes them short, by the initials of the official name ("товарооборот АР и
# РК": Азербайджанская Республика, Республика Казахстан; "грузы из КНР") — the state's very
# name, not a synonym of it, so read at full weight. Only the abbreviations one state owns in
# news of this region: "РБ" (Беларусь, Башкортостан), "КР" (Кыргызстан, Корея) and "РТ"
# (Татарстан, Таджикистан) could be either, and stay unread.
STATE_INITIALS: dict[str, str] = {
    "ар": "азербайджан",
    "азр": "азербайджан",
    "рк": "казахстан",
    "кз": "казахстан",
    "рф": "россия",
    "кнр": "китай",
    "ра": "армения",
    "руз": "узбекистан",
    "ес": "евросоюз",
}

# States as chats clip them: the Latin code typed in Cyrillic ("КЗ и АЗ", "аз-кз", "УЗ"), the
# name cut short ("каз", "азер", "азерб", "узб", "кырг") and the people's nickname ("азеры").
# Read as the state when the briefing names it (``Analyser._by_table``), at full weight, like
# ``STATE_INITIALS``: "аз" is also the Church Slavonic "I" and an old letter's name, but no
# question about a briefing on Azerbaijan means those. Keyed by lemma too ("азеров": "азер").
# Only forms of one state: "тм" (trademark), "кр" and "тур" ("тур" a tour) stay unread.
STATE_SHORT_FORMS: dict[str, str] = {
    "аз": "азербайджан",
    "азер": "азербайджан",
    "азеры": "азербайджан",
    "азерб": "азербайджан",
    "кз": "казахстан",
    "каз": "казахстан",
    "казах": "казахстан",
    "уз": "узбекистан",
    "узб": "узбекистан",
    "кырг": "кыргызстан",
    "кгз": "кыргызстан",
    "тадж": "таджикистан",
    "туркм": "туркменистан",
}

# English plurals with a sense of their own, which their stem (their singular's) does not
# have: "goods" are cargo, not the good of "good relations". Read as the first of their
# equivalents the briefing uses, else as their stem.
ENGLISH_OWN_PLURALS: dict[str, tuple[str, ...]] = {
    "goods": ("goods", "cargo", "freight"),
}

# English words of one meaning in news about diplomacy, trade and transport, each group read
# as one word in a briefing's English text (its titles, leads, summaries and phrasings): a
# curator writes "agreements signed" and "freight", a reader asks about "deals inked" and
# "cargo". ``ENGLISH_SYNONYMS`` reads a question's word the briefing never uses as its plainer
# synonym; these groups also hold words the briefing uses elsewhere ("deals" in one
# phrasing), so the entries saying the other word are found by it as well (``index``). Only
# equivalents in these subjects: a word with another sense in them ("volume" of rail freight
# is no turnover) stays out.
ENGLISH_EQUIVALENTS: tuple[frozenset[str], ...] = (
    word_set("agreement agreements deal deals accord accords pact pacts"),
    # what a visit produced: "the deliverables of the visit", "its outcome"
    word_set("outcome outcomes deliverable deliverables result results"),
    word_set("sign signed signing ink inked"),
    word_set("cargo cargoes freight"),
    # what carries freight over a sea is a ferry, as Russian "суда" on the Caspian are its
    # "паромы": "the new vessels", "the Caspian fleet" ("ship" not: its stem is "shipping", any
    # carriage of goods)
    word_set("ferry ferries vessel vessels fleet fleets"),
    word_set("relations relationship relationships ties"),
    # a thing out of the ordinary: "how unusual are the relations" asks what one expert calls
    # "unique", "a great rarity", another "unusual"
    word_set("unusual unique rare rarity exceptional"),
    # a journey's length: "the trip from China", "how long is the journey"
    word_set("trip trips journey journeys"),
    # a time or a cost made smaller: "delivery could be cut", "how much could it shrink"
    word_set("cut cuts shorten shortens shortened shrink shrinks shrunk reduce reduces reduced"),
    # a proposal: "who proposed adding Turkey", "which expert suggested it"
    word_set(
        "propose proposes proposed proposal proposals suggest suggests suggested "
        "recommend recommends recommended recommendation recommendations"
    ),
    # a member of a parliament, however a curator or a reader calls him
    word_set(
        "deputy deputies mp mps lawmaker lawmakers parliamentarian parliamentarians legislator"
    ),
    # what lasts: "the sustainability of relations", "what makes them durable" (not
    # "lasting", whose stem is "last" of "last year")
    word_set("durable durability sustainable sustainability stable stability"),
    # made modern: "modernisation of the railway", "the rail link needs upgrading"
    word_set(
        "upgrade upgrades upgraded upgrading modernise modernize modernised modernized "
        "modernisation modernization"
    ),
    # a time far ahead: "the long-term potential" is what "в перспективе" will bring
    word_set("long-term longterm future"),
    # one whole: "one single region" is "a truly unified region"
    word_set("single unified"),
)

# "the two countries", "the two leaders": the pair the article is about, no number asked (the
# "2" of "1,5–2 миллиона тонн" is no answer to it; "двух стран" is a Russian stop word). Read
# so even where the briefing writes it: its "the two countries" is no figure either.
_THE_PAIR: dict[tuple[str, ...], tuple[str, ...]] = {
    ("the", "2", pair): ("the", pair)
    for pair in word_set(
        "countries sides states nations leaders presidents capitals governments neighbours "
        "neighbors partners parties republics"
    )
}
# The same in Russian ("отношения двух стран", "между двумя странами", "обеих сторон"): the
# numeral reads as "2" when it is "двух", and "двумя", unknown to the briefing, weighed as the
# rarest word of the subject sank every entry on the pair's trade.
_THE_PAIR_RU: dict[tuple[str, ...], tuple[str, ...]] = {
    (two, pair): ()
    # "отношения наших стран", "между нашими странами": the asker's own pair is the article's
    # pair (a plural possessive: "нашей страны" is one of them)
    for two in word_set(
        "2 двум двумя обеих обоих обеим обоим обеими обоими оба обе наши наших нашим нашими"
    )
    for pair in word_set(
        "стран странам странами сторон сторонам сторонами государств государствам "
        "государствами лидеров лидерам лидерами президентов президентам президентами "
        "столиц столицам столицами республик республикам республиками "
        # "две столицы", "обе стороны", "оба президента": the pair as the subject
        "страны стороны государства лидера президента столицы республики"
    )
}

# "обмен товарами", "товарный обмен": the trade between the two, which Russian news calls
# "товарооборот" (each word alone says less: "обмен опытом" is no trade).
_TRADE_RU: dict[tuple[str, ...], tuple[str, ...]] = {
    **{
        (exchange, goods): ("товарооборот",)
        for exchange in word_set("обмен обмена обмену обменом обмене")
        for goods in word_set("товарами товаров")
    },
    **{
        (goods, exchange): ("товарооборот",)
        for goods in word_set("товарный товарного товарному товарным товарном")
        for exchange in word_set("обмен обмена обмену обменом обмене")
    },
}

# The endings of a masculine noun borrowed whole ("хаб", "таргет", "боттлнек"): the dictionary
# knows few of these words, so their cases are spelt out rather than lemmatised.
_LOAN_NOUN_ENDINGS = ("", "а", "у", "ом", "е", "ы", "и", "ов", "ам", "ами", "ах")
# ... and of an adjective made from one ("мультимодальные", "фрахтовых").
_ADJECTIVE_ENDINGS = word_set("ый ой ая ое ые ого ому ым ом ую ой их ым ыми")


def _noun_forms(*stems: str) -> tuple[tuple[str, ...], ...]:
    """Every case of the borrowed nouns, one word each: "хаб" gives "хабы", "хабов" …; a
    stem written with a hyphen ("лид-тайм") is also read run together and split in two."""
    forms: list[tuple[str, ...]] = []
    for stem in stems:
        for ending in _LOAN_NOUN_ENDINGS:
            word = stem + ending
            forms.append((word,))
            if "-" in word:
                forms.append((word.replace("-", ""),))
                forms.append(tuple(word.split("-")))
    return tuple(forms)


def _adjective_forms(*stems: str) -> tuple[str, ...]:
    """Every case of an adjective on the stems: "мультимодальн" gives "мультимодальные" …"""
    return tuple(stem + ending for stem in stems for ending in _ADJECTIVE_ENDINGS)


# The jargon of trade, transport and business news, read as the plain words news writes:
# an analyst's "лид-тайм из Китая" is the delivery time, "логистические хабы" the logistics
# nodes, "грузопоток" and "фрахт" the carriage (read as "объём перевозок", "через какой порт
# пойдёт грузопоток" asked a volume and "как долго идёт грузопоток" lost its time),
# "пропускная способность" the volume carried, "трейд" the trade turnover, "таргет" and "KPI"
# its goal, "боттлнеки" the barriers, "капекс" the size of the money put in, "инфра" the
# infrastructure. Borrowed words the dictionary lacks, so every case is listed
# (``_noun_forms``); a word it knows is in ``RUSSIAN_SYNONYMS``.
_JARGON_RU: dict[tuple[str, ...], tuple[str, ...]] = {
    **{form: ("срок", "доставки") for form in _noun_forms("лид-тайм", "лидтайм")},
    **{form: ("узлы",) for form in _noun_forms("хаб")},
    # a flow "через" a sea or a land stays as typed: the traffic of the route named by the
    # "транс-" adjective (``periphrasis``: "грузопоток через Каспий")
    **{
        (*form, "через"): (*form, "через")
        for form in _noun_forms("грузопоток", "товаропоток", "контейнеропоток")
    },
    **{
        form: ("перевозки",)
        for form in _noun_forms("грузопоток", "товаропоток", "контейнеропоток")
    },
    # "узкие места": the calque of "bottleneck", the barriers
    **{
        (narrow, place): ("барьеры",)
        for narrow, place in (("узкое", "место"), ("узкие", "места"), ("узких", "мест"))
    },
    # a clipped "инвест": "сколько инвеста нужно" asks the investment
    **{form: ("инвестиций",) for form in _noun_forms("инвест")},
    **{
        (capacity, ability): ("объем", "перевозок")
        for capacity in _adjective_forms("пропускн")
        for ability in word_set("способность способности способностью способностей")
    },
    ("капасити",): ("объем",),
    **{form: ("товарооборот",) for form in _noun_forms("трейд")},
    # a goal set for a time is the time aimed at: "какой таргет (какая цель) по срокам
    # доставки" asks the target delivery time, as "какой целевой срок" does — read as a goal,
    # it was told the article states no goal (before the lone "таргет": the first phrase of
    # a word that matches is read)
    **{
        (goal, "по", term): ("целевой", "срок")
        for goal in (*(form for (form,) in _noun_forms("таргет", "кпи")), "цель", "цели")
        for term in word_set("срокам сроку")
    },
    **{form: ("цель",) for form in _noun_forms("таргет", "кпи")},
    **{
        form: ("барьеры",)
        for form in _noun_forms("боттлнек", "ботлнек", "ботлнэк", "боттлнэк")
    },
    **{form: ("перевозки",) for form in _noun_forms("фрахт", "мультимодал", "мултимодал")},
    # a freight rate is the price of carriage: "какие фрахтовые ставки", "ставка фрахта"
    **{
        phrase: ("цена", "перевозки")
        for rate in word_set("ставка ставки ставку ставкой ставок ставкам ставках")
        for phrase in (
            *((freight, rate) for freight in _adjective_forms("фрахтов")),
            *((rate, freight) for (freight,) in _noun_forms("фрахт")),
        )
    },
    **{
        (adjective,): ("транспортные",)
        for adjective in _adjective_forms("мультимодальн", "мултимодальн", "мултимодалн")
    },
    # capital spending is money put in: "сколько нужно капекса" asks a sum of it, and "какой
    # капекс на паромы" (or "капекс на паромы какой") its size, "какой объём вложений"; in a
    # condition ("при должном капексе за сколько дней …") it is the investment, no sum asked
    # (read as "объём вложений" there, a duration question was told the sum is not given)
    **{form: ("вложений",) for form in _noun_forms("капекс", "капэкс")},
    **{(capex,): ("объем", "вложений") for capex in ("капекс", "капэкс")},
    **{
        (which, *form): (which, "объем", "вложений")
        for which in word_set("какой какого каком каков какая какие каковы какими")
        for form in _noun_forms("капекс", "капэкс")
    },
    # "драйверы роста торговли": a driver of growth is a driver, the briefing's own word ("драйвером
    # регионального сотрудничества") — "роста" alone drew the barriers that hold growth back
    **{(driver, "роста"): (driver,) for (driver,) in _noun_forms("драйвер")},
    # signed papers of intent are among the agreements: "сколько меморандумов подписали"
    **{form: ("соглашений",) for form in _noun_forms("меморандум")},
    **{
        (form,): ("инфраструктура",)
        for form in word_set("инфра инфры инфре инфру инфрой инфрою")
    },
}

# A formal register's phrases for plain words: "глава (нашего) государства" is the president,
# "оформлено документально" signed, "в случае, если" and "при условии" an "if", "в
# отношении сроков" about the terms. Each word alone says less ("глава" of a chapter,
# "условие" of a deal), so only the whole phrase is read so.
_OFFICIALESE_RU: dict[tuple[str, ...], tuple[str, ...]] = {
    **{
        (head, *ours, "государства"): ("президент",)
        for head in word_set("глава главы главе главу главой")
        for ours in ((), ("нашего",), ("их",), ("этого",))
    },
    **{
        phrase: ("подписаны",)
        for done in word_set(
            "оформлено оформлены оформлен оформлена оформили оформить оформлять оформляли"
        )
        for phrase in ((done, "документально"), ("документально", done))
    },
    ("в", "случае", "если"): ("если",),
    ("в", "случае"): ("если",),
    ("при", "условии", "что"): ("если",),
    ("при", "условии"): ("если",),
    ("в", "отношении"): ("о",),
    # "в стоимостном выражении", "в денежном выражении": the amount in money, as "в деньгах"
    **{
        ("в", measure, "выражении"): ("в", "деньгах")
        for measure in word_set("стоимостном денежном долларовом валютном")
    },
    # "транзитное время", "время в пути", "сроки транзита": the logistician's names of how long
    # freight takes on its way, the delivery time news writes
    **{
        phrase: ("срок", "доставки")
        for phrase in (
            *(
                (adjective, time)
                for adjective in word_set("транзитное транзитного транзитным")
                for time in word_set("время времени")
            ),
            *((time, "транзита") for time in word_set("время времени срок сроки сроков")),
            *((time, "в", "пути") for time in word_set("время времени")),
        )
    },
    # "какой порядок цифр", "порядок сумм": the figures themselves, roughly — no order asked
    **{
        (order, figures): ("цифры",)
        for order in word_set("порядок порядка порядке")
        for figures in word_set("цифр цифры сумм суммы величин величины")
    },
}

# Acronyms of common phrases news spells out in full: "есть ли там ИИ" asks about the
# agreements on "искусственном интеллекте". Only vowel-bearing acronyms no other word is
# spelled as (consonant-only ones, "жд", are read by ``acronyms.spells_out``); a briefing's own
# names have their acronyms read off its text (``acronyms``); English "AI" is the briefing's
# own English word.
_COMMON_ACRONYMS_RU: dict[tuple[str, ...], tuple[str, ...]] = {
    ("ии",): ("искусственный", "интеллект"),
}

# "приехал в гости", "был в гостях у Токаева": a visit, the word news uses
_AS_GUEST_RU: dict[tuple[str, ...], tuple[str, ...]] = {
    ("в", guests): ("визит",) for guests in ("гости", "гостях")
}

# "единственный в своём роде пример": one of a kind, the word news uses being "уникальный"
_ONE_OF_A_KIND_RU: dict[tuple[str, ...], tuple[str, ...]] = {
    (only, "в", "своем", "роде"): ("уникальный",)
    for only in word_set(
        "единственный единственная единственное единственные единственного единственной "
        "единственным единственными единственном единственных единственную"
    )
}

# The regions by their other names in Russian: "Средняя Азия" (the Soviet name) is Central Asia,
# "Закавказье" the South Caucasus, "Прикаспий" the Caspian — read as the names news writes
# now. "средней" alone would be the Middle Corridor's adjective ("Средний коридор").
_REGIONS_RU: dict[tuple[str, ...], tuple[str, ...]] = {
    **{
        (middle, asia): ("центральной", "азии")
        for middle in word_set("средняя средней среднюю среднею")
        for asia in word_set("азия азии азию азией")
    },
    **{
        (word,): ("южного", "кавказа")
        for word in word_set("закавказье закавказья закавказью закавказьем")
    },
    **{(word,): ("каспия",) for word in word_set("прикаспий прикаспия прикаспию прикаспием")},
}

# "push" read as proposing when a doer is asked of with "do" (``_pushed_by_doer``).
_PUSH_VERBS = ("push", "pushes", "pushing", "pushed")
_PUSH_ALONE = frozenset((verb,) for verb in _PUSH_VERBS)
# Auxiliaries that ask of a doer's deed: "why DOES the expert push it", "what DID he push".
_DO_AUXILIARIES = frozenset({"do", "does", "did"})
# Particles that make "push" a drive or a shove, no proposal: "push up", "push back".
_PUSH_PARTICLES = frozenset({"up", "down", "back", "away", "through", "ahead"})
# How far before "push" its auxiliary may stand: "why does the Kazakh expert push …".
_DOER_REACH = 4


# English phrases that say in several words what one word of the briefings' English says: "get
# to Astana" is "arrive in Astana" (both words are stop words, so the verb asked about would
# be lost), "what part of the world" is "where" (its nouns ask for a place; weighed as words
# of the subject they sink the entry naming it).
ENGLISH_PHRASES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("get", "to"): ("arrive",),
    ("gets", "to"): ("arrives",),
    ("got", "to"): ("arrived",),
    ("getting", "to"): ("arriving",),
    # "could you confirm the day …", "can you check": a request to say it, as "tell me" is
    **{("you", ask): () for ask in ("confirm", "check", "verify", "clarify", "remind")},
    # "which means of crossing the Caspian", "what means of transport": the kind of thing
    # asked, as "which type of" is (its noun names nothing of the subject)
    ("means", "of"): (),
    # "trade with each other": the reciprocal pronoun, which names nothing
    ("each", "other"): (),
    ("one", "another"): (),
    # "what was on the table": what the sides discussed
    ("on", "the", "table"): ("discussed",),
    # "was the Zangezur corridor part of the conversation", "part of the talks": discussed
    **{
        ("part", "of", "the", talk): ("discussed",)
        for talk in ("conversation", "conversations", "talks", "discussion", "discussions")
    },
    # "if the projects go ahead": they happen, which says nothing of its own
    **{(go, "ahead"): () for go in ("go", "goes", "going", "went", "gone")},
    # "where did the ceremony take place": where it was — a verb of occurring, which names no
    # relation of its own (as Russian "проходить"), and "place" no place of the subject
    **{(take, "place"): () for take in ("take", "takes", "took", "taking", "taken")},
    # "what would the space look like": a description of it, which says nothing of its own
    **{(look, "like"): () for look in ("look", "looks", "looked")},
    # a hedge: "roughly speaking", "generally speaking" say how loosely the reader asks,
    # nothing of what about ("speak" would be read as a verb of the question)
    **{(hedge, "speaking"): () for hedge in ("roughly", "generally", "broadly", "loosely")},
    # "put forward a target", "set out a figure": a verb of saying, which asks nothing itself
    **{(verb, "forward"): () for verb in ("put", "puts", "putting", "bring", "brings", "brought")},
    # "такие связи встречаются редко": they are a rarity, as "большая редкость" says it
    **{
        pair: ("редкость",)
        for verb in word_set("встречается встречаются встречалось встречались бывает бывают")
        for pair in ((verb, "редко"), ("редко", verb))
    },
    # "будет задавать тон в регионе": set the tone, define — as "определит" says it
    **{
        (verb, "тон"): ("определять",)
        for verb in word_set(
            "задавать задает задают задавал задавала задавали задаст зададут задал задала "
            "задали задать"
        )
    },
    **_THE_PAIR,
    **_THE_PAIR_RU,
    **_TRADE_RU,
    **_JARGON_RU,
    **_AS_GUEST_RU,
    **_REGIONS_RU,
    **_OFFICIALESE_RU,
    **_COMMON_ACRONYMS_RU,
    # "shipping rates", "freight rates": the price of carriage, as "freight prices" asks it —
    # read as a "rate", the delivery time answered "what are the shipping rates from China"
    **{
        (carriage, rate): (carriage, "prices")
        for carriage in ("shipping", "freight", "haulage", "cargo", "transport", "rail", "ferry")
        for rate in ("rate", "rates")
    },
    # "choke points", "pain points": the barriers, as "bottlenecks" are (``ENGLISH_SYNONYMS``)
    ("choke", "points"): ("barriers",),
    ("choke", "point"): ("barriers",),
    ("pain", "points"): ("barriers",),
    # "the growth drivers of trade", "drivers of growth": the drivers, the briefing's word ("a
    # driver of regional cooperation"); "growth" drew the barriers holding growth back
    ("growth", "drivers"): ("drivers",),
    ("growth", "driver"): ("driver",),
    ("drivers", "of", "growth"): ("drivers",),
    ("driver", "of", "growth"): ("driver",),
    # "how did he describe it, and in what terms?": the wording asked, which the quote is —
    # no word of the subject ("terms" weighed as the rarest sank the passage)
    ("in", "what", "terms"): (),
    ("in", "which", "terms"): (),
    # "the main / principal / primary X": the one a reader asks about, as "the X" is — the
    # article ranks nothing by these words, and weighed as the rarest they sank the passage
    ("main",): (),
    ("principal",): (),
    ("primary",): (),
    # "the investment requirement", "what requirements": what is needed ("нужны вложения")
    ("requirement",): ("needed",),
    ("requirements",): ("needed",),
    # "what did they talk about": "they" are the sides, and what the sides talked about is
    # what they discussed ("обсуждались"), not what some speaker said
    **{
        ("they", talk, "about"): ("they", "discussed")
        for talk in ("talk", "talked", "talking", "talks")
    },
    # "in dollar terms", "in money terms": the unit a figure is to be given in ("in dollars")
    **{
        ("in", unit, "terms"): ("in", unit)
        for unit in ("dollar", "dollars", "money", "monetary", "value", "cash", "usd")
    },
    **_ONE_OF_A_KIND_RU,
    # "in the long run", "long term": a time far ahead (``ENGLISH_EQUIVALENTS``)
    ("long", "term"): ("long-term",),
    ("longer", "term"): ("long-term",),
    ("long", "run"): ("long-term",),
    # "one" is read as "1"; a pronoun or an emphasis counts nothing: "one single region",
    # "one of the experts", "which one"
    ("1", "single"): ("single",),
    ("1", "of"): ("of",),
    ("which", "1"): ("which",),
    # "was that long before the trip": how recently, which "recently" answers ("совсем
    # недавно"); "shortly before" is read so too (``ENGLISH_SYNONYMS``)
    ("long", "before"): ("recently", "before"),
    # "where do the cargoes start from": where they come from, their origin ("из Китая"),
    # no start of anything ("start" is the visit's beginning)
    **{(start, "from"): ("from",) for start in ("start", "starts", "originate", "originates")},
    # a plane's arrival: "land in Astana"
    ("land", "in"): ("arrive", "in"),
    ("lands", "in"): ("arrives", "in"),
    # What a visit produced: "what came out of the visit" asks its outcome ("what was agreed":
    # ``_agreed``)
    **{(came, "out", "of"): ("outcome", "of") for came in ("came", "come", "comes", "coming")},
    # "get rid of the barriers", "do away with the limits": to remove them
    **{(get, "rid", "of"): ("remove",) for get in ("get", "gets", "got", "getting", "be")},
    **{(do, "away", "with"): ("remove",) for do in ("do", "does", "did", "doing", "done")},
    # "trade volume" is the English name of "товарооборот", which curators write "turnover"
    ("trade", "volume"): ("trade", "turnover"),
    # rolling stock is the locomotives and wagons a railway runs ("подвижной состав"); a
    # freight car is a wagon
    ("rolling", "stock"): ("locomotives", "wagons"),
    ("freight", "cars"): ("wagons",),
    ("freight", "car"): ("wagon",),
    # the time asked for in several words: "at present", "right now", "at the moment", "these
    # days", "as of now", "as things stand" are "now" (each word alone names nothing of it)
    ("at", "present"): ("now",),
    ("right", "now"): ("now",),
    ("at", "the", "moment"): ("now",),
    ("at", "this", "moment"): ("now",),
    ("these", "days"): ("now",),
    ("as", "of", "now"): ("now",),
    ("as", "of", "today"): ("today",),
    ("as", "things", "stand"): ("now",),
    ("as", "it", "stands"): ("now",),
    # phrasal verbs of saying: "who brought up the corridor", "what did he point to", "did he
    # weigh in on Turkey", "which expert touched on energy" ask what was said, nothing of
    # their own (as "put forward" above); their particle would be read as nothing, their
    # verb as a word of the subject the briefing never uses
    **{
        (verb, particle): ()
        for verb, particle in (
            *((v, "up") for v in ("bring", "brings", "bringing", "brought")),
            *((v, p) for v in ("point", "points", "pointing", "pointed") for p in ("out", "to")),
            *((v, "in") for v in ("weigh", "weighs", "weighing", "weighed")),
            *((v, p) for v in ("touch", "touches", "touching", "touched") for p in ("on", "upon")),
            *((v, "on") for v in ("dwell", "dwells", "dwelt", "dwelled", "expand", "expanded")),
        )
    },
    # phrasal verbs of proposing: "why does he push for pre-registration", "what did he call
    # for", "who argued for adding Turkey" — a proposal, as the briefings' English says it
    **{
        (verb, "for"): ("propose",)
        for verb in (
            "push",
            "pushes",
            "pushing",
            "pushed",
            "argue",
            "argues",
            "arguing",
            "argued",
            "advocate",
            "advocates",
            "advocated",
            "lobby",
            "lobbies",
            "lobbied",
        )
    },
    # the same verbs with their object straight after them: "why does the expert push
    # e-registration", "who advocated adding Turkey", "does he champion the seven" — a
    # proposal too; "push" only as a doer's deed asked with "do" (``_pushed_by_doer``):
    # "what will push trade up" is a drive, no proposal
    **{
        (verb,): ("propose",)
        for verb in (
            "advocate",
            "advocates",
            "advocated",
            "advocating",
            "champion",
            "champions",
            "championed",
            "championing",
            *_PUSH_VERBS,
        )
    },
    ("trade", "volumes"): ("trade", "turnover"),
    # "the proposed 'Turkic Seven'", "this suggested format": the participle only points at
    # the idea by its having been put forward; the question asks of the idea, not of the
    # proposing (which weighed as a word of the subject pulled "what could the proposed X
    # become" to the passage on his proposing, not the one on what X could become)
    **{
        (det, verb): (det,)
        for det in ("the", "this", "that")
        for verb in ("proposed", "suggested", "mooted", "floated")
    },
    # Chat English, as a student types it. A thing "kicked off" when it started ("the trip
    # kicked off on 20 October"); what is "a big deal" is important ("how big a deal the
    # ties are": their importance); who would be "the boss", "in charge", "the top dog" or
    # "call the shots" among states is the elder of them, which an article denying "elder"
    # and "younger" answers. "Off", "deal", "boss" read alone were words of another subject
    # (a deal is an agreement) or none the briefing knows.
    **{(kick, "off"): ("start",) for kick in ("kick", "kicks", "kicked", "kicking")},
    **{
        phrase: ("important",)
        for size in ("big", "huge", "massive")
        for phrase in (
            (size, "deal"),
            ("a", size, "deal"),
            (size, "a", "deal"),
            ("such", "a", size, "deal"),
        )
    },
    # "the best-case transit time", "in the best case": the most it could come to — how
    # the asker hedges the figure, no word of its subject (the figure's own words say it)
    ("best", "case"): (),
    ("best-case",): (),
    # "his big-picture prediction", "the big picture": the whole of it, no word of what
    ("big", "picture"): (),
    ("big-picture",): (),
    # "what's the new number supposed to be": what it is, as the asker heard it
    ("supposed", "to", "be"): (),
    # "can you put a number on the ferries": a figure asked — how much or how many of what
    # follows, which only a passage giving that figure answers (no passage merely naming it)
    **{
        (put, *figure, "on"): ("how", "much")
        for put in ("put", "putting", "puts")
        for figure in (("a", "number"), ("a", "figure"), ("numbers",), ("figures",))
    },
    # a host's word for what an expert concluded: "his bottom line on the relations", "the
    # key takeaway" — the conclusion the briefings name ("line" alone were a railway's)
    ("bottom", "line"): ("conclusion",),
    ("takeaway",): ("conclusion",),
    # an outlet that "interviewed" the experts or "reached out to" them asked them for
    # comments, as the article tells it ("обратилась за комментариями к экспертам")
    **{
        (verb,): ("asked",)
        # not "interview": the noun as often ("in the interview")
        for verb in ("interviewed", "interviewing", "polled")
    },
    # an outlet that "consulted" its experts asked them, as "interviewed" says
    **{(verb,): ("asked",) for verb in ("consult", "consults", "consulted", "consulting")},
    **{
        (reach, "out", "to"): ("asked",)
        for reach in ("reach", "reaches", "reached", "reaching")
    },
    # an outlet that "sought expert comment" or "solicited comments" asked the experts for
    # them — only before what is sought of them ("sought to expand" seeks no comment)
    **{
        (seek, sought): ("asked", sought)
        for seek in ("seek", "seeks", "sought", "seeking", "solicit", "solicits", "solicited")
        for sought in ("expert", "experts", "comment", "comments", "commentary", "opinions")
    },
    # a researcher's hedge around a yes-or-no question: "to what extent did the experts
    # consider X central" asks whether they did (what they said of it) — the hedge names no
    # subject, nor asks an amount or a place
    **{
        ("to", "what", measure, auxiliary): (auxiliary,)
        for measure in ("extent", "degree")
        for auxiliary in ("did", "do", "does", "was", "were", "is", "are", "has", "have", "had")
    },
    # an invitation "extended" or "issued" is one made: "who extended the invitation" asks
    # who invited, as the article tells it ("по приглашению")
    **{
        (extend, article, "invitation"): ("invited",)
        for extend in ("extend", "extends", "extended", "extending", "issue", "issues", "issued")
        for article in ("the", "an", "a", "this", "that")
    },
    # a visit "undertaken" is one made, formal English for the same deed; "the invitation
    # under which he came" is the one he came by (no thing "under" it)
    **{
        (undertake,): ("made",)
        for undertake in ("undertake", "undertakes", "undertook", "undertaken", "undertaking")
    },
    ("under", "which"): (),
    # "who is the man that wrote on X about 5+1", "who was the official who …": who did it,
    # the noun only a frame for the person asked (no word a passage must hold)
    **{
        ("who", be, "the", noun, rel): ("who",)
        for be in ("is", "was", "s")
        for noun in ("man", "person", "woman", "guy", "lady", "official", "gentleman", "one")
        for rel in ("that", "who")
    },
    # chat's word for a man quoted: "who's the guy from Baku that talked about energy" asks
    # which expert, as "the expert from Baku" does (``roles``)
    ("guy",): ("expert",),
    # "when did he show up in Astana": he arrived
    **{(show, "up"): ("arrive",) for show in ("show", "shows", "showed", "shown", "showing")},
    ("the", "boss"): ("elder",),
    ("the", "bosses"): ("elder",),
    ("in", "charge"): ("elder",),
    ("top", "dog"): ("elder",),
    ("big", "brother"): ("elder",),
    ("little", "brother"): ("younger",),
    ("little", "brothers"): ("younger",),
    ("big", "brothers"): ("elder",),
    **{(call, "the", "shots"): ("elder",) for call in ("call", "calls", "calling", "called")},
    # "what did the analyst make of Hajiyev's remark": what he thought of it, his view — as
    # "think of" asks (not "made of", what a thing consists of)
    **{(make, "of"): ("think", "of") for make in ("make", "makes", "making")},
    # "in what respect is the route more than transport", "in which sense", "in what regard":
    # a manner or an aspect asked, as "in what way" is — no place, and its noun no word of
    # the subject ("respect" would draw the passages on mutual respect)
    **{
        ("in", which, noun): ("in", "what", "way")
        for which in ("what", "which")
        for noun in ("respect", "respects", "sense", "regard", "regards", "aspect", "aspects")
    },
    **{
        (which, part, "of", "the", world): ("where",)
        for which in ("what", "which")
        for part in ("part", "parts", "corner", "region")
        for world in ("world", "globe")
    },
}
# The phrases by their first word, in their order above: a word starts few of them, and
# trying every phrase at every word cost a question a tenth of its analysis.
_PHRASES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
for _phrase, _plain in ENGLISH_PHRASES.items():
    _PHRASES_BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _plain))
# Verbs after "get to" that make it "be allowed to" ("get to know", "get to see"), no arrival.
_GET_TO_VERBS = word_set("know see meet do be have speak talk say")
_GET_TO = frozenset(phrase for phrase in ENGLISH_PHRASES if phrase[-1] == "to" and len(phrase) == 2)
# Words opening an amount after "get to": "get to 1 billion", "get to a billion".
_AMOUNT_OPENERS = word_set("a an around about roughly nearly almost over")


def _gets_to_amount(words: list[str], end: int) -> bool:
    """Is the "get to" ending at ``end`` an amount reached, not a place arrived at? An amount
    follows it ("could trade get to a billion", "get to 1 billion"), or it closes a question
    asking how much ("how much a year do they wanna get to"): what gets there is a figure."""
    following = words[end : end + 2]
    if following[:1] and following[0][:1].isdigit():
        return True
    if following[:1] and following[0] in _AMOUNT_OPENERS:
        return following[1:2] != [] and (following[1][:1].isdigit() or following[1] in _SCALES)
    return end == len(words) and any(
        (a, b) in (("how", "much"), ("how", "many")) for a, b in itertools.pairwise(words)
    )


_SCALES = word_set("million millions billion billions thousand thousands")


# "bring Turkey into the format", "bringing in Turkey": an addition to a group, the "add"
# ("добавить") an article writes.
_BRING_FORMS = word_set("bring brings bringing brought")
_BRING_GAP = 4  # "bringing [Turkey as a full member] into": how far "into" may follow


# "symbolic", "symbolism": the meaning a tradition gives a number, which the article tells of
# one number only, seven, in its words "sacred number" (``_symbolic_seven``).
_SYMBOLIC = word_set("symbolic symbolism symbolical")
# The number whose sacredness the article tells: "why seven", "is the number 7 symbolic".
_SEVEN = word_set("seven 7 sevens seventh")


def _symbolic_seven(words: list[str]) -> list[str]:
    """The words with "symbolic" read as "sacred" when the question asks of seven ("why seven
    - is it symbolic?"). Of any other thing ("is the number six symbolic", "was the visit
    symbolic") the word stays its own, one the briefing never uses: the sacred seven is no
    answer to whether six, 15 or the visit mean something (the subject would not match)."""
    if not any(w in _SEVEN for w in words):
        return words
    return ["sacred" if w in _SYMBOLIC else w for w in words]


# "what does the durability of the ties rest on", "on what does it rest": what holds it up,
# which a passage saying what "ensures" it tells (the article's English: "ensure the
# sustainability of these relations"); "underpin" says the same.
_RESTING = word_set("rest rests rested resting")
_RESTING_ON = word_set("on upon")
_UNDERPINNING = word_set("underpin underpins underpinned underpinning")


def _rests_on(words: list[str]) -> list[str]:
    """The words with "rest on" (its "on" right after it, or fronted: "on what … rest") and
    "underpin" read as "ensure". Not "the rest", a noun (an article before it)."""
    fronted = len(words) > 1 and words[0] in _RESTING_ON and words[1] in ("what", "which")
    result: list[str] = []
    at = 0
    while at < len(words):
        word = words[at]
        after = words[at + 1] if at + 1 < len(words) else ""
        noun = at > 0 and words[at - 1] in ("the", "a")
        if word in _RESTING and not noun and after in _RESTING_ON:
            result.append("ensure")
            at += 2
            continue
        if word in _RESTING and not noun and fronted and at == len(words) - 1:
            result.append("ensure")
            at += 1
            continue
        result.append("ensure" if word in _UNDERPINNING else word)
        at += 1
    return result


def _brought_in(words: list[str]) -> list[str]:
    """The words with "bring X into", "bring in X" read as "add X to", "add X"."""
    result = list(words)
    for at, word in enumerate(words):
        if word not in _BRING_FORMS:
            continue
        ahead = words[at + 1 : at + 2 + _BRING_GAP]
        if ahead[:1] == ["in"]:
            result[at], result[at + 1] = "add", "and"
        elif "into" in ahead:
            result[at] = "add"
            result[at + 1 + ahead.index("into")] = "to"
        elif _closing_in(ahead, words[at + 2 + _BRING_GAP :]):
            # "bringing Turkey in", "bring them in - why?": "in" closing its clause
            result[at] = "add"
    return result


# What may follow the "in" of "bring X in" when it closes the clause: the message's end or
# the next question ("bringing Turkey in - why seven?").
_AFTER_CLOSING_IN = word_set("why what how who which when where and or but is does do")


def _closing_in(ahead: list[str], rest: list[str]) -> bool:
    """Does an "in" among the words after "bring" (``ahead``) end its clause, as in
    "bringing Turkey in"? Not "bring goods in containers": a noun follows that "in"."""
    if "in" not in ahead[1:]:
        return False
    after = [*ahead[ahead.index("in", 1) + 1 :], *rest][:1]
    return not after or after[0] in _AFTER_CLOSING_IN


# After "agreed" these end the question's own words: "what was agreed in Astana", "what was
# agreed during the visit" ask what the sides agreed as a whole.
_AGREED_ENDS = frozenset({"in", "at", "during", "between", "by", "there", "then"})


def _agreed(words: list[str]) -> list[str]:
    """ "What was agreed (in Astana)", "what did the sides agree on?": the agreements the
    sides reached, which the signed agreements are. Not "agree with" someone (concurring:
    "does Ishmukhamedov agree with Hajiyev"), nor "agreed on tourism": what was agreed on a
    subject must be told of that subject, which the word alone would not ask."""
    result: list[str] = []
    at = 0
    while at < len(words):
        word = words[at]
        rest = words[at + 1 :]
        if word in ("agree", "agreed") and (
            not rest or rest[0] in _AGREED_ENDS or (rest[0] in ("on", "upon") and len(rest) == 1)
        ):
            result.append("agreements")
            at += 2 if rest and rest[0] in ("on", "upon") else 1
            continue
        result.append(word)
        at += 1
    return result


# What follows a plural noun counted in a question: an auxiliary, a subject ("how many
# agreements they signed") or a participle ("how many documents signed").
_AFTER_COUNTED = word_set(
    "were was are is did do does have has had will would could can they he she we there"
)


def _much_counted(words: list[str]) -> list[str]:
    """ "How much agreements were signed", "how much ferries they will build": a plural
    noun counted by "how much" (Russian's one "сколько" carried into English) is counted as
    by "how many". Only a plural a clause goes on from — an auxiliary, a subject or a
    participle after it: "how much costs the ticket" keeps its verb, a price."""
    result = list(words)
    for at in range(1, len(words) - 2):
        noun, after = words[at + 1], words[at + 2]
        if (
            words[at - 1] == "how"
            and words[at] == "much"
            and len(noun) > 3
            and noun.endswith("s")
            and not noun.endswith("ss")
            and noun not in ENGLISH_STOP
            and (after in _AFTER_COUNTED or after.endswith("ed"))
        ):
            result[at] = "many"
    return result


# Before the prop-word "one" (read "1"): a determiner, or a determiner and a word describing
# it ("this one", "a working one"); after it, the clause ends ("or", "and", the message's end).
_PROP_DETERMINERS = word_set("a an the this that another")
_PROP_ENDS = word_set("or and but than then")
# ... or a question word opens the next clause ("apart from the Middle one, which other
# corridor …": the comma is gone from the words), or a relative one ("the one which …")
_PROP_ONE_ENDS = _PROP_ENDS | word_set("which what who whom where when why how that")


def _without_prop_one(words: list[str]) -> list[str]:
    """The words without the prop-word "one" standing for a noun said before it: "was it a
    state visit or a working one?", "this one or that one" name no number — read as "1", it
    was a figure no passage gives, and sank the passage on the visit. "One billion", "more
    than one", "one of the experts" (a noun or "of" follows) keep it."""
    if "1" not in words:
        return list(words)  # no "one": nothing to look at around it (most questions)
    result: list[str] = []
    for at, word in enumerate(words):
        ends = at + 1 == len(words) or words[at + 1] in _PROP_ONE_ENDS
        before = words[max(0, at - 2) : at]
        described = len(before) == 2 and before[0] in _PROP_DETERMINERS and not before[1].isdigit()
        if (
            word == "1"
            and ends
            and (described or before[-1:] == ["this"] or before[-1:] == ["that"])
        ):
            continue
        result.append(word)
    return result


_BE_FORMS = word_set("is are was were be been being will")


def _without_passive_held(words: list[str]) -> list[str]:
    """The words without "held" closing a passive clause: "where was the ceremony held?",
    "when will the summit be held" ask where or when it was — a verb of occurring, no word
    of the subject (the briefing's "the talks held" is another sense). "Held" followed by
    more ("held in Astana", "held talks") keeps it."""
    if "held" not in words:
        return list(words)  # no "held" (most questions): nothing to look at around it
    result: list[str] = []
    for at, word in enumerate(words):
        closes = at + 1 == len(words) or words[at + 1] in _PROP_ENDS
        if word == "held" and closes and any(w in _BE_FORMS for w in words[:at]):
            continue
        result.append(word)
    return result


# Chat's words for who leads ("the boss", "in charge", "top dog", "calls the shots"): read as
# a rank among states ("elder") only where a union is imagined or foretold ("who would be
# the boss in the seven", "who'll call the shots") or whether anyone leads is asked ("is
# there a boss", "would anyone be the boss there") — what a vision of a union answers ("no
# 'elder' and 'younger'"). Who calls the shots now, in a country or a group that is ("who
# calls the shots in Kazakhstan", "the top dog in the OTS"), asks who leads it: no rank a
# vision states, and no word the briefing has.
_LEADING = frozenset(
    {
        ("the", "boss"),
        ("the", "bosses"),
        ("in", "charge"),
        ("top", "dog"),
        *((call, "the", "shots") for call in ("call", "calls", "calling", "called")),
    }
)
_IMAGINING = word_set("would will could might shall should wouldn't won't ll d")
_ANYONE = word_set("anyone anybody someone somebody")


def _rank_imagined(words: list[str]) -> bool:
    """Does the question imagine or foretell ("would", "will", "'ll", "gonna") or ask whether
    anyone leads ("is there", "anyone"), not who leads now?"""
    pairs = set(itertools.pairwise(words))
    return (
        any(word in _IMAGINING | _ANYONE for word in words)
        or ("going", "to") in pairs
        or bool(pairs & {("is", "there"), ("are", "there"), ("there", "is"), ("there", "are")})
    )


# "A big deal" is important as a predicate ("the visit is a big deal", "how big a deal"); "the
# big deal about X" asks what about X makes the fuss: X's own point, read as "what about X"
# ("what's the big deal about seven": the sacred number, not the visit's highest level).
_DEAL_NOUNS = frozenset((size, "deal") for size in ("big", "huge", "massive"))
# But the fuss about an occasion ("the big deal about the trip", "… about this visit") is what
# the occasion means: its significance, as "what was important about the trip" reads — no date
# and no cargo's journey.
_OCCASIONS = word_set(
    "visit visits trip trips journey tour voyage meeting meetings talks summit event"
)
_DETERMINERS = word_set("the this that his her their its our a an")


def _deal_about_occasion(words: list[str], end: int) -> bool:
    """Does "the big deal" ending at ``end`` go on "about" an occasion ("about the trip",
    "about Aliyev's trip": a determiner or a possessor before it)?"""
    if end >= len(words) or words[end] != "about":
        return False
    at = end + 1
    while at < len(words):
        if words[at] in _DETERMINERS:
            at += 1
        elif at + 1 < len(words) and words[at + 1] == "s":
            at += 2  # "aliyev's": whose occasion
        else:
            return words[at] in _OCCASIONS
    return False


def _pushed_by_doer(words: list[str], at: int) -> bool:
    """Is "push" at ``at`` a doer's advocating, asked with "do" ("why does the expert push
    e-registration", "what did he push") — not a drive ("what will push trade up", "the
    push of investment")? The auxiliary within ``_DOER_REACH`` words before it, and no
    particle after it."""
    before = words[max(0, at - _DOER_REACH) : at]
    after = words[at + 1 : at + 2]
    return (
        bool(after) and after[0] not in _PUSH_PARTICLES and not _DO_AUXILIARIES.isdisjoint(before)
    )


def plain_english(
    words: list[str], used: Callable[[tuple[str, ...]], bool] = lambda phrase: False
) -> list[str]:
    """The words of a question with its ``ENGLISH_PHRASES`` read as the word they stand for,
    but a phrase the briefing itself ``used`` ("trade volumes" of the Middle Corridor are no
    turnover figure): its own words say best what it means."""
    words = _symbolic_seven(words)
    words = _without_passive_held(_without_prop_one(_agreed(_brought_in(_much_counted(words)))))
    words = _rests_on(words)
    result: list[str] = []
    at = 0
    while at < len(words):
        for phrase, plain in _PHRASES_BY_FIRST.get(words[at], ()):
            end = at + len(phrase)
            if phrase in _GET_TO and tuple(words[at:end]) == phrase and _gets_to_amount(words, end):
                result.append("reach")  # "they wanna get to a billion": reach, no arrival
                at = end
                break
            if (
                phrase in _DEAL_NOUNS
                and tuple(words[at:end]) == phrase
                and at
                and words[at - 1] == "the"
                and not _deal_about_occasion(words, end)
            ):
                at = end  # "what's the big deal about seven": what about seven, no importance
                break
            if (
                tuple(words[at:end]) == phrase
                and not (
                    phrase[-1] == "to" and words[end : end + 1] and words[end] in _GET_TO_VERBS
                )
                and (phrase in _THE_PAIR or phrase in _THE_PAIR_RU or not used(phrase))
                and (phrase not in _LEADING or _rank_imagined(words))
                and (phrase not in _PUSH_ALONE or _pushed_by_doer(words, at))
            ):
                result.extend(plain)
                at = end
                break
        else:
            result.append(words[at])
            at += 1
    return result


# The asker's own doing and its occasion, which ``asides`` reads as no word of the subject,
# and which the repairs mend a slip into (``frame_words``): "я готлвлю вопросы к брифингу"
# is the aside "готовлю вопросы" typed in a hurry.
#
# "Завтра брифинг", "Скоро эфир", "tomorrow's briefing": when the asker's piece is due — the
# occasion of the question, no word of its subject.
WHEN_DUE = word_set(
    """завтра сегодня скоро вечером утром послезавтра сейчас уже через час tomorrow today
    tonight soon tomorrow's today's"""
)
# A first-person statement of what the asker is doing: "Пишу заметку", "готовлю справку".
ASKER_DOING = word_set(
    """пишу готовлю делаю составляю собираю верстаю проверяю работаю уточняю сверяю
    спрашиваю интересуюсь пытаюсь разбираюсь над
    writing preparing putting drafting doing checking working on together up i'm im am
    fact-checking verifying double-checking here"""
)
# A question announced: "Быстрый вопрос — …", "у меня вопрос", "quick question".
QUESTION_NOUNS = word_set(
    "вопрос вопросик вопросы вопроса вопросов вопросика вопросиков question questions q"
)
