"""Words of saying, judging and holding a view, and of the things said, as questions use them.

"Как Алиев оценил пост Гаджиева", "what did Tokayev tell him", "Ishmukhamedov's take on
Hajiyev's remark": the query analyser (``matching.query``) reads from these words whose words
or view a question asks for, and whose words are only the thing spoken of; the matcher
(``matching.matcher``) which passages give them. Kept apart from ``speech`` (how an article
attributes words to a speaker) because they read what a question asks for, and with the other
word lists of ``bot.language`` so that the matching layer holds no vocabulary.
"""

from __future__ import annotations

from bot.language.lexicon import OPINION_VERB_LEMMAS, word_set
from bot.language.morphology import english_stem

# Nouns of what an expert said or proposed, whose owner he is: "на предложение Ишмухамедова",
# "to Ishmukhamedov's proposal" — what a country's view is of, not whose view is asked.
SAID_THINGS = word_set(
    "предложение предложению предложения идея идею идее идеи слова словам заявление заявлению "
    "высказывание высказыванию инициатива инициативу инициативе призыв призыву мнение "
    "proposal proposals idea ideas suggestion remarks words statement call initiative "
    # what he wrote: "как Алиев оценил пост Гаджиева", "Tokayev's view of Hajiyev's post"
    "пост посту поста посте публикация публикацию публикации запись записи "
    "post posts tweet publication "
    # the same said things after "о" / "в": "что Ереван думает о словах Тусупбекова"
    "словах заявлении заявлениях высказывании высказываниях предложении идеях комментарии "
    "комментарий комментарию оценку оценке comment comments"
)

# English words that may stand between an owner's name and the noun of what he said ("the
# Gadzhiev 5+1 post", "Hajiyev's recent X post"): a word of when or where it was posted —
# they say which post, not whose.
ATTRIBUTIVE_WORDS = word_set("recent latest new last x twitter online social media")

# Words putting an outlet as the one spoken to: "commented for", "spoke to", "told",
# "interviewed by", "для Minval Politika".
ADDRESSING = frozenset({"for", "to", "by", "для"})
# "who writes for Minval Politika", "who works for it": its staff asked, not an expert
WRITING_FOR = frozenset(
    {"write", "writes", "wrote", "written", "writing", "work", "works", "worked", "working"}
)
ADDRESSED = ADDRESSING | {"told", "tells", "tell"}
# Verbs of the outlet quoting its experts: "did Minval Politika quote / cite / feature".
QUOTING = frozenset(
    {"quote", "quotes", "quoted", "quoting", "cite", "cites", "cited", "feature", "featured"}
)
# Verbs of the outlet turning to its experts ("did Minval Politika consult / ask"), and the
# question words asking whom it turned to.
CONSULTING = frozenset(
    {"consult", "consulted", "ask", "asked", "approach", "approached", "contact", "contacted"}
    | {"interview", "interviewed", "poll", "polled"}
)
PERSON_ASKED = frozenset({"who", "whom", "which"})
# The outlet as the one given a comment ("which deputy gave Minval Politika a comment",
# "offered Minval Politika his view"): the verb of giving before it, and the nouns of what
# an expert gives an outlet after it — every expert quoted gave it one.
GIVING = frozenset({"give", "gives", "gave", "given", "giving", "offer", "offered", "provided"})
GIVEN_WORDS = frozenset(
    {"comment", "comments", "commentary", "interview", "quote", "quotes", "view", "views"}
    | {"remarks", "assessment", "take", "insight", "insights", "opinion", "statement"}
)
_GIVEN_REACH = 3  # "gave Minval Politika his own comment": words from the outlet to the noun
# Words giving whose reasoning a "почему" asks ("по словам", "по мнению", "считает").
REASONING_OF = word_set("словам мнению")
# Titles before a Latin-written name, part of the name's phrase ("on Mr Hajiyev's post").
NAME_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "professor"})
# A person's view as English owns it: "Ishmukhamedov's opinion on …", "Huseynov's take".
VIEW_NOUNS_EN = frozenset(
    {"opinion", "opinions", "view", "views", "take", "position", "stance", "assessment"}
    | {"verdict", "reaction", "response", "thoughts", "perspective", "comment", "comments"}
)
# Words after which a Latin-written name is what is spoken about, not who speaks.
LATIN_OBJECT_MARKS = frozenset({"about", "on", "of", "with", "to", "by", "o", "pro", "s"})

