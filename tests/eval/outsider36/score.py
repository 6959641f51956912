#!/usr/bin/env python3
"""Score BrandSentry on outsider 36's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider28's: the scoring is heldout_frozen.py, a byte copy of outsider28's heldout_frozen.py (itself outsider27's,
26's, 25's and 24's) (md5 3cc029014c0a079ae591689b2ca19fae), kept beside this file so both runs count alike. The backtest runs in
--tree with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party or the brand (reported apart too)
GENUINE_GOODS = {"in_authorized_store36", "in_used36", "in_refurb36", "in_preowned_lux36", "in_outlet36", "in_repair_parts36",
                 "in_gift_cards36", "in_grey_import36", "in_genuine_negated_copy36", "in_licensed_crossover36",
                 "in_china_market_version36", "in_cut_label_outlet36", "in_dont_ask_genuine36", "in_origin_genuine36",
                 "in_tier_qty_genuine36", "in_app_pairing_genuine36", "in_remake_official36", "in_reference_photo_honest36",
                 "in_price_slang_genuine36", "in_sold_count_official36", "in_mall_price_genuine36", "in_true_low_price36"}

if __name__ == "__main__":
    main("Outsider 36", HERE, GENUINE_GOODS)
