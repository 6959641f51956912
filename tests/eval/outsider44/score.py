#!/usr/bin/env python3
"""Score BrandSentry on outsider 44's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider43's: the scoring is heldout_frozen.py, a byte copy of outsider43's heldout_frozen.py (itself outsider42's,
41's, ... 24's) (md5 3cc029014c0a079ae591689b2ca19fae), kept beside this file so both runs count alike. The backtest runs in
--tree with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party or the brand (reported apart too)
GENUINE_GOODS = set(['in_auction_genuine44', 'in_authorized_seller_genuine44', 'in_bundle_lot_genuine44', 'in_collector_vintage44', 'in_empty_box_dustbag44', 'in_engraving_genuine44', 'in_flag_emoji_genuine44', 'in_genuine_with_flaws44', 'in_group_buy_daigou_genuine44', 'in_irr_currency_genuine44', 'in_legit_check_certificate44', 'in_live_replay_authorised44', 'in_long_policy_genuine44', 'in_mercari_jp_used_genuine44', 'in_no_receipt_genuine44', 'in_one_word_per_line_genuine44', 'in_outgrown_kids44', 'in_poshmark_nwt_genuine44', 'in_preorder_deposit_genuine44', 'in_price_on_request_genuine44', 'in_rare_script_genuine44', 'in_stylised_text_genuine44', 'in_swap_genuine44', 'in_unwanted_gift_genuine44', 'in_vinted_preloved_genuine44', 'in_xianyu_95xin_genuine44'])

if __name__ == "__main__":
    main("Outsider 44", HERE, GENUINE_GOODS)
