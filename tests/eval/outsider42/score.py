#!/usr/bin/env python3
"""Score BrandSentry on outsider 42's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider41's: the scoring is heldout_frozen.py, a byte copy of outsider41's heldout_frozen.py (itself outsider40's, outsider39's, outsider38's, outsider37's, 36's,
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
GENUINE_GOODS = {"in_auction_low_start_genuine42", "in_authorized_dealer_named42", "in_authorized_seller_exact42", "in_brand_bgrade_refurb42", "in_carton_genuine_fmcg42", "in_deadstock_genuine42", "in_deposit_preorder_genuine42", "in_escaped_unicode_genuine42", "in_fullwidth_genuine42", "in_html_url_encoded_genuine42", "in_installment_genuine42", "in_liquidation_genuine42", "in_local_number_formats_genuine42", "in_make_offer_genuine42", "in_mojibake_cp1251_genuine42", "in_mojibake_latin1_genuine42", "in_mt_genuine_ko_tr_id42", "in_mt_genuine_zh42", "in_native_digits_genuine42", "in_parallel_import_genuine42", "in_per_pair_returns_lot_genuine42", "in_price_placeholder_genuine42", "in_retailer_domain_genuine42", "in_samples_testers_genuine42", "in_seo_stuffed_genuine42", "in_title_cut_genuine42", "in_unauthorized_dealer_honest42", "in_wholesale_authorized_distributor42"}

if __name__ == "__main__":
    main("Outsider 42", HERE, GENUINE_GOODS)
