#!/usr/bin/env python3
"""Score BrandSentry on outsider 41's held-out set with `brandsentry backtest`.

python score.py --tree /path/to/checkout [--set set.jsonl] [--save out.json] [--compare baseline.json] [--md out.md] [--misses]

A thin wrapper, as outsider40's: the scoring is heldout_frozen.py, a byte copy of outsider40's heldout_frozen.py (itself outsider39's, outsider38's, outsider37's, 36's,
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
GENUINE_GOODS = {"in_amharic_hausa_genuine41", "in_attr_brand_other_genuine41", "in_boilerplate_genuine41", "in_bullets_html_genuine41", "in_caucasus_kazakh_genuine41", "in_collector_original_box41", "in_fb_marketplace_used41", "in_genuine_consumables_bulk41", "in_genuine_returns_lot41", "in_genuine_spare_parts41", "in_genuine_with_generic_extras41", "in_gift_card_face_value41", "in_hindi_bengali_genuine41", "in_instagram_preloved41", "in_latam_original_factura41", "in_licence_reseller41", "in_polish_czech_genuine41", "in_qa_receipt_genuine41", "in_review_excerpt_genuine41", "in_romanian_ukrainian_genuine41", "in_swahili_pidgin_genuine41", "in_taglish_legit41", "in_tamil_urdu_genuine41", "in_telegram_deals41", "in_vietnamese_chinh_hang41", "in_whatsapp_catalog_shop41"}

if __name__ == "__main__":
    main("Outsider 41", HERE, GENUINE_GOODS)
