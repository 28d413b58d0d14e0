"""An energy analyst's, a diaspora blogger's and a teacher's English questions, by class.

- "What could a 'Turkic seven' turn into, in the expert's opinion?": what a thing becomes is
  answered by the passage naming that thing in its own words, not by the figure of what
  "5+1" turned into, which holds the seven only by its topic's label
  (``Matcher._becoming_held_first``); "во что может превратиться" asks a becoming as "чем
  может стать" does (``answer_types.asks_becoming``). "What has 5+1 turned into?" keeps the
  figure.
- "According to Gadzhiev the 5+1 formula turned into what number?": an English word the
  briefing knows names which of the expert's figures is asked, as for one named by role
  (``dialogue.experts_figures``); "what figures does Ishmukhamedov quote" keeps his list.
- "Was the official welcome ceremony in Almaty or in Astana?": two places offered after a
  preposition of place ask which one the article gives; the one it never names is no place
  the question is about (``alternatives.placed_alternatives``, ``query._one_of_each``).
  "Was the ceremony in Almaty?" and two places it never names stay unanswered. Only a
  passage telling the question's event, with whoever it names, in the known place chooses
  (``query.Analyser._told_places``): "в Алматы или в Астане живёт Ишмухамедов?", "Гусейнов
  выступал в Алматы или в Астане?" are no event a passage tells in Astana, and stay
  unanswered rather than answered by any passage holding the man and Astana.
- "So how did the deputat from Baku characterize the visit overall?": a role typed in
  translit inside English ("deputat", "politolog") names the expert as the English or
  Russian word does (``roles.Roles._read`` reads a Latin word read as a Russian one).
- "Timeline for the railway modernization - how many years will it take?": a heading asking
  a time only by a schedule noun names the time the question after it asks, so the length
  asked leads, not a date (``answer_types.schedule_heading``, ``specifics.leading_part``);
  "timeline for the railway modernization?" alone still asks a date.
- "What is the Middle Corridor, in simple words?": how plain the answer is to be ("in plain
  English", "in layman's terms", "simply put", "простыми словами") is a filler, no word of
  the subject (``fillers._FILLERS``).
- "Who among the experts brought up the Zangezur corridor?": the group the doer is picked
  from ("among the experts", "of them") is no deed, and raising a subject ("raised",
  "brought up", "addressed") is done by words (``matcher._english_deed``); "who signed the
  agreements" still asks a doer the passages do not name.
- "What did Huseynov conclude about where AZ-KZ relations have now moved to?": a "where"
  clause of how far a relation has moved is its state, no place
  (``answer_types._where_clause``, ``_STANDING_VERBS``); "where did the talks take place"
  still asks one.
- "How did Ishmukhamedov react to Gadzhiev's post on X?": a Latin spelling of an expert's
  name held by fewer passages than another spelling of the same name ("gadzhiev" from a
  Russian quote, "hajiyev" from the English) is read as the wider one
  (``query._widest_latin_spellings``); his first name stays his first name.
- "What does he mean by no older and younger?": "older" is the article's "elder"
  (``lexicon.ENGLISH_SYNONYMS``).

Each case asks the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answering.session import Session
from bot.language.alternatives import placed_alternatives
from bot.language.answer_types import asks_becoming, becoming_words, schedule_heading
from tests.support.asking import answered, answered_entry, question_words


@pytest.mark.parametrize(
    "question",
    [
        "what could a 'Turkic seven' turn into, in the expert's opinion?",
        "what could a 'Turkic seven' turn into?",
        "what would the Turkic seven turn into?",
        "what might a Turkic seven turn into according to the expert?",
        "what will the Turkic seven turn into?",
        "in the expert's view, what could the Turkic seven become?",
        "what can the turkic seven turn into in the expert's estimation?",
        "Turkic seven - what could it turn into?",
        "what could the 'Turkic 7' turn into?",
        "what could a Turkic seven turn into, according to Ishmukhamedov?",
        "what could the tyurkskaya semerka turn into?",
        "во что может превратиться тюркская семёрка?",
        "во что превратится тюркская семёрка",
        "во что могла бы превратиться тюркская семёрка по мнению эксперта",
        "чем может стать тюркская семёрка?",
    ],
)
def test_what_the_seven_could_become_is_its_own_passage(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "ishmukhamedov-turkic-seven"


@pytest.mark.parametrize(
    "question",
    [
        "what has 5+1 turned into?",
        "what did the 5+1 formula turn into?",
        "во что превратилась формула 5+1",
        "what did Hajiyev say 5+1 has turned into?",
    ],
)
def test_what_five_plus_one_became_keeps_its_figure(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "format-6"


def test_becoming_words_frame_the_asking_only() -> None:
    words = question_words("what could a Turkic seven turn into")
    assert becoming_words(words) == {"turn", "into"}
    assert asks_becoming(question_words("во что может превратиться семёрка"))
    assert not becoming_words(question_words("what did the seven propose"))


@pytest.mark.parametrize(
    "question",
    [
        "according to Gadzhiev the 5+1 formula turned into what number?",
        "according to Hajiyev, what number did the 5+1 formula turn into?",
        "what number does Hajiyev say 5+1 turned into?",
        "per Hajiyev, the 5+1 formula became what figure?",
    ],
)
def test_a_named_experts_figure_of_a_thing_is_that_figure(session: Session, question: str) -> None:
    assert answered_entry(session, question) in ("format-6", "hajiyev-five-plus-one")
    assert "«6»" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "what figures did Ishmukhamedov give?",
        "which numbers does Ishmukhamedov cite?",
        "what figures does Ishmukhamedov quote?",
        "what numbers did Ishmukhamedov mention?",
        "Ishmukhamedov's key figures",
        "list the numbers Ishmukhamedov gave",
        "give me all the figures from Ishmukhamedov",
        "какие цифры привёл Ишмухамедов",
    ],
)
def test_a_named_experts_figures_asked_by_citing_are_his_list(
    session: Session, question: str
) -> None:
    assert answered_entry(session, question) == "figures"


@pytest.mark.parametrize(
    "question",
    [
        "was the official welcome ceremony in Almaty or in Astana?",
        "was the welcome ceremony in Astana or Almaty?",
        "did the official welcome take place in Almaty or Astana?",
        "where was the welcome ceremony, in Almaty or in Astana?",
        "церемония встречи была в Алматы или в Астане?",
        "торжественная встреча прошла в Алматы или в Астане?",
    ],
)
def test_a_choice_of_two_places_is_the_one_the_article_gives(
    session: Session, question: str
) -> None:
    assert answered_entry(session, question) == "article-visit"
    assert "Астан" in answered(session, question)


@pytest.mark.parametrize(
    "question",
    [
        "was the ceremony in Almaty?",
        "was the ceremony in Almaty or in Tashkent?",
        "did Aliyev meet Putin or Tokayev?",  # no places: an unknown name is still asked
    ],
)
def test_a_place_never_named_alone_stays_unanswered(session: Session, question: str) -> None:
    assert not session.ask(question).answered


def test_placed_alternatives_need_a_preposition_of_place() -> None:
    assert placed_alternatives(question_words("in Almaty or in Astana")) == {("almaty", "astana")}
    assert placed_alternatives(question_words("в Алматы или Астане")) == {("алматы", "астане")}
    assert not placed_alternatives(question_words("Putin or Tokayev"))


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("so how did the deputat from Baku characterize the visit overall?", "huseynov-new-stage"),
        ("how did the deputy from Baku characterize the visit overall?", "huseynov-new-stage"),
        ("what did the deputat say about the OTS?", "huseynov-ots"),
        ("what did the politolog from Astana say about the Middle Corridor?", None),
    ],
)
def test_a_role_typed_in_translit_names_the_expert(
    session: Session, question: str, entry: str | None
) -> None:
    reply = session.ask(question)
    assert reply.answered, (question, reply.kind)
    if entry is not None:
        assert reply.entry == entry
    else:
        assert reply.speaker == "ishmukhamedov"


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("timeline for the railway modernization - how many years will it take?", "duration"),
        ("timeline for the railway modernization, how long will it take?", "duration"),
        ("timeframe for the Middle Corridor upgrade - how many years?", "duration"),
        ("how long will the railway modernization take?", "duration"),
        ("timeline for the railway modernization?", "date"),
        ("timeline for the railway modernization - when will it be finished?", "date"),
    ],
)
def test_a_schedule_heading_names_the_time_asked_after_it(
    session: Session, question: str, missing: str
) -> None:
    reply = session.ask(question)
    assert not reply.answered
    assert reply.missing == missing, (question, reply.kind, reply.missing)


def test_schedule_heading_is_a_schedule_noun_with_no_question() -> None:
    assert schedule_heading(question_words("timeline for the railway modernization"))
    assert not schedule_heading(question_words("when is the timeline"))
    assert not schedule_heading(question_words("how many years"))


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what is the Middle Corridor, in simple words?", "ishmukhamedov-corridor"),
        ("explain in simple words what the Middle Corridor is", "ishmukhamedov-corridor"),
        ("what is the Middle Corridor in plain English?", "ishmukhamedov-corridor"),
        ("in plain terms, what is the Middle Corridor?", "ishmukhamedov-corridor"),
        ("simply put, what is the Middle Corridor?", "ishmukhamedov-corridor"),
        ("что такое Средний коридор простыми словами?", "ishmukhamedov-corridor"),
        ("объясни простым языком, что такое Средний коридор", "ishmukhamedov-corridor"),
        ("what is the OTS in layman's terms?", "huseynov-ots"),
        ("what is the Turkic seven, in simple words?", "ishmukhamedov-turkic-seven"),
    ],
)
def test_how_plain_the_answer_is_to_be_is_no_word_of_the_subject(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry
    if entry == "ishmukhamedov-corridor":
        assert "Транскаспийский международный транспортный маршрут" in answered(session, question)


def test_a_speakers_own_words_still_ask_his_words(session: Session) -> None:
    assert answered_entry(session, "what did Hajiyev say in his words?") == "expert:hajiyev"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("who among the experts brought up the Zangezur corridor?", "tusupbekov-agenda"),
        ("who among the experts mentioned the Zangezur corridor?", "tusupbekov-agenda"),
        ("who raised the Zangezur corridor?", "tusupbekov-agenda"),
        ("who brought up the Zangezur corridor?", "tusupbekov-agenda"),
        ("who among the experts proposed adding Turkey?", "ishmukhamedov-turkic-seven"),
        ("who amongst the analysts addressed the Middle Corridor?", "ishmukhamedov-corridor"),
        ("кто из экспертов упомянул Зангезурский коридор?", "tusupbekov-agenda"),
    ],
)
def test_who_among_the_experts_raised_a_subject(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


@pytest.mark.parametrize(
    "question", ["who signed the agreements?", "who built the Middle Corridor?"]
)
def test_a_deed_no_passage_names_a_doer_of_stays_not_given(session: Session, question: str) -> None:
    reply = session.ask(question)
    assert not reply.answered
    assert reply.missing == "person"


@pytest.mark.parametrize(
    "question",
    [
        "What did Huseynov conclude about where AZ-KZ relations have now moved to?",
        "what did Huseynov conclude about where relations have moved?",
        "Huseynov's conclusion about where the relations have got to?",
        "what did Huseynov say about where ties have moved to?",
    ],
)
def test_where_a_relation_has_moved_is_its_state(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "huseynov-alliance"


def test_where_an_event_took_place_still_asks_a_place(session: Session) -> None:
    reply = session.ask("where did the talks take place?")
    assert reply.missing == "place" or reply.answered


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("how did Ishmukhamedov react to Gadzhiev's post on X?", "ishmukhamedov-on-hajiyev"),
        ("how did Ishmukhamedov react to Gadzhiev's post?", "ishmukhamedov-on-hajiyev"),
        ("how did Ishmukhamedov respond to Hajiev's post on X?", "ishmukhamedov-on-hajiyev"),
        ("How does Ishmukhamedov assess Gadzhiev's statement?", "ishmukhamedov-on-hajiyev"),
        ("how did Ishmukhamedov react to Hajiyev's post?", "ishmukhamedov-on-hajiyev"),
        ("what did Gadzhiev write on X?", "hajiyev-five-plus-one"),
        ("who is Gadzhiev?", "expert:hajiyev"),
    ],
)
def test_every_spelling_of_a_name_reaches_the_passages_of_the_widest(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


def test_a_first_name_is_no_spelling_of_the_surname(session: Session) -> None:
    wider = session.matcher.analyser._widest_spelling
    assert wider.get("gadzhiev") == "hajiyev"
    assert "hikmet" not in wider
    assert "hajiyev" not in wider


@pytest.mark.parametrize(
    "question",
    [
        "the 'Turkic seven' idea - what kind of space does Ishmukhamedov describe, what does he"
        " mean by no older and younger?",
        "what does Ishmukhamedov mean by no older and younger?",
        "who would be older and who younger in the Turkic seven?",
        "no older and younger states - whose idea?",
    ],
)
def test_older_is_the_articles_elder(session: Session, question: str) -> None:
    assert answered_entry(session, question) == "ishmukhamedov-equal-states"
    assert "равноправные государства" in answered(session, question)


def test_older_names_no_other_thing(session: Session) -> None:
    assert not session.ask("how old is the OTS?").answered


@pytest.mark.parametrize(
    "question",
    [
        "в Алматы или в Астане живёт Ишмухамедов?",
        "Ишмухамедов живёт в Алматы или в Астане?",
        "в Алматы или в Астане родился Алиев?",
        "в Алматы или в Астане работает Тусупбеков?",
        "в Алматы или в Астане учился Тусупбеков?",
        "в Астане или в Алматы выступал Тусупбеков?",
        "Гусейнов выступал в Алматы или в Астане?",
        "does Ishmukhamedov live in Almaty or in Astana?",
    ],
)
def test_two_places_offered_for_an_event_no_passage_tells_stay_unanswered(
    session: Session, question: str
) -> None:
    assert not session.ask(question).answered


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("где именно Алиева встречали торжественно — в Алматы или в столице?", "article-visit"),
        ("Алиева встречали в Алматы или в Астане?", "article-visit"),
        ("в Алматы или в Астане подписали соглашения?", "agreements-count"),
    ],
)
def test_two_places_offered_for_an_event_told_in_one_are_chosen(
    session: Session, question: str, entry: str
) -> None:
    assert answered_entry(session, question) == entry


def test_two_places_neither_named_for_a_meeting_elsewhere_stay_unanswered(
    session: Session,
) -> None:
    assert not session.ask("где Алиев встречался с Путиным — в Москве или в Сочи?").answered
