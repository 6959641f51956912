"""Recall and precision of the matcher on the labelled evaluation set, per kind and overall.

    .venv/bin/python -m tests.eval            (or python -m tests.eval.report)
    .venv/bin/python -m tests.eval --demo-feed
    .venv/bin/python -m tests.eval --misses   (also list what went wrong)
    .venv/bin/python -m tests.eval --seed 10  (the adversary's listings drawn with another seed)

The first form prints three tables: the hand-written set (listings.ndjson), the adversary's generated set
(tests/eval/adversary: every class of issue 9 on every brand of deploy/seed/registry.yaml, per class and a
per-brand worst case) and the public-report cases (tests/eval/adversary/public.py).

The second form scores the demo feed of deploy/seed/ against its answer sheet
(feed_labels.ndjson): a held-out set, written by someone else than the evaluation set
and never used to tune the matcher.

A true positive is an expected brand that alerts; a false positive is an alert for a brand the
listing should not alert (every alert on a trap is one); a false negative is an expected brand
that does not alert. Add --misses to list the listings that went wrong.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
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
SEED = HERE.parent.parent / "deploy" / "seed"


@dataclass
class Tally:
    listings: int = 0
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    false_alert_listings: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else None

    @property
    def precision(self) -> float | None:
        alerted = self.true_positives + self.false_positives
        return self.true_positives / alerted if alerted else None

    @property
    def quiet(self) -> float | None:
        """Share of listings that alerted no brand they should not have."""
        return 1 - self.false_alert_listings / self.listings if self.listings else None

    def add(self, expected: set[str], alerted: set[str]) -> None:
        self.listings += 1
        self.true_positives += len(alerted & expected)
        self.false_positives += len(alerted - expected)
        self.false_negatives += len(expected - alerted)
        self.false_alert_listings += bool(alerted - expected)


Labelled = tuple[Listing, set[str], str]  # listing, brands that should alert, kind


def evaluation_set(path: Path = LISTINGS) -> Iterator[Labelled]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            yield Listing.model_validate(row["listing"]), set(row["expect"]), row["kind"]


def demo_feed(seed: Path = SEED) -> Iterator[Labelled]:
    """The demo feed with its answer sheet: suspicious listings should alert their brand, nothing else should."""
    with open(seed / "feed.ndjson", encoding="utf-8") as feed, open(seed / "feed_labels.ndjson", encoding="utf-8") as labels:
        for line, label_line in zip(feed, labels, strict=True):
            label = json.loads(label_line)
            suspicious = label["kind"] == "suspicious"
            kind = label["technique"] if suspicious else label["kind"]
            yield Listing.model_validate_json(line), {label["brand"]} if suspicious else set(), kind


def evaluate(registry_path: Path = REGISTRY, labelled: Iterable[Labelled] | None = None) -> dict[str, Tally]:
    """Tallies by kind, plus "overall"."""
    index = MatcherIndex.build(load_registry(registry_path))
    tallies: dict[str, Tally] = defaultdict(Tally)
    for listing, expected, kind in evaluation_set() if labelled is None else labelled:
        alerted = {m.brand_id for m in index.match(listing)}
        for tally in (tallies[kind], tallies["overall"]):
            tally.add(expected, alerted)
        if alerted != expected:
            tallies[kind].misses.append(
                f"{listing.listing_id} {listing.title!r}: expected {sorted(expected)}, alerted {sorted(alerted)}"
            )
    return dict(tallies)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def kind_table(tallies: dict[str, Tally], title: str, extra: tuple[str, dict[str, str]] | None = None) -> Table:
    """One row per kind and an overall row; `extra` adds a column (its name, and its value per kind)."""
    table = Table(title=title)
    columns = ["kind", "listings", "TP", "FP", "FN", "recall", "precision", "quiet"] + ([extra[0]] if extra else [])
    for column in columns:
        table.add_column(column, justify="left" if column == "kind" else "right")
    for kind in sorted(k for k in tallies if k != "overall") + ["overall"]:
        t = tallies[kind]
        more = [extra[1].get(kind, "")] if extra else []
        table.add_row(kind, str(t.listings), str(t.true_positives), str(t.false_positives), str(t.false_negatives),
                      _pct(t.recall), _pct(t.precision), _pct(t.quiet), *more, style="bold" if kind == "overall" else None)
    return table


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    console = Console() if sys.stdout.isatty() else Console(width=110)  # logs and pipes: wide enough for the class names
    misses = "--misses" in argv
    if "--demo-feed" in argv:
        tallies = evaluate(SEED / "registry.yaml", demo_feed())
        console.print(kind_table(tallies, "Matcher on the held-out demo feed (deploy/seed)"))
        _print_misses(console, tallies, misses)
        return 0
    tallies = evaluate()
    console.print(kind_table(tallies, "Matcher evaluation: hand-written set (tests/eval)"))
    _print_misses(console, tallies, misses)

    from tests.eval.adversary.report import print_adversary

    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 9
    print_adversary(console, misses=misses, seed=seed)
    return 0


def _print_misses(console: Console, tallies: dict[str, Tally], misses: bool) -> None:
    if misses:
        for kind, t in sorted(tallies.items()):
            for miss in t.misses:
                console.print(f"[{kind}] {miss}", markup=False, soft_wrap=True)


if __name__ == "__main__":
    raise SystemExit(main())
