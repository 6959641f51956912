#!/usr/bin/env python3
"""Score BrandSentry on outsider 21's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider20's: the scoring is heldout_frozen.py, a byte copy of outsider20's heldout_frozen.py
(md5 3cc029014c0a079ae591689b2ca19fae), kept beside this file so both runs count alike. The backtest runs in --tree
with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party (reported apart too)
GENUINE_GOODS = {"in_authorized_store21", "in_used_fair21", "in_refurb21", "in_preowned_lux21", "in_wholesale21", "in_minis21",
                 "in_outlet21", "in_grey_import21", "in_pharmacy21", "in_genuine_modified21", "in_sample_sale21",
                 "in_warranty_spare21", "in_misprint_error21", "in_damaged_packaging21", "in_employee_store21",
                 "in_subsidy_genuine21", "in_mascot_collectibles21"}

if __name__ == "__main__":
    main("Outsider 21", HERE, GENUINE_GOODS)