# Verbs of reacting to what another said: "как X отозвался о заявлении Y", "прокомментировал".
REACTING = word_set(
    "отозвался отозвалась отозвались откликнулся откликнулась прокомментировал "
    "прокомментировала комментировал комментировала отреагировал отреагировала оценил "
    "оценила отнесся отнеслась высказался высказалась"
    # a reaction asked by its noun: "какую оценку дал …", "какова реакция …"
    " оценку оценка оценки реакция реакцию реакции комментарий комментарии"
)
# Nouns of a thing said: "заявление", "пост", "публикация", "слова".
SAYING_NOUNS = word_set(
    "заявлении заявление заявлению посте пост посту публикации публикацию публикация "
    "высказывании высказывание высказыванию словах слова словам тезисе тезис тезису"
)
# The prepositions before the description of the thing said: "о заявлении ПРО коридор".
ABOUT_SAID = word_set("про о об насчет относительно")
# The same in English: "Ishmukhamedov's opinion / take / reaction on Hajiyev's remark about …".
REACTING_EN = word_set(
    "opinion opinions view views take think thought react reacted reaction assess assessed "
    "assessment comment commented respond responded response verdict"
)
SAYING_NOUNS_EN = word_set(
    "remark remarks post posts statement statements comment comments tweet tweets words claim"
)

# English verbs whose object is what was talked of: "who mentioned the bridge".
MENTIONING_EN = frozenset({"mention", "mentioned", "mentions", "discuss", "discussed", "raised"})

# Verbs whose object is what was talked of: "кто упоминал строительство моста".
MENTIONING = frozenset(
    {"упоминать", "упомянуть", "вспоминать", "вспомнить", "обсуждать", "обсудить"}
    | {"затрагивать", "затронуть", "обсуждаться", "предлагать", "предложить"}
)

# What is asked of a setting: what was said or talked over there.
TALKING_RU = frozenset(
    {"говорить", "обсуждать", "обсудить", "беседовать", "разговаривать", "сказать", "обсуждаться"}
)
TALKING_EN = frozenset(
    {"talk", "talked", "talking", "discuss", "discussed", "say", "said", "speak", "spoke"}
)

# The parties to the event, as news calls them: "стороны подписали", "the sides agreed".
SIDES = frozenset({"стороны", "сторон", "сторонам", "сторонами", "сторонах", "sides"})

# Forms of judging another's words ("как Алиев оценил пост Гаджиева"): a view asked, as a
# word of commenting asks one — only of a person judging what an expert said
# (``query._judge_of_owned``).
JUDGING_FORMS = word_set(
    "оценил оценила оценили отнесся отнеслась отнеслись отозвался отозвалась отозвались "
    "assess assessed view viewed think thought"
)

# English stems framing an expert's words ("how did he comment on", "the words he used to
# characterise the visit", "how did he describe"): with an expert named, what he said is
# asked, and these are no words of its subject — as ``SPEAKING_VERB_LEMMAS`` in Russian.
FRAMING_EN = word_set("comment character describ word use exact")
# A view held, as Russian names it beside the holder ("позиция Гусейнова по энергетике",
# "взгляд Ишмухамедова на семёрку", lemmas): with the expert named, any of his passages on
# the subject is his position — the noun frames the question as "мнение" does, as "stance"
# or "position" do in English. ("точка зрения": ``query._point_of_view``.)
HELD_VIEWS_RU = word_set("позиция взгляд видение")
# The nouns (lemmas) of a view an expert named holds, as formal Russian asks it: "каков взгляд
# Гусейнова на …", "каково мнение Тусупбекова о …", "какова оценка Ишмухамедова …", "его
# суждение", "с его точки зрения". They say whose words are asked, no detail of the subject
# a passage must name ("мнение" is a stop word, so never a term; ``query._view_detail_dropped``).
VIEW_DETAIL_NOUNS = HELD_VIEWS_RU | word_set("мнение оценка суждение точка")

# "точка зрения": ``query._point_of_view``.
POINT_FORMS = word_set("точка точки точку точкой точке")
OF_VIEW = word_set("зрения")
# "в понимании Гусейнова", "в представлении эксперта", "в его трактовке": whose reading of the
# thing, as "по мнению" says it — after "в", beside the expert named (``query._point_of_view``);
# elsewhere the noun may be the subject ("новое понимание формулы «5+1»").
IN_VIEW_OF = word_set(
    "понимании представлении трактовке интерпретации видении восприятии изложении оценке"
)
IN_FORMS = word_set("в во")

# Words of commenting ("did Pashinyan comment on the declaration", "как отреагировал
# Эрдоган"): his words are asked, as by a verb of saying — only for the speaker check here,
# not added to ``SAY_WORDS``, whose other readers take them as the asker's framing.
COMMENTING = word_set(
    "comment comments commented commenting react reacted respond responded "
    "прокомментировал прокомментировала прокомментировали комментировал комментировала "
    "комментировали комментарий комментарии отреагировал отреагировала отреагировали "
    "высказался высказалась высказались"
)

