"""Interface texts in Russian and English, in one table so a translation is never missing.

The article's words are never translated here: quotes stay in the original language; only the
bot's own phrases switch.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "according_to": {"ru": "По словам {name},", "en": "According to {name},"},
    "according_to_again": {"ru": "По {pronoun} словам,", "en": "According to {pronoun},"},
    "pronoun_him": {"ru": "его", "en": "him"},
    "pronoun_her": {"ru": "её", "en": "her"},
    "in_article": {
        "ru": "Как сообщает {publisher}:",
        "en": "As {publisher} reports (in Russian):",
    },
    "paraphrase": {
        "ru": "В пересказе {publisher}:",
        "en": "{publisher}'s paraphrase (in Russian):",
    },
    "translation": {"ru": "Перевод (EN)", "en": "Translation"},
    "source": {"ru": "Источник: {cited}.", "en": "Source: {cited}."},
    "reported_by": {
        "ru": "— {name}, {role} (в пересказе {publisher})",
        "en": "— {name}, {role} (as reported by {publisher})",
    },
    "you_are_welcome": {
        "ru": "Пожалуйста! Спрашивайте ещё — или /help, чтобы увидеть команды.",
        "en": "You're welcome! Ask more — or /help for the commands.",
    },
    "briefing_line": {
        "ru": "“{title}” ({publisher}, {date})",
        "en": "“{title}” ({publisher}, {date})",
    },
    "nearest": {"ru": "Близко по теме:", "en": "Closest in the briefing:"},
    "actions": {
        "ru": "Дальше — наберите номер или слово:",
        "en": "Next — type a number or a word:",
    },
    "unknown_command": {
        "ru": "Команды {command} нет. /help — список команд; или спросите словами, "
        "или выберите тему:",
        "en": "There is no {command} command. /help lists the commands; or ask in words, "
        "or pick a topic:",
    },
    "no_context": {
        "ru": "Продолжать пока нечего — мы ещё ни о чём не говорили. Спросите, например, "
        "“{example}”, или выберите тему:",
        "en": "There is nothing to continue yet. Ask, for example, “{example}”, or pick a topic:",
    },
    "not_given_echo": {
        "ru": "В статье не сказано, {question}.",
        "en": "The article does not say {question}.",
    },
    "not_given_date": {
        "ru": "В статье не указано, когда это было (или будет).",
        "en": "The article does not give the date.",
    },
    "not_given_place": {
        "ru": "В статье не указано, где именно это было (или будет).",
        "en": "The article does not say where exactly.",
    },
    "not_given_duration": {
        "ru": "В статье не сказано, сколько это длилось или займёт.",
        "en": "The article does not say how long it lasted or will take.",
    },
    "not_given_money": {
        "ru": "В статье не названа сумма.",
        "en": "The article does not give the amount of money.",
    },
    "not_given_quantity": {
        "ru": "В статье нет этого числа.",
        "en": "The article does not give that number.",
    },
    "not_given_person": {
        "ru": "В статье не сказано, кто это.",
        "en": "The article does not say who.",
    },
    "not_given_reason": {
        "ru": "В статье не объясняется, почему.",
        "en": "The article does not give the reason.",
    },
    "not_given_forecast": {
        "ru": "В статье нет такого прогноза.",
        "en": "The article makes no such forecast.",
    },
    "not_given_fact": {"ru": "В статье этого нет.", "en": "The article does not say that."},
    "not_given_statement": {
        "ru": "В статье никто этого не говорит.",
        "en": "Nobody in the article says that.",
    },
    "figures_none_expert": {
        "ru": "{name} цифр в статье не приводит.",
        "en": "{name} gives no figures in the article.",
    },
    "figures_none_topic": {
        "ru": "По теме «{topic}» цифр в статье нет.",
        "en": "The article gives no figures on {topic}.",
    },
    "figures_all_instead": {
        "ru": "Вот все ключевые цифры статьи.",
        "en": "Here are all the article's key figures.",
    },
    "not_given_said_by": {
        "ru": "{name} в статье об этом не говорит.",
        "en": "{name} does not speak about this in the article.",
    },
    "not_given_party": {
        "ru": "Позиции {party} в статье нет: она приводит только слова своих экспертов.",
        "en": "The article does not give {party}'s position, only its experts' words.",
    },
    "not_given_unnamed": {
        "ru": "В статье нет упоминаний {party}.",
        "en": "The article does not mention {party}.",
    },
    "not_given_unmentioned": {
        "ru": "{name} в статье об этом не говорит: «{thing}» в ней не упоминается.",
        "en": "{name} does not speak about this in the article: it never mentions “{thing}”.",
    },
    "not_given_thing": {
        "ru": "В статье не упоминается «{thing}».",
        "en": "The article never mentions “{thing}”.",
    },
    "not_given_no_quote": {
        "ru": "Прямой цитаты {name} об этом в статье нет — только пересказ издания:",
        "en": "The article has no direct quote of {name} on this, only its paraphrase:",
    },
    "not_given_offer": {
        "ru": "Вот что в статье есть по этой теме:",
        "en": "Here is what the article does say on the subject:",
    },
    "not_given_who_did": {"ru": "Об этом говорит {name}:", "en": "{name} speaks about it:"},
    "not_given_beside": {
        "ru": "А вот что статья говорит о самой теме вопроса:",
        "en": "And here is what the article says on the subject itself:",
    },
    "did_you_mean": {
        "ru": "Точного ответа нет. Возможно, вы имели в виду:",
        "en": "No exact answer. Did you mean:",
    },
    "not_quoted_body": {
        "ru": "Слов этой организации в статье нет: в ней говорят только её эксперты (/experts).",
        "en": "The article does not quote this body: only its experts speak in it (/experts).",
    },
    "not_quoted_group": {
        "ru": "Слов этих людей в статье нет: в ней говорят только её эксперты (/experts).",
        "en": "The article does not quote these people: only its experts speak in it (/experts).",
    },
    "not_quoted": {
        "ru": "Слов этого человека в статье нет: в ней говорят только её эксперты (/experts).",
        "en": "The article does not quote this person: only its experts speak in it (/experts).",
    },
    "nothing": {
        "ru": "В статье нет ответа на этот вопрос ({publisher}, {date}). "
        "Я могу рассказать о том, что в ней есть:",
        "en": "The article does not answer that ({publisher}, {date}). "
        "Here is what I can tell you about:",
    },
    "nothing_many": {
        "ru": "В материалах брифингов нет ответа на этот вопрос. Я могу рассказать о том, что в "
        "них есть:",
        "en": "The briefings do not answer that. Here is what I can tell you about:",
    },
    "nothing_empty": {
        "ru": "Напишите вопрос — например, “{example}” — или выберите тему:",
        "en": "Type a question — for example, “{example}” — or pick a topic:",
    },
    "can_answer": {
        "ru": "Темы: {topics}. Команды: /experts, /figures, /topics.",
        "en": "Topics: {topics}. Commands: /experts, /figures, /topics.",
    },
    "experts_heading": {"ru": "Эксперты, которых цитирует статья:", "en": "Experts quoted:"},
    "paraphrased_heading": {
        "ru": "Упоминаются только в пересказе, без прямых цитат:",
        "en": "Only paraphrased, never quoted directly:",
    },
    "figures_heading": {"ru": "Ключевые цифры:", "en": "Key figures:"},
    "topics_heading": {"ru": "Темы брифинга:", "en": "Briefing topics:"},
    "said_by": {"ru": "{name}", "en": "{name}"},
    "article_itself": {"ru": "по данным статьи", "en": "per the article"},
    "expert_statements": {"ru": "Что говорит в статье:", "en": "What they say in the article:"},
    "topic_heading": {"ru": "Тема: {title}", "en": "Topic: {title}"},
    "also_figures": {"ru": "Связанные цифры:", "en": "Related figures:"},
    # a reason answered across passages: what the article says follows from it
    "follows": {
        "ru": "Что из этого следует, по статье:",
        "en": "What follows from it, in the article:",
    },
    # a second question asked of another expert: his words on what the first asked
    "also_asked": {
        "ru": "По второй части вопроса, в статье:",
        "en": "On the second part of the question, in the article:",
    },
    # a date given only as that of the occasion the entry puts the thing in ("в рамках визита")
    "introduced": {
        "ru": "Кто он, по статье:",
        "en": "Who he is, in the article:",
    },
    "dated_by": {
        "ru": "Отдельной даты статья не называет — только «{occasion}». Дату статья даёт "
        "самому событию:",
        "en": "The article gives no date of its own for it — only «{occasion}» (as part of "
        "that event). The article dates the event itself:",
    },
    "button_context": {"ru": "📄 Контекст", "en": "📄 Context"},
    "button_cite": {"ru": "✍️ Цитата для текста", "en": "✍️ Citation"},
    "button_topic_experts": {"ru": "👥 Другие эксперты", "en": "👥 Other experts"},
    "context_heading": {
        "ru": "Фрагмент статьи (абз. {numbers}):",
        "en": "Article excerpt (para. {numbers}):",
    },
    "cite_direct": {
        "ru": "Как отметил{a} {role} {name} в комментарии {publisher}, «{quote}»",
        "en": "As {role} {name} told {publisher}: «{quote}»",
    },
    "cite_reported": {
        "ru": "{quote} (слова {name_gen}, {role}, в пересказе {publisher})",
        "en": "{publisher}'s paraphrase of {name} ({role}), in Russian: «{quote}»",
    },
    "cite_article": {
        "ru": "Как сообщает {publisher}: «{quote}»",
        "en": "As {publisher} reports, in Russian: «{quote}»",
    },
    "experts_on_subject": {
        "ru": "Что говорят об этом эксперты:",
        "en": "What the experts say about it:",
    },
    "topic_experts_heading": {
        "ru": "Эксперты о теме “{title}”:",
        "en": "Experts on “{title}”:",
    },
    "no_other_experts": {
        "ru": "Других экспертов на эту тему в статье нет.",
        "en": "No other expert speaks on this topic in the article.",
    },
    "more_none": {
        "ru": "Больше по этой теме в статье ничего нет. Выберите другую тему:",
        "en": "The article has nothing more on this. Pick another topic:",
    },
    "expert_unknown": {
        "ru": "Такого эксперта в статье нет. Эксперты: {names}.",
        "en": "No such expert in the article. Experts: {names}.",
    },
}


LANGUAGES = ("ru", "en")


def t(key: str, lang: str, **values: str) -> str:
    """The interface text ``key`` in ``lang`` (Russian for any other language), filled in.

    Every text exists in every language of ``LANGUAGES``; a test checks the table and every
    key the code asks for, so a missing translation fails the build, not a user's chat."""
    return TEXTS[key][lang if lang in LANGUAGES else "ru"].format(**values)


