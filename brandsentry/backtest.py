"""Backtest: run the matcher offline over past listings, to try fingerprints before switching them on.

    brandsentry backtest --registry REGISTRY.yaml --listings LISTINGS.ndjson > matches.ndjson

Prints one Match JSON per line on `out` for every listing at or above its brand's alert
threshold, and a summary on `err`: listings read, invalid lines (line number and reason),
matches, matches per brand, and the rate. A rich progress bar goes to `err` when it is a terminal.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path
from typing import TextIO

from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from brandsentry.registry import load_registry
from schemas import Listing
from services.matcher.core import MatcherIndex


def _reason(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ())) or "listing"
    more = f" (+{error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}"


def run_backtest(registry_path: str | Path, listings_path: str | Path, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Match every listing of an NDJSON file against a registry file. Returns the exit code:
    0 when done (invalid lines are reported, not fatal), 2 when the registry or listings cannot be read."""
    console = Console(file=err, highlight=False, soft_wrap=True)
    try:
        registry = load_registry(registry_path)
    except (OSError, ValueError) as exc:
        console.print(f"cannot read registry {registry_path}: {exc}", markup=False)
        return 2
    index = MatcherIndex.build(registry)
    listings_path = Path(listings_path)
    try:
        total_bytes = listings_path.stat().st_size
        fh = listings_path.open("rb")
    except OSError as exc:
        console.print(f"cannot read listings {listings_path}: {exc}", markup=False)
        return 2

    read, invalid, per_brand = 0, [], Counter()
    started = time.perf_counter()
    progress = Progress(TextColumn("backtest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=console, disable=not console.is_terminal)
    with fh, progress:
        task = progress.add_task("listings", total=total_bytes)
        for number, raw in enumerate(fh, start=1):
            progress.update(task, advance=len(raw))
            if not raw.strip():
                continue
            try:
                listing = Listing.model_validate_json(raw)
            except ValidationError as exc:
                invalid.append((number, _reason(exc)))
                continue
            read += 1
            for match in index.match(listing):
                per_brand[match.brand_id] += 1
                out.write(match.model_dump_json() + "\n")
    elapsed = time.perf_counter() - started

    console.print(f"listings read: {read}", markup=False)
    console.print(f"invalid lines: {len(invalid)}", markup=False)
    for number, reason in invalid:
        console.print(f"  line {number}: {reason}", markup=False)
    console.print(f"matches: {sum(per_brand.values())}", markup=False)
    for brand_id, count in sorted(per_brand.items(), key=lambda kv: (-kv[1], kv[0])):
        console.print(f"  {brand_id}: {count}", markup=False)
    console.print(f"rate: {read / elapsed if elapsed else 0:,.0f} listings/s ({elapsed:.2f} s)", markup=False)
    return 0
