"""Closed classes of small words a question is read by: pronouns, prepositions, determiners,
auxiliaries, question words, particles and a few adverbs.

They name nothing a passage is about; the query analyser (``matching.query``) and the matcher
(``matching.matcher``) look them up to tell how a question is built — where a noun phrase
opens and closes, what a pronoun points back to, which preposition is glued to a word typed
together with it. Kept here, with the other word lists of ``bot.language``, so that the
matching layer holds rules and no vocabulary.
"""

from __future__ import annotations

from bot.language.frame_words import WHICH_FORMS
from bot.language.lexicon import COUNT_WORDS, WHEN_WORDS, WHO_WORDS, word_set

# English words closing the noun phrase a question word opens ("what rail measures WERE
# discussed", "which steps FOR trade").
PHRASE_CLOSERS_EN = word_set(
    "do does did is are was were will would could can should has have had for of in on at "
    "with between to from about"
)

# English adjectives insisting on the particular things a question names, right after its
# question word ("what SPECIFIC barriers", "which CONCRETE measures"): as "конкретно", how
# the question asks (``asks_specifics`` reads them), no word of its subject.
INSISTING_EN = frozenset({"specific", "concrete", "particular"})
WHICH_EN = frozenset({"what", "which"})

# "конкретно", like "именно" (a stop word): insisting on the specifics of what the question
# names, which ``asks_specifics`` reads from the words — no word of its subject, and one the
# article may say of anything ("конкретные договорённости").
INSISTING = frozenset({"конкретно"})

# The one-letter prepositions a run-together word may hold ("визитев": "визите в"); not и, а,
# я, о: a word's ending as often ("astani" transliterated is "астани", not "астан и").
ONE_LETTER_WORDS = frozenset("вску")
# The prepositions of two letters a run-together word may open, before a word of
# ``query._SHORTEST_HALF`` + 1 letters or more ("поожиданиям": "по ожиданиям").
TWO_LETTER_PREPOSITIONS = frozenset({"по", "до", "на", "за", "из", "от", "об", "со", "во"})

# The prepositions glued to the word after them (``query.Analyser._preposition_glued``),
# longest first; of one letter also "у", "о" and the conjunction "а", which open a question
# as often as they end a word ("уних", "овизите", "ароссия"): glued only before a word, and
# that word whole (a pronoun, a stop or question word, or the briefing's).
GLUED_BEFORE = (
    "для",
    "про",
    "при",
    "без",
    "над",
    "под",
    *sorted(TWO_LETTER_PREPOSITIONS),
    "в",
    "к",
    "с",
    "у",
    "о",
    "а",
)
# The prepositions glued to the word before them: of one letter only "в" ("к", "с", "у"
# end words as often: "длилис" is "длились", not "длили с").
GLUED_AFTER = (*sorted(TWO_LETTER_PREPOSITIONS), "в")

# Words opening a relative clause: "декларация, которую хвалил Тусупбеков".
RELATIVE_WORDS = frozenset(
    {"который", "которая", "которое", "которые", "которую", "которого", "которой", "которым"}
    | {"которых", "котором", "которыми"}
)

# The "s" of an English possessive, a token of its own: "Hajiyev's post".
POSSESSIVE_S = frozenset({"s"})

# A person the question speaks of as already named: "как он его назвал", "по его словам".
HE_SHE = frozenset({"он", "она", "he", "she"})
HIS_HER = frozenset({"его", "её", "ее", "his", "her"})
ACCORDING_TO = frozenset({"по", "according"})

# Demonstratives pointing back to what a statement before the question told: "этот шаг".
THIS_FORMS = frozenset(
    {"этот", "эта", "это", "эти", "этого", "этой", "этому", "этим", "этом", "эту", "этих", "этими"}
)

# The forms a Russian personal pronoun takes after a preposition ("о нём", "про него", "с
# ними"): they point back, naming nothing; "нем" is read by the morphology as "немой" first.
N_PRONOUNS = word_set("него нему ним нём нем неё нее ней них ними")
PREPOSITIONS_RU = word_set(
    "о об обо про в во на с со к ко у из от до по за над под при для без через между перед "
    "около насчет насчёт"
)

