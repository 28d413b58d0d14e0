"""The curator's loop: what readers asked and how the bot answered (pseudonymous), their
votes, statistics and exports for the curator, and reloading the knowledge base while the bot
serves. Below the transport, above storage: the Telegram handlers and the CLI both use it.
"""
