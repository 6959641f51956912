"""What the context stages of the matcher (services/matcher/core/context/) cost, per listing.

    .venv/bin/python -m bench.context [--brands 1000] [--listings 20000]

Runs the synthetic registry and listings of bench.matcher through MatcherIndex.match, timing each
context stage of context/judge.py (negation, words of other languages, category distance,
accessories, and the cue/price settling) with a wrapper, and prints microseconds per listing
(averaged over all listings, and over the listings that name some brand: the only ones that reach
the context stages). One core; the first call of the word lists (language.py) is warmed up before.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict

from rich.console import Console
from rich.table import Table

from bench.matcher import synthetic_listings, synthetic_registry
from services.matcher.core import MatcherIndex
from services.matcher.core.context import judge as judge_module
from services.matcher.core.context.language import word_table

STAGES = {
    "_negation": "negation (context/negation.py)",
    "_foreign_words": "words of other languages (context/language.py)",
    "_distance": "category distance (context/sectors.py)",
    "accessory": "accessories (context/accessory.py)",
    "settle_accessory": "references next to cues",
    "corroboration": "cue and price far from the brand's goods",
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--brands", type=int, default=1000)
    parser.add_argument("--listings", type=int, default=20000)
    args = parser.parse_args(argv)
    word_table()
    index = MatcherIndex.build(synthetic_registry(args.brands))
    listings = synthetic_listings(index.registry, args.listings)
    spent: dict[str, float] = defaultdict(float)
    originals = {name: getattr(judge_module.Judge, name) for name in STAGES}

    def timed(name, method):
        def wrapper(*a, **k):
            started = time.perf_counter()
            try:
                return method(*a, **k)
            finally:
                spent[name] += time.perf_counter() - started
        return wrapper

    for name, method in originals.items():
        setattr(judge_module.Judge, name, timed(name, method))
    try:
        named = 0
        started = time.perf_counter()
        for listing in listings:
            if index.score_listing(listing):
                named += 1
        total = time.perf_counter() - started
    finally:
        for name, method in originals.items():
            setattr(judge_module.Judge, name, method)
    table = Table(title=f"Context stages: {args.brands:,} brands, {len(listings):,} listings, {named:,} naming a brand")
    for column in ("stage", "µs per listing", "µs per listing naming a brand"):
        table.add_column(column, justify="left" if column == "stage" else "right")
    for name, label in STAGES.items():
        table.add_row(label, f"{spent[name] / len(listings) * 1e6:.2f}", f"{spent[name] / max(named, 1) * 1e6:.2f}")
    context = sum(spent.values())
    table.add_row("all context stages", f"{context / len(listings) * 1e6:.2f}", f"{context / max(named, 1) * 1e6:.2f}")
    table.add_row("whole match (score_listing)", f"{total / len(listings) * 1e6:.2f}", "")
    Console().print(table)


if __name__ == "__main__":
    main()