# "what did Tokayev tell him": telling is saying, as "told" is — not "tell me when …", a
# request to the bot, whose question follows.
TELLING = word_set("tell tells telling")
# "что вспоминал Алиев", "what did Tokayev recall", "что упоминал Токаев": recalling or
# mentioning is telling, words the article gives its experts only — of anyone else it quotes
# nothing, and another speaker's passage on the same thing is no recollection of his.
RECALLING = word_set(
    "вспоминал вспоминала вспоминали вспоминает вспоминают вспомнил вспомнила вспомнили "
    "упоминал упоминала упоминали упомянул упомянула упомянули "
    "recall recalled recalls remember remembered remembers mention mentioned mentions"
)
# "как Токаев охарактеризовал визит", "how did Tokayev describe the relations", "как Токаев
# оценил визит": a person characterising a thing speaks of it — words the article gives its
# experts only, and another's passage naming the thing is no description of his.
DESCRIBING = word_set(
    "охарактеризовал охарактеризовала охарактеризовали характеризует характеризуют "
    "характеризовал характеризовала характеризовали описал описала описали описывает "
    "описывают описывал описывала описывали "
    # judging it is characterising it: "как Токаев оценил визит"
    "оценил оценила оценили оценивает оценивают "
    "describe describes described characterise characterises characterised characterize "
    "characterizes characterized"
)

# "the view of Aliyev on Turkey", "Aliyev's position on Turkey": a view held, asked of the
# person right beside it (``query._holder_side``): "the Kazakh view of Aliyev's visit" holds it of
# his visit, no view of his.
HELD_VIEWS_EN = word_set("view views position stance")

# "оценка визита со стороны Токаева", "позиция со стороны президента Токаева": the view of the
# one after "со стороны" (a title between), asked by a Russian noun of a view.
VIEW_NOUNS_RU = word_set("оценка оценки оценку позиция позиции позицию реакция реакции реакцию")

# Titles before a woman's surname: "сказала госпожа Алиева".
MADAM = word_set("госпожа г-жа мадам")

# People the article's experts are called by, whether or not the article uses the word: "что
# сказали аналитики" asks for the experts' words.
EXPERT_NOUNS = word_set(
    "аналитик эксперт специалист политолог наблюдатель комментатор собеседник участник автор "
    "журналист человек люди сторона"
)


# Read by the matcher (``matching.matcher``) as it weighs passages against a question.
# Verbs of writing, and where one publishes what one writes (lemmas): "что написал Токаев в
# соцсети" asks what he published there (``matcher.Matcher._deed_verb``).
WRITING_LEMMAS = frozenset({"написать", "писать"})
PUBLISHED_ON = frozenset(
    {"соцсеть", "сеть", "твиттер", "телеграм", "телеграмм", "блог", "канал", "фейсбук", "инстаграм"}
)
# Verbs of a view of what another said (lemmas): "как он отнёсся к идее Гаджиева", "как
# оценил", "как прокомментировал" (``matcher.Matcher._reaction``).
JUDGING_LEMMAS = OPINION_VERB_LEMMAS | frozenset(
    {"прокомментировать", "комментировать", "отреагировать", "реагировать", "react", "comment"}
    # "как он отозвался о записи Гаджиева": spoke of it, judging it
    | {"отозваться", "отзываться"}
    # "что думает Ишмухамедов о формуле Гаджиева": his view of another's idea
    | {"думать", "считать", "think"}
)
# English words of judging another's words, as stems: the English question has no verb read
# as its relation (``matcher.Matcher._judging_asked``).
JUDGING_STEMS_EN = frozenset(
    english_stem(w)
    for w in word_set(
        "react reaction respond response comment think view opinion stance assess "
        "assessment verdict"
    )
)
# The nouns and verbs of judging another's words, by their stems: "Оценка заявления Гаджиева"
# is his view of it, whichever verb asked it ("что он думает о …").
VERDICT_STEMS = ("оцен", "коммент", "реаги", "реакц", "assess", "comment", "react")
# The verbs of calling, as lemmas: the frame of "кто назвал X Y", no word X or Y is called by.
CALLING_LEMMAS = frozenset({"назвать", "называть", "называться", "call"})

# Verbs an expert does by his words: "who proposed adding Turkey", "who said", "who called it".
SAYING_STEMS_EN = frozenset(
    {
        *("say", "said", "propos", "suggest", "offer", "call", "compar", "describ", "note"),
        *("stress", "think", "thought", "believ", "argu", "expect", "predict", "comment"),
        *("claim", "mention", "explain", "speak", "spoke", "talk", "write", "wrote", "warn"),
        *("hope", "recal", "emphas", "assess", "estim", "forecast", "view", "see", "saw"),
        *("quot", "advoc", "urg", "recommend", "name", "put", "insist", "is", "was", "are"),
        "cite",  # "who cited the figure"
        # raising a subject is by words too: "who raised the Zangezur corridor"
        *("rais", "brought", "bring", "touch", "address", "flag", "highlight", "point"),
    }
)


def given_to(words: list[str], outlet_end: int) -> bool:
    """Does a noun of what an expert gives an outlet follow the outlet ending at
    ``outlet_end`` ("… gave Minval Politika A COMMENT")?"""
    return any(w in GIVEN_WORDS for w in words[outlet_end : outlet_end + _GIVEN_REACH])