# Demonstratives before a noun ("этот формат"): not "это", which is as often the subject of
# a copula ("это будет союз") or a pronoun standing alone.
THIS_BEFORE_NOUN = THIS_FORMS - {"это"}

# English intensifiers of a question word: "why exactly", "where precisely".
EXACTLY_EN = frozenset({"exactly", "precisely"})
QUESTION_WORDS_EN = frozenset({"why", "what", "which", "where", "when", "how", "who", "whom"})

# "на КАКОМ саммите", "at WHICH summit": the occasion asked for, not one the question puts
# its deed in.
WHICH_ANY = WHICH_FORMS | {"which", "what"}
OCCASION_PLACE_PREPOSITIONS = frozenset({"в", "на", "во", "in", "at", "to"})

# Pronouns of a thing the scene before the question told: "как он ЕГО назвал", "как он ЭТО
# оценил".
IT_FORMS = frozenset({"его", "ее", "её", "их", "это", "этого", "этому", "этим", "it", "this"})

# The conjunctions offering a guess and its other: "X или Y", "X or Y".
OR_WORDS = frozenset({"или", "либо", "or"})
# The open other of a guess: "или чем-то большим", "или что-то другое" (not "или поближе":
# a nearer time is a guess too, and "ближайшие годы" the passage's word for it).
OPEN_OTHER = frozenset(
    {"что-то", "чем-то", "чего-то", "нечто", "другое", "другим", "иное", "иным", "большее"}
    | {"большим", "something"}
)

# Prepositions naming what a question is about: "о мосте", "про трубопровод", "about the tunnel".
ABOUT_RU = frozenset({"о", "об", "обо", "про"})
ABOUT_EN = frozenset({"about", "regarding", "concerning"})
# The case of the noun phrase each Russian one governs ("о строительстве", "про строительство").
ABOUT_GOVERNS = {"о": "loct", "об": "loct", "обо": "loct", "про": "accs"}

# Words before "about" making it "roughly": "down to about a week", "it costs about $5".
AMOUNT_BEFORE_EN = frozenset(
    {"to", "by", "of", "for", "at", "in", "within", "is", "was", "be", "are", "were", "just"}
    | {"only", "cost", "costs", "take", "takes", "took", "last", "lasted", "around", "down", "up"}
)
# English words inside a noun phrase that neither end it nor name its thing: "the", "of".
EN_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their"})
EN_INDEFINITE = frozenset({"some", "any", "certain", "something", "anything", "other"})
EN_PHRASE_BOUNDS = frozenset(
    {"to", "for", "in", "with", "through", "across", "under", "over", "between", "from", "by"}
    | {"on", "at", "into", "via", "and", "or", "but", "if", "when", "after", "before", "as"}
    | {"is", "was", "are", "were", "will", "would", "could", "should", "did", "does", "do"}
    | {"besides", "except", "apart", "like", "than", "not", "also", "exactly", "down", "up"}
)
# Interrogatives after which a verb and its subject or object follow: "сколько стоит мост",
# "когда откроют авиарейс", "how much will the pipeline cost".
PHRASE_OPENERS_RU = frozenset({"когда", "сколько", "скоко", "скока"})

# "how much/many" with an auxiliary: the subject follows it ("how much will the pipeline
# cost"), ending before its main verb.
OPENERS_EN = frozenset({"much", "many"})
AUXILIARIES_EN = frozenset({"will", "would", "does", "do", "did", "is", "are", "was", "can"})
MAIN_VERBS_EN = frozenset(
    {"cost", "open", "start", "launch", "begin", "be", "run", "take", "last", "come", "appear"}
)

# Prepositions putting what is asked in a setting: "за ужином", "на банкете", "по телефону",
# "at dinner", "over lunch", "during the reception".
SETTING_PREPOSITIONS = frozenset({"за", "на", "по", "at", "over", "during"})
SETTING_PAIRS = frozenset({("во", "время"), ("в", "ходе")})

# How a yes/no question opens on the judgement it asks of what follows: "IS IT symbolic that
# …", "WAS IT unusual that …", "IS THERE symbolism in …".
JUDGING_OPENERS_EN = frozenset(
    {("is", "it"), ("was", "it"), ("isn't", "it"), ("isnt", "it"), ("is", "there")}
    | {("was", "there"), ("wasn't", "it"), ("wasnt", "it")}
)

