#!/usr/bin/env python3
"""Score BrandSentry on outsider 24's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider23's: the scoring is heldout_frozen.py, a byte copy of outsider23's heldout_frozen.py
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
GENUINE_GOODS = {"in_authorized_store24", "in_genuine_negated_copy24", "in_gift_cards24", "in_licensed_crossover24", "in_outlet24", "in_preowned_lux24", "in_refurb24", "in_repair_parts24", "in_resale_above24", "in_spin_off_goods24", "in_tech_copy_words24", "in_true_low_price24", "in_used_fair24", "in_vin_parts24", "in_wholesale24"}

if __name__ == "__main__":
    main("Outsider 24", HERE, GENUINE_GOODS)
