"""Where people meet the bot: the terminal chat and Telegram."""