# Adverbs asking when, how long, how often or how much ("давно ли Токаев был в Габале"): a
# question the article may answer, no judgement asked of a fact.
TIME_OR_DEGREE = frozenset(
    {"давно", "недавно", "долго", "скоро", "часто", "редко", "рано", "поздно", "много", "мало"}
    | {"сильно", "далеко", "близко", "быстро", "медленно", "надолго", "впервые", "вскоре"}
)

# "which Azerbaijani MP was quoted": the adjective picks the one asked for.
CHOOSING = frozenset({"which", "what"})

# "кто из экспертов", "which of the analysts": one asked for among the people named after
AMONG = frozenset({"из", "of"})
PICKING = frozenset({"кто", "which", "who"})

# The conditional particle between a governing word and its infinitive ("мог бы сократить").
CONDITIONAL = word_set("бы б")

# Words of manner read first as other parts of speech ("просто", "так", "же"), standing
# between a word governing an infinitive and the infinitive.
BETWEEN_GOVERNOR = word_set("просто так же вообще")

# The forms of "этот" and "это", which a transliteration writes with е ("eto", "etom")
DEMONSTRATIVES = word_set("это этот эта эту этой этом этого этому этим эти этих этими")

# The prepositions an amount's unit is asked with: "в тоннах", "в долларах".
IN_UNIT = frozenset({"в", "во"})

# English prepositions naming whose words a figure is ("grow to how much, by Ishmukhamedov",
# "per the expert").
SOURCE_PREPOSITIONS = frozenset({"by", "per"})

# The words a rate's unit of time follows: "how much a year", "per month", "сколько в год".
PER_WORDS = frozenset({"a", "per", "each", "every", "в"})

# English adverbs after a counting word count nothing: "rail freight: how much NOW, and how
# much does Kazakhstan need" counts the freight, not "now" (``is_adverb`` reads Russian).
ENGLISH_ADVERBS = word_set(
    "now today currently nowadays presently already still then usually roughly approximately "
    "exactly annually yearly"
)

# Words that make a message a question of its own: then "year" is read as it asks.
QUESTION_WORDS = (
    WHEN_WORDS
    | WHO_WORDS
    | COUNT_WORDS
    | word_set(
        "что как какой какая какое какие каким ли чем где куда почему зачем "
        "what how which where why whose"
    )
)

# "where did Tokayev give a speech": where or when he spoke, which the article may report
# without quoting him.
CIRCUMSTANCE_WORDS = word_set("where when где когда")

# "the quote on the Trans-Caspian route", "цитата о маршруте": after these the words
# of saying are followed by what was said, not by who said it.
TOPIC_PREPOSITIONS = word_set(
    "on about regarding concerning over re о об обо про насчет насчёт касательно"
)

# Whom one tells, when "tell" is a person's saying: "what did Tokayev tell him / Aliyev".
TOLD_PRONOUNS = word_set("him her them you each other")

# Words that may stand between the "be" of an English passive and its participle: "was
# reportedly mentioned", "is not said".
PASSIVE_ADVERBS = word_set("not never also ever even just often only reportedly really")
PASSIVE_BE = word_set("is are was were be been being")

# "кто прогнозирует …", "who predicts …": the one holding a view, asked by its verb.
HOLDER_ASKED = frozenset({"кто", "who"})


# Read by the matcher (``matching.matcher``) as it weighs passages against a question.
# "кто седьмой", "who is the seventh": who holds a rank (``matcher.Matcher._ranked_member_first``)
WHO_OF_RANK = frozenset({"кто", "who", "whos"})

# The interrogative before a noun asking which of them ("в каких сферах", "which areas").
WHICH_WORDS = frozenset(
    {"какой", "какая", "какое", "какие", "каких", "каким", "какими", "каком", "какую"}
    | {"которых", "которым", "which", "what"}
)

