#!/usr/bin/env python3
"""Score BrandSentry on outsider 4's held-out set with `brandsentry backtest`.

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
GENUINE_GOODS = {"tr_used_resale", "tr_grey_import", "tr_refurbished_open_box", "tr_single_unit_low_price", "tr_vintage_collectible"}

if __name__ == "__main__":
    main("Outsider 4", HERE, GENUINE_GOODS)
