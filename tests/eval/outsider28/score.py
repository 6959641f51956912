#!/usr/bin/env python3
"""Score BrandSentry on outsider 28's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider27's: the scoring is heldout_frozen.py, a byte copy of outsider27's heldout_frozen.py (itself outsider26's, 25's and
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
GENUINE_GOODS = {"in_authorized_store28","in_used28","in_refurb28","in_preowned_lux28","in_outlet28","in_wholesale28","in_repair_parts28","in_gift_cards28","in_grey_import28","in_genuine_negated_copy28","in_licensed_crossover28","in_advent_genuine28","in_team_order_genuine28","in_price_drop_genuine28","in_gift_note_genuine28","in_software_release_notes28"}

if __name__ == "__main__":
    main("Outsider 28", HERE, GENUINE_GOODS)
