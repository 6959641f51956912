#!/usr/bin/env python3
"""Score BrandSentry on outsider 33's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider28's: the scoring is heldout_frozen.py, a byte copy of outsider28's heldout_frozen.py (md5
3cc029014c0a079ae591689b2ca19fae), kept beside this file so both runs count alike. The backtest runs in --tree with that
tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party or the brand (reported apart too)
GENUINE_GOODS = {"in_authorized_store33","in_used33","in_refurb33","in_preowned_lux33","in_outlet33","in_wholesale33","in_repair_parts33","in_grey_import33","in_genuine_negated_copy33","in_gift_cards33","in_reserved_genuine33","in_counter_ba_moments33","in_fapiao_genuine33","in_ready_stock_genuine33","in_full_fit_genuine33","in_parcel_point_genuine33","in_mercari_rules_genuine33","in_fb_obo_genuine33","in_privatverkauf_genuine33","in_brand_cashback33","in_creator_affiliate_genuine33"}

if __name__ == "__main__":
    main("Outsider 33", HERE, GENUINE_GOODS)
