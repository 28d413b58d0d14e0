"""Words, below everything else: normalising text, lemmas, word lists, speech frames, grammar.

Knowledge, extraction, matching and answering all read text through this package, so the
same word is the same word everywhere.
"""
