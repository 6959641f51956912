"""What each stage of the matcher core costs, per listing: text views, every detector, every context stage.

    .venv/bin/python -m bench.context [--brands 1000] [--listings 20000]

Runs the synthetic registry and listings of bench.matcher through MatcherIndex.match, timing with a
wrapper the listing's text views (normalise.ListingText), the detector gates (the gated detectors'
tokens, index.DetectorGates), each detector of detectors/ (identity evidence), the cue terms, each
context stage of context/judge.py (negation, words of other languages, category distance, the rest
of judge.identity, accessories, and the cue/price settling), the stated condition (context/condition.py)
and the software check beside it, category and price, the scorer, and what is left of the whole match
(the Match objects, the loop). Prints CPU microseconds per listing, averaged over all listings and over
the listings that name some brand (the only ones that reach the context stages). One core; the word lists
(language.py) are read before, and one pass warms the caches. The wrappers add about a microsecond per
wrapped call, charged to the stage.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections import defaultdict

from rich.console import Console
from rich.table import Table

from bench.matcher import synthetic_listings, synthetic_registry
from services.matcher.core import MatcherIndex
from services.matcher.core import index as index_module
from services.matcher.core.context import judge as judge_module
from services.matcher.core.context.language import word_table
from services.matcher.core.normalise import ListingText

STAGES = {
    "_negation": "negation (context/negation.py)",
    "_foreign_words": "words of other languages (context/language.py)",
    "_distance": "category distance (context/sectors.py)",
    "accessory": "accessories (context/accessory.py)",
    "settle_accessory": "references next to cues",
    "corroboration": "cue and price far from the brand's goods",
}
IDENTITY = "identity"  # Judge.identity: negation, other languages and category distance above, and the rest of it
INDEX_STAGES = {
    "_cue_evidence": "cue terms (context/lexicon.py)",
    "_context_evidence": "category and price (prices.py)",
    "_software": "software goods, when a condition is said (index._software)",
}


def _timed(spent: dict[str, float], name: str, method):
    def wrapper(*a, **k):
        started = time.process_time()
        try:
            return method(*a, **k)
        finally:
            spent[name] += time.process_time() - started
    return wrapper


def measure(index: MatcherIndex, listings: list) -> tuple[dict[str, float], float, int]:
    """CPU seconds per stage, CPU seconds of the whole match, and how many listings name a brand."""
    spent: dict[str, float] = defaultdict(float)
    originals = {name: getattr(judge_module.Judge, name) for name in (*STAGES, IDENTITY)}
    for name, method in originals.items():
        setattr(judge_module.Judge, name, _timed(spent, name, method))
    for name in INDEX_STAGES:
        setattr(index, name, _timed(spent, name, getattr(index, name)))
    for detector in index.detectors:
        detector.detect = _timed(spent, f"detector {detector.name}", detector.detect)
    index._gates.open = _timed(spent, "gates", index._gates.open)
    index._conditions.read = _timed(spent, "condition", index._conditions.read)
    score = index_module.score
    index_module.score = _timed(spent, "score", score)
    try:
        named = 0
        total = 0.0
        for listing in listings:
            started = time.process_time()
            text = ListingText(listing.title, listing.description)
            spent["text"] += time.process_time() - started
            named += bool(index.match(listing, text=text))
            total += time.process_time() - started
    finally:
        for name, method in originals.items():
            setattr(judge_module.Judge, name, method)
        for name in INDEX_STAGES:
            delattr(index, name)
        for detector in index.detectors:
            del detector.detect
        del index._gates.open
        del index._conditions.read
        index_module.score = score
    return spent, total, named


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--brands", type=int, default=1000)
    parser.add_argument("--listings", type=int, default=20000)
    args = parser.parse_args(argv)
    word_table()
    index = MatcherIndex.build(synthetic_registry(args.brands))
    listings = synthetic_listings(index.registry, args.listings)
    for listing in listings:  # warm the fold tables and the token caches
        index.match(listing)
    gc.freeze()
    named_only = [listing for listing in listings if index.score_listing(listing)]
    spent, total, named = measure(index, listings)
    table = Table(title=f"Matcher stages: {args.brands:,} brands, {len(listings):,} listings, {named:,} alerting "
                        f"({len(named_only):,} naming a brand)")
    for column in ("stage", "µs per listing", "µs per listing naming a brand"):
        table.add_column(column, justify="left" if column == "stage" else "right")

    def row(label: str, seconds: float, per_named: bool = False) -> None:
        table.add_row(label, f"{seconds / len(listings) * 1e6:.2f}",
                      f"{seconds / max(len(named_only), 1) * 1e6:.2f}" if per_named else "")

    identity = spent.pop(IDENTITY, 0.0)  # it holds three stages of STAGES: its own part is the difference
    spent["identity rest"] = identity - sum(spent[name] for name in ("_negation", "_foreign_words", "_distance"))
    row("text views (normalise.py)", spent["text"])
    row("detector gates (index.DetectorGates.open: gated detectors' tokens)", spent["gates"])
    detectors = [name for name in spent if name.startswith("detector ")]
    for name in detectors:
        row(name, spent[name])
    row("all detectors", sum(spent[name] for name in detectors))
    for name, label in INDEX_STAGES.items():
        row(label, spent[name], per_named=True)
    for name, label in STAGES.items():
        row(label, spent[name], per_named=True)
    row("identity context, the rest (judge.identity: subject, words inside words)", spent["identity rest"], per_named=True)
    row("stated condition (context/condition.py ConditionReader.read)", spent["condition"], per_named=True)
    context = sum(spent[name] for name in (*STAGES, *INDEX_STAGES, "identity rest", "condition"))
    row("all context stages", context, per_named=True)
    row("scoring (scoring.py)", spent["score"], per_named=True)
    row("the rest (Match objects, the loop)", total - sum(spent.values()))
    row("whole match", total)
    Console(width=120).print(table)


if __name__ == "__main__":
    main()
