#!/usr/bin/env python3
"""Score BrandSentry on outsider 35's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider28's: the scoring is heldout_frozen.py, a byte copy of outsider28's heldout_frozen.py
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
GENUINE_GOODS = {"in_authorized_store35","in_used35","in_refurb35","in_preowned_lux35","in_outlet35","in_wholesale35","in_repair_parts35","in_gift_cards35","in_grey_import35","in_genuine_negated_copy35","in_tag_cut_genuine35","in_carrier_locked35","in_closet_cleanout_genuine35","in_template_genuine35","in_ncnr_genuine35","in_username_tag_genuine35","in_bonded_genuine35","in_pdd_subsidy_genuine35","in_gift_cards_local35"}

if __name__ == "__main__":
    main("Outsider 35", HERE, GENUINE_GOODS)
