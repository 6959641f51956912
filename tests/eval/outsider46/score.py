#!/usr/bin/env python3
"""Score BrandSentry on outsider 46's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider45's: the scoring is heldout_frozen.py, a byte copy of outsider45's heldout_frozen.py (itself outsider44's, 43's,
42's, ... 24's) (md5 3cc029014c0a079ae591689b2ca19fae), kept beside this file so both runs count alike. The backtest runs in
--tree with that tree's own deploy/seed/registry.yaml.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout_frozen import main  # noqa: E402

# innocent classes whose listings sell GENUINE goods by a third party or the brand (reported apart too)
GENUINE_GOODS = set(['in_cms_softhyphen_genuine46', 'in_cyrillic_transliteration_genuine46', 'in_emoji_seller_genuine46', 'in_foreign_layout_genuine46', 'in_fullwidth_jp_genuine46', 'in_honest_typo_used_genuine46', 'in_machine_translation_genuine46', 'in_ocr_product_sheet_genuine46', 'in_page_authorized_reseller46', 'in_page_compare_vs_knockoffs46', 'in_page_counterfeit_refund_policy46', 'in_page_faq_original_yes46', 'in_page_licensed_replica_model46', 'in_page_marketplace_banner46', 'in_page_mirror_finish_aaa_batteries46', 'in_page_replica_jersey_fan46', 'in_page_review_feared_fake46', 'in_page_tagcloud_how_to_spot46', 'in_page_used_genuine46', 'in_page_we_also_carry46', 'in_page_zh_jia_yi_pei_shi46', 'in_sku_url_genuine46', 'in_traditional_cjk_genuine46'])

if __name__ == "__main__":
    main("Outsider 46", HERE, GENUINE_GOODS)
