#!/usr/bin/env python3
"""Score BrandSentry on outsider 30's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider28's: the scoring is heldout_frozen.py, a byte copy of outsider28's heldout_frozen.py (itself outsider27's, 26's, 25's and
24's) (md5 3cc029014c0a079ae591689b2ca19fae), kept beside this file so both runs count alike. The backtest runs in --tree
with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party or the brand (reported apart too)
GENUINE_GOODS = {"in_authorized_store30","in_genuine_negated_copy30","in_gift_cards30","in_grey_import30","in_licensed_crossover30","in_lost_found_genuine30","in_market_report_genuine30","in_nutrition_label_genuine30","in_outlet30","in_preowned_lux30","in_refurb30","in_repair_parts30","in_used30","in_wholesale30"}

if __name__ == "__main__":
    main("Outsider 30", HERE, GENUINE_GOODS)
