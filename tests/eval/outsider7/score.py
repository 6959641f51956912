#!/usr/bin/env python3
"""Score BrandSentry on outsider 7's held-out set with `brandsentry backtest` (adapted from outsider 6's score.py).

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

The scoring itself is tests/eval/heldout.py, shared by the held-out sets' score.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from tests.eval.heldout import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party: reported apart too, since a brand may want to see
# them even though they are not counterfeit
GENUINE_GOODS = {"in_used_genuine_fair", "in_new_retail_fair", "in_refurbished_openbox", "in_rental_hire", "in_small_genuine_units",
                 "in_vehicles", "in_vintage_genuine", "in_grey_import"}

if __name__ == "__main__":
    main("Outsider 7", HERE, GENUINE_GOODS)
