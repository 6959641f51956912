#!/usr/bin/env python3
"""Score BrandSentry on outsider 38's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider37's: the scoring is heldout_frozen.py, a byte copy of outsider37's heldout_frozen.py (itself outsider36's, 28's,
27's, 26's, 25's and 24's) (md5 3cc029014c0a079ae591689b2ca19fae), kept beside this file so both runs count alike. The backtest runs in
--tree with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party or the brand (reported apart too)
GENUINE_GOODS = {"in_mall_official_long38", "in_amazon_authorized_long38", "in_vinted_used_long38", "in_ebay_used_specifics38", "in_mercari_xianyu_used38", "in_avito_trendyol_used38", "in_jumia_noon_official38", "in_refurb_marketplace_long38", "in_ozon_wb_official38", "in_lot_all_genuine38", "in_multibrand_retailer38", "in_comparison_genuine38", "in_bundle_genuine_multi38", "in_gift_set_genuine_multi38", "in_custom_own_art_genuine38", "in_official_homeware38", "in_official_miniatures38", "in_b_stock_genuine38", "in_genuine_components38", "in_salon_professional_genuine38", "in_player_version_genuine38"}

if __name__ == "__main__":
    main("Outsider 38", HERE, GENUINE_GOODS)