TEXTS.update(
    {
        "greeting": {
            "ru": "Здравствуйте! Я отвечаю на вопросы по брифингу {briefings}: "
            "точные слова экспертов, кто их сказал, и ключевые цифры.\n\n"
            "Спросите своими словами — например, “{example}” — или выберите тему ниже.",
            "en": "Hello! I answer questions about the briefing {briefings}: "
            "the experts' exact words, who said them, and the key figures.\n\n"
            "Ask in your own words — e.g. “{example}” — or pick a topic below.",
        },
        "help": {
            "ru": "Пишите вопросы по-русски или по-английски, с опечатками или в другой "
            "раскладке — я пойму. Цитаты в блоке цитаты — дословные слова эксперта; "
            "пересказ издания показан его же фразой из статьи, без блока цитаты."
            "\n\nКоманды:\n{commands}\n\nВ группе: "
            "/ask вопрос, упоминание @{username} или ответ на моё сообщение. В любом чате: "
            "@{username} запрос — карточка с цитатой.",
            "en": "Ask in Russian or English, typos and the wrong keyboard layout are fine. "
            "Text in a quote block is the expert's exact words; a paraphrase is the "
            "publication's own sentence, in «…», outside a quote block."
            "\n\nCommands:\n{commands}\n\nIn groups: /ask question, "
            "mention @{username} or reply to my message. In any chat: @{username} query — a "
            "quote card.",
        },
        "cmd_start": {"ru": "начало и темы", "en": "start and topics"},
        "cmd_help": {"ru": "как пользоваться", "en": "how to use the bot"},
        "cmd_experts": {"ru": "эксперты и их должности", "en": "the experts and their roles"},
        "cmd_expert": {
            "ru": "эксперт по имени: /expert {surname}",
            "en": "one expert: /expert {surname}",
        },
        "cmd_briefings": {"ru": "все брифинги: выбрать", "en": "all briefings: choose one"},
        "briefings_list": {
            "ru": "Брифинги ({count}). Выберите, о каком спрашивать: его темы появятся в меню "
            "команд этого чата. Вопросы словами я ищу во всех.",
            "en": "Briefings ({count}). Choose the one to ask about: its topics appear in this "
            "chat's command menu. Questions in words are searched in all of them.",
        },
        "more_briefings": {
            "ru": "и ещё {count} — /briefings",
            "en": "and {count} more — /briefings",
        },
        "briefings_current": {"ru": "Сейчас: {title}", "en": "Now: {title}"},
        "briefing_chosen": {
            "ru": "Брифинг: {title} ({publisher}, {date}). Спрашивайте — или выберите тему:",
            "en": "Briefing: {title} ({publisher}, {date}). Ask away — or pick a topic:",
        },
        "from_briefing": {"ru": "📰 {title}", "en": "📰 {title}"},
        "topic_elsewhere": {
            "ru": "В брифинге «{title}» нет темы {command}. Она есть в других — выберите:",
            "en": "The briefing “{title}” has no {command} topic. Other briefings have it — "
            "choose one:",
        },
        "which_briefing": {
            "ru": "Это есть в нескольких брифингах. Из какого ответить?",
            "en": "Several briefings answer this. Which one do you mean?",
        },
        "cmd_figures": {"ru": "ключевые цифры", "en": "key figures"},
        "cmd_topics": {"ru": "темы брифинга", "en": "briefing topics"},
        "cmd_source": {"ru": "источник: издание, дата", "en": "the source article"},
        "cmd_ask": {
            "ru": "вопрос (для групп): /ask вопрос",
            "en": "ask (for groups): /ask question",
        },
        "description": {
            "ru": "Отвечаю на вопросы по брифингу: дословные цитаты экспертов с указанием, кто "
            "сказал, и ключевые цифры со ссылкой на фразу статьи. Понимаю опечатки, "
            "транслит и английский.",
            "en": "Answers briefing questions with the experts' exact words, who said them, "
            "and the key figures traced to the article. Understands typos, transliteration "
            "and English.",
        },
        "short_description": {
            "ru": "Брифинг: точные цитаты экспертов и ключевые цифры.",
            "en": "Briefing bot: experts' exact quotes and key figures.",
        },
        "ask_usage": {
            "ru": "Напишите вопрос после команды, например: /ask {example}",
            "en": "Put the question after the command, e.g. /ask {example}",
        },
        "expert_usage": {
            "ru": "Укажите эксперта: /expert {surname}. Эксперты: {names}.",
            "en": "Name the expert: /expert {surname}. Experts: {names}.",
        },
        "non_text": {
            "ru": "Я понимаю только текст. Напишите вопрос словами — например, “{example}” — "
            "или /help.",
            "en": "I can only read text. Type your question — e.g. “{example}” — or /help.",
        },
        "error": {
            "ru": "Извините, что-то пошло не так. Попробуйте ещё раз или спросите иначе.",
            "en": "Sorry, something went wrong. Please try again or rephrase.",
        },
        "slow_down": {
            "ru": "Слишком много вопросов подряд. Подождите минуту — и я снова отвечу.",
            "en": "That is a lot of questions at once. Give me a minute and ask again.",
        },
        "stale_button": {
            "ru": "Эта кнопка устарела — спросите заново.",
            "en": "This button is out of date — please ask again.",
        },
        "source_info": {
            "ru": "{title}\nИздание: {publisher}. Дата события: {date}.\n{summary}\n{link}",
            "en": "{title}\nPublisher: {publisher}. Event date: {date}.\n{summary}\n{link}",
        },
        "no_link": {
            "ru": "Ссылка и дата публикации в материалах брифинга не указаны.",
            "en": "The briefing does not give the article's link or publication date.",
        },
        "link": {"ru": "Ссылка: {url}", "en": "Link: {url}"},
        "inline_more": {"ru": "Открыть в боте", "en": "Open in the bot"},
        # Readers' votes under an answer, and the admins' commands (bot/curation).
        "vote_up": {"ru": "👍", "en": "👍"},
        "vote_down": {"ru": "👎 не то", "en": "👎 not it"},
        "vote_thanks_up": {"ru": "Спасибо за оценку!", "en": "Thanks for the vote!"},
        "vote_thanks_down": {
            "ru": "Спасибо! Мы посмотрим, что не так с этим ответом.",
            "en": "Thanks! We will look at what is wrong with this answer.",
        },
        "vote_again": {
            "ru": "Вы уже оценили этот ответ.",
            "en": "You have already rated this answer.",
        },
        "vote_gone": {
            "ru": "Этот ответ больше нельзя оценить.",
            "en": "This answer can no longer be rated.",
        },
        "cmd_stats": {"ru": "статистика вопросов (админ)", "en": "question statistics (admin)"},
        "cmd_unanswered": {
            "ru": "вопросы без ответа, CSV (админ)",
            "en": "unanswered questions, CSV (admin)",
        },
        "cmd_reload": {
            "ru": "перезагрузить базу знаний (админ)",
            "en": "reload the knowledge base (admin)",
        },
    }
)
