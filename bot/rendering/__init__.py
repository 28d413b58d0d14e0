"""Markup for replies: plain text (terminal, JSON) and Telegram HTML, from the same blocks."""
