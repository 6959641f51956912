"""The matcher core's verdicts on a fixed corpus, one line a listing: the oracle for speed work (issue 16).

    PYTHONPATH=. .venv/bin/python -m bench.verdicts corpus CORPUS.jsonl   # write the corpus once
    PYTHONPATH=. .venv/bin/python -m bench.verdicts run CORPUS.jsonl [--every 3] > verdicts.txt   # the verdicts of this tree
    cd /tmp && PYTHONPATH=/other/tree /this/tree/.venv/bin/python /this/tree/bench/verdicts.py run CORPUS.jsonl > other.txt
        # another tree's core (run by path from outside both trees, so that `-m` does not put this tree first on the path;
        # the first line of stderr names the core that ran); then `cmp verdicts.txt other.txt`

The corpus: the hand-written eval set (tests/eval/listings.ndjson, its own registry), the adversary's generated set
on seed 9 (every class, default size; `run --every 3`: a deterministic 1-in-3 sample of it), every seen held-out set
tests/eval/outsider18../set.jsonl (every committed one from 18 on; labels stripped), the last three on deploy/seed/registry.yaml. Listings are
stored as JSON so that two trees score the very same listings (the generator need not run again).

`run` builds MatcherIndex over each registry, the way tests/eval/report.py does, and writes for every listing (in
corpus order) its set and id, then every brand the core scores (MatcherIndex.evaluate: also those below the alert
threshold, marked), with its score, threshold and every signal's fields (all a Match carries but its timing),
sorted. Two trees' outputs must be byte-identical. µs a listing (match only, after a warm-up) goes to stderr.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_corpus(path: Path) -> None:
    from tests.eval.adversary.generate import generate

    n = 0
    with open(path, "w", encoding="utf-8") as out:
        def put(set_name: str, registry: str, listing_json: str) -> None:
            nonlocal n
            out.write(json.dumps({"set": set_name, "registry": registry, "listing": json.loads(listing_json)},
                                 ensure_ascii=False, sort_keys=True) + "\n")
            n += 1

        with open(ROOT / "tests/eval/listings.ndjson", encoding="utf-8") as fh:
            for line in fh:
                put("eval", "eval", json.dumps(json.loads(line)["listing"]))
        for case in generate(seed=9):
            put(f"adversary:{case.kind}", "seed", case.listing.model_dump_json())
        k = 18
        while (ROOT / f"tests/eval/outsider{k}/set.jsonl").exists():
            with open(ROOT / f"tests/eval/outsider{k}/set.jsonl", encoding="utf-8") as fh:
                for line in fh:
                    row = json.loads(line)
                    row.pop("_label", None)
                    put(f"outsider{k}", "seed", json.dumps(row))
            k += 1
    print(f"{n} listings in {path}", file=sys.stderr)


def verdict_line(set_name: str, listing, matches) -> str:
    brands = []
    for m in matches:
        signals = sorted(json.dumps(s.model_dump(mode="json"), ensure_ascii=False, sort_keys=True) for s in m.signals)
        brands.append([m.brand_id, m.score >= m.threshold, repr(m.score), repr(m.threshold), m.brand_name, m.iwg,
                       signals])
    brands.sort(key=lambda b: b[0])
    return json.dumps([set_name, listing.marketplace, listing.listing_id, brands], ensure_ascii=False)


def run(path: Path, out, every: int = 1, warm: int | None = None) -> None:
    from brandsentry.registry import load_registry
    from schemas import Listing
    from services.matcher.core import MatcherIndex

    registries = {"eval": ROOT / "tests/eval/registry.yaml", "seed": ROOT / "deploy/seed/registry.yaml"}
    indexes = {name: MatcherIndex.build(load_registry(p)) for name, p in registries.items()}
    rows = []
    adversary = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["set"].startswith("adversary:"):
                adversary += 1
                if (adversary - 1) % every:
                    continue
            rows.append((row["set"], row["registry"], Listing.model_validate(row["listing"])))
    for set_name, reg, listing in rows[:300] if warm is None else rows * warm:  # warm the caches and the word lists
        indexes[reg].evaluate(listing)  # read once a process, as a running worker has them (--warm N: N passes first)
    gc.collect()
    gc.freeze()
    spent = cpu = 0.0
    for set_name, reg, listing in rows:
        started, started_cpu = time.perf_counter(), time.process_time()
        matches = indexes[reg].evaluate(listing)
        spent += time.perf_counter() - started
        cpu += time.process_time() - started_cpu
        out.write(verdict_line(set_name, listing, matches) + "\n")
    gc.unfreeze()
    import services.matcher.core as core

    print(f"{core.__file__}: {len(rows)} listings, {spent * 1e6 / len(rows):,.1f} µs a listing (evaluate; CPU "
          f"{cpu * 1e6 / len(rows):,.1f} µs)", file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.verdicts", description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["corpus", "run"])
    parser.add_argument("path", type=Path)
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--warm", type=int, default=None, help="passes over the corpus before the timed one (steady "
                        "state: the per-process word lists and memos made); default: the first 300 listings")
    args = parser.parse_args(argv)
    if args.what == "corpus":
        make_corpus(args.path)
    else:
        run(args.path, sys.stdout, args.every, args.warm)


if __name__ == "__main__":
    main()
