"""Understanding questions: normalise, repair, lemmatise, score against the knowledge base.

Nothing here imports Telegram or does I/O beyond loading the morphology dictionary, so the
matcher can be tested and benchmarked alone.
"""
