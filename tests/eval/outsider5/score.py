#!/usr/bin/env python3
"""Score BrandSentry on outsider 5's held-out set with `brandsentry backtest` (adapted from outsider 4's score.py).

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
GENUINE_GOODS = {"in_used_genuine_resale", "in_broken_for_parts", "in_installment_rental_price", "in_retail_fair_price", "in_vehicles_used",
                 "in_licensed_collab", "in_free_giveaways", "in_vintage_ads_ephemera"}

if __name__ == "__main__":
    main("Outsider 5", HERE, GENUINE_GOODS)
