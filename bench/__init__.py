"""Benchmarks and baselines; not part of the bot."""
