"""Paired CPU time of MatcherIndex.match: two trees of this repository, two long-lived workers, the same listings.

    .venv/bin/python -m bench.paired OLD_TREE NEW_TREE [--brands 20000] [--listings 20000] [--chunk 2000] [--warm 10]
    .venv/bin/python -m bench.paired OLD_TREE NEW_TREE --demo [--listings 4000] [--chunk 400]
    .venv/bin/python -m bench.paired OLD_TREE NEW_TREE --adversary 9 [--listings 20000] [--chunk 2000]

OLD_TREE and NEW_TREE are checkouts (`git worktree add --detach /tmp/old <hash>`). Each worker imports its own tree
(PYTHONPATH), builds the index of bench.matcher's synthetic registry and listings (CPU seconds printed), and then
matches the chunks it is sent, answering with the CPU time they took (time.process_time: on a shared machine the wall
clock measures the other sessions). First pass: every chunk once, the first time each worker sees those listings
(bench.matcher's measure: per-word caches cold); then `--warm` more chunks taken again from the start. The two
workers take each chunk in turn, the one that goes first alternating. Printed: CPU microseconds a listing of each,
old/new ratio over the whole pass and the median and range of the per-chunk ratios, and the load average.
`--demo`: the demo registry (deploy/seed/registry.yaml) and bench.e2e's listings (the demo feed with fresh ids, decoded
from the JSON the matcher service reads): the matcher-alone phase's work, without Kafka. `--adversary SEED`: the demo
registry and the adversary generator's listings of that seed (tests/eval/adversary), shuffled with a fixed seed, the
first `--listings` of them: new titles every listing, as a stream sees them (the eval suite's largest cost).
"""

from __future__ import annotations

import os
import sys

if __name__ == "__main__" and "--worker" in sys.argv:
    # run as a file inside the other tree's PYTHONPATH: this directory (bench/) must not shadow the standard library
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]

import argparse
import statistics
import subprocess
import time


def worker(source: str, listings: int) -> None:
    """source: a number of synthetic brands, "demo" (the demo registry and bench.e2e's listings) or "adversaryS"."""
    import gc

    from services.matcher.core import MatcherIndex

    if source.isdigit():
        from bench.matcher import synthetic_listings, synthetic_registry

        reg = synthetic_registry(int(source))
        items = synthetic_listings(reg, listings)
    elif source.startswith("adversary"):
        import random

        from brandsentry.registry import load_registry
        from tests.eval.adversary.generate import SEED_REGISTRY, generate

        cases = generate(seed=int(source[len("adversary"):]))
        random.Random(0).shuffle(cases)
        reg = load_registry(SEED_REGISTRY)
        items = [c.listing for c in cases[:listings]]
    else:
        from bench.e2e import SEED, listings as demo_listings
        from brandsentry.registry import load_registry
        from schemas import Listing

        reg = load_registry(SEED / "registry.yaml")
        items = [Listing.model_validate_json(doc) for _, doc in demo_listings(listings, "paired")]
    started = time.process_time()
    index = MatcherIndex.build(reg)
    print(f"ready {time.process_time() - started:.2f}", flush=True)
    index.match(items[0])
    gc.freeze()  # as bench.matcher and a running worker do
    for line in sys.stdin:
        a, b = map(int, line.split())
        started = time.process_time()
        for listing in items[a:b]:
            index.match(listing)
        print(f"{time.process_time() - started:.6f}", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.paired", description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--brands", type=int, default=20000)
    parser.add_argument("--listings", type=int, default=20000)
    parser.add_argument("--chunk", type=int, default=2000)
    parser.add_argument("--warm", type=int, default=10)
    parser.add_argument("--demo", action="store_true", help="the demo registry and bench.e2e's listings (not --brands)")
    parser.add_argument("--adversary", type=int, metavar="SEED", help="the demo registry and the adversary set's listings")
    args = parser.parse_args(argv)
    source = "demo" if args.demo else f"adversary{args.adversary}" if args.adversary is not None else str(args.brands)

    def start(tree: str) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, os.path.abspath(__file__), "--worker", source, str(args.listings)],
                                cwd=tree, env={**os.environ, "PYTHONPATH": os.path.abspath(tree)},
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    workers = {"old": start(args.old), "new": start(args.new)}
    print(f"load at the start {os.getloadavg()[0]:.1f}; {f'{int(source):,} brands' if source.isdigit() else source}, "
          f"{args.listings:,} listings", flush=True)
    for name, w in workers.items():
        print(f"{name} ({getattr(args, name)}): index build {w.stdout.readline().split()[1]} CPU s", flush=True)

    def run(name: str, a: int, b: int) -> float:
        w = workers[name]
        w.stdin.write(f"{a} {b}\n")
        w.stdin.flush()
        return float(w.stdout.readline())

    def rounds(spans: list[tuple[int, int]], label: str) -> None:
        total, ratios = {"old": 0.0, "new": 0.0}, []
        for r, (a, b) in enumerate(spans):
            took = {name: run(name, a, b) for name in (("old", "new") if r % 2 == 0 else ("new", "old"))}
            for name, t in took.items():
                total[name] += t
            ratios.append(took["old"] / took["new"])
        n = sum(b - a for a, b in spans)
        print(f"{label}: old {total['old'] / n * 1e6:.1f} us a listing, new {total['new'] / n * 1e6:.1f}; "
              f"ratio {total['old'] / total['new']:.3f}, median of the chunks {statistics.median(ratios):.3f} "
              f"({min(ratios):.2f}-{max(ratios):.2f}, {len(ratios)} chunks); load {os.getloadavg()[0]:.1f}", flush=True)

    spans = [(a, min(a + args.chunk, args.listings)) for a in range(0, args.listings, args.chunk)]
    rounds(spans, "first pass")
    if args.warm:
        rounds([spans[k % len(spans)] for k in range(args.warm)], "warm")
    for w in workers.values():
        w.stdin.close()
        w.wait()


if __name__ == "__main__":
    if "--worker" in sys.argv:
        worker(sys.argv[2], int(sys.argv[3]))
    else:
        main(sys.argv[1:])
