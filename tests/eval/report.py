"""Recall and precision of the matcher on the labelled evaluation set, per kind and overall.

    .venv/bin/python -m tests.eval            (or python -m tests.eval.report)

A true positive is an expected brand that alerts; a false positive is an alert for a brand the
listing should not alert (every alert on a trap is one); a false negative is an expected brand
that does not alert. Add --misses to list the listings that went wrong.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from brandsentry.registry import load_registry
from schemas import Listing
from services.matcher.core import MatcherIndex

HERE = Path(__file__).parent
REGISTRY = HERE / "registry.yaml"
LISTINGS = HERE / "listings.ndjson"


@dataclass
class Tally:
    listings: int = 0
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else None

    @property
    def precision(self) -> float | None:
        alerted = self.true_positives + self.false_positives
        return self.true_positives / alerted if alerted else None


def evaluate(registry_path: Path = REGISTRY, listings_path: Path = LISTINGS) -> dict[str, Tally]:
    """Tallies by kind, plus "overall"."""
    index = MatcherIndex.build(load_registry(registry_path))
    tallies: dict[str, Tally] = defaultdict(Tally)
    with open(listings_path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            listing = Listing.model_validate(row["listing"])
            alerted = {m.brand_id for m in index.match(listing)}
            expected = set(row["expect"])
            for tally in (tallies[row["kind"]], tallies["overall"]):
                tally.listings += 1
                tally.true_positives += len(alerted & expected)
                tally.false_positives += len(alerted - expected)
                tally.false_negatives += len(expected - alerted)
            if alerted != expected:
                tallies[row["kind"]].misses.append(
                    f"{listing.listing_id} {listing.title!r}: expected {sorted(expected)}, alerted {sorted(alerted)}"
                )
    return dict(tallies)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    tallies = evaluate()
    table = Table(title="Matcher evaluation (tests/eval)")
    for column in ("kind", "listings", "TP", "FP", "FN", "recall", "precision"):
        table.add_column(column, justify="left" if column == "kind" else "right")
    for kind in sorted(k for k in tallies if k != "overall") + ["overall"]:
        t = tallies[kind]
        table.add_row(kind, str(t.listings), str(t.true_positives), str(t.false_positives), str(t.false_negatives),
                      _pct(t.recall), _pct(t.precision), style="bold" if kind == "overall" else None)
    console = Console()
    console.print(table)
    if "--misses" in argv:
        for kind, t in sorted(tallies.items()):
            for miss in t.misses:
                console.print(f"[{kind}] {miss}", markup=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
