#!/usr/bin/env python3
"""Score BrandSentry on outsider 29's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider28's: the scoring is heldout_frozen.py, a byte copy of outsider28's heldout_frozen.py (itself outsider27's .. 24's)
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
GENUINE_GOODS = {"in_authorized_store29","in_used29","in_refurb29","in_preowned_lux29","in_outlet29","in_wholesale29","in_repair_parts29","in_gift_cards29","in_grey_import29","in_genuine_negated_copy29","in_licensed_crossover29","in_rental_genuine29","in_review_reply_genuine29","in_forum_wts_genuine29","in_cost_per_wear_genuine29","in_packing_list_genuine29","in_apology_genuine29","in_cosplay_genuine29"}

if __name__ == "__main__":
    main("Outsider 29", HERE, GENUINE_GOODS)
