"""Interface texts in Russian and English, in one table so a translation is never missing.

The article's words are never translated here: quotes stay in the original language; only the
bot's own phrases switch.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "according_to": {"ru": "По словам {name},", "en": "According to {name},"},
    "according_to_again": {"ru": "По {pronoun} словам,", "en": "According to {pronoun},"},
    "in_article": {"ru": "Как сообщает {publisher}:", "en": "As {publisher} reports:"},
    "translation": {"ru": "Перевод (EN)", "en": "Translation"},
    "source": {
        "ru": "Источник: {publisher}, «{title}» ({date}).",
        "en": "Source: {publisher}, “{title}” ({date}).",
    },
    "reported_by": {
        "ru": "— {name}, {role} (в пересказе {publisher})",
        "en": "— {name}, {role} (as reported by {publisher})",
    },
    "did_you_mean": {
        "ru": "Точного ответа нет. Возможно, вы имели в виду:",
        "en": "No exact answer. Did you mean:",
    },
    "nothing": {
        "ru": "В статье нет ответа на этот вопрос ({publisher}, {date}). "
        "Я могу рассказать о том, что в ней есть:",
        "en": "The article does not answer that ({publisher}, {date}). "
        "Here is what I can tell you about:",
    },
    "nothing_empty": {
        "ru": "Напишите вопрос о визите — например, «сколько соглашений подписали?» "
        "или выберите тему:",
        "en": "Type a question about the visit — for example, “how many agreements were "
        "signed?” — or pick a topic:",
    },
    "can_answer": {
        "ru": "Темы: {topics}. Команды: /experts, /figures, /topics.",
        "en": "Topics: {topics}. Commands: /experts, /figures, /topics.",
    },
    "experts_heading": {"ru": "Эксперты, которых цитирует статья:", "en": "Experts quoted:"},
    "figures_heading": {"ru": "Ключевые цифры:", "en": "Key figures:"},
    "topics_heading": {"ru": "Темы брифинга:", "en": "Briefing topics:"},
    "said_by": {"ru": "сказал(а): {name}", "en": "said by {name}"},
    "article_itself": {"ru": "по данным статьи", "en": "per the article"},
    "expert_statements": {"ru": "Что говорит в статье:", "en": "What they say in the article:"},
    "topic_heading": {"ru": "Тема: {title}", "en": "Topic: {title}"},
    "also_figures": {"ru": "Связанные цифры:", "en": "Related figures:"},
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
        "ru": "По словам {role_gen}{name_gen}, {quote} (в пересказе {publisher}).",
        "en": "According to {name} ({role}), {quote} (as reported by {publisher}).",
    },
    "cite_article": {
        "ru": "Как сообщает {publisher}, {quote}",
        "en": "As {publisher} reports, {quote}",
    },
    "topic_experts_heading": {
        "ru": "Эксперты о теме «{title}»:",
        "en": "Experts on “{title}”:",
    },
    "no_other_experts": {
        "ru": "Других экспертов на эту тему в статье нет.",
        "en": "No other expert speaks on this topic in the article.",
    },
    "more_none": {
        "ru": "Больше по этой теме в статье ничего нет.",
        "en": "The article has nothing more on this.",
    },
    "expert_unknown": {
        "ru": "Такого эксперта в статье нет. Эксперты: {names}.",
        "en": "No such expert in the article. Experts: {names}.",
    },
}


def t(key: str, lang: str, **values: str) -> str:
    table = TEXTS[key]
    return table.get(lang, table["ru"]).format(**values)
