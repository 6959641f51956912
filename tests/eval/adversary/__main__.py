"""Write the adversary's cases as NDJSON.

    python -m tests.eval.adversary --write cases.ndjson [--listings listings.ndjson] [--seed 9]

cases.ndjson holds one {"kind", "brand", "expect", "listing"} per line; listings.ndjson the bare listings, for
`brandsentry backtest --registry deploy/seed/registry.yaml --listings listings.ndjson`.
"""

from __future__ import annotations

import argparse
import json

from tests.eval.adversary import generate
from tests.eval.adversary.public import public_cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.eval.adversary")
    parser.add_argument("--write", required=True, help="labelled cases, NDJSON")
    parser.add_argument("--listings", help="bare listings, NDJSON, for brandsentry backtest")
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args(argv)
    cases = generate(seed=args.seed) + public_cases()
    with open(args.write, "w", encoding="utf-8") as out:
        for c in cases:
            row = {"kind": c.kind, "brand": c.brand, "expect": sorted(c.expect), "listing": c.listing.model_dump(mode="json", exclude_none=True)}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.listings:
        with open(args.listings, "w", encoding="utf-8") as out:
            for c in cases:
                out.write(c.listing.model_dump_json(exclude_none=True) + "\n")
    print(f"wrote {len(cases)} cases to {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
