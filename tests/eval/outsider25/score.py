#!/usr/bin/env python3
"""Score BrandSentry on outsider 25's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider24's: the scoring is heldout_frozen.py, a byte copy of outsider24's heldout_frozen.py
(md5 3cc029014c0a079ae591689b2ca19fae), kept beside this file so both runs count alike. The backtest runs in --tree
with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party or the brand (reported apart too)
GENUINE_GOODS = {"in_authorized_store25", "in_used_fair25", "in_refurb25", "in_preowned_lux25", "in_outlet25", "in_wholesale25", "in_repair_parts25", "in_platform_official_store25", "in_retailer_receipt_genuine25", "in_genuine_negated_copy25", "in_gift_cards25", "in_short_dated25", "in_ex_store_fixtures25", "in_licensed_crossover25", "in_grey_import25"}

if __name__ == "__main__":
    main("Outsider 25", HERE, GENUINE_GOODS)
