#!/usr/bin/env python3
"""Score BrandSentry on outsider 26's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider25's: the scoring is heldout_frozen.py, a byte copy of outsider25's heldout_frozen.py (itself outsider24's)
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
GENUINE_GOODS = {"in_authorized_store26","in_used_fair26","in_refurb26","in_preowned_lux26","in_outlet26","in_wholesale26","in_repair_parts26","in_gift_cards26","in_short_dated26","in_grey_import26","in_genuine_negated_copy26","in_licensed_crossover26","in_claw_prize_genuine26","in_debut_vintage26","in_kouling_official26"}

if __name__ == "__main__":
    main("Outsider 26", HERE, GENUINE_GOODS)
