#!/usr/bin/env python3
"""Score BrandSentry on outsider 39's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider38's: the scoring is heldout_frozen.py, a byte copy of outsider38's heldout_frozen.py (itself outsider37's, 36's,
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
GENUINE_GOODS = {"in_ig_reseller_legit39", "in_wa_jastip_id39", "in_fb_personal_tl39", "in_vn_xach_tay39", "in_wechat_daigou39", "in_telegram_ru_original39", "in_live_official_store39", "in_uk_used_naija_ke39", "in_brecho_thrift39", "in_b2b_authorized_distributor39", "in_b2b_fmcg_genuine_export39", "in_indiamart_authorized_dealer39", "in_b2b_returns_pallet39", "in_b2b_genuine_parts_carton39", "in_price_rb_jt_genuine39", "in_price_lakh_genuine39", "in_price_eu_comma_genuine39", "in_price_k_genuine39", "in_price_zh_ar_genuine39", "in_price_per_case_genuine39", "in_price_installment_genuine39", "in_price_deposit_genuine39", "in_price_vn_jp_genuine39", "in_price_strike_sale_genuine39"}

if __name__ == "__main__":
    main("Outsider 39", HERE, GENUINE_GOODS)
