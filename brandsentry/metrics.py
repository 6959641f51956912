"""Metrics that more than one service records."""

from prometheus_client import Counter

DEAD_LETTERS = Counter(
    "brandsentry_dead_letters_total", "Records written to a dead-letter topic", ["topic", "stage", "reason"]
)
