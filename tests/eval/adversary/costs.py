"""What each class of the held set costs to score, measured: how report.py splits the floor tests' work into parts of
equal CPU (issue 16).

The parts were the classes by a hash of their names (crc32 % 8): equal in classes, not in CPU (a listing's cost differs
by class and a class's held listings by its brands), so one part took 356-394 s on two CIs of 3391538 while the others
took 88-148 s. costs.json holds each class's CPU ms to score its held listings (report.held), measured by sampling
(every k-th listing of the class, ~30 a class, timed through report.score's index with the collector off, then times
the class's listings); a class not in the table (added since) counts at the table's median. Only the split follows it:
every class is scored and held to its floor whatever it costs. Measure again when the table has grown stale (many new
classes, a faster matcher):

    nice -n 10 .venv/bin/python -m tests.eval.adversary.costs      (~2.5 CPU min; rewrites costs.json)
"""

from __future__ import annotations

import json
import statistics
import sys
from functools import cache
from pathlib import Path

TABLE = Path(__file__).with_name("costs.json")


@cache
def class_costs() -> dict[str, float]:
    """Class -> CPU ms of scoring its held listings (costs.json), {} without the file."""
    return json.loads(TABLE.read_text(encoding="utf-8")) if TABLE.exists() else {}


def balanced(kinds: list[str], bins: int, start: dict[int, float] | None = None) -> dict[str, int]:
    """Each of `kinds` to one of `bins` bins, the costliest first, each to the bin with the least so far (the longest
    processing time rule: within 4/3 of the best split); a bin of `start` begins with that load (work its holder does
    beside its classes). Ties go by name, so every process splits alike."""
    costs = class_costs()
    median = statistics.median(costs.values()) if costs else 1.0
    load = [(start or {}).get(b, 0.0) for b in range(bins)]
    out: dict[str, int] = {}
    for kind in sorted(kinds, key=lambda k: (-costs.get(k, median), k)):
        target = min(range(bins), key=lambda b: (load[b], b))
        out[kind] = target
        load[target] += costs.get(kind, median)
    return out


def measure(seed: int = 9, per_class: int = 30) -> dict[str, float]:
    """Each class's cost (see the module), on the held set of `seed`."""
    import gc
    import time
    from collections import defaultdict

    from tests.eval.adversary.generate import SEED_REGISTRY, generate
    from tests.eval.adversary.report import _index, held
    from tests.shared import gc_paused

    with gc_paused():
        cases = held(generate(seed=seed))
    gc.freeze()
    by_kind: dict[str, list] = defaultdict(list)
    for case in cases:
        by_kind[case.kind].append(case)
    index = _index(SEED_REGISTRY)
    index.match(cases[0].listing)  # the first listing's lazy tables out of the first class's figure
    out = {}
    with gc_paused():
        for kind, listed in sorted(by_kind.items()):
            sample = listed[::max(1, len(listed) // per_class)]
            start = time.process_time()
            for case in sample:
                index.match(case.listing)
            out[kind] = round(1000 * (time.process_time() - start) / len(sample) * len(listed), 1)
    return out


if __name__ == "__main__":
    measured = measure()
    TABLE.write_text(json.dumps(measured, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(measured)} classes, {sum(measured.values()) / 1000:.0f} CPU s in all, written to {TABLE}",
          file=sys.stderr)
