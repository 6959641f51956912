"""One function of the matcher core timed against its last committed version on the same recorded calls (issue 16).

    PYTHONPATH=. .venv/bin/python -m bench.replay CORPUS.jsonl MODULE QUALNAME [--listings 3000] [--rounds 5]
    e.g. PYTHONPATH=. .venv/bin/python -m bench.replay /tmp/C.jsonl services.matcher.core.codes.letter_names opens

CORPUS is a bench.verdicts corpus (`python -m bench.verdicts corpus`); its first --listings rows are evaluated (the seed or
the eval registry's MatcherIndex, as bench.verdicts builds them) with MODULE.QUALNAME (a function, or Class.method)
wrapped to record every call's arguments. The version of MODULE at git HEAD is then loaded beside the working tree's,
both are asked every recorded call, and the answers compared (repr: a function that returns a set may differ by order
alone) and timed (CPU, alternating rounds): a change that keeps the answers and costs less shows here long before
a whole run's µs a listing can tell it from a shared machine's noise. Commit before changing the function again:
HEAD is the "old" side.
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _get(obj, qualname: str):
    for part in qualname.split("."):
        obj = getattr(obj, part)
    return obj


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.replay", description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("module")
    parser.add_argument("qualname")
    parser.add_argument("--listings", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)

    from brandsentry.registry import load_registry
    from schemas import Listing
    from services.matcher.core import MatcherIndex

    module = importlib.import_module(args.module)
    relative = Path(module.__file__).resolve().relative_to(ROOT).as_posix()
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"HEAD:{relative}"], capture_output=True, text=True,
                            check=True).stdout
    old = types.ModuleType(args.module + "_at_head")
    old.__file__, old.__package__ = module.__file__, module.__package__
    sys.modules[old.__name__] = old  # (dataclasses look their module up)
    exec(compile(source, module.__file__, "exec"), old.__dict__)
    new_f, old_f = _get(module, args.qualname), _get(old, args.qualname)
    holder = _get(module, args.qualname.rpartition(".")[0]) if "." in args.qualname else module
    name = args.qualname.rpartition(".")[2]
    calls = []

    def recorded(*a, **k):
        calls.append((a, k))
        return new_f(*a, **k)

    registries = {"eval": ROOT / "tests/eval/registry.yaml", "seed": ROOT / "deploy/seed/registry.yaml"}
    indexes = {reg: MatcherIndex.build(load_registry(path)) for reg, path in registries.items()}
    rows = []
    with open(args.corpus, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            rows.append((row["registry"], Listing.model_validate(row["listing"])))
            if len(rows) >= args.listings:
                break
    setattr(holder, name, recorded)
    try:
        for reg, listing in rows:
            indexes[reg].evaluate(listing)
    finally:
        setattr(holder, name, new_f)
    differ = sum(repr(old_f(*a, **k)) != repr(new_f(*a, **k)) for a, k in calls)

    def spent(f) -> float:
        started = time.process_time()
        for a, k in calls:
            f(*a, **k)
        return time.process_time() - started

    old_s = new_s = 0.0
    for _ in range(args.rounds):
        old_s += spent(old_f)
        new_s += spent(new_f)
    per = 1e6 / args.rounds / max(len(rows), 1)
    print(f"{args.module}.{args.qualname}: {len(calls):,} calls over {len(rows):,} listings; answers differ on {differ:,}; "
          f"HEAD {old_s * per:,.2f} µs a listing, tree {new_s * per:,.2f} µs a listing (CPU)")


if __name__ == "__main__":
    main()
