#!/usr/bin/env python3
"""Score BrandSentry on outsider 40's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider39's: the scoring is heldout_frozen.py, a byte copy of outsider39's heldout_frozen.py (itself outsider38's, outsider37's, 36's,
28's, 27's, 26's, 25's and 24's) (md5 3cc029014c0a079ae591689b2ca19fae), kept beside this file so both runs count alike. The backtest runs in
--tree with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party or the brand (reported apart too)
GENUINE_GOODS = {"in_yahoo_1yen_genuine40", "in_no_reserve_genuine40", "in_make_offer_genuine40", "in_placeholder_poa_genuine40", "in_subscription_genuine40", "in_points_crypto_genuine40", "in_wrong_currency_genuine40", "in_just_pay_shipping_genuine40", "in_reservation_fee_genuine40", "in_auth_seller_name_variant40", "in_auth_seller_legal_branch40", "in_auth_seller_outlet_sale40", "in_reseller_shop_brand_name40", "in_fan_club_genuine40", "in_parts_specialist_genuine40", "in_dept_store_corner40", "in_misspelled_genuine40", "in_machine_translated_genuine40", "in_title_cut_genuine40", "in_all_caps_genuine40", "in_no_spaces_keywords_genuine40", "in_sku_url_genuine40", "in_as_pictured_genuine40", "in_variant_names_genuine40", "in_filename_genuine40"}

if __name__ == "__main__":
    main("Outsider 40", HERE, GENUINE_GOODS)
