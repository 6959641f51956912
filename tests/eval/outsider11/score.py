#!/usr/bin/env python3
"""Score BrandSentry on outsider 11's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider10's: the scoring is tests/eval/heldout.py of this checkout (the outsider's copy, while the set
lived outside the repository, imported it from the project's main checkout; it counts the same).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from tests.eval.heldout import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods (or a service for them) by a third party (reported apart too)
GENUINE_GOODS = {"in_authorized_store", "in_retail_new_local", "in_retail_nonecb", "in_used_fair", "in_refurb_grades", "in_grey_import",
                 "in_vintage_collectibles", "in_small_units", "in_whole_vehicles", "in_contract_subsidised", "in_trade_in_net_price",
                 "in_software_monthly_plan", "in_gift_cards_vouchers", "in_scrap_recycling", "in_turkish_caps_genuine",
                 "in_crypto_priced_genuine", "in_booking_deposit", "in_brand_category_node_genuine", "in_official_site_ref_genuine",
                 "in_personal_shopper_fee", "in_native_digits_genuine"}

if __name__ == "__main__":
    main("Outsider 11", HERE, GENUINE_GOODS)