# English prepositions a question keeps as words ("talks BETWEEN Aliyev and Tokayev": the
# Russian "между" is a stop word): they say how its subject's words relate, and name no
# subject an offered passage must state — "between" made a passage on contacts "between"
# the leaders outrank the one on the talks asked of.
ENGLISH_PREPOSITIONS = word_set(
    "between among amongst through via across within during after before against toward "
    "towards into onto upon without beyond"
)

# The first words of "apart from", "aside from", "other than": they leave out what follows.
LEAVING_PAIRED = frozenset({"apart", "aside", "other", "than"})

# Prepositions of what one speaks of: "говорил о визите", "spoke about the visit".
OF_TOPIC = frozenset({"о", "об", "обо", "про", "about"})
TOPIC_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "this", "its", "этом"})

# What narrows an English count: "agreements ON tourism", "agreements COVERING healthcare".
NARROWING_EN = frozenset(
    {"on", "about", "for", "concerning", "regarding", "covering", "covered", "cover", "covers"}
    | {"in", "related"}
)
# Words after such a preposition that narrow nothing: "in total", "in all", "of them".
NOT_NARROWING_EN = frozenset(
    {"total", "all", "overall", "sum", "them", "those", "these", "it", "the", "a", "an", "each"}
    | {"visit", "trip", "talks", "negotiations", "state", "sides", "countries", "two", "both"}
    | {"year", "years", "day", "days", "month", "months", "future", "time", "now", "today"}
)

# The words a figure's unit of time follows: "в год", "за год", "a year", "per year".
FIGURE_PER_WORDS = frozenset({"в", "за", "a", "per"})

# Prepositions putting a place where a thing happened: "в Акорде", "во дворце", "at Akorda"
# ("in" only when a place is asked: "in TEU", "in dollars" are units).
VENUE_BEFORE = frozenset({"в", "во"})
VENUE_BEFORE_EN = frozenset({"in", "at"})
# Words asking where to: a destination, not the venue of what happened.
WHITHER = frozenset({"куда", "whither"})

# English auxiliaries of the present ("how long does it take", "how much is it").
PRESENT_AUXILIARIES_EN = frozenset({"does", "do", "is", "are"})
# Words asking of what may or will be: "how long will it take", "could it take", "gonna".
MODAL_WORDS = frozenset(
    {"will", "would", "could", "can", "may", "might", "shall", "should", "going", "gonna"}
)

# Pronouns a check may put its subject by ("was it in Baku", "это было в Астане").
SUBJECT_PRONOUNS = frozenset({"it", "this", "that", "это", "то", "оно"})

# Words after which an English participle is an epithet of the noun following it.
EPITHET_DETERMINERS_EN = frozenset({"the", "a", "an", "these", "those", "its", "their", "his"})
# Words between "who" and its verb ("who WILL lead", "who DID build").
DOER_AUXILIARIES_EN = frozenset({"will", "would", "could", "did", "has", "had", "might", "can"})
# "who among the experts", "who of them": the group a doer is picked from.
PICKED_AMONG = frozenset({"among", "amongst", "of"})

# Words joining a second request to a first: "… and who signed each one".
JOINING_REQUESTS = word_set("and also plus")
# What opens such a first request: "give the names of …", "list …", "which agreements …".
OPENING_REQUESTS = word_set("give list name tell show provide which")

# Words saying what a thing is about ("a post ABOUT tariffs", "пост О тарифах").
ABOUT_WORDS = word_set("about regarding concerning о об обо про")

# Prepositions before a name that is no subject: "met WITH Tokayev", "invited BY Tokayev".
BEFORE_OBJECT_EN = word_set("with to by of from about on for at")

# "who exactly said", "who actually built": the asker's insistence, no deed after "who"
INSISTING_ADVERBS_EN = frozenset({"exactly", "specifically", "precisely", "actually", "really"})

# Words asking for the exact spot ("где именно"): a venue within the city, which the article
# never names.
EXACT_SPOT = word_set("именно конкретно точно exactly specifically precisely")

# "включены В повестку": the preposition a verb of putting a thing into a whole takes
# (``matcher.Matcher._holds_whole``).
INTO = word_set("в во")

# "почему именно в соцсети X": the particle singling out the choice a "почему" asks of
# (``query._choice_questioned``).
SINGLING_OUT = frozenset({"именно"})
