"""Detection answers, listing by listing, saved and compared: a speed change must not change them.

    .venv/bin/python -m bench.signals save /tmp/answers-old [--sets bench1000,bench20000,eval,demo,adversary9,public]
    .venv/bin/python -m bench.signals compare /tmp/answers-old [--sets ...]   # exit 1 on any difference

For every listing of each set, `MatcherIndex.evaluate` (every brand the listing names, even below its threshold):
brand, score and every signal with all its fields (rule, field, span, weight, fingerprint, matched text, term,
detail ...). Sets: benchN = bench.matcher's 20,000 synthetic listings at N synthetic brands; eval = tests/eval's
labelled listings; demo = the demo feed; adversaryS = the adversary generator's cases with seed S (adversaryS_K: every
K-th of them, a sample that a speed change's check can afford); public = the
public cases; outsider = the committed (seen) held-out sets tests/eval/outsider*/set.jsonl, labels dropped (the last
four on deploy/seed/registry.yaml). One gzip'd JSON line per listing in DIR/<set>.jsonl.gz.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from schemas import Listing
from services.matcher.core import MatcherIndex

DEFAULT_SETS = "bench1000,bench20000,eval,demo,adversary9,public,outsider"


def _listings(name: str) -> tuple[MatcherIndex, list[Listing]]:
    from brandsentry.registry import load_registry

    if name.startswith("bench"):
        from bench.matcher import synthetic_listings, synthetic_registry

        reg = synthetic_registry(int(name[len("bench"):]))
        return MatcherIndex.build(reg), synthetic_listings(reg, 20000)
    from tests.eval.adversary.generate import SEED_REGISTRY

    if name == "eval":
        from tests.eval.report import REGISTRY, evaluation_set

        return MatcherIndex.build(load_registry(REGISTRY)), [listing for listing, _, _ in evaluation_set()]
    if name == "demo":
        from tests.eval.report import demo_feed

        return MatcherIndex.build(load_registry(SEED_REGISTRY)), [listing for listing, _, _ in demo_feed()]
    if name.startswith("adversary"):
        from tests.eval.adversary.generate import generate

        seed, _, every = name[len("adversary"):].partition("_")
        cases = generate(seed=int(seed))[::int(every or 1)]
        return MatcherIndex.build(load_registry(SEED_REGISTRY)), [c.listing for c in cases]
    if name == "public":
        from tests.eval.adversary.public import public_cases

        return MatcherIndex.build(load_registry(SEED_REGISTRY)), [c.listing for c in public_cases()]
    if name == "outsider":
        rows = []
        for path in sorted((Path(__file__).resolve().parents[1] / "tests/eval").glob("outsider*/set.jsonl")):
            with path.open(encoding="utf-8") as fh:
                rows += [json.loads(line) for line in fh if line.strip()]
        listings = [Listing.model_validate(row.get("listing") or {k: v for k, v in row.items() if k in Listing.model_fields})
                    for row in rows]
        return MatcherIndex.build(load_registry(SEED_REGISTRY)), listings
    raise SystemExit(f"unknown set {name!r}")


def answers(name: str) -> Iterator[str]:
    """One JSON line per listing: [listing key, [[brand, score, [signal, ...]], ...]]."""
    index, listings = _listings(name)
    for listing in listings:
        found = [[m.brand_id, m.score, [s.model_dump(mode="json") for s in m.signals]] for m in index.evaluate(listing)]
        yield json.dumps([listing.key, found], ensure_ascii=False, sort_keys=True)


def save(directory: Path, sets: list[str]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name in sets:
        started = time.perf_counter()
        with gzip.open(directory / f"{name}.jsonl.gz", "wt", encoding="utf-8") as fh:
            n = sum(1 for line in answers(name) if fh.write(line + "\n"))
        print(f"{name}: {n:,} listings saved in {time.perf_counter() - started:.0f} s")


def compare(directory: Path, sets: list[str], show: int = 5) -> int:
    """Number of listings whose answer differs from the saved one (printed with the first few)."""
    differ = 0
    for name in sets:
        with gzip.open(directory / f"{name}.jsonl.gz", "rt", encoding="utf-8") as fh:
            saved = fh.read().splitlines()
        now = list(answers(name))
        bad = [(old, new) for old, new in zip(saved, now) if old != new]
        bad += [(old, "") for old in saved[len(now):]] + [("", new) for new in now[len(saved):]]
        named = sum(1 for line in now if json.loads(line)[1])
        print(f"{name}: {len(now):,} listings ({named:,} name a brand), {len(bad)} differ")
        for old, new in bad[:show]:
            print(f"  saved: {old[:600]}\n  now:   {new[:600]}")
        differ += len(bad)
    return differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["save", "compare"])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--sets", default=DEFAULT_SETS)
    args = parser.parse_args(argv)
    sets = args.sets.split(",")
    if args.action == "save":
        save(args.directory, sets)
        return 0
    return 1 if compare(args.directory, sets) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
